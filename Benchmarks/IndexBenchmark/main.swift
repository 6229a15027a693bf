// Index build benchmark: loads list files, builds the n-gram index and the matcher once,
// and prints the times (the normalizer's tables and dictionaries loaded beforehand) and the process's resident memory as one line of key=value pairs.
// One build per process, so the peak (VmHWM) is this build's; Benchmarks/run runs it
// several times and takes the medians.
//
//   index-benchmark [--threads N] LIST...
import Dispatch
import Foundation
import ScreeningCore

var arguments = Array(CommandLine.arguments.dropFirst())
var threads = ProcessInfo.processInfo.activeProcessorCount
if let i = arguments.firstIndex(of: "--threads"), i + 1 < arguments.count, let n = Int(arguments[i + 1]), n > 0 {
    threads = n
    arguments.removeSubrange(i...(i + 1))
}
guard !arguments.isEmpty else {
    FileHandle.standardError.write(Data("usage: index-benchmark [--threads N] LIST...\n".utf8))
    exit(2)
}

/// Seconds taken by `body`.
func seconds<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let value = try body()
    return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}

/// A field of /proc/self/status in MiB (`VmRSS`: resident now; `VmHWM`: the peak so far;
/// `RssFile`: the resident pages of mapped files, the dictionaries' and libraries').
func statusMiB(_ field: String) -> Double {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(field + ":") }),
          let kB = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) else { return -1 }
    return kB / 1024
}

do {
    let (normalizer, normalizerSeconds) = try seconds { try Normalizer.standard() }
    // The glossary and Japanese dictionaries load on the first Han or kana text: load them
    // here, so the index time is the index's own.
    let (_, dictionarySeconds) = seconds { normalizer.normalize("東京大学 ハルビン工業大学", options: .allForms) }
    let baseline = statusMiB("VmRSS")
    let (loaded, loadSeconds) = try seconds { try ListFiles.load(arguments) }
    let afterLoad = statusMiB("VmRSS")
    let (index, indexSeconds) = seconds { EntityIndex(entities: loaded.entities, normalizer: normalizer, threads: threads) }
    let afterIndex = statusMiB("VmRSS")
    // With the registry's parent links, as `screen` makes it.
    let (matcher, matcherSeconds) = seconds { Matcher(index: index, normalizer: normalizer, threads: threads, parents: loaded.parents) }
    print(String(format: "entities=%d aliases=%d threads=%d normalizer_s=%.3f dictionaries_s=%.3f load_s=%.3f index_s=%.3f matcher_s=%.3f "
                 + "rss_before_lists_mib=%.0f rss_after_load_mib=%.0f rss_after_index_mib=%.0f rss_mib=%.0f rss_file_mib=%.0f peak_rss_mib=%.0f",
                 loaded.entities.count, matcher.index.aliases.count, threads, normalizerSeconds, dictionarySeconds, loadSeconds, indexSeconds,
                 matcherSeconds, baseline, afterLoad, afterIndex, statusMiB("VmRSS"), statusMiB("RssFile"), statusMiB("VmHWM")))
} catch {
    FileHandle.standardError.write(Data("index-benchmark: \(error)\n".utf8))
    exit(3)
}
