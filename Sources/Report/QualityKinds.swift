// Plain-English titles for the finding kinds (the README lists them), as the report's headings.

import Model

enum QualityKinds {
    private static let titles: [String: (one: String, many: String)] = [
        "unknown_column": ("unknown column", "unknown columns"),
        "missing_column": ("missing column", "missing columns"),
        "renamed_column": ("column that looks renamed", "columns that look renamed"),
        "unknown_label": ("form label not found", "form labels not found"),
        "untranslated_value": ("value no vocabulary covers", "values no vocabulary covers"),
        "invalid_value": ("invalid value", "invalid values"),
        "impossible_date": ("impossible date", "impossible dates"),
        "birth_after_referral": ("birth date after the referral", "birth dates after the referral"),
        "date_outside_period": ("referral dated outside its month", "referrals dated outside their month"),
        "missing_required": ("row missing a required field (rejected)", "rows missing a required field (rejected)"),
        "duplicate_entry": ("duplicate entry", "duplicate entries"),
        "minor_age_mismatch": ("minor flag contradicting the age", "minor flags contradicting the age"),
        "connu_isg_inconsistent": ("“not known to the ISG” after an earlier referral",
                                   "“not known to the ISG” after an earlier referral"),
        "missing_month": ("month with no file", "months with no file"),
        "file_reimported_changed": ("file imported again with new content", "files imported again with new content"),
        "unmatched_file": ("file no mapping claims", "files no mapping claims"),
        "unreadable_file": ("unreadable file", "unreadable files"),
        "unmatched_sheet": ("sheet no mapping rule claims", "sheets no mapping rule claims"),
        "file_forgotten": ("file whose rows were removed on request", "files whose rows were removed on request"),
        "temporary_files_removed": ("leftovers of an interrupted run removed", "leftovers of an interrupted run removed"),
        "uncertain_person_pair": ("pair of records that may be one person (to review)",
                                  "pairs of records that may be one person (to review)"),
    ]

    /// The heading for `count` findings of `kind`; an unlisted kind shows as itself.
    static func title(_ kind: String, count: Int) -> String {
        guard let t = titles[kind] else { return kind.replacingUnderscores }
        return count == 1 ? t.one : t.many
    }
}

fileprivate extension String {
    var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}
