extension Normalizer {
    /// The matching-form tokens, in order: multi-word names folded (Peoples R China →
    /// china), abbreviations and variant spellings replaced, stop words dropped; other
    /// scripts romanized through ICU. `firstToken[i]` is the index of piece i's first token
    /// (`firstToken[pieces.count]` the token count), for the alternative forms; empty
    /// unless `tracksPieces`.
    func matchingTokens(_ pieces: [Piece], explain: Bool, phrases: Bool = true, tracksPieces: Bool = true,
                        rules: inout [RuleFiring]) -> (tokens: [Token], firstToken: [Int]) {
        let index = OrganisationTermIndex.shared
        var tokens: [Token] = []
        tokens.reserveCapacity(pieces.count)
        var firstToken: [Int] = []
        if tracksPieces { firstToken.reserveCapacity(pieces.count + 1) }
        var abbreviations: [String] = []
        var stops: [String] = []
        // A stop word was dropped since the last token (`Token.followsStopWord`).
        var stopWordDropped = false
        var i = 0
        while i < pieces.count {
            if tracksPieces { firstToken.append(tokens.count) }
            let tokensBefore = tokens.count
            defer { if tokens.count > tokensBefore { tokens[tokensBefore].followsStopWord = stopWordDropped; stopWordDropped = false } }
            switch pieces[i].script {
            case .latin, .digits:
                let hash = pieces[i].hash
                let segment = pieces[i].segment, clause = pieces[i].clause
                if phrases, let group = index.phrases.lookup(hash),
                   let phrase = index.groups[Int(group)].first(where: { Self.startsPhrase($0.hashes, pieces, at: i) }) {
                    if explain { rules.append(RuleFiring(rule: "phrase", detail: "\(phrase.text)→\(phrase.replacement.joined(separator: " "))")) }
                    for word in phrase.replacement { tokens.append(Token(text: word, script: .latin, segment: segment, clause: clause)) }
                    if tracksPieces { for _ in 1..<phrase.hashes.count { firstToken.append(tokens.count) } }
                    i += phrase.hashes.count
                    continue
                }
                if let role = pieces[i].role {
                    if role >= 0 {
                        let canonical = index.replacements[Int(role)]
                        if explain && pieces[i].text != canonical { abbreviations.append("\(pieces[i].text)→\(canonical)") }
                        tokens.append(Token(text: canonical, script: .latin, segment: segment, clause: clause))
                    } else {
                        stopWordDropped = true
                        if explain { stops.append(pieces[i].text) }
                    }
                } else {
                    tokens.append(Token(text: pieces[i].text, script: pieces[i].script, segment: segment, clause: clause))
                }
            case .han, .kana:
                let piece = pieces[i]
                tokens.append(Token(text: piece.string, script: piece.script, segment: piece.segment, clause: piece.clause))
            case .other:
                let piece = pieces[i]
                let text = piece.string
                if let roman = OtherScripts.shared.romanize(text) {
                    // Only what ICU made ASCII: a second pass must never meet another script.
                    let ascii = String(String.UnicodeScalarView(roman.unicodeScalars.map { $0.isASCII ? $0 : " " }))
                    if explain { rules.append(RuleFiring(rule: "romanize", detail: "\(text)→\(roman) (ICU Any-Latin)")) }
                    for word in normalize(ascii, options: []).tokens {
                        tokens.append(Token(text: word.text, script: .other, segment: piece.segment, clause: piece.clause))
                    }
                } else {
                    tokens.append(Token(text: text, script: .other, segment: piece.segment, clause: piece.clause))
                }
            }
            i += 1
        }
        if tracksPieces { firstToken.append(tokens.count) }
        if explain && !abbreviations.isEmpty {
            rules.append(RuleFiring(rule: "abbreviation", detail: abbreviations.joined(separator: " ")))
        }
        if explain && !stops.isEmpty { rules.append(RuleFiring(rule: "stop-word", detail: stops.joined(separator: " "))) }
        return (tokens, firstToken)
    }

    private static func startsPhrase(_ hashes: [UInt64], _ pieces: [Piece], at i: Int) -> Bool {
        guard i + hashes.count <= pieces.count else { return false }
        let segment = pieces[i].segment
        for (k, hash) in hashes.enumerated() {
            let piece = pieces[i + k]
            if piece.segment != segment || piece.script != .latin || piece.hash != hash { return false }
        }
        return true
    }
}
