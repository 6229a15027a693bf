/// Where the mentions of one stored record stand, packed into the record's own row
/// (`records.places` and `records.roles`): a row per place cost an ingest two B-tree
/// inserts per place (the table and its index by mention), most of its writing. Which
/// records hold a mention is `PlaceIndex`'s job.
///
/// A place is one 64-bit integer: the mention's id in the high 36 bits, then the party
/// (20 bits), the role's index among the record's distinct roles (7 bits) and the field
/// (1 bit: 0 name, 1 affiliation). The roles are the record's distinct roles in order of
/// first use, one per line (a newline or backslash in one escaped with a backslash).
struct StoredPlaces: Sendable, Equatable {
    /// One place: the mention at a party's name or one of its affiliations.
    struct Place: Sendable, Equatable {
        let party: Int
        let role: String
        let field: Hit.Field
        let mentionID: Int64
    }

    /// Why a record's places cannot be packed.
    enum PackingError: Error, CustomStringConvertible {
        case outOfRange(String)
        var description: String { "a record's places cannot be stored: \(self.detail)" }
        private var detail: String {
            switch self { case .outOfRange(let what): what }
        }
    }

    static let partyBits = 20, roleBits = 7, mentionShift = 28

    let places: [Place]

    init(_ places: [Place]) { self.places = places }

    /// The places as packed in a record's row: the integers and the roles text.
    func packed() throws -> (words: [UInt64], roles: String) {
        var roles: [String] = [], roleIndex: [String: UInt64] = [:]
        var words: [UInt64] = []
        words.reserveCapacity(places.count)
        for place in places {
            let role: UInt64
            if let known = roleIndex[place.role] {
                role = known
            } else {
                role = UInt64(roles.count)
                roleIndex[place.role] = role
                roles.append(place.role)
            }
            guard place.mentionID >= 0, place.mentionID < 1 << (64 - Self.mentionShift) else {
                throw PackingError.outOfRange("mention id \(place.mentionID)")
            }
            guard place.party >= 0, place.party < 1 << Self.partyBits else { throw PackingError.outOfRange("party \(place.party)") }
            guard role < 1 << Self.roleBits else { throw PackingError.outOfRange("more than \(1 << Self.roleBits) distinct roles") }
            words.append(UInt64(place.mentionID) << UInt64(Self.mentionShift) | UInt64(place.party) << 8 | role << 1
                         | (place.field == .affiliation ? 1 : 0))
        }
        return (words, roles.map(Self.escaped).joined(separator: "\n"))
    }

    /// The places packed as `packed()` makes them.
    init(words: [UInt64], roles rolesText: String) {
        // Split by bytes: as Characters, a role ending in "\r" would join the newline after it.
        let roles = rolesText.isEmpty && words.isEmpty ? []
            : rolesText.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Self.unescaped(String(Substring($0))) }
        places = words.map { word in
            let role = Int(word >> 1 & (1 << UInt64(Self.roleBits) - 1))
            return Place(party: Int(word >> 8 & (1 << UInt64(Self.partyBits) - 1)), role: role < roles.count ? roles[role] : "",
                         field: word & 1 == 1 ? .affiliation : .name, mentionID: Int64(word >> UInt64(Self.mentionShift)))
        }
    }

    /// The mention id of a packed place, without taking the rest apart.
    static func mentionID(of word: UInt64) -> Int64 { Int64(word >> UInt64(mentionShift)) }

    private static func escaped(_ role: String) -> String {
        guard role.utf8.contains(where: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\\") }) else { return role }
        return role.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
    }

    private static func unescaped(_ line: String) -> String {
        guard line.utf8.contains(UInt8(ascii: "\\")) else { return line }
        var out = String.UnicodeScalarView(), escaping = false
        for scalar in line.unicodeScalars {
            if escaping {
                out.append(scalar == "n" ? "\n" : scalar)
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
