// Wall and CPU time per stage of an import, printed to standard error when ISG_TIMING is set (benchmarks).

import Foundation

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
        let line = String(format: "isg timing: %-12@ wall %7.2f s  cpu %7.2f s  peak %6.0f MiB\n",
                          stage as NSString, now.timeIntervalSince(wall), nowCPU - cpu, Self.peakMiB())
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

    /// ru_maxrss is in KiB on Linux.
    static func peakMiB() -> Double {
        var usage = rusage()
        getrusage(Self.itself, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
