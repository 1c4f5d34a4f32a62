// Building a Referral or a Meeting from a record's field inputs, with the rules that hold whatever the input.

import Mapping
import Model
import Spreadsheet
import Texts

enum RecordBuilder {
    /// Required fields whose input is empty: the record is rejected.
    static func missingRequired(_ rule: TableRule, _ inputs: [FieldInput]) -> [String] {
        zip(rule.fields, inputs).filter { $0.0.required && $0.1.isEmpty }.map(\.0.field)
    }

    static func place(_ input: FieldInput) -> (row: Int, column: Int)? {
        switch input {
        case .cell(_, let row, let column), .ticks(_, let row, let column, _, _), .ambiguous(let row, let column, _, _): return (row, column)
        default: return nil
        }
    }

    /// Where a field was read, and its raw cell, for findings made after reading.
    struct Place {
        var row: Int
        var column: Int
        var raw: String?
    }

    static func sourcePlace(_ input: FieldInput) -> Place? {
        switch input {
        case .cell(let value, let row, let column): return Place(row: row, column: column, raw: SheetContext.display(value))
        case .ticks(let codes, let row, let column, let raw, _): return Place(row: row, column: column, raw: raw ?? codes.joined(separator: ", "))
        case .ambiguous(let row, let column, let raw, _): return Place(row: row, column: column, raw: raw)
        default: return nil
        }
    }

    static func meeting(_ rule: TableRule, _ inputs: [FieldInput], recordID: String, context: inout SheetContext) -> Meeting {
        var meeting = Meeting(recordID: recordID, site: context.mapping.site.code, date: nil, domaine: nil)
        for (field, input) in zip(rule.fields, inputs) {
            let value = FieldReader.read(field, input, context: &context)
            switch (field.field, value) {
            case ("date", .date(let date)): meeting.date = date
            case ("domaine", .code(let code)): meeting.domaine = MeetingDomain(rawValue: code)
            default: break
            }
        }
        return meeting
    }

    /// `splits`: the name format of the column each field was read from, when it has its own.
    static func referral(_ rule: TableRule, _ inputs: [FieldInput], recordID: String, splits: [Int: NameSplit] = [:],
                                 context: inout SheetContext) -> Referral {
        let site = context.mapping.site
        var r = Referral(recordID: recordID, site: site.code, periode: context.periode ?? "",
                         territoire: site.territory, porteur: site.carrier)
        var places: [String: Place] = [:]
        let shared = DateOrAge.sharedCells(rule, inputs)
        for (index, (field, input)) in zip(rule.fields, inputs).enumerated() {
            places[field.field] = sourcePlace(input)
            let value = shared.contains(index) ? DateOrAge.read(field, input, context: &context)
                                               : FieldReader.read(field, input, context: &context)
            if field.field == "nom", let split = splits[index] ?? field.split, case .text(let text) = value {
                let parts = split == .nomPrenom ? TextValue.splitNomPrenom(text) : TextValue.splitPrenomNom(text)
                r.nom = parts.nom
                if r.prenom == nil { r.prenom = parts.prenom }
                continue
            }
            assign(field.field, value, to: &r)
        }
        // A referral with no name at all is kept (it is still a referral) but becomes a person of its own.
        if r.nom == nil && r.prenom == nil && rule.fields.contains(where: { $0.field == "nom" || $0.field == "prenom" }) {
            context.report("missing_name", .warning, row: (places["nom"] ?? places["prenom"])?.row, column: nil, field: "nom",
                           message: Texts.current("finding.missing-name.message"),
                           hint: places["nom"].map { Texts.current("finding.missing-name.hint", ["place": context.cellPlace(row: $0.row, column: $0.column)]) })
        }
        derive(&r, places: places, context: &context)
        if r.connuISG == false, let place = places["connu_isg"] {
            context.notKnownISGCells[recordID] = SourceCell(
                sheet: context.sheet, row: place.row, cell: CellRef(row: place.row, column: place.column).description, raw: place.raw)
        }
        return r
    }

