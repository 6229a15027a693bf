/// Scores alias forms against mention forms. Token weights are fixed word weights (see
/// `WordWeights`), so missing a distinctive word (Electronic, Harbin) costs more than
/// missing a generic one, whatever else the lists hold. A class: as a struct it was copied
/// (its five references retained and released) for every candidate verified.
final class Verifier: Sendable {
    let index: EntityIndex
    let phonetic: PhoneticKeys
    /// The fixed word weights; nil only when the table is missing, and then the index's
    /// own IDF weights stand in.
    let weights: WordWeights?
    /// Which aliases have an order twin (`WordOrderTwins`), made when a comparison first
    /// needs to know: a rescan's index makes its aliases' forms on demand, and the table
    /// would have made them all (a quarter of a revision's rescan).
    let orderTwins: Lazy<[Bool]>

    /// Per entity, the words of its seat's city (see `init`); empty when none has one.
    let seatWords: [[UInt64]]
    /// The acronyms each entity's listed names print (`ownAcronymKey`): CASIC in the Entity
    /// List's "CASIC Second Academy", CAEP inside one of its entry's aliases; and the text
    /// hashes of the aliases that are acronyms, of any entity (AGH, the registry's acronym of
    /// the AGH University of Krakow). Made when an acronym is first met right before a name.
    let acronyms: Lazy<(own: Set<UInt64>, listed: Set<UInt64>)>
    /// The Han glossary, loaded when a Han name is first compared (nil without one): its
    /// places and common words (`placeBefore`).
    let glossary: @Sendable () -> Glossary?

    /// `seatWords`: for each entity of `index`, the text hashes of the words of the city a
    /// registry seats it in (`Matcher.seatWords(of:)`), which printed
    /// after its primary name say where, not who; empty when no entity has a seat.
    /// `unverifiedAliases`: the aliases the matcher never verifies (`Matcher.aliasIsAmbiguousShortForm`),
    /// which make no order twin of another name.
    /// `glossary`: the normalizer's, for a listed Han name printed after a place it does not
    /// hold (`compareHan`).
    init(index: EntityIndex, phonetic: PhoneticKeys, weights: WordWeights?, seatWords: [[UInt64]] = [], unverifiedAliases: [Bool] = [],
         glossary: @escaping @Sendable () -> Glossary? = { nil }) {
        self.index = index
        self.seatWords = seatWords
        self.glossary = glossary
        self.phonetic = phonetic
        self.weights = weights
        orderTwins = Lazy { WordOrderTwins.aliases(in: index, leavingOut: unverifiedAliases) }
        acronyms = Lazy { Self.acronyms(of: index.entities) }
    }

    /// The keys (`ownAcronymKey`) of the acronyms each entity's name and aliases print (an
    /// alias that is one, and each of its words of three to six capitals, and the words of
    /// three to six capitals in one of mixed case), and
    /// the text hashes of the aliases that are acronyms.
    static func acronyms(of entities: [ListedEntity]) -> (own: Set<UInt64>, listed: Set<UInt64>) {
        var own: Set<UInt64> = [], listed: Set<UInt64> = []
        for (e, entity) in entities.enumerated() {
            for name in [entity.name] + entity.aliases {
                if name.utf8.count >= 3 && Matcher.isAcronym(name) {
                    let hash = Grams.hash(.token, name.lowercased())
                    own.insert(ownAcronymKey(e, hash))
                    listed.insert(hash)
                    // Each of its words too, its parent's among them (RAS of "LPI RAS").
                    for word in name.split(whereSeparator: { $0 == " " || $0 == "-" }) where word != name[...]
                        && (3...6).contains(word.utf8.count) && word.allSatisfy({ $0.isASCII && $0.isUppercase }) {
                        own.insert(ownAcronymKey(e, Grams.hash(.token, word.lowercased())))
                    }
                }
                for word in capitalWords(in: name) { own.insert(ownAcronymKey(e, Grams.hash(.token, word))) }
            }
        }
        return (own, listed)
    }

    /// An entity's position and a word's text hash in one key.
    static func ownAcronymKey(_ entity: Int, _ textHash: UInt64) -> UInt64 {
        textHash &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(entity)
    }

