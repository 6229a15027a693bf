import Foundation

/// How much a word of an organisation name says about which organisation is meant: the
/// inverse of how many organisation names hold it, counted once over a large registry
/// (ROR) by `Data/Generators/WordWeights` and committed as `Data/Tables/word-weights.tsv`.
///
/// The weights are fixed, not counted over the lists being screened, so a mention's score
/// against an entry does not move when other entries are added to or removed from a list:
/// a nightly rescan against the changed entries alone gives the scores a full run would.
public final class WordWeights: Sendable {
    /// Number of names counted.
    public let nameCount: Int
    private let documentFrequency: HashIndex

    /// Reads a table written by `render(names:frequencies:source:)`.
    public init(contentsOf url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        var names = 0
        var rows: [(UInt64, Int32)] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2, let count = Int32(fields[1]) else { continue }
            if fields[0] == "@names" { names = Int(count) } else { rows.append((TextHash.of(String(fields[0])), count)) }
        }
        guard names > 0 else { throw DataLocator.Failure.notFound(searched: [url.path + " (no @names line)"]) }
        nameCount = names
        documentFrequency = HashIndex(capacity: rows.count)
        for (hash, count) in rows { documentFrequency.insert(hash, count) }
    }

    /// The table in the project's `Data/Tables`, read once per process.
    public static func standard() throws -> WordWeights {
        try shared.get.get()
    }

    private static let shared = Lazy<Result<WordWeights, Error>> {
        Result { try WordWeights(contentsOf: DataLocator.dataDirectory().appendingPathComponent("Tables/word-weights.tsv")) }
    }

    /// The weight of a word (a token of a normalized form): log(1 + names / names holding
    /// it); a word the registry never or once printed weighs as a word of one name.
    public func weight(of word: String) -> Double {
        let count = documentFrequency.lookup(TextHash.of(word)).map { Double($0) } ?? 1
        return log(1 + Double(nameCount) / max(count, 1))
    }

    /// How many of the registry's names hold `word` (0 for a word it never printed, 1 for
    /// one it printed once).
    public func namesHolding(_ word: String) -> Int {
        documentFrequency.lookup(TextHash.of(word)).map { Int($0) } ?? 0
    }

    /// The words of a normalized text that are weighed when comparing: the Latin tokens of
    /// its matching form and of its readings and translations.
    public static func words(of text: NormalizedText) -> Set<String> {
        var words = Set<String>()
        for token in text.tokens where token.script != .han && token.script != .kana { words.insert(token.text) }
        for form in text.forms where form.kind != .phoneticJapanese && form.kind != .phoneticChinese {
            words.formUnion(form.tokens)
        }
        return words
    }

    /// In how many of `names` each word occurs (words of one name only are left out: they
    /// weigh as unseen words do).
    public static func count(names: [String], normalizer: Normalizer, threads: Int) -> [String: Int] {
        let perName = ParallelMap.map(names, threads: threads) { words(of: normalizer.normalize($0, options: .allForms)) }
        var counts: [String: Int] = [:]
        for words in perName { for word in words { counts[word, default: 0] += 1 } }
        return counts.filter { $0.value >= 2 }
    }

    /// The table's text: a header saying where it comes from, the name count, then one word
    /// and its count per line, most frequent first.
    public static func render(names: Int, frequencies: [String: Int], source: String) -> String {
        var text = "# Word weights for entity-screen's matcher: in how many organisation names each word occurs.\n"
        text += "# Made by Data/Generators/WordWeights from \(source); do not edit by hand.\n"
        text += "@names\t\(names)\n"
        for (word, count) in frequencies.sorted(by: { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }) {
            text += "\(word)\t\(count)\n"
        }
        return text
    }
}
