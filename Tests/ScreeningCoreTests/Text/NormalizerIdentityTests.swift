import Foundation
@testable import ScreeningCore
import XCTest

/// The identity a store keeps index forms under changes whenever what the forms are made
/// from may have: a table file rewritten, added or removed, the dictionaries installed or
/// not; and stays the same while nothing changed. (A store that kept forms under a stale
/// identity would build its index from grams the normalizer no longer makes.)
final class NormalizerIdentityTests: XCTestCase {
    func testTheIdentityFollowsTheTableAndDictionaryFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("identity-\(UUID().uuidString)")
        let tables = folder.appendingPathComponent("Tables"), dictionaries = folder.appendingPathComponent("edict")
        try FileManager.default.createDirectory(at: tables, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: dictionaries, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let table = tables.appendingPathComponent("han.tsv")
        try Data("4E00\t一\n".utf8).write(to: table)
        try Data("edict\n".utf8).write(to: dictionaries.appendingPathComponent("edict"))

        let first = NormalizerIdentity.of(tables: tables, dictionaries: dictionaries)
        XCTAssertEqual(NormalizerIdentity.of(tables: tables, dictionaries: dictionaries), first, "nothing changed")

        try Data("4E00\t一\n4E8C\t二\n".utf8).write(to: table)
        let rewritten = NormalizerIdentity.of(tables: tables, dictionaries: dictionaries)
        XCTAssertNotEqual(rewritten, first, "a table rewritten")

        try Data("x\n".utf8).write(to: tables.appendingPathComponent("cedict-glosses.tsv"))
        let added = NormalizerIdentity.of(tables: tables, dictionaries: dictionaries)
        XCTAssertNotEqual(added, rewritten, "a table added")

        try Data("kanjidic\n".utf8).write(to: dictionaries.appendingPathComponent("kanjidic"))
        XCTAssertNotEqual(NormalizerIdentity.of(tables: tables, dictionaries: dictionaries), added, "a dictionary installed")
        XCTAssertNotEqual(NormalizerIdentity.of(tables: tables, dictionaries: nil), added, "no dictionaries")

        // The project's own normalizer: the same files, the same identity.
        XCTAssertNotNil(TestSupport.normalizer.formsIdentity)
        XCTAssertEqual(try Normalizer.standard().formsIdentity, TestSupport.normalizer.formsIdentity)
        XCTAssertNotEqual(try Normalizer.standard(japaneseDictionaries: nil).formsIdentity, TestSupport.normalizer.formsIdentity)
    }
}
