/// A listed name that only says what a unit does, of a kind word and common words
/// (Institute of Experimental Physics, an alias of Russia's VNIIEF; Institute of Computing
/// Technology, of the Chinese Academy of Sciences' ICT). Many institutions have a unit of
/// that name: printed before another institution's name (Institute of Experimental Physics,
/// Otto-von-Guericke-University; ..., Slovak Academy of Sciences), it is that institution's
/// unit, and its hit is lowered (×0.60), not dropped, so a reviewer at a lower threshold
/// still sees it. An entity a registry files under a parent prints its parents' names after
/// its own: those are no other institution (Institute for Theoretical Physics, ETH Zurich),
/// another is (..., University of Bern is not ETH's institute).
enum DescriptiveUnitName {
    /// Kind words of units that institutions hold (the matching form's spellings).
    static let unitKinds: Set<String> = ["institute", "laboratory", "center", "department", "division"]

    /// The factor a hit through such a name takes before another institution.
    static let factor = 0.6

    /// The words of every name of alias `a`'s entity, when the alias is such a name: two to
    /// six Latin words, a unit's kind and then, after "of" or "for", what it studies, each a
    /// kind, generic or vocabulary word or one many organisations' names hold
    /// (`Matcher.isCommonWord`), and none a country or a Chinese province. A word before the
    /// kind (Massachusetts Institute of Technology, Central Institute of Mental Health), or
    /// one after it without a preposition (Institut Pasteur), makes a name of its own. Nil
    /// otherwise.
    static func ownWords(of a: Int, index: EntityIndex, verifier: Verifier) -> Set<String>? {
        let tokens = index.normalized(alias: a).tokens
        guard (2...6).contains(tokens.count), tokens.allSatisfy({ $0.script == .latin }),
              unitKinds.contains(tokens[0].text), tokens[1].followsStopWord,
              tokens.allSatisfy({ isCommon($0.text, weights: verifier.weights) }) else { return nil }
        let entity = index.aliases[a].entity
        var first = a, end = a + 1
        while first > 0 && index.aliases[first - 1].entity == entity { first -= 1 }
        while end < index.aliases.count && index.aliases[end].entity == entity { end += 1 }
        return Set((first..<end).flatMap { index.normalized(alias: $0).tokens.map(\.text) })
    }

    /// Looked up in the word sets themselves, not through `Verifier.facts` (which makes a
    /// word's phonetic keys too): every alias of a registry that opens with a unit's kind
    /// comes here when the matcher is made.
    private static func isCommon(_ word: String, weights: WordWeights?) -> Bool {
        guard !Verifier.chineseProvinceNames.contains(word), !word.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }),
              CountryEvidence.names[word] == nil else { return false }
        return !(OrganisationKinds.flags[word] ?? []).isDisjoint(with: [.kind, .generic]) || Normalizer.vocabularyWords.contains(word)
            || Matcher.isCommonWord(word, weights: weights)
    }

    /// The words of the names of an entity's parents, and of theirs, as a registry links
    /// them (`ListFiles.Loaded.parents`).
    struct Ancestors {
        let index: EntityIndex
        let parents: [String: [String]]
        /// Each entity's position by its id; empty without links.
        let position: [String: Int]

        init(index: EntityIndex, parents: [String: [String]]) {
            self.index = index
            self.parents = parents
            position = parents.isEmpty ? [:]
                : Dictionary(index.entities.indices.map { (index.entities[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        }

        /// The words of every name of the entity's ancestors (up to five levels; a cycle in
        /// the links is walked once).
        func words(of entity: Int) -> Set<String> {
            var words: Set<String> = [], seen: Set<Int> = [entity], level = [entity]
            for _ in 0..<5 where !level.isEmpty {
                level = level.flatMap { parents[index.entities[$0].id] ?? [] }.compactMap { position[$0] }.filter { seen.insert($0).inserted }
                for ancestor in level {
                    for a in aliases(of: ancestor) { words.formUnion(index.normalized(alias: a).tokens.map(\.text)) }
                }
            }
            return words
        }

        /// The positions of an entity's aliases, which stand together in the entities' order.
        private func aliases(of entity: Int) -> Range<Int> {
            var low = 0, high = index.aliases.count
            while low < high {
                let middle = (low + high) / 2
                if Int(index.aliases[middle].entity) < entity { low = middle + 1 } else { high = middle }
            }
            var end = low
            while end < index.aliases.count && Int(index.aliases[end].entity) == entity { end += 1 }
            return low..<end
        }
    }

    /// The words of the first segment after `segment` that names another institution: one
    /// holding an institution's kind word (university, academy, ...) and a word of its own
    /// that none of the entity's names (`own`) holds, nor any of them another of its words.
    static func otherInstitution(after segment: Int, in mention: NormalizedText, verifier: Verifier, own: Set<String>) -> String? {
        let later = mention.tokens.filter { $0.segment > segment && $0.script == .latin }
        for next in Set(later.map(\.segment)).sorted() {
            let words = later.filter { $0.segment == next }.map(\.text)
            let flags = words.map { verifier.facts($0).flags }
            guard flags.contains(where: { $0.contains(.institution) }) else { continue }
            let distinctive = zip(words, flags).filter { $1.isDisjoint(with: [.kind, .generic, .vocabulary, .digits]) }.map(\.0)
            if !distinctive.isEmpty && !distinctive.contains(where: own.contains) { return words.joined(separator: " ") }
        }
        return nil
    }
}
