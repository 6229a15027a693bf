/// The token alignment of one alias view with one mention view: IDF-weighted words, a
/// bounded edit distance per token, and the factors that raise or lower the score.
extension Verifier {
    /// Token alignment: the share of the alias's weight found in the mention (exact, by
    /// phonetic key, or within a small edit distance). A listed word the mention lacks counts
    /// twice; unmatched words inside the matched span (University of [Electronic] Science
    /// and Technology) cost more; distinctive words beside it in the same segment (Global
    /// [Health] Institute) cost too; the listed words in another order, or an
    /// organisation-kind word that differs, cost most.
    ///
    /// `recording`: write down the words behind each factor, for the account (strings cost,
    /// so only the winning pairing's). Unrecorded, a pairing whose score cannot exceed
    /// `toBeat` stops once that is certain and scores 0.
    func compare(_ alias: View, _ mention: View, mentionCountry: String? = nil, toBeat: Double = 0, recording: Bool = true) -> Comparison {
        if !recording && !Self.mayBeat(toBeat, alias, mention) { return Comparison() }
        // Tokens are read in place, and the hot loop reads only their plain facts: copying a
        // token with its string would retain it, for every pair of words compared.
        return alias.facts.withUnsafeBufferPointer { aliasFacts in
            mention.facts.withUnsafeBufferPointer { mentionFacts in
                alias.words.withUnsafeBufferPointer { aliasWords in
                    mention.words.withUnsafeBufferPointer { mentionWords in
                        compare(Tokens(facts: aliasFacts, words: aliasWords), Tokens(facts: mentionFacts, words: mentionWords),
                                aliasIsPrimary: alias.isPrimaryName, aliasIndex: alias.alias,
                                seatOf: (alias.isPrimaryName || alias.isAcronym) && alias.alias >= 0 && !seatWords.isEmpty
                                    ? Int(index.aliases[Int(alias.alias)].entity) : -1, aliasIsAcronym: alias.isAcronym,
                                aliasNamesSocietyOfInstitutes: alias.namesSocietyOfInstitutes, aliasOpensPartNames: alias.opensPartNames,
                                aliasNamesCompany: alias.namesCompany,
                                aliasCountryWords: mentionCountry == nil ? 0 : Int(alias.countryWordsAtEnd), mentionCountry: mentionCountry,
                                mentionIsSegment: mention.isSegment, mentionIsPair: mention.isPair,
                                mentionIsTranslation: mention.isTranslation,
                                mentionSubUnitTail: mention.subUnitTail, commas: (alias.firstSegmentCount, mention.firstSegmentCount),
                                toBeat: toBeat, recording: recording)
                    }
                }
            }
        }
    }

    /// Whether pairing `alias` with `mention` may score above `toBeat`, from the words of
    /// the alias that may meet one of the mention's (`WordSignature`): most pairings of an
    /// alias with a mention's segments share few words, and their alignment is the cost of
    /// verifying. The score is at most the share of the alias's weight those words hold,
    /// times the same share again (the missing words' factor), unless the school rule may
    /// count a missing "university" as met, or the society rule a missing "society" (then
    /// the share alone, with that word in it).
    @inline(__always)
    static func mayBeat(_ toBeat: Double, _ alias: View, _ mention: View) -> Bool {
        mayBeat(toBeat, alias, signature: mention.signature)
    }

    /// `mayBeat(_:_:_:)` against a mention's words by their signature alone.
    @inline(__always)
    static func mayBeat(_ toBeat: Double, _ alias: View, signature: WordSignature) -> Bool {
        var possible = 0.0, total = 0.0
        // The last words that name the entity's country may be given by the text's (`compare`).
        let countryFrom = alias.facts.count - Int(alias.countryWordsAtEnd)
        for (i, word) in alias.facts.enumerated() {
            total += word.weight
            if i >= countryFrom || signature.mayMeet(word) { possible += word.weight }
        }
        guard possible > 0, total > 0 else { return false }
        let bound: Double
        if alias.isPrimaryName && (alias.endsWithUniversity || alias.namesSocietyOfInstitutes) && alias.facts.count >= 2 {
            let last = alias.facts[alias.facts.count - 1]
            bound = (possible + (signature.mayMeet(last) ? 0 : last.weight)) / total
        } else {
            bound = (possible / total) * (possible / total)
        }
        // A hair of room: the sums are added in other orders below.
        return bound > toBeat - 1e-9
    }

    /// A view's tokens in place: plain facts for the hot loop, the words for the rest.
    private struct Tokens {
        let facts: UnsafeBufferPointer<TokenFacts>
        let words: UnsafeBufferPointer<String>
        var count: Int { facts.count }
        var indices: Range<Int> { facts.indices }
    }

