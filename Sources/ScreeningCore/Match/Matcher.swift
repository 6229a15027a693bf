import Foundation

/// The matcher: verifies the index's candidates for a mention and scores them in [0, 1],
/// with an explanation a reviewer can read in one glance.
///
/// Organisations: an affiliation is compared segment by segment (department, organisation,
/// street, city, country); a listed organisation contained in, or closely matching, a
/// segment is a hit. Persons: the list's person entries against a person's name, by name
/// parts, order, initials and romanization. An organisation entry never hits a person's
/// name ("Hua Wei" the author is not Huawei the company).
public final class Matcher: Sendable {
    /// The score at or above which a match is a hit unless told otherwise.
    public static let defaultThreshold = 0.8

    public let index: EntityIndex
    public let normalizer: Normalizer
    let verifier: Verifier
    /// Each alias's token views with weights and phonetic keys, and its Han text
    /// (canonical, segments joined), computed once; for a name met only as a whole segment
    /// (`wholeSegmentName`), its words, whether the mention must print a legal form, and
    /// the places of the entry's address that let it be met inside a longer segment too: a
    /// company's name of common words only, which has no view (`Verifier.aliasViews`), or
    /// a name of one word that many organisations' names hold (`isCommonWord`).
    /// (The Han name and the whole-segment name are boxed: most aliases have neither, and a
    /// registry has a hundred thousand.)
    let aliasForms: AliasTable<(views: [View], han: Boxed<HanName>?, wholeSegment: Boxed<WholeSegment>?, unitOwnWords: Set<String>?,
                                countryBody: [String]?)>
    /// The aliases katakana readings may spell, made when a mention first has readings:
    /// most runs screen Latin text only.
    let loanWordCandidates: Lazy<LoanWordCandidates>

    /// An alias's Han and kana as `Verifier.compareHan` meets them: none when a Latin word
    /// stands beside them (VXI システム: システム alone is not the name), and met only as a
    /// whole segment when they are common words only (`isCommonHan`). `kanaOnly`: an alias
    /// of kana alone, which a text with kanji prints in kana, so that there it is met by its
    /// characters only, not by its romanization against the kanji's readings (カント, Kant,
    /// is not 関東, Kantō).
    typealias HanName = (text: String, onlyWhole: Bool, kanaOnly: Bool)

    /// A name met only as a whole segment (`wholeSegmentName`): its words; whether the
    /// mention must print a legal form; the places its entry's address prints (`homePlaces`:
    /// Ryazan for JSC Plasma), with one of which in the text a one-word name is verified as
    /// any other name ("Plasma Institute, Ryazan"); the words the mention must print as the
    /// list does, for a name whose words the normalizer spelt out (Aero of Aero Systems, Inc.;
    /// empty for the others).
    typealias WholeSegment = (words: [String], legalForm: Bool, homePlaces: [String], printed: [String])
    /// The acronym each alias is (`AcronymAlias`; nil for the others), which counts only
    /// with evidence. An entity's primary name of five or more capitals (RIKEN, ELPROM) is
    /// its name, not an acronym of one.
    let aliasAcronyms: [Substring?]
    /// Per alias, how many loaded organisations belong to its entity when it is an acronym
    /// that the lists give to no other entity with parts (`establishedAcronyms`), 0 for every
    /// other alias: such an acronym counts alone.
    let establishedAcronymMembers: [Int]
    /// The entities holding each acronym that has an established holder, for the seats of
    /// the others (`countsAlone`).
    let establishedAcronymHolders: [Substring: [Int32]]
    /// Whether each alias is a name without its place that another entity shares
    /// (`PlaceQualifiedName.ambiguous(in:threads:)`), or an acronym ending a name that another
    /// entity lists (`BracketedName.ambiguousAcronyms(in:threads:)`): not verified.
    let aliasIsAmbiguousShortForm: [Bool]
    /// Per entity, whether a registry types it as a funder of research too (`Match.ranksAbove`).
    let entityIsFunder: [Bool]
    /// Whether each alias is a place its entry's address prints, a country, or a town and a
    /// country (`AddressPlaces`): not verified, since it says where, not who.
    let aliasIsPlace: [Bool]
    /// For each alias added by enrichment, the note saying where it comes from (nil for the
    /// lists' own names and aliases).
    let aliasNotes: [String?]
    /// Each alias indexed among persons parsed as a name once (nil for the others), boxed:
    /// a registry's aliases are almost all organisations'.
    let aliasPersons: AliasTable<Boxed<PersonName>?>
    /// The keys of every listed person's name pooled, made with the matcher; nil when the
    /// aliases are parsed on demand (`lazyListedPersonKeys`). Held apart from the lazy one,
    /// whose lock every party's name would otherwise take in a screen.
    private let madeListedPersonKeys: ListedPersonKeys?
    /// The same made on the first person's name matched in full, when the aliases are parsed
    /// on demand: a rescan's ingest matches every new record's names (without them, each
    /// name of the rescan benchmark's ingest was searched and read), while a revision's
    /// rescan seldom matches one.
    private let lazyListedPersonKeys: Lazy<ListedPersonKeys>
    /// Which entities belong to which, for ranking ties (`Match.Placement.depth`).
    let hierarchy: EntityHierarchy
    /// The names of each entity's parents, as a registry links them.
    let ancestors: DescriptiveUnitName.Ancestors

    /// How many candidates are verified for an affiliation (or an organisation's name), and
    /// from what share of their gram weight; rescans rank candidates by the same values.
    static let organisationCandidates = (limit: 20, minimumContainment: 0.25)
    /// The same for a person's name. Lower, because a listed name in kanji carries several
    /// readings (pinyin, Japanese, their phonetic keys) of which a romanized mention meets
    /// one: 田中太郎's grams are a quarter `tanaka taro`. The name agreement that follows is
    /// strict, so more candidates cost only time.
    static let personCandidates = (limit: 30, minimumContainment: 0.2)

