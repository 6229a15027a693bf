import Foundation

/// One gold mention after screening: what was screened, and every hit at or above the sweep
/// floor, so any threshold from the floor up can be scored without screening again.
public struct EvaluatedMention: Sendable {
    /// The gold line.
    public let gold: GoldMention
    /// The expected ids as a set.
    public let expected: Set<String>
    /// The texts screened: the party's name, or each of its affiliations; empty when the
    /// records hold no such record, party or field.
    public let texts: [String]
    /// The script class of the texts together.
    public let script: MentionScript
    /// Whether every expected id is an entity of the loaded lists (true for `[]`): the only
    /// mentions the matcher can get fully right.
    public let covered: Bool
    /// The best hit of each entity at or above the sweep floor, best first.
    public let hits: [Hit]
    /// For each text screened, the hit that ranks first (`Match.ranksAbove`) if any reached
    /// the sweep floor: one answer per affiliation, as affiliation-linking services give.
    public let chosen: [Hit]
    /// For each text screened, the chosen hit, or in its place the best hit of an expected
    /// entity in that text when the matcher hit one there at all: the answers of a ranking
    /// that always put the expected organisation first (`Evaluation.Answers.expectedFirst`).
    public let expectedFirst: [Hit]
    /// The mentions as the screener matched them, kept to explain misses.
    let screened: [Screener.Mention]

    /// Whether the records held this mention.
    public var found: Bool { !texts.isEmpty }

    /// The entity ids hit at `threshold` or above: by every hit, or by the chosen ones.
    public func predicted(at threshold: Double, _ answers: Evaluation.Answers = .everyHit) -> Set<String> {
        Set(answers.hits(of: self).lazy.filter { $0.score >= threshold }.map(\.entityID))
    }
}

/// Screening compared with a gold file, counted per mention.
///
/// Counting: a mention is one (record, party, field) the gold file lists. At a threshold t
/// its predicted set is every entity the screener hit on that field of that party (any of
/// its affiliation strings) with a score of at least t. Each expected id in the predicted set
/// is a true positive, each predicted id not expected a false positive, each expected id not
/// predicted a false negative (`MatchScores`). Hits on mentions the gold does not list are
/// not counted (they are reported as a number). Screening runs once with the threshold at
/// the sweep floor (0.50); every threshold of the sweep filters those hits, so each point
/// is what `screen --threshold t` would have flagged.
public struct Evaluation: Sendable {
    /// The lowest threshold evaluated: hits below it are not collected.
    public static let sweepFloor = MatchScores.sweepThresholds.first!

    /// Which hits of a mention count as its answer.
    public enum Answers: Sendable {
        /// Every hit: what `screen` reports, and what a screening officer reviews.
        case everyHit
        /// Only the hit ranked first for each text (`EvaluatedMention.chosen`): the one
        /// organisation an affiliation names, comparable with affiliation-linking services
        /// (ROR's affiliation API, S2AFF), which answer with one.
        case chosenHit
        /// Each text's chosen hit, but an expected entity's own hit in that text in its
        /// place whenever the matcher hit it there (`EvaluatedMention.expectedFirst`): what
        /// the chosen hits would score if ranking never put another organisation first, so
        /// the gap between the two is ranking's and the rest is matching's.
        case expectedFirst

        /// The mention's hits that answer: all of them, or the chosen ones.
        public func hits(of mention: EvaluatedMention) -> [Hit] {
            switch self {
            case .everyHit: mention.hits
            case .chosenHit: mention.chosen
            case .expectedFirst: mention.expectedFirst
            }
        }
    }

    /// The gold mentions in the gold file's order (repeated keys dropped).
    public let mentions: [EvaluatedMention]
    /// Records read from the records files.
    public let recordsScreened: Int
    /// Hits at or above the floor on mentions the gold file does not list.
    public let hitsOutsideGold: Int
    /// Entity names by id, for reports.
    public let entityNames: [String: String]

