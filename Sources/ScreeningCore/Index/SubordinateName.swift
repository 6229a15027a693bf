import Foundation

/// A listed spelling that names a subordinate of another entry, or a group with its
/// subordinates, in so many words: the Entity List writes twelve of CETC 13's subordinates
/// as "China Electronics Technology Group Corporation 13th Research Institute (CETC 13)
/// subordinate institution: MT Microsystems", five of them with no other spelling, and
/// lists "Tangshan Sanyou Group and its Subsidiaries" (and the Nonproliferation Sanctions
/// "China Aerospace Science and Technology Corporation (CASC) First Academy, and its
/// subunits and successors"). An affiliation or a partner prints
/// the subordinate's name alone (MT Microsystems, Shijiazhuang), or the group's, and held
/// too little of those spellings' words to meet them. The index holds that name too
/// (`IndexedForms.spellings(of:)`); the parent's name before "subordinate institution" is
/// not the entry's, and is not.
enum SubordinateName {
    /// The subordinate's name after "subordinate institution:", or the group's before "and
    /// its subordinates", "and its subsidiaries" or "and its subunits and successors"
    /// ending the spelling; nil when `text` has
    /// neither, or nothing is named.
    static func named(in text: String) -> String? {
        // Most spellings hold none: a look for "subordi", "subsidi" or "subunit" first.
        guard text.utf8.count > 12, mayHoldNote(text) else { return nil }
        let named: Substring
        if let mark = text.range(of: "subordinate institution:", options: .caseInsensitive) {
            named = text[mark.upperBound...]
        } else if let note = [" and its subordinates", " and its subsidiaries", " and its subunits and successors"].lazy
                    .compactMap({ text.range(of: $0, options: [.caseInsensitive, .anchored, .backwards]) }).first {
            named = text[..<note.lowerBound]
        } else {
            return nil
        }
        let name = named.trimmingCharacters(in: .whitespaces.union([","]))
        return name.contains(where: \.isLetter) ? name : nil
    }

    /// Whether "subordi", "subsidi" or "subunit" may stand in `text`, in either case.
    private static func mayHoldNote(_ text: String) -> Bool {
        SevenLetterWindow.holds(text.utf8, anyOf: notes)
    }

    private static let notes = [SevenLetterWindow.packed("subordi"), SevenLetterWindow.packed("subsidi"), SevenLetterWindow.packed("subunit")]
}
