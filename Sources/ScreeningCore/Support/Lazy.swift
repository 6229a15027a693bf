import Foundation

/// A value built on first use, once, whichever thread asks first: the Japanese dictionaries
/// and the glossary cost a second or so to load, and runs over Latin text never need them.
final class Lazy<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?
    private let make: @Sendable () -> Value

    init(_ make: @escaping @Sendable () -> Value) { self.make = make }

    init(loaded: Value) {
        value = loaded
        make = { loaded }
    }

    /// The value when it was built already; nil (and not built) otherwise.
    var ifBuilt: Value? {
        lock.lock()
        defer { lock.unlock() }
        return value
    }

    /// The value, built now if this is the first use.
    var get: Value {
        lock.lock()
        defer { lock.unlock() }
        if let value { return value }
        let made = make()
        value = made
        return made
    }
}
