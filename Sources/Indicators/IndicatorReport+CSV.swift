// The indicators as one long CSV table (one line per period, scope and indicator) for spreadsheets.

import Model

extension IndicatorReport {
    /// UTF-8 with BOM and `;` by default, like the exports, so French Excel opens it cleanly.
    public func csv(separator: Character = ";") -> String {
        let s = String(separator)
        var out = "\u{FEFF}" + ["from", "to", "scope", "indicator", "value", "numerator", "denominator", "unknown", "percent"]
            .joined(separator: s) + "\r\n"
        for (part, partValues) in [(period, values)] + subperiods {
            for scope in scopes {
                guard let v = partValues[scope] else { continue }
                for definition in IndicatorDefinition.all {
                    var fields = [part.from.description, part.to.description, scope.id, definition.id]
                    switch definition.read(v) {
                    case .count(let n): fields += [String(n), "", "", "", ""]
                    case .share(let share):
                        let percent = share.percentOneDecimal.map { String($0) } ?? ""
                        // French Excel reads a decimal comma when the separator is `;`.
                        let decimal = separator == "," ? percent : String(percent.map { $0 == "." ? "," : $0 })
                        fields += [share.roundedPercent.map(String.init) ?? "", String(share.numerator),
                                   String(share.denominator), String(share.unknown),
                                   decimal]
                    }
                    out += fields.joined(separator: s) + "\r\n"
                }
            }
        }
        return out
    }
}
