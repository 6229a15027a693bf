import Foundation

/// USPTO full text of 1976-2001 grants in the APS "Green Book" text format, as the weekly
/// bulk files (`pftaps19830308_wk10.txt`) give it: a `PATN` line starts each patent, then
/// sections (`INVT`, `ASSG`, `CLAS`, `ABST`, ...) of four-letter fields (`WKU  043757022`,
/// `NAM  Lundin; Tord R.`), continued on lines that start with spaces. One record per patent,
/// `us-patent:N` (the WKU without its check digit and leading zeros, as in the XML eras);
/// inventors with their city and country, assignees as organisation parties.
public final class USPTOTextRecords: RecordSource {
    /// The file name used in reports.
    public let file: String
    private let lines: JSONLinesReader
    private let onProblem: (LineProblem) -> Void
    private var pendingStart: Int?   // line of a PATN already read, starting the next patent

    /// Reads from `source`; `file` names it in reports.
    public init(_ source: ChunkReader, file: String, onProblem: @escaping (LineProblem) -> Void) {
        self.file = file
        self.lines = JSONLinesReader(source)
        self.onProblem = onProblem
    }

    /// One field as read: its section, tag and value (continuations joined).
    private struct Field {
        var section: String
        var tag: String
        var value: String
    }

    public func next() throws -> Record? {
        while true {
            guard let (start, fields) = try nextPatent() else { return nil }
            do throws(RecordMappingError) {
                if let record = try USPTOTextRecords.record(fields) { return record }
            } catch {
                onProblem(LineProblem(file: file, line: start, reason: "USPTO APS text: \(error.reason)", unit: "document"))
            }
        }
    }

    /// The fields of the next patent and the line of its `PATN`, or nil at the end.
    private func nextPatent() throws -> (Int, [Field])? {
        var start = pendingStart
        var fields: [Field] = []
        var section = start == nil ? "" : "PATN"    // the PATN line was read by the last call
        while let element = try lines.next() {
            guard case .line(let number, let bytes) = element else {
                if case .tooLong(let number, let length) = element {
                    onProblem(LineProblem(file: file, line: number, reason: "line of \(length) bytes is longer than the limit", lineSkipped: false))
                }
                continue
            }
            let text = USPTOTextRecords.decode(bytes)
            let tag = text.prefix(4).trimmingCharacters(in: .whitespaces)
            let value = text.count > 5 ? String(text.dropFirst(5)).trimmingCharacters(in: .whitespaces) : ""
            if tag == "PATN" {
                if start != nil {
                    pendingStart = number
                    return (start!, fields)
                }
                start = number
                section = "PATN"
                continue
            }
            guard start != nil else { continue }    // a file header before the first patent
            if tag.isEmpty {
                if !fields.isEmpty && !value.isEmpty { fields[fields.count - 1].value += " " + value }
            } else if value.isEmpty && text.count <= 5 {
                section = tag
                fields.append(Field(section: tag, tag: "", value: ""))
            } else {
                fields.append(Field(section: section, tag: tag, value: value))
            }
        }
        pendingStart = nil
        guard let start else { return nil }
        return (start, fields)
    }

    private static func record(_ fields: [Field]) throws(RecordMappingError) -> Record? {
        var number: String?, title: String?, date: String?
        var parties: [Party] = []
        for field in fields {
            switch (field.section, field.tag) {
            case ("PATN", "WKU"): number = field.value
            case ("PATN", "TTL"): title = field.value
            case ("PATN", "ISD"): date = field.value
            case ("INVT", ""), ("ASSG", ""):
                // A section header: each INVT or ASSG section is one party.
                parties.append(Party(role: field.section == "INVT" ? "inventor" : "assignee"))
            case ("INVT", _), ("ASSG", _):
                guard !parties.isEmpty else { break }
                var party = parties[parties.count - 1]
                switch field.tag {
                case "NAM": party.name = personName(field.value, isPerson: field.section == "INVT")
                case "CTY": party.city = field.value
                case "STA": if party.country == nil { party.country = "US" }
                case "CNT": party.country = USPTORecords.countryCode(String(field.value.prefix(2)))
                default: break
                }
                parties[parties.count - 1] = party
            default: break
            }
        }
        guard let wku = number, wku.count >= 2 else { throw RecordMappingError("patent without a number (WKU)") }
        parties.removeAll { !$0.hasContent }
        if parties.isEmpty { return nil }
        // The WKU ends with a check digit.
        let id = USPTORecords.plainNumber(String(wku.dropLast()))
        return Record(id: "us-patent:\(id)", kind: "patent", date: date.map(USPTORecords.isoDate), title: title, parties: parties)
    }

    /// `Lundin; Tord R.` → `Tord R. Lundin`; organisations as written.
    static func personName(_ text: String, isPerson: Bool) -> String {
        guard isPerson, let semicolon = text.firstIndex(of: ";") else { return text }
        let family = text[..<semicolon].trimmingCharacters(in: .whitespaces)
        let given = text[text.index(after: semicolon)...].trimmingCharacters(in: .whitespaces)
        return given.isEmpty ? family : given + " " + family
    }

    /// UTF-8 when valid, else ISO 8859-1 (older files are 8-bit text).
    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        if let text = String(validatingUTF8: bytes) { return text }
        return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }
}

private extension String {
    init?(validatingUTF8 bytes: ArraySlice<UInt8>) {
        var valid = true
        let text = bytes.withUnsafeBufferPointer { buffer -> String in
            valid = JSONScanner.isValidUTF8(buffer)
            return String(decoding: buffer, as: UTF8.self)
        }
        guard valid else { return nil }
        self = text
    }
}
