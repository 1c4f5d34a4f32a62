// The real `isg` binary run the way a person runs it: exit codes, messages, outputs.

import TestSupport
import Foundation
import Testing

enum Binary {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// The `isg` executable built beside the test bundle.
    static var isg: String {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("isg").path), folder.path != "/" {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("isg").path
    }

    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs isg with `environment` added to this process's own (without an `ISG_LANG` of its own:
    /// the tests choose the language).
    static func run(_ arguments: [String], in folder: String? = nil, environment: [String: String] = [:]) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: isg)
        process.arguments = arguments
        var variables = ProcessInfo.processInfo.environment
        variables["ISG_LANG"] = nil
        process.environment = variables.merging(environment) { $1 }
        process.currentDirectoryURL = URL(fileURLWithPath: folder ?? root)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                       stderr: String(decoding: stderr, as: UTF8.self))
    }
}

@Suite(.serialized) struct ImportCommandTests {
    @Test func samplesImportSaysWhereTheOutputsAreAndExitsOneForTheirPlantedRejects() throws {
        let out = try temporaryFolder("cli")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let run = try Binary.run(["import", "Samples", "--out", out])
        // The samples plant rows without a referral date: rejected, so exit 1 (not 0, not 2).
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stdout.contains("Import de 36 fichiers de 4 sites"), "\(run.stdout)")
        #expect(run.stdout.contains("7 rejetées"))
        #expect(run.stdout.contains("\(out)/current/quality-report.html"))
        #expect(FileManager.default.fileExists(atPath: out + "/consolidation.sqlite"))
        for name in ["saisines.csv", "reunions.csv", "persons.csv", "rejets.csv",
                     "consolidation.xlsx", "quality-report.html", "quality-report.json", "generation.json"] {
            #expect(FileManager.default.fileExists(atPath: out + "/current/" + name), "\(name) missing")
        }
    }

    @Test func importingTheSameFolderTwiceChangesNothing() throws {
        let out = try temporaryFolder("cli")
        defer { try? FileManager.default.removeItem(atPath: out) }
        _ = try Binary.run(["import", "Samples", "--out", out])
        let first = try ["saisines.csv", "persons.csv", "reunions.csv", "rejets.csv"].map {
            try Data(contentsOf: URL(fileURLWithPath: out + "/current/" + $0))
        }
        let again = try Binary.run(["import", "Samples", "--out", out])
        #expect(again.status == 1)
        let second = try ["saisines.csv", "persons.csv", "reunions.csv", "rejets.csv"].map {
            try Data(contentsOf: URL(fileURLWithPath: out + "/current/" + $0))
        }
        #expect(first == second)
    }

    @Test func aMissingInputStopsTheRunWithExitTwoAndSaysWhy() throws {
        let out = try temporaryFolder("cli")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let run = try Binary.run(["import", "no-such-folder", "--out", out])
        #expect(run.status == 2)
        #expect(run.stderr.contains("no-such-folder"))
        #expect(run.stderr.contains("aucun fichier ou dossier de ce nom"), "\(run.stderr)")
    }

    @Test func aBrokenMappingStopsTheRunWithItsLineNumber() throws {
        let mappings = try temporaryFolder("cli")
        defer { try? FileManager.default.removeItem(atPath: mappings) }
        for name in try FileManager.default.contentsOfDirectory(atPath: Binary.root + "/Mappings") {
            try FileManager.default.copyItem(atPath: Binary.root + "/Mappings/" + name, toPath: mappings + "/" + name)
        }
        let colmar = mappings + "/colmar.yaml"
        var text = try String(contentsOfFile: colmar, encoding: .utf8)
        text = text.replacingOccurrences(of: "date_saisine:", with: "date_saisie:")
        try text.write(toFile: colmar, atomically: true, encoding: .utf8)
        let out = try temporaryFolder("cli")
        defer { try? FileManager.default.removeItem(atPath: out) }
        let run = try Binary.run(["import", "Samples/COLMAR", "--mappings", mappings, "--out", out])
        #expect(run.status == 2)
        #expect(run.stderr.contains("colmar.yaml:"))
        #expect(run.stderr.contains("date_saisine"), "a suggestion: \(run.stderr)")
    }
}
