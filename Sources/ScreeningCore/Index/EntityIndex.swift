import Dispatch
import Foundation

/// The n-gram index over every name and alias of every listed entity, in all the forms the
/// normalizer gives: grams hashed to integers, postings in CSR arrays (one row per gram,
/// sorted alias ids), IDF weights, and over-frequent grams capped out of candidate
/// generation. Built once, then read by any number of threads.
public final class EntityIndex: Sendable {
    /// One indexed spelling of a listed entity.
    public struct Alias: Sendable {
        /// Index into `entities`.
        public let entity: Int32
        /// The name or alias as indexed: as listed, or made from a listed one (`derivation`).
        public let text: String
        /// How `text` was made from a listed name or alias; nil when it is as listed.
        public let derivation: Derivation?
        /// True for the entity's primary name (as listed) and what is made from it.
        public let isPrimary: Bool
        /// The name or alias as listed.
        public var listedText: String { derivation?.listed ?? text }

        /// How an indexed spelling was made from a listed one.
        public enum Derivation: Sendable, Equatable {
            /// German's transliteration of its umlauts and ß (Wuerzburg of Würzburg).
            case germanSpelling(of: String)
            /// The name without the place it ends in (Washington University of Washington
            /// University in St. Louis: `PlaceQualifiedName`).
            case placeLeftOut(of: String)
            /// The name without the city a registry seats its organisation in, which ends it
            /// (Hebrew University of Hebrew University of Jerusalem: `PlaceQualifiedName`).
            case seatLeftOut(of: String)
            /// The name without whom it is named after (Ryazan State Medical University of
            /// Ryazan State Medical University named after Academician I.P. Pavlov: `NamedAfter`).
            case honoreeLeftOut(of: String)
            /// The name without its namesake's initials (Kharkevich Institute for Information
            /// Transmission Problems of A.A. Kharkevich ...: `NamesakeInitials`).
            case initialsLeftOut(of: String)
            /// An institute's name without the Chinese or the Russian Academy of Sciences it
            /// is listed with (Changchun Institute of Optics, Fine Mechanics, and Physics;
            /// Keldysh Institute of Applied Mathematics: `AcademyInstitute`).
            case academyLeftOut(of: String)
            /// The name without the research arm it joins its institution to (Wageningen
            /// University of Wageningen University & Research: `ResearchArm`).
            case researchArmLeftOut(of: String)
            /// The name without its acronyms and other names in brackets
            /// (Molecular Electronics Research Institute of ... (MERI): `BracketedName`).
            case bracketsLeftOut(of: String)
            /// Another name the listed one gives in brackets, after "a.k.a." or "f.k.a."
            /// (`BracketedName`).
            case namedInBrackets(of: String)
            /// The name before its own acronym, without the parent a comma adds after them
            /// (Bhabha Atomic Research Centre of "... (BARC), Department of Atomic Energy
            /// (DAE)": `BracketedName.nameBeforeItsAcronym`).
            case parentLeftOut(of: String)
            /// The name without another it gives after a mark outside brackets (Thermal
            /// Processing Technology Research Institute of ..., a.k.a., Hot Working
            /// Technology Research Institute: `BracketedName`).
            case otherNameLeftOut(of: String)
            /// Another name the listed one gives after "a.k.a.", "also known as" or "formerly
            /// known as" outside brackets (Hot Working Technology Research Institute of the
            /// same: `BracketedName`).
            case namedAfterMark(of: String)
            /// The name before the address the listed spelling runs on into (China Ship
            /// Research and Development Academy of the same. No. 2 Shuangquan Baojia, ...:
            /// `ListedAddress`).
            case addressLeftOut(of: String)
            /// One of the parties a listed spelling names together (Union Kogyo Co., Ltd. of
            /// "Fuchu Prison; Union Kogyo Co., Ltd.": `ListedParties`).
            case partyNamed(of: String)
            /// The subordinate the listed spelling names after "subordinate institution:",
            /// or the group before "and its subsidiaries" (`SubordinateName`).
            case subordinateNamed(of: String)
            /// A numbered unit written after its parent group, in the order papers print it,
            /// the unit first (The 13th Research Institute of China Electronics Technology
            /// Group Corporation: `UnitOfParent`).
            case unitFirst(of: String)
            /// A numbered unit named with its parent group's acronym in place of the group's
            /// name, as the listed spelling gives it in brackets (CSSC 710th Research
            /// Institute and 710th Research Institute of CSSC; CETC 38 of "... 38th Research
            /// Institute (CETC 38)": `UnitOfParent`).
            case parentAcronym(of: String)
            /// The acronym in brackets that ends the listed name (NUDT of National University of
            /// Defense Technology (NUDT): `BracketedName`), an acronym as any other.
            case acronymInBrackets(of: String)
            /// A Han name's usual short form (国防科技大学 of 国防科学技術大学: `HanAbbreviation`).
            case hanShortened(of: String)
            /// An academy's name opening with Chinese for China or the other way round
            /// (`ChinaOrChinese`).
            case chinaOrChinese(of: String)
            /// The name without the status a Russian institution writes before it (Boreskov
            /// Institute of Catalysis of Federal Research Center Boreskov Institute of
            /// Catalysis: `StatusBeforeName`).
            case statusLeftOut(of: String)
            /// An institute's name with its academy's acronym after it (Institute of Physics,
            /// CAS of Chinese Academy of Sciences, Institute of Physics: `AcademyInstitute`).
            case academyAbbreviated(of: String)
            /// An institute's name with its academy's name after it (Institute of Physics of
            /// the Chinese Academy of Sciences of Chinese Academy of Sciences, Institute of
            /// Physics: `AcademyInstitute`).
            case academyAfter(of: String)

