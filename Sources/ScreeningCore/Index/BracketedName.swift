import Foundation

/// A listed name with words in round brackets that affiliations and partners print without
/// them: an acronym (Molecular Electronics Research Institute (MERI); Instrument Building
/// Design Bureau (KBP) Tula (Russia)), or another name of the entry
/// (... (a.k.a., China Academy of Engineering Physics' 902 Institute); LTS Holding Limited
/// (f.k.a. IPP-International Petroleum Products Ltd.)). 743 names and aliases of the US
/// lists hold brackets. The index holds the name without those brackets, and the other
/// name on its own (`IndexedForms.spellings(of:)`), and an acronym that ends the name
/// (National University of Defense Technology (NUDT)) on its own too: affiliations print
/// it alone (College of Computer, NUDT, Changsha, China), and as any acronym it counts only
/// with its evidence (`Matcher.acronym(_:hasEvidenceIn:evidence:)`). One in the middle of a
/// name is often its parent's (China State Shipbuilding Corporation, Limited (CSSC) 7th
/// Research Academy), and is not indexed alone, nor is one ending a numbered unit's name that
/// abbreviates the group the unit is "of" (`UnitOfParent.groupAcronymInBrackets`). Brackets
/// ending the name with a note of its country, of a person, or a short name led by capitals
/// leave it too (`isNoteEndingName`). Other bracketed words stay: a city or a country inside
/// the name (Moore Thread Intelligent Technology (Beijing) Co., Ltd. and Huawei Technologies
/// (Australia) Pty Ltd. are each one of several such companies), a legal form ((Pvt.) Ltd.). A
/// bracket the list never closes runs to the end (Gazprom Neft (a.k.a. Gazprom Neft OAO), and
/// another name given after a mark outside brackets (Thermal Processing Technology Research
/// Institute, a.k.a., Hot Working Technology Research Institute; Man, Cho Yan Nathan; a.k.a
/// Nathan Man; an alias "formerly known as Wuxi Shangji CNC Co., Ltd") is split from the name
/// as one in brackets is: before, most of these names met no entry, and now each finds its own
/// (`MatchingSemanticsTests`).
enum BracketedName {
    /// The spellings `text` gives beyond itself: the name without its acronyms and other
    /// names in brackets (when some are, and two words or more remain), then each
    /// other name, then the acronym that ends it (when `isIndexableAcronym`). Empty for a
    /// text without brackets.
    static func spellings(of text: String) -> [(text: String, derivation: EntityIndex.Alias.Derivation)] {
        guard holdsBracket(text) || mayHoldMark(text) else { return [] }
        // Each listed spelling is asked several times a run (counted, then gathered, at every
        // index build and rescan): made once per thread.
        let memo = made.take()
        defer { made.give(back: memo) }
        return memo.value(of: text, make: make)
    }

    private static let made = ThreadAffinePool { BoundedMemo<[(text: String, derivation: EntityIndex.Alias.Derivation)]>(capacity: 100_000) }

