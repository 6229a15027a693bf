import ScreeningCore
import XCTest

/// Line splitting: numbering, CRLF, BOM, blank lines, over-long lines, chunk boundaries.
final class JSONLinesReaderTests: XCTestCase {
    private func elements(_ bytes: [UInt8], chunkSize: Int, limit: Int = 1 << 20) throws -> [String] {
        let reader = JSONLinesReader(ModelTestChunkReader(bytes, chunkSize: chunkSize), maximumLineLength: limit,
                                     chunkSize: chunkSize)
        var result: [String] = []
        while let element = try reader.next() {
            switch element {
            case .line(let number, let bytes): result.append("\(number):\(String(decoding: bytes, as: UTF8.self))")
            case .tooLong(let number, let length): result.append("\(number):tooLong(\(length))")
            }
        }
        return result
    }

    func testCRLFBOMAndBlankLinesAtEveryChunkSize() throws {
        let text = Array("\u{FEFF}{\"a\":1}\r\n\r\n   \n{\"b\":\"哈爾浜\"}\r\n\n{\"c\":3}".utf8)
        for chunkSize in [1, 2, 3, 5, 64, 1 << 16] {
            XCTAssertEqual(try elements(text, chunkSize: chunkSize),
                           ["1:{\"a\":1}", "4:{\"b\":\"哈爾浜\"}", "6:{\"c\":3}"], "chunk size \(chunkSize)")
        }
        XCTAssertEqual(try elements([], chunkSize: 4), [])
        XCTAssertEqual(try elements(Array("\n\n".utf8), chunkSize: 4), [])
        XCTAssertEqual(try elements(Array("x\n".utf8), chunkSize: 4), ["1:x"])
    }

    func testOverLongLineIsSkippedAndTheNextLineStillRead() throws {
        let long = String(repeating: "x", count: 1000)
        let text = Array("{\"a\":1}\n\(long)\n{\"b\":2}\n\(long)".utf8)
        for chunkSize in [7, 64, 4096] {
            XCTAssertEqual(try elements(text, chunkSize: chunkSize, limit: 100),
                           ["1:{\"a\":1}", "2:tooLong(1000)", "3:{\"b\":2}", "4:tooLong(1000)"], "chunk size \(chunkSize)")
        }
    }

    func testOverLongLineReportedByTheReaders() throws {
        let text = "{\"id\": \"a\", \"name\": \"A\"}\n{\"id\": \"b\", \"name\": \"\(String(repeating: "B", count: 500))\"}\n"
            + "{\"id\": \"c\", \"name\": \"C\"}\n"
        let reader = ListedEntityReader(ModelTestChunkReader(text, chunkSize: 16), file: "big.jsonl", maximumLineLength: 200)
        XCTAssertEqual(try reader.readAll().map(\.id), ["a", "c"])
        XCTAssertEqual(reader.problems.map(\.line), [2])
        XCTAssertTrue(reader.problems[0].reason.contains("longer than the limit"), reader.problems[0].reason)
    }

    /// The buffer never holds much more than the limit, whatever the line's size.
    func testMemoryStaysBoundedOnAHugeLine() throws {
        final class Endless: ChunkReader {
            var remaining = 64 << 20
            func read(maximum: Int) throws -> [UInt8] {
                let n = min(maximum, remaining)
                remaining -= n
                if n == 0 { return [] }
                return [UInt8](repeating: UInt8(ascii: "x"), count: n - (remaining == 0 ? 1 : 0)) + (remaining == 0 ? [0x0A] : [])
            }
        }
        let reader = JSONLinesReader(Endless(), maximumLineLength: 1 << 20)
        guard case .tooLong(1, let length)? = try reader.next() else { return XCTFail("expected tooLong") }
        XCTAssertEqual(length, (64 << 20) - 1)
        XCTAssertNil(try reader.next())
    }
}

/// Records: required fields, parties, and problems reported without stopping the stream.
final class RecordReaderTests: XCTestCase {
    func testRecordsAndProblems() throws {
        let text = """
            {"id": "pmid:1", "kind": "publication", "date": "2015-09-11", "title": "T", "subject": "rockets", "parties": [{"role": "author", "name": "Wei Zhang", "affiliations": ["Harbin Institute of Technology"], "country": "CN", "orcid": null}], "extra": {"k": [1]}}
            {"id": "pmid:2", "parties": []}
            {"id": "pmid:3"}
            {"id": "pmid:4", "parties": [{"role": "author"}]}
            {"id": "pmid:5", "parties": [{"name": ""}, {"affiliations": ["MIT"]}]}
            {"id": "pmid:6", "parties": [{"name": "X"}
            {"id": "pmid:7", "parties": [{"name": "Y"}]}\r
            """
        var problems: [LineProblem] = []
        let reader = RecordReader(ModelTestChunkReader(text, chunkSize: 9), file: "r.jsonl") { problems.append($0) }
        var records: [Record] = []
        while let record = try reader.next() { records.append(record) }
        XCTAssertEqual(records.map(\.id), ["pmid:1", "pmid:5", "pmid:7"])
        XCTAssertEqual(records[0], Record(id: "pmid:1", kind: "publication", date: "2015-09-11", title: "T", subject: "rockets",
                                          parties: [Party(role: "author", name: "Wei Zhang",
                                                          affiliations: ["Harbin Institute of Technology"], country: "CN")]))
        XCTAssertEqual(records[1].parties.count, 2, "the empty party keeps its place")
        XCTAssertEqual(problems.map(\.line), [2, 3, 4, 5, 6])
        XCTAssertEqual(problems.map(\.lineSkipped), [true, true, true, false, true])
        XCTAssertTrue(problems[0].reason.contains("without parties"), problems[0].reason)
        XCTAssertTrue(problems[1].reason.contains("without parties"), problems[1].reason)
        XCTAssertTrue(problems[2].reason.contains("no party has a name or affiliations"), problems[2].reason)
        XCTAssertTrue(problems[3].reason.contains("party 0"), problems[3].reason)
        XCTAssertTrue(problems[4].reason.contains("malformed JSON"), problems[4].reason)
        for problem in problems { print(problem) }
    }

    func testCodableRoundTrip() throws {
        let record = Record(id: "us:1", kind: "patent", parties: [Party(role: "assignee", name: "Acme"), Party(affiliations: ["A"])])
        let data = try JSONEncoder().encode(record)
        XCTAssertEqual(try JSONDecoder().decode(Record.self, from: data), record)
        XCTAssertEqual(try Record(jsonLine: [UInt8](data)[...]), record)
    }
}
