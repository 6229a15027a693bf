@testable import ScreeningCore
import XCTest

/// Romanizations only pinyin writes: two such words that differ are two syllables'
/// spellings, not one syllable's in two systems (`Verifier.tokenScore`).
final class PinyinOnlyTests: XCTestCase {
    func testLettersWadeGilesDoesNotWrite() {
        for word in ["chongqing", "zhongjing", "cai", "xian", "zhang"] { XCTAssertTrue(Verifier.isPinyinOnly(word), word) }
        for word in ["tsinghua", "chang", "tzu", "hsian", "peking"] { XCTAssertFalse(Verifier.isPinyinOnly(word), word) }
    }
}
