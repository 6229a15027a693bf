import Foundation
import XCTest

/// Runs the built binary with its output in files (so a flood of messages cannot block it
/// on a full pipe), a time limit, and the child's own peak memory.
enum ChildProcess {
    struct Result {
        /// Exit status, or 128 + the signal when it was killed.
        var status: Int32
        /// Peak resident memory of the child, in KiB: the largest VmHWM its `/proc` status
        /// showed while it ran as the binary. `wait4`'s `ru_maxrss` is the fallback for a
        /// child too quick to be seen: it also counts the test process's own peak, since
        /// `posix_spawn` starts the child in the parent's memory before the exec.
        var peakKiB: Int
        var out: String
        var err: String
        /// Whether it was stopped (time limit or `stopWhen`) rather than ending by itself.
        var timedOut: Bool
    }

    /// Runs `entity-screen arguments`; sends it `stopSignal` after `timeLimit` seconds, or
    /// as soon as `stopWhen` (polled every 20 ms) says so.
    static func run(_ arguments: [String], environment: [String: String] = [:], stdin: String? = nil,
                    timeLimit: Double = 300, stopSignal: Int32 = SIGKILL, stopWhen: (() -> Bool)? = nil) throws -> Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("entity-screen-child-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outPath = folder.appendingPathComponent("out").path, errPath = folder.appendingPathComponent("err").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let path = EntityScreenBinary.url.path
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, nil, argv, envp)
        guard spawned == 0 else { throw NSError(domain: "posix_spawn", code: Int(spawned)) }
        var status: Int32 = 0
        var usage = rusage()
        let deadline = Date().addingTimeInterval(timeLimit)
        var timedOut = false
        var seenPeak = 0
        while wait4(pid, &status, WNOHANG, &usage) == 0 {
            if let peak = peakSinceExec(of: pid) { seenPeak = max(seenPeak, peak) }
            if !timedOut && (Date() > deadline || stopWhen?() == true) {
                timedOut = true
                kill(pid, stopSignal)
            }
            usleep(20_000)
        }
        let signal = status & 0x7F
        let code = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        return Result(status: code, peakKiB: seenPeak > 0 ? seenPeak : usage.ru_maxrss,
                      out: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: outPath))) ?? Data(), as: UTF8.self),
                      err: String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: errPath))) ?? Data(), as: UTF8.self),
                      timedOut: timedOut)
    }

    /// The child's VmHWM in KiB from `/proc/PID/status`, once it runs the binary (its name
    /// is then the binary's); nil before the exec, when it still shares the test process's
    /// memory, and once it has exited.
    static func peakSinceExec(of pid: pid_t) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              status.hasPrefix("Name:\t" + EntityScreenBinary.url.lastPathComponent.prefix(15) + "\n"),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return nil }
        return Int(line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first ?? "")
    }
}
