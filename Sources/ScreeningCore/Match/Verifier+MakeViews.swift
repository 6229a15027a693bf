/// The views a comparison reads: an alias's Latin token sequences, a mention's segments
/// with their parts, memberships and campuses, and the words' signatures that rule pairings out.
extension Verifier {
    /// Latin token sequences of an alias: its matching form (if Latin) and every alternative form.
    /// `alias`: which of the index's aliases `text` is (for `orderTwins`); -1 for none.
    func aliasViews(_ text: NormalizedText, isPrimaryName: Bool = false, alias: Int32 = -1,
                    namesSocietyOfInstitutes: Bool = false, isAcronym: Bool = false, opensPartNames: Bool = false,
                    namesCompany: Bool = false) -> [View] {
        // Words' facts from this thread's memo, as for mentions: a registry's names repeat
        // their words (University, Institute, of) as affiliations do.
        let memo = known.take()
        defer { known.give(back: memo) }
        var views: [View] = []
        var seen: [[String]] = []
        let latin = text.tokens.filter { $0.script == .latin || $0.script == .digits || $0.script == .other }
        if !latin.isEmpty && latin.count == text.tokens.count {
            seen.append(latin.map(\.text))
            // A name in two segments (University of California, Davis) keeps where its comma
            // stands, to meet a mention that prints the comma there.
            let firstSegment = latin.prefix { $0.segment == latin[0].segment }.count
            let inTwoSegments = firstSegment < latin.count && latin[firstSegment...].allSatisfy { $0.segment == latin[firstSegment].segment }
            let adjectival = Self.adjectivalWords(in: text.original)
            let tokens = latin.map { token in
                let word = info(token.text, memo: memo)
                return adjectival.contains(token.text) ? TokenInfo(text: word.text, facts: word.facts.adding(.printedAsAdjective)) : word
            }
            let country = alias >= 0 ? index.country(of: Int(index.aliases[Int(alias)].entity)) : nil
            views.append(View(name: "matching form", tokens: tokens, isSegment: false,
                              firstSegmentCount: inTwoSegments ? firstSegment : 0, isPrimaryName: isPrimaryName, alias: alias,
                              namesSocietyOfInstitutes: namesSocietyOfInstitutes, isAcronym: isAcronym, opensPartNames: opensPartNames,
                              namesCompany: namesCompany,
                              countryWordsAtEnd: Self.countryWordsAtEnd(of: tokens, afterStopWord: latin.map(\.followsStopWord), country: country)))
        }
        for form in text.forms where form.kind != .phoneticJapanese && form.kind != .phoneticChinese && !seen.contains(form.tokens) {
            seen.append(form.tokens)
            views.append(View(name: form.kind.rawValue + " (" + form.source + ")", tokens: form.tokens.map { info($0, memo: memo) }, isSegment: false,
                              isPrimaryName: isPrimaryName, alias: alias, namesSocietyOfInstitutes: namesSocietyOfInstitutes,
                              isAcronym: isAcronym, opensPartNames: opensPartNames, namesCompany: namesCompany))
        }
        // Too little to be evidence: only initials (E.X. Co. → x), or one or two of the words
        // names are made of (Advanced Technologies, Scientific Engineering Corporation). Three
        // or more make a name (University of Science and Technology of China).
        return views.filter { view in
            view.facts.contains { $0.length >= 3 && $0.flags.isDisjoint(with: [.generic, .vocabulary, .digits]) }
                || view.facts.filter { $0.length >= 3 }.count >= 3
        }
    }

