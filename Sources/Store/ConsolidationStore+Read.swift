// Reading the consolidated state back as plain values, in a stable order.

import Model


/// A row of `persons`.
public struct PersonSummary: Hashable, Sendable {
    public var personID: String
    public var referrals: Int
    public var firstReferral: String?
    public var lastReferral: String?
    /// Site codes, sorted.
    public var sites: [String]

    public init(personID: String, referrals: Int, firstReferral: String?, lastReferral: String?, sites: [String]) {
        self.personID = personID
        self.referrals = referrals
        self.firstReferral = firstReferral
        self.lastReferral = lastReferral
        self.sites = sites
    }
}

/// One line of the run log.
public struct ImportRun: Hashable, Sendable {
    public var runID: Int
    public var startedAt: String
    public var files: Int
    public var changedFiles: Int
    public var errorFindings: Int
}

extension ConsolidationStore {
    /// The referrals, by record id.
    public func referrals() throws -> [Referral] {
        try db.map("SELECT \(quotedColumns(StoreSchema.referralColumns)) FROM saisines ORDER BY record_id",
                   [], Referral.init(sqliteRow:))
    }

    public func meetings() throws -> [Meeting] {
        try db.rows("SELECT \(quotedColumns(StoreSchema.meetingColumns)) FROM reunions ORDER BY record_id")
            .map(Meeting.init(sqliteRow:))
    }

    public func rejections() throws -> [Rejection] {
        try db.rows("SELECT \(quotedColumns(StoreSchema.rejectionColumns)) FROM rejets ORDER BY file, sheet, \"row\", reason")
            .map(Rejection.init(sqliteRow:))
    }

    /// The current findings: those of each file's latest import and of the latest run.
    public func findings() throws -> [Finding] {
        try db.rows("""
            SELECT \(quotedColumns(StoreSchema.findingColumns)) FROM findings
            ORDER BY severity = 'info', severity = 'warning', site, file, sheet, "row", cell, kind, message
            """).map(Finding.init(sqliteRow:))
    }

    public func persons() throws -> [PersonSummary] {
        try db.rows("SELECT person_id, nb_saisines, premiere_saisine, derniere_saisine, sites FROM persons ORDER BY person_id")
            .map { v in
                PersonSummary(personID: v[0].text ?? "", referrals: v[1].integer ?? 0, firstReferral: v[2].text,
                              lastReferral: v[3].text, sites: (v[4].text ?? "").split(separator: ";").map(String.init))
            }
    }

    public func sites() throws -> [Site] {
        try db.rows("SELECT code, name, territory, carrier FROM sites ORDER BY code").map {
            Site(code: $0[0].text ?? "", name: $0[1].text ?? "", territory: $0[2].text ?? "", carrier: $0[3].text ?? "")
        }
    }

    /// The files the store holds now, with the counts and hash of their latest import.
    public func importedFiles() throws -> [FileAccount] {
        try db.rows("SELECT \(quotedColumns(StoreSchema.importColumns)) FROM imports ORDER BY file")
            .map(FileAccount.init(sqliteRow:))
    }

    /// The run log, oldest first.
    public func runs() throws -> [ImportRun] {
        try db.rows("SELECT run_id, started_at, files, changed_files, error_findings FROM runs ORDER BY run_id").map {
            ImportRun(runID: $0[0].integer ?? 0, startedAt: $0[1].text ?? "", files: $0[2].integer ?? 0,
                      changedFiles: $0[3].integer ?? 0, errorFindings: $0[4].integer ?? 0)
        }
    }

    /// The per-file accounts of one run of the log (the report compares a run with the one before).
    public func files(ofRun runID: Int) throws -> [FileAccount] {
        try db.rows("""
            SELECT file, site, content_hash, rows_read, kept, rejected, non_data, duplicates, '' FROM run_files
            WHERE run_id = ? ORDER BY file
            """, [.init(runID)]).map(FileAccount.init(sqliteRow:))
    }

    /// Which of `candidates` (relative path -> content hash) are new or changed since the last
    /// import, and which stored files are not among them.
    public func changes(comparedWith candidates: [String: String]) throws -> [String: FileChange] {
        var result: [String: FileChange] = [:]
        let stored = Dictionary(try importedFiles().map { ($0.file, $0.contentHash) }, uniquingKeysWith: { a, _ in a })
        for (file, hash) in candidates {
            result[file] = stored[file].map { $0 == hash ? .unchanged : .changed } ?? .new
        }
        for file in stored.keys where candidates[file] == nil { result[file] = .missing }
        return result
    }

    /// record_id -> person_id as last assigned: the linkage starts from it to keep ids stable.
    public func personIDAssignments() throws -> [String: String] {
        var result: [String: String] = [:]
        for row in try db.rows("SELECT record_id, person_id FROM person_ids") {
            if let r = row[0].text, let p = row[1].text { result[r] = p }
        }
        return result
    }

    /// Error findings now in the store (each file's latest import, the latest run's own):
    /// the indicators wait until they are reviewed.
    public func errorFindingCount() throws -> Int {
        try db.rows("SELECT COUNT(*) FROM findings WHERE severity = 'error'").first?.first?.integer ?? 0
    }
}
