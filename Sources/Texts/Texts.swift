// Every text a person reads, from one catalogue per language: French by default, English on request.
// A language is a folder of `Catalogue/<code>/*.tsv` files (`key<TAB>text`), so a third language is
// files, not code. Placeholders are `{name}`; plurals are `key.one` and `key.other`.

import Foundation
import Model

/// The languages the catalogue holds.
public enum Language: String, CaseIterable, Sendable {
    case fr, en

    /// `--lang` when given, else `ISG_LANG`, else French; nil for a code the catalogue lacks.
    public static func chosen(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> Language? {
        guard let code = option ?? environment["ISG_LANG"].flatMap({ $0.isEmpty ? nil : $0 }) else { return .fr }
        return Language(rawValue: code.lowercased().prefix(2).description)
    }
}

/// The texts of one language, with the number and date conventions of that language.
public struct Texts: Sendable {
    public let language: Language
    private let entries: [String: String]

    public init(_ language: Language) {
        self.language = language
        self.entries = Catalogue.entries(language)
    }

    /// The language of this run: set once by the command line before any work, read everywhere.
    /// A `scoped` language, when one is bound to the running task, wins.
    public static var current: Texts {
        get { scoped ?? lock.withLock { chosen } }
        set { lock.withLock { chosen = newValue } }
    }

    /// A language for one task and what it awaits, not the whole process: two tests in two
    /// languages may run at once. Threads started by hand do not inherit it: see `carried`.
    @TaskLocal public static var scoped: Texts?

    /// `body` wrapped so that it runs in the caller's scoped language on whatever thread runs it
    /// (Dispatch workers do not inherit task-locals).
    public static func carried<T>(_ body: @escaping @Sendable (Int) -> T) -> @Sendable (Int) -> T {
        let language = scoped
        return { index in Texts.$scoped.withValue(language) { body(index) } }
    }

    /// The text of `key` with its `{placeholders}` filled. A missing key shows itself as `⟦key⟧`
    /// rather than failing: a test keeps every language complete.
    public func callAsFunction(_ key: String, _ arguments: [String: String] = [:]) -> String {
        fill(entries[key] ?? "⟦\(key)⟧", arguments)
    }

    /// `key.one` for 0 and 1 in French (1 alone in English), else `key.other`; `{count}` is the number.
    public func plural(_ key: String, count: Int, _ arguments: [String: String] = [:]) -> String {
        let one = language == .fr ? count <= 1 : count == 1
        var all = arguments
        all["count"] = number(count)
        return self(key + (one ? ".one" : ".other"), all)
    }

    /// `4 960` in French (a narrow no-break space groups thousands), `4,960` in English.
    public func number(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += language == .fr ? "\u{202F}" : "," }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// `66 %` (no-break space before the sign) in French, `66%` in English; `decimals` after the point.
    public func percent(_ value: Double, decimals: Int = 0) -> String {
        let scale = pow(10.0, Double(decimals))
        let rounded = (value * scale).rounded() / scale
        let text = decimals == 0 ? String(Int(rounded)) : decimal(rounded, places: decimals)
        return language == .fr ? text + "\u{00A0}%" : text + "%"
    }

    /// `0,87` in French, `0.87` in English: `places` digits after the decimal sign.
    public func decimal(_ value: Double, places: Int) -> String {
        let text = String(format: "%.\(places)f", value)
        return language == .fr ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// `05/03/2023` in French, `2023-03-05` in English (no month-first ambiguity).
    public func date(_ value: CivilDate) -> String {
        guard language == .fr else { return value.description }
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : String(v) }
        return "\(two(value.day))/\(two(value.month))/\(value.year)"
    }

    /// Every key of this language, for the completeness test.
    public var keys: Set<String> { Set(entries.keys) }

    private func fill(_ template: String, _ arguments: [String: String]) -> String {
        guard template.contains("{") else { return template }
        var out = template
        for (name, value) in arguments { out = out.replacingOccurrences(of: "{\(name)}", with: value) }
        return out
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var chosen = Texts(.fr)
}

/// Reads the `.tsv` files of a language from the module's resources, once per language.
enum Catalogue {
    static func entries(_ language: Language) -> [String: String] {
        var entries: [String: String] = [:]
        guard let folder = Bundle.module.resourceURL?.appendingPathComponent("Catalogue/\(language.rawValue)"),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return entries }
        for name in names.sorted() where name.hasSuffix(".tsv") {
            guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else { continue }
            for line in text.split(separator: "\n", omittingEmptySubsequences: true) where !line.hasPrefix("#") {
                guard let tab = line.firstIndex(of: "\t") else { continue }
                let value = line[line.index(after: tab)...].replacingOccurrences(of: "\\n", with: "\n")
                entries[String(line[..<tab])] = value
            }
        }
        return entries
    }
}
