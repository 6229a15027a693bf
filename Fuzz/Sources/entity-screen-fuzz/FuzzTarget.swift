import Foundation
import ScreeningCore

/// libFuzzer's driver (in the runtime `-sanitize=fuzzer` links).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// The executable's entry: SwiftPM links an executable target's `main` to
/// `<module>_main`, so libFuzzer's own `main` is not used; this one starts its driver.
@_cdecl("entity_screen_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in
        guard let data else { return 0 }
        return fuzzOneInput(data, size)
    }
}

/// libFuzzer's entry point: the first byte of each input picks what it is fed to, the rest
/// is the input. A crash, a trap, a sanitizer report or a hang (libFuzzer's -timeout) is a
/// finding; thrown errors and reported lines are the readers doing their job.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let selector = data[0]
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    FuzzInputs.feed(bytes, to: selector)
    return 0
}

/// What the fuzzer (and the seeded random-input test's script) exercise.
enum FuzzInputs {
    static let normalizer = try! Normalizer.standard()

    static func feed(_ bytes: [UInt8], to selector: UInt8) {
        // Small, varying chunks, so values straddle chunk boundaries.
        let chunk = 1 + Int(selector >> 3)
        switch selector % 6 {
        case 0:
            let text = String(decoding: bytes, as: UTF8.self)
            _ = normalizer.normalize(text, options: .allForms)
        case 1:
            let reader = RecordReader(Bytes(bytes, chunk: chunk), file: "fuzz") { _ in }
            while let record = try? reader.next() { _ = record.parties.count }
        case 2:
            let reader = ListedEntityReader(Bytes(bytes, chunk: chunk), file: "fuzz") { _ in }
            while let entity = try? reader.next() { _ = entity.aliases.count }
        case 3:
            let rows = CSVRows(Bytes(bytes, chunk: chunk), file: "fuzz")
            while let row = try? rows.next() { _ = row }
        case 4:
            guard let gzip = try? GzipChunkReader(Bytes(bytes, chunk: chunk), name: "fuzz") else { return }
            while let part = try? gzip.read(maximum: 4096), !part.isEmpty {}
        default:
            guard let archive = try? ZipArchive(bytes: bytes, name: "fuzz") else { return }
            _ = try? XLSXSheet.firstSheet(of: archive)
        }
    }

    /// An in-memory input read in chunks.
    final class Bytes: ChunkReader {
        let bytes: [UInt8]
        let chunk: Int
        var position = 0
        init(_ bytes: [UInt8], chunk: Int) { self.bytes = bytes; self.chunk = chunk }
        func read(maximum: Int) throws -> [UInt8] {
            let end = min(bytes.count, position + min(maximum, chunk))
            defer { position = end }
            return Array(bytes[position..<end])
        }
    }
}