    /// `commas`: where the alias's own comma and the joined pair's stand (`View.firstSegmentCount`).
    /// `seatOf`: the entity whose seat's city (`seatWords`) is not counted after the name (on
    /// either side of an acronym, `aliasIsAcronym`); -1 for none.
    private func compare(_ alias: Tokens, _ mention: Tokens, aliasIsPrimary: Bool, aliasIndex: Int32, seatOf: Int, aliasIsAcronym: Bool,
                         aliasNamesSocietyOfInstitutes: Bool, aliasOpensPartNames: Bool, aliasNamesCompany: Bool,
                         aliasCountryWords: Int, mentionCountry: String?, mentionIsSegment: Bool, mentionIsPair: Bool, mentionIsTranslation: Bool,
                         mentionSubUnitTail: Range<Int>, commas: (alias: Int, mention: Int), toBeat: Double, recording: Bool) -> Comparison {
        var result = Comparison()
        if recording { result.words = Comparison.Words() }
        var matchedWeight = 0.0
        var totalWeight = 0.0
        var missingWeight = 0.0
        var used = TakenTokens(count: mention.count)
        // Where the alias's words were met: the span, and whether out of order.
        var first = Int.max, last = -1, previous = -1
        var outOfOrder = false, missesKind = false
        // Where the words met run backwards, and where the first met stands: a joined pair
        // may print the name's two parts in either order, but each part in the name's.
        var descents = 0, firstMet = -1
        // Whether the words met run backwards other than at a kind word that moves across
        // languages (Purdue University for University of Purdue runs backwards only there).
        var previousUnmoving = -1, outOfOrderOtherThanKind = false
        // The school rule below needs to know which words were missed and whether all others
        // met exactly; one mask keeps it to one register in this hot loop: bit i for a missed
        // word i (of the first 63), the top bit for an inexact meeting.
        var misses: UInt64 = 0
        for i in alias.indices {
            let token = alias.facts[i]
            totalWeight += token.weight
            var bestScore = 0.0
            var bestIndex = -1
            var how = WordMeeting.same
            // From the word after the last one met, round to it: of a word printed twice
            // (Jena University Hospital, Friedrich-Schiller University) the one that goes on
            // with the name is met, not an earlier one that would read as out of order.
            let start = previous + 1
            for j in 0..<mention.count {
                let k = start + j < mention.count ? start + j : start + j - mention.count
                guard !used[k] else { continue }
                // A one-word name must be met exactly (Martin is not Marin, Planetec not Planetes),
                // or by a katakana reading of it (アルマズ, arumazu: Almaz).
                let (s, h) = alias.count == 1 && !mention.facts[k].flags.contains(.katakanaReading)
                    ? (isSame(alias, i, mention, k) ? 1.0 : 0.0, WordMeeting.same)
                    : tokenScore(alias, i, mention, k)
                if s > bestScore { bestScore = s; bestIndex = k; how = h }
                if s == 1 { break }
            }
            if bestIndex >= 0 {
                used[bestIndex] = true
                if bestIndex < previous { outOfOrder = true; descents += 1 }
                if !token.flags.contains(.movesAcrossLanguages) {
                    if bestIndex < previousUnmoving { outOfOrderOtherThanKind = true }
                    previousUnmoving = bestIndex
                }
                if firstMet < 0 { firstMet = bestIndex }
                previous = bestIndex
                first = min(first, bestIndex)
                last = max(last, bestIndex)
                matchedWeight += token.weight * bestScore
                if bestScore < 1 { misses |= 1 << 63 }
                if recording && bestScore < 1 { result.words?.notes.append("\(alias.words[i])≈\(mention.words[bestIndex]) (\(how))") }
            } else {
                if recording { result.words?.missing.append(alias.words[i]) }
                if token.flags.contains(.kind) { missesKind = true }
                missingWeight += token.weight
                if i < 63 { misses |= 1 << UInt64(i) }
            }
        }
        guard totalWeight > 0, matchedWeight > 0, last >= 0 else { return result }
        // A listed name's last words that name its entity's country, missing where the text
        // states that country (Huawei Technologies Japan K.K. in "Huawei Technologies Co.,
        // Ltd., Tokyo, Japan"): the text gives them, and they are not looked for.
        if aliasCountryWords > 0 && missingWeight > 0, let mentionCountry, listedCountry() == mentionCountry {
            let countryWords = (alias.count - aliasCountryWords)..<alias.count
            let countryMask = countryWords.reduce(UInt64(0)) { $0 | ($1 < 63 ? 1 << UInt64($1) : 0) }
            if alias.count < 63 && misses & countryMask == countryMask {
                let weight = countryWords.reduce(0.0) { $0 + alias.facts[$1].weight }
                missingWeight -= weight
                totalWeight -= weight
                misses &= ~countryMask
                if recording {
                    let words = alias.words[countryWords]
                    result.words?.missing.removeAll { words.contains($0) }
                    result.words?.notes.append("its country's name, which the text's country gives, not looked for: " + words.joined(separator: " "))
                }
            }
        }
        // Across two joined segments, a name does not take a sub-unit's words (Graduate
        // School of [Science], The University of Tokyo is not the Science University of
        // Tokyo) unless it names a sub-unit itself (Stanford University School of Medicine).
        if !mentionSubUnitTail.isEmpty, mentionSubUnitTail.contains(where: { used[$0] }),
           !alias.indices.contains(where: { alias.facts[$0].flags.contains(.subUnit) }) {
            return Comparison()
        }
        // A unit printed right after the rest of the name stands for its last word, when
        // only that word is missing and the others are met in order, in one segment:
        // - Harvard Medical School, Yale School of Medicine: a school of Harvard University,
        //   named by the university's own words without "university". Only for the entity's
        //   primary name (London University, an alias, would take in every London school),
        //   when those words hold three quarters of its weight (not International University);
        //   a distinctive word right before them still makes another name (John Curtin School
        //   of Medical Research is not Curtin University).
        // - Max-Planck-Institut für Physik, Leibniz Institute for Plasma Science and
        //   Technology: an institute of a society of institutes, named by the society's own
        //   words without "society", right before "institute". Only for such a society's
        //   primary name.
        if alias.count >= 2 && alias.count < 63 && misses == 1 << UInt64(alias.count - 1) && !outOfOrder
            && mentionIsSegment && last - first == alias.count - 2 {
            let lastWord = alias.words[alias.count - 1]
            if aliasIsPrimary && !mentionIsPair && lastWord == "university" && matchedWeight >= 3 * missingWeight
                && Self.schoolFollows(mention, last: last) {
                result.unitOfName = .schoolOfUniversity
            } else if aliasNamesSocietyOfInstitutes && last + 1 < mention.count && mention.words[last + 1] == "institute"
                        && Self.societyWords.contains(lastWord) {
                result.unitOfName = .instituteOfSociety
            }
            if result.unitOfName != nil {
                matchedWeight += missingWeight
                missingWeight = 0
                missesKind = false
                if recording { result.words?.missing = [] }
            }
        }
        // A company's lab or research centre printed after the company's name (Huawei Noah's
        // Ark Lab, Huawei Central Research Institute): the name of an entry whose name prints
        // a legal form, all met, opening its segment, of coined words only (no kind, field or
        // generic word), and a research unit's kind closing the segment after words of the
        // lab's own that would count (not numbers: Huawei 2012 Lab met it whole already).
        // Those words met the name at 0.31 and 0.64. Not another organisation's one-word
        // name (FRED, a French research unit's, took in the Fred Hutchinson Cancer Research
        // Center's strings), nor a word ten or more of the registry's names hold (Iris Energy
        // LLC is not the Iris Cantor-UCLA Women's Health Research Center; Huawei is in 4).
        if aliasNamesCompany && result.unitOfName == nil && misses == 0 && !outOfOrder && mentionIsSegment && !mentionIsPair
            && first == 0 && last + 2 < mention.count && Self.closesWithResearchUnit(mention)
            && ((last + 1)..<mention.count).contains(where: { mention.facts[$0].flags.isDisjoint(with: [.generic, .digits]) })
            && alias.facts.allSatisfy({ $0.flags.isDisjoint(with: [.vocabulary, .kind, .generic, .digits]) })
            && alias.words.allSatisfy({ (weights?.namesHolding($0) ?? 0) < 10 }) {
            result.unitOfName = .labOfCompany
        }
        result.containment = matchedWeight / totalWeight
        result.missingFactor = 1 - missingWeight / totalWeight
        var score = result.containment * result.missingFactor
        // Every factor below is at most 1.
        if !recording && score <= toBeat { return Comparison() }
        var insideWeight = 0.0
        if last > first {
            // A run of unmet words that is all a company's legal form does not count either
            // (`OrganisationKinds.companyForms`).
            var k = first
            while k <= last {
                guard !used[k] else { k += 1; continue }
                var end = k
                while end <= last && !used[end] { end += 1 }
                let companyForm = (k..<end).allSatisfy { mention.facts[$0].flags.contains(.companyForm) }
                for j in k..<end where !companyForm && !mention.facts[j].flags.contains(.article) {
                    insideWeight += mention.facts[j].weight
                    if recording { result.words?.inside.append(mention.words[j]) }
                }
                if companyForm && recording { result.words?.notes.append("legal form inside, not counted: " + mention.words[k..<end].joined(separator: " ")) }
                k = end
            }
        }
        if insideWeight > 0 {
            result.insideFactor = pow2(1 - insideWeight / (matchedWeight + insideWeight))
            score *= result.insideFactor
        }
        // Distinctive words beside the name in its segment make it another name; unit words
        // (Department, School), numbers and the words of a whole-text form count less, and
        // the words of a sub-unit printed with the name not at all. A joined pair that
        // prints the name's own comma where the name has it is one name, as a segment is
        // (University of California, Los Angeles School of Dentistry).
        var outsideWeight = 0.0
        let commaAsListed = mentionIsPair && commas.alias > 0 && !outOfOrder && alias.count < 63
            && misses & ~(1 << 63) == 0 && metBefore(commas.mention, used) == commas.alias
        let subUnit = SubUnitWords(mention, first: first, last: last, alias: alias,
                                   applies: mentionIsSegment && (!mentionIsPair || commaAsListed) && alias.count >= 2)
        var subUnitWords: [String] = [], repeatedWords: [String] = [], campusWords: [String] = [], seatCityWords: [String] = []
        var instituteWords: [String] = [], labWords: [String] = [], partWords: [String] = [], seatCityBefore = false
        var regionWords: [String] = [], academyLeftOut = false
        // A country's or a continent's name right after a company's name that opens its
        // segment: the company's office or subsidiary there (SenseTime Japan, Hikvision
        // Europe), whose country the matcher weighs as the text's; not another company's
        // word. Not after other words (Universiti Poly-Tech Malaysia is a university). In a
        // whole text's reading or translation, only where the country's name ends it
        // (センスタイムジャパン, sensutaimu japan).
        var regionAfter = aliasNamesCompany && first == 0 && (mentionIsSegment ? !mentionIsPair || last + 1 != commas.mention : true)
            ? Self.regionName(in: mention, at: last + 1) : 0..<0
        if !mentionIsSegment && regionAfter.upperBound != mention.count { regionAfter = 0..<0 }
        result.regionAfterCompany = !regionAfter.isEmpty
        // An acronym opening its segment opens a part's name (UCLA David Geffen School of
        // Medicine), unless a university's kind word follows it: another's name (HSE
        // University). One closing it after a stop word closes one (School of Medicine at UCLA).
        let partsSegment = aliasOpensPartNames && mentionIsSegment && !mentionIsPair && first == last && mention.count > 1
        // Any listed acronym so opens a sub-unit its word names (HIT School of Astronautics,
        // NUDT College of Computer, as papers print them): the lists of concern give no
        // hierarchy that would say the entity has parts.
        let opensSubUnit = aliasIsAcronym && mentionIsSegment && !mentionIsPair && first == 0 && last == 0 && mention.count > 2
            && mention.facts[1].flags.contains(.subUnit) && !Matcher.universityWords.contains(mention.words[1])
        let opensPart = partsSegment && first == 0 && !Matcher.universityWords.contains(mention.words[1]) || opensSubUnit
            || partsSegment && last == mention.count - 1 && mention.facts[last].flags.contains(.followsStopWord)
        // An acronym printed in capitals right before the name in its segment that the
        // entity's own names print is its own or its group's (CASIC Beijing Institute of
        // Electronic System Engineering, an alias of CASIC's Second Academy; CAEP Southwest
        // Institute of Fluid Physics): not counted. So is one before an institution's name
        // of common words alone, which the list gives without its owner (PLA Information
        // Engineering University), unless the lists give it to an organisation, whose own
        // name it then opens (AGH University of Science and Technology is not Uzbekistan's
        // University of Science and Technologies). Before an institution's name of its own
        // it names a partner (CNRS-Aix Marseille University) as often as the institution's
        // own first word (PSL University Paris is no University of Paris): it counts, but
        // not as a longer name (`extendedBefore`). Before a unit's name it is the owner's,
        // which may be another than the entity's (NIHR Biomedical Research Centre is not the
        // Slovak Academy's Biomedical Research Center), and costs as any word there.
        let capitalsBefore = first > 0 && mentionIsSegment && !mentionIsPair && alias.count >= 2
            && mention.facts[first - 1].flags.contains(.printedInCapitals)
        let beforeInstitution = capitalsBefore && alias.indices.contains { Self.parentedKinds.contains(alias.words[$0]) }
        let acronymHash = first > 0 ? mention.facts[first - 1].textHash : 0
        let ownerBefore = capitalsBefore
            && (beforeInstitution && alias.indices.allSatisfy { !alias.facts[$0].flags.isDisjoint(with: [.vocabulary, .generic, .kind]) }
                    && !acronyms.get.listed.contains(acronymHash)
                || aliasIndex >= 0 && acronyms.get.own.contains(Self.ownAcronymKey(Int(index.aliases[Int(aliasIndex)].entity), acronymHash)))
        let partnerBefore = beforeInstitution && !ownerBefore
        // So is one right after the name that its names print after a comma or in brackets,
        // its parent's (IITP RAS of "... (IITP), Russian Academy of Sciences (RAS)"), and
        // one that a stop word joins to an institution's name of common words alone, ending
        // the segment, that no list gives to an organisation (Information Engineering
        // University of PLA: 0.80 before).
        let capitalsAfter = last >= 0 && last + 1 < mention.count && mentionIsSegment && !mentionIsPair
            && mention.facts[last + 1].flags.contains(.printedInCapitals)
        let afterHash = capitalsAfter ? mention.facts[last + 1].textHash : 0
        let ownerAfter = capitalsAfter
            && (aliasIndex >= 0 && acronyms.get.own.contains(Self.ownAcronymKey(Int(index.aliases[Int(aliasIndex)].entity), afterHash))
                || last + 2 == mention.count && mention.facts[last + 1].flags.contains(.followsStopWord) && alias.count >= 2
                    && alias.indices.contains { Self.parentedKinds.contains(alias.words[$0]) }
                    && alias.indices.allSatisfy { !alias.facts[$0].flags.isDisjoint(with: [.vocabulary, .generic, .kind]) }
                    && !acronyms.get.listed.contains(afterHash))
        var repeatedWeight = 0.0, wordsBefore = false
        // A kind word that a stop word joins right after a name ending in its own kind makes
        // another name, though kind words beside a name are otherwise generic (Tianjin
        // University of Technology is not Tianjin University).
        let endsInKind = alias.count > 0 && alias.facts[alias.count - 1].flags.contains(.kind)
        let endsInField = alias.count > 1 && alias.facts[alias.count - 1].flags.contains(.vocabulary)
            && alias.facts[alias.count - 1].flags.isDisjoint(with: [.kind, .generic])
        // In a translation of Han, a field's word (a kind's too: technology) right after the
        // kind word that ends the name comes from one Han word rendered with its "of" (理工大学:
        // university [of] science and technology): 河南理工大学 is not Henan University.
        // Where the translation's Han words are known (`Form.openings`), Chinese puts a name's
        // head last: the words after a name go on with it (国防科技 工业 局: not the Defence
        // Science and Technology of New Zealand; 品質技術 センター, Quality Technology Center),
        // but for a field's word opening another Han word after an institution's
        // (四川大学 化学 学院: Sichuan University's college of chemistry, below). Where they
        // are not known, but for a word that opens a national unit's name (国家, 国家重点:
        // 中山大学国家超级计算广州中心 is Sun Yat-sen University's centre).
        let translatedWordsKnown = mentionIsTranslation && mention.count > 0 && mention.facts[0].flags.contains(.opensTranslatedWord)
        // Whether the Han word the name ends in holds an institution's kind word (大学, 理工大学).
        func endsInInstitutionsWord() -> Bool {
            var j = last
            while j >= first {
                if mention.facts[j].flags.contains(.institution) { return true }
                if mention.facts[j].flags.contains(.opensTranslatedWord) { return false }
                j -= 1
            }
            return false
        }
        let afterInstitutionsWord = translatedWordsKnown && last + 1 < mention.count
            && mention.facts[last + 1].flags.contains(.opensTranslatedWord) && endsInInstitutionsWord()
        func continuesHanName(_ k: Int) -> Bool {
            !afterInstitutionsWord || k != last + 1 || mention.facts[k].flags.contains(.kind)
        }
        let mentionIsDictionaryName = mentionIsTranslation && mention.count > 0 && mention.facts[0].flags.contains(.opensDictionaryName)
        // The country the alias's entity is listed in (nil for none, and for no alias's view).
        func listedCountry() -> String? {
            aliasIndex >= 0 ? index.country(of: Int(index.aliases[Int(aliasIndex)].entity)) : nil
        }
        // Whether words name the country the alias's entity is of.
        func namesEntitysCountry(_ words: some Sequence<String>) -> Bool {
            guard let code = CountryNames.code(words.joined(separator: " ")) else { return false }
            return code == listedCountry()
        }
        // Whether words name another country than the entity's (China where the list gives none).
        func namesAnotherCountry(_ words: String) -> Bool {
            guard let code = CountryNames.code(words) else { return false }
            return code != listedCountry() ?? "CN"
        }
        // The Russian or the Chinese Academy of Sciences' name (or acronym, a branch's too)
        // ending the segment right after a name of its own is the institute's academy, as
        // papers print it in one segment (Boreskov Institute of Catalysis SB RAS, Lebedev
        // Physical Institute of the Russian Academy of Sciences: 0.78 and 0.83 before), not
        // another name's words. Not after a name of common words, which many institutes hold
        // (the Academy's Institute of Applied Physics is not the Entity List's Joint Stock
        // Company), nor for an entity the list places in another country.
        // (The academy's words first: most alignments end with none.)
        let academyAfter = mentionIsSegment && !mentionIsPair && last >= 0
            ? Self.academyName(in: mention, at: last + 1).flatMap { academy in
                academy.country == listedCountry() ?? academy.country
                    && alias.indices.contains { alias.facts[$0].flags.isDisjoint(with: [.vocabulary, .generic, .kind, .digits]) }
                    ? academy.words : nil
            } ?? 0..<0 : 0..<0
        // Where the translated word holding token k opens.
        func wordOpening(of k: Int) -> Int {
            var j = k
            while j > 0 && !mention.facts[j].flags.contains(.opensTranslatedWord) { j -= 1 }
            return j
        }
        func goesOnInTranslation(_ k: Int) -> Bool {
            mention.facts[last].flags.contains(.kind) && mention.facts[k].flags.contains(.vocabulary)
                && (translatedWordsKnown ? continuesHanName(k) : !Self.nationalUnitOpenings.contains(mention.words[k]))
        }
        // Han words after a name ending in an institution's Han word, themselves ending in a
        // sub-unit's or a part's kind word (四川大学 化学 学院, 四川大学 华西 医院, 南京 理工大学
        // 化学 与 化工 学院): the institution's part, printed after it as Chinese orders them,
        // where English prints the College of Chemistry before Sichuan University. Up to
        // this index.
        var translatedPartEnd = -1
        if afterInstitutionsWord && alias.facts.contains(where: { $0.flags.contains(.institution) }) {
            for j in (last + 1)..<mention.count where !mention.facts[j].flags.isDisjoint(with: [.subUnit, .institutionPart])
                && (j + 1 == mention.count || mention.facts[j + 1].flags.contains(.opensTranslatedWord)) {
                translatedPartEnd = j
            }
        }
        // A name ending in a kind word that one Han word's English goes on after: the word's
        // head is another (民族大学, university [for] nationalities: 大连 民族大学 is not Dalian
        // University; 商学院, [university of] business studies). Not any word: glosses add
        // words a name's English leaves out (電機, electric machinery: Phoenix Electric).
        if translatedWordsKnown && last + 1 < mention.count && mention.facts[last].flags.contains(.kind)
            && !mention.facts[last + 1].flags.contains(.opensTranslatedWord) {
            result.extendedAfter = true
        }
        // A name a common word's English opens, that Han words after it end in an
        // institution's head: Chinese and Japanese put the head last, and the name is its
        // field (原子力 安全 技术 中心, a nuclear safety technology centre, is not the company
        // Atomic Energy; 日本 原子力 研究开发 机构). Not a proper noun's (华为 技术), nor one
        // ending in a kind word or a head, whose parts may follow it (国立病院機構 東京医療
        // センター: the National Hospital Organization's Tokyo Medical Center).
        if translatedWordsKnown && !endsInKind && last + 1 < mention.count
            && !Self.institutionalHeads.contains(mention.words[last])
            && mention.facts[first].flags.contains(.opensTranslatedCommonWord)
            && mention.facts[last + 1].flags.contains(.opensTranslatedWord) && !mention.facts[last].flags.contains(.kind)
            && Self.institutionalHeads.contains(mention.words[mention.count - 1]) {
            result.extendedAfter = true
        }
        // A name opening with its kind word met where an institution's kind word opens a Han
        // word after others: they qualify it, field's words too (北京 化工 大学 北方 学院 is no
        // University North; 华中 科技大学 no University of Science and Technologies). Not a
        // ministry's, which its country's name may come before (中华人民共和国 环境保护部).
        if translatedWordsKnown && first > 0 && alias.facts[0].flags.contains(.kind)
            && mention.facts[first].flags.isSuperset(of: [.kind, .institution, .opensTranslatedWord]) {
            result.extendedBefore = true
        }
        // Another country's name right before a national body's name makes that country's
        // body (蒙古 国防大学, Mongolia's National Defense University; 美国 国防大学), as with a
        // listed Han name (`placeBefore`): the name gives no country of its own, and the
        // country's weighs too little to count beside it. The entity's own country is where,
        // not who (英国 国家物理实验室, the UK's National Physical Laboratory), and China's
        // where the list gives none (the 1286 list's Chinese military bodies).
        if translatedWordsKnown && first > 0 && Self.nationalOpeningWords.contains(alias.words[0])
            && mention.facts[first].flags.contains(.opensTranslatedWord) {
            for n in 1...min(2, first) where mention.facts[first - n].flags.contains(.opensTranslatedWord) {
                let country = mention.words[(first - n)..<first].joined(separator: " ")
                // Not a two-letter code but the translations' US and UK (美国's last gloss).
                if country.utf8.count > 2 || country == "us" || country == "uk", namesAnotherCountry(country) {
                    score *= 0.7
                    if recording { result.words?.notes.append("right after “\(country)”, another country's name: that country's own (×0.70)") }
                    break
                }
            }
        }
        // So in English after the name, its "of" left out by the matching form (National
        // Defence University of Malaysia, of Ukraine: not the PLA's, which the 1286 list
        // names without a country).
        if !mentionIsTranslation && mentionIsSegment && !mentionIsPair && alias.count > 1
            && Self.nationalOpeningWords.contains(alias.words[0]) && last + 1 < mention.count {
            for n in 1...min(3, mention.count - last - 1) {
                let country = mention.words[(last + 1)...(last + n)].joined(separator: " ")
                if country.utf8.count > 2, namesAnotherCountry(country) {
                    score *= 0.7
                    if recording { result.words?.notes.append("followed by “\(country)”, another country's name: that country's own (×0.70)") }
                    break
                }
            }
        }
        func kindGoesOn(_ k: Int) -> Bool {
            guard k == last + 1 && endsInKind else { return false }
            if mentionIsTranslation { return goesOnInTranslation(k) }
            return mentionIsSegment && (!mentionIsPair || k != commas.mention)
                && mention.facts[k].flags.isSuperset(of: [.kind, .vocabulary, .continuesName])
        }
        for k in mention.indices where (k < first || k > last)
            && (mention.facts[k].flags.isDisjoint(with: [.generic, .digits]) || kindGoesOn(k)) {
            if subUnit.contains(k) || (k > last && k <= translatedPartEnd) {
                if recording { subUnitWords.append(mention.words[k]) }
                continue
            }
            // The institute's own words, after its society's name (für Physik).
            if result.unitOfName == .instituteOfSociety && k > last {
                if recording { instituteWords.append(mention.words[k]) }
                continue
            }
            if result.unitOfName == .labOfCompany && k > last {
                if recording { labWords.append(mention.words[k]) }
                continue
            }
            // The city of a campus after the name, printed again in the address.
            if k > last && mention.facts[k].flags.contains(.campusPlace) && !mentionIsPair {
                if recording { campusWords.append(mention.words[k]) }
                continue
            }
            // A word of the name printed again after it is the address's city (Université de
            // Limoges Limoges, France), not another name's; weighed below.
            if k > last && alias.indices.contains(where: { isSame(alias, $0, mention, k) }) {
                repeatedWeight += mention.facts[k].weight
                if recording { repeatedWords.append(mention.words[k]) }
                continue
            }
            // The city the entity is seated in, printed after its primary name (California
            // Institute of Technology Pasadena, York University Toronto), or beside its acronym
            // (CAU Kiel, Kiel CAU): where, not who. After
            // the repeated words above, which keep their guard (Medical University of Vienna,
            // Vienna is not the University of Vienna).
            if (k > last || aliasIsAcronym) && seatOf >= 0 && seatWords[seatOf].contains(mention.facts[k].textHash) {
                if recording { seatCityWords.append(mention.words[k]) }
                seatCityBefore = seatCityBefore || k < first
                continue
            }
            if opensPart {
                if recording { partWords.append(mention.words[k]) }
                continue
            }
            if regionAfter.contains(k) {
                if recording { regionWords.append(mention.words[k]) }
                continue
            }
            if ownerBefore && k == first - 1 {
                if recording { result.words?.notes.append("“\(mention.words[k])” right before it in capitals, an acronym of its own or its owner's, not counted") }
                continue
            }
            if ownerAfter && k == last + 1 {
                if recording { result.words?.notes.append("“\(mention.words[k])” right after it in capitals, an acronym of its own or its owner's, not counted") }
                continue
            }
            if academyAfter.contains(k) {
                academyLeftOut = true
                continue
            }
            // In a translation of Han, a distinctive word right before a name that opens with
            // its kind (University of Science and Technology) makes a longer name too: the
            // characters run the place into it (河南理工大学, henan university science
            // technology, is Henan's own university). Not a field's word there
            // (中国科学院高能物理研究所: the Academy of Sciences, then its Institute of High
            // Energy Physics), nor before a name that opens otherwise (医療法人社団緑野会
            // 東京品川病院: the hospital's operator, then Tokyo Shinagawa Hospital).
            if k == first - 1 && mentionIsTranslation && alias.facts[0].flags.contains(.kind)
                && !mention.facts[k].flags.contains(.vocabulary) {
                result.extendedBefore = true
            }
            // So does any Han word right before a name that a common word's English opens,
            // where the translation's words are known (Chinese and Japanese put a name's
            // qualifiers first): 青岛 城市学院 is Qingdao's City College, not the City College
            // of New York, 北京 联合大学 no Alliance University, 精神 医学研究所 no Medical
            // Research Institute, as a listed Han name after a place (`placeBefore`). Not before a name
            // the dictionary gives whole (北京 清华大学: Tsinghua University), nor one opening
            // with its kind (above), nor an owner's word (滋賀 県立 琵琶湖博物館: the Lake Biwa
            // Museum, which Shiga Prefecture runs) or name (中国人民解放军 国防大学: the PLA's
            // National Defense University), nor the entity's own country's name
            // (蒙古 国防大学, Mongolia's, whose entry the registry also names National Defense
            // University).
            if k == first - 1 && translatedWordsKnown && mention.facts[first].flags.contains(.opensTranslatedCommonWord)
                && !alias.facts[0].flags.contains(.kind) && !Self.ownersWords.contains(mention.words[k]) {
                let before = wordOpening(of: k)...k
                let organisation = before.contains { mention.facts[$0].flags.contains(.kind) || Self.organisationWords.contains(mention.words[$0]) }
                if !organisation && !namesEntitysCountry(mention.words[before]) { result.extendedBefore = true }
            } else if k == first - 1 && mentionIsDictionaryName && !namesEntitysCountry(mention.words[k...k]) {
                // So does any word right before the name in an organisation's English name a
                // dictionary gives for the whole text, in English order: ENAMDICT's Kyoto
                // Women's University is not the Women's University in Africa.
                result.extendedBefore = true
            }
            // A distinctive word right before the name makes a longer name of it (New York
            // University is not York University; Technical University of Munich not University
            // of Munich): it costs as much as beside a one-word name. In a joined pair, only
            // when its second segment is a country's name, which the name's last words met
            // (Harbin University of Science & Technology, China is not the University of
            // Science and Technology of China); before a pair of a name's own two segments
            // stand a department's words (Departments of Physiology and Psychiatry University
            // of California, San Francisco), and a word of the name itself is its own
            // (Singapore Nat. Univ., Singapore). Also when the name meets only kind words in
            // the first segment, which the words before them name (National Taiwan
            // University, Taipei is not the University of Taipei; Kharazmi University, Tehran
            // not the University of Tehran), or opens in the second, the address's city (Capital
            // Normal Univ., Beijing is not Beijing Normal University).
            if k == first - 1 && mentionIsSegment
                && (!mentionIsPair || (first < commas.mention && (Self.isCountry(mention.words[commas.mention...])
                                                                 || (first..<commas.mention).allSatisfy { mention.facts[$0].flags.contains(.kind) }
                                                                 || firstMet >= commas.mention)
                                       && !alias.indices.contains(where: { isSame(alias, $0, mention, k) }))) {
                if !partnerBefore { result.extendedBefore = true }
                else if recording { result.words?.notes.append("“\(mention.words[k])” right before it in capitals, an acronym: a parent's or partner's name as often as its own word") }
            }
            // So does a word of an institution's field that a stop word joins right after a
            // name ending in its kind (National Defense University of Science and Technology
            // is not National Defense University, Tehran University of Medical Sciences not
            // University of Tehran). A place so joined often names a campus of the same
            // (Northwestern Polytechnical University of Xi'an), and costs as before. In a
            // joined pair, only within one of its segments.
            // A translation keeps no stop words, but one of a Han name puts a field after a
            // kind word only as the gloss's "of" does (国防科技大学: national defense
            // university [of] science and technology, not National Defense University).
            if k == last + 1 && mention.facts[k].flags.contains(.vocabulary) && endsInKind
                && (mentionIsSegment ? (!mentionIsPair || k != commas.mention) && mention.facts[k].flags.contains(.continuesName)
                    : mention.facts[last].flags.contains(.kind) && continuesHanName(k)) {
                result.extendedAfter = true
            }
            // So does another field a stop word joins after a name ending in its field
            // (Institute of Technical Physics and Materials Science, a Hungarian institute, is
            // not the Russian entry's Institute of Technical Physics).
            if k == last + 1 && endsInField && mentionIsSegment && (!mentionIsPair || k != commas.mention)
                && mention.facts[k].flags.isSuperset(of: [.vocabulary, .followsStopWord]) {
                result.extendedAfter = true
            }
            if k < first { wordsBefore = true }
            outsideWeight += mention.facts[k].weight
            if recording { result.words?.outside.append(mention.words[k]) }
        }
        if !subUnitWords.isEmpty {
            result.words?.notes.append("words of a sub-unit beside it, not counted: " + subUnitWords.joined(separator: " "))
        }
        if !campusWords.isEmpty {
            result.words?.notes.append("a campus's city after it, printed again in the address, not counted: " + campusWords.joined(separator: " "))
        }
        if !partWords.isEmpty {
            result.words?.notes.append("the words of a part named after it, not counted: " + partWords.joined(separator: " "))
        }
        if !labWords.isEmpty {
            result.words?.notes.append("the lab's words, not counted: " + labWords.joined(separator: " "))
        }
        if !instituteWords.isEmpty {
            result.words?.notes.append("the institute's words, not counted: " + instituteWords.joined(separator: " "))
        }
        if !regionWords.isEmpty {
            result.words?.notes.append("a country's or a continent's name after a company's, its office or subsidiary there, not counted: "
                                       + regionWords.joined(separator: " "))
        }
        if academyLeftOut {
            result.words?.notes.append("its academy's name after it, not counted: " + mention.words[academyAfter].joined(separator: " "))
        }
        if !seatCityWords.isEmpty {
            result.words?.notes.append("its seat's city \(seatCityBefore ? "beside" : "after") it, not counted: " + seatCityWords.joined(separator: " "))
        }
        // Only after the name met in order with no other name's word before it: a name met
        // otherwise may be another name that the repeated word tells apart (University of
        // Miami 1, Miami is not Miami University; Technical University of Munich, Munich not
        // University of Munich).
        if repeatedWeight > 0 {
            if outOfOrder || wordsBefore {
                outsideWeight += repeatedWeight
                if recording { result.words?.outside += repeatedWords }
            } else if recording {
                result.words?.notes.append("words of the name printed again after it, not counted: " + repeatedWords.joined(separator: " "))
            }
        }
        if outsideWeight > 0 {
            // A whole-text form (a translation) runs all segments together: its words beside
            // a name count less, but a one-word name (Class) among a translation's words is
            // still as likely a word of the text as the name.
            let strength = mentionIsSegment ? (alias.count == 1 || result.extendedBefore || result.extendedAfter ? 1.0 : 0.5)
                : (result.extendedAfter || result.extendedBefore ? 1.0 : alias.count == 1 ? 0.5 : 0.25)
            result.outsideFactor = 1 - strength * outsideWeight / (matchedWeight + outsideWeight)
            // A field that goes on with a long name in its segment makes another institution
            // however little its word weighs beside the name's many (Changchun Institute of
            // Optics, Fine Mechanics and Physics, the Academy's, is not the Changchun Institute
            // of Optics and Fine Mechanics that became a university: 0.86 before).
            if mentionIsSegment && result.extendedAfter { result.outsideFactor = min(result.outsideFactor, Self.goingOnFactor) }
            // So does a word right before a name that opens with its kind, however long the
            // name (International Centre for Genetic Engineering and Biotechnology, in
            // Trieste, is not Cuba's Center for Genetic Engineering and Biotechnology: 0.83
            // before; Medical University of South Carolina not the University of South
            // Carolina). Not an acronym in capitals, which costs as any word there (UMR Plant
            // Health Institute of Montpellier: a joint unit's mark).
            if mentionIsSegment && result.extendedBefore && alias.facts[0].flags.contains(.kind) && !capitalsBefore {
                result.outsideFactor = min(result.outsideFactor, Self.goingOnFactor)
            }
            score *= result.outsideFactor
        }
        if result.unitOfName != nil { score *= 0.9 }
        // The listed words in another order make another name (East China University of
        // Science and Technology is not University of Science and Technology of China).
        // A joined pair only pays when the name's words are not two runs in its order, the
        // second printed first, each in its own segment (Department of Chemistry, University
        // of Southern California is not California Southern University; Department of
        // Biology, University of Miami is not Miami University; Key Laboratory for Quantum
        // Information, Chinese Academy of Sciences still meets the Academy's laboratory).
        // Only a kind word that moves across languages moved, in a segment that prints the
        // name and nothing else: the same name in another language's order (University of
        // Aarhus for Aarhus University) when no other entity's name is printed so
        // (`WordOrderTwins`) and the name holds a word of its own, not only a field's words.
        // Beside other words (King's College London) the order makes another name.
        if outOfOrder && (!mentionIsPair || descents > 1 || previous > firstMet || firstMet < commas.mention || previous >= commas.mention) {
            // Nor one the name prints as an adjective where the text prints its noun, or the
            // other way round (Xi'an Technological University; Xi'an University of Technology).
            let adjectiveMoved = alias.facts.contains { $0.flags.contains(.printedAsAdjective) }
                != mention.facts[first...last].contains { $0.flags.contains(.printedAsAdjective) }
            if adjectiveMoved && recording {
                result.words?.notes.append("a word printed as an adjective on one side and as a noun on the other: another name, not the same in another language's order")
            }
            result.kindWordMoved = !outOfOrderOtherThanKind && mentionIsSegment && missingWeight == 0 && alias.count == mention.count
                && !adjectiveMoved
                && alias.facts.contains { $0.flags.isDisjoint(with: [.kind, .generic, .vocabulary, .digits]) }
                && aliasIndex >= 0 && !orderTwins.get[Int(aliasIndex)]
            // A translation from Han or kana puts the head last, as the characters do (马来亚大学,
            // malaya university, for University of Malaya; 新疆财经大学 for Xinjiang University of
            // Finance and Economics): the name's words, all of them and no other, in another
            // order are its English name, unless another entity's name prints them so. Its
            // part's Han words after them are no other (中国海洋大学计算机学院).
            let onlyItsPartAfter = translatedPartEnd == mention.count - 1 && first == 0 && last == alias.count - 1
            result.inTranslatedOrder = !result.kindWordMoved && mentionIsTranslation && missingWeight == 0
                && (alias.count == mention.count || onlyItsPartAfter) && aliasIndex >= 0 && !orderTwins.get[Int(aliasIndex)]
            result.reorderFactor = result.kindWordMoved || result.inTranslatedOrder ? 0.9 : 0.75
            score *= result.reorderFactor
        }
        // A name of common words alone met in a translation of Han, for an entity the list
        // seats in a country that does not write Han: every country has such a name, and a
        // text in Han names one of its own (電子科学研究所, a Japanese foundation, is not
        // Russia's Scientific-Research Institute of Electronics: 0.90 before), unless it
        // names the entity's country (蒙古国防大学, Mongolia's National Defense University).
        if mentionIsTranslation, let country = listedCountry(), !Self.hanWritingCountries.contains(country),
           alias.indices.allSatisfy({ !alias.facts[$0].flags.isDisjoint(with: [.vocabulary, .generic, .kind]) }),
           !mention.indices.contains(where: { k in
               namesEntitysCountry(mention.words[k...k]) || (k + 1 < mention.count && namesEntitysCountry(mention.words[k...(k + 1)]))
           }) {
            score *= Self.goingOnFactor
            if recording {
                result.words?.notes.append(String(format: "a name of common words alone, met in a translation of Han, of an entity in %@, which does not write Han (×%.2f)",
                                                  country, Self.goingOnFactor))
            }
        }
        // A different kind of organisation in the same name (Institute vs University); or a
        // university of a company's name that holds no kind (Baikal State University is not
        // the Entity List's arms plant Izhevsky Mekhanichesky Zavod JSC, a.k.a. Baikal).
        // Only a company's: a college of another organisation's name is often its own (Weill
        // Cornell Medical College, Mayo Clinic College of Medicine).
        if missesKind, mention.indices.contains(where: { !used[$0] && mention.facts[$0].flags.contains(.kind) }) {
            if recording {
                let missing = result.words?.missing ?? []
                result.words?.kinds = (missing.filter { OrganisationKinds.latin.contains($0) },
                                mention.indices.filter { !used[$0] && mention.facts[$0].flags.contains(.kind) }.map { mention.words[$0] })
            }
            score *= 0.6
        } else if aliasNamesCompany, mentionIsSegment, !alias.facts.contains(where: { $0.flags.contains(.kind) }),
                  let university = mention.indices.first(where: {
                      !used[$0] && mention.facts[$0].flags.contains(.institution) && Self.universityKinds.contains(mention.words[$0])
                  }) {
            if recording { result.words?.kinds = (["none"], [mention.words[university]]) }
            score *= 0.6
        }
        result.score = score
        return result
    }

