// A coded field whose shares in one file differ sharply from the site's other files is an info
// `distribution_shift` with both figures; small files and ordinary wobble are not.

import Foundation
import Model
import TestSupport
import Testing
import Texts
@testable import Consolidation

@Suite(.texts(.en)) struct DistributionShiftTests {
    /// These tests read the English texts; the French ones are checked on the real binary (IsgTests).

    /// `count` referrals of `site`, the first `gendarmerie` of them from the gendarmerie.
    static func referrals(_ count: Int, gendarmerie: Int, site: String = "COLMAR") -> [Referral] {
        (0..<count).map { index in
            var r = Referral(recordID: "f#S!\(index)", site: site, periode: "2023-03", territoire: "68", porteur: "CIDFF68")
            r.origine = index < gendarmerie ? .gendarmerie : .presentationDirecte
            return r
        }
    }

    @Test func aFileAt50PercentAmongFilesAt89IsAShiftWithBothFigures() {
        var shift = DistributionShift()
        for month in 1...6 { shift.add(Self.referrals(36, gendarmerie: 32), site: "COLMAR", file: "Colmar_2023-0\(month).ods") }
        shift.add(Self.referrals(40, gendarmerie: 20), site: "COLMAR", file: "Colmar_2023-07.ods")
        let findings = shift.findings()
        #expect(findings.count == 1, "\(findings.map(\.message))")
        let finding = findings.first
        #expect(finding?.kind == "distribution_shift" && finding?.severity == .info)
        #expect(finding?.file == "Colmar_2023-07.ods" && finding?.field == "origine")
        #expect(finding?.message.contains("50%") == true && finding?.message.contains("89%") == true, "\(finding?.message ?? "")")
    }

    @Test func ordinaryWobbleAndSmallFilesAreNoShift() {
        var wobble = DistributionShift()
        for (month, share) in [30, 27, 33, 25, 31].enumerated() { wobble.add(Self.referrals(36, gendarmerie: share), site: "S", file: "f\(month)") }
        #expect(wobble.findings().isEmpty)
        // 10 referrals at 0 % against 89 %: too few for the rule (at least 20 with the field known).
        var small = DistributionShift()
        small.add(Self.referrals(100, gendarmerie: 89), site: "S", file: "big")
        small.add(Self.referrals(10, gendarmerie: 0), site: "S", file: "small")
        #expect(small.findings().isEmpty)
        // Two sites are never compared with each other.
        var sites = DistributionShift()
        sites.add(Self.referrals(40, gendarmerie: 36), site: "A", file: "a")
        sites.add(Self.referrals(40, gendarmerie: 4), site: "B", file: "b")
        #expect(sites.findings().isEmpty)
    }
}
