@testable import ScreeningCore
import XCTest

/// Which bracketed words a listed name is also indexed without (names from the US lists).
final class BracketedNameTests: XCTestCase {
    private func spellings(_ text: String) -> [String] { BracketedName.spellings(of: text).map(\.text) }

    func testAcronymsAndOtherNamesLeaveTheName() {
        XCTAssertEqual(spellings("Molecular Electronics Research Institute (MERI)"), ["Molecular Electronics Research Institute", "MERI"])
        XCTAssertEqual(spellings("Instrument Building Design Bureau (KBP) Tula (Russia)"), ["Instrument Building Design Bureau Tula"])
        XCTAssertEqual(spellings("JSC Central Research Institute of Machine Building (JSC TsNIIMash)"),
                       ["JSC Central Research Institute of Machine Building"])
        XCTAssertEqual(spellings("China Academy of Engineering Physics (CAEP)'s 902 Institute"), ["China Academy of Engineering Physics's 902 Institute"])
        XCTAssertEqual(spellings("LTS Holding Limited (f.k.a. IPP-International Petroleum Products Ltd.)"),
                       ["LTS Holding Limited", "IPP-International Petroleum Products Ltd."])
        let aka = BracketedName.spellings(of: "Southwest Institute of Nuclear Physics and Chemistry (a.k.a., China Academy of Engineering Physics' 902 Institute)")
        XCTAssertEqual(aka.map(\.text), ["Southwest Institute of Nuclear Physics and Chemistry", "China Academy of Engineering Physics' 902 Institute"])
        XCTAssertEqual(aka.last?.derivation, .namedInBrackets(of: "Southwest Institute of Nuclear Physics and Chemistry (a.k.a., China Academy of Engineering Physics' 902 Institute)"))
        // Brackets inside brackets (the Entity List's spelling of the same alias): the other
        // name runs to the bracket that closes the first, and leaves out its own.
        XCTAssertEqual(spellings("Southwest Institute of Nuclear Physics and Chemistry (a.k.a., China Academy of Engineering Physics (CAEP)'s 902 Institute)"),
                       ["Southwest Institute of Nuclear Physics and Chemistry", "China Academy of Engineering Physics's 902 Institute"])
    }

    /// The acronym that ends a name is a spelling too; one inside the name is often its
    /// parent's, and a legal form or a two-letter one says too little.
    func testAnAcronymEndingTheNameIsASpelling() {
        let nudt = BracketedName.spellings(of: "National University of Defense Technology (NUDT)")
        XCTAssertEqual(nudt.map(\.text), ["National University of Defense Technology", "NUDT"])
        XCTAssertEqual(nudt.last?.derivation, .acronymInBrackets(of: "National University of Defense Technology (NUDT)"))
        XCTAssertEqual(spellings("Scientific Production Association Mashinostroyeniya (NPOM) (Russia)"),
                       ["Scientific Production Association Mashinostroyeniya", "NPOM"])
        XCTAssertEqual(spellings("China State Shipbuilding Corporation, Limited (CSSC) 7th Research Academy"),
                       ["China State Shipbuilding Corporation, Limited 7th Research Academy"])
        XCTAssertEqual(spellings("Moselectronproekt (JSC)"), [])
        XCTAssertEqual(spellings("Yerevan Telecommunications Research Institute (YETRI) Closed Joint Stock Company (CJSC)"),
                       ["Yerevan Telecommunications Research Institute Closed Joint Stock Company"])
        // Indexed as no primary name, so that the acronym's rule holds however long it is.
        let entity = ListedEntity(id: "t:3", kind: .organization, name: "Venezuelan Military Industry Co. (CAVIM)")
        XCTAssertEqual(IndexedForms.spellings(of: entity).map(\.primary), [true, true, false])
    }