    /// Kind words of an institution that a parent's acronym may stand before, its parent
    /// named with it (PLA Information Engineering University), not a unit's (an institute
    /// or a centre the acronym's owner has its own of).
    static let parentedKinds: Set<String> = ["university", "college", "academy", "polytechnic", "hospital"]

    /// The most a word that goes on with a name in its segment leaves of its score
    /// (`Comparison.extendedAfter`): as much as listed words in another order.
    static let goingOnFactor = 0.75

    /// The countries whose institutions print their names in Han characters.
    static let hanWritingCountries: Set<String> = ["CN", "TW", "HK", "MO", "JP"]

    func weight(of token: String) -> Double {
        if let weights { return weights.weight(of: token) }
        let w = index.weight(of: Grams.hash(.token, token))
        return w > 0 ? w : index.unseenTokenWeight
    }

    /// The memos of the words' facts the mentions' views were made of, one per thread:
    /// affiliations repeat their words (university, department, Beijing), and a word's facts
    /// take its two phonetic keys and three table lookups, thousands of instructions.
    let known = ThreadAffinePool { BoundedMemo<TokenFacts>(capacity: 100_000) }

    func info(_ token: String) -> TokenInfo {
        TokenInfo(text: token, facts: facts(token))
    }

    /// `info(_:)`, the facts found in `memo` when it holds them.
    func info(_ token: String, memo: BoundedMemo<TokenFacts>) -> TokenInfo {
        TokenInfo(text: token, facts: memo.value(of: token, make: facts))
    }

    /// What comparing `token` needs, worked out.
    func facts(_ token: String) -> TokenFacts {
        let letters = token.utf8.count >= 3 && token.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
        var flags = OrganisationKinds.flags[token] ?? []
        let generic = flags.contains(.generic)
        if token.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { flags.insert(.digits) }
        if Normalizer.vocabularyWords.contains(token) { flags.insert(.vocabulary) }
        let chinese = letters && !generic ? phonetic.chineseKey(token) : nil
        if chinese != nil && Self.isPinyinOnly(token) { flags.insert(.pinyinOnly) }
        if Self.chineseProvinceNames.contains(token) { flags.insert(.chineseProvince) }
        return TokenFacts(text: token, weight: weight(of: token), flags: flags,
                          japanese: letters && !generic ? phonetic.japanese(token) : nil,
                          chinese: chinese)
    }

    /// China's provinces and provincial-level cities as their names are romanized in
    /// English (Shaanxi, with its doubled a, apart from Shanxi).
    static let chineseProvinceNames: Set<String> = [
        "anhui", "fujian", "gansu", "guangdong", "guangxi", "guizhou", "hainan", "hebei", "heilongjiang", "henan",
        "hubei", "hunan", "jiangsu", "jiangxi", "jilin", "liaoning", "qinghai", "shaanxi", "shandong", "shanxi",
        "sichuan", "yunnan", "zhejiang", "ningxia", "xinjiang", "xizang", "beijing", "shanghai", "tianjin", "chongqing",
    ]

    /// Whether a romanization has letters Wade-Giles does not write: q, x, zh, a z not
    /// after t (tz), a c not before h (ch). Chongqing and Zhongjing (中京, a Japanese
    /// university's name read in pinyin) are then two names, where their keys are one.
    static func isPinyinOnly(_ token: String) -> Bool {
        var previous: UInt8 = 0
        for byte in token.utf8 {
            switch byte {
            case UInt8(ascii: "q"), UInt8(ascii: "x"): return true
            case UInt8(ascii: "z") where previous != UInt8(ascii: "t"): return true
            case UInt8(ascii: "h") where previous == UInt8(ascii: "c"): break
            default: if previous == UInt8(ascii: "c") { return true }
            }
            previous = byte
        }
        return previous == UInt8(ascii: "c")
    }

