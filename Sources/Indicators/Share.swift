// A share of rows: numerator over the rows where the field is known, with the unknown rows beside it.

import Model

/// `numerator / denominator`, where the denominator counts the rows whose field is known.
public struct Share: Hashable, Sendable {
    public var numerator: Int
    public var denominator: Int
    /// Rows of the scope and period where the field is unknown (not in the denominator).
    public var unknown: Int

    public init(numerator: Int = 0, denominator: Int = 0, unknown: Int = 0) {
        self.numerator = numerator
        self.denominator = denominator
        self.unknown = unknown
    }

    /// Counts one row: `nil` when its field is unknown, else whether it is in the numerator.
    mutating func add(_ matches: Bool?) {
        guard let matches else {
            unknown += 1
            return
        }
        denominator += 1
        if matches { numerator += 1 }
    }

    /// Percent rounded half up to the unit, like the published table; nil when nothing is known.
    /// Integer arithmetic, so 66.5 % is 67 % whatever binary floating point would say.
    public var roundedPercent: Int? {
        guard denominator > 0 else { return nil }
        return (200 * numerator + denominator) / (2 * denominator)
    }

    /// Percent rounded half up to one decimal (the JSON's `percent`).
    public var percentOneDecimal: Double? {
        guard denominator > 0 else { return nil }
        return Double((2000 * numerator + denominator) / (2 * denominator)) / 10
    }
}
