import Foundation
import ScreeningCore
import XCTest

/// The zip reader on METI's xlsx, compared with unzip, and on damaged copies of it.
final class ZipArchiveTests: XCTestCase {
    private func metiURL() throws -> URL { try TestSupport.shared("lists/meti-eul/20250929_4.xlsx") }

    func testListsMembersAndExtractsThemAsUnzipDoes() throws {
        let url = try metiURL()
        let archive = try ZipArchive(url: url)
        XCTAssertEqual(archive.memberNames.count, 13)
        XCTAssertTrue(archive.memberNames.contains("xl/worksheets/sheet1.xml"))
        XCTAssertTrue(archive.memberNames.contains("xl/sharedStrings.xml"))
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/unzip") else { throw XCTSkip("unzip is not installed") }
        for name in ["xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "docProps/app.xml"] {
            let ours = String(decoding: try archive.contents(of: name), as: UTF8.self)
            XCTAssertEqual(ours, try TestSupport.run("/usr/bin/unzip", ["-p", url.path, name]), name)
        }
        XCTAssertEqual(try archive.contents(of: "xl/sharedStrings.xml").count, 163_408)
    }

    func testTruncatedArchiveFails() throws {
        let bytes = try IOTestFiles.bytes(metiURL())
        let truncated = try IOTestFiles.write(Array(bytes[..<(bytes.count / 2)]), named: "truncated.xlsx", self)
        XCTAssertThrowsError(try ZipArchive(url: truncated)) { error in
            XCTAssertEqual((error as? InputError)?.file, truncated.path)
            XCTAssertTrue("\(error)".contains("truncated"), "\(error)")
        }
    }

    func testMissingMemberAndMissingFileFail() throws {
        let archive = try ZipArchive(url: metiURL())
        XCTAssertThrowsError(try archive.contents(of: "xl/worksheets/sheet2.xml")) { error in
            XCTAssertTrue("\(error)".contains("no member xl/worksheets/sheet2.xml"), "\(error)")
        }
        XCTAssertThrowsError(try ZipArchive(url: URL(fileURLWithPath: "/nonexistent/list.xlsx"))) { error in
            XCTAssertTrue("\(error)".hasPrefix("/nonexistent/list.xlsx: cannot open"), "\(error)")
        }
    }

    func testCorruptMemberDataFails() throws {
        let url = try metiURL()
        var bytes = try IOTestFiles.bytes(url)
        let archive = try ZipArchive(bytes: bytes, name: url.path)
        // Damage the middle of the (deflated) worksheet: zlib or the CRC must notice.
        let sheetStart = try offsetOfMemberData(bytes, archive: archive, member: "xl/worksheets/sheet1.xml")
        for i in (sheetStart + 2000)..<(sheetStart + 2100) { bytes[i] ^= 0xA5 }
        let damaged = try ZipArchive(bytes: bytes, name: "damaged.xlsx")
        XCTAssertThrowsError(try damaged.contents(of: "xl/worksheets/sheet1.xml")) { error in
            XCTAssertTrue("\(error)".hasPrefix("damaged.xlsx!xl/worksheets/sheet1.xml: corrupt member"), "\(error)")
        }
    }

    func testMemberClaimingAHugeSizeIsRefused() throws {
        var bytes = try IOTestFiles.bytes(metiURL())
        // Patch the uncompressed size of the first central-directory entry to 600 MB.
        guard let central = findSignature([0x50, 0x4B, 0x01, 0x02], in: bytes) else { return XCTFail("no central directory") }
        let size = UInt32(600 << 20)
        for k in 0..<4 { bytes[central + 24 + k] = UInt8(truncatingIfNeeded: size >> (8 * UInt32(k))) }
        let archive = try ZipArchive(bytes: bytes, name: "bomb.xlsx")
        XCTAssertThrowsError(try archive.contents(of: archive.memberNames[0])) { error in
            XCTAssertTrue("\(error)".contains("more than the"), "\(error)")
        }
    }

    func testNotAZipFails() throws {
        XCTAssertThrowsError(try ZipArchive(bytes: Array("just text, not a zip".utf8), name: "text.xlsx")) { error in
            XCTAssertTrue("\(error)".hasPrefix("text.xlsx: not a zip archive"), "\(error)")
        }
        XCTAssertThrowsError(try ZipArchive(bytes: [], name: "empty.xlsx"))
    }

    /// Where a member's data begins (after its local header), found like the reader does.
    private func offsetOfMemberData(_ bytes: [UInt8], archive: ZipArchive, member: String) throws -> Int {
        let name = Array(member.utf8)
        var i = 0
        while let found = findSignature([0x50, 0x4B, 0x03, 0x04], in: bytes, from: i) {
            let nameLength = Int(bytes[found + 26]) | Int(bytes[found + 27]) << 8
            let extraLength = Int(bytes[found + 28]) | Int(bytes[found + 29]) << 8
            if Array(bytes[(found + 30)..<(found + 30 + nameLength)]) == name { return found + 30 + nameLength + extraLength }
            i = found + 4
        }
        throw XCTSkip("no local header for \(member)")
    }

    private func findSignature(_ signature: [UInt8], in bytes: [UInt8], from start: Int = 0) -> Int? {
        var i = start
        while i + signature.count <= bytes.count {
            if bytes[i] == signature[0] && Array(bytes[i..<(i + signature.count)]) == signature { return i }
            i += 1
        }
        return nil
    }
}
