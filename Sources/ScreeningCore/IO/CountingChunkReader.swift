/// Bytes read so far from the inputs of a run, for progress and its time estimate.
public final class ByteCounter: @unchecked Sendable {
    // Read and written on the reading thread only; progress reads it between batches.
    public private(set) var bytes = 0
    public init() {}
    func add(_ count: Int) { bytes += count }
}

/// Counts the bytes another reader yields (the file's bytes, before decompression).
final class CountingChunkReader: ChunkReader {
    private let source: ChunkReader
    private let counter: ByteCounter

    init(_ source: ChunkReader, counter: ByteCounter) {
        self.source = source
        self.counter = counter
    }

    func read(maximum: Int) throws -> [UInt8] {
        let chunk = try source.read(maximum: maximum)
        counter.add(chunk.count)
        return chunk
    }
}

/// Ends the stream where the source fails (a truncated or corrupt gzip stream) instead of
/// throwing, and keeps the error: the lines read before it are still screened, and the
/// caller reports the error after them.
public final class SalvagingChunkReader: ChunkReader {
    private let source: ChunkReader
    /// Why the source stopped early, if it did.
    public private(set) var error: InputError?

    public init(_ source: ChunkReader) { self.source = source }

    public func read(maximum: Int) throws -> [UInt8] {
        if error != nil { return [] }
        do {
            return try source.read(maximum: maximum)
        } catch let failure as InputError {
            error = failure
            return []
        }
    }
}
