@testable import ScreeningCore
import XCTest

/// Names that end in their place, and the spelling without it the index holds: listed
/// names from the ROR dump and the US lists (none of the latter's qualifies).
final class PlaceQualifiedNameTests: XCTestCase {
    func testAUniversitysNameLosesThePlaceItEndsIn() {
        XCTAssertEqual(PlaceQualifiedName.withoutPlace("Washington University in St. Louis"), "Washington University")
        XCTAssertEqual(PlaceQualifiedName.withoutPlace("The University of Texas Medical Branch at Galveston"),
                       "The University of Texas Medical Branch")
        XCTAssertEqual(PlaceQualifiedName.withoutPlace("Icahn School of Medicine at Mount Sinai"), "Icahn School of Medicine")
        XCTAssertEqual(PlaceQualifiedName.withoutPlace("Adam Mickiewicz University in Poznań"), "Adam Mickiewicz University")
    }

    /// German universities: the city after "zu" or straight after the name.
    func testAGermanUniversitysNameLosesItsCity() {
        XCTAssertEqual(PlaceQualifiedName.withoutPlace("Humboldt-Universität zu Berlin"), "Humboldt-Universität")
        XCTAssertEqual(PlaceQualifiedName.withoutPlace("Christian-Albrechts-Universität zu Kiel"), "Christian-Albrechts-Universität")
        XCTAssertEqual(PlaceQualifiedName.withoutPlace("Ludwig-Maximilians-Universität München"), "Ludwig-Maximilians-Universität")
        XCTAssertEqual(PlaceQualifiedName.withoutPlace("Westfälische Wilhelms-Universität Münster"), "Westfälische Wilhelms-Universität")
        // One word left names no university (Universität Hamburg, Universität zu Köln).
        XCTAssertNil(PlaceQualifiedName.withoutPlace("Universität Hamburg"))
        XCTAssertNil(PlaceQualifiedName.withoutPlace("Universität zu Köln"))
        XCTAssertNil(PlaceQualifiedName.withoutPlace("Universitätsklinikum Hamburg-Eppendorf"))
    }

    /// The US lists' names with "at" or "in": a laboratory named with its host, a centre of
    /// generic words, a name whose "in" begins its subject. None is a university's at a place.
    func testOtherNamesWithAtOrInKeepTheirWords() {
        for name in ["Defense S&T Key Laboratory of Radar Signal Processing at Xidian University",
                     "Nuclear Research Center at Negev Dimona",
                     "Hefei National Laboratory for Physical Sciences at Microscale",
                     "Chinese Academy of Science, Center for Excellence in Quantum Information and Quantum Physics",
                     "DIPF | Leibniz Institute for Research and Information in Education",
                     "University in Bergen",
                     "Harvard University"] {
            XCTAssertNil(PlaceQualifiedName.withoutPlace(name), name)
        }
        // Lowercase words after "in" are no place.
        XCTAssertNil(PlaceQualifiedName.withoutPlace("Graduate School in science and technology"))
    }

    /// ROR's names that end in their seat's city (`RORRegistry.seat(of:)`), with and without
    /// a word joining it, and the city's first word for a city named with its river.
    func testANameLosesTheCityOfItsSeat() {
        XCTAssertEqual(PlaceQualifiedName.withoutSeat("Hebrew University of Jerusalem", seat: "Jerusalem"), "Hebrew University")
        XCTAssertEqual(PlaceQualifiedName.withoutSeat("Goethe University Frankfurt", seat: "Frankfurt am Main"), "Goethe University")
        XCTAssertEqual(PlaceQualifiedName.withoutSeat("Goethe-Universität Frankfurt am Main", seat: "Frankfurt am Main"), "Goethe-Universität")
        XCTAssertEqual(PlaceQualifiedName.withoutSeat("Radboud University Nijmegen", seat: "Nijmegen"), "Radboud University")
        XCTAssertEqual(PlaceQualifiedName.withoutSeat("Charité - Universitätsmedizin Berlin", seat: "Berlin"), "Charité - Universitätsmedizin")
        XCTAssertEqual(PlaceQualifiedName.withoutSeat("Corvinus University of Budapest", seat: "Budapest"), "Corvinus University")
        // Not at its end, or one word left.
        XCTAssertNil(PlaceQualifiedName.withoutSeat("Boston University", seat: "Boston"))
        XCTAssertNil(PlaceQualifiedName.withoutSeat("University of Chicago", seat: "Chicago"))
        XCTAssertNil(PlaceQualifiedName.withoutSeat("Jerusalem", seat: "Jerusalem"))
        // Names that only their city tells apart: every word is one many names hold.
        XCTAssertNil(PlaceQualifiedName.withoutSeat("People’s Hospital of Rizhao", seat: "Rizhao"))
        XCTAssertNil(PlaceQualifiedName.withoutSeat("Christian Medical College, Vellore", seat: "Vellore"))
        XCTAssertNil(PlaceQualifiedName.withoutSeat("University of Veterinary Medicine Vienna", seat: "Vienna"))
    }

    func testSpellingsOfARegistrysOrganisationAddTheNameWithoutItsSeat() {
        let entity = ListedEntity(id: "https://ror.org/03qxff017", list: RORRegistry.listName, kind: .organization,
                                  name: "Hebrew University of Jerusalem", aliases: ["האוניברסיטה העברית בירושלים"],
                                  country: "IL", remarks: "education; funder; seat: Jerusalem")
        let spellings = IndexedForms.spellings(of: entity)
        XCTAssertEqual(spellings.map(\.text), ["Hebrew University of Jerusalem", "Hebrew University", "האוניברסיטה העברית בירושלים"])
        XCTAssertEqual(spellings[1].derivation, .seatLeftOut(of: "Hebrew University of Jerusalem"))
        XCTAssertEqual(spellings[1].primary, true)
        // The same words from another list, whose remarks are an address: no seat is read.
        var listed = entity
        listed.list = "bis-entity"
        XCTAssertEqual(IndexedForms.spellings(of: listed).count, 2)
    }

    func testSpellingsOfAnOrganisationAddTheNameWithoutItsPlace() {
        let entity = ListedEntity(id: "ror:1", kind: .organization, name: "Washington University in St. Louis",
                                  aliases: ["WUSTL", "Washington University in Saint Louis", "Washington University"])
        let spellings = IndexedForms.spellings(of: entity)
        // The list gives the short name itself: indexed once, as listed.
        XCTAssertEqual(spellings.map(\.text), ["Washington University in St. Louis", "WUSTL", "Washington University in Saint Louis",
                                               "Washington University"])
        XCTAssertEqual(spellings.map(\.listed), [nil, nil, nil, nil])
        let unlisted = ListedEntity(id: "ror:2", kind: .organization, name: "Washington University in St. Louis")
        let made = IndexedForms.spellings(of: unlisted)
        XCTAssertEqual(made.map(\.text), ["Washington University in St. Louis", "Washington University"])
        XCTAssertEqual(made.last?.derivation, .placeLeftOut(of: "Washington University in St. Louis"))
        XCTAssertEqual(made.last?.primary, true)
        // A person's name is never cut.
        XCTAssertEqual(IndexedForms.spellings(of: ListedEntity(id: "p:1", kind: .person, name: "Tanaka College School in Kyoto")).count, 1)
    }
}
