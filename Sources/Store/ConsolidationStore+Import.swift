// Writing one import run into the store: a batch of file results in one transaction.

import Model


/// Everything the consolidation produced from one input file.
public struct ImportedFile: Sendable {
    public var account: FileAccount
    public var referrals: [Referral]
    public var meetings: [Meeting]
    public var rejections: [Rejection]
    /// This file's findings: replaced when the file is imported again.
    public var findings: [Finding]
    /// The file's real path (links resolved): the same file stored under another relative path
    /// (named alone once, within its folder the next time) is replaced, not kept twice.
    public var realPath: String
    /// False when the file could not be read or no mapping claims it: its earlier rows are kept,
    /// and its findings are this run's only.
    public var wasRead: Bool

    public init(account: FileAccount, referrals: [Referral] = [], meetings: [Meeting] = [],
                rejections: [Rejection] = [], findings: [Finding] = [], realPath: String = "", wasRead: Bool = true) {
        self.account = account
        self.referrals = referrals
        self.meetings = meetings
        self.rejections = rejections
        self.findings = findings
        self.realPath = realPath
        self.wasRead = wasRead
    }
}

/// One run of `isg import`, written all or nothing.
public struct ImportBatch: Sendable {
    public var files: [ImportedFile]
    /// Findings that belong to the run rather than a file (missing months, unmatched files):
    /// they replace the previous run's.
    public var runFindings: [Finding]
    /// Files (relative paths) whose rows must go: the user's explicit `--forget`.
    public var removedFiles: [String]
    /// record_id -> person_id for every referral the linkage saw, old and new; empty to keep the
    /// ids carried by the referrals themselves.
    public var personIDs: [String: String]
    /// The sites declared by the mappings (territory and carrier for the indicators).
    public var sites: [Site]

    public init(files: [ImportedFile], runFindings: [Finding] = [], removedFiles: [String] = [],
                personIDs: [String: String] = [:], sites: [Site] = []) {
        self.files = files
        self.runFindings = runFindings
        self.removedFiles = removedFiles
        self.personIDs = personIDs
        self.sites = sites
    }
}

/// How a file of this run compares with what the store held before it.
public enum FileChange: String, Sendable, Codable {
    case new, changed, unchanged
    /// In the store but not among the candidates.
    case missing
    /// Not read this time (unreadable, or no mapping claims it): the earlier rows are kept.
    case kept = "not_read_kept"
}

public struct ImportSummary: Sendable, Equatable {
    public var runID: Int
    /// file -> change, for every file of the batch.
    public var changes: [String: FileChange]
    /// What left the store: the files forgotten on purpose, and the files stored under another
    /// relative path that this run read again under its own.
    public var removed: [RemovedFile] = []
}

/// A file whose rows left the store, and how many.
public struct RemovedFile: Sendable, Equatable {
    public var file: String
    public var referrals: Int
    public var meetings: Int
    public var rejections: Int
    /// The file that replaced it (same real path, read under another name), if any.
    public var replacedBy: String?
}

