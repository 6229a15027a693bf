/// Aliases that are places: the Entity List gives Dolgoprudniy Design Bureau of Automatics
/// the alias "Dolgoprudny", the town it stands in, and Tula Arms Plant "Tula". Met alone,
/// such a word says where an author works, not for whom: every paper of the Moscow Institute
/// of Physics and Technology prints "Dolgoprudny" in its address, and Tula State University
/// begins with "Tula". The entry's own address (`ListedEntity.remarks`) says which of its
/// aliases is a place; such an alias is not verified (`Matcher.verify`), and the entry is
/// still met by its other names. Its own address, not the other entries': a rescan matches
/// stored mentions again against the entries a revision changed, and an entry's verdict
/// must not move when another one's address does.
enum AddressPlaces {
    /// Whether each alias of `index` is a listed alias (not the entity's name, nor a
    /// spelling derived from one) that its entity's address prints as a place (`places(in:)`),
    /// or within one letter of one for a word of six letters or more (Dolgoprudny, listed
    /// at "Lyotnaya Street, Dolgoprudniy").
    static func placeAliases(in index: EntityIndex) -> [Bool] {
        var placesOf: [Int32: Set<String>] = [:]
        return index.aliases.map { alias in
            guard !alias.isPrimary, alias.derivation == nil, let remarks = index.entities[Int(alias.entity)].remarks else { return false }
            let places = placesOf[alias.entity] ?? places(in: [remarks])
            placesOf[alias.entity] = places
            let text = alias.text.lowercased()
            return places.contains(text)
                || (text.count >= 6 && places.contains { EditDistance.bounded($0, text, limit: 1) != nil })
        }
    }

    /// The places that `remarks` print, lowercased: each element of an address between
    /// commas or semicolons ("1 Pl. Sobina, Dolgoprudny, Moskovskaya obl. 141700, Russia"),
    /// a postcode after it left out, of one to three words and no digit (street numbers,
    /// Federal Register citations and dates are no place).
    static func places<S: Sequence>(in remarks: S) -> Set<String> where S.Element == String {
        var places = Set<String>()
        for text in remarks {
            for element in text.split(whereSeparator: { $0 == "," || $0 == ";" }) {
                var place = element.drop { $0 == " " }
                while let last = place.last, last == " " || last == "-" || last == "." || last.isNumber { place.removeLast() }
                guard !place.isEmpty, !place.contains(where: \.isNumber),
                      place.split(separator: " ").count <= 3 else { continue }
                places.insert(place.lowercased())
            }
        }
        return places
    }
}