            /// The listed spelling it was made from.
            public var listed: String {
                switch self {
                case .germanSpelling(let listed), .placeLeftOut(let listed), .seatLeftOut(let listed), .honoreeLeftOut(let listed), .initialsLeftOut(let listed), .academyLeftOut(let listed), .researchArmLeftOut(let listed),
                     .bracketsLeftOut(let listed), .parentLeftOut(let listed), .namedInBrackets(let listed), .otherNameLeftOut(let listed), .namedAfterMark(let listed), .addressLeftOut(let listed), .partyNamed(let listed), .subordinateNamed(let listed), .unitFirst(let listed), .parentAcronym(let listed),
                     .acronymInBrackets(let listed), .hanShortened(let listed), .chinaOrChinese(let listed), .statusLeftOut(let listed), .academyAbbreviated(let listed), .academyAfter(let listed): listed
                }
            }
        }
        /// True when indexed among persons (see `Partition.of(_:normalizer:)`).
        public let isPersonName: Bool
        /// Sum of the IDF weights of its distinct grams of each kind (token, trigram,
        /// Han/kana bigram): the denominators of containment.
        public let weights: GramWeights
    }

    /// Weights of a set of grams by kind: whole tokens of every form, trigrams of Latin
    /// tokens, bigrams of Han and kana runs.
    public struct GramWeights: Sendable {
        public var tokens = 0.0
        public var trigrams = 0.0
        public var bigrams = 0.0

        mutating func add(_ gram: UInt64, _ weight: Double) {
            switch Grams.kind(of: gram) {
            case .token, .loanWord: tokens += weight
            case .trigram: trigrams += weight
            case .hanBigram, .kanaBigram: bigrams += weight
            }
        }
    }

    /// A candidate alias for a mention: the share of the alias's gram weight that the mention
    /// contains (`containment(_:of:)`), and the weight matched (a tie-breaker: the more of a
    /// longer alias is matched, the more specific the candidate).
    public struct Candidate: Sendable {
        public let alias: Int32
        public let containment: Double
        public let matchedWeight: Double
    }