    /// A matcher over an index. `weights` are the word weights verification uses (the
    /// project's table when not given; without it the index's own IDF weights stand in,
    /// and scores then depend on what the lists hold).
    /// `aliasSources` says which aliases enrichment added and from where; explanations of
    /// hits through them say so. `aliasFormsOnDemand` makes each alias's verification forms
    /// when first needed instead of all now: for a job that verifies few of the aliases.
    /// `parents` gives the entities' parents where a registry states them
    /// (`ListFiles.Loaded.parents`), for ranking organisations of the same name.
    public init(index: EntityIndex, normalizer: Normalizer, weights: WordWeights? = nil,
                threads: Int = ProcessInfo.processInfo.activeProcessorCount, aliasSources: AliasSources = AliasSources(),
                aliasFormsOnDemand: Bool = false, parents: [String: [String]] = [:]) {
        self.index = index
        loanWordCandidates = Lazy { LoanWordCandidates(index: index, threads: threads) }
        // Steps that read the index alone, each on one thread, two at once: the seats and
        // the hierarchy beside the aliases that are places (one after the other, a tenth of
        // a registry's set-up in instructions, on one thread while the other waited).
        let ((seatWords, hierarchy), aliasIsPlace) = ParallelMap.both(threads: threads, {
            (Self.seatWords(of: index.entities), EntityHierarchy(entities: index.entities, parents: parents))
        }, {
            zip(zip(AddressPlaces.placeAliases(in: index), AddressPlaces.countryAliases(in: index)),
                AddressPlaces.townAndCountryAliases(in: index)).map { $0.0 || $0.1 || $1 }
        })
        self.hierarchy = hierarchy
        self.normalizer = normalizer
        let ambiguousShortForms = zip(PlaceQualifiedName.ambiguous(in: index, threads: threads),
                                      BracketedName.ambiguousAcronyms(in: index, threads: threads)).map { $0 || $1 }
        let verifier = Verifier(index: index, phonetic: normalizer.phonetic, weights: weights ?? (try? WordWeights.standard()),
                                seatWords: seatWords, unverifiedAliases: ambiguousShortForms,
                                glossary: { normalizer.glossary })
        self.verifier = verifier
        // On the worker threads: a registry has a hundred thousand aliases to read.
        let capitalsOnly = ParallelMap.map(index.aliases, threads: threads) { AcronymAlias.acronym(of: $0.text) }
        ancestors = DescriptiveUnitName.Ancestors(index: index, parents: parents)
        aliasForms = AliasTable(count: index.aliases.count, onDemand: aliasFormsOnDemand, threads: threads) { a in
            let normalized = index.normalized(alias: a)
            let entity = Int(index.aliases[a].entity), isPrimary = index.aliases[a].isPrimary
            // A name of capitals alone (RIKEN) opens its parts' names as an acronym does.
            let isAcronym = capitalsOnly[a] != nil
            // An entity's spellings stand together, its name first.
            var name = a
            while name > 0 && index.aliases[name - 1].entity == index.aliases[a].entity { name -= 1 }
            var views = verifier.aliasViews(normalized, isPrimaryName: isPrimary, alias: Int32(a),
                                            namesSocietyOfInstitutes: isPrimary && hierarchy.members(of: entity) >= Self.societyMembers,
                                            isAcronym: isAcronym, opensPartNames: isAcronym && hierarchy.members(of: entity) > 0,
                                            namesCompany: index.normalized(alias: name).printsCompanyForm)
            let words = normalized.tokens.map(\.text)
            // A company's name that prints its words, met as a whole segment when it says too
            // little to be met inside a longer one.
            let companyPrintingItsWords = normalized.printsCompanyForm && Self.printsItsWords(index.aliases[a].text, words)
            if companyPrintingItsWords && Self.isCompanyOfCommonWords(words, verifier: verifier) { views = [] }
            let wholeSegment: Boxed<WholeSegment>?
            if views.isEmpty && companyPrintingItsWords {
                wholeSegment = Boxed((words, true, [], []))
            } else if views.isEmpty && normalized.printsCompanyForm && words.count >= 2 && normalized.tokens.allSatisfy({ $0.script == .latin }) {
                // One whose words the normalizer spelt out (Aero Systems, Inc.: aeronautics
                // system) is met so only where the text prints them as the list does: not
                // by every company of the spelt-out words (Info Tech is not Information
                // Technology).
                let legalFormWords = normalized.legalForms.flatMap { $0.split { !$0.isLetter && !$0.isNumber }.map { $0.lowercased() } }
                wholeSegment = Boxed((words, true, [], Self.printedWords(of: index.aliases[a].text, leaving: Set(legalFormWords))))
            } else if !views.isEmpty && normalized.tokens.count == 1 && normalized.tokens[0].script == .latin
                        && Self.isCommonWord(words[0], weights: verifier.weights) {
                // A registry's remarks hold its types (education, funder) beside the seat: only
                // the seat is a place.
                let entity = index.entities[Int(index.aliases[a].entity)]
                let address = RORRegistry.seat(of: entity) ?? entity.remarks
                wholeSegment = Boxed((words, normalized.printsCompanyForm, address.map { Self.homePlaces($0, weights: verifier.weights) } ?? [], []))
            } else {
                wholeSegment = nil
            }
            let hanText = normalized.tokens.contains { $0.script == .latin } ? "" : Verifier.hanSegments(normalized).map(\.text).joined()
            let commonHan = !hanText.isEmpty && Self.isCommonHan(hanText, normalized, verifier: verifier)
            let kanaOnly = !hanText.isEmpty && normalized.tokens.allSatisfy { $0.script == .kana }
            // A unit's name of common words, of an entity filed under no parent (one filed
            // under some is looked at where it is met: `unitOwnWords(of:)`).
            let unitOwnWords = views.isEmpty || hierarchy.depth(of: entity) > 0 ? nil
                : DescriptiveUnitName.ownWords(of: a, index: index, verifier: verifier)
            // A name of common words has no views: its readings (kexue yanjiu) are as common
            // as its characters.
            return (commonHan ? [] : views, hanText.isEmpty ? nil : Boxed((hanText, commonHan, kanaOnly)), wholeSegment, unitOwnWords,
                    CountryBodyName.words(of: a, index: index))
        }
        aliasAcronyms = zip(index.aliases, capitalsOnly).map { alias, capitals in
            // Capitals counted without initials' dots (Y.A.S. Company Limited is three).
            capitals.flatMap { alias.isPrimary && $0.utf8.lazy.filter { $0 != UInt8(ascii: ".") }.count >= 5 ? nil : $0 }
        }
        (establishedAcronymMembers, establishedAcronymHolders) = Self.establishedAcronyms(aliasAcronyms, index: index, hierarchy: hierarchy)
        aliasIsAmbiguousShortForm = ambiguousShortForms
        entityIsFunder = index.entities.map(RORRegistry.isFunder)
        self.aliasIsPlace = aliasIsPlace
        aliasNotes = aliasSources.isEmpty ? [String?](repeating: nil, count: index.aliases.count)
            : index.aliases.map { aliasSources.source(entityID: index.entities[Int($0.entity)].id, alias: $0.listedText)?.note }
        let persons = AliasTable(count: index.aliases.count, onDemand: aliasFormsOnDemand, threads: threads) { a in
            index.aliases[a].isPersonName ? Boxed(normalizer.personName(index.aliases[a].text)) : nil
        }
        aliasPersons = persons
        let makeListedPersonKeys: @Sendable () -> ListedPersonKeys = {
            ListedPersonKeys(index.aliases.indices.lazy.compactMap { a in persons.withValue(a) { $0.pointee?.value } })
        }
        madeListedPersonKeys = aliasFormsOnDemand ? nil : makeListedPersonKeys()
        lazyListedPersonKeys = Lazy(makeListedPersonKeys)
    }

    /// The factor of a company's hit where the text's country is not the listed one and
    /// its name says so (`Verification.regionAfterCompany`): a hit in full stays a hit for
    /// the reviewer, who reads the country in the explanation.
    static let subsidiaryAbroadFactor = 0.8

    /// The keys of every listed person's name pooled (`ListedPersonKeys`).
    var listedPersonKeys: ListedPersonKeys { madeListedPersonKeys ?? lazyListedPersonKeys.get }

    /// Hits of one affiliation string (or an organisation's name), best first, each entity
    /// once. `country` is the party's stated country, if any.
    public func match(affiliation text: String, country: String? = nil,
                      threshold: Double = Matcher.defaultThreshold) -> [Match] {
        let mention = normalizer.normalize(text, options: .allForms)
        return match(organisation: mention, country: country, threshold: threshold, limit: Self.organisationCandidates.limit)
    }

