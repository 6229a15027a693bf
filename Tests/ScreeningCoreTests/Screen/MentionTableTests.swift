@testable import ScreeningCore
import XCTest

/// The mention table against Swift's dictionary: the same positions for the same mentions,
/// through growth; mentions differing in any field, or in their bytes, are different.
final class MentionTableTests: XCTestCase {
    func testAgreesWithADictionaryThroughGrowth() {
        var table = MentionTable<Int>()
        var reference: [Screener.Mention: Int] = [:]
        var generator = SystemRandomNumberGenerator()
        for k in 0..<20_000 {
            // Texts repeat (a fifth of the draws), short and long, with and without a country.
            let n = Int.random(in: 0..<16_000, using: &generator)
            let text = n % 3 == 0 ? "A\(n)" : "Department of Physics \(n), Tohoku University, Sendai, Japan"
            let mention = Screener.Mention(text: text, asPerson: n % 2 == 0, country: n % 5 == 0 ? "JP" : nil)
            let (index, inserted) = table.index(of: mention, inserting: { k })
            if let known = reference[mention] {
                XCTAssertFalse(inserted)
                XCTAssertEqual(table.values[index], known)
            } else {
                XCTAssertTrue(inserted)
                XCTAssertEqual(index, reference.count)
                reference[mention] = k
            }
        }
        XCTAssertEqual(table.count, reference.count)
        for (mention, value) in reference {
            XCTAssertEqual(table.value(of: mention), value)
            XCTAssertEqual(table.mentions[table.index(of: mention)!], mention)
        }
    }

    func testEveryFieldAndByteCounts() {
        let base = Screener.Mention(text: "Université de Lyon", asPerson: false, country: "FR")
        var table = MentionTable<String>()
        table.append(base, "base")
        XCTAssertEqual(table.value(of: Screener.Mention(text: "Université de Lyon", asPerson: false, country: "FR")), "base")
        XCTAssertNil(table.value(of: Screener.Mention(text: "Université de Lyon", asPerson: true, country: "FR")))
        XCTAssertNil(table.value(of: Screener.Mention(text: "Université de Lyon", asPerson: false, country: nil)))
        XCTAssertNil(table.value(of: Screener.Mention(text: "Université de Lyon", asPerson: false, country: "")))
        // The same bytes in all, split otherwise between the text and the country.
        XCTAssertNil(table.value(of: Screener.Mention(text: "Université de LyonF", asPerson: false, country: "R")))
        XCTAssertNil(table.value(of: Screener.Mention(text: "Université de Lyo", asPerson: false, country: "nFR")))
        // The same text decomposed (e + combining acute): equal as Swift strings, other bytes
        // (as the state store tells them apart).
        let other = Screener.Mention(text: "Universite\u{0301} de Lyon", asPerson: false, country: "FR")
        XCTAssertEqual(other.text, base.text)
        XCTAssertNotEqual(other, base)
        XCTAssertNil(table.value(of: other))
    }

    func testATableThatKeepsNoMentionsFindsThemByTheirBytes() {
        var table = MentionTable<Int>(keepingMentions: false)
        let texts = (0..<300).map { "Department \($0), Université de Lyon" }
        for (k, text) in texts.enumerated() { table.append(Screener.Mention(text: text, asPerson: k % 2 == 0, country: "FR"), k) }
        XCTAssertTrue(table.mentions.isEmpty)
        XCTAssertEqual(table.count, 300)
        for (k, text) in texts.enumerated() {
            XCTAssertEqual(table.value(of: Screener.Mention(text: text, asPerson: k % 2 == 0, country: "FR")), k)
            XCTAssertNil(table.value(of: Screener.Mention(text: text, asPerson: k % 2 != 0, country: "FR")))
        }
    }

    func testPersonRolesInAnyCase() {
        for role in Screener.personRoles {
            for spelling in [role, role.uppercased(), role.prefix(1).uppercased() + role.dropFirst()] {
                XCTAssertTrue(Screener.isPersonRole(spelling), spelling)
            }
        }
        for role in ["", "assignee", "funder", "authors", "author ", " author", "ａｕｔｈｏｒ", "autho", "Applicant", "autHör"] {
            XCTAssertEqual(Screener.isPersonRole(role), Screener.personRoles.contains(role.lowercased()), role)
        }
    }
}
