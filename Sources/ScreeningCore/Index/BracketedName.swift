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
/// Research Academy), and is not indexed alone. Other bracketed words stay: a city or
/// a country (Moore Thread Intelligent Technology (Beijing) Co., Ltd. and Huawei
/// Technologies (Australia) Pty Ltd. are each one of several such companies), a legal form
/// ((Pvt.) Ltd.).
enum BracketedName {
    /// The spellings `text` gives beyond itself: the name without its acronyms and other
    /// names in brackets (when some are, and two words or more remain), then each
    /// other name, then the acronym that ends it (when `isIndexableAcronym`). Empty for a
    /// text without brackets.
    static func spellings(of text: String) -> [(text: String, derivation: EntityIndex.Alias.Derivation)] {
        guard text.utf8.contains(UInt8(ascii: "(")) else { return [] }
        // Each listed spelling is asked several times a run (counted, then gathered, at every
        // index build and rescan): made once per thread.
        let memo = made.take()
        defer { made.give(back: memo) }
        return memo.value(of: text, make: make)
    }

    private static let made = ThreadAffinePool { BoundedMemo<[(text: String, derivation: EntityIndex.Alias.Derivation)]>(capacity: 100_000) }

    private static func make(_ text: String) -> [(text: String, derivation: EntityIndex.Alias.Derivation)] {
        var kept = ""
        var others: [String] = []
        var droppedAny = false
        var lastAcronym: (text: String, keptBefore: Int)?
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "(") {
            guard let close = closing(rest, from: open) else { return [] }
            kept += rest[..<open]
            let inside = String(trimmed(rest[rest.index(after: open)..<close]))
            if let other = otherName(inside) {
                // The other name's own brackets left out too (China Academy of Engineering
                // Physics (CAEP)'s 902 Institute), as they are from a listed name.
                others.append(make(other).first { if case .bracketsLeftOut = $0.derivation { true } else { false } }?.text ?? other)
                droppedAny = true
            } else if isAcronym(inside) && (inside.utf8.count > 3 || CountryNames.code(inside) == nil) {
                droppedAny = true
                lastAcronym = (inside, kept.utf8.count)
            } else {
                kept += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        kept += rest
        var result: [(text: String, derivation: EntityIndex.Alias.Derivation)] = []
        let short = tidy(kept)
        if droppedAny, short != text, short.split(separator: " ").filter({ $0.contains(where: \.isLetter) }).count >= 2 {
            result.append((short, .bracketsLeftOut(of: text)))
        }
        for other in others where other != text && other != short { result.append((other, .namedInBrackets(of: text))) }
        // Ending the name: nothing after it but places and legal forms in brackets, which
        // `kept` holds as they stand.
        if let acronym = lastAcronym, endsName(kept.utf8.dropFirst(acronym.keptBefore)), isIndexableAcronym(acronym.text),
           acronym.text != text, !result.contains(where: { $0.text == acronym.text }) {
            result.append((acronym.text, .acronymInBrackets(of: text)))
        }
        return result
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
                                         "f.k.a", "aka ", "fka "]

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
