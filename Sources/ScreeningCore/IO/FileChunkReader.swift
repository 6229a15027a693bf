import Foundation

/// Reads a file, or standard input for "-", in chunks.
public final class FileChunkReader: ChunkReader {
    /// The path as given ("-" for standard input), used in error messages.
    public let path: String
    private let handle: FileHandle
    private var finished = false

    /// Opens `path` for reading ("-" is standard input).
    /// - Throws: `InputError` naming the file when it is missing, a directory or unreadable.
    public init(path: String) throws {
        self.path = path
        if path == "-" {
            handle = FileHandle.standardInput
            return
        }
        // Checked first because FileHandle's own errors are vague, and a directory opens
        // fine on Linux and only fails at the first read.
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(file: path, reason: "cannot open: no such file")
        }
        if isDirectory.boolValue { throw InputError(file: path, reason: "cannot open: it is a directory") }
        do {
            handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
        } catch {
            throw InputError(file: path, reason: "cannot open: \(error.localizedDescription)")
        }
    }

    deinit {
        if path != "-" { try? handle.close() }
    }

    /// Reads up to `maximum` bytes; empty at the end of the file.
    public func read(maximum: Int) throws -> [UInt8] {
        if finished || maximum <= 0 { return [] }
        let data: Data?
        do {
            data = try handle.read(upToCount: maximum)
        } catch {
            throw InputError(file: path == "-" ? "standard input" : path, reason: "read failed: \(error.localizedDescription)")
        }
        guard let data, !data.isEmpty else {
            finished = true
            return []
        }
        return [UInt8](data)
    }
}