    public let entities: [ListedEntity]
    public let aliases: [Alias]
    /// Countries for the entities their lists give none (`InferredCountries`), by position.
    public let inferredCountries: InferredCountries
    let rows: HashIndex           // gram → row
    let idf: [Float]              // per row, over all spellings
    /// Postings of organisation (and unknown-kind) spellings, and of person spellings: a
    /// person's name is looked up among persons only, an affiliation among the rest.
    /// (Two properties rather than a dictionary: every search reads one, and hashing the
    /// partition showed in the profiles of bulk screening.)
    private let organisationPostings: Postings, personPostings: Postings

    /// The postings of a partition.
    @inline(__always)
    func postings(_ partition: Partition) -> Postings {
        switch partition {
        case .organisations: organisationPostings
        case .persons: personPostings
        }
    }
    /// Grams in more than this many aliases do not generate candidates.
    public let postingCap: Int
    /// Reusable accumulators for candidate search, one per concurrent caller.
    let scratch: CandidateScratch.Pool
    /// The normalizer's forms of each alias (`normalized(alias:)`): made while indexing, or
    /// on demand for the entities indexed from kept forms.
    private let normalizedAliases: AliasTable<NormalizedText>

    /// The spellings a search looks among.
    public enum Partition: Sendable, CaseIterable {
        /// Organisations and entries of unknown kind.
        case organisations
        /// Person entries, and entries of unknown kind written as a person's name
        /// (`Partition.of(_:normalizer:)`).
        case persons
    }

    /// One partition's postings in CSR form: row `r`'s alias ids are
    /// `ids[start[r]..<start[r + 1]]`, sorted. The memory belongs to the index (freed when it
    /// goes): every search on every thread reads a partition's postings, and as arrays their
    /// reference counts went back and forth between the cores at each search.
    struct Postings: @unchecked Sendable {
        let start: UnsafeBufferPointer<Int32>
        let ids: UnsafeBufferPointer<Int32>

        /// Postings of the aliases `member` admits, from each alias's rows; aliases come in
        /// order, so each row's ids are sorted as they are placed.
        /// Alias k's rows are `rowsOf[first[k]..<first[k + 1]]`.
        init(rowCount: Int, rowsOf: [Int32], first: [Int], member: (Int) -> Bool) {
            let aliases = 0..<(first.count - 1)
            let start = UnsafeMutableBufferPointer<Int32>.allocate(capacity: rowCount + 1)
            start.initialize(repeating: 0)
            for alias in aliases where member(alias) {
                for row in rowsOf[first[alias]..<first[alias + 1]] { start[Int(row) + 1] += 1 }
            }
            for row in 0..<rowCount { start[row + 1] += start[row] }
            var next = Array(start)
            let ids = UnsafeMutableBufferPointer<Int32>.allocate(capacity: Int(start[rowCount]))
            ids.initialize(repeating: 0)
            for alias in aliases where member(alias) {
                for row in rowsOf[first[alias]..<first[alias + 1]] {
                    ids[Int(next[Int(row)])] = Int32(alias)
                    next[Int(row)] += 1
                }
            }
            self.start = UnsafeBufferPointer(start)
            self.ids = UnsafeBufferPointer(ids)
        }

        /// How many aliases row `row` holds.
        @inline(__always)
        func size(of row: Int32) -> Int { Int(start[Int(row) + 1] - start[Int(row)]) }

        /// Frees the postings (the index's deinit).
        fileprivate func deallocate() {
            UnsafeMutableBufferPointer(mutating: start).deallocate()
            UnsafeMutableBufferPointer(mutating: ids).deallocate()
        }
    }

    deinit {
        organisationPostings.deallocate()
        personPostings.deallocate()
    }

    /// Indexes the entities' names and aliases, normalizing them on `threads` threads.
    public convenience init(entities: [ListedEntity], normalizer: Normalizer, threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        // Normalizing is the expensive part: spread it over the threads, in order.
        let made = ParallelMap.map(entities, threads: threads) { entity in
            let spellings = IndexedForms.spellings(of: entity)
            return (spellings, IndexedForms.of(entity, spellings: spellings, normalizer: normalizer))
        }
        // A registry's Han and kana names look up words all over the dictionaries (ROR's
        // made 40 of their 43 MiB resident); records' mentions look up a few at a time.
        normalizer.dropDictionaryPages()
        self.init(entities: entities, spellings: made.map(\.0), forms: made.map(\.1.forms), normalized: made.flatMap(\.1.normalized),
                  normalizer: normalizer, threads: threads)
    }

