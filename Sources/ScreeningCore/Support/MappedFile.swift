import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file's bytes mapped read-only into memory: the pages come from the page cache as they
/// are read, are shared by every process reading the file, and are given back under memory
/// pressure, where a copy would be the process's own for good. Read into memory instead
/// when the file cannot be mapped.
final class MappedFile: @unchecked Sendable {
    /// The bytes; valid while this object lives.
    let bytes: UnsafeBufferPointer<UInt8>
    private let mapped: Bool

    /// The file at `url`, or nil if it cannot be read.
    init?(url: URL) {
        let fd = open(url.path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else { return nil }
        let size = Int(status.st_size)
        if size > 0, let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED {
            bytes = UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: size)
            mapped = true
            return
        }
        guard let data = try? Data(contentsOf: url) else { return nil }
        let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(data.count, 1))
        _ = copy.initialize(from: data)
        bytes = UnsafeBufferPointer(start: copy.baseAddress, count: data.count)
        mapped = false
    }

    /// Lets the system take back the pages read so far: mapped, the next read of a page
    /// finds it in the page cache again (a minor fault), and the process no longer counts
    /// it as resident. For a file read through once (indexed) and then a few pages at a time.
    func dropResidentPages() {
        guard mapped, let base = bytes.baseAddress, bytes.count > 0 else { return }
        _ = madvise(UnsafeMutableRawPointer(mutating: base), bytes.count, MADV_DONTNEED)
    }

    deinit {
        if mapped {
            munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
        } else {
            bytes.deallocate()
        }
    }
}
