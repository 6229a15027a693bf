import Foundation
import ScreeningCore
import XCTest

/// The ROR importer on the real partial dump, and on the other published forms of a dump
/// (array, gzip, zip) made from its first records.
final class RORRegistryTests: XCTestCase {
    private func dumpURL() throws -> URL { try TestSupport.shared("registries/ror-v2-partial.jsonl.gz") }

    /// The dump's first `count` lines, as text.
    private func firstLines(_ count: Int) throws -> [String] {
        let lines = JSONLinesReader(try InputFile.open(dumpURL().path))
        var result: [String] = []
        while result.count < count, case .line(_, let bytes)? = try lines.next() {
            result.append(String(decoding: bytes, as: UTF8.self))
        }
        return result
    }

    /// Read once: the dump is 36k records and several tests look at it.
    private static let cache = NSLock()
    nonisolated(unsafe) private static var registry: RORRegistry?
    private func partialDump() throws -> RORRegistry {
        let url = try dumpURL()
        Self.cache.lock()
        defer { Self.cache.unlock() }
        if let registry = Self.registry { return registry }
        let registry = try RORRegistry(path: url.path)
        Self.registry = registry
        return registry
    }

    func testReadsEveryRecordOfThePartialDump() throws {
        let registry = try partialDump()
        XCTAssertEqual(registry.problems, [])
        XCTAssertEqual(registry.records.count, 35_990)
        XCTAssertEqual(Set(registry.records.map(\.entity.id)).count, 35_990, "ids are unique")
        XCTAssertTrue(registry.records.allSatisfy { $0.entity.id.hasPrefix("https://ror.org/") && $0.entity.list == "ror"
            && $0.entity.kind == .organization })
        let withCountry = registry.records.filter { ($0.entity.country ?? "").count == 2 }.count
        XCTAssertGreaterThan(withCountry, 35_990 * 99 / 100)
        XCTAssertEqual(withCountry, 35_990, "every record of this dump has a location")
    }

    /// The data README says 4,637 records with a `ja` label and 1,001 with a `zh` label; the
    /// file itself has 4,627 and 1,076 (checked independently with Python's json): no
    /// definition tried (label, any name, Han-script label, active only) gives the README's
    /// figures, so they are taken to describe another cut of the dump.
    func testCountsRecordsWithJapaneseAndChineseLabels() throws {
        let registry = try partialDump()
        func withLabel(_ lang: String) -> Int {
            registry.records.filter { $0.names.contains { $0.lang == lang && $0.types.contains("label") } }.count
        }
        XCTAssertEqual(withLabel("ja"), 4_627)
        XCTAssertEqual(withLabel("zh"), 1_076)
        XCTAssertEqual(registry.records.filter { $0.names.contains { $0.lang == "ja" } }.count, 4_652)
    }

    func testKnownRecordWithAChineseLabel() throws {
        let registry = try partialDump()
        let record = try XCTUnwrap(registry.records.first { $0.entity.id == "https://ror.org/0060by663" })
        XCTAssertEqual(record.entity.name, "Greater Bay Area Institute of Precision Medicine")
        XCTAssertEqual(record.entity.aliases, [
            "GPA-IBM",
            "Greater Bay Area Institute of Precision Medicine (Guangzhou)",
            "Guangdong-Hong Kong-Macao Greater Bay Area Institute of Precision Medicine (Guangzhou)",
            "大湾区精准医学研究院",
            "大湾区精准医学研究院（广州)",
            "粤港澳大湾区精准医学研究院（广州)",
        ])
        XCTAssertEqual(record.entity.country, "CN")
        XCTAssertEqual(record.entity.remarks, "government; seat: Guangzhou")
        XCTAssertEqual(record.names.first { $0.lang == "zh" && $0.types == ["label"] }?.value, "大湾区精准医学研究院")
        XCTAssertEqual(record.relationships.map(\.kind), [.parent, .parent])
        XCTAssertEqual(record.relationships.map(\.id), ["https://ror.org/0277xhz50", "https://ror.org/013q1eq08"])
        XCTAssertEqual(record.relationships.last?.label, "Fudan University")
    }

