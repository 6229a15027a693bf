/// The country a mention points to: the party's own country, else a country or a Chinese
/// place named in the text (the last; or, for an organisation, the first printed after it:
/// `country(of:after:)`), else words only Japanese addresses use (大学院, 研究科, a prefecture, 仙台), else
/// China's full name, its army's or national academies' (解放军, 中国科学院) or a Chinese
/// province named with its suffix (浙江省).
enum CountryEvidence {
    /// `word` is the mention's word (or legal form) that names the country, when one does: a
    /// listed name that holds the word itself (Korea Ryonbong General Corp., listed in North
    /// Korea; MOFA's 株式会社プラズマ) is not contradicted by it.
    static func country(of mention: NormalizedText, stated: String?) -> (code: String, why: String, word: String?)? {
        if let stated, !stated.isEmpty { return (stated.uppercased(), "the party's country", nil) }
        // The last segments name the country in affiliations; look from the end.
        let tokens = mention.tokens
        var k = tokens.count
        while k > 0 {
            k -= 1
            guard let named = place(at: k, in: tokens) else { continue }
            // Two countries side by side in one segment name a binational body (Institute of
            // Medical Research Israel–Canada), not where it is: neither is evidence. (Hong
            // Kong China is one place.)
            if k > 0, tokens[k - 1].segment == tokens[k].segment, let before = names[tokens[k - 1].text],
               contradicts(listed: before, evidence: named.code) {
                k -= 1
                continue
            }
            return (named.code, named.what + " in the text", tokens[k].text)
        }
        // Japanese kanji forms alone say who wrote the text, not where the organisation is:
        // METI itself writes 哈爾浜工業大学 for a Chinese university. Japanese words do.
        // A company's form says where the company is only when its name is not in katakana:
        // Japan writes a foreign company's name so, with a Japanese form (MOFA's
        // 株式会社アルマズ, Almaz JSC; 有限会社クラナーク, Kranark LLC), and a country drawn
        // from the form halved every such name's score against Russia's. A name in Latin
        // letters with one (株式会社JCU) is most often a Japanese company's, and one in
        // hiragana (株式会社きもと) is Japanese.
        let katakanaName = mention.tokens.contains { $0.script == .kana }
            && !mention.original.unicodeScalars.contains { Kana.isHiragana($0.value) }
        for token in mention.tokens where token.script == .han {
            if let word = japaneseWords.first(where: { token.text.contains($0) && !(katakanaName && $0 == "株式会社") }) {
                return ("JP", "“\(word)”, written so only in Japan", nil)
            }
        }
        // A Japanese corporation's or company's form, cut off as a legal form (国立大学法人,
        // 株式会社): 天馬株式会社 is Japan's Tenma, not China's Tianma read in pinyin.
        if let form = mention.legalForms.first(where: {
            OrganisationTerms.isJapaneseCorporationForm($0) || !katakanaName && OrganisationTerms.isJapaneseCompanyForm($0)
        }) {
            // Japan's own lists write a foreign joint-stock company so too (MOFA's
            // 株式会社プラズマ, Russia's JSC Plasma): the form is the word an alias may hold.
            return ("JP", "“\(form)”, written so only in Japan", form)
        }
        for token in mention.tokens where token.script == .han {
            // The country's full name, inside a Han run (中华人民共和国教育部): 中国 alone is
            // also Japan's Chūgoku region (中国電力).
            if token.text.contains("中华人民共和国") { return ("CN", "“中华人民共和国” in the text", nil) }
            // China's army and its national academies: 中国人民解放军国防大学 is not METI's
            // North Korean 国防大学, 中国科学院理论物理研究所 not ETH Zurich's Institute for
            // Theoretical Physics. Not against a listed name holding it: the academy's units
            // abroad (中国科学院中非联合研究中心, in Kenya).
            if let body = Self.chineseNationalBodies.first(where: { token.text.contains($0.han) }) {
                return ("CN", "“\(body.han)”, \(body.english), in the text", body.han)
            }
            if let province = chineseProvinces.first(where: { token.text.contains($0) }) {
                return ("CN", "“\(province)”, a province of China", nil)
            }
        }
        return nil
    }

    /// The first country a Latin text names after segment `segment`, in printed order: in
    /// a text naming several organisations each with its own address ("Harbin Institute of
    /// Technology, Harbin 150001, China and University of Tokyo, Japan"), the one that
    /// follows an organisation's name is its own; nil when none follows.
    static func country(of mention: NormalizedText, after segment: Int) -> (code: String, why: String, word: String?)? {
        let tokens = mention.tokens
        var k = tokens.firstIndex { $0.segment > segment } ?? tokens.count
        while k < tokens.count {
            defer { k += 1 }
            guard let named = place(at: k, in: tokens) else { continue }
            // Two countries side by side name a binational body (above): neither.
            if k + 1 < tokens.count, tokens[k + 1].segment == tokens[k].segment, let next = names[tokens[k + 1].text],
               contradicts(listed: named.code, evidence: next) {
                k += 1
                continue
            }
            return (named.code, named.what + " after it", tokens[k].text)
        }
        return nil
    }

