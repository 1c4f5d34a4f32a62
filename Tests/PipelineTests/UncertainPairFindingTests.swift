// The review findings of persons say what the model did with each pair, in French, and never a name.

import Linkage
import Model
@testable import Pipeline
import Testing
import TestSupport

@Suite(.texts(.fr)) struct UncertainPairFindingTests {
    /// A referral without a birth date whose names fit a father and his son, both referred in
    /// Colmar: it joins the son (referred twice), and the finding says so for one pair and that the
    /// other was kept apart.
    @Test func anUndatedReferralBetweenFatherAndSonIsExplained() {
        func referral(_ row: Int, _ last: String, _ born: String?) -> PersonRecord {
            PersonRecord(recordID: "COLMAR/2023-05.ods#Saisines!\(row)", lastName: last, firstName: "Roger",
                         birthDate: born.flatMap { BirthDate(iso: $0) }, sex: .male, commune: "Cernay")
        }
        let others = (0..<40).map { i in
            PersonRecord(recordID: "COLMAR/2023-04.ods#Saisines!\(i + 2)", lastName: ["Bauer", "Roth", "Keller", "Wagner"][i % 4],
                         firstName: ["Paul", "Alice", "Louis", "Emma", "Hugo"][i % 5],
                         birthDate: BirthDate(year: 1950 + i, month: 1 + i % 12, day: 1 + i % 28))
        }
        let result = link(others + [referral(2, "Heitz", "1955-03-12"), referral(3, "Heitz", "1985-03-12"),
                                    referral(4, "HEITZ", "1985-03-12"), referral(5, "Heitz", nil)])
        let findings = result.uncertain.map { PersonLinking.uncertainFinding($0, ids: [:], site: "COLMAR") }
        #expect(findings.count == 2)
        #expect(findings[0].message.contains("reliés : les noms vont à plusieurs personnes, la plus probable est choisie"))
        #expect(findings[0].value == "COLMAR/2023-05.ods#Saisines!5 ~ COLMAR/2023-05.ods#Saisines!3")
        #expect(findings[1].message.contains("gardés séparés (les noms vont à plusieurs personnes)"))
        for finding in findings {
            #expect(finding.kind == "uncertain_person_pair" && finding.file == "COLMAR/2023-05.ods" && finding.row == 5)
            for secret in ["Heitz", "HEITZ", "Roger", "Cernay", "1955", "1985"] {
                #expect(!finding.message.contains(secret) && !(finding.hint ?? "").contains(secret))
            }
        }
    }
}