    /// The best candidates for one string whatever their score (for `entity-screen match`):
    /// organisations, and persons when the string reads as a person's name; ranked as
    /// `Match.ranksAbove` ranks them, so the first is the one answer `eval` counts as chosen.
    public func candidates(for text: String, limit: Int = 10) -> [Match] {
        let mention = normalizer.normalize(text, options: .allForms)
        var result = match(organisation: mention, country: nil, threshold: 0.01, limit: limit * 2)
        result += match(person: text, threshold: 0.01)
        result.sort { $0.ranksAbove($1) }
        return Array(result.prefix(limit))
    }

    /// The acronyms a text prints that `verify` passes over for want of evidence (an
    /// acronym alone counts only printed in capitals with its entity's country, or where no
    /// country shows the city a registry seats it in, in the text),
    /// with their entities, each entity once, and whether the acronym counts alone elsewhere
    /// as its only holder's with parts (`establishedAcronyms`): `entity-screen match` says why
    /// a reviewer checking "CNRS, Beirut" or "DJI" does not see its entity among the candidates.
    public func acronymsWithoutEvidence(in text: String, limit: Int = 5)
        -> [(entity: ListedEntity, alias: String, countsAloneElsewhere: Bool)] {
        let mention = normalizer.normalize(text, options: .allForms)
        let evidence = CountryEvidence.country(of: mention, stated: nil)
        return wholeAliases(in: mention, limit: limit) { a in
            // Those with their evidence are verified as any other alias.
            aliasAcronyms[a].map { Self.containsWord(String($0), in: text, caseInsensitive: true) } ?? false
                && !acronym(a, hasEvidenceIn: mention, evidence: evidence)
        }.map { a in
            let (entity, alias) = listed(a)
            return (entity, alias, establishedAcronymMembers[a] > 0)
        }
    }

    /// The aliases a text holds whole that are places their entries' addresses print
    /// (`AddressPlaces`), with their entities, each entity once: `entity-screen match` says
    /// why "Tula" alone does not find Tula Arms Plant.
    public func placesPassedOver(in text: String, limit: Int = 5) -> [(entity: ListedEntity, alias: String)] {
        wholeAliases(in: normalizer.normalize(text, options: .allForms), limit: limit) { aliasIsPlace[$0] }.map(listed)
    }

    /// The names met only as a segment of their own (`wholeSegmentName`) that a text holds
    /// inside a longer segment, with their entities, each entity once, whether the name is
    /// one word, the places of the entry's address that would let it count there
    /// (`homePlaces`), and the words the text must print as the list does (Aero Systems,
    /// Inc.): `entity-screen match` says why "Zhiyuan College" does not find the entry whose
    /// alias is Zhiyuan.
    public func wholeSegmentNamesPassedOver(in text: String, limit: Int = 5)
        -> [(entity: ListedEntity, alias: String, oneWord: Bool, places: [String], printed: [String])] {
        let mention = normalizer.normalize(text, options: .allForms)
        return wholeAliases(in: mention, limit: limit) { a in
            aliasForms[a].wholeSegment.map { Self.wholeSegmentName($0.value.words, legalForm: $0.value.legalForm, printed: $0.value.printed, in: mention).score == 0 } ?? false
        }.compactMap { a in
            guard let name = aliasForms[a].wholeSegment?.value else { return nil }
            let (entity, alias) = listed(a)
            return (entity, alias, name.words.count == 1, name.homePlaces, name.printed)
        }
    }

    /// The aliases (ids into `index.aliases`) among `mention`'s candidates that it holds
    /// whole and that `passedOver` picks, each entity's first, at most `limit`: what
    /// `entity-screen match` lists as not counted.
    private func wholeAliases(in mention: NormalizedText, limit: Int, passedOver: (Int) -> Bool) -> [Int] {
        var found: [Int] = []
        var seen = Set<Int32>()
        for candidate in index.candidates(for: mention, among: .organisations, limit: 20, minimumContainment: 0.25)
        where candidate.containment >= EntityIndex.wholeContainment && passedOver(Int(candidate.alias)) {
            guard seen.insert(index.aliases[Int(candidate.alias)].entity).inserted else { continue }
            found.append(Int(candidate.alias))
            if found.count == limit { break }
        }
        return found
    }

    /// Alias `a`'s entity and the alias as listed.
    private func listed(_ a: Int) -> (entity: ListedEntity, alias: String) {
        (index.entities[Int(index.aliases[a].entity)], index.aliases[a].listedText)
    }

    /// Whether the acronym alias `a` has its evidence in `mention`: an acronym alone (HIT,
    /// SCH) counts only printed as one, in capitals, in a mention from its entity's country
    /// (`evidence`, the country the mention shows) or, where the mention shows none, one that
    /// prints the city a registry seats its entity in (Inst. of Comput. Tech., CAS, Beijing).
    /// One listed with a legal form (ZTE Corporation, UMG LLC, NSO Group) counts too where
    /// the mention prints it with a legal form (`AcronymAlias.printedWithLegalForm`): it
    /// names a company, where "UMG" alone is as likely Göttingen's University Medical Center.
    private func acronym(_ a: Int, hasEvidenceIn mention: NormalizedText, evidence: (code: String, why: String, word: String?)?) -> Bool {
        guard let acronym = aliasAcronyms[a], Self.containsWord(String(acronym), in: mention.original) else { return false }
        if acronym.utf8.count != index.aliases[a].text.utf8.count,
           AcronymAlias.printedWithLegalForm(acronym, in: mention.original) { return true }
        let e = Int(index.aliases[a].entity)
        guard let evidence else { return printsSeat(of: e, mention) }
        guard let listed = index.country(of: e) else { return false }
        return !CountryEvidence.contradicts(listed: listed, evidence: evidence.code)
    }

    /// Whether `mention` prints every word of the city a registry seats entity `e` in
    /// (`Verifier.seatWords`); false for an entity with no seat.
    func printsSeat(of e: Int, _ mention: NormalizedText) -> Bool {
        guard !verifier.seatWords.isEmpty, !verifier.seatWords[e].isEmpty else { return false }
        return verifier.seatWords[e].allSatisfy { word in mention.tokens.contains { Grams.hash(.token, $0.text) == word } }
    }

    /// Hits of a person's name against the lists' person entries.
    public func match(person name: String, threshold: Double = Matcher.defaultThreshold) -> [Match] {
        // The name's grams are made only for a name that may agree with a listed person.
        match(person: name, threshold: threshold) { personGrams(name) }
    }

    /// The grams a person's name is looked up by: readings and phonetic keys meet a listed
    /// person's other spellings; translating the words of a name (王 → king) would only add noise.
    func personGrams(_ name: String) -> [UInt64] {
        Grams.of(normalizer.normalize(name, options: [.readings, .phonetic]))
    }

    /// `match(person:threshold:)` on the name's grams (`personGrams`) already computed.
    func match(person name: String, grams: [UInt64], threshold: Double) -> [Match] {
        match(person: name, threshold: threshold) { grams }
    }