    /// ROR tells a company's national branches apart by the country in brackets; the name
    /// without it is an alias too. 4,890 records have such a name; in 1,342 the name without
    /// it is not already one of the record's names (both counted with Python's json).
    func testNamesWithoutTheCountryInBracketsAreAliases() throws {
        let registry = try partialDump()
        let denmark = try XCTUnwrap(registry.records.first { $0.entity.id == "https://ror.org/0435rc536" })
        XCTAssertEqual(denmark.entity.name, "Novo Nordisk (Denmark)")
        XCTAssertEqual(denmark.entity.aliases, ["Novo Nordisk"])
        XCTAssertEqual(denmark.names.map(\.value), ["Novo Nordisk (Denmark)"], "the registry's own names stay as they are")
        let unqualified = registry.records.filter { record in
            record.entity.aliases.contains { alias in record.names.contains { $0.value.hasPrefix(alias + " (") } && !record.names.contains { $0.value == alias } }
        }
        XCTAssertEqual(unqualified.count, 1_342)
        // Brackets that do not name the seat's country stay.
        let guangzhou = try XCTUnwrap(registry.records.first { $0.entity.id == "https://ror.org/0060by663" })
        XCTAssertFalse(guangzhou.entity.aliases.contains("Greater Bay Area Institute of Precision Medicine"))
    }

    /// Remarks: the types, a status other than active, and the seat's city (every record of
    /// this dump has one, counted with Python's json), which `RORRegistry.seat(of:)` reads back.
    func testRemarksCarryTypesAnInactiveStatusAndTheSeat() throws {
        let registry = try partialDump()
        let first = try XCTUnwrap(registry.records.first)
        XCTAssertEqual(first.entity.id, "https://ror.org/000025p04")
        XCTAssertEqual(first.entity.remarks, "funder; government; seat: Bangkok")
        XCTAssertEqual(RORRegistry.seat(of: first.entity), "Bangkok")
        XCTAssertEqual(registry.records.filter { RORRegistry.seat(of: $0.entity) != nil }.count, 35_990)
        let frankfurt = try XCTUnwrap(registry.records.first { $0.entity.id == "https://ror.org/04cvxnb49" })
        XCTAssertEqual(RORRegistry.seat(of: frankfurt.entity), "Frankfurt am Main")
        // Another list's remarks are its own text, whatever they print.
        var listed = first.entity
        listed.list = "bis-entity"
        XCTAssertNil(RORRegistry.seat(of: listed))
        XCTAssertEqual(first.entity.aliases, ["TSRI", "สำนักงานคณะกรรมการส่งเสริมวิทยาศาสตร์ วิจัยและนวัตกรรม"])
        XCTAssertEqual(first.relationships, [.init(kind: .predecessor, id: "https://ror.org/03gd1bh37", label: "Thailand Research Fund")])
        let withdrawn = registry.records.filter { $0.status == "withdrawn" }
        XCTAssertEqual(withdrawn.count, 190)
        XCTAssertTrue(withdrawn.allSatisfy { $0.entity.remarks?.contains("; withdrawn; seat: ") ?? false })
        XCTAssertTrue(registry.records.filter { $0.status == "active" }.allSatisfy { !($0.entity.remarks ?? "").contains("active") })
    }

    /// The same records as a pretty-printed JSON array, gzip of it, and a zip holding it.
    func testArrayGzipAndZipFormsReadAsTheLines() throws {
        let lines = try firstLines(50)
        let fromLines = try RORRegistry(bytes: Array(lines.joined(separator: "\n").utf8), name: "lines")
        XCTAssertEqual(fromLines.records.count, 50)
        let array = "[\n  " + lines.joined(separator: ",\n  ") + "\n]\n"
        let fromArray = try RORRegistry(bytes: Array(array.utf8), name: "array.json")
        XCTAssertEqual(fromArray.problems, [])
        XCTAssertEqual(fromArray.entities, fromLines.entities)
        XCTAssertEqual(fromArray.records.map(\.relationships), fromLines.records.map(\.relationships))
        XCTAssertEqual(fromArray.records.map(\.names), fromLines.records.map(\.names))
        let fromGzip = try RORRegistry(path: IOTestFiles.write(IOTestFiles.gzip(array, self), named: "dump.json.gz", self).path)
        XCTAssertEqual(fromGzip.entities, fromLines.entities)

        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/zip") else { throw XCTSkip("zip is not installed") }
        let folder = try IOTestFiles.temporaryDirectory(self)
        try Data(array.utf8).write(to: folder.appendingPathComponent("v2.1-2026-02-24-ror-data.json"))
        _ = try TestSupport.run("/usr/bin/zip", ["-q", "-j", folder.appendingPathComponent("dump.zip").path,
                                                 folder.appendingPathComponent("v2.1-2026-02-24-ror-data.json").path])
        let fromZip = try RORRegistry(path: folder.appendingPathComponent("dump.zip").path)
        XCTAssertEqual(fromZip.entities, fromLines.entities)
    }

