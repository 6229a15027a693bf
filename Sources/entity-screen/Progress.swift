import Foundation
import ScreeningCore

/// Progress of a `screen` run on standard error: records read, hits, rate and the time
/// left (from the input bytes read against the files' sizes, when every input is a file).
/// Shown when standard error is a terminal, on one line rewritten in place; `--progress`
/// forces it (a line per update where standard error is not a terminal), `--quiet` hides it.
final class Progress {
    private let enabled: Bool
    private let terminal: Bool
    private let totalBytes: Int?
    private let start = Date()
    private var lastShown = Date.distantPast
    private var shownAny = false

    init(force: Bool, quiet: Bool, recordFiles: [String]) {
        terminal = isatty(STDERR_FILENO) == 1
        enabled = !quiet && (force || terminal)
        var total = 0
        var known = true
        for path in recordFiles {
            guard path != "-", let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber else {
                known = false
                break
            }
            total += size.intValue
        }
        totalBytes = known && total > 0 ? total : nil
    }

    /// Shows the figures so far, at most once a second.
    func update(_ summary: ScreenRun.Summary) {
        guard enabled, Date().timeIntervalSince(lastShown) >= 1 else { return }
        lastShown = Date()
        show(Progress.line(summary, elapsed: Date().timeIntervalSince(start), totalBytes: totalBytes))
    }

    /// Clears the line before the summary is printed.
    func finish() {
        guard enabled, shownAny, terminal else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    private func show(_ text: String) {
        shownAny = true
        FileHandle.standardError.write(Data((terminal ? "\r\u{1B}[K" + text : "entity-screen: " + text + "\n").utf8))
    }

    /// `records 4,096, hits 12, 1,850 records/s, 37%, about 12 s left`.
    static func line(_ summary: ScreenRun.Summary, elapsed: Double, totalBytes: Int?) -> String {
        let rate = Double(summary.records) / max(elapsed, 1e-9)
        var text = "records \(grouped(summary.records)), hits \(grouped(summary.hits)), \(grouped(Int(rate))) records/s"
        if let totalBytes, summary.bytesRead > 0 {
            let done = min(1, Double(summary.bytesRead) / Double(totalBytes))
            text += String(format: ", %.0f%%", done * 100)
            if done < 1 { text += ", about \(duration(elapsed * (1 - done) / done)) left" }
        }
        return text
    }

    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (k, d) in digits.enumerated() {
            if k > 0 && (digits.count - k) % 3 == 0 { out += "," }
            out.append(d)
        }
        return out
    }

    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        if s < 60 { return "\(s) s" }
        if s < 3600 { return "\(s / 60) min \(s % 60) s" }
        return "\(s / 3600) h \(s % 3600 / 60) min"
    }
}
