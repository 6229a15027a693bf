/// A listed academy's name that opens with "China" or "Chinese", which names print either
/// way: the Entity List, DoD's list and METI write Chinese Academy of Engineering Physics,
/// the academy and its papers China Academy of Engineering Physics, which met the listed
/// name at 0.47 ("listed words not found: chinese"). The index holds the name with the
/// other word too (`IndexedForms.spellings(of:)`). Academies only: elsewhere the two words
/// tell institutions apart (Zhejiang Chinese Medical University is not China Medical
/// University), and "China" first is also the country a Hong Kong address ends in (a
/// "China University of Hong Kong" met "Hong Kong, China" at 0.80).
enum ChinaOrChinese {
    /// `text` with its first word, China or Chinese, as the other when "Academy" follows;
    /// nil for other names.
    static func varied(_ text: String) -> String? {
        for (word, other) in [("China Academy ", "Chinese Academy "), ("Chinese Academy ", "China Academy ")] where text.hasPrefix(word) {
            let rest = text.dropFirst(word.count)
            // An academy of something: "China Academy" alone names nothing in particular.
            guard !rest.isEmpty else { return nil }
            return other + rest
        }
        return nil
    }
}
