import Foundation
import ScreeningCore
import XCTest

/// Gzip input: streaming, multi-member files, and clean failures on damaged data.
final class GzipReaderTests: XCTestCase {
    func testStreamsTheRORRegistryLineByLine() throws {
        let url = try TestSupport.shared("registries/ror-v2-partial.jsonl.gz")
        let reader = try InputFile.open(url.path)
        XCTAssertTrue(reader is GzipChunkReader, "gzip is recognised from its magic bytes")
        XCTAssertEqual(try IOTestFiles.countLines(reader), 35_990)
        XCTAssertEqual(try reader.read(maximum: 10), [], "the end stays the end")
    }

    func testRecognisesGzipByContentNotName() throws {
        let url = try TestSupport.shared("registries/ror-v2-partial.jsonl.gz")
        let renamed = try IOTestFiles.write(try IOTestFiles.bytes(url), named: "ror.jsonl", self)
        XCTAssertEqual(try IOTestFiles.countLines(InputFile.open(renamed.path)), 35_990)
    }

    func testTruncatedGzipFailsWithTheOffset() throws {
        let url = try TestSupport.shared("registries/ror-v2-partial.jsonl.gz")
        let bytes = try IOTestFiles.bytes(url)
        let half = bytes.count / 2
        let truncated = try IOTestFiles.write(Array(bytes[..<half]), named: "ror-truncated.jsonl.gz", self)
        XCTAssertThrowsError(try IOTestFiles.countLines(InputFile.open(truncated.path))) { error in
            guard let error = error as? InputError else { return XCTFail("not an InputError: \(error)") }
            XCTAssertEqual(error.file, truncated.path)
            XCTAssertTrue(error.reason.contains("truncated"), error.description)
            XCTAssertTrue(error.reason.contains("byte offset \(half)"), error.description)
        }
    }

    func testCorruptGzipFails() throws {
        let url = try TestSupport.shared("registries/ror-v2-partial.jsonl.gz")
        var bytes = try IOTestFiles.bytes(url)
        for i in stride(from: bytes.count / 3, to: bytes.count / 3 + 64, by: 1) { bytes[i] ^= 0x5A }
        let corrupt = try IOTestFiles.write(bytes, named: "ror-corrupt.jsonl.gz", self)
        XCTAssertThrowsError(try IOTestFiles.countLines(InputFile.open(corrupt.path))) { error in
            XCTAssertTrue("\(error)".contains("corrupt gzip data at byte offset"), "\(error)")
        }
    }

    func testConcatenatedMembersReadAsOneStream() throws {
        let url = try TestSupport.shared("registries/ror-v2-partial.jsonl.gz")
        let bytes = try IOTestFiles.bytes(url)
        let doubled = try IOTestFiles.write(bytes + bytes, named: "ror-twice.jsonl.gz", self)
        XCTAssertEqual(try IOTestFiles.countLines(InputFile.open(doubled.path)), 2 * 35_990)
    }

    func testSmallMembersPaddingAndTinyReads() throws {
        let first = try IOTestFiles.gzip("北京航空航天大学\n", self), second = try IOTestFiles.gzip("Harbin Institute of Technology\n", self)
        // Zero padding after the last member, as tar and some tape tools leave, is ignored.
        let file = try IOTestFiles.write(first + second + [0, 0, 0, 0], named: "two.gz", self)
        let expected = Array("北京航空航天大学\nHarbin Institute of Technology\n".utf8)
        for chunk in [1, 3, 7, 4096] {
            XCTAssertEqual(try IOTestFiles.readAll(InputFile.open(file.path), chunk: chunk), expected, "chunk \(chunk)")
        }
    }

    func testGarbageAfterAMemberFails() throws {
        let member = try IOTestFiles.gzip("one line\n", self)
        let file = try IOTestFiles.write(member + Array("trailing text".utf8), named: "garbage.gz", self)
        XCTAssertThrowsError(try IOTestFiles.readAll(InputFile.open(file.path))) { error in
            XCTAssertTrue("\(error)".contains("byte offset \(member.count)"), "\(error)")
        }
    }

    func testEmptyGzipStreamFails() throws {
        let file = try IOTestFiles.write([], named: "empty.gz", self)
        let reader = try GzipChunkReader(try FileChunkReader(path: file.path), name: file.path)
        XCTAssertThrowsError(try reader.read(maximum: 100)) { error in
            XCTAssertTrue("\(error)".contains("empty"), "\(error)")
        }
    }

    func testPlainFilesPassThrough() throws {
        let url = try TestSupport.shared("registries/kaken-institutions.csv")
        XCTAssertFalse(try InputFile.open(url.path) is GzipChunkReader)
        XCTAssertEqual(try IOTestFiles.readAll(InputFile.open(url.path), chunk: 1000), try IOTestFiles.bytes(url))
        let empty = try IOTestFiles.write([], named: "empty.txt", self)
        XCTAssertEqual(try IOTestFiles.readAll(InputFile.open(empty.path)), [])
        let oneByte = try IOTestFiles.write([0x1F], named: "one-byte", self)
        XCTAssertEqual(try IOTestFiles.readAll(InputFile.open(oneByte.path)), [0x1F])
    }

    func testUnopenableFilesAreNamed() throws {
        let directory = try IOTestFiles.temporaryDirectory(self)
        let missing = directory.appendingPathComponent("absent.jsonl.gz").path
        XCTAssertThrowsError(try InputFile.open(missing)) { error in
            XCTAssertEqual((error as? InputError)?.file, missing)
            XCTAssertTrue("\(error)".contains("no such file"), "\(error)")
        }
        XCTAssertThrowsError(try InputFile.open(directory.path)) { error in
            XCTAssertTrue("\(error)".contains("\(directory.path): cannot open: it is a directory"), "\(error)")
        }
    }
}
