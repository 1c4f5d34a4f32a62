// `isg link`: links the records of one CSV file into persons and writes their ids.

import ArgumentParser
import Foundation
import Linkage
import Model

struct Link: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "Groups the records of INPUT.csv that belong to one person and writes record_id,person_id,link_score.",
        discussion: """
        INPUT.csv has the header record_id,last_name,first_name,birth_name,birth_date,sex,commune
        (UTF-8, birth_date YYYY-MM-DD or empty, sex F, M or empty). Ids are keyed pseudonyms: give
        the same --key and the previous output as --previous to keep each person's id from run to run.
        """)

    @Argument(help: "The records to link (CSV).")
    var input: String

    @Option(help: "Where to write record_id,person_id,link_score.")
    var out: String

    @Option(help: "A file of 32 secret bytes for the pseudonyms (created if missing). Without it, ids change on every run.")
    var key: String?

    @Option(help: "A previous output: its persons keep their ids.")
    var previous: String?

    @Option(help: "People's decisions: decision,record_a,record_b,comment (same / never).")
    var decisions: String?

    @Option(help: "Where to write the pairs to review (record ids, score, traits; no names).")
    var uncertain: String?

    func run() throws {
        let records = try LinkFiles.readRecords(read(input), file: input)
        let prior = try previous.map { try LinkFiles.readAssignments(read($0), file: $0) } ?? [:]
        let rules = LinkRules(decisions: try decisions.map { try LinkFiles.readDecisions(read($0), file: $0) } ?? [],
                              previous: prior)
        let result = Linkage.link(records, rules: rules)
        for d in result.unusedDecisions {
            FileHandle.standardError.write(Data("isg link: \(d.source): decision not applied (unknown record, or against a 'never')\n".utf8))
        }
        let personKey = try loadKey()
        let ids = assignPersonIDs(clusters: result.clusters, previous: prior, key: personKey)
        try write(LinkFiles.writeAssignments(records: records, ids: ids, scores: result.linkScores), to: out)
        if let uncertain {
            try write(LinkFiles.writeUncertain(result.uncertain, ids: ids), to: uncertain)
        }
        let persons = Set(result.clusters.values).count
        FileHandle.standardError.write(Data("isg link: \(records.count) records, \(persons) persons, \(result.candidatePairs) pairs compared, \(result.uncertain.count) pairs to review\n".utf8))
    }

    private func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("cannot read \(path): check the path and its permissions")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Output holding record ids linked to persons: readable by the owner only.
    private func write(_ text: String, to path: String) throws {
        let tmp = path + ".tmp"
        guard FileManager.default.createFile(atPath: tmp, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw ValidationError("cannot write \(path): check the folder exists and is writable")
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
            throw ValidationError("cannot create the key file \(key)")
        }
        return fresh
    }
}
