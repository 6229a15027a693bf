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
                if phrases && hash == Self.natHash && Self.namesNationalUniversity(pieces, at: i, index) {
                    if explain { rules.append(RuleFiring(rule: "phrase", detail: "nat … univ→national … university")) }
                    tokens.append(Token(text: "national", script: .latin, segment: segment, clause: clause))
                    i += 1
                    continue
                }
                // "No." (and №, which folds to it, and German "Nr.") before a number is the
                // number's sign: No. 38 Research Institute is the 38th, whose "no" cost a
                // listed "38th Research Institute" ×0.74 as a word inside the name.
                if (hash == Self.noHash || hash == Self.nrHash), i + 1 < pieces.count, pieces[i + 1].script == .digits,
                   pieces[i + 1].segment == segment {
                    if explain { stops.append(pieces[i].text) }
                    i += 1
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

    private static let natHash = TextHash.of("nat")
    private static let noHash = TextHash.of("no"), nrHash = TextHash.of("nr")

    /// "Nat." before a university's own name and its kind is National, as IEEE prints
    /// Taiwan's universities (Nat. Taitung Univ., Nat. Taiwan Normal Univ., Nat. Central
    /// Univ.): one to four words of a name, none an organisation term but Normal and
    /// Central, then University, in one segment. Nat. Sci. Univ. stays Natural Science.
    private static func namesNationalUniversity(_ pieces: [Piece], at i: Int, _ index: OrganisationTermIndex) -> Bool {
        let segment = pieces[i].segment
        var k = i + 1
        while k < pieces.count && k <= i + 5 && pieces[k].segment == segment && pieces[k].script == .latin {
            if let role = pieces[k].role {
                guard role >= 0 else { return false }
                let word = index.replacements[Int(role)]
                if word == "university" { return k > i + 1 }
                if word != "normal" && word != "central" { return false }
            }
            k += 1
        }
        return false
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
