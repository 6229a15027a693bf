/// An acronym that an entity's spellings give its own name in brackets inside a longer
/// spelling, though no spelling gives it alone or ending a name: the Entity List writes the
/// Chinese Academy of Engineering Physics' CAEP only in its alias "Southwest Institute of
/// Nuclear Physics and Chemistry (a.k.a., China Academy of Engineering Physics (CAEP)'s 902
/// Institute)". Papers print it alone (Research Center of Laser Fusion, CAEP, Mianyang), so
/// the index holds it as an acronym ending a name is held (`BracketedName`), counted only
/// with its evidence. One in brackets after another name is that name's (CSSC of China State
/// Shipbuilding Corporation, Limited (CSSC) 7th Research Academy), not the entity's.
enum OwnAcronym {
    /// Each acronym in brackets right after one of `names` (brackets left out, an academy's
    /// China or Chinese either way: `ChinaOrChinese`) inside one of them, standing for it by
    /// its initials (`AcronymInitials`) and indexable alone (`BracketedName.isIndexableAcronym`),
    /// with the spelling it was read in; each acronym once, none that `names` give
    /// themselves. Empty for most entities: only spellings with brackets are read.
    static func inside(_ names: [String]) -> [(acronym: String, listed: String)] {
        // The innermost brackets holding an acronym, with more after them (one ending the
        // spelling is `BracketedName`'s to index or not): a registry's hundred thousand
        // names are asked, by their bytes first.
        var candidates: [(acronym: String, before: Substring, listed: String)] = []
        for text in names where text.utf8.contains(UInt8(ascii: "(")) {
            let end = text.utf8.lastIndex { $0 != UInt8(ascii: " ") }
            for close in text.utf8.indices where text.utf8[close] == UInt8(ascii: ")") && close != end {
                guard let open = text[..<close].lastIndex(of: "(") else { continue }
                let acronym = String(text[text.index(after: open)..<close])
                if BracketedName.isIndexableAcronym(acronym), !names.contains(acronym) { candidates.append((acronym, text[..<open], text)) }
            }
        }
        guard !candidates.isEmpty else { return [] }
        var own: [String] = [], given: Set<String> = []
        for name in names {
            let spellings = BracketedName.spellings(of: name)
            for (text, derivation) in spellings {
                if case .acronymInBrackets = derivation { given.insert(text) }
            }
            let short = spellings.first { if case .bracketsLeftOut = $0.derivation { true } else { false } }?.text ?? name
            for form in [short, ChinaOrChinese.varied(short)].compactMap({ $0 }) where form.split(separator: " ").count >= 2 {
                own.append(form.lowercased())
            }
        }
        var found: [(acronym: String, listed: String)] = []
        for (acronym, before, listed) in candidates where !given.contains(acronym) && !found.contains(where: { $0.acronym == acronym }) {
            let before = before.trimmingCharacters(in: .whitespaces).lowercased()
            guard let name = own.first(where: { before.hasSuffix($0) && startsWord(before, length: $0.count) }),
                  AcronymInitials.abbreviate(acronym, name) else { continue }
            found.append((acronym, listed))
        }
        return found
    }

    /// Whether the last `length` characters of `text` begin a word (China Academy ..., not
    /// ...china academy).
    private static func startsWord(_ text: String, length: Int) -> Bool {
        let start = text.index(text.endIndex, offsetBy: -length)
        return start == text.startIndex || !text[text.index(before: start)].isLetter
    }
}
