import Foundation
import XCTest

/// The command line as a user drives it: output, and the exit statuses of FORMATS.md.
final class CommandLineTests: XCTestCase {
    /// The `entity-screen` binary built beside the test bundle.
    private var binary: URL {
        // The test process is .build/<configuration>/entity-screenPackageTests.xctest.
        var folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        while folder.pathComponents.count > 1 {
            folder.deleteLastPathComponent()
            let candidate = folder.appendingPathComponent("entity-screen")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return URL(fileURLWithPath: "entity-screen")
    }

    private func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    func testNormalizePrintsEveryFormAsJSON() throws {
        let result = try run(["normalize", "--json", "哈爾浜工業大学", "Harbin Inst Technol"])
        XCTAssertEqual(result.status, 0, result.err)
        let lines = result.out.split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        XCTAssertEqual(first?["matching"] as? String, "哈尔滨工业大学")
        let forms = (first?["forms"] as? [[String: Any]])?.compactMap { $0["text"] as? String } ?? []
        XCTAssertTrue(forms.contains("harbin institute technology"), "\(forms)")
        XCTAssertTrue(((first?["rules"] as? [[String: Any]]) ?? []).contains { $0["rule"] as? String == "han-variant" })
        let second = try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any]
        XCTAssertEqual(second?["matching"] as? String, "harbin institute technology")
    }

    func testNormalizeReadsTheDemoMentions() throws {
        let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Data/Demo/mentions.txt")
        let result = try run(["normalize", "--file", demo.path])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.contains("matching   哈尔滨工业大学"), result.out)
        XCTAssertTrue(result.out.contains("legal form カブシキガイシャ"), result.out)
    }

    func testUsageErrorsExitWith2() throws {
        XCTAssertEqual(try run(["normalize"]).status, 2)
        XCTAssertEqual(try run(["normalize", "--no-such-option", "x"]).status, 2)
    }

    func testUnreadableInputExitsWith3AndNamesTheFile() throws {
        let result = try run(["normalize", "--file", "/no/such/file.txt"])
        XCTAssertEqual(result.status, 3)
        XCTAssertTrue(result.err.contains("/no/such/file.txt"), result.err)
    }
}
