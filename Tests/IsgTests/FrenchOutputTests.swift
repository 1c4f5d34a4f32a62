// What the commands print, French by default and English with `--lang en`: the indicators table,
// `mapping check` and `mapping draft`, a mistake in a mapping file, `inspect` and why a file cannot
// be read. Codes, CSV, JSON and `inspect --json` are the same in both languages.

import TestSupport
import Foundation
import Testing

@Suite(.serialized) struct FrenchOutputTests {
    /// One samples import for the indicators cases (an import takes a few seconds).
    static let store: String = {
        let out = try! temporaryFolder("fr-outputs")
        _ = try! Binary.run(["import", "Samples", "--out", out])
        return out + "/consolidation.sqlite"
    }()

    @Test func theIndicatorsTableIsFrenchByDefault() throws {
        let fr = try Binary.run(["indicators", "--db", Self.store, "--accept-findings"])
        #expect(fr.status == 0, "\(fr.stderr)")
        #expect(fr.stdout.hasPrefix("Indicateurs convergents des ISG d'Alsace, année 2023\n"), "\(fr.stdout)")
        // French conventions: a narrow no-break space groups thousands, a no-break space before %.
        #expect(fr.stdout.contains("Saisines ") && fr.stdout.contains("4\u{202F}960"), "\(fr.stdout)")
        #expect(fr.stdout.contains("Inconnues de l'ISG") && fr.stdout.contains("66\u{00A0}%"))
        #expect(fr.stdout.contains("janv. 2023") && fr.stdout.contains("inconnus)"))
        #expect(!fr.stdout.contains("Referrals") && !fr.stdout.contains("4,960"))
        let en = try Binary.run(["indicators", "--db", Self.store, "--accept-findings", "--lang", "en"])
        #expect(en.status == 0)
        #expect(en.stdout.hasPrefix("ISG convergent indicators for Alsace, year 2023\n"), "\(en.stdout)")
        #expect(en.stdout.contains("Referrals ") && en.stdout.contains("4,960") && en.stdout.contains("66%"))
    }

    @Test func theIndicatorsRefusalIsFrenchByDefault() throws {
        let fr = try Binary.run(["indicators", "--db", Self.store])
        #expect(fr.status == 2)
        #expect(fr.stderr.contains("isg indicators : le dernier import a laissé 10 anomalies bloquantes"), "\(fr.stderr)")
        let en = try Binary.run(["indicators", "--db", Self.store, "--lang", "en"])
        #expect(en.status == 2 && en.stderr.contains("left 10 error findings"), "\(en.stderr)")
        let year = try Binary.run(["indicators", "--db", Self.store, "--year", "20"])
        #expect(year.status == 2 && year.stderr.contains("--year 20 n'est pas une année"), "\(year.stderr)")
    }

    /// The CSV and the JSON carry codes and machine numbers: the language changes nothing in them.
    @Test func theIndicatorsCSVAndJSONAreTheSameInBothLanguages() throws {
        for format in ["csv", "json"] {
            let fr = try Binary.run(["indicators", "--db", Self.store, "--accept-findings", "--format", format])
            let en = try Binary.run(["indicators", "--db", Self.store, "--accept-findings", "--format", format, "--lang", "en"])
            #expect(fr.status == 0 && !fr.stdout.isEmpty)
            #expect(fr.stdout == en.stdout, "\(format) differs between languages")
            #expect(fr.stdout.contains("not_known_isg"))
        }
    }

