import Foundation
@testable import ScreeningCore
import XCTest

/// The stored mentions found by their keys (`StoredMentionKeys`) instead of a unique index:
/// every key finds every mention stored under it, a mention whose key meets another's is
/// stored as its own (the stored row is compared), and a store of the third schema (the
/// unique index, hits without their mention) goes on as a current one.
final class MentionKeysTests: StateStoreTestCase {
    func testEveryKeyFindsEveryMentionStoredUnderItAfterGrowing() {
        var keys = StoredMentionKeys()
        var expected: [UInt64: [Int64]] = [:]
        // Keys shared by several ids, 0 (the empty slot's mark) and 1 (where 0 is kept),
        // and enough entries to grow the table many times over.
        for id in Int64(1)...5_000 {
            let key: UInt64 = id % 100 == 0 ? 0 : id % 100 == 1 ? 1 : id % 7 == 0 ? 42 : TextHash.mix(UInt64(id))
            keys.insert(key, id: id)
            expected[key, default: []].append(id)
        }
        XCTAssertEqual(keys.count, 5_000)
        for (key, ids) in expected {
            let found = keys.ids(of: key)
            // 0 and 1 share a slot's mark: each finds the other's ids too.
            let wanted = key <= 1 ? (expected[0] ?? []) + (expected[1] ?? []) : ids
            XCTAssertEqual(Set(found), Set(wanted), "key \(key)")
            XCTAssertEqual(found.count, wanted.count, "key \(key)")
        }
        XCTAssertEqual(keys.ids(of: TextHash.mix(999_999)), [])
    }

    func testAMentionWhoseKeyMeetsAnothersIsStoredAsItsOwn() throws {
        let (store, list, _) = try storeWithReplayRecords(10)
        let newcomer = Screener.Mention(text: "Institute of Oceanography, Qxzvy University", asPerson: false, country: nil)
        // A stored mention's key made the newcomer's, as if the two hashed alike.
        let (storedID, stored) = try XCTUnwrap(store.db.query("SELECT id, text, as_person, country FROM mentions WHERE as_person = 0 ORDER BY id LIMIT 1",
                                                              row: Rescan.mentionRow).first)
        let rows = try store.db.query("SELECT first_id, data FROM mention_keys") { (Int64($0.int(0)), $0.integers(1)) }
        var rewritten = 0
        for (firstID, data) in rows {
            var words = data
            for pair in stride(from: 0, to: words.count, by: 2) where Int64(bitPattern: words[pair]) == storedID {
                words[pair + 1] = StoredMentionKeys.key(of: newcomer)
                rewritten += 1
            }
            try store.db.run("UPDATE mention_keys SET data = ? WHERE first_id = ?", [.integers(words), .int(firstID)])
        }
        XCTAssertEqual(rewritten, 1)
        let mentionsBefore = try store.db.query("SELECT COUNT(*) FROM mentions") { $0.int(0) }[0]

        let record = Record(id: "newcomer", parties: [Party(role: "author", name: "Qxzvy Hanako", affiliations: [newcomer.text])])
        let summary = try rescan(store, list, [record])
        XCTAssertEqual(summary.recordMentionsMatched, 2, "the name and the newcomer, not taken for \(stored.text): \(summary.line)")
        XCTAssertEqual(try store.db.query("SELECT COUNT(*) FROM mentions") { $0.int(0) }[0], mentionsBefore + 2)
        XCTAssertEqual(try store.db.query("SELECT text FROM mentions WHERE id = ?", [.int(storedID)]) { $0.text(0) }, [stored.text])
        XCTAssertEqual(try store.db.query("SELECT COUNT(*) FROM mentions WHERE text = ?", [.text(newcomer.text)]) { $0.int(0) }, [1])
    }

    /// Rewrites a current store as the third schema held it.
    private func downgradeToThirdSchema(_ path: String) throws {
        let db = try SQLiteDatabase(path: path)
        try db.execute("""
            CREATE TABLE mentions_unique (
                id INTEGER PRIMARY KEY, text TEXT NOT NULL, as_person INTEGER NOT NULL, country TEXT NOT NULL,
                UNIQUE (text, as_person, country));
            INSERT INTO mentions_unique SELECT * FROM mentions;
            DROP TABLE mentions;
            ALTER TABLE mentions_unique RENAME TO mentions;
            DROP TABLE mention_keys;
            ALTER TABLE hits DROP COLUMN mention_id;
            UPDATE meta SET value = '3' WHERE key = 'schema';
            """)
    }

    func testAThirdSchemaStoreGoesOnAsACurrentOne() throws {
        let (made, migrated, all, records) = try twoStoresWithReplayRecords(40)
        let hitMentions = "SELECT id, mention_id FROM hits ORDER BY id"
        let keyRows = "SELECT first_id, mentions, data FROM mention_keys ORDER BY first_id"
        let madeHitMentions = try StateStore(path: made).db.query(hitMentions) { "\($0.text(0)) \($0.int(1))" }
        XCTAssertFalse(madeHitMentions.isEmpty)
        XCTAssertFalse(madeHitMentions.contains { $0.hasSuffix(" 0") }, "every hit notes its mention")
        try downgradeToThirdSchema(migrated)

        let store = try StateStore(path: migrated)
        XCTAssertEqual(try store.meta("schema"), StateSchema.version)
        XCTAssertEqual(try store.db.query(hitMentions) { "\($0.text(0)) \($0.int(1))" }, madeHitMentions)
        XCTAssertEqual(try store.db.query(keyRows) { "\($0.int(0)) \($0.int(1)) \($0.integers(2))" },
                       try StateStore(path: made).db.query(keyRows) { "\($0.int(0)) \($0.int(1)) \($0.integers(2))" })
        XCTAssertEqual(try store.db.query("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'mentions'") { $0.int(0) }, [0])
        XCTAssertEqual(try store.contentDigest(), try StateStore(path: made).contentDigest())

        // The same parties under new ids: their mentions are found stored in both.
        let again = records.map { record -> Record in
            var copy = record
            copy.id = "again-" + record.id
            return copy
        }
        let summaries = try [made, migrated].map { try rescan(try StateStore(path: $0), all, again) }
        XCTAssertGreaterThan(summaries[0].recordMentionsStored, 0, summaries[0].line)
        assertSameSummary(summaries[1], as: summaries[0])
        XCTAssertEqual(try StateStore(path: migrated).contentDigest(), try StateStore(path: made).contentDigest())
        XCTAssertEqual(try StateStore(path: migrated).db.query("SELECT COUNT(*) FROM mentions") { $0.int(0) },
                       try StateStore(path: made).db.query("SELECT COUNT(*) FROM mentions") { $0.int(0) })
    }
}
