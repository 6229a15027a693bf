/// How one XML source format becomes records: which elements are its documents, and how a
/// parsed document maps to a record.
public struct XMLRecordFormat: Sendable {
    /// For messages: "PubMed/MEDLINE XML".
    public var name: String
    /// Element names that each hold one record (`PubmedArticle`, `us-patent-grant`, ...).
    public var documentNames: [String]
    /// Elements the mapping never reads (abstracts, references, a patent's description and
    /// claims): left out of the tree, for speed.
    public var skippedElements: Set<String> = []
    /// The record of a document; nil when it has nothing to screen (no parties).
    public var record: @Sendable (XMLElement) throws(RecordMappingError) -> Record?
}

/// Streams records from an XML file, one document at a time: a document that is not
/// well-formed or lacks what a record needs is reported with its line and byte offset
/// and skipped, and the rest of the file is still read.
public final class XMLRecords: RecordSource {
    /// The file name used in reports.
    public let file: String
    private let format: XMLRecordFormat
    private let splitter: XMLElementSplitter
    private let onProblem: (LineProblem) -> Void
    private var empty = 0
    private var firstEmptyLine = 0
    private var finished = false

    /// Reads `format` from `source`; `file` names it in reports.
    public init(_ source: ChunkReader, file: String, format: XMLRecordFormat,
                maximumDocumentLength: Int = XMLElementSplitter.defaultMaximumDocumentLength,
                onProblem: @escaping (LineProblem) -> Void) {
        self.file = file
        self.format = format
        self.splitter = XMLElementSplitter(source, names: format.documentNames, maximumDocumentLength: maximumDocumentLength)
        self.onProblem = onProblem
    }

    public func next() throws -> Record? {
        while let cut = try splitter.next() {
            switch cut {
            case .failure(let problem):
                report(problem.line, "\(format.name): \(problem.reason) (byte offset \(problem.offset))")
            case .success(let document):
                do {
                    let root = try XMLDocumentParser.parse(document.bytes, skipping: format.skippedElements)
                    if let record = try format.record(root) { return record }
                    if empty == 0 { firstEmptyLine = document.line }
                    empty += 1
                } catch let error as XMLSyntaxError {
                    report(document.line, "\(format.name): malformed <\(document.name)> starting at byte offset \(document.offset): \(error.reason) at byte \(document.offset + error.offset)")
                } catch let error as RecordMappingError {
                    report(document.line, "\(format.name): <\(document.name)> starting at byte offset \(document.offset): \(error.reason)")
                }
            }
        }
        if !finished {
            finished = true
            if empty > 0 {
                onProblem(LineProblem(file: file, line: firstEmptyLine,
                                      reason: "\(empty) document(s) without any author, inventor or organisation (the first starts here): nothing to screen",
                                      lineSkipped: false, unit: "document"))
            }
        }
        return nil
    }

    private func report(_ line: Int, _ reason: String) {
        onProblem(LineProblem(file: file, line: line, reason: reason, lineSkipped: true, unit: "document"))
    }
}
