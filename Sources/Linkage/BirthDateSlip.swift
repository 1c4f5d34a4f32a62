// Which two different birth dates one typing slip or a placeholder explains, and which it does not (namesakes, parent and child).

enum BirthDateSlip {
    /// `01/01/YYYY` is what a form gets when only the year is known: it agrees with any date of that year.
    static func isPlaceholder(_ d: BirthDate) -> Bool { d.month == 1 && d.day == 1 }

    /// One side a placeholder, the other a real date of the same year.
    static func placeholderAgrees(_ a: BirthDate, _ b: BirthDate) -> Bool {
        a != b && a.year == b.year && (isPlaceholder(a) || isPlaceholder(b))
    }

    /// Day and month swapped, or one part changed by one digit or by swapping its last two digits.
    /// A year changed in its tens digit is not a slip: that is the gap between a parent and a child.
    static func isSlip(_ a: BirthDate, _ b: BirthDate) -> Bool {
        if a == b { return false }
        if a.year == b.year && a.day == b.month && a.month == b.day { return true }
        // Only the year is known on one side, and it is one slip away from the other's.
        if (isPlaceholder(a) || isPlaceholder(b)) && a.year != b.year { return yearSlip(a.year, b.year) }
        let sameYear = a.year == b.year, sameMonth = a.month == b.month, sameDay = a.day == b.day
        switch (sameYear, sameMonth, sameDay) {
        case (true, true, false): return twoDigitSlip(a.day, b.day)
        case (true, false, true): return twoDigitSlip(a.month, b.month)
        case (false, true, true): return yearSlip(a.year, b.year)
        default: return false
        }
    }

    private static func twoDigitSlip(_ x: Int, _ y: Int) -> Bool {
        let (x1, x0, y1, y0) = (x / 10, x % 10, y / 10, y % 10)
        return (x1 == y1) != (x0 == y0) || (x1 == y0 && x0 == y1)
    }

    private static func yearSlip(_ x: Int, _ y: Int) -> Bool {
        if abs(x - y) == 1 { return true }  // 1979 and 1980: a year counted wrong, not a parent
        guard x / 100 == y / 100 else { return false }
        let (xt, xu, yt, yu) = ((x / 10) % 10, x % 10, (y / 10) % 10, y % 10)
        return (xt == yt && xu != yu) || (xt == yu && xu == yt)
    }
}
