// Affiliation → ROR evaluation: matches the development gold affiliations against the
// partial ROR registry and prints micro-averaged P/R/F1 beside the published anchors.
//
//   swift run -c release affiliation-eval [--shared ../shared/data] [--gold crossref|s2aff|both]
//                                         [--limit N] [--threads N] [--misses N]
import Foundation
import ScreeningCore

let arguments = CommandLine.arguments
func option(_ name: String, _ fallback: String) -> String {
    if let i = arguments.firstIndex(of: name), i + 1 < arguments.count { return arguments[i + 1] }
    return fallback
}
func fail(_ message: String, status: Int32 = 2) -> Never {
    FileHandle.standardError.write(Data("affiliation-eval: \(message)\n".utf8))
    exit(status)
}
let shared = URL(fileURLWithPath: option("--shared", "../shared/data"))
let goldChoice = option("--gold", "both")
let limit = Int(option("--limit", "")) ?? Int.max
let threads = Int(option("--threads", "")) ?? ProcessInfo.processInfo.activeProcessorCount
let shown = Int(option("--misses", "10")) ?? 10
guard ["crossref", "s2aff", "both"].contains(goldChoice) else { fail("--gold must be crossref, s2aff or both") }
guard FileManager.default.fileExists(atPath: shared.path) else { fail("\(shared.path) not found; pass --shared DIR") }

/// A gold file and the figures published for it.
struct GoldSet {
    let name: String
    let path: String
    let anchor: String
    let anchorScores: (p: Double, r: Double, f1: Double)
}
let goldSets = [
    GoldSet(name: "crossref", path: "gold-dev/crossref-affiliation-ror.csv",
            anchor: "ROR affiliation API on the Crossref strings", anchorScores: (0.910, 0.693, 0.787)),
    GoldSet(name: "s2aff", path: "gold-dev/s2aff-train-val.csv", anchor: "S2AFF", anchorScores: (0.830, 0.963, 0.892)),
].filter { goldChoice == "both" || $0.name == goldChoice }