    /// The best pairing of the alias (its views precomputed) with the mention. A caller that
    /// keeps only scores of at least `floor` (a screen's threshold) may give it: a pairing
    /// that cannot reach it is then not aligned, and one scoring below it may read as 0.
    /// `mentionCountry`: the country the text states (`CountryEvidence`), if any, which
    /// stands for a listed name's last words naming it.
    func verify(aliasHan: String, hanOnlyWhole: Bool = false, views: [View], mentionViews: [View],
                mentionHan: [(segment: Int, text: String)], mentionCountry: String? = nil, floor: Double = 0) -> Verification {
        var best = Verification(score: 0)
        // Pairings are scored without their accounts, and one that cannot beat the best so
        // far stops early; the winner's account is written when asked for.
        // Views are read by index through buffer pointers, not copied by a for-in loop for
        // every pairing.
        var winnerIndices: (alias: Int, mention: Int)?
        // A hair below the floor, so that a pairing scoring it exactly still wins (sums added
        // in other orders may differ in the last bits).
        var winnerScore = floor > 0 ? floor - 1e-9 : 0.0
        var winnerRegionAfterCompany = false
        views.withUnsafeBufferPointer { views in
            mentionViews.withUnsafeBufferPointer { mentionViews in
                for a in views.indices {
                    for m in mentionViews.indices where !mentionViews[m].words.isEmpty {
                        let comparison = compare(views[a], mentionViews[m], mentionCountry: mentionCountry, toBeat: winnerScore,
                                                 recording: false)
                        if comparison.score > winnerScore {
                            winnerIndices = (a, m)
                            winnerScore = comparison.score
                            winnerRegionAfterCompany = comparison.regionAfterCompany
                        }
                    }
                }
            }
        }
        if let found = winnerIndices {
            // A name printed again in a later segment is placed there: an affiliation runs
            // to its institution, which `Match.ranksAbove` puts first (University College
            // London in "Centre for Medical Image Computing, University College London;
            // Dementia Research Centre, Institute of Neurology, University College London").
            // Ties lost above, as the first view met wins; looked for only for a winner.
            var segment = mentionViews[found.mention].lastSegment ?? Int.max
            for m in mentionViews.indices where mentionViews[m].isSegment
                && !mentionViews[m].spansSegments && (mentionViews[m].lastSegment ?? -1) > segment {
                let comparison = compare(views[found.alias], mentionViews[m], mentionCountry: mentionCountry,
                                         toBeat: winnerScore - 1e-6, recording: false)
                if comparison.score >= winnerScore - 1e-9 {
                    winnerIndices = (found.alias, m)
                    winnerRegionAfterCompany = comparison.regionAfterCompany
                    segment = mentionViews[m].lastSegment ?? segment
                }
            }
        }
        if let winnerIndices {
            let winner = (alias: views[winnerIndices.alias], mention: mentionViews[winnerIndices.mention])
            best = Verification(score: winnerScore,
                                placement: Match.Placement(lastSegment: winner.mention.lastSegment, lastPart: winner.mention.lastPart,
                                                           inMembership: winner.mention.inMembership, aliasLength: winner.alias.length)) {
                "alias \(winner.alias.name) “\(winner.alias.words.joined(separator: " "))” met \(winner.mention.name) “\(winner.mention.words.joined(separator: " "))”: \(self.compare(winner.alias, winner.mention, mentionCountry: mentionCountry).account)"
            }
            best.regionAfterCompany = winnerRegionAfterCompany
        }
        if !aliasHan.isEmpty {
            // Characters contained after a place they do not open with name another
            // organisation (`placeBefore`): the alias's readings and translation, which
            // stand for the same characters, may not say more.
            var placeVerdict: Verification?, contained = false
            for (k, segment) in mentionHan.enumerated() {
                let result: (score: Double, account: String, placeBefore: Bool) = hanOnlyWhole
                    ? (segment.text == aliasHan ? (1, "the whole segment, a name of common words met only so", false) : (0, "", false))
                    : compareHan(aliasHan, segment.text)
                if result.score >= 1 { contained = true }
                if result.placeBefore && placeVerdict.map({ result.score > $0.score }) ?? true {
                    let account = "alias “\(aliasHan)” met Han segment \(k + 1) “\(segment.text)”: \(result.account)"
                    placeVerdict = Verification(score: result.score,
                                                placement: Match.Placement(lastSegment: segment.segment, aliasLength: aliasHan.count)) { account }
                }
                // On a tie the same-script account is the clearer one for a reviewer.
                if result.score >= best.score && result.score > 0 {
                    let account = "alias “\(aliasHan)” met Han segment \(k + 1) “\(segment.text)”: \(result.account)"
                    best = Verification(score: result.score,
                                        placement: Match.Placement(lastSegment: segment.segment, aliasLength: aliasHan.count)) { account }
                }
            }
            if let placeVerdict, !contained, best.score > placeVerdict.score { best = placeVerdict }
        }
        return best
    }

