/// The words organisation names are made of, as the matching form treats them:
/// bibliographic abbreviations (Web of Science, Scopus) and spelling variants folded to one
/// word, legal forms of every script stripped (but kept for display), stop words dropped.
///
/// `Harbin Inst Technol` and `Harbin Institute of Technology` both become
/// `harbin institute technology`; `Univ Elect Sci & Technol China` and `University of
/// Electronic Science and Technology of China` both `university electronic science
/// technology china`.
public enum OrganisationTerms {
    /// What the normalizer does with one folded Latin token.
    public enum Role: Sendable, Equatable {
        /// Replace with this word (an abbreviation or variant spelling).
        case word(String)
        /// Drop from the matching form (of, the, and, ...).
        case stopWord
    }

    /// Per-token roles; tokens not in the table are kept as they are.
    public static let roles: [String: Role] = {
        var table: [String: Role] = [:]
        for (canonical, variants) in wordClasses {
            for variant in variants.split(separator: " ") where String(variant) != canonical {
                table[String(variant)] = .word(canonical)
            }
        }
        for (english, local) in placeNames {
            for variant in local.split(separator: " ") { table[String(variant)] = .word(english) }
        }
        for word in stopWords.split(separator: " ") { table[String(word)] = .stopWord }
        return table
    }()

    /// Cities that institutions are named after, English name → the local spellings
    /// (folded) affiliations print (Università di Torino is the University of Turin;
    /// Universität Köln the University of Cologne). Proper names, so not among
    /// `wordClasses`' vocabulary. Only where no other city takes either name: not Leuven and
    /// Louvain (two universities now), nor Hannover and Hanover.
    static let placeNames: [(String, String)] = [
        ("turin", "torino"), ("milan", "milano"), ("naples", "napoli"), ("rome", "roma"), ("florence", "firenze"),
        ("genoa", "genova"), ("padua", "padova"), ("venice", "venezia"), ("munich", "munchen muenchen"),
        ("cologne", "koln koeln"), ("vienna", "wien"), ("nuremberg", "nurnberg nuernberg"), ("prague", "praha"),
        ("warsaw", "warszawa"), ("lisbon", "lisboa"), ("seville", "sevilla"), ("brussels", "bruxelles brussel"),
        ("copenhagen", "kobenhavn"), ("gothenburg", "goteborg"), ("moscow", "moskva"), ("geneva", "geneve genf"),
        ("antwerp", "antwerpen"), ("ghent", "gent"), ("athens", "athina"), ("bucharest", "bucuresti"),
        ("belgrade", "beograd"), ("kyiv", "kiev"),
    ]

    /// Canonical word → its abbreviations and variant spellings (space-separated).
    /// Words an abbreviation cannot tell apart share one class (`Elect` is electronic,
    /// electrical and electric alike in Web of Science).
    static let wordClasses: [(String, String)] = [
        ("university", "univ universities universite universitat universidad universita universidade uni universiteit universitet univerzitet univerzita uniwersytet universitatea universitaet"
            + " egyetem yliopisto yliopiston univerza sveuciliste sveucilista universitesi universiti universitas"),
        ("institute", "inst institut instituto istituto institutes"),
        ("technology", "technol tech technological technologies technologie tecnologia techn"),
        ("science", "sci sciences scientific sciencs scientif"),
        ("academy", "acad academia academie akademie academies"),
        ("national", "natl nacional nationale"),
        ("natural", "nat"),
        ("laboratory", "lab labs laboratories laboratoire laboratorio labor"),
        ("engineering", "engn eng engineer engineers engg"),
        ("electronic", "elect electronics electrical electric electr electronique"),
        ("defense", "def defence"),
        ("aeronautics", "aeronaut aeronautical aeronautic aero"),
        ("astronautics", "astronaut astronautical astronautic"),
        ("polytechnic", "polytech polytechnical politecnico polytechnique"),
        ("college", "coll"),
        ("school", "sch"),
        ("faculty", "faculte facultad faculdade facolta fakultet fakultat fakulteta"),
        ("department", "dept dep depts departments departamento departement dipartimento departament"),
        ("china", "prc"),
        ("research", "res"),
        ("center", "ctr centre centro centrum zentrum"),
        ("central", "cent"),
        ("hospital", "hosp hopital hopitaux ospedale"),
        ("medical", "med medicine"),
        ("chemistry", "chem chemical"),
        ("physics", "phys physical"),
        ("mechanical", "mech mechanics"),
        ("materials", "mat mater material"),
        ("information", "informat info inf"),
        ("computer", "comp comput computing computation computational"),
        ("industry", "ind industrial industries"),
        ("association", "assoc"),
        ("society", "soc"),
        ("foundation", "fdn found"),
        ("agriculture", "agr agric agricultural"),
        ("environment", "environm environmental"),
        ("biology", "biol biological"),
        ("mathematics", "math mathematical maths"),
        ("applied", "appl"),
        ("advanced", "adv advance"),
        ("organization", "org organisation organizations organisations"),
        ("program", "programme"),
        ("key", "key"),
        ("state", "st"),
        ("government", "govt gov"),
        ("ministry", "minist"),
        ("management", "management mgmt"),
        ("energy", "energ"),
        ("nuclear", "nucl"),
        ("optics", "opt optical"),
        ("instrument", "instrum instruments instrumentation"),
        ("communication", "commun communications"),
        ("telecommunication", "telecommun telecommunications"),
        // China's universities "of Posts and Telecommunications" (邮电, CC-CEDICT's "post and
        // telecommunications"; papers print "Post" too).
        ("post", "posts"),
        ("international", "int intl internat"),
        ("administration", "adm admin"),
        ("military", "mil"),
        // The service and its adjective (Naval Medical University, Navy Submarine Academy:
        // both the PLA's on the 1286 list; CC-CEDICT glosses 海军 "navy").
        ("navy", "naval"),
        ("normal", "normal"),
        ("economics", "econ economic economy"),
        ("geology", "geol geological"),
        ("system", "syst systems"),
        ("automation", "automat"),
        ("shipbuilding", "shipbldg"),
        ("accelerator", "accel"),
    ]

