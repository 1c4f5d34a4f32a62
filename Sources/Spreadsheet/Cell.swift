// The one cell model every reader (XLSX, ODS, CSV) produces and every later stage consumes.

import Model

/// What a cell holds, already typed. Empty cells are not represented: rows are sparse.
public enum CellValue: Hashable, Sendable {
    case string(String)
    case number(Double)
    case boolean(Bool)
    case date(CivilDate)
    /// A date with a time of day, in whole seconds after midnight.
    case dateTime(CivilDate, secondsOfDay: Int)
    /// A time of day, in whole seconds after midnight (0..<86400).
    case time(secondsOfDay: Int)
    /// An elapsed time (`[h]:mm` formats, ODS times of 24 h or more), in seconds.
    case duration(seconds: Double)
    /// A formula error as the file spells it (`#DIV/0!`).
    case error(String)
}

/// A non-empty cell and its 0-based column (A = 0).
public struct Cell: Hashable, Sendable {
    public var column: Int
    public var value: CellValue

    public init(column: Int, value: CellValue) {
        self.column = column
        self.value = value
    }
}

/// One row as the sheet numbers it (1-based), with its non-empty cells in column order.
public struct Row: Hashable, Sendable {
    public var number: Int
    public var cells: [Cell]

    public init(number: Int, cells: [Cell]) {
        self.number = number
        self.cells = cells
    }

    public subscript(column: Int) -> CellValue? {
        // Rows are short and sorted: a linear scan beats building an index.
        for cell in cells where cell.column >= column {
            return cell.column == column ? cell.value : nil
        }
        return nil
    }
}

/// A rectangular merged region, 1-based rows and 0-based columns, inclusive.
public struct MergedRegion: Hashable, Sendable {
    public var firstRow: Int
    public var firstColumn: Int
    public var lastRow: Int
    public var lastColumn: Int

    public init(firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) {
        self.firstRow = firstRow
        self.firstColumn = firstColumn
        self.lastRow = lastRow
        self.lastColumn = lastColumn
    }
}
