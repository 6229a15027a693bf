import Foundation

/// Finds the part of a mention that met the listed entity, for the report to highlight:
/// the alias itself when it is printed in the mention, otherwise the segment the
/// explanation names (`met segment 2`, `met segments 1–2`, `met Han segment 1`).
public enum MentionHighlight {
    /// The range of `hit.mention` to highlight, or nil when no part can be pointed at.
    public static func range(of hit: Hit) -> Range<String.Index>? {
        let mention = hit.mention
        if !hit.alias.isEmpty,
           let found = mention.range(of: hit.alias, options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive]) {
            return found
        }
        let segments = segments(of: mention)
        if let (first, last) = segmentNumbers(in: hit.explanation, prefix: "met segments ") {
            let counted = segments.filter(\.hasWords)
            guard first >= 1, last >= first, last <= counted.count else { return nil }
            return counted[first - 1].range.lowerBound..<counted[last - 1].range.upperBound
        }
        if let (n, _) = segmentNumbers(in: hit.explanation, prefix: "met Han segment ") {
            let han = segments.filter(\.hasHan)
            return n >= 1 && n <= han.count ? han[n - 1].range : nil
        }
        if let (n, _) = segmentNumbers(in: hit.explanation, prefix: "met segment ") {
            let counted = segments.filter(\.hasWords)
            return n >= 1 && n <= counted.count ? counted[n - 1].range : nil
        }
        // A name that met a listed person in another spelling or order: the whole name met.
        return hit.field == .name ? mention.startIndex..<mention.endIndex : nil
    }

    struct Segment {
        var range: Range<String.Index>
        var hasWords: Bool
        var hasHan: Bool
    }

    /// The parts of `text` between the separators the normalizer splits at, trimmed of
    /// white space; a part without letters or digits is not counted by the normalizer.
    static func segments(of text: String) -> [Segment] {
        var result: [Segment] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var index = start
        func close(_ end: String.UnicodeScalarView.Index) {
            var lower = start, upper = end
            while lower < upper && scalars[lower].properties.isWhitespace { lower = scalars.index(after: lower) }
            while upper > lower && scalars[scalars.index(before: upper)].properties.isWhitespace { upper = scalars.index(before: upper) }
            let part = scalars[lower..<upper]
            let words = part.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
            let han = part.contains { isHanOrKana($0.value) }
            result.append(Segment(range: lower..<upper, hasWords: words, hasHan: han))
        }
        // The scan's footnote numbers part too (`FootnoteNumber`).
        var runs = FootnoteNumber.Runs()
        let footnotes = FootnoteNumber.mayPart(text)
        var previous: UInt32 = 0
        while index < scalars.endIndex {
            let value = scalars[index].value
            let next = scalars.index(after: index)
            // A dash with a space each side parts too.
            let spacedDash = Scanner.partingDashes.contains(value) && Scanner.partingSpaces.contains(previous)
                && next < scalars.endIndex && Scanner.partingSpaces.contains(scalars[next].value)
            previous = value
            if Scanner.isBoundary(value) || spacedDash {
                close(index)
                start = scalars.index(after: index)
                runs.reset()
            } else if footnotes && runs.opensSegment(at: scalars[index]) {
                close(index)
                start = index
            }
            index = scalars.index(after: index)
        }
        close(scalars.endIndex)
        return result
    }

    private static func isHanOrKana(_ v: UInt32) -> Bool {
        (0x3040...0x30FF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFF66...0xFF9F).contains(v) || (0x20000...0x3134F).contains(v)
    }

    /// `(n, m)` from `prefix` followed by `n` or `n–m` in the explanation.
    private static func segmentNumbers(in explanation: String, prefix: String) -> (Int, Int)? {
        guard let found = explanation.range(of: prefix) else { return nil }
        let rest = explanation[found.upperBound...]
        let first = rest.prefix { $0.isASCII && $0.isNumber }
        guard let n = Int(first) else { return nil }
        let after = rest.dropFirst(first.count)
        if after.first == "–" || after.first == "-" {
            let second = after.dropFirst().prefix { $0.isASCII && $0.isNumber }
            if let m = Int(second) { return (n, m) }
        }
        return (n, n)
    }
}
