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
        guard line >= 1, line <= all.count,
              MappingEdit.appending(MappingEdit.quote(header), toListOf: key, in: &all, at: line - 1) else { throw notAList(line) }
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
            let code = MappingEdit.codePart(all[index]).trimmingCharacters(in: .whitespaces)
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

    static func notAList(_ line: Int) -> WorkbenchError {
        WorkbenchError(Texts.current("workbench.columns.not_a_list", ["line": String(line)]))
    }
}
