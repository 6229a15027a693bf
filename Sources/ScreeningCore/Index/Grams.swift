/// The grams a normalized text is indexed and looked up by, as 64-bit hashes.
///
/// - every Latin token of every form (the matching form, translations, readings, phonetic
///   keys) in one space, so 哈尔滨 (translated `harbin`) meets `Harbin`;
/// - character trigrams of the matching form's Latin tokens (padded), so a misspelt word
///   still shares most of its grams;
/// - character bigrams of Han and kana runs (unigrams for one-character runs).
public enum Grams {
    /// What a gram was made from, for explanations and weights.
    public enum Kind: UInt8, Sendable {
        case token = 1, trigram = 2, hanBigram = 3, kanaBigram = 4
    }

    /// The distinct grams of a normalized text, sorted.
    public static func of(_ text: NormalizedText) -> [UInt64] {
        var grams: [UInt64] = []
        grams.reserveCapacity(text.tokens.count * 8)
        for token in text.tokens {
            switch token.script {
            case .latin, .digits, .other:
                grams.append(hash(.token, token.text))
                addTrigrams(token.text, to: &grams)
            case .han:
                addBigrams(token.text, kind: .hanBigram, to: &grams)
            case .kana:
                addBigrams(token.text, kind: .kanaBigram, to: &grams)
            }
        }
        for form in text.forms {
            for token in form.tokens { grams.append(hash(.token, token)) }
        }
        grams.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(grams.count)
        for gram in grams where unique.last != gram { unique.append(gram) }
        return unique
    }

    /// The gram hash of a token.
    @inline(__always)
    public static func hash(_ kind: Kind, _ text: String) -> UInt64 {
        var stream = TextHash.Stream()
        for b in text.utf8 { stream.add(b) }
        return tagged(stream, kind)
    }

    /// A gram's kind lives in its top byte, so postings and weights can be told apart
    /// without another array.
    @inline(__always)
    static func tagged(_ stream: TextHash.Stream, _ kind: Kind) -> UInt64 {
        (stream.value & 0x00FF_FFFF_FFFF_FFFF) | (UInt64(kind.rawValue) << 56)
    }

    /// The kind of a gram.
    @inline(__always)
    public static func kind(of gram: UInt64) -> Kind { Kind(rawValue: UInt8(gram >> 56)) ?? .token }

    private static func addTrigrams(_ token: String, to grams: inout [UInt64]) {
        let bytes = Array(token.utf8)
        guard bytes.count >= 2 else { return }
        let padded = [UInt8(ascii: " ")] + bytes + [UInt8(ascii: " ")]
        for i in 0...(padded.count - 3) {
            var stream = TextHash.Stream()
            stream.add(padded[i]); stream.add(padded[i + 1]); stream.add(padded[i + 2])
            grams.append(tagged(stream, .trigram))
        }
    }

    private static func addBigrams(_ run: String, kind: Kind, to grams: inout [UInt64]) {
        let scalars = run.unicodeScalars.map(\.value)
        if scalars.count == 1 {
            var stream = TextHash.Stream()
            stream.add(scalar: scalars[0])
            grams.append(tagged(stream, kind))
            return
        }
        for i in 0..<max(0, scalars.count - 1) {
            var stream = TextHash.Stream()
            stream.add(scalar: scalars[i])
            stream.add(scalar: scalars[i + 1])
            grams.append(tagged(stream, kind))
        }
    }
}
