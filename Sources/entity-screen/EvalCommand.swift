import ArgumentParser
import Foundation
import ScreeningCore

/// `entity-screen eval`: screening compared with a gold file, as precision, recall and F1
/// at the threshold and across a sweep, with breakdowns and the errors explained.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure screening against a gold file: precision, recall, F1, a threshold sweep, errors explained.",
        discussion: """
            The gold file is JSON Lines, one line per mention: {"record_id": "r1", "party": 0, \
            "field": "affiliation", "expected": ["entity id", ...]}; "expected": [] means the mention \
            must not be flagged. A mention is one field (name or affiliations) of one party of one \
            record. At a threshold t, each entity hit with a score of at least t on that mention is \
            a true positive if expected and a false positive if not; each expected entity not hit \
            is a false negative. Counts are summed over mentions (micro-averaged). Screening runs \
            once with every hit down to 0.50 kept, and each threshold from 0.50 to 1.00 (step \
            0.01) is scored from those hits. Figures are given on all mentions and on the covered \
            ones (every expected id is an entity of the loaded lists), counting every hit (what \
            screen reports) and counting only each text's chosen hit (the best score; on a tie \
            a name before an acronym, then the organisation printed last, then the longer name), \
            the one answer an affiliation-linking service gives.

            Examples:
              entity-screen eval --list Data/Demo/list.jsonl --records Data/Demo/records.jsonl --gold Data/Demo/gold.jsonl
              entity-screen eval convert ../shared/data/gold-dev/crossref-affiliation-ror.csv \\
                  --records-out /tmp/crossref-records.jsonl --gold-out /tmp/crossref-gold.jsonl
              entity-screen eval --list ../shared/data/registries/ror-v2-partial.jsonl.gz \\
                  --records /tmp/crossref-records.jsonl --gold /tmp/crossref-gold.jsonl --plot /tmp/pr.svg
            """,
        subcommands: [EvalConvertCommand.self]
    )

    @Option(name: .long, help: "A list file (JSON Lines, METI's xlsx, ROR dump; .gz read too); repeat for several.")
    var list: [String] = []

    @Option(name: .long, help: "A records file (any format screen reads; .gz read too; - for standard input); repeat for several.")
    var records: [String] = []

    @Option(name: .long, help: ArgumentHelp("A ROR data dump (JSON, JSON Lines or zip, .gz read too): link each listed organisation to its ROR record when a name is equal and the country the same, and add the record's other names and its children's names as aliases marked as from ROR.", valueName: "ROR_FILE"))
    var enrich: String?

    @Option(name: .long, help: "The gold file (JSON Lines, see above).")
    var gold: String?

    @Option(name: .long, help: "The threshold to report and mark (0.50 to 1).")
    var threshold = Matcher.defaultThreshold

    @Option(name: .long, help: "Threads to screen on (default: all cores).")
    var threads = ProcessInfo.processInfo.activeProcessorCount

    @Flag(name: .long, help: "List every false hit and miss, not the first 20 of each.")
    var all = false

    @Flag(name: .long, help: "List the false hits and misses of each text's chosen hit (the first-ranked one, as counted in the chosen rows) instead of every hit's.")
    var chosenErrors = false

    @Option(name: .long, help: "Write the precision-recall curve to this SVG file.")
    var plot: String?

    @Option(name: .long, help: "Write every figure to this JSON file, for scripts (false hits and misses as printed: the first 20, or all with --all).")
    var json: String?

    // Checked in run(), not validate(): a parent's validate() also runs before `eval convert`.
    private func checkUsage() throws {
        if list.isEmpty { throw ValidationError("give at least one --list FILE") }
        if records.isEmpty { throw ValidationError("give at least one --records FILE") }
        if gold == nil { throw ValidationError("give the gold file: --gold FILE") }
        if !(Evaluation.sweepFloor...1).contains(threshold) {
            throw ValidationError("--threshold must be between \(Evaluation.sweepFloor) and 1 (hits below the sweep floor are not collected), not \(threshold)")
        }
        if threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        try checkUsage()
        let goldPath = gold!
        for path in records + [goldPath] where path != "-" && !FileManager.default.isReadableFile(atPath: path) {
            throw CommandFailure.fail("cannot read \(path): no such file or not readable", exitCode: 3)
        }
        let (matcher, _) = try ListLoading.matcher(lists: list, threads: threads, enrich: enrich)
        let report: (LineProblem) -> Void = { FileHandle.standardError.write(Data("entity-screen: \($0)\n".utf8)) }
        let evaluation: Evaluation
        do {
            let goldMentions = try GoldMentionReader(try InputFile.open(goldPath), file: goldPath, onProblem: report).readAll()
            evaluation = try Evaluation(matcher: matcher, gold: goldMentions, goldFile: goldPath, recordFiles: records,
                                        threads: threads, onProblem: report)
        } catch let error as InputError {
            throw CommandFailure.fail("\(error)", exitCode: 3)
        }
        let figures = EvalFigures(evaluation, threshold: threshold, shown: all ? .max : 20, errorsOf: chosenErrors ? .chosenHit : .everyHit)
        print(figures.text, terminator: "")
        if let plot {
            let title = String(format: "precision-recall, thresholds 0.50-1.00 (%d mentions)", evaluation.mentions.count)
            try write(PrecisionRecallPlot.svg(sweep: figures.all.sweep, current: threshold, title: title), to: plot)
        }
        if let json {
            let data = try JSONSerialization.data(withJSONObject: figures.json, options: [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted])
            try write(String(decoding: data, as: UTF8.self) + "\n", to: json)
        }
    }

    /// Writes a report file atomically (temporary name, then rename).
    private func write(_ text: String, to path: String) throws {
        let output = try HitOutput(path: path)
        try output.write(Array(text.utf8))
        try output.finish()
    }
}

