// Folding of written identities to comparable ASCII tokens: case, accents, ligatures, punctuation.

import Foundation

enum NameText {
    /// Letters that canonical decomposition leaves whole: ligatures, the German sharp s, the dotless i.
    private static let special: [Unicode.Scalar: String] = [
        "œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss", "ẞ": "ss", "ı": "i",
        "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "þ": "th",
    ]

    /// Lower-case ASCII words: accents dropped, ligatures spelled out, and every hyphen,
    /// apostrophe, dot or other sign turned into a word break.
    static func tokens(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        func flush() {
            if !current.isEmpty { words.append(current); current = "" }
        }
        // Most cells are plain ASCII: no need for Unicode decomposition then.
        let ascii = text.utf8.allSatisfy { $0 < 0x80 }
        for scalar in (ascii ? text : text.decomposedStringWithCanonicalMapping).unicodeScalars {
            let v = scalar.value
            if (0x41...0x5A).contains(v) {
                current.unicodeScalars.append(Unicode.Scalar(v + 32) ?? scalar)
            } else if (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) {
                current.unicodeScalars.append(scalar)
            } else if (0x300...0x36F).contains(v) {
                continue // a combining accent: the base letter is already in
            } else if let spelled = special[scalar] {
                current += spelled
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// Courtesy titles a clerk sometimes types into a name cell.
    static let titles: Set<String> = ["mme", "mlle", "madame", "mademoiselle", "monsieur", "mr", "mrs"]

    /// Surname particles: "Le Gall" and "Legall", "de la Fontaine" and "Lafontaine" should meet.
    static let particles: Set<String> = [
        "de", "du", "des", "d", "le", "la", "les", "l", "van", "von", "der", "den", "di", "da", "del",
        "dos", "zu", "vom", "ten", "ter",
    ]

    /// Words that split a last-name cell into usage and birth names.
    enum Marker { case birthFollows, birthPrecedes }
    static let markers: [String: Marker] = [
        "nee": .birthFollows, "ne": .birthFollows,
        "ep": .birthPrecedes, "epouse": .birthPrecedes, "epse": .birthPrecedes, "epoux": .birthPrecedes,
        "veuve": .birthPrecedes, "vve": .birthPrecedes,
    ]

    /// A commune as one comparable string: "St-Louis 68300" and "Saint Louis" agree.
    static func commune(_ text: String) -> String {
        var words: [String] = []
        for word in tokens(text) {
            if word.allSatisfy({ $0.isNumber }) || word == "cedex" { continue }
            switch word {
            case "st": words.append("saint")
            case "ste": words.append("sainte")
            default: words.append(word)
            }
        }
        return words.joined(separator: " ")
    }
}
