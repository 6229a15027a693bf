/// A line of an input file that was reported rather than used: malformed JSON, a required
/// field missing, a line over the length limit.
public struct LineProblem: Sendable, Hashable, Error, CustomStringConvertible {
    /// The file as the user named it (`-` for standard input).
    public var file: String
    /// 1-based line number.
    public var line: Int
    /// What is wrong, for a person.
    public var reason: String
    /// False when the line was still used (a record with one empty party among others).
    public var lineSkipped: Bool
    /// What was skipped, for the message: `line`, or `document` for an XML document.
    public var unit: String

    /// Creates a report.
    public init(file: String, line: Int, reason: String, lineSkipped: Bool = true, unit: String = "line") {
        self.file = file
        self.line = line
        self.reason = reason
        self.lineSkipped = lineSkipped
        self.unit = unit
    }

    /// `file:line: reason`, as compilers print it, so editors can jump to the line.
    public var description: String {
        "\(file):\(line): \(reason)" + (lineSkipped ? "; \(unit) skipped" : "")
    }
}

/// Why one JSON line could not be parsed into a value.
public struct JSONLineError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, for a person.
    public var reason: String

    /// Creates an error.
    public init(_ reason: String) { self.reason = reason }

    /// The reason.
    public var description: String { reason }
}
