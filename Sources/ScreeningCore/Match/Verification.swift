/// How well one alias of a listed entity is met by a mention: the best of every pairing of
/// the alias's forms with the mention's (a segment's matching tokens, or a whole-text
/// translation or reading), with what met and what lowered the score.
struct Verification {
    var score: Double
    /// Human-readable account of the pairing that won.
    var account: String
}

/// Scores alias forms against mention forms. Token weights are the index's IDF weights, so
/// missing a distinctive word (Electronic, Harbin) costs more than missing a generic one.
struct Verifier {
    let index: EntityIndex
    let phonetic: PhoneticKeys

    /// Latin token sequences of an alias: its matching form (if Latin) and every alternative form.
    static func latinViews(_ text: NormalizedText) -> [(name: String, tokens: [String])] {
        var views: [(String, [String])] = []
        let latin = text.tokens.filter { $0.script == .latin || $0.script == .digits || $0.script == .other }
        if !latin.isEmpty && latin.count == text.tokens.count { views.append(("matching form", latin.map(\.text))) }
        for form in text.forms where form.kind != .phoneticJapanese && form.kind != .phoneticChinese {
            if !views.contains(where: { $0.1 == form.tokens }) { views.append((form.kind.rawValue + " (" + form.source + ")", form.tokens)) }
        }
        return views
    }

    /// The Han text of each segment of a mention (canonical forms joined).
    static func hanSegments(_ text: NormalizedText) -> [String] {
        var segments: [Int: String] = [:]
        for token in text.tokens where token.script == .han || token.script == .kana { segments[token.segment, default: ""] += token.text }
        return segments.sorted { $0.key < $1.key }.map(\.value)
    }

    /// Latin token sequences of a mention: each segment's matching tokens, and the whole
    /// text's alternative forms (translations and readings of Han and kana).
    static func mentionViews(_ text: NormalizedText) -> [(name: String, tokens: [String])] {
        var bySegment: [Int: [String]] = [:]
        for token in text.tokens where token.script != .han && token.script != .kana {
            bySegment[token.segment, default: []].append(token.text)
        }
        let segments = bySegment.sorted { $0.key < $1.key }
        var views = segments.map { ("segment \($0.key + 1)", $0.value) }
        // A listed name may span two segments (Chinese Academy of Sciences - Key Laboratory
        // for Quantum Information, printed as "Key Laboratory ..., Chinese Academy of Sciences").
        if segments.count <= 12 && segments.count > 1 {
            for k in 1..<segments.count {
                views.append(("segments \(segments[k - 1].key + 1)–\(segments[k].key + 1)", segments[k - 1].value + segments[k].value))
            }
        }
        for form in text.forms where form.kind != .phoneticJapanese && form.kind != .phoneticChinese {
            views.append((form.kind.rawValue, form.tokens))
        }
        return views
    }

    func weight(_ token: String) -> Double {
        let w = index.weight(of: Grams.hash(.token, token))
        return w > 0 ? w : index.unseenTokenWeight
    }

    /// The best pairing of the alias with the mention.
    func verify(alias: NormalizedText, mention: NormalizedText, mentionViews: [(name: String, tokens: [String])],
                mentionHan: [String]) -> Verification {
        var best = Verification(score: 0, account: "")
        for aliasView in Self.latinViews(alias) where !aliasView.tokens.isEmpty {
            for view in mentionViews where !view.tokens.isEmpty {
                let result = compare(aliasView.tokens, view.tokens)
                if result.score > best.score {
                    best = Verification(score: result.score,
                                        account: "alias \(aliasView.name) “\(aliasView.tokens.joined(separator: " "))” met \(view.name) “\(view.tokens.joined(separator: " "))”: \(result.account)")
                }
            }
        }
        let aliasHan = Self.hanSegments(alias).joined()
        if !aliasHan.isEmpty {
            for (k, segment) in mentionHan.enumerated() {
                let result = compareHan(aliasHan, segment)
                // On a tie the same-script account is the clearer one for a reviewer.
                if result.score >= best.score && result.score > 0 {
                    best = Verification(score: result.score, account: "alias “\(aliasHan)” met Han segment \(k + 1) “\(segment)”: \(result.account)")
                }
            }
        }
        return best
    }

