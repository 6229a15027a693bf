import Foundation
@testable import ScreeningCore
import XCTest

/// `ListedTown`: which town a mention prints apart from its entry's address, on the Entity
/// List's own entries and affiliations as papers print them.
final class ListedTownTests: XCTestCase {
    private func entry(_ id: String) throws -> ListedEntity {
        try XCTUnwrap(TestSupport.usLists().first { $0.id == id }, "\(id) is not in the US lists")
    }

    /// The Joint Stock Company Institute of Applied Physics is listed at 11 Arbuzova Street,
    /// Novosibirsk: the Academy's institute of that name prints Nizhny Novgorod, with its
    /// postcode or without; with Novosibirsk, its region, or no town at all, nothing is said.
    func testAnotherTownOfTheCountryIsFoundAndTheEntrysOwnIsNot() throws {
        let iap = try entry("bis-entity-list:2251")
        XCTAssertEqual(ListedTown.elsewhere(in: "Institute of Applied Physics of the Russian Academy of Sciences, 46 Ulyanov Street, 603950 Nizhny Novgorod, Russia",
                                            entity: iap, country: "RU"),
                       ListedTown.Elsewhere(printed: "603950 Nizhny Novgorod", listed: "Novosibirsk"))
        XCTAssertEqual(ListedTown.elsewhere(in: "Institute of Applied Physics RAS, Nizhny Novgorod, Russia", entity: iap, country: "RU")?.printed,
                       "Nizhny Novgorod")
        for text in ["Institute of Applied Physics, Novosibirsk, Russia", "Institute of Applied Physics, Novosibirsk Region, Russia",
                     "Institute of Applied Physics, Russia", "Institute of Applied Physics Nizhny Novgorod Russia",
                     // Both towns printed: the entry's own is there too.
                     "Institute of Applied Physics, Novosibirsk; Institute of Physics, Nizhny Novgorod"] {
            XCTAssertNil(ListedTown.elsewhere(in: text, entity: iap, country: "RU"), text)
        }
        // A town of another country is the country's evidence to give, not this.
        XCTAssertNil(ListedTown.elsewhere(in: "Institute of Applied Physics, Chisinau, Moldova", entity: iap, country: "RU"))
    }

    /// The Institute of Solid-State Physics stands in Chernogolovka, Moscow Region: a text
    /// that prints Moscow names a town of its address; Nizhny Novgorod does not.
    func testATownItsAddressesRegionNamesAgrees() throws {
        let issp = try entry("bis-entity-list:2162")
        XCTAssertNil(ListedTown.elsewhere(in: "Institute of Solid State Physics, Moscow, Russia", entity: issp, country: "RU"))
        XCTAssertNil(ListedTown.elsewhere(in: "Institute of Solid State Physics RAS, Chernogolovka, Moscow District, Russia", entity: issp, country: "RU"))
        XCTAssertEqual(ListedTown.elsewhere(in: "Institute of Solid State Physics, Nizhny Novgorod, Russia", entity: issp, country: "RU")?.listed,
                       "Chernogolovka")
    }

    /// A town's name ending in a region's word is read whole first (Quezon City, as the
    /// registry writes it), and a saint's title in its two spellings is one: the Entity
    /// List writes both St. Petersburg and Saint Petersburg in its addresses, the registry
    /// St Petersburg. The Institute of Solid-State Physics (Chernogolovka) printed with
    /// either is elsewhere; an entry listed at Saint Petersburg printed with St. Petersburg is not.
    func testATownsWholeNameAndASaintsTitleAreRead() throws {
        let issp = try entry("bis-entity-list:2162")
        for text in ["Institute of Solid State Physics, Saint Petersburg, Russia", "Institute of Solid State Physics, St. Petersburg, Russia"] {
            XCTAssertEqual(ListedTown.elsewhere(in: text, entity: issp, country: "RU")?.listed, "Chernogolovka", text)
        }
        let acrol = try entry("bis-entity-list:1866")
        XCTAssertTrue(acrol.remarks?.contains("Saint Petersburg") ?? false, acrol.remarks ?? "")
        XCTAssertNil(ListedTown.elsewhere(in: "Acrol, St. Petersburg, Russia", entity: acrol, country: "RU"))
        let towns = ListedTown.towns.get
        XCTAssertEqual(ListedTown.town(in: " Quezon City 1101", of: "PH", table: towns), ["quezon", "city"])
        XCTAssertEqual(ListedTown.town(in: " Moscow Region", of: "RU", table: towns), ["moscow"])
        XCTAssertEqual(ListedTown.town(in: " Sankt-Peterburg", of: "RU", table: towns), nil)
        XCTAssertEqual(ListedTown.town(in: " Saint Petersburg 199034", of: "RU", table: towns), ["st", "petersburg"])
    }

    /// An entry whose address names no town the table knows (Protvino Moskovskaya Oblast
    /// between two commas, the Institute of High Energy Physics) is not placed: nothing is said.
    func testAnAddressWithoutAKnownTownSaysNothing() throws {
        let ihep = try entry("bis-entity-list:2159")
        XCTAssertNil(ListedTown.elsewhere(in: "Institute of High Energy Physics, Nizhny Novgorod, Russia", entity: ihep, country: "RU"))
    }

    /// The table holds the registry's towns by their folded spellings, with their countries;
    /// a country the registry seats organisations in as a whole is no town.
    func testTheTableHoldsTownsNotCountries() {
        let towns = ListedTown.towns.get
        XCTAssertEqual(towns["nizhny novgorod"], ["RU"])
        XCTAssertEqual(towns["sendai"], ["JP"])
        XCTAssertTrue(towns["cambridge"]?.isSuperset(of: ["GB", "US"]) ?? false, "\(String(describing: towns["cambridge"]))")
        XCTAssertNil(towns["switzerland"])
        XCTAssertNil(towns["singapore"])
        XCTAssertGreaterThan(towns.count, 7_000)
    }
}
