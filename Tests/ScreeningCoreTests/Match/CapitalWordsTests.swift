@testable import ScreeningCore
import XCTest

/// The acronyms a mention prints in capitals (`Verifier.capitalWords`), which the matcher
/// reads beside a name as another organisation's or the entity's own.
final class CapitalWordsTests: XCTestCase {
    func testWordsOfThreeToSixCapitalsInAMixedCaseText() {
        XCTAssertEqual(Verifier.capitalWords(in: "CNRS-Aix Marseille University, UMR 7288, Marseille"), ["cnrs", "umr"])
        XCTAssertEqual(Verifier.capitalWords(in: "PLA Information Engineering University, Zhengzhou"), ["pla"])
        // Two letters, seven, digits or a lower-case letter within: no acronym here.
        XCTAssertEqual(Verifier.capitalWords(in: "KU Leuven, ABCDEFG Center, CETC14 Institute, IMol Lab"), [])
        // A letter outside ASCII makes a word no acronym (ÉCOLE).
        XCTAssertEqual(Verifier.capitalWords(in: "ÉCOLE des Mines, ENSMP"), ["ensmp"])
    }

    func testATextAllInCapitalsTellsNoneApart() {
        XCTAssertEqual(Verifier.capitalWords(in: "HARBIN INSTITUTE OF TECHNOLOGY, HIT"), [])
        XCTAssertEqual(Verifier.capitalWords(in: "哈尔滨工业大学 HIT"), [])
    }

    /// An entry's own acronyms: an alias that is one, and capitals inside a name of mixed case.
    func testAnEntrysOwnAcronyms() {
        let entities = [ListedEntity(id: "a", name: "China Aerospace Science and Industry Corporation Second Academy",
                                     aliases: ["CASIC Second Academy"]),
                        ListedEntity(id: "b", name: "Austrian Institute of Technology", aliases: ["AIT"])]
        let (keys, listed) = Verifier.acronyms(of: entities)
        XCTAssertTrue(keys.contains(Verifier.ownAcronymKey(0, Grams.hash(.token, "casic"))))
        XCTAssertTrue(keys.contains(Verifier.ownAcronymKey(1, Grams.hash(.token, "ait"))))
        XCTAssertFalse(keys.contains(Verifier.ownAcronymKey(1, Grams.hash(.token, "casic"))))
        XCTAssertFalse(keys.contains(Verifier.ownAcronymKey(0, Grams.hash(.token, "second"))))
        // Of any entity, only an alias that is an acronym: AIT, not CASIC inside a name.
        XCTAssertEqual(listed, [Grams.hash(.token, "ait")])
    }
}
