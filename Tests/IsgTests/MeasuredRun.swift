// Running `isg` while measuring it: wall clock, peak memory of that one process, a kill past a deadline.

import TestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Binary {
    struct Measured {
        /// The exit status, or 128 + the signal that ended the process (as a shell shows it).
        var status: Int32
        var stdout: String
        var stderr: String
        var seconds: Double
        /// The process's peak resident memory.
        var peakBytes: Int
        var timedOut: Bool
    }

    /// Runs `isg` with `arguments` (absolute paths: the process keeps the test's folder). Spawned and
    /// reaped by hand: `wait4` gives this one child's peak memory, where `getrusage(RUSAGE_CHILDREN)`
    /// would give the largest of every child the test process ever waited for.
    static func measured(_ arguments: [String], deadline: Double = 60) throws -> Measured {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outPath = folder + "/stdout", errPath = folder + "/stderr"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv: [UnsafeMutablePointer<CChar>?] = ([isg] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = ProcessInfo.processInfo.environment.map { strdup("\($0)=\($1)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        let start = Date()
        var pid = pid_t()
        let spawned = posix_spawn(&pid, isg, &actions, nil, argv, envp)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }
        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        while wait4(pid, &status, WNOHANG, &usage) == 0 {
            if Date().timeIntervalSince(start) > deadline {
                timedOut = true
                kill(pid, SIGKILL)
                _ = wait4(pid, &status, 0, &usage)
                break
            }
            usleep(5_000)
        }
        let seconds = Date().timeIntervalSince(start)
        let signal = status & 0x7f
        let text = { (path: String) in (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
        #if os(Linux)
        let peak = Int(usage.ru_maxrss) * 1024  // kilobytes on Linux, bytes on macOS
        #else
        let peak = Int(usage.ru_maxrss)
        #endif
        return Measured(status: signal == 0 ? (status >> 8) & 0xff : 128 + signal, stdout: text(outPath),
                        stderr: text(errPath), seconds: seconds, peakBytes: peak,
                        timedOut: timedOut)
    }
}
