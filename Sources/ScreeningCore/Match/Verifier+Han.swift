/// Han and katakana names compared as characters: a listed Han name inside a segment, the
/// place printed before it, units' numbers and katakana word edges.
extension Verifier {
    /// Whether a scalar is a katakana letter or the long-vowel mark.
    static func isKatakana(_ scalar: Unicode.Scalar) -> Bool { (0x30A1...0x30FA).contains(scalar.value) || scalar.value == 0x30FC }

    /// Whether the alias found at `range` of `segment` begins or ends inside a katakana word
    /// of it: katakana on both sides of either edge.
    static func splitsKatakanaWord(_ alias: String, at range: Range<String.Index>, in segment: String) -> Bool {
        func isKatakana(_ c: Character?) -> Bool { c?.unicodeScalars.first.map(Self.isKatakana) ?? false }
        let before = range.lowerBound == segment.startIndex ? nil : segment[segment.index(before: range.lowerBound)]
        let after = range.upperBound == segment.endIndex ? nil : segment[range.upperBound]
        return (isKatakana(alias.first) && isKatakana(before)) || (isKatakana(alias.last) && isKatakana(after))
    }

    /// The numbers of units a Han name holds: runs of numerals (Chinese or ASCII) after 第
    /// or before 研究所, 研究院, 所, 院 or 厂 (第十三研究所, 七一〇所, 十四所).
    static func unitNumbers(_ scalars: [Unicode.Scalar]) -> Set<String> {
        var numbers = Set<String>()
        var k = 0
        while k < scalars.count {
            guard hanNumerals.contains(scalars[k]) || ("0"..."9").contains(scalars[k]) else { k += 1; continue }
            var end = k
            while end < scalars.count && (hanNumerals.contains(scalars[end]) || ("0"..."9").contains(scalars[end])) { end += 1 }
            let ordinal = k > 0 && scalars[k - 1] == "第"
            let unit = end < scalars.count && unitKinds.contains(scalars[end])
            if ordinal || unit { numbers.insert(String(String.UnicodeScalarView(scalars[k..<end]))) }
            k = end
        }
        return numbers
    }

