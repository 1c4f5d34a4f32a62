// Turns a page's values into HTML through the templates, inside the common layout.

import Mustache
import Texts

struct Renderer: Sendable {
    let library: MustacheLibrary

    init() throws {
        var library = MustacheLibrary()
        for (name, text) in [("layout", Templates.layout), ("overview", Templates.overview), ("findings", Templates.findings),
                             ("persons", Templates.persons), ("mappings", Templates.mappings),
                             ("indicators", Templates.indicators)] {
            try library.register(text, named: name)
        }
        self.library = library
    }

    /// The catalogue's `workbench.*` texts as `t.<rest>` (dots become underscores: a dot is a path in Mustache).
    static func texts() -> [String: String] {
        let texts = Texts.current
        var out: [String: String] = [:]
        for key in texts.keys where key.hasPrefix("workbench.") {
            out[key.dropFirst("workbench.".count).replacingOccurrences(of: ".", with: "_")] = texts(key)
        }
        return out
    }

    static let pages: [(path: String, key: String)] = [
        ("/", "workbench.nav.overview"), ("/constats", "workbench.nav.findings"), ("/correspondances", "workbench.nav.mappings"),
        ("/personnes", "workbench.nav.persons"), ("/indicateurs", "workbench.nav.indicators"),
    ]

    /// A whole page: `values` fill the template `template`, whose result is the layout's body.
    func page(_ template: String, path: String, values: [String: Any], notice: Notice?) -> String {
        var context = values
        let t = Renderer.texts()
        context["t"] = t
        let body = library.render(context, withTemplate: template) ?? ""
        let title = Texts.current(Renderer.pages.first { $0.path == path }?.key ?? "workbench.app")
        var layout: [String: Any] = [
            "t": t, "title": title, "body": body, "lang": Texts.current.language.rawValue,
            "nav": Renderer.pages.map { ["href": $0.path, "label": Texts.current($0.key), "current": $0.path == path] as [String: Any] },
        ]
        if let notice { layout["notice"] = ["text": notice.text, "kind": notice.isError ? "error" : "ok"] }
        return library.render(layout, withTemplate: "layout") ?? ""
    }
}

/// A message shown once at the top of the next page (after an import, a decision, an edit).
public struct Notice: Sendable, Equatable {
    public var text: String
    public var isError: Bool
    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}
