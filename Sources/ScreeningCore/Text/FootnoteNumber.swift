/// A footnote's number that Crossref prints between an affiliation's organisation and the
/// unit its footnote names, the commas of the address left empty after them ("The
/// University of Texas Southwestern Medical Center 1 Department of Pharmacology, , Dallas,
/// TX, USA"; "University of Oxford 1 Nuffield Department of Medicine, , Oxford, UK"). The
/// number closes a segment: the unit's words after it are not words beside the
/// organisation's name. A number of one or two digits between two Latin words, in a text
/// that has an empty segment (two commas with nothing between), the mark of that export:
/// elsewhere a number between words is a name's (the Entity List's China Aerospace Science
/// and Technology Corporation 1st Academy 12 Research Institute; Guangdong Province No. 1
/// Reeducation-Through-Labor Camp). The scan (`Scanner`) and the report's highlighting
/// (`MentionHighlight.segments(of:)`) part there alike. Measured on the Crossref gold
/// (2026-12-05): over 200 strings part so; 7 more chosen hits right, none more wrong.
enum FootnoteNumber {
    /// Whether `text` has an empty segment, two commas (ASCII or full width) with only
    /// spaces (ASCII, no-break or ideographic) between: the texts whose numbers may part.
    static func mayPart(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let n = bytes.count
            var i = 0
            while i < n {
                let b = bytes[i]
                i += 1
                // Most bytes are neither comma's first: one test each.
                let comma = b == 0x2C || (b == 0xEF && i + 1 < n && bytes[i] == 0xBC && bytes[i + 1] == 0x8C)
                guard comma else { continue }
                if b == 0xEF { i += 2 }
                var j = i
                while j < n {
                    if bytes[j] == 0x20 { j += 1 } else if bytes[j] == 0xC2 && j + 1 < n && bytes[j + 1] == 0xA0 { j += 2 }
                    else if bytes[j] == 0xE3 && j + 2 < n && bytes[j + 1] == 0x80 && bytes[j + 2] == 0x80 { j += 3 } else { break }
                }
                if j < n && (bytes[j] == 0x2C || (bytes[j] == 0xEF && j + 2 < n && bytes[j + 1] == 0xBC && bytes[j + 2] == 0x8C)) {
                    return true
                }
            }
            return false
        }
    }

    /// Whether a token or piece is such a number: one or two digits.
    @inline(__always)
    static func isNumber(_ text: String, _ script: Token.Script) -> Bool {
        script == .digits && text.utf8.count <= 2
    }

    /// Whether a word whose first byte (folded or printed) is `byte` can open the segment
    /// after a footnote's number: an ASCII letter.
    @inline(__always)
    static func opensAfter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    }

    /// The runs of letters and digits a text's scalars make, read as the scan reads them:
    /// a run of digits is a number, with an ordinal's letters too (2nd is 2), and a run
    /// that holds a letter otherwise a word. When a run of Latin letters starts right after
    /// a number of one or two digits that follows a word, in one segment, a segment starts
    /// with it.
    struct Runs {
        private enum Kind { case none, word, number, other }
        private var before: Kind = .none, last: Kind = .none
        private var inRun = false
        // The run being read: its leading digits, the letters after them, whether it
        // started with a letter, and whether its letters are Latin.
        private var digits = 0, suffix = "", startsWithLetter = false, latin = true

        /// Takes the next scalar; true when a segment starts at it.
        mutating func opensSegment(at scalar: Unicode.Scalar) -> Bool {
            // Decimal digits and the superscripts the scan folds to them (¹, as footnotes print it).
            let isDigit = scalar.properties.numericType == .decimal || scalar.properties.numericType == .digit
            let isLetter = !isDigit && scalar.properties.isAlphabetic
            guard isDigit || isLetter else {
                inRun = false
                return false
            }
            if inRun {
                if isDigit && suffix.isEmpty && !startsWithLetter { digits += 1 }
                if isLetter { suffix.unicodeScalars.append(scalar); latin = latin && Self.isLatin(scalar) }
                return false
            }
            // A run starts: the one before it ends.
            if digits > 0 || startsWithLetter { (before, last) = (last, endedKind()) }
            inRun = true
            (digits, suffix, startsWithLetter, latin) = (isDigit ? 1 : 0, isLetter ? String(scalar) : "", isLetter,
                                                        !isLetter || Self.isLatin(scalar))
            return isLetter && latin && last == .number && before == .word
        }

        /// A segment closed: the runs before it count no more.
        mutating func reset() { self = Runs() }

        private func endedKind() -> Kind {
            if startsWithLetter { return latin ? .word : .other }
            let ordinal = ["st", "nd", "rd", "th"].contains(suffix.lowercased())
            if suffix.isEmpty || ordinal { return digits <= 2 ? .number : .other }
            return latin ? .word : .other
        }

        private static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII || (0x00C0...0x024F).contains(scalar.value) || (0xFF21...0xFF5A).contains(scalar.value)
        }
    }
}
