import Foundation
import ScreeningCore
import XCTest

/// Reading records and lists through the importers, for the tests.
enum ImportTestSupport {
    /// Documentation-derived fixtures (no real file of these formats is in ../shared/data).
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// Every record of `path` through `RecordFiles.open`, and the problems reported.
    static func records(_ path: String, map: ColumnMap? = nil) throws -> (records: [Record], problems: [LineProblem]) {
        var problems: [LineProblem] = []
        var source = try RecordFiles.open(path: path, map: map) { problems.append($0) }
        var records: [Record] = []
        while let record = try source.next() { records.append(record) }
        return (records, problems)
    }

    /// The bytes of a (possibly gzip-compressed) file, through `InputFile`.
    static func bytes(_ url: URL) throws -> [UInt8] {
        let reader = try InputFile.open(url.path)
        var bytes: [UInt8] = []
        while true {
            let chunk = try reader.read(maximum: 1 << 20)
            if chunk.isEmpty { break }
            bytes += chunk
        }
        return bytes
    }

    /// A temporary file holding `bytes`, removed by the caller.
    static func temporary(_ bytes: [UInt8], name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID().uuidString)-\(name)")
        try Data(bytes).write(to: url)
        return url
    }
}
