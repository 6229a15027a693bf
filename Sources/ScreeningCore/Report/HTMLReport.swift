import Foundation

/// The HTML report of `screen --format html`: one self-contained page (inline CSS and
/// script, nothing fetched) an officer opens in a browser. A summary, the per-researcher
/// due-diligence view when a researcher is named, then the hits grouped by record with the
/// matched part of each mention highlighted, filterable and sortable by list, score and
/// review status.
///
/// It keeps the records that have hits (not the others) until the run ends, then writes
/// the page: memory grows with the hits, not with the records screened.
public final class HTMLReport: HitSink {
    /// What the page says and how.
    public struct Options: Sendable {
        /// Label language.
        public var language: ReportLanguage
        /// The researcher under review for every record (`--subject`); records may name
        /// their own in a `researcher` field, used when this is nil.
        public var subject: String?
        /// The list files, named in the summary.
        public var listFiles: [String]
        /// The threshold of the run, named in the summary.
        public var threshold: Double?

        public init(language: ReportLanguage = .fromEnvironment(), subject: String? = nil,
                    listFiles: [String] = [], threshold: Double? = nil) {
            self.language = language
            self.subject = subject
            self.listFiles = listFiles
            self.threshold = threshold
        }
    }

    /// A record with hits, as the page shows it.
    struct Entry {
        let order: Int
        let record: Record
        let hits: [Hit]
    }

    private let options: Options
    private let labels: ReportLabels
    private var entries: [Entry] = []
    private var parties = 0
    private var recordCount = 0
    private var researchers: ResearcherView
    private var entities: [String: ListedEntity] = [:]

    /// A report; `normalizer` identifies researchers among parties, `entities` (the loaded
    /// lists) give each hit's remarks and country.
    public init(options: Options, normalizer: Normalizer, entities: [ListedEntity] = []) {
        self.options = options
        self.labels = ReportLabels.labels(options.language)
        self.researchers = ResearcherView(normalizer: normalizer)
        for entity in entities { self.entities[entity.id] = entity }
    }

    public func header() -> [UInt8] { [] }

    public func add(_ record: Record, hits: [Hit], to output: inout [UInt8]) {
        recordCount += 1
        parties += record.parties.count
        var entry: Int?
        if !hits.isEmpty {
            entry = entries.count
            entries.append(Entry(order: recordCount, record: record, hits: hits))
        }
        if let researcher = options.subject ?? record.researcher {
            researchers.add(record, hits: hits, entry: entry, researcher: researcher)
        }
    }

    public func footer(summary: ScreenRun.Summary) -> [UInt8] {
        Array(page(summary: summary).utf8)
    }

    /// The whole page.
    func page(summary: ScreenRun.Summary) -> String {
        var h = ""
        h.reserveCapacity(4096 + entries.count * 2048)
        h += "<!DOCTYPE html>\n<html lang=\"\(options.language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        // No network: the policy forbids every fetch, so a crafted record cannot make the page call out.
        h += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
        h += "<title>"; HTMLText.append(labels.title, to: &h); h += "</title>\n<style>\n\(HTMLAssets.css)</style>\n</head>\n<body>\n"
        h += "<h1>"; HTMLText.append(labels.title, to: &h); h += "</h1>\n"
        appendSummary(summary, to: &h)
        appendResearchers(to: &h)
        appendControls(to: &h)
        h += "<main id=\"records\">\n"
        if entries.isEmpty { h += "<p class=\"none\">"; HTMLText.append(labels.noHits, to: &h); h += "</p>\n" }
        for (index, entry) in entries.enumerated() { appendEntry(entry, index: index, to: &h) }
        h += "</main>\n<script>\n\(HTMLAssets.script)</script>\n</body>\n</html>\n"
        return h
    }

    private func hitsByList() -> [(list: String, count: Int)] {
        var counts: [String: Int] = [:]
        for entry in entries { for hit in entry.hits { counts[hit.list, default: 0] += 1 } }
        return counts.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.map { ($0.key, $0.value) }
    }