    func testPlacesLegalFormsAndNotesStay() {
        // A city or a country tells apart companies of one group; a legal form and a note are
        // no acronym.
        XCTAssertEqual(spellings("Moore Thread Intelligent Technology (Beijing) Co., Ltd."), [])
        XCTAssertEqual(spellings("China Unicom (Hong Kong) Limited"), [])
        XCTAssertEqual(spellings("Kvantek (HK) Limited"), [])
        XCTAssertEqual(spellings("Huawei Technologies (Australia) Pty Ltd."), [])
        XCTAssertEqual(spellings("UEC (Pvt.) Ltd."), [])
        XCTAssertEqual(spellings("Xinjiang Energy (Group) Co., Ltd"), [])
        // A hyphenated place has two capitals, but is no acronym (a ROR alias).
        XCTAssertEqual(spellings("Nantes (Loire-Atlantique) -- Université"), [])
        XCTAssertEqual(spellings("Southwest Institute of Structural Mechanics; (all of preceding located in or near Mianyang, Sichuan Province)"), [])
        // One word is left only of a coined name with its own acronym; a place, a common word
        // or a kind left alone would name too many.
        XCTAssertEqual(spellings("Florence (Netherlands)"), [])
        XCTAssertEqual(spellings("Cyclotron (Netherlands)"), [])
        XCTAssertEqual(spellings("University (UNI)"), ["UNI"])
        XCTAssertEqual(spellings("No brackets at all"), [])
        XCTAssertEqual(spellings("Unclosed (bracket"), [])
    }

    /// The US lists also give another name after a mark outside brackets, or open an alias
    /// with one; the name before the mark and the one after are spellings of their own.
    func testAnOtherNameAfterAMarkOutsideBracketsIsASpelling() {
        let yichang = "Yichang Testing Technology Research Institute a.k.a. Yichang Institute of Testing Technology"
        let split = BracketedName.spellings(of: yichang)
        XCTAssertEqual(split.map(\.text), ["Yichang Testing Technology Research Institute", "Yichang Institute of Testing Technology"])
        XCTAssertEqual(split.map(\.derivation), [.otherNameLeftOut(of: yichang), .namedAfterMark(of: yichang)])
        XCTAssertEqual(spellings("Thermal Processing Technology Research Institute, a.k.a., Hot Working Technology Research Institute"),
                       ["Thermal Processing Technology Research Institute", "Hot Working Technology Research Institute"])
        // The word joining the two names goes with the mark.
        XCTAssertEqual(spellings("Hoyuan Green Energy Co. Ltd. and formerly known as Wuxi Shangji CNC Co., Ltd"),
                       ["Hoyuan Green Energy Co. Ltd.", "Wuxi Shangji CNC Co., Ltd"])
        XCTAssertEqual(spellings("formerly known as Mianyang High-tech Zone Jingweida Technology Co., Ltd"),
                       ["Mianyang High-tech Zone Jingweida Technology Co., Ltd"])
        XCTAssertEqual(spellings("also known as: Karl Lee"), ["Karl Lee"])
        XCTAssertEqual(spellings("Man, Cho Yan Nathan; a.k.a Nathan Man"), ["Man, Cho Yan Nathan", "Nathan Man"])
        // Slashed marks, in either case: the Denied Persons List's "doing business as" and
        // the debarment list's "also known as".
        XCTAssertEqual(spellings("SIBERIAN AIRLINES D/B/A S7 AIRLINES"), ["SIBERIAN AIRLINES", "S7 AIRLINES"])
        XCTAssertEqual(spellings("Nji, Eric Fru a/k/a Ngi, Eric Fru"), ["Nji, Eric Fru", "Ngi, Eric Fru"])
        XCTAssertEqual(BracketedName.ownName("Panchernikov, Igor a/k/a Maru, Mike"), "Panchernikov, Igor")
        XCTAssertEqual(spellings("AC/DC Power Systems"), [])
        // A note that aliases follow is no name; the acronym in brackets before it still is.
        XCTAssertEqual(spellings("National Development Complex (NDC), a.k.a., the following two aliases:"),
                       ["National Development Complex", "NDC"])
        // The marks are words of their own, written in lower case.
        XCTAssertEqual(spellings("Moscow Aviation Institute"), [])
        XCTAssertEqual(BracketedName.markOutsideBrackets(in: "Shaka.Kai Trading"), nil)
        XCTAssertEqual(BracketedName.ownName("Man, Cho Yan Nathan; a.k.a Nathan Man"), "Man, Cho Yan Nathan")
        XCTAssertEqual(BracketedName.ownName("a.k.a. Hall, Craig"), "a.k.a. Hall, Craig")
        XCTAssertEqual(BracketedName.ownName("Acety, Edwin"), "Acety, Edwin")
    }

