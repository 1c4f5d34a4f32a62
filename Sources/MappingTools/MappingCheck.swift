// `isg mapping check`: how well a mapping covers some files, without importing them.

import Consolidation
import Mapping
import Model
import Spreadsheet

/// A header of the file bound to a field of the mapping.
public struct CheckedColumn: Sendable, Equatable {
    public var field: String
    /// The header as written, and its cell (A1).
    public var header: String
    public var cell: String
    /// For an "x" column of a check-box field, the code it ticks.
    public var code: String?
    /// The line of the field in the mapping file.
    public var line: Int
}

/// The closest field a header (or a missing field) could be, and how close.
public struct FieldSuggestion: Sendable, Equatable {
    public var field: String
    /// The known wording it is closest to.
    public var wording: String
    /// 1 for the same text, 0 for nothing in common (normalised edit distance).
    public var similarity: Double
    public var line: Int
}

public struct UnknownHeader: Sendable, Equatable {
    public var header: String
    public var cell: String
    public var closest: FieldSuggestion?
}

/// A field of the mapping whose column (or form label) is not in the sheet.
public struct MissingField: Sendable, Equatable {
    public var field: String
    public var required: Bool
    public var line: Int
    /// An unknown header of the sheet that looks like this field renamed.
    public var renamedTo: UnknownHeader?
    /// The wording the renamed header is closest to, and the similarity.
    public var similarity: Double?
}

/// A value no vocabulary of the field covers: counted, with its first cells.
public struct UntranslatedValue: Sendable, Equatable {
    public var field: String
    public var value: String
    public var count: Int
    public var firstCells: [String]
    /// The line of the field's vocabulary (or of the field) in the mapping file.
    public var line: Int
    /// A number, a date or a wording of another vocabulary: printed even without --identified.
    public var mayShow = false
}

/// One sheet of a file, as the mapping sees it.
public struct SheetCheck: Sendable, Equatable {
    public var sheet: String
    /// The name printed without --identified: the sheet's own, or `feuille N` (`SheetNames`).
    public var shownName: String?
    /// The table the sheet was read as; nil when no rule of the mapping claims it.
    public var table: TableKind?
    public var layout: Layout?
    /// The header's rows (tables), when found.
    public var headerRows: ClosedRange<Int>?
    public var columns: [CheckedColumn] = []
    public var unknown: [UnknownHeader] = []
    public var missing: [MissingField] = []
    public var untranslated: [UntranslatedValue] = []
    /// Data rows read (table rows, or 1 for a form).
    public var dataRows: Int = 0
    /// Why a claimed sheet could not be read as its table (no header found...).
    public var problem: String?

    /// Nothing to fix: every header known, every mapped column present (unless it may be absent),
    /// every value translated. A sheet that matches nothing is only listed.
    public var isCovered: Bool {
        guard table != nil else { return true }
        return problem == nil && unknown.isEmpty && missing.isEmpty && untranslated.isEmpty
    }
}

public struct FileCheck: Sendable, Equatable {
    /// The file as given on the command line.
    public var file: String
    public var site: String?
    /// The mapping file used (`Mappings/colmar.yaml`).
    public var mappingFile: String?
    /// Why the file could not be checked (unreadable, no mapping claims it).
    public var problem: String?
    public var sheets: [SheetCheck] = []

    public var isCovered: Bool { problem == nil && sheets.allSatisfy(\.isCovered) }
}

/// The result of `isg mapping check` on some files.
public struct MappingCheckResult: Sendable, Equatable {
    public var files: [FileCheck]
    public var isCovered: Bool { files.allSatisfy(\.isCovered) }

    public init(files: [FileCheck]) { self.files = files }
}

/// A sheet's rows, read once, and whether people see it.
public struct CheckedSheet: Sendable {
    public var info: SheetInfo
    public var rows: [Row]

    public init(info: SheetInfo, rows: [Row]) {
        self.info = info
        self.rows = rows
    }

    /// Reads every sheet of an opened workbook into memory (mapping check reads a few files).
    public static func readAll(_ reader: any WorkbookReader) throws -> [CheckedSheet] {
        var sheets: [CheckedSheet] = []
        for (index, info) in reader.sheets.enumerated() {
            var rows: [Row] = []
            _ = try reader.readSheet(index) { rows.append($0) }
            sheets.append(CheckedSheet(info: info, rows: rows))
        }
        return sheets
    }
}

public enum MappingCheck {
    /// Below this similarity, an unknown header is not offered as a renamed column.
    public static let renameThreshold = 0.6

