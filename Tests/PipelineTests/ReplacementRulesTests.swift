// A file's stored rows are replaced only by a reading of that same file.

import Model
import TestSupport
import Foundation
import Pipeline
import Store
import Testing
import Texts

@Suite(.texts(.en)) struct ReplacementRulesTests {
    /// These tests read the English texts; the French ones are checked on the real binary (IsgTests).

    /// A scratch input folder with a few months of Strasbourg and Colmar, its own mappings and output.
    struct Scratch {
        let root: String
        var input: String { root + "/in" }
        var mappings: String { root + "/mappings" }
        var out: String { root + "/out" }

        init(_ name: String, files: [String] = ["STRASBOURG/2023-01.xlsx", "STRASBOURG/2023-02.xlsx",
                                                 "COLMAR/Colmar_2023-01.ods"]) throws {
            root = try temporaryFolder(name)
            let manager = FileManager.default
            for file in files {
                try manager.createDirectory(atPath: root + "/in/" + (file as NSString).deletingLastPathComponent,
                                            withIntermediateDirectories: true)
                try manager.copyItem(atPath: Repo.path("Samples/" + file), toPath: root + "/in/" + file)
            }
            try manager.copyItem(atPath: Repo.path("Mappings"), toPath: root + "/mappings")
        }

        func run(_ inputs: [String]? = nil, forget: [String] = []) throws -> ImportOutcome {
            var options = ImportOptions(inputs: inputs ?? [input], mappingsFolder: mappings, outputFolder: out)
            options.forget = forget
            return try ImportJob.run(options)
        }

        func referrals() throws -> [String] { try ConsolidationStore(folder: out).referrals().map(\.recordID) }

        func remove() { try? FileManager.default.removeItem(atPath: root) }
    }

    // MARK: 1. Inputs identified by their real path

    @Test func theSameFolderNamedTwiceIsReadOnce() throws {
        let s = try Scratch("twice")
        defer { s.remove() }
        let once = try s.run([s.input])
        let stored = try s.referrals()
        #expect(stored.count > 700)
        let twice = try s.run([s.input, s.input + "/"])
        #expect(try s.referrals() == stored, "the old code left 0 referrals: each copy replaced the other")
        #expect(twice.accounts.count == once.accounts.count)
    }

    @Test func aFileNamedAloneAndInItsFolderIsOneFile() throws {
        let s = try Scratch("alone-and-folder")
        defer { s.remove() }
        _ = try s.run([s.input, s.input + "/STRASBOURG/2023-02.xlsx"])
        let stored = try s.referrals()
        #expect(!stored.contains { $0.hasPrefix("2023-02.xlsx#") })
        _ = try s.run([s.input])
        #expect(try s.referrals() == stored, "the old code kept the month twice, for good")
    }

    @Test func aFileImportedAloneThenWithinItsFolderIsReplacedNotDoubled() throws {
        let s = try Scratch("alone-then-folder")
        defer { s.remove() }
        _ = try s.run([s.input + "/STRASBOURG/2023-02.xlsx"])
        #expect(try s.referrals().allSatisfy { $0.hasPrefix("2023-02.xlsx#") })
        let outcome = try s.run([s.input])
        let stored = try s.referrals()
        #expect(!stored.contains { $0.hasPrefix("2023-02.xlsx#") })
        #expect(stored.filter { $0.hasPrefix("STRASBOURG/2023-02.xlsx#") }.count > 300)
        #expect(outcome.removed.map(\.file) == ["2023-02.xlsx"])
        #expect(outcome.removed.first?.replacedBy == "STRASBOURG/2023-02.xlsx")
    }

    @Test func twoDifferentFilesUnderOneNameStopTheRunBeforeAnyWrite() throws {
        let s = try Scratch("same-name")
        defer { s.remove() }
        let other = s.root + "/other"
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Repo.path("Samples/STRASBOURG/2023-03.xlsx"), toPath: other + "/2023-02.xlsx")
        #expect(throws: ImportJobError.self) {
            _ = try s.run([s.input + "/STRASBOURG/2023-02.xlsx", other + "/2023-02.xlsx"])
        }
        #expect(!FileManager.default.fileExists(atPath: s.out + "/consolidation.sqlite"))
    }

    // MARK: 2. A file not read keeps its rows

    @Test func anUnreadableFileKeepsItsEarlierRows() throws {
        let s = try Scratch("truncated")
        defer { s.remove() }
        _ = try s.run()
        let stored = try s.referrals()
        let path = s.input + "/STRASBOURG/2023-02.xlsx"
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: path))
        let outcome = try s.run()
        #expect(outcome.exitCode == 1)
        #expect(try s.referrals() == stored, "the old code deleted the file's rows although it said 'not imported'")
        let finding = try #require(try ConsolidationStore(folder: s.out).findings().first { $0.kind == "unreadable_file" })
        #expect(finding.message.contains("stay in the store") && finding.message.contains("from the import of"))
        // Read again once repaired: replaced as usual, and the finding is gone.
        try bytes.write(to: URL(fileURLWithPath: path))
        _ = try s.run()
        #expect(try s.referrals() == stored)
        #expect(try ConsolidationStore(folder: s.out).findings().allSatisfy { $0.kind != "unreadable_file" })
    }

    @Test func aFileNoMappingClaimsAnyMoreKeepsItsRowsWithAnError() throws {
        let s = try Scratch("unclaimed")
        defer { s.remove() }
        _ = try s.run()
        let stored = try s.referrals()
        let colmar = s.mappings + "/colmar.yaml"
        let text = try String(contentsOfFile: colmar, encoding: .utf8)
        let broken = text.replacingOccurrences(of: "fichiers: [\"COLMAR/*.ods\", \"Colmar_*.ods\"]", with: "fichiers: [\"COLMAR/*.xlsx\"]")
        #expect(broken != text)
        try broken.write(toFile: colmar, atomically: true, encoding: .utf8)
        let outcome = try s.run()
        #expect(try s.referrals() == stored, "the old code deleted the site's rows, with nothing on stderr")
        #expect(outcome.exitCode == 1)
        let error = try #require(outcome.findings.first { $0.kind == "unmatched_file" })
        #expect(error.severity == .error && error.file == "COLMAR/Colmar_2023-01.ods")
        #expect(error.message.contains("was imported on") && (error.hint ?? "").contains("colmar.yaml"))
    }

    @Test func forgettingAFileIsTheExplicitWayItsRowsLeave() throws {
        let s = try Scratch("forget")
        defer { s.remove() }
        _ = try s.run()
        let before = try s.referrals()
        try FileManager.default.removeItem(atPath: s.input + "/STRASBOURG/2023-02.xlsx")
        _ = try s.run()
        #expect(try s.referrals() == before, "a file left out of the inputs keeps its rows")
        let outcome = try s.run(forget: ["STRASBOURG/2023-02.xlsx"])
        let after = try s.referrals()
        #expect(after == before.filter { !$0.hasPrefix("STRASBOURG/2023-02.xlsx#") })
        #expect(outcome.removed.first?.file == "STRASBOURG/2023-02.xlsx")
        #expect(outcome.removed.first?.referrals == before.count - after.count)
        #expect(outcome.findings.contains { $0.kind == "file_forgotten" && $0.file == "STRASBOURG/2023-02.xlsx" })
        #expect(throws: ImportJobError.self) { _ = try s.run(forget: ["STRASBOURG/2099-01.xlsx"]) }
    }

    // MARK: 3. Two mappings claiming one file

    @Test func aFileClaimedByTwoMappingsStopsTheRunBeforeAnyWrite() throws {
        let s = try Scratch("two-claims")
        defer { s.remove() }
        _ = try s.run()
        let stored = try s.referrals()
        let report = try Data(contentsOf: URL(fileURLWithPath: s.out + "/current/quality-report.json"))
        let colmar = s.mappings + "/colmar.yaml"
        let text = try String(contentsOfFile: colmar, encoding: .utf8)
        try text.replacingOccurrences(of: "fichiers: [\"COLMAR/*.ods\", \"Colmar_*.ods\"]",
                                      with: "fichiers: [\"COLMAR/*.ods\", \"*.xlsx\"]")
            .write(toFile: colmar, atomically: true, encoding: .utf8)
        var message = ""
        do {
            _ = try s.run()
        } catch let error as ImportJobError {
            message = error.description
        }
        #expect(message.contains("STRASBOURG/2023-01.xlsx is claimed by") && message.contains("colmar.yaml")
                && message.contains("strasbourg.yaml"), "\(message)")
        #expect(try s.referrals() == stored)
        #expect(try Data(contentsOf: URL(fileURLWithPath: s.out + "/current/quality-report.json")) == report)
    }
}
