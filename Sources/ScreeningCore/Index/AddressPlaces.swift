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
    /// at "Lyotnaya Street, Dolgoprudniy"). A legal form written first is no word of it
    /// ("JSC Penza", which matching reads as Penza, met every Penza address), and an alias in
    /// katakana is its Hepburn reading (MOFA's 株式会社ペンザ for the same institute).
    static func placeAliases(in index: EntityIndex) -> [Bool] {
        // Every rescan asks this of every alias: the cheap tests first (one word, whose
        // first letters the address prints at all, by its bytes), and an entry's places
        // made once, only for an alias that passes them.
        var placesOf: [Int32: Set<String>] = [:]
        return index.aliases.indices.map { a in
            let alias = index.aliases[a]
            // (A katakana alias is normalized for its reading only when its entry has an address.)
            guard !alias.isPrimary, alias.derivation == nil, alias.text.utf8.count <= 40,
                  let remarks = index.entities[Int(alias.entity)].remarks,
                  let word = alias.text.utf8.first.map({ $0 < 0x80 }) ?? false ? withoutLegalPrefix(alias.text) : katakanaReading(of: a, in: index),
                  !word.utf8.contains(UInt8(ascii: " ")), holds(remarks, word.utf8.prefix(4)) else { return false }
            let places = placesOf[alias.entity] ?? places(in: remarks)
            placesOf[alias.entity] = places
            let text = word.lowercased()
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
            guard !alias.isPrimary, alias.text.utf8.count <= 24, let word = onlyWord(alias.text) else { return false }
            return namesCountry(word)
        }
    }

    /// Whether `word` is a country's name, in English or its own language, as the matching
    /// form folds it (España is espana).
    private static func namesCountry(_ word: Substring) -> Bool {
        let lower = word.lowercased()
        let folded = lower.utf8.allSatisfy { $0 < 0x80 } ? lower : lower.folding(options: [.diacriticInsensitive], locale: nil)
        return CountryEvidence.names[folded] != nil || CountryEvidence.localNames.contains(folded)
    }

    /// Katakana letters, the middle dot and the long-vowel mark, as a katakana name prints them.
    private static let katakana: ClosedRange<UInt32> = 0x30A1...0x30FC

    /// The Hepburn reading of alias `a` when it is one word of katakana, a legal form in Han
    /// before or after it (株式会社ペンザ): its normalized forms are made only for such an alias.
    private static func katakanaReading(of a: Int, in index: EntityIndex) -> Substring? {
        // Most aliases asked (those not in ASCII: Chinese, Russian, accented) hold no
        // katakana at all, and comparing every legal form with their starts and ends cost
        // a registry's matcher set-up 7% of its instructions.
        guard index.aliases[a].text.unicodeScalars.contains(where: { katakana.contains($0.value) }) else { return nil }
        var text = Substring(index.aliases[a].text)
        for form in OrganisationTerms.hanLegalPrefixes where text.hasPrefix(form) { text = text.dropFirst(form.count) }
        for form in OrganisationTerms.hanLegalPrefixes where text.hasSuffix(form) { text = text.dropLast(form.count) }
        guard !text.isEmpty, text.unicodeScalars.allSatisfy({ katakana.contains($0.value) }),
              let reading = index.normalized(alias: a).forms.first(where: { $0.kind == .hepburn }), reading.tokens.count == 1
        else { return nil }
        return reading.tokens[0][...]
    }

    /// `text` without a legal form of one word written first (JSC, OOO, AO): the rest when
    /// there is one, else `text`.
    private static func withoutLegalPrefix(_ text: String) -> Substring {
        guard let space = text.utf8.firstIndex(of: UInt8(ascii: " ")), text.utf8.distance(from: text.utf8.startIndex, to: space) <= 5,
              OrganisationTerms.latinLegalPrefixes.contains([text[..<space].lowercased()]) else { return text[...] }
        return text[text.utf8.index(after: space)...]
    }

    /// Whether each alias of `index` is a town and a country, as an address prints them: the
    /// Entity List gives Huawei Technologies Morocco the alias "Rabat, Morocco", which then met
    /// the last two segments of every address in Rabat (five of the 603 records of a MEDLINE
    /// file). A listed alias (not the entity's name, nor derived from one) of one capitalised
    /// word that the entity's name does not hold, a comma, and a country's name (its last
    /// word, as `CountryEvidence` reads it). An acronym before the comma is a name ("BTS,
    /// Singapore" in the registry), and so is a word of the entity's own name ("Bosch
    /// Rexroth, Japan").
    static func townAndCountryAliases(in index: EntityIndex) -> [Bool] {
        index.aliases.map { alias in
            // By bytes until the one word before the comma is found: a matcher set-up asks
            // every alias, and most have no comma or several words before it.
            let bytes = alias.text.utf8
            guard !alias.isPrimary, alias.derivation == nil, bytes.count <= 40,
                  let comma = bytes.firstIndex(of: UInt8(ascii: ",")),
                  !bytes[..<comma].contains(UInt8(ascii: " ")) else { return false }
            let town = alias.text[..<comma], rest = alias.text[bytes.index(after: comma)...]
            let country = rest.split(separator: " ")
            guard !rest.contains(","), country.count <= 3, let countryWord = country.last,
                  let first = town.first, first.isUppercase, town.dropFirst().allSatisfy({ $0.isLetter && $0.isLowercase }),
                  namesCountry(countryWord) else { return false }
            let name = index.entities[Int(alias.entity)].name.lowercased()
            return !name.split(whereSeparator: { !$0.isLetter }).contains { $0 == town.lowercased() }
        }
    }

    /// The one word of `text` that is no stop word, or nil when it has none or more than
    /// one. Read by bytes, with no string made for the words: every alias is asked at every
    /// matcher set-up and rescan, and most have two such words.
    private static func onlyWord(_ text: String) -> Substring? {
        let bytes = text.utf8
        var found: Range<String.Index>?
        var start = bytes.startIndex, index = bytes.startIndex
        var key: UInt32 = 0, length = 0, letters = true
        func endWord(at end: String.Index) -> Bool {
            defer { (key, length, letters) = (0, 0, true) }
            guard length > 0 else { return true }
            if letters && length <= 3 && countryStopWords.contains(key) { return true }
            if found != nil { return false }
            found = start..<end
            return true
        }
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x20 {
                guard endWord(at: index) else { return nil }
                start = bytes.index(after: index)
            } else {
                let lower = byte | 0x20
                if !(lower >= 0x61 && lower <= 0x7A) { letters = false }
                if length < 4 { key = key << 8 | UInt32(lower) }
                length += 1
            }
            index = bytes.index(after: index)
        }
        guard endWord(at: bytes.endIndex), let found else { return nil }
        return text[found]
    }

    /// The stop words a country alias may print beside the country (the matching form's),
    /// each as its ASCII letters in one number.
    private static let countryStopWords: Set<UInt32> = Set(OrganisationTerms.stopWords.split(separator: " ").map { word in
        word.utf8.reduce(0) { $0 << 8 | UInt32($1) }
    })

    /// Whether `text` holds the bytes of `part` anywhere, ASCII letters in either case.
    private static func holds(_ text: String, _ part: Substring.UTF8View) -> Bool {
        ByteSearch.end(of: part, in: text, foldingCase: true) != nil
    }

    /// Whether a place of an address (`places(in:)`) is a country's name or code, which
    /// says nothing of the town.
    static func isCountry(_ place: String) -> Bool {
        CountryNames.code(place) != nil || CountryEvidence.names[place] != nil
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
