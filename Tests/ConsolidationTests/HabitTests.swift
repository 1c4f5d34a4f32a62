// Every habit of Tests/Fixtures/Habits run through the engine: referrals field by field, the
// warnings and errors (all expected ones, no other), and the nothing-lost account per file.

@testable import Consolidation
import Foundation
import Mapping
import Model
import Testing
import TestSupport

@Suite("Habits")
struct HabitTests {
    static let folder = Repo.path("Tests/Fixtures/Habits")

    static var habits: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { FileManager.default.fileExists(atPath: "\(folder)/\($0)/expected.csv") }.sorted()
    }

    @Test("a habit gives its expected referrals, findings and account", arguments: habits)
    func habit(_ name: String) throws {
        let base = "\(Self.folder)/\(name)"
        let mappings = try MappingSet.load(folder: "\(base)/Mappings")
        let result = ConsolidationRun(mappings: mappings).consolidateAll(["\(base)/input"])

        // Referrals, field by field.
        let expected = try CSVRows(path: "\(base)/expected.csv")
        #expect(result.referrals.count == expected.rows.count, "\(name): referral count")
        for row in expected.rows {
            let id = RecordID(file: row["file"] ?? "", sheet: row["sheet"] ?? "",
                              row: (row["row"] ?? "").isEmpty ? nil : Int(row["row"] ?? "")).description
            guard let referral = result.referrals.first(where: { $0.recordID == id }) else {
                Issue.record("\(name): no referral \(id)")
                continue
            }
            for column in expected.header.dropFirst(3) {
                guard let field = Field(rawValue: column) else {
                    Issue.record("\(name): unknown column \(column)")
                    continue
                }
                #expect((referral[field].text ?? "") == (row[column] ?? ""), "\(name) \(id) \(column)")
            }
        }

        // Warnings and errors: exactly the expected ones (infos are not listed).
        let wanted = try CSVRows(path: "\(base)/expected-findings.csv").rows
            .map { "\($0["kind"] ?? ""),\($0["sheet"] ?? ""),\($0["cell"] ?? "")" }.sorted()
        let reported = result.findings.filter { $0.severity != .info }
            .map { "\($0.kind),\($0.sheet ?? ""),\($0.cell ?? "")" }.sorted()
        #expect(reported == wanted, "\(name): findings")

        // The account, summed per file.
        var accounts: [String: [Int]] = [:]
        for row in try CSVRows(path: "\(base)/expected-account.csv").rows {
            let numbers = ["rows_read", "kept", "rejected", "non_data"].map { Int(row[$0] ?? "") ?? 0 }
            accounts[row["file"] ?? "", default: [0, 0, 0, 0]] = zip(accounts[row["file"] ?? ""] ?? [0, 0, 0, 0], numbers).map(+)
        }
        for account in result.accounts {
            let got = [account.rowsRead, account.kept, account.rejected, account.nonData]
            #expect(got == accounts.removeValue(forKey: account.file), "\(name): account of \(account.file)")
        }
        #expect(accounts.isEmpty, "\(name): files not read: \(accounts.keys.sorted())")
    }
}

/// A small CSV file with a header: quoted fields, doubled quotes, commas and line breaks inside quotes.
struct CSVRows {
    var header: [String] = []
    var rows: [[String: String]] = []

    init(path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var records: [[String]] = []
        var record: [String] = [], field = "", quoted = false, justClosed = false
        for character in text {
            if quoted {
                if character == "\"" { quoted = false; justClosed = true } else { field.append(character) }
                continue
            }
            defer { justClosed = false }
            switch character {
            case "\"":
                if justClosed { field.append("\"") }  // a doubled quote inside a quoted field
                quoted = true
            case ",": record.append(field); field = ""
            case "\n", "\r\n":
                record.append(field); field = ""
                records.append(record); record = []
            default: field.append(character)
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        guard let first = records.first else { return }
        header = first
        rows = records.dropFirst().filter { $0 != [""] }.map { Dictionary(zip(first, $0), uniquingKeysWith: { a, _ in a }) }
    }
}
