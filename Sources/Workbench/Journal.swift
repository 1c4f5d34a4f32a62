// The workbench's journal (`workbench-journal.log` in the output folder): who showed identities,
// who decided a pair or changed a mapping, and when. Append-only, owner-only, never a name of a
// person in the files: only the OS user, the action and record ids.

import Foundation
import Texts

public struct Journal: Sendable {
    public static let fileName = "workbench-journal.log"
    public let path: String

    public init(outputFolder: String) {
        path = outputFolder + "/" + Journal.fileName
    }

    /// One line: `2026-12-04T19:05:00Z<TAB>user<TAB>action`. O_APPEND keeps lines whole even if two
    /// writers meet; O_NOFOLLOW refuses a link planted at the journal's name.
    public func record(_ action: String, user: String = WorkbenchConfig.osUser, now: Date = Date()) throws {
        let stamp = ISO8601DateFormatter().string(from: now)
        let clean = action.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")
        let line = "\(stamp)\t\(user)\t\(clean)\n"
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw WorkbenchError(Texts.current("workbench.error.journal", ["path": path])) }
        defer { close(fd) }
        let bytes = Array(line.utf8)
        guard bytes.withUnsafeBytes({ write(fd, $0.baseAddress, $0.count) }) == bytes.count else {
            throw WorkbenchError(Texts.current("workbench.error.journal", ["path": path]))
        }
    }

    /// The journal's lines, newest last (the tests read it back).
    public func lines() -> [String] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map(String.init)
    }
}

/// A refusal or failure the page shows as it is: the message is already in the user's language.
public struct WorkbenchError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