    /// The tokens from `start` to the end of `mention` when they are a national academy of
    /// sciences' name as the matching form spells it (`academies`), with the academy's
    /// country; nil otherwise.
    private static func academyName(in mention: Tokens, at start: Int) -> (words: Range<Int>, country: String)? {
        // Most names end their segment or have other words after them: by the last word first.
        guard start < mention.count, mention.count - start <= 6, let lastWord = mention.words.last,
              lastWord == "science" || lastWord == "ras" || lastWord == "cas",
              let academy = academies.first(where: { $0.words.elementsEqual(mention.words[start...]) }) else { return nil }
        return (start..<mention.count, academy.country)
    }

    /// The Russian Academy of Sciences, its three branches (SB, UB, FEB RAS, which the
    /// normalizer spells out) and the Chinese Academy of Sciences, as matching forms spell
    /// them, with their acronyms.
    static let academies: [(words: [String], country: String)] = [
        (["ras"], "RU"), (["russian", "academy", "science"], "RU"), (["siberian", "branch", "russian", "academy", "science"], "RU"),
        (["ural", "branch", "russian", "academy", "science"], "RU"), (["far", "east", "branch", "russian", "academy", "science"], "RU"),
        (["cas"], "CN"), (["chinese", "academy", "science"], "CN"), (["china", "academy", "science"], "CN"),
    ]

