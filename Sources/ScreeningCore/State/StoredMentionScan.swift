import Foundation

/// The scan of a rescan: which stored mentions a list revision can touch, read a chunk at a
/// time from `mention_grams` and tested on the worker threads.
extension Rescan {
    /// What the scan found a stored mention to need.
    enum ScanFinding: Sendable {
        /// Nothing: no revised entry can be among its candidates.
        case untouched
        /// Near an earlier version of a changed or removed entry: matched again in full.
        case nearPrevious
        /// These aliases of added or changed entries may be among its candidates, and no
        /// other: each is verified alone, and a mention one of them matches is matched again
        /// in full, which settles whether it is among them (`rescreenStoredMentions`).
        case freshCandidates([Int32])
    }

    /// Tests every stored mention of the partitions the revision's entries stand in (`fresh`
    /// as now listed, `previous` as they were): those among whose candidates in the whole
    /// index (the ones the matcher verifies) an added or changed entry now stands (ranked
    /// only when the entry's share of grams, by the whole index's weights, could make it a
    /// candidate at all: `AliasReach`, and only when fewer than the search's limit of other
    /// aliases hold more: `EntityIndex.outnumbers`), and those that may have had an earlier
    /// version of a changed or removed entry among theirs (`EarlierVersionReach`; `moved`,
    /// the ids of entries among `fresh` that only moved in the hierarchy, the earlier lists
    /// had as they are). Returns how many mentions were tested, and the ids and findings of
    /// those touched, in id order. `fullIndex` gives the whole index with its entries' forms
    /// and spellings, waiting for it when it is still being built: the first chunk is read
    /// from the store meanwhile.
    func scanStoredMentions(fresh: [ListedEntity], previous: [ListedEntity], moved: Set<String>,
                            fullIndex: () -> (index: EntityIndex, forms: [IndexedForms], spellings: [[IndexedForms.Spelling]]))
        throws -> (tested: Int, touched: [(id: Int64, finding: ScanFinding)]) {
        let earlier = EarlierVersionReach.Versions(previous: previous, normalizer: normalizer, threads: threads)
        // The partitions a revised entry stands in: stored mentions of the other one cannot
        // meet it and are not tested.
        let revised = Set((fresh + previous).flatMap { EntityIndex.Partition.of($0, normalizer: normalizer) })
        var madeTest: MentionTest?
        func readyTest() -> MentionTest {
            if let madeTest { return madeTest }
            let built = fullIndex()
            let fullIndex = built.index
            checkpoint("index")
            let freshIDs = Set(fresh.map(\.id))
            let nearEarlier = EarlierVersionReach(versions: earlier, index: fullIndex, forms: built.forms, spellings: built.spellings,
                                                  added: freshIDs.subtracting(previous.map(\.id)).subtracting(moved),
                                                  keeping: threshold <= Matcher.defaultThreshold, normalizer: normalizer, threads: threads)
            let isFreshEntity = fullIndex.entities.map { freshIDs.contains($0.id) }
            let isFreshAlias = fullIndex.aliases.indices.map { isFreshEntity[Int(fullIndex.aliases[$0].entity)] }
            let freshAliases = isFreshAlias.indices.filter { isFreshAlias[$0] }.map(Int32.init)
            let test = MentionTest(fullIndex: fullIndex, nearEarlier: nearEarlier, isFreshAlias: isFreshAlias,
                                   personReach: revised.contains(.persons) ? AliasReach(index: fullIndex, aliases: freshAliases, partition: .persons) : nil,
                                   organisationReach: revised.contains(.organisations) ? AliasReach(index: fullIndex, aliases: freshAliases, partition: .organisations) : nil,
                                   loanWordReach: revised.contains(.organisations) ? LoanWordCandidates.reach(of: freshAliases, in: fullIndex) : [:])
            madeTest = test
            return test
        }
        let threads = self.threads
        var tested = 0
        // A chunk is tested on the worker threads while the next one is read from the store;
        // then it is emptied and filled again (allocated anew for every chunk, its buffers'
        // growth and the kernel's zeroing of their fresh pages took a third of the scan).
        // The workers give back the mentions they find touched (few), by position.
        var testing: (lent: LentChunk, findings: BackgroundValue<[(position: Int, finding: ScanFinding)]>)?
        var spare: StoredGramsChunk?
        var touched: [(id: Int64, finding: ScanFinding)] = []
        func collect() {
            guard let (lent, findings) = testing else { return }
            let results = findings.value
            var done = lent.takeBack()
            for (position, finding) in results { touched.append((done.id(at: position), finding)) }
            testing = nil
            done.removeAll()
            spare = done
        }
        var chunk = StoredGramsChunk()
        func startTesting() {
            let test = readyTest()
            tested += chunk.count
            let lent = LentChunk(chunk)
            chunk = StoredGramsChunk()
            let findings = BackgroundValue {
                let scanned = lent.chunk
                let parts = stride(from: 0, to: scanned.count, by: 1024).map { $0..<min($0 + 1024, scanned.count) }
                return ParallelMap.map(parts, threads: threads) { part in
                    scanned.withGrams { mention in
                        part.compactMap { position -> (position: Int, finding: ScanFinding)? in
                            let (isPerson, grams) = mention(position)
                            let finding = test.finding(grams, asPerson: isPerson)
                            if case .untouched = finding { return nil }
                            return (position, finding)
                        }
                    }
                }.flatMap { $0 }
            }
            collect()
            testing = (lent, findings)
            chunk = spare ?? StoredGramsChunk()
            spare = nil
        }
        // Only the grams are read here: the texts of the few mentions found come after.
        let (persons, organisations) = (revised.contains(.persons), revised.contains(.organisations))
        let keep: (Bool) -> Bool = { $0 ? persons : organisations }
        if !revised.isEmpty {
            try store.db.forEachRow("SELECT first_id, data FROM mention_grams ORDER BY first_id") { row in
                guard chunk.append(packedIn: row, column: 1, keep: keep) else { throw RescanError.damagedGrams(firstID: row.int(0)) }
                if chunk.count >= mentionChunk { startTesting() }
            }
        }
        if chunk.count > 0 { startTesting() }
        collect()
        _ = readyTest() // the index's checkpoint, when no chunk was tested
        checkpoint("stored-mentions-scanned")
        return (tested, touched)
    }

