import Foundation
@testable import ScreeningCore
import XCTest

/// The small XML parser's safety and leniency properties (synthetic documents: these are
/// properties of the parser, not of any data set).
final class XMLDocumentParserTests: XCTestCase {
    private func parse(_ text: String) throws -> XMLElement { try XMLDocumentParser.parse(Array(text.utf8)) }

    func testDeclaredEntitiesAreNeverExpanded() throws {
        // A "billion laughs" document: declared entities stay as written.
        let bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
            <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
            <lolz>&lol3;</lolz>
            """
        XCTAssertEqual(try parse(bomb).text, "&lol3;")
    }

    func testPredefinedEntitiesAndCharacterReferencesAreDecoded() throws {
        let root = try parse("<a title=\"x &amp; y\">Cuenot, Forsythe &#x26; Kim &lt;LLC&gt; &#169; &quot;q&quot; &apos; &#0; &bogus</a>")
        XCTAssertEqual(root.text, "Cuenot, Forsythe & Kim <LLC> © \"q\" ' \u{FFFD} &bogus")
        XCTAssertEqual(root.attribute("title"), "x & y")
    }

    func testDepthIsBounded() {
        let deep = String(repeating: "<a>", count: XMLDocumentParser.maximumDepth + 1) + String(repeating: "</a>", count: XMLDocumentParser.maximumDepth + 1)
        XCTAssertThrowsError(try parse(deep)) { error in
            XCTAssertTrue("\(error)".contains("nested deeper"), "\(error)")
        }
        let fine = String(repeating: "<a>", count: 100) + "x" + String(repeating: "</a>", count: 100)
        XCTAssertEqual(try parse(fine).text, "x")
    }

    func testSGMLEraMarkupIsTolerated() throws {
        // Unclosed inner elements, an unquoted attribute value and a value-less attribute.
        let root = try parse("<B721><PARTY-US ID=p1 PRIMARY><NAM><FNM><PDAT>Thanh Van<SNM><PDAT>Do</NAM></PARTY-US></B721>")
        XCTAssertEqual(root.first("PARTY-US")?.attribute("ID"), "p1")
        XCTAssertEqual(root.first("PARTY-US")?.attribute("PRIMARY"), "")
        XCTAssertEqual(root.first("PARTY-US/NAM/FNM")?.text, "Thanh Van Do")
    }

    func testMalformedDocumentsAreErrorsWithAnOffset() {
        for broken in ["<a><b attr=\"open></b></a>", "<a></b></a>", "<a><!-- never closed </a>", "<a><", "<a>text"] {
            XCTAssertThrowsError(try parse(broken), broken) { error in
                XCTAssertTrue(error is XMLSyntaxError, "\(broken): \(error)")
            }
        }
    }

    func testCDATAAndInlineMarkupKeepTheText() throws {
        let root = try parse("<ArticleTitle>Effect of <i>Helicobacter</i> pylori on <![CDATA[a < b]]> and CO<sub>2</sub></ArticleTitle>")
        XCTAssertEqual(root.text, "Effect of Helicobacter pylori on a < b and CO2")
    }

    func testSkippedElementsAreCheckedButLeftOut() throws {
        let root = try XMLDocumentParser.parse(Array("<a><b>kept</b><abstract>long <i>text</i><empty/></abstract><c/>after</a>".utf8),
                                               skipping: ["abstract"])
        XCTAssertEqual(root.elements.map(\.name), ["b", "c"])
        XCTAssertEqual(root.text, "kept after")
        XCTAssertThrowsError(try XMLDocumentParser.parse(Array("<a><abstract><x></y></abstract></a>".utf8), skipping: ["abstract"]))
    }

    /// Cutting documents does not depend on where the chunks of the input end: read 7 bytes
    /// at a time, the real PubMed file gives the same documents, lines and offsets.
    func testSplittingIsIndependentOfChunkBoundaries() throws {
        let url = try TestSupport.shared("records/pubmed/test_current_medline.xml.gz")
        func documents(chunkSize: Int) throws -> [String] {
            let splitter = XMLElementSplitter(try InputFile.open(url.path), names: ["PubmedArticle", "MedlineCitation"], chunkSize: chunkSize)
            var result: [String] = []
            while let next = try splitter.next() {
                let document = try next.get()
                result.append("\(document.name) \(document.line) \(document.offset) \(document.bytes.count) \(document.bytes.suffix(20))")
            }
            return result
        }
        let whole = try documents(chunkSize: 1 << 18)
        XCTAssertEqual(whole.count, 4)
        XCTAssertEqual(try documents(chunkSize: 7), whole)
    }
}
