// `isg mapping check`: the engine's reading of some files (a dry run: no store written), summarised for a person.

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
    /// The engine's reason for the rename (its words, or its values all wordings of the field).
    public var evidence: String?
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

/// Findings of one kind (and field) on a sheet that are not about the header: data the import
/// flags (a rejected row, an impossible date), counted with their first cells.
public struct FindingGroup: Sendable, Equatable {
    public var kind: String
    public var severity: Severity
    public var field: String?
    public var count: Int
    public var firstCells: [String]
    /// The first finding's message and hint, as the import reports them.
    public var message: String
    public var hint: String?
}

/// One sheet of a file, as the engine read it.
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
    /// Other warnings and errors of the import (rejected rows, unreadable dates...), grouped.
    public var other: [FindingGroup] = []
    /// Records read (table rows kept or rejected, or 1 for a form).
    public var dataRows: Int = 0
    /// Why a claimed sheet could not be read as its table (no header found...).
    public var problem: String?
    /// For a sheet no rule claims that looks like a table's sheet: the `feuilles:` pattern that
    /// would claim it, and the line to edit (the sheet is then checked as if claimed).
    public var proposedPattern: (pattern: String, line: Int)?
    /// Every finding of the import on this sheet, infos included.
    public var findings: [Finding] = []

    /// Covered exactly when the import reports no warning and no error on the sheet.
    public var isCovered: Bool { !findings.contains { $0.severity != .info } }

    public static func == (a: SheetCheck, b: SheetCheck) -> Bool {
        a.sheet == b.sheet && a.table == b.table && a.layout == b.layout && a.headerRows == b.headerRows && a.columns == b.columns
            && a.unknown == b.unknown && a.missing == b.missing && a.untranslated == b.untranslated && a.other == b.other
            && a.dataRows == b.dataRows && a.problem == b.problem && a.proposedPattern?.pattern == b.proposedPattern?.pattern
            && a.proposedPattern?.line == b.proposedPattern?.line && a.findings == b.findings
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
    /// The mapping given with --mapping does not claim the file: the pattern that would.
    public var proposedFilePattern: String?
    public var sheets: [SheetCheck] = []
    /// Findings about the whole file (unreadable, unclaimed, repeated rows, a distribution shift).
    public var findings: [Finding] = []

    public var isCovered: Bool {
        problem == nil && proposedFilePattern == nil && sheets.allSatisfy(\.isCovered) && !findings.contains { $0.severity != .info }
    }
}

/// The result of `isg mapping check` on some files.
public struct MappingCheckResult: Sendable, Equatable {
    public var files: [FileCheck]
    /// Findings about the run as a whole (a month with no file).
    public var runFindings: [Finding] = []
    public var isCovered: Bool { files.allSatisfy(\.isCovered) && !runFindings.contains { $0.severity != .info } }

    public init(files: [FileCheck], runFindings: [Finding] = []) {
        self.files = files
        self.runFindings = runFindings
    }

    /// Every finding the import would make, in the check's order.
    public var findings: [Finding] {
        files.flatMap { $0.findings + $0.sheets.flatMap(\.findings) } + runFindings
    }
}

/// A sheet's rows, read once, and whether people see it.
public struct CheckedSheet: Sendable {
    public var info: SheetInfo
    public var rows: [Row]
    public var merged: [MergedRegion]

    public init(info: SheetInfo, rows: [Row], merged: [MergedRegion] = []) {
        self.info = info
        self.rows = rows
        self.merged = merged
    }

    /// Reads every sheet of an opened workbook into memory (mapping check reads a few files).
    public static func readAll(_ reader: any WorkbookReader) throws -> [CheckedSheet] {
        var sheets: [CheckedSheet] = []
        for (index, info) in reader.sheets.enumerated() {
            var rows: [Row] = []
            let metadata = try reader.readSheet(index) { rows.append($0) }
            sheets.append(CheckedSheet(info: info, rows: rows, merged: metadata.mergedRegions))
        }
        return sheets
    }
}

/// The sheets of `CheckedSheet.readAll` as a workbook, for the engine.
final class SheetsWorkbook: WorkbookReader {
    let format: FileFormat
    let checked: [CheckedSheet]
    var sheets: [SheetInfo] { checked.map(\.info) }

    init(_ checked: [CheckedSheet], format: FileFormat = .xlsx) {
        self.checked = checked
        self.format = format
    }

    func readSheet(_ index: Int, _ body: (Row) throws -> Void) throws -> SheetMetadata {
        for row in checked[index].rows { try body(row) }
        return SheetMetadata(mergedRegions: checked[index].merged, rowCount: checked[index].rows.count)
    }
}

public enum MappingCheck {
    /// Below this similarity, an unknown header is not offered as a renamed column.
    public static let renameThreshold = Suggestion.renameThreshold

    /// The one similarity of wordings (`Suggestion.wordingSimilarity`), kept here for callers.
    public static func similarity(_ a: String, _ b: String) -> Double { Suggestion.wordingSimilarity(a, b) }

    /// The field an unknown header is closest to, over every wording of every field.
    static func closestField(to header: String, in rule: TableRule) -> FieldSuggestion? {
        var best: FieldSuggestion?
        for field in rule.fields {
            let wordings = rule.layout == .table ? field.columns.written + field.boxes.flatMap(\.wordings.written) : field.labels.written
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
