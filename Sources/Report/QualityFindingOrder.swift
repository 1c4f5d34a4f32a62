// The one order findings are listed in, so two runs on the same files give the same report.

import Model


enum FindingOrder {
    /// Site (no site last), file, sheet, row, cell column, then severity, kind, field, message, value.
    static func precedes(_ a: Finding, _ b: Finding) -> Bool {
        if let c = compareOptional(a.site, b.site) { return c }
        if let c = compareOptional(a.file, b.file) { return c }
        if let c = compareOptional(a.sheet, b.sheet) { return c }
        if a.row != b.row { return (a.row ?? Int.max) < (b.row ?? Int.max) }
        let ca = a.cell.map(columnIndex) ?? Int.max, cb = b.cell.map(columnIndex) ?? Int.max
        if ca != cb { return ca < cb }
        if a.severity != b.severity { return a.severity < b.severity }
        if a.kind != b.kind { return a.kind < b.kind }
        if let c = compareOptional(a.field, b.field) { return c }
        if a.message != b.message { return a.message < b.message }
        if let c = compareOptional(a.value, b.value) { return c }
        return (a.cell ?? "", a.hint ?? "") < (b.cell ?? "", b.hint ?? "")
    }

    /// nil when equal; absent values sort after present ones.
    private static func compareOptional(_ a: String?, _ b: String?) -> Bool? {
        switch (a, b) {
        case (nil, nil): return nil
        case (nil, _): return false
        case (_, nil): return true
        case let (x?, y?): return x == y ? nil : x < y
        }
    }

    /// The 1-based column of an A1 reference (`C17` gives 3, `AA1` gives 27); 0 when unreadable.
    static func columnIndex(_ cell: String) -> Int {
        var index = 0
        for scalar in cell.unicodeScalars {
            let v = scalar.value
            if v >= 65 && v <= 90 { index = index * 26 + Int(v - 64) }
            else if v >= 97 && v <= 122 { index = index * 26 + Int(v - 96) }
            else if v == 36 { continue } // `$` of an absolute reference
            else { break }
        }
        return index
    }
}