    /// Indexes the entities from their forms (`IndexedForms`, one per entity, as
    /// `IndexedForms.of` makes them), normalizing their spellings only when asked for
    /// (`normalized(alias:)`): for a rescan, whose store keeps the forms of the listed
    /// entities, and which verifies few of their aliases.
    public convenience init(entities: [ListedEntity], forms: [IndexedForms], normalizer: Normalizer,
                            threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        // Each entity's spellings on the worker threads, as a build from the lists makes
        // them (made in the index's own loop, on one thread, they took half of that loop's
        // samples in `perf record` of the ROR build).
        self.init(entities: entities, spellings: IndexedForms.spellings(of: entities, threads: threads),
                  forms: forms, normalizer: normalizer, threads: threads)
    }

    /// `init(entities:forms:normalizer:threads:)` with each entity's spellings already made
    /// (`IndexedForms.spellings(of:)`): a rescan makes them once, to check its kept forms'
    /// spelling counts too; and the countries inferred over `entities`, when already made
    /// (a rescan hashes the entries with them).
    convenience init(entities: [ListedEntity], spellings: [[IndexedForms.Spelling]], forms: [IndexedForms], normalizer: Normalizer,
                     threads: Int, inferredCountries: InferredCountries? = nil) {
        self.init(entities: entities, spellings: spellings, forms: forms, normalized: nil, normalizer: normalizer, threads: threads,
                  inferredCountries: inferredCountries)
    }

    /// `spellings`: each entity's, as `IndexedForms.spellings(of:)` gives them; `normalized`:
    /// every spelling's normalized forms in order, when already made.
    private init(entities: [ListedEntity], spellings spellingsOf: [[IndexedForms.Spelling]], forms: [IndexedForms],
                 normalized: [NormalizedText]?, normalizer: Normalizer, threads: Int, inferredCountries: InferredCountries? = nil) {
        precondition(forms.count == entities.count && spellingsOf.count == entities.count, "one IndexedForms and spellings per entity")
        self.entities = entities
        self.inferredCountries = inferredCountries ?? InferredCountries(entities: entities)
        // Each spelling's entity, text and partitions (as bits, `IndexedForms.partitionBits`:
        // an array of them per spelling cost reference counts for each), and its rows.
        // Rows are numbered over all spellings; each partition keeps its own postings. Every
        // alias's rows in one array (alias k's at `first[k]..<first[k + 1]`): one allocation,
        // returned whole once the index is built.
        let gramCount = forms.reduce(0) { $0 + $1.gramCount }
        var spellings: [(entity: Int32, text: String, primary: Bool, derivation: Alias.Derivation?)] = []
        var spellingBits: [UInt8] = []
        var starts = [0]
        var numbering = GramRows(expected: gramCount / 16)
        var spellingRows: [Int32] = []
        spellingRows.reserveCapacity(gramCount)
        for index in entities.indices {
            let own = spellingsOf[index]
            precondition(own.count == forms[index].spellingCount, "the forms of \(entities[index].id) are of other spellings")
            let bits = forms[index].partitionBits
            for spelling in own {
                spellings.append((Int32(index), spelling.text, spelling.primary, spelling.derivation))
                spellingBits.append(bits)
            }
            forms[index].forEachSpellingGrams { grams in
                for gram in grams { spellingRows.append(numbering.row(of: gram)) }
                starts.append(spellingRows.count)
            }
        }
        let (membership, rowsOf, first) = (spellingBits, spellingRows, starts)
        let rowCount = numbering.grams.count
        var rowSizes = [Int32](repeating: 0, count: rowCount)
        for row in rowsOf { rowSizes[Int(row)] += 1 }
        let postingsOf = { (partition: Partition) -> Postings in
            let bit = UInt8(IndexedForms.bit(partition))
            return Postings(rowCount: rowCount, rowsOf: rowsOf, first: first) { membership[$0] & bit != 0 }
        }
        let (organisationPostings, personPostings) = (postingsOf(.organisations), postingsOf(.persons))
        let rows = numbering.compactTable()
        let n = Double(max(spellings.count, 1))
        let idf: [Float] = rowSizes.map { Float(log(1 + n / Double($0))) }
        // A gram in more than 5% of the spellings (university, china, "uni") says little about
        // which entity is meant; it still counts when candidates are verified.
        // Bounded too, so that a registry of 100,000 spellings reads no more per gram than
        // a list of 40,000.
        let cap = min(max(50, spellings.count / 20), 2000)
        // Only grams that can generate candidates count in the denominator: an exact
        // spelling made of common words must still contain itself wholly.
        // (Weighed among organisations when the spelling stands there and among persons too.)
        let rowGrams = numbering.grams
        let organisationBit = UInt8(IndexedForms.bit(.organisations))
        let weights = ParallelMap.map(Array(spellings.indices), threads: threads) { k in
            let own = membership[k] & organisationBit != 0 ? organisationPostings : personPostings
            var weights = GramWeights()
            for row in rowsOf[first[k]..<first[k + 1]] where own.size(of: row) <= Self.cap(cap, rowGrams[Int(row)]) {
                weights.add(rowGrams[Int(row)], Double(idf[Int(row)]))
            }
            return weights
        }
        var aliases: [Alias] = []
        aliases.reserveCapacity(spellings.count)
        for (k, spelling) in spellings.enumerated() {
            aliases.append(Alias(entity: spelling.entity, text: spelling.text, derivation: spelling.derivation, isPrimary: spelling.primary,
                                 isPersonName: membership[k] & UInt8(IndexedForms.bit(.persons)) != 0, weights: weights[k]))
        }
        let texts = spellings.map(\.text)
        normalizedAliases = normalized.map { AliasTable(values: $0) }
            ?? AliasTable(count: texts.count, onDemand: true, threads: threads) { normalizer.normalize(texts[$0], options: .allForms) }
        self.rows = rows
        self.organisationPostings = organisationPostings
        self.personPostings = personPostings
        self.idf = idf
        self.aliases = aliases
        postingCap = cap
        scratch = CandidateScratch.Pool(totals: weights)
    }

