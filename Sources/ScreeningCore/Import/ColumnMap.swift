import Foundation

/// Which CSV column holds which field: `name=Author,affiliation=Affiliation,id=DOI`, as
/// given to `--map` (records) and `--list-map` (lists). Columns are header names, compared
/// case-insensitively with surrounding spaces ignored; a field may be given more than once
/// (`affiliation=Affiliation 1,affiliation=Affiliation 2`) where it takes several values.
public struct ColumnMap: Sendable, Hashable, CustomStringConvertible {
    /// Field → column names, in the order given.
    public private(set) var columns: [String: [String]] = [:]

    /// Parses `field=COLUMN,field=COLUMN`; `allowed` are the fields the importer knows.
    /// - Throws: `ColumnMapError` naming the bad part.
    public init(_ spec: String, allowed: [String]) throws(ColumnMapError) {
        for part in spec.split(separator: ",", omittingEmptySubsequences: true) {
            guard let equals = part.firstIndex(of: "=") else {
                throw ColumnMapError("'\(part)' is not field=COLUMN (fields: \(allowed.joined(separator: ", ")))")
            }
            let field = part[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            let column = part[part.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            guard allowed.contains(field) else {
                throw ColumnMapError("unknown field '\(field)' in the column map (fields: \(allowed.joined(separator: ", ")))")
            }
            guard !column.isEmpty else { throw ColumnMapError("no column given for '\(field)'") }
            columns[field, default: []].append(column)
        }
        if columns.isEmpty { throw ColumnMapError("empty column map (give field=COLUMN,...)") }
    }

    /// Creates a map from field → columns directly.
    public init(columns: [String: [String]]) { self.columns = columns }

    public var description: String {
        columns.keys.sorted().flatMap { field in columns[field]!.map { "\(field)=\($0)" } }.joined(separator: ",")
    }

    /// Resolves the column names against a header: field → column indices.
    /// - Throws: `ColumnMapError` naming the columns the header lacks and those it has.
    public func resolve(header: [String]) throws(ColumnMapError) -> ResolvedColumns {
        let names = header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var indices: [String: [Int]] = [:]
        var missing: [String] = []
        for (field, wanted) in columns {
            for column in wanted {
                if let index = names.firstIndex(of: column.lowercased()) { indices[field, default: []].append(index) }
                else { missing.append(column) }
            }
        }
        if !missing.isEmpty {
            throw ColumnMapError("no column \(missing.sorted().map { "'\($0)'" }.joined(separator: ", ")) in the header (columns: \(header.joined(separator: ", ")))")
        }
        return ResolvedColumns(indices: indices)
    }
}

/// A column map applied to one header: reads fields from rows.
public struct ResolvedColumns: Sendable {
    let indices: [String: [Int]]

    /// Whether the map gives `field`.
    public func has(_ field: String) -> Bool { indices[field] != nil }

    /// The first non-blank value of `field` in `row`.
    public func value(_ field: String, _ row: [String]) -> String? {
        values(field, row).first
    }

    /// Every non-blank value of `field` in `row`, trimmed.
    public func values(_ field: String, _ row: [String]) -> [String] {
        (indices[field] ?? []).compactMap { $0 < row.count ? row[$0].trimmingCharacters(in: .whitespacesAndNewlines) : nil }
            .filter { !$0.isEmpty }
    }
}

/// A column map that cannot be used, for the user.
public struct ColumnMapError: Error, Sendable, CustomStringConvertible {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}
