// Rescan benchmark: with N stored mentions (default 1,000,000: records of three authors,
// each a name and a real Crossref affiliation string, as Benchmarks/make_records.py makes
// them), how long a rescan takes when a list revision adds 50 entities (the target),
// changes 50 or removes 50, against a full screen of the same records; and how long ingesting 100,000 new records takes against
// screening them. Lists: every US list (JSON Lines) and METI's End User List.
//
//   swift build -c release --product rescan-benchmark && .build/release/rescan-benchmark --shared ../shared/data
//   options: --mentions N, --ingest N (records), --runs R (rescans, median), --full-runs F
//   (full screens, median), --threads T,
//   --base FILE (the store before the revision: made there and kept, or reused when it
//   exists; for experiments on the rescan alone, same --mentions; made by another build,
//   its kept index forms are under another program's identity and every rescan makes them
//   anew, as the first run after an upgrade does: make it again after rebuilding)
import Dispatch
import Foundation
import ScreeningCore

let arguments = CommandLine.arguments
let usage = "usage: rescan-benchmark [--shared DIR] [--mentions N] [--ingest N] [--runs R] [--full-runs F] [--threads T] [--base FILE]"
// A misspelt option would otherwise run the whole benchmark on its defaults.
let options: Set<String> = ["--shared", "--mentions", "--ingest", "--runs", "--full-runs", "--threads", "--base"]
if arguments.contains("--help") || arguments.contains("-h") {
    print(usage)
    exit(0)
}
for k in stride(from: 1, to: arguments.count, by: 2) where !options.contains(arguments[k]) || k + 1 == arguments.count {
    FileHandle.standardError.write(Data("rescan-benchmark: unknown or incomplete option \(arguments[k])\n\(usage)\n".utf8))
    exit(2)
}
func option(_ name: String, _ fallback: String) -> String {
    if let i = arguments.firstIndex(of: name), i + 1 < arguments.count { return arguments[i + 1] }
    return fallback
}
let shared = URL(fileURLWithPath: option("--shared", "../shared/data"))
let mentionTarget = Int(option("--mentions", "1000000")) ?? 1_000_000
let ingestCount = Int(option("--ingest", "100000")) ?? 100_000
let runs = Int(option("--runs", "3")) ?? 3
let fullRuns = Int(option("--full-runs", "3")) ?? 3
let threads = Int(option("--threads", String(ProcessInfo.processInfo.activeProcessorCount))) ?? 2

func timed(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// The processor time this process has used (user and system, every thread): steadier than
/// the clock on a shared machine, where other work takes the cores in turns.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

/// The seconds `body` takes on the clock and in processor time.
func timedWithCPU(_ body: () throws -> Void) rethrows -> (clock: Double, cpu: Double) {
    let cpu = cpuSeconds()
    let clock = try timed(body)
    return (clock, cpuSeconds() - cpu)
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func say(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
}

// Lists: the revision adds 50 entries spread over the whole list.
let usLists = try FileManager.default.contentsOfDirectory(atPath: shared.appendingPathComponent("lists/us").path)
    .filter { $0.hasSuffix(".jsonl") }.sorted().map { shared.appendingPathComponent("lists/us/\($0)").path }
let allEntities = try ListFiles.load(usLists + [shared.appendingPathComponent("lists/meti-eul/20250929_4.xlsx").path]).entities
let step = allEntities.count / 50
let addedIDs = Set((0..<50).map { allEntities[$0 * step + step / 2].id })
let before = allEntities.filter { !addedIDs.contains($0.id) }
say("lists: \(allEntities.count) entities; the revision adds \(addedIDs.count)")

// Records: three authors each, a name and a real Crossref affiliation.
let csvPath = shared.appendingPathComponent("gold-dev/crossref-affiliation-ror.csv").path
let rows = CSVRows(try InputFile.open(csvPath), file: csvPath)
var affiliations: [String] = []
_ = try rows.next()
while let row = try rows.next() { affiliations.append(row.fields[0]) }
/// A fixed linear congruential sequence, so every run draws the same affiliations.
struct Sequence { var state: UInt64 = 1; mutating func next() -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int(state >> 33) } }
var draw = Sequence()
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rescan-benchmark-\(ProcessInfo.processInfo.processIdentifier)")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }

@MainActor func writeRecords(_ name: String, prefix: String, count: Int) throws -> String {
    let path = folder.appendingPathComponent(name).path
    _ = FileManager.default.createFile(atPath: path, contents: nil)
    let handle = FileHandle(forWritingAtPath: path)!
    let encoder = JSONEncoder()
    var buffer = Data()
    for i in 0..<count {
        let parties = (0..<3).map { k in Party(role: "author", name: "Author \(prefix)\(i)-\(k)", affiliations: [affiliations[draw.next() % affiliations.count]]) }
        buffer += try encoder.encode(Record(id: "\(prefix)\(i)", parties: parties))
        buffer.append(0x0A)
        if buffer.count > 1 << 22 { handle.write(buffer); buffer.removeAll(keepingCapacity: true) }
    }
    handle.write(buffer)
    try handle.close()
    return path
}

let storedRecords = (mentionTarget + 5) / 6
let stored = try writeRecords("stored.jsonl", prefix: "s", count: storedRecords)
let fresh = try writeRecords("new.jsonl", prefix: "n", count: ingestCount)
say("records: \(storedRecords) stored (\(storedRecords * 6) mentions: \(storedRecords * 3) names, \(storedRecords * 3) affiliations from \(affiliations.count) Crossref strings); \(ingestCount) new")

let normalizer = try Normalizer.standard()
_ = normalizer.normalize("哈爾浜工業大学 ハルビン", options: .allForms)  // dictionaries loaded before timing

func copyStore(_ from: String, _ to: String) throws {
    for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: from + suffix) {
        try? FileManager.default.removeItem(atPath: to + suffix)
        try FileManager.default.copyItem(atPath: from + suffix, toPath: to + suffix)
        // On disk before the run: else the run's first checkpoint (at its commit or at the
        // store's close) waits for the whole copy to be flushed with the database file.
        let copy = try FileHandle(forUpdating: URL(fileURLWithPath: to + suffix))
        try copy.synchronize()
        try copy.close()
    }
}

