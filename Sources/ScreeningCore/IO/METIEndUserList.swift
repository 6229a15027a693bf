import Foundation

/// METI's End User List (外国ユーザーリスト) as published in xlsx: one header row
/// (No. | 国名、地域名 Country or Region | 企業名､組織名 Company or Organization |
/// 別名 Also Known As | 懸念区分 Type of WMD | 通常兵器 Conventional Weapons), then one row
/// per entry. Cells hold Japanese and English on separate lines; names of Chinese, Hong Kong
/// and North Korean entries add their kanji form in parentheses; aliases are "・" bullets,
/// with kanji forms in parentheses on their own lines.
public enum METIEndUserList {
    /// The list's short name in `ListedEntity.list` and ids.
    public static let listName = "meti-eul"

    /// Reads the list at `url`. The revision (`2025-09-29`) comes from the file name
    /// (`20250929_4.xlsx`) unless given.
    /// - Throws: `InputError` when the file is not a readable xlsx, its layout is not the
    ///   list's, or no revision can be told.
    public static func read(xlsx url: URL, revision: String? = nil) throws -> [ListedEntity] {
        guard let revision = revision ?? revisionFromFileName(url.lastPathComponent) else {
            throw InputError(file: url.path, reason: "cannot tell the list's revision from the file name (expected it to start with YYYYMMDD); pass it explicitly")
        }
        let sheet = try XLSXSheet.firstSheet(of: url)
        guard let headerIndex = sheet.rows.firstIndex(where: { Columns(header: $0) != nil }),
              let columns = Columns(header: sheet.rows[headerIndex]) else {
            throw InputError(file: url.path, reason: "not METI's End User List: no header row with \"Company or Organization\" and \"Also Known As\"")
        }
        var entities: [ListedEntity] = []
        var rowOfNumber: [String: Int] = [:]
        for row in sheet.rows[(headerIndex + 1)...] {
            let nameCell = row[columns.name]
            if trimmed(nameCell).isEmpty { continue }
            let number = entryNumber(row[columns.number]) ?? "row\(row.number)"
            if let earlier = rowOfNumber[number] {
                throw InputError(file: url.path, reason: "entry number \(number) appears twice (rows \(earlier) and \(row.number))")
            }
            rowOfNumber[number] = row.number
            entities.append(entity(row, columns: columns, number: number, revision: revision))
        }
        return entities
    }

    /// One row as a listed entity.
    private static func entity(_ row: XLSXSheet.Row, columns: Columns, number: String, revision: String) -> ListedEntity {
        let (name, kanjiNames) = splitName(row[columns.name])
        let aliases = kanjiNames + splitAliases(columns.aliases.map { row[$0] } ?? "")
        let printedCountry = columns.country.map { row[$0] } ?? ""
        let country = METICountries.code(printedCountry)
        var remarks = [columns.weapons, columns.conventional].compactMap { $0 }
            .map { lines(row[$0]).joined(separator: " / ") }
            .filter { !$0.isEmpty }
        // Kept in the remarks so an unmapped country is not lost.
        if country == nil && !trimmed(printedCountry).isEmpty {
            remarks.append("country or region: " + lines(printedCountry).joined(separator: " / "))
        }
        return ListedEntity(id: "\(listName):\(revision):\(number)", list: listName, kind: .organization,
                            name: name, aliases: aliases, country: country,
                            remarks: remarks.isEmpty ? nil : remarks.joined(separator: "; "))
    }

    /// Where the fields are, found from the header's texts so a reordered sheet still reads.
    struct Columns {
        var number = 0, name: Int, country: Int?, aliases: Int?, weapons: Int?, conventional: Int?

        init?(header row: XLSXSheet.Row) {
            func find(_ needles: [String]) -> Int? {
                row.cells.firstIndex { cell in needles.contains { cell.range(of: $0, options: .caseInsensitive) != nil } }
            }
            guard let name = find(["Company or Organization", "企業名"]),
                  let aliases = find(["Also Known As", "別名"]) else { return nil }
            self.name = name
            self.aliases = aliases
            number = find(["No."]) ?? 0
            country = find(["Country", "国名"])
            weapons = find(["Type of WMD", "懸念区分"])
            conventional = find(["Conventional", "通常兵器"])
        }
    }

