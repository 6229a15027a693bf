@testable import ScreeningCore
import XCTest

/// The places an entry's address prints, and which of its aliases are one (addresses and
/// aliases of the US Entity List).
final class AddressPlacesTests: XCTestCase {
    func testAnAddressesElementsBetweenCommasArePlaces() {
        let places = AddressPlaces.places(in: "Russia; 1 Sovetskaya Street, Tula, 300041, Russia.; 87 FR 60066, 10/4/22")
        XCTAssertTrue(places.isSuperset(of: ["tula", "russia"]), "\(places)")
        // Street numbers, citations and dates are no place.
        XCTAssertFalse(places.contains { $0.contains { $0.isNumber } }, "\(places)")
        XCTAssertFalse(places.contains("1 sovetskaya street"))
        // A postcode after the place is left out.
        XCTAssertTrue(AddressPlaces.places(in: "Russia; Address: 1 Pl. Sobina, Dolgoprudny, Moskovskaya obl. 141700 , Russia")
            .isSuperset(of: ["dolgoprudny", "moskovskaya obl"]))
    }

    func testOnlyAnAliasOfItsOwnEntrysAddressIsAPlace() {
        let plant = ListedEntity(id: "t:1", kind: .organization, name: "Tula Arms Plant", aliases: ["Tula", "Tula Arsenal"],
                                 country: "RU", remarks: "Russia; 1 Sovetskaya Street, Tula, 300041, Russia.; 87 FR 60066, 10/4/22")
        let bureau = ListedEntity(id: "t:2", kind: .organization, name: "Dolgoprudniy Design Bureau of Automatics",
                                  aliases: ["DKBA JSC", "Dolgoprudny"], country: "RU",
                                  remarks: "Russia; Lyotnaya Street, Dolgoprudniy, Moskovskaya Oblast, 141700, Russia.; 87 FR 20299, 4/7/22")
        // Another entry's address names Tula: not this one's, so its alias stays a name.
        let other = ListedEntity(id: "t:3", kind: .organization, name: "Sugon", aliases: ["Tula"], country: "CN",
                                 remarks: "China; Sugon Building, No. 36 Zhongguancun Software Park, Beijing")
        let index = EntityIndex(entities: [plant, bureau, other], normalizer: TestSupport.normalizer)
        let places = AddressPlaces.placeAliases(in: index)
        let named = Set(index.aliases.indices.filter { places[$0] }.map { "\(index.entities[Int(index.aliases[$0].entity)].id) \(index.aliases[$0].text)" })
        // Dolgoprudny within one letter of the address's Dolgoprudniy.
        XCTAssertEqual(named, ["t:1 Tula", "t:2 Dolgoprudny"])
    }

    /// The institute in Penza as the MOFA export-ban list gives it: "JSC Penza" and
    /// 株式会社ペンザ, its legal form first, are the town of its address; its names are not.
    func testAnAliasWithALegalFormOrInKatakanaIsAPlaceByItsWord() throws {
        let institute = try XCTUnwrap(try ExportBanReplay.publishedIndex().first { $0.id == "jp.mofa.russia.374" })
        XCTAssertTrue(institute.aliases.contains("株式会社ペンザ") && institute.aliases.contains("JSC Penza"), "\(institute.aliases)")
        let index = EntityIndex(entities: [institute], normalizer: TestSupport.normalizer)
        let places = AddressPlaces.placeAliases(in: index)
        XCTAssertEqual(Set(index.aliases.indices.filter { places[$0] }.map { index.aliases[$0].text }), ["JSC Penza", "株式会社ペンザ"])
    }

    func testATownAndACountryIsAPlaceButAnAcronymOrTheNamesOwnWordIsNot() {
        // Aliases as the Entity List and the registry give them.
        let huawei = ListedEntity(id: "t:1", kind: .organization, name: "Huawei Technologies Morocco", aliases: ["Rabat, Morocco"],
                                  country: "MA", remarks: "Morocco; Immeuble High Tech, 4eme Etage, Plateaux N 11, 12 Et 13, Hay Riad")
        let seminary = ListedEntity(id: "t:2", kind: .organization, name: "Singapore Baptist Theological Seminary",
                                    aliases: ["BTS, Singapore"], country: "SG")
        let bosch = ListedEntity(id: "t:3", kind: .organization, name: "Bosch Rexroth, Japan (Japan)", aliases: ["Rexroth, Japan"], country: "JP")
        let institute = ListedEntity(id: "t:4", kind: .organization, name: "Inštitut za Nutricionistiko",
                                     aliases: ["Nutrition Institute, Slovenia"], country: "SI")
        let index = EntityIndex(entities: [huawei, seminary, bosch, institute], normalizer: TestSupport.normalizer)
        let towns = AddressPlaces.townAndCountryAliases(in: index)
        XCTAssertEqual(Set(index.aliases.indices.filter { towns[$0] }.map { index.aliases[$0].text }), ["Rabat, Morocco"])
    }
}
