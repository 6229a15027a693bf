/// An input whose first bytes (after gzip) have been read to recognise its format, and
/// are replayed before the rest.
final class SniffedInput: ChunkReader {
    /// The first bytes of the (decompressed) input: up to the sniffing length.
    let head: [UInt8]
    private let replay: ReplayingChunkReader

    /// Opens `path` through `InputFile.open` and reads up to `length` bytes.
    convenience init(path: String, length: Int = 64 << 10) throws {
        try self.init(try InputFile.open(path), length: length)
    }

    /// Reads up to `length` bytes of `source`.
    init(_ source: ChunkReader, length: Int = 64 << 10) throws {
        var head: [UInt8] = []
        while head.count < length {
            let chunk = try source.read(maximum: length - head.count)
            if chunk.isEmpty { break }
            head += chunk
        }
        self.head = head
        replay = ReplayingChunkReader(head: head, rest: source)
    }

    func read(maximum: Int) throws -> [UInt8] {
        try replay.read(maximum: maximum)
    }

    /// The head as text (invalid UTF-8 replaced), for looking for markers.
    var headText: String { String(decoding: head, as: UTF8.self) }

    /// The first byte that is not white space or a byte-order mark.
    var firstSignificantByte: UInt8? {
        var k = head.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while k < head.count && JSONScanner.isWhitespace(head[k]) { k += 1 }
        return k < head.count ? head[k] : nil
    }
}
