// The tables of consolidation.sqlite: DATA-MODEL.md's tables in its column order, plus the import log.

import Model

enum StoreSchema {
    /// 2: `imports.real_path` (a file's identity beside its relative path) and `generations`.
    /// `run_events` came later without a new version: a table created if missing changes nothing
    /// an older isg reads or writes, so it may still open the store.
    static let version = 2

    /// `saisines` columns in DATA-MODEL.md order.
    static let referralColumns = Field.referralColumns.map(\.column)
    static let meetingColumns = Field.meetingColumns.map(\.column)
    static let rejectionColumns = ["file", "sheet", "row", "site", "reason"]
    static let findingColumns = [
        "origin", "kind", "severity", "site", "file", "sheet", "row", "cell", "field", "value",
        "value_is_identifying", "message", "hint",
    ]
    static let importColumns = [
        "file", "site", "content_hash", "rows_read", "kept", "rejected", "non_data", "duplicates", "periods",
        "imported_at", "run_id", "real_path",
    ]

    /// Idempotent: run on every open.
    static let creation = """
    CREATE TABLE IF NOT EXISTS saisines (
        record_id TEXT PRIMARY KEY NOT NULL, site TEXT NOT NULL, periode TEXT NOT NULL,
        territoire TEXT NOT NULL, porteur TEXT NOT NULL, date_saisine TEXT, origine TEXT,
        origine_detail TEXT, nom TEXT, prenom TEXT, nom_naissance TEXT, date_naissance TEXT,
        age INTEGER, sexe TEXT, mineur INTEGER, role TEXT, commune TEXT, connu_isg INTEGER,
        connu_cea INTEGER, motif_saisine TEXT, motif_intervention TEXT, nb_entretiens INTEGER,
        nb_liens_partenaires INTEGER, orientations TEXT NOT NULL DEFAULT '', person_id TEXT
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS saisines_person ON saisines(person_id);
    CREATE TABLE IF NOT EXISTS reunions (
        record_id TEXT PRIMARY KEY NOT NULL, site TEXT NOT NULL, date TEXT, domaine TEXT
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS persons (
        person_id TEXT PRIMARY KEY NOT NULL, nb_saisines INTEGER NOT NULL,
        premiere_saisine TEXT, derniere_saisine TEXT, sites TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS rejets (
        file TEXT NOT NULL, sheet TEXT NOT NULL, "row" INTEGER NOT NULL, site TEXT NOT NULL,
        reason TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS rejets_file ON rejets(file);
    CREATE TABLE IF NOT EXISTS findings (
        origin TEXT NOT NULL, kind TEXT NOT NULL, severity TEXT NOT NULL, site TEXT, file TEXT,
        sheet TEXT, "row" INTEGER, cell TEXT, field TEXT, value TEXT,
        value_is_identifying INTEGER NOT NULL, message TEXT NOT NULL, hint TEXT
    );
    CREATE INDEX IF NOT EXISTS findings_origin ON findings(origin);
    CREATE TABLE IF NOT EXISTS imports (
        file TEXT PRIMARY KEY NOT NULL, site TEXT NOT NULL, content_hash TEXT NOT NULL,
        rows_read INTEGER NOT NULL, kept INTEGER NOT NULL, rejected INTEGER NOT NULL,
        non_data INTEGER NOT NULL, duplicates INTEGER NOT NULL, periods TEXT NOT NULL,
        imported_at TEXT NOT NULL, run_id INTEGER NOT NULL, real_path TEXT NOT NULL DEFAULT ''
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS runs (
        run_id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, files INTEGER NOT NULL,
        changed_files INTEGER NOT NULL, error_findings INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS run_events (
        event_id INTEGER PRIMARY KEY, at TEXT NOT NULL, kind TEXT NOT NULL, user TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE IF NOT EXISTS run_files (
        run_id INTEGER NOT NULL, file TEXT NOT NULL, site TEXT NOT NULL, content_hash TEXT NOT NULL,
        rows_read INTEGER NOT NULL, kept INTEGER NOT NULL, rejected INTEGER NOT NULL,
        non_data INTEGER NOT NULL, duplicates INTEGER NOT NULL, change TEXT NOT NULL,
        PRIMARY KEY (run_id, file)
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS person_ids (
        record_id TEXT PRIMARY KEY NOT NULL, person_id TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS generations (
        run_id INTEGER PRIMARY KEY, folder TEXT NOT NULL, switched INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS sites (
        code TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, territory TEXT NOT NULL, carrier TEXT NOT NULL
    ) WITHOUT ROWID;
    """
}

extension StoreSchema {
    /// Columns added since version 1, for stores written by an older isg: (table, column, definition).
    static let addedColumns = [("imports", "real_path", "TEXT NOT NULL DEFAULT ''")]
}
