import ScreeningCore

/// Bytes in memory served in chunks of a chosen size, so tests can put line ends and
/// multi-byte characters across chunk boundaries.
final class ModelTestChunkReader: ChunkReader {
    private let bytes: [UInt8]
    private let chunkSize: Int
    private var position = 0

    init(_ bytes: [UInt8], chunkSize: Int = 1 << 16) {
        self.bytes = bytes
        self.chunkSize = chunkSize
    }

    convenience init(_ text: String, chunkSize: Int = 1 << 16) {
        self.init(Array(text.utf8), chunkSize: chunkSize)
    }

    func read(maximum: Int) throws -> [UInt8] {
        let count = min(maximum, chunkSize, bytes.count - position)
        defer { position += count }
        return Array(bytes[position..<(position + count)])
    }
}
