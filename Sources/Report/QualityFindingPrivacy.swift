// Keeps names, birth dates and communes out of the report unless the user asked for them.

import Foundation
import Model

enum FindingPrivacy {
    static let placeholder = "(hidden)"

    /// The finding as the report may show it, and whether its value was hidden. A hidden value is
    /// also blanked out of the message and hint, in case their author quoted it.
    static func redact(_ finding: Finding, identified: Bool) -> (Finding, Bool) {
        guard !identified, let value = finding.value else { return (finding, false) }
        let identifying = finding.valueIsIdentifying || finding.field.flatMap(Field.init(rawValue:))?.identifiesPerson == true
        guard identifying else { return (finding, false) }
        var shown = finding
        shown.value = nil
        shown.message = blank(value, in: finding.message)
        shown.hint = finding.hint.map { blank(value, in: $0) }
        return (shown, true)
    }

    /// Replaces whole-word occurrences of `value` (and of its trimmed form) by the placeholder.
    static func blank(_ value: String, in text: String) -> String {
        var result = text
        let trimmed = value.trimmingWhitespace
        for needle in Set([value, trimmed]) where needle.count >= 2 {
            result = replaceWholeWords(needle, in: result)
        }
        return result
    }

    private static func replaceWholeWords(_ needle: String, in text: String) -> String {
        var out = ""
        var rest = Substring(text)
        var previous: Character? = nil
        while let range = rest.range(of: needle) {
            let before = range.lowerBound == rest.startIndex ? previous : rest[rest.index(before: range.lowerBound)]
            let after = range.upperBound == rest.endIndex ? nil : rest[range.upperBound]
            let prefix = rest[rest.startIndex..<range.lowerBound]
            out += prefix
            if isWordCharacter(before) || isWordCharacter(after) {
                out += rest[range]
            } else {
                out += placeholder
            }
            previous = rest[range].last
            rest = rest[range.upperBound...]
        }
        return out + rest
    }

    private static func isWordCharacter(_ c: Character?) -> Bool {
        guard let c else { return false }
        return c.isLetter || c.isNumber
    }
}

fileprivate extension String {
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
