// A renamed column accepted or an unknown column ignored, written into a mapping file the way the
// wording fix is: text inserted into one list at its line, the file's comments, order and
// formatting otherwise untouched (no YAML re-dump).

import Foundation
import Texts

public enum ColumnEdit {
    /// The file's text with `header` added to the list of wordings at 1-based `line`: the list of
    /// `key:` (`colonnes`, `etiquettes`) when the line names it (`colonnes: [A]`, `nom: {colonnes: [A]}`),
    /// else the field's short form (`nom: [Nom]`). A single text (`colonnes: Nom`) becomes a list.
    public static func addingWording(_ header: String, key: String, to text: String, line: Int) throws -> String {
        var all = MappingEdit.lines(text)
        guard line >= 1, line <= all.count else { throw notAList(line) }
        let current = all[line - 1]
        let code = codePart(current)
        // Where the list starts: after `key:` when written on this line, else after the field's colon.
        guard let colon = keyColon(key, in: code) ?? code.firstIndex(of: ":") else { throw notAList(line) }
        var start = code.index(after: colon)
        while start < code.endIndex, code[start] == " " { start = code.index(after: start) }
        guard start < code.endIndex else { throw notAList(line) }
        let quoted = MappingEdit.quote(header)
        if code[start] == "[" {
            guard let close = closingBracket(code, from: start) else { throw notAList(line) }
            let inside = code[code.index(after: start)..<close].trimmingCharacters(in: .whitespaces)
            all[line - 1] = String(current[..<close]) + (inside.isEmpty ? quoted : ", " + quoted) + String(current[close...])
        } else if code[start] == "{" || code[start] == "-" || code[start] == "|" || code[start] == ">" {
            throw notAList(line)
        } else {
            // A single wording: it and the new one as a flow list, the comment kept after them.
            let end = code.endIndex
            let single = code[start..<end].trimmingCharacters(in: .whitespaces)
            guard !single.isEmpty, !single.hasSuffix(",") else { throw notAList(line) }
            all[line - 1] = String(current[..<start]) + "[\(single), \(quoted)]" + String(current[end...])
        }
        return all.joined(separator: "\n")
    }

    /// The file's text with `header` in the `ignorer:` list of the table whose key (`saisines:`,
    /// `reunions:`) is at 1-based `tableLine`; without one, an `ignorer:` line is written as the
    /// table's first key, at its keys' indentation.
    public static func ignoring(_ header: String, in text: String, tableLine: Int) throws -> String {
        var all = MappingEdit.lines(text)
        guard tableLine >= 1, tableLine <= all.count else { throw notAList(tableLine) }
        let tableIndent = MappingEdit.indent(all[tableLine - 1])
        var index = tableLine
        var keysIndent: Int?
        var firstKey: Int?
        while index < all.count {
            let code = codePart(all[index]).trimmingCharacters(in: .whitespaces)
            if code.isEmpty { index += 1; continue }
            let depth = MappingEdit.indent(all[index])
            if depth <= tableIndent { break }
            if keysIndent == nil { keysIndent = depth; firstKey = index }
            if depth == keysIndent, code.hasPrefix("ignorer:") {
                return try addingWording(header, key: "ignorer", to: text, line: index + 1)
            }
            index += 1
        }
        guard let keysIndent, let firstKey else { throw notAList(tableLine) }
        all.insert(String(repeating: " ", count: keysIndent) + "ignorer: [\(MappingEdit.quote(header))]", at: firstKey)
        return all.joined(separator: "\n")
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

    static func notAList(_ line: Int) -> WorkbenchError {
        WorkbenchError(Texts.current("workbench.columns.not_a_list", ["line": String(line)]))
    }
}

extension Substring {
    fileprivate func trimmingSuffix() -> Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " { end = index(before: end) }
        return self[startIndex..<end]
    }
}
