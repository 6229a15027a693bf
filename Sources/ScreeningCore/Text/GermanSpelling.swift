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
        // most have none of an umlaut's, ß's, ẞ's or a combining diaeresis's bytes (é and ñ
        // share ä's lead byte: the next one tells them apart).
        guard text.utf8.withContiguousStorageIfAvailable(mayBeMarked) ?? Array(text.utf8).withUnsafeBufferPointer(mayBeMarked) else { return nil }
        let scalars = Array(text.unicodeScalars)
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

    /// Whether the UTF-8 bytes hold ä ö ü Ä Ö Ü ß (C3 and a second byte), a combining
    /// diaeresis (CC 88) or ẞ (E1 BA 9E).
    private static func mayBeMarked(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var k = 0
        while k + 1 < bytes.count {
            switch (bytes[k], bytes[k + 1]) {
            case (0xC3, 0xA4), (0xC3, 0xB6), (0xC3, 0xBC), (0xC3, 0x84), (0xC3, 0x96), (0xC3, 0x9C), (0xC3, 0x9F), (0xCC, 0x88): return true
            case (0xE1, 0xBA) where k + 2 < bytes.count && bytes[k + 2] == 0x9E: return true
            default: k += 1
            }
        }
        return false
    }

    private static let diaeresis: UInt32 = 0x0308

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