    private static func make(_ listed: String) -> [(text: String, derivation: EntityIndex.Alias.Derivation)] {
        // METI's list writes full-width brackets, some half (Nanjing University of Science and
        // Technology（NUST）; Organisation for Technological Industries (OTI）): read as ASCII
        // ones, the spellings made keep the listed text as their source.
        let text = holdsFullWidthBracket(listed) ? listed.replacingOccurrences(of: "（", with: " (").replacingOccurrences(of: "）", with: ") ") : listed
        var kept = ""
        var others: [(text: String, afterMark: Bool)] = []
        var droppedAny = false
        var lastAcronym: (text: String, keptBefore: Int)?
        // The acronym before it, when one was: the entry's own where the last is its parent's.
        var earlierAcronym: (text: String, keptBefore: Int)?
        // The short form in brackets of the words before them, and where the name goes on
        // after them (Khajeh Nassir-Al-Deen Toosi (K. N. Toosi) University of Technology).
        var abbreviated: (text: String, keptBefore: Int)?
        // An other name after a mark outside brackets runs to the end (Yichang Testing
        // Technology Research Institute a.k.a. Yichang Institute of Testing Technology).
        let mark = markOutsideBrackets(in: text)
        var rest = text[..<(mark ?? text.endIndex)]
        // The other name's own brackets left out too (China Academy of Engineering
        // Physics (CAEP)'s 902 Institute), as they are from a listed name.
        func withoutBrackets(_ other: String) -> String {
            make(other).first { if case .bracketsLeftOut = $0.derivation { true } else { false } }?.text ?? other
        }
        while let open = rest.firstIndex(of: "(") {
            // A bracket never closed runs to the end: the Entity List cuts some names short
            // inside their last brackets (Gazprom Neft (a.k.a. Gazprom Neft OAO).
            let close = closing(rest, from: open)
            let insideEnd = close ?? rest.endIndex
            kept += rest[..<open]
            let inside = String(trimmed(rest[rest.index(after: open)..<insideEnd]))
            if let other = otherName(inside) {
                others.append((withoutBrackets(other), false))
                droppedAny = true
            } else if startsWithMark(inside) || startsWithRelation(inside) {
                // A mark with nothing after it (Sabanican Company (a.k.a.), or a note of
                // whose the entry is (Guangzhou Hongyu Technology Co., Ltd. (a subordinate
                // institute of CETC-7); CNOOC Limited (a subsidiary of China National
                // Offshore Oil Corporation): the parent is an entry of its own.
                droppedAny = true
            } else if isAcronym(inside) && (inside.utf8.count > 3 || CountryNames.code(inside) == nil) {
                droppedAny = true
                earlierAcronym = lastAcronym
                lastAcronym = (inside, kept.utf8.count)
            } else if close.map({ endsName(rest[rest.index(after: $0)...].utf8) }) ?? true, isNoteEndingName(inside) {
                droppedAny = true
            } else if abbreviated == nil, abbreviates(inside, before: kept) {
                droppedAny = true
                abbreviated = (inside, kept.utf8.count)
            } else {
                kept += rest[open..<(close.map { rest.index(after: $0) } ?? rest.endIndex)]
            }
            rest = close.map { rest[rest.index(after: $0)...] } ?? rest[rest.endIndex...]
        }
        kept += rest
        if let mark {
            droppedAny = true
            // Not the note that the aliases follow (National Development Complex (NDC),
            // a.k.a., the following two aliases:).
            if let other = otherName(String(text[mark...])), !other.lowercased().hasPrefix("the following") {
                others.append((withoutBrackets(other), true))
            }
        }
        var result: [(text: String, derivation: EntityIndex.Alias.Derivation)] = []
        var short = mark == nil ? tidy(kept) : withoutJoiningWord(tidy(kept))
        // A coined word with its name spelt out in brackets (Rostec (Russian Technologies
        // State Corporation)): each is a name of the entry.
        if mark == nil, others.isEmpty, lastAcronym == nil, let spelt = spelledOut(short) {
            short = spelt.word
            others.append((spelt.name, false))
            droppedAny = true
        }
        if let abbreviated, let rest = String(kept.utf8.dropFirst(abbreviated.keptBefore)) {
            others.append((tidy(abbreviated.text + " " + rest), false))
        }
        // One word is the name only when the acronym dropped or the name spelt out is its own
        // (Rosoboronexport (ROE); Belvneshpromservice (BVPS)): Florence (Netherlands), a
        // registry's company, is not met by the city's name.
        let words = short.split(separator: " ").filter { $0.contains(where: \.isLetter) }
        let ownAcronym = lastAcronym.map { isCoinedWord(short) && $0.text.first == short.first } ?? false
        if droppedAny, short != text, words.count >= 2 || words.count == 1 && (ownAcronym || others.contains { !$0.afterMark && $0.text.first == short.first }) {
            result.append((short, mark == nil ? .bracketsLeftOut(of: listed) : .otherNameLeftOut(of: listed)))
        }
        for other in others where other.text != text && other.text != short {
            result.append((other.text, other.afterMark ? .namedAfterMark(of: listed) : .namedInBrackets(of: listed)))
        }
        // Ending the name: nothing after it but places and legal forms in brackets, which
        // `kept` holds as they stand. Not a numbered unit's group's acronym (CETC of 10th
        // Research Institute of China Electronic Technology Group Corp (CETC)): that names
        // the group.
        // One after a comma that stands for the words between the comma and it names the
        // parent the entry's name goes on with (Russian Academy of Sciences (RAS) of "A.A.
        // Kharkevich Institute for Information Transmission Problems (IITP), Russian Academy
        // of Sciences (RAS)"; Department of Atomic Energy (DAE) after Bhabha Atomic Research
        // Centre (BARC)): affiliations print it after any of its institutes' names, where it
        // had met the institute at 1.00. The entry's own is then the one ending the name's
        // first part, when one does.
        var ending = lastAcronym.flatMap { endsName(kept.utf8.dropFirst($0.keptBefore)) ? $0 : nil }
        if let acronym = ending, abbreviatesPartAfterComma(acronym.text, kept: kept.utf8.prefix(acronym.keptBefore)) {
            ending = earlierAcronym.flatMap { earlier in
                kept.utf8.dropFirst(earlier.keptBefore).drop { $0 == UInt8(ascii: " ") }.first == UInt8(ascii: ",") ? earlier : nil
            }
        }
        if let acronym = ending, isIndexableAcronym(acronym.text), acronym.text != text,
           !result.contains(where: { $0.text == acronym.text }), UnitOfParent.groupAcronymInBrackets(text) == nil {
            result.append((acronym.text, .acronymInBrackets(of: listed)))
        }
        return result
    }

