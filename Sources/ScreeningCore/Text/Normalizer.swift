import Foundation

/// The normalizer: any name or affiliation, in any mix of Latin, Han and kana, into the
/// comparable forms the index and the matcher use (see `NormalizedText`).
///
/// One pass over the Unicode scalars with per-code-point tables (NFKC width, case,
/// diacritics, Han variants) builds the matching form; readings, translations and phonetic
/// keys are derived from its tokens. The same code serves list aliases and record mentions,
/// so both sides of a comparison always have the same shape. Immutable and thread-safe.
public final class Normalizer: Sendable {
    public let tables: TextTables
    private let lazyGlossary: Lazy<Glossary?>
    private let lazyLexicon: Lazy<JapaneseLexicon?>
    let phonetic: PhoneticKeys
    /// Held here and handed to each scan, instead of each scan reading the lazy global.
    let terms = OrganisationTermIndex.shared
    /// The name parts' spelling variants each thread has made (`personFamilyKeys`,
    /// `personName`): screening asks of every party's name whether it shares a family name
    /// with a listed person and then whether its keys meet one, name parts repeat across
    /// a co-author network (Wang, Li, Suzuki, Hiroshi), and a part's variants take two
    /// phonetic keys.
    let keyVariantsMemo = ThreadAffinePool { BoundedMemo<Set<String>>(capacity: 50_000) }
    /// The phonetic keys of the words each thread has keyed (`addPhoneticKeys`; nil for a
    /// word of the organisation vocabulary). It starts afresh when full (`BoundedMemo`): an
    /// index build fills it with the lists' words, which then give way to the records'
    /// (kept instead, the word "author" of the bulk benchmark's names was keyed anew in each).
    let tokenKeys = ThreadAffinePool { BoundedMemo<TokenPhoneticKeys?>(capacity: 16_384) }
    /// The letters a to z (bit 0 for a) that the scanner reads as themselves when one
    /// stands alone, as an initial does (`plainParts`): some are terms of organisation
    /// names (S, C, K) and names with them were read through the scanner.
    let initialsReadAsWritten: UInt32

    /// CC-CEDICT glosses and the organisation vocabulary (nil: no translations); loaded on
    /// first use, since only Han text needs it.
    public var glossary: Glossary? { lazyGlossary.get }
    /// ENAMDICT, JMdict and KANJIDIC (nil when the Debian packages are not installed);
    /// loaded on first use, since only Han and kana text need them.
    public var lexicon: JapaneseLexicon? { lazyLexicon.get }

    /// Lets the system take back the Japanese dictionaries' pages read so far (they are
    /// read again from the page cache when looked up): after normalizing a whole list.
    func dropDictionaryPages() {
        lazyLexicon.ifBuilt??.dropResidentPages()
    }

    /// What this normalizer's forms depend on (`NormalizerIdentity`), when it reads the
    /// project's files (`standard()`): a store keeps forms made under it. Nil otherwise.
    public let formsIdentity: String?

    /// Inputs longer than this many UTF-8 bytes are truncated (with a note in `problems`).
    public static let maximumInputBytes = 65_536

    /// Builds a normalizer over loaded tables.
    public init(tables: TextTables, glossary: Glossary?, lexicon: JapaneseLexicon?) {
        self.tables = tables
        formsIdentity = nil
        lazyGlossary = Lazy(loaded: glossary)
        lazyLexicon = Lazy(loaded: lexicon)
        phonetic = PhoneticKeys(pinyinSyllables: tables.pinyinSyllables)
        initialsReadAsWritten = Self.initialsReadAsWritten(tables: tables)
    }

    /// Builds a normalizer whose glossary and Japanese dictionaries load on first use;
    /// `formsIdentity` as `NormalizerIdentity` tells it, when known.
    public init(tables: TextTables, glossary: @escaping @Sendable () -> Glossary?,
                lexicon: @escaping @Sendable () -> JapaneseLexicon?, formsIdentity: String? = nil) {
        self.tables = tables
        self.formsIdentity = formsIdentity
        lazyGlossary = Lazy(glossary)
        lazyLexicon = Lazy(lexicon)
        phonetic = PhoneticKeys(pinyinSyllables: tables.pinyinSyllables)
        initialsReadAsWritten = Self.initialsReadAsWritten(tables: tables)
    }

