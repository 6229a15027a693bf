/// The city an organisation of the ROR registry is seated in, carried in its entry's remarks
/// (`seat: Jerusalem`) so that a reviewer reads it and the index can spell a name that ends
/// in it without it (Hebrew University of Jerusalem, written Hebrew University:
/// `PlaceQualifiedName.withoutSeat`). In the remarks, not a field of its own, so the
/// canonical list format stays as FORMATS.md gives it, and a revision that moves an
/// organisation changes its entry's content hash.
extension RORRegistry {
    private static let seatLabel = "seat: "

    /// The remark that states `city` as an organisation's seat.
    static func seatRemark(_ city: String) -> String { seatLabel + city }

    /// The seat city of an entity read from the registry, from its remarks; nil for an
    /// entity of another list, or one whose record names no city.
    public static func seat(of entity: ListedEntity) -> String? {
        // By bytes, not Foundation's search: a registry's matcher set-up asks every entry.
        guard entity.list == listName, let remarks = entity.remarks,
              let offset = ByteSearch.end(of: seatLabel.utf8, in: remarks, foldingCase: false) else { return nil }
        let start = remarks.utf8.index(remarks.utf8.startIndex, offsetBy: offset)
        let end = remarks.utf8[start...].firstIndex(of: UInt8(ascii: ";")) ?? remarks.endIndex
        return start == end ? nil : String(remarks[start..<end])
    }
}