    /// The name a listed spelling gives before an other-name mark outside brackets
    /// (Man, Cho Yan Nathan of "Man, Cho Yan Nathan; a.k.a Nathan Man"), or the spelling
    /// itself when it has none such or nothing stands before it.
    static func ownName(_ text: String) -> String {
        guard mayHoldMark(text), let mark = markOutsideBrackets(in: text) else { return text }
        let own = withoutJoiningWord(tidy(String(text[..<mark])))
        return own.isEmpty ? text : own
    }

    /// Where an other-name mark stands outside brackets, at the start of a word: "a.k.a.",
    /// "f.k.a.", "also known as", "formerly known as" (the lists write them so: Thermal
    /// Processing Technology Research Institute, a.k.a., Hot Working Technology Research
    /// Institute; formerly known as Wuxi Shangji CNC Co., Ltd); nil when none does.
    static func markOutsideBrackets(in text: String) -> String.Index? {
        var depth = 0
        var wordStart = true
        for index in text.indices {
            let character = text[index]
            switch character {
            case "(": depth += 1
            case ")": depth = max(0, depth - 1)
            default:
                if depth == 0, wordStart, startsWithMark(text[index...]) { return index }
            }
            wordStart = character == " " || character == "," || character == ";"
        }
        return nil
    }

    /// Whether `text` opens with an other-name mark that ends there or before a space or
    /// punctuation (not "akademie", not "Also Known As Ltd" written as a name: the marks
    /// are written in lower case on the lists, and compared so; the slashed ones in either).
    private static func startsWithMark<S: StringProtocol>(_ text: S) -> Bool {
        markWords.contains { mark in
            guard text.hasPrefix(mark) else { return false }
            let after = text.dropFirst(mark.count).first
            return after == nil || after == " " || after == "," || after == ":" || after == "." || after == ";"
        }
    }

