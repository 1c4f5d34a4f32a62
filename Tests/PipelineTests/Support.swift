// Paths, temporary folders and a small CSV reader for the end-to-end import tests.

import Foundation
import TestSupport
import Spreadsheet

/// A CSV file as header-keyed rows, read with our own CSV reader (BOM, separator and quotes handled).
func csvRecords(_ path: String) throws -> [[String: String]] {
    let workbook = try openWorkbook(path: path)
    var rows: [[String]] = []
    _ = try workbook.readSheet(0) { row in
        var fields: [String] = []
        for cell in row.cells {
            while fields.count < cell.column { fields.append("") }
            if case .string(let text) = cell.value { fields.append(text) } else { fields.append("") }
        }
        rows.append(fields)
    }
    guard let header = rows.first else { return [] }
    return rows.dropFirst().map { row in
        var record: [String: String] = [:]
        for (index, name) in header.enumerated() { record[name] = index < row.count ? row[index] : "" }
        return record
    }
}
