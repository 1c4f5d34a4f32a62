// A coded field whose shares in one file differ sharply from the same site's other files: how a
// wrong mapping shows itself (a column read as another, a vocabulary that swapped two codes).

import Foundation
import Model
import Texts

/// Per site, per file, per coded field: how many kept referrals have each code.
struct DistributionShift {
    /// The rule, in one place (also in Mappings/README.md): a file and the pool of the site's
    /// other files each need at least `minimumRecords` referrals with the field known; a code's
    /// share must differ by at least `minimumDifference` (25 points) and the two-proportion
    /// z-test (pooled) must give |z| ≥ `minimumZ` (3.29: two-sided p < 0.001, strict because a
    /// year of files, fields and codes makes many comparisons). One `info` per file and field,
    /// for the code with the largest |z|.
    static let minimumRecords = 20
    static let minimumDifference = 0.25
    static let minimumZ = 3.29

    /// The single-code fields compared (a list field's shares do not sum to one).
    static let fields: [Field] = Field.mapped(in: .saisines).filter { if case .code = $0.kind { return true } else { return false } }

    private var counts: [String: [(file: String, byField: [Field: [String: Int]])]] = [:]

    mutating func add(_ referrals: [Referral], site: String, file: String) {
        var byField: [Field: [String: Int]] = [:]
        for referral in referrals {
            for field in Self.fields {
                guard let code = referral[field].text, !code.isEmpty else { continue }
                byField[field, default: [:]][code, default: 0] += 1
            }
        }
        counts[site, default: []].append((file, byField))
    }

    func findings() -> [Finding] {
        var findings: [Finding] = []
        for site in counts.keys.sorted() {
            let files = counts[site] ?? []
            guard files.count >= 2 else { continue }
            for field in Self.fields {
                var total: [String: Int] = [:]
                for file in files { total.merge(file.byField[field] ?? [:], uniquingKeysWith: +) }
                for file in files {
                    if let finding = shift(field, file.byField[field] ?? [:], total: total, site: site, file: file.file) {
                        findings.append(finding)
                    }
                }
            }
        }
        return findings
    }

    /// The file's most significant shift for `field`, against the rest of the site's files.
    func shift(_ field: Field, _ own: [String: Int], total: [String: Int], site: String, file: String) -> Finding? {
        let n1 = own.values.reduce(0, +)
        let n2 = total.values.reduce(0, +) - n1
        guard n1 >= Self.minimumRecords, n2 >= Self.minimumRecords else { return nil }
        var best: (code: String, p1: Double, p2: Double, z: Double)?
        for code in total.keys.sorted() {
            let x1 = own[code] ?? 0, x2 = (total[code] ?? 0) - x1
            let p1 = Double(x1) / Double(n1), p2 = Double(x2) / Double(n2)
            let pooled = Double(x1 + x2) / Double(n1 + n2)
            let spread = (pooled * (1 - pooled) * (1 / Double(n1) + 1 / Double(n2))).squareRoot()
            guard spread > 0 else { continue }
            let z = (p1 - p2) / spread
            // Of two codes equally shifted (two codes: always), the first in code order.
            guard abs(p1 - p2) >= Self.minimumDifference, abs(z) >= Self.minimumZ, abs(z) > abs(best?.z ?? 0) + 1e-9 else { continue }
            best = (code, p1, p2, z)
        }
        guard let best else { return nil }
        let texts = Texts.current
        let percent = { (p: Double) in texts.percent(p * 100) }
        return Finding(
            kind: "distribution_shift", severity: .info, site: site, file: file, field: field.rawValue, value: best.code,
            message: texts("finding.shift.message", [
                "share": percent(best.p1), "field": field.rawValue, "code": best.code, "known": texts.number(n1),
                "others": percent(best.p2), "otherknown": texts.number(n2),
                "z": texts.decimal(best.z, places: 1)]),
            hint: texts("finding.shift.hint", ["field": field.rawValue]))
    }
}