    /// The slashed marks in either case (SIBERIAN AIRLINES D/B/A S7 AIRLINES; Nji, Eric Fru
    /// a/k/a Ngi, Eric Fru): no name's word is written so.
    private static let markWords = ["also known as", "formerly known as", "a.k.a", "f.k.a", "a/k/a", "f/k/a", "d/b/a", "A/K/A", "F/K/A", "D/B/A"]

    /// Whether the bracketed words shorten the name's words before them, ending with the
    /// same word after initials (K. N. Toosi of Khajeh Nassir-Al-Deen Toosi): papers print
    /// the short form (K. N. Toosi University of Technology, Tehran), which held too little of
    /// the listed name to meet it.
    private static func abbreviates(_ inside: String, before kept: String) -> Bool {
        let words = inside.split(separator: " ")
        guard words.count >= 2, let last = words.last, last.count >= 3,
              let previous = kept.split(separator: " ").last, previous.lowercased() == last.lowercased() else { return false }
        return words.dropLast().allSatisfy { $0.count <= 3 && $0.hasSuffix(".") && $0.first?.isUppercase == true }
    }

    /// Whether `acronym` stands for the words of `kept` after its last comma (R A S of
    /// "..., Russian Academy of Sciences"), a name standing before that comma.
    private static func abbreviatesPartAfterComma(_ acronym: String, kept: Substring.UTF8View) -> Bool {
        guard let comma = kept.lastIndex(of: UInt8(ascii: ",")),
              kept[..<comma].contains(where: { $0 != UInt8(ascii: " ") }) else { return false }
        return AcronymInitials.abbreviate(acronym, Substring(kept[kept.index(after: comma)...]))
    }

    /// The name before its own acronym in brackets, when a comma follows them and what comes
    /// after is its parent: Bhabha Atomic Research Centre of
    /// "Bhabha Atomic Research Centre (BARC), Department of Atomic Energy (DAE)", Indira Gandhi
    /// Centre for Atomic Research of "... (IGCAR), DAE". Papers print the name, then their
    /// city (Bhabha Atomic Research Centre, Trombay, Mumbai 400085, India), and the parent's
    /// words they lacked kept the centre at 0.34. Nil unless the name opens with a word of its
    /// own (not a kind, a unit or a number: 13th Research Institute, 9th Academy, ... is
    /// not) and holds two words or more.
    static func nameBeforeItsAcronym(_ text: String) -> String? {
        guard holdsBracket(text), let open = text.firstIndex(where: { $0 == "(" || $0 == "（" }), open > text.startIndex,
              let close = text[open...].firstIndex(where: { $0 == ")" || $0 == "）" }) else { return nil }
        let after = text[text.index(after: close)...].drop { $0 == " " }
        let inside = String(text[text.index(after: open)..<close])
        guard after.first == ",", isAcronym(inside) else { return nil }
        // What follows is the parent, as its acronym or a name of a kind (Department of Atomic
        // Energy), not a place: German Cancer Research Center (DKFZ), Dresden is the centre's
        // branch there, a registry's entry of its own.
        let parent = tidy(String(after.dropFirst()))
        let parentWords = parent.lowercased().split(whereSeparator: { !$0.isLetter })
        guard isAcronym(parent) || parentWords.contains(where: { OrganisationKinds.latin.contains(String($0)) }) else { return nil }
        let name = tidy(String(text[..<open]))
        let words = name.split(separator: " ")
        guard words.count >= 2, let first = words.first, first.first?.isUppercase == true,
              !OrganisationKinds.latin.contains(first.lowercased()), !OrganisationKinds.generic.contains(first.lowercased()),
              !first.contains(where: \.isNumber), !name.contains(",") else { return nil }
        return name
    }

