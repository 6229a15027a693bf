import Foundation
@testable import ScreeningCore
import XCTest

/// Seeded random inputs (a fixed seed, so a failure reproduces) over the normalizer and
/// every reader: mutations of valid inputs (the demo list and records, the hostile corpus,
/// a gzip stream, an xlsx workbook) by flipping, inserting, deleting, duplicating and
/// cutting bytes. The properties: nothing traps; the JSON Lines readers account for every
/// non-blank line (a value or a skipped-line report, never a silent drop); the normalizer's
/// tokens hold no control characters. ENTITY_SCREEN_RANDOM_INPUTS sets the count (default
/// 3,000 per reader); Fuzz/ holds the libFuzzer target for longer runs.
final class RandomInputTests: XCTestCase {
    /// SplitMix64: small, fast, and the same sequence on every machine.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    private let count = Int(ProcessInfo.processInfo.environment["ENTITY_SCREEN_RANDOM_INPUTS"] ?? "") ?? 3000

    private var demo: URL { TestSupport.projectRoot.appendingPathComponent("Data/Demo") }
    private var hostile: URL { TestSupport.projectRoot.appendingPathComponent("Tests/ScreeningCoreTests/Fixtures/Hostile") }

    /// One random edit of `bytes`.
    static func mutate(_ bytes: [UInt8], _ random: inout Seeded) -> [UInt8] {
        var out = bytes
        let edits = 1 + Int(random.next() % 8)
        let interesting: [UInt8] = [0x00, 0x0A, 0x0D, 0x22, 0x5C, 0x7B, 0x7D, 0x5B, 0x5D, 0x2C, 0x3A, 0x80, 0xC3, 0xE3, 0xED, 0xF0, 0xFF, 0x1F, 0x8B, 0x3C, 0x26]
        for _ in 0..<edits {
            let position = out.isEmpty ? 0 : Int(random.next() % UInt64(out.count))
            switch random.next() % 6 {
            case 0 where !out.isEmpty: out[position] ^= UInt8(truncatingIfNeeded: 1 << (random.next() % 8))
            case 1: out.insert(interesting[Int(random.next() % UInt64(interesting.count))], at: position)
            case 2 where !out.isEmpty: out.remove(at: position)
            case 3 where !out.isEmpty:
                let length = min(out.count - position, Int(random.next() % 64))
                out.insert(contentsOf: out[position..<(position + length)], at: Int(random.next() % UInt64(out.count)))
            case 4: out = Array(out.prefix(position))
            default: out.insert(UInt8(truncatingIfNeeded: random.next()), at: position)
            }
        }
        return out
    }

    /// Non-blank lines as JSONLinesReader counts them.
    static func nonBlankLines(_ bytes: [UInt8]) -> Int {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        if bytes.last == 0x0A { lines.removeLast() }
        return lines.enumerated().filter { index, line in
            var line = line
            if index == 0 && line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
            return line.contains { !JSONScanner.isWhitespace($0) }
        }.count
    }

    private func seeds(_ names: [URL]) throws -> [[UInt8]] { try names.map { try IOTestFiles.bytes($0) } }

    func testRecordReaderAccountsForEveryLine() throws {
        let seeds = try seeds([demo.appendingPathComponent("records.jsonl")] + ["malformed.jsonl", "invalid-utf8.jsonl", "nul-bytes.jsonl"].map { hostile.appendingPathComponent($0) })
        var random = Seeded(state: 7)
        for k in 0..<count {
            let input = Self.mutate(seeds[k % seeds.count], &random)
            var skipped = 0
            let reader = RecordReader(ModelTestChunkReader(input, chunkSize: 1 + Int(random.next() % 100)), file: "random") { problem in
                if problem.lineSkipped { skipped += 1 }
            }
            let records = try reader.readAll()
            XCTAssertEqual(records.count + skipped, Self.nonBlankLines(input), "input \(k): \(String(decoding: input, as: UTF8.self))")
        }
    }

    func testListReaderAccountsForEveryLine() throws {
        let seeds = try seeds([demo.appendingPathComponent("list.jsonl")])
        var random = Seeded(state: 11)
        for k in 0..<count {
            let input = Self.mutate(seeds[0], &random)
            let reader = ListedEntityReader(ModelTestChunkReader(input, chunkSize: 1 + Int(random.next() % 100)), file: "random")
            let entities = try reader.readAll()
            XCTAssertEqual(entities.count + reader.problems.filter(\.lineSkipped).count, Self.nonBlankLines(input), "input \(k)")
        }
    }

    func testNormalizerTakesAnyText() throws {
        let seeds = try seeds([demo.appendingPathComponent("mentions.txt")]).flatMap { $0.split(separator: 0x0A).map(Array.init) }
        var random = Seeded(state: 13)
        for k in 0..<count {
            let text = String(decoding: Self.mutate(seeds[k % seeds.count], &random), as: UTF8.self)
            let normalized = TestSupport.normalizer.normalize(text, options: k % 4 == 0 ? .allForms : [])
            for token in normalized.tokens {
                XCTAssertFalse(token.text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }, "input \(k): \(text.debugDescription)")
            }
        }
    }

    func testGzipAndCSVAndXLSXReadersTakeAnyBytes() throws {
        var random = Seeded(state: 17)
        let text = try String(contentsOf: demo.appendingPathComponent("records.jsonl"), encoding: .utf8)
        let gzip = try IOTestFiles.gzip(text, self)
        let csv = Array("id,name,remarks\r\n1,\"Harbin, HIT\",\"say \"\"x\"\"\"\r\n2,東北大学,\r\n".utf8)
        let xlsx = try xlsxSeed()
        for k in 0..<count {
            let chunk = 1 + Int(random.next() % 200)
            let zipped = Self.mutate(gzip, &random)
            if let reader = try? GzipChunkReader(ModelTestChunkReader(zipped, chunkSize: chunk), name: "random") {
                var total = 0
                while let part = try? reader.read(maximum: 4096), !part.isEmpty { total += part.count }
                XCTAssertLessThan(total, 1 << 24, "input \(k)")
            }
            let rows = CSVRows(ModelTestChunkReader(Self.mutate(csv, &random), chunkSize: chunk), file: "random")
            while (try? rows.next()) != nil {}
            if k % 10 == 0, let archive = try? ZipArchive(bytes: Self.mutate(xlsx, &random), name: "random.xlsx") {
                _ = try? XLSXSheet.firstSheet(of: archive)
            }
        }
    }

    /// A real METI workbook when the shared data has one, else the hostile corpus's small one.
    private func xlsxSeed() throws -> [UInt8] {
        let folder = TestSupport.sharedData.appendingPathComponent("lists/meti-eul")
        if let name = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter({ $0.hasSuffix(".xlsx") }).sorted().last {
            return try IOTestFiles.bytes(folder.appendingPathComponent(name))
        }
        return try IOTestFiles.bytes(hostile.appendingPathComponent("20250101_xml-bomb.xlsx"))
    }
}