    /// The tokens from `start` that name a country or a continent (one to three words),
    /// empty for none. A country's two-letter code is not taken (Co is Colombia's), but for
    /// UK; a continent's or region's name is a subsidiary's as often (Microsoft Research Asia).
    private static func regionName(in mention: Tokens, at start: Int) -> Range<Int> {
        guard start < mention.count, let names = regionNames[mention.words[start]] else { return start..<start }
        var longest = 0
        for name in names where name.count <= 3 && start + name.count <= mention.count
            && name.indices.allSatisfy({ mention.words[start + $0] == name[$0] }) {
            longest = max(longest, name.count)
        }
        return start..<(start + longest)
    }

    /// The countries' names (`CountryNames.namesByFirstWord`) and `regions`, as words under
    /// their first word: looked up in comparisons without joining or folding words.
    private static let regionNames: [String: [[String]]] = regions.reduce(into: CountryNames.namesByFirstWord) { names, region in
        let words = region.split(separator: " ").map(String.init)
        names[words[0], default: []].append(words)
    }

    /// How many of a name's last words (one to three) name `country`, the country its
    /// entity is listed in, as a company's or a campus's abroad does (Huawei Technologies
    /// Japan K.K., Japan's; University of Nottingham Malaysia), 0 for none. Only where the
    /// words before them are a name of their own: two or more, one of them a word of its own
    /// (not Cancer Australia, Universities Norway, SCI Japan), not a unit's (Department of
    /// Biotechnology India: the country's own department). Not a country the name holds
    /// after "of" (Pontifical Catholic University of Chile, whose words the one of Valparaíso
    /// shares) or after a direction (University of Western Australia).
    /// `afterStopWord`: per token, whether a dropped stop word stood before it.
    static func countryWordsAtEnd(of tokens: [TokenInfo], afterStopWord: [Bool], country: String?) -> Int {
        guard let country, tokens.count >= 3, afterStopWord.count == tokens.count,
              let names = CountryNames.namesByCode[country.uppercased()] else { return 0 }
        for n in stride(from: min(3, tokens.count - 2), through: 1, by: -1) {
            let start = tokens.count - n
            guard names.contains(where: { name in
                name.count == n && zip(name, tokens[start...]).allSatisfy { $0 == $1.text }
            }) else { continue }
            let rest = tokens[..<start]
            let ownWord = rest.contains { $0.facts.length >= 3 && $0.facts.flags.isDisjoint(with: [.generic, .vocabulary, .kind, .digits]) }
            let partOfName = afterStopWord[start] || directions.contains(tokens[start - 1].text)
            return ownWord && !partOfName && !tokens[0].facts.flags.contains(.subUnit) ? n : 0
        }
        return 0
    }

