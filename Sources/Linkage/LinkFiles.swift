// Reading and writing the linkage files: `isg link`'s input and output, decisions, previous ids.

/// A problem in one of the linkage files, naming the file and line and what to do.
public struct LinkFileError: Error, CustomStringConvertible, Equatable {
    public var file: String
    public var line: Int
    public var message: String
    public var description: String { "\(file):\(line): \(message)" }
}

public enum LinkFiles {
    public static let recordHeader = ["record_id", "last_name", "first_name", "birth_name", "birth_date", "sex", "commune"]

    /// `record_id,last_name,first_name,birth_name,birth_date,sex,commune`; dates ISO or empty, sex F/M or empty.
    public static func readRecords(_ text: String, file: String) throws -> [PersonRecord] {
        let rows = CSVText.rows(text)
        guard let header = rows.first else { throw LinkFileError(file: file, line: 1, message: "the file is empty: expected the header \(recordHeader.joined(separator: ","))") }
        guard header.fields.map({ $0.trimmingSpaces }) == recordHeader else {
            throw LinkFileError(file: file, line: header.line, message: "the header must be exactly \(recordHeader.joined(separator: ","))")
        }
        var seen = Set<String>()
        var records: [PersonRecord] = []
        records.reserveCapacity(rows.count)
        for row in rows.dropFirst() {
            guard row.fields.count == recordHeader.count else {
                throw LinkFileError(file: file, line: row.line, message: "expected \(recordHeader.count) fields, found \(row.fields.count): quote any field that holds a comma")
            }
            let f = row.fields
            let id = f[0]
            guard !id.isEmpty, seen.insert(id).inserted else {
                throw LinkFileError(file: file, line: row.line, message: id.isEmpty ? "the record_id is empty" : "record_id \(id) appears twice: each record needs its own id")
            }
            var date: BirthDate?
            let dateText = f[4].trimmingSpaces
            if !dateText.isEmpty {
                guard let d = BirthDate(iso: dateText) else {
                    throw LinkFileError(file: file, line: row.line, message: "birth_date of \(id) is not an ISO date (YYYY-MM-DD): leave it empty when unknown")
                }
                date = d
            }
            var sex: PersonSex?
            switch f[5].trimmingSpaces.uppercased() {
            case "": sex = nil
            case "F": sex = .female
            case "M": sex = .male
            default: throw LinkFileError(file: file, line: row.line, message: "sex of \(id) must be F, M or empty")
            }
            records.append(PersonRecord(recordID: id, lastName: f[1], firstName: f[2], birthName: f[3],
                                        birthDate: date, sex: sex, commune: f[6]))
        }
        return records
    }

    public static let decisionHeader = ["decision", "record_a", "record_b", "comment"]

    /// The people's decisions, kept as `Mappings/personnes.csv` beside the site mappings:
    ///
    ///     decision,record_a,record_b,comment
    ///     même,Colmar/2024-01.xlsx#Janvier!14,Colmar/2024-03.xlsx#Mars!9,vue en entretien
    ///     jamais,Mulhouse/2024-02.ods#Feuil1!5,Mulhouse/2024-02.ods#Feuil1!6,jumeaux
    ///
    /// `decision` is `same` (`meme`, `même`) or `never` (`jamais`); the records are named by their
    /// `record_id` (the ids of the review list); the comment is free and optional. A "same" joins
    /// the two records whatever they say; a "never" keeps them, and everyone linked to each, apart.
    public static func readDecisions(_ text: String, file: String) throws -> [LinkDecision] {
        let rows = CSVText.rows(text)
        guard let header = rows.first else { return [] }
        let names = header.fields.map { $0.trimmingSpaces.lowercased() }
        guard names.count >= 3, Array(names.prefix(3)) == Array(decisionHeader.prefix(3)) else {
            throw LinkFileError(file: file, line: header.line, message: "the header must be \(decisionHeader.joined(separator: ","))")
        }
        var out: [LinkDecision] = []
        for row in rows.dropFirst() {
            guard row.fields.count >= 3 else {
                throw LinkFileError(file: file, line: row.line, message: "expected decision,record_a,record_b")
            }
            let kind: LinkDecision.Kind
            switch row.fields[0].trimmingSpaces.lowercased() {
            case "same", "meme", "même": kind = .same
            case "never", "jamais": kind = .never
            case let other:
                throw LinkFileError(file: file, line: row.line, message: "decision '\(other)' is neither same (même) nor never (jamais)")
            }
            out.append(LinkDecision(kind, row.fields[1].trimmingSpaces, row.fields[2].trimmingSpaces, source: "\(file):\(row.line)"))
        }
        return out
    }

    /// A previous output (`record_id,person_id,...`): record id -> person id.
    public static func readAssignments(_ text: String, file: String) throws -> [String: String] {
        let rows = CSVText.rows(text)
        guard let header = rows.first else { return [:] }
        guard header.fields.count >= 2, header.fields[0] == "record_id", header.fields[1] == "person_id" else {
            throw LinkFileError(file: file, line: header.line, message: "expected a header starting record_id,person_id")
        }
        var out: [String: String] = [:]
        for row in rows.dropFirst() where row.fields.count >= 2 && !row.fields[1].isEmpty {
            out[row.fields[0]] = row.fields[1]
        }
        return out
    }

    /// `record_id,person_id,link_score` in the input's order; `link_score` empty for a one-record person.
    public static func writeAssignments(records: [PersonRecord], ids: [String: String], scores: [String: Double]) -> String {
        var out = "record_id,person_id,link_score\n"
        for r in records {
            let score = scores[r.recordID].map { formatScore($0) } ?? ""
            out += "\(CSVText.escape(r.recordID)),\(ids[r.recordID] ?? ""),\(score)\n"
        }
        return out
    }

    /// The review list without names: per pair its decision's rank (pairs of one decision share it),
    /// record ids, score, the decision's importance, outcome and each trait's agreement and weight.
    public static func writeUncertain(_ pairs: [UncertainPair], ids: [String: String]) -> String {
        var out = "decision,record_a,record_b,person_a,person_b,score,importance,outcome," + Trait.allCases.map(\.rawValue).joined(separator: ",") + "\n"
        for p in pairs {
            let outcome: String
            switch p.outcome {
            case .linked: outcome = "linked"
            case .keptApart: outcome = "kept_apart"
            case .vetoed(let v): outcome = "vetoed:" + v.rawValue
            case .ambiguous: outcome = "ambiguous"
            case .chosen: outcome = "chosen"
            }
            let traits = Trait.allCases.map { t in
                p.traits.first { $0.trait == t }.map { "\($0.agreement.rawValue) \(formatScore($0.weight))" } ?? ""
            }
            out += [String(p.decision), CSVText.escape(p.recordA), CSVText.escape(p.recordB), ids[p.recordA] ?? "", ids[p.recordB] ?? "",
                    formatScore(p.score), formatScore(p.importance), outcome].joined(separator: ",") + "," + traits.joined(separator: ",") + "\n"
        }
        return out
    }

    static func formatScore(_ x: Double) -> String {
        let scaled = (x * 10_000).rounded() / 10_000
        return scaled == scaled.rounded() ? String(Int(scaled)) : String(scaled)
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return String(s)
    }
}
