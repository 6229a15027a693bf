import Foundation

/// Distinct mentions in the order first met, each with a value, found again by the hash the
/// mention carries (`PositionBuckets`: the hash's high half beside the entry's position,
/// probed linearly). A batch gathers its distinct mentions in one and
/// a run remembers their matches in two (`MentionCache`); with Swift's dictionary each
/// lookup ran the hasher again on the stored hash and read a 56-byte key per probe, which
/// showed as the largest cost of the thread that hands mentions to the matching threads.
/// A probe compares the entry's bytes, kept beside the buckets: read out of the array of
/// mentions, each entry compared was copied, its strings retained and released (over a
/// quarter of the cache lookups' samples in a two-thread profile of bulk screening).
struct MentionTable<Value> {
    /// The mentions, in the order inserted: `index(of:)` gives positions into it. Empty in
    /// a table that does not keep them (`keepingMentions`).
    private(set) var mentions: [Screener.Mention] = []
    /// False for a cache's tables, which find mentions by their bytes alone: kept, each
    /// mention also kept its record's strings alive.
    private let keepingMentions: Bool
    private(set) var values: [Value] = []
    private var buckets: PositionBuckets
    /// Each entry's key as compared: its hash, whether a person's, and where its text's bytes
    /// and then its country's lie in `bytes`.
    private var keys: [Key] = []
    private var bytes: [UInt8] = []

    private struct Key {
        let hash: Int
        let start: Int
        let textCount: Int32
        /// -1 when the mention states no country.
        let countryCount: Int32
        let asPerson: Bool
    }

    /// A table that holds `capacity` mentions before it grows; `keepingMentions` keeps the
    /// mentions themselves in `mentions`.
    init(capacity: Int = 0, keepingMentions: Bool = true) {
        self.keepingMentions = keepingMentions
        buckets = PositionBuckets(capacity: capacity)
        if keepingMentions { mentions.reserveCapacity(capacity) }
        values.reserveCapacity(capacity)
        keys.reserveCapacity(capacity)
    }

    var count: Int { keys.count }

    /// The position of `mention`, or nil when it is not held.
    func index(of mention: Screener.Mention) -> Int? {
        let countryCount = Int32(mention.country?.utf8.count ?? -1)
        return Screener.Mention.withBytes(of: mention.text) { text in
            Screener.Mention.withBytes(of: mention.country ?? "") { country in
                keys.withUnsafeBufferPointer { keys in
                    bytes.withUnsafeBufferPointer { bytes in
                        buckets.position(of: mention.hashCode) { position in
                            let key = keys[position]
                            return key.hash == mention.hashCode && key.asPerson == mention.asPerson
                                && Int(key.textCount) == text.count && key.countryCount == countryCount
                                && Self.same(bytes, key.start, text)
                                && Self.same(bytes, key.start + text.count, country)
                        }
                    }
                }
            }
        }
    }

    /// The first bucket `hash` is probed at.
    @inline(__always)
    func bucket(of hash: Int) -> UInt64 {
        buckets.first(of: hash)
    }

    /// Reads the key and first byte of the entry in the first bucket `hash` is probed at,
    /// when that bucket's tag is the hash's, and returns them mixed (only so the reads stay).
    @inline(__always)
    func entryTouched(by hash: Int) -> UInt64 {
        guard let position = buckets.likelyPosition(of: hash) else { return 0 }
        let key = keys.withUnsafeBufferPointer { $0[position] }
        let first = key.textCount > 0 ? bytes.withUnsafeBufferPointer { $0[key.start] } : 0
        return UInt64(truncatingIfNeeded: key.hash) ^ UInt64(first)
    }

    /// Whether `bytes` from `start` on begin with `other`'s.
    @inline(__always)
    private static func same(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ other: UnsafeRawBufferPointer) -> Bool {
        other.isEmpty || memcmp(bytes.baseAddress! + start, other.baseAddress!, other.count) == 0
    }

    /// The value held for `mention`, or nil.
    func value(of mention: Screener.Mention) -> Value? {
        index(of: mention).map { values[$0] }
    }

    /// The position of `mention`, inserting it with `value()` first when it is not held.
    mutating func index(of mention: Screener.Mention, inserting value: () -> Value) -> (index: Int, inserted: Bool) {
        if let found = index(of: mention) { return (found, false) }
        return (append(mention, value()), true)
    }

    /// Inserts a mention that is not held (the caller has looked), returning its position.
    @discardableResult
    mutating func append(_ mention: Screener.Mention, _ value: Value) -> Int {
        let position = keys.count
        if keepingMentions { mentions.append(mention) }
        values.append(value)
        let start = bytes.count
        bytes.append(contentsOf: mention.text.utf8)
        let textCount = bytes.count - start
        if let country = mention.country { bytes.append(contentsOf: country.utf8) }
        keys.append(Key(hash: mention.hashCode, start: start, textCount: Int32(textCount),
                        countryCount: mention.country == nil ? -1 : Int32(bytes.count - start - textCount), asPerson: mention.asPerson))
        let keys = self.keys
        buckets.add(position: position, hash: mention.hashCode) { keys[$0].hash }
        return position
    }
}