    /// A name that is one coined word (Rosoboronexport of "Rosoboronexport (ROE)", Rostec):
    /// five letters or more, a capital first, no kind or generic word (University (UNI)), no
    /// country, no acronym. One word of names' vocabulary would name too many.
    static func isCoinedWord(_ word: String) -> Bool {
        let letters = word.filter(\.isLetter)
        guard letters.count >= 5, letters.count == word.count, word.first?.isUppercase == true, !isAcronym(word) else { return false }
        let lowered = word.lowercased()
        return !OrganisationKinds.latin.contains(lowered) && !OrganisationKinds.generic.contains(lowered) && CountryNames.code(word) == nil
    }

    /// The coined word and the name it spells out, of a kept name "Word (Several Words)":
    /// two to six words in the brackets, each capitalised or a joining word.
    private static func spelledOut(_ kept: String) -> (word: String, name: String)? {
        guard kept.hasSuffix(")"), let open = kept.firstIndex(of: "(") else { return nil }
        let word = kept[..<open].trimmingCharacters(in: .whitespaces)
        let inside = kept[kept.index(after: open)..<kept.index(before: kept.endIndex)].trimmingCharacters(in: .whitespaces)
        let words = inside.split(separator: " ")
        guard isCoinedWord(word), (2...6).contains(words.count), !inside.contains("("), inside.first == word.first,
              words.allSatisfy({ $0.first?.isUppercase == true || ["of", "and", "for", "the"].contains($0) }) else { return nil }
        return (word, inside)
    }

    /// Whether the bracketed words that end a name say where or what the entry is, or give
    /// a short name led by capitals, rather than a part of its name: the country
    /// (Dandong Zhensheng Trade Co., Ltd. (China); Kumertau Aviation Production Enterprise
    /// (Russia)), a note that it is a person (Aleksey Budnev (Russian individual); Emily Liu
    /// (individual)), a short name (Moscow Machine Building Plant Avangard (MMZ Avangard);
    /// Zhukovskiy and Gagarin Academy (Z&G Academy)). Papers and authors print none of
    /// them, and the words they lacked kept the name below the threshold (0.72, 0.65, 0.41,
    /// 0.36). A city stays (ACM Research (Shanghai) is one of several such companies).
    static func isNoteEndingName(_ inside: String) -> Bool {
        let words = inside.split(separator: " ")
        guard let first = words.first, first.first?.isLetter == true else { return false }
        if words.contains(where: { $0.lowercased() == "individual" }) { return true }
        // Hong Kong, Macau and Taiwan name a company's subsidiary there (Vizo Group Limited
        // (Hong Kong)), as a city does.
        if first.first?.isUppercase == true, let code = CountryNames.code(inside) { return !["HK", "MO", "TW"].contains(code) }
        let letters = first.filter(\.isLetter)
        return words.count <= 3 && letters.count >= 2 && letters.allSatisfy(\.isUppercase) && !first.contains(where: \.isNumber)
    }

    /// Whether bracketed words open with a note of the entry's parent.
    private static func startsWithRelation(_ inside: String) -> Bool {
        let lowered = inside.lowercased()
        return relationNotes.contains { lowered.hasPrefix($0) }
    }

    private static let relationNotes = ["a subordinate ", "subordinate ", "a subsidiary ", "subsidiary of ", "affiliated with ",
                                        "a branch of ", "branch of "]

    /// Whether `text` holds a round bracket, ASCII or full-width, in one pass over its bytes:
    /// every index build asks it of each spelling (the registry's 119,000), where Foundation's
    /// search for "（" had taken 3.7% of `index-benchmark`'s samples (`perf record`).
    static func holdsBracket(_ text: String) -> Bool {
        text.utf8.contains(UInt8(ascii: "(")) || holdsFullWidthBracket(text)
    }

