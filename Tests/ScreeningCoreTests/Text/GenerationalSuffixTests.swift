@testable import ScreeningCore
import XCTest

/// A generational suffix (Jr., Sr., II, III) is no part of a person's family or given name,
/// wherever the lists print it: the State Department's debarment list between the family
/// and the given names (Andrade, Jr., Ramon), the Denied Persons List after a comma
/// (THOMAS HARRIS, JR.). Before, those entries were not read as persons at all, and an
/// author of the name met none of them.
final class GenerationalSuffixTests: XCTestCase {
    private let normalizer = TestSupport.normalizer

    func testTheSuffixGoesWithItsCommaPart() {
        XCTAssertEqual(Normalizer.withoutGenerationalSuffix("Andrade, Jr., Ramon"), "Andrade, Ramon")
        XCTAssertEqual(Normalizer.withoutGenerationalSuffix("Kocurek, III, Louis J."), "Kocurek, Louis J.")
        XCTAssertEqual(Normalizer.withoutGenerationalSuffix("THOMAS HARRIS, JR."), "THOMAS HARRIS")
        XCTAssertEqual(Normalizer.withoutGenerationalSuffix("Ramon Andrade Jr."), "Ramon Andrade")
        XCTAssertEqual(Normalizer.withoutGenerationalSuffix("Murray, Jr, Joseph P."), "Murray, Joseph P.")
        // Not a word of its own, or too little left: as written.
        XCTAssertEqual(Normalizer.withoutGenerationalSuffix("Junior Srivastava"), "Junior Srivastava")
        XCTAssertEqual(Normalizer.withoutGenerationalSuffix("Jiri Ivanov"), "Jiri Ivanov")
        XCTAssertEqual(Normalizer.withoutGenerationalSuffix("Smith Jr."), "Smith Jr.")
    }

    /// Every entry of the State Department's statutory debarment list written Family,
    /// Suffix, Given is indexed among persons, and its name in either order agrees with it.
    func testDebarredPersonsWithASuffixAreReadAsPersons() throws {
        let path = try TestSupport.shared("lists/us/state_debarred_statutory.jsonl").path
        let entities = try ListFiles.load([path]).entities
        let suffixed = entities.filter { $0.name.range(of: #"^[^,\d]+, (Jr|Sr|II|III|IV)\.?, [^,\d]+$"#, options: .regularExpression) != nil }
        XCTAssertGreaterThanOrEqual(suffixed.count, 15, "the list writes over fifteen names so")
        for entity in suffixed {
            XCTAssertTrue(EntityIndex.Partition.of(entity, normalizer: normalizer).contains(.persons), entity.name)
            let parts = Normalizer.withoutGenerationalSuffix(entity.name).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let listed = normalizer.personName(entity.name)
            XCTAssertEqual(normalizer.personName("\(parts[1]) \(parts[0])").agreement(with: listed), .full, entity.name)
            XCTAssertEqual(normalizer.personName("\(parts[1]) \(parts[0]) Jr.").agreement(with: listed), .full, entity.name)
        }
    }

    /// An author's name meets the listed one with or without the suffix, and the
    /// explanation says where the suffixes differ or one is missing, for the reviewer to weigh.
    func testTheExplanationSaysWhatTheSuffixesShow() throws {
        let path = try TestSupport.shared("lists/us/state_debarred_statutory.jsonl").path
        let entities = try ListFiles.load([path]).entities
        let matcher = Matcher(index: EntityIndex(entities: entities, normalizer: normalizer), normalizer: normalizer)
        func explanation(_ name: String) throws -> String {
            try XCTUnwrap(matcher.match(person: name).first { $0.entity.name == "Andrade, Jr., Ramon" }, name).explanation
        }
        XCTAssertTrue(try explanation("Ramon Andrade Sr.").contains("generational suffixes differ: Sr. here, Jr. listed"))
        XCTAssertTrue(try explanation("Ramon Andrade").contains("the listed name's generational suffix, Jr., is not printed"))
        XCTAssertFalse(try explanation("Ramon Andrade Jr").contains("suffix"))
    }
}
