/// A person's name as comparable parts: the plausible (family, given) readings and the
/// keys two spellings of one name share.
///
/// Handles `Family, Given`; names in either order (Western `Taro Tanaka`, East Asian
/// `Zhang Xiaoming`, `田中太郎`); given names written `Xiao-Ming`, `Xiaoming` or `Xiao Ming`;
/// initials (`T. Tanaka`); apostrophes (`Shin'ichi`); romanization variants through the
/// phonetic keys (Ōno = Ohno, Chang = Zhang); kanji names read in pinyin and in Japanese.
public struct PersonName: Sendable {
    /// One way of reading the name: which part is the family name.
    public struct Reading: Sendable, Hashable {
        public var family: String
        /// Given names, in order (a given name written in parts is joined: xiaoming).
        public var given: [String]
        /// How it was read (`comma`, `family last`, `family first`, `pinyin`, `japanese`, ...).
        public var how: String

        /// The `how` of a Latin name read with its first word as the family name.
        static let familyFirst = "family first"
    }

    /// How strongly two names agree.
    public enum Agreement: Int, Sendable, Comparable {
        /// Same family name and the given name agrees only in its initial.
        case initials = 1
        /// Same family and given names (after romanization variants).
        case full = 2

        public static func < (a: Agreement, b: Agreement) -> Bool { a.rawValue < b.rawValue }
    }

    public var original: String
    public var readings: [Reading]
    /// `family|given` keys, phonetic variants included, the given names joined.
    public var fullKeys: Set<String>
    /// `family|given` keys of the first given name alone, of the readings with two or more
    /// that put the family name last or before a comma (John Michael Smith is John Smith;
    /// Xiao Ming Zhang is not Xiao Hong Zhang). Not of a reading with the family name first:
    /// there the words after it are an East Asian given name's syllables, of which the first
    /// alone names nobody, and Aman Ullah, read so, would be Aman Ullah Khan.
    public var firstGivenKeys: Set<String> = []
    /// `family|g` keys with the given name's initial, of every reading.
    public var initialKeys: Set<String>
    /// `family|g` keys of the readings whose given names are written as initials only.
    public var initialOnlyKeys: Set<String>
    /// The family names of every reading, phonetic variants included: each key above starts
    /// with one, so two names that share none do not agree.
    public var familyKeys: Set<String>
    /// The initials of the given names after the first (middle initials and names), by the
    /// full and first-given keys of the readings that have them: John T. Smith is not
    /// John A. Smith, nor John Michael Smith, though the initials are left out of the keys.
    public var middleInitials: [String: Set<Character>] = [:]
    /// `familyKeys` as their hashes (`TextHash`): whether a name near a listed one shares a
    /// family name with it is asked of every candidate, and comparing a few integers costs
    /// less than probing sets of strings.
    var familyHashes: [UInt64] = []

    /// How this name agrees with another, or nil if it does not. Two full given names that
    /// differ do not agree, even with the same initial (Xiaoming and Xiaohong Zhang).
    /// A first given name alone agrees with a name of one given name, not with another
    /// name's first of two: the two-syllable given names of Korean and Chinese names, written
    /// apart, differ in either (Yong Yeon Kim is not Young Su Kim). Where both names have
    /// middle initials on the key they share, one must be the same (Daniel T. Malloy is not
    /// Malloy, Daniel A.; Wayne P. Smith and Wayne Smith are Smith, Wayne P.).
    public func agreement(with other: PersonName) -> Agreement? {
        func agreesOn(_ key: String) -> Bool {
            guard let mine = middleInitials[key], let theirs = other.middleInitials[key] else { return true }
            return !mine.isDisjoint(with: theirs)
        }
        if fullKeys.contains(where: { (other.fullKeys.contains($0) || other.firstGivenKeys.contains($0)) && agreesOn($0) })
            || firstGivenKeys.contains(where: { other.fullKeys.contains($0) && agreesOn($0) }) { return .full }
        if !initialOnlyKeys.isDisjoint(with: other.initialKeys) || !other.initialOnlyKeys.isDisjoint(with: initialKeys) {
            return .initials
        }
        return nil
    }
}

