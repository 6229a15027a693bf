import Foundation
import XCTest

/// The reports of `screen` (HTML, CSV), the per-researcher view, progress, help and error
/// messages, and the atomic output file, driven through the built binary on the demo data.
final class ReportTests: XCTestCase {
    private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private var list: String { root.appendingPathComponent("Data/Demo/list.jsonl").path }
    private var records: String { root.appendingPathComponent("Data/Demo/records.jsonl").path }

    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("entity-screen-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// Writes the HTML report of `records` (demo records by default) and returns its text.
    private func htmlReport(_ extra: [String], records: String? = nil, environment: [String: String] = [:]) throws -> (path: URL, text: String) {
        let out = try folder().appendingPathComponent("report.html")
        let result = try ChildProcess.run(["screen", "--list", list, "--records", records ?? self.records, "--format", "html",
                                           "--out", out.path] + extra, environment: environment)
        XCTAssertEqual(result.status, 0, result.err)
        return (out, try String(contentsOf: out, encoding: .utf8))
    }

    func testHTMLReportIsSelfContainedAndShowsEveryHit() throws {
        let (_, html) = try htmlReport(["--lang", "en"])
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        // Nothing is fetched: no external script, style sheet, image or link.
        for pattern in ["src=\"http", "href=\"http", "<link", "src=\"//", "url(http", "@import"] {
            XCTAssertFalse(html.contains(pattern), pattern)
        }
        XCTAssertTrue(html.contains("default-src 'none'"), "a policy that forbids fetches")
        XCTAssertEqual(html.components(separatedBy: "<tr class=\"hit\"").count - 1, 4, "the demo's four hits")
        XCTAssertTrue(html.contains("School of Astronautics, <mark>Harbin Inst Technol</mark>, Harbin 150001"), "matched segment highlighted")
        XCTAssertTrue(html.contains("<mark>哈尔滨工业大学航天学院</mark>，哈尔滨 150001"), "Han segment highlighted")
        XCTAssertTrue(html.contains("Remarks: demo entry, written for this project"), "the entity's remarks")
        for label in ["Records screened</dt><dd>3", "Parties</dt><dd>8", "Hits</dt><dd>4", "Hits by list"] {
            XCTAssertTrue(html.contains(label), label)
        }
        for control in ["id=\"f-list\"", "id=\"f-score\"", "id=\"f-status\"", "id=\"f-sort\""] { XCTAssertTrue(html.contains(control), control) }
    }

    func testLabelLanguageFollowsTheOptionThenTheLocale() throws {
        XCTAssertTrue(try htmlReport(["--lang", "ja"]).text.contains("<h2>概要</h2>"))
        XCTAssertTrue(try htmlReport([], environment: ["LC_ALL": "", "LC_MESSAGES": "", "LANG": "ja_JP.UTF-8"]).text.contains("<html lang=\"ja\">"))
        XCTAssertTrue(try htmlReport([], environment: ["LC_ALL": "C", "LANG": "ja_JP.UTF-8"]).text.contains("<html lang=\"en\">"))
        let bad = try ChildProcess.run(["screen", "--list", list, "--records", records, "--format", "html", "--lang", "fr"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.err.contains("--lang must be ja or en"), bad.err)
    }

    func testMarkupInRecordsIsEscaped() throws {
        let nul = root.appendingPathComponent("Tests/ScreeningCoreTests/Fixtures/Hostile/nul-bytes.jsonl").path
        let (_, html) = try htmlReport(["--lang", "en"], records: nul)
        XCTAssertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), html)
        XCTAssertTrue(html.contains("&lt;script&gt;alert(2)&lt;/script&gt;"), html)
        XCTAssertFalse(html.contains("<img src=x"))
        XCTAssertFalse(html.contains("<script>alert"))
        XCTAssertFalse(html.utf8.contains(0), "NUL written as U+FFFD")
    }

    func testSubjectGroupsHitsByDueDiligenceItem() throws {
        let (_, html) = try htmlReport(["--lang", "en", "--subject", "Xiao-Ming Zhang"])
        let view = try XCTUnwrap(html.range(of: "<section id=\"researchers\">").flatMap { start in
            html.range(of: "</section>", range: start.upperBound..<html.endIndex).map { String(html[start.lowerBound..<$0.upperBound]) }
        })
        // demo-record:1: Xiao-Ming Zhang is the listed person demo:7 (⑨) and is at HIT (⑩).
        XCTAssertTrue(view.contains("Researcher: Xiao-Ming Zhang"), view)
        XCTAssertTrue(view.contains("3 records; researcher identified on 1"), view)
        XCTAssertTrue(row("⑨", in: view).contains("demo-record:1</a>: Xiao-Ming Zhang → Zhang Xiaoming"), view)
        XCTAssertTrue(row("⑩", in: view).contains("Harbin Inst Technol"), view)
        XCTAssertTrue(row("⑪", in: view).contains("none found"), view)
    }

