// The one error a mapping file can raise: where it is (file:line:column), the line, a caret, and what to write instead.

/// A mistake in a mapping file. Printed like a compiler error so a person can find and fix it.
public struct MappingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A stable code to match in tests and scripts.
    public enum Code: String, Sendable {
        case badYAML            // the YAML itself does not parse
        case unknownKey         // a key the language does not have
        case unknownField       // a field DATA-MODEL.md does not have
        case unknownCode        // a vocabulary code DATA-MODEL.md does not have
        case unknownSite        // a site not declared in sites.yaml
        case wrongShape         // a list where a text was expected, etc.
        case badValue           // a value the key does not accept
        case missingKey         // a key the file must have
        case duplicate          // the same site, field or wording twice
        case unreadable         // the file cannot be read
    }

    public var code: Code
    /// The mapping file as the user names it (`Mappings/colmar.yaml`).
    public var file: String
    /// 1-based; 0 when the problem concerns the whole file.
    public var line: Int
    public var column: Int
    /// The offending line of the file, as written (empty when unknown).
    public var sourceLine: String
    /// What is wrong, and what to write instead.
    public var message: String

    public init(_ code: Code, file: String, line: Int, column: Int, sourceLine: String = "", _ message: String) {
        self.code = code
        self.file = file
        self.line = line
        self.column = column
        self.sourceLine = sourceLine
        self.message = message
    }

    public var description: String {
        guard line > 0 else { return "\(file): \(message)" }
        var text = "\(file):\(line):\(column): \(message)"
        if !sourceLine.isEmpty {
            // The caret is placed by Unicode scalars, as libyaml counts columns.
            let indent = sourceLine.unicodeScalars.prefix(max(0, column - 1))
                .map { $0 == "\t" ? "\t" : " " }.joined()
            text += "\n    \(sourceLine)\n    \(indent)^"
        }
        return text
    }
}

/// Several mistakes found in one pass, so the user fixes them all at once.
public struct MappingErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [MappingError]

    public init(_ errors: [MappingError]) {
        self.errors = errors
    }

    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
