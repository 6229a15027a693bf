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
        /// The name or alias as listed.
        public let text: String
        /// True for the entity's primary name.
        public let isPrimary: Bool
        /// The normalizer's forms of it.
        public let normalized: NormalizedText
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
            case .token: tokens += weight
            case .trigram: trigrams += weight
            case .hanBigram, .kanaBigram: bigrams += weight
            }
        }
    }

    /// A candidate alias for a mention: the largest share of the alias's gram weight of one
    /// kind that the mention contains, and the weight matched (a tie-breaker: the more of a
    /// longer alias is matched, the more specific the candidate).
    public struct Candidate: Sendable {
        public let alias: Int32
        public let containment: Double
        public let matchedWeight: Double
    }

    public let entities: [ListedEntity]
    public let aliases: [Alias]
    let rows: HashIndex           // gram → row
    let rowStart: [Int32]         // CSR offsets, rows + 1
    let postings: [Int32]         // alias ids
    let idf: [Float]              // per row
    /// Grams in more than this many aliases do not generate candidates.
    public let postingCap: Int

    /// Indexes the entities' names and aliases, normalizing them on `threads` threads.
    public init(entities: [ListedEntity], normalizer: Normalizer, threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.entities = entities
        var spellings: [(entity: Int32, text: String, primary: Bool)] = []
        for (index, entity) in entities.enumerated() {
            var seen = Set<String>()
            for (k, text) in ([entity.name] + entity.aliases).enumerated() where !text.isEmpty && seen.insert(text).inserted {
                spellings.append((Int32(index), text, k == 0))
            }
        }
        // Normalizing is the expensive part: spread it over the threads, in order.
        let normalized = ParallelMap.map(spellings, threads: threads) { normalizer.normalize($0.text, options: .allForms) }
        let grams = ParallelMap.map(normalized, threads: threads) { Grams.of($0) }

        var pairs: [(gram: UInt64, alias: Int32)] = []
        pairs.reserveCapacity(grams.reduce(0) { $0 + $1.count })
        for (alias, list) in grams.enumerated() { for gram in list { pairs.append((gram, Int32(alias))) } }
        pairs.sort { $0.gram < $1.gram || ($0.gram == $1.gram && $0.alias < $1.alias) }

        var rowStart: [Int32] = []
        var postings: [Int32] = []
        var rowGrams: [UInt64] = []
        postings.reserveCapacity(pairs.count)
        for (gram, alias) in pairs {
            if rowGrams.last != gram {
                rowGrams.append(gram)
                rowStart.append(Int32(postings.count))
            }
            postings.append(alias)
        }
        rowStart.append(Int32(postings.count))
        let rows = HashIndex(capacity: rowGrams.count)
        for (row, gram) in rowGrams.enumerated() { rows.insert(gram, Int32(row)) }
        let n = Double(max(spellings.count, 1))
        let idf: [Float] = (0..<rowGrams.count).map { row in
            Float(log(1 + n / Double(rowStart[row + 1] - rowStart[row])))
        }
        // A gram in more than 5% of the spellings (university, china, "uni") says little about
        // which entity is meant; it still counts when candidates are verified.
        // Bounded too, so that a registry of 100,000 spellings reads no more per gram than
        // a list of 40,000.
        let cap = min(max(50, spellings.count / 20), 2000)
        var aliases: [Alias] = []
        aliases.reserveCapacity(spellings.count)
        for (k, spelling) in spellings.enumerated() {
            // Only grams that can generate candidates count in the denominator: an exact
            // spelling made of common words must still contain itself wholly.
            var weights = GramWeights()
            for gram in grams[k] {
                if let row = rows.lookup(gram), rowStart[Int(row) + 1] - rowStart[Int(row)] <= Int32(Self.cap(cap, gram)) {
                    weights.add(gram, Double(idf[Int(row)]))
                }
            }
            aliases.append(Alias(entity: spelling.entity, text: spelling.text, isPrimary: spelling.primary,
                                 normalized: normalized[k], weights: weights))
        }
        self.rows = rows
        self.rowStart = rowStart
        self.postings = postings
        self.idf = idf
        self.aliases = aliases
        postingCap = cap
    }

    /// The weight of a token no alias has: rarer than any indexed one.
    public var unseenTokenWeight: Double { log(1 + Double(max(aliases.count, 1))) }

    /// Number of distinct grams.
    public var gramCount: Int { rowStart.count - 1 }

    /// The IDF weight of a gram (0 for a gram no alias has).
    public func weight(of gram: UInt64) -> Double {
        guard let row = rows.lookup(gram) else { return 0 }
        return Double(idf[Int(row)])
    }

    /// The `limit` aliases whose gram weight the mention's grams contain most, best first,
    /// touching only the postings of the mention's grams (over-frequent grams skipped).
    public func candidates(for mention: NormalizedText, limit: Int = 10, minimumContainment: Double = 0.2) -> [Candidate] {
        candidates(grams: Grams.of(mention), limit: limit, minimumContainment: minimumContainment)
    }

    /// Candidates for a mention's grams (see `Grams.of`).
    public func candidates(grams: [UInt64], limit: Int = 10, minimumContainment: Double = 0.2) -> [Candidate] {
        // The postings to add up: rows of the mention's grams, over-frequent ones skipped.
        var rowsToRead: [(start: Int, end: Int, gram: UInt64, weight: Double)] = []
        var touched = 0
        for gram in grams {
            guard let row = rows.lookup(gram) else { continue }
            let start = Int(rowStart[Int(row)]), end = Int(rowStart[Int(row) + 1])
            guard end - start <= Self.cap(postingCap, gram) else { continue }
            rowsToRead.append((start, end, gram, Double(idf[Int(row)])))
            touched += end - start
        }
        guard touched > 0 else { return [] }
        // A small open-addressing table keyed by alias id: cheaper than a Dictionary here.
        var size = 16
        while size < touched * 2 { size <<= 1 }
        let mask = size - 1
        var keys = [Int32](repeating: -1, count: size)
        var sums = [GramWeights](repeating: GramWeights(), count: size)
        for (start, end, gram, weight) in rowsToRead {
            for k in start..<end {
                let alias = postings[k]
                var slot = Int(UInt32(bitPattern: alias) &* 2_654_435_761) & mask
                while keys[slot] != -1 && keys[slot] != alias { slot = (slot + 1) & mask }
                keys[slot] = alias
                sums[slot].add(gram, weight)
            }
        }
        var result: [Candidate] = []
        for slot in 0..<size where keys[slot] >= 0 {
            let alias = keys[slot]
            let matched = sums[slot]
            let total = aliases[Int(alias)].weights
            let containment = max(Self.share(matched.tokens, total.tokens), Self.share(matched.trigrams, total.trigrams),
                                  Self.share(matched.bigrams, total.bigrams))
            if containment >= minimumContainment {
                result.append(Candidate(alias: alias, containment: containment,
                                        matchedWeight: matched.tokens + matched.trigrams + matched.bigrams))
            }
        }
        result.sort {
            ($0.containment, $0.matchedWeight, -$0.alias) > ($1.containment, $1.matchedWeight, -$1.alias)
        }
        return Array(result.prefix(limit))
    }

    /// Whole words are few per mention and carry the name: they keep candidates coming
    /// even when common (university, china), up to five times the cap (at most 4,000
    /// postings); trigrams and bigrams are many and are capped at `cap`.
    @inline(__always)
    static func cap(_ cap: Int, _ gram: UInt64) -> Int {
        Grams.kind(of: gram) == .token ? min(cap * 5, 4000) : cap
    }

    private static func share(_ matched: Double, _ total: Double) -> Double {
        total > 0 ? min(1, matched / total) : 0
    }
}
