// Which raw values may leave isg without --identified. A person writes names where they do not
// belong ("Robert Zoé" in the sex column, "voir Kremer Jessica" as a date), so a value is shown
// only when its shape or origin says it cannot be one: a wording of a vocabulary, a number, a
// date, a header. Anything else is masked with its length, which is enough to find the cell.

public enum ValuePrivacy {
    /// Findings whose value is the text of a header or a form label, or a place in the data
    /// (a month, two record ids), never a cell's content.
    public static let structuralKinds: Set<String> = [
        "unknown_column", "missing_column", "renamed_column", "unknown_label", "missing_month", "uncertain_person_pair",
    ]

    /// The finding's value identifies a person whatever its shape (a birth date is a date): its
    /// field says so (`Field.identifiesPerson`), or the finding does.
    public static func identifies(_ finding: Finding) -> Bool {
        finding.valueIsIdentifying || finding.field.flatMap(Field.init(rawValue:))?.identifiesPerson == true
    }

    /// `«texte, 18 caractères»`: what the value was, without what it said.
    public static func mask(_ value: String) -> String {
        "«texte, \(value.count) caractère\(value.count == 1 ? "" : "s")»"
    }

    /// Digits with the separators of numbers, dates and times (`-1`, `12,5`, `31/02/2023`,
    /// `2023-04`, `14:30`): no letter, so no name.
    public static func isNumberOrDate(_ value: String) -> Bool {
        let allowed: Set<Character> = [" ", ".", ",", ":", "/", "-", "+", "%", "'", "\u{A0}"]
        return value.contains { $0.isASCII && $0.isNumber } && value.allSatisfy { ($0.isASCII && $0.isNumber) || allowed.contains($0) }
    }

    /// Whether `finding`'s value may be shown without --identified. `isKnownWording` says whether a
    /// text is a wording of the mappings' vocabularies.
    public static func mayShow(_ finding: Finding, isKnownWording: (String) -> Bool) -> Bool {
        guard let value = finding.value else { return true }
        if identifies(finding) { return false }
        if structuralKinds.contains(finding.kind) { return true }
        return isNumberOrDate(value) || isKnownWording(value)
    }
}
