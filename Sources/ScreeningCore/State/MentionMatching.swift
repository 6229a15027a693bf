/// Matching a mention once and keeping its index grams: a rescan stores the grams so that
/// a later list revision finds the mention's candidates without normalizing it again, and
/// verifies the revision's entries among them before matching the mention in full.
extension Screener {
    /// The matches of a mention (as `matches(_:)`) and the grams of its normalized form.
    /// An organisation's mention is normalized once for both.
    func matchesAndGrams(_ mention: Mention) -> (matches: [Match], grams: [UInt64]) {
        if mention.asPerson {
            // The grams the person matcher looks the name up by, so a revision's candidates
            // for it are the ones the matcher would verify.
            let grams = matcher.personGrams(mention.text)
            return (matcher.match(person: mention.text, grams: grams, threshold: threshold), grams)
        }
        let normalized = matcher.normalizer.normalize(mention.text, options: .allForms)
        let found = matcher.match(organisation: normalized, country: mention.country, threshold: threshold,
                                  limit: Matcher.organisationCandidates.limit)
        return (found, Grams.of(normalized, loanWords: true))
    }

    /// The matches of a mention among the given aliases only (ids into the index's aliases):
    /// a rescan verifies the entries a revision added without verifying every candidate
    /// again. An organisation's down to the default threshold when the screener's is higher:
    /// a hit there is an acronym's partner (`Matcher.verify`), which may change the
    /// mention's other hits, so it too has the mention matched again.
    func matches(_ mention: Mention, amongAliases aliases: [Int32]) -> [Match] {
        if mention.asPerson { return matcher.verify(person: mention.text, aliases: aliases, threshold: threshold) }
        return matcher.verify(organisation: matcher.normalizer.normalize(mention.text, options: .allForms), country: mention.country,
                              aliases: aliases, threshold: min(threshold, Matcher.defaultThreshold))
    }
}

extension Screener {
    /// The matches of a mention among its candidates (those `matches(_:)` verifies) that are
    /// spellings of the given aliases as listed, by entity id: a rescan checks the hits a
    /// mention keeps of entries a revision left alone without verifying every candidate again.
    func matches(_ mention: Mention, amongCandidatesNamed aliases: [String: String]) -> [Match] {
        let index = matcher.index
        func named(_ candidates: [Int32]) -> [Int32] {
            candidates.filter { a in
                let alias = index.aliases[Int(a)]
                return aliases[index.entities[Int(alias.entity)].id] == alias.listedText
            }
        }
        if mention.asPerson {
            return matcher.verify(person: mention.text, aliases: named(matcher.candidateAliases(personGrams: matcher.personGrams(mention.text))),
                                  threshold: threshold)
        }
        let normalized = matcher.normalizer.normalize(mention.text, options: .allForms)
        return matcher.verify(organisation: normalized, country: mention.country, aliases: named(matcher.candidateAliases(organisation: normalized)),
                              threshold: threshold)
    }
}
