// Person ids for an import: this run's referrals linked with those already in the store.

import Consolidation
import Foundation
import Linkage
import Model
import Spreadsheet
import Store
import Texts

struct PersonLinking {
    /// record id -> person id, for every referral of the store after this run.
    var ids: [String: String]
    /// `connu_isg_inconsistent` and the uncertain pairs to review: run-wide findings.
    var findings: [Finding]
    var reviewDecisions: Int
    var unlistedDecisions: Int
    var unlistedChangingTheCount: Int

    /// `leaving`: the stored files whose rows this run replaces or removes.
    static func link(results: [FileResult], leaving: Set<String>, store: ConsolidationStore,
                     decisions: [LinkDecision]) throws -> PersonLinking {
        var clock = StageClock()
        let kept = try store.referrals().filter { !leaving.contains(fileOf($0.recordID)) }
        // The store's referrals, then this run's, file by file: no concatenated copy of 400,000 rows.
        let referrals = [kept] + results.map(\.referrals)
        var records: [PersonRecord] = []
        records.reserveCapacity(referrals.reduce(0) { $0 + $1.count })
        for part in referrals { records += part.lazy.map(personRecord) }
        // The partition is a function of the records alone, in record-id order and without the
        // last run's grouping, so January then the year gives the persons of the year at once;
        // ids stay stable through `assignPersonIDs`, which reuses the last run's ids.
        records.sort { $0.recordID < $1.recordID }
        clock.lap("link:records")
        let previous = try store.personIDAssignments()
        let outcome = Linkage.link(records, rules: LinkRules(decisions: decisions))
        records = []
        clock.lap("link:link")
        let ids = assignPersonIDs(clusters: outcome.clusters, previous: previous, key: try PersonKey(bytes: store.secretKey()))
        clock.lap("link:ids")

        var cells: [String: SourceCell] = [:]
        for result in results { cells.merge(result.notKnownISGCells) { first, _ in first } }
        var findings = notKnownButSeenBefore(referrals, ids: ids, cells: cells)
        var sites: [String: String] = [:]
        for part in referrals { for r in part { sites[r.recordID] = r.site } }
        findings += outcome.uncertain.filter { $0.outcome != .linked || $0.score < 0.95 }
            .map { uncertainFinding($0, ids: ids, site: sites[$0.recordA]) }
        clock.lap("link:findings")
        return PersonLinking(ids: ids, findings: findings, reviewDecisions: Set(outcome.uncertain.map(\.decision)).count,
                             unlistedDecisions: outcome.unlistedDecisions, unlistedChangingTheCount: outcome.unlistedChangingTheCount)
    }

    /// `STRASBOURG/2023-03.xlsx#Saisines!12` -> `STRASBOURG/2023-03.xlsx`.
    static func fileOf(_ recordID: String) -> String { RecordID(recordID)?.file ?? recordID }

    static func personRecord(_ r: Referral) -> PersonRecord {
        PersonRecord(recordID: r.recordID, lastName: r.nom ?? "", firstName: r.prenom ?? "",
                     birthName: r.nomNaissance ?? "",
                     birthDate: r.dateNaissance,
                     sex: r.sexe.flatMap { PersonSex(rawValue: $0.rawValue) }, commune: r.commune ?? "",
                     birthYears: ageDate(r).flatMap { date in r.age.flatMap { PersonRecord.birthYears(age: $0, on: date) } })
    }

    /// The day an age was given on: the referral date, else the middle of its month.
    static func ageDate(_ r: Referral) -> BirthDate? {
        if let d = r.dateSaisine { return d }
        return BirthDate(iso: r.periode + "-15")
    }

    /// When a referral happened, for "earlier": its date, else the first day of its month.
    static func when(_ r: Referral) -> String {
        r.dateSaisine?.description ?? (r.periode.isEmpty ? "9999-12-31" : r.periode + "-01")
    }

    /// DATA-MODEL.md: "not known to the ISG" for a person with an earlier referral is reported, not changed.
    static func notKnownButSeenBefore(_ parts: [[Referral]], ids: [String: String], cells: [String: SourceCell]) -> [Finding] {
        let referrals = parts.joined()
        var first: [String: (when: String, record: String)] = [:]
        for r in referrals {
            guard let id = ids[r.recordID] else { continue }
            let w = when(r)
            if let known = first[id], (known.when, known.record) <= (w, r.recordID) { continue }
            first[id] = (w, r.recordID)
        }
        var findings: [Finding] = []
        for r in referrals where r.connuISG == false {
            guard let id = ids[r.recordID], let earliest = first[id], earliest.when < when(r) else { continue }
            let place = cells[r.recordID]
            let (sheet, row) = sheetAndRow(r.recordID)
            findings.append(Finding(
                kind: "connu_isg_inconsistent", severity: .warning, site: r.site, file: fileOf(r.recordID),
                sheet: place?.sheet ?? sheet, row: place?.row ?? row, cell: place?.cell, field: "connu_isg",
                value: place?.raw,
                message: Texts.current("finding.connu-isg.message", ["person": id, "earlier": earliest.record]),
                hint: Texts.current("finding.connu-isg.hint", ["record": r.recordID, "earlier": earliest.record,
                                                               "decisions": "Mappings/" + ImportJob.decisionsFileName])))
        }
        return findings
    }

    static func sheetAndRow(_ recordID: String) -> (String?, Int?) {
        let id = RecordID(recordID)
        return (id?.sheet, id?.row)
    }

    /// A pair for a person to look at: pseudonymous ids and the traits, never the names.
    static func uncertainFinding(_ pair: UncertainPair, ids: [String: String], site: String?) -> Finding {
        let agreed = pair.traits.filter { $0.weight > 0 }.map { "\($0.trait.rawValue) (\($0.agreement.rawValue))" }
        let disagreed = pair.traits.filter { $0.weight < 0 }.map { "\($0.trait.rawValue) (\($0.agreement.rawValue))" }
        let texts = Texts.current
        let outcome: String
        switch pair.outcome {
        case .linked: outcome = texts("finding.pair.linked")
        case .keptApart: outcome = texts("finding.pair.kept-apart")
        case .vetoed(let veto): outcome = texts("finding.pair.vetoed", ["veto": veto.rawValue])
        case .ambiguous: outcome = texts("finding.pair.ambiguous")
        case .chosen: outcome = texts("finding.pair.chosen")
        }
        let a = ids[pair.recordA] ?? "?", b = ids[pair.recordB] ?? "?"
        let (sheet, row) = sheetAndRow(pair.recordA)
        return Finding(
            kind: "uncertain_person_pair", severity: .info, site: site, file: fileOf(pair.recordA), sheet: sheet, row: row,
            value: "\(pair.recordA) ~ \(pair.recordB)",
            message: texts("finding.pair.message", [
                "a": pair.recordA, "ida": a, "b": pair.recordB, "idb": b,
                "score": texts.decimal(pair.score, places: 2),
                "outcome": outcome,
                "agreed": agreed.isEmpty ? texts("finding.pair.none") : agreed.joined(separator: ", "),
                "disagreed": disagreed.isEmpty ? texts("finding.pair.none") : disagreed.joined(separator: ", ")]),
            hint: texts("finding.pair.hint", ["a": pair.recordA, "b": pair.recordB, "decisions": "Mappings/" + ImportJob.decisionsFileName]))
    }
}
