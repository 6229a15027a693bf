import Foundation

/// Lower case without accents, as Foundation's `folding(options: [.caseInsensitive,
/// .diacriticInsensitive])` gives it, with ASCII text folded by its bytes: Foundation's
/// folding takes thousands of instructions a call, and a matcher's set-up asks it of every
/// name and seat of a registry's tens of thousands of entries, most of them ASCII.
enum CaseAndAccentFolding {
    /// `text` folded; the same as Foundation's folding for every text.
    static func folded<S: StringProtocol>(_ text: S) -> String {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        }
        return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// The words of `text` folded: its runs of letters and numbers, as
    /// `folded(text).split { !$0.isLetter && !$0.isNumber }` gives them, ASCII text's by
    /// its bytes (reading it as Characters cost hundreds of instructions a letter).
    static func foldedWords<S: StringProtocol>(_ text: S) -> [Substring] {
        let folded = folded(text)
        guard folded.utf8.allSatisfy({ $0 < 0x80 }) else { return folded.split { !$0.isLetter && !$0.isNumber } }
        var words: [Substring] = []
        let bytes = folded.utf8
        var start: String.Index?
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let byte = bytes[i]
            let isWordByte = (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
            if isWordByte && start == nil { start = i }
            if !isWordByte, let first = start {
                words.append(folded[first..<i])
                start = nil
            }
            i = bytes.index(after: i)
        }
        if let first = start { words.append(folded[first...]) }
        return words
    }
}
