import Foundation
import ScreeningCore
import XCTest

/// The Han variant tables on real names: METI's kanji names and ROR's ja and zh labels fold
/// to forms with no traditional or Japanese-only character left.
final class RealNameFoldingTests: XCTestCase {
    private func leftovers(in names: [String]) -> (checked: Int, bad: [String]) {
        let tables = TestSupport.normalizer.tables
        var bad: [String] = []
        var checked = 0
        for name in names {
            let key = TestSupport.normalizer.normalize(name, options: []).key
            guard key.unicodeScalars.contains(where: { tables.scalarClass($0.value) == .han }) else { continue }
            checked += 1
            let unfolded = key.unicodeScalars.filter {
                tables.scalarClass($0.value) == .han
                    && !tables.han($0.value).flags.isDisjoint(with: [.traditional, .japaneseOnly])
            }
            if !unfolded.isEmpty { bad.append("\(name) → \(key) [\(String(String.UnicodeScalarView(unfolded)))]") }
        }
        return (checked, bad)
    }

    func testMETIKanjiNamesFoldCompletely() throws {
        let xlsx = try TestSupport.shared("lists/meti-eul/20250929_4.xlsx")
        let xml = try TestSupport.run("/usr/bin/unzip", ["-p", xlsx.path, "xl/sharedStrings.xml"])
        let names = TestSupport.elements("t", in: xml).filter {
            $0.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
        }
        let (checked, bad) = leftovers(in: names)
        print("METI: \(checked) strings with Han checked, \(bad.count) with unfolded forms: \(bad.prefix(5))")
        XCTAssertGreaterThan(checked, 300)
        XCTAssertEqual(bad, [])
    }

    func testRORJapaneseAndChineseLabelsFoldCompletely() throws {
        let url = try TestSupport.shared("registries/ror-v2-partial.jsonl.gz")
        var names: [String] = []
        for line in try TestSupport.lines(url) {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let labels = object["names"] as? [[String: Any]] else { continue }
            for label in labels {
                if let lang = label["lang"] as? String, lang == "ja" || lang == "zh", let value = label["value"] as? String {
                    names.append(value)
                }
            }
        }
        let (checked, bad) = leftovers(in: names)
        print("ROR: \(checked) ja/zh labels checked, \(bad.count) with unfolded forms: \(bad.prefix(5))")
        XCTAssertGreaterThan(checked, 5_000)
        XCTAssertLessThanOrEqual(bad.count, checked / 1000, "\(bad.prefix(20))")
    }
}
