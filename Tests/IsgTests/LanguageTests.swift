// The command line as a French user meets it, and as an English one asks for it: the language
// (`--lang`, `ISG_LANG`), usage errors (exit 2), `--version`, a mistyped command, `--db` taking the
// file it is given, counts in both languages, and no lock file left behind.

import TestSupport
import Foundation
import Testing

@Suite(.serialized) struct UsageTests {
    @Test func aMistypedCommandIsAUsageErrorWithASuggestionInTheRunsLanguage() throws {
        let fr = try Binary.run(["improt", "Samples"])
        #expect(fr.status == 2)
        #expect(fr.stderr.contains("commande inconnue « improt »") && fr.stderr.contains("Vouliez-vous dire « import » ?"), "\(fr.stderr)")
        let en = try Binary.run(["improt", "--lang", "en"])
        #expect(en.status == 2)
        #expect(en.stderr.contains("Did you mean \"import\"?"), "\(en.stderr)")
        let far = try Binary.run(["bonjour"])
        #expect(far.status == 2)
        #expect(!far.stderr.contains("Vouliez-vous") && far.stderr.contains("import, backup"), "\(far.stderr)")
        let sub = try Binary.run(["mapping", "chek"])
        #expect(sub.status == 2 && sub.stderr.contains("« check »"), "\(sub.stderr)")
    }

    @Test func usageErrorsExitTwoNotSixtyFour() throws {
        let none = try Binary.run(["import"])
        #expect(none.status == 2)
        #expect(none.stderr.contains("Donnez les fichiers ou dossiers à importer"), "\(none.stderr)")
        let separator = try Binary.run(["import", "Samples", "--csv-separator", "|", "--lang", "en"])
        #expect(separator.status == 2)
        #expect(separator.stderr.contains("--csv-separator takes"), "\(separator.stderr)")
        let unknownOption = try Binary.run(["indicators", "--no-such-option"])
        #expect(unknownOption.status == 2)
        let by = try Binary.run(["indicators", "--by", "week"])
        #expect(by.status == 2 && by.stderr.contains("pas « week »"), "\(by.stderr)")
    }

    @Test func theLanguageComesFromTheOptionThenTheEnvironment() throws {
        let unknown = try Binary.run(["--lang", "de", "import", "Samples"])
        #expect(unknown.status == 2 && unknown.stderr.contains("langue inconnue « de »"), "\(unknown.stderr)")
        let help = try Binary.run(["import", "--help"])
        #expect(help.status == 0 && help.stdout.contains("Consolide les fichiers des sites"), "\(help.stdout)")
        let english = try Binary.run(["import", "--help"], environment: ["ISG_LANG": "en"])
        #expect(english.stdout.contains("Consolidates the sites' files"), "\(english.stdout)")
        let option = try Binary.run(["--lang", "fr", "import", "--help"], environment: ["ISG_LANG": "en"])
        #expect(option.stdout.contains("Consolide les fichiers des sites"))
    }

    @Test func versionIsPrinted() throws {
        let run = try Binary.run(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, "\(run.stdout)")
    }
}

@Suite(.serialized) struct StoreOptionTests {
    /// One samples import shared by the cases below (an import takes a few seconds).
    static let imported: String = {
        let out = try! temporaryFolder("db")
        _ = try! Binary.run(["import", "Samples", "--out", out])
        return out
    }()