    /// Whether `text` holds "（" or "）" (EF BC 88, EF BC 89 in UTF-8).
    private static func holdsFullWidthBracket(_ text: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if previous == (0xEF, 0xBC) && (byte == 0x88 || byte == 0x89) { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    /// A cheap test before looking for marks: most spellings hold neither "k.a", "known"
    /// nor a slashed mark's "k/a" or "b/a".
    private static func mayHoldMark(_ text: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if byte == UInt8(ascii: "a") && previous == (UInt8(ascii: "k"), UInt8(ascii: ".")) { return true }
            if byte == UInt8(ascii: "o") && previous == (UInt8(ascii: "k"), UInt8(ascii: "n")) { return true }
            if byte | 0x20 == UInt8(ascii: "a"), previous.1 == UInt8(ascii: "/"),
               [UInt8(ascii: "k"), UInt8(ascii: "b")].contains(previous.0 | 0x20) { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    /// `text` without a joining word left at its end by a cut (Hoyuan Green Energy Co. Ltd.
    /// and formerly known as ...).
    private static func withoutJoiningWord(_ text: String) -> String {
        for word in [" and", " or"] where text.lowercased().hasSuffix(word) {
            return tidy(String(text.dropLast(word.count)))
        }
        return text
    }

    /// The bracket closing the one at `open`, brackets inside counted (a.k.a., China Academy
    /// of Engineering Physics (CAEP)'s 902 Institute); nil when it is never closed.
    private static func closing(_ text: Substring, from open: Substring.Index) -> Substring.Index? {
        var depth = 0
        for index in text[open...].indices {
            switch text[index] {
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth == 0 { return index }
            default: continue
            }
        }
        return nil
    }

    /// Whether what a name keeps after an acronym's brackets is nothing but bracketed
    /// words (a country: Scientific Production Association Mashinostroyeniya (NPOM) (Russia)).
    private static func endsName(_ after: Substring.UTF8View) -> Bool {
        var depth = 0
        for byte in after {
            switch byte {
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"): depth -= 1
            case UInt8(ascii: " "), UInt8(ascii: ","), UInt8(ascii: "."): continue
            default: if depth == 0 { return false }
            }
        }
        return true
    }

    /// An acronym indexed on its own: one word of three to six capitals or digits, which the
    /// matcher treats as an acronym (`Matcher.isAcronym`), and no legal form (Moselectronproekt
    /// (JSC)): two letters name too many organisations to be worth a spelling of their own.
    static func isIndexableAcronym(_ text: String) -> Bool {
        text.utf8.count >= 3 && Matcher.isAcronym(text) && text.contains(where: \.isLetter)
            && !OrganisationTerms.latinLegalForms.contains([text.lowercased()])
    }

    /// Whether each alias of `index` is an acronym that ends a listed name
    /// (`acronymInBrackets`) while another entity, of no name in common, lists it as its
    /// own: then the brackets may hold the other's acronym, often the parent's (10th
    /// Research Institute of China Electronic Technology Group (CETC), where China
    /// Electronics Technology Group Corporation lists CETC), and the acronym alone says
    /// nothing of which is meant. The same entity on another list (Xinjiang Production and
    /// Construction Corps, listing XPCC) shares a name, and is no rival. Names are
    /// normalized on `threads` threads.
    static func ambiguousAcronyms(in index: EntityIndex, threads: Int) -> [Bool] {
        var result = [Bool](repeating: false, count: index.aliases.count)
        let derived = index.aliases.indices.filter {
            if case .acronymInBrackets = index.aliases[$0].derivation { return true }
            return false
        }
        guard !derived.isEmpty else { return result }
        let wanted = Set(derived.map { index.aliases[$0].text })
        var listedBy: [String: Set<Int32>] = [:]
        for alias in index.aliases where alias.derivation == nil && wanted.contains(alias.text) {
            listedBy[alias.text, default: []].insert(alias.entity)
        }
        // Only those another entity lists have their names compared: an index that makes
        // forms on demand (a rescan's) normalizes the names of those few alone.
        let contested = derived.filter { a in listedBy[index.aliases[a].text]?.contains { $0 != index.aliases[a].entity } == true }
        guard !contested.isEmpty else { return result }
        let involved = Set(contested.map { index.aliases[$0].entity }).union(contested.flatMap { listedBy[index.aliases[$0].text]! })
        // The names (acronyms left out) of the entities involved, as matching forms: made
        // on the worker threads, since a rescan's index makes them on demand and, made on
        // one thread, they were most of its matcher's set-up.
        let named = index.aliases.indices.filter { involved.contains(index.aliases[$0].entity) && !Matcher.isAcronym(index.aliases[$0].text) }
        let keys = ParallelMap.map(named, threads: threads) { index.normalized(alias: $0).key }
        var names: [Int32: Set<String>] = [:]
        for (a, key) in zip(named, keys) { names[index.aliases[a].entity, default: []].insert(key) }
        for a in contested {
            let alias = index.aliases[a], own = names[alias.entity] ?? []
            result[a] = listedBy[alias.text, default: []].contains { other in
                other != alias.entity && own.isDisjoint(with: names[other] ?? [])
            }
        }
        return result
    }

    /// The name after "a.k.a.", "f.k.a.", "formerly" and the like, when `inside` starts so.
    static func otherName(_ inside: String) -> String? {
        let lowered = inside.lowercased()
        guard let mark = otherNameMarks.first(where: { lowered.hasPrefix($0) }) else { return nil }
        let name = inside.dropFirst(mark.count).drop { $0 == " " || $0 == "," || $0 == ":" || $0 == "." }
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        return trimmed.count >= 3 ? trimmed : nil
    }

    /// Longer marks first, so "also known as" is not read as "a".
    private static let otherNameMarks = ["also known as", "formerly known as", "formerly", "previously", "a.k.a.", "a.k.a", "f.k.a.",
                                         "f.k.a", "a/k/a", "f/k/a", "d/b/a", "aka ", "fka "]

    /// One to three words, each with a digit, or with two capitals or more making at least
    /// half its letters: MERI, KBP, SAEN CO., NPO NIIP-NZIK, JSC TsNIIMash. Beijing, Hong
    /// Kong, Pvt. and Loire-Atlantique (a French département, in a ROR name) are not, nor is
    /// a country's code or short name (HK, UK, USA), asked separately.
    static func isAcronym(_ inside: String) -> Bool {
        let words = inside.split(separator: " ")
        guard (1...3).contains(words.count) else { return false }
        // Counted in one pass: `filter` on a substring's scalars builds a new view each time.
        return words.allSatisfy { word in
            var capitals = 0, letters = 0
            for scalar in word.unicodeScalars {
                let properties = scalar.properties
                if properties.numericType != nil { return true }
                if properties.isUppercase { capitals += 1 }
                if properties.isAlphabetic { letters += 1 }
            }
            return capitals >= 2 && capitals * 2 >= letters
        }
    }

    /// Single spaces, none before a comma, a full stop or a possessive's apostrophe (China
    /// Academy of Engineering Physics (CAEP)'s 902 Institute), no comma, semicolon or hyphen
    /// at the ends. One pass over the characters: every rescan asks for every listed
    /// spelling's derived ones, and a first version with Foundation's replacements, made
    /// anew at every call, took a rescan's index phase from 0.06 to 0.14 s.
    private static func tidy(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var space = false
        for character in text {
            if character == " " {
                space = !result.isEmpty
                continue
            }
            if space && !(character == "," || character == "." || character == "'" || character == "’") { result.append(" ") }
            space = false
            if result.isEmpty && (character == "," || character == ";" || character == "-") { continue }
            result.append(character)
        }
        while let last = result.last, last == "," || last == ";" || last == "-" || last == " " { result.removeLast() }
        return result
    }

    /// `text` without spaces at either end.
    private static func trimmed(_ text: Substring) -> Substring {
        var text = text.drop { $0 == " " }
        while text.last == " " { text.removeLast() }
        return text
    }
}