    /// The normalizer with the project's tables and, when installed, the Japanese
    /// dictionaries (both loaded when first needed).
    public static func standard(japaneseDictionaries: URL? = JapaneseLexicon.defaultDirectory) throws -> Normalizer {
        let data = try DataLocator.dataDirectory()
        let tables = try TextTables(dataDirectory: data)
        let glossaryFile = data.appendingPathComponent("Tables/cedict-glosses.tsv")
        guard FileManager.default.isReadableFile(atPath: glossaryFile.path) else {
            throw DataLocator.Failure.notFound(searched: [glossaryFile.path])
        }
        return Normalizer(tables: tables, glossary: { try? Glossary(dataDirectory: data) }, lexicon: {
            japaneseDictionaries.flatMap { JapaneseLexicon(directory: $0, tables: tables) }
        }, formsIdentity: NormalizerIdentity.of(tables: tables.directory, dictionaries: japaneseDictionaries))
    }

    /// The text with every Han character in its canonical (simplified) form, all else as is.
    public func canonicalHan(_ text: String) -> String { Self.canonicalHan(text, tables: tables) }

    static func canonicalHan(_ text: String, tables: TextTables) -> String {
        var view = String.UnicodeScalarView()
        for u in text.unicodeScalars {
            var folded: [UInt32] = []
            tables.fold(u.value) { folded.append($0) }
            for f in folded {
                let value = tables.scalarClass(f) == .han ? tables.han(f).canonical : Kana.katakana(f)
                if let scalar = Unicode.Scalar(value) { view.append(scalar) }
            }
        }
        return String(view)
    }

    /// Normalizes bytes that may not be valid UTF-8: invalid sequences become U+FFFD (a
    /// separator) and are reported in `problems`.
    public func normalize(bytes: [UInt8], options: NormalizeOptions = .allForms) -> NormalizedText {
        if let text = String(validating: bytes, as: UTF8.self) { return normalize(text, options: options) }
        let repaired = String(decoding: bytes, as: UTF8.self)
        var result = normalize(repaired, options: options)
        let replaced = repaired.unicodeScalars.filter { $0.value == 0xFFFD }.count
        result.problems.insert("invalid UTF-8: \(replaced) sequence(s) replaced by U+FFFD", at: 0)
        return result
    }

    /// Normalizes UTF-16 code units that may hold unpaired surrogates (replaced by U+FFFD
    /// and reported in `problems`).
    public func normalize(utf16 units: [UInt16], options: NormalizeOptions = .allForms) -> NormalizedText {
        var unpaired = 0
        var i = 0
        while i < units.count {
            let u = units[i]
            if UTF16.isLeadSurrogate(u) {
                if i + 1 < units.count && UTF16.isTrailSurrogate(units[i + 1]) { i += 2; continue }
                unpaired += 1
            } else if UTF16.isTrailSurrogate(u) {
                unpaired += 1
            }
            i += 1
        }
        var result = normalize(String(decoding: units, as: UTF16.self), options: options)
        if unpaired > 0 { result.problems.insert("unpaired surrogate: \(unpaired) code unit(s) replaced by U+FFFD", at: 0) }
        return result
    }