/// `entity-screen eval convert`: the development gold CSVs as records and gold JSON Lines.
struct EvalConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert an affiliation gold CSV (Crossref's or S2AFF's, in ../shared/data/gold-dev) to records and gold JSON Lines.",
        discussion: """
            Each row becomes a record "<source>:<line>" with one author party whose affiliation is \
            the row's string, and a gold line expecting the row's ROR ids (https://ror.org/..., \
            the ids of the ROR registry's entities). S2AFF labels that are organisation names, not \
            ROR ids, become "unresolved:<name>", which no list holds; a row labelled set() expects \
            nothing.

            Example:
              entity-screen eval convert ../shared/data/gold-dev/s2aff-train-val.csv \\
                  --records-out /tmp/s2aff-records.jsonl --gold-out /tmp/s2aff-gold.jsonl
            """
    )

    @Argument(help: "The gold CSV: affiliation,ror_id (Crossref) or original_affiliation,...,labels,split (S2AFF).")
    var csv: String

    // Named apart from `eval`'s own --records and --gold, which the parser gives the parent.
    @Option(name: .long, help: "Write the records (JSON Lines) here.")
    var recordsOut: String

    @Option(name: .long, help: "Write the gold mentions (JSON Lines) here.")
    var goldOut: String

    @Option(name: .long, help: "Keep only rows whose every expected id is an entity of this list (e.g. the partial ROR registry); repeat for several.")
    var coveredBy: [String] = []

    @Option(name: .long, help: "Write at most this many rows.")
    var limit: Int?

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let rows: GoldAffiliations
        var listed: Set<String>?
        do {
            rows = try GoldAffiliations(path: csv)
            if !coveredBy.isEmpty {
                let loaded = try ListFiles.load(coveredBy)
                listed = Set(loaded.entities.map(\.id))
            }
        } catch {
            throw CommandFailure.fail("\(error)", exitCode: 3)
        }
        for problem in rows.problems { FileHandle.standardError.write(Data("entity-screen: \(problem)\n".utf8)) }
        let output = GoldConversion.convert(rows.affiliations, limit: limit ?? .max) { row in
            guard let listed else { return true }
            return GoldConversion.expected(row).allSatisfy(listed.contains)
        }
        for (bytes, path) in [(output.records, recordsOut), (output.gold, goldOut)] {
            let file = try HitOutput(path: path)
            try file.write(bytes)
            try file.finish()
        }
        FileHandle.standardError.write(Data(("entity-screen: \(output.rows) rows of \(rows.affiliations.count) written to \(recordsOut) and \(goldOut)"
            + "; \(rows.problems.count) skipped\n").utf8))
    }
}