extension Normalizer {
    /// Chinese two-character surnames (the rest are one character).
    static let compoundSurnames: Set<String> = [
        "欧阳", "司马", "诸葛", "上官", "司徒", "东方", "夏侯", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "令狐", "西门", "独孤",
    ]

    /// Parses a person's name into its plausible readings and comparison keys.
    public func personName(_ raw: String) -> PersonName {
        personName(raw, readings: personReadings(raw))
    }

    /// `personName(_:)` with the name's readings already made (`personReadings`).
    func personName(_ raw: String, readings: [PersonName.Reading]) -> PersonName {
        var full = Set<String>()
        var firstGiven = Set<String>()
        var initials = Set<String>()
        var initialOnly = Set<String>()
        var families = Set<String>()
        var middleInitials: [String: Set<Character>] = [:]
        forEachPersonKey(of: readings, family: { families.insert($0); return true }) { kind, key, middles in
            switch kind {
            case .full: full.insert(key)
            case .firstGiven: firstGiven.insert(key)
            case .initial: initials.insert(key)
            case .initialOnly: initialOnly.insert(key)
            }
            if !middles.isEmpty && (kind == .full || kind == .firstGiven) { middleInitials[key, default: []].formUnion(middles) }
            return false
        }
        return PersonName(original: raw, readings: readings, fullKeys: full, firstGivenKeys: firstGiven, initialKeys: initials,
                          initialOnlyKeys: initialOnly, familyKeys: families, middleInitials: middleInitials,
                          familyHashes: families.map(TextHash.of))
    }

    /// The kinds of `PersonName`'s keys.
    enum PersonKeyKind {
        case full, firstGiven, initial, initialOnly
    }

    /// Calls `family` with each family name of the readings in every spelling variant, and
    /// for each it accepts, `key` with each key that starts with it (`family|given`) and the
    /// initials of its reading's given names after the first, until `key` returns true;
    /// whether it did. The keys `PersonName` holds, made in one place for the name's parse
    /// and for the matcher's test of whether it may agree with a listed person, which asks
    /// only of the listed persons' family names.
    @discardableResult
    func forEachPersonKey(of readings: [PersonName.Reading], family accepts: (String) -> Bool,
                          _ key: (PersonKeyKind, String, Set<Character>) -> Bool) -> Bool {
        // The readings share their parts (Wei Zhang: family Zhang given Wei, and family Wei
        // given Zhang), and names share them (Wei, Zhang, Hiroshi): each part's variants are
        // made once by each thread (`keyVariantsMemo`), not once per use.
        keyVariantsMemo.with { variants in
            for reading in readings {
                // The given names' forms are made once a family is accepted, and only then:
                // most readings' families are not (the matcher asks only of listed ones).
                var given: GivenNameForms?
                for family in variants.value(of: reading.family, make: keyVariants) where accepts(family) {
                    let forms = given ?? GivenNameForms(reading, variants: variants, normalizer: self)
                    given = forms
                    let middles = forms.middles
                    guard let initial = forms.initial else {
                        if key(.full, family + "|", middles) { return true }
                        continue
                    }
                    for given in forms.variants where key(.full, family + "|" + given, middles) { return true }
                    for given in forms.firstGivenVariants where key(.firstGiven, family + "|" + given, middles) { return true }
                    let initialKey = family + "|" + String(initial)
                    if key(.initial, initialKey, middles) || (forms.onlyInitials && key(.initialOnly, initialKey, middles)) { return true }
                }
            }
            return false
        }
    }

    /// What `forEachPersonKey` keys a reading's given names by.
    private struct GivenNameForms {
        /// The initials of the given names after the first.
        let middles: Set<Character>
        /// The first given name's first letter; nil when the reading has no given name.
        let initial: Character?
        /// Whether every given name is an initial.
        let onlyInitials: Bool
        /// The spelling variants of the given names that are not initials, joined.
        let variants: Set<String>
        /// The first of several given names' variants, when it may be used alone.
        let firstGivenVariants: Set<String>