extension ConsolidationStore {
    /// Writes `batch` in one transaction: each file's previous rows are replaced by its new ones,
    /// so importing the same folder again leaves the data tables unchanged; only `runs` and
    /// `run_files` (the run log) grow.
    @discardableResult
    public func record(_ batch: ImportBatch, at time: String? = nil) throws -> ImportSummary {
        for file in batch.files where !file.account.isBalanced {
            throw StoreError.unbalancedAccount(file: file.account.file)
        }
        let now = time ?? WallClock.utcTimestamp()
        let before = try importedFiles()
        let previous = Dictionary(before.map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
        return try db.transaction {
            stepHook?("begin")
            let runID = (try db.rows("SELECT COALESCE(MAX(run_id), 0) + 1 FROM runs").first?.first?.integer) ?? 1
            var changes: [String: FileChange] = [:]
            let insertReferral = try db.prepare(
                "INSERT OR REPLACE INTO saisines (\(quotedColumns(StoreSchema.referralColumns))) VALUES (\(placeholders(StoreSchema.referralColumns.count)))")
            let insertMeeting = try db.prepare(
                "INSERT OR REPLACE INTO reunions (\(quotedColumns(StoreSchema.meetingColumns))) VALUES (\(placeholders(4)))")
            let insertRejection = try db.prepare(
                "INSERT INTO rejets (\(quotedColumns(StoreSchema.rejectionColumns))) VALUES (\(placeholders(5)))")
            let insertFinding = try db.prepare(
                "INSERT INTO findings (\(quotedColumns(StoreSchema.findingColumns))) VALUES (\(placeholders(StoreSchema.findingColumns.count)))")
            let insertRunFile = try db.prepare("INSERT OR REPLACE INTO run_files VALUES (\(placeholders(10)))")
            let upsertImport = try db.prepare(
                "INSERT OR REPLACE INTO imports (\(quotedColumns(StoreSchema.importColumns))) VALUES (\(placeholders(12)))")

            // Before the files: a file not read this time adds its finding to the run's.
            try db.execute("DELETE FROM findings WHERE origin = ''")
            var removed: [RemovedFile] = []
            for file in batch.files {
                let account = file.account
                // Rows are replaced only by a reading of the same file: one that could not be read
                // (or that no mapping claims any more) keeps what its last reading stored.
                if !file.wasRead, let old = previous[account.file], old.rowsRead > 0 {
                    for finding in file.findings { try insertFinding.run(finding.sqliteRow(origin: "")) }
                    changes[account.file] = .kept
                    try insertRunFile.run([
                        .init(runID), .init(old.file), .init(old.site), .init(old.contentHash), .init(old.rowsRead),
                        .init(old.kept), .init(old.rejected), .init(old.nonData), .init(old.duplicates),
                        .init(FileChange.kept.rawValue),
                    ])
                    stepHook?("file \(account.file)")
                    continue
                }
                try deleteRows(of: account.file)
                if file.wasRead, !file.realPath.isEmpty {
                    let others = try db.rows("SELECT file FROM imports WHERE real_path = ? AND file != ?",
                                             [.init(file.realPath), .init(account.file)]).compactMap { $0[0].text }
                    for other in others {
                        var gone = try removeFile(other)
                        gone.replacedBy = account.file
                        removed.append(gone)
                    }
                }
                for var referral in file.referrals {
                    if let id = batch.personIDs[referral.recordID] { referral.personID = id }
                    try insertReferral.run(referral.sqliteRow)
                }
                for meeting in file.meetings { try insertMeeting.run(meeting.sqliteRow) }
                for rejection in file.rejections { try insertRejection.run(rejection.sqliteRow) }
                for finding in file.findings { try insertFinding.run(finding.sqliteRow(origin: account.file)) }

                let change: FileChange
                if let old = previous[account.file] {
                    change = old.contentHash == account.contentHash ? .unchanged : .changed
                } else {
                    change = .new
                }
                changes[account.file] = change
                // The imports row keeps its first import time while nothing about the file changes.
                if try previous[account.file] != account || storedRealPath(account.file) != file.realPath {
                    try upsertImport.run([
                        .init(account.file), .init(account.site), .init(account.contentHash), .init(account.rowsRead),
                        .init(account.kept), .init(account.rejected), .init(account.nonData), .init(account.duplicates),
                        .init(account.periods.joined(separator: ";")), .init(now), .init(runID), .init(file.realPath),
                    ])
                }
                try insertRunFile.run([
                    .init(runID), .init(account.file), .init(account.site), .init(account.contentHash),
                    .init(account.rowsRead), .init(account.kept), .init(account.rejected), .init(account.nonData),
                    .init(account.duplicates), .init(change.rawValue),
                ])
                stepHook?("file \(account.file)")
            }
            for file in batch.removedFiles { removed.append(try removeFile(file)) }
            for finding in batch.runFindings { try insertFinding.run(finding.sqliteRow(origin: "")) }
            stepHook?("findings")

            try applyPersonIDs(batch, inserted: Set(batch.files.flatMap { $0.referrals.map(\.recordID) }))
            // A record that left (a corrected file lost a row) keeps no person link.
            try db.execute("DELETE FROM person_ids WHERE record_id NOT IN (SELECT record_id FROM saisines)")
            try rebuildPersons()
            let upsertSite = try db.prepare("INSERT OR REPLACE INTO sites VALUES (?, ?, ?, ?)")
            for site in batch.sites {
                try upsertSite.run([.init(site.code), .init(site.name), .init(site.territory), .init(site.carrier)])
            }
            stepHook?("persons")

            let errors = batch.files.flatMap(\.findings).filter { $0.severity == .error }.count
                + batch.runFindings.filter { $0.severity == .error }.count
            try db.prepare("INSERT INTO runs VALUES (?, ?, ?, ?, ?)").run([
                .init(runID), .init(now), .init(batch.files.count),
                .init(changes.values.filter { $0 != .unchanged }.count), .init(errors),
            ])
            stepHook?("commit")
            return ImportSummary(runID: runID, changes: changes, removed: removed)
        }
    }

    /// Deletes a stored file and its rows, counting them for the run's report.
    private func removeFile(_ file: String) throws -> RemovedFile {
        let range: [SQLiteValue] = [.init(file + "#"), .init(file + "$")]
        func count(_ sql: String, _ values: [SQLiteValue]) throws -> Int {
            try db.rows(sql, values).first?.first?.integer ?? 0
        }
        let gone = RemovedFile(
            file: file,
            referrals: try count("SELECT COUNT(*) FROM saisines WHERE record_id >= ? AND record_id < ?", range),
            meetings: try count("SELECT COUNT(*) FROM reunions WHERE record_id >= ? AND record_id < ?", range),
            rejections: try count("SELECT COUNT(*) FROM rejets WHERE file = ?", [.init(file)]))
        try deleteRows(of: file)
        try db.prepare("DELETE FROM imports WHERE file = ?").run([.init(file)])
        return gone
    }

    private func storedRealPath(_ file: String) throws -> String? {
        try db.rows("SELECT real_path FROM imports WHERE file = ?", [.init(file)]).first?.first?.text
    }

    /// Deletes every row a file put in the store. Record ids start with `<file>#`: a key range
    /// (`#` is followed by `$` in byte order) uses the primary key instead of scanning.
    private func deleteRows(of file: String) throws {
        let range: [SQLiteValue] = [.init(file + "#"), .init(file + "$")]
        try db.prepare("DELETE FROM saisines WHERE record_id >= ? AND record_id < ?").run(range)
        try db.prepare("DELETE FROM reunions WHERE record_id >= ? AND record_id < ?").run(range)
        try db.prepare("DELETE FROM rejets WHERE file = ?").run([.init(file)])
        try db.prepare("DELETE FROM findings WHERE origin = ?").run([.init(file)])
    }

    /// Remembers every assignment, and moves the rows of files not in this batch to their new ids
    /// (`inserted` rows already carry theirs).
    private func applyPersonIDs(_ batch: ImportBatch, inserted: Set<String>) throws {
        var assignments = batch.personIDs
        if assignments.isEmpty {
            for file in batch.files {
                for referral in file.referrals {
                    if let id = referral.personID { assignments[referral.recordID] = id }
                }
            }
        }
        let remember = try db.prepare("INSERT OR REPLACE INTO person_ids VALUES (?, ?)")
        let update = try db.prepare("UPDATE saisines SET person_id = ? WHERE record_id = ? AND person_id IS NOT ?")
        for (recordID, personID) in assignments.sorted(by: { $0.key < $1.key }) {
            try remember.run([.init(recordID), .init(personID)])
            if !inserted.contains(recordID) { try update.run([.init(personID), .init(recordID), .init(personID)]) }
        }
    }

    /// `persons`: one row per person_id, from the referrals now in the store.
    private func rebuildPersons() throws {
        try db.execute("""
        DELETE FROM persons;
        INSERT INTO persons
        SELECT s.person_id, COUNT(*), MIN(s.date_saisine), MAX(s.date_saisine),
               (SELECT group_concat(site, ';') FROM
                   (SELECT DISTINCT t.site FROM saisines t WHERE t.person_id = s.person_id ORDER BY t.site))
        FROM saisines s WHERE s.person_id IS NOT NULL GROUP BY s.person_id;
        """)
    }
}
