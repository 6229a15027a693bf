import CICU
import Foundation

/// Romanization of the scripts the per-code-point tables do not cover (Cyrillic, Greek,
/// Hangul, Arabic, ...) through ICU's `Any-Latin`. It is slow (about 160 µs a call), so
/// results are cached; such names are rare in these lists and records.
final class OtherScripts: @unchecked Sendable {
    // ICU transliterators are not thread-safe: one lock guards the handle and the cache.
    private let lock = NSLock()
    private var handle: OpaquePointer?
    private var opened = false
    private var cache: [String: String] = [:]

    static let shared = OtherScripts()

    /// Lowercase ASCII romanization of `text`, or nil when ICU is unavailable.
    func romanize(_ text: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        if let cached = cache[text] { return cached }
        if !opened {
            opened = true
            handle = cicu_transliterator_open("Any-Latin; Latin-ASCII; Lower", nil, 0)
        }
        guard let handle else { return nil }
        let units = Array(text.utf16)
        var output = [UInt16](repeating: 0, count: units.count * 4 + 16)
        var length = cicu_transliterate(handle, units, Int32(units.count), &output, Int32(output.count))
        if length > Int32(output.count) {
            output = [UInt16](repeating: 0, count: Int(length))
            length = cicu_transliterate(handle, units, Int32(units.count), &output, Int32(output.count))
        }
        guard length >= 0 else { return nil }
        let result = String(decoding: output.prefix(Int(length)), as: UTF16.self)
        if cache.count > 100_000 { cache.removeAll() }
        cache[text] = result
        return result
    }
}
