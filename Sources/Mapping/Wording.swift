// Normalised wordings: the form under which headers, labels and values are compared (case, accents, spacing ignored).

public enum Wording {
    /// Lowercase, accents removed, every run of spaces or line breaks made one space, trimmed, and
    /// a trailing colon dropped (`"Date de\nsaisine :"` -> `"date de saisine"`).
    public static func normalize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0D || v == 0xA0 || v == 0x202F || v == 0x2007 {
                pendingSpace = !out.isEmpty
                continue
            }
            if (0x300...0x36F).contains(v) { continue }  // combining accents of decomposed text
            if pendingSpace { out.append(" "); pendingSpace = false }
            if v < 0x80 {
                out.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 32) ?? scalar : scalar)
            } else if let folded = fold[v] {
                out.append(contentsOf: folded.unicodeScalars)
            } else {
                out.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            }
        }
        // "Nom :" and "Nom:" are the same label.
        while let last = out.last, last == ":" || last == " " { out.removeLast() }
        return String(out)
    }

    /// Latin letters with accents, ligatures and typographic quotes folded to plain lowercase ASCII.
    private static let fold: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        let groups: [(String, String)] = [
            ("àáâãäåÀÁÂÃÄÅāĀ", "a"), ("çÇćĆčČ", "c"), ("èéêëÈÉÊËēĒěĚ", "e"), ("ìíîïÌÍÎÏīĪ", "i"),
            ("ñÑńŃ", "n"), ("òóôõöøÒÓÔÕÖØōŌ", "o"), ("ùúûüÙÚÛÜūŪ", "u"), ("ýÿÝŸ", "y"),
            ("šŠ", "s"), ("žŽ", "z"), ("’‘`´", "'"), ("«»“”", "\""), ("–—‐", "-"),
        ]
        for (letters, plain) in groups {
            for scalar in letters.unicodeScalars { table[scalar.value] = plain }
        }
        table[0x0153] = "oe"; table[0x0152] = "oe"; table[0x00E6] = "ae"; table[0x00C6] = "ae"
        table[0x00DF] = "ss"
        return table
    }()
}
