import Dispatch
import Foundation
import ScreeningCore

// Import speed of records files through RecordFiles.open (format recognition, gzip,
// splitting, parsing, mapping), without screening:
//   import-benchmark [--repeat N] FILE...
// prints, per file and in total, the decompressed megabytes and records read per second.

var arguments = Array(CommandLine.arguments.dropFirst())
var repeats = 5
if let flag = arguments.firstIndex(of: "--repeat"), flag + 1 < arguments.count, let n = Int(arguments[flag + 1]) {
    repeats = max(1, n)
    arguments.removeSubrange(flag...(flag + 1))
}
guard !arguments.isEmpty else {
    FileHandle.standardError.write(Data("usage: import-benchmark [--repeat N] FILE...\n".utf8))
    exit(2)
}

/// Decompressed size, read once outside the timing.
func decompressedBytes(_ path: String) throws -> Int {
    let reader = try InputFile.open(path)
    var total = 0
    while true {
        let chunk = try reader.read(maximum: 1 << 20)
        if chunk.isEmpty { return total }
        total += chunk.count
    }
}

var totalBytes = 0.0, totalRecords = 0.0, totalSeconds = 0.0
for path in arguments {
    let bytes = try decompressedBytes(path)
    var records = 0, affiliations = 0, problems = 0
    var best = Double.infinity
    for _ in 0..<repeats {
        records = 0; affiliations = 0; problems = 0
        let start = DispatchTime.now().uptimeNanoseconds
        var source = try RecordFiles.open(path: path) { _ in problems += 1 }
        while let record = try source.next() {
            records += 1
            for party in record.parties { affiliations += party.affiliations.count }
        }
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    let megabytes = Double(bytes) / 1e6
    print(String(format: "%@: %.1f MB, %d records, %d affiliations, %d problems; best of %d: %.3f s, %.1f MB/s, %.0f records/s",
                 (path as NSString).lastPathComponent, megabytes, records, affiliations, problems, repeats, best,
                 megabytes / best, Double(records) / best))
    totalBytes += megabytes
    totalRecords += Double(records)
    totalSeconds += best
}
print(String(format: "total: %.1f MB, %.0f records, %.3f s, %.1f MB/s, %.0f records/s",
             totalBytes, totalRecords, totalSeconds, totalBytes / totalSeconds, totalRecords / totalSeconds))
