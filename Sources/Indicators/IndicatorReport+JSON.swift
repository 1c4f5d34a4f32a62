// The indicators as JSON in the shape of schemas/indicators.schema.json, keys in a stable order.

import Model

extension IndicatorReport {
    public func json() -> String {
        var out = "{\n  \"period\": \(periodJSON(period)),\n  \"scopes\": \(scopesJSON(values, indent: "  "))"
        if let split {
            out += ",\n  \"by\": \"\(split.rawValue)\",\n  \"periods\": ["
            out += subperiods.map { part, partValues in
                "\n    {\n      \"period\": \(periodJSON(part)),\n      \"scopes\": \(scopesJSON(partValues, indent: "      "))\n    }"
            }.joined(separator: ",")
            out += "\n  ]"
        }
        return out + "\n}\n"
    }

    private func periodJSON(_ p: Period) -> String { "{\"from\": \"\(p.from)\", \"to\": \"\(p.to)\"}" }

    private func scopesJSON(_ values: [Scope: IndicatorValues], indent: String) -> String {
        var lines: [String] = []
        for scope in scopes {
            guard let v = values[scope] else { continue }
            let fields = IndicatorDefinition.all.map { definition -> String in
                let value: String
                switch definition.read(v) {
                case .count(let n): value = String(n)
                case .share(let s):
                    let percent = s.percentOneDecimal.map { String($0) } ?? "null"
                    value = "{\"numerator\": \(s.numerator), \"denominator\": \(s.denominator), "
                        + "\"unknown\": \(s.unknown), \"percent\": \(percent)}"
                }
                return "\(indent)    \"\(definition.id)\": \(value)"
            }
            lines.append("\(indent)  \(JSONText.quoted(scope.id)): {\n" + fields.joined(separator: ",\n") + "\n\(indent)  }")
        }
        return "{\n" + lines.joined(separator: ",\n") + "\n\(indent)}"
    }
}