    /// Screens the records with `matcher` and collects the hits of the gold mentions.
    /// Problems (a malformed records line, a repeated gold mention or record) go to
    /// `onProblem`; throws `InputError` when a records file cannot be read at all.
    public init(matcher: Matcher, gold: [GoldMention], goldFile: String, recordFiles: [String], threads: Int,
                onProblem: @escaping (LineProblem) -> Void) throws {
        var golds: [GoldMention] = []
        var position: [MentionKey: Int] = [:]
        for mention in gold {
            if position[mention.key] != nil {
                onProblem(LineProblem(file: goldFile, line: mention.line, reason: "\(mention.key.description) listed again; the first is used"))
                continue
            }
            position[mention.key] = golds.count
            golds.append(mention)
        }
        var byRecord: [String: [Int]] = [:]
        for (i, mention) in golds.enumerated() { byRecord[mention.key.recordID, default: []].append(i) }
        let listed = Set(matcher.index.entities.map(\.id))
        let screener = Screener(matcher: matcher, threshold: Self.sweepFloor)
        let normalizer = matcher.normalizer

        var texts = [[String]](repeating: [], count: golds.count)
        var screened = [[Screener.Mention]](repeating: [], count: golds.count)
        var scripts = [MentionScript](repeating: .none, count: golds.count)
        var best = [[String: Hit]](repeating: [:], count: golds.count)
        var top = [[String: (hit: Hit, placement: Match.Placement)]](repeating: [:], count: golds.count)
        var topExpected = [[String: (hit: Hit, placement: Match.Placement)]](repeating: [:], count: golds.count)
        var seenRecords = Set<String>()
        var recordsScreened = 0, outside = 0
        let lookup = byRecord, goldKeys = golds.map(\.key)

        for path in recordFiles {
            var reader = try RecordFiles.open(path: path, onProblem: onProblem)
            var batch: [Record] = []
            while true {
                batch.removeAll(keepingCapacity: true)
                while batch.count < 2048, let record = try reader.next() { batch.append(record) }
                if batch.isEmpty { break }
                recordsScreened += batch.count
                // The screener's own matching, in parallel; then the gold mentions' texts.
                let results = ParallelMap.map(batch, threads: threads) { record -> RecordResult in
                    let hits = screener.placedHits(for: record).hits
                    var mentions: [Int: (texts: [String], screened: [Screener.Mention], script: MentionScript)] = [:]
                    guard let golds = lookup[record.id] else { return RecordResult(hits: hits, mentions: mentions) }
                    let places = Screener.places(of: record)
                    for g in golds {
                        let key = goldKeys[g]
                        let screened = places.filter { $0.party == key.party && $0.field == key.field }.map(\.mention)
                        let texts = screened.map(\.text)
                        mentions[g] = (texts, screened, MentionScript(of: texts.joined(separator: " "), normalizer: normalizer))
                    }
                    return RecordResult(hits: hits, mentions: mentions)
                }
                for (record, result) in zip(batch, results) {
                    guard lookup[record.id] != nil else { outside += result.hits.count; continue }
                    guard seenRecords.insert(record.id).inserted else {
                        onProblem(LineProblem(file: path, line: 0, reason: "record \(record.id) appears again; the first is evaluated", lineSkipped: false))
                        outside += result.hits.count
                        continue
                    }
                    for (g, mention) in result.mentions {
                        texts[g] = mention.texts
                        screened[g] = mention.screened
                        scripts[g] = mention.script
                    }
                    for (hit, placement) in result.hits {
                        guard let g = position[MentionKey(recordID: hit.recordID, party: hit.party, field: hit.field)] else {
                            outside += 1
                            continue
                        }
                        if best[g][hit.entityID].map({ $0.score < hit.score }) ?? true { best[g][hit.entityID] = hit }
                        // The first-ranked hit of each text, and of each text's expected entities.
                        func ranksFirst(_ held: (hit: Hit, placement: Match.Placement)?) -> Bool {
                            held.map { Match.ranks(hit.score, placement, hit.entityID, above: $0.hit.score, $0.placement, $0.hit.entityID) } ?? true
                        }
                        if ranksFirst(top[g][hit.mention]) { top[g][hit.mention] = (hit, placement) }
                        if golds[g].expected.contains(hit.entityID), ranksFirst(topExpected[g][hit.mention]) {
                            topExpected[g][hit.mention] = (hit, placement)
                        }
                    }
                }
            }
        }
        mentions = golds.indices.map { g in
            EvaluatedMention(
                gold: golds[g], expected: Set(golds[g].expected), texts: texts[g], script: scripts[g],
                covered: golds[g].expected.allSatisfy(listed.contains),
                hits: best[g].values.sorted { $0.score > $1.score || ($0.score == $1.score && $0.entityID < $1.entityID) },
                chosen: texts[g].compactMap { top[g][$0]?.hit },
                expectedFirst: texts[g].compactMap { (topExpected[g][$0] ?? top[g][$0])?.hit },
                screened: screened[g])
        }
        self.recordsScreened = recordsScreened
        hitsOutsideGold = outside
        entityNames = Dictionary(matcher.index.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        self.matcher = matcher
    }

    private struct RecordResult: Sendable {
        let hits: [(hit: Hit, placement: Match.Placement)]
        let mentions: [Int: (texts: [String], screened: [Screener.Mention], script: MentionScript)]
    }

    private let matcher: Matcher

    /// The counts at `threshold` over the mentions `include` accepts, of `answers`.
    public func scores(at threshold: Double, _ answers: Answers = .everyHit,
                       where include: (EvaluatedMention) -> Bool = { _ in true }) -> MatchScores {
        var scores = MatchScores()
        for mention in mentions where include(mention) {
            scores.add(predicted: mention.predicted(at: threshold, answers), expected: mention.expected)
        }
        return scores
    }

    /// The counts at every threshold of the sweep (0.50 to 1.00 by 0.01), of `answers`.
    public func sweep(_ answers: Answers = .everyHit, where include: (EvaluatedMention) -> Bool = { _ in true }) -> [MatchScores.ThresholdPoint] {
        let included = mentions.filter(include)
        return MatchScores.sweep(scored: included.map { Dictionary(answers.hits(of: $0).map { ($0.entityID, $0.score) }, uniquingKeysWith: max) },
                                 expected: included.map(\.expected))
    }

    /// The counts at `threshold` per group, groups in first-seen order.
    public func breakdown<Group: Hashable>(at threshold: Double, by group: (EvaluatedMention) -> Group) -> [(Group, MatchScores)] {
        var order: [Group] = []
        var scores: [Group: MatchScores] = [:]
        for mention in mentions {
            let g = group(mention)
            if scores[g] == nil { order.append(g) }
            scores[g, default: MatchScores()].add(predicted: mention.predicted(at: threshold), expected: mention.expected)
        }
        return order.map { ($0, scores[$0]!) }
    }

    /// A hit at the threshold on an entity the mention does not name.
    public struct FalseHit: Sendable {
        public let mention: EvaluatedMention
        public let hit: Hit
    }

    /// An expected entity not among the answers at the threshold.
    public struct Miss: Sendable {
        public let mention: EvaluatedMention
        public let entityID: String
        /// The entity's own best hit at or above the floor, if any: below the threshold, or,
        /// when only chosen hits answer, `outranked`.
        public let below: Hit?
        /// Its hit reached the threshold, but another organisation's ranked first in its text.
        public let outranked: Bool
    }

    /// Every false hit at `threshold` among `answers`, in gold order, best first within a
    /// mention (each entity once).
    public func falseHits(at threshold: Double, _ answers: Answers = .everyHit) -> [FalseHit] {
        mentions.flatMap { mention in
            var seen = Set<String>()
            return answers.hits(of: mention).sorted { $0.score > $1.score || ($0.score == $1.score && $0.entityID < $1.entityID) }
                .filter { $0.score >= threshold && !mention.expected.contains($0.entityID) && seen.insert($0.entityID).inserted }
                .map { FalseHit(mention: mention, hit: $0) }
        }
    }

    /// Every expected entity not among `answers` at `threshold`, in gold order.
    public func misses(at threshold: Double, _ answers: Answers = .everyHit) -> [Miss] {
        mentions.flatMap { mention in
            let predicted = mention.predicted(at: threshold, answers)
            return mention.gold.expected.filter { !predicted.contains($0) }.map { id in
                let own = mention.hits.first { $0.entityID == id }
                return Miss(mention: mention, entityID: id, below: own, outranked: own.map { $0.score >= threshold } ?? false)
            }
        }
    }

    /// Why `miss` was missed, for a reviewer: absent from the records or lists, scored below
    /// the threshold (with the matcher's account), or not among the matcher's candidates.
    public func reason(for miss: Miss) -> String {
        if !miss.mention.found { return "the records hold no \(miss.mention.gold.key.description)" }
        if entityNames[miss.entityID] == nil { return "absent from the loaded lists, so it cannot be found" }
        if let below = miss.below {
            if miss.outranked {
                return String(format: "hit at %.2f, but another organisation ranks first in its text: ", below.score) + below.explanation
            }
            return String(format: "scored %.2f, below the threshold: ", below.score) + below.explanation
        }
        // Below the floor: ask the matcher once more with no threshold to speak of.
        let loose = Screener(matcher: matcher, threshold: 0.01)
        let own = miss.mention.screened.flatMap { loose.matches($0) }.filter { $0.entity.id == miss.entityID }.max { $0.score < $1.score }
        if let own { return String(format: "scored %.2f, below the sweep floor: ", own.score) + own.explanation }
        return "not among the matcher's candidates for this text"
    }
}
