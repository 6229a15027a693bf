import Foundation
import ScreeningCore
import XCTest

/// The Hit writers: JSON Lines read back by JSONSerialization, CSV quoting, score format.
final class HitEncodingTests: XCTestCase {
    private let awkward = "q\"uote \\back/slash\n\r\t\u{0}\u{1}\u{1F}\u{7F} 哈爾浜工業大学 é 😀 \u{2028}"

    private func hit(_ text: String = "Harbin Institute of Technology", score: Double = 0.97) -> Hit {
        Hit(recordID: "pmid:26359337", party: 3, role: "author", field: .affiliation, mention: text,
            entityID: "bis-entity:1234", entityName: "Harbin Institute of Technology", list: "bis-entity",
            alias: text, score: score, explanation: "exp, \(text)")
    }

    func testJSONLineRoundTripsThroughJSONSerialization() throws {
        let line = hit(awkward, score: 0.123456).jsonLine
        XCTAssertTrue(line.hasSuffix("}\n"))
        XCTAssertEqual(line.filter { $0 == "\n" }.count, 1, "control characters are escaped")
        XCTAssertTrue(line.contains("哈爾浜工業大学 é 😀"), "non-ASCII stays UTF-8")
        XCTAssertTrue(line.contains(#"\u0000\u0001\u001f"#))
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        XCTAssertEqual(object["mention"] as? String, awkward)
        XCTAssertEqual(object["alias"] as? String, awkward)
        XCTAssertEqual(object["explanation"] as? String, "exp, " + awkward)
        XCTAssertEqual(object["record_id"] as? String, "pmid:26359337")
        XCTAssertEqual(object["party"] as? Int, 3)
        XCTAssertEqual(object["field"] as? String, "affiliation")
        XCTAssertEqual(object["score"] as? Double, 0.1235)
        XCTAssertEqual(try JSONDecoder().decode(Hit.self, from: Data(line.utf8)), hit(awkward, score: 0.1235))
    }

    func testJSONLineKeyOrderAndScoreFormat() {
        XCTAssertEqual(hit().jsonLine, """
            {"record_id": "pmid:26359337", "party": 3, "role": "author", "field": "affiliation", \
            "mention": "Harbin Institute of Technology", "entity_id": "bis-entity:1234", \
            "entity_name": "Harbin Institute of Technology", "list": "bis-entity", \
            "alias": "Harbin Institute of Technology", "score": 0.97, \
            "explanation": "exp, Harbin Institute of Technology"}

            """)
        let scores: [(Double, String)] = [(1, "1"), (0, "0"), (0.5, "0.5"), (0.07, "0.07"), (0.99995, "1"),
                                          (0.00004, "0"), (0.12345678, "0.1235"), (0.0001, "0.0001"), (.nan, "0")]
        for (score, text) in scores {
            XCTAssertTrue(hit(score: score).jsonLine.contains(#""score": \#(text), "#), "\(score)")
        }
    }

    func testCSVQuoting() {
        XCTAssertEqual(Hit.csvHeader,
                       "record_id,party,role,field,mention,entity_id,entity_name,list,alias,score,explanation\r\n")
        XCTAssertEqual(hit("plain").csvRow,
                       "pmid:26359337,3,author,affiliation,plain,bis-entity:1234,Harbin Institute of Technology,"
                       + "bis-entity,plain,0.97,\"exp, plain\"\r\n")
        let row = hit("say \"HIT\", 哈\nline").csvRow
        XCTAssertTrue(row.contains(",\"say \"\"HIT\"\", 哈\nline\","), row)
        XCTAssertTrue(row.hasSuffix(",\"exp, say \"\"HIT\"\", 哈\nline\"\r\n"), row)
    }
}
