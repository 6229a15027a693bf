import Foundation
import ScreeningCore

/// The figures of an evaluation, rendered as the readable report and as JSON.
struct EvalFigures {
    /// Scores at the threshold and across the sweep for one set of mentions.
    struct Summary {
        let mentions: Int
        let atThreshold: MatchScores
        let sweep: [MatchScores.ThresholdPoint]
        let best: MatchScores.ThresholdPoint?
    }

    let evaluation: Evaluation
    let threshold: Double
    let shown: Int
    let all: Summary
    let covered: Summary
    /// The same with one answer per text: the chosen hit (`Evaluation.Answers.chosenHit`).
    let allChosen: Summary
    let coveredChosen: Summary
    /// The covered mentions' chosen hits with the expected entity's own put first where the
    /// matcher hit it (`Evaluation.Answers.expectedFirst`): the ceiling of ranking alone.
    let coveredExpectedFirst: Summary
    let byScript: [(MentionScript, MatchScores)]
    let byField: [(Hit.Field, MatchScores)]
    /// Whose false hits and misses are listed: every hit's, or each text's chosen hit's.
    let errorsOf: Evaluation.Answers
    let falseHits: [Evaluation.FalseHit]
    let misses: [Evaluation.Miss]

    init(_ evaluation: Evaluation, threshold: Double, shown: Int, errorsOf: Evaluation.Answers = .everyHit) {
        self.evaluation = evaluation
        self.threshold = threshold
        self.shown = shown
        self.errorsOf = errorsOf
        func summary(_ answers: Evaluation.Answers, _ include: @escaping (EvaluatedMention) -> Bool) -> Summary {
            let sweep = evaluation.sweep(answers, where: include)
            return Summary(mentions: evaluation.mentions.filter(include).count,
                           atThreshold: evaluation.scores(at: threshold, answers, where: include), sweep: sweep, best: MatchScores.best(of: sweep))
        }
        all = summary(.everyHit) { _ in true }
        covered = summary(.everyHit, \.covered)
        allChosen = summary(.chosenHit) { _ in true }
        coveredChosen = summary(.chosenHit, \.covered)
        coveredExpectedFirst = summary(.expectedFirst, \.covered)
        byScript = evaluation.breakdown(at: threshold, by: \.script).sorted { $0.0.order < $1.0.order }
        byField = evaluation.breakdown(at: threshold, by: \.gold.key.field).sorted { $0.0.rawValue < $1.0.rawValue }
        falseHits = evaluation.falseHits(at: threshold, errorsOf)
        misses = evaluation.misses(at: threshold, errorsOf)
    }

    // MARK: text