    func testResearcherFieldOnRecordsAndCoAuthors() throws {
        // Records written for this test: 田中太郎's paper with a co-author at HIT, and his
        // patent whose co-applicant is Huawei; the researcher named in kanji on the records.
        let path = try folder().appendingPathComponent("records.jsonl")
        try """
            {"id": "t1", "researcher": "田中太郎", "parties": [{"role": "author", "name": "Taro Tanaka", "affiliations": ["Tohoku University, Sendai, Japan"]}, {"role": "author", "name": "Li Hua", "affiliations": ["Harbin Institute of Technology, Harbin, China"]}]}
            {"id": "t2", "researcher": "田中太郎", "kind": "patent", "parties": [{"role": "inventor", "name": "田中太郎"}, {"role": "applicant", "name": "Huawei Technologies Co., Ltd."}]}
            {"id": "t3", "researcher": "Hanako Sato", "parties": [{"role": "author", "name": "Hanako Sato", "affiliations": ["Beijing Institute of Technology"]}]}

            """.write(to: path, atomically: true, encoding: .utf8)
        let (_, html) = try htmlReport(["--lang", "en"], records: path.path)
        XCTAssertTrue(html.contains("Researcher: 田中太郎"), html)
        XCTAssertTrue(html.contains("2 records; researcher identified on 2"), html)
        let tanaka = String(html[html.range(of: "Researcher: 田中太郎")!.lowerBound...].prefix(while: { _ in true }).split(separator: "</div>")[0])
        XCTAssertTrue(row("⑪", in: tanaka).contains("t1</a>") && row("⑪", in: tanaka).contains("t2</a>"), tanaka)
        XCTAssertTrue(row("⑨", in: tanaka).contains("none found") && row("⑩", in: tanaka).contains("none found"), tanaka)
        let sato = String(html[html.range(of: "Researcher: Hanako Sato")!.lowerBound...].split(separator: "</div>")[0])
        XCTAssertTrue(row("⑩", in: sato).contains("t3</a>: Beijing Institute of Technology"), sato)
    }

    /// The table row of a researcher view whose heading starts with `item`.
    private func row(_ item: String, in view: String) -> String {
        guard let start = view.range(of: "<th>\(item)") else { return "" }
        return String(view[start.lowerBound...].split(separator: "</tr>")[0])
    }

    func testCSVOpensInExcelAsUTF8() throws {
        let out = try folder().appendingPathComponent("hits.csv")
        let result = try ChildProcess.run(["screen", "--list", list, "--records", records, "--format", "csv", "--out", out.path])
        XCTAssertEqual(result.status, 0, result.err)
        let bytes = [UInt8](try Data(contentsOf: out))
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        let rows = text.components(separatedBy: "\r\n")
        XCTAssertEqual(rows.count, 1 + 4 + 1, "header, four hits, nothing after the last CRLF")
        XCTAssertEqual(rows.last, "")
        XCTAssertFalse(text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "no bare LF")
        XCTAssertTrue(text.contains("哈尔滨工业大学航天学院，哈尔滨 150001"))
    }

    func testProgressOnlyWhenAskedOrOnATerminal() throws {
        let quietByDefault = try ChildProcess.run(["screen", "--list", list, "--records", records])
        XCTAssertFalse(quietByDefault.err.contains("records/s, "), "no progress when standard error is a file: \(quietByDefault.err)")
        let forced = try ChildProcess.run(["screen", "--list", list, "--records", records, "--progress"])
        XCTAssertEqual(forced.status, 0, forced.err)
        XCTAssertTrue(forced.err.contains("entity-screen: records 3, hits 4, "), forced.err)
        XCTAssertTrue(forced.err.contains("100%"), forced.err)
        let both = try ChildProcess.run(["screen", "--list", list, "--records", records, "--progress", "--quiet"])
        XCTAssertEqual(both.status, 2)
    }

