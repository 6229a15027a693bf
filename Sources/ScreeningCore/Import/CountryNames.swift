import Foundation

/// English country names, as lists and spreadsheets print them ("China", "United Kingdom",
/// "Burma", "Turkey (Turkiye)"), to ISO 3166-1 alpha-2 codes. The names are ICU's English
/// region names (through Foundation's `Locale`), each part of a name with a parenthesis
/// ("Myanmar (Burma)") on its own, and the older or shorter names lists still use.
public enum CountryNames {
    /// The code of a country name or of a two-letter code; nil when it names no country
    /// ("Middle East Region", "Fishing Vessels").
    public static func code(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let code = table[key(trimmed)] { return code }
        // "North Korea (DPRK)", "Turkey (Turkiye)": the name before the parenthesis.
        if let open = trimmed.firstIndex(of: "("), let code = table[key(String(trimmed[..<open]))] { return code }
        return USPTORecords.countryCode(trimmed)
    }

    /// Names lists print that ICU's English region names do not give.
    static let otherNames: [String: String] = [
        "china": "CN", "people's republic of china": "CN", "peoples republic of china": "CN", "prc": "CN",
        "uk": "GB", "great britain": "GB", "britain": "GB", "usa": "US", "united states of america": "US",
        "czech republic": "CZ", "turkey": "TR", "macedonia": "MK", "republic of korea": "KR", "korea, south": "KR",
        "dprk": "KP", "korea, north": "KP", "democratic people's republic of korea": "KP", "russian federation": "RU",
        "democratic republic of congo": "CD", "democratic republic of the congo": "CD", "republic of the congo": "CG",
        "viet nam": "VN", "syrian arab republic": "SY", "lao pdr": "LA", "ivory coast": "CI", "swaziland": "SZ",
        "cape verde": "CV", "east timor": "TL", "holland": "NL",
    ]

    private static let table: [String: String] = {
        var table: [String: String] = [:]
        let english = Locale(identifier: "en_US")
        for region in Locale.Region.isoRegions {
            let code = region.identifier
            guard code.count == 2, code.allSatisfy({ $0.isASCII && $0.isUppercase }),
                  let name = english.localizedString(forRegionCode: code) else { continue }
            // A name two regions share keeps the first (none does in ICU's English names).
            for text in [name] + name.split(whereSeparator: { $0 == "(" || $0 == ")" }).map(String.init) {
                let k = key(text)
                if !k.isEmpty && table[k] == nil { table[k] = code }
            }
        }
        for (name, code) in otherNames { table[name] = code }
        return table
    }()

    /// The countries' names a name's own words may print, as words in lower case with
    /// their codes (["united", "kingdom"], ["uk"]): not a code of two letters alone (us,
    /// de, in), which is a word of other names, but uk, which names only the country.
    private static let writtenNames: [(code: String, words: [String])] = table.compactMap { name, code in
        let words = name.split(separator: " ").map(String.init)
        guard let first = words.first, words.count > 1 || first.utf8.count > 2 || first == "uk" else { return nil }
        return (code, words)
    }

    /// `writtenNames` by their code: for telling from a name's last words whether they name
    /// its country without folding them (`Verifier.countryWordsAtEnd`, once per alias of a
    /// registry).
    static let namesByCode: [String: [[String]]] = Dictionary(grouping: writtenNames, by: \.code).mapValues { $0.map(\.words) }

    /// `writtenNames` under their first word (["united", "kingdom"] under "united"): for
    /// telling whether a run of matching-form words names a country without folding them
    /// (`Verifier.regionName`, asked in comparisons).
    static let namesByFirstWord: [String: [[String]]] = Dictionary(grouping: writtenNames, by: { $0.words[0] }).mapValues { $0.map(\.words) }

    /// `plainKey` without diacritics (Türkiye, turkiye).
    static func key(_ text: String) -> String {
        plainKey(CaseAndAccentFolding.folded(text))
    }

    /// Lower case, curly apostrophes straight, single spaces, no leading "the", so spelling
    /// variants of a country's name meet (also METI's names: `METICountries`).
    static func plainKey(_ text: String) -> String {
        var words = text.lowercased().replacingOccurrences(of: "’", with: "'").split(whereSeparator: \.isWhitespace)
        if words.first == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }
}
