// Appends a person's decision on an uncertain pair to `Mappings/personnes.csv`, in the format
// `isg import` reads (decision,record_a,record_b,comment): it takes effect at the next import.

import Foundation
import Texts
import Writers

public enum PersonDecisions {
    public static let header = "decision,record_a,record_b,comment"

    public enum Kind: String, Sendable {
        case same, never
    }

    /// Writes the file with one more line, atomically, after a dated copy of the previous file.
    /// Returns the copy's path (nil when the file did not exist yet).
    @discardableResult
    public static func append(_ kind: Kind, _ recordA: String, _ recordB: String, comment: String,
                              decisionsFile path: String, now: Date = Date()) throws -> String? {
        var text = ""
        if FileManager.default.fileExists(atPath: path) {
            guard let data = FileManager.default.contents(atPath: path), let existing = String(data: data, encoding: .utf8) else {
                throw WorkbenchError(Texts.current("workbench.error.unreadable", ["path": path]))
            }
            text = existing
        }
        if text.isEmpty { text = header + "\n" }
        if !text.hasSuffix("\n") { text += "\n" }
        text += [kind.rawValue, recordA, recordB, comment].map(csvField).joined(separator: ",") + "\n"
        return try EditedFile.replace(path, with: text, now: now)
    }

    /// Quotes a field holding a comma, a quote or a line break (a sheet or file name may).
    static func csvField(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// The one way the workbench changes a file of the mappings folder: a dated copy of the previous
/// version first, then the new text written to a temporary file and renamed over the old one, so
/// a reader (an import) sees the old file or the new one, never half of each.
public enum EditedFile {
    /// The copy: `strasbourg.yaml` -> `strasbourg.yaml.2026-12-04T19-05-00.avant`. The suffix keeps it
    /// out of the mapping loader (which reads `.yaml` files) and sorts copies by date.
    public static func copyName(_ path: String, now: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd'T'HH-mm-ss"
        return path + "." + formatter.string(from: now) + ".avant"
    }

    @discardableResult
    public static func replace(_ path: String, with text: String, now: Date = Date()) throws -> String? {
        var copy: String? = nil
        let mode = PrivateFiles.mode(of: path) ?? 0o644
        if FileManager.default.fileExists(atPath: path) {
            var name = copyName(path, now: now)
            var n = 1
            while FileManager.default.fileExists(atPath: name) { n += 1; name = copyName(path, now: now) + "-\(n)" }
            do {
                try PrivateFiles.writeAtomically(try PrivateFiles.readAll(path), to: name, mode: mode)
            } catch {
                throw WorkbenchError(Texts.current("workbench.error.write", ["path": name, "reason": "\(error)"]))
            }
            copy = name
        }
        do {
            try PrivateFiles.writeAtomically(Array(text.utf8), to: path, mode: mode)
        } catch {
            throw WorkbenchError(Texts.current("workbench.error.write", ["path": path, "reason": "\(error)"]))
        }
        return copy
    }
}
