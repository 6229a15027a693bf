/// HTML escaping for text from untrusted records: everything written into the page goes
/// through here, in element content and in quoted attribute values alike.
enum HTMLText {
    /// Appends `text` escaped: `& < > " '` as entities, C0 control characters other than
    /// tab and line ends (NUL among them, which HTML parsers reject) as U+FFFD.
    static func append(_ text: Substring, to out: inout String) {
        var clean = true
        for b in text.utf8 where b < 0x20 || b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27 || b == 0x7F {
            clean = false
            break
        }
        if clean { out += text; return }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { out += "\u{FFFD}" } else { out.unicodeScalars.append(scalar) }
            }
        }
    }

    static func append(_ text: String, to out: inout String) { append(text[...], to: &out) }

    /// `text` escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        append(text, to: &out)
        return out
    }
}
