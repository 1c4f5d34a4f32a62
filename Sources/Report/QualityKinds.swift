// The report's heading for each finding kind, in the run's language (`report.tsv`, keys
// `report.kind.<kind>.one` and `.other`). Every kind the engine or the import makes has one:
// `QualityKinds.all` is checked against the catalogue by the report's tests.

import Model
import Texts

enum QualityKinds {
    /// Every finding kind, as the README lists them.
    static let all = [
        "unknown_column", "missing_column", "renamed_column", "unknown_label", "untranslated_value", "invalid_value",
        "ambiguous_mark", "impossible_date", "birth_after_referral", "date_outside_period", "missing_required",
        "missing_name", "duplicate_entry", "minor_age_mismatch", "connu_isg_inconsistent", "missing_month",
        "file_reimported_changed", "unmatched_file", "unreadable_file", "unmatched_sheet", "uncertain_person_pair",
        "file_forgotten", "temporary_files_removed", "distribution_shift",
    ]

    /// The heading for `count` findings of `kind`; a kind the catalogue lacks shows as itself.
    static func title(_ kind: String, count: Int) -> String {
        let texts = Texts.current
        guard texts.keys.contains("report.kind.\(kind).one") else { return String(kind.map { $0 == "_" ? " " : $0 }) }
        return texts.plural("report.kind." + kind, count: count)
    }
}