    /// Words that make a country's name a region's (Western Australia, North Korea's aside).
    static let directions: Set<String> = [
        "western", "eastern", "northern", "southern", "west", "east", "north", "south", "central", "northwest",
        "northeast", "southwest", "southeast", "upper", "lower", "greater",
    ]

    /// Continents and regions companies name their subsidiaries by, in the matching form.
    static let regions: Set<String> = [
        "europe", "asia", "africa", "america", "americas", "oceania", "middle east", "asia pacific", "north america",
        "latin america", "south america", "emea", "apac", "nordic", "nordics", "benelux",
    ]

    /// Whether words are a country's name (China, United States).
    static func isCountry(_ words: Slice<UnsafeBufferPointer<String>>) -> Bool {
        !words.isEmpty && CountryNames.code(words.joined(separator: " ")) != nil
    }

    /// Kind words of institutions that teach: a name holding none is no such institution's.
    static let universityKinds: Set<String> = ["university", "college", "academy", "polytechnic"]

    private func pow2(_ x: Double) -> Double { x * x }

    /// How many of the mention's tokens before `end` an alias's words took. With every word
    /// met in order, the first n of them were met there when this is n: counted only where
    /// a name's comma is looked for, not for every word met.
    private func metBefore(_ end: Int, _ used: TakenTokens) -> Int {
        (0..<end).reduce(0) { $0 + (used[$1] ? 1 : 0) }
    }

