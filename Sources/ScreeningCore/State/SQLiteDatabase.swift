import CSQLite
import Foundation

/// A failed SQLite call, with SQLite's own message.
public struct SQLiteError: Error, CustomStringConvertible {
    public let code: Int32
    public let message: String
    public var description: String { "SQLite error \(code): \(message)" }
}

/// One SQLite connection, used from one thread. Statements are prepared once and cached
/// by their SQL text.
final class SQLiteDatabase {
    private let db: OpaquePointer
    private var statements: [String: SQLiteStatement] = [:]

    init(path: String) throws {
        var handle: OpaquePointer?
        let rc = csqlite_open(path, &handle)
        guard let handle else { throw SQLiteError(code: rc, message: "cannot open \(path)") }
        db = handle
        guard rc == CSQLITE_OK else {
            let message = String(cString: csqlite_errmsg(handle))
            csqlite_close(handle)
            throw SQLiteError(code: rc, message: "\(path): \(message)")
        }
        csqlite_busy_timeout(db, 10_000)
    }

    deinit {
        for statement in statements.values { statement.finalize() }
        csqlite_close(db)
    }

    /// Runs statements that return no rows.
    func execute(_ sql: String) throws {
        let rc = csqlite_exec(db, sql)
        guard rc == CSQLITE_OK else { throw error(rc) }
    }

    /// The cached prepared statement for `sql`, reset and with its bindings cleared.
    func statement(_ sql: String) throws -> SQLiteStatement {
        if let cached = statements[sql] {
            cached.reset()
            return cached
        }
        var handle: OpaquePointer?
        let rc = csqlite_prepare(db, sql, &handle)
        guard rc == CSQLITE_OK, let handle else { throw error(rc, sql) }
        let statement = SQLiteStatement(handle: handle, database: self)
        statements[sql] = statement
        return statement
    }

    /// Runs one statement with `values` bound, ignoring any rows.
    func run(_ sql: String, _ values: [SQLiteValue] = []) throws {
        let statement = try statement(sql)
        try statement.bind(values)
        while try statement.step() {}
    }

    /// The rows of one query; `row` reads each.
    func query<T>(_ sql: String, _ values: [SQLiteValue] = [], row: (SQLiteStatement) throws -> T) throws -> [T] {
        var rows: [T] = []
        try forEachRow(sql, values) { rows.append(try row($0)) }
        return rows
    }

    /// Calls `row` on each row of one query, collecting nothing.
    func forEachRow(_ sql: String, _ values: [SQLiteValue] = [], _ row: (SQLiteStatement) throws -> Void) throws {
        let statement = try statement(sql)
        try statement.bind(values)
        while try statement.step() { try row(statement) }
    }

    /// Rows changed by the last INSERT, UPDATE or DELETE.
    var changes: Int { Int(csqlite_changes(db)) }

    /// The rowid of the row the last successful INSERT added.
    var lastInsertedRowID: Int64 { csqlite_last_insert_rowid(db) }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    func error(_ rc: Int32, _ sql: String? = nil) -> SQLiteError {
        let message = String(cString: csqlite_errmsg(db))
        return SQLiteError(code: rc, message: sql.map { "\(message) in: \($0)" } ?? message)
    }
}

/// A value bound to a statement's parameter.
enum SQLiteValue {
    case int(Int64)
    case double(Double)
    case text(String)
    /// 64-bit integers stored as a blob (native byte order: the store is read where it is written).
    case integers([UInt64])
    case null
}

extension SQLiteValue {
    static func int(_ value: Int) -> SQLiteValue { .int(Int64(value)) }
    /// A 64-bit hash, stored as SQLite's signed integer with the same bits.
    static func hash(_ value: UInt64) -> SQLiteValue { .int(Int64(bitPattern: value)) }
    static func optionalText(_ value: String?) -> SQLiteValue { value.map { .text($0) } ?? .null }
}

