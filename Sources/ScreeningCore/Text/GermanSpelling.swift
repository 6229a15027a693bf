/// German's own transliteration of its umlauts and ß (ä ae, ö oe, ü ue, ß ss), as
/// affiliations and names are often printed without them (University of Wuerzburg,
/// Universitaet Goettingen, Mueller). The normalizer folds ü to u, which meets Wurzburg but
/// not Wuerzburg, so the index holds a listed spelling with umlauts in both ways. Only that
/// way round: folding ue to u everywhere would make pinyin's Xue and Yue into Xu and Yu.
enum GermanSpelling {
    /// `text` with its umlauts (precomposed, or a, o, u with a combining diaeresis) and ß
    /// transliterated; nil when it has none. A capital's e is a capital too unless a small
    /// letter follows it (Ärzte → Aerzte, ÄRZTE → AERZTE).
    static func transliterated(_ text: String) -> String? {
        // Bytes first: every listed spelling is asked, at every index build and rescan, and
        // most have none of the lead bytes an umlaut, ß, ẞ or a combining diaeresis starts with.
        let lead: (UInt8) -> Bool = { $0 == 0xC3 || $0 == 0xCC || $0 == 0xE1 }
        guard text.utf8.withContiguousStorageIfAvailable({ $0.contains(where: lead) }) ?? text.utf8.contains(where: lead) else { return nil }
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: { marked.contains($0.value) || $0.value == diaeresis }) else { return nil }
        var out = String.UnicodeScalarView()
        var changed = false
        for (k, scalar) in scalars.enumerated() {
            let next = k + 1 < scalars.count ? scalars[k + 1] : nil
            let nextIsSmall = next.map { $0.properties.isLowercase } ?? false
            switch scalar.value {
            case 0x00E4, 0x00F6, 0x00FC: // ä ö ü
                out.append(base(of: scalar.value))
                out.append("e")
                changed = true
            case 0x00C4, 0x00D6, 0x00DC: // Ä Ö Ü
                out.append(base(of: scalar.value))
                out.append(nextIsSmall ? "e" : "E")
                changed = true
            case 0x00DF: // ß
                out.append(contentsOf: "ss".unicodeScalars)
                changed = true
            case 0x1E9E: // ẞ
                out.append(contentsOf: "SS".unicodeScalars)
                changed = true
            case diaeresis where k > 0 && "aouAOU".unicodeScalars.contains(scalars[k - 1]):
                let capital = scalars[k - 1].properties.isUppercase
                out.append(capital && !nextIsSmall ? "E" : "e")
                changed = true
            default:
                out.append(scalar)
            }
        }
        return changed ? String(out) : nil
    }

    private static let diaeresis: UInt32 = 0x0308
    private static let marked: Set<UInt32> = [0x00E4, 0x00F6, 0x00FC, 0x00C4, 0x00D6, 0x00DC, 0x00DF, 0x1E9E]

    /// The letter under an umlaut.
    private static func base(of value: UInt32) -> Unicode.Scalar {
        switch value {
        case 0x00E4: "a"
        case 0x00F6: "o"
        case 0x00FC: "u"
        case 0x00C4: "A"
        case 0x00D6: "O"
        default: "U"
        }
    }
}