    /// The last words of a society's name that its institutes leave out (Max Planck
    /// Society, Leibniz Association, Fraunhofer-Gesellschaft), in the matching form.
    private static let societyWords: Set<String> = ["society", "association", "gesellschaft", "gemeinschaft"]

    /// Whether a research unit's kind closes the segment: Laboratory (Lab), Research Center,
    /// Research Institute (as the normalizer writes them).
    private static func closesWithResearchUnit(_ mention: Tokens) -> Bool {
        let n = mention.count
        guard n >= 2 else { return false }
        return mention.words[n - 1] == "laboratory"
            || mention.words[n - 2] == "research" && (mention.words[n - 1] == "center" || mention.words[n - 1] == "institute")
    }

    /// A school printed right after the word at `last`: "school" and a word after it
    /// (School of Medicine), or one word and then "school" (Medical School), that word after
    /// a benefactor's initials too (T. H. Chan School of Public Health, TH Chan School).
    private static func schoolFollows(_ mention: Tokens, last: Int) -> Bool {
        guard last + 2 < mention.count else { return false }
        if mention.words[last + 1] == "school" || mention.words[last + 2] == "school" { return true }
        var k = last + 1
        while k < last + 3 && mention.facts[k].isInitials { k += 1 }
        return k > last + 1 && k + 1 < mention.count && mention.words[k + 1] == "school"
    }

