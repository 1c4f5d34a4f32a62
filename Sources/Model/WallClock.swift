// The time now, written the two ways isg writes it: UTC for logs, local to the minute for people.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public enum WallClock {
    /// UTC, ISO 8601 to the second (`2024-01-15T08:30:00Z`): the run log, sortable and zone-free.
    public static func utcTimestamp() -> String {
        let p = now(local: false)
        return "\(p.tm_year + 1900)-\(pad(p.tm_mon + 1))-\(pad(p.tm_mday))T\(pad(p.tm_hour)):\(pad(p.tm_min)):\(pad(p.tm_sec))Z"
    }

    /// Local time to the minute (`2024-01-15 09:30`): what a page handed to a board says.
    public static func localMinute() -> String {
        let p = now(local: true)
        return "\(p.tm_year + 1900)-\(pad(p.tm_mon + 1))-\(pad(p.tm_mday)) \(pad(p.tm_hour)):\(pad(p.tm_min))"
    }

    private static func now(local: Bool) -> tm {
        var t = time(nil)
        var parts = tm()
        if local { localtime_r(&t, &parts) } else { gmtime_r(&t, &parts) }
        return parts
    }

    private static func pad(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
}