    /// "20250929_4.xlsx" → "2025-09-29".
    static func revisionFromFileName(_ fileName: String) -> String? {
        let digits = fileName.prefix(8)
        guard digits.count == 8, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
        let s = Array(digits)
        return "\(String(s[0..<4]))-\(String(s[4..<6]))-\(String(s[6..<8]))"
    }

    /// The entry number as printed ("12"; a stored "12.0" also gives "12"); nil when empty.
    static func entryNumber(_ cell: String) -> String? {
        let text = trimmed(cell)
        if text.isEmpty { return nil }
        if let value = Double(text), value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return text
    }

    /// Splits the name cell into the name (wrapped lines joined) and the parenthesised
    /// kanji forms, e.g. "Harbin Institute of Technology (HIT)\n(哈爾浜工業大学)".
    static func splitName(_ cell: String) -> (name: String, kanji: [String]) {
        var english: [String] = [], kanji: [String] = []
        for line in lines(cell) {
            if let (before, inner) = trailingParenthesis(line), hasCJK(inner), !hasCJK(before) {
                if !before.isEmpty { english.append(before) }
                kanji.append(inner)
            } else {
                english.append(line)
            }
        }
        return (english.joined(separator: " "), kanji)
    }

    /// Splits the "Also Known As" cell: each "・" starts an alias; a line wholly in
    /// parentheses holding kanji is the previous alias's kanji form (its own alias); an
    /// unbulleted Latin line after a bulleted one is that alias wrapped onto a new line.
    static func splitAliases(_ cell: String) -> [String] {
        var aliases: [String] = []
        var continuable = false
        for line in lines(cell) {
            if let first = line.unicodeScalars.first, first == "・" || first == "･" {
                let alias = trimmed(String(line.unicodeScalars.dropFirst()))
                if !alias.isEmpty { aliases.append(alias) }
                continuable = !alias.isEmpty
            } else if let (before, inner) = trailingParenthesis(line), before.isEmpty, hasCJK(inner) {
                aliases.append(inner)
                continuable = false
            } else if continuable && !hasCJK(line) {
                aliases[aliases.count - 1] += " " + line
            } else {
                aliases.append(line)
                continuable = false
            }
        }
        return aliases
    }

    /// A line ending in a parenthesised part (ASCII or full-width, nesting allowed): the
    /// text before it and the text inside, both trimmed.
    static func trailingParenthesis(_ line: String) -> (before: String, inner: String)? {
        let scalars = Array(line.unicodeScalars)
        guard let last = scalars.last, last == ")" || last == "）" else { return nil }
        var depth = 0
        for i in stride(from: scalars.count - 1, through: 0, by: -1) {
            switch scalars[i] {
            case ")", "）": depth += 1
            case "(", "（":
                depth -= 1
                if depth == 0 {
                    var before = String.UnicodeScalarView(), inner = String.UnicodeScalarView()
                    before.append(contentsOf: scalars[0..<i])
                    inner.append(contentsOf: scalars[(i + 1)..<(scalars.count - 1)])
                    return (trimmed(String(before)), trimmed(String(inner)))
                }
            default: break
            }
        }
        return nil
    }

    /// Whether the text has a Han character or kana (the bullet "・" does not count).
    static func hasCJK(_ text: String) -> Bool {
        text.unicodeScalars.contains { s in
            switch s.value {
            case 0x30FB: return false
            case 0x2E80...0x2FDF, 0x3005, 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF:
                return true
            default: return false
            }
        }
    }

    /// The cell's non-empty lines, trimmed.
    static func lines(_ cell: String) -> [String] {
        cell.split(whereSeparator: \.isNewline).map { trimmed(String($0)) }.filter { !$0.isEmpty }
    }

