/// A listed Han name written in full where Chinese names the institution by its usual short
/// form: 科学技術 (science and technology) as 科技. METI lists the National University of
/// Defense Technology as 国防科学技術大学; the university, its papers and the press write
/// 国防科技大学, whose bigrams hold too little of the full name, and whose word-by-word
/// translation (National Defense University of Science and Technology) meets another
/// listed university. The index holds the short form too (`IndexedForms.spellings(of:)`);
/// only the listed side is shortened, so that a text written in full still meets only the
/// name written so (中国科学技术大学 is not 中國科技大學, another university).
enum HanAbbreviation {
    /// `text` with its full forms shortened; nil when it holds none.
    static func shortened(_ text: String) -> String? {
        // 科 first, by scalars: every listed spelling is asked at every index build, and a
        // byte search for its lead byte let through most Han names (E7 leads a fifth of the CJK block).
        guard text.unicodeScalars.contains("科") else { return nil }
        var result = text
        for full in fullForms where result.contains(full) {
            result = result.replacingOccurrences(of: full, with: short)
        }
        return result == text ? nil : result
    }

    /// 科学技術 as Japanese, simplified and traditional Chinese write it.
    private static let fullForms = ["科学技術", "科学技术", "科學技術", "科學技术"]
    private static let short = "科技"
}