    /// The country token `k` names, and how to say so: a country's name (not New Mexico's or
    /// New England's; Korea after "North" is North Korea), Inner Mongolia (China's), or a
    /// Chinese province's or city's name in Latin letters (Changsha 410073, Xi'an, Shaanxi:
    /// Chinese affiliations often print no country).
    private static func place(at k: Int, in tokens: [Token]) -> (code: String, what: String)? {
        let text = tokens[k].text
        if text == "mongolia" && k > 0 && tokens[k - 1].text == "inner" { return ("CN", "“inner mongolia”, a region of China,") }
        if chinesePlaces.contains(text) { return ("CN", "“\(text)”, a place in China,") }
        guard let code = names[text], code == "NZ" || k == 0 || tokens[k - 1].text != "new" else { return nil }
        if code == "KR" && northKorea(before: tokens[..<k].suffix(4).map(\.text)) { return ("KP", "“\(text)” of North Korea") }
        return (code, "“\(text)”")
    }

    /// Whether a listed country and the mention's disagree. Hong Kong and Macao are China's
    /// special administrative regions: their addresses often end in "China", and the US
    /// Entity List files Hong Kong entities under China, so neither contradicts the other.
    static func contradicts(listed: String, evidence: String) -> Bool {
        let listed = listed.uppercased()
        guard listed != evidence else { return false }
        if (listed == "CN" && chinaRegions.contains(evidence)) || (evidence == "CN" && chinaRegions.contains(listed)) { return false }
        return true
    }

    private static let chinaRegions: Set<String> = ["HK", "MO"]

    /// Han names of bodies only China has, in canonical simplified forms.
    private static let chineseNationalBodies: [(han: String, english: String)] = [
        ("解放军", "China's army"), ("中国科学院", "the Chinese Academy of Sciences"),
        ("中国社会科学院", "the Chinese Academy of Social Sciences"), ("中国工程院", "the Chinese Academy of Engineering"),
    ]

    /// Whether the words before "Korea" make it North Korea, as its addresses print it:
    /// North Korea, DPR Korea, D.P.R. Korea, Democratic People's Republic of Korea (read as
    /// South Korea, they halved every North Korean entry's hit: Kim Il Sung University,
    /// Pyongyang, DPR Korea scored 0.50). Korea alone stays the South, as most addresses
    /// printing it are.
    static func northKorea(before words: [String]) -> Bool {
        guard let last = words.last else { return false }
        if last == "north" || last == "dpr" || last == "dprk" { return true }
        if words.suffix(3) == ["d", "p", "r"] { return true }
        return words.contains("democratic") && (words.contains("peoples") || words.contains("people"))
    }

    /// Words of Japanese addresses and institutions that Chinese does not write so (in
    /// canonical simplified forms, as the normalizer gives them): academic units, legal
    /// forms, the prefectures with their suffix (三重 alone is Chinese "triple"; 三重县 is
    /// not a Chinese county), and a few cities.
    static let japaneseWords: [String] = ["大学院", "研究科", "法人", "株式会社", "北海道", "东京都", "大阪府", "京都府",
                                          "仙台", "横滨", "名古屋", "札幌", "筑波"]
        + ["青森", "岩手", "宫城", "秋田", "山形", "福岛", "茨城", "栃木", "群马", "埼玉", "千叶", "神奈川", "新潟", "富山",
           "石川", "福井", "山梨", "长野", "岐阜", "静冈", "爱知", "三重", "滋贺", "兵库", "奈良", "和歌山", "鸟取", "岛根",
           "冈山", "广岛", "山口", "德岛", "香川", "爱媛", "高知", "福冈", "佐贺", "长崎", "熊本", "大分", "宫崎", "鹿儿岛",
           "冲绳"].map { $0 + "县" }

    /// China's provinces and its larger cities, in the matching form of their pinyin: each
    /// a name of no other country's place a paper prints (not Taipei, Hong Kong's districts,
    /// nor Georgia's or Korea's towns).
    static let chinesePlaces: Set<String> = [
        "hebei", "shanxi", "liaoning", "jilin", "heilongjiang", "jiangsu", "zhejiang", "anhui", "fujian", "jiangxi",
        "shandong", "henan", "hubei", "hunan", "guangdong", "hainan", "sichuan", "guizhou", "yunnan", "shaanxi", "gansu",
        "qinghai", "guangxi", "ningxia", "xinjiang",
        "beijing", "shanghai", "tianjin", "chongqing", "shenzhen", "guangzhou", "hangzhou", "nanjing", "wuhan", "chengdu",
        "xian", "harbin", "changsha", "changchun", "shenyang", "dalian", "qingdao", "jinan", "zhengzhou", "hefei",
        "kunming", "lanzhou", "nanchang", "xiamen", "nanning", "guiyang", "taiyuan", "shijiazhuang", "hohhot", "urumqi",
        "mianyang", "ningbo", "wuxi", "suzhou", "fuzhou", "xuzhou", "changzhou", "yangzhou", "zhenjiang", "wenzhou",
        "shantou", "zhuhai", "dongguan", "foshan", "luoyang", "baotou", "tangshan", "yantai", "weihai", "zibo", "xiangtan",
        "guilin", "haikou", "sanya", "lhasa", "xining", "yinchuan",
    ]