    /// The Han text of each segment holding any (canonical forms joined), with the segment's number.
    static func hanSegments(_ text: NormalizedText) -> [(segment: Int, text: String)] {
        var segments: [Int: String] = [:]
        for token in text.tokens where token.script == .han || token.script == .kana { segments[token.segment, default: ""] += token.text }
        return segments.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// The signature of every word `mentionViews` would give `text`'s views: a word no view
    /// may meet, this does not either, so an alias that cannot reach a floor against it
    /// (`mayBeat(_:_:signature:)`) cannot against any view, and the views need not be made.
    func mentionSignature(_ text: NormalizedText) -> WordSignature {
        let memo = known.take()
        defer { known.give(back: memo) }
        var signature = WordSignature([])
        for token in text.tokens where token.script != .han && token.script != .kana {
            signature.insert(memo.value(of: token.text, make: facts))
        }
        for form in text.forms where form.kind != .phoneticJapanese && form.kind != .phoneticChinese {
            for token in form.tokens { signature.insert(memo.value(of: token, make: facts)) }
        }
        if !text.loanWordReadings.isEmpty { signature.admitKatakanaReadings() }
        return signature
    }

    /// Latin token sequences of a mention: each segment's matching tokens (and, before a
    /// segment a conjunction parts into two organisations' names, each part's), each two
    /// adjacent segments, and the whole text's alternative forms (translations, readings).
    /// Words' facts come from this thread's memo (`known`): affiliations repeat their words.
    func mentionViews(_ text: NormalizedText) -> [View] {
        let memo = known.take()
        defer { known.give(back: memo) }
        // Tokens come in the text's order, so each segment's are consecutive.
        var segments: [(number: Int, tokens: [TokenInfo], clauses: [Int32])] = []
        // Clauses are numbered in order, so the text has two only if its ends differ.
        let hasClauses = text.tokens.first?.clause != text.tokens.last?.clause
        var previousClause: Int32 = 0
        // Whether each segment opens with a conjunction (and Berlin Institute of Health).
        var opensWithConjunction: [Bool] = []
        let capitals = Self.capitalWords(in: text.original), adjectival = Self.adjectivalWords(in: text.original)
        for token in text.tokens where token.script != .han && token.script != .kana {
            if segments.last?.number != token.segment {
                opensWithConjunction.append(!segments.isEmpty && token.clause != previousClause)
                segments.append((token.segment, [], []))
            }
            var word = info(token.text, memo: memo)
            if !capitals.isEmpty && capitals.contains(token.text) {
                word = TokenInfo(text: word.text, facts: word.facts.adding(.printedInCapitals))
            }
            if !adjectival.isEmpty && adjectival.contains(token.text) {
                word = TokenInfo(text: word.text, facts: word.facts.adding(.printedAsAdjective))
            }
            if token.followsStopWord {
                let sameClause = segments[segments.count - 1].tokens.isEmpty || previousClause == token.clause
                word = TokenInfo(text: word.text, facts: word.facts.adding(sameClause ? [.followsStopWord, .continuesName] : .followsStopWord))
            }
            previousClause = token.clause
            segments[segments.count - 1].tokens.append(word)
            if hasClauses { segments[segments.count - 1].clauses.append(token.clause) }
        }
        let memberships = Self.takeMemberships(&segments, opensWithConjunction: opensWithConjunction)
        Self.markCampusPlaces(&segments)
        var views: [View] = []
        var lastParts = [Int](repeating: 0, count: segments.count)
        // The text's dotted initials, as the normalizer joined them: read only for a segment
        // that opens with a short word.
        var initials: Set<String>?
        for (k, segment) in segments.enumerated() {
            let membership = memberships[k].map { " (\($0))" } ?? ""
            // Parts come first: on a tie the first view met wins, and a part places a name
            // more exactly than its whole segment.
            if hasClauses, let parts = Self.parts(segment.tokens, clauses: segment.clauses) {
                for (j, part) in parts.enumerated() {
                    views.append(View(name: "segment \(segment.number + 1), part \(j + 1)" + membership, tokens: Array(segment.tokens[part]),
                                      isSegment: true, lastSegment: segment.number, lastPart: j, inMembership: memberships[k] != nil))
                }
                lastParts[k] = parts.count - 1
            }
            // The whole segment, and the names within it that lists print without words it adds.
            func segmentView(_ what: String, _ tokens: [TokenInfo]) -> View {
                View(name: "segment \(segment.number + 1)" + what + membership, tokens: tokens, isSegment: true,
                     lastSegment: segment.number, lastPart: lastParts[k], inMembership: memberships[k] != nil)
            }
            views.append(segmentView("", segment.tokens))
            // The name without the honoree's initials it opens with (M. V. Lomonosov Moscow
            // State University), as lists print it.
            if segment.tokens.count >= 3, segment.tokens[0].text.utf8.count <= 4 {
                if initials == nil { initials = Self.joinedInitials(in: text.original) }
                if initials?.contains(segment.tokens[0].text) == true {
                    views.append(segmentView(" without its initials", Array(segment.tokens.dropFirst())))
                }
            }
            // The name before whom it is named after, as the index holds listed names too
            // (`NamedAfter`): the honoree's words are no other name's (Ural Federal University
            // named after the first President of Russia B.N. Eltsin, where the list spells
            // him Yeltsin).
            if let named = Self.honoreeStart(segment.tokens) {
                views.append(segmentView(" before whom it is named after", Array(segment.tokens[..<named])))
            }
        }
        // A listed name may span two segments (Chinese Academy of Sciences - Key Laboratory
        // for Quantum Information, printed as "Key Laboratory ..., Chinese Academy of Sciences").
        if segments.count <= 12 && segments.count > 1 {
            for k in 1..<segments.count {
                views.append(View(name: "segments \(segments[k - 1].number + 1)–\(segments[k].number + 1)",
                                  tokens: segments[k - 1].tokens + segments[k].tokens, isSegment: true, isPair: true,
                                  firstSegmentCount: segments[k - 1].tokens.count, lastSegment: segments[k].number,
                                  lastPart: lastParts[k], inMembership: memberships[k] != nil))
            }
            // Brackets inside a name part it into three segments (Piotech Chuangyi (Shenyang)
            // Semiconductor Equipment Co., Ltd.; Inspur (Hong Kong) Electronics Co., Ltd.:
            // a company's city, as the lists write it too): a short segment is joined with
            // both its neighbours, when the text's brackets close before a word. So is an
            // academy's regional branch between its institute and the academy (Rzhanov
            // Institute of Semiconductor Physics, Siberian Branch, Russian Academy of
            // Sciences), which the Entity List writes in one or two segments, and the last
            // two fields a name lists with commas (Changchun Institute of Optics, Fine
            // Mechanics, and Physics: the last opens with its conjunction). Joined at every
            // comma, segments made other names of units' words (Institute of Medical
            // Science, The University of Tokyo met Science University of Tokyo).
            if segments.count > 2 {
                let bracketed = Self.closesBracketBeforeWord(text.original)
                for k in 1..<(segments.count - 1) where segments[k].tokens.count <= 3
                    && (bracketed || segments[k].tokens.last?.text == "branch"
                        || (opensWithConjunction[k + 1] && segments[k + 1].tokens.count <= 2)) {
                    views.append(View(name: "segments \(segments[k - 1].number + 1)–\(segments[k + 1].number + 1)",
                                      tokens: segments[k - 1].tokens + segments[k].tokens + segments[k + 1].tokens, isSegment: true,
                                      spansSegments: true, lastSegment: segments[k + 1].number, lastPart: lastParts[k + 1], inMembership: memberships[k + 1] != nil))
                }
            }
        }
        let readings = Set(text.loanWordReadings.map(\.word))
        for form in text.forms where form.kind != .phoneticJapanese && form.kind != .phoneticChinese {
            var tokens = form.tokens.map { info($0, memo: memo) }
            if !readings.isEmpty && (form.kind == .hepburn || form.kind == .translation) {
                for k in tokens.indices where readings.contains(tokens[k].text) {
                    tokens[k] = TokenInfo(text: tokens[k].text, facts: tokens[k].facts.adding(.katakanaReading))
                }
            }
            for (k, opening) in form.openings.enumerated() where opening != .nothing {
                let common = !form.openedWords.isEmpty && form.openedWords[k] == .common
                tokens[k] = TokenInfo(text: tokens[k].text,
                                      facts: tokens[k].facts.adding(common ? [.opensTranslatedWord, .opensTranslatedCommonWord] : .opensTranslatedWord))
            }
            if form.source == Form.dictionaryNameSource && !tokens.isEmpty {
                tokens[0] = TokenInfo(text: tokens[0].text, facts: tokens[0].facts.adding(.opensDictionaryName))
            }
            views.append(View(name: form.kind.rawValue, tokens: tokens, isSegment: false, isTranslation: form.kind == .translation))
            // Each segment of a translation too, as of a Latin text (四川大学物理学院，成都: the
            // university's college, then its city).
            for (j, range) in form.segmentRanges.enumerated() where range.count < tokens.count {
                views.append(View(name: form.kind.rawValue + ", segment \(j + 1)", tokens: Array(tokens[range]), isSegment: false,
                                  isTranslation: form.kind == .translation))
            }
        }
        return views
    }

    /// The nouns of `adjectivalForms` a text prints only as their adjective (technology of
    /// "Xi'an Technological University"), as matching forms spell them. Every mention
    /// verified is asked: a text without the adjective's first letter (most Han texts) is
    /// passed over by its bytes, before `Matcher.containsWord`'s search.
    static func adjectivalWords(in text: String) -> Set<String> {
        var nouns: Set<String> = []
        for form in adjectivalForms {
            guard let first = form.adjective.utf8.first, text.utf8.contains(where: { $0 | 0x20 == first }),
                  Matcher.containsWord(form.adjective, in: text, caseInsensitive: true),
                  !Matcher.containsWord(form.noun, in: text, caseInsensitive: true) else { continue }
            nouns.insert(form.noun)
        }
        return nouns
    }

    /// Adjectives that the matching form folds into a noun (`OrganisationTerms`) and that
    /// name another institution than the noun after "of": Xi'an Technological University is
    /// not Xi'an University of Technology, though both match as xian technology university
    /// in another order.
    static let adjectivalForms: [(adjective: String, noun: String)] = [("technological", "technology")]

    /// The words of three to six ASCII letters a text prints in capitals, lowercased, when
    /// it prints lower-case letters too: acronyms (PLA Information Engineering University;
    /// CNRS-Aix Marseille University). A text all in capitals tells none apart.
    static func capitalWords(in text: String) -> Set<String> {
        var words: Set<String> = []
        var run: [UInt8] = [], capitalsOnly = true, hasLowercase = false
        func close() {
            if capitalsOnly && (3...6).contains(run.count) { words.insert(String(decoding: run.map { $0 | 0x20 }, as: UTF8.self)) }
            run.removeAll(keepingCapacity: true)
            capitalsOnly = true
        }
        for byte in text.utf8 {
            let isUpper = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
            let isLower = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
            // Any other letter or digit (é, 2) continues a word that is no acronym.
            let continuesWord = byte >= 0x80 || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            if isUpper || isLower || continuesWord {
                if isUpper { run.append(byte) } else { capitalsOnly = false; run.append(byte) }
                hasLowercase = hasLowercase || isLower
            } else if !run.isEmpty {
                close()
            }
        }
        if !run.isEmpty { close() }
        return hasLowercase ? words : []
    }

    /// The words the normalizer made of a text's dotted initials (mv of M. V.), lowercased.
    static func joinedInitials(in text: String) -> Set<String> {
        Set((DottedInitials.joined(text)?.runs ?? []).compactMap { $0.split(separator: "→").last?.lowercased() })
    }

    /// Where "named after" opens a segment's honoree, two words or more after its start.
    static func honoreeStart(_ tokens: [TokenInfo]) -> Int? {
        guard tokens.count > 3 else { return nil }
        return (2..<(tokens.count - 1)).first { tokens[$0].text == "named" && tokens[$0 + 1].text == "after" }
    }

    /// Whether a closing bracket stands right before a space and a word, within a name
    /// rather than at a part's end: a letter, or a number with letters after it (the
    /// Entity List's China State Shipbuilding Corporation, Limited (CSSC) 710th Research
    /// Institute), not a postcode.
    static func closesBracketBeforeWord(_ text: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        var digitsAfterBracket = false
        for byte in text.utf8 {
            let isLetter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
            let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            if digitsAfterBracket {
                if isLetter { return true }
                digitsAfterBracket = isDigit
            } else if previous == (UInt8(ascii: ")"), UInt8(ascii: " ")) {
                if isLetter { return true }
                digitsAfterBracket = isDigit
            }
            previous = (previous.1, byte)
        }
        return false
    }

    /// For each segment, what says it names a membership, if it does: a segment that opens
    /// with what the organisation printed before it is a member or a part of ("corporate
    /// member of Freie Universität Berlin", "Member of the German Center for Lung
    /// Research"), and the segments of the list it opens when one within the next three
    /// opens with a conjunction ("Humboldt-Universität zu Berlin, and Berlin Institute of
    /// Health"); and a ministry's segment after a key laboratory's, the ministry whose key
    /// laboratory it is ("Key Laboratory of Molecular Cardiovascular Sciences (Peking
    /// University), Ministry of Education"). The organisations named there are that one's
    /// parents or partners, not the affiliation (`Match.Placement.inMembership`). The
    /// opening words are taken off the segment: they are not part of any name, and count
    /// against none.
    static func takeMemberships(_ segments: inout [(number: Int, tokens: [TokenInfo], clauses: [Int32])],
                                opensWithConjunction: [Bool]) -> [String?] {
        var memberships = [String?](repeating: nil, count: segments.count)
        for k in segments.indices where memberships[k] == nil {
            let tokens = segments[k].tokens
            var opening = 0
            if opening < tokens.count, ["corporate", "full", "associate", "founding"].contains(tokens[opening].text) { opening += 1 }
            guard opening + 1 < tokens.count, tokens[opening].text == "member" || tokens[opening].text == "part",
                  tokens[opening + 1].facts.flags.contains(.followsStopWord) else { continue }
            memberships[k] = "after “\(tokens[opening].text) of”"
            segments[k].tokens.removeFirst(opening + 1)
            if !segments[k].clauses.isEmpty { segments[k].clauses.removeFirst(opening + 1) }
            if let last = segments.indices.dropFirst(k + 1).prefix(3).first(where: { opensWithConjunction[$0] }) {
                for j in (k + 1)...last { memberships[j] = memberships[k] }
            }
        }
        if let laboratory = segments.firstIndex(where: { opensKeyLaboratory($0.tokens) }) {
            for k in segments.indices.dropFirst(laboratory + 1) where memberships[k] == nil && segments[k].tokens.first?.text == "ministry" {
                memberships[k] = "whose key laboratory it is"
            }
        }
        return memberships
    }

    /// Whether the words open with a key laboratory's kind: (State) Key Laboratory, as
    /// China's ministries designate them.
    private static func opensKeyLaboratory(_ tokens: [TokenInfo]) -> Bool {
        let start = tokens.first?.text == "state" ? 1 : 0
        return tokens.count > start + 1 && tokens[start].text == "key" && tokens[start + 1].text == "laboratory"
    }

    /// Marks `.campusPlace` on the words a segment ends in after a conjunction (one or two,
    /// after "at": Harbin Institute of Technology at Weihai) when a later segment prints
    /// each again (Weihai 264209): the city of the address, where the named organisation
    /// has a campus, not another organisation's name.
    static func markCampusPlaces(_ segments: inout [(number: Int, tokens: [TokenInfo], clauses: [Int32])]) {
        guard segments.count > 1 else { return }
        for k in 0..<(segments.count - 1) {
            let tokens = segments[k].tokens
            guard tokens.count >= 3,
                  let opener = tokens.indices.suffix(2).first(where: {
                      tokens[$0].facts.flags.contains(.followsStopWord) && !tokens[$0].facts.flags.contains(.continuesName)
                  }), opener > 0 else { continue }
            let place = opener..<tokens.count
            guard tokens[place].allSatisfy({ $0.facts.flags.isDisjoint(with: [.generic, .vocabulary, .digits]) }),
                  tokens[place].allSatisfy({ word in segments[(k + 1)...].contains { $0.tokens.contains { $0.text == word.text } } })
            else { continue }
            for j in place { segments[k].tokens[j] = TokenInfo(text: tokens[j].text, facts: tokens[j].facts.adding(.campusPlace)) }
        }
    }

    /// A segment's parts when a conjunction joins two organisations' names in it, each
    /// with a word an institution or its part is named by on either side (Oslo University
    /// Hospital and University of Oslo; Baylor College of Medicine and Texas Children's
    /// Hospital), so that each name is met without the other's words beside it; nil when
    /// it is one name (Department of Pathology and Cell Biology; Tokyo Medical and Dental
    /// University). The whole segment is still compared too: a name may hold the
    /// conjunction (King Faisal Specialist Hospital and Research Centre).
    static func parts(_ tokens: [TokenInfo], clauses: [Int32]) -> [Range<Int>]? {
        guard clauses.count == tokens.count, let first = clauses.first, first != clauses.last else { return nil }
        func namesOrganisation(_ range: Range<Int>) -> Bool {
            range.contains { !tokens[$0].facts.flags.isDisjoint(with: [.institution, .institutionPart]) }
        }
        var parts: [Range<Int>] = []
        var start = 0
        for k in 1...tokens.count where k == tokens.count || clauses[k] != clauses[k - 1] {
            let run = start..<k
            start = k
            if let last = parts.last, !(namesOrganisation(last) && namesOrganisation(run)) {
                parts[parts.count - 1] = last.lowerBound..<run.upperBound
            } else {
                parts.append(run)
            }
        }
        return parts.count > 1 ? parts : nil
    }
}
