// Text fields: trimmed and collapsed; "NOM Prénom" split in two; birth names from "X née Y" and "Y ép. X".

import Mapping
import Model
import Spreadsheet

package enum TextValue {
    /// The cell as text, trimmed, internal runs of spaces and line breaks made one space.
    package static func clean(_ value: CellValue) -> String? {
        let raw: String
        switch value {
        case .string(let s): raw = s
        case .number(let n): raw = n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
        case .boolean(let b): raw = b ? "true" : "false"
        case .date(let d), .dateTime(let d, _): raw = d.description
        case .time, .duration, .error: return nil
        }
        if isClean(raw) { return raw }
        let collapsed = raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return collapsed.isEmpty ? nil : collapsed
    }

    /// Most cells are already clean: single ASCII spaces inside, none at the ends.
    static func isClean(_ text: String) -> Bool {
        var previousWasSpace = true
        for byte in text.utf8 {
            if byte == 0x20 {
                if previousWasSpace { return false }
                previousWasSpace = true
            } else if byte < 0x20 || byte == 0xC2 || byte == 0xE2 {
                return false  // control characters, and possible Unicode spaces (C2 A0, E2 80 xx)
            } else {
                previousWasSpace = false
            }
        }
        return !previousWasSpace
    }

    /// "DUPONT Marie" -> ("DUPONT", "Marie"): the leading words in capitals are the family name
    /// (with "née"/"ép." and the capitals after them, and a lowercase particle before capitals:
    /// "de VILLEBOIS Jeanne"); the rest are first names.
    static func splitNomPrenom(_ text: String) -> (nom: String?, prenom: String?) {
        let words = text.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return (nil, nil) }
        var count = 0
        while count < words.count {
            let word = words[count]
            let beforeCapitals = count + 1 < words.count && capitalsFollow(words, from: count + 1)
            if isCapitals(word) || (isConnector(word) && count > 0 && beforeCapitals) || (isParticle(word) && beforeCapitals) {
                count += 1
            } else {
                break
            }
        }
        if count == 0 { count = 1 }                      // "Dupont Marie": first word is the name
        if count == words.count && words.count > 1 { count -= 1 }  // "DUPONT MARIE"
        let nom = words[..<count].joined(separator: " ")
        let prenom = words[count...].joined(separator: " ")
        return (nom.isEmpty ? nil : nom, prenom.isEmpty ? nil : prenom)
    }

    /// "Marie DUPONT" -> ("DUPONT", "Marie"): the family name starts at the first word in capitals
    /// (or at a lowercase particle before capitals: "Léa van der BERGHE"). A lone word is a family
    /// name in capitals, else a first name.
    static func splitPrenomNom(_ text: String) -> (nom: String?, prenom: String?) {
        let words = text.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return (nil, nil) }
        var start = words.indices.first { index in
            isCapitals(words[index]) || (isParticle(words[index]) && capitalsFollow(words, from: index + 1))
        } ?? words.count
        if start == 0 && words.count > 1 && words.allSatisfy(isCapitals) { start = 1 }  // "MARIE DUPONT"
        let prenom = words[..<start].joined(separator: " ")
        let nom = words[start...].joined(separator: " ")
        return (nom.isEmpty ? nil : nom, prenom.isEmpty ? nil : prenom)
    }

    /// Whether the words from `index` on are particles up to a word in capitals.
    static func capitalsFollow(_ words: [String], from index: Int) -> Bool {
        var index = index
        while index < words.count && isParticle(words[index]) && !isCapitals(words[index]) { index += 1 }
        return index < words.count && isCapitals(words[index])
    }

    /// Lowercase particles of family names ("de", "van der", "d'").
    static func isParticle(_ word: String) -> Bool {
        ["de", "du", "des", "d'", "la", "le", "van", "von", "der", "den", "ter", "ten", "di", "da", "del", "della", "dos", "das", "zu"]
            .contains(word.lowercased())
    }

    /// "MULLER née SCHMITT" -> ("MULLER", "SCHMITT"); "SCHMITT ép. MULLER" -> ("MULLER", "SCHMITT").
    static func birthName(_ nom: String) -> (nom: String, birthName: String?) {
        let words = nom.split(separator: " ").map(String.init)
        for (index, word) in words.enumerated() where index > 0 && index + 1 < words.count {
            let before = words[..<index].joined(separator: " "), after = words[(index + 1)...].joined(separator: " ")
            switch Wording.normalize(word) {
            case "nee", "ne": return (before, after)
            case "ep", "ep.", "epouse", "epoux": return (after, before)
            default: continue
            }
        }
        return (nom, nil)
    }

    static func isConnector(_ word: String) -> Bool {
        ["nee", "ne", "ep", "ep.", "epouse", "epoux"].contains(Wording.normalize(word))
    }

    /// A word with letters, all in capitals ("DUPONT", "D'ALSACE", "MULLER-KLEIN").
    static func isCapitals(_ word: String) -> Bool {
        var hasLetter = false
        for character in word where character.isLetter {
            if character.isLowercase { return false }
            hasLetter = true
        }
        return hasLetter
    }
}
