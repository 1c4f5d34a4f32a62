// `mapping draft` on a form sheet (one referral per sheet): each label's value beside it, or its group
// of check boxes and the side its marks stand on. Read with the engine's own pieces (`FormGrid`, its
// in-cell boxes, its standalone marks, its side inference for `marque: auto`), so the draft sees what
// `isg import` will read through it.

import Consolidation
import Foundation
import Mapping
import Model
import Texts
import Spreadsheet

extension MappingDraft {
    typealias FormLabel = (row: Int, column: Int, text: String, similarity: Double, wording: String)

    /// What one label's neighbourhood holds on one sheet.
    struct FormEvidence {
        /// The value beside the label, and on which side (`droite`, `dessous`).
        var value: (text: String, row: Int, column: Int, side: String)?
        /// Check-box options as written, with their cell.
        var options: [(text: String, row: Int, column: Int)] = []
        /// The boxes are in the options' own cells (`☒ Femme`).
        var inside = false
        /// The side the engine infers for the marks beside the options (nil: the sheet does not say).
        var side: MarkSide?
        /// Something is ticked: the sheet is filled in.
        var ticked = false
        /// A mark of its own (`X`, `☐`) stands in the area.
        var marks = false
        /// How many options name a code of the field.
        var coded = 0
        /// Boxes in the cells, or at least two options with marks beside them or codes in their words:
        /// two lines of free text under `Origine :` are a value and a note, not a group.
        var isGroup: Bool { inside || (options.count >= 2 && (marks || coded >= 2)) }
    }

    static func readForm(_ sheet: CheckedSheet, file: String, labels: [String: FormLabel], into table: inout DraftTable) {
        let place = { (row: Int, column: Int) in
            Texts.current("draft.place", ["file": file, "sheet": sheet.info.name, "cell": CellRef(row: row, column: column).description])
        }
        let grid = FormGrid(rows: sheet.rows)
        let titles = sectionTitles(sheet.rows)
        let kinds = Dictionary(Field.mapped(in: .saisines).map { ($0.column, $0.kind) }, uniquingKeysWith: { a, _ in a })
        // Every label-like cell (`Intervenante :` too) and every title stops a value search: a
        // neighbour's label or a section title (`SITUATION`) is never a value.
        var stops = titles
        for row in sheet.rows {
            for cell in row.cells where TextValue.clean(cell.value)?.hasSuffix(":") == true { stops.insert(key(row.number, cell.column)) }
        }
        var evidence: [String: FormEvidence] = [:]
        for (field, label) in labels {
            let codes = kinds[field]?.codes ?? []
            var found = codes.isEmpty ? FormEvidence() : boxGroup(label, codes: codes, labels: Array(labels.values), grid: grid, stops: stops)
            if !found.isGroup { found.value = value(beside: label, grid: grid, stops: stops) }
            evidence[field] = found
        }
        // A sheet with the labels and nothing filled in (a `Modèle`) is no referral: left out, said so.
        guard evidence.values.contains(where: { $0.value != nil || $0.ticked }) else {
            if !table.templates.contains(where: { $0.sheet == sheet.info.name }) {
                table.templates.append((sheet.info.name, Texts.current("draft.place.sheet", ["file": file, "sheet": sheet.info.name])))
            }
            return
        }
        if !table.sheets.contains(sheet.info.name) { table.sheets.append(sheet.info.name) }
        for (field, label) in labels.sorted(by: { ($0.value.row, $0.value.column) < ($1.value.row, $1.value.column) }) {
            let index = table.column(field, code: nil, similarity: label.similarity, evidence: label.wording)
            table.columns[index].addHeader(label.text, place: place(label.row, label.column))
            guard let found = evidence[field] else { continue }
            if found.isGroup {
                table.columns[index].hasBoxes = true
                if found.inside { table.columns[index].markVotes[.inside, default: 0] += 1 }
                if let side = found.side { table.columns[index].markVotes[side, default: 0] += 1 }
                for option in found.options {
                    table.columns[index].addValue(option.text, place: place(option.row, option.column))
                    table.columns[index].optionDepth = max(table.columns[index].optionDepth, option.row - label.row)
                }
            } else if let value = found.value {
                table.columns[index].valueSides.insert(value.side)
                if !(kinds[field]?.codes.isEmpty ?? true) { table.columns[index].addValue(value.text, place: place(value.row, value.column)) }
            }
        }
        // Other label-like cells: listed so the user decides.
        for row in sheet.rows {
            for cell in row.cells {
                guard let text = TextValue.clean(cell.value), text.hasSuffix(":"), text.count > 1, !titles.contains(key(row.number, cell.column)),
                      !labels.values.contains(where: { $0.row == row.number && $0.column == cell.column }) else { continue }
                table.addUnmatched(text, place: place(row.number, cell.column))
            }
        }
    }