    private func appendSummary(_ summary: ScreenRun.Summary, to h: inout String) {
        h += "<section id=\"summary\">\n<h2>"; HTMLText.append(labels.summary, to: &h); h += "</h2>\n<dl>\n"
        var rows: [(String, String)] = [
            (labels.records, String(summary.records)), (labels.parties, String(parties)),
            (labels.mentions, String(summary.mentions)), (labels.hits, String(summary.hits)),
            (labels.recordsWithHits, String(entries.count)), (labels.skippedLines, String(summary.skippedLines)),
        ]
        if !summary.unreadable.isEmpty {
            rows.append((labels.unreadable, summary.unreadable.map(\.description).joined(separator: "; ")))
        }
        if !options.listFiles.isEmpty { rows.append((labels.list, options.listFiles.joined(separator: ", "))) }
        if let threshold = options.threshold { rows.append((labels.minimumScore, String(format: "%.2f", threshold))) }
        for (term, value) in rows {
            h += "<dt>"; HTMLText.append(term, to: &h); h += "</dt><dd>"; HTMLText.append(value, to: &h); h += "</dd>\n"
        }
        h += "</dl>\n"
        let byList = hitsByList()
        if !byList.isEmpty {
            h += "<table class=\"bylist\"><caption>"; HTMLText.append(labels.hitsByList, to: &h)
            h += "</caption>\n<tr><th>"; HTMLText.append(labels.list, to: &h); h += "</th><th>"; HTMLText.append(labels.hits, to: &h); h += "</th></tr>\n"
            for (list, count) in byList {
                h += "<tr><td>"; HTMLText.append(list.isEmpty ? "—" : list, to: &h); h += "</td><td class=\"num\">\(count)</td></tr>\n"
            }
            h += "</table>\n"
        }
        h += "</section>\n"
    }

    private func appendResearchers(to h: inout String) {
        let all = researchers.researchers
        guard !all.isEmpty else { return }
        h += "<section id=\"researchers\">\n<h2>"; HTMLText.append(labels.researchers, to: &h); h += "</h2>\n<p class=\"note\">"
        HTMLText.append(labels.procedure, to: &h); h += "</p>\n"
        for researcher in all {
            h += "<div class=\"researcher\">\n<h3>"; HTMLText.append(labels.researcher, to: &h); h += ": "
            HTMLText.append(researcher.name, to: &h)
            h += "</h3>\n<p class=\"note\">\(researcher.records) "; HTMLText.append(labels.recordsReviewed, to: &h)
            h += "; "; HTMLText.append(labels.identifiedOn, to: &h); h += " \(researcher.identified)</p>\n<table class=\"items\">\n"
            for item in ResearcherView.Item.allCases.sorted() {
                let findings = researcher.findings[item] ?? []
                if item == .unplaced && findings.isEmpty { continue }
                h += "<tr class=\"\(findings.isEmpty ? "clear" : "flag")\"><th>"
                HTMLText.append(label(of: item), to: &h); h += "</th><td>"
                HTMLText.append(findings.isEmpty ? labels.notFound : "\(labels.found) (\(findings.count))", to: &h)
                h += "</td><td>"
                var seen = Set<Int>()
                for (entry, hit) in findings where seen.insert(entry * 1_000_003 + hit).inserted {
                    let e = entries[entry], found = e.hits[hit]
                    h += "<a href=\"#hit-\(entry)-\(hit)\">"; HTMLText.append(e.record.id, to: &h); h += "</a>: "
                    HTMLText.append(found.mention, to: &h); h += " → "; HTMLText.append(found.entityName, to: &h)
                    h += " ["; HTMLText.append(found.list, to: &h); h += String(format: "] %.2f", found.score); h += "<br>\n"
                }
                h += "</td></tr>\n"
            }
            h += "</table>\n</div>\n"
        }
        h += "</section>\n"
    }

    private func label(of item: ResearcherView.Item) -> String {
        switch item {
        case .listedPerson: labels.item9
        case .listedAffiliation: labels.item10
        case .coParty: labels.item11
        case .unplaced: labels.unplaced
        }
    }

    private func appendControls(to h: inout String) {
        h += "<form id=\"controls\" onsubmit=\"return false\">\n<label>"; HTMLText.append(labels.list, to: &h)
        h += " <select id=\"f-list\"><option value=\"\">"; HTMLText.append(labels.all, to: &h); h += "</option>"
        for (list, _) in hitsByList().sorted(by: { $0.list < $1.list }) {
            h += "<option value=\""; HTMLText.append(list, to: &h); h += "\">"; HTMLText.append(list.isEmpty ? "—" : list, to: &h); h += "</option>"
        }
        h += "</select></label>\n<label>"; HTMLText.append(labels.minimumScore, to: &h)
        h += " <input id=\"f-score\" type=\"number\" min=\"0\" max=\"1\" step=\"0.01\" value=\"0\"></label>\n<label>"
        HTMLText.append(labels.status, to: &h); h += " <select id=\"f-status\"><option value=\"\">"; HTMLText.append(labels.all, to: &h)
        h += "</option>"
        appendStatusOptions(to: &h)
        h += "</select></label>\n<label>"; HTMLText.append(labels.search, to: &h)
        h += " <input id=\"f-text\" type=\"search\"></label>\n<label>"; HTMLText.append(labels.sort, to: &h)
        h += " <select id=\"f-sort\"><option value=\"input\">"; HTMLText.append(labels.sortInput, to: &h)
        h += "</option><option value=\"score\">"; HTMLText.append(labels.sortScore, to: &h)
        h += "</option><option value=\"list\">"; HTMLText.append(labels.sortList, to: &h)
        h += "</option></select></label>\n<output id=\"shown\"></output> "; HTMLText.append(labels.shown, to: &h)
        h += "\n<p class=\"note\">"; HTMLText.append(labels.statusNote, to: &h); h += "</p>\n</form>\n"
    }

