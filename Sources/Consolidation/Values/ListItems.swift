// Splitting a list cell on its raw text: items with the separator that followed each, so runs can be re-joined.

import Model

package enum ListItems {
    package struct Item {
        package var text: String
        /// The separator written after the item, as written ("" for the last).
        var separator: String
    }

    /// Splits on `separators` (compared ignoring case; "\n" matches any line break, CR LF included).
    package static func split(_ raw: String, separators: [String]) -> [Item] {
        let characters = Array(raw)
        let patterns = separators.filter { !$0.isEmpty }.map { Array($0.lowercased()) }
        var items: [Item] = []
        var current = ""
        var index = 0
        while index < characters.count {
            if let length = separatorLength(characters, at: index, patterns: patterns) {
                items.append(Item(text: current, separator: String(characters[index..<(index + length)])))
                current = ""
                index += length
            } else {
                current.append(characters[index])
                index += 1
            }
        }
        items.append(Item(text: current, separator: ""))
        return items
    }

    /// Items joined back with the separators written between them.
    static func join(_ items: ArraySlice<Item>) -> String {
        var text = ""
        for (offset, item) in items.enumerated() {
            text += item.text
            if offset < items.count - 1 { text += item.separator }
        }
        return text
    }

    static func separatorLength(_ characters: [Character], at index: Int, patterns: [[Character]]) -> Int? {
        var best: Int?
        for pattern in patterns where index + pattern.count <= characters.count {
            let matches = pattern.indices.allSatisfy { offset in
                let character = characters[index + offset], wanted = pattern[offset]
                if wanted.isNewline { return character.isNewline }
                return character == wanted || character.lowercased() == String(wanted)
            }
            if matches, pattern.count > (best ?? 0) { best = pattern.count }
        }
        return best
    }
}
