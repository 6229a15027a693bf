import Foundation
import ScreeningCore
import XCTest

/// METI's End User List, revision 2025-09-29, read from the published xlsx.
final class METIEndUserListTests: XCTestCase {
    private static let path = "lists/meti-eul/20250929_4.xlsx"

    private func entries() throws -> [ListedEntity] {
        try METIEndUserList.read(xlsx: TestSupport.shared(Self.path))
    }

    private func entry(_ number: Int, in list: [ListedEntity]) throws -> ListedEntity {
        try XCTUnwrap(list.first { $0.id == "meti-eul:2025-09-29:\(number)" }, "entry \(number)")
    }

    func testReadsEveryEntry() throws {
        let list = try entries()
        XCTAssertEqual(list.count, 835)
        XCTAssertEqual(Set(list.map(\.id)).count, 835)
        XCTAssertEqual(list.first?.id, "meti-eul:2025-09-29:1")
        XCTAssertEqual(list.last?.id, "meti-eul:2025-09-29:835")
        XCTAssertTrue(list.allSatisfy { $0.list == "meti-eul" && $0.kind == .organization && !$0.name.isEmpty })
        XCTAssertTrue(list.allSatisfy { !$0.name.contains("\n") })
    }

    func testAliasCount() throws {
        let list = try entries()
        // The data README's 1,469 counts the printed lines of the "Also Known As" column.
        // Here one of them (entry 774) is the wrapped end of the alias above it, so that
        // column gives 1,468 aliases; the 200 kanji forms printed in parentheses in the name
        // column are aliases too: 1,668 in all.
        XCTAssertEqual(list.reduce(0) { $0 + $1.aliases.count }, 1_668)
        let wrapped = try entry(774, in: list)
        XCTAssertTrue(wrapped.aliases.contains("Aktsionernoe Obshchestvo Uralskiy Zavod Transportnogo Mashinostroeniya"), "\(wrapped.aliases)")
    }

    func testKanjiNamesBecomeAliases() throws {
        let list = try entries()
        let cetc20 = try XCTUnwrap(list.first { $0.aliases.contains("中国電子科技集団公司第二十研究所") })
        XCTAssertEqual(cetc20.name, "20th Research Institute of China Electronic Technology Group Corporation (CETC)")
        XCTAssertEqual(cetc20.country, "CN")
        let hit = try XCTUnwrap(list.first { $0.name == "Harbin Institute of Technology (HIT)" })
        XCTAssertEqual(hit.aliases, ["哈爾浜工業大学"])
        XCTAssertEqual(hit.country, "CN")
        // A kanji form on the same line, and one nested: "((朝鮮)順和江貿易会社)".
        let rml = try XCTUnwrap(list.first { $0.name == "Chengdu RML Technology Co., Ltd." })
        XCTAssertEqual(rml.aliases, ["成都雷电微力科技股份有限公司", "Chengdu Thunderbolt Micro Power Technology Co., Ltd.", "RML Technology"])
        let sunHwa = try entry(433, in: list)
        XCTAssertEqual(sunHwa.name, "Sun Hwa Gang Co. Ltd.")
        XCTAssertEqual(sunHwa.aliases, ["順和江会社", "(Korea) Sunhwagang Trading Co.", "(朝鮮)順和江貿易会社"])
        XCTAssertEqual(sunHwa.country, "KP")
        // A name wrapped over two lines is joined; an English acronym in parentheses stays.
        let guangzhou = try XCTUnwrap(list.first { $0.aliases.contains("広州天海翔航空科技有限公司") })
        XCTAssertEqual(guangzhou.name, "Guangzhou Tian-Hai-Xiang Aviation Technology Co., Ltd.")
        // Entries listed by their Japanese name only keep it as the name.
        XCTAssertEqual(try entry(447, in: list).name, "セソン技術貿易")
    }

    func testAliasesAndRemarksAsPrinted() throws {
        let list = try entries()
        let alQaida = try entry(1, in: list)
        XCTAssertEqual(alQaida.name, "Al Qa'ida/Islamic Army")
        XCTAssertEqual(alQaida.aliases.count, 8)
        XCTAssertEqual(alQaida.aliases.first, "Al Qaeda")
        XCTAssertEqual(alQaida.country, "AF")
        XCTAssertEqual(alQaida.remarks, "生物、化学、ミサイル、核 / B,C,M,N; 通常兵器 / CW")
        let bairaq = try entry(3, in: list)
        XCTAssertEqual(bairaq.aliases, [])
        XCTAssertEqual(bairaq.country, "AE")
        XCTAssertEqual(bairaq.remarks, "ミサイル / M")
    }

    func testEveryCountryIsMapped() throws {
        let list = try entries()
        XCTAssertTrue(list.allSatisfy { $0.country != nil }, list.filter { $0.country == nil }.map(\.id).joined(separator: ", "))
        var counts: [String: Int] = [:]
        for entity in list { counts[entity.country ?? "-", default: 0] += 1 }
        XCTAssertEqual(counts, ["CN": 127, "AF": 2, "AE": 29, "YE": 2, "IL": 1, "IR": 257, "IN": 2, "EG": 3,
                                "SY": 19, "PK": 103, "LB": 9, "RU": 100, "KP": 154, "TW": 5, "HK": 22])
    }

    func testRevisionFromTheFileNameOrGiven() throws {
        let url = try TestSupport.shared(Self.path)
        let renamed = try IOTestFiles.write(try IOTestFiles.bytes(url), named: "end-user-list.xlsx", self)
        XCTAssertThrowsError(try METIEndUserList.read(xlsx: renamed)) { error in
            XCTAssertTrue("\(error)".contains("revision"), "\(error)")
        }
        let list = try METIEndUserList.read(xlsx: renamed, revision: "2025-09-29b")
        XCTAssertEqual(list.first?.id, "meti-eul:2025-09-29b:1")
    }

    func testTruncatedListFails() throws {
        let bytes = try IOTestFiles.bytes(TestSupport.shared(Self.path))
        let truncated = try IOTestFiles.write(Array(bytes[..<(bytes.count / 2)]), named: "20250929_4.xlsx", self)
        XCTAssertThrowsError(try METIEndUserList.read(xlsx: truncated)) { error in
            guard let error = error as? InputError else { return XCTFail("not an InputError: \(error)") }
            XCTAssertEqual(error.file, truncated.path)
            XCTAssertTrue(error.reason.contains("truncated"), error.description)
        }
    }
}
