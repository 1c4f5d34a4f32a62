// The run log's entries that are not imports: who showed the identities of the data, and when.
// Kept in the store beside `runs`, so the log of a dataset travels with it.

import Model

/// One entry of the run log besides the imports.
public struct LogEvent: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        /// Names, birth dates and communes were shown on screen (the workbench's toggle).
        case identitiesShown = "identities_shown"
        /// They were masked again.
        case identitiesHidden = "identities_hidden"
    }

    /// UTC, ISO 8601 to the second, as `runs.started_at`.
    public var at: String
    public var kind: Kind
    /// The operating system's user: never a person of the data.
    public var user: String
    /// Where it happened (`workbench`), free text without personal data.
    public var detail: String
    // Made by the store only (its memberwise initialiser): an entry is what `log` wrote.
}

extension ConsolidationStore {
    /// Appends an entry to the run log (the store must be open `writable`: the writer's lock
    /// orders it with the imports). Returns the entry as written.
    @discardableResult
    public func log(_ kind: LogEvent.Kind, user: String, detail: String, at time: String? = nil) throws -> LogEvent {
        let event = LogEvent(at: time ?? WallClock.utcTimestamp(), kind: kind, user: user, detail: detail)
        try db.prepare("INSERT INTO run_events (at, kind, user, detail) VALUES (?, ?, ?, ?)").run([
            .init(event.at), .init(event.kind.rawValue), .init(event.user), .init(event.detail),
        ])
        return event
    }

    /// The run log's entries besides the imports, oldest first. A store written before this table
    /// existed (and opened read-only, so not upgraded) has none.
    public func events() throws -> [LogEvent] {
        let tables = try db.rows("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'run_events'")
        guard !tables.isEmpty else { return [] }
        return try db.rows("SELECT at, kind, user, detail FROM run_events ORDER BY event_id").compactMap { row in
            // A kind written by a newer isg is skipped, not guessed.
            guard let kind = row[1].text.flatMap(LogEvent.Kind.init(rawValue:)) else { return nil }
            return LogEvent(at: row[0].text ?? "", kind: kind, user: row[2].text ?? "", detail: row[3].text ?? "")
        }
    }
}
