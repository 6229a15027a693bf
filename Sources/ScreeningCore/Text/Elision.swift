/// French, Italian and Catalan elided articles and prepositions (l', d', dell', all', ...):
/// the matching form drops them, so that "Université d'Avignon" meets the University of
/// Avignon, "Università dell'Aquila" the University of L'Aquila and "l'École normale" an
/// École normale, as their unelided spellings ("de la", "della") lose them as stop words.
enum Elision {
    /// The folded words that are elided before an apostrophe.
    static let articles: Set<[UInt8]> = Set(["l", "d", "dell", "dall", "nell", "sull", "all"].map { Array($0.utf8) })

    /// Whether `word` (folded lowercase bytes) is an elided article.
    @inline(__always)
    static func isArticle(_ word: [UInt8]) -> Bool {
        word.count <= 4 && articles.contains(word)
    }

    /// Whether a word starting with folded byte `b` takes an elided article: a vowel or h.
    @inline(__always)
    static func startsElidedWord(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "h"):
            return true
        default:
            return false
        }
    }
}
