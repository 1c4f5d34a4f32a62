// Turning one field's raw input into a typed value by its kind, reporting what cannot be read.

import Mapping
import Model
import Spreadsheet
import Texts

/// A field's value once read.
enum FieldValue {
    case empty
    case text(String)
    case date(CivilDate)
    case number(Int)
    case flag(Bool)
    case code(String)
    case codes([String])
}

enum FieldReader {
    static func read(_ rule: FieldRule, _ input: FieldInput, context: inout SheetContext) -> FieldValue {
        switch input {
        case .absent: return .empty
        case .constant(let value): return constant(rule, value)
        case .ambiguous(let row, let column, let raw, let reason):
            context.report("ambiguous_mark", .error, row: row, column: column, field: rule.field, rawText: raw,
                           message: Texts.current("finding.ambiguous-mark.message", ["reason": reason, "field": rule.field]),
                           hint: Texts.current("finding.ambiguous-mark.hint", ["place": context.cellPlace(row: row, column: column), "field": rule.field,
                                                                               "line": context.mapping.linePlace(rule.line)]))
            return .empty
        case .ticks(let codes, let row, let column, _, let marks):
            for mark in marks {
                untranslated(rule, mark.0, row: mark.row, column: mark.column, context: &context)
            }
            return ticked(rule, codes, row: row, column: column, context: &context)
        case .cell(let value, let row, let column):
            if input.isEmpty { return .empty }
            return cell(rule, value, row: row, column: column, context: &context)
        }
    }

    static func constant(_ rule: FieldRule, _ value: String) -> FieldValue {
        switch rule.kind {
        case .code, .boolean:
            if case .code(let code) = rule.vocabulary?.match(value) ?? .untranslated {
                return rule.kind == .boolean ? .flag(code == "true") : .code(code)
            }
            return .empty
        case .codeList:
            if case .code(let code) = rule.vocabulary?.match(value) ?? .untranslated { return .codes([code]) }
            return .codes([])
        default:
            return .text(value)
        }
    }

    static func ticked(_ rule: FieldRule, _ codes: [String], row: Int, column: Int, context: inout SheetContext) -> FieldValue {
        switch rule.kind {
        case .codeList: return .codes(codes)
        case .boolean:
            if codes.contains("true") && !codes.contains("false") { return .flag(true) }
            if codes.contains("false") && !codes.contains("true") { return .flag(false) }
            // A single box ("☐ Mineur") left blank means no.
            if codes.isEmpty && rule.boxes.count == 1 && rule.boxes[0].code == "true" { return .flag(false) }
            if codes.count > 1 { contradictory(rule, codes, row: row, column: column, context: &context) }
            return .empty
        default:
            if codes.count == 1 { return .code(codes[0]) }
            if codes.count > 1 { contradictory(rule, codes, row: row, column: column, context: &context) }
            return .empty
        }
    }

    /// Two ticks on a one-value field: the same `ambiguous_mark` error as on a form, whatever
    /// the layout, so a table's "x" columns and a form's boxes are counted alike.
    static func contradictory(_ rule: FieldRule, _ codes: [String], row: Int, column: Int, context: inout SheetContext) {
        context.report("ambiguous_mark", .error, row: row, column: column, field: rule.field,
                       rawText: codes.joined(separator: " + "),
                       message: Texts.current("finding.several-ticks.message", ["field": rule.field]),
                       hint: Texts.current("finding.several-ticks.hint", ["place": context.cellPlace(row: row, column: column)]))
    }

