/// What the index takes of one listed entity: the partitions its spellings stand in and the
/// grams of each spelling. Made by the normalizer (`of(_:normalizer:)`), which is most of an
/// index's build, or kept from an earlier build: a rescan's state store keeps them by the
/// entity's content hash, so a revision normalizes only the entries it added or changed.
public struct IndexedForms: Sendable, Equatable {
    /// The forms as a store keeps them, and as they are read: the partitions as bits
    /// (`partitionBits`), the number of spellings, then each spelling's gram count and grams.
    /// One array per entity: a rescan reads the forms of every listed entry, and an array
    /// for each spelling's grams was tens of thousands more to allocate and free.
    public let packed: [UInt64]

    /// Forms of an entity whose spellings stand in `partitions`, with the grams of each
    /// spelling (`Grams.of` of its normalized forms, in `spellings(of:)` order).
    public init(partitions: [EntityIndex.Partition], grams: [[UInt64]]) {
        var packed: [UInt64] = [partitions.reduce(0) { $0 | Self.bit($1) }, UInt64(grams.count)]
        packed.reserveCapacity(2 + grams.count + grams.reduce(0) { $0 + $1.count })
        for list in grams {
            packed.append(UInt64(list.count))
            packed += list
        }
        self.packed = packed
    }

    /// Forms from their packing (`packed`); nil when it is cut short or malformed.
    public init?(packed: [UInt64]) {
        guard packed.count >= 2, packed[0] & ~3 == 0, packed[0] != 0 else { return nil }
        var position = 2
        for _ in 0..<packed[1] {
            guard position < packed.count, packed[position] <= UInt64(packed.count - position - 1) else { return nil }
            position += 1 + Int(packed[position])
        }
        guard position == packed.count else { return nil }
        self.packed = packed
    }

    /// See `EntityIndex.Partition.of(_:normalizer:)`.
    public var partitions: [EntityIndex.Partition] { EntityIndex.Partition.allCases.filter { packed[0] & Self.bit($0) != 0 } }

    /// The partitions as bits: 1 for organisations, 2 for persons.
    var partitionBits: UInt8 { UInt8(packed[0]) }

    /// How many spellings the forms are of.
    var spellingCount: Int { Int(packed[1]) }

    /// The grams (`Grams.of`) of each of the entity's spellings, in `spellings(of:)` order.
    public var grams: [[UInt64]] {
        var grams: [[UInt64]] = []
        forEachSpellingGrams { grams.append(Array($0)) }
        return grams
    }

    /// Calls `body` with each spelling's grams, in order, read in place.
    func forEachSpellingGrams(_ body: (UnsafeBufferPointer<UInt64>) -> Void) {
        packed.withUnsafeBufferPointer { all in
            var position = 2
            for _ in 0..<all[1] {
                let end = position + 1 + Int(all[position])
                body(UnsafeBufferPointer(rebasing: all[(position + 1)..<end]))
                position = end
            }
        }
    }

    /// How many grams the forms hold, over all spellings.
    var gramCount: Int { packed.count - 2 - spellingCount }

    /// One spelling the index holds of an entity.
    public struct Spelling: Sendable {
        /// The spelling as indexed.
        public let text: String
        /// True for the entity's name and what is made from it, but for the acronym that
        /// ends it (`BracketedName`).
        public let primary: Bool
        /// How it was made from a listed spelling; nil for the list's own.
        public let derivation: EntityIndex.Alias.Derivation?

        /// The listed spelling it was made from; nil for the list's own.
        public var listed: String? { derivation?.listed }
    }

    /// The spellings of an entity the index holds: its name, then its aliases, each once,
    /// empty ones left out; `primary` for the name. A spelling with German umlauts or ß is
    /// followed by its transliteration (Würzburg, Wuerzburg): folded to u, ü no longer meets
    /// the ue that affiliations print for it. An organisation's university named with its
    /// place, or any organisation's name ending in the city a registry seats it in, is followed
    /// by the name without it (`PlaceQualifiedName`), a name that runs on into its address by
    /// the name before it (`ListedAddress`), one that names several parties by each
    /// (`ListedParties`), a subordinate named after its parent or a group
    /// with its subsidiaries by its own name (`SubordinateName`), a numbered unit written after
    /// its parent group by the unit first, and with the group's acronym its names give
    /// (`UnitOfParent`), a name that says whom it is named after
    /// by the name without the honoree (`NamedAfter`), a name with an
    /// acronym or another name in brackets by the name without them, the other name and the
    /// acronym that ends it (`BracketedName`) or that it gives the name inside a longer
    /// spelling (`OwnAcronym`), a Han name written in full by its short form
    /// (`HanAbbreviation`), an academy's name opening with China by the same with Chinese
    /// and the other way round (`ChinaOrChinese`), an institute listed with its academy by
    /// its own name (`AcademyInstitute`), and any organisation's spelling that opens with its
    /// namesake's initials by the same without them (`NamesakeInitials`).
    public static func spellings(of entity: ListedEntity) -> [Spelling] {
        var spellings: [Spelling] = []
        spellings.reserveCapacity(entity.aliases.count + 1)
        forEachSpelling(of: entity) { spellings.append(Spelling(text: $0, primary: $1, derivation: $2)) }
        return spellings
    }

