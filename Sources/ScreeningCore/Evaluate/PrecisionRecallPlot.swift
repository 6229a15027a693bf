import Foundation

/// A precision-recall curve as a self-contained SVG document (no scripts, fonts or links):
/// one point per threshold of a sweep, joined in threshold order, the chosen threshold
/// marked and labelled.
public enum PrecisionRecallPlot {
    /// The SVG text of `sweep` with `current` (a threshold of the sweep, or near one) marked.
    public static func svg(sweep: [MatchScores.ThresholdPoint], current: Double, title: String) -> String {
        let width = 480.0, height = 420.0, left = 60.0, right = 20.0, top = 40.0, bottom = 50.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        func x(_ recall: Double) -> Double { left + recall * plotWidth }
        func y(_ precision: Double) -> Double { top + (1 - precision) * plotHeight }
        func number(_ value: Double) -> String { String(format: "%.1f", value) }

        var svg = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" \
            viewBox="0 0 \(Int(width)) \(Int(height))" font-family="sans-serif" font-size="12">
            <rect width="100%" height="100%" fill="white"/>
            <text x="\(number(width / 2))" y="22" text-anchor="middle" font-size="14">\(escape(title))</text>

            """
        // Axes and grid at every 0.2.
        for step in 0...5 {
            let value = Double(step) / 5
            svg += "<line x1=\"\(number(x(value)))\" y1=\"\(number(top))\" x2=\"\(number(x(value)))\" y2=\"\(number(top + plotHeight))\" stroke=\"#ddd\"/>\n"
            svg += "<line x1=\"\(number(left))\" y1=\"\(number(y(value)))\" x2=\"\(number(left + plotWidth))\" y2=\"\(number(y(value)))\" stroke=\"#ddd\"/>\n"
            svg += "<text x=\"\(number(x(value)))\" y=\"\(number(top + plotHeight + 16))\" text-anchor=\"middle\">\(String(format: "%.1f", value))</text>\n"
            svg += "<text x=\"\(number(left - 6))\" y=\"\(number(y(value) + 4))\" text-anchor=\"end\">\(String(format: "%.1f", value))</text>\n"
        }
        svg += "<rect x=\"\(number(left))\" y=\"\(number(top))\" width=\"\(number(plotWidth))\" height=\"\(number(plotHeight))\" fill=\"none\" stroke=\"black\"/>\n"
        svg += "<text x=\"\(number(left + plotWidth / 2))\" y=\"\(number(height - 12))\" text-anchor=\"middle\">recall</text>\n"
        svg += "<text x=\"16\" y=\"\(number(top + plotHeight / 2))\" text-anchor=\"middle\" "
            + "transform=\"rotate(-90 16 \(number(top + plotHeight / 2)))\">precision</text>\n"

        let points = sweep.map { (x($0.scores.recall), y($0.scores.precision)) }
        if !points.isEmpty {
            svg += "<polyline fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"2\" points=\""
                + points.map { "\(number($0.0)),\(number($0.1))" }.joined(separator: " ") + "\"/>\n"
            for (point, p) in zip(sweep, points) {
                svg += "<circle cx=\"\(number(p.0))\" cy=\"\(number(p.1))\" r=\"2\" fill=\"#1f77b4\">"
                    + "<title>\(String(format: "threshold %.2f: P %.3f R %.3f F1 %.3f", point.threshold, point.scores.precision, point.scores.recall, point.scores.f1))</title></circle>\n"
            }
        }
        if let marked = sweep.min(by: { abs($0.threshold - current) < abs($1.threshold - current) }) {
            let px = x(marked.scores.recall), py = y(marked.scores.precision)
            let label = String(format: "threshold %.2f: P %.3f, R %.3f", current, marked.scores.precision, marked.scores.recall)
            svg += "<circle cx=\"\(number(px))\" cy=\"\(number(py))\" r=\"6\" fill=\"none\" stroke=\"#d62728\" stroke-width=\"2\"/>\n"
            svg += "<text x=\"\(number(min(px, left + plotWidth - 10)))\" y=\"\(number(max(py - 12, top + 14)))\" "
                + "text-anchor=\"end\" fill=\"#d62728\">\(escape(label))</text>\n"
        }
        svg += "</svg>\n"
        return svg
    }

    /// Text made safe for XML character data and attribute values.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
