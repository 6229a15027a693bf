import Foundation
import XCTest

/// Runs the built binary with its output in files (so a flood of messages cannot block it
/// on a full pipe), a time limit, and the child's own peak memory from `wait4`.
enum ChildProcess {
    struct Result {
        /// Exit status, or 128 + the signal when it was killed.
        var status: Int32
        /// Peak resident memory of the child, in KiB (`ru_maxrss`: the kernel's VmHWM).
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
        while wait4(pid, &status, WNOHANG, &usage) == 0 {
            if !timedOut && (Date() > deadline || stopWhen?() == true) {
                timedOut = true
                kill(pid, stopSignal)
            }
            usleep(20_000)
        }
        let signal = status & 0x7F
        let code = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        return Result(status: code, peakKiB: usage.ru_maxrss,
                      out: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: outPath))) ?? Data(), as: UTF8.self),
                      err: String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: errPath))) ?? Data(), as: UTF8.self),
                      timedOut: timedOut)
    }
}