    @Test func mappingCheckIsFrenchByDefault() throws {
        let file = "Samples/COLMAR/Colmar_2023-02.ods"
        let fr = try Binary.run(["mapping", "check", file])
        #expect(fr.status == 1, "a value to translate: exit 1\n\(fr.stderr)")
        #expect(fr.stdout.contains("feuille « Saisines » : saisines, en-tête ligne 1"), "\(fr.stdout)")
        #expect(fr.stdout.contains("    ok       A1 « Date saisine » -> date_saisine (ligne "))
        #expect(fr.stdout.contains("VALEUR   role") && fr.stdout.contains("aucun libellé ne la couvre"))
        #expect(fr.stdout.contains("NON COUVERT : 1 valeur non traduite"), "\(fr.stdout)")
        let en = try Binary.run(["mapping", "check", file, "--lang", "en"])
        #expect(en.status == 1)
        #expect(en.stdout.contains("sheet \"Saisines\": saisines, header row 1") && en.stdout.contains("NOT COVERED: 1 untranslated value"),
                "\(en.stdout)")
    }

    @Test func aDraftMappingIsCommentedInFrenchByDefault() throws {
        let file = "Samples/COLMAR/Colmar_2023-01.ods"
        let fr = try Binary.run(["mapping", "draft", "--site", "COLMAR", file])
        #expect(fr.status == 0, "\(fr.stderr)")
        #expect(fr.stdout.hasPrefix("# Brouillon de table de correspondance pour COLMAR"), "\(fr.stdout)")
        // The keys stay the mapping language's; a TODO keeps its marker and the value to copy.
        #expect(fr.stdout.contains("\nsite: COLMAR\n") && fr.stdout.contains("  champs:\n"))
        #expect(fr.stdout.contains("# TODO: \"GN\" (8 fois, d'abord dans \(file), feuille Saisines, H5) : quel code parmi GENDARMERIE"),
                "\(fr.stdout)")
        #expect(fr.stdout.contains("# Ce brouillon, relu par le moteur d'`isg import` : 1 fichier, 2 feuilles lues, 33 enregistrements."))
        let en = try Binary.run(["mapping", "draft", "--site", "COLMAR", file, "--lang", "en"])
        #expect(en.status == 0)
        #expect(en.stdout.hasPrefix("# Draft mapping for COLMAR") && en.stdout.contains("# TODO: \"GN\" (8 times, first at "),
                "\(en.stdout)")
    }

    /// A mistake in a mapping file: said in the run's language, still at `file:line:column`.
    @Test func aMappingErrorIsFrenchAndNamesItsPlace() throws {
        let scratch = try ScratchFolder("bad-mapping")
        defer { scratch.remove() }
        let text = try String(contentsOfFile: Binary.root + "/Mappings/colmar.yaml", encoding: .utf8)
        try text.replacingOccurrences(of: "\n    sexe:", with: "\n    sex:")
            .write(toFile: scratch.file("colmar.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: Binary.root + "/Mappings/sites.yaml", toPath: scratch.file("sites.yaml"))
        let arguments = ["mapping", "check", "--mapping", scratch.file("colmar.yaml"), "Samples/COLMAR/Colmar_2023-01.ods"]
        let fr = try Binary.run(arguments)
        #expect(fr.status == 2)
        #expect(fr.stderr.contains(scratch.file("colmar.yaml") + ":40:5: « sex » n'est pas un champ de `saisines`."), "\(fr.stderr)")
        #expect(fr.stderr.contains("Vouliez-vous dire « sexe » ?") && fr.stderr.contains("\n        sex:\n        ^"), "\(fr.stderr)")
        let en = try Binary.run(arguments + ["--lang", "en"])
        #expect(en.status == 2)
        #expect(en.stderr.contains(":40:5: \"sex\" is not a field of `saisines`. Did you mean \"sexe\"?"), "\(en.stderr)")
    }

    @Test func inspectIsFrenchByDefaultAndItsJSONTheSameInBothLanguages() throws {
        let file = Binary.root + "/Tests/Fixtures/xlsx/openpyxl_types.xlsx"
        let fr = try Binary.run(["inspect", file])
        #expect(fr.status == 0)
        #expect(fr.stdout.contains("openpyxl_types.xlsx : XLSX, 4 feuilles") && fr.stdout.contains("plage utilisée A1:D9"), "\(fr.stdout)")
        let en = try Binary.run(["inspect", file, "--lang", "en"])
        #expect(en.stdout.contains("openpyxl_types.xlsx: XLSX, 4 sheets") && en.stdout.contains("used range A1:D9"), "\(en.stdout)")
        let jsonFR = try Binary.run(["inspect", "--json", file])
        let jsonEN = try Binary.run(["inspect", "--json", file, "--lang", "en"])
        #expect(jsonFR.status == 0 && jsonFR.stdout.hasPrefix("{\"file\": \"openpyxl_types.xlsx\""))
        #expect(jsonFR.stdout == jsonEN.stdout)
    }

    /// Why a file cannot be read, as the reader says it: after `isg :` and the file's name.
    @Test func theReadersReasonIsFrenchByDefault() throws {
        let encrypted = HostileImportTests.hostile("encrypted.xlsx")
        let fr = try Binary.run(["inspect", encrypted])
        #expect(fr.status == 2)
        #expect(fr.stderr.contains("encrypted.xlsx : le classeur est protégé par un mot de passe ; ouvrez-le, retirez le mot de passe"),
                "\(fr.stderr)")
        let en = try Binary.run(["inspect", encrypted, "--lang", "en"])
        #expect(en.status == 2 && en.stderr.contains("encrypted.xlsx: the workbook is protected by a password; open it"), "\(en.stderr)")
        let notSpreadsheet = try Binary.run(["inspect", Binary.root + "/Package.swift"])
        #expect(notSpreadsheet.status == 2 && notSpreadsheet.stderr.contains("ce n'est pas un tableur XLSX, ODS ou CSV"),
                "\(notSpreadsheet.stderr)")
    }
}
