// What the pages show of the store, read fresh for each page: a run of `isg import` from the
// command line or from the workbench is seen at the next page load.

import Foundation
import Model
import Store

/// One uncertain pair of the latest import, as the linkage wrote it (`value`: `A ~ B`).
public struct UncertainPair: Hashable, Sendable {
    public var recordA: String
    public var recordB: String
    public var message: String

    /// nil for a finding whose value is not a pair of record ids.
    public init?(_ finding: Finding) {
        guard finding.kind == "uncertain_person_pair", let value = finding.value else { return nil }
        let parts = value.components(separatedBy: " ~ ")
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        recordA = parts[0]
        recordB = parts[1]
        message = finding.message
    }
}

public struct StoreView {
    public let store: ConsolidationStore?

    /// nil store: no import yet (the pages say so and offer the import button).
    public init(outputFolder: String) {
        store = try? ConsolidationStore(folder: outputFolder)
    }

    public var findings: [Finding] { (try? store?.findings()) ?? nil ?? [] }
    public var files: [FileAccount] { (try? store?.importedFiles()) ?? nil ?? [] }
    public var runs: [ImportRun] { (try? store?.runs()) ?? nil ?? [] }
    /// The run log's other entries (identities shown or hidden), oldest first.
    public var events: [LogEvent] { (try? store?.events()) ?? nil ?? [] }
    public var personCount: Int { ((try? store?.persons()) ?? nil ?? []).count }
    public var referrals: [Referral] { (try? store?.referrals()) ?? nil ?? [] }

    /// The pairs still to decide: those of the store minus those `personnes.csv` already decides
    /// (in either order), minus those skipped in this session.
    public func pairsToReview(decided: Set<String>, skipped: Set<String>) -> [UncertainPair] {
        var seen = Set<String>()
        return findings.compactMap(UncertainPair.init).filter {
            let key = PairKey.of($0.recordA, $0.recordB)
            return !decided.contains(key) && !skipped.contains(key) && seen.insert(key).inserted
        }
    }
}

/// A pair's key whatever its order: `A|B` with A < B.
public enum PairKey {
    public static func of(_ a: String, _ b: String) -> String { a < b ? a + "|" + b : b + "|" + a }

    /// The pairs `personnes.csv` decides: a pair decided once is not asked again.
    public static func decided(in decisionsFile: String) -> Set<String> {
        guard let text = try? String(contentsOfFile: decisionsFile, encoding: .utf8) else { return [] }
        var keys = Set<String>()
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let fields = CSVLine.fields(String(line))
            if fields.count >= 3 { keys.insert(of(fields[1], fields[2])) }
        }
        return keys
    }
}

/// The fields of one CSV line, with `"` quoting (enough for the lines PersonDecisions writes).
enum CSVLine {
    static func fields(_ line: String) -> [String] {
        var fields: [String] = [], current = "", quoted = false
        var chars = Array(line)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { current.append("\""); chars.removeFirst() } else { quoted = false }
                } else { current.append(c) }
            } else if c == "\"" { quoted = true
            } else if c == "," { fields.append(current.trimmingCharacters(in: .whitespaces)); current = ""
            } else { current.append(c) }
        }
        fields.append(current.trimmingCharacters(in: .whitespaces))
        return fields
    }
}
