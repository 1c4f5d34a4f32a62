// A small writer of well-formed (XML-parsable) HTML: every element closed, every text escaped.

import Model

struct QualityHTML {
    private(set) var output = ""

    static func escape(_ s: String, quotes: Bool = false) -> String { MarkupText.escaped(s, quotes: quotes) }

    static func attributes(_ attrs: KeyValuePairs<String, String?>) -> String {
        var out = ""
        for (name, value) in attrs {
            guard let value else { continue }
            out += " \(name)=\"\(escape(value, quotes: true))\""
        }
        return out
    }

    mutating func raw(_ s: String) { output += s }

    mutating func text(_ s: String) { output += Self.escape(s) }

    /// `<tag attrs>content</tag>` with escaped text content.
    mutating func element(_ tag: String, _ attrs: KeyValuePairs<String, String?> = [:], _ content: String) {
        output += "<\(tag)\(Self.attributes(attrs))>\(Self.escape(content))</\(tag)>"
    }

    /// `<tag>content</tag>` with escaped text content.
    mutating func element(_ tag: String, _ content: String) { element(tag, [:], content) }

    /// `<tag attrs>` ... (whatever `body` writes) ... `</tag>`.
    mutating func element(_ tag: String, _ attrs: KeyValuePairs<String, String?> = [:],
                          body: (inout QualityHTML) -> Void) {
        output += "<\(tag)\(Self.attributes(attrs))>"
        body(&self)
        output += "</\(tag)>"
    }

    /// An element with no content, written `<tag/>` so XML parsers accept it.
    mutating func empty(_ tag: String, _ attrs: KeyValuePairs<String, String?> = [:]) {
        output += "<\(tag)\(Self.attributes(attrs))/>"
    }

    mutating func newline() { output += "\n" }
}