/// A prepared statement of a `SQLiteDatabase`.
final class SQLiteStatement {
    private let handle: OpaquePointer
    private unowned let database: SQLiteDatabase

    init(handle: OpaquePointer, database: SQLiteDatabase) {
        self.handle = handle
        self.database = database
    }

    func bind(_ values: [SQLiteValue]) throws {
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let rc: Int32
            switch value {
            case .int(let v): rc = csqlite_bind_int64(handle, index, v)
            case .double(let v): rc = csqlite_bind_double(handle, index, v)
            case .null: rc = csqlite_bind_null(handle, index)
            case .integers(let v): rc = v.withUnsafeBytes { csqlite_bind_blob(handle, index, $0.baseAddress ?? UnsafeRawPointer(bitPattern: 8)!, Int64($0.count)) }
            case .text(var v): rc = v.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    // An empty string has no base address; SQLite takes an empty text from any valid pointer.
                    guard let base = chars.baseAddress else { return csqlite_bind_text(handle, index, "", 0) }
                    return csqlite_bind_text(handle, index, base, Int64(chars.count))
                }
            }
            }
            guard rc == CSQLITE_OK else { throw database.error(rc) }
        }
    }

    /// Steps once: true when a row is ready, false when done.
    func step() throws -> Bool {
        let rc = csqlite_step(handle)
        if rc == CSQLITE_ROW { return true }
        if rc == CSQLITE_DONE { return false }
        throw database.error(rc)
    }

    func int(_ column: Int) -> Int { Int(csqlite_column_int64(handle, Int32(column))) }
    func hash(_ column: Int) -> UInt64 { UInt64(bitPattern: csqlite_column_int64(handle, Int32(column))) }
    func double(_ column: Int) -> Double { csqlite_column_double(handle, Int32(column)) }
    func isNull(_ column: Int) -> Bool { csqlite_column_type(handle, Int32(column)) == CSQLITE_NULL }

    func text(_ column: Int) -> String {
        var length: Int64 = 0
        guard let bytes = csqlite_column_text(handle, Int32(column), &length) else { return "" }
        return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(length)), as: UTF8.self)
    }

    func optionalText(_ column: Int) -> String? { isNull(column) ? nil : text(column) }

    func integers(_ column: Int) -> [UInt64] {
        var integers: [UInt64] = []
        appendIntegers(column, to: &integers)
        return integers
    }

    /// Appends the integers of a blob column (as `integers(_:)` reads them) to `array`.
    func appendIntegers(_ column: Int, to array: inout [UInt64]) {
        var length: Int64 = 0
        guard let bytes = csqlite_column_blob(handle, Int32(column), &length), length >= 8 else { return }
        let count = Int(length) / 8, start = array.count
        if Int(bitPattern: bytes) % MemoryLayout<UInt64>.alignment == 0 {
            // Aligned (as SQLite's own buffers are): copied once, without zeroing the room first.
            array.append(contentsOf: UnsafeBufferPointer(start: bytes.assumingMemoryBound(to: UInt64.self), count: count))
            return
        }
        array.append(contentsOf: repeatElement(0, count: count))
        // Copied bytewise: SQLite's buffer need not be aligned for UInt64.
        array.withUnsafeMutableBytes { _ = memcpy($0.baseAddress! + start * 8, bytes, count * 8) }
    }

    /// Calls `body` with a blob column's bytes in place (SQLite's buffer, valid until the
    /// statement steps on; empty for NULL or an empty blob).
    func withBlob<R>(_ column: Int, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        var length: Int64 = 0
        let bytes = csqlite_column_blob(handle, Int32(column), &length)
        return try body(UnsafeRawBufferPointer(start: bytes, count: bytes == nil ? 0 : Int(length)))
    }

    func reset() {
        csqlite_reset(handle)
        csqlite_clear_bindings(handle)
    }

    func finalize() { csqlite_finalize(handle) }
}
