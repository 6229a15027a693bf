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
    /// Whether each alias of `index` is a listed alias of one word (not the entity's name, nor a
    /// spelling derived from one) that its entity's address prints as a place (`places(in:)`),
    /// or within one letter of one for a word of six letters or more (Dolgoprudny, listed
    /// at "Lyotnaya Street, Dolgoprudniy").
    static func placeAliases(in index: EntityIndex) -> [Bool] {
        // Every rescan asks this of every alias: the cheap tests first (one word, whose
        // first letters the address prints at all, by its bytes), and an entry's places
        // made once, only for an alias that passes them.
        var placesOf: [Int32: Set<String>] = [:]
        return index.aliases.map { alias in
            guard !alias.isPrimary, alias.derivation == nil, alias.text.utf8.count <= 40,
                  !alias.text.utf8.contains(UInt8(ascii: " ")),
                  let remarks = index.entities[Int(alias.entity)].remarks,
                  holds(remarks, alias.text.utf8.prefix(4)) else { return false }
            let places = placesOf[alias.entity] ?? places(in: remarks)
            placesOf[alias.entity] = places
            let text = alias.text.lowercased()
            if places.contains(text) { return true }
            let length = text.utf8.count
            return length >= 6 && places.contains { abs($0.utf8.count - length) <= 1 && EditDistance.bounded($0, text, limit: 1) != nil }
        }
    }

    /// Whether each alias of `index` is a listed alias (not the entity's name) that names a
    /// country once its stop words are dropped: the registry gives the Swiss Association
    /// for Tobacco Control the alias "AT Schweiz", whose "at" the matching form drops, and
    /// "Schweiz" then met the last segment of every Swiss address that prints it, ranked
    /// first as the later segment. A country says where an author works, as an address's
    /// town does, so such an alias is not verified either (`Matcher.verify`).
    static func countryAliases(in index: EntityIndex) -> [Bool] {
        index.aliases.map { alias in
            guard !alias.isPrimary, alias.text.utf8.count <= 24 else { return false }
            // One word left once the stop words (three letters at most) go: most aliases
            // have two and are told so before any word is lowercased (every rescan asks).
            var left: Substring?
            for word in alias.text.split(separator: " ") {
                if word.utf8.count <= 3 && countryStopWords.contains(Substring(word.lowercased())) { continue }
                if left != nil { return false }
                left = word
            }
            guard let left else { return false }
            let lower = left.lowercased()
            let word = lower.utf8.allSatisfy { $0 < 0x80 } ? lower : lower.folding(options: [.diacriticInsensitive], locale: nil)
            return CountryEvidence.names[word] != nil || CountryEvidence.localNames.contains(word)
        }
    }

    /// The stop words a country alias may print beside the country (the matching form's).
    private static let countryStopWords: Set<Substring> = Set(OrganisationTerms.stopWords.split(separator: " "))

    /// Whether `text` holds the bytes of `part` anywhere, ASCII letters in either case.
    private static func holds(_ text: String, _ part: Substring.UTF8View) -> Bool {
        func folded(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        let needle = part.map(folded)
        var text = text
        return text.withUTF8 { bytes in
            guard !needle.isEmpty, bytes.count >= needle.count else { return false }
            return (0...(bytes.count - needle.count)).contains { start in
                needle.indices.allSatisfy { folded(bytes[start + $0]) == needle[$0] }
            }
        }
    }

    /// The places that an address (`remarks`) prints, lowercased: each element between
    /// commas or semicolons ("1 Pl. Sobina, Dolgoprudny, Moskovskaya obl. 141700, Russia"),
    /// a postcode after it left out, of one to three words and no digit (street numbers,
    /// Federal Register citations and dates are no place).
    static func places(in remarks: String) -> Set<String> {
        var places = Set<String>()
        for element in remarks.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            var place = element.drop { $0 == " " }
            while let last = place.last, last == " " || last == "-" || last == "." || last.isNumber { place.removeLast() }
            guard !place.isEmpty, !place.contains(where: \.isNumber), place.split(separator: " ").count <= 3 else { continue }
            places.insert(place.lowercased())
        }
        return places
    }
}
