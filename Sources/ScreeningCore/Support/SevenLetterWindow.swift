/// A cheap look for a few ASCII words of seven letters in text, in either case, before a
/// costlier parse that most texts need not pay: the last seven bytes read, each lowered,
/// compared as one integer (`ResearchArm`, `SubordinateName`).
enum SevenLetterWindow {
    /// `word` (seven ASCII letters) packed as the window holds it.
    static func packed(_ word: StaticString) -> UInt64 {
        precondition(word.utf8CodeUnitCount == 7, "a window holds seven letters")
        return UnsafeBufferPointer(start: word.utf8Start, count: 7).reduce(0) { $0 << 8 | UInt64($1 | 0x20) }
    }

    /// Whether one of `words` (packed) stands in `bytes`.
    static func holds(_ bytes: some Sequence<UInt8>, anyOf words: [UInt64]) -> Bool {
        var window: UInt64 = 0
        for byte in bytes {
            window = (window << 8 | UInt64(byte | 0x20)) & 0x00FF_FFFF_FFFF_FFFF
            if words.contains(window) { return true }
        }
        return false
    }
}
