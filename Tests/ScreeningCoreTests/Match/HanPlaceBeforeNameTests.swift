import Foundation
@testable import ScreeningCore
import XCTest

/// A listed Han name printed right after a place it does not open with (METI's End User
/// List gives the University of Electronic Science and Technology of China as 電子科技大学):
/// Xidian University (西安电子科技大学), Hangzhou Dianzi University and Guilin University of
/// Electronic Technology are their cities' own universities, as New York University is not
/// York University. A place before a name that opens with a place, or with the nation's
/// name, is the same organisation's province or seat.
final class HanPlaceBeforeNameTests: XCTestCase {
    nonisolated(unsafe) private static var shared: Matcher?

    private func matcher() throws -> Matcher {
        if let matcher = Self.shared { return matcher }
        let loaded = try ListFiles.load([TestSupport.shared("lists/meti-eul/20250929_4.xlsx").path])
        let matcher = Matcher(index: EntityIndex(entities: loaded.entities, normalizer: TestSupport.normalizer),
                              normalizer: TestSupport.normalizer)
        Self.shared = matcher
        return matcher
    }

    /// The best score of the METI entry named `name` (its English name opens so) for `text`.
    private func score(of name: String, in text: String) throws -> Double {
        try matcher().match(affiliation: text, threshold: 0.01).filter { $0.entity.name.hasPrefix(name) }.map(\.score).max() ?? 0
    }

    func testAPlaceBeforeANameOfCommonWordsMakesAnotherUniversity() throws {
        let uestc = "University of Electronic Science and Technology of China"
        XCTAssertEqual(try score(of: uestc, in: "电子科技大学"), 1)
        for text in ["西安电子科技大学", "杭州电子科技大学", "桂林电子科技大学"] {
            XCTAssertLessThan(try score(of: uestc, in: text), Matcher.defaultThreshold, text)
        }
        let hit = try XCTUnwrap(matcher().match(affiliation: "西安电子科技大学", threshold: 0.5).first { $0.entity.name.hasPrefix(uestc) })
        XCTAssertTrue(hit.explanation.contains("right after “西安” (Xi'an)"), hit.explanation)
    }

    func testAPlaceBeforeAPlacesOrTheNationsNameIsItsSeat() throws {
        XCTAssertEqual(try score(of: "Harbin Institute of Technology", in: "黑龙江哈尔滨工业大学"), 1)
        XCTAssertEqual(try score(of: "National University of Defense Technology", in: "湖南长沙国防科技大学"), 1)
        XCTAssertEqual(try score(of: "National University of Defense Technology", in: "中国人民解放军国防科技大学"), 1)
    }

    /// Another country's name before a national body's is that country's body: Mongolia's
    /// National Defense University is not the PLA's (METI: 国防大学, National Defense College).
    func testAnotherCountryBeforeANationalBodysNameMakesItsOwn() throws {
        XCTAssertEqual(try score(of: "National Defense College", in: "国防大学"), 1)
        XCTAssertLessThan(try score(of: "National Defense College", in: "蒙古国防大学"), Matcher.defaultThreshold)
        XCTAssertLessThan(try score(of: "National Defense College", in: "美国国防大学"), Matcher.defaultThreshold)
        XCTAssertEqual(try score(of: "National Defense College", in: "中国国防大学"), 1)
    }
}