    /// What a stored mention needs, from its grams: the test the scan's worker threads run on
    /// every mention. A struct's method reads its fields in place, where a closure's
    /// copies of the reaches took reference counts the two threads bounced between them.
    struct MentionTest: Sendable {
        let fullIndex: EntityIndex
        /// The reach of the earlier versions of changed and removed entries: nil when none.
        let nearEarlier: EarlierVersionReach?
        let isFreshAlias: [Bool]
        /// The reach of the added and changed entries' aliases in each partition: nil when
        /// the revision has none there (a person's name meets person entries only, anything
        /// else the rest).
        let personReach: AliasReach?
        let organisationReach: AliasReach?
        /// The loan-word key grams of the added and changed organisations' aliases, with the
        /// aliases holding each (`LoanWordCandidates.reach(of:in:)`): a stored mention with
        /// katakana readings has them among its candidates as a full screen's matcher does.
        let loanWordReach: [UInt64: [Int32]]

        func finding(_ grams: UnsafeBufferPointer<UInt64>, asPerson: Bool) -> ScanFinding {
            guard asPerson ? personReach != nil : organisationReach != nil else { return .untouched }
            // A mention's loan-word grams are its last (`Grams.of(_:loanWords:)`); most have none.
            var spelt: [Int32] = []
            if !asPerson && !loanWordReach.isEmpty {
                for gram in Grams.loanWords(in: grams) { spelt += loanWordReach[gram] ?? [] }
            }
            let byGrams = gramFinding(grams, asPerson: asPerson)
            guard !spelt.isEmpty else { return byGrams }
            switch byGrams {
            case .freshCandidates(let aliases): return .freshCandidates(Array(Set(aliases + spelt)).sorted())
            case .nearPrevious: return .nearPrevious
            default: return .freshCandidates(Array(Set(spelt)).sorted())
            }
        }

        /// `finding` by the mention's grams that postings hold.
        private func gramFinding(_ grams: UnsafeBufferPointer<UInt64>, asPerson: Bool) -> ScanFinding {
            let partition: EntityIndex.Partition = asPerson ? .persons : .organisations
            if nearEarlier?.isNear(grams, asPerson: asPerson) == true { return .nearPrevious }
            let (limit, minimum) = asPerson ? Matcher.personCandidates : Matcher.organisationCandidates
            // Most mentions hold too little of every added entry's grams to have it among
            // their candidates at all. Of the rest, most hold more of `limit` other aliases
            // (found without ranking them all). The entries reached by the others, and by one
            // held whole, are verified without ranking: ranked, every one of the rescan
            // benchmark's 1,497 had one among its candidates, and ranking took a seventh of
            // the scan's processor time.
            let reach = asPerson ? personReach?.reached(grams, minimumContainment: minimum)
                : organisationReach?.reached(grams, minimumContainment: minimum)
            guard let reach else { return .untouched }
            if reach.best < EntityIndex.wholeContainment,
               fullIndex.outnumbers(grams: Array(grams), among: partition, limit: limit, above: reach.best, isChosen: isFreshAlias) {
                return .untouched
            }
            return .freshCandidates(reach.aliases)
        }
    }

    /// A chunk lent to the worker threads for testing. The caller takes it back once the
    /// findings are in (`BackgroundValue.value` orders the testing's reads before that), so
    /// its buffers are referenced once again and can be refilled in place.
    final class LentChunk: @unchecked Sendable {
        private(set) var chunk: StoredGramsChunk

        init(_ chunk: StoredGramsChunk) { self.chunk = chunk }

        func takeBack() -> StoredGramsChunk {
            defer { chunk = StoredGramsChunk() }
            return chunk
        }
    }
}
