@testable import ScreeningCore
import XCTest

/// The matcher makes a name's keys only when a listed person shares a family name with it
/// (`Normalizer.personFamilyKeys`): that test must hold for every pair of names that agree,
/// and give what the full parse gives.
final class PersonFamilyKeysTests: XCTestCase {
    /// The US lists' persons' names. The lists do not say which entries are persons; the
    /// index tells their names apart.
    private func listedPersonNames() throws -> [String] {
        let folder = try TestSupport.shared("lists/us")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".jsonl") }.sorted()
        let index = EntityIndex(entities: try ListFiles.load(files.map { folder.appendingPathComponent($0).path }).entities,
                                normalizer: TestSupport.normalizer)
        return index.aliases.filter(\.isPersonName).map(\.text)
    }

    func testFamilyKeysAreTheFullParsesAndEveryAgreementSharesOne() throws {
        let normalizer = TestSupport.normalizer
        let listed = try listedPersonNames()
        XCTAssertGreaterThan(listed.count, 500, "the US lists name hundreds of persons")
        // Listed names in the spellings a record prints them in: as listed, in the other
        // order, with the given name cut to an initial, and in Wade-Giles or Kunrei forms.
        var printed: [String] = []
        for name in listed {
            let words = name.split(separator: " ").map(String.init)
            printed.append(name)
            if words.count >= 2 {
                printed.append((words.dropFirst() + [words[0]]).joined(separator: " "))
                printed.append("\(words[0].prefix(1)). \(words.dropFirst().joined(separator: " "))")
            }
        }
        printed += ["Chang Hsiao-ming", "Zhang Xiaoming", "Hsu Wei", "Ohno Taro", "Tarou Oono", "田中太郎", "张晓明", "Tanaka, T."]
        let parsed = listed.map { normalizer.personName($0) } + printed.suffix(8).map { normalizer.personName($0) }
        var agreements = 0
        for name in printed {
            let person = normalizer.personName(name)
            XCTAssertEqual(normalizer.personFamilyKeys(name), person.familyKeys, name)
            for other in parsed where person.agreement(with: other) != nil {
                agreements += 1
                XCTAssertFalse(person.familyKeys.isDisjoint(with: other.familyKeys), "\(name) agrees with \(other.original)")
            }
        }
        XCTAssertGreaterThan(agreements, listed.count, "each listed name agrees with itself, and its other spellings with it")
    }

    /// The matcher passes over a name its bytes tell shares no family name with any listed
    /// person (`Normalizer.mayShareFamilyName`): that must hold for every name whose full
    /// parse does share one. Checked against half of the lists' persons' family names, on
    /// every listed person's name in the spellings records print (the other half's too,
    /// which mostly share none), with MEDLINE's authors' ways of writing names around them.
    func testTheBytesNeverRuleOutAFamilyNameTheParseShares() throws {
        let normalizer = TestSupport.normalizer
        let listed = try listedPersonNames()
        let families = listed.enumerated().filter { $0.offset % 2 == 0 }
            .reduce(into: Set<String>()) { $0.formUnion(normalizer.personName($1.element).familyKeys) }
        var printed: [String] = []
        for name in listed {
            let words = name.split(separator: " ").map(String.init)
            printed += [name, name.uppercased(), "\(name) Jr.", "\"Ivy\" \(name)"]
            if words.count >= 2 {
                printed.append((words.dropFirst() + [words[0]]).joined(separator: " "))
                printed.append("\(words[0].prefix(1)). \(words.dropFirst().joined(separator: " "))")
                printed.append(words.joined(separator: "-"))
            }
        }
        printed += ["Wei Du", "Du Wei", "Gia An Du", "Aaron De Leon", "Nat Smith", "Jean-Pierre O'Brien", "Li 2nd", "Zhang Xiaoming",
                    "Chang Hsiao-ming", "Tarou Oono", "田中太郎", "Müller, Jürgen", "van der Berg, Jan", "Author 0-1", "Author s12-0",
                    "D'Angelo, Maria", "1st Lt. John Smith", "José\u{00A0}García", "Smith,\u{301}John Wang", "Ø. Hansen",
                    "Straße, Hans", "Hans Strasse", "Hans Straße", "Łukasz Wąs", "Þór Sigurðsson", "Nguyễn Văn An", "Ａｎｎａ Smith"]
        // medline16n0902's authors (initials standing alone: Arturo S Revilla), and those
        // with letters beyond ASCII (Bolaños-Guzmán) decomposed too (an accent after its
        // letter), which the bytes tell apart as well.
        let (records, _) = try ImportTestSupport.records(try TestSupport.shared("records/pubmed/medline16n0902.xml.gz").path)
        let authors = records.flatMap { $0.parties.map(\.name) }
        let accented = authors.filter { !$0.utf8.allSatisfy { $0 < 0x80 } }
        XCTAssertGreaterThan(accented.count, 100, "MEDLINE's authors include names with accents")
        printed += authors + accented.map(\.decomposedStringWithCanonicalMapping) + ["S Smith", "Smith S", "S Smith, John", "John S-Smith"]
        var ruledOut = 0, accentedRuledOut = 0
        // Half of them lend the gate their family names too, which their bytes must find (and
        // a letter that folds to two: Straße).
        let gate = FamilyNameGate(families: (accented.enumerated().filter { $0.offset % 2 == 0 }.map(\.element) + ["Straße, Hans"])
            .reduce(into: families) { $0.formUnion(normalizer.personName($1).familyKeys) })
        // Twice: the second time, each part's verdict is the one the first made.
        for name in printed + printed where !normalizer.mayShareFamilyName(name, with: gate) {
            ruledOut += 1
            if !name.utf8.allSatisfy({ $0 < 0x80 }) { accentedRuledOut += 1 }
            XCTAssertTrue(normalizer.personFamilyKeys(name).isDisjoint(with: gate.families), name)
        }
        // Most accented names share no listed family name, and are told so from their bytes.
        XCTAssertGreaterThan(accentedRuledOut, accented.count / 2, "accented names ruled out, of \(4 * accented.count)")
        // Not a check that holds of nothing: thousands of spellings are ruled out (10,626
        // of 48,444, each spelling twice, 202 of the 804 accented, on 2026-12-07; the rest are
        // listed names of the first half, their spellings, and names that share a family
        // name with one of them).
        XCTAssertGreaterThan(ruledOut, 2 * printed.count / 10, "spellings ruled out")
        print("PersonFamilyKeysTests: \(ruledOut) of \(2 * printed.count) spellings ruled out by their bytes (\(accentedRuledOut) of \(4 * accented.count) accented)")
    }
}