    func testEveryHelpHasAWorkedExampleOnTheDemoData() throws {
        let scratch = try folder()
        let store = scratch.appendingPathComponent("demo.sqlite").path
        for command in [["screen"], ["match"], ["normalize"], ["eval"], ["rescan"], ["review"], ["report"], ["lists", "diff"]] {
            // A wide terminal, so argument-parser prints each example on its own lines.
            let help = try ChildProcess.run(command + ["--help"], environment: ["COLUMNS": "300"])
            XCTAssertEqual(help.status, 0)
            let examples = Self.examples(in: help.out)
            XCTAssertTrue(examples.contains { $0.starts(with: command) }, "\(command) --help has no example on the demo data: \(help.out)")
            // Each example runs as printed from the project's root, in order (review's and
            // report's first make the state store they use); files written go to a scratch
            // folder. Only the first of match's and normalize's (each run loads the dictionaries).
            for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: store + suffix) }
            for example in command == ["match"] || command == ["normalize"] ? Array(examples.prefix(1)) : examples {
                var arguments = example.map { $0.hasPrefix("Data/Demo/") ? root.appendingPathComponent($0).path : $0 == "demo.sqlite" ? store : $0 }
                if let out = arguments.firstIndex(of: "--out"), out + 1 < arguments.count {
                    arguments[out + 1] = scratch.appendingPathComponent(arguments[out + 1]).path
                }
                let run = try ChildProcess.run(arguments)
                XCTAssertEqual(run.status, 0, "\(command) example \(arguments): \(run.err)")
                if command == ["rescan"] && arguments.contains(root.appendingPathComponent("Data/Demo/list-revised.jsonl").path) {
                    XCTAssertEqual(run.out.split(separator: "\n").count, 1, "the demo revision adds one hit: \(run.out)")
                }
            }
        }
    }

    /// The example command lines of a help text that use the demo data (or the demo state
    /// store), without `entity-screen`, split into arguments as a POSIX shell would (quotes,
    /// backslash-newline continuations).
    static func examples(in help: String) -> [[String]] {
        let joined = help.replacingOccurrences(of: "\\\n", with: " ")
        return joined.split(separator: "\n").compactMap { line -> [String]? in
            let text = line.trimmingCharacters(in: .whitespaces)
            guard text.hasPrefix("entity-screen "), text.contains("Data/Demo/") || text.contains("demo.sqlite") else { return nil }
            var words: [String] = [], word = "", inWord = false
            var quote: Character?
            for c in text {
                if let q = quote {
                    if c == q { quote = nil } else { word.append(c) }
                } else if c == "'" || c == "\"" {
                    quote = c; inWord = true
                } else if c == " " {
                    if inWord { words.append(word); word = ""; inWord = false }
                } else {
                    word.append(c); inWord = true
                }
            }
            if inWord { words.append(word) }
            return Array(words.dropFirst())
        }
    }

    func testErrorsSayWhatWentWrongAndWhatToDo() throws {
        let format = try ChildProcess.run(["screen", "--list", list, "--records", records, "--format", "xml"])
        XCTAssertEqual(format.status, 2)
        XCTAssertTrue(format.err.contains("--format must be one of jsonl, csv, html, not 'xml'"), format.err)
        let threshold = try ChildProcess.run(["screen", "--list", list, "--records", records, "--threshold", "80"])
        XCTAssertEqual(threshold.status, 2)
        XCTAssertTrue(threshold.err.contains("--threshold must be between 0 and 1"), threshold.err)
        let missing = try ChildProcess.run(["screen", "--list", list, "--records", "/no/such/records.jsonl"])
        XCTAssertEqual(missing.status, 3)
        XCTAssertTrue(missing.err.contains("/no/such/records.jsonl") && missing.err.contains("check the path"), missing.err)
        let missingList = try ChildProcess.run(["screen", "--list", "/no/such/list.jsonl", "--records", records])
        XCTAssertEqual(missingList.status, 3)
        XCTAssertTrue(missingList.err.contains("/no/such/list.jsonl: cannot open: no such file"), missingList.err)
        let folderOut = try ChildProcess.run(["screen", "--list", list, "--records", records, "--out", "/no/such/folder/report.html"])
        XCTAssertEqual(folderOut.status, 3)
        XCTAssertTrue(folderOut.err.contains("check the folder exists"), folderOut.err)
    }

    func testAKilledRunLeavesThePreviousReportWhole() throws {
        // The records come from a FIFO that never ends, so the run is surely mid-way when
        // stopped; the report from an earlier run must be untouched, not half-written.
        for (stop, partialsLeft) in [(SIGTERM, 0), (SIGINT, 0), (SIGKILL, 1)] {
            let dir = try folder()
            let out = dir.appendingPathComponent("report.html"), fifo = dir.appendingPathComponent("records.fifo")
            try "previous report\n".write(to: out, atomically: true, encoding: .utf8)
            XCTAssertEqual(mkfifo(fifo.path, 0o600), 0)
            let writer = FileHandle(forUpdatingAtPath: fifo.path)   // O_RDWR: opening does not block
            defer { try? writer?.close() }
            try writer?.write(contentsOf: Data((String(repeating: try String(contentsOfFile: records, encoding: .utf8), count: 10)).utf8))
            let result = try ChildProcess.run(["screen", "--list", list, "--records", fifo.path, "--format", "html", "--out", out.path],
                                              timeLimit: 120, stopSignal: stop) {
                // Stopped once the report is being written under its temporary name.
                ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).contains { $0.contains(".partial-") }
            }
            XCTAssertTrue(result.timedOut, "the run should have been stopped while waiting for records")
            XCTAssertEqual(result.status, 128 + stop, "stopped by signal \(stop)")
            XCTAssertEqual(try String(contentsOf: out, encoding: .utf8), "previous report\n")
            // A caught signal removes the temporary file; SIGKILL cannot be caught, so it stays.
            let partials = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".partial-") }
            XCTAssertEqual(partials.count, partialsLeft, "signal \(stop): \(partials)")
        }
    }
}
