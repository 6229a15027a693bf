/// A name that joins an institution to its research arm (Wageningen University & Research;
/// SRM Medical College Hospital and Research Centre), which papers often print as the
/// institution alone (Wageningen University). The index holds the name without its research
/// arm too (`IndexedForms.spellings(of:)`); like a name without its place, the matcher
/// verifies it only when no other entity's name is those words or begins with them
/// (`PlaceQualifiedName.ambiguous(in:threads:)`).
enum ResearchArm {
    /// `text` without "& Research" or "and Research" and a Centre, Center or Institute
    /// after it, when what is left is two words or more ending in an institution's kind
    /// (University, Hospital, College, Institute, Centre, Center, Clinic). Nil otherwise:
    /// Institute of Pharmaceutical Education and Research is not an Institute of
    /// Pharmaceutical Education.
    static func withoutResearchArm(_ text: String) -> String? {
        // Most spellings do not end so: a look at their last bytes first, as every listed
        // spelling is asked at every index build and rescan.
        guard text.utf8.count > 16, mayEndWithResearch(text.utf8) else { return nil }
        var words = text.split(separator: " ", omittingEmptySubsequences: true)
        if let last = words.last, armKinds.contains(last.lowercased()) { words.removeLast() }
        guard words.count >= 4, words.last!.lowercased() == "research" else { return nil }
        let joiner = words[words.count - 2]
        guard joiner == "&" || joiner.lowercased() == "and" else { return nil }
        let institution = words.dropLast(2)
        guard institution.count >= 2, institutionKinds.contains(institution.last!.lowercased()) else { return nil }
        return institution.joined(separator: " ")
    }

    private static let armKinds: Set<String> = ["centre", "center", "institute"]
    private static let institutionKinds: Set<String> = ["university", "hospital", "college", "institute", "centre", "center", "clinic"]

    /// Whether "esearch" stands among the last 18 bytes, in either case.
    private static func mayEndWithResearch(_ bytes: String.UTF8View) -> Bool {
        SevenLetterWindow.holds(bytes.suffix(18), anyOf: research)
    }

    private static let research = [SevenLetterWindow.packed("esearch")]
}
