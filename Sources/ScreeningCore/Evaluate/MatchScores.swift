/// Micro-averaged precision, recall and F1 of matching mentions to listed entities, computed
/// as the published anchors (ROR's affiliation-matching experiments, S2AFF) compute them.
///
/// Each mention (an affiliation string; in `entity-screen eval` a (record, party, field))
/// contributes its predicted set of entity ids (every match at or above the threshold)
/// against its expected set: true positives = predicted ∩ expected, false positives =
/// predicted − expected, false negatives = expected − predicted; the counts are summed over
/// all mentions before the ratios are taken.
public struct MatchScores: Sendable, Hashable {
    /// Predicted ids that were expected.
    public var truePositives = 0
    /// Predicted ids that were not expected.
    public var falsePositives = 0
    /// Expected ids that were not predicted.
    public var falseNegatives = 0
    /// Mentions counted.
    public var mentions = 0

    /// The counts of no mention.
    public init() {}

    /// The counts over paired predicted and expected sets.
    public init(predicted: [Set<String>], expected: [Set<String>]) {
        precondition(predicted.count == expected.count, "one predicted set per expected set")
        for (p, e) in zip(predicted, expected) { add(predicted: p, expected: e) }
    }

    /// Counts one mention.
    public mutating func add(predicted: Set<String>, expected: Set<String>) {
        let hits = predicted.intersection(expected).count
        truePositives += hits
        falsePositives += predicted.count - hits
        falseNegatives += expected.count - hits
        mentions += 1
    }

    /// TP / (TP + FP); 0 when nothing was predicted (as scikit-learn reports it).
    public var precision: Double {
        truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives)
    }

    /// TP / (TP + FN); 0 when nothing was expected.
    public var recall: Double {
        truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives)
    }

    /// The harmonic mean of precision and recall; 0 when both are 0.
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    /// The scores at one threshold of a sweep.
    public struct ThresholdPoint: Sendable, Hashable {
        /// Matches scoring at least this were predicted.
        public let threshold: Double
        /// The counts at that threshold.
        public let scores: MatchScores
    }

    /// 0.50, 0.51, ..., 1.00, built from integers so each is the double nearest its decimal.
    public static let sweepThresholds: [Double] = (50...100).map { Double($0) / 100 }

    /// The scores at each threshold from one run: `scored[i]` holds every match of
    /// mention `i` (ROR id → best score) at or below the lowest threshold of interest,
    /// and the predicted set at threshold t is the ids scoring at least t.
    public static func sweep(scored: [[String: Double]], expected: [Set<String>],
                             thresholds: [Double] = sweepThresholds) -> [ThresholdPoint] {
        precondition(scored.count == expected.count, "one scored set per expected set")
        return thresholds.map { threshold in
            var scores = MatchScores()
            for (matches, gold) in zip(scored, expected) {
                scores.add(predicted: Set(matches.lazy.filter { $0.value >= threshold }.map(\.key)), expected: gold)
            }
            return ThresholdPoint(threshold: threshold, scores: scores)
        }
    }

    /// The point of highest F1; among equals the lowest threshold (the first reached).
    public static func best(of sweep: [ThresholdPoint]) -> ThresholdPoint? {
        sweep.reduce(nil) { best, point in
            guard let best else { return point }
            return point.scores.f1 > best.scores.f1 ? point : best
        }
    }
}
