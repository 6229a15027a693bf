/// How well one alias of a listed entity is met by a mention: the best of every pairing of
/// the alias's forms with the mention's (a segment's matching tokens, or a whole-text
/// translation or reading), with what met and what lowered the score.
struct Verification {
    var score: Double
    /// Where the winning pairing met the mention.
    var placement = Match.Placement(lastSegment: nil, aliasLength: 0)
    /// Renders the account of the pairing that won (only for hits: formatting costs).
    var describe: () -> String = { "" }
    /// Human-readable account of the pairing that won.
    var account: String { describe() }
}

/// A token with what comparing it needs, computed once: its weight and phonetic keys.
struct TokenInfo: Sendable {
    let text: String
    let japanese: String?
    let chinese: String?
    let weight: Double
    /// An organisation-kind or generic unit word (department, institute, key, state, ...).
    let isGeneric: Bool
    let isDigits: Bool
    /// A word of the organisation vocabulary (university, technology, advanced, ...).
    let isVocabulary: Bool
}

/// A token sequence to compare: a segment, two adjacent segments, or a whole-text form.
struct View: Sendable {
    let name: String
    let tokens: [TokenInfo]
    /// True for a segment (or two): words outside the matched name count against it.
    let isSegment: Bool
    /// True for two segments joined: their order is the printer's, not the name's.
    var isPair = false
    /// The mention's last segment this view holds (nil for an alias or a whole-text form).
    var lastSegment: Int? = nil
}

/// Scores alias forms against mention forms. Token weights are fixed word weights (see
/// `WordWeights`), so missing a distinctive word (Electronic, Harbin) costs more than
/// missing a generic one, whatever else the lists hold.
struct Verifier {
    let index: EntityIndex
    let phonetic: PhoneticKeys
    /// The fixed word weights; nil only when the table is missing, and then the index's
    /// own IDF weights stand in.
    let weights: WordWeights?

    func weight(of token: String) -> Double {
        if let weights { return weights.weight(of: token) }
        let w = index.weight(of: Grams.hash(.token, token))
        return w > 0 ? w : index.unseenTokenWeight
    }