    /// Checks one file's sheets against `mapping`.
    public static func check(file: String, sheets: [CheckedSheet], mapping: SiteMapping) -> FileCheck {
        var result = FileCheck(file: file, site: mapping.site.code, mappingFile: mapping.file)
        let tables = [mapping.referrals, mapping.meetings].compactMap { $0 }.map { CompiledTable(rule: $0, mapping: mapping) }
        for sheet in sheets where sheet.info.visibility == .visible && sheet.info.kind == .worksheet {
            let name = Wording.normalize(sheet.info.name)
            // A sheet named explicitly wins over a pattern or "every sheet".
            let claimants = tables.filter { $0.claims(sheet: name, explicitOnly: true) }
            let candidates = claimants.isEmpty ? tables.filter { $0.claims(sheet: name, explicitOnly: false) } : claimants
            guard let table = pick(candidates, rows: sheet.rows) else {
                if !sheet.rows.isEmpty { result.sheets.append(SheetCheck(sheet: sheet.info.name)) }
                continue
            }
            switch table.rule.layout {
            case .table: result.sheets.append(checkTable(table, sheet: sheet))
            case .form: result.sheets.append(checkForm(table, sheet: sheet))
            }
        }
        return withoutPersonalData(result, sheets: sheets, mapping: mapping)
    }

    /// The check is pasted into e-mails: what may name a person (a sheet named after someone, a
    /// name typed in a coded column) is marked, and printed masked unless --identified.
    static func withoutPersonalData(_ check: FileCheck, sheets: [CheckedSheet], mapping: SiteMapping) -> FileCheck {
        var result = check
        let known = { (text: String) in
            [mapping.referrals, mapping.meetings].compactMap { $0 }.flatMap(\.fields).contains { $0.vocabulary?.knows(text) == true }
        }
        for i in result.sheets.indices {
            let position = (sheets.firstIndex { $0.info.name == result.sheets[i].sheet } ?? i) + 1
            result.sheets[i].shownName = SheetNames.shown(result.sheets[i].sheet, position: position, mapping: mapping)
            for j in result.sheets[i].untranslated.indices {
                let value = result.sheets[i].untranslated[j].value
                result.sheets[i].untranslated[j].mayShow = ValuePrivacy.isNumberOrDate(value) || known(value)
            }
        }
        return result
    }

    /// Of several rules claiming a sheet, the one whose headers or labels it holds most of.
    static func pick(_ candidates: [CompiledTable], rows: [Row]) -> CompiledTable? {
        guard candidates.count > 1 else { return candidates.first }
        func score(_ table: CompiledTable) -> Int {
            switch table.rule.layout {
            case .table: return rows.prefix(TableLayout.searchDepth).map { TableLayout.matchedColumns($0, table).count }.max() ?? 0
            case .form:
                let grid = FormGrid(rows: rows)
                return table.rule.fields.filter { FormLayout.findLabel($0, in: grid) != nil }.count
            }
        }
        var best = candidates[0], bestScore = score(best)
        for table in candidates.dropFirst() {
            let s = score(table)
            if s > bestScore { best = table; bestScore = s }
        }
        return best
    }

    /// The closer of two measures: edit distance (typos, accents) and shared words (a header that
    /// gained or lost a word, "Origine" -> "Origine saisine"), both on normalised text.
    public static func similarity(_ a: String, _ b: String) -> Double {
        let wordsA = Set(Wording.normalize(a).split(whereSeparator: { !$0.isLetter && !$0.isNumber }))
        let wordsB = Set(Wording.normalize(b).split(whereSeparator: { !$0.isLetter && !$0.isNumber }))
        let total = wordsA.count + wordsB.count
        let dice = total == 0 ? 0 : 2 * Double(wordsA.intersection(wordsB).count) / Double(total)
        return max(Suggestion.similarity(a, b), dice)
    }

    /// The field an unknown header is closest to, over every wording of every field.
    static func closestField(to header: String, in rule: TableRule, onlyFields: Set<Int>? = nil) -> FieldSuggestion? {
        var best: FieldSuggestion?
        for (index, field) in rule.fields.enumerated() where onlyFields?.contains(index) ?? true {
            let wordings = rule.layout == .table
                ? field.columns.written + field.boxes.flatMap(\.wordings.written)
                : field.labels.written
            for wording in wordings {
                let s = similarity(header, wording)
                if s > (best?.similarity ?? -1) || (s == best?.similarity && field.field < (best?.field ?? "")) {
                    best = FieldSuggestion(field: field.field, wording: wording, similarity: s,
                                           line: field.columns.isEmpty ? field.line : field.columns.line)
                }
            }
        }
        return best
    }
}
