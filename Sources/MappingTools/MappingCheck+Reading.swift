// A sheet's reading by the engine, summarised for a person: fields found, what is missing or
// unknown (with the renames the engine proposes), untranslated values, and the other findings.

import Consolidation
import Mapping
import Model
import Texts

extension MappingCheck {
    /// Summarises one reading. Nothing here decides anything the import does not: every line
    /// comes from the reading's bound fields and findings.
    static func summarise(_ reading: SheetReading, mapping: SiteMapping) -> SheetCheck {
        var check = SheetCheck(sheet: reading.name, table: reading.table, layout: reading.layout)
        check.shownName = reading.sheet
        check.findings = reading.findings
        guard let kind = reading.table, let rule = kind == .saisines ? mapping.referrals : mapping.meetings else { return check }
        add(reading, rule: rule, into: &check)
        return check
    }

    /// Fills `check` from `reading` read with `rule`; `check.findings` is left as it is.
    static func add(_ reading: SheetReading, rule: TableRule, into check: inout SheetCheck) {
        check.table = reading.table
        check.layout = reading.layout
        check.headerRows = reading.headerRows
        check.dataRows = reading.account.records
        check.columns = reading.bound.map { bound in
            let field = rule.fields[bound.fieldIndex]
            let line = bound.code.flatMap { code in field.boxes.first { $0.code == code }?.wordings.line } ?? wordingsLine(field, rule.layout)
            return CheckedColumn(field: bound.field, header: bound.text, cell: bound.cell, code: bound.code, line: line)
        }
        var renames: [String: UnknownHeader] = [:]
        for finding in reading.findings where finding.kind == "renamed_column" {
            if let field = finding.field, renames[field] == nil {
                renames[field] = UnknownHeader(header: finding.value ?? "", cell: finding.cell ?? "", closest: nil)
            }
        }
        var untranslated: [String: Int] = [:]
        let known = { (text: String) in rule.fields.contains { $0.vocabulary?.knows(text) == true } }
        var groups: [String: Int] = [:]
        for finding in reading.findings {
            switch finding.kind {
            case "renamed_column": continue
            case "unknown_column":
                let header = finding.value ?? ""
                check.unknown.append(UnknownHeader(header: header, cell: finding.cell ?? "", closest: closestField(to: header, in: rule)))
            case "missing_column" where finding.field == nil:
                check.problem = rule.headerRow.map { Texts.current("check.problem.header-row", ["row": String($0)]) }
                    ?? Texts.current("check.problem.no-header", ["depth": String(TableLayout.searchDepth)])
            case "missing_column", "unknown_label":
                guard let name = finding.field, let field = rule.fields.first(where: { $0.field == name }) else { continue }
                var missing = MissingField(field: name, required: field.required, line: wordingsLine(field, rule.layout))
                if let renamed = renames.removeValue(forKey: name) {
                    missing.renamedTo = renamed
                    let wordings = field.columns.written + field.labels.written + field.boxes.flatMap(\.wordings.written)
                    missing.similarity = wordings.map { similarity(renamed.header, $0) }.max()
                    missing.evidence = finding.kind == "unknown_label" ? nil : reading.findings.first {
                        $0.kind == "renamed_column" && $0.field == name
                    }?.message
                }
                check.missing.append(missing)
            case "untranslated_value":
                let field = finding.field ?? ""
                let value = finding.value ?? ""
                let key = field + "\u{1}" + Wording.normalize(value)
                if let index = untranslated[key] {
                    check.untranslated[index].count += 1
                    if check.untranslated[index].firstCells.count < 3, let cell = finding.cell { check.untranslated[index].firstCells.append(cell) }
                } else {
                    let rule = rule.fields.first { $0.field == field }
                    untranslated[key] = check.untranslated.count
                    var entry = UntranslatedValue(field: field, value: value, count: 1, firstCells: finding.cell.map { [$0] } ?? [],
                                                  line: rule?.vocabulary?.line ?? rule?.line ?? 0)
                    // The check is pasted into e-mails: a value that may name a person is printed masked.
                    entry.mayShow = ValuePrivacy.isNumberOrDate(value) || known(value)
                    check.untranslated.append(entry)
                }
            default:
                guard finding.severity != .info else { continue }
                let key = finding.kind + "\u{1}" + (finding.field ?? "")
                if let index = groups[key] {
                    check.other[index].count += 1
                    if check.other[index].firstCells.count < 3, let cell = finding.cell ?? finding.row.map({ Texts.current("check.row", ["row": String($0)]) }) {
                        check.other[index].firstCells.append(cell)
                    }
                } else {
                    groups[key] = check.other.count
                    check.other.append(FindingGroup(kind: finding.kind, severity: finding.severity, field: finding.field, count: 1,
                                                    firstCells: (finding.cell ?? finding.row.map { Texts.current("check.row", ["row": String($0)]) }).map { [$0] } ?? [],
                                                    message: finding.message, hint: finding.hint))
                }
            }
        }
    }

    /// The line of the field's header wordings (or labels) in the mapping file.
    static func wordingsLine(_ field: FieldRule, _ layout: Layout) -> Int {
        switch layout {
        case .table: return field.columns.isEmpty ? (field.boxes.first?.wordings.line ?? field.line) : field.columns.line
        case .form: return field.labels.isEmpty ? field.line : field.labels.line
        }
    }
}
