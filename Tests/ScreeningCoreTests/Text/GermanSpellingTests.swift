@testable import ScreeningCore
import XCTest

/// German's transliteration of umlauts and ß, for the second spelling the index holds.
final class GermanSpellingTests: XCTestCase {
    func testTransliterations() {
        let cases: [(String, String?)] = [
            ("Universität Würzburg", "Universitaet Wuerzburg"),
            ("Universitätsmedizin Göttingen", "Universitaetsmedizin Goettingen"),
            ("Müller Markt LLC", "Mueller Markt LLC"),
            ("Ärzte ohne Grenzen", "Aerzte ohne Grenzen"),
            ("ÄRZTE OHNE GRENZEN", "AERZTE OHNE GRENZEN"),
            ("Technische Universität München", "Technische Universitaet Muenchen"),
            ("Gießen", "Giessen"),
            ("GROẞE", "GROSSE"),
            ("Wu\u{0308}rzburg", "Wuerzburg"),           // u and a combining diaeresis
            ("U\u{0308}berlingen", "Ueberlingen"),
            ("Harbin Institute of Technology", nil),
            ("Citroën", nil),                            // a diaeresis on e is not an umlaut
            ("Université de Genève, España", nil),        // é, è and ñ share the umlauts' lead byte
            ("Universität zu Köln, Université de Genève", "Universitaet zu Koeln, Université de Genève"),
            ("哈尔滨工业大学", nil),
            ("", nil),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(GermanSpelling.transliterated(text), expected, text)
        }
    }

    /// An entity's spellings: each listed one, and after one with umlauts its
    /// transliteration, unless the list gives that spelling itself.
    func testSpellingsOfAnEntity() {
        let entity = ListedEntity(id: "x:1", list: "x", kind: .organization, name: "Müller Markt LLC",
                                  aliases: ["Muller Markt LLC", "Mueller Markt LLC", "Müller Market"], country: "KG", remarks: nil)
        let spellings = IndexedForms.spellings(of: entity)
        XCTAssertEqual(spellings.map(\.text), ["Müller Markt LLC", "Muller Markt LLC", "Mueller Markt LLC", "Müller Market", "Mueller Market"])
        XCTAssertEqual(spellings.map(\.listed), [nil, nil, nil, nil, "Müller Market"])
    }
}
