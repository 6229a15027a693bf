/// A hit as the state store keeps it: the hit, its stable id, status, when it was first and
/// last seen, and the latest review decision.
public struct StoredHit: Sendable, Hashable {
    /// `new` (appeared in the latest run), `open` (present since an earlier run), `gone`
    /// (its entity was removed or changed, or its record changed, and it no longer matches).
    public enum Status: String, Sendable, CaseIterable {
        case new, open, gone
    }

    /// A reviewer's decision.
    public struct Review: Sendable, Hashable {
        public var decision: String
        public var note: String
        public var reviewer: String
        public var decidedAt: String
    }

    public var id: String
    public var hit: Hit
    public var status: Status
    /// Start times (ISO 8601, UTC) of the run that first found the hit and of the last run
    /// in which it was present.
    public var firstSeen: String
    public var lastSeen: String
    public var review: Review?

    /// The hit's JSON line (FORMATS.md) with `hit_id`, `status`, `first_seen`, `last_seen`
    /// and, when reviewed, `decision`, `note`, `reviewer`, `decided_at` added.
    public func appendJSONLine(to output: inout [UInt8]) {
        hit.appendJSONLine(to: &output)
        output.removeLast(2)  // "}\n"
        var fields: [(String, String)] = [("hit_id", id), ("status", status.rawValue), ("first_seen", firstSeen),
                                          ("last_seen", lastSeen)]
        if let review {
            fields += [("decision", review.decision), ("note", review.note), ("reviewer", review.reviewer),
                       ("decided_at", review.decidedAt)]
        }
        for (key, value) in fields {
            output.append(contentsOf: ", \"\(key)\": ".utf8)
            JSONText.appendString(value, to: &output)
        }
        output.append(contentsOf: "}\n".utf8)
    }
}
