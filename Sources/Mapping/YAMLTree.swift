// The mapping file as a tree of text scalars with their line and column: Yams composes, we never let it type values.

import Yams
import Texts

/// A node of a mapping file. Scalars stay text (`no` stays "no", `067462` stays "067462").
struct YNode {
    enum Kind {
        case scalar(String)
        case list([YNode])
        case map([YEntry])
    }

    var kind: Kind
    var line: Int
    var column: Int

    var scalar: String? {
        if case .scalar(let s) = kind { return s }
        return nil
    }

    var describedKind: String {
        switch kind {
        case .scalar: return Texts.current("mapping.kind.text")
        case .list: return Texts.current("mapping.kind.list")
        case .map: return Texts.current("mapping.kind.group")
        }
    }
}

struct YEntry {
    var key: String
    var line: Int
    var column: Int
    var value: YNode
}

/// Reads a mapping file's text into a `YNode` tree, turning Yams' errors into `MappingError`s.
struct YAMLSource {
    let file: String
    let text: String
    let lines: [Substring]

    init(file: String, text: String) {
        self.file = file
        self.text = text
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    func sourceLine(_ line: Int) -> String {
        guard line >= 1, line <= lines.count else { return "" }
        var s = String(lines[line - 1])
        if s.hasSuffix("\r") { s.removeLast() }
        return s
    }

    func error(_ code: MappingError.Code, line: Int, column: Int, _ message: String) -> MappingError {
        MappingError(code, file: file, line: line, column: column, sourceLine: sourceLine(line), message)
    }

    func error(_ code: MappingError.Code, at node: YNode, _ message: String) -> MappingError {
        error(code, line: node.line, column: node.column, message)
    }

    func error(_ code: MappingError.Code, at entry: YEntry, _ message: String) -> MappingError {
        error(code, line: entry.line, column: entry.column, message)
    }

    /// Limits on every mapping document: the largest real mapping is a few kilobytes and a few
    /// hundred nodes, so these only stop a file gone wrong (or made to hurt) before it costs.
    static let maxBytes = 1 << 20
    static let maxNodes = 100_000

    func parse() throws(MappingError) -> YNode {
        guard text.utf8.count <= Self.maxBytes else {
            throw error(.unreadable, line: 0, column: 0,
                        Texts.current("mapping.too-big", ["bytes": "\(text.utf8.count)", "limit": "\(Self.maxBytes)"]))
        }
        let root: Node?
        // The parser stays alive while the tree is converted: Yams holds a node's anchor weakly,
        // and the anchor is how an alias (`*ds`, resolved by Yams to the anchored node) is seen.
        let parser: Parser
        do {
            parser = try Parser(yaml: text)
            root = try parser.singleRoot()
        } catch let yaml as YamlError {
            throw translate(yaml)
        } catch {
            throw self.error(.badYAML, line: 0, column: 0, Texts.current("mapping.not-yaml", ["error": "\(error)"]))
        }
        guard let root else {
            throw self.error(.missingKey, line: 0, column: 0, Texts.current("mapping.empty"))
        }
        var budget = Self.maxNodes
        let tree = try convert(root, budget: &budget)
        withExtendedLifetime(parser) {}
        return tree
    }

    private func convert(_ node: Node, budget: inout Int) throws(MappingError) -> YNode {
        let line = node.mark?.line ?? 0, column = node.mark?.column ?? 0
        budget -= 1
        guard budget >= 0 else {
            throw error(.wrongShape, line: line, column: column,
                        Texts.current("mapping.too-many-nodes", ["limit": "\(Self.maxNodes)"]))
        }
        // An anchor (`&name`) makes every later `*name` a copy of this node: a field silently read
        // from another's column, or a tree that doubles at each level. Refused where it is written.
        if anchorName(node) != nil {
            throw error(.wrongShape, line: line, column: column,
                        Texts.current("mapping.anchors", ["anchor": "\(anchorName(node) ?? "name")", "alias": "\(anchorName(node) ?? "name")"])
                        + Texts.current("mapping.anchors.value"))
        }
        switch node {
        case .scalar(let scalar):
            return YNode(kind: .scalar(scalar.string), line: line, column: column)
        case .sequence(let sequence):
            var items: [YNode] = []
            for item in sequence { items.append(try convert(item, budget: &budget)) }
            return YNode(kind: .list(items), line: line, column: column)
        case .mapping(let mapping):
            var entries: [YEntry] = []
            for (key, value) in mapping {
                let keyLine = key.mark?.line ?? line, keyColumn = key.mark?.column ?? column
                if let name = anchorName(key) {
                    throw error(.wrongShape, line: keyLine, column: keyColumn,
                                Texts.current("mapping.anchors.key", ["anchor": "\(name)", "alias": "\(name)"]))
                }
                guard case .scalar(let keyScalar) = key else {
                    throw error(.wrongShape, line: keyLine, column: keyColumn,
                                Texts.current("mapping.key-word"))
                }
                entries.append(YEntry(key: keyScalar.string, line: keyLine, column: keyColumn,
                                      value: try convert(value, budget: &budget)))
            }
            return YNode(kind: .map(entries), line: line, column: column)
        case .alias:
            throw error(.wrongShape, line: line, column: column,
                        Texts.current("mapping.anchors.vocabulary"))
        }
    }

    private func anchorName(_ node: Node) -> String? {
        switch node {
        case .scalar(let scalar): return scalar.anchor?.rawValue
        case .mapping(let mapping): return mapping.anchor?.rawValue
        case .sequence(let sequence): return sequence.anchor?.rawValue
        case .alias(let alias): return alias.anchor.rawValue
        }
    }

    private func translate(_ yaml: YamlError) -> MappingError {
        switch yaml {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            var message = Texts.current("mapping.yaml", ["problem": "\(problem)"])
            if let context { message += Texts.current("mapping.yaml.context", ["context": "\(context.text)", "line": "\(context.mark.line)"]) }
            message += Texts.current("mapping.yaml.advice")
            return error(.badYAML, line: mark.line, column: mark.column, message)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return error(.duplicate, line: context.mark.line, column: context.mark.column,
                         Texts.current("mapping.duplicate-keys", ["keys": "\(duplicates.joined(separator: ", "))"]))
        case .reader(let problem, _, _, _):
            return error(.unreadable, line: 0, column: 0, Texts.current("mapping.yaml-not-utf8", ["problem": "\(problem)"]))
        default:
            return error(.badYAML, line: 0, column: 0, Texts.current("mapping.yaml-other", ["error": "\(yaml)"]))
        }
    }
}