    /// The words beside a matched name that belong to a sub-unit printed with it in its
    /// segment, and so name a part of the organisation rather than another one: a word set
    /// off from the name by a sub-unit word (Perelman [School] of Medicine University of
    /// Pennsylvania; Stanford University [School] of Medicine), the word right after a
    /// sub-unit word, and the words between the name and a sub-unit word after it
    /// (Stanford University Medical [School]; Brown University Warren Alpert Medical
    /// [School]), one always, more only after a name ending in an institution's kind word
    /// (not University of Texas Southwestern Medical [Center], another institution of the
    /// system) and with no stop word joining the first of them to it ("American University
    /// of Beirut Medical [Center]" would otherwise read, its "of" dropped, as American
    /// University and a centre of it, and hit the one in Washington).
    /// A part of an institution
    /// (`OrganisationKinds.institutionPart`) counts as a sub-unit only beside a name that
    /// holds an institution's kind word (Shengjing [Hospital] of China Medical University;
    /// Peking University Third [Hospital]; University College London [Centre] for Advanced
    /// Research Computing, a name not ending in one; not Novo Nordisk Foundation [Center], nor Key
    /// [Laboratory] of Biomedical Engineering of Ministry of Education, a name many
    /// countries' ministries hold). The sub-unit words themselves are weighed as before
    /// (most are generic). Only for a name of two or more words in one segment: a one-word
    /// name beside other words is too likely another name, and two joined segments are in
    /// the printer's order.
    private struct SubUnitWords {
        let first: Int, last: Int
        /// The last sub-unit word before the name and the first after it (nil for none).
        var before: Int? = nil, after: Int? = nil
        let facts: UnsafeBufferPointer<TokenFacts>
        /// Whether the name holds an institution's kind word: looked at only where the rule
        /// applies, since this runs for every pairing verified.
        var namesInstitution = false

