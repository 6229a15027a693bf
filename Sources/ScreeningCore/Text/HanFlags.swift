/// What a Han character's form says about the text it came from.
public struct HanFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    /// A simplified-only form (东, 尔): the text is mainland Chinese.
    public static let simplifiedOnly = HanFlags(rawValue: 1)
    /// A traditional form that has a different simplified form (東, 爾): Chinese traditional or Japanese.
    public static let traditional = HanFlags(rawValue: 2)
    /// A Japanese shinjitai form not used in Chinese (浜, 団): the text is Japanese.
    public static let japaneseOnly = HanFlags(rawValue: 4)
    /// A Japanese form that is also a different Chinese character (芸): folded by context.
    public static let ambiguousJapanese = HanFlags(rawValue: 8)

    init(letters: some Sequence<UInt8>) {
        var flags: HanFlags = []
        for letter in letters {
            switch letter {
            case UInt8(ascii: "S"): flags.insert(.simplifiedOnly)
            case UInt8(ascii: "T"): flags.insert(.traditional)
            case UInt8(ascii: "J"): flags.insert(.japaneseOnly)
            case UInt8(ascii: "A"): flags.insert(.ambiguousJapanese)
            default: break
            }
        }
        self = flags
    }
}
