import Foundation
import ScreeningCore
import XCTest

/// Scratch files and whole-input reads shared by the reader tests.
enum IOTestFiles {
    /// A fresh temporary directory, removed when the test ends.
    static func temporaryDirectory(_ test: XCTestCase) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("entity-screen-io-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// Writes `bytes` to `name` in a fresh temporary directory.
    static func write(_ bytes: [UInt8], named name: String, _ test: XCTestCase) throws -> URL {
        let url = try temporaryDirectory(test).appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    /// The file's bytes.
    static func bytes(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }

    /// Everything `reader` yields, read `chunk` bytes at a time.
    static func readAll(_ reader: ChunkReader, chunk: Int = 1 << 16) throws -> [UInt8] {
        var result: [UInt8] = []
        while true {
            let part = try reader.read(maximum: chunk)
            if part.isEmpty { return result }
            result += part
        }
    }

    /// The number of lines `reader` yields (a last line without a newline counts), streamed.
    static func countLines(_ reader: ChunkReader) throws -> Int {
        var lines = 0, last: UInt8 = 0x0A
        while true {
            let part = try reader.read(maximum: 1 << 16)
            guard let end = part.last else { break }
            lines += part.withUnsafeBufferPointer { buffer in buffer.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
            last = end
        }
        return last == 0x0A ? lines : lines + 1
    }

    /// `text` compressed by the system's gzip, as one gzip member.
    static func gzip(_ text: String, _ test: XCTestCase) throws -> [UInt8] {
        let source = try write(Array(text.utf8), named: "member.txt", test)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-c", source.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }
}
