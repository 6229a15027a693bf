import Foundation

/// Why an input could not be read: the file (or member) and the reason, for the user.
public struct InputError: Error, CustomStringConvertible, LocalizedError, Sendable {
    /// The file as named by the user; an archive member as `archive!member`.
    public var file: String
    /// What went wrong, e.g. "truncated gzip stream ... at byte offset 1234".
    public var reason: String

    /// Creates an error for `file`.
    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }

    /// "file: reason".
    public var description: String { "\(file): \(reason)" }

    /// The same text, so `localizedDescription` says something useful.
    public var errorDescription: String? { description }
}

/// Opens the inputs named on the command line.
public enum InputFile {
    /// Opens `path` ("-" for standard input) and decompresses it when it is gzip, which is
    /// recognised from its first bytes (1F 8B) rather than its name.
    /// `counter`, when given, counts the file's bytes as read (compressed ones for gzip).
    /// - Throws: `InputError` when the file cannot be opened or read.
    public static func open(_ path: String, counter: ByteCounter? = nil) throws -> ChunkReader {
        let plain = try FileChunkReader(path: path)
        let file: ChunkReader = counter.map { CountingChunkReader(plain, counter: $0) } ?? plain
        let name = path == "-" ? "standard input" : path
        // A pipe may deliver a single byte at first, so read until two are known.
        var head: [UInt8] = []
        while head.count < 2 {
            let chunk = try file.read(maximum: 1 << 16)
            if chunk.isEmpty { break }
            head += chunk
        }
        let replay = ReplayingChunkReader(head: head, rest: file)
        if head.count >= 2 && head[0] == 0x1F && head[1] == 0x8B {
            return try GzipChunkReader(replay, name: name)
        }
        return replay
    }
}

/// Returns bytes already read (to sniff the format) before the rest of the source.
final class ReplayingChunkReader: ChunkReader {
    private let head: [UInt8]
    private var position = 0
    private let rest: ChunkReader

    init(head: [UInt8], rest: ChunkReader) {
        self.head = head
        self.rest = rest
    }

    func read(maximum: Int) throws -> [UInt8] {
        if position == head.count { return try rest.read(maximum: maximum) }
        if maximum <= 0 { return [] }
        let end = min(head.count, position + maximum)
        defer { position = end }
        return Array(head[position..<end])
    }
}
