/// Which of N shards a record belongs to, by a stable hash of its id: N processes (a Slurm
/// array job, a Kubernetes indexed Job) each screening shard K of N together screen every
/// record exactly once, whatever machine each runs on.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// 1-based shard number, 1...count.
    public let index: Int
    public let count: Int

    public init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// Parses `K/N` (1 ≤ K ≤ N).
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]) else { return nil }
        self.init(index: k, count: n)
    }

    /// True when the record with this id is this shard's.
    public func contains(recordID: String) -> Bool {
        Int(TextHash.of(recordID) % UInt64(count)) == index - 1
    }

    public var description: String { "\(index)/\(count)" }
}