    @Test func dbTakesTheFileItIsGivenAndRefusesWhatIsNotAStore() throws {
        let out = Self.imported
        // A copy of the store under another name, in a folder with no consolidation.sqlite: read as given.
        let elsewhere = try temporaryFolder("db-copy")
        defer { try? FileManager.default.removeItem(atPath: elsewhere) }
        let backup = try Binary.run(["backup", "--db", out + "/consolidation.sqlite", elsewhere + "/autre.sqlite"])
        #expect(backup.status == 0, "\(backup.stderr)")
        #expect(backup.stdout.contains("saisines"), "\(backup.stdout)")
        let copy = try Binary.run(["indicators", "--db", elsewhere + "/autre.sqlite", "--accept-findings", "--format", "json"])
        #expect(copy.status == 0, "\(copy.stderr)")
        #expect(copy.stdout.contains("\"referrals\""))
        // Not a store: a CSV beside the real store, another SQLite database, a missing file.
        let csv = try Binary.run(["indicators", "--db", out + "/current/saisines.csv"])
        #expect(csv.status == 2)
        #expect(csv.stderr.contains("saisines.csv n'est pas une base isg"), "\(csv.stderr)")
        let other = elsewhere + "/other.sqlite"
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [other, "CREATE TABLE t(x);"]
        try sqlite.run()
        sqlite.waitUntilExit()
        let foreign = try Binary.run(["indicators", "--db", other, "--lang", "en"])
        #expect(foreign.status == 2)
        #expect(foreign.stderr.contains("other.sqlite is not an isg store"), "\(foreign.stderr)")
        let missing = try Binary.run(["backup", "--db", elsewhere + "/nothing.sqlite", elsewhere + "/x.sqlite"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nothing.sqlite"))
        #expect(!FileManager.default.fileExists(atPath: elsewhere + "/x.sqlite"))
    }

    @Test func noLockFileIsLeftBehind() throws {
        let left = try FileManager.default.contentsOfDirectory(atPath: Self.imported)
        #expect(!left.contains("consolidation.lock"), "\(left)")
    }
}

@Suite(.serialized) struct ReportLanguageTests {
    @Test func aSamplesImportIsFrenchByDefaultAndEnglishOnRequest() throws {
        let fr = try temporaryFolder("lang-fr"), en = try temporaryFolder("lang-en")
        defer { for f in [fr, en] { try? FileManager.default.removeItem(atPath: f) } }
        let french = try Binary.run(["import", "Samples", "--out", fr])
        let english = try Binary.run(["import", "Samples", "--out", en, "--lang", "en"])
        #expect(french.status == 1 && english.status == 1)
        // The summary: French words and number conventions, pluralised counts.
        #expect(french.stdout.contains("Import de 36 fichiers de 4 sites"), "\(french.stdout)")
        #expect(french.stdout.contains("5\u{202F}250 lignes lues"), "\(french.stdout)")
        #expect(french.stdout.contains("7 rejetées"))
        #expect(english.stdout.contains("Imported 36 files from 4 sites"), "\(english.stdout)")
        #expect(english.stdout.contains("5,250 rows"))
        #expect(!french.stdout.contains("errors") && !french.stdout.contains("Imported"))

        let htmlFR = try String(contentsOfFile: fr + "/current/quality-report.html", encoding: .utf8)
        let htmlEN = try String(contentsOfFile: en + "/current/quality-report.html", encoding: .utf8)
        #expect(htmlFR.contains("lang=\"fr\"") && htmlFR.contains("Rapport qualité des données ISG"))
        #expect(htmlFR.contains("Changements depuis l'import précédent") && htmlFR.contains("saisines sans nom") || htmlFR.contains("saisine sans nom"))
        #expect(htmlFR.contains("case cochée ambiguë") || htmlFR.contains("cases cochées ambiguës"))
        #expect(!htmlFR.contains("What to do") && !htmlFR.contains("Findings</h2>"))
        #expect(htmlEN.contains("lang=\"en\"") && htmlEN.contains("ISG data-quality report") && htmlEN.contains("What to do"))

        // The findings, made during the import, in the run's language; codes and keys untouched.
        func findings(_ folder: String) throws -> [[String: Any]] {
            let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/current/quality-report.json"))
            let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            return try #require(json["findings"] as? [[String: Any]])
        }
        let fFR = try findings(fr), fEN = try findings(en)
        #expect(fFR.count == fEN.count)
        #expect(fFR.map { $0["kind"] as? String } == fEN.map { $0["kind"] as? String })
        let requiredFR = try #require(fFR.first { $0["kind"] as? String == "missing_required" })
        let requiredEN = try #require(fEN.first { $0["kind"] as? String == "missing_required" })
        #expect((requiredFR["message"] as? String)?.hasPrefix("Le champ obligatoire date_saisine est vide") == true, "\(requiredFR)")
        #expect((requiredFR["hint"] as? String)?.contains("de la feuille « ") == true)
        #expect((requiredEN["message"] as? String)?.hasPrefix("The required field date_saisine is empty") == true, "\(requiredEN)")
        // The known mistake: an oui/non cell was to be corrected to "yes".
        for f in fFR + fEN where f["kind"] as? String == "connu_isg_inconsistent" {
            #expect((f["hint"] as? String)?.contains("\"yes\"") == false, "\(f)")
        }
        let connu = try #require(fFR.first { $0["kind"] as? String == "connu_isg_inconsistent" })
        #expect((connu["hint"] as? String)?.contains("« oui »") == true)
    }
}

@Suite(.serialized) struct CountsAndModesTests {
    /// A good month and an unreadable one: exactly one error, said "1 error" / "1 erreur", never "1 errors".
    @Test func countsArePluralisedInBothLanguages() throws {
        let input = try HostileImportTests.inputWithGoodFile()
        defer { try? FileManager.default.removeItem(atPath: HostileImportTests.scratch(input)) }
        try FileManager.default.copyItem(atPath: HostileImportTests.hostile("encrypted.xlsx"),
                                         toPath: input + "/" + HostileImportTests.hostileName)
        let mappings = try HostileImportTests.mappings(beside: input)
        let base = HostileImportTests.scratch(input)
        let en = try Binary.run(["import", input, "--mappings", mappings, "--out", base + "/en", "--lang", "en"])
        #expect(en.status == 1)
        #expect(en.stdout.contains("Findings: 1 error,") && !en.stdout.contains("1 errors"), "\(en.stdout)")
        #expect(en.stdout.contains("+ 1 duplicate +"), "\(en.stdout)")
        let fr = try Binary.run(["import", input, "--mappings", mappings, "--out", base + "/fr"])
        #expect(fr.stdout.contains("Constats : 1 erreur,") && fr.stdout.contains("+ 1 doublon +"), "\(fr.stdout)")
        // The unreadable file's line: what is wrong in French, the reader's own detail after it.
        #expect(fr.stderr.contains("(STRASBOURG) : non importé. Le fichier est illisible : le classeur est protégé par un mot de passe (détail : "),
                "\(fr.stderr)")
        #expect(en.stderr.contains("(STRASBOURG): not imported. The file cannot be read: the workbook is protected by a password"), "\(en.stderr)")
    }

    /// Owner-only by default; with --group-readable the outputs are 0640 in 0750 folders, the
    /// store and the key staying 0600.
    @Test func groupReadableOpensTheOutputsToTheGroupOnly() throws {
        func mode(_ path: String) throws -> Int {
            try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
        }
        let base = try temporaryFolder("modes")
        defer { try? FileManager.default.removeItem(atPath: base) }
        _ = try Binary.run(["import", "Samples/COLMAR", "--out", base + "/private"])
        #expect(try mode(base + "/private/current/saisines.csv") == 0o600)
        #expect(try mode(base + "/private") == 0o700)
        let run = try Binary.run(["import", "Samples/COLMAR", "--out", base + "/shared", "--group-readable"])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(try mode(base + "/shared") == 0o750)
        #expect(try mode(base + "/shared/current") == 0o750)
        for name in ["saisines.csv", "persons.csv", "consolidation.xlsx", "quality-report.html", "quality-report.json"] {
            #expect(try mode(base + "/shared/current/" + name) == 0o640, "\(name)")
        }
        #expect(try mode(base + "/shared/consolidation.sqlite") == 0o600)
        #expect(try mode(base + "/shared/person-id.key") == 0o600)
    }
}
