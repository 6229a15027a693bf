/// A stream of canonical records read from one file, whatever its format. Problems with
/// single lines or documents are reported through the handler given when the source was
/// opened, and those are skipped; `next()` throws only when the file cannot be read.
public protocol RecordSource {
    /// The next record, or nil at the end.
    mutating func next() throws -> Record?
}

/// Canonical JSON Lines records (FORMATS.md).
extension ValueLinesReader: RecordSource where Value == Record {}

/// Why a document could not become a record; the document is reported and skipped.
public struct RecordMappingError: Error, Sendable {
    /// What is missing or wrong, for a person.
    public var reason: String

    public init(_ reason: String) { self.reason = reason }
}

/// Records from JSON Lines of another shape (OpenAlex works), converted line by line.
public struct RecordLines<Value: JSONLineDecodable>: RecordSource {
    private let reader: ValueLinesReader<Value>
    private let convert: (Value) -> Record

    /// Reads `reader`'s values as records through `convert`.
    public init(_ reader: ValueLinesReader<Value>, convert: @escaping (Value) -> Record) {
        self.reader = reader
        self.convert = convert
    }

    public mutating func next() throws -> Record? { try reader.next().map(convert) }
}