    /// `spellings(of:)` of each entity, in order, made on `threads` threads.
    static func spellings(of entities: [ListedEntity], threads: Int) -> [[Spelling]] {
        ParallelMap.map(entities, threads: threads) { spellings(of: $0) }
    }

    private static func forEachSpelling(of entity: ListedEntity, _ body: (String, Bool, EntityIndex.Alias.Derivation?) -> Void) {
        // A spelling the list also gives as it is (Wuerzburg beside Würzburg) is indexed once.
        func listedToo(_ text: String) -> Bool { text == entity.name || entity.aliases.contains(text) }
        let seat = RORRegistry.seat(of: entity)
        let names = [entity.name] + entity.aliases
        lazy var groupAcronyms = UnitOfParent.groupAcronyms(in: names)
        var madeWithGroupAcronym: Set<String> = []
        func each(_ text: String, primary: Bool) {
            body(text, primary, nil)
            if let german = GermanSpelling.transliterated(text), !listedToo(german) {
                body(german, primary, .germanSpelling(of: text))
            }
            // The rest are organisations' names only.
            guard entity.kind != .person else { return }
            // Each spelling made below, and the listed one, also without its namesake's
            // initials (`NamesakeInitials`), each such once.
            var madeWithoutInitials: [String] = []
            func withoutInitials(_ spelling: String, _ primary: Bool) {
                guard let short = NamesakeInitials.withoutInitials(spelling), !listedToo(short), !madeWithoutInitials.contains(short) else { return }
                madeWithoutInitials.append(short)
                body(short, primary, .initialsLeftOut(of: text))
            }
            func made(_ spelling: String, _ primary: Bool, _ derivation: EntityIndex.Alias.Derivation) {
                body(spelling, primary, derivation)
                withoutInitials(spelling, primary)
            }
            withoutInitials(text, primary)
            if let short = PlaceQualifiedName.withoutPlace(text) {
                if !listedToo(short) { made(short, primary, .placeLeftOut(of: text)) }
            } else if let seat, let short = PlaceQualifiedName.withoutSeat(text, seat: seat), !listedToo(short) {
                made(short, primary, .seatLeftOut(of: text))
            }
            if let short = ListedAddress.withoutAddress(text), !listedToo(short) {
                made(short, primary, .addressLeftOut(of: text))
            }
            // Each party with its acronyms and other names in brackets left out too, as a
            // listed name's are (Engineering Research Laboratories of "Engineering Research
            // Laboratories (ERL);—Institute of Industrial Control Systems (IICS)").
            for party in ListedParties.parties(in: text) where !listedToo(party) {
                // An acronym keeps the acronym's rule, as one ending a name does.
                made(party, primary && !Matcher.isAcronym(party), .partyNamed(of: text))
                for case let (short, .bracketsLeftOut) in BracketedName.spellings(of: party) where !listedToo(short) {
                    made(short, primary, .partyNamed(of: text))
                }
            }
            // What a unit's spellings are made of below: the name the spelling gives for the
            // entry, without its brackets.
            var named: (text: String, withoutBrackets: String)?
            if let subordinate = SubordinateName.named(in: text) {
                if !listedToo(subordinate) { made(subordinate, primary, .subordinateNamed(of: text)) }
                named = (subordinate, subordinate)
                // Its acronyms in brackets left out as a listed name's are (Poly Technologies
                // Incorporated of "... (PTI), and its subunits and successors").
                for case let (short, .bracketsLeftOut) in BracketedName.spellings(of: subordinate) {
                    if !listedToo(short) { made(short, primary, .subordinateNamed(of: text)) }
                    named?.withoutBrackets = short
                }
            }
            if let short = NamedAfter.withoutHonoree(text), !listedToo(short) {
                made(short, primary, .honoreeLeftOut(of: text))
            }
            // Each asked once: the name without its brackets is asked only where these are nil.
            let withoutAcademy = AcademyInstitute.withoutAcademy(text), academyAbbreviated = AcademyInstitute.withAcademyAcronym(text)
            if let short = withoutAcademy, !listedToo(short) {
                made(short, primary, .academyLeftOut(of: text))
            }
            if let abbreviated = academyAbbreviated, !listedToo(abbreviated) {
                made(abbreviated, primary, .academyAbbreviated(of: text))
            }
            if let after = AcademyInstitute.withAcademyAfter(text), !listedToo(after) {
                made(after, primary, .academyAfter(of: text))
            }
            if let short = ResearchArm.withoutResearchArm(text), !listedToo(short) {
                made(short, primary, .researchArmLeftOut(of: text))
            }
            if let short = StatusBeforeName.withoutStatus(text), !listedToo(short) {
                made(short, primary, .statusLeftOut(of: text))
            }
            if let short = HanAbbreviation.shortened(text), !listedToo(short) {
                made(short, primary, .hanShortened(of: text))
            }
            if let other = ChinaOrChinese.varied(text), !listedToo(other) {
                made(other, primary, .chinaOrChinese(of: text))
            }
            var withoutBrackets = text
            for (derived, derivation) in BracketedName.spellings(of: text) where !listedToo(derived) {
                // The acronym of the name is not the name: it keeps the acronym's rule
                // however long (`Matcher.aliasAcronyms`).
                if case .acronymInBrackets = derivation { made(derived, false, derivation) } else { made(derived, primary, derivation) }
                if case .bracketsLeftOut = derivation { withoutBrackets = derived }
            }
            if let own = BracketedName.nameBeforeItsAcronym(text), own != withoutBrackets, !listedToo(own) {
                made(own, primary, .parentLeftOut(of: text))
            }
            // The institute without its academy, and with its acronym, of the name without its
            // brackets too (A.A. Kharkevich Institute for Information Transmission Problems
            // (IITP), Russian Academy of Sciences (RAS)).
            if withoutBrackets != text {
                if withoutAcademy == nil, let short = AcademyInstitute.withoutAcademy(withoutBrackets), !listedToo(short) {
                    made(short, primary, .academyLeftOut(of: text))
                }
                if academyAbbreviated == nil, let abbreviated = AcademyInstitute.withAcademyAcronym(withoutBrackets), !listedToo(abbreviated) {
                    made(abbreviated, primary, .academyAbbreviated(of: text))
                }
            }
            let unitFirst = UnitOfParent.unitFirst(named?.withoutBrackets ?? withoutBrackets)
            if let unitFirst, !listedToo(unitFirst) {
                made(unitFirst, primary, .unitFirst(of: text))
            }
            for short in UnitOfParent.withParentAcronym(named?.text ?? text) where !listedToo(short) && madeWithGroupAcronym.insert(short).inserted {
                made(short, primary, .parentAcronym(of: text))
            }
            // Only the unit's own spelling: its subordinates print the unit's brackets too.
            if named == nil {
                for short in UnitOfParent.withNumberedAcronym(text) where !listedToo(short) && madeWithGroupAcronym.insert(short).inserted {
                    made(short, primary, .parentAcronym(of: text))
                }
            }
            // The unit with the group's acronym its names give, as papers print it (The 28th
            // Research Institute of CETC): each spelling so made once for the entity. Asked
            // only of a spelling with a number, as all that are made of it are.
            if UnitOfParent.mayHoldNumber(text) {
                for unitOfGroup in [named?.withoutBrackets ?? withoutBrackets, unitFirst].compactMap({ $0 }) {
                    for short in UnitOfParent.withGroupAcronym(unitOfGroup, acronyms: groupAcronyms)
                    where !listedToo(short) && madeWithGroupAcronym.insert(short).inserted {
                        made(short, primary, .parentAcronym(of: text))
                    }
                }
            }
        }
        if !entity.name.isEmpty { each(entity.name, primary: true) }
        // Repeats found by a linear search while the aliases are few (most entries have a
        // handful, and a rescan asks this of every entry): a set hashed every one of them.
        let aliases = entity.aliases
        var seen: Set<String>? = aliases.count > 32 ? [entity.name] : nil
        for (k, text) in aliases.enumerated() where !text.isEmpty {
            if seen != nil {
                guard seen!.insert(text).inserted else { continue }
            } else if text == entity.name || aliases[..<k].contains(text) {
                continue
            }
            each(text, primary: false)
        }
        // An acronym its spellings give its name inside a longer one (`OwnAcronym`), kept as
        // one ending its name is.
        if entity.kind != .person {
            for (acronym, listed) in OwnAcronym.inside(names) { body(acronym, false, .acronymInBrackets(of: listed)) }
        }
    }

    /// The forms of `entity`, and the normalizer's forms of its spellings they were made from.
    public static func of(_ entity: ListedEntity, normalizer: Normalizer) -> (forms: IndexedForms, normalized: [NormalizedText]) {
        of(entity, spellings: spellings(of: entity), normalizer: normalizer)
    }

    /// `of(_:normalizer:)` from the entity's spellings, as `spellings(of:)` gives them.
    static func of(_ entity: ListedEntity, spellings: [Spelling], normalizer: Normalizer) -> (forms: IndexedForms, normalized: [NormalizedText]) {
        let normalized = spellings.map { normalizer.normalize($0.text, options: .allForms) }
        return (IndexedForms(partitions: EntityIndex.Partition.of(entity, normalizer: normalizer), grams: normalized.map(Grams.of)),
                normalized)
    }

    static func bit(_ partition: EntityIndex.Partition) -> UInt64 {
        switch partition {
        case .organisations: 1
        case .persons: 2
        }
    }
}
