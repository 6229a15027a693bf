/// The grams a normalized text is indexed and looked up by, as 64-bit hashes.
///
/// - every Latin token of every form (the matching form, translations, readings, phonetic
///   keys) in one space, so 哈尔滨 (translated `harbin`) meets `Harbin`;
/// - character trigrams of the matching form's Latin tokens (padded), so a misspelt word
///   still shares most of its grams;
/// - character bigrams of Han and kana runs (unigrams for one-character runs);
/// - for a mention only (`of(_:loanWords:)`), the loan-word keys of its katakana readings
///   (`LoanWordKey`), which no listed spelling's postings hold: they find a rescan's stored
///   mentions for an added entry's Latin words.
public enum Grams {
    /// What a gram was made from, for explanations and weights.
    public enum Kind: UInt8, Sendable {
        case token = 1, trigram = 2, hanBigram = 3, kanaBigram = 4, loanWord = 5
    }

    /// The distinct grams of a normalized text, sorted; with `loanWords`, its readings'
    /// loan-word keys too (the last grams, their kind being the greatest).
    public static func of(_ text: NormalizedText, loanWords: Bool) -> [UInt64] {
        var grams = of(text)
        guard loanWords else { return grams }
        let keys = Set(text.loanWordReadings.map { LoanWordKey.gram($0.key) })
        guard !keys.isEmpty else { return grams }
        grams += keys.sorted()
        return grams
    }

    /// The loan-word grams of sorted grams (`of(_:loanWords:)`): their last, since their
    /// kind is the greatest; most mentions have none.
    @inline(__always)
    static func loanWords<C: BidirectionalCollection>(in grams: C) -> C.SubSequence where C.Element == UInt64 {
        var start = grams.endIndex
        while start > grams.startIndex, kind(of: grams[grams.index(before: start)]) == .loanWord { start = grams.index(before: start) }
        return grams[start...]
    }

    /// The distinct grams of a normalized text, sorted.
    public static func of(_ text: NormalizedText) -> [UInt64] {
        var grams: [UInt64] = []
        grams.reserveCapacity(text.tokens.count * 8 + text.forms.reduce(0) { $0 + $1.tokens.count })
        for token in text.tokens {
            switch token.script {
            case .latin, .digits, .other:
                addTokenAndTrigrams(token.text, to: &grams)
            case .han:
                addBigrams(token.text, kind: .hanBigram, to: &grams)
            case .kana:
                addBigrams(token.text, kind: .kanaBigram, to: &grams)
            }
        }
        for form in text.forms {
            for token in form.tokens { grams.append(hash(.token, token)) }
        }
        // Sorted and made distinct in place: every mention screened makes its grams.
        grams.sort()
        let kept = grams.withUnsafeMutableBufferPointer { grams -> Int in
            var kept = 0
            for k in grams.indices where kept == 0 || grams[kept - 1] != grams[k] {
                grams[kept] = grams[k]
                kept += 1
            }
            return kept
        }
        grams.removeLast(grams.count - kept)
        return grams
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

    /// A Latin token's gram and its character trigrams, padded with a space at either end
    /// (none for a one-byte token), read in one pass over its bytes: arrays of the bytes and
    /// of the padded bytes cost two allocations for every word of every mention.
    private static func addTokenAndTrigrams(_ token: String, to grams: inout [UInt64]) {
        var whole = TextHash.Stream()
        // The two bytes before the next one in the padded sequence, and how many came.
        var (first, second) = (UInt8(ascii: " "), UInt8(0))
        var count = 0
        func addTrigram(_ a: UInt8, _ b: UInt8, _ c: UInt8) {
            var stream = TextHash.Stream()
            stream.add(a); stream.add(b); stream.add(c)
            grams.append(tagged(stream, .trigram))
        }
        for byte in token.utf8 {
            whole.add(byte)
            if count == 0 {
                second = byte
            } else {
                addTrigram(first, second, byte)
                (first, second) = (second, byte)
            }
            count += 1
        }
        grams.append(tagged(whole, .token))
        if count >= 2 { addTrigram(first, second, UInt8(ascii: " ")) }
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
