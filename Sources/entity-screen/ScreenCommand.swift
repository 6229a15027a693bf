import ArgumentParser
import Foundation
import ScreeningCore

/// `entity-screen screen`: lists and records in, hits out (FORMATS.md's contract).
struct ScreenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "screen",
        abstract: "Screen records against lists: every party's name and affiliations, in parallel.",
        discussion: """
            Hits go to standard output (or --out) as JSON Lines, or CSV; a summary line goes to \
            standard error. Exit status: 0 with or without hits, 2 for a usage error, 3 when an \
            input cannot be read at all; a malformed line is reported with its file and line and skipped.

            Example:
              entity-screen screen --list Data/Demo/list.jsonl --records Data/Demo/records.jsonl
            """
    )

    @Option(name: .long, help: "A list file (JSON Lines, METI's xlsx; .gz read too); repeat for several.")
    var list: [String] = []

    @Option(name: .long, help: "A records file (JSON Lines, .gz read too; - for standard input); repeat for several.")
    var records: [String] = []

    @Option(name: .long, help: "Report hits scoring at least this (0 to 1).")
    var threshold = Matcher.defaultThreshold

    @Option(name: .long, help: "Threads to screen on (default: all cores).")
    var threads = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: "Output format: jsonl or csv.")
    var format = "jsonl"

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
        if ScreenRun.Format(rawValue: format) == nil {
            throw ValidationError("--format must be one of \(ScreenRun.Format.allCases.map(\.rawValue).joined(separator: ", ")) (html comes with reports)")
        }
    }

    func run() throws {
        for path in records where path != "-" && !FileManager.default.isReadableFile(atPath: path) {
            throw CommandFailure.fail("cannot read records file \(path): no such file or not readable", exitCode: 3)
        }
        let (matcher, _) = try ListLoading.matcher(lists: list, threads: threads)
        var run = ScreenRun(screener: Screener(matcher: matcher, threshold: threshold), threads: threads,
                            format: ScreenRun.Format(rawValue: format)!)
        run.shard = shard.flatMap(Shard.init)
        let output = try HitOutput(path: out)
        let summary: ScreenRun.Summary
        do {
            summary = try run.run(recordFiles: records, write: { try output.write($0) }) { problem in
                FileHandle.standardError.write(Data("entity-screen: \(problem)\n".utf8))
            }
            try output.finish()
        } catch let error as InputError {
            output.abandon()
            throw CommandFailure.fail("\(error)", exitCode: 3)
        }
        FileHandle.standardError.write(Data("entity-screen: \(summary.line)\n".utf8))
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
    }

    func write(_ bytes: [UInt8]) throws {
        try handle.write(contentsOf: bytes)
    }

    func finish() throws {
        guard let path, let temporary else { return }
        try handle.close()
        _ = try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.moveItem(atPath: temporary, toPath: path)
    }

    func abandon() {
        guard let temporary else { return }
        try? handle.close()
        try? FileManager.default.removeItem(atPath: temporary)
    }
}
