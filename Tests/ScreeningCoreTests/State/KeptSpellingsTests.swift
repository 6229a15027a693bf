@testable import ScreeningCore
import XCTest

/// The spellings a state store keeps of each entry (`KeptSpellings`) read back as
/// `IndexedForms.spellings(of:)` makes them: on every entry of the US lists and METI's End
/// User List (whose bracketed names, places and parties make most kinds of derived
/// spelling), and for every kind of derivation; a spelling holding a separator is not kept.
final class KeptSpellingsTests: XCTestCase {
    private func assertSame(_ read: [IndexedForms.Spelling]?, _ made: [IndexedForms.Spelling], _ what: String,
                            file: StaticString = #filePath, line: UInt = #line) {
        guard let read else { return XCTFail("\(what): not read back", file: file, line: line) }
        XCTAssertEqual(read.map(\.text), made.map(\.text), what, file: file, line: line)
        XCTAssertEqual(read.map(\.primary), made.map(\.primary), what, file: file, line: line)
        XCTAssertEqual(read.map(\.derivation), made.map(\.derivation), what, file: file, line: line)
    }

    func testTheListsSpellingsReadBackAsMade() throws {
        let meti = try TestSupport.shared("lists/meti-eul/20250929_4.xlsx")
        let entities = try TestSupport.usLists() + ListFiles.load([meti.path]).entities
        let spellings = IndexedForms.spellings(of: entities, threads: 2)
        let text = spellings.map(KeptSpellings.group(of:)).joined()
        let read = KeptSpellings.groups(in: text, count: entities.count)
        XCTAssertEqual(read.count, entities.count)
        for (k, entity) in entities.enumerated() { assertSame(read[k], spellings[k], entity.id) }
        // Most kinds of derivation are among them, so the codes are read back in earnest.
        let kinds = Set(spellings.joined().compactMap { $0.derivation?.code })
        XCTAssertGreaterThanOrEqual(kinds.count, 12, "kinds of derived spelling in the lists: \(kinds.sorted())")
    }

    func testEveryKindOfDerivationReadsBack() {
        let made = EntityIndex.Alias.Derivation.makers.enumerated().map { code, maker in
            IndexedForms.Spelling(text: "Spelling \(code) 北京", primary: code % 2 == 0, derivation: maker("Listed \(code) ü"))
        }
        XCTAssertEqual(made.map { $0.derivation!.code }, Array(made.indices), "each kind's code is its maker's position")
        let withListed = [IndexedForms.Spelling(text: "Listed", primary: true, derivation: nil)] + made + [
            IndexedForms.Spelling(text: "", primary: false, derivation: nil)]
        let text = [withListed, [], made].map(KeptSpellings.group(of:)).joined()
        let read = KeptSpellings.groups(in: text, count: 4)
        assertSame(read[0], withListed, "every kind")
        assertSame(read[1], [], "an entry without spellings")
        assertSame(read[2], made, "after another group")
        XCTAssertNil(read[3], "a group past the text's end is not kept")
        XCTAssertNil(EntityIndex.Alias.Derivation(code: made.count, listed: "x"), "no kind has the next code")
    }

    func testASpellingHoldingASeparatorIsNotKeptAndTheNextGroupIs() {
        let odd = [IndexedForms.Spelling(text: "A\u{1E}B", primary: true, derivation: nil)]
        let plain = [IndexedForms.Spelling(text: "Plain", primary: true, derivation: .placeLeftOut(of: "Plain\u{1F}City"))]
        let fine = [IndexedForms.Spelling(text: "Fine", primary: true, derivation: nil)]
        let read = KeptSpellings.groups(in: [odd, plain, fine].map(KeptSpellings.group(of:)).joined(), count: 3)
        XCTAssertNil(read[0])
        XCTAssertNil(read[1], "a listed spelling holding one is not kept either")
        assertSame(read[2], fine, "the group after them")
        XCTAssertEqual(KeptSpellings.groups(in: "", count: 2).count, 2)
        XCTAssertNil(KeptSpellings.groups(in: "s\u{1E}1-\u{1F}cut short", count: 1)[0], "a spelling without its listed field")
    }
}