    /// Multi-word spellings of one name (country names above all), folded to one word.
    public static let phrases: [[String]: [String]] = {
        var table: [[String]: [String]] = [:]
        let pairs: [(String, String)] = [
            ("peoples r china", "china"), ("peoples republic china", "china"), ("p r china", "china"),
            ("pr china", "china"), ("people s republic china", "china"),
            ("u s a", "usa"), ("united states america", "usa"), ("united states", "usa"),
            ("united kingdom", "uk"), ("u k", "uk"), ("republic korea", "korea"), ("south korea", "korea"),
            // The Russian Academy of Sciences' regional branches, as Russian affiliations print
            // them after an institute's name (Institute of Molecular and Cell Biology SB RAS).
            ("sb ras", "siberian branch russian academy science"), ("ub ras", "ural branch russian academy science"),
            ("feb ras", "far east branch russian academy science"), ("far eastern", "far east"),
            // German's "zu" after a university is English's "of" (Humboldt-Universität zu Berlin,
            // Humboldt University of Berlin); elsewhere it stays, a pinyin syllable (Zu Chongzhi).
            ("universitat zu", "university"), ("universitaet zu", "university"),
            // Italian's and Portuguese's prepositions after a university likewise (Università
            // degli Studi di Torino, Università della Calabria, Universidade do Porto: University
            // of Turin, of Calabria, of Porto); "di", "da" and "do" alone stay (Di Wu; DA, DO).
            ("universita di", "university"), ("universita degli studi di", "university"), ("universita degli studi", "university"),
            ("universita della", "university"),
            ("universidade do", "university"), ("universidade da", "university"), ("universidade dos", "university"),
            ("universidade das", "university"),
            // And after a unit's kind (Dipartimento di Fisica, Istituto di Genetica Molecolare):
            // the department of physics, whose "di" would otherwise read as a word of its name.
            ("dipartimento di", "department"), ("istituto di", "institute"), ("centro di", "center"),
            ("laboratorio di", "laboratory"), ("scuola di", "school"), ("facolta di", "faculty"), ("sezione di", "sezione"),
            // "Nat." alone is Web of Science's Natural (Nat Sci, Nat Resources); before an
            // institution's kind it is National, as affiliations print it (Nat. Univ. of
            // Singapore, Nat. Lab., Nat. Inst.), where Web of Science writes Natl.
            ("nat univ", "national university"), ("nat lab", "national laboratory"), ("nat labs", "national laboratory"),
            ("nat inst", "national institute"), ("nat acad", "national academy"), ("nat ctr", "national center"),
            ("nat center", "national center"), ("nat centre", "national center"),
            ("nat accel", "national accelerator"),
            // "Bus." is Business only before "Sch." (London Bus. Sch.). Not after it: a phrase's
            // first word sends a text off the scan's direct path, and "school" is in many.
            ("bus sch", "business school"), ("bus school", "business school"),
            // "Tech." alone is Technology (Inst. of Tech.); before "Univ." it is Technical, as
            // Web of Science writes Technical University (Tech Univ Munich; its University of
            // Technology is Univ Technol): the Technical University of Munich, not the
            // University of Munich with a word of technology before it.
            ("tech univ", "technical university"), ("techn univ", "technical university"),
            // German's adjective before its university, as papers translate it (Technical
            // University Dresden of Technische Universität Dresden); a phrase, not a word of
            // the vocabulary, whose katakana glosses (テック, "technical center") would then
            // read as a body's.
            ("technische universitat", "technical university"), ("technische universitaet", "technical university"),
            ("technischen universitat", "technical university"), ("technischen universitaet", "technical university"),
        ]
        for (phrase, replacement) in pairs {
            table[phrase.split(separator: " ").map(String.init)] = replacement.split(separator: " ").map(String.init)
        }
        return table
    }()

