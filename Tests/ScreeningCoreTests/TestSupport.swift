import Foundation
import ScreeningCore
import XCTest

/// What the tests share: one normalizer (tables load once per process) and access to the
/// real data in `../shared/data`.
enum TestSupport {
    /// The project's normalizer with the Japanese dictionaries when installed.
    static let normalizer: Normalizer = {
        do { return try Normalizer.standard() } catch { fatalError("cannot load the normalizer's tables: \(error)") }
    }()

    /// The project's root (this file is Tests/ScreeningCoreTests/TestSupport.swift).
    static let projectRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/data` beside the project.
    static let sharedData = projectRoot.deletingLastPathComponent().appendingPathComponent("shared/data")

    /// Every entry of the US lists (`../shared/data/lists/us/*.jsonl`), file by file in
    /// name order.
    static func usLists(file: StaticString = #filePath, line: UInt = #line) throws -> [ListedEntity] {
        let folder = try shared("lists/us", file: file, line: line)
        var entities: [ListedEntity] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".jsonl") {
            let path = folder.appendingPathComponent(name).path
            entities += try ListedEntityReader(InputFile.open(path), file: path).readAll()
        }
        return entities
    }

    /// A file in `../shared/data`. Skips the test when it is absent, or fails it when
    /// ENTITY_SCREEN_REQUIRE_SHARED=1 (as CI sets it).
    static func shared(_ path: String, file: StaticString = #filePath, line: UInt = #line) throws -> URL {
        let url = sharedData.appendingPathComponent(path)
        if FileManager.default.fileExists(atPath: url.path) { return url }
        let message = "shared data \(url.path) is absent"
        if ProcessInfo.processInfo.environment["ENTITY_SCREEN_REQUIRE_SHARED"] == "1" {
            XCTFail("\(message), and ENTITY_SCREEN_REQUIRE_SHARED=1", file: file, line: line)
            throw XCTSkip(message)
        }
        throw XCTSkip("\(message): skipped (set ENTITY_SCREEN_REQUIRE_SHARED=1 to make this a failure)")
    }

    /// The Japanese dictionaries: skips (or fails under ENTITY_SCREEN_REQUIRE_SHARED=1, since
    /// the set-up installs them) when they are not installed.
    static func requireJapaneseLexicon(file: StaticString = #filePath, line: UInt = #line) throws {
        if normalizer.lexicon != nil { return }
        let message = "the Debian packages enamdict, edict and kanjidic are not installed"
        if ProcessInfo.processInfo.environment["ENTITY_SCREEN_REQUIRE_SHARED"] == "1" {
            XCTFail("\(message), and ENTITY_SCREEN_REQUIRE_SHARED=1", file: file, line: line)
        }
        throw XCTSkip(message)
    }

    /// The standard output of a tool (unzip, gzip) as text.
    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The text of every `<name>` or `<name ...>` element (XML entities decoded).
    static func elements(_ name: String, in xml: String) -> [String] {
        var result: [String] = []
        let bytes = Array(xml.utf8)
        let open = Array("<\(name)".utf8), close = Array("</\(name)>".utf8)
        var i = 0
        func matches(_ pattern: [UInt8], at k: Int) -> Bool {
            k + pattern.count <= bytes.count && bytes[k..<(k + pattern.count)].elementsEqual(pattern)
        }
        while i < bytes.count {
            guard matches(open, at: i), i + open.count < bytes.count,
                  bytes[i + open.count] == UInt8(ascii: ">") || bytes[i + open.count] == UInt8(ascii: " ") else { i += 1; continue }
            var start = i + open.count
            while start < bytes.count && bytes[start] != UInt8(ascii: ">") { start += 1 }
            start += 1
            var end = start
            while end < bytes.count && !matches(close, at: end) { end += 1 }
            result.append(String(decoding: bytes[start..<min(end, bytes.count)], as: UTF8.self)
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
                .replacingOccurrences(of: "&amp;", with: "&"))
            i = end + close.count
        }
        return result
    }

    /// The lines of a (possibly gzip-compressed) text file, read through the product's
    /// own `InputFile`.
    static func lines(_ url: URL) throws -> [String] {
        String(decoding: try bytes(url), as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init)
    }

    /// The bytes of a (possibly gzip-compressed) file, through `InputFile`.
    static func bytes(_ url: URL) throws -> [UInt8] {
        let reader = try InputFile.open(url.path)
        var bytes: [UInt8] = []
        while true {
            let chunk = try reader.read(maximum: 1 << 20)
            if chunk.isEmpty { break }
            bytes += chunk
        }
        return bytes
    }
}

/// Shorthands for assertions on normalized text.
extension XCTestCase {
    /// A matcher over `entities` alone, with the tests' normalizer.
    func matcher(over entities: [ListedEntity]) -> Matcher {
        Matcher(index: EntityIndex(entities: entities, normalizer: TestSupport.normalizer), normalizer: TestSupport.normalizer)
    }

    /// Asserts that each text hits the entity with its id, and no other, among `matcher`'s;
    /// a failure lists the text's candidates with their explanations.
    func assertEachHitsOnly(_ cases: [(text: String, id: String)], in matcher: Matcher,
                            file: StaticString = #filePath, line: UInt = #line) {
        for (text, id) in cases {
            XCTAssertEqual(matcher.match(affiliation: text).map(\.entity.id), [id],
                           "\(text): \(matcher.candidates(for: text).map(\.explanation))", file: file, line: line)
        }
    }

    func normalized(_ text: String, _ options: NormalizeOptions = .allForms) -> NormalizedText {
        TestSupport.normalizer.normalize(text, options: options)
    }

    func key(_ text: String) -> String { normalized(text).key }

    func forms(_ text: String, _ kind: FormKind) -> [String] { normalized(text).forms(kind).map(\.text) }

    func assertMeet(_ a: String, _ b: String, file: StaticString = #filePath, line: UInt = #line) {
        let x = normalized(a), y = normalized(b)
        XCTAssertNotNil(x.meeting(y), "\(a) should meet \(b)\n  \(x.comparisonKeys)\n  \(y.comparisonKeys)", file: file, line: line)
    }

    func assertDoNotMeet(_ a: String, _ b: String, file: StaticString = #filePath, line: UInt = #line) {
        let x = normalized(a), y = normalized(b)
        XCTAssertNil(x.meeting(y), "\(a) should not meet \(b): \(String(describing: x.meeting(y)))", file: file, line: line)
    }
}
