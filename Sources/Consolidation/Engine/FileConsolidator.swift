// Applying a site's mapping to one workbook: sheets claimed, tables and forms read, rows accounted for.

import Foundation
import Mapping
import Model
import Spreadsheet
import Texts

/// A site's mapping with its tables compiled once for the run.
struct CompiledMapping {
    let mapping: SiteMapping
    let tables: [CompiledTable]

    init(_ mapping: SiteMapping) {
        self.mapping = mapping
        // Meetings first: a sheet named for meetings is never mistaken for a form sheet.
        self.tables = [mapping.meetings, mapping.referrals].compactMap { $0 }.map { CompiledTable(rule: $0, mapping: mapping) }
    }

    /// The tables claiming a sheet: explicit names first, then patterns and "every sheet".
    func claimants(ofSheet name: String) -> [CompiledTable] {
        let normalized = Wording.normalize(name)
        let explicit = tables.filter { $0.claims(sheet: normalized, explicitOnly: true) }
        return explicit.isEmpty ? tables.filter { $0.claims(sheet: normalized, explicitOnly: false) } : explicit
    }

    /// Of several rules claiming a sheet, the one whose headers or labels it holds most of (the
    /// first, meetings, on a tie): a sheet both tables could claim is read by the one it fits.
    func pick(_ claimants: [CompiledTable], rows: [Row]) -> CompiledTable? {
        guard claimants.count > 1 else { return claimants.first }
        var best = claimants[0], bestScore = best.fit(rows)
        for table in claimants.dropFirst() {
            let score = table.fit(rows)
            if score > bestScore { (best, bestScore) = (table, score) }
        }
        return best
    }
}

struct FileConsolidator {
    let compiled: CompiledMapping
    let file: InputFile
    var result: FileResult

    var mapping: SiteMapping { compiled.mapping }

    init(compiled: CompiledMapping, file: InputFile, contentHash: String) {
        self.compiled = compiled
        self.file = file
        self.result = FileResult(account: FileAccount(file: file.relativePath, site: compiled.mapping.site.code, contentHash: contentHash))
    }

    mutating func run(_ workbook: any WorkbookReader) throws {
        var periods: Set<String> = []
        for (index, info) in workbook.sheets.enumerated() where info.visibility == .visible && info.kind == .worksheet {
            // Findings and record ids name a sheet that may be named after a person by its position.
            let shownName = SheetNames.shown(info.name, position: index + 1, mapping: mapping)
            let claimants = compiled.claimants(ofSheet: info.name)
            var rows: [Row] = []
            let metadata: SheetMetadata
            do {
                metadata = try workbook.readSheet(index) { rows.append($0) }
            } catch where claimants.isEmpty {
                // A sheet no rule claims is read only to say whether it looks like a table's sheet.
                unmatchedSheet(info.name, shown: shownName, rows: [])
                continue
            }
            guard let table = compiled.pick(claimants, rows: rows) else {
                unmatchedSheet(info.name, shown: shownName, rows: rows)
                continue
            }
            let periode = mapping.period == .fileName ? Period.fromFileName(file.relativePath)
                                                      : Period.fromSheetName(info.name, fileName: file.relativePath)
            var context = SheetContext(mapping: mapping, file: file.relativePath, sheet: shownName, periode: periode)
            let before = result.account
            let claimed: Bool
            switch table.rule.layout {
            case .table: claimed = readTable(table, rows: rows, merged: metadata.mergedRegions, context: &context)
            case .form: claimed = readForm(table, rows: rows, context: &context)
            }
            if claimed {
                if let periode, table.rule.table == .saisines { periods.insert(periode) }
                result.findings += context.findings
                result.notKnownISGCells.merge(context.notKnownISGCells) { first, _ in first }
                var reading = SheetReading(name: info.name, sheet: shownName, table: table.rule.table, layout: table.rule.layout)
                reading.headerRows = context.headerRows
                reading.bound = context.bound
                reading.findings = context.findings
                reading.account = SheetAccount(rowsRead: result.account.rowsRead - before.rowsRead, kept: result.account.kept - before.kept,
                                               rejected: result.account.rejected - before.rejected, nonData: result.account.nonData - before.nonData)
                result.readings.append(reading)
            } else {
                unmatchedSheet(info.name, shown: shownName, rows: rows)
            }
        }
        result.account.periods = periods.sorted()
    }

    /// A sheet no rule claims is not read: an `info`, unless its header names most columns of a
    /// table (a month sheet `feuilles:` misses), a `warning`, since its records are lost.
    mutating func unmatchedSheet(_ name: String, shown sheet: String, rows: [Row]) {
        var finding = Finding(
            kind: "unmatched_sheet", severity: .info, site: mapping.site.code, file: file.relativePath, sheet: sheet,
            message: Texts.current("finding.unmatched-sheet.message"),
            hint: Texts.current("finding.unmatched-sheet.hint", ["mapping": mapping.file]))
        if let look = compiled.lookalike(rows) {
            finding.severity = .warning
            finding.row = look.headerRow
            finding.message = Texts.current("finding.lookalike-sheet.message", [
                "row": String(look.headerRow), "matched": String(look.matched), "total": String(look.total), "table": look.table.rule.table.rawValue])
            finding.hint = Texts.current("finding.lookalike-sheet.hint", ["table": look.table.rule.table.rawValue, "line": mapping.linePlace(look.table.rule.line)])
        }
        result.findings.append(finding)
        var reading = SheetReading(name: name, sheet: sheet)
        reading.findings = [finding]
        result.readings.append(reading)
    }

    mutating func reject(_ missing: [String], table: CompiledTable, row: Int, places: [Int: Int], context: inout SheetContext) {
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

    mutating func keep(_ table: CompiledTable, _ inputs: [FieldInput], recordID: String, splits: [Int: NameSplit] = [:],
                               context: inout SheetContext) {
        result.account.kept += 1
        if table.rule.table == .saisines {
            result.referrals.append(RecordBuilder.referral(table.rule, inputs, recordID: recordID, splits: splits, context: &context))
        } else {
            result.meetings.append(RecordBuilder.meeting(table.rule, inputs, recordID: recordID, context: &context))
        }
    }
}
