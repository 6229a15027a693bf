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


    /// A temporary file holding `bytes`, removed by the caller.
    static func temporary(_ bytes: [UInt8], name: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID().uuidString)-\(name)")
        try Data(bytes).write(to: url)
        return url
    }
}
