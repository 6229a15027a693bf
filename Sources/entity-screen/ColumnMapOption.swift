import ArgumentParser
import ScreeningCore

/// A `--map` (or `--list-map`) column map, or a usage error saying what is wrong with it.
func columnMap(_ spec: String, fields: [String] = CSVRecords.fields, option: String = "--map") throws -> ColumnMap {
    do { return try ColumnMap(spec, allowed: fields) } catch { throw ValidationError("\(option): \(error.reason)") }
}