    static func cell(_ rule: FieldRule, _ value: CellValue, row: Int, column: Int, context: inout SheetContext) -> FieldValue {
        switch rule.kind {
        case .text:
            return TextValue.clean(value).map(FieldValue.text) ?? .empty
        case .date:
            // 45 in a birth-date column is an age typed in the wrong column, not 14 February 1900.
            if rule.field == "date_naissance", case .number(let n) = value, (0...120).contains(n) {
                context.report("invalid_value", .warning, row: row, column: column, field: rule.field, value: value,
                               message: Texts.current("finding.age-not-date.message", ["field": rule.field]),
                               hint: Texts.current("finding.age-not-date.hint", ["place": context.cellPlace(row: row, column: column)]))
                return .empty
            }
            switch DateValue.read(value) {
            case .date(let date): return .date(date)
            case .monthOnly:
                context.report("invalid_value", .warning, row: row, column: column, field: rule.field, value: value,
                               message: Texts.current("finding.month-without-day.message", ["field": rule.field]),
                               hint: Texts.current("finding.month-without-day.hint", ["place": context.cellPlace(row: row, column: column)]))
                return .empty
            case .impossible:
                context.report("impossible_date", .warning, row: row, column: column, field: rule.field, value: value,
                               message: Texts.current("finding.impossible-date.message", ["field": rule.field]),
                               hint: Texts.current("finding.impossible-date.hint", ["place": context.cellPlace(row: row, column: column)]))
                return .empty
            }
        case .age:
            return number(NumberValue.age(value), rule, value, row: row, column: column, context: &context)
        case .count:
            return number(NumberValue.count(value, bound: context.mapping.countBound), rule, value, row: row, column: column, context: &context)
        case .boolean, .code:
            if case .boolean(let flag) = value, rule.kind == .boolean { return .flag(flag) }
            guard let text = TextValue.clean(value), let vocabulary = rule.vocabulary else { return .empty }
            switch vocabulary.match(normalized: context.normalized(text)) {
            case .code(let code): return rule.kind == .boolean ? .flag(code == "true") : .code(code)
            case .unknown, .none: return .empty
            case .untranslated:
                untranslated(rule, value, row: row, column: column, context: &context)
                return .empty
            }
        case .codeList:
            return list(rule, value, row: row, column: column, context: &context)
        }
    }

    static func number(_ reading: NumberReading, _ rule: FieldRule, _ value: CellValue, row: Int, column: Int,
                       context: inout SheetContext) -> FieldValue {
        switch reading {
        case .value(let n): return .number(n)
        case .invalid(let why):
            if case .string(let text) = value, let vocabulary = rule.vocabulary, vocabulary.match(text) == .unknown { return .empty }
            context.report("invalid_value", .warning, row: row, column: column, field: rule.field, value: value,
                           message: Texts.current("finding.invalid-number.message", ["field": rule.field, "reason": why]),
                           hint: Texts.current("finding.correct.hint", ["place": context.cellPlace(row: row, column: column)]))
            return .empty
        }
    }

    static func untranslated(_ rule: FieldRule, _ value: CellValue, row: Int, column: Int, context: inout SheetContext) {
        let line = rule.vocabulary?.line ?? rule.line
        context.report("untranslated_value", .warning, row: row, column: column, field: rule.field, value: value,
                       message: Texts.current("finding.untranslated.message", ["field": rule.field]),
                       hint: Texts.current("finding.untranslated.hint", ["field": rule.field, "line": context.mapping.linePlace(line),
                                                                         "place": context.cellPlace(row: row, column: column)]))
    }

    /// One cell listing several codes ("Médical, CCAS / logement et justice", one per line).
    /// The whole cell is tried first, then the items, split on the raw text (line breaks are
    /// separators before any normalising), the longest run of items matching a wording winning:
    /// "Police / justice, médecin" keeps "Police / justice" whole.
    static func list(_ rule: FieldRule, _ value: CellValue, row: Int, column: Int, context: inout SheetContext) -> FieldValue {
        guard let text = TextValue.clean(value), let vocabulary = rule.vocabulary else { return .codes([]) }
        switch vocabulary.match(normalized: context.normalized(text)) {
        case .code(let code): return .codes([code])
        case .unknown, .none: return .codes([])
        case .untranslated: break
        }
        let raw = if case .string(let written) = value { written } else { text }
        let items = ListItems.split(raw, separators: rule.separators)
        var codes: [String] = []
        var start = 0
        while start < items.count {
            var matched: (code: Vocabulary.Match, end: Int)?
            for end in stride(from: items.count, to: start, by: -1) {
                let joined = ListItems.join(items[start..<end])
                let normalized = context.normalized(joined)
                if normalized.isEmpty { matched = (.none, end); break }
                let match = vocabulary.match(normalized: normalized)
                if case .untranslated = match { continue }
                matched = (match, end)
                break
            }
            guard let matched else {
                let piece = String(items[start].text.trimmingSpaces)
                untranslated(rule, .string(piece), row: row, column: column, context: &context)
                start += 1
                continue
            }
            if case .code(let code) = matched.code, !codes.contains(code) { codes.append(code) }
            start = matched.end
        }
        return .codes(codes)
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
