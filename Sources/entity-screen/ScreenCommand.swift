import ArgumentParser
import Foundation
import ScreeningCore

/// `entity-screen screen`: lists and records in, hits out (FORMATS.md's contract).
struct ScreenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "screen",
        abstract: "Screen records against lists: every party's name and affiliations, in parallel.",
        discussion: """
            Hits go to standard output (or --out) as JSON Lines, CSV (UTF-8 with a byte-order \
            mark and CRLF, as Excel expects) or a self-contained HTML report; a summary line goes \
            to standard error, with progress while it runs when standard error is a terminal. \
            Exit status: 0 with or without hits, 2 for a usage error, 3 when an input cannot be \
            read (a file cut short is screened up to the cut first); a malformed line is reported \
            with its file and line and skipped.

            Examples:
              entity-screen screen --list Data/Demo/list.jsonl --records Data/Demo/records.jsonl
              entity-screen screen --list Data/Demo/list.jsonl --records Data/Demo/records.jsonl \\
                --format html --subject 'Xiao-Ming Zhang' --lang en --out report.html
              entity-screen screen --list Data/Demo/list.jsonl --records Data/Demo/records.jsonl \\
                --format csv --out hits.csv --threshold 0.9
              entity-screen screen --list eul.xlsx --records records.jsonl --enrich ror-v2.json.zip
            """
    )

    @Option(name: .long, help: "A list file (JSON Lines, METI's xlsx, the US Consolidated Screening List CSV, OpenSanctions FollowTheMoney JSON lines, CSV with --list-map; .gz read too); repeat for several.")
    var list: [String] = []

    @Option(name: .long, help: "Columns of CSV list files other than the Consolidated Screening List: name=COLUMN,alias=COLUMN,id=COLUMN (also country, kind, list, remarks).")
    var listMap: String?

    @Option(name: .long, help: ArgumentHelp("A ROR data dump (JSON, JSON Lines or zip, .gz read too): link each listed organisation to its ROR record when a name is equal and the country the same, and add the record's other names and its children's names as aliases marked as from ROR.", valueName: "ROR_FILE"))
    var enrich: String?

    @Option(name: .long, help: "A records file: JSON Lines, PubMed/MEDLINE XML, USPTO patent XML, OpenAlex works JSONL, Crossref works JSON, or CSV with --map (.gz read too; - for standard input); repeat for several.")
    var records: [String] = []

    @Option(name: .long, help: "Columns of CSV records files: name=COLUMN,affiliation=COLUMN,id=COLUMN (also role, country, title, date, kind).")
    var map: String?

    @Option(name: .long, help: "Report hits scoring at least this (0 to 1).")
    var threshold = Matcher.defaultThreshold

    @Option(name: .long, help: "Threads to screen on (default: all cores).")
    var threads = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: "Output format: jsonl, csv or html.")
    var format = "jsonl"

    @Option(name: .long, help: "Label language of the HTML report: ja or en (default: from LANG/LC_ALL).")
    var lang: String?

    @Option(name: .long, help: "The researcher under review, for the HTML report's due-diligence view (items 9-11); records may name theirs in a 'researcher' field instead.")
    var subject: String?

    @Flag(name: .long, help: "Show progress on standard error even when it is not a terminal.")
    var progress = false

    @Flag(name: .long, help: "Show no progress.")
    var quiet = false

    @Option(name: .long, help: "Write hits to this file (written to a temporary name, then renamed) instead of standard output.")
    var out: String?

    @Option(name: .long, help: "Screen only the records whose id hashes to shard K of N (K/N, 1 ≤ K ≤ N): N runs together screen every record once.")
    var shard: String?

    func validate() throws {
        if let shard, Shard(shard) == nil { throw ValidationError("--shard must be K/N with 1 ≤ K ≤ N, not \(shard)") }
        if list.isEmpty { throw ValidationError("give at least one --list FILE") }
        if records.isEmpty { throw ValidationError("give at least one --records FILE (or - for standard input)") }
        if !(0...1).contains(threshold) { throw ValidationError("--threshold must be between 0 and 1, not \(threshold)") }
        if threads < 1 { throw ValidationError("--threads must be at least 1") }
        if let map { _ = try columnMap(map) }
        if let listMap { _ = try columnMap(listMap, fields: CSVList.fields, option: "--list-map") }
        if ScreenRun.Format(rawValue: format) == nil {
            throw ValidationError("--format must be one of \(ScreenRun.Format.allCases.map(\.rawValue).joined(separator: ", ")), not '\(format)'")
        }
        if let lang, ReportLanguage(rawValue: lang) == nil { throw ValidationError("--lang must be ja or en, not '\(lang)'") }
        if progress && quiet { throw ValidationError("--progress and --quiet contradict each other: give one") }
    }

    func run() throws {
        for path in records where path != "-" && !FileManager.default.isReadableFile(atPath: path) {
            throw CommandFailure.fail("cannot read records file \(path): no such file or not readable; check the path (- reads standard input)", exitCode: 3)
        }
        let (matcher, _) = try ListLoading.matcher(lists: list, threads: threads,
                                                   listMap: try listMap.map { try columnMap($0, fields: CSVList.fields, option: "--list-map") },
                                                   enrich: enrich)
        let chosen = ScreenRun.Format(rawValue: format)!
        let sink: HitSink = switch chosen {
        case .jsonl: JSONLinesHitSink()
        case .csv: CSVHitSink()
        case .html: HTMLReport(options: HTMLReport.Options(language: lang.flatMap(ReportLanguage.init) ?? .fromEnvironment(),
                                                           subject: subject, listFiles: list, threshold: threshold),
                               normalizer: matcher.normalizer, entities: matcher.index.entities)
        }
        var run = ScreenRun(screener: Screener(matcher: matcher, threshold: threshold), threads: threads, format: chosen, sink: sink)
        run.recordMap = try map.map { try columnMap($0) }
        let shown = Progress(force: progress, quiet: quiet, recordFiles: records)
        run.onBatch = { shown.update($0) }
        run.shard = shard.flatMap(Shard.init)
        let output = try HitOutput(path: out)
        let summary: ScreenRun.Summary
        do {
            summary = try run.run(recordFiles: records, write: { try output.write($0) }) { problem in
                FileHandle.standardError.write(Data("entity-screen: \(problem)\n".utf8))
            }
            try output.finish()
        } catch let error as InputError {
            shown.finish()
            output.abandon()
            throw CommandFailure.fail("\(error)", exitCode: 3)
        }
        shown.finish()
        FileHandle.standardError.write(Data("entity-screen: \(summary.line)\n".utf8))
        if !summary.unreadable.isEmpty {
            // The records before the failure were screened and written; the status still says
            // an input was not read whole.
            let which = summary.unreadable.map(\.description).joined(separator: "\n  ")
            throw CommandFailure.fail("could not read to the end:\n  \(which)\nthe records before the failure were screened; fix or re-fetch the file and run again", exitCode: 3)
        }
    }
}

/// Where hits go: standard output, or a file written under a temporary name and renamed
/// when complete, so a killed run never leaves a half-written file.
final class HitOutput {
    private let handle: FileHandle
    private let path: String?
    private let temporary: String?

    init(path: String?) throws {
        self.path = path
        guard let path else {
            handle = FileHandle.standardOutput
            temporary = nil
            return
        }
        let temporary = path + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporary) else {
            throw CommandFailure.fail("cannot write \(path): check the folder exists and is writable", exitCode: 3)
        }
        self.handle = handle
        self.temporary = temporary
        InterruptCleanup.watch(temporary)
    }

    func write(_ bytes: [UInt8]) throws {
        try handle.write(contentsOf: bytes)
    }

    func finish() throws {
        guard let path, let temporary else { return }
        try handle.close()
        _ = try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.moveItem(atPath: temporary, toPath: path)
        InterruptCleanup.finished()
    }

    func abandon() {
        guard let temporary else { return }
        try? handle.close()
        try? FileManager.default.removeItem(atPath: temporary)
    }
}