    /// Brackets that end a name and say where or what the entry is, or give a short name
    /// led by capitals, leave the name; a city, Hong Kong and a mid-name country stay.
    func testANoteInBracketsEndingTheNameLeavesIt() {
        XCTAssertEqual(spellings("Dandong Zhensheng Trade Co., Ltd. (China)"), ["Dandong Zhensheng Trade Co., Ltd."])
        XCTAssertEqual(spellings("Kumertau Aviation Production Enterprise (Russia)"), ["Kumertau Aviation Production Enterprise"])
        XCTAssertEqual(spellings("Aleksey Budnev (Russian individual)"), ["Aleksey Budnev"])
        XCTAssertEqual(spellings("Wong Myong Son (individual in China)"), ["Wong Myong Son"])
        XCTAssertEqual(spellings("Moscow Machine Building Plant Avangard (MMZ Avangard)"), ["Moscow Machine Building Plant Avangard"])
        XCTAssertEqual(spellings("Zhukovskiy and Gagarin Academy (Z&G Academy)"), ["Zhukovskiy and Gagarin Academy"])
        XCTAssertEqual(spellings("ACM Research (Shanghai)"), [])
        XCTAssertEqual(spellings("Vizo Group Limited (Hong Kong)"), [])
        XCTAssertEqual(spellings("Huawei Technologies (Australia) Pty Ltd."), [])
        XCTAssertEqual(spellings("System Equipment Co., Ltd. of the 28th Research Institute (Liyang)"), [])
    }

    /// A coined word is the name with its own acronym, or with the name it spells out in
    /// brackets; METI's full-width brackets are brackets.
    func testACoinedNameAndMETIsFullWidthBrackets() {
        XCTAssertEqual(spellings("Rosoboronexport (ROE)"), ["Rosoboronexport", "ROE"])
        XCTAssertEqual(spellings("Belvneshpromservice (BVPS)"), ["Belvneshpromservice", "BVPS"])
        XCTAssertEqual(spellings("Rostec (Russian Technologies State Corporation)"), ["Rostec", "Russian Technologies State Corporation"])
        let meti = "Rostec（Russian Technologies State Corporation）"
        XCTAssertEqual(BracketedName.spellings(of: meti).map(\.derivation), [.bracketsLeftOut(of: meti), .namedInBrackets(of: meti)])
        XCTAssertEqual(spellings("Nanjing University of Science and Technology（NUST）"), ["Nanjing University of Science and Technology", "NUST"])
        XCTAssertEqual(spellings("Organisation for Technological Industries (OTI）"), ["Organisation for Technological Industries", "OTI"])
        XCTAssertEqual(spellings("Delta Engineering Concern FZE （DEC）"), ["Delta Engineering Concern FZE", "DEC"])
    }

    /// The name before its own acronym is a spelling when its parent follows after a comma;
    /// a place there makes another entry (a registry's branch).
    func testTheNameBeforeItsAcronymWithoutItsParent() {
        XCTAssertEqual(BracketedName.nameBeforeItsAcronym("Bhabha Atomic Research Centre (BARC), Department of Atomic Energy (DAE)"),
                       "Bhabha Atomic Research Centre")
        XCTAssertEqual(BracketedName.nameBeforeItsAcronym("Indira Gandhi Centre for Atomic Research (IGCAR), DAE"), "Indira Gandhi Centre for Atomic Research")
        XCTAssertEqual(BracketedName.nameBeforeItsAcronym("A.A. Kharkevich Institute for Information Transmission Problems (IITP), Russian Academy of Sciences (RAS)"),
                       "A.A. Kharkevich Institute for Information Transmission Problems")
        XCTAssertNil(BracketedName.nameBeforeItsAcronym("German Cancer Research Center (DKFZ), Dresden"))
        XCTAssertNil(BracketedName.nameBeforeItsAcronym("Pakistan Institute for Nuclear Science and Technology (PINSTECH), Nilore, Islamabad"))
        XCTAssertNil(BracketedName.nameBeforeItsAcronym("China Electronics Technology Group Corporation, 7th Research Institute (CETC-7)"))
        XCTAssertNil(BracketedName.nameBeforeItsAcronym("Institute of Physics (IOP), Chinese Academy of Sciences"))
        XCTAssertNil(BracketedName.nameBeforeItsAcronym("Molecular Electronics Research Institute (MERI)"))
    }