    /// China's provinces, municipalities and autonomous regions with the suffix that makes
    /// them so (in canonical simplified forms): 海南 and 湖南 alone are also Japanese towns'
    /// names (海南市, 湖南市), 海南省 and 湖南省 are not. A name written in Han says where
    /// its writer is no more than its kanji do (METI writes 哈爾浜工業大学); its province says
    /// where the organisation is.
    static let chineseProvinces: [String] = [
        "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省",
        "河南省", "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省",
        "北京市", "上海市", "天津市", "重庆市",
        "内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区",
    ]

    /// Countries' names in their own languages, as addresses print them (Schweiz, España):
    /// not evidence of a country, since a word of a name may be one (the Crossref gold lost
    /// a hit when they were), but no organisation's alias either (`AddressPlaces.countryAliases`).
    static let localNames: Set<String> = [
        "schweiz", "suisse", "svizzera", "deutschland", "osterreich", "espana", "italia", "nederland", "belgique",
        "belgie", "sverige", "norge", "danmark", "suomi", "polska", "cesko", "magyarorszag", "brasil", "turkiye",
    ]

    /// Country names as the normalizer's matching form writes them, with their ISO codes.
    /// Georgia is left out: as often the US state (Atlanta, Georgia) as the country.
    static let names: [String: String] = [
        "china": "CN", "中国": "CN", "japan": "JP", "日本": "JP", "korea": "KR", "韩国": "KR", "usa": "US",
        "dprk": "KP", "taiwan": "TW", "台湾": "TW", "香港": "HK", "russia": "RU", "iran": "IR", "pakistan": "PK", "india": "IN",
        "germany": "DE", "france": "FR", "uk": "GB", "england": "GB", "singapore": "SG", "canada": "CA",
        "australia": "AU", "italy": "IT", "spain": "ES", "netherlands": "NL", "sweden": "SE", "switzerland": "CH",
        "brazil": "BR", "israel": "IL", "turkey": "TR", "syria": "SY", "belarus": "BY", "ukraine": "UA",
        "hungary": "HU", "poland": "PL", "austria": "AT", "belgium": "BE", "denmark": "DK", "norway": "NO",
        "finland": "FI", "portugal": "PT", "greece": "GR", "ireland": "IE", "czech": "CZ", "czechia": "CZ",
        "slovakia": "SK", "romania": "RO", "bulgaria": "BG", "serbia": "RS", "croatia": "HR", "slovenia": "SI",
        "mexico": "MX", "argentina": "AR", "chile": "CL", "colombia": "CO", "peru": "PE", "egypt": "EG",
        "nigeria": "NG", "kenya": "KE", "ethiopia": "ET", "thailand": "TH", "vietnam": "VN", "malaysia": "MY",
        "indonesia": "ID", "philippines": "PH", "bangladesh": "BD", "lebanon": "LB", "jordan": "JO",
        "iraq": "IQ", "afghanistan": "AF", "kazakhstan": "KZ", "uzbekistan": "UZ", "armenia": "AM",
        "qatar": "QA", "emirates": "AE", "uae": "AE", "zealand": "NZ", "africa": "ZA",
        "morocco": "MA", "tunisia": "TN", "algeria": "DZ", "yemen": "YE", "cuba": "CU", "venezuela": "VE",
        // Each name only one country's, and no US state's or town's (not Georgia, Panama,
        // Jamaica, Wales of New South Wales, nor Sudan, Congo or Guinea, two countries' each).
        "kyrgyzstan": "KG", "tajikistan": "TJ", "turkmenistan": "TM", "azerbaijan": "AZ", "moldova": "MD",
        "mongolia": "MN", "nepal": "NP", "myanmar": "MM", "burma": "MM", "cambodia": "KH", "estonia": "EE", "latvia": "LV",
        "lithuania": "LT", "luxembourg": "LU", "iceland": "IS", "cyprus": "CY", "malta": "MT", "albania": "AL",
        "ecuador": "EC", "bolivia": "BO", "uruguay": "UY", "paraguay": "PY", "ghana": "GH", "senegal": "SN",
        "cameroon": "CM", "uganda": "UG", "tanzania": "TZ", "rwanda": "RW", "zambia": "ZM", "zimbabwe": "ZW",
        "libya": "LY", "oman": "OM", "kuwait": "KW", "bahrain": "BH", "saudi": "SA", "brunei": "BN",
        "scotland": "GB",
    ]
}
