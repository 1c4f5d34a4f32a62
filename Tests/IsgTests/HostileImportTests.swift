// Hostile and broken files inside a real `isg import` run: each one named with what is wrong, the
// rest of the run imported, in bounded time and memory, with the exit status the README gives.

import TestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite(.serialized) struct HostileImportTests {
    /// A real month of Strasbourg, imported beside every hostile file.
    static let goodFile = "STRASBOURG/2023-01.xlsx"
    /// The hostile file's name in the run: claimed by the Strasbourg mapping like any month.
    static let hostileName = "STRASBOURG/2023-02.xlsx"
    /// Generous guards: an ordinary run of these two files takes a fraction of a second and ~40 MB;
    /// an inflated bomb or entity expansion would take gigabytes.
    static let maxSeconds = 20.0
    static let maxBytes = 512 << 20

    static func hostile(_ name: String) -> String { Binary.root + "/Tests/Fixtures/hostile/" + name }
    static func ods(_ name: String) -> String { Binary.root + "/Tests/Fixtures/ods/" + name }

    // Refused files: (fixture, words the message must hold, in French: the binary's default).
    static let refused: [(String, String)] = [
        (hostile("zip_bomb.xlsx"), "ressemble à une bombe ZIP"),
        (hostile("overlapping_entries.xlsx"), "se chevauchent"),
        (hostile("xxe.xlsx"), "DOCTYPE"),
        (hostile("xxe_network.xlsx"), "DOCTYPE"),
        (hostile("billion_laughs.xlsx"), "DOCTYPE"),
        (hostile("quadratic_blowup.xlsx"), "DOCTYPE"),
        (hostile("deep_nesting_10000.xlsx"), "sur plus de 200 niveaux"),
        (ods("deep_nesting.ods"), "sur plus de 200 niveaux"),
        (ods("repeat_bomb_rows.ods"), "se répète jusqu'à la ligne"),
        (ods("repeat_bomb_cells.ods"), "répétée 2147483647 fois"),
        (hostile("crc_mismatch.xlsx"), "abîmé"),
        (hostile("crc_mismatch_wellformed.xlsx"), "CRC-32 ne correspond pas"),
        (hostile("truncated.xlsx"), "tronqué"),
        (hostile("encrypted.xlsx"), "mot de passe"),
        (hostile("legacy.xls"), "Excel 97-2003 (.xls)"),
        (hostile("web_page.xls"), "HTML"),
        (hostile("renamed_pdf.xlsx"), "pas un tableur XLSX, ODS ou CSV"),
        (hostile("not_a_spreadsheet.xlsx"), "pas un tableur XLSX, ODS ou CSV"),
        (hostile("empty.xlsx"), "vide (0 octet)"),
        (hostile("empty_zip.xlsx"), "archive ZIP vide"),
        (hostile("other_zip.xlsx"), "ne contient aucun classeur"),
        (hostile("malformed_xml.xlsx"), "abîmé"),
    ]

    @Test(arguments: refused)
    func refusedFileIsNamedAndTheRestImported(fixture: String, words: String) throws {
        let input = try Self.inputWithGoodFile()
        defer { Self.remove(input) }
        try FileManager.default.copyItem(atPath: fixture, toPath: input + "/" + Self.hostileName)
        try Self.expectRefused(input: input, words: words)
    }

    @Test(arguments: 1...9)
    func realWorkbookCutAtEveryTenth(tenths: Int) throws {
        let input = try Self.inputWithGoodFile()
        defer { Self.remove(input) }
        let whole = try Data(contentsOf: URL(fileURLWithPath: Binary.root + "/Samples/STRASBOURG/2023-02.xlsx"))
        try whole.prefix(whole.count * tenths / 10).write(to: URL(fileURLWithPath: input + "/" + Self.hostileName))
        try Self.expectRefused(input: input, words: "tronqué")
    }

    @Test func folderNamedLikeAWorkbook() throws {
        // An unpacked .xlsx, say: named as an input, not walked into.
        let input = try Self.inputWithGoodFile()
        defer { Self.remove(input) }
        try FileManager.default.createDirectory(atPath: input + "/" + Self.hostileName + "/xl", withIntermediateDirectories: true)
        try Data("<workbook/>".utf8).write(to: URL(fileURLWithPath: input + "/" + Self.hostileName + "/xl/workbook.xml"))
        let run = try Self.expectRefused(input: input, words: "c'est un dossier, pas un fichier")
        #expect(!run.stdout.contains("xl/workbook.xml") && !run.stderr.contains("xl/workbook.xml"))
    }

    @Test func fileGoneBeforeItIsRead() throws {
        // A file that vanishes between the listing and the reading, made deterministic: a link whose
        // target is gone is listed by the walk and missing when opened, which is what a file
        // deleted mid-run looks like to the reader.
        let input = try Self.inputWithGoodFile()
        defer { Self.remove(input) }
        try FileManager.default.createSymbolicLink(atPath: input + "/" + Self.hostileName,
                                                   withDestinationPath: input + "/deleted-meanwhile.xlsx")
        try Self.expectRefused(input: input, words: "un lien vers un fichier qui n'existe pas")
    }

    @Test func namedPipeIsNotWaitedOn() throws {
        // Opening a FIFO for reading blocks until someone writes: the run must not wait on it.
        let input = try Self.inputWithGoodFile()
        defer { Self.remove(input) }
        #expect(mkfifo(input + "/" + Self.hostileName, 0o600) == 0)
        try Self.expectRefused(input: input, words: "pas un fichier ordinaire")
    }

    @Test(arguments: [("nested_zip_bomb.xlsx", 0), ("shared_strings_count.xlsx", 1)])
    func harmlessOnceReadWithLimits(name: String, rows: Int) throws {
        // The nested bomb is an embedded ZIP nothing reads; the shared strings claim two billion
        // entries and hold two. Both are read like any workbook, without inflating or reserving
        // what they claim. Their sheet has no header, so the mapping's missing column is the finding.
        let input = try Self.inputWithGoodFile()
        defer { Self.remove(input) }
        try FileManager.default.copyItem(atPath: Self.hostile(name), toPath: input + "/" + Self.hostileName)
        let (run, report, out) = try Self.importRun(input)
        Self.expectBoundedAndClean(run)
        #expect(run.status == 1, "missing columns are errors: \(run.stderr)")
        let account = try #require(Self.account(report, Self.hostileName))
        #expect(account["rows_read"] as? Int == rows)
        #expect(!Self.findings(report, Self.hostileName).contains { $0["kind"] as? String == "unreadable_file" })
        try Self.expectGoodFileImported(out)
    }

    @Test func everyHostileFileInOneRun() throws {
        // All at once, read on several threads: each named with its own reason, the good file whole.
        let input = try Self.inputWithGoodFile()
        defer { Self.remove(input) }
        for (index, (fixture, _)) in Self.refused.enumerated() {
            try FileManager.default.copyItem(atPath: fixture, toPath: input + "/STRASBOURG/2023-02 \(index).xlsx")
        }
        let (run, report, out) = try Self.importRun(input)
        Self.expectBoundedAndClean(run)
        #expect(run.status == 1)
        #expect(run.stdout.contains("Import de \(Self.refused.count + 1) fichiers de 1 site"), "\(run.stdout)")
        for (index, (_, words)) in Self.refused.enumerated() {
            let name = "STRASBOURG/2023-02 \(index).xlsx"
            #expect(run.stderr.split(separator: "\n").contains { $0.contains(name + " (STRASBOURG) : non importé.") && $0.contains(words) },
                    "\(name): \(words)")
            #expect(Self.findings(report, name).contains { $0["kind"] as? String == "unreadable_file" })
        }
        try Self.expectGoodFileImported(out)
    }

    // MARK: - The run and what it must show

    /// An input folder holding the good month under its own name, in a scratch folder that also
    /// receives the run's mappings and outputs (`remove` deletes it all).
    static func inputWithGoodFile() throws -> String {
        let input = try temporaryFolder("cli") + "/in"
        try FileManager.default.createDirectory(atPath: input + "/STRASBOURG", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Binary.root + "/Samples/" + goodFile, toPath: input + "/" + goodFile)
        return input
    }

    /// The project's mappings, with Strasbourg's referral table also claiming the fixtures' sheet
    /// names ("Sheet1" in the XLSX fixtures, "S" in the ODS ones), so their hostile parts are read,
    /// not skipped as unmatched sheets.
    static func mappings(beside input: String) throws -> String {
        let folder = scratch(input) + "/mappings"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: Binary.root + "/Mappings") {
            try FileManager.default.copyItem(atPath: Binary.root + "/Mappings/" + name, toPath: folder + "/" + name)
        }
        let strasbourg = folder + "/strasbourg.yaml"
        let text = try String(contentsOfFile: strasbourg, encoding: .utf8)
        let widened = text.replacingOccurrences(of: "  feuilles: [Saisines]\n", with: "  feuilles: [Saisines, Sheet1, S]\n")
        #expect(widened != text, "strasbourg.yaml no longer has `feuilles: [Saisines]`")
        try widened.write(toFile: strasbourg, atomically: true, encoding: .utf8)
        return folder
    }

    static func importRun(_ input: String) throws -> (Binary.Measured, [String: Any], String) {
        let out = scratch(input) + "/out"
        let run = try Binary.measured(["import", input, "--mappings", try mappings(beside: input), "--out", out],
                                      deadline: maxSeconds * 3)
        let data = try Data(contentsOf: URL(fileURLWithPath: out + "/current/quality-report.json"))
        let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return (run, report, out)
    }

    /// The hostile file is an `unreadable_file` error (exit 1, README), its one line on stderr says
    /// why, and the good month is imported whole.
    @discardableResult
    static func expectRefused(input: String, words: String) throws -> Binary.Measured {
        let (run, report, out) = try importRun(input)
        expectBoundedAndClean(run)
        #expect(run.status == 1, "an unreadable file is an error finding: exit 1\n\(run.stderr)")
        #expect(run.stdout.contains("Import de 2 fichiers de 1 site"), "\(run.stdout)")
        let lines = run.stderr.split(separator: "\n").filter { $0.contains(hostileName) }
        #expect(lines.count == 1, "one line names the file:\n\(run.stderr)")
        let line = lines.first.map(String.init) ?? ""
        #expect(line.contains("\(hostileName) (STRASBOURG) : non importé. Le fichier est illisible : "), "\(line)")
        #expect(line.contains(words), "\(line)")
        let unreadable = findings(report, hostileName).filter { $0["kind"] as? String == "unreadable_file" }
        #expect(unreadable.count == 1)
        #expect((unreadable.first?["message"] as? String)?.contains(words) == true)
        #expect(account(report, hostileName)?["rows_read"] as? Int == 0)
        try expectGoodFileImported(out)
        return run
    }

    static func expectBoundedAndClean(_ run: Binary.Measured) {
        #expect(!run.timedOut && run.seconds < maxSeconds, "took \(run.seconds) s")
        #expect(run.peakBytes < maxBytes, "peak memory \(run.peakBytes >> 20) MiB")
        #expect(run.status < 128, "ended by signal \(run.status - 128)")
        for trace in ["Fatal error", "Stack dump", "Backtrace", "Crash", "💣"] {
            #expect(!run.stderr.contains(trace) && !run.stdout.contains(trace), "\(trace) in\n\(run.stderr)")
        }
    }

    /// saisines.csv holds exactly the good month's referrals of the samples' truth.
    static func expectGoodFileImported(_ out: String) throws {
        let truth = try CSVTable(Binary.root + "/tools/samples/truth/saisines.csv").column("record_id")
            .filter { $0.hasPrefix(goodFile + "#") }
        // CRLF lines: "\r\n" is one Character, so split on isNewline.
        let exported = try String(contentsOfFile: out + "/current/saisines.csv", encoding: .utf8)
            .split(whereSeparator: \.isNewline).dropFirst().map { String($0.prefix { $0 != ";" }) }
        #expect(truth.count > 300)
        let missing = Set(truth).subtracting(exported), extra = Set(exported).subtracting(truth)
        #expect(missing.isEmpty && extra.isEmpty && exported.count == truth.count,
                "\(exported.count) referrals exported, \(truth.count) in the truth; missing \(missing.sorted().prefix(3)), extra \(extra.sorted().prefix(3))")
    }

    static func scratch(_ input: String) -> String { (input as NSString).deletingLastPathComponent }

    static func remove(_ input: String) { try? FileManager.default.removeItem(atPath: scratch(input)) }

    static func account(_ report: [String: Any], _ file: String) -> [String: Any]? {
        (report["files"] as? [[String: Any]])?.first { $0["file"] as? String == file }
    }

    static func findings(_ report: [String: Any], _ file: String) -> [[String: Any]] {
        (report["findings"] as? [[String: Any]] ?? []).filter { $0["file"] as? String == file }
    }
}
