// quality-report.json: the report for other tools, as documented in schemas/quality-report.schema.json.

import Model


extension QualityReportModel {
    func json() -> QualityJSON {
        .fields([
            ("schema", .string("isg-quality-report")),
            ("version", .int(Self.schemaVersion)),
            ("generated_at", .text(generatedAt)),
            ("identified", .bool(identified)),
            ("summary", summaryJSON()),
            ("files", .array(files.map(fileJSON))),
            ("coverage", coverageJSON()),
            ("completeness", completenessJSON()),
            ("changes", changes.map(changesJSON) ?? .null),
            ("findings", .array(findings.map(findingJSON))),
        ])
    }

    private func summaryJSON() -> QualityJSON {
        let t = totals
        var byKind: [String: Int] = [:]
        for f in findings { byKind[f.finding.kind, default: 0] += 1 }
        return .fields([("files", .int(files.count))] + Self.accountFields(t) + [
            ("unbalanced_files", .int(unbalancedFiles.count)),
            ("referrals", .int(referralCount)),
            ("meetings", .int(meetingCount)),
            ("findings", .fields(Severity.allCases.map { ($0.rawValue, .int(count($0))) })),
            ("findings_by_kind", .object(byKind.keys.sorted().map { ($0, .int(byKind[$0] ?? 0)) })),
            ("findings_by_site", .array(groups.map { group in
                .fields([
                    ("site", group.site.map(QualityJSON.string) ?? .null),
                    ("count", .int(group.count)),
                    ("kinds", .array(group.kinds.map { k in
                        .fields([("kind", .string(k.kind)), ("severity", .string(k.severity.rawValue)),
                                 ("count", .int(k.findings.count))])
                    })),
                ])
            })),
        ])
    }

    /// The nothing-lost account's counts, alike for a file and for the whole import.
    private static func accountFields(_ a: FileAccount) -> [(String, QualityJSON)] {
        [("rows_read", .int(a.rowsRead)), ("kept", .int(a.kept)), ("rejected", .int(a.rejected)),
         ("non_data", .int(a.nonData)), ("duplicates", .int(a.duplicates))]
    }

    private func fileJSON(_ row: FileRow) -> QualityJSON {
        let a = row.account
        return .fields([("file", .string(a.file)), ("site", .string(a.site)), ("content_hash", .string(a.contentHash))]
            + Self.accountFields(a) + [
            ("balanced", .bool(a.isBalanced)),
            ("periods", .array(a.periods.sorted().map(QualityJSON.string))),
            ("findings", .int(row.findingCount)),
        ])
    }

    private func coverageJSON() -> QualityJSON {
        .fields([
            ("months", .array(coverage.months.map(QualityJSON.string))),
            ("sites", .array(coverage.rows.map { row in
                .fields([
                    ("site", .string(row.site)),
                    ("missing_months", .array(row.missingMonths.map(QualityJSON.string))),
                    ("months", .array(row.cells.map { cell in
                        .fields([("month", .string(cell.month)), ("has_file", .bool(cell.hasFile)),
                                 ("referrals", .int(cell.referrals))])
                    })),
                ])
            })),
        ])
    }

    private func completenessJSON() -> QualityJSON {
        .fields([
            ("fields", .array(CompletenessTable.fields.map { .string($0.column) })),
            ("sites", .array(completeness.rows.map { row in
                .fields([
                    ("site", .string(row.site)),
                    ("referrals", .int(row.referrals)),
                    ("fields", .array(row.cells.map { cell in
                        .fields([("field", .string(cell.field)), ("known", .int(cell.known)),
                                 ("share", cell.share.map(QualityJSON.share) ?? .null)])
                    })),
                ])
            })),
        ])
    }

    private func changesJSON(_ c: ImportChanges) -> QualityJSON {
        func brief(_ a: FileAccount) -> QualityJSON {
            .fields([("file", .string(a.file)), ("site", .string(a.site)), ("kept", .int(a.kept))])
        }
        return .fields([
            ("new_files", .array(c.newFiles.map(brief))),
            ("replaced_files", .array(c.replaced.map { r in
                .fields([
                    ("file", .string(r.current.file)),
                    ("site", .string(r.current.site)),
                    ("previous_hash", .string(r.previous.contentHash)),
                    ("content_hash", .string(r.current.contentHash)),
                    ("previous_kept", .int(r.previous.kept)),
                    ("kept", .int(r.current.kept)),
                    ("volume_jump", .bool(r.isVolumeJump)),
                ])
            })),
            ("unchanged_files", .int(c.unchanged.count)),
            ("files_not_read", .array(c.notRead.map(brief))),
            ("sites", .array(c.sites.map { s in
                .fields([("site", .string(s.site)), ("kept_before", .int(s.before)), ("kept_after", .int(s.after))])
            })),
        ])
    }

    private func findingJSON(_ shown: ShownFinding) -> QualityJSON {
        let f = shown.finding
        return .fields([
            ("id", .string(shown.id)),
            ("kind", .string(f.kind)),
            ("severity", .string(f.severity.rawValue)),
            ("site", .text(f.site)),
            ("file", .text(f.file)),
            ("sheet", .text(f.sheet)),
            ("row", .number(f.row)),
            ("cell", .text(f.cell)),
            ("field", .text(f.field)),
            ("value", .text(f.value)),
            ("value_hidden", shown.valueHidden ? .bool(true) : nil),
            ("message", .string(f.message)),
            ("hint", .text(f.hint)),
        ])
    }
}