    /// Dropped from the matching form: they carry no identity.
    /// Articles that are also acronyms in names (LES, DES, DA, DO) are not among them.
    static let stopWords = "of the and for in at on de du et der die das und fur an"

    /// The stop words that join two names (`Token.clause`): "at" too, which joins a unit to
    /// the institution it is at (Section of Emergency Medicine at The University of Chicago).
    static let conjunctions = ["and", "et", "und", "at"]

    /// Legal forms as sequences of folded tokens, stripped at the end of a segment
    /// (and at its start for those written first: Kabushiki Kaisha, OOO, JSC).
    public static let latinLegalForms: [[String]] = [
        "co ltd", "co limited", "company limited", "co inc", "co llc", "company", "co",
        "ltd", "limited", "corp", "corporation", "inc", "incorporated", "llc", "l l c", "lp", "llp",
        "kabushiki kaisha", "kabushikikaisha", "k k", "kk", "godo kaisha", "yugen kaisha", "gk",
        "gmbh", "ag", "kg", "se", "s a", "sa", "s a s", "sas", "s p a", "spa", "s r l", "srl", "bv", "b v",
        "nv", "n v", "plc", "pte", "pty", "pvt", "ab", "oy", "as", "a s",
        "jsc", "ojsc", "pjsc", "cjsc", "ooo", "oao", "zao", "pao", "ao", "fsue", "fgup",
        "group", "holdings", "holding",
    ].map { $0.split(separator: " ").map(String.init) }

    /// Russian companies' forms in full, as the US Entity List writes them first (Joint Stock
    /// Company Penza Electrotechnical Research Institute): JSC and LLC, spelled out. Not
    /// last: "VR-Technologies Limited Liability Company" would leave a name of common words
    /// only, which its own spellings no longer met.
    static let russianCompanyForms: [[String]] = [
        "joint stock company", "open joint stock company", "closed joint stock company", "public joint stock company",
        "non public joint stock company", "limited liability company",
    ].map { $0.split(separator: " ").map(String.init) }

    /// Legal forms that may stand first in a name. Russia's state institutions print theirs
    /// first, in full, abbreviated or transliterated, and the name after it, often quoted
    /// (FSBEI of HE “Sakhalin State University”; the US Entity List's Federal State Budgetary
    /// Institution of Science Institute of Molecular and Cell Biology).
    public static let latinLegalPrefixes: Set<[String]> = Set([
        "kabushiki kaisha", "kabushikikaisha", "ooo", "oao", "zao", "pao", "ao", "jsc", "ojsc", "pjsc", "cjsc",
        "fsue", "fgup",
    ].map { $0.split(separator: " ").map(String.init) } + russianStateInstitutionForms + russianCompanyForms)

