import Foundation
import ScreeningCore
import XCTest

/// Prints how fast each way of parsing list lines runs on the real US lists. A measurement
/// only: nothing is asserted about time (debug builds run the hand-written parser far
/// slower than a release build; Foundation is optimised either way).
final class ParserMeasurementTests: XCTestCase {
    func testPrintParserThroughput() throws {
        let folder = try TestSupport.shared("lists/us")
        var all: [UInt8] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where file.hasSuffix(".jsonl") {
            all += [UInt8](try Data(contentsOf: folder.appendingPathComponent(file)))
            all.append(0x0A)
        }
        let lines = all.split(separator: 0x0A).map { Array($0) }
        let datas = lines.map { Data($0) }
        let megabytes = Double(all.count) / 1e6
        let decoder = JSONDecoder()

        func measure(_ name: String, _ body: () throws -> Int) rethrows {
            var best = Double.infinity, count = 0
            for _ in 0..<3 {
                let start = Date()
                count = try body()
                best = min(best, Date().timeIntervalSince(start))
            }
            XCTAssertEqual(count, lines.count, name)
            print("parse \(name): \(String(format: "%.1f", megabytes / best)) MB/s, "
                  + "\(String(format: "%.0f", Double(lines.count) / best)) lines/s (\(lines.count) lines, \(all.count) bytes)")
        }
        try measure("hand-written") {
            try lines.reduce(0) { n, line in _ = try ListedEntity(jsonLine: line[...]); return n + 1 }
        }
        try measure("JSONDecoder") {
            try datas.reduce(0) { n, data in _ = try decoder.decode(ListedEntity.self, from: data); return n + 1 }
        }
        try measure("JSONSerialization") {
            try datas.reduce(0) { n, data in
                let object = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
                _ = ListedEntity(id: try XCTUnwrap(object["id"] as? String), list: object["list"] as? String ?? "",
                                 kind: (object["kind"] as? String).flatMap(ListedEntity.Kind.init(rawValue:)) ?? .unknown,
                                 name: try XCTUnwrap(object["name"] as? String), aliases: object["aliases"] as? [String] ?? [],
                                 country: object["country"] as? String, remarks: object["remarks"] as? String)
                return n + 1
            }
        }
        try measure("ListedEntityReader stream") {
            try ListedEntityReader(ModelTestChunkReader(all), file: "us").readAll().count
        }
    }
}