    /// `match(person:threshold:)` with the name's grams made by `grams`, called only when
    /// the name may agree with a listed person.
    private func match(person name: String, threshold: Double, grams: () -> [UInt64]) -> [Match] {
        // Most authors share no family name with any listed person: told from the name's
        // bytes, they are not searched for candidates, nor read as names.
        let listed = listedPersonKeys
        if !normalizer.mayShareFamilyName(name, with: listed.familyNameGate) { return [] }
        // Most of the rest share a family name and agree with no listed person in their
        // given names: told from their keys, they are not searched for candidates.
        let readings = normalizer.personReadings(name)
        if !listed.mayAgree(readings, normalizer: normalizer) { return [] }
        return verify(person: name, aliases: candidateAliases(personGrams: grams()), threshold: threshold, readings: readings)
    }

    /// The aliases a person's name is verified against, from its grams (`personGrams`).
    func candidateAliases(personGrams grams: [UInt64]) -> [Int32] {
        index.candidates(grams: grams, among: .persons, limit: Self.personCandidates.limit,
                         minimumContainment: Self.personCandidates.minimumContainment).map(\.alias)
    }

    /// The hits of a person's name among the given aliases (ids into `index.aliases`), as
    /// `match(person:threshold:)` verifies its candidates.
    /// `readings`, when given, are the name's (`Normalizer.personReadings`), made already.
    func verify(person name: String, aliases: [Int32], threshold: Double, readings known: [PersonName.Reading]? = nil) -> [Match] {
        // Most names meet no listed person: parse the name only when one is near, and make
        // its keys only when a candidate shares a family name with it (agreeing needs one).
        guard !aliases.isEmpty else { return [] }
        let readings = known ?? normalizer.personReadings(name)
        let families = normalizer.personFamilyKeys(readings: readings).map(TextHash.of)
        // Only the family names' hashes are read of a listed name first (reading the whole
        // name copied its sets, a reference count each, for every candidate).
        let sharing = aliases.filter { a in
            aliasPersons.withValue(Int(a)) { listed in listed.pointee?.value.familyHashes.contains(where: families.contains) ?? false }
        }
        guard !sharing.isEmpty else { return [] }
        let person = normalizer.personName(name, readings: readings)
        var best: [Int32: Match] = [:]
        for a in sharing {
            // Most candidates disagree: the alias and its entity (strings and arrays to
            // retain and release) are read only for those that agree.
            let agreement = aliasPersons.withValue(Int(a)) { listed -> PersonName.Agreement? in
                guard let listed = listed.pointee else { return nil }
                return person.agreement(with: listed.value)
            }
            guard let agreement else { continue }
            let alias = index.aliases[Int(a)]
            let entity = index.entities[Int(alias.entity)]
            let score = agreement == .full ? 0.95 : 0.7
            let reading = person.readings.first.map { "\($0.family), \($0.given.joined(separator: " "))" } ?? name
            // Which spelling met, when the list's was made into another (German spelling,
            // the other name it gives after a.k.a.).
            let spelled = alias.derivation == nil ? "" : String(marking(of: alias, note: nil).dropFirst()) + " "
            let explanation = "person “\(name)” (read \(reading)) agrees with listed person “\(alias.listedText)” " + spelled
                + (agreement == .full ? "in family and given names" : "in family name and initial only")
                + Self.suffixNote(name, listed: alias.listedText) + String(format: "; score %.2f", score)
            if score >= threshold, best[alias.entity].map({ $0.score < score }) ?? true {
                best[alias.entity] = Match(entity: entity, alias: alias.listedText, score: score, explanation: explanation,
                                           placement: Match.Placement(lastSegment: nil, aliasLength: alias.text.count,
                                                                      printedAsListed: Self.containsWord(alias.text, in: name, caseInsensitive: true),
                                                                      primaryName: alias.isPrimary))
            }
        }
        return best.values.sorted { $0.score > $1.score || ($0.score == $1.score && $0.entity.id < $1.entity.id) }
    }

    /// The words of alias `a`'s entity when the alias is a unit's name of common words
    /// (`DescriptiveUnitName.ownWords`); nil otherwise. Made with the alias's forms for an
    /// entity filed under no parent; for one filed under some, here, where it is met (few
    /// are, and their parents' names are looked up only then).
    private func unitOwnWords(of a: Int) -> Set<String>? {
        if let own = aliasForms.withValue(a, { $0.pointee.unitOwnWords }) { return own }
        guard hierarchy.depth(of: Int(index.aliases[a].entity)) > 0 else { return nil }
        return DescriptiveUnitName.ownWords(of: a, index: index, verifier: verifier)
    }

    /// A short all-capital single word: an acronym, which says little without its context.
    static func isAcronym(_ text: some StringProtocol) -> Bool {
        // Bytes, not scalars: an acronym is ASCII, and a string's byte count is at hand
        // where its scalars must be counted (a matcher asks this of every alias).
        let bytes = text.utf8
        return (2...6).contains(bytes.count) && bytes.allSatisfy { (65...90).contains($0) || (48...57).contains($0) || $0 == 45 }
    }

    /// True if `word` stands in `text` as a whole word, case kept unless `caseInsensitive`.
    static func containsWord(_ word: String, in text: String, caseInsensitive: Bool = false) -> Bool {
        asciiContainsWord(word, in: text, caseInsensitive: caseInsensitive)
            ?? (mayHoldBytes(of: word, in: text) && foundationContainsWord(word, in: text, caseInsensitive: caseInsensitive))
    }

