// Page 4, the persons to review: each uncertain pair side by side, decided "same person", "two
// persons" or skipped. A decision is a line appended to `Mappings/personnes.csv`, in the format
// `isg import` reads, and takes effect at the next import (the button is on the page).

import Foundation
import Hummingbird
import Model
import Texts

extension WorkbenchServer {
    func personsPage() -> Response {
        let view = StoreView(outputFolder: config.outputFolder)
        let pairs = view.pairsToReview(decided: PairKey.decided(in: decisionsFile), skipped: state.skipped)
        let wanted = Set(pairs.flatMap { [$0.recordA, $0.recordB] })
        let referrals = Dictionary(view.referrals.filter { wanted.contains($0.recordID) }.map { ($0.recordID, $0) },
                                   uniquingKeysWith: { a, _ in a })
        let identified = state.identified
        let values: [String: Any] = [
            "csrf": secrets.csrf,
            "pairs": pairs.map { pair -> [String: Any] in
                let a = referrals[pair.recordA], b = referrals[pair.recordB]
                let rows = PairRows.rows(a, b, identified: identified).map {
                    ["label": $0.label, "a": $0.a, "b": $0.b, "agree": $0.agree, "trait": $0.trait] as [String: Any]
                }
                return ["recordA": pair.recordA, "recordB": pair.recordB, "rows": rows,
                        "message": identified ? pair.message : "", "csrf": secrets.csrf]
            },
        ]
        return Answers.html(renderer.page("persons", path: "/personnes", values: values, notice: state.takeNotice()))
    }

    /// Only a pair the store lists as uncertain may be decided here: a form cannot write any two
    /// record ids into the decisions file.
    func decide(_ fields: [String: String]) -> Response {
        let a = fields["a"] ?? "", b = fields["b"] ?? ""
        let key = PairKey.of(a, b)
        let view = StoreView(outputFolder: config.outputFolder)
        guard view.findings.compactMap(UncertainPair.init).contains(where: { PairKey.of($0.recordA, $0.recordB) == key }) else {
            state.post(Notice(Texts.current("workbench.persons.unknown_pair"), isError: true))
            return Answers.redirect(to: "/personnes")
        }
        let kind: PersonDecisions.Kind
        switch fields["decision"] {
        case "same": kind = .same
        case "never": kind = .never
        case "skip":
            state.skip(key)
            return Answers.redirect(to: "/personnes")
        default:
            state.post(Notice(Texts.current("workbench.persons.unknown_pair"), isError: true))
            return Answers.redirect(to: "/personnes")
        }
        let user = WorkbenchConfig.osUser
        let stamp = ISO8601DateFormatter().string(from: Date())
        do {
            try PersonDecisions.append(kind, a, b, comment: "atelier, \(user), \(stamp)", decisionsFile: decisionsFile)
            try journal.record("person decision \(kind.rawValue) \(a) \(b)")
            state.post(Notice(Texts.current(kind == .same ? "workbench.persons.saved_same" : "workbench.persons.saved_never")))
        } catch {
            state.post(Notice("\(error)", isError: true))
        }
        return Answers.redirect(to: "/personnes")
    }
}

/// The two records of a pair, line by line. Names, birth dates and communes only when identities
/// are shown; the other traits are what a person compares first (site, dates, sex, age, role).
enum PairRows {
    static func rows(_ a: Referral?, _ b: Referral?, identified: Bool) -> [(label: String, a: String, b: String, agree: Bool, trait: String)] {
        let hidden = Texts.current("workbench.hidden")
        var lines: [(String, (Referral) -> String?, Bool)] = [
            ("workbench.trait.record", { $0.recordID }, false),
            ("workbench.trait.person", { $0.personID }, false),
            ("workbench.trait.site", { $0.site }, false),
            ("workbench.trait.period", { $0.periode }, false),
            ("workbench.trait.referral_date", { $0.dateSaisine?.description }, false),
            ("workbench.trait.sex", { $0.sexe?.rawValue }, false),
            ("workbench.trait.age", { $0.age.map(String.init) }, false),
            ("workbench.trait.role", { $0.role?.rawValue }, false),
        ]
        lines += [
            ("workbench.trait.last_name", { $0.nom }, true),
            ("workbench.trait.first_name", { $0.prenom }, true),
            ("workbench.trait.birth_name", { $0.nomNaissance }, true),
            ("workbench.trait.birth_date", { $0.dateNaissance?.description }, true),
            ("workbench.trait.commune", { $0.commune }, true),
        ]
        return lines.map { key, read, identifying in
            func cell(_ r: Referral?) -> String {
                guard let r else { return "—" }
                if identifying && !identified { return read(r) == nil ? "" : hidden }
                return read(r) ?? ""
            }
            // Agreement from the values themselves: two masked names look alike whatever they say.
            let agree = a.flatMap(read) != nil && a.flatMap(read) == b.flatMap(read)
            return (Texts.current(key), cell(a), cell(b), agree, String(key.dropFirst("workbench.trait.".count)))
        }
    }
}
