/// Words that say what kind of organisation a name is. Two names that differ in such a word
/// (Beijing Institute of Technology, Beijing University of Technology) are different
/// organisations, so the word costs more than its IDF weight says.
enum OrganisationKinds {
    static let latin: Set<String> = [
        "university", "institute", "college", "academy", "school", "laboratory", "hospital", "center",
        "company", "corporation", "bureau", "ministry", "agency", "association", "society", "foundation",
        "polytechnic", "factory", "plant", "group", "department", "faculty", "engineering", "technology",
    ]

    /// Unit and generic words that may stand beside a listed name in its segment without
    /// making it another name (Department of ..., State Key Laboratory of ...).
    static let generic: Set<String> = [
        "key", "state", "national", "research", "graduate", "division", "section", "unit", "branch", "office",
        "center", "centre", "program", "team", "lab", "main", "campus", "headquarters", "affiliated", "china", "usa",
    ]

    /// Words that open a sub-unit printed with its organisation's name in one segment (Perelman
    /// School of Medicine University of Pennsylvania; Stanford University Medical School).
    static let subUnit: Set<String> = [
        "school", "college", "faculty", "department", "division", "unit", "section", "program",
        "programme", "graduate",
    ]

    /// Words that make a part of an institution when printed with a name that holds one of
    /// `institutions` (Peking University Third Hospital, Seoul National University
    /// Bundang Hospital, Shengjing Hospital of China Medical University, University of
    /// Glasgow Centre for Virus Research). Beside any other
    /// name they make an organisation named after it (Wellcome Trust Sanger Institute, Novo
    /// Nordisk Foundation Center; Shenzhen Institute of Advanced Technology beside a company's
    /// "Advance Technology"), so there they count as before.
    static let institutionPart: Set<String> = ["center", "centre", "institute", "laboratory", "hospital", "clinic"]

    /// Kind words of institutions that have parts: a name holding one is a whole
    /// institution whose centres, institutes and hospitals print its name with theirs.
    static let institutions: Set<String> = ["university", "institute", "college", "academy", "school", "polytechnic", "hospital"]

    /// Katakana words that say what an organisation is, not who (center, group, system,
    /// tech, laboratory, company, holdings, international): a company's name of these alone
    /// is met only as a whole segment (`Matcher.isCommonHan`).
    static let katakanaWords: Set<String> = [
        "センター", "グループ", "システム", "システムズ", "テック", "テクノロジー", "テクノロジーズ", "ラボ", "カンパニー",
        "ホールディングス", "コーポレーション", "インターナショナル", "エンジニアリング", "サービス",
    ]

    /// Each word of the sets above with its flags: one lookup per word instead of one per set.
    static let flags: [String: TokenFacts.Flags] = {
        var flags: [String: TokenFacts.Flags] = [:]
        for word in latin { flags[word, default: []].formUnion([.kind, .generic]) }
        for word in generic { flags[word, default: []].insert(.generic) }
        for word in subUnit { flags[word, default: []].insert(.subUnit) }
        for word in institutionPart { flags[word, default: []].insert(.institutionPart) }
        for word in institutions { flags[word, default: []].insert(.institution) }
        for word in movesAcrossLanguages { flags[word, default: []].insert(.movesAcrossLanguages) }
        for word in articles { flags[word, default: []].insert(.article) }
        for word in companyForms { flags[word, default: []].insert(.companyForm) }
        return flags
    }()

    /// Kind words that languages print at either end of a name made by a place or a person
    /// (University of Aarhus, Aarhus University; Polytechnic University of Marche, Marche
    /// Polytechnic University): moved alone, the name is the same (`Verifier.compare`). An
    /// institute's or a centre's name is made by its field, whose order makes another name
    /// (Institute for Neuroscience, Neuroscience Institute). An array: `WordOrderTwins`
    /// looks each alias's words up in it, and three string comparisons cost less than
    /// hashing the word for a set.
    static let movesAcrossLanguages = ["university", "hospital", "polytechnic"]

    /// Romance articles and prepositions that the matching form keeps, as names hold them
    /// (DES INTERNATIONAL, Di Wu, Hospital del Mar): between two words a listed name met,
    /// one the name does not print is no word of another name (Assistance Publique des
    /// Hôpitaux de Paris, the registry's Assistance Publique – Hôpitaux de Paris), so it
    /// does not count inside the match (`Verifier.compare`).
    static let articles: Set<String> = [
        "des", "del", "della", "delle", "degli", "dei", "la", "le", "les", "el", "los", "las", "di", "da", "do", "dos", "das",
    ]

    /// The words of companies' legal forms, as the normalizer's matching form keeps them
    /// inside a segment (it drops them only at a segment's ends). Between the words of a
    /// listed name they are the parent company's form before its unit (China State
    /// Shipbuilding Corporation Limited 710th Research Institute for the Entity List's
    /// "China State Shipbuilding Corporation, Limited (CSSC) 710th Research Institute"),
    /// no word of another name (`Verifier.compare`). Short forms that are words too (as,
    /// se, sa, ag) are left out.
    static let companyForms: Set<String> = [
        "co", "ltd", "limited", "company", "corp", "corporation", "inc", "incorporated", "llc", "plc", "gmbh",
        "jsc", "ojsc", "pjsc", "cjsc", "ooo", "oao", "zao", "pao",
    ]

    /// Han suffixes that make a containing name another organisation (中国科学院 in 中国科学院大学).
    static let hanSuffixes: [String] = ["大学", "学院", "研究院", "研究所", "医院", "公司", "学校"]
}
