import Foundation
import ScreeningCore

/// The real strings the benchmark runs on, read from ../shared/data.
struct RealStrings {
    let shared: URL

    /// Affiliation strings in Latin script: Crossref's (gold-dev), S2AFF's and PubMed's.
    func latin() -> [String] {
        var result: [String] = []
        for row in csvRows("gold-dev/crossref-affiliation-ror.csv").dropFirst() { if let s = row.first { result.append(s) } }
        for row in csvRows("gold-dev/s2aff-train-val.csv").dropFirst() { if let s = row.first { result.append(s) } }
        let pubmed = shared.appendingPathComponent("records/pubmed")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: pubmed.path)) ?? [] {
            let text = read(pubmed.appendingPathComponent(name))
            result += elements("Affiliation", in: text)
        }
        return result.filter { s in !s.isEmpty && s.unicodeScalars.allSatisfy { $0.value < 0x2E80 } }
    }

    /// Names in Han and kana: ROR's ja and zh labels, KAKEN's Japanese names and readings,
    /// and the kanji names in METI's End User List.
    func hanAndKana() -> [String] {
        var result: [String] = []
        let ror = read(shared.appendingPathComponent("registries/ror-v2-partial.jsonl.gz"))
        for line in ror.split(separator: "\n") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let names = object["names"] as? [[String: Any]] else { continue }
            for name in names {
                if let lang = name["lang"] as? String, lang == "ja" || lang == "zh", let value = name["value"] as? String {
                    result.append(value)
                }
            }
        }
        for row in csvRows("registries/kaken-institutions.csv") where row.count >= 6 && !row[0].hasPrefix("#") {
            result.append(row[3])
            result.append(row[5])
        }
        let xlsx = shared.appendingPathComponent("lists/meti-eul/20250929_4.xlsx")
        let strings = elements("t", in: run("/usr/bin/unzip", ["-p", xlsx.path, "xl/sharedStrings.xml"]))
        result += strings.filter { $0.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }
        return result.filter { $0.unicodeScalars.contains { $0.value >= 0x3040 } }
    }

    private func read(_ url: URL) -> String {
        if url.pathExtension == "gz" { return run("/bin/gzip", ["-dc", url.path]) }
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }

    private func run(_ tool: String, _ arguments: [String]) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return "" }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The text of every <name ...>text</name> element, entities decoded (a byte scan:
    /// Foundation's range(of:) on large strings is quadratic here).
    private func elements(_ name: String, in text: String) -> [String] {
        let bytes = Array(text.utf8)
        let open = Array("<\(name)".utf8)
        let close = Array("</\(name)>".utf8)
        func find(_ pattern: [UInt8], from start: Int) -> Int? {
            guard pattern.count <= bytes.count else { return nil }
            var i = start
            while i + pattern.count <= bytes.count {
                if bytes[i] == pattern[0] && bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
                i += 1
            }
            return nil
        }
        var result: [String] = []
        var position = 0
        while let tag = find(open, from: position) {
            let after = tag + open.count
            guard after < bytes.count else { break }
            guard bytes[after] == UInt8(ascii: ">") || bytes[after] == UInt8(ascii: " ") else { position = after; continue }
            guard let tagEnd = bytes[after...].firstIndex(of: UInt8(ascii: ">")), let end = find(close, from: tagEnd + 1)
            else { break }
            result.append(String(decoding: bytes[(tagEnd + 1)..<end], as: UTF8.self)
                .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
                .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
                .replacingOccurrences(of: "&apos;", with: "'"))
            position = end + close.count
        }
        return result
    }

    /// Rows of a CSV file, read by the library's own RFC 4180 reader; none when the file
    /// cannot be read, so the benchmark runs on what there is.
    private func csvRows(_ path: String) -> [[String]] {
        guard let source = try? InputFile.open(shared.appendingPathComponent(path).path) else { return [] }
        let rows = CSVRows(source, file: path)
        var result: [[String]] = []
        while let row = try? rows.next() { result.append(row.fields) }
        return result
    }
}
