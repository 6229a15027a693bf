import Foundation

/// Splits a byte stream into JSON Lines lines with a bounded buffer, so memory stays flat
/// however large the file: at most `maximumLineLength` plus one chunk is held.
///
/// Numbers lines from 1, strips CRLF line ends and a UTF-8 byte-order mark, and skips blank
/// lines (they still count). A line longer than `maximumLineLength` is dropped as it streams
/// past and reported as `.tooLong`; the next line is read normally.
public final class JSONLinesReader {
    /// What `next()` yields.
    public enum Element {
        /// A non-blank line without its line end. The slice shares the reader's buffer:
        /// use it before the next call to `next()` (keeping it would force a copy).
        case line(number: Int, bytes: ArraySlice<UInt8>)
        /// A line longer than the limit, skipped; `length` is its length in bytes.
        case tooLong(number: Int, length: Int)
    }

    /// 16 MiB: far beyond any real record, small enough to keep memory bounded.
    public static let defaultMaximumLineLength = 16 << 20

    /// The longest line accepted, in bytes without the line end.
    public let maximumLineLength: Int

    private let source: ChunkReader
    private let chunkSize: Int
    private var buffer: [UInt8] = []
    private var start = 0          // first byte of the pending line
    private var scanned = 0        // bytes before this index hold no line end past `start`
    private var lineNumber = 0
    private var atEnd = false
    private var discarded = 0      // bytes of an over-long line already dropped

    /// Reads lines from `source`, asking it for `chunkSize` bytes at a time.
    public init(_ source: ChunkReader, maximumLineLength: Int = JSONLinesReader.defaultMaximumLineLength,
                chunkSize: Int = 1 << 16) {
        self.source = source
        self.maximumLineLength = max(1, maximumLineLength)
        self.chunkSize = max(1, chunkSize)
    }

    /// The next non-blank line or over-long line, or nil at the end of the input. Throws
    /// only what the source throws.
    public func next() throws -> Element? {
        while true {
            if let newline = findNewline() {
                let lineStart = start
                start = newline + 1
                scanned = start
                if let element = finishLine(lineStart..<newline) { return element }
                continue
            }
            scanned = buffer.count
            if atEnd {
                guard start < buffer.count || discarded > 0 else { return nil }
                let lineStart = start
                start = buffer.count
                scanned = start
                if let element = finishLine(lineStart..<buffer.count) { return element }
                return nil
            }
            try refill()
        }
    }

    /// Makes room and reads the next chunk; drops the pending line once it is over-long.
    private func refill() throws {
        let pending = buffer.count - start
        if pending > maximumLineLength {
            discarded += pending
            buffer.removeAll(keepingCapacity: true)
            start = 0
            scanned = 0
        } else if start > 0 {
            buffer.removeSubrange(0..<start)
            scanned -= start
            start = 0
        }
        let chunk = try source.read(maximum: chunkSize)
        if chunk.isEmpty { atEnd = true } else { buffer.append(contentsOf: chunk) }
    }

    private func findNewline() -> Int? {
        guard scanned < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { bytes -> Int? in
            let base = bytes.baseAddress! + scanned
            guard let hit = memchr(base, 0x0A, bytes.count - scanned) else { return nil }
            return scanned + (UnsafeRawPointer(hit) - UnsafeRawPointer(base))
        }
    }

    /// The element for the line in `range` (its `\n` excluded), or nil when it is blank.
    private func finishLine(_ range: Range<Int>) -> Element? {
        lineNumber += 1
        var lower = range.lowerBound, upper = range.upperBound
        if discarded > 0 {
            let length = discarded + (upper - lower)
            discarded = 0
            return .tooLong(number: lineNumber, length: length)
        }
        if upper > lower && buffer[upper - 1] == 0x0D { upper -= 1 }
        if lineNumber == 1 && upper - lower >= 3 && buffer[lower] == 0xEF && buffer[lower + 1] == 0xBB
            && buffer[lower + 2] == 0xBF {
            lower += 3
        }
        if upper - lower > maximumLineLength { return .tooLong(number: lineNumber, length: upper - lower) }
        var blank = true
        for i in lower..<upper where !JSONScanner.isWhitespace(buffer[i]) { blank = false; break }
        if blank { return nil }
        return .line(number: lineNumber, bytes: buffer[lower..<upper])
    }
}