    /// What a comparison found; the account is written only for the pairing that wins.
    struct Comparison {
        var score = 0.0
        var containment = 0.0
        var missingFactor = 1.0
        var insideFactor = 1.0
        var outsideFactor = 1.0
        var extendedBefore = false
        /// A word of an institution's field a stop word joins right after a name ending in
        /// its kind.
        var extendedAfter = false
        /// The unit printed right after the rest of the alias that stands for its last word
        /// (nil when none does).
        var unitOfName: UnitOfName?
        /// The factor of the listed words printed in another order (1 when in order).
        var reorderFactor = 1.0
        /// Only a kind word moved, and no other entity's alias prints the words that way.
        var kindWordMoved = false
        /// A company's name met with a country's or a continent's name right after it.
        var regionAfterCompany = false
        /// The mention's translation holds the listed words and no other, in the order of
        /// the characters it translates, and no other entity's alias prints them so.
        var inTranslatedOrder = false
        /// The words behind each factor, when recorded (nil otherwise: every comparison scored
        /// creates and drops a `Comparison`, and each array in it costs reference counting).
        var words: Words?

        /// A unit of the organisation named by the organisation's words less its last, which
        /// the unit stands for (`Verifier.compare`).
        enum UnitOfName {
            /// Harvard Medical School for Harvard University.
            case schoolOfUniversity
            /// Max-Planck-Institut für Physik for the Max Planck Society.
            case instituteOfSociety
            /// Huawei Noah's Ark Lab for Huawei: a company's lab named after it.
            case labOfCompany

            var account: String {
                switch self {
                case .schoolOfUniversity: "a school of the university, named without “university”"
                case .instituteOfSociety: "an institute of the society, named by its words"
                case .labOfCompany: "a lab of the company, named after it"
                }
            }
        }

        struct Words {
            var notes: [String] = []
            var missing: [String] = []
            var inside: [String] = []
            var outside: [String] = []
            var kinds: (listed: [String], mention: [String])? = nil
        }

        /// The reviewer's account of the comparison.
        var account: String {
            guard containment > 0 else { return "nothing in common" }
            let (notes, missing, inside, outside, kinds) = words.map { ($0.notes, $0.missing, $0.inside, $0.outside, $0.kinds) } ?? ([], [], [], [], nil)
            var text = String(format: "containment %.2f", containment)
            if !notes.isEmpty { text += "; " + notes.joined(separator: ", ") }
            if !missing.isEmpty { text += String(format: "; listed words not found: %@ (×%.2f)", missing.joined(separator: " "), missingFactor) }
            if !inside.isEmpty { text += String(format: "; other words inside the match: %@ (×%.2f)", inside.joined(separator: " "), insideFactor) }
            if !outside.isEmpty {
                text += String(format: "; words beside it: %@%@%@ (×%.2f)", outside.joined(separator: " "),
                               extendedBefore ? ", one right before the name" : "",
                               extendedAfter ? ", one going on with the name after it" : "", outsideFactor)
            }
            if let unitOfName { text += "; " + unitOfName.account + " (×0.90)" }
            if reorderFactor < 1 {
                text += String(format: kindWordMoved ? "; the kind word at the other end of the name (×%.2f)"
                               : inTranslatedOrder ? "; listed words in the order of the characters translated (×%.2f)"
                               : "; listed words in another order (×%.2f)", reorderFactor)
            }
            if let kinds { text += "; organisation kind differs: \(kinds.listed.joined(separator: " ")) vs \(kinds.mention.joined(separator: " ")) (×0.60)" }
            return text
        }
    }
}
