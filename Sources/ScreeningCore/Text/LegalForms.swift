extension OrganisationTerms {
    /// Legal forms in kana (ｶﾌﾞｼｷｶﾞｲｼｬ folds to カブシキガイシャ), before or after the name, a
    /// longer one before one it begins with: the companies', and the readings of Japan's
    /// public and non-profit corporations' forms (`hanLegalPrefixes`), as readings print them
    /// (KAKEN's コクリツケンキュウカイハツホウジンコクリツガンケンキュウセンター).
    static let kanaLegalForms: [String] = [
        "カブシキガイシャ", "カブシキカイシャ", "ユウゲンガイシャ", "ゴウドウガイシャ",
        "コクリツダイガクホウジン", "コクリツケンキュウカイハツホウジン", "ダイガクキョウドウリヨウキカンホウジン",
        "チホウドクリツギョウセイホウジン", "ドクリツギョウセイホウジン", "イッパンシャダンホウジン", "イッパンザイダンホウジン",
        "コウエキシャダンホウジン", "コウエキザイダンホウジン", "シャダンホウジン", "ザイダンホウジン", "ガッコウホウジン",
        "シャカイフクシホウジン", "イリョウホウジンシャダン", "イリョウホウジンザイダン", "イリョウホウジン",
        "トクテイヒエイリカツドウホウジン", "シュウキョウホウジン",
    ]

    private static let hanSuffixScalars = hanLegalSuffixes.map { ($0, $0.unicodeScalars.map(\.value)) }
    private static let hanPrefixScalars = hanLegalPrefixes.map { ($0, $0.unicodeScalars.map(\.value)) }
    private static let kanaScalars = kanaLegalForms.map { ($0, $0.unicodeScalars.map(\.value)) }
    /// The Han forms a whole run may be, written before or after the name.
    private static let hanRunScalars = hanSuffixScalars + hanPrefixScalars
    /// The first characters of the forms written first: most Han runs begin with none, and
    /// are not compared with each form.
    private static let hanPrefixFirsts = Set(hanPrefixScalars.compactMap(\.1.first))
    private static let hanAbbreviationScalars: [[UInt32]] = hanLegalAbbreviations.map { $0.unicodeScalars.map(\.value) }

    /// Marks the legal forms at the end (and, for those written first, the start) of each
    /// segment as removed, and cuts Han and kana legal forms off their runs, appending what
    /// was removed to `removed`. A segment that is only a legal form ("Co., Ltd." cut by its
    /// comma) goes whole; a text that is only a legal form keeps it.
    static func stripLegalForms(_ pieces: inout [Piece], removed: inout [String]) {
        let index = OrganisationTermIndex.shared
        var start = 0
        var kept = pieces.count
        // Whether the segment before ended in a Latin legal form: a legal form may then
        // go on after the comma (China State Shipbuilding Corporation, Limited (CSSC) 715th
        // Research Institute), and "Limited" starting the next segment is part of it.
        var formEndedSegment = false
        while start < pieces.count {
            var end = start
            while end < pieces.count && pieces[end].segment == pieces[start].segment { end += 1 }
            // A whole segment that is a legal form.
            if kept > end - start, let form = wholeForm(pieces, start, end, index) {
                for k in start..<end { pieces[k].removed = true }
                kept -= end - start
                removed.append(form)
                start = end
                continue
            }
            var last = end
            let formGoesOn = formEndedSegment
            formEndedSegment = false
            // Latin forms at the end, repeatedly (Group Co. Ltd.).
            while last - start > 1, pieces[last - 1].script == .latin,
                  let group = index.legalSuffixes.lookup(pieces[last - 1].hash) {
                guard let form = index.groups[Int(group)].first(where: { matches($0.hashes, pieces, end: last, start: start) })
                else { break }
                for k in (last - form.hashes.count)..<last { pieces[k].removed = true }
                kept -= form.hashes.count
                last -= form.hashes.count
                removed.append(form.text)
                formEndedSegment = true
            }
            var first = start
            // One word of a legal form written after the form that ended the segment before.
            if formGoesOn, last - first > 1, pieces[first].script == .latin, let group = index.legalSuffixes.lookup(pieces[first].hash),
               let form = index.groups[Int(group)].first(where: { $0.hashes.count == 1 && $0.hashes[0] == pieces[first].hash }) {
                pieces[first].removed = true
                kept -= 1
                first += 1
                removed.append(form.text)
            }
            // Latin forms written first (Kabushiki Kaisha Toshiba, OOO Name).
            if last - first > 1, pieces[first].script == .latin, let group = index.legalPrefixes.lookup(pieces[first].hash),
               let form = index.groups[Int(group)].first(where: {
                   $0.hashes.count < last - first && matches($0.hashes, pieces, end: first + $0.hashes.count, start: first)
               }) {
                for k in first..<(first + form.hashes.count) { pieces[k].removed = true }
                kept -= form.hashes.count
                first += form.hashes.count
                removed.append(form.text)
            }
            stripHanAndKana(&pieces, first: first, last: last, kept: &kept, removed: &removed)
            start = end
        }
        if pieces.contains(where: \.removed) { pieces.removeAll(where: \.removed) }
    }

    private static func matches(_ hashes: [UInt64], _ pieces: [Piece], end: Int, start: Int) -> Bool {
        guard end - start >= hashes.count else { return false }
        let from = end - hashes.count
        for (k, hash) in hashes.enumerated() where pieces[from + k].script != .latin || pieces[from + k].hash != hash {
            return false
        }
        return true
    }

    private static func wholeForm(_ pieces: [Piece], _ start: Int, _ end: Int, _ index: OrganisationTermIndex) -> String? {
        let count = end - start
        if count == 1, pieces[start].script == .han, hanAbbreviationScalars.contains(pieces[start].scalars) {
            return pieces[start].string
        }
        guard count <= index.longestLegalForm, pieces[end - 1].script == .latin,
              let group = index.legalSuffixes.lookup(pieces[end - 1].hash) else { return nil }
        return index.groups[Int(group)].first { $0.hashes.count == count && matches($0.hashes, pieces, end: end, start: start) }?.text
    }

    private static func stripHanAndKana(_ pieces: inout [Piece], first: Int, last: Int, kept: inout Int, removed: inout [String]) {
        guard last > first else { return }
        // (株) standing alone next to the name.
        if last - first > 1, pieces[last - 1].script == .han, hanAbbreviationScalars.contains(pieces[last - 1].scalars) {
            pieces[last - 1].removed = true
            removed.append(pieces[last - 1].string)
            kept -= 1
        } else if last - first > 1, pieces[first].script == .han, hanAbbreviationScalars.contains(pieces[first].scalars) {
            pieces[first].removed = true
            removed.append(pieces[first].string)
            kept -= 1
        }
        // A whole run that is a legal form, written apart from the name (株式会社 東芝, カブシキガイシャ デモ,
        // 国立大学法人 東北大学).
        if last - first > 1 {
            for end in [first, last - 1] where !pieces[end].removed && (pieces[end].script == .han || pieces[end].script == .kana) {
                let forms = pieces[end].script == .han ? hanRunScalars : kanaScalars
                if let (text, _) = forms.first(where: { $0.1 == pieces[end].scalars }) {
                    pieces[end].removed = true
                    removed.append(text)
                    kept -= 1
                    break
                }
            }
        }
        let tail = last - 1
        if !pieces[tail].removed && (pieces[tail].script == .han || pieces[tail].script == .kana) {
            let forms = pieces[tail].script == .han ? hanSuffixScalars : kanaScalars
            var stripping = true
            while stripping {
                stripping = false
                for (text, scalars) in forms {
                    let run = pieces[tail].scalars
                    if run.count > scalars.count && run.suffix(scalars.count).elementsEqual(scalars) {
                        removed.append(text)
                        pieces[tail].scalars.removeLast(scalars.count)
                        stripping = true
                        break
                    }
                }
            }
        }
        if !pieces[first].removed && (pieces[first].script == .han || pieces[first].script == .kana),
           pieces[first].script == .kana || pieces[first].scalars.first.map(hanPrefixFirsts.contains) == true {
            let forms = pieces[first].script == .han ? hanPrefixScalars : kanaScalars
            for (text, scalars) in forms {
                let run = pieces[first].scalars
                if run.count > scalars.count && run.prefix(scalars.count).elementsEqual(scalars) {
                    removed.append(text)
                    pieces[first].scalars.removeFirst(scalars.count)
                    break
                }
            }
        }
    }
}
