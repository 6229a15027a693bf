extension OrganisationTerms {
    /// Legal forms in kana (ｶﾌﾞｼｷｶﾞｲｼｬ folds to カブシキガイシャ), before or after the name.
    static let kanaLegalForms: [String] = ["カブシキガイシャ", "カブシキカイシャ", "ユウゲンガイシャ", "ゴウドウガイシャ"]

    /// Removes legal forms from the end (and, for those written first, the start) of each
    /// segment, appending what was removed to `removed`. Never removes a segment's last piece
    /// or a piece's whole text: a name that is only a legal form stays as it is.
    static func stripLegalForms(_ pieces: [Piece], removed: inout [String]) -> [Piece] {
        var result: [Piece] = []
        result.reserveCapacity(pieces.count)
        var start = 0
        while start < pieces.count {
            var end = start
            while end < pieces.count && pieces[end].segment == pieces[start].segment { end += 1 }
            var segment = Array(pieces[start..<end])
            // A segment that is only a legal form ("Co., Ltd." cut by its comma) goes whole,
            // as long as something else remains of the text.
            let words = segment.map(\.text)
            let wholeLegalForm = (segment.allSatisfy({ $0.script == .latin }) && latinLegalFormSet.contains(words))
                || (segment.count == 1 && segment[0].script == .han && hanLegalAbbreviations.contains(segment[0].string))
            if wholeLegalForm, result.count + (pieces.count - end) > 0 {
                let words = segment.map(\.string)
                removed.append(words.joined(separator: " "))
                start = end
                continue
            }
            stripSegment(&segment, removed: &removed)
            result.append(contentsOf: segment)
            start = end
        }
        return result
    }

    private static let longestLatinForm = latinLegalForms.map(\.count).max() ?? 1

    private static func stripSegment(_ segment: inout [Piece], removed: inout [String]) {
        // Latin forms at the end, repeatedly (Co., Ltd.; Group Co., Ltd.).
        var changed = true
        while changed && segment.count > 1 {
            changed = false
            for length in stride(from: min(longestLatinForm, segment.count - 1), through: 1, by: -1) {
                let tail = segment.suffix(length)
                guard tail.allSatisfy({ $0.script == .latin }) else { continue }
                let words = tail.map(\.text)
                if latinLegalFormSet.contains(words) {
                    removed.append(words.joined(separator: " "))
                    segment.removeLast(length)
                    changed = true
                    break
                }
            }
        }
        // Latin forms written first (Kabushiki Kaisha Toshiba, OOO Name).
        for length in stride(from: min(3, segment.count - 1), through: 1, by: -1) where segment.count > length {
            let head = segment.prefix(length)
            guard head.allSatisfy({ $0.script == .latin }) else { continue }
            let words = head.map(\.text)
            if latinLegalPrefixes.contains(words) {
                removed.append(words.joined(separator: " "))
                segment.removeFirst(length)
                break
            }
        }
        // Han and kana forms inside the first and last runs; (株) as a run of its own.
        if segment.count > 1, let last = segment.last, last.script == .han,
           hanLegalAbbreviations.contains(last.string) {
            removed.append(last.string)
            segment.removeLast()
        }
        if segment.count > 1, let first = segment.first, first.script == .han,
           hanLegalAbbreviations.contains(first.string) {
            removed.append(first.string)
            segment.removeFirst()
        }
        if let index = segment.indices.last, segment[index].script == .han || segment[index].script == .kana {
            let forms = segment[index].script == .han ? hanLegalSuffixes : kanaLegalForms
            var stripping = true
            while stripping {
                stripping = false
                for form in forms {
                    let scalars = form.unicodeScalars.map(\.value)
                    let run = segment[index].scalars
                    if run.count > scalars.count && run.suffix(scalars.count).elementsEqual(scalars) {
                        removed.append(form)
                        segment[index].scalars.removeLast(scalars.count)
                        stripping = true
                        break
                    }
                }
            }
        }
        if let index = segment.indices.first, segment[index].script == .han || segment[index].script == .kana {
            let forms = segment[index].script == .han ? hanLegalPrefixes : kanaLegalForms
            for form in forms {
                let scalars = form.unicodeScalars.map(\.value)
                let run = segment[index].scalars
                if run.count > scalars.count && run.prefix(scalars.count).elementsEqual(scalars) {
                    removed.append(form)
                    segment[index].scalars.removeFirst(scalars.count)
                    break
                }
            }
        }
    }

    private static let latinLegalFormSet = Set(latinLegalForms)
}