    func info(_ token: String) -> TokenInfo {
        let letters = token.utf8.count >= 3 && token.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
        let generic = OrganisationKinds.latin.contains(token) || OrganisationKinds.generic.contains(token)
        return TokenInfo(text: token, japanese: letters && !generic ? phonetic.japanese(token) : nil,
                         chinese: letters && !generic ? phonetic.chineseKey(token) : nil,
                         weight: weight(of: token), isGeneric: generic,
                         isDigits: token.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 },
                         isVocabulary: Normalizer.vocabularyWords.contains(token))
    }

    /// Latin token sequences of an alias: its matching form (if Latin) and every alternative form.
    func aliasViews(_ text: NormalizedText) -> [View] {
        var views: [View] = []
        var seen: [[String]] = []
        let latin = text.tokens.filter { $0.script == .latin || $0.script == .digits || $0.script == .other }
        if !latin.isEmpty && latin.count == text.tokens.count {
            seen.append(latin.map(\.text))
            views.append(View(name: "matching form", tokens: latin.map { info($0.text) }, isSegment: false))
        }
        for form in text.forms where form.kind != .phoneticJapanese && form.kind != .phoneticChinese && !seen.contains(form.tokens) {
            seen.append(form.tokens)
            views.append(View(name: form.kind.rawValue + " (" + form.source + ")", tokens: form.tokens.map(info), isSegment: false))
        }
        // Too little to be evidence: only initials (E.X. Co. → x), or one or two of the words
        // names are made of (Advanced Technologies, Scientific Engineering Corporation). Three
        // or more make a name (University of Science and Technology of China).
        return views.filter { view in
            view.tokens.contains { $0.text.utf8.count >= 3 && !$0.isGeneric && !$0.isVocabulary && !$0.isDigits }
                || view.tokens.filter { $0.text.utf8.count >= 3 }.count >= 3
        }
    }

    /// The Han text of each segment holding any (canonical forms joined), with the segment's number.
    static func hanSegments(_ text: NormalizedText) -> [(segment: Int, text: String)] {
        var segments: [Int: String] = [:]
        for token in text.tokens where token.script == .han || token.script == .kana { segments[token.segment, default: ""] += token.text }
        return segments.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Latin token sequences of a mention: each segment's matching tokens, each two
    /// adjacent segments, and the whole text's alternative forms (translations, readings).
    func mentionViews(_ text: NormalizedText) -> [View] {
        var bySegment: [Int: [TokenInfo]] = [:]
        for token in text.tokens where token.script != .han && token.script != .kana {
            bySegment[token.segment, default: []].append(info(token.text))
        }
        let segments = bySegment.sorted { $0.key < $1.key }
        var views = segments.map { View(name: "segment \($0.key + 1)", tokens: $0.value, isSegment: true, lastSegment: $0.key) }
        // A listed name may span two segments (Chinese Academy of Sciences - Key Laboratory
        // for Quantum Information, printed as "Key Laboratory ..., Chinese Academy of Sciences").
        if segments.count <= 12 && segments.count > 1 {
            for k in 1..<segments.count {
                views.append(View(name: "segments \(segments[k - 1].key + 1)–\(segments[k].key + 1)",
                                  tokens: segments[k - 1].value + segments[k].value, isSegment: true, isPair: true,
                                  lastSegment: segments[k].key))
            }
        }
        for form in text.forms where form.kind != .phoneticJapanese && form.kind != .phoneticChinese {
            views.append(View(name: form.kind.rawValue, tokens: form.tokens.map(info), isSegment: false))
        }
        return views
    }

    /// The best pairing of the alias (its views precomputed) with the mention.
    func verify(aliasHan: String, views: [View], mentionViews: [View], mentionHan: [(segment: Int, text: String)]) -> Verification {
        var best = Verification(score: 0)
        var winner: (alias: View, mention: View, comparison: Comparison)?
        for aliasView in views {
            for view in mentionViews where !view.tokens.isEmpty {
                let result = compare(aliasView, view)
                if result.score > (winner?.comparison.score ?? 0) { winner = (aliasView, view, result) }
            }
        }
        if let winner {
            let length = winner.alias.tokens.reduce(winner.alias.tokens.count - 1) { $0 + $1.text.count }
            best = Verification(score: winner.comparison.score,
                                placement: Match.Placement(lastSegment: winner.mention.lastSegment, aliasLength: length)) {
                "alias \(winner.alias.name) “\(winner.alias.tokens.map(\.text).joined(separator: " "))” met \(winner.mention.name) “\(winner.mention.tokens.map(\.text).joined(separator: " "))”: \(winner.comparison.account)"
            }
        }
        if !aliasHan.isEmpty {
            for (k, segment) in mentionHan.enumerated() {
                let result = compareHan(aliasHan, segment.text)
                // On a tie the same-script account is the clearer one for a reviewer.
                if result.score >= best.score && result.score > 0 {
                    let account = "alias “\(aliasHan)” met Han segment \(k + 1) “\(segment.text)”: \(result.account)"
                    best = Verification(score: result.score,
                                        placement: Match.Placement(lastSegment: segment.segment, aliasLength: aliasHan.count)) { account }
                }
            }
        }
        return best
    }

    /// What a comparison found; the account is written only for the pairing that wins.
    struct Comparison {
        var score = 0.0
        var containment = 0.0
        var notes: [String] = []
        var missing: [String] = []
        var missingFactor = 1.0
        var inside: [String] = []
        var insideFactor = 1.0
        var outside: [String] = []
        var outsideFactor = 1.0
        var reordered = false
        var kinds: (listed: [String], mention: [String])? = nil

        /// The reviewer's account of the comparison.
        var account: String {
            guard containment > 0 else { return "nothing in common" }
            var text = String(format: "containment %.2f", containment)
            if !notes.isEmpty { text += "; " + notes.joined(separator: ", ") }
            if !missing.isEmpty { text += String(format: "; listed words not found: %@ (×%.2f)", missing.joined(separator: " "), missingFactor) }
            if !inside.isEmpty { text += String(format: "; other words inside the match: %@ (×%.2f)", inside.joined(separator: " "), insideFactor) }
            if !outside.isEmpty { text += String(format: "; words beside it: %@ (×%.2f)", outside.joined(separator: " "), outsideFactor) }
            if reordered { text += "; listed words in another order (×0.75)" }
            if let kinds { text += "; organisation kind differs: \(kinds.listed.joined(separator: " ")) vs \(kinds.mention.joined(separator: " ")) (×0.60)" }
            return text
        }
    }

    /// Token alignment: the share of the alias's weight found in the mention (exact, by
    /// phonetic key, or within a small edit distance). A listed word the mention lacks counts
    /// twice; unmatched words inside the matched span (University of [Electronic] Science
    /// and Technology) cost more; distinctive words beside it in the same segment (Global
    /// [Health] Institute) cost too; the listed words in another order, or an
    /// organisation-kind word that differs, cost most.
    func compare(_ alias: View, _ mention: View) -> Comparison {
        var result = Comparison()
        var matchedWeight = 0.0
        var totalWeight = 0.0
        var missingWeight = 0.0
        var used = [Bool](repeating: false, count: mention.tokens.count)
        var positions: [Int] = []
        for token in alias.tokens {
            totalWeight += token.weight
            var bestScore = 0.0
            var bestIndex = -1
            var how = ""
            for (k, candidate) in mention.tokens.enumerated() where !used[k] {
                // A one-word name must be met exactly (Martin is not Marin, Planetec not Planetes).
                let (s, h) = alias.tokens.count == 1 ? (token.text == candidate.text ? (1.0, "") : (0.0, "")) : tokenScore(token, candidate)
                if s > bestScore { bestScore = s; bestIndex = k; how = h }
                if s == 1 { break }
            }
            if bestIndex >= 0 {
                used[bestIndex] = true
                positions.append(bestIndex)
                matchedWeight += token.weight * bestScore
                if bestScore < 1 { result.notes.append("\(token.text)≈\(mention.tokens[bestIndex].text) (\(how))") }
            } else {
                result.missing.append(token.text)
                missingWeight += token.weight
            }
        }
        guard totalWeight > 0, matchedWeight > 0, let first = positions.min(), let last = positions.max() else { return result }
        result.containment = matchedWeight / totalWeight
        result.missingFactor = 1 - missingWeight / totalWeight
        var score = result.containment * result.missingFactor
        var insideWeight = 0.0
        if last > first {
            for k in first...last where !used[k] {
                insideWeight += mention.tokens[k].weight
                result.inside.append(mention.tokens[k].text)
            }
        }
        if insideWeight > 0 {
            result.insideFactor = pow2(1 - insideWeight / (matchedWeight + insideWeight))
            score *= result.insideFactor
        }
        // Distinctive words beside the name in its segment make it another name; unit words
        // (Department, School), numbers and the words of a whole-text form count less.
        var outsideWeight = 0.0
        for k in mention.tokens.indices where (k < first || k > last) && !mention.tokens[k].isGeneric && !mention.tokens[k].isDigits {
            outsideWeight += mention.tokens[k].weight
            result.outside.append(mention.tokens[k].text)
        }
        if outsideWeight > 0 {
            let strength = mention.isSegment ? (alias.tokens.count == 1 ? 1.0 : 0.5) : 0.25
            result.outsideFactor = 1 - strength * outsideWeight / (matchedWeight + outsideWeight)
            score *= result.outsideFactor
        }
        // The listed words in another order make another name (East China University of
        // Science and Technology is not University of Science and Technology of China).
        if !mention.isPair && zip(positions, positions.dropFirst()).contains(where: { $0 > $1 }) {
            result.reordered = true
            score *= 0.75
        }
        // A different kind of organisation in the same name (Institute vs University).
        let missingKinds = result.missing.filter { OrganisationKinds.latin.contains($0) }
        if !missingKinds.isEmpty {
            let otherKinds = mention.tokens.indices.filter { !used[$0] && OrganisationKinds.latin.contains(mention.tokens[$0].text) }
                .map { mention.tokens[$0].text }
            if !otherKinds.isEmpty {
                result.kinds = (missingKinds, otherKinds)
                score *= 0.6
            }
        }
        result.score = score
        return result
    }

    private func pow2(_ x: Double) -> Double { x * x }

    /// 1 for the same token; 0.95 for the same phonetic key (Tsinghua, Qinghua); 0.85 for a
    /// small edit distance in a long word (a typo); else 0.
    func tokenScore(_ a: TokenInfo, _ b: TokenInfo) -> (Double, String) {
        if a.text == b.text { return (1, "") }
        if let ja = a.japanese, let jb = b.japanese, ja == jb { return (0.95, "Japanese romanization") }
        if let ca = a.chinese, let cb = b.chinese, ca == cb { return (0.95, "Chinese romanization") }
        let la = a.text.utf8.count, lb = b.text.utf8.count
        let longest = max(la, lb)
        // Typos keep the first letter; checking it first spares most distance computations.
        if longest >= 7 && abs(la - lb) <= 2 && !a.isDigits && !b.isDigits && a.text.utf8.first == b.text.utf8.first {
            let limit = longest >= 10 ? 2 : 1
            if let d = EditDistance.bounded(a.text, b.text, limit: limit) { return (d == 1 ? 0.85 : 0.8, "edit distance \(d)") }
        }
        return (0, "")
    }

    /// Han: the alias inside the segment is a hit (less if a university or institute is
    /// named after it: 中国科学院大学); otherwise the share of the alias's bigrams found, squared.
    func compareHan(_ alias: String, _ segment: String) -> (score: Double, account: String) {
        if let range = segment.range(of: alias) {
            let rest = segment[range.upperBound...]
            if let suffix = OrganisationKinds.hanSuffixes.first(where: { rest.hasPrefix($0) }) {
                return (0.7, "contained, but followed by “\(suffix)”: another organisation named after it (×0.70)")
            }
            return (1, "contained")
        }
        let a = Array(alias.unicodeScalars), s = Array(segment.unicodeScalars)
        guard a.count >= 2, s.count >= 2 else { return (0, "no common characters") }
        var bigrams = Set<String>()
        for i in 0..<(s.count - 1) { bigrams.insert(String(s[i]) + String(s[i + 1])) }
        var found = 0
        for i in 0..<(a.count - 1) where bigrams.contains(String(a[i]) + String(a[i + 1])) { found += 1 }
        let share = Double(found) / Double(a.count - 1)
        return (share * share, String(format: "%d of %d character pairs (%.2f, squared)", found, a.count - 1, share))
    }
}