    /// The forms of Russia's federal state institutions, each also without its "of" (FSBEI
    /// HE as well as FSBEI of HE): legal forms are met before stop words are dropped.
    static let russianStateInstitutionForms: [[String]] = {
        let forms = [
            "federal state budgetary educational institution of higher education",
            "federal state budgetary educational institution of higher professional education",
            "federal state autonomous educational institution of higher education",
            "federal state autonomous educational institution of higher professional education",
            "federal state budgetary institution of science", "federal state budgetary scientific institution",
            "federal state budgetary institution", "federal state budgetary institute", "federal state autonomous institution",
            "federal state institution",
            "federal state unitary enterprise",
            "federalnoe gosudarstvennoe byudzhetnoe uchrezhdenie nauki", "federalnoe gosudarstvennoe byudzhetnoe uchrezhdenie",
            "federalnoe gosudarstvennoe unitarnoe predpriyatie",
            "fsbei of he", "fsbei of hpe", "fsaei of he", "fsei of he",
            "fsbei", "fsaei", "fsbi", "fsbis", "fsbsi", "fgbu", "fgbun", "fgbnu", "fgbou vo", "fgaou vo", "fgbou", "fgaou",
        ]
        return forms.flatMap { form -> [[String]] in
            let words = form.split(separator: " ").map(String.init)
            let withoutOf = words.filter { $0 != "of" }
            return withoutOf == words ? [words] : [words, withoutOf]
        }
    }()

    /// Legal forms in Han script (canonical simplified forms), longest first, stripped at
    /// the end of a Han run; `集团` only as a suffix.
    public static let hanLegalSuffixes: [String] = [
        "股份有限公司", "有限责任公司", "集团有限公司", "集团公司", "有限公司", "株式会社", "有限会社",
        "合同会社", "合资会社", "合名会社", "公司", "集团",
    ]

    /// Whether `form` (a removed legal form, canonical, or its reading in katakana) is a
    /// Japanese public or non-profit corporation's (国立大学法人, 一般財団法人, 医療法人社団,
    /// コクリツダイガクホウジン), not a company's.
    public static func isJapaneseCorporationForm(_ form: String) -> Bool {
        ["法人", "法人社团", "法人财团", "ホウジン", "ホウジンシャダン", "ホウジンザイダン"].contains { form.hasSuffix($0) }
    }

    /// A Han company's forms that say "limited" (canonical, longest first), which a group's
    /// units print inside their names since it became one (中国电子科技集团有限公司第三十八研究所)
    /// and the lists write as 公司.
    static let hanLimitedCompanyForms = ["股份有限公司", "有限责任公司", "有限公司"]

    /// Whether `form` (a removed legal form, canonical, or its reading in katakana) is a
    /// Japanese company's (株式会社, (株), 有限会社, 合同会社, カブシキガイシャ): written so only in
    /// Japan, where China writes 股份有限公司 or 有限公司.
    public static func isJapaneseCompanyForm(_ form: String) -> Bool {
        japaneseCompanyForms.contains(form)
    }

    private static let japaneseCompanyForms: Set<String> = [
        "株式会社", "有限会社", "合同会社", "合资会社", "合名会社", "株", "有",
        "カブシキガイシャ", "カブシキカイシャ", "ユウゲンガイシャ", "ゴウドウガイシャ",
    ]

    /// Legal forms in Han script written before the name (株式会社ソニー), canonical
    /// simplified forms, a longer one before one it ends with. Japan's public and non-profit
    /// corporations print theirs there too (国立大学法人東北大学, 国立研究開発法人理化学研究所,
    /// 一般財団法人北海道コンクリート技術センター), and registries and lists in English leave
    /// them out (Tohoku University, RIKEN, Hokkaido Concrete Technical Center).
    /// Japan's lists write a Russian company's form so too (MOFA's 公開株式会社, public joint
    /// stock company; 連邦国家単一企業, federal state unitary enterprise), which the English
    /// names print as forms.
    public static let hanLegalPrefixes: [String] = [
        "公开株式会社", "非公开株式会社", "公共株式会社", "有限责任会社", "连邦国家单一企业",
        "株式会社", "有限会社", "合同会社",
        "国立大学法人", "国立研究开发法人", "大学共同利用机关法人", "地方独立行政法人", "独立行政法人",
        "一般社团法人", "一般财团法人", "公益社团法人", "公益财团法人", "社团法人", "财团法人",
        "学校法人", "社会福祉法人", "医疗法人社团", "医疗法人财团", "医疗法人", "特定非营利活动法人", "宗教法人",
    ]

    /// The Japanese spellings of `hanLegalPrefixes` whose canonical forms differ, for text
    /// read as listed (`AcronymAlias`).
    static let japaneseSpellingsOfHanLegalForms = ["公開株式会社", "非公開株式会社", "有限責任会社", "連邦国家単一企業"]

    /// Han runs that are a whole legal form on their own, as in `(株)` and `(有)`.
    public static let hanLegalAbbreviations: Set<String> = ["株", "有"]
}
