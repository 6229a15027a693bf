// Writes Data/Tables/word-weights.tsv: in how many organisation names each word occurs,
// counted over every name, alias, acronym and label of the ROR data dump (CC0), with the
// project's own normalizer, so the matcher's word weights do not depend on the lists it
// screens against.
//
//   swift run -c release word-weights-generator ../shared/data/registries/ror-v2-partial.jsonl.gz > Data/Tables/word-weights.tsv
import Foundation
import ScreeningCore

guard CommandLine.arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: word-weights-generator ROR_DUMP (JSON, JSON Lines, .gz or .zip)\n".utf8))
    exit(2)
}
let path = CommandLine.arguments[1]
let registry = try RORRegistry(path: path)
// The registry's own names: the aliases the importer derives (a name without its country
// in brackets) would count a word twice.
let names = registry.records.flatMap { record in Array(Set(record.names.map(\.value))).sorted() }
let normalizer = try Normalizer.standard()
let counts = WordWeights.count(names: names, normalizer: normalizer, threads: ProcessInfo.processInfo.activeProcessorCount)
let source = "the ROR data dump \((path as NSString).lastPathComponent) (\(registry.entities.count) organisations, \(names.count) names; CC0 1.0)"
print(WordWeights.render(names: names.count, frequencies: counts, source: source), terminator: "")
