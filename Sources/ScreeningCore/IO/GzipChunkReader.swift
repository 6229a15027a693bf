import CZlib
import Foundation

/// Decompresses a gzip stream read from another `ChunkReader`, member after member, as
/// `gzip -d` does for concatenated files.
public final class GzipChunkReader: ChunkReader {
    /// The compressed input's name, used in error messages.
    public let name: String
    private let source: ChunkReader
    private let inflater: OpaquePointer
    private var input: [UInt8] = []
    private var position = 0
    /// Compressed bytes consumed so far: the offset reported with an error.
    private var offset = 0
    private var sourceEnded = false
    private var betweenMembers = false
    private var finished = false
    /// An error met after some bytes of the current read were inflated: those bytes are
    /// returned first and the error thrown by the next read, so a truncated stream yields
    /// everything before the cut.
    private var pendingError: InputError?

    /// Wraps `source`, whose bytes are a gzip stream; `name` is used in errors.
    public init(_ source: ChunkReader, name: String) throws {
        guard let inflater = czlib_inflater_open(Int32(CZLIB_FORMAT_GZIP)) else {
            throw InputError(file: name, reason: "cannot start the gzip decoder")
        }
        self.source = source
        self.name = name
        self.inflater = inflater
    }

    deinit { czlib_inflater_close(inflater) }

    /// Reads up to `maximum` decompressed bytes; empty at the end of the last member.
    /// - Throws: `InputError` with the compressed byte offset when the stream is truncated
    ///   or corrupt.
    public func read(maximum: Int) throws -> [UInt8] {
        if let pendingError { throw pendingError }
        if finished || maximum <= 0 { return [] }
        var output = [UInt8](repeating: 0, count: maximum)
        var produced = 0
        do {
            try inflate(into: &output, produced: &produced)
        } catch let error as InputError where produced > 0 {
            pendingError = error
        }
        if produced < maximum { output.removeLast(maximum - produced) }
        return output
    }

    /// Fills `output` from `produced` on, until it is full or the stream ends.
    private func inflate(into output: inout [UInt8], produced: inout Int) throws {
        let maximum = output.count
        while produced < maximum {
            if position == input.count && !sourceEnded { try refill() }
            let available = input.count - position
            if betweenMembers {
                // Another member follows, or only the zero padding some tools append.
                if available == 0 {
                    finished = true
                    break
                }
                if input[position] == 0 {
                    skipZeros()
                    continue
                }
                guard input[position] == 0x1F else {
                    throw InputError(file: name, reason: "not gzip data after the end of a member, at byte offset \(offset)")
                }
                guard czlib_inflater_reset(inflater) == Int32(CZLIB_OK) else {
                    throw InputError(file: name, reason: "cannot restart the gzip decoder at byte offset \(offset)")
                }
                betweenMembers = false
            }
            var consumed = 0, made = 0
            let rc = input.withUnsafeBufferPointer { inBuffer in
                output.withUnsafeMutableBufferPointer { outBuffer in
                    czlib_inflate(inflater, inBuffer.baseAddress.map { $0 + position }, available, &consumed,
                                  outBuffer.baseAddress! + produced, maximum - produced, &made)
                }
            }
            position += consumed
            offset += consumed
            produced += made
            switch rc {
            case Int32(CZLIB_OK):
                continue
            case Int32(CZLIB_STREAM_END):
                betweenMembers = true
            case Int32(CZLIB_NEED_INPUT):
                if sourceEnded && position == input.count {
                    let what = offset == 0 ? "empty, not a gzip stream" : "truncated gzip stream: the data ends inside a member"
                    throw InputError(file: name, reason: "\(what), at byte offset \(offset)")
                }
                // With input and output room zlib always progresses; anything else would loop.
                if consumed == 0 && made == 0 && position < input.count {
                    throw InputError(file: name, reason: "corrupt gzip data at byte offset \(offset)")
                }
            default:
                let detail = czlib_inflater_message(inflater).map { String(cString: $0) } ?? "invalid data"
                throw InputError(file: name, reason: "corrupt gzip data at byte offset \(offset): \(detail)")
            }
        }
    }

    /// Replaces the consumed input with the next chunk of the source.
    private func refill() throws {
        input = try source.read(maximum: 1 << 16)
        position = 0
        if input.isEmpty { sourceEnded = true }
    }

    /// Skips zero bytes between or after members (tar and tape padding).
    private func skipZeros() {
        while position < input.count && input[position] == 0 {
            position += 1
            offset += 1
        }
    }
}
