import Foundation

/// The language of a report's labels.
public enum ReportLanguage: String, Sendable, CaseIterable {
    case ja, en

    /// The language the locale asks for (`LC_ALL`, then `LC_MESSAGES`, then `LANG`, as
    /// POSIX orders them): Japanese for `ja*`, English otherwise.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> ReportLanguage {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty { return value.lowercased().hasPrefix("ja") ? .ja : .en }
        }
        return .en
    }
}

/// Every label of the HTML report, in one language.
public struct ReportLabels: Sendable {
    public var title: String
    public var summary: String
    public var records: String
    public var recordsWithHits: String
    public var parties: String
    public var mentions: String
    public var hits: String
    public var skippedLines: String
    public var unreadable: String
    public var hitsByList: String
    public var list: String
    public var score: String
    public var status: String
    public var party: String
    public var field: String
    public var mention: String
    public var listedEntity: String
    public var remarks: String
    public var explanation: String
    public var fieldName: String
    public var fieldAffiliation: String
    public var all: String
    public var minimumScore: String
    public var search: String
    public var sort: String
    public var sortInput: String
    public var sortScore: String
    public var sortList: String
    public var unreviewed: String
    public var confirmed: String
    public var dismissed: String
    public var noHits: String
    public var shown: String
    public var researchers: String
    public var researcher: String
    public var procedure: String
    public var item9: String
    public var item10: String
    public var item11: String
    public var unplaced: String
    public var found: String
    public var notFound: String
    public var recordsReviewed: String
    public var identifiedOn: String
    public var evidence: String
    public var statusNote: String

    /// English labels.
    public static let en = ReportLabels(
        title: "entity-screen report", summary: "Summary", records: "Records screened",
        recordsWithHits: "Records with hits", parties: "Parties", mentions: "Names and affiliations",
        hits: "Hits", skippedLines: "Lines skipped (malformed)", unreadable: "Files read only in part",
        hitsByList: "Hits by list", list: "List", score: "Score", status: "Status", party: "Party",
        field: "Field", mention: "Mention (matched part highlighted)", listedEntity: "Listed entity",
        remarks: "Remarks", explanation: "Explanation", fieldName: "name", fieldAffiliation: "affiliation",
        all: "all", minimumScore: "Minimum score", search: "Search", sort: "Sort",
        sortInput: "input order", sortScore: "highest score first", sortList: "list",
        unreviewed: "unreviewed", confirmed: "confirmed", dismissed: "false positive",
        noHits: "No hits.", shown: "hits shown", researchers: "Researchers under review",
        researcher: "Researcher",
        procedure: "Items of the due-diligence procedure (3-3 (1)(i)) the hits bear on.",
        item9: "⑨ The researcher is on a list",
        item10: "⑩ The researcher belongs to a listed organisation",
        item11: "⑪ A co-author or co-inventor is listed or belongs to a listed organisation",
        unplaced: "Hits on records where the researcher was not identified among the parties",
        found: "hits found", notFound: "none found", recordsReviewed: "records",
        identifiedOn: "researcher identified on", evidence: "Records that show it",
        statusNote: "Review status is kept in this browser only (local storage).")

    /// Japanese labels.
    public static let ja = ReportLabels(
        title: "entity-screen スクリーニング結果", summary: "概要", records: "確認した記録",
        recordsWithHits: "該当候補のある記録", parties: "人・機関", mentions: "氏名・所属",
        hits: "該当候補", skippedLines: "読み飛ばした行（形式不正）", unreadable: "一部しか読めなかったファイル",
        hitsByList: "リスト別の該当候補", list: "リスト", score: "スコア", status: "確認状況", party: "人・機関",
        field: "項目", mention: "記載（一致した部分を強調）", listedEntity: "リスト掲載者",
        remarks: "備考", explanation: "説明", fieldName: "氏名・名称", fieldAffiliation: "所属",
        all: "すべて", minimumScore: "最低スコア", search: "検索", sort: "並べ替え",
        sortInput: "入力順", sortScore: "スコアの高い順", sortList: "リスト順",
        unreviewed: "未確認", confirmed: "該当", dismissed: "非該当",
        noHits: "該当候補はありません。", shown: "件表示", researchers: "確認対象の研究者",
        researcher: "研究者",
        procedure: "デュー・ディリジェンスの確認事項（3-3 (1)(i)）との対応。",
        item9: "⑨ リストへの掲載",
        item10: "⑩ リスト掲載機関への所属",
        item11: "⑪ リスト掲載機関に所属する研究者等との共著・共同発明",
        unplaced: "研究者本人を特定できなかった記録の該当候補",
        found: "該当候補あり", notFound: "該当候補なし", recordsReviewed: "件の記録",
        identifiedOn: "本人を特定した記録", evidence: "根拠となる記録",
        statusNote: "確認状況はこのブラウザ内（ローカルストレージ）にのみ保存されます。")

    /// The labels of `language`.
    public static func labels(_ language: ReportLanguage) -> ReportLabels {
        language == .ja ? .ja : .en
    }
}
