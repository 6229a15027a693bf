import Foundation
import ScreeningCore
import XCTest

/// Reading the real US lists (converted to the canonical format) and listed-entity lines.
final class ListedEntityListTests: XCTestCase {
    /// The US list files named in data/README.md, with their entry counts as converted.
    func testEveryUSListFileReadsWithUniqueIDs() throws {
        let folder = try TestSupport.shared("lists/us")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".jsonl") }.sorted()
        XCTAssertGreaterThanOrEqual(files.count, 13)
        var ids = Set<String>(), total = 0
        for file in files {
            let url = folder.appendingPathComponent(file)
            let bytes = [UInt8](try Data(contentsOf: url))
            let lineCount = bytes.split(separator: 0x0A, omittingEmptySubsequences: true).count
            let reader = ListedEntityReader(ModelTestChunkReader(bytes), file: url.path)
            let entities = try reader.readAll()
            XCTAssertEqual(reader.problems, [], file)
            XCTAssertEqual(entities.count, lineCount, file)
            for entity in entities {
                XCTAssertTrue(ids.insert(entity.id).inserted, "duplicate id \(entity.id) in \(file)")
                XCTAssertFalse(entity.name.isEmpty, entity.id)
                XCTAssertFalse(entity.list.isEmpty, entity.id)
            }
            total += entities.count
            print("\(file): \(entities.count) entities, \(entities.reduce(0) { $0 + $1.aliases.count }) aliases")
        }
        print("US lists: \(files.count) files, \(total) entities, \(ids.count) distinct ids")
        // Counts from data/README.md.
        XCTAssertEqual(try count(folder, "bis_entity_list.jsonl"), 3409)
        XCTAssertEqual(try count(folder, "bis_meu.jsonl"), 70)
        XCTAssertEqual(try count(folder, "bis_dpl.jsonl"), 564)
    }

    /// The hand-written parser agrees with JSONDecoder on every real line.
    func testParserAgreesWithJSONDecoderOnRealLines() throws {
        let folder = try TestSupport.shared("lists/us")
        let decoder = JSONDecoder()
        var compared = 0
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".jsonl") {
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(file)))
            for line in bytes.split(separator: 0x0A) {
                let fast = try ListedEntity(jsonLine: line)
                XCTAssertEqual(fast, try decoder.decode(ListedEntity.self, from: Data(line)))
                compared += 1
            }
        }
        XCTAssertGreaterThan(compared, 5000)
    }

    func testOptionalFieldsAndUnknownMembers() throws {
        let line = #"{"x": {"a": [1, -2.5e+3, true, false, null, {"b": "\u00e9"}]}, "id": "t:1", "name": "HIT", "#
            + #""kind": "vessel", "aliases": null, "country": null, "extra": [], "n": 0}"#
        let entity = try ListedEntity(jsonLine: Array(line.utf8)[...])
        XCTAssertEqual(entity, ListedEntity(id: "t:1", name: "HIT"))
        let person = try ListedEntity(jsonLine: Array(#"{"id":"p","name":"A","kind":"person","list":"l"}"#.utf8)[...])
        XCTAssertEqual(person.kind, .person)
        XCTAssertEqual(person.list, "l")
        // The Codable path agrees on an unknown kind.
        XCTAssertEqual(try JSONDecoder().decode(ListedEntity.self, from: Data(line.utf8)).kind, .unknown)
    }

    func testEscapesAndSurrogatePairs() throws {
        let line = #"{"id": "e", "name": "a\"b\\c\/d\n\t\u0001\u54c8\ud83d\ude00 哈爾浜", "aliases": ["\u00e9"]}"#
        let entity = try ListedEntity(jsonLine: Array(line.utf8)[...])
        XCTAssertEqual(entity.name, "a\"b\\c/d\n\t\u{1}哈😀 哈爾浜")
        XCTAssertEqual(entity.aliases, ["é"])
    }

    func testMalformedLinesAreRejectedWithAReason() {
        let bad: [(String, String)] = [
            (#"{"id": "a", "name": "b""#, "malformed"),
            (#"{"id": "a", "name": "b"} x"#, "after the object"),
            (#"["id"]"#, "JSON object"),
            (#"{"id": "a", "name": "\ud800"}"#, "surrogate"),
            (#"{"id": "a", "name": "\x"}"#, "escape"),
            (#"{"id": "a", "name": "b", "n": 01}"#, "malformed"),
            (#"{"id": "a", "name": "b", "n": tru}"#, "expected a value"),
            (#"{"id": "a", "name": "b",}"#, "member name"),
            (#"{"id": 12, "name": "b"}"#, "expected a string"),
            (#"{"id": "a", "aliases": ["x", 1], "name": "b"}"#, "expected a string"),
            (#"{"name": "b"}"#, "without an id"),
            (#"{"id": "a", "name": "  "}"#, "without a name"),
            ("{\"id\": \"a\", \"name\": \"tab\there\"}", "control character"),
        ]
        for (line, reason) in bad {
            XCTAssertThrowsError(try ListedEntity(jsonLine: Array(line.utf8)[...]), line) { error in
                XCTAssertTrue("\(error)".contains(reason), "\(line): \(error)")
            }
        }
        let deep = #"{"id": "a", "name": "b", "x": "# + String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000) + "}"
        XCTAssertThrowsError(try ListedEntity(jsonLine: Array(deep.utf8)[...]))
        for invalid: [UInt8] in [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE5, 0x93], [0xFF]] {
            let line = Array(#"{"id": "a", "name": ""#.utf8) + invalid + Array(#""}"#.utf8)
            XCTAssertThrowsError(try ListedEntity(jsonLine: line[...])) { error in
                XCTAssertTrue("\(error)".contains("UTF-8"), "\(error)")
            }
        }
    }

    func testBrokenLineBetweenTwoGoodOnesIsReportedWithItsNumber() throws {
        let text = """
            {"id": "a", "name": "First"}
            {"id": "b", "name": "Broken"
            {"id": "c", "name": "Third"}
            """
        var reported: [LineProblem] = []
        let reader = ListedEntityReader(ModelTestChunkReader(text, chunkSize: 5), file: "t.jsonl") { reported.append($0) }
        XCTAssertEqual(try reader.readAll().map(\.id), ["a", "c"])
        XCTAssertEqual(reported.map(\.line), [2])
        XCTAssertEqual(reported.first?.file, "t.jsonl")
        XCTAssertTrue(reported.first?.description.hasPrefix("t.jsonl:2: malformed JSON") ?? false, "\(reported)")
    }

    private func count(_ folder: URL, _ file: String) throws -> Int {
        let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(file)))
        return try ListedEntityReader(ModelTestChunkReader(bytes), file: file).readAll().count
    }
}
