// Normalizer benchmark: strings per second on one thread, on real strings from
// ../shared/data, and how long the tables take to load. Medians of several runs.
//
//   swift run -c release normalizer-benchmark [--shared ../shared/data] [--runs 5]
//
// `--latin FILE` and `--han FILE` take the strings from files (one a line) instead;
// `--write-sample DIR --sample N` writes N of each kind, evenly spaced, to DIR/latin.txt and
// DIR/han.txt and stops (`Benchmarks/instructions` counts instructions on them).
import Foundation
import ScreeningCore

let arguments = CommandLine.arguments
func option(_ name: String, _ fallback: String) -> String {
    if let i = arguments.firstIndex(of: name), i + 1 < arguments.count { return arguments[i + 1] }
    return fallback
}
let shared = URL(fileURLWithPath: option("--shared", "../shared/data"))
let runs = Int(option("--runs", "5")) ?? 5
guard FileManager.default.fileExists(atPath: shared.path) else {
    FileHandle.standardError.write(Data("normalizer-benchmark: \(shared.path) not found; pass --shared DIR\n".utf8))
    exit(2)
}

let corpus = RealStrings(shared: shared)
func lines(_ path: String) -> [String] {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
        FileHandle.standardError.write(Data("normalizer-benchmark: cannot read \(path)\n".utf8))
        exit(2)
    }
    return text.split(separator: "\n").map(String.init)
}
let latin = arguments.contains("--latin") ? lines(option("--latin", "")) : corpus.latin()
let eastAsian = arguments.contains("--han") ? lines(option("--han", "")) : corpus.hanAndKana()
if arguments.contains("--write-sample") {
    let directory = URL(fileURLWithPath: option("--write-sample", "."))
    let size = Int(option("--sample", "3000")) ?? 3000
    for (name, strings) in [("latin.txt", latin), ("han.txt", eastAsian)] {
        let kept = strings.filter { !$0.contains("\n") && !$0.contains("\r") }
        let sample = (0..<min(size, kept.count)).map { kept[$0 * kept.count / min(size, kept.count)] }
        try sample.map { $0 + "\n" }.joined().write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    exit(0)
}
print("machine: \(Machine.description)")
print("strings: \(latin.count) Latin affiliations (\(latin.map(\.utf8.count).reduce(0, +) / max(latin.count, 1)) bytes on average), "
      + "\(eastAsian.count) Han/kana names (\(eastAsian.map(\.unicodeScalars.count).reduce(0, +) / max(eastAsian.count, 1)) characters on average)")

let data = try DataLocator.dataDirectory()
let tableLoad = Timing.median((0..<max(runs, 5)).map { _ in Timing.seconds { _ = try! TextTables(dataDirectory: data) } })
let loadDictionaries = !arguments.contains("--no-dictionaries")
let glossaryLoad = Timing.median((0..<(loadDictionaries ? 3 : 0)).map { _ in Timing.seconds { _ = try! Glossary(dataDirectory: data) } })
let tables = try TextTables(dataDirectory: data)
var lexiconSeconds: [Double] = []
var lexicon: JapaneseLexicon?
for _ in 0..<(loadDictionaries ? 3 : 0) { lexiconSeconds.append(Timing.seconds { lexicon = JapaneseLexicon(tables: tables) }) }
print(String(format: "load: per-code-point tables %.1f ms (median of %d); CC-CEDICT glossary %.0f ms; Japanese dictionaries %@",
             tableLoad * 1000, max(runs, 5), glossaryLoad * 1000,
             lexicon == nil ? "not installed" : String(format: "%.0f ms (%@)", Timing.median(lexiconSeconds) * 1000,
                                                       lexicon!.available.joined(separator: ", "))))

let normalizer = Normalizer(tables: tables, glossary: loadDictionaries ? try Glossary(dataDirectory: data) : nil, lexicon: lexicon)
let only = option("--only", "")
let allCases: [(String, [String], NormalizeOptions)] = [
    ("Latin, matching form", latin, []),
    ("Latin, all forms", latin, .allForms),
    ("Han/kana, matching form", eastAsian, []),
    ("Han/kana, all forms", eastAsian, .allForms),
]
let cases = allCases.filter { only.isEmpty || $0.0.lowercased().contains(only.lowercased()) }
for (name, strings, options) in cases {
    // Warm up (and size a run to about a second).
    var checksum = 0
    let warm = Timing.seconds { for s in strings { checksum &+= normalizer.normalize(s, options: options).tokens.count } }
    let passes = Int(option("--passes", "")) ?? max(1, Int(1.0 / max(warm, 1e-6)))
    var rates: [Double] = []
    for _ in 0..<runs {
        let seconds = Timing.seconds {
            for _ in 0..<passes { for s in strings { checksum &+= normalizer.normalize(s, options: options).tokens.count } }
        }
        rates.append(Double(strings.count * passes) / seconds)
    }
    let sorted = rates.sorted()
    print(String(format: "%-26@ %10.0f strings/s (median of %d; min %.0f, max %.0f)  [checksum %d]",
                 name as NSString, Timing.median(rates), runs, sorted.first!, sorted.last!, checksum))
}