// Registry, normalizer, index, matcher.
let registryPath = shared.appendingPathComponent("registries/ror-v2-partial.jsonl.gz").path
let (registry, registrySeconds) = try Timing.seconds { try RORRegistry(path: registryPath) }
for problem in registry.problems.prefix(5) { FileHandle.standardError.write(Data("\(problem)\n".utf8)) }
let (normalizer, normalizerSeconds) = try Timing.seconds { try Normalizer.standard() }
let (index, indexSeconds) = Timing.seconds { EntityIndex(entities: registry.entities, normalizer: normalizer, threads: threads) }
let matcher = Matcher(index: index, normalizer: normalizer)
let byID = Dictionary(registry.entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
print(String(format: "registry: %d ROR records (%d problems) read in %.2f s; normalizer %.2f s; "
             + "index of %d aliases built in %.2f s on %d threads",
             registry.records.count, registry.problems.count, registrySeconds, normalizerSeconds,
             index.aliases.count, indexSeconds, threads))

/// The lowest threshold of the sweep: every match at or above it is kept from the one run.
let sweepFloor = MatchScores.sweepThresholds.first!
let threshold = Matcher.defaultThreshold

func describe(_ id: String) -> String { byID[id].map { "\(id) \($0.name)" } ?? "\(id) (absent from the registry)" }
func row(_ label: String, _ s: MatchScores) -> String {
    "  " + label.padding(toLength: 36, withPad: " ", startingAt: 0)
        + String(format: "P %.3f  R %.3f  F1 %.3f   (TP %d, FP %d, FN %d)",
                 s.precision, s.recall, s.f1, s.truePositives, s.falsePositives, s.falseNegatives)
}

for gold in goldSets {
    let file = try GoldAffiliations(path: shared.appendingPathComponent(gold.path).path)
    for problem in file.problems.prefix(5) { FileHandle.standardError.write(Data("\(problem)\n".utf8)) }
    let rows = Array(file.affiliations.prefix(limit))
    // A row is covered when the registry holds every id it expects (and it names no
    // organisation outside ROR); the others cannot be fully right whatever the matcher does.
    let covered = rows.map { !$0.expected.isEmpty && $0.unresolvedLabels.isEmpty && $0.expected.allSatisfy { byID[$0] != nil } }
    let absent = rows.filter { $0.expected.contains { byID[$0] == nil } }.count
    let unresolved = rows.filter { !$0.unresolvedLabels.isEmpty }.count

    let (matches, matchSeconds) = Timing.seconds {
        Parallel.map(rows, threads: threads) { matcher.match(affiliation: $0.text, threshold: sweepFloor) }
    }
    let scored = matches.map { Dictionary($0.map { ($0.entity.id, $0.score) }, uniquingKeysWith: max) }
    let expected = rows.map(\.expected)
    func subset<T>(_ values: [T]) -> [T] { zip(values, covered).filter(\.1).map(\.0) }

    print("\n== \(gold.name): \(rows.count) affiliations (\(file.affiliations.count) in the file)")
    print("  \(absent) expect an id absent from the partial registry; \(unresolved) name an organisation by name only "
          + "(not a ROR id); \(covered.filter { $0 }.count) covered (every expected id in the registry)")
    print(String(format: "  matching: %.2f s, %.0f affiliations/s on %d threads", matchSeconds,
                 Double(rows.count) / max(matchSeconds, 1e-9), threads))
    for (label, scoredSet, expectedSet) in [("all rows", scored, expected), ("covered rows", subset(scored), subset(expected))] {
        let sweep = MatchScores.sweep(scored: scoredSet, expected: expectedSet)
        let atDefault = sweep.first { abs($0.threshold - threshold) < 1e-9 }?.scores
            ?? MatchScores.sweep(scored: scoredSet, expected: expectedSet, thresholds: [threshold])[0].scores
        print(row(String(format: "%@ @ %.2f (default)", label, threshold), atDefault))
        if let best = MatchScores.best(of: sweep) {
            print(row(String(format: "%@ @ %.2f (best of sweep)", label, best.threshold), best.scores))
        }
    }
    print("  " + "published anchor".padding(toLength: 36, withPad: " ", startingAt: 0)
          + String(format: "P %.3f  R %.3f  F1 %.3f", gold.anchorScores.p, gold.anchorScores.r, gold.anchorScores.f1) + "   (\(gold.anchor))")

    guard shown > 0 else { continue }
    print("\n  first \(shown) false positives at \(threshold):")
    var count = 0
    for (i, hits) in matches.enumerated() where count < shown {
        for hit in hits where hit.score >= threshold && !rows[i].expected.contains(hit.entity.id) && count < shown {
            count += 1
            print("  - line \(rows[i].line): \(rows[i].text.replacingOccurrences(of: "\n", with: " "))")
            print("    expected: " + rows[i].expected.sorted().map(describe).joined(separator: "; "))
            print("    predicted: \(hit.entity.id) \(hit.entity.name) — \(hit.explanation)")
        }
    }
    print("\n  first \(shown) misses at \(threshold) (covered rows only):")
    count = 0
    for (i, hits) in matches.enumerated() where covered[i] && count < shown {
        for id in rows[i].expected.sorted() where count < shown && !hits.contains(where: { $0.entity.id == id && $0.score >= threshold }) {
            count += 1
            print("  - line \(rows[i].line): \(rows[i].text.replacingOccurrences(of: "\n", with: " "))")
            print("    expected: \(describe(id))")
            // The expected entity's own score, when the matcher considered it at all.
            let own = hits.first { $0.entity.id == id }
                ?? matcher.match(affiliation: rows[i].text, threshold: 0).first { $0.entity.id == id }
            print("    its match: " + (own.map { $0.explanation } ?? "not among the candidates"))
            let instead = hits.filter { $0.score >= threshold }.prefix(3)
            print("    predicted instead: " + (instead.isEmpty ? "nothing"
                : instead.map { String(format: "%@ %@ (%.2f)", $0.entity.id, $0.entity.name, $0.score) }.joined(separator: "; ")))
        }
    }
}
