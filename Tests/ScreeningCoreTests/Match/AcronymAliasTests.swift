@testable import ScreeningCore
import XCTest

/// Which listed aliases are acronyms, and where a text prints one with a legal form (aliases
/// of the US Entity List and the registry).
final class AcronymAliasTests: XCTestCase {
    func testAnAcronymBesideALegalFormIsAnAcronym() {
        XCTAssertEqual(AcronymAlias.acronym(of: "CETC"), "CETC")
        XCTAssertEqual(AcronymAlias.acronym(of: "UMG LLC"), "UMG")
        XCTAssertEqual(AcronymAlias.acronym(of: "UEC (Pvt.) Ltd."), "UEC")
        XCTAssertEqual(AcronymAlias.acronym(of: "KPSK, OOO"), "KPSK")
        XCTAssertEqual(AcronymAlias.acronym(of: "OOO OMG"), "OMG")
        XCTAssertEqual(AcronymAlias.acronym(of: "JSC Corporation MIHT"), "MIHT")
        XCTAssertEqual(AcronymAlias.acronym(of: "BYD Company Limited"), "BYD")
        XCTAssertEqual(AcronymAlias.acronym(of: "Y.A.S. Co. Ltd."), "Y.A.S.")
        XCTAssertEqual(AcronymAlias.acronym(of: "U.H.L. Company"), "U.H.L.")
        XCTAssertNil(AcronymAlias.acronym(of: "M.R. Ahmadi"))
        XCTAssertNil(AcronymAlias.acronym(of: "A.C. International"))
        // A word that is no legal form makes a name.
        XCTAssertNil(AcronymAlias.acronym(of: "SMIC Advanced Technology"))
        XCTAssertNil(AcronymAlias.acronym(of: "Huawei Technologies Co., Ltd."))
        XCTAssertNil(AcronymAlias.acronym(of: "Sugon"))
    }

    func testALegalFormBesideTheAcronymInItsSegment() {
        XCTAssertTrue(AcronymAlias.printedWithLegalForm("ZTE", in: "ZTE Corp., Shenzhen"))
        XCTAssertTrue(AcronymAlias.printedWithLegalForm("UEC", in: "UEC (Pvt.) Ltd., Lahore"))
        XCTAssertTrue(AcronymAlias.printedWithLegalForm("NIO", in: "NIO, Inc."))
        XCTAssertTrue(AcronymAlias.printedWithLegalForm("OMG", in: "OOO OMG, Moscow"))
        XCTAssertTrue(AcronymAlias.printedWithLegalForm("NSO", in: "NSO Group Technologies, Herzliya"))
        // Another segment's, or a state's code read as one, is not beside it.
        XCTAssertFalse(AcronymAlias.printedWithLegalForm("NSO", in: "National Solar Observatory (NSO), Boulder, CO"))
        XCTAssertFalse(AcronymAlias.printedWithLegalForm("UMG", in: "University Medical Center Göttingen (UMG)"))
        XCTAssertFalse(AcronymAlias.printedWithLegalForm("OMG", in: "Object Management Group (OMG)"))
        // A word holding the acronym is not it.
        XCTAssertFalse(AcronymAlias.printedWithLegalForm("UMG", in: "UMGX LLC"))
    }
}
