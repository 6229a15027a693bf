import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The cells of one worksheet of an .xlsx workbook, as text: shared and inline strings as
/// written, numbers as stored (e.g. `12`, `0.5`). Only values are read, not formats.
public struct XLSXSheet: Sendable {
    /// One row of the sheet.
    public struct Row: Sendable {
        /// The row's 1-based number in the sheet (rows with no cells are absent).
        public let number: Int
        /// The cells by column (A = 0); empty cells are "" so columns keep their positions.
        public let cells: [String]

        /// The cell in column `index` (A = 0), or "" beyond the last cell.
        public subscript(index: Int) -> String { index < cells.count ? cells[index] : "" }
    }

    /// The rows that have cells, in sheet order.
    public let rows: [Row]

    /// Reads the first worksheet of the workbook at `url`.
    /// - Throws: `InputError` when the file is not a readable xlsx.
    public static func firstSheet(of url: URL) throws -> XLSXSheet {
        try firstSheet(of: ZipArchive(url: url))
    }

    /// Reads the first worksheet (in the workbook's tab order) of an opened workbook.
    public static func firstSheet(of archive: ZipArchive) throws -> XLSXSheet {
        let strings = try archive.member(named: "xl/sharedStrings.xml").map {
            try XLSXSharedStrings.parse(archive.contents(of: $0), file: "\(archive.name)!\($0.name)")
        } ?? []
        let path = try firstSheetPath(archive)
        guard let member = archive.member(named: path) else {
            throw InputError(file: archive.name, reason: "not an xlsx workbook: no worksheet \(path)")
        }
        let rows = try XLSXSheetParser.parse(archive.contents(of: member), sharedStrings: strings,
                                             file: "\(archive.name)!\(path)")
        return XLSXSheet(rows: rows)
    }

    /// The archive path of the first sheet: xl/workbook.xml names it, its relationships
    /// locate it; `xl/worksheets/sheet1.xml` when either is missing.
    private static func firstSheetPath(_ archive: ZipArchive) throws -> String {
        let fallback = "xl/worksheets/sheet1.xml"
        guard let workbook = archive.member(named: "xl/workbook.xml"),
              let rels = archive.member(named: "xl/_rels/workbook.xml.rels") else { return fallback }
        let sheetIDs = try XMLAttributes.collect(archive.contents(of: workbook), element: "sheet",
                                                  file: "\(archive.name)!\(workbook.name)")
        guard let first = sheetIDs.first,
              let relationID = first.first(where: { $0.key == "r:id" || $0.key.hasSuffix(":id") })?.value else { return fallback }
        let relations = try XMLAttributes.collect(archive.contents(of: rels), element: "Relationship",
                                                  file: "\(archive.name)!\(rels.name)")
        guard let target = relations.first(where: { $0["Id"] == relationID })?["Target"] else { return fallback }
        // Targets are relative to xl/, or absolute within the package.
        return target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }
}

/// Parses XML bytes with entity resolution off (no external fetches, no entity bombs).
enum XMLRun {
    /// Runs `delegate` over `bytes`; `file` names the document in errors.
    static func parse(_ bytes: [UInt8], delegate: XMLParserDelegate, file: String) throws {
        // The parts of an xlsx never declare a document type. One that does may declare
        // entities that expand a thousand-fold at each level ("billion laughs"): refused
        // before the parser sees it, whatever the XML library's own limits.
        if contains(bytes, "<!DOCTYPE") || contains(bytes, "<!ENTITY") {
            throw InputError(file: file, reason: "the XML declares a document type or entities, which xlsx parts never do; refused (entity expansion is off)")
        }
        let parser = XMLParser(data: Data(bytes))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = true
        parser.delegate = delegate
        if !parser.parse() {
            let detail = parser.parserError.map { "\($0.localizedDescription)" } ?? "unknown error"
            throw InputError(file: file, reason: "malformed XML near line \(parser.lineNumber): \(detail)")
        }
    }

    private static func contains(_ bytes: [UInt8], _ needle: StaticString) -> Bool {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard let first = pattern.first, bytes.count >= pattern.count else { return false }
        var i = 0
        while i <= bytes.count - pattern.count {
            if bytes[i] == first && bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return true }
            i += 1
        }
        return false
    }
}

/// The attributes of every element with a given local name.
final class XMLAttributes: NSObject, XMLParserDelegate {
    private let element: String
    private var found: [[String: String]] = []

    private init(element: String) { self.element = element }

    /// The attribute dictionaries of each `element` in document order.
    static func collect(_ bytes: [UInt8], element: String, file: String) throws -> [[String: String]] {
        let collector = XMLAttributes(element: element)
        try XMLRun.parse(bytes, delegate: collector, file: file)
        return collector.found
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String]) {
        if elementName == element { found.append(attributes) }
    }
}

