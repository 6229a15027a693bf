/// Whether an acronym stands for a name by its words' initials: CETC for China Electronic
/// Technology Group Corp, CAEP for China Academy of Engineering Physics. Used where a list
/// writes an acronym beside several names and the spelling alone does not say whose it is.
enum AcronymInitials {
    /// Whether `acronym`'s letters are the initials of `name`'s words, in order, the first
    /// the first (CETC of China Electronic Technology Group Corp: C E T G C), words such as
    /// "of" and "and" and those opening with a digit (10th) aside.
    static func abbreviate(_ acronym: String, _ name: some StringProtocol) -> Bool {
        let initials = name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "," })
            .filter { !joiningWords.contains($0.lowercased()) }
            .compactMap { $0.first?.isLetter == true ? $0.first!.uppercased().first : nil }
        let letters = acronym.filter(\.isLetter).map { Character($0.uppercased()) }
        guard let first = letters.first, initials.first == first else { return false }
        var position = initials.startIndex
        for letter in letters {
            guard let found = initials[position...].firstIndex(of: letter) else { return false }
            position = found + 1
        }
        return true
    }

    private static let joiningWords: Set<String> = ["of", "and", "for", "the", "&"]
}
