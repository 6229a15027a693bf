import Foundation
import ScreeningCore

/// The readable and JSON renderings of a `NormalizedText` for `normalize`.
enum NormalizedTextReport {
    static func text(_ result: NormalizedText) -> String {
        var lines: [String] = []
        lines.append("input      \(result.original)")
        lines.append("scripts    \(result.scripts.names.joined(separator: ", "))\(hanEvidence(result.hanFlags))")
        lines.append("matching   \(result.key)")
        let segments = Dictionary(grouping: result.tokens, by: \.segment).sorted { $0.key < $1.key }
        if segments.count > 1 {
            lines.append("segments   " + segments.map { $0.value.map(\.text).joined(separator: " ") }.joined(separator: " | "))
        }
        if !result.legalForms.isEmpty { lines.append("legal form \(result.legalForms.joined(separator: ", "))") }
        for form in result.forms {
            lines.append("\(form.kind.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)) \(form.text)   (\(form.source))")
        }
        for problem in result.problems { lines.append("problem    \(problem)") }
        for rule in result.rules {
            lines.append("  rule \(rule.rule): \(rule.detail)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func hanEvidence(_ flags: HanFlags) -> String {
        var parts: [String] = []
        if flags.contains(.simplifiedOnly) { parts.append("simplified-only forms") }
        if flags.contains(.traditional) { parts.append("traditional forms") }
        if flags.contains(.japaneseOnly) { parts.append("Japanese-only forms") }
        return parts.isEmpty ? "" : " (Han: \(parts.joined(separator: ", ")))"
    }
}

/// One JSON object per normalized string, for scripts.
enum NormalizedTextJSON {
    static func line(_ result: NormalizedText) -> String {
        var flags: [String] = []
        if result.hanFlags.contains(.simplifiedOnly) { flags.append("simplified-only") }
        if result.hanFlags.contains(.traditional) { flags.append("traditional") }
        if result.hanFlags.contains(.japaneseOnly) { flags.append("japanese-only") }
        if result.hanFlags.contains(.ambiguousJapanese) { flags.append("ambiguous-japanese") }
        let object: [String: Any] = [
            "input": result.original,
            "matching": result.key,
            "tokens": result.tokens.map { ["text": $0.text, "script": "\($0.script)", "segment": $0.segment, "clause": Int($0.clause)] as [String: Any] },
            "scripts": result.scripts.names,
            "han_evidence": flags,
            "legal_forms": result.legalForms,
            "forms": result.forms.map { ["kind": $0.kind.rawValue, "text": $0.text, "source": $0.source] },
            "rules": result.rules.map { ["rule": $0.rule, "detail": $0.detail] },
            "problems": result.problems,
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