        init(_ reading: PersonName.Reading, variants memo: BoundedMemo<Set<String>>, normalizer: Normalizer) {
            let givenNames = reading.given.filter { !$0.isEmpty }
            middles = givenNames.count > 1 ? Set(givenNames.dropFirst().compactMap { $0.first }) : []
            initial = givenNames.first?.first
            onlyInitials = !givenNames.isEmpty && givenNames.allSatisfy { $0.count == 1 }
            let fullGiven = givenNames.filter { $0.count > 1 }
            variants = fullGiven.isEmpty ? [] : memo.value(of: fullGiven.joined(), make: normalizer.keyVariants)
            // Pinyin syllables after a pinyin family name are one given name written apart,
            // whatever the order (Chen, Hao Li is not Chen Hao; Hao Li Chen is not Hao Chen).
            let syllablesOfOneName = fullGiven.count > 1 && normalizer.tables.pinyinSyllables.contains(reading.family)
                && fullGiven.allSatisfy(normalizer.tables.pinyinSyllables.contains)
            firstGivenVariants = fullGiven.count > 1 && reading.how != PersonName.Reading.familyFirst && !syllablesOfOneName
                ? memo.value(of: fullGiven[0], make: normalizer.keyVariants) : []
        }
    }

    /// The family names of a person's name's readings, in every spelling variant: what
    /// `personName(_:).familyKeys` holds, without the keys of the whole name.
    func personFamilyKeys(_ raw: String) -> Set<String> {
        personFamilyKeys(readings: personReadings(raw))
    }

    /// Whether a person's name may share a family name with the gate's families (a set of
    /// `PersonName.familyKeys`), told without reading the name when it is written in Latin
    /// letters (Bolaños-Guzmán as well as Doshi): the folded words of each of its parts,
    /// joined, and of what stands before its first comma, hold every family name its
    /// readings take (`personReadings`). True when it cannot be told so (other scripts,
    /// quotes, a word of organisation names' terms, which the reading replaces or drops, a
    /// word of digits and letters).
    func mayShareFamilyName(_ name: String, with gate: FamilyNameGate) -> Bool {
        gate.verdicts.with { verdicts in
            withFamilyNameCandidates(name) { part in
                verdicts.value(ofBytes: part) { gate.admits($0, variants: keyVariants) }
            } ?? true
        }
    }

