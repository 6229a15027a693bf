extension Normalizer {
    /// The matching-form tokens of each piece (empty for a dropped stop word), in order:
    /// ordinals folded (20th → 20), multi-word names folded (Peoples R China → china),
    /// abbreviations and variant spellings replaced, stop words dropped; other scripts
    /// romanized through ICU.
    func matchingTokens(_ pieces: [Piece], explain: Bool, rules: inout [RuleFiring]) -> [[Token]] {
        var result = [[Token]](repeating: [], count: pieces.count)
        var abbreviations: [String] = []
        var stops: [String] = []
        var i = 0
        while i < pieces.count {
            let piece = pieces[i]
            switch piece.script {
            case .latin, .digits:
                if let (length, replacement) = phrase(at: i, in: pieces) {
                    if explain {
                        rules.append(RuleFiring(rule: "phrase", detail: "\(pieces[i..<(i + length)].map(\.text).joined(separator: " "))→\(replacement.joined(separator: " "))"))
                    }
                    result[i] = replacement.map { Token(text: $0, script: .latin, segment: piece.segment) }
                    i += length
                    continue
                }
                let word = Self.foldOrdinal(piece.text)
                switch OrganisationTerms.roles[word] {
                case .word(let canonical)?:
                    if explain { abbreviations.append("\(word)→\(canonical)") }
                    result[i] = [Token(text: canonical, script: .latin, segment: piece.segment)]
                case .stopWord?:
                    if explain { stops.append(word) }
                case nil:
                    result[i] = [Token(text: word, script: piece.script == .digits || word.allSatisfy(\.isNumber) ? .digits : .latin,
                                       segment: piece.segment)]
                }
            case .han, .kana:
                result[i] = [Token(text: piece.string, script: piece.script, segment: piece.segment)]
            case .other:
                let text = piece.string
                if let roman = OtherScripts.shared.romanize(text) {
                    // Only what ICU made ASCII: a second pass must never meet another script.
                    let ascii = String(String.UnicodeScalarView(roman.unicodeScalars.map { $0.isASCII ? $0 : " " }))
                    let words = normalize(ascii, options: []).tokens
                    if explain { rules.append(RuleFiring(rule: "romanize", detail: "\(text)→\(roman) (ICU Any-Latin)")) }
                    result[i] = words.map { Token(text: $0.text, script: .other, segment: piece.segment) }
                } else {
                    result[i] = [Token(text: text, script: .other, segment: piece.segment)]
                }
            }
            i += 1
        }
        if explain && !abbreviations.isEmpty {
            rules.append(RuleFiring(rule: "abbreviation", detail: abbreviations.joined(separator: " ")))
        }
        if explain && !stops.isEmpty { rules.append(RuleFiring(rule: "stop-word", detail: stops.joined(separator: " "))) }
        return result
    }

    private func phrase(at i: Int, in pieces: [Piece]) -> (Int, [String])? {
        let segment = pieces[i].segment
        var words: [String] = []
        var j = i
        while j < pieces.count && j < i + 4 && pieces[j].segment == segment && pieces[j].script == .latin {
            words.append(pieces[j].text)
            j += 1
        }
        guard words.count >= 2 else { return nil }
        for length in stride(from: words.count, through: 2, by: -1) {
            if let replacement = OrganisationTerms.phrases[Array(words.prefix(length))] { return (length, replacement) }
        }
        return nil
    }

    /// 20th → 20, 1st → 1: ordinals are numbered units (第二十研究所, 20th Research Institute).
    static func foldOrdinal(_ word: String) -> String {
        let bytes = word.utf8
        guard bytes.count >= 3, let first = bytes.first, first >= 0x30 && first <= 0x39 else { return word }
        let suffix = word.suffix(2)
        guard suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th" else { return word }
        let number = word.dropLast(2)
        return number.allSatisfy(\.isASCII) && number.allSatisfy(\.isNumber) ? String(number) : word
    }
}
