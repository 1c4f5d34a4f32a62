// `isg link`: links the records of one CSV file into persons and writes their ids.

import ArgumentParser
import Foundation
import Linkage
import Model
import Texts

struct Link: ParsableCommand {
    static let configuration = CommandConfiguration.isg("link")

    @OptionGroup var language: LanguageOption
    @Argument(help: .isg("link.input")) var input: String
    @Option(help: .isg("link.out")) var out: String
    @Option(help: .isg("link.key")) var key: String?
    @Option(help: .isg("link.previous")) var previous: String?
    @Option(help: .isg("link.decisions")) var decisions: String?
    @Option(help: .isg("link.uncertain")) var uncertain: String?
    @Option(help: .isg("link.review-limit")) var reviewLimit: Int?

    func run() throws {
        let records = try LinkFiles.readRecords(read(input), file: input)
        let prior = try previous.map { try LinkFiles.readAssignments(read($0), file: $0) } ?? [:]
        let rules = LinkRules(decisions: try decisions.map { try LinkFiles.readDecisions(read($0), file: $0) } ?? [],
                              previous: prior, reviewLimit: reviewLimit)
        let result = Linkage.link(records, rules: rules)
        for d in result.unusedDecisions {
            printError(Texts.current("cli.link.unused-decision", ["source": "\(d.source)"]))
        }
        let personKey = try loadKey()
        let ids = assignPersonIDs(clusters: result.clusters, previous: prior, key: personKey)
        try write(LinkFiles.writeAssignments(records: records, ids: ids, scores: result.linkScores), to: out)
        if let uncertain {
            try write(LinkFiles.writeUncertain(result.uncertain, ids: ids), to: uncertain)
        }
        let persons = Set(result.clusters.values).count
        let texts = Texts.current
        let counts = [texts.plural("count.records", count: records.count), texts.plural("count.persons", count: persons),
                      texts.plural("count.pairs-compared", count: result.candidatePairs),
                      texts.plural("count.decisions-to-review", count: Set(result.uncertain.map(\.decision)).count)].joined(separator: ", ")
        printError(texts("cli.command.error", ["command": "isg link", "message": counts]))
        if result.unlistedDecisions > 0 {
            let misplaced = String(Int(result.unlistedMisplaced.rounded()))
            printError(texts("cli.link.unlisted", ["count": "\(result.unlistedDecisions)", "records": misplaced,
                                                   "counting": "\(result.unlistedChangingTheCount)"]))
        }
    }

    private func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError(Texts.current("cli.link.cannot-read", ["path": path]))
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Output holding record ids linked to persons: readable by the owner only.
    private func write(_ text: String, to path: String) throws {
        let tmp = path + ".tmp"
        guard FileManager.default.createFile(atPath: tmp, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw ValidationError(Texts.current("cli.link.cannot-write", ["path": path]))
        }
        if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
        try FileManager.default.moveItem(atPath: tmp, toPath: path)
    }

    private func loadKey() throws -> PersonKey {
        guard let key else { return try PersonKey.generate() }
        if let data = FileManager.default.contents(atPath: key) {
            do { return try PersonKey(bytes: Array(data)) } catch { throw ValidationError("\(key): \(error)") }
        }
        let fresh = try PersonKey.generate()
        guard FileManager.default.createFile(atPath: key, contents: Data(fresh.bytes), attributes: [.posixPermissions: 0o600]) else {
            throw ValidationError(Texts.current("cli.link.cannot-create-key", ["path": key]))
        }
        return fresh
    }
}
