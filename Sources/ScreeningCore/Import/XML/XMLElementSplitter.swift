import Foundation

/// Cuts a stream of XML into the documents an importer reads one at a time: every
/// element whose name is one of `names` (a `<PubmedArticle>`, a `<us-patent-grant>`),
/// wherever it starts, with a bounded buffer so memory stays flat however large the file.
///
/// It finds start and end tags by their bytes, without parsing: a document's end is the
/// first `</name>` after its start. When another `<name` starts before that end, the first
/// document was cut short; it is reported and the scan resumes at the new start, so one
/// broken document costs only itself. USPTO bulk files (many `<?xml` documents one after
/// another) need nothing special: each root element is a document.
public final class XMLElementSplitter {
    /// One document cut from the stream.
    public struct Document {
        /// The element's name.
        public var name: String
        /// Its bytes, from `<name` to `</name>` inclusive.
        public var bytes: [UInt8]
        /// 1-based line of the file where it starts.
        public var line: Int
        /// 0-based byte offset in the (decompressed) file where it starts.
        public var offset: Int
    }

    /// A document that was reported and skipped, with where it started.
    public struct Problem: Error {
        public var line: Int
        public var offset: Int
        public var reason: String
    }

    /// Documents longer than this are skipped (reported): 256 MiB is far above any real one.
    public static let defaultMaximumDocumentLength = 256 << 20

    private let source: ChunkReader
    private let names: [[UInt8]]
    private let maximumDocumentLength: Int
    private let chunkSize: Int
    private var buffer: [UInt8] = []
    private var position = 0         // next byte to look at
    private var bufferOffset = 0     // file offset of buffer[0]
    private var line = 1             // line at `countedUpTo`
    private var countedUpTo = 0      // buffer index up to which newlines are counted
    private var atEnd = false

    /// Reads from `source` the elements called one of `names`.
    public init(_ source: ChunkReader, names: [String], maximumDocumentLength: Int = XMLElementSplitter.defaultMaximumDocumentLength,
                chunkSize: Int = 1 << 18) {
        self.source = source
        self.names = names.map { Array($0.utf8) }
        self.maximumDocumentLength = maximumDocumentLength
        self.chunkSize = chunkSize
    }

    /// The next document, or a problem for one that was skipped (`.failure`), or nil at the
    /// end. Throws only what the source throws.
    public func next() throws -> Result<Document, Problem>? {
        guard let (start, name) = try findStart(from: position) else { return nil }
        let startLine = lineAt(start)
        let startOffset = bufferOffset + start
        let close = Array("</".utf8) + name + [UInt8(ascii: ">")]
        var scan = start + 1 + name.count
        while true {
            // Look at each '<' after the start: the end tag, or a new start of the same element.
            if let lt = indexOfByte(UInt8(ascii: "<"), from: scan) {
                guard try ensure(lt + close.count) else { break }
                if matches(close, at: lt) {
                    let end = lt + close.count
                    let bytes = Array(buffer[start..<end])
                    position = end
                    return .success(Document(name: String(decoding: name, as: UTF8.self), bytes: bytes, line: startLine, offset: startOffset))
                }
                if isStart(of: name, at: lt) {
                    position = lt
                    return .failure(Problem(line: startLine, offset: startOffset,
                                            reason: "<\(String(decoding: name, as: UTF8.self))> has no end tag before the next one starts (document cut short)"))
                }
                scan = lt + 1
                continue
            }
            scan = buffer.count
            if buffer.count - start > maximumDocumentLength {
                return .failure(try skipOverlong(name: name, close: close, line: startLine, offset: startOffset))
            }
            guard try ensure(buffer.count + 1) else { break }
        }
        position = buffer.count
        return .failure(Problem(line: startLine, offset: startOffset,
                                reason: "the file ends inside <\(String(decoding: name, as: UTF8.self))> (truncated)"))
    }

    /// Drops an over-long document as it streams past, up to its end tag.
    private func skipOverlong(name: [UInt8], close: [UInt8], line: Int, offset: Int) throws -> Problem {
        let problem = Problem(line: line, offset: offset,
                              reason: "<\(String(decoding: name, as: UTF8.self))> is longer than \(maximumDocumentLength) bytes")
        var scan = buffer.count - close.count
        while true {
            if let lt = indexOfByte(UInt8(ascii: "<"), from: max(position, scan)) {
                guard try ensure(lt + close.count) else { position = buffer.count; return problem }
                if matches(close, at: lt) { position = lt + close.count; return problem }
                scan = lt + 1
                continue
            }
            // Keep only a tail that may hold the start of the end tag.
            let keep = max(position, buffer.count - close.count)
            discard(upTo: keep)
            scan = position
            guard try ensure(buffer.count + 1) else { position = buffer.count; return problem }
        }
    }

    /// The next start tag of one of the names at or after `from`; drops what lies before it.
    private func findStart(from: Int) throws -> (Int, [UInt8])? {
        var scan = from
        while true {
            if let lt = indexOfByte(UInt8(ascii: "<"), from: scan) {
                let longest = names.map(\.count).max() ?? 0
                _ = try ensure(lt + longest + 2)
                for name in names where isStart(of: name, at: lt) {
                    discard(upTo: lt)
                    return (position, name)
                }
                scan = lt + 1
                continue
            }
            discard(upTo: buffer.count)
            scan = position
            guard try ensure(buffer.count + 1) else { return nil }
        }
    }

    private func isStart(of name: [UInt8], at lt: Int) -> Bool {
        guard lt + 1 + name.count < buffer.count, matches(name, at: lt + 1) else { return false }
        let after = buffer[lt + 1 + name.count]
        return after == UInt8(ascii: ">") || after == 0x20 || after == 0x09 || after == 0x0A || after == 0x0D
    }

    private func matches(_ pattern: [UInt8], at k: Int) -> Bool {
        guard k + pattern.count <= buffer.count else { return false }
        for j in 0..<pattern.count where buffer[k + j] != pattern[j] { return false }
        return true
    }

    private func indexOfByte(_ byte: UInt8, from: Int) -> Int? {
        guard from < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { b -> Int? in
            let base = b.baseAddress! + from
            guard let hit = memchr(base, Int32(byte), b.count - from) else { return nil }
            return from + (UnsafeRawPointer(hit) - UnsafeRawPointer(base))
        }
    }

    /// Reads until the buffer holds at least `count` bytes; false when the input ends first.
    private func ensure(_ count: Int) throws -> Bool {
        while buffer.count < count {
            if atEnd { return false }
            let chunk = try source.read(maximum: chunkSize)
            if chunk.isEmpty { atEnd = true; return false }
            buffer.append(contentsOf: chunk)
        }
        return true
    }

    /// Moves `position` to `index`, counting the lines before it; the bytes before it are
    /// dropped once they are half the buffer (not every time: that would copy the rest).
    private func discard(upTo index: Int) {
        _ = lineAt(index)
        position = index
        guard index * 2 >= buffer.count || index >= 1 << 20 else { return }
        buffer.removeSubrange(0..<index)
        bufferOffset += index
        countedUpTo -= index
        position = 0
    }

    private func lineAt(_ index: Int) -> Int {
        if index > countedUpTo {
            buffer.withUnsafeBufferPointer { b in
                var newlines = 0
                for k in countedUpTo..<index where b[k] == 0x0A { newlines += 1 }
                line += newlines
            }
            countedUpTo = index
        }
        return line
    }
}
