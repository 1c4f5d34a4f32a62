// Adds a wording to a vocabulary of a mapping file by inserting text at the right line: the
// file's comments, order and formatting stay as the person wrote them (no YAML re-dump).

import Foundation
import Model
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
            guard appending(quoted, toListOf: code, in: &all, at: entry.index) else {
                throw WorkbenchError(Texts.current("workbench.mappings.not_a_list", ["line": String(entry.index + 1)]))
            }
        } else {
            guard let last = block.entries.last else {
                throw WorkbenchError(Texts.current("workbench.mappings.not_a_list", ["line": String(line)]))
            }
            all.insert(String(repeating: " ", count: block.indent) + "\(code): [\(quoted)]", at: last.index + 1)
        }
        return all.joined(separator: "\n")
    }

    /// A double-quoted YAML scalar, never read as a number, a boolean or a mapping (`non`, `1:2`):
    /// a JSON string literal is one. A line break in a header (`Date\nsaisine`) is written escaped,
    /// so the edit stays on its line.
    static func quote(_ s: String) -> String { JSONText.quoted(s) }

    /// Appends `quoted` to the list of wordings on line `index`: the list after `key:` when the line
    /// names it (`colonnes: [A]`, `nom: {colonnes: [A]}`, `VIF: [A]`), else after the line's first
    /// colon (`nom: [Nom]`). A single text (`colonnes: Nom`) becomes a list. False when the line
    /// holds no list this can extend (a block, a nested mapping, an unclosed bracket).
    static func appending(_ quoted: String, toListOf key: String, in all: inout [String], at index: Int) -> Bool {
        let current = all[index]
        let code = codePart(current)
        guard let colon = keyColon(key, in: code) ?? code.firstIndex(of: ":") else { return false }
        var start = code.index(after: colon)
        while start < code.endIndex, code[start] == " " { start = code.index(after: start) }
        guard start < code.endIndex else { return false }
        if code[start] == "[" {
            guard let close = closingBracket(code, from: start) else { return false }
            let inside = code[code.index(after: start)..<close].trimmingCharacters(in: .whitespaces)
            all[index] = String(current[..<close]) + (inside.isEmpty ? quoted : ", " + quoted) + String(current[close...])
            return true
        }
        if "{-|>".contains(code[start]) { return false }
        // A single wording: it and the new one as a flow list, the comment kept after them.
        let single = code[start...].trimmingCharacters(in: .whitespaces)
        guard !single.isEmpty, !single.hasSuffix(",") else { return false }
        all[index] = String(current[..<start]) + "[\(single), \(quoted)]" + String(current[code.endIndex...])
        return true
    }

    /// The line without its comment (` #` outside quotes), so a `]` or `:` in a comment is never taken.
    static func codePart(_ line: String) -> Substring {
        var quote: Character?
        var previous: Character = " "
        for index in line.indices {
            let c = line[index]
            if let open = quote {
                if c == open { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "#", previous == " " {
                return line[..<index].trimmingSuffix()
            }
            previous = c
        }
        return line[...].trimmingSuffix()
    }

    /// The colon of `key:` written as a key on the line (`colonnes:` at the start or after `{`/`,`).
    static func keyColon(_ key: String, in code: Substring) -> String.Index? {
        var search = code.startIndex
        while let found = code[search...].range(of: key + ":") {
            let before = code[..<found.lowerBound].last
            if before == nil || before == " " || before == "{" || before == "," { return code.index(before: found.upperBound) }
            search = found.upperBound
        }
        return nil
    }

    /// The `]` closing the `[` at `open`, past quoted texts and nested lists.
    static func closingBracket(_ code: Substring, from open: String.Index) -> String.Index? {
        var depth = 0
        var quote: Character?
        var index = open
        while index < code.endIndex {
            let c = code[index]
            if let q = quote {
                if c == "\\", q == "\"" { index = code.index(after: index) } else if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "[" {
                depth += 1
            } else if c == "]" {
                depth -= 1
                if depth == 0 { return index }
            }
            if index < code.endIndex { index = code.index(after: index) }
        }
        return nil
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
        func content(_ text: String) -> String { codePart(text).trimmingCharacters(in: .whitespaces) }
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

extension Substring {
    fileprivate func trimmingSuffix() -> Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " { end = index(before: end) }
        return self[startIndex..<end]
    }
}
