// A phonetic key for French and Alsatian names: Meyer/Mayer/Meier, Schmitt/Schmidt, Mohamed/Muhammad meet.

enum SoundKey {
    /// Consonant skeleton after French/German spelling equivalences, each vowel run kept as one `a`.
    /// Coarser than the spelling, finer than Soundex: the vowel runs keep "Meyer" apart from "Moreau".
    static func of(_ word: String) -> String {
        let s = Array(word.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(s.count)
        let a = UInt8(ascii: "a")
        func isVowel(_ c: UInt8) -> Bool {
            c == a || c == UInt8(ascii: "e") || c == UInt8(ascii: "i") || c == UInt8(ascii: "o")
                || c == UInt8(ascii: "u") || c == UInt8(ascii: "y")
        }
        func at(_ i: Int) -> UInt8 { i < s.count ? s[i] : 0 }
        func emit(_ c: UInt8) {
            if c == a {
                if out.last != a { out.append(a) }
            } else if out.last != c {
                out.append(c)
            }
        }
        var i = 0
        while i < s.count {
            let c = s[i], n = at(i + 1)
            switch c {
            case UInt8(ascii: "s") where n == UInt8(ascii: "c") && at(i + 2) == UInt8(ascii: "h"):
                emit(UInt8(ascii: "S")); i += 3; continue
            case UInt8(ascii: "c") where n == UInt8(ascii: "h"), UInt8(ascii: "s") where n == UInt8(ascii: "h"):
                emit(UInt8(ascii: "S")); i += 2; continue
            case UInt8(ascii: "p") where n == UInt8(ascii: "h"):
                emit(UInt8(ascii: "f")); i += 2; continue
            case UInt8(ascii: "c") where n == UInt8(ascii: "k"), UInt8(ascii: "q") where n == UInt8(ascii: "u"):
                emit(UInt8(ascii: "k")); i += 2; continue
            case UInt8(ascii: "d") where n == UInt8(ascii: "t"):
                emit(UInt8(ascii: "t")); i += 2; continue
            case UInt8(ascii: "c"):
                let soft = n == UInt8(ascii: "e") || n == UInt8(ascii: "i") || n == UInt8(ascii: "y")
                emit(soft ? UInt8(ascii: "s") : UInt8(ascii: "k"))
            case UInt8(ascii: "q"): emit(UInt8(ascii: "k"))
            case UInt8(ascii: "w"): emit(UInt8(ascii: "v"))
            case UInt8(ascii: "z"): emit(UInt8(ascii: "s"))
            case UInt8(ascii: "x"): emit(UInt8(ascii: "k")); emit(UInt8(ascii: "s"))
            case UInt8(ascii: "h"): break // silent in French, a vowel lengthener in German
            case UInt8(ascii: "d") where i == s.count - 1: emit(UInt8(ascii: "t")) // Dupond/Dupont
            default:
                emit(isVowel(c) ? a : c)
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