    /// Token alignment: the share of the alias's weight found in the mention (exact, by
    /// phonetic key, or within a small edit distance), less the weight of unmatched words
    /// inside the matched span, less more for an organisation-kind word that differs.
    func compare(_ alias: [String], _ mention: [String]) -> (score: Double, account: String) {
        var matchedWeight = 0.0
        var totalWeight = 0.0
        var used = [Bool](repeating: false, count: mention.count)
        var notes: [String] = []
        var missing: [String] = []
        for token in alias {
            let w = weight(token)
            totalWeight += w
            var bestScore = 0.0
            var bestIndex = -1
            var how = ""
            for (k, candidate) in mention.enumerated() where !used[k] {
                let (s, h) = tokenScore(token, candidate)
                if s > bestScore { bestScore = s; bestIndex = k; how = h }
                if s == 1 { break }
            }
            if bestIndex >= 0 {
                used[bestIndex] = true
                matchedWeight += w * bestScore
                if bestScore < 1 { notes.append("\(token)≈\(mention[bestIndex]) (\(how))") }
            } else {
                missing.append(token)
            }
        }
        guard totalWeight > 0, matchedWeight > 0 else { return (0, "nothing in common") }
        let containment = matchedWeight / totalWeight
        // A listed word the mention lacks counts twice: Electronic is what makes UESTC.
        let missingWeight = missing.reduce(0.0) { $0 + weight($1) }
        var score = containment * (1 - missingWeight / totalWeight)
        var account = String(format: "containment %.2f", containment)
        if !notes.isEmpty { account += "; " + notes.joined(separator: ", ") }
        if !missing.isEmpty {
            account += String(format: "; alias words not found: %@ (×%.2f)", missing.joined(separator: " "),
                              1 - missing.reduce(0.0) { $0 + weight($1) } / totalWeight)
        }
        // Unmatched words between the first and last matched ones make it another name
        // (University of [Electronic] Science and Technology of China).
        if let first = used.firstIndex(of: true), let last = used.lastIndex(of: true), last > first {
            let extras = (first...last).filter { !used[$0] }.map { mention[$0] }
            let extraWeight = extras.reduce(0.0) { $0 + weight($1) }
            if extraWeight > 0 {
                let penalty = extraWeight / (matchedWeight + extraWeight)
                let factor = (1 - penalty) * (1 - penalty)
                score *= factor
                account += String(format: "; extra words inside the match: %@ (×%.2f)", extras.joined(separator: " "), factor)
            }
        }
        // A different kind of organisation in the same name (Institute vs University).
        let missingKinds = missing.filter { OrganisationKinds.latin.contains($0) }
        let otherKinds = mention.enumerated().filter { !used[$0.offset] && OrganisationKinds.latin.contains($0.element) }.map(\.element)
        if !missingKinds.isEmpty && !otherKinds.isEmpty {
            score *= 0.6
            account += "; organisation kind differs: \(missingKinds.joined(separator: " ")) vs \(otherKinds.joined(separator: " ")) (×0.60)"
        }
        return (score, account)
    }

    /// 1 for the same token; 0.95 for the same phonetic key (Tsinghua, Qinghua); 0.85 for a
    /// small edit distance in a long word (a typo); else 0.
    func tokenScore(_ a: String, _ b: String) -> (Double, String) {
        if a == b { return (1, "") }
        let la = a.utf8.count, lb = b.utf8.count
        if la >= 3 && lb >= 3 {
            if phonetic.japanese(a) == phonetic.japanese(b) { return (0.95, "Japanese romanization") }
            if let ka = phonetic.chineseKey(a), let kb = phonetic.chineseKey(b), ka == kb { return (0.95, "Chinese romanization") }
        }
        let longest = max(la, lb)
        if longest >= 6 && abs(la - lb) <= 2 {
            let limit = longest >= 10 ? 2 : 1
            if let d = EditDistance.bounded(a, b, limit: limit) { return (d == 1 ? 0.85 : 0.8, "edit distance \(d)") }
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