    /// Normalizes one name or affiliation string.
    public func normalize(_ input: String, options: NormalizeOptions = .allForms) -> NormalizedText {
        var text = input
        var result = NormalizedText(original: input)
        if text.utf8.count > Self.maximumInputBytes {
            var cut = text.utf8.index(text.utf8.startIndex, offsetBy: Self.maximumInputBytes)
            // Back off continuation bytes so the cut falls between two scalars.
            while cut > text.startIndex && text.utf8[cut] & 0xC0 == 0x80 { cut = text.utf8.index(before: cut) }
            text = String(text[..<cut])
            result.problems.append("input of \(input.utf8.count) bytes truncated to its first \(Self.maximumInputBytes)")
        }
        let initials = DottedInitials.joined(text)
        if let initials { text = initials.text }
        // Text is first scanned straight into tokens, unless its first byte already shows that
        // it is not all ASCII. (Readings and translations come only from Han and kana, which
        // the direct scan never takes: it gives all the forms there are.)
        let direct = (text.utf8.first ?? 0) < 0x80
        var scan = Scanner(tables: tables, terms: terms, explain: options.contains(.explain), direct: direct,
                           expectedPieces: text.utf8.count / 6)
        scan.run(text)
        if scan.direct && !scan.bailed {
            result.scripts = scan.scripts
            if scan.controls > 0 { result.problems.append("\(scan.controls) control or format character(s) removed") }
            swap(&result.tokens, &scan.tokens)
            if options.contains(.phonetic) { addPhoneticKeys(into: &result) }
            return result
        }
        if scan.bailed {
            scan = Scanner(tables: tables, terms: terms, explain: false, expectedPieces: text.utf8.count / 6)
            scan.run(text)
        }
        result.scripts = scan.scripts
        result.hanFlags = scan.hanFlags
        if scan.replacementCharacters > 0 {
            result.problems.append("\(scan.replacementCharacters) replacement character(s) U+FFFD in the input")
        }
        if scan.controls > 0 { result.problems.append("\(scan.controls) control or format character(s) removed") }
        var rules = scan.rules
        if let initials, options.contains(.explain) { rules.insert(RuleFiring(rule: "initials", detail: initials.runs.joined(separator: " ")), at: 0) }
        let explain = options.contains(.explain)
        let japaneseContext = result.isEvidentlyJapanese

        // Han runs take their canonical form now that the whole string's context is known.
        var pieces: [Piece] = []
        swap(&pieces, &scan.pieces)   // moved, not shared: the passes below mutate it in place
        for index in pieces.indices where pieces[index].script == .han {
            var changed: [String] = []
            for k in pieces[index].scalars.indices {   // in place: the pieces hold the only reference
                let cp = pieces[index].scalars[k]
                let canonical = tables.han(cp, japaneseContext: japaneseContext).canonical
                if explain && canonical != cp { changed.append("\(Self.string([cp]))→\(Self.string([canonical]))") }
                pieces[index].scalars[k] = canonical
            }
            if explain && !changed.isEmpty {
                rules.append(RuleFiring(rule: "han-variant", detail: changed.joined(separator: " ")))
            }
        }
        var legal: [String] = []
        if scan.mayHaveLegalForm || scan.scripts.contains(.han) || scan.scripts.contains(.kana) {
            OrganisationTerms.stripLegalForms(&pieces, removed: &legal)
        }
        if explain && !legal.isEmpty { rules.append(RuleFiring(rule: "legal-form", detail: legal.joined(separator: ", "))) }
        result.legalForms = legal

        let wantsAlternatives = options.contains(.readings) || options.contains(.translations)
        let matching = matchingTokens(pieces, explain: explain, phrases: scan.mayHavePhrase, tracksPieces: wantsAlternatives,
                                      rules: &rules)
        result.tokens = matching.tokens
        if wantsAlternatives {
            addAlternativeForms(pieces, matching: matching, into: &result, options: options, rules: &rules)
        }
        if options.contains(.phonetic) { addPhoneticKeys(into: &result) }
        if explain { result.rules = rules }
        return result
    }

    /// The scalars as a string (values that are not scalars left out), written as UTF-8 in
    /// one buffer: appending scalars to a string one at a time was 28% of the instructions
    /// of a Han name's normalization (callgrind).
    static func string(_ scalars: [UInt32]) -> String {
        var length = 0
        for s in scalars { if let u = Unicode.Scalar(s) { length += UTF8.width(u) } }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var i = 0
            for s in scalars {
                guard let u = Unicode.Scalar(s) else { continue }
                UTF8.encode(u) { buffer[i] = $0; i += 1 }
            }
            return i
        }
    }
}