    /// `containsWord` for any text, with Foundation's search.
    static func foundationContainsWord(_ word: String, in text: String, caseInsensitive: Bool) -> Bool {
        var search = text.startIndex..<text.endIndex
        while let range = text.range(of: word, options: caseInsensitive ? [.caseInsensitive] : [], range: search) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !(before?.isLetter ?? false) && !(before?.isNumber ?? false) && !(after?.isLetter ?? false)
                && !(after?.isNumber ?? false) { return true }
            search = range.upperBound..<text.endIndex
        }
        return false
    }

    /// False when Foundation's search cannot find `word` in `text`: an ASCII word of
    /// letters none of which a character outside ASCII folds or decomposes to (k: the
    /// Kelvin sign; s: the long s, ß and the st ligatures; f: the f ligatures), whose
    /// letters the text's bytes do not hold in a row, ASCII case aside. A matcher's set-up
    /// asks this of every alias not in ASCII (Xi'an Technological University's adjective),
    /// where Foundation's search took some 15,000 instructions a call.
    static func mayHoldBytes(of word: String, in text: String) -> Bool {
        let w = Array(word.utf8)
        guard !w.isEmpty, w.allSatisfy({ ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) && !"ksf".utf8.contains($0 | 0x20) }) else { return true }
        return ByteSearch.end(of: w, in: text, foldingCase: true) != nil
    }

    /// `containsWord` for an ASCII word in an ASCII text, by their bytes (Foundation's
    /// search took some 15,000 instructions a call); nil when either is not ASCII. In ASCII
    /// a Character is a byte (but CR LF), a letter is A–Z or a–z and a number 0–9, and case
    /// folds as in ASCII.
    static func asciiContainsWord(_ word: String, in text: String, caseInsensitive: Bool) -> Bool? {
        var (word, text) = (word, text)
        return word.withUTF8 { w -> Bool? in
            text.withUTF8 { t -> Bool? in
                // Carriage returns aside too: CR LF is one Character, which a search by bytes would cut.
                guard w.allSatisfy({ $0 < 0x80 && $0 != 0x0D }), t.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
                guard !w.isEmpty, w.count <= t.count else { return false }
                func folded(_ byte: UInt8) -> UInt8 { caseInsensitive && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
                // The scanner's table: non-zero for exactly the ASCII letters and digits.
                func isLetterOrDigit(_ byte: UInt8) -> Bool { Scanner.asciiWordBytes[Int(byte)] != 0 }
                var start = 0
                while start + w.count <= t.count {
                    guard (0..<w.count).allSatisfy({ folded(t[start + $0]) == folded(w[$0]) }) else { start += 1; continue }
                    let end = start + w.count
                    if (start == 0 || !isLetterOrDigit(t[start - 1])) && (end == t.count || !isLetterOrDigit(t[end])) { return true }
                    // The next search starts after this occurrence, as the search by Foundation does.
                    start = end
                }
                return false
            }
        }
    }

    func match(organisation mention: NormalizedText, country: String?, threshold: Double, limit: Int) -> [Match] {
        verify(organisation: mention, country: country, aliases: candidateAliases(organisation: mention, limit: limit), threshold: threshold)
    }

    /// The aliases an affiliation (or an organisation's name) is verified against: `limit`
    /// of them, more when more are held whole.
    func candidateAliases(organisation mention: NormalizedText, limit: Int = Matcher.organisationCandidates.limit) -> [Int32] {
        let grams = Grams.of(mention, loanWords: true)
        var found = index.candidates(grams: grams, among: .organisations, limit: limit,
                                     minimumContainment: Self.organisationCandidates.minimumContainment).map(\.alias)
        // The aliases its katakana readings may spell, which share no grams with them.
        if !Grams.loanWords(in: grams).isEmpty {
            let known = Set(found)
            found += loanWordCandidates.get.aliases(for: grams).filter { !known.contains($0) }
        }
        return found
    }

    /// Whether verifying these aliases alone (`verify(organisation:aliases:...)`) finds every
    /// hit of theirs that verifying all of a mention's candidates would: not when one is an
    /// acronym, which may count beside an organisation among the others, or alone only where
    /// none of another country is (`countsAlone`).
    func settlesAlone(_ aliases: [Int32]) -> Bool {
        !aliases.contains { aliasAcronyms[Int($0)] != nil }
    }

    /// The hits of an affiliation (or an organisation's name) among the given aliases (ids
    /// into `index.aliases`), as `match(organisation:...)` verifies its candidates: each
    /// alias is scored on its own, whatever the others are, but for an acronym printed alone,
    /// which may count beside an organisation among them, or alone where none is
    /// (`settlesAlone`, `countsAlone`).
    func verify(organisation mention: NormalizedText, country: String?, aliases: [Int32], threshold: Double) -> [Match] {
        guard !aliases.isEmpty else { return [] }
        // The mention's views are made only once an alias may reach the threshold against
        // its words (most candidates of most affiliations cannot): by their signature first.
        var views: [View]?
        // Candidates are verified down to the default threshold at least, whatever this one:
        // a named organisation there is an acronym's partner (below), and the evidence must be
        // the same in `eval`'s sweep as in a screen at any of its thresholds.
        let verifyFloor = min(threshold, Self.defaultThreshold)
        let signature = verifyFloor > 0 ? verifier.mentionSignature(mention) : nil
        let han = Verifier.hanSegments(mention)
        let evidence = CountryEvidence.country(of: mention, stated: country)
        let partyCountry = country
        var best: [Int32: Match] = [:]
        // Acronyms printed in a text that shows no country and not their seat, tried again
        // once the named organisations are verified: one that an organisation of its own
        // country stands beside, in another segment, counts (Aix Marseille University,
        // CNRS); one inside such a name is its word (OSK Propulsion, BSVT-New Technologies).
        var awaitingPartner: [Int32] = []
        var partners: [String: [(name: String, segment: Int)]] = [:]
        func consider(_ candidate: Int32, partners beside: [(name: String, segment: Int)]? = nil, alone: Bool = false) {
            // Fields are read in place: copying an alias or entity per candidate would touch
            // shared reference counts from every thread.
            let a = Int(candidate)
            let e = Int(index.aliases[a].entity)
            // A body named in names' vocabulary, met whole in a text of its country: the one
            // way such a name is met, shared by other countries' bodies or not.
            let countryBody = evidence.flatMap { evidence in
                aliasForms.withValue(a) { $0.pointee.countryBody }.flatMap {
                    CountryBodyName.verification($0, country: index.country(of: e) ?? "", in: mention, evidence: evidence)
                }
            }
            guard !aliasIsAmbiguousShortForm[a] || countryBody != nil, !aliasIsPlace[a] else { return }
            if beside == nil, !alone, let acronym = aliasAcronyms[a], !self.acronym(a, hasEvidenceIn: mention, evidence: evidence) {
                // Printed, with no country in the text: it may count beside an organisation of its own.
                if evidence == nil, Self.containsWord(String(acronym), in: mention.original) { awaitingPartner.append(candidate) }
                return
            }
            var homePlace: String?
            var result = aliasForms.withValue(a) { forms -> Verification in
                // A name other entries share is not verified by its words.
                if let countryBody, aliasIsAmbiguousShortForm[a] { return countryBody }
                if let name = forms.pointee.wholeSegment?.value {
                    let whole = Self.wholeSegmentName(name.words, legalForm: name.legalForm, printed: name.printed, in: mention)
                    // A one-word name inside a longer segment, with its entry's place in the
                    // text: verified as any other name.
                    guard whole.score == 0, name.words.count == 1,
                          let place = name.homePlaces.first(where: { Self.containsWord($0, in: mention.original, caseInsensitive: true) })
                    else { return whole }
                    homePlace = place
                }
                if let signature, forms.pointee.han == nil || han.isEmpty,
                   !forms.pointee.views.contains(where: { Verifier.mayBeat(verifyFloor - 1e-9, $0, signature: signature) }) {
                    return Verification(score: 0)
                }
                let mentionViews = views ?? verifier.mentionViews(mention)
                views = mentionViews
                // Scores below the threshold are dropped below, and the country's factor only lowers one.
                // A name of common words only counts in a text that prints a company's legal
                // form, as a Latin one does (`wholeSegmentName`).
                let aliasHan: HanName = forms.pointee.han?.value ?? (text: "", onlyWhole: false, kanaOnly: false)
                let hanName = aliasHan.onlyWhole && !mention.printsCompanyForm ? "" : aliasHan.text
                return verifier.verify(aliasHan: hanName, hanOnlyWhole: aliasHan.onlyWhole,
                                       views: aliasHan.kanaOnly && mention.tokens.contains { $0.script == .han }
                                           ? [] : forms.pointee.views,
                                       mentionViews: mentionViews,
                                       mentionHan: han, mentionCountry: evidence?.code, floor: verifyFloor)
            }
            // Where its words alone do not meet it in full: met whole with its country, the
            // name has no more to say (one with views that do keeps their account).
            if let countryBody, result.score < countryBody.score { result = countryBody }
            guard result.score > 0 else { return }
            let partner = beside.flatMap { beside in
                result.placement.lastSegment.flatMap { segment in beside.first { $0.segment != segment }?.name }
            }
            if beside != nil && partner == nil { return }
            let placeNote = homePlace.map { "; a word many names hold, met inside a longer segment with its entry's place “\($0)” in the text" } ?? ""
            var countryNote = ""
            // Where the list gives none, another list's entry of the same name may
            // (`InferredCountries`): it counts as listed, and the explanation says whose it is.
            // A reviewer weighs a hit on an entry with no country (the Pentagon's 1286 list
            // gives none) by the text's: said, not scored; and one taken from another
            // entry, where the text's agrees, by whose it is.
            if let evidence {
                let country = index.country(of: e)
                // In a text of several organisations, each with its address, the country
                // after the name's segment is its own, not the last one printed.
                let own = partyCountry == nil && country.map { CountryEvidence.contradicts(listed: $0, evidence: evidence.code) } == true
                    ? result.placement.lastSegment.flatMap { CountryEvidence.country(of: mention, after: $0) } : nil
                if let listed = country, let own, !CountryEvidence.contradicts(listed: listed, evidence: own.code) {
                    countryNote = "; the country printed after it, \(own.code) (\(own.why)), is its own; the text's \(evidence.code) is another organisation's"
                } else if let listed = country, CountryEvidence.contradicts(listed: listed, evidence: evidence.code), !alias(a, holds: evidence.word) {
                    // A company's name with a country's name after it is its office or
                    // subsidiary there (SenseTime Japan): the country does not make it
                    // another organisation, as it does a university's or an institute's
                    // (東北大学 in Sendai is not 东北大学 in Shenyang).
                    let subsidiary = result.regionAfterCompany
                    let factor = subsidiary ? Self.subsidiaryAbroadFactor : 0.5
                    result.score *= factor
                    countryNote = "; country differs: \(evidence.code) (\(evidence.why)) vs "
                        + (index.inferredCountries[e].map { "\($0.country), as \($0.fromID) of the same name is listed (its own list gives none)" }
                            ?? "listed \(listed)")
                        + (subsidiary ? ", the company's office or subsidiary there" : "")
                        + String(format: " (×%.2f)", factor)
                } else if country == nil {
                    countryNote = "; the list gives no country, the mention's is \(evidence.code) (\(evidence.why))"
                } else if let inferred = index.inferredCountries[e] {
                    countryNote = "; the list gives no country, the mention's \(evidence.code) is that of \(inferred.fromID) of the same name"
                }
            }
            var unitNote = ""
            let unitWords = unitOwnWords(of: a)
            // An entity a registry files under a parent is its parent's unit where the text
            // names that parent: its names' words are no other institution's.
            if let segment = result.placement.lastSegment, let own = unitWords,
               let other = DescriptiveUnitName.otherInstitution(after: segment, in: mention, verifier: verifier, own: own).flatMap({ other in
                   hierarchy.depth(of: e) == 0 ? other
                       : DescriptiveUnitName.otherInstitution(after: segment, in: mention, verifier: verifier, own: own.union(ancestors.words(of: e)))
               }) {
                result.score *= DescriptiveUnitName.factor
                unitNote = String(format: "; a unit's name of common words, printed before another institution, “%@”: its unit (×%.2f)",
                                  other, DescriptiveUnitName.factor)
            }
            // Such a name printed with a town of its country that its entry's address does
            // not name is another institution's of that name (`ListedTown`). Asked only of a
            // score that may count: the factor only lowers one.
            if unitWords != nil, result.score >= verifyFloor, let country = index.country(of: e),
               let away = ListedTown.elsewhere(in: mention.original, entity: index.entities[e], country: country) {
                result.score *= ListedTown.factor
                unitNote += String(format: "; a name many institutions hold, printed with “%@”, a town of %@ its entry's address does not name (listed at “%@”) (×%.2f)",
                                   away.printed, country, away.listed, ListedTown.factor)
            }
            let score = min(1, result.score)
            if aliasAcronyms[a] == nil, score >= Self.defaultThreshold, let country = index.country(of: e),
               let segment = result.placement.lastSegment {
                partners[country, default: []].append((index.entities[e].name, segment))
            }
            // Of an entity's hits at one score, its name's before its acronym's, then the one
            // printed later (an acronym opening a unit's name comes before its full name).
            guard score >= threshold, best[Int32(e)].map({ kept in
                kept.score < score || (kept.score == score && (kept.placement.isShort != result.placement.isShort ? kept.placement.isShort
                    : (result.placement.lastSegment ?? -1) > (kept.placement.lastSegment ?? -1)))
            }) ?? true else { return }
            let alias = index.aliases[a]
            let entity = index.entities[e]
            // An acronym that counted with no country in the text counted by its seat's city,
            // beside an organisation of its country, or alone as its only holder's with parts.
            var seatNote = ""
            if aliasAcronyms[a] != nil && evidence == nil {
                if let partner {
                    seatNote = "; an acronym, counted beside “\(partner)”, an organisation of its country, in the text"
                } else if alone {
                    seatNote = "; an acronym, counted alone: of the organisations the lists give it to, only this one has parts listed (\(establishedAcronymMembers[a]))"
                } else if let seat = RORRegistry.seat(of: entity) {
                    seatNote = "; an acronym, counted with the city it is seated in, “\(seat)”, in the text"
                }
            }
            let explanation = "“\(alias.listedText)” [\(entity.list)]\(marking(of: alias, note: aliasNotes[a])): " + result.account + placeNote + seatNote + countryNote + unitNote
                + String(format: "; score %.2f", score)
            best[Int32(e)] = Match(entity: entity, alias: alias.listedText, score: score, explanation: explanation,
                                   placement: result.placement.with(printedAsListed: Self.containsWord(alias.text, in: mention.original,
                                                                                                       caseInsensitive: true),
                                                                    primaryName: alias.isPrimary, depth: hierarchy.depth(of: e),
                                                                    members: hierarchy.members(of: e), funder: entityIsFunder[e]))
        }
        for candidate in aliases { consider(candidate) }
        // An acronym that names several entries of the country (INSA: five institutes) says
        // none of them.
        let acronymsBeside = awaitingPartner.compactMap { candidate -> (alias: Int32, acronym: Substring, entity: Int32, partners: [(name: String, segment: Int)])? in
            let entity = index.aliases[Int(candidate)].entity
            guard let country = index.country(of: Int(entity)), let found = partners[country],
                  let acronym = aliasAcronyms[Int(candidate)] else { return nil }
            return (candidate, acronym, entity, found)
        }
        let entitiesPerAcronym = Dictionary(grouping: acronymsBeside, by: \.acronym).mapValues { Set($0.map(\.entity)).count }
        for item in acronymsBeside where entitiesPerAcronym[item.acronym] == 1 { consider(item.alias, partners: item.partners) }
        // Where the text names no organisation at all (of its own country, the acronym was
        // decided above; of another, it does not count), one counts alone as the only
        // holder's with parts (`establishedAcronyms`), but where another holder's seat is printed.
        if partners.isEmpty {
            for candidate in awaitingPartner where countsAlone(Int(candidate), in: mention) { consider(candidate, alone: true) }
        }
        return best.values.sorted { $0.score > $1.score || ($0.score == $1.score && $0.entity.id < $1.entity.id) }
    }

    /// Whether an alias's Han or kana are common words only, a company's name that says
    /// what it does and not who it is (the export-ban lists' 株式会社科学研究 "scientific
    /// research", 有限会社センター "Center"): fewer than three words in translation, each
    /// the organisation vocabulary's or generic, as a Latin view needs (`aliasViews`), or
    /// katakana made of such words (`OrganisationKinds.katakanaWords`). Contained in a
    /// longer name (核融合科学研究所, 国際日本文化研究センター) they are that name's words.
    static func isCommonHan(_ han: String, _ normalized: NormalizedText, verifier: Verifier) -> Bool {
        if isKatakanaWords(han[...]) { return true }
        guard let translation = normalized.forms.first(where: { $0.kind == .translation }) else { return false }
        let words = translation.tokens.filter { $0.utf8.count >= 3 }
        return words.count < 3 && words.allSatisfy { !verifier.facts($0).flags.isDisjoint(with: [.generic, .vocabulary, .digits]) }
    }

    /// Whether `kana` is one or more of `OrganisationKinds.katakanaWords` written together
    /// (エンジニアリングセンター, engineering center).
    static func isKatakanaWords(_ kana: Substring) -> Bool {
        kana.isEmpty || OrganisationKinds.katakanaWords.contains { kana.hasPrefix($0) && isKatakanaWords(kana.dropFirst($0.count)) }
    }

    /// How many of the registry's names (`WordWeights`) must hold a word for a one-word name
    /// of it to be met only as a whole segment (`wholeSegmentName`).
    static let commonWordNames = 20

    /// How many loaded entities must name a society as their parent for an institute named
    /// by its words to stand for it (`View.namesSocietyOfInstitutes`): the partial ROR
    /// registry's Max Planck Society, Leibniz Association and Fraunhofer-Gesellschaft have
    /// dozens, a society with a unit or two is not one of institutes.
    static let societyMembers = 5

    /// For each entity, the text hashes of the words of the city a registry seats it in
    /// (`RORRegistry.seat(of:)`; empty for the others, and no entry at all when none has
    /// one), as the matching form prints a place: folded to lower case without accents
    /// (Zürich, zurich). Folded, not normalized: GeoNames writes its cities in Latin
    /// letters, and normalizing the registry's cities on the worker threads raised a
    /// screen's peak memory by 18 MiB (2026-12-04).
    static func seatWords(of entities: [ListedEntity]) -> [[UInt64]] {
        var byCity: [String: [UInt64]] = [:]
        var words: [[UInt64]] = []
        words.reserveCapacity(entities.count)
        var any = false
        for entity in entities {
            guard let city = RORRegistry.seat(of: entity) else { words.append([]); continue }
            any = true
            if let known = byCity[city] { words.append(known); continue }
            let hashes = CaseAndAccentFolding.foldedWords(city).map { Grams.hash(.token, String($0)) }
            byCity[city] = hashes
            words.append(hashes)
        }
        return any ? words : []
    }

    /// What a reviewer should know of two agreeing names' generational suffixes (Jr., Sr.,
    /// III), which names are read without: said, not scored, since a father and a son may
    /// share a name and a list or a paper may leave the suffix out.
    static func suffixNote(_ name: String, listed: String) -> String {
        switch (Normalizer.generationalSuffix(of: name), Normalizer.generationalSuffix(of: listed)) {
        case let (printed?, given?) where Normalizer.foldedSuffix(printed[...]) != Normalizer.foldedSuffix(given[...]):
            return "; generational suffixes differ: \(printed) here, \(given) listed (a father and a son may share a name)"
        case let (nil, given?):
            return "; the listed name's generational suffix, \(given), is not printed"
        default:
            return ""
        }
    }

    /// Whether a company's name is two words that many organisations' names hold, of names'
    /// vocabulary or by the registry's table (Innovation and Technologies LLC, which met
    /// Baylor College of Medicine's Department of Education, Innovation and Technology): like
    /// a name of vocabulary alone (`Verifier.aliasViews`), it names the company only as a
    /// whole segment with a company's legal form in the text (`wholeSegmentName`).
    static func isCompanyOfCommonWords(_ words: [String], verifier: Verifier) -> Bool {
        words.count == 2 && words.allSatisfy { word in
            Normalizer.vocabularyWords.contains(word) || OrganisationKinds.generic.contains(word)
                || isCommonWord(word, weights: verifier.weights)
        }
    }

    /// Whether `word` is one that many organisations' names hold (`commonWordNames` or more
    /// of the registry's): a one-word name of it (Zhiyuan, Brain, Coastal) says which
    /// organisation only standing alone. Without the word weights' table, none is.
    static func isCommonWord(_ word: String, weights: WordWeights?) -> Bool {
        (weights?.namesHolding(word) ?? 0) >= commonWordNames
    }

    /// The places an entry's address (`remarks`) prints (`AddressPlaces.places(in:)`) that
    /// say where it stands: not a country, nor a place many organisations' names hold
    /// (`isCommonWord`: Beijing, Moscow, Shanghai, where thousands of organisations stand).
    /// Ryazan for JSC Plasma, not Russia.
    static func homePlaces(_ remarks: String, weights: WordWeights?) -> [String] {
        AddressPlaces.places(in: remarks).filter { place in
            !AddressPlaces.isCountry(place)
                && !place.split(whereSeparator: { !$0.isLetter }).contains { isCommonWord(String($0), weights: weights) }
        }.sorted()
    }

    /// The words a listed name prints, as printed, but those `leaving` holds (folded: lower
    /// case, without accents): Aero and Systems of Aero Systems, Inc., its legal form's words
    /// left.
    static func printedWords(of alias: String, leaving: Set<String>) -> [String] {
        alias.split { !$0.isLetter && !$0.isNumber }.map(String.init)
            .filter { !leaving.contains(CaseAndAccentFolding.folded($0)) }
    }

    /// Whether `alias` prints the words of its matching form (`words`), each as a word of
    /// its own or the start of one (Electronics for electronic), or its plural in -ies
    /// (Technologies for technology): not an abbreviation the normalizer spelt out (Info
    /// Tech, which as "information technology" would meet every department of that name).
    static func printsItsWords(_ alias: String, _ words: [String]) -> Bool {
        // Two words or more, one of three letters or more: one word, or a letter pair (CA,
        // Inc., met in every Californian address), is no name; letters beside a word are
        // (LL Electronic Limited, ZM International Company Ltd., S&D Industry Ltd.).
        guard words.count >= 2, words.contains(where: { $0.count >= 3 }) else { return false }
        let printed = CaseAndAccentFolding.foldedWords(alias)
        return words.allSatisfy { word in
            printed.contains { $0.hasPrefix(word) || (word.hasSuffix("y") && $0.hasSuffix("ies") && $0.hasPrefix(word.dropLast())) }
        }
    }

    /// A name that says too little to be met inside a longer segment, where its words name
    /// departments, divisions and a university's colleges: a company's name of common words
    /// only (China Electronics Corporation, Defense Systems Corporation: two words of names'
    /// vocabulary and a legal form; `Verifier.aliasViews` gives it no view), or a name of one
    /// word that many organisations' names hold (`isCommonWord`: Zhiyuan, an alias of the
    /// Beijing Academy of Artificial Intelligence, in Zhiyuan College, Shanghai Jiao Tong
    /// University; Brain Corp in Brain Center, University Medical Center Utrecht). A segment
    /// that is the name and nothing else, legal form and a unit's numbers and code aside, names the
    /// entry, and is a hit; with `legalForm`, only in a mention that names a company (prints
    /// a company's legal form, not only a Japanese corporation's: `printsCompanyForm`). Registries' departments of common words (ROR's Department of
    /// Biological Sciences) have no legal form: as whole segments, without the legal forms
    /// asked, they added 664 false hits to the Crossref gold's every-hit count and 266 to
    /// S2AFF's. A one-word name with a place of its entry's address in the text is verified
    /// as any other (`homePlaces`, in `verify`). With `printed`, the mention must also print
    /// those words as words of its own.
    static func wholeSegmentName(_ words: [String], legalForm: Bool, printed: [String] = [], in mention: NormalizedText) -> Verification {
        guard !legalForm || mention.printsCompanyForm,
              printed.allSatisfy({ containsWord($0, in: mention.original, caseInsensitive: true) }) else { return Verification(score: 0) }
        // A name that holds a number (3-K Electronics Limited) is met with it; beside any
        // other, numbers and codes are a unit's (INSERM 1052, Inserm U955), not words.
        guard let segment = wholeSegment(printing: words, in: mention, keepingNumbers: words.contains(where: hasDigits)) else {
            return Verification(score: 0)
        }
        let form = words.joined(separator: " ")
        let kind = words.count == 1 ? "a word many names hold" : "common words only"
        return Verification(score: 1, placement: Match.Placement(lastSegment: segment, aliasLength: form.count),
                            describe: { "alias matching form “\(form)”, \(kind), met the whole of segment \(segment + 1)" })
    }

    /// The first segment of `mention` whose words are `words` and no other, its numbers left
    /// out unless `keepingNumbers`, and with them the kind of unit a number is a code of
    /// (`unitCodeKinds`: CNRS UMR 7196, INSERM U1154); nil when none is.
    static func wholeSegment(printing words: [String], in mention: NormalizedText, keepingNumbers: Bool) -> Int? {
        let tokens = mention.tokens
        var start = 0
        while start < tokens.count {
            var end = start
            while end < tokens.count && tokens[end].segment == tokens[start].segment { end += 1 }
            let segment = tokens[start..<end]
            let named = segment.indices.filter { t in
                keepingNumbers || !(hasDigits(segment[t].text) || isUnitCodeKind(at: t, of: segment))
            }
            if named.count == words.count && zip(named, words).allSatisfy({ segment[$0].text == $1 }) { return segment[start].segment }
            start = end
        }
        return nil
    }

    /// The kinds of French research units printed before their number, as a research body
    /// and a university name their joint units (CNRS UMR 5558, CNRS UPR 3212, IRD UMR 123):
    /// a code's words, not the body's name.
    static let unitCodeKinds: Set<String> = ["umr", "usr", "upr", "ums", "umi", "uar", "fre", "erl", "irl"]

    /// Whether the token at `position` of `segment` is a unit's kind before its number, or
    /// after its body's name with no number printed (CNRS UMR).
    private static func isUnitCodeKind(at position: Int, of segment: ArraySlice<Token>) -> Bool {
        guard unitCodeKinds.contains(segment[position].text) else { return false }
        return position + 1 == segment.endIndex || hasDigits(segment[position + 1].text)
    }

    private static func hasDigits(_ word: String) -> Bool { word.utf8.contains { $0 >= 0x30 && $0 <= 0x39 } }

    /// Whether the alias's own words hold `word` (Korea in Korea Ryonbong General Corp.):
    /// then the word is the name's, not evidence of where the mention stands.
    private func alias(_ a: Int, holds word: String?) -> Bool {
        guard let word else { return false }
        // A Han word inside a run of Han, which is one token.
        let han = word.unicodeScalars.first.map { $0.value >= 0x2E80 } ?? false
        let normalized = index.normalized(alias: a)
        return normalized.tokens.contains { $0.text == word || (han && $0.text.contains(word)) } || normalized.legalForms.contains(word)
    }

    /// What an explanation says of the alias after its text: where enrichment found it
    /// (`note`) or that it is an alias, not the name, and the German spelling it met in.
    private func marking(of alias: EntityIndex.Alias, note: String?) -> String {
        // An acronym that ends the name is indexed as no primary name, but comes from it.
        let fromName = alias.isPrimary || alias.derivation.map { derivation in
            if case .acronymInBrackets(let listed) = derivation { return index.entities[Int(alias.entity)].name == listed }
            return false
        } == true
        var parts = [note ?? (fromName ? nil : "alias")].compactMap { $0 }
        switch alias.derivation {
        case .germanSpelling: parts.append("in German spelling “\(alias.text)”")
        case .placeLeftOut: parts.append("without its place, as “\(alias.text)”")
        case .seatLeftOut: parts.append("without its seat's city, as “\(alias.text)”")
        case .honoreeLeftOut: parts.append("without whom it is named after, as “\(alias.text)”")
        case .initialsLeftOut: parts.append("without its namesake's initials, as “\(alias.text)”")
        case .academyLeftOut: parts.append("without its academy, as “\(alias.text)”")
        case .researchArmLeftOut: parts.append("without its research arm, as “\(alias.text)”")
        case .bracketsLeftOut: parts.append("without the words in brackets, as “\(alias.text)”")
        case .parentLeftOut: parts.append("without what follows its acronym, as “\(alias.text)”")
        case .namedInBrackets: parts.append("the other name in its brackets, “\(alias.text)”")
        case .otherNameLeftOut: parts.append("without the other name it gives, as “\(alias.text)”")
        case .namedAfterMark: parts.append("the other name it gives, “\(alias.text)”")
        case .addressLeftOut: parts.append("without the address it gives, as “\(alias.text)”")
        case .partyNamed: parts.append("one of the parties it names, “\(alias.text)”")
        case .subordinateNamed: parts.append("as it names the subordinate or the group, “\(alias.text)”")
        case .unitFirst: parts.append("with its unit first, as “\(alias.text)”")
        case .parentAcronym: parts.append("with its group's acronym, as “\(alias.text)”")
        case .acronymInBrackets: parts.append("the acronym in its brackets, “\(alias.text)”")
        case .hanShortened: parts.append("in its short form, “\(alias.text)”")
        case .chinaOrChinese: parts.append("as “\(alias.text)”")
        case .statusLeftOut: parts.append("without the status before its name, as “\(alias.text)”")
        case .academyAbbreviated: parts.append("with its academy's acronym, as “\(alias.text)”")
        case .academyAfter: parts.append("with its academy's name after it, as “\(alias.text)”")
        case nil: break
        }
        return parts.isEmpty ? "" : " (" + parts.joined(separator: ", ") + ")"
    }
}
