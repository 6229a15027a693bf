import Foundation
import XCTest

/// The HTML report in a real browser: headless Chromium (Debian package `chromium`) loads
/// it, runs its script, and the test fails on any console message (a script error, a
/// blocked fetch) or when the script did not finish. Skips when Chromium is absent, unless
/// ENTITY_SCREEN_REQUIRE_SHARED=1 (as CI sets it, and installs Chromium).
final class BrowserTests: XCTestCase {
    private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func chromium() throws -> String {
        for path in ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        where FileManager.default.isExecutableFile(atPath: path) { return path }
        let message = "Chromium is not installed (apt-get install -y chromium)"
        if ProcessInfo.processInfo.environment["ENTITY_SCREEN_REQUIRE_SHARED"] == "1" {
            XCTFail("\(message), and ENTITY_SCREEN_REQUIRE_SHARED=1")
        }
        throw XCTSkip("\(message): the browser check is skipped")
    }

    /// Loads `url` in headless Chromium; returns the DOM after the scripts ran and the
    /// console messages.
    private func render(_ url: String, browser: String, profile: URL) throws -> (dom: String, console: [String]) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = ["--headless", "--disable-gpu", "--no-sandbox", "--enable-logging=stderr", "--v=0",
                             "--user-data-dir=\(profile.path)", "--no-first-run", "--dump-dom", url]
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        let out = profile.appendingPathComponent("dom.html"), err = profile.appendingPathComponent("console.log")
        try Data().write(to: out)
        try Data().write(to: err)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        if process.isRunning { process.terminate(); XCTFail("Chromium did not finish in 120 s") }
        process.waitUntilExit()
        let log = try String(contentsOf: err, encoding: .utf8)
        // Chromium logs each console message as `...:CONSOLE(line)] "message", source: ...`.
        let console = log.split(separator: "\n").filter { $0.contains(":CONSOLE") }.map(String.init)
        return (try String(contentsOf: out, encoding: .utf8), console)
    }

    func testReportsRenderWithoutConsoleErrors() throws {
        let browser = try chromium()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entity-screen-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let list = root.appendingPathComponent("Data/Demo/list.jsonl").path
        let cases: [(name: String, records: String, extra: [String], hits: Int)] = [
            ("demo-en", root.appendingPathComponent("Data/Demo/records.jsonl").path, ["--lang", "en", "--subject", "Xiao-Ming Zhang"], 4),
            ("demo-ja", root.appendingPathComponent("Data/Demo/records.jsonl").path, ["--lang", "ja"], 4),
            ("hostile", root.appendingPathComponent("Tests/ScreeningCoreTests/Fixtures/Hostile/nul-bytes.jsonl").path, ["--lang", "en"], 1),
        ]
        for item in cases {
            let report = folder.appendingPathComponent("\(item.name).html")
            let run = try ChildProcess.run(["screen", "--list", list, "--records", item.records, "--format", "html", "--out", report.path] + item.extra)
            XCTAssertEqual(run.status, 0, run.err)
            let (dom, console) = try render(report.absoluteString, browser: browser, profile: folder.appendingPathComponent("profile-\(item.name)"))
            XCTAssertEqual(console, [], "\(item.name): console messages")
            XCTAssertTrue(dom.contains("data-ready=\"\(item.hits)\""), "\(item.name): the script did not run to its end")
            XCTAssertTrue(dom.contains("<output id=\"shown\">\(item.hits)</output>"), "\(item.name): all hits shown at first")
            XCTAssertFalse(dom.contains("<img src=\"x\""), "\(item.name): markup from a record became an element")
        }
        // The filters, driven through the query string: the 0.95 person hit falls under 0.99,
        // and no hit is confirmed yet.
        let demo = folder.appendingPathComponent("demo-en.html").absoluteString
        let filtered = try render(demo + "?score=0.99&sort=score", browser: browser, profile: folder.appendingPathComponent("profile-filter"))
        XCTAssertEqual(filtered.console, [])
        XCTAssertTrue(filtered.dom.contains("<output id=\"shown\">3</output>"), "score filter")
        let none = try render(demo + "?list=demo&status=confirmed", browser: browser, profile: folder.appendingPathComponent("profile-none"))
        XCTAssertTrue(none.dom.contains("<output id=\"shown\">0</output>"), "status filter")
    }
}
