/// A source of bytes read in chunks: a file, standard input, a gzip stream, a zip member.
/// Readers stream, so memory stays flat however large the input.
public protocol ChunkReader: AnyObject {
    /// Reads up to `maximum` bytes; an empty result means the end of the input.
    func read(maximum: Int) throws -> [UInt8]
}
