// A test double of a workbook read from a JSON dump (tools/fixtures/dump_workbooks_json.py), for
// developing the engine before the real readers land; the Samples test prefers `openWorkbook`.

import Foundation
import Spreadsheet

final class JSONWorkbook: WorkbookReader {
    let format: FileFormat = .xlsx
    let sheets: [SheetInfo]
    private let rows: [[Row]]

    init(path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let sheetList = root["sheets"] as? [[String: Any]] else {
            throw SpreadsheetError(.unreadable, file: path, "not a workbook dump")
        }
        var infos: [SheetInfo] = []
        var allRows: [[Row]] = []
        for sheet in sheetList {
            let visibility: SheetVisibility = (sheet["visibility"] as? String) == "visible" ? .visible : .hidden
            infos.append(SheetInfo(name: sheet["name"] as? String ?? "", visibility: visibility))
            var sheetRows: [Row] = []
            for row in sheet["rows"] as? [[String: Any]] ?? [] {
                var cells: [Cell] = []
                for cell in row["cells"] as? [[Any]] ?? [] {
                    guard cell.count >= 3, let column = cell[0] as? Int, let type = cell[1] as? String else { continue }
                    cells.append(Cell(column: column, value: Self.value(type, cell)))
                }
                sheetRows.append(Row(number: row["n"] as? Int ?? 0, cells: cells))
            }
            allRows.append(sheetRows)
        }
        self.sheets = infos
        self.rows = allRows
    }

    static func value(_ type: String, _ cell: [Any]) -> CellValue {
        switch type {
        case "n": return .number(cell[2] as? Double ?? 0)
        case "b": return .boolean(cell[2] as? Bool ?? false)
        case "d", "dt":
            let parts = (cell[2] as? String ?? "").split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3 else { return .string(cell[2] as? String ?? "") }
            let date = CivilDate(year: parts[0], month: parts[1], day: parts[2])
            return type == "d" ? .date(date) : .dateTime(date, secondsOfDay: cell.count > 3 ? cell[3] as? Int ?? 0 : 0)
        case "t": return .time(secondsOfDay: cell[2] as? Int ?? 0)
        default: return .string(cell[2] as? String ?? "")
        }
    }

    func readSheet(_ index: Int, _ body: (Row) throws -> Void) throws -> SheetMetadata {
        for row in rows[index] { try body(row) }
        return SheetMetadata(rowCount: rows[index].count)
    }
}
