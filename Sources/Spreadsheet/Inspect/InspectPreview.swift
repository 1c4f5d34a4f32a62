// `isg inspect`: a readable preview of a workbook (sheets, size, merged regions, first rows), in the
// run's language; the cells themselves are shown as read (`--json` is the same in every language).

import Model
import Texts

public enum InspectPreview {
    /// Writes the preview: for each sheet its visibility and kind, its used range, merged
    /// regions and its first `rowLimit` rows as an aligned table (cells cut to `cellWidth`).
    public static func render(_ workbook: any WorkbookReader, fileName: String, sheetIndices: [Int],
                              rowLimit: Int = 10, cellWidth: Int = 20, texts t: Texts = Texts.current, write: (String) -> Void) throws {
        write(t("inspect.file", ["file": fileName, "format": workbook.format.rawValue.uppercased(),
                                 "sheets": t.plural("sheet.sheets", count: workbook.sheets.count)]) + "\n")
        for index in sheetIndices {
            let sheet = workbook.sheets[index]
            var notes: [String] = []
            if sheet.visibility != .visible { notes.append(t(sheet.visibility == .hidden ? "inspect.hidden" : "inspect.very-hidden")) }
            if sheet.kind == .chart { notes.append(t("inspect.chart")) }
            write("\n" + t("inspect.sheet", ["number": String(index + 1), "name": sheet.name])
                  + (notes.isEmpty ? "" : " (" + notes.joined(separator: ", ") + ")") + "\n")
            guard sheet.kind == .worksheet else { continue }
            var preview: [Row] = []
            let metadata = try workbook.readSheet(index) { row in
                if preview.count < rowLimit { preview.append(row) }
            }
            if metadata.rowCount == 0 {
                write("  " + t("inspect.empty") + "\n")
                continue
            }
            let range = "A1:" + CellRef(row: metadata.lastRow, column: metadata.lastColumn).description
            write("  " + t("inspect.rows", ["rows": t.plural("inspect.non-empty-rows", count: metadata.rowCount), "range": range]) + "\n")
            if !metadata.mergedRegions.isEmpty {
                let regions = metadata.mergedRegions.prefix(20).map {
                    CellRef(row: $0.firstRow, column: $0.firstColumn).description + ":" + CellRef(row: $0.lastRow, column: $0.lastColumn).description
                }
                let more = metadata.mergedRegions.count > 20 ? t("inspect.merged.more", ["count": t.number(metadata.mergedRegions.count - 20)]) : ""
                write("  " + t("inspect.merged", ["regions": regions.joined(separator: " ") + more]) + "\n")
            }
            write(table(preview, columns: min(metadata.lastColumn + 1, 12), cellWidth: cellWidth))
        }
    }

    static func table(_ rows: [Row], columns: Int, cellWidth: Int) -> String {
        guard columns > 0 else { return "" }
        var grid: [[String]] = [[""] + (0..<columns).map { CellRef.columnName($0) }]
        for row in rows {
            var line = [String(row.number)]
            for column in 0..<columns { line.append(row[column].map { text($0, width: cellWidth) } ?? "") }
            grid.append(line)
        }
        var widths = Array(repeating: 0, count: columns + 1)
        for line in grid { for (i, cell) in line.enumerated() { widths[i] = max(widths[i], cell.count) } }
        var out = ""
        for line in grid {
            let padded = line.enumerated().map { i, cell in cell + String(repeating: " ", count: widths[i] - cell.count) }
            out += "  " + padded.joined(separator: " | ") + "\n"
        }
        return out
    }

    static func text(_ value: CellValue, width: Int) -> String {
        var s: String
        switch value {
        case .string(let v): s = v
        case .error(let v): s = v
        case .number(let x): s = InspectJSON.number(x)
        case .boolean(let b): s = b ? "TRUE" : "FALSE"
        case .date(let d): s = d.description
        case .dateTime(let d, let seconds): s = d.description + " " + InspectJSON.clock(seconds)
        case .time(let seconds): s = InspectJSON.clock(seconds)
        case .duration(let seconds):
            let whole = Int(seconds.rounded(.towardZero))
            s = (seconds < 0 ? "-" : "") + InspectJSON.clock(abs(whole))
        }
        s = String(s.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 })
        return s.count > width ? String(s.prefix(width - 1)) + "…" : s
    }
}
