@testable import ScreeningCore
import XCTest

/// Which listed names are also indexed with China for Chinese, or the other way round.
final class ChinaOrChineseTests: XCTestCase {
    func testAnAcademyIsNamedEitherWay() {
        XCTAssertEqual(ChinaOrChinese.varied("Chinese Academy of Engineering Physics"), "China Academy of Engineering Physics")
        XCTAssertEqual(ChinaOrChinese.varied("China Academy of Space Technology"), "Chinese Academy of Space Technology")
    }

    /// Elsewhere the words tell institutions apart, or "China" is the country of an address.
    func testOtherNamesAreNot() {
        XCTAssertNil(ChinaOrChinese.varied("Chinese University of Hong Kong"))
        XCTAssertNil(ChinaOrChinese.varied("China Medical University"))
        XCTAssertNil(ChinaOrChinese.varied("China Academy "))
        XCTAssertNil(ChinaOrChinese.varied("Beijing Academy of Chinese Medicine"))
    }
}
