// Adds a wording to a vocabulary of a mapping file by inserting text at the right line: the
// file's comments, order and formatting stay as the person wrote them (no YAML re-dump).

import Foundation
import Texts

public enum MappingEdit {
    /// The codes written under the vocabulary that starts at 1-based `line`, in file order.
    public static func codes(in text: String, vocabularyLine line: Int) -> [String] {
        (try? block(lines(text), vocabularyLine: line).entries.map(\.code)) ?? []
    }

    /// The file's text with `wording` added to `code`'s list of the vocabulary at `line`: into its
    /// `[...]` when the code is there, else as a new line `CODE: ["wording"]` after the block's last
    /// entry, at the entries' indentation.
    public static func adding(_ wording: String, code: String, to text: String, vocabularyLine line: Int) throws -> String {
        var all = lines(text)
        let block = try block(all, vocabularyLine: line)
        let quoted = quote(wording)
        if let entry = block.entries.first(where: { $0.code == code }) {
            let current = all[entry.index]
            // The list's closing bracket: the last `]` before any trailing comment.
            let body = current.range(of: " #").map { String(current[..<$0.lowerBound]) } ?? current
            guard let open = body.firstIndex(of: "["), let close = body.lastIndex(of: "]"), open < close else {
                throw WorkbenchError(Texts.current("workbench.mappings.not_a_list", ["line": String(entry.index + 1)]))
            }
            let inside = body[body.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
            let insertion = inside.isEmpty ? quoted : ", " + quoted
            all[entry.index] = String(current[..<close]) + insertion + String(current[close...])
        } else {
            guard let last = block.entries.last else {
                throw WorkbenchError(Texts.current("workbench.mappings.not_a_list", ["line": String(line)]))
            }
            all.insert(String(repeating: " ", count: block.indent) + "\(code): [\(quoted)]", at: last.index + 1)
        }
        return all.joined(separator: "\n")
    }

    /// A double-quoted YAML scalar: never read as a number, a boolean or a mapping (`non`, `1:2`).
    /// A line break in a header or a cell (`Date\nsaisine`) is written `\n`: the edit stays on its line.
    static func quote(_ s: String) -> String {
        var out = "\""
        for c in s {
            switch c {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n", "\r\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.append(c)
            }
        }
        return out + "\""
    }

    static func lines(_ text: String) -> [String] { text.components(separatedBy: "\n") }

    struct Block {
        var indent: Int
        var entries: [(code: String, index: Int)]
    }

    /// The entries of the vocabulary at `line`: the mapping's parser gives either the header line
    /// (`vocabulaire:`, `motifs:`) or, for a block, the line of its first entry. The entries are
    /// the lines at the first entry's indentation, up to the first line indented less (blank lines
    /// and comments do not end the block).
    static func block(_ all: [String], vocabularyLine line: Int) throws -> Block {
        guard line >= 1, line <= all.count else {
            throw WorkbenchError(Texts.current("workbench.mappings.not_a_list", ["line": String(line)]))
        }
        func content(_ text: String) -> String {
            let body = text.range(of: " #").map { String(text[..<$0.lowerBound]) } ?? text
            return body.trimmingCharacters(in: .whitespaces)
        }
        func isBlank(_ text: String) -> Bool { content(text).isEmpty || content(text).hasPrefix("#") }
        var index = line - 1
        // A comment or a blank line is no vocabulary: never guess where the user meant.
        guard !isBlank(all[index]) else {
            throw WorkbenchError(Texts.current("workbench.mappings.not_a_list", ["line": String(line)]))
        }
        if content(all[index]).hasSuffix(":") {
            index += 1
            while index < all.count, isBlank(all[index]) { index += 1 }
            guard index < all.count, indent(all[index]) > indent(all[line - 1]) else {
                throw WorkbenchError(Texts.current("workbench.mappings.not_a_list", ["line": String(line)]))
            }
        }
        guard index < all.count else {
            throw WorkbenchError(Texts.current("workbench.mappings.not_a_list", ["line": String(line)]))
        }
        let entryIndent = indent(all[index])
        var entries: [(String, Int)] = []
        while index < all.count {
            let text = all[index]
            if isBlank(text) { index += 1; continue }
            let depth = indent(text)
            if depth < entryIndent { break }
            let trimmed = content(text)
            if depth == entryIndent {
                // An entry is `CODE: wordings` on one line; `key:` alone opens a nested mapping,
                // so this is not a vocabulary (`vocabulaires:` itself, a table, a field).
                guard let colon = trimmed.firstIndex(of: ":"),
                      !trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw WorkbenchError(Texts.current("workbench.mappings.not_a_list", ["line": String(line)]))
                }
                entries.append((String(trimmed[..<colon]).trimmingCharacters(in: CharacterSet(charactersIn: "\"' ")), index))
            }
            index += 1
        }
        guard !entries.isEmpty else {
            throw WorkbenchError(Texts.current("workbench.mappings.not_a_list", ["line": String(line)]))
        }
        return Block(indent: entryIndent, entries: entries)
    }

    static func indent(_ line: String) -> Int { line.prefix { $0 == " " }.count }

    /// A unified-style diff of two texts that differ by inserted or changed lines (what this file makes).
    public static func diff(_ old: String, _ new: String, file: String) -> [String] {
        let a = lines(old), b = lines(new)
        var start = 0
        while start < a.count, start < b.count, a[start] == b[start] { start += 1 }
        var endA = a.count, endB = b.count
        while endA > start, endB > start, a[endA - 1] == b[endB - 1] { endA -= 1; endB -= 1 }
        var out = ["--- \(file)", "+++ \(file)", "@@ \(Texts.current("workbench.mappings.diff_line", ["line": String(start + 1)])) @@"]
        out += a[start..<endA].map { "-" + $0 }
        out += b[start..<endB].map { "+" + $0 }
        return out
    }
}
