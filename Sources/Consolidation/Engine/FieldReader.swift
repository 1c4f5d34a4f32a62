// Turning one field's raw input into a typed value by its kind, reporting what cannot be read.

import Mapping
import Model
import Spreadsheet

/// A field's value once read.
package enum FieldValue {
    case empty
    case text(String)
    case date(CivilDate)
    case number(Int)
    case flag(Bool)
    case code(String)
    case codes([String])
}

package enum FieldReader {
    package static func read(_ rule: FieldRule, _ input: FieldInput, context: inout SheetContext) -> FieldValue {
        switch input {
        case .absent: return .empty
        case .constant(let value): return constant(rule, value)
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

    package static func constant(_ rule: FieldRule, _ value: String) -> FieldValue {
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

    package static func ticked(_ rule: FieldRule, _ codes: [String], row: Int, column: Int, context: inout SheetContext) -> FieldValue {
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

    package static func contradictory(_ rule: FieldRule, _ codes: [String], row: Int, column: Int, context: inout SheetContext) {
        context.report("invalid_value", .warning, row: row, column: column, field: rule.field,
                       rawText: codes.joined(separator: " + "),
                       message: "Several boxes are ticked for \(rule.field), which holds one value; the field is left empty.",
                       hint: "Tick one box at \(context.cellPlace(row: row, column: column)).")
    }

    package static func cell(_ rule: FieldRule, _ value: CellValue, row: Int, column: Int, context: inout SheetContext) -> FieldValue {
        switch rule.kind {
        case .text:
            return TextValue.clean(value).map(FieldValue.text) ?? .empty
        case .date:
            switch DateValue.read(value) {
            case .date(let date): return .date(date)
            case .impossible:
                context.report("impossible_date", .warning, row: row, column: column, field: rule.field, value: value,
                               message: "The \(rule.field) cell holds a date that does not exist or cannot be read as a date; the field is left empty.",
                               hint: "Correct \(context.cellPlace(row: row, column: column)) (day first: 05/03/2023).")
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

    package static func number(_ reading: NumberReading, _ rule: FieldRule, _ value: CellValue, row: Int, column: Int,
                       context: inout SheetContext) -> FieldValue {
        switch reading {
        case .value(let n): return .number(n)
        case .invalid(let why):
            if case .string(let text) = value, let vocabulary = rule.vocabulary, vocabulary.match(text) == .unknown { return .empty }
            context.report("invalid_value", .warning, row: row, column: column, field: rule.field, value: value,
                           message: "The \(rule.field) value \(why); the field is left empty.",
                           hint: "Correct \(context.cellPlace(row: row, column: column)).")
            return .empty
        }
    }

    package static func untranslated(_ rule: FieldRule, _ value: CellValue, row: Int, column: Int, context: inout SheetContext) {
        let line = rule.vocabulary?.line ?? rule.line
        context.report("untranslated_value", .warning, row: row, column: column, field: rule.field, value: value,
                       message: "No wording of the \(rule.field) vocabulary matches this value; the field is left empty.",
                       hint: "If the value means a code, add its wording to the vocabulary of \(rule.field) in \(context.mapping.place(line)); else correct \(context.cellPlace(row: row, column: column)).")
    }

    /// One cell listing several codes ("Médical, CCAS / logement et justice").
    package static func list(_ rule: FieldRule, _ value: CellValue, row: Int, column: Int, context: inout SheetContext) -> FieldValue {
        guard let text = TextValue.clean(value), let vocabulary = rule.vocabulary else { return .codes([]) }
        let whole = vocabulary.match(normalized: context.normalized(text))
        switch whole {
        case .code(let code): return .codes([code])
        case .unknown, .none: return .codes([])
        case .untranslated: break
        }
        var normalized = context.normalized(text)
        for separator in rule.separators where separator != "," {
            let key = separator == " et " ? " et " : Wording.normalize(separator)
            guard !key.isEmpty else { continue }
            normalized = normalized.replacingAll(key, with: ",")
        }
        var codes: [String] = []
        for part in normalized.split(separator: ",") {
            let piece = String(part.trimmingSpaces)
            guard !piece.isEmpty else { continue }
            switch vocabulary.match(normalized: piece) {
            case .code(let code): if !codes.contains(code) { codes.append(code) }
            case .unknown, .none: continue
            case .untranslated: untranslated(rule, .string(piece), row: row, column: column, context: &context)
            }
        }
        return .codes(codes)
    }
}

extension String {
    package func replacingAll(_ target: String, with replacement: String) -> String {
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