    /// An acronym ending the name after a comma that stands for the words between the comma
    /// and it is the parent's, not indexed alone; the entry's own, ending the name's first
    /// part, is.
    func testTheParentsAcronymEndingTheNameIsNotTheEntrys() {
        let iitp = spellings("A.A. Kharkevich Institute for Information Transmission Problems (IITP), Russian Academy of Sciences (RAS)")
        XCTAssertTrue(iitp.contains("IITP"), "\(iitp)")
        XCTAssertFalse(iitp.contains("RAS"), "\(iitp)")
        let barc = spellings("Bhabha Atomic Research Centre (BARC), Department of Atomic Energy (DAE)")
        XCTAssertTrue(barc.contains("BARC"), "\(barc)")
        XCTAssertFalse(barc.contains("DAE"), "\(barc)")
        // Not the parent's: the words after the comma are the unit's, or a legal form.
        XCTAssertTrue(spellings("China Electronics Technology Group Corporation, 7th Research Institute (CETC-7)").contains("CETC-7"))
        XCTAssertTrue(spellings("Al Technique Corporation of Pakistan, Ltd. (ATCOP)").contains("ATCOP"))
        XCTAssertTrue(spellings("Communication, Telemetry and Telecontrol Research Institute (CTI)").contains("CTI"))
    }

    /// Initials in brackets shortening the words before them give the name as papers print it.
    func testAShortFormInBracketsOfTheWordsBeforeThem() {
        XCTAssertEqual(spellings("Khajeh Nassir-Al-Deen Toosi (K. N. Toosi) University of Technology"),
                       ["Khajeh Nassir-Al-Deen Toosi University of Technology", "K. N. Toosi University of Technology"])
        XCTAssertEqual(spellings("Korea Rungrado (General) Trading Co."), [])
    }

    /// The Entity List cuts some names short inside their last brackets: the bracket runs
    /// to the end.
    func testABracketNeverClosedRunsToTheEnd() {
        XCTAssertEqual(spellings("Gazprom Neft (a.k.a. Gazprom Neft OAO"), ["Gazprom Neft", "Gazprom Neft OAO"])
        XCTAssertEqual(spellings("Almaz-Antey Air Defense Concern Main System Design Bureau, JSC (a.k.a., A.A. Raspletin Main System Design Bureau"),
                       ["Almaz-Antey Air Defense Concern Main System Design Bureau, JSC", "A.A. Raspletin Main System Design Bureau"])
        XCTAssertEqual(spellings("Sabanican Company (a.k.a."), ["Sabanican Company"])
        // What is not another name stays, closed or not.
        XCTAssertEqual(spellings("WEARFORM (MNC GROUP INTERNATIONAL"), [])
    }

    func testIndexedSpellingsSayWhereTheyComeFrom() {
        let entity = ListedEntity(id: "t:1", kind: .organization, name: "Molecular Electronics Research Institute (MERI)")
        XCTAssertEqual(IndexedForms.spellings(of: entity).map(\.derivation),
                       [nil, .bracketsLeftOut(of: "Molecular Electronics Research Institute (MERI)"),
                        .acronymInBrackets(of: "Molecular Electronics Research Institute (MERI)")])
        // A person's name keeps its brackets.
        let person = ListedEntity(id: "t:2", kind: .person, name: "Ivanov, Ivan (IVANOV)")
        XCTAssertEqual(IndexedForms.spellings(of: person).count, 1)
    }
}
