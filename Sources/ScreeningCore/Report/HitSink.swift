/// Where `ScreenRun` puts what it finds: the run hands every record (in input order) with
/// its hits to a sink, which appends output bytes. JSON Lines and CSV stream a line per
/// hit; the HTML report keeps the records with hits and writes the whole page at the end.
public protocol HitSink: AnyObject {
    /// Bytes that open the output (the CSV header); empty for none.
    func header() -> [UInt8]
    /// Called for every record screened, in input order, with its hits (often none).
    func add(_ record: Record, hits: [Hit], to output: inout [UInt8])
    /// Bytes that close the output, after the last record (the HTML page); empty for none.
    func footer(summary: ScreenRun.Summary) -> [UInt8]
    /// True when `add` writes nothing and keeps nothing for a record without hits: the run
    /// then does not call it for those (most records), nor gathers their places.
    var ignoresRecordsWithoutHits: Bool { get }
}

extension HitSink {
    public var ignoresRecordsWithoutHits: Bool { false }
}

/// A sink whose bytes for a record depend on that record and its hits alone, not on the
/// records before it (JSON Lines, CSV): `ScreenRun` adds a batch's records on several
/// threads and joins their bytes in input order.
public protocol RecordwiseHitSink: HitSink, Sendable {}

/// Hits as JSON Lines (FORMATS.md), one line per hit.
public final class JSONLinesHitSink: RecordwiseHitSink {
    public init() {}
    public func header() -> [UInt8] { [] }
    public func add(_ record: Record, hits: [Hit], to output: inout [UInt8]) {
        for hit in hits { hit.appendJSONLine(to: &output) }
    }
    public var ignoresRecordsWithoutHits: Bool { true }
    public func footer(summary: ScreenRun.Summary) -> [UInt8] { [] }
}

/// Hits as CSV, one row per hit, that Japanese Excel opens as UTF-8: the file starts with
/// a byte-order mark (without it Excel reads Shift_JIS) and rows end in CRLF.
public final class CSVHitSink: RecordwiseHitSink {
    /// The UTF-8 byte-order mark.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    public init() {}
    public func header() -> [UInt8] { CSVHitSink.byteOrderMark + Array(Hit.csvHeader.utf8) }
    public func add(_ record: Record, hits: [Hit], to output: inout [UInt8]) {
        for hit in hits { hit.appendCSVRow(to: &output) }
    }
    public var ignoresRecordsWithoutHits: Bool { true }
    public func footer(summary: ScreenRun.Summary) -> [UInt8] { [] }
}
