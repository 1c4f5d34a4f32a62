// A tiny JSON value with ordered keys, so the quality report's JSON is byte-for-byte stable.

import Model

/// A JSON document whose objects keep the order their keys were written in.
public indirect enum QualityJSON: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    /// A share between 0 and 1, written with at most four decimals.
    case share(Double)
    case string(String)
    case array([QualityJSON])
    case object([(String, QualityJSON)])

    public static func == (a: QualityJSON, b: QualityJSON) -> Bool {
        a.rendered() == b.rendered()
    }

    /// Pretty-printed with two-space indentation and a final newline.
    public func rendered() -> String {
        var out = ""
        write(into: &out, indent: 0)
        out += "\n"
        return out
    }

    private func write(into out: inout String, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .share(let d): out += QualityJSON.formatShare(d)
        case .string(let s): QualityJSON.writeString(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            // Arrays of scalars stay on one line: month lists and series read better that way.
            if items.allSatisfy(\.isScalar) {
                out += "["
                for (i, item) in items.enumerated() {
                    if i > 0 { out += ", " }
                    item.write(into: &out, indent: indent)
                }
                out += "]"
                return
            }
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                item.write(into: &out, indent: indent + 1)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "]"
        case .object(let pairs):
            if pairs.isEmpty { out += "{}"; return }
            out += "{\n"
            for (i, (key, value)) in pairs.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                QualityJSON.writeString(key, into: &out)
                out += ": "
                value.write(into: &out, indent: indent + 1)
                out += i == pairs.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "}"
        }
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }

    /// Rounds to four decimals and writes without exponent or locale.
    static func formatShare(_ d: Double) -> String {
        guard d.isFinite else { return "0" }
        let scaled = Int((d * 10_000).rounded())
        let whole = scaled / 10_000
        var frac = String(abs(scaled % 10_000))
        if frac == "0" { return String(whole) }
        frac = String(repeating: "0", count: 4 - frac.count) + frac
        while frac.hasSuffix("0") { frac.removeLast() }
        return "\(scaled < 0 && whole == 0 ? "-" : "")\(whole).\(frac)"
    }

    static func writeString(_ s: String, into out: inout String) { JSONText.appendQuoted(s, to: &out) }
}

extension QualityJSON {
    /// An object that leaves out the keys whose value is absent.
    static func fields(_ pairs: [(String, QualityJSON?)]) -> QualityJSON {
        .object(pairs.compactMap { key, value in value.map { (key, $0) } })
    }

    static func text(_ s: String?) -> QualityJSON? { s.map { .string($0) } }
    static func number(_ i: Int?) -> QualityJSON? { i.map { .int($0) } }
}