    /// Calls `isShared` with the joined folded words of each part of a Latin name and of
    /// what stands before its first comma, as UTF-8 bytes, until it returns true; whether
    /// it did, or nil when `mayShareFamilyName` cannot tell (and `isShared` is not called).
    /// The bytes are kept on the stack: this runs for every party's name.
    private func withFamilyNameCandidates(_ name: String, _ isShared: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool? {
        var name = name
        return name.withUTF8 { bytes -> Bool? in
            let count = bytes.count
            // The parts' bytes one after another, where each part ends, and the bytes before
            // the comma; a letter of two bytes folds to at most two (`foldedLatinLetter`).
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * count + 1) { buffer -> Bool? in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: count + 1) { ends -> Bool? in
                    let parts = buffer.baseAddress!, beforeComma = parts + count
                    var length = 0, partStart = 0, wordStart = 0, partCount = 0, beforeCommaLength = 0
                    var commaSeen = false, wordHasLetters = false, rawPartStart = 0, standingInitial = false
                    func append(_ folded: UInt8) {
                        parts[length] = folded
                        length += 1
                        if !commaSeen {
                            beforeComma[beforeCommaLength] = folded
                            beforeCommaLength += 1
                        }
                    }
                    // A word's end (at byte `end`, which ends its part too when `endsPart`): a
                    // term of organisation names, or a word of a digit and then letters (an
                    // ordinal, 2nd), are read otherwise than folded; but an initial the scanner
                    // reads as written (`initialsReadAsWritten`: S, which is a term) when it is a
                    // whole part of one byte, as the readings of a name without a comma scan it.
                    func endWord(at end: Int, endsPart: Bool) -> Bool {
                        defer { wordStart = length; wordHasLetters = false }
                        guard length > wordStart else { return true }
                        if parts[wordStart] <= 0x39 && wordHasLetters { return false }
                        guard terms.words.lookup(TextHash.of(bytes: UnsafeBufferPointer(start: parts + wordStart, count: length - wordStart))) != nil else { return true }
                        guard endsPart, end - rawPartStart == 1, length - wordStart == 1, readsAsWritten(initial: parts[wordStart]) else { return false }
                        standingInitial = true
                        return true
                    }
                    func endPart() {
                        if length > partStart {
                            ends[partCount] = length
                            partCount += 1
                        }
                        partStart = length
                    }
                    var i = 0
                    while i < count {
                        let byte = bytes[i]
                        i += 1
                        switch byte {
                        case 0x41...0x5A, 0x61...0x7A, 0x30...0x39:
                            if byte > 0x39 { wordHasLetters = true }
                            append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                        case 0x27, 0x60:
                            // An apostrophe joins the letters around it (O'Brien), as the scanner reads it.
                            continue
                        case 0xC2...0xDF where i < count:
                            // A letter of two bytes: what the scanner folds it to (ñ → n, ß → ss).
                            let scalar = UInt32(byte & 0x1F) << 6 | UInt32(bytes[i] & 0x3F)
                            i += 1
                            guard let (first, second) = foldedLatinLetter(scalar, after: length > wordStart ? parts[length - 1] : nil) else { return nil }
                            if first != 0 {
                                wordHasLetters = true
                                append(first)
                            }
                            if second != 0 { append(second) }
                        case 0x22, 0x80...0xFF:
                            return nil
                        default:
                            let isSpace = byte == 0x20 || (0x09...0x0D).contains(byte)
                            guard endWord(at: i - 1, endsPart: isSpace) else { return nil }
                            if byte == 0x2C { commaSeen = true }
                            if isSpace || byte == 0x2C {
                                endPart()
                                rawPartStart = i
                            }
                        }
                    }
                    guard endWord(at: count, endsPart: true), !(standingInitial && commaSeen) else { return nil }
                    endPart()
                    var start = 0
                    for k in 0..<partCount {
                        if isShared(UnsafeBufferPointer(start: parts + start, count: ends[k] - start)) { return true }
                        start = ends[k]
                    }
                    return commaSeen && beforeCommaLength > 0
                        && isShared(UnsafeBufferPointer(start: beforeComma, count: beforeCommaLength))
                }
            }
        }
    }

    /// The ASCII letters (lowercase, at most two; the second 0 when one) the scanner reads a
    /// scalar of two UTF-8 bytes as, inside a word: its fold when that is ASCII letters
    /// (é → e, Ø → o, ß → ss), nothing (0, 0) for a mark the scanner drops after a letter
    /// (the accent of a decomposed é); nil for anything else (a space or a mark of
    /// punctuation other than ASCII, a letter of another script), where the scanner's
    /// words may differ from the bytes' (`mayShareFamilyName` then cannot tell).
    private func foldedLatinLetter(_ scalar: UInt32, after previous: UInt8?) -> (UInt8, UInt8)? {
        if Scanner.isBoundary(scalar) || Scanner.isApostrophe(scalar) { return nil }
        if tables.scalarClass(scalar) == .drop {
            guard let previous, previous > 0x39 else { return nil }
            return (0, 0)
        }
        var first: UInt8 = 0, second: UInt8 = 0, count = 0, isLetters = true
        tables.fold(scalar) { f in
            let letter: UInt8
            switch f {
            case 0x41...0x5A: letter = UInt8(f) | 0x20
            case 0x61...0x7A: letter = UInt8(f)
            default:
                isLetters = false
                return
            }
            count += 1
            if count == 1 { first = letter } else { second = letter }
        }
        guard isLetters, (1...2).contains(count) else { return nil }
        return (first, second)
    }

    /// `personFamilyKeys(_:)` of readings already made.
    func personFamilyKeys(readings: [PersonName.Reading]) -> Set<String> {
        keyVariantsMemo.with { memo in
            var families = Set<String>()
            for reading in readings { families.formUnion(memo.value(of: reading.family, make: keyVariants)) }
            return families
        }
    }

    /// The plausible (family, given) readings of a person's name. The words the matching
    /// form drops as stop words are names here (Du and An are Chinese and Korean family
    /// names: the debarred Du, Gia An); where dropping them as a particle still leaves a
    /// family and a given name (De Leon, Aaron, printed Aaron De Leon), those readings
    /// count too. Dropped always, they had left Du, Gia An no family name, and Wei Du only
    /// Wei, a single name any Wei Wang or An Wei agreed with.
    func personReadings(_ name: String) -> [PersonName.Reading] {
        let raw = Self.withoutGenerationalSuffix(Self.withoutNickname(name))
        // Most names are ASCII, and split at their bytes: splitting by Character (grapheme
        // breaks, a Unicode property lookup for each) was a third of parsing a name.
        let isASCII = raw.utf8.allSatisfy { $0 < 0x80 }
        if isASCII, let parts = plainParts(of: raw) { return Self.latinReadings(parts) }
        return scannedReadings(raw, isASCII: isASCII)
    }

    /// `personReadings` of a name (its nickname left out) whose words the scanner reads.
    func scannedReadings(_ raw: String, isASCII: Bool) -> [PersonName.Reading] {
        let commaParts = isASCII ? Self.asciiParts(of: raw) { $0 == UInt8(ascii: ",") }
            : raw.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" }).map(String.init)
        if commaParts.count >= 2 {
            let family = words(commaParts[0]), given = words(commaParts[1...].joined(separator: " "))
            return Self.withAndWithoutStopWords([family], given: given) { parts, given in
                let family = parts[0].joined()
                return family.isEmpty ? [] : [.init(family: family, given: given, how: "comma")]
            }
        }
        let parts = isASCII ? Self.asciiParts(of: raw, separatedBy: Self.isASCIIWhitespace)
            : raw.split(whereSeparator: { $0.isWhitespace || $0 == "・" || $0 == "·" }).map(String.init)
        let hanOrKana = !isASCII && raw.unicodeScalars.contains {
            let c = tables.scalarClass($0.value)
            return c == .han || c == .kana
        }
        if hanOrKana { return eastAsianReadings(parts.isEmpty ? [raw] : parts) }
        return Self.withAndWithoutStopWords(parts.map(words), given: []) { parts, _ in
            Self.latinReadings(parts.map { $0.joined() }.filter { !$0.isEmpty })
        }
    }

    /// The readings of a Latin name without a comma, from its parts (each part's words
    /// joined): family name last, and first.
    private static func latinReadings(_ parts: [String]) -> [PersonName.Reading] {
        if parts.count >= 2 {
            return [.init(family: parts.last!, given: Array(parts.dropLast()), how: "family last"),
                    .init(family: parts.first!, given: Array(parts.dropFirst()), how: PersonName.Reading.familyFirst)]
        }
        return parts.first.map { [.init(family: $0, given: [], how: "single name")] } ?? []
    }

    /// The parts of an ASCII name of letters alone, between white space and hyphens, each
    /// part's words folded and joined, as `words` and the readings without a comma read
    /// them, when none of its words is a term of organisation names (which the scanner
    /// replaces or drops, as it does stop words) but an initial it reads as written
    /// (`initialsReadAsWritten`): most authors' names (Ke-Xuan Doshi, Beatriz S Pavanelli). Nil
    /// for any other name, which is read through the scanner: the scanner made for each part
    /// was over a quarter of reading a name in a profile of screening real names.
    func plainParts(of name: String) -> [String]? {
        var parts: [String] = []
        var part: [UInt8] = [], wordStart = 0, hyphenated = false
        part.reserveCapacity(name.utf8.count)
        // A word ends at white space or a hyphen; false when it is empty or a term, but for
        // an initial standing alone as a part that the scanner reads as written (S).
        func endWord(endsPart: Bool) -> Bool {
            guard part.count > wordStart else { return false }
            let isTerm = part.withUnsafeBufferPointer {
                terms.words.lookup(TextHash.of(bytes: UnsafeBufferPointer(rebasing: $0[wordStart...]))) != nil
            }
            guard isTerm else { return true }
            return endsPart && !hyphenated && part.count == 1 && readsAsWritten(initial: part[0])
        }
        for byte in name.utf8 {
            switch byte {
            case 0x41...0x5A: part.append(byte | 0x20)
            case 0x61...0x7A: part.append(byte)
            case 0x2D:
                guard endWord(endsPart: false) else { return nil }
                wordStart = part.count
                hyphenated = true
            case 0x20, 0x09...0x0D:
                if part.isEmpty && !hyphenated { continue }
                guard endWord(endsPart: true) else { return nil }
                parts.append(String(decoding: part, as: UTF8.self))
                part.removeAll(keepingCapacity: true)
                (wordStart, hyphenated) = (0, false)
            default:
                return nil
            }
        }
        if !part.isEmpty || hyphenated {
            guard endWord(endsPart: true) else { return nil }
            parts.append(String(decoding: part, as: UTF8.self))
        }
        return parts
    }

    /// Whether the scanner reads this folded letter (a to z), standing alone, as itself
    /// (`initialsReadAsWritten`); false for any other byte.
    func readsAsWritten(initial letter: UInt8) -> Bool {
        (0x61...0x7A).contains(letter) && initialsReadAsWritten & 1 << (letter - 0x61) != 0
    }

    /// `initialsReadAsWritten` for these tables: the letters whose scanner's words, each
    /// alone, are the letter itself.
    static func initialsReadAsWritten(tables: TextTables) -> UInt32 {
        var mask: UInt32 = 0
        for letter in UInt8(ascii: "a")...UInt8(ascii: "z") {
            let text = String(UnicodeScalar(letter))
            var scan = Scanner(tables: tables, explain: false, elides: false, partsAtFootnotes: false)
            scan.run(text)
            if scan.pieces.count == 1, scan.pieces[0].script == .latin, scan.pieces[0].text == text { mask |= 1 << (letter - 0x61) }
        }
        return mask
    }

    /// The readings `read` makes of a name's parts (each part's words) and given names, with
    /// its stop words kept, and without those that stand before another word of the parts,
    /// or of the given names, as a particle does (de Leon; not Gia Simon Du's Du), where
    /// that leaves a given name.
    private static func withAndWithoutStopWords(_ parts: [[NameWord]], given: [NameWord],
                                                read: ([[String]], [String]) -> [PersonName.Reading]) -> [PersonName.Reading] {
        let kept = read(parts.map { $0.map(\.text) }, given.map(\.text))
        let particles = particlePositions(parts.flatMap { $0 }), givenParticles = particlePositions(given)
        guard !particles.isEmpty || !givenParticles.isEmpty else { return kept }
        var position = 0
        let partsWithout = parts.map { words in
            defer { position += words.count }
            return words.indices.filter { !particles.contains(position + $0) }.map { words[$0].text }
        }
        let givenWithout = given.indices.filter { !givenParticles.contains($0) }.map { given[$0].text }
        let dropped = read(partsWithout, givenWithout).filter { reading in
            reading.given.contains { !$0.isEmpty } && !kept.contains(reading)
        }
        return kept + dropped
    }

    /// The positions of the stop words among `words` that another word, not a stop word,
    /// follows.
    private static func particlePositions(_ words: [NameWord]) -> Set<Int> {
        guard let lastName = words.lastIndex(where: { !$0.isStopWord && !$0.text.isEmpty }) else { return [] }
        return Set(words.indices.filter { $0 < lastName && words[$0].isStopWord })
    }

    /// `name` without a nickname in quotes: the Denied Persons List's YE SANG "IVY" WANG is
    /// Wang, Ye Sang of the debarred list, whose given names are two, not three.
    static func withoutNickname(_ name: String) -> String {
        // Bytes first: a quote is " or starts with E2 (“), and Foundation's search for “ in
        // every name verified against listed persons cost a tenth of verifying it.
        guard name.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == 0xE2 }) else { return name }
        var kept = "", quoted = false
        for character in name {
            if character == "\"" || character == "“" || character == "”" { quoted = character == "”" ? false : !quoted; continue }
            if !quoted { kept.append(character) }
        }
        // Unbalanced quotes would lose the rest: keep the name as written then.
        return quoted ? name : kept
    }

    /// Generational suffixes, folded to lower case without their dot.
    static let generationalSuffixes: Set<String> = ["jr", "jnr", "sr", "snr", "ii", "iii", "iv"]
    /// The same, each word's bytes packed into an integer, as the scan for them reads words.
    private static let packedSuffixes: Set<UInt32> = Set(generationalSuffixes.map { $0.utf8.reduce(0) { $0 << 8 | UInt32($1) } })

    /// `name` without a generational suffix (Jr., Sr., II, III, IV) written as a word of its
    /// own: the State Department's debarred list prints Andrade, Jr., Ramon for Ramon Andrade
    /// Jr., whose family name is Andrade and whose given name is Ramon, not Jr. Ramon; and
    /// John Smith, Jr. is not family John Smith. A comma's part of the suffix alone goes with
    /// it. Kept as written when fewer than two other words would remain.
    static func withoutGenerationalSuffix(_ name: String) -> String {
        // Bytes first, without allocating: every party's name comes here, and most hold no
        // word of two to four letters that is one.
        var word: UInt32 = 0, length = 0, found = false
        for byte in name.utf8 {
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") {
                if (2...4).contains(length) && packedSuffixes.contains(word) { found = true; break }
                word = 0
                length = 0
            } else {
                word = word << 8 | UInt32(byte | 0x20)
                length += 1
            }
        }
        if !found && (2...4).contains(length) && packedSuffixes.contains(word) { found = true }
        guard found else { return name }
        let isSuffix = { (word: Substring) in generationalSuffixes.contains(foldedSuffix(word)) }
        let parts = name.split(separator: ",").map { part in part.split(separator: " ").filter { !isSuffix($0) }.joined(separator: " ") }
            .filter { !$0.isEmpty }
        guard parts.reduce(0, { $0 + $1.split(separator: " ").count }) >= 2 else { return name }
        return parts.joined(separator: ", ")
    }

    /// The generational suffix a name prints as a word of its own, as printed (Jr., III);
    /// nil when it prints none.
    static func generationalSuffix(of name: String) -> String? {
        name.split(whereSeparator: { $0 == " " || $0 == "," }).first { generationalSuffixes.contains(foldedSuffix($0)) }.map(String.init)
    }

    /// A suffix as `generationalSuffixes` holds it: lower case, without its dot.
    static func foldedSuffix(_ word: Substring) -> String { word.lowercased().trimmingCharacters(in: ["."]) }

    /// The non-empty parts of an ASCII text between the bytes `isSeparator` accepts: what
    /// `split(whereSeparator:)` gives by Character, since in ASCII a Character is a byte
    /// (but CR LF, white space as one Character and as two bytes, and no comma either way).
    static func asciiParts(of text: String, separatedBy isSeparator: (UInt8) -> Bool) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var parts: [String] = []
            var start = 0
            for end in 0...bytes.count where end == bytes.count || isSeparator(bytes[end]) {
                if end > start { parts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)) }
                start = end + 1
            }
            return parts
        }
    }

    /// ASCII's white space as `Character.isWhitespace` has it: tab, line feed, vertical tab,
    /// form feed, carriage return and space.
    static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    /// A folded word of a name, and whether the matching form drops it as a stop word.
    struct NameWord {
        var text: String
        var isStopWord = false
    }

    /// The stop words by the hash of their folded text, as the scanner's pieces carry it.
    private static let stopWordsByHash = Dictionary(
        OrganisationTerms.stopWords.split(separator: " ").map { (TextHash.of(String($0)), String($0)) },
        uniquingKeysWith: { first, _ in first })

    /// Folded Latin words of a name part: hyphenated and spaced parts stay separate words,
    /// except that given names written in parts are joined by the caller. A stop word keeps
    /// its text (the scanner gives it none), marked.
    private func words(_ text: String) -> [NameWord] {
        var scan = Scanner(tables: tables, explain: false, elides: false, partsAtFootnotes: false)
        scan.run(text)
        return scan.pieces.map { piece in
            switch piece.script {
            case .latin, .digits:
                if piece.text.isEmpty, let role = piece.role, role < 0, let word = Self.stopWordsByHash[piece.hash] {
                    return NameWord(text: word, isStopWord: true)
                }
                return NameWord(text: piece.text)
            case .other: return NameWord(text: OtherScripts.shared.romanize(piece.string).map { $0.filter(\.isLetter) } ?? piece.string)
            default: return NameWord(text: piece.string)
            }
        }
    }

    /// The spelling variants a name part is compared by: itself, its Japanese key and its
    /// Chinese key.
    private func keyVariants(_ part: String) -> Set<String> {
        var result: Set<String> = [part]
        guard part.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return result }
        result.insert(phonetic.japanese(part))
        if let key = phonetic.chineseKey(part) { result.insert(key) }
        return result
    }

    /// Readings of a name in Han or kana: family name first. Chinese: a one-character
    /// surname (or a compound one) in pinyin; Japanese: the ENAMDICT split in Hepburn.
    private func eastAsianReadings(_ parts: [String]) -> [PersonName.Reading] {
        var result: [PersonName.Reading] = []
        let scalarsOf: (String) -> [UInt32] = { text in
            self.canonicalHan(text).unicodeScalars.map(\.value).filter {
                let c = self.tables.scalarClass($0)
                return c == .han || c == .kana
            }
        }
        let pinyin: ([UInt32]) -> String = { scalars in
            scalars.map { cp in self.tables.scalarClass(cp) == .kana ? Kana.hepburn([cp]) : (self.tables.pinyin(cp).first ?? "") }.joined()
        }
        let reading: ([UInt32]) -> String = { scalars in
            if scalars.allSatisfy({ self.tables.scalarClass($0) == .kana }) { return Kana.hepburn(scalars) }
            guard let lexicon = self.lexicon else { return "" }
            let words = lexicon.segment(scalars)
            if words.contains(where: { $0.reading.isEmpty }) { return "" }
            return words.map { Kana.hepburn($0.reading.unicodeScalars.map(\.value)) }.joined()
        }
        if parts.count >= 2 {
            let family = scalarsOf(parts[0])
            let given = scalarsOf(parts[1...].joined())
            result.append(.init(family: pinyin(family), given: [pinyin(given)], how: "pinyin"))
            let jf = reading(family), jg = reading(given)
            if !jf.isEmpty && !jg.isEmpty { result.append(.init(family: jf, given: [jg], how: "japanese")) }
            return result
        }
        let scalars = scalarsOf(parts[0])
        guard scalars.count >= 2 else {
            return scalars.isEmpty ? [] : [.init(family: pinyin(scalars), given: [], how: "pinyin")]
        }
        let surnameLength = scalars.count >= 3 && Self.compoundSurnames.contains(Self.string(Array(scalars.prefix(2)))) ? 2 : 1
        result.append(.init(family: pinyin(Array(scalars.prefix(surnameLength))),
                            given: [pinyin(Array(scalars.dropFirst(surnameLength)))], how: "pinyin"))
        if let lexicon {
            let words = lexicon.segment(scalars)
            if words.count >= 2, !words.contains(where: { $0.reading.isEmpty }) {
                let family = Kana.hepburn(words[0].reading.unicodeScalars.map(\.value))
                let given = words.dropFirst().map { Kana.hepburn($0.reading.unicodeScalars.map(\.value)) }.joined()
                result.append(.init(family: family, given: [given], how: "japanese"))
            }
        }
        return result
    }
}