        init(_ mention: Tokens, first: Int, last: Int, alias: Tokens, applies: Bool) {
            self.first = first; self.last = last; facts = mention.facts
            guard applies else { return }
            namesInstitution = alias.facts.contains { $0.flags.contains(.institution) }
            for k in mention.indices where opens(k) {
                if k < first { before = k } else if after == nil { after = k }
            }
        }

        /// Whether the word at `k`, beside the name, opens a sub-unit.
        private func opens(_ k: Int) -> Bool {
            guard k < first || k > last else { return false }
            let flags = facts[k].flags
            return flags.contains(.subUnit) || (flags.contains(.institutionPart) && namesInstitution)
        }

        func contains(_ k: Int) -> Bool {
            guard before != nil || after != nil else { return false }
            if let before, k < before { return true }
            if let after, k > after { return true }
            if k > 0 && opens(k - 1) { return true }
            // All its words when a stop word joins the name to them (Department of Cell
            // Biology and Physiology at the University of Kansas); not an institute's, which
            // is an organisation of its own (Institute for Information Transmission Problems
            // of the Russian Academy of Sciences).
            if let before, k > before && k < first && facts[before].flags.contains(.subUnit)
                && facts[first].flags.contains(.followsStopWord) { return true }
            guard let after, k > last && k < after else { return false }
            // One word between: as it always was, a benefactor's initials before it aside
            // (Harvard T. H. Chan School). More: theirs after a name ending in an
            // institution's kind word, unless a stop word joins the first of them to it.
            let initials = ((last + 1)..<after).reduce(0) { $0 + (facts[$1].isInitials ? 1 : 0) }
            return after - initials == last + 2
                || (facts[last].flags.contains(.institution) && !facts[last + 1].flags.contains(.followsStopWord))
        }
    }

    /// The same word: equal hashes, confirmed by the text.
    @inline(__always)
    private func isSame(_ a: Tokens, _ i: Int, _ b: Tokens, _ k: Int) -> Bool {
        a.facts[i].textHash == b.facts[k].textHash && a.words[i] == b.words[k]
    }

    /// 1 for the same token; 0.95 for the same phonetic key (Tsinghua, Qinghua); 0.85 for a
    /// small edit distance in a long word (a typo); else 0.
    @inline(__always)
    private func tokenScore(_ a: Tokens, _ i: Int, _ b: Tokens, _ k: Int) -> (Double, WordMeeting) {
        if isSame(a, i, b, k) { return (1, .same) }
        let fa = a.facts[i], fb = b.facts[k]
        if fa.japaneseKey != 0 && fa.japaneseKey == fb.japaneseKey { return (0.95, .japaneseRomanization) }
        if fa.chineseKey != 0 && fa.chineseKey == fb.chineseKey,
           !(fa.flags.contains(.pinyinOnly) && fb.flags.contains(.pinyinOnly)) { return (0.95, .chineseRomanization) }
        // Two provinces' names are two provinces, not a typo (Shaanxi, Shanxi).
        if fa.flags.contains(.chineseProvince) && fb.flags.contains(.chineseProvince) { return (0, .same) }
        // A katakana reading of a Latin word (yarosuravuri, Yaroslavl; `LoanWordKey.meeting`):
        // a word the vocabulary translates is met by its translation instead. A typo's score
        // below does not lower it (papiron is Papilon's reading, 0.95, and one letter from
        // it, 0.85).
        var reading = 0.0
        if fb.flags.contains(.katakanaReading) && !fa.flags.contains(.katakanaReading) && !fa.flags.contains(.vocabulary),
           let meeting = LoanWordKey.meeting(reading: b.words[k], latin: a.words[i]) {
            reading = meeting
        }
        let la = Int(fa.length), lb = Int(fb.length)
        let longest = max(la, lb)
        // Typos keep the first letter; checking it first spares most distance computations.
        if longest >= 7 && abs(la - lb) <= 2 && !fa.flags.contains(.digits) && !fb.flags.contains(.digits) && fa.firstByte == fb.firstByte {
            let limit = longest >= 10 ? 2 : 1
            if let d = EditDistance.bounded(a.words[i], b.words[k], limit: limit) {
                let typo = d == 1 ? 0.85 : 0.8
                return reading > typo ? (reading, .katakanaReading) : (typo, .editDistance(d))
            }
        }
        return reading > 0 ? (reading, .katakanaReading) : (0, .same)
    }

    /// How two words met short of being the same, for the account: a value without a
    /// string, since the words of every pairing are compared (a string here was released
    /// for every pair of words, millions of times on a few thousand records).
    private enum WordMeeting: CustomStringConvertible {
        case same, japaneseRomanization, chineseRomanization, editDistance(Int), katakanaReading

        var description: String {
            switch self {
            case .same: ""
            case .japaneseRomanization: "Japanese romanization"
            case .chineseRomanization: "Chinese romanization"
            case .editDistance(let d): "edit distance \(d)"
            case .katakanaReading: "katakana reading"
            }
        }
    }

    /// Words a translation opens a national or key unit's name with (国家 national, state;
    /// 重点 key), after the university that hosts it.
    private static let nationalUnitOpenings: Set<String> = ["national", "state", "key"]

    /// The first words of a national body's English name, as the matching form writes them.
    private static let nationalOpeningWords: Set<String> = ["national", "state", "peoples"]

    /// The words of a translated name that say who runs it (県立 prefectural, 市立 municipal),
    /// which English names of the institution mostly leave out.
    private static let ownersWords: Set<String> = ["prefectural", "municipal", "public", "private", "metropolitan", "national"]

    /// Words of an organisation's name that are no kind word (`OrganisationKinds.latin`):
    /// a Han word holding one names the owner of what follows it.
    private static let organisationWords: Set<String> = [
        "army", "navy", "party", "government", "council", "committee", "commission", "administration",
    ]

    /// The last words of a translated institution's name that make it one (中心 center, 机构
    /// organization), as the matching form writes them; not a company's (公司, 集团) nor a
    /// field's (技术 technology).
    private static let institutionalHeads: Set<String> = [
        "university", "institute", "college", "academy", "school", "laboratory", "hospital", "center", "bureau", "ministry",
        "agency", "association", "society", "foundation", "organization", "council", "administration", "commission",
    ]
}
