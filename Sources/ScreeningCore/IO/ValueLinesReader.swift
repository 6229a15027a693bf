/// A canonical type (FORMATS.md) read one JSON Lines line at a time.
public protocol JSONLineDecodable {
    /// Decodes one line, or throws why it cannot be used (the line is then skipped);
    /// `warn` reports a problem with a line that is still used.
    static func decode(jsonLine: ArraySlice<UInt8>, warn: (String) -> Void) throws(JSONLineError) -> Self
}

/// Streams values of a canonical type from a JSON Lines file.
///
/// A line that cannot be used (malformed JSON, a required field missing, over-long) is
/// reported as a `LineProblem` with its file and line, and skipped; the stream goes on.
public final class ValueLinesReader<Value: JSONLineDecodable> {
    /// The file name used in problem reports.
    public let file: String
    /// Problems seen so far, when no `onProblem` handler was given.
    public private(set) var problems: [LineProblem] = []

    private let lines: JSONLinesReader
    private let onProblem: ((LineProblem) -> Void)?

    /// Reads from `source`; `file` names it in reports. Problems go to `onProblem`, or are
    /// collected in `problems` when it is nil.
    public init(_ source: ChunkReader, file: String,
                maximumLineLength: Int = JSONLinesReader.defaultMaximumLineLength,
                onProblem: ((LineProblem) -> Void)? = nil) {
        self.file = file
        self.lines = JSONLinesReader(source, maximumLineLength: maximumLineLength)
        self.onProblem = onProblem
    }

    /// The next value, or nil at the end. Throws only when the source cannot be read.
    public func next() throws -> Value? {
        while let element = try lines.next() {
            switch element {
            case .tooLong(let number, let length):
                report(number, "line of \(length) bytes is longer than the limit of \(lines.maximumLineLength)")
            case .line(let number, let bytes):
                do throws(JSONLineError) {
                    return try Value.decode(jsonLine: bytes) { report(number, $0, skipped: false) }
                } catch {
                    report(number, error.reason)
                }
            }
        }
        return nil
    }

    /// All remaining values (lists are small enough to hold).
    public func readAll() throws -> [Value] {
        var result: [Value] = []
        while let value = try next() { result.append(value) }
        return result
    }

    private func report(_ line: Int, _ reason: String, skipped: Bool = true) {
        let problem = LineProblem(file: file, line: line, reason: reason, lineSkipped: skipped)
        if let onProblem { onProblem(problem) } else { problems.append(problem) }
    }
}