/// xl/sharedStrings.xml: each `<si>` is a plain `<t>` or rich-text runs `<r><t>`; the
/// phonetic guides (`<rPh>`, furigana of Japanese text) are not part of the value.
final class XLSXSharedStrings: NSObject, XMLParserDelegate {
    private var strings: [String] = []
    private var current = ""
    private var inItem = false, inText = false, phoneticDepth = 0

    /// The strings in index order.
    static func parse(_ bytes: [UInt8], file: String) throws -> [String] {
        let parser = XLSXSharedStrings()
        try XMLRun.parse(bytes, delegate: parser, file: file)
        return parser.strings
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String]) {
        switch elementName {
        case "si": inItem = true; current = ""
        case "rPh": phoneticDepth += 1
        case "t": inText = inItem && phoneticDepth == 0
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch elementName {
        case "si": strings.append(current); inItem = false
        case "rPh": phoneticDepth -= 1
        case "t": inText = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }
}

/// A worksheet's `<sheetData>`: rows of `<c r="B7" t="s"><v>12</v></c>` cells.
final class XLSXSheetParser: NSObject, XMLParserDelegate {
    /// Excel's last column is XFD; a larger reference is corrupt and would waste memory.
    private static let maximumColumns = 16_384
    private let sharedStrings: [String]
    private var rows: [XLSXSheet.Row] = []
    private var rowNumber = 0
    private var cells: [String] = []
    private var column = -1, cellType = "", value = "", inlineText = ""
    private var inValue = false, inInlineText = false, phoneticDepth = 0
    private var failure: String?

    private init(sharedStrings: [String]) { self.sharedStrings = sharedStrings }

    /// The rows with cells, in order.
    static func parse(_ bytes: [UInt8], sharedStrings: [String], file: String) throws -> [XLSXSheet.Row] {
        let parser = XLSXSheetParser(sharedStrings: sharedStrings)
        do {
            try XMLRun.parse(bytes, delegate: parser, file: file)
        } catch {
            // An aborted parse reports a generic XML error; the cause found is clearer.
            if let failure = parser.failure { throw InputError(file: file, reason: failure) }
            throw error
        }
        return parser.rows
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String]) {
        switch elementName {
        case "row":
            rowNumber = attributes["r"].flatMap { Int($0) } ?? rowNumber + 1
            cells = []
            column = -1
        case "c":
            // Cells without a reference follow the previous one.
            column = attributes["r"].flatMap(Self.columnIndex) ?? column + 1
            cellType = attributes["t"] ?? "n"
            value = ""
            inlineText = ""
        case "v": inValue = true
        case "rPh": phoneticDepth += 1
        case "t": inInlineText = phoneticDepth == 0
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch elementName {
        case "v": inValue = false
        case "t": inInlineText = false
        case "rPh": phoneticDepth -= 1
        case "c": finishCell(parser)
        case "row":
            if !cells.isEmpty { rows.append(XLSXSheet.Row(number: rowNumber, cells: cells)) }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inValue { value += string } else if inInlineText { inlineText += string }
    }

    /// Places the cell's text at its column.
    private func finishCell(_ parser: XMLParser) {
        guard column >= 0 && column < Self.maximumColumns else {
            failure = "cell reference beyond column XFD in row \(rowNumber)"
            parser.abortParsing()
            return
        }
        let text: String
        switch cellType {
        case "s":
            // The index as written, mostly; Foundation's trimming (slow) only when it is padded.
            guard let index = Int(value) ?? Int(value.trimmingCharacters(in: .whitespaces)), sharedStrings.indices.contains(index) else {
                failure = "row \(rowNumber): shared string index \(value) does not exist"
                parser.abortParsing()
                return
            }
            text = sharedStrings[index]
        case "inlineStr": text = inlineText
        default: text = value
        }
        if text.isEmpty { return }
        if cells.count <= column { cells += Array(repeating: "", count: column + 1 - cells.count) }
        cells[column] = text
    }

    /// "AB12" → 27 (A = 0); nil when there are no letters; more than three letters give
    /// `maximumColumns`, which the caller rejects.
    static func columnIndex(_ reference: String) -> Int? {
        var index = 0, letters = 0
        for scalar in reference.unicodeScalars {
            let v = scalar.value
            guard (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) else { break }
            letters += 1
            if letters > 3 { return maximumColumns }
            index = index * 26 + Int((v & 0xDF) - 0x40)
        }
        return letters == 0 ? nil : index - 1
    }
}