    func testMalformedLinesAreReportedAndSkipped() throws {
        let lines = try firstLines(3)
        let text = [lines[0], "{\"id\": \"https://ror.org/0broken\", \"names\": [", lines[1],
                    "{\"id\": \"https://ror.org/0nonames\", \"names\": []}", "", lines[2]].joined(separator: "\n")
        let registry = try RORRegistry(bytes: Array(text.utf8), name: "damaged.jsonl")
        XCTAssertEqual(registry.records.count, 3)
        XCTAssertEqual(registry.problems.map(\.line), [2, 4])
        XCTAssertTrue(registry.problems[0].reason.contains("malformed JSON"), registry.problems[0].reason)
        XCTAssertTrue(registry.problems[1].reason.contains("without names"), registry.problems[1].reason)
        XCTAssertEqual(registry.problems[1].file, "damaged.jsonl")

        let brokenArray = "[\n" + lines[0] + ",\n{\"id\": 1,,}\n]"
        let fromArray = try RORRegistry(bytes: Array(brokenArray.utf8), name: "broken.json")
        XCTAssertEqual(fromArray.records.count, 1)
        XCTAssertEqual(fromArray.problems.map(\.line), [3])
        XCTAssertTrue(fromArray.problems[0].reason.contains("cannot be read"), fromArray.problems[0].reason)
    }

    /// Records are parsed a batch at a time on the worker threads: any number of threads
    /// gives the records and the problems in the dump's order, across batches.
    func testThreadsGiveTheSameRecordsInTheDumpsOrder() throws {
        let lines = try firstLines(2_100)
        var text = lines
        for (position, broken) in [(1, "{\"id\": \"https://ror.org/0broken\", \"names\": ["), (1_024, "not json"),
                                   (1_500, "{\"id\": \"https://ror.org/0nonames\", \"names\": []}")] {
            text.insert(broken, at: position)
        }
        let bytes = Array(text.joined(separator: "\n").utf8)
        let one = try RORRegistry(bytes: bytes, name: "dump.jsonl", threads: 1)
        let two = try RORRegistry(bytes: bytes, name: "dump.jsonl", threads: 2)
        let three = try RORRegistry(bytes: bytes, name: "dump.jsonl", threads: 3)
        XCTAssertEqual(one.records.count, 2_100)
        XCTAssertEqual(one.problems.map(\.line), [2, 1_025, 1_501])
        for other in [two, three] {
            XCTAssertEqual(other.entities, one.entities)
            XCTAssertEqual(other.records.map(\.names), one.records.map(\.names))
            XCTAssertEqual(other.problems, one.problems)
        }
        XCTAssertEqual(one.entities.map(\.id), try RORRegistry(bytes: Array(lines.joined(separator: "\n").utf8), name: "lines", threads: 1).entities.map(\.id))

        // The same as an array, an element without names inside the second batch and broken
        // JSON in the third: what comes before the break is read, in order.
        var elements = lines
        elements.insert("{\"id\": \"https://ror.org/0nonames\", \"names\": []}", at: 1_500)
        elements.insert("{\"id\": 1,,}", at: 2_050)
        let array = Array(("[\n" + elements.joined(separator: ",\n") + "\n]").utf8)
        let arrays = try [1, 2, 3].map { try RORRegistry(bytes: array, name: "dump.json", threads: $0) }
        XCTAssertEqual(arrays[0].records.count, 2_049)
        XCTAssertEqual(arrays[0].entities.map(\.id), Array(one.entities.map(\.id).prefix(2_049)))
        XCTAssertEqual(arrays[0].problems.map(\.line), [1_502, 2_052])
        XCTAssertTrue(arrays[0].problems[1].reason.contains("cannot be read"), arrays[0].problems[1].reason)
        for other in arrays.dropFirst() {
            XCTAssertEqual(other.entities, arrays[0].entities)
            XCTAssertEqual(other.problems, arrays[0].problems)
        }
    }

    func testNotADumpIsAnInputError() throws {
        XCTAssertThrowsError(try RORRegistry(bytes: Array("id,name\n".utf8), name: "list.csv")) { error in
            XCTAssertTrue("\(error)".hasPrefix("list.csv: not a ROR dump"), "\(error)")
        }
    }
}
