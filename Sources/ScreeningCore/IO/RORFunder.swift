import Foundation

/// Whether the ROR registry types an organisation as a funder of research too, carried in
/// its entry's remarks as its other types are (`education; funder; seat: Toronto`).
extension RORRegistry {
    /// True for an entity of the registry that it types as a funder; false for any other
    /// entity, of the registry or another list.
    public static func isFunder(_ entity: ListedEntity) -> Bool {
        guard entity.list == listName, let remarks = entity.remarks, remarks.contains("funder") else { return false }
        return remarks.split(separator: ";").contains { $0.trimmingCharacters(in: .whitespaces) == "funder" }
    }
}
