/// Streams the rows of a CSV file (RFC 4180) from a chunk reader, with a bounded buffer.
///
/// Quoted fields may hold separators, doubled quotes and line breaks; rows end with CRLF,
/// LF or a lone CR; a UTF-8 byte-order mark at the start is dropped; blank lines are
/// skipped. Where a file strays from the RFC the reading stays lenient, as spreadsheets are:
/// a quote inside an unquoted field is kept as text, text after a closing quote is appended
/// (reported), and a quoted field still open at the end of the file ends the row (reported).
public final class CSVRows {
    /// One row: its fields, and the line on which it starts.
    public struct Row: Sendable, Hashable {
        /// 1-based number of the physical line where the row starts.
        public let line: Int
        /// The fields, unquoted.
        public let fields: [String]
    }

    /// The file name used in problem reports.
    public let file: String
    /// Departures from the RFC seen so far; each row was still returned.
    public private(set) var problems: [LineProblem] = []

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }

    private let source: ChunkReader
    private let separator: UInt8
    private let chunkSize: Int
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private var started = false
    private var line = 1
    private var skipLineFeed = false    // a CR just ended a row; an LF right after belongs to it

    /// Reads from `source`; `file` names it in reports; `separator` is the field separator.
    public init(_ source: ChunkReader, file: String, separator: UInt8 = UInt8(ascii: ","), chunkSize: Int = 1 << 16) {
        self.source = source
        self.file = file
        self.separator = separator
        self.chunkSize = max(4, chunkSize)
    }

    /// The next row, or nil at the end. Throws only what the source throws.
    public func next() throws -> Row? {
        var fields: [String] = []
        var field: [UInt8] = []
        var state = State.fieldStart
        var rowLine = line
        var empty = true    // nothing but a line end seen: a blank line
        while true {
            guard let b = try nextByte() else {
                if state == .quoted {
                    problems.append(LineProblem(file: file, line: rowLine,
                                                reason: "a quoted field is still open at the end of the file", lineSkipped: false))
                }
                if empty && state == .fieldStart && fields.isEmpty { return nil }
                fields.append(String(decoding: field, as: UTF8.self))
                return Row(line: rowLine, fields: fields)
            }
            if skipLineFeed {
                skipLineFeed = false
                if b == 0x0A { continue }
            }
            let isLineEnd = b == 0x0A || b == 0x0D
            switch state {
            case .quoted:
                if b == UInt8(ascii: "\"") { state = .quoteInQuoted; continue }
                if b == 0x0A { line += 1 }
                field.append(b)
                continue
            case .quoteInQuoted:
                if b == UInt8(ascii: "\"") { field.append(b); state = .quoted; continue }
                if b != separator && !isLineEnd {
                    problems.append(LineProblem(file: file, line: line,
                                                reason: "text after the closing quote of a field, kept", lineSkipped: false))
                    field.append(b)
                    state = .unquoted
                    continue
                }
            case .fieldStart:
                if b == UInt8(ascii: "\"") { state = .quoted; empty = false; continue }
            case .unquoted:
                break
            }
            if b == separator {
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                state = .fieldStart
                empty = false
            } else if isLineEnd {
                line += 1
                skipLineFeed = b == 0x0D
                if empty && fields.isEmpty && field.isEmpty {
                    rowLine = line
                    continue
                }
                fields.append(String(decoding: field, as: UTF8.self))
                return Row(line: rowLine, fields: fields)
            } else {
                field.append(b)
                state = .unquoted
                empty = false
            }
        }
    }

    /// All remaining rows.
    public func readAll() throws -> [Row] {
        var rows: [Row] = []
        while let row = try next() { rows.append(row) }
        return rows
    }

    private func nextByte() throws -> UInt8? {
        if position == buffer.count {
            if atEnd { return nil }
            buffer = try source.read(maximum: chunkSize)
            position = 0
            if buffer.isEmpty { atEnd = true; return nil }
            if !started {
                started = true
                // The BOM may straddle a small first chunk.
                while buffer.count < 3 {
                    let more = try source.read(maximum: chunkSize)
                    if more.isEmpty { break }
                    buffer += more
                }
                if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
                if position == buffer.count { return try nextByte() }
            }
        }
        defer { position += 1 }
        return buffer[position]
    }
}
