// Wall and CPU time per stage of an import, printed to standard error when ISG_TIMING is set (benchmarks).

import Foundation
import Model

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `ISG_TIMING=1 isg import ...` prints one line per stage: its wall time, the process's CPU time
/// during it, and the peak resident memory so far. Counts and times only, never data.
struct StageClock {
    let enabled: Bool
    private var wall = Date()
    private var cpu = StageClock.cpuSeconds()

    init(enabled: Bool = ProcessInfo.processInfo.environment["ISG_TIMING"].map { !$0.isEmpty && $0 != "0" } ?? false) {
        self.enabled = enabled
    }

    mutating func lap(_ stage: String) {
        guard enabled else { return }
        let now = Date(), nowCPU = Self.cpuSeconds()
        let line = String(format: "isg timing: %-14@ wall %6.2f s  cpu %6.2f s  now %5.0f MiB  peak %5.0f MiB\n",
                          stage as NSString, now.timeIntervalSince(wall), nowCPU - cpu, Self.currentMiB(), Self.peakMiB())
        FileHandle.standardError.write(Data(line.utf8))
        wall = now
        cpu = nowCPU
    }

    #if canImport(Glibc)
    static let itself = __rusage_who_t(RUSAGE_SELF.rawValue)
    #else
    static let itself = RUSAGE_SELF
    #endif

    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(Self.itself, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// The resident memory now (Linux: /proc/self/statm, in pages), 0 where unknown.
    static func currentMiB() -> Double {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Double(fields[1]) else { return 0 }
        return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
    }

    /// ru_maxrss is in KiB on Linux.
    static func peakMiB() -> Double {
        var usage = rusage()
        getrusage(Self.itself, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