    private func appendStatusOptions(to h: inout String) {
        for (value, text) in [("unreviewed", labels.unreviewed), ("confirmed", labels.confirmed), ("dismissed", labels.dismissed)] {
            h += "<option value=\"\(value)\">"; HTMLText.append(text, to: &h); h += "</option>"
        }
    }

    private func appendEntry(_ entry: Entry, index: Int, to h: inout String) {
        let record = entry.record
        let best = entry.hits.map(\.score).max() ?? 0
        let lists = Set(entry.hits.map(\.list)).sorted().joined(separator: " ")
        h += "<section class=\"record\" data-order=\"\(entry.order)\" data-score=\"\(best)\" data-list=\""
        HTMLText.append(lists, to: &h); h += "\">\n<h3>"; HTMLText.append(record.id, to: &h); h += "</h3>\n<p class=\"meta\">"
        let meta = [record.kind, record.date, record.title, record.researcher.map { "\(labels.researcher): \($0)" }].compactMap { $0 }
        HTMLText.append(meta.joined(separator: " · "), to: &h)
        h += "</p>\n<table class=\"hits\">\n<thead><tr>"
        for title in [labels.party, labels.field, labels.mention, labels.listedEntity, labels.list, labels.score, labels.explanation, labels.status] {
            h += "<th>"; HTMLText.append(title, to: &h); h += "</th>"
        }
        h += "</tr></thead>\n<tbody>\n"
        for (k, hit) in entry.hits.enumerated() { appendHit(hit, record: record, id: "hit-\(index)-\(k)", to: &h) }
        h += "</tbody>\n</table>\n</section>\n"
    }

    private func appendHit(_ hit: Hit, record: Record, id: String, to h: inout String) {
        h += "<tr class=\"hit\" id=\"\(id)\" data-list=\""; HTMLText.append(hit.list, to: &h)
        h += "\" data-score=\"\(hit.score)\" data-key=\""
        HTMLText.append([hit.recordID, String(hit.party), hit.field.rawValue, hit.mention, hit.entityID].joined(separator: "|"), to: &h)
        h += "\">\n<td>"
        let party = record.parties.indices.contains(hit.party) ? record.parties[hit.party] : Party()
        HTMLText.append(party.name.isEmpty ? "#\(hit.party)" : party.name, to: &h)
        if !hit.role.isEmpty { h += " <span class=\"role\">"; HTMLText.append(hit.role, to: &h); h += "</span>" }
        h += "</td><td>"; HTMLText.append(hit.field == .name ? labels.fieldName : labels.fieldAffiliation, to: &h)
        h += "</td><td class=\"mention\">"
        if let range = MentionHighlight.range(of: hit) {
            HTMLText.append(hit.mention[..<range.lowerBound], to: &h)
            h += "<mark>"; HTMLText.append(hit.mention[range], to: &h); h += "</mark>"
            HTMLText.append(hit.mention[range.upperBound...], to: &h)
        } else {
            HTMLText.append(hit.mention, to: &h)
        }
        h += "</td><td><b>"; HTMLText.append(hit.entityName, to: &h); h += "</b>"
        if hit.alias != hit.entityName { h += "<br><span class=\"alias\">"; HTMLText.append(hit.alias, to: &h); h += "</span>" }
        h += "<br><span class=\"id\">"; HTMLText.append(hit.entityID, to: &h); h += "</span>"
        if let entity = entities[hit.entityID] {
            if let country = entity.country { h += " <span class=\"country\">"; HTMLText.append(country, to: &h); h += "</span>" }
            if let remarks = entity.remarks, !remarks.isEmpty {
                h += "<br><span class=\"remarks\">"; HTMLText.append(labels.remarks, to: &h); h += ": "; HTMLText.append(remarks, to: &h); h += "</span>"
            }
        }
        h += "</td><td>"; HTMLText.append(hit.list, to: &h)
        h += String(format: "</td><td class=\"num\">%.2f</td><td class=\"why\">", hit.score)
        HTMLText.append(hit.explanation, to: &h)
        h += "</td><td><select class=\"status\">"
        appendStatusOptions(to: &h)
        h += "</select></td>\n</tr>\n"
    }
}