    /// The text without surrounding spaces (including the ideographic space).
    static func trimmed(_ text: String) -> String {
        // Most cells have nothing to trim, and Foundation's trimming goes through NSString:
        // some 13,000 instructions a call, 170 million for the list (by callgrind).
        let blank = CharacterSet.whitespacesAndNewlines
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
              blank.contains(first) || blank.contains(last) else { return text }
        return text.trimmingCharacters(in: blank)
    }
}

/// METI's country and region names, Japanese and English as printed, to ISO 3166-1 alpha-2.
enum METICountries {
    /// The code for a country cell ("中国\nPeople's Republic of China" → "CN"), nil if unknown.
    static func code(_ cell: String) -> String? {
        for line in METIEndUserList.lines(cell) {
            if let code = table[key(line)] { return code }
        }
        return table[key(cell)]
    }

    /// Spelling variants meet (`CountryNames.plainKey`).
    private static func key(_ text: String) -> String { CountryNames.plainKey(text) }

    /// Every country in the 2025-09-29 revision, and neighbours likely in others.
    private static let table: [String: String] = {
        let names: [String: [String]] = [
            "AE": ["アラブ首長国連邦", "United Arab Emirates", "UAE"],
            "AF": ["アフガニスタン", "Islamic Republic of Afghanistan", "Afghanistan"],
            "AM": ["アルメニア", "Republic of Armenia", "Armenia"],
            "AZ": ["アゼルバイジャン", "Republic of Azerbaijan", "Azerbaijan"],
            "BY": ["ベラルーシ", "Republic of Belarus", "Belarus"],
            "CN": ["中国", "中華人民共和国", "People's Republic of China", "China"],
            "EG": ["エジプト", "Arab Republic of Egypt", "Egypt"],
            "GE": ["ジョージア", "Georgia"],
            "HK": ["香港", "Hong Kong", "Hong Kong, China"],
            "IL": ["イスラエル", "State of Israel", "Israel"],
            "IN": ["インド", "India", "Republic of India"],
            "IQ": ["イラク", "Republic of Iraq", "Iraq"],
            "IR": ["イラン", "Islamic Republic of Iran", "Iran"],
            "JO": ["ヨルダン", "Hashemite Kingdom of Jordan", "Jordan"],
            "KG": ["キルギス", "Kyrgyz Republic", "Kyrgyzstan"],
            "KP": ["北朝鮮", "North Korea", "Democratic People's Republic of Korea", "DPRK"],
            "KW": ["クウェート", "State of Kuwait", "Kuwait"],
            "KZ": ["カザフスタン", "Republic of Kazakhstan", "Kazakhstan"],
            "LB": ["レバノン", "Republic of Lebanon", "Lebanese Republic", "Lebanon"],
            "LY": ["リビア", "Libya", "State of Libya"],
            "MM": ["ミャンマー", "Republic of the Union of Myanmar", "Myanmar"],
            "MO": ["マカオ", "Macao", "Macau"],
            "MY": ["マレーシア", "Malaysia"],
            "OM": ["オマーン", "Sultanate of Oman", "Oman"],
            "PK": ["パキスタン", "Islamic Republic of Pakistan", "Pakistan"],
            "RU": ["ロシア", "Russian Federation", "Russia"],
            "SA": ["サウジアラビア", "Kingdom of Saudi Arabia", "Saudi Arabia"],
            "SD": ["スーダン", "Republic of the Sudan", "Sudan"],
            "SG": ["シンガポール", "Republic of Singapore", "Singapore"],
            "SY": ["シリア", "Syrian Arab Republic", "Syria"],
            "TH": ["タイ", "Kingdom of Thailand", "Thailand"],
            "TJ": ["タジキスタン", "Republic of Tajikistan", "Tajikistan"],
            "TR": ["トルコ", "トルコ共和国", "Republic of Türkiye", "Türkiye", "Republic of Turkey", "Turkey"],
            "TW": ["台湾", "Taiwan"],
            "UZ": ["ウズベキスタン", "Republic of Uzbekistan", "Uzbekistan"],
            "YE": ["イエメン", "Republic of Yemen", "Yemen"],
        ]
        var table: [String: String] = [:]
        for (code, spellings) in names {
            for spelling in spellings { table[key(spelling)] = code }
        }
        return table
    }()
}