@MainActor func rescan(_ store: String, _ entities: [ListedEntity], _ records: [String],
                       normalizer: Normalizer = normalizer) throws -> Rescan.Summary {
    // Where the time goes: the seconds from the start to each named point of the run, on
    // the clock and in processor time.
    let (start, startCPU) = (DispatchTime.now().uptimeNanoseconds, cpuSeconds())
    var phases: [String] = []
    func mark(_ point: String) {
        phases.append(String(format: "%@ %.3f s (processor %.3f s)", point, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, cpuSeconds() - startCPU))
    }
    var summary: Rescan.Summary!
    do {
        let state = try StateStore(path: store)
        mark("opened")
        var rescan = Rescan(store: state, normalizer: normalizer, threads: threads)
        rescan.checkpoint = mark
        summary = try rescan.run(entities: entities, listFiles: ["benchmark"], recordFiles: records)
        mark("committed")
    }
    // The store is closed (SQLite copies its write-ahead log into the database file then).
    mark("closed")
    say("  phases: " + phases.joined(separator: ", "))
    return summary
}

@MainActor func screen(_ entities: [ListedEntity], _ records: String) throws -> ScreenRun.Summary {
    let matcher = Matcher(index: EntityIndex(entities: entities, normalizer: normalizer, threads: threads), normalizer: normalizer, threads: threads)
    return try ScreenRun(screener: Screener(matcher: matcher), threads: threads, format: .jsonl).run(recordFiles: [records], write: { _ in }, onProblem: { _ in })
}

// The store before the revision: every stored record ingested with the old lists, then a
// night with nothing new (which turns the ingest's hits from `new` to `open`: the state a
// store is in when a revision arrives).
let kept = option("--base", "")
let base = kept.isEmpty ? folder.appendingPathComponent("base.sqlite").path : kept
if kept.isEmpty || !FileManager.default.fileExists(atPath: base) {
    var setup: Rescan.Summary!
    let setupSeconds = try timed { setup = try rescan(base, before, [stored]) }
    say(String(format: "setup: ingest %d records into an empty store: %.1f s (%@)", storedRecords, setupSeconds, setup.line))
    let quietSeconds = try timed { setup = try rescan(base, before, []) }
    say(String(format: "a night with nothing new (the same lists, no records): %.2f s (%@)", quietSeconds, setup.line))
} else {
    say("setup: the store \(base) as an earlier run left it")
}

/// Rescans `runs` copies of the base store (named from `copies`) with the lists revised to
/// `entities`, each timed on the clock and in processor time; `name` says what the revision
/// did in each line (none for the added entries').
@MainActor func rescansOfCopies(_ entities: [ListedEntity], name: String?, copies: String) throws
    -> (clock: [Double], cpu: [Double], summary: Rescan.Summary) {
    var times: [Double] = [], cpus: [Double] = []
    var summary: Rescan.Summary!
    for run in 0..<runs {
        let copy = folder.appendingPathComponent("\(copies)-\(run).sqlite").path
        try copyStore(base, copy)
        let (clock, cpu) = try timedWithCPU { summary = try rescan(copy, entities, []) }
        times.append(clock)
        cpus.append(cpu)
        say(String(format: "rescan %d%@: %.2f s, processor %.2f s (%@)", run + 1, name.map { ", " + $0 } ?? "", clock, cpu, summary.line))
    }
    return (times, cpus, summary)
}