    static func assign(_ field: String, _ value: FieldValue, to r: inout Referral) {
        switch value {
        case .empty: return
        case .text(let text):
            switch field {
            case "origine_detail": r.origineDetail = text
            case "nom": r.nom = text
            case "prenom": r.prenom = text
            case "nom_naissance": r.nomNaissance = text
            case "commune": r.commune = text
            default: return
            }
        case .date(let date):
            if field == "date_saisine" { r.dateSaisine = date } else if field == "date_naissance" { r.dateNaissance = date }
        case .number(let n):
            switch field {
            case "age": r.age = n
            case "nb_entretiens": r.nbEntretiens = n
            case "nb_liens_partenaires": r.nbLiensPartenaires = n
            default: return
            }
        case .flag(let flag):
            switch field {
            case "mineur": r.mineur = flag
            case "connu_isg": r.connuISG = flag
            case "connu_cea": r.connuCEA = flag
            default: return
            }
        case .code(let code):
            switch field {
            case "origine": r.origine = Origin(rawValue: code)
            case "sexe": r.sexe = Sex(rawValue: code)
            case "role": r.role = Role(rawValue: code)
            case "motif_saisine": r.motifSaisine = Motive(rawValue: code)
            case "motif_intervention": r.motifIntervention = Motive(rawValue: code)
            default: return
            }
        case .codes(let codes):
            if field == "orientations" {
                r.orientations = Array(Set(codes.compactMap(Orientation.init(rawValue:)))).sorted()
            }
        }
    }

    /// Birth names, age from the dates, the minor flag, and the referral's month.
    static func derive(_ r: inout Referral, places: [String: Place], context: inout SheetContext) {
        if let nom = r.nom, r.nomNaissance == nil {
            let parts = TextValue.birthName(nom)
            r.nom = parts.nom
            r.nomNaissance = parts.birthName
        }
        if let birth = r.dateNaissance, let referral = r.dateSaisine {
            if birth > referral {
                let place = places["date_naissance"]
                context.report("birth_after_referral", .warning, row: place?.row, column: place?.column, field: "date_naissance",
                               rawText: place?.raw ?? birth.description,
                               message: Texts.current("finding.birth-after-referral.message"),
                               hint: place.map { Texts.current("finding.correct.hint", ["place": context.cellPlace(row: $0.row, column: $0.column)]) })
                r.dateNaissance = nil
            } else {
                r.age = wholeYears(from: birth, to: referral)
            }
        }
        // Minor when the age says so, or when the form's flag says so (a contradiction is reported).
        if let age = r.age {
            let minor = age < 18
            if let flag = r.mineur, flag != minor {
                let place = places["mineur"]
                context.report("minor_age_mismatch", .warning, row: place?.row, column: place?.column, field: "mineur",
                               rawText: place?.raw ?? (flag ? "true" : "false"),
                               message: Texts.current(flag ? "finding.minor-mismatch.minor" : "finding.minor-mismatch.adult", ["age": String(age)]),
                               hint: place.map { Texts.current("finding.minor-mismatch.hint", ["place": context.cellPlace(row: $0.row, column: $0.column)]) })
            }
            r.mineur = minor || (r.mineur ?? false)
        }
        if let date = r.dateSaisine, let periode = context.periode, !periode.isEmpty,
           Period.format(date.year, date.month) != periode {
            let place = places["date_saisine"]
            context.report("date_outside_period", .warning, row: place?.row, column: place?.column, field: "date_saisine",
                           rawText: place?.raw ?? date.description,
                           message: Texts.current("finding.outside-period.message", ["month": periode]),
                           hint: place.map { Texts.current("finding.outside-period.hint", ["place": context.cellPlace(row: $0.row, column: $0.column)]) })
        }
        if r.periode.isEmpty, let date = r.dateSaisine { r.periode = Period.format(date.year, date.month) }
    }

    static func wholeYears(from birth: CivilDate, to date: CivilDate) -> Int {
        var years = date.year - birth.year
        if (date.month, date.day) < (birth.month, birth.day) { years -= 1 }
        return years
    }
}
