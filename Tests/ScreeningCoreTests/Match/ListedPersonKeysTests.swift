@testable import ScreeningCore
import XCTest

/// The matcher searches candidates for a person's name only when its keys meet the listed
/// persons' pooled keys (`ListedPersonKeys`): that must hold for every name that agrees
/// with a listed person, and rule out most real authors' names.
final class ListedPersonKeysTests: XCTestCase {
    func testNoNameTheKeysRuleOutAgreesWithAListedPerson() throws {
        let matcher = matcher(over: try TestSupport.usLists())
        let keys = matcher.listedPersonKeys
        let normalizer = TestSupport.normalizer
        var listed: [PersonName] = []
        for a in matcher.index.aliases.indices {
            if let person = matcher.aliasPersons[a] { listed.append(person.value) }
        }
        XCTAssertGreaterThan(listed.count, 2_000, "the US lists name two thousand persons and their aliases")
        // Agreeing needs a shared family name (PersonFamilyKeysTests): the listed by theirs.
        var byFamily: [String: [Int]] = [:]
        for (n, person) in listed.enumerated() {
            for family in person.familyKeys { byFamily[family, default: []].append(n) }
        }
        // Listed names as records print them (as listed, in the other order, given names
        // cut to initials, with a middle name) and medline16n0902's authors, most of whom are no listed person.
        var printed: [String] = []
        for person in listed {
            let words = person.original.split(separator: " ").map(String.init)
            printed.append(person.original)
            if words.count >= 2 {
                printed.append((words.dropFirst() + [words[0]]).joined(separator: " "))
                printed.append("\(words[0].prefix(1)). \(words.dropFirst().joined(separator: " "))")
                printed.append("\(words.dropLast().map { "\($0.prefix(1))." }.joined(separator: " ")) \(words.last!)")
                printed.append("\(words.dropLast().joined(separator: " ")) Xavier \(words.last!)")
            }
        }
        let listedSpellings = printed.count
        let (records, _) = try ImportTestSupport.records(try TestSupport.shared("records/pubmed/medline16n0902.xml.gz").path)
        printed += records.flatMap { $0.parties.map(\.name) }
        var ruledOut = 0, agreeing = 0, medlineRuledOut = 0
        for (n, name) in printed.enumerated() {
            let person = normalizer.personName(name)
            let agrees = person.familyKeys.flatMap { byFamily[$0] ?? [] }.contains { person.agreement(with: listed[$0]) != nil }
            if agrees { agreeing += 1 }
            if !keys.mayAgree(normalizer.personReadings(name), normalizer: normalizer) {
                ruledOut += 1
                if n >= listedSpellings { medlineRuledOut += 1 }
                XCTAssertFalse(agrees, "\(name) agrees with a listed person, and its keys were ruled out")
            }
        }
        // Not a check that holds of nothing: most real authors are ruled out, and every
        // listed spelling agrees with its own entry.
        XCTAssertGreaterThan(agreeing, listedSpellings / 2, "listed spellings agree with their entries")
        XCTAssertGreaterThan(medlineRuledOut, (printed.count - listedSpellings) * 9 / 10, "real authors ruled out")
        print("ListedPersonKeysTests: \(ruledOut) of \(printed.count) names ruled out (\(medlineRuledOut) of \(printed.count - listedSpellings) MEDLINE authors); \(agreeing) agree with a listed person")
    }
}
