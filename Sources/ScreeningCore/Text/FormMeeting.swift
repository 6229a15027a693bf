extension NormalizedText {
    /// Every form of the text as one comparison key: the matching form (`matching`) and each
    /// alternative form, tokens joined without spaces so that how syllables were grouped into
    /// words (Xiao Ming, Xiaoming; haerbin gongye) does not matter.
    public var comparisonKeys: [(form: String, key: String)] {
        var keys: [(String, String)] = []
        let matching = tokens.map(\.text).joined()
        if !matching.isEmpty { keys.append(("matching", matching)) }
        for form in forms {
            let key = form.tokens.joined()
            if !key.isEmpty && !keys.contains(where: { $0.1 == key && $0.0 == form.kind.rawValue }) {
                keys.append((form.kind.rawValue, key))
            }
        }
        return keys
    }

    /// The first pair of forms (this text's, the other's) whose keys are equal, or nil: the
    /// exact-meeting test, and the "which forms met" of an explanation.
    public func meeting(_ other: NormalizedText) -> (mine: String, theirs: String)? {
        let theirs = other.comparisonKeys
        var index: [String: String] = [:]
        for (form, key) in theirs where index[key] == nil { index[key] = form }
        for (form, key) in comparisonKeys {
            if let match = index[key] { return (form, match) }
        }
        return nil
    }
}