    static func key(_ row: Int, _ column: Int) -> Int { row * 100_000 + column }

    /// Form and section titles (`FICHE DE SAISINE`, `SITUATION`, `ACCOMPAGNEMENT`): the only text of
    /// their row, in capitals, no colon. Never a label, never a value.
    static func sectionTitles(_ rows: [Row]) -> Set<Int> {
        var titles: Set<Int> = []
        for row in rows {
            let texts = row.cells.filter { TextValue.clean($0.value) != nil }
            guard texts.count == 1, let cell = texts.first, case .string(let text) = cell.value else { continue }
            let letters = text.filter(\.isLetter)
            if letters.count >= 3, letters.allSatisfy({ !$0.isLowercase }), !text.trimmingCharacters(in: .whitespaces).hasSuffix(":") {
                titles.insert(key(row.number, cell.column))
            }
        }
        return titles
    }

    /// The value beside a label as the engine's `position: autour` finds it: right within 3 cells,
    /// else below within 3, stopping at another label or a title.
    static func value(beside label: FormLabel, grid: FormGrid, stops: Set<Int>) -> (text: String, row: Int, column: Int, side: String)? {
        let right = (1...3).map { (label.row, label.column + $0, LabelPosition.right.rawValue) }
        let below = (1...3).map { (label.row + $0, label.column, LabelPosition.below.rawValue) }
        for places in [right, below] {
            for (row, column, side) in places {
                if stops.contains(key(row, column)) { break }
                guard let value = grid.value(row, column), let text = TextValue.clean(value) else { continue }
                return (text, row, column, side)
            }
        }
        return nil
    }

    /// The check boxes under or right of a coded field's label, in the area the engine reads for
    /// `cases`: down to the next label below, right up to the next label on the same row.
    static func boxGroup(_ label: FormLabel, codes: [String], labels: [FormLabel], grid: FormGrid, stops: Set<Int>) -> FormEvidence {
        let nextBelow = labels.filter { $0.row > label.row }.map(\.row).min() ?? Int.max
        let nextRight = labels.filter { $0.row == label.row && $0.column > label.column }.map(\.column).min() ?? Int.max
        let rows = label.row...min(label.row + 12, nextBelow - 1)
        var found = FormEvidence()
        for row in rows {
            for column in label.column..<min(nextRight, label.column + 12) {
                guard !(row == label.row && column == label.column), !stops.contains(key(row, column)),
                      let value = grid.value(row, column) else { continue }
                let raw = TextValue.clean(value) ?? ""
                let segments = FormLayout.boxSegments(raw)
                if !segments.isEmpty {
                    found.inside = true
                    let written = writtenSegments(raw)
                    for (ticked, text) in segments where !text.isEmpty {
                        found.ticked = found.ticked || ticked
                        let option = written.first { Wording.normalize($0) == text } ?? text
                        found.options.append((option, row, column))
                    }
                } else if FormLayout.isStandaloneMark(value) && !(raw.count >= 2 && guessCode(raw, codes: codes) != nil) {
                    // A mark of its own (`X`): it ticks an option beside it; `oui` as an option of a yes/no field stays an option.
                    found.marks = true
                    if BoxMark.of(value) == .ticked { found.ticked = true }
                } else if case .string = value {
                    found.options.append((raw, row, column))
                    if guessCode(raw, codes: codes) != nil { found.coded += 1 }
                }
            }
        }
        if !found.inside { found.side = FormLayout.markSide(grid, options: found.options.map(\.text)) }
        return found
    }

    /// `Oui ☒ Non ☐` -> [`Oui`, `Non`]: the options as written, for the draft's `cases` wordings.
    static func writtenSegments(_ raw: String) -> [String] {
        var parts: [String] = []
        var buffer = ""
        for character in raw.replacingOccurrences(of: "[x]", with: "☒").replacingOccurrences(of: "[X]", with: "☒")
            .replacingOccurrences(of: "[ ]", with: "☐").replacingOccurrences(of: "[]", with: "☐") {
            if "☒☑■✓✔☐□".contains(character) {
                parts.append(buffer)
                buffer = ""
            } else {
                buffer.append(character)
            }
        }
        parts.append(buffer)
        return parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