// The revision: rescans from copies of the same store.
let (rescanTimes, rescanCPU, _) = try rescansOfCopies(allEntities, name: nil, copies: "revision")
var fullTimes: [Double] = [], fullCPUs: [Double] = []
for _ in 0..<fullRuns {
    var full: ScreenRun.Summary!
    let (clock, cpu) = try timedWithCPU { full = try screen(allEntities, stored) }
    fullTimes.append(clock)
    fullCPUs.append(cpu)
    say(String(format: "full screen of the same records with the revised lists (index build included): %.1f s, processor %.1f s (%@)", clock, cpu, full.line))
}
let (fullSeconds, fullCPU) = (median(fullTimes), median(fullCPUs))
say(String(format: "RESULT rescan after adding 50 entities: median %.2f s of %d = %.2f%% of the full screen (median %.1f s of %d); processor time %.2f s = %.2f%% of the full screen's (%.1f s)",
           median(rescanTimes), runs, 100 * median(rescanTimes) / fullSeconds, fullSeconds, fullRuns,
           median(rescanCPU), 100 * median(rescanCPU) / fullCPU, fullCPU))

// Revisions of the other kinds, each from copies of the same store and against the same
// full screen: 50 entries changed (half their remarks, an address as METI's revisions
// rewrite them; half their aliases, one dropped or one added) and 50 removed, spread over
// the list away from the added ones. Where the added entries' scan looks only for mentions
// that could meet them, a changed or removed entry's earlier version was met by stored
// mentions that are matched again in full.
let revisedPositions = (0..<50).map { $0 * step + step / 4 }
let changedIDs = Set(revisedPositions.map { allEntities[$0].id }), removedIDs = Set(revisedPositions.map { allEntities[$0 + 1].id })
func changed(_ entity: ListedEntity, _ k: Int) -> ListedEntity {
    var entity = entity
    if k % 2 == 0 {
        entity.remarks = (entity.remarks ?? "") + " Revised address: 12 Harbour Road, Suite \(k)."
    } else if entity.aliases.isEmpty {
        entity.aliases = [entity.name + " Group"]
    } else {
        entity.aliases.removeLast()
    }
    return entity
}
var changedOrder: [String: Int] = [:]
for (k, position) in revisedPositions.enumerated() { changedOrder[allEntities[position].id] = k }
let revisions: [(name: String, entities: [ListedEntity])] = [
    ("changing 50 entries", before.map { changedOrder[$0.id].map { k in changed(allEntities[revisedPositions[k]], k) } ?? $0 }),
    ("removing 50 entries", before.filter { !removedIDs.contains($0.id) }),
]
precondition(changedIDs.isDisjoint(with: addedIDs) && removedIDs.isDisjoint(with: addedIDs) && changedIDs.isDisjoint(with: removedIDs))
for (name, entities) in revisions {
    let (times, cpus, summary) = try rescansOfCopies(entities, name: name, copies: "other")
    // A check, not a figure: the hits a full screen with these lists finds, which the
    // store's open hits must number.
    let full = try screen(entities, stored)
    say("  a full screen with these lists: \(full.hits) hits; the store: \(summary.hitsOpen) open")
    say(String(format: "RESULT rescan after %@: median %.2f s of %d = %.2f%% of the full screen; processor time %.2f s = %.2f%%",
               name, median(times), runs, 100 * median(times) / fullSeconds, median(cpus), 100 * median(cpus) / fullCPU))
}

// An upgraded program (another identity: its code, tables or dictionaries changed) meets
// the base store: its first rescan makes every stored mention's grams again and matches it
// against the whole index (the revision included), and makes the kept index forms anew.
func upgraded(_ normalizer: Normalizer) -> Normalizer {
    Normalizer(tables: normalizer.tables, glossary: { normalizer.glossary }, lexicon: { normalizer.lexicon },
               formsIdentity: "an upgraded program")
}
let upgradeCopy = folder.appendingPathComponent("upgrade.sqlite").path
try copyStore(base, upgradeCopy)
var upgrade: Rescan.Summary!
let (upgradeSeconds, upgradeCPU) = try timedWithCPU { upgrade = try rescan(upgradeCopy, allEntities, [], normalizer: upgraded(normalizer)) }
say(String(format: "RESULT an upgraded program's first rescan (every stored mention matched again): %.1f s = %.2f× the full screen; processor time %.1f s = %.2f× (%@)",
           upgradeSeconds, upgradeSeconds / fullSeconds, upgradeCPU, upgradeCPU / fullCPU, upgrade.line))

// Ingesting new records into the revised store, against screening them.
let revised = folder.appendingPathComponent("revision-0.sqlite").path
var ingest: Rescan.Summary!
let (ingestSeconds, ingestCPU) = try timedWithCPU { ingest = try rescan(revised, allEntities, [fresh]) }
say(String(format: "ingest %d new records: %.1f s, processor %.1f s (%@)", ingestCount, ingestSeconds, ingestCPU, ingest.line))
var screened: ScreenRun.Summary!
let (screenSeconds, screenCPU) = try timedWithCPU { screened = try screen(allEntities, fresh) }
say(String(format: "screen the same %d records: %.1f s, processor %.1f s (%@)", ingestCount, screenSeconds, screenCPU, screened.line))
say(String(format: "RESULT ingest %d new records: %.1f s = %.2f× screening them (%.1f s); processor time %.1f s = %.2f× (%.1f s)",
           ingestCount, ingestSeconds, ingestSeconds / screenSeconds, screenSeconds, ingestCPU, ingestCPU / screenCPU, screenCPU))