    /// The country of entity `entity` (an index into `entities`): as listed, or where its
    /// list gives none, as another entry of the same name gives it (`inferredCountries`).
    public func country(of entity: Int) -> String? {
        InferredCountries.country(of: entities[entity], taking: inferredCountries[entity])
    }

    /// The normalizer's forms of alias `alias` (an index into `aliases`).
    public func normalized(alias: Int) -> NormalizedText { normalizedAliases[alias] }

    /// The weight of a token no alias has: rarer than any indexed one.
    public var unseenTokenWeight: Double { log(1 + Double(max(aliases.count, 1))) }

    /// Number of distinct grams.
    public var gramCount: Int { idf.count }

    /// The IDF weight of a gram (0 for a gram no alias has).
    public func weight(of gram: UInt64) -> Double {
        guard let row = rows.lookup(gram) else { return 0 }
        return Double(idf[Int(row)])
    }

    /// Whole words are few per mention and carry the name: they keep candidates coming
    /// even when common (university, china), up to five times the cap (at most 4,000
    /// postings). Trigrams are many per mention, and a trigram in more than a quarter of
    /// the cap's spellings (ver, ion, uni) is read for nearly every mention while hardly
    /// ranking one alias above another: a quarter of the cap (at least 50). Measured on
    /// 2026-11-30: the same hits on the benchmark records against the combined lists, the
    /// same precision and recall on the gold files (within 0.002), a fifth less time for
    /// `screen` against the lists and half against ROR. Han and kana bigrams at `cap`.
    @inline(__always)
    static func cap(_ cap: Int, _ gram: UInt64) -> Int {
        switch Grams.kind(of: gram) {
        case .token: min(cap * 5, 4000)
        case .trigram: max(50, cap / 4)
        default: cap
        }
    }
}
