// `isg inspect --stats`: reads every cell and counts them by type, per sheet (also a timing probe),
// in the run's language.

import Texts

public enum InspectStats {
    /// Writes one line per sheet: rows, non-empty cells, and cells by type.
    public static func render(_ workbook: any WorkbookReader, fileName: String, sheetIndices: [Int],
                              texts t: Texts = Texts.current, write: (String) -> Void) throws {
        write(t("inspect.stats.file", ["file": fileName, "format": workbook.format.rawValue.uppercased()]) + "\n")
        for index in sheetIndices {
            // Order: string, number, boolean, date, datetime, time, duration, error.
            var counts = [Int](repeating: 0, count: 8)
            var rows = 0
            _ = try workbook.readSheet(index) { row in
                rows += 1
                for cell in row.cells {
                    switch cell.value {
                    case .string: counts[0] += 1
                    case .number: counts[1] += 1
                    case .boolean: counts[2] += 1
                    case .date: counts[3] += 1
                    case .dateTime: counts[4] += 1
                    case .time: counts[5] += 1
                    case .duration: counts[6] += 1
                    case .error: counts[7] += 1
                    }
                }
            }
            let names = ["strings", "numbers", "booleans", "dates", "date-times", "times", "durations", "errors"]
            let detail = zip(names, counts).filter { $0.1 > 0 }.map { t.plural("inspect.stats." + $0.0, count: $0.1) }.joined(separator: ", ")
            let total = counts.reduce(0, +)
            write("  " + t("inspect.stats.sheet", ["name": workbook.sheets[index].name, "rows": t.plural("rows", count: rows),
                                                   "cells": t.plural("inspect.stats.cells", count: total)])
                  + (detail.isEmpty ? "" : " (\(detail))") + "\n")
        }
    }
}
