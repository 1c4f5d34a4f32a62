// Applying a site's mapping to one workbook: sheets claimed, tables and forms read, rows accounted for.

import Foundation
import Mapping
import Model
import Spreadsheet
import Texts

/// A site's mapping with its tables compiled once for the run.
package struct CompiledMapping {
    package let mapping: SiteMapping
    package let tables: [CompiledTable]

    package init(_ mapping: SiteMapping) {
        self.mapping = mapping
        // Meetings first: a sheet named for meetings is never mistaken for a form sheet.
        self.tables = [mapping.meetings, mapping.referrals].compactMap { $0 }.map { CompiledTable(rule: $0, mapping: mapping) }
    }

    /// The table claiming a sheet: explicit names first, then patterns and "every sheet".
    package func table(forSheet name: String) -> CompiledTable? {
        let normalized = Wording.normalize(name)
        return tables.first { $0.claims(sheet: normalized, explicitOnly: true) }
            ?? tables.first { $0.claims(sheet: normalized, explicitOnly: false) }
    }
}

package struct FileConsolidator {
    package let compiled: CompiledMapping
    package let file: InputFile
    package var result: FileResult

    package var mapping: SiteMapping { compiled.mapping }

    package init(compiled: CompiledMapping, file: InputFile, contentHash: String) {
        self.compiled = compiled
        self.file = file
        self.result = FileResult(account: FileAccount(file: file.relativePath, site: compiled.mapping.site.code, contentHash: contentHash))
    }

    package mutating func run(_ workbook: any WorkbookReader) throws {
        var periods: Set<String> = []
        for (index, info) in workbook.sheets.enumerated() where info.visibility == .visible && info.kind == .worksheet {
            let shownName = SheetNames.shown(info.name, position: index + 1, mapping: mapping)
            guard let table = compiled.table(forSheet: info.name) else {
                unmatchedSheet(shownName)
                continue
            }
            var rows: [Row] = []
            let metadata = try workbook.readSheet(index) { rows.append($0) }
            let periode = mapping.period == .fileName ? Period.fromFileName(file.relativePath)
                                                      : Period.fromSheetName(info.name, fileName: file.relativePath)
            var context = SheetContext(mapping: mapping, file: file.relativePath, sheet: shownName, periode: periode)
            let claimed: Bool
            switch table.rule.layout {
            case .table: claimed = readTable(table, rows: rows, merged: metadata.mergedRegions, context: &context)
            case .form: claimed = readForm(table, rows: rows, context: &context)
            }
            if claimed {
                if let periode, table.rule.table == .saisines { periods.insert(periode) }
                result.findings += context.findings
                result.notKnownISGCells.merge(context.notKnownISGCells) { first, _ in first }
            } else {
                unmatchedSheet(shownName)
            }
        }
        result.account.periods = periods.sorted()
    }

    package mutating func unmatchedSheet(_ sheet: String) {
        result.findings.append(Finding(
            kind: "unmatched_sheet", severity: .info, site: mapping.site.code, file: file.relativePath, sheet: sheet,
            message: Texts.current("finding.unmatched-sheet.message"),
            hint: Texts.current("finding.unmatched-sheet.hint", ["mapping": mapping.file])))
    }

    package mutating func reject(_ missing: [String], table: CompiledTable, row: Int, places: [Int: Int], context: inout SheetContext) {
        let reason = "missing required field " + missing.joined(separator: ", ")
        result.rejections.append(Rejection(file: file.relativePath, sheet: context.sheet, row: row, site: mapping.site.code, reason: reason))
        result.account.rejected += 1
        for field in missing {
            let index = table.rule.fields.firstIndex { $0.field == field }
            let column = index.flatMap { places[$0] }
            let line = index.map { table.rule.fields[$0].line } ?? table.rule.line
            context.report("missing_required", .error, row: row, column: column, field: field,
                           message: Texts.current("finding.missing-required.message", ["field": "\(field)"]),
                           hint: Texts.current("finding.missing-required.hint", ["field": "\(field)", "row": String(row), "sheet": context.sheet,
                                                                                 "file": file.relativePath, "place": mapping.linePlace(line)]))
        }
    }

    package mutating func keep(_ table: CompiledTable, _ inputs: [FieldInput], recordID: String, splits: [Int: NameSplit] = [:],
                               context: inout SheetContext) {
        result.account.kept += 1
        if table.rule.table == .saisines {
            result.referrals.append(RecordBuilder.referral(table.rule, inputs, recordID: recordID, splits: splits, context: &context))
        } else {
            result.meetings.append(RecordBuilder.meeting(table.rule, inputs, recordID: recordID, context: &context))
        }
    }
}