    private static let hanNumerals: Set<Unicode.Scalar> = ["〇", "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "百"]
    /// What a unit's number stands before: 所, 院, 厂, and 研 of 研究所 and 研究院.
    private static let unitKinds: Set<Unicode.Scalar> = ["所", "院", "厂", "研"]

    /// A Han name with a company's "limited" before 公司 left out (集团有限公司 as 集团公司):
    /// groups print it in their units' names since they became limited companies
    /// (中国电子科技集团有限公司第三十八研究所), where the lists keep the older 集团公司; and a
    /// group's 公司 too, which its units' names often drop (中国电子科技集团第二十研究所 for
    /// METI's 中国電子科技集団公司第二十研究所, 0.74 before).
    static func withoutLimited(_ text: String) -> String {
        guard text.contains("公司") else { return text }
        return OrganisationTerms.hanLimitedCompanyForms.reduce(text) { $0.replacingOccurrences(of: $1, with: "公司") }
            .replacingOccurrences(of: "集团公司", with: "集团")
    }

    /// The place printed right before a listed Han name that opens with a common word, not
    /// with a place, a coined name or the nation's (电子科技大学, the University of Electronic
    /// Science and Technology of China): 西安电子科技大学 (Xidian University), 杭州电子科技大学
    /// and 桂林电子科技大学 are their cities' own universities, as a distinctive word before a
    /// Latin name makes a longer name. A place before a name that opens with one is its
    /// province or country (黑龙江哈尔滨工业大学), one before a coined name a branch's seat
    /// (武汉华大生命科学研究院, BGI Research's in Wuhan), and one before a national body's
    /// name its seat (长沙国防科技大学), but for another country's name (蒙古国防大学). A
    /// trailing 市, 省, 县 or 区 is the place's own.
    func placeBefore(_ range: Range<String.Index>, in segment: String, alias: String) -> (han: String, english: String)? {
        let before = Array(segment[..<range.lowerBound]), name = Array(alias)
        guard before.count >= 2, name.count >= 4, let glossary = glossary() else { return nil }
        let national = Self.nationalOpenings.contains(where: { alias.hasPrefix($0) })
        guard national || ((2...3).contains(where: { glossary.isCommonWord(String(name[..<$0])) })
                           && !(2...min(4, name.count - 2)).contains(where: { glossary.placeName(String(name[..<$0])) != nil })) else { return nil }
        let unqualified = Self.placeQualifiers.contains(before[before.count - 1]) ? Array(before.dropLast()) : before
        for length in stride(from: min(4, unqualified.count), through: 2, by: -1) {
            let candidate = String(unqualified.suffix(length))
            guard let names = glossary.placeNames(candidate), let english = names.first else { continue }
            // Before a national body's name, only another country makes another body
            // (蒙古国防大学, Mongolia's National Defense University, is not China's; 美国, the
            // United States, is named so by its gloss USA).
            if national && !names.contains(where: { (CountryEvidence.names[$0.lowercased()] ?? "CN") != "CN" }) { return nil }
            return (candidate, english)
        }
        return nil
    }

    /// Openings of a national body's name (国防科技大学, 中国工程物理研究院, 国家...).
    private static let nationalOpenings = ["国", "中国", "中华", "全国", "人民", "解放军"]
    /// Characters that follow a place's name as its kind (杭州市, 陕西省).
    private static let placeQualifiers: Set<Character> = ["市", "省", "县", "区"]

    /// Han: the alias inside the segment is a hit (less if a university or institute is
    /// named after it: 中国科学院大学); otherwise the share of the alias's character pairs the
    /// segment prints in the alias's order (`pairsInOrder`), squared. `placeBefore`: the
    /// alias is contained right after a place it does not open with.
    func compareHan(_ alias: String, _ segment: String) -> (score: Double, account: String, placeBefore: Bool) {
        let (alias, segment) = (Self.withoutLimited(alias), Self.withoutLimited(segment))
        // Katakana at either edge of the alias that goes on in the segment's katakana make one
        // word of them (テック in プライムテック): that is no containment.
        if let range = segment.range(of: alias), !Self.splitsKatakanaWord(alias, at: range, in: segment) {
            let rest = segment[range.upperBound...]
            if let suffix = OrganisationKinds.hanSuffixes.first(where: { rest.hasPrefix($0) }) {
                return (0.7, "contained, but followed by “\(suffix)”: another organisation named after it (×0.70)", false)
            }
            // A name in katakana going on in Han words that end in an institution's kind is
            // that institution's name opening with the word (MOFA's 株式会社プラズマ, JSC
            // Plasma, in KAKEN's 株式会社プラズマ理工学研究所: 1.00 before), as the kind right
            // after it is.
            if let last = alias.unicodeScalars.last, Self.isKatakana(last), let first = rest.unicodeScalars.first, first.value >= 0x4E00,
               rest.count <= 10, let suffix = OrganisationKinds.hanSuffixes.first(where: { rest.hasSuffix($0) }) {
                return (0.7, "contained, but followed by “\(rest)”, a name ending in “\(suffix)”: another organisation named after it (×0.70)", false)
            }
            if let place = placeBefore(range, in: segment, alias: alias) {
                return (0.7, "contained, but right after “\(place.han)” (\(place.english)), a place the listed name does not open with: "
                            + "another organisation named for it (×0.70)", true)
            }
            return (1, "contained", false)
        }
        let a = Array(alias.unicodeScalars), s = Array(segment.unicodeScalars)
        guard a.count >= 2, s.count >= 2 else { return (0, "no common characters", false) }
        // A numbered unit with another number is another unit (第十研究所 is not 第十三研究所),
        // however many characters the two names share.
        let aliasNumbers = Self.unitNumbers(a), segmentNumbers = Self.unitNumbers(s)
        if let other = aliasNumbers.first(where: { !segmentNumbers.contains($0) }) {
            let here = segmentNumbers.isEmpty ? "none here" : segmentNumbers.sorted().joined(separator: ", ") + " here"
            return (0, "the unit's number differs (\(other) listed, \(here))", false)
        }
        let found = Self.pairsInOrder(a, s)
        let share = Double(found) / Double(a.count - 1)
        return (share * share, String(format: "%d of %d character pairs (%.2f, squared)", found, a.count - 1, share), false)
    }

    /// How many of the alias's character pairs the segment prints in the alias's order:
    /// the alias is read left to right in the longest pieces the segment holds after the
    /// last piece found. Pairs scattered in another order are another name's characters:
    /// 化学工业大学 (North Korea's University of Chemical Industry) is not in
    /// 大连工业大学轻工与化学工程学院, though each of its five pairs is. Nor is the alias's
    /// katakana edge inside a longer katakana word (ルビン, MOFA's JSC Rubin, in ハルビン,
    /// Harbin: 1.00 before), as `splitsKatakanaWord` says of a whole alias.
    static func pairsInOrder(_ alias: [Unicode.Scalar], _ segment: [Unicode.Scalar]) -> Int {
        let opensInKatakana = isKatakana(alias[0]), endsInKatakana = isKatakana(alias[alias.count - 1])
        var found = 0, i = 0, cursor = 0
        while i < alias.count - 1 {
            var taken = 0
            for length in stride(from: alias.count - i, through: 2, by: -1) {
                let piece = alias[i..<(i + length)]
                guard cursor + length <= segment.count,
                      let start = (cursor...(segment.count - length)).first(where: { at in
                          segment[at..<(at + length)].elementsEqual(piece)
                              && !(i == 0 && opensInKatakana && at > 0 && isKatakana(segment[at - 1]))
                              && !(i + length == alias.count && endsInKatakana && at + length < segment.count && isKatakana(segment[at + length]))
                      })
                else { continue }
                found += length - 1
                cursor = start + length
                taken = length
                break
            }
            i += max(taken, 1)
        }
        return found
    }
}
