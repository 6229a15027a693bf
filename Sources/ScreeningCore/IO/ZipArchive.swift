import CZlib
import Foundation

/// A zip archive held in memory (an xlsx is a few megabytes at most): its central
/// directory, and the bytes of stored or deflated members. ZIP64 and encryption are refused.
public struct ZipArchive: Sendable {
    /// One entry of the central directory.
    public struct Member: Sendable {
        /// The member's path inside the archive, e.g. `xl/worksheets/sheet1.xml`.
        public let name: String
        /// 0 stored, 8 deflated; others are refused on extraction.
        public let method: Int
        /// General-purpose flags (bit 0: encrypted).
        let flags: Int
        let crc32: UInt32
        /// Size in the archive.
        public let compressedSize: Int
        /// Size once extracted.
        public let uncompressedSize: Int
        let localHeaderOffset: Int
    }

    /// A member claiming to extract to more than this is refused (a zip bomb guard).
    public static let maximumMemberSize = 512 << 20

    /// The archive's name, used in error messages.
    public let name: String
    /// The members in central-directory order.
    public let members: [Member]
    private let bytes: [UInt8]

    /// Reads the archive at `url`.
    /// - Throws: `InputError` when the file cannot be read or is not a (complete) zip archive.
    public init(url: URL) throws {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw InputError(file: url.path, reason: "cannot open: \(error.localizedDescription)")
        }
        try self.init(bytes: [UInt8](data), name: url.path)
    }

    /// Reads an archive from its bytes; `name` is used in errors.
    public init(bytes: [UInt8], name: String) throws {
        self.bytes = bytes
        self.name = name
        members = try ZipArchive.centralDirectory(bytes, name: name)
    }

    /// The member names in central-directory order.
    public var memberNames: [String] { members.map(\.name) }

    /// The member called `name`, if present.
    public func member(named name: String) -> Member? { members.first { $0.name == name } }

    /// The extracted bytes of the member called `memberName`.
    /// - Throws: `InputError` when it is absent, truncated, corrupt, too large or of an
    ///   unsupported kind.
    public func contents(of memberName: String) throws -> [UInt8] {
        guard let member = member(named: memberName) else {
            throw InputError(file: name, reason: "no member \(memberName) in the archive")
        }
        return try contents(of: member)
    }

    /// The extracted bytes of `member`, checked against its CRC-32.
    public func contents(of member: Member) throws -> [UInt8] {
        let label = "\(name)!\(member.name)"
        func fail(_ reason: String) -> InputError { InputError(file: label, reason: reason) }
        if member.flags & 1 != 0 { throw fail("the member is encrypted") }
        if member.uncompressedSize > ZipArchive.maximumMemberSize {
            throw fail("the member claims \(member.uncompressedSize) bytes, more than the \(ZipArchive.maximumMemberSize) allowed")
        }
        let local = member.localHeaderOffset
        guard local + 30 <= bytes.count, Self.uint32(bytes, local) == 0x0403_4B50 else {
            throw fail("truncated or corrupt archive: no local header at byte offset \(local)")
        }
        let start = local + 30 + Int(Self.uint16(bytes, local + 26)) + Int(Self.uint16(bytes, local + 28))
        let end = start + member.compressedSize
        guard end <= bytes.count else {
            throw fail("truncated archive: the member's data (bytes \(start)..<\(end)) runs past the end (\(bytes.count) bytes)")
        }
        let result: [UInt8]
        switch member.method {
        case 0:
            guard member.compressedSize == member.uncompressedSize else {
                throw fail("corrupt archive: a stored member whose sizes differ")
            }
            result = Array(bytes[start..<end])
        case 8:
            result = try Self.inflate(bytes[start..<end], size: member.uncompressedSize, fail: fail)
        default:
            throw fail("unsupported compression method \(member.method)")
        }
        let crc = result.withUnsafeBufferPointer { czlib_crc32(0, $0.baseAddress, $0.count) }
        guard crc == member.crc32 else { throw fail("corrupt member: CRC-32 mismatch") }
        return result
    }

    /// Inflates raw deflate data that must produce exactly `size` bytes.
    private static func inflate(_ data: ArraySlice<UInt8>, size: Int, fail: (String) -> InputError) throws -> [UInt8] {
        guard let inflater = czlib_inflater_open(Int32(CZLIB_FORMAT_RAW)) else { throw fail("cannot start the deflate decoder") }
        defer { czlib_inflater_close(inflater) }
        // One spare byte tells a member that inflates to more than it declared.
        var output = [UInt8](repeating: 0, count: size + 1)
        var position = data.startIndex, produced = 0
        while true {
            var consumed = 0, made = 0
            let rc = data.withUnsafeBufferPointer { inBuffer in
                output.withUnsafeMutableBufferPointer { outBuffer in
                    czlib_inflate(inflater, inBuffer.baseAddress.map { $0 + (position - data.startIndex) },
                                  data.endIndex - position, &consumed,
                                  outBuffer.baseAddress! + produced, size + 1 - produced, &made)
                }
            }
            position += consumed
            produced += made
            if produced > size { throw fail("corrupt member: it inflates to more than its declared \(size) bytes") }
            switch rc {
            case Int32(CZLIB_STREAM_END):
                guard produced == size else { throw fail("corrupt member: \(produced) bytes inflated, \(size) declared") }
                output.removeLast()
                return output
            case Int32(CZLIB_OK) where consumed > 0 || made > 0:
                continue
            case Int32(CZLIB_OK), Int32(CZLIB_NEED_INPUT):
                throw fail("truncated member: the deflate data ends early (\(produced) of \(size) bytes)")
            default:
                let detail = czlib_inflater_message(inflater).map { String(cString: $0) } ?? "invalid data"
                throw fail("corrupt member: \(detail)")
            }
        }
    }

    /// Parses the end-of-central-directory record and the central directory.
    private static func centralDirectory(_ bytes: [UInt8], name: String) throws -> [Member] {
        func fail(_ reason: String) -> InputError { InputError(file: name, reason: reason) }
        // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
        var eocd = -1
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        var i = bytes.count - 22
        while i >= lowest {
            if bytes[i] == 0x50 && uint32(bytes, i) == 0x0605_4B50 { eocd = i; break }
            i -= 1
        }
        guard eocd >= 0 else {
            throw fail("not a zip archive, or a truncated one: no end-of-central-directory record")
        }
        let count = Int(uint16(bytes, eocd + 10))
        let size = Int(uint32(bytes, eocd + 12))
        let offset = Int(uint32(bytes, eocd + 16))
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            throw fail("ZIP64 archives are not supported")
        }
        guard offset + size <= eocd else {
            throw fail("truncated or corrupt archive: the central directory (\(offset)+\(size)) lies outside the file")
        }
        var members: [Member] = []
        members.reserveCapacity(count)
        var p = offset
        for index in 0..<count {
            guard p + 46 <= offset + size, uint32(bytes, p) == 0x0201_4B50 else {
                throw fail("corrupt archive: central directory entry \(index + 1) of \(count) is damaged (byte offset \(p))")
            }
            let nameLength = Int(uint16(bytes, p + 28))
            let extraLength = Int(uint16(bytes, p + 30))
            let commentLength = Int(uint16(bytes, p + 32))
            let next = p + 46 + nameLength + extraLength + commentLength
            guard next <= offset + size else {
                throw fail("corrupt archive: central directory entry \(index + 1) runs past the directory")
            }
            members.append(Member(
                name: String(decoding: bytes[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self),
                method: Int(uint16(bytes, p + 10)),
                flags: Int(uint16(bytes, p + 8)),
                crc32: uint32(bytes, p + 16),
                compressedSize: Int(uint32(bytes, p + 20)),
                uncompressedSize: Int(uint32(bytes, p + 24)),
                localHeaderOffset: Int(uint32(bytes, p + 42))))
            p = next
        }
        return members
    }

    /// Little-endian 16-bit value at `i` (callers check the bounds).
    private static func uint16(_ b: [UInt8], _ i: Int) -> UInt16 { UInt16(b[i]) | UInt16(b[i + 1]) << 8 }

    /// Little-endian 32-bit value at `i` (callers check the bounds).
    private static func uint32(_ b: [UInt8], _ i: Int) -> UInt32 {
        UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24
    }
}