    var text: String {
        var lines: [String] = []
        let e = evaluation
        let notFound = e.mentions.filter { !$0.found }.count
        lines.append("gold mentions \(all.mentions) (\(covered.mentions) covered: every expected id in the loaded lists); "
            + "records screened \(e.recordsScreened); gold mentions not in the records \(notFound); hits outside the gold \(e.hitsOutsideGold)")
        lines.append("")
        lines.append(Self.header("mentions"))
        for (label, summary) in [("all", all), ("covered", covered), ("all, chosen", allChosen), ("covered, chosen", coveredChosen)] {
            lines.append(Self.row(String(format: "%@ @ %.2f", label, threshold), summary.mentions, summary.atThreshold))
            if let best = summary.best {
                lines.append(Self.row(String(format: "%@ @ %.2f (best F1)", label, best.threshold), summary.mentions, best.scores))
            }
        }
        lines.append(Self.row(String(format: "covered, expected first @ %.2f", threshold), coveredExpectedFirst.mentions,
                              coveredExpectedFirst.atThreshold))
        lines.append("(chosen: only the hit ranked first for each text, the one answer an affiliation-linking service gives;")
        lines.append(" expected first: the same, but the expected organisation's own hit in a text in its place wherever")
        lines.append(" the matcher hit it there, so what lies between the two rows is lost to ranking, the rest to matching)")
        lines.append("")
        lines.append(Self.header(String(format: "by script @ %.2f", threshold)))
        for (script, scores) in byScript { lines.append(Self.row("  " + script.rawValue, scores.mentions, scores)) }
        lines.append(Self.header(String(format: "by field @ %.2f", threshold)))
        for (field, scores) in byField { lines.append(Self.row("  " + field.rawValue, scores.mentions, scores)) }
        lines.append("")
        lines.append("sweep (all mentions; covered in brackets)")
        lines.append("  threshold  precision  recall  F1      [precision  recall  F1   ]")
        for (point, coveredPoint) in zip(all.sweep, covered.sweep) {
            let s = point.scores, c = coveredPoint.scores
            lines.append(String(format: "  %.2f%@  %.3f      %.3f   %.3f   [%.3f      %.3f   %.3f]", point.threshold,
                                abs(point.threshold - threshold) < 1e-9 ? " *  " : "    ", s.precision, s.recall, s.f1, c.precision, c.recall, c.f1))
        }
        lines.append("")
        let of = errorsOf == .chosenHit ? ", chosen hits" : ""
        lines.append(String(format: "false hits @ %.2f%@: %d%@", threshold, of, falseHits.count, Self.shownNote(falseHits.count, shown)))
        for falseHit in falseHits.prefix(shown) {
            let m = falseHit.mention
            lines.append("- \(m.gold.key.description) [\(m.script.rawValue)]: \(Self.oneLine(m.texts.joined(separator: " | ")))")
            lines.append(String(format: "    hit %@ %@ (%.2f): ", falseHit.hit.entityID, falseHit.hit.entityName, falseHit.hit.score) + falseHit.hit.explanation)
            lines.append("    expected: " + (m.gold.expected.isEmpty ? "nothing" : m.gold.expected.map(describe).joined(separator: "; ")))
        }
        lines.append("")
        lines.append(String(format: "misses @ %.2f%@: %d%@", threshold, of, misses.count, Self.shownNote(misses.count, shown)))
        for miss in misses.prefix(shown) {
            let m = miss.mention
            lines.append("- \(m.gold.key.description) [\(m.script.rawValue)]: \(Self.oneLine(m.texts.joined(separator: " | ")))")
            lines.append("    expected \(describe(miss.entityID)): \(evaluation.reason(for: miss))")
            let instead = errorsOf.hits(of: m).filter { $0.score >= threshold }.prefix(3)
            lines.append("    hit instead: " + (instead.isEmpty ? "nothing"
                : instead.map { String(format: "%@ %@ (%.2f)", $0.entityID, $0.entityName, $0.score) }.joined(separator: "; ")))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func describe(_ id: String) -> String {
        evaluation.entityNames[id].map { "\(id) \($0)" } ?? "\(id) (not in the lists)"
    }

    private static func shownNote(_ count: Int, _ shown: Int) -> String {
        count > shown ? " (the first \(shown); --all for every one)" : ""
    }

    private static func oneLine(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
    }

    private static func header(_ label: String) -> String {
        label.padding(toLength: 34, withPad: " ", startingAt: 0) + "mentions  precision  recall  F1      TP      FP      FN"
    }

    /// A row of counts; a ratio with nothing to divide (no hit, or nothing expected) shows as `-`.
    private static func row(_ label: String, _ mentions: Int, _ s: MatchScores) -> String {
        func ratio(_ value: Double, defined: Bool) -> String { defined ? String(format: "%.3f", value) : "  -  " }
        let precision = ratio(s.precision, defined: s.truePositives + s.falsePositives > 0)
        let recall = ratio(s.recall, defined: s.truePositives + s.falseNegatives > 0)
        let f1 = ratio(s.f1, defined: s.truePositives + s.falsePositives > 0 || s.truePositives + s.falseNegatives > 0)
        return label.padding(toLength: 34, withPad: " ", startingAt: 0)
            + String(format: "%8d  %@      %@   %@  %6d  %6d  %6d", mentions, precision, recall, f1,
                     s.truePositives, s.falsePositives, s.falseNegatives)
    }

    // MARK: JSON

    var json: [String: Any] {
        var object = Self.summaryObject(all)
        object["threshold"] = threshold
        object["covered"] = Self.summaryObject(covered)
        var chosen = Self.summaryObject(allChosen)
        chosen["covered"] = Self.summaryObject(coveredChosen)
        chosen["covered_expected_first"] = Self.summaryObject(coveredExpectedFirst)
        object["chosen"] = chosen
        object["by_script"] = Dictionary(uniqueKeysWithValues: byScript.map { ($0.0.rawValue, Self.scoresObject($0.1)) })
        object["by_field"] = Dictionary(uniqueKeysWithValues: byField.map { ($0.0.rawValue, Self.scoresObject($0.1)) })
        object["records"] = evaluation.recordsScreened
        object["hits_outside_gold"] = evaluation.hitsOutsideGold
        object["errors_of"] = errorsOf == .chosenHit ? "chosen hit" : "every hit"
        object["false_hit_count"] = falseHits.count
        object["miss_count"] = misses.count
        object["false_hits"] = falseHits.prefix(shown).map { f -> [String: Any] in
            var o = Self.mentionObject(f.mention)
            o["entity_id"] = f.hit.entityID
            o["entity_name"] = f.hit.entityName
            o["score"] = Self.rounded(f.hit.score)
            o["explanation"] = f.hit.explanation
            return o
        }
        object["misses"] = misses.prefix(shown).map { m -> [String: Any] in
            var o = Self.mentionObject(m.mention)
            o["entity_id"] = m.entityID
            o["entity_name"] = evaluation.entityNames[m.entityID] ?? NSNull()
            o["reason"] = evaluation.reason(for: m)
            return o
        }
        return object
    }

    private static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

    private static func summaryObject(_ summary: Summary) -> [String: Any] {
        var object = scoresObject(summary.atThreshold)
        object["mentions"] = summary.mentions
        object["sweep"] = summary.sweep.map(pointObject)
        object["best_threshold"] = summary.best?.threshold ?? NSNull()
        object["best_f1"] = summary.best.map { rounded($0.scores.f1) } ?? NSNull()
        return object
    }

    private static func scoresObject(_ s: MatchScores) -> [String: Any] {
        ["precision": rounded(s.precision), "recall": rounded(s.recall), "f1": rounded(s.f1), "mentions": s.mentions,
         "true_positives": s.truePositives, "false_positives": s.falsePositives, "false_negatives": s.falseNegatives]
    }

    private static func pointObject(_ point: MatchScores.ThresholdPoint) -> [String: Any] {
        var o = scoresObject(point.scores)
        o["threshold"] = point.threshold
        return o
    }

    private static func mentionObject(_ m: EvaluatedMention) -> [String: Any] {
        ["record_id": m.gold.key.recordID, "party": m.gold.key.party, "field": m.gold.key.field.rawValue,
         "mention": m.texts.joined(separator: " | "), "script": m.script.rawValue, "expected": m.gold.expected]
    }
}

extension MentionScript {
    /// Report order.
    var order: Int { Self.allCases.firstIndex(of: self)! }
}
