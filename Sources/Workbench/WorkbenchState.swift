// What the workbench remembers between requests of one run: whether identities are shown, the
// pairs skipped, the message for the next page, and whether an import is running. Nothing of it
// is written to disk but the journal's lines.

import Foundation

final class WorkbenchState: @unchecked Sendable {
    // @unchecked: every field is read and written under `lock` only.
    private let lock = NSLock()
    private var _identified = false
    private var _skipped = Set<String>()
    private var _notice: Notice?
    private var _importing = false
    private var _lastEdit: LastEdit?

    var lastEdit: LastEdit? {
        get { lock.withLock { _lastEdit } }
        set { lock.withLock { _lastEdit = newValue } }
    }

    var identified: Bool {
        get { lock.withLock { _identified } }
        set { lock.withLock { _identified = newValue } }
    }

    var skipped: Set<String> { lock.withLock { _skipped } }
    func skip(_ key: String) { lock.withLock { _ = _skipped.insert(key) } }

    func post(_ notice: Notice) { lock.withLock { _notice = notice } }
    /// The message, once: a reload does not show it again.
    func takeNotice() -> Notice? { lock.withLock { defer { _notice = nil }; return _notice } }

    /// True when this caller may import; false while another import of this workbench runs.
    /// (An `isg import` from a terminal is refused by the store's own lock.)
    func beginImport() -> Bool { lock.withLock { if _importing { return false }; _importing = true; return true } }
    func endImport() { lock.withLock { _importing = false } }
}
