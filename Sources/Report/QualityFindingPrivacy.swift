// Keeps names, birth dates and communes out of the report unless the user asked for them.

import Foundation
import Model

enum FindingPrivacy {
    static let placeholder = "(hidden)"

    /// The finding as the report may show it, and whether its value was left out. A value of an
    /// identifying field is left out (`value_hidden`); any other value that may name a person (not
    /// a vocabulary wording, a number, a date or a header: `ValuePrivacy`) is masked with its
    /// length. Either way the value is also blanked out of the message and hint, in case their
    /// author quoted it.
    static func redact(_ finding: Finding, identified: Bool, isKnownWording: (String) -> Bool = { _ in false }) -> (Finding, Bool) {
        guard !identified, let value = finding.value else { return (finding, false) }
        guard !ValuePrivacy.mayShow(finding, isKnownWording: isKnownWording) else { return (finding, false) }
        let identifying = ValuePrivacy.identifies(finding)
        var shown = finding
        shown.value = identifying ? nil : ValuePrivacy.mask(value)
        shown.message = blank(value, in: finding.message, with: identifying ? placeholder : ValuePrivacy.mask(value))
        shown.hint = finding.hint.map { blank(value, in: $0, with: identifying ? placeholder : ValuePrivacy.mask(value)) }
        return (shown, identifying)
    }

    /// Replaces whole-word occurrences of `value` (and of its trimmed form) by the placeholder.
    static func blank(_ value: String, in text: String, with replacement: String = placeholder) -> String {
        var result = text
        let trimmed = value.trimmingWhitespace
        for needle in Set([value, trimmed]) where needle.count >= 2 {
            result = replaceWholeWords(needle, in: result, with: replacement)
        }
        return result
    }

    private static func replaceWholeWords(_ needle: String, in text: String, with placeholder: String) -> String {
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
