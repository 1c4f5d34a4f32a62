// The start of every run: the language first (`--lang`, `ISG_LANG`), then the command, then one
// meaning per exit code: 0 done, 1 done with problems in the data, 2 the run could not proceed
// (usage errors included, where ArgumentParser alone would exit 64).

import ArgumentParser
import Foundation
import Texts

@main
enum Entry {
    static func main() async {
        let given = Array(CommandLine.arguments.dropFirst())
        let option: String?
        let arguments: [String]
        switch CommandLineLanguage.option(in: given) {
        case .success(let found): (option, arguments) = found
        case .failure:
            Texts.current = Texts(.fr)
            fail(Texts.current("cli.lang.missing"))
        }
        guard let language = Language.chosen(option: option) else {
            Texts.current = Texts(.fr)
            fail(Texts.current("cli.lang.unknown", ["code": option ?? ProcessInfo.processInfo.environment["ISG_LANG"] ?? ""]))
        }
        Texts.current = Texts(language)
        if let typo = CommandSuggestion.unknownCommand(in: arguments) { fail(typo) }
        do {
            var command = try ISG.parseAsRoot(arguments)
            // `isg serve` runs a server: the one command whose work is asynchronous.
            if var server = command as? any AsyncParsableCommand {
                try await server.run()
            } else {
                try command.run()
            }
        } catch {
            exit(for: error)
        }
        Foundation.exit(0)
    }

    /// A usage error, said in the run's language, then exit 2.
    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data((Texts.current("cli.error", ["message": message]) + "\n").utf8))
        Foundation.exit(2)
    }

    private static func exit(for error: Error) -> Never {
        let code = ISG.exitCode(for: error)
        let message = ISG.fullMessage(for: error)
        if code == .success {
            if !message.isEmpty { print(message) }
            Foundation.exit(0)
        }
        if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
        Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
    }
}

/// `--lang` anywhere on the command line (before `--`), taken out before the command is parsed:
/// the help texts and every message are then built in that language.
enum CommandLineLanguage {
    struct MissingValue: Error {}

    static func option(in arguments: [String]) -> Result<(String?, [String]), MissingValue> {
        var rest: [String] = []
        var found: String?
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { rest += arguments[index...]; break }
            if argument == "--lang" {
                guard index + 1 < arguments.count else { return .failure(MissingValue()) }
                found = arguments[index + 1]
                index += 2
                continue
            }
            if argument.hasPrefix("--lang=") {
                found = String(argument.dropFirst("--lang=".count))
            } else {
                rest.append(argument)
            }
            index += 1
        }
        return .success((found, rest))
    }
}

/// `isg improt` → did you mean `import`? (ArgumentParser only says the argument is unexpected.)
enum CommandSuggestion {
    static let commands = ["import", "backup", "inspect", "mapping", "link", "indicators", "serve", "help"]
    static let mappingCommands = ["check", "draft", "help"]

    static func unknownCommand(in arguments: [String]) -> String? {
        let words = positionalWords(arguments)
        guard let first = words.first else { return nil }
        if !commands.contains(first) { return message(first, known: commands, path: "isg") }
        if first == "mapping", words.count > 1, !mappingCommands.contains(words[1]) {
            return message(words[1], known: mappingCommands, path: "isg mapping")
        }
        return nil
    }

    /// The words before the first option: `isg import Samples --out x` gives import, Samples.
    private static func positionalWords(_ arguments: [String]) -> [String] {
        var words: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument.hasPrefix("-") { break }
            words.append(argument)
            index += 1
        }
        return words
    }

    private static func message(_ word: String, known: [String], path: String) -> String {
        let texts = Texts.current
        let best = known.map { ($0, distance(word.lowercased(), $0)) }.min { $0.1 < $1.1 }
        if let best, best.1 <= max(2, best.0.count / 3) {
            return texts("cli.command.suggest", ["word": word, "command": best.0, "path": path])
        }
        return texts("cli.command.unknown", ["word": word, "commands": known.filter { $0 != "help" }.joined(separator: ", "), "path": path])
    }

    /// Levenshtein distance, with a transposition counted as one edit (improt → import).
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[a.count][b.count]
    }
}
