// The CSV and XLSX exports: column order, identities only when asked, neutralised formulas, a valid package.

#if canImport(Glibc)
import Writers
import Model
import Exports
import Glibc
#endif
import Foundation
import Store
import TestSupport
import Testing
import Texts
@testable import Report

@Suite struct ExportTests {
    func sampleReferral(_ n: Int, detail: String? = "BTA Colmar") -> Referral {
        var r = Referral.example(file: "COLMAR/2023-03.ods", row: n, date: CivilDate(year: 2023, month: 3, day: n), person: "P-AAAA")
        r.origineDetail = detail
        return r
    }

    var tables: [ExportTable] {
        let hostile = ["=HYPERLINK(\"http://x\")", "+33 6", "-1+2", "@SUM(A1)", "\tx", "\rx", "a;b \"c\""]
        let referrals = [sampleReferral(5)] + hostile.enumerated().map { sampleReferral($0.offset + 6, detail: $0.element) }
        let meetings = [Meeting(recordID: "COLMAR/2023-03.ods#Réunions!2", site: "COLMAR",
                                date: CivilDate(year: 2023, month: 3, day: 9), domaine: .enfance)]
        let persons = [PersonSummary(personID: "P-AAAA", referrals: 8, firstReferral: "2023-03-05",
                                     lastReferral: "2023-03-12", sites: ["COLMAR"])]
        let rejections = [Rejection(file: "COLMAR/2023-03.ods", sheet: "Mars", row: 40, site: "COLMAR", reason: "no date")]
        return Exports.tables(referrals: referrals, meetings: meetings, persons: persons, rejections: rejections, identified: false)
    }

    @Test func csvFollowsTheDataModelWithoutIdentities() {
        let csv = CSVExport.text(tables[0])
        let lines = csv.components(separatedBy: "\r\n")
        #expect(csv.hasPrefix("\u{FEFF}record_id;site;periode;territoire;porteur;date_saisine;origine;origine_detail;age;sexe;mineur;role;"))
        #expect(lines[0].hasSuffix("nb_entretiens;nb_liens_partenaires;orientations;person_id"))
        #expect(lines[1] == "COLMAR/2023-03.ods#Mars!5;COLMAR;2023-03;68;CIDFF68;2023-03-05;GENDARMERIE;BTA Colmar;43;F;false;VICTIME;false;true;VIF;PRECARITE;2;1;\"SERVICES_SOCIAUX;JUSTICE\";P-AAAA")
        #expect(!csv.contains("Muller") && !csv.contains("Léa") && !csv.contains("Klein") && !csv.contains("1980") && !csv.contains(";Colmar"))
    }

    @Test func identifiedExportsCarryTheNames() {
        let referrals = [sampleReferral(5)]
        let persons = [PersonSummary(personID: "P-AAAA", referrals: 1, firstReferral: "2023-03-05",
                                     lastReferral: "2023-03-05", sites: ["COLMAR"])]
        let t = Exports.tables(referrals: referrals, meetings: [], persons: persons, rejections: [], identified: true)
        #expect(t[0].columns == Field.referralColumns.map(\.column))
        #expect(CSVExport.text(t[0], separator: ",").contains(",Muller,Léa,Klein,1980-02-29,43,F,false,VICTIME,Colmar,"))
        #expect(CSVExport.text(t[2]).contains("P-AAAA;1;2023-03-05;2023-03-05;COLMAR;Muller;Léa;Klein;1980-02-29;Colmar"))
    }

    @Test func formulasAreNeutralisedInCSV() {
        let csv = CSVExport.text(tables[0])
        for hostile in ["'=HYPERLINK(\"\"http://x\"\")", "'+33 6", "'-1+2", "'@SUM(A1)", "'\tx"] {
            #expect(csv.contains(hostile), "\(hostile)")
        }
        #expect(csv.contains("\"'\rx\""))
        #expect(csv.contains("\"a;b \"\"c\"\"\""))
        #expect(!csv.contains(";=") && !csv.contains(";+") && !csv.contains(";@"))
    }

    @Test func theWorkbookReadsBackWithOpenpyxl() throws {
        let folder = "/tmp/isg-export-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let written = try Exports.write(tables, to: folder, separator: ";", texts: Texts(.fr))
        #expect(written.count == 5)
        for path in written { #expect(PrivateFiles.mode(of: path) == 0o600, "\(path)") }
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../tools/exports/check-xlsx.py").standardized.path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, folder + "/consolidation.xlsx"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["sheets"] as? [String] == ["Lisez-moi", "Saisines", "Réunions", "Personnes", "Rejets", "Dictionnaire"])
        let cells = try #require(json["cells"] as? [String: [[[Any]]]])
        let saisines = try #require(cells["Saisines"])
        #expect(saisines[0].first?[1] as? String == "Référence de la ligne")
        // Row 2: a real date, a real boolean, a number.
        let row = saisines[1]
        #expect(row[5][0] as? String == "d" && row[5][1] as? String == "2023-03-05T00:00:00" && row[5][2] as? String == "dd/mm/yyyy")
        #expect(row[10][0] as? String == "b" && row[10][1] as? Bool == false)
        #expect(row[8][0] as? String == "n" && row[8][1] as? Int == 43)
        // Hostile text stays text (data type "s"), never a formula ("f").
        let details = saisines.dropFirst().map { $0[7] }
        #expect(details.allSatisfy { $0[0] as? String == "s" })
        #expect(details.compactMap { $0[1] as? String }.contains("=HYPERLINK(\"http://x\")"))
        #expect(cells["Rejets"]?[1][2][1] as? Int == 40)
    }

    @Test func anUncommittedFileLeavesThePreviousOne() throws {
        let path = "/tmp/isg-atomic-\(getpid()).csv"
        try PrivateFiles.writeAtomically(Array("old".utf8), to: path)
        do {
            let file = try AtomicFile(path: path)
            try file.write("new, half written")
        }
        #expect(try PrivateFiles.readAll(path) == Array("old".utf8))
        #expect(!PrivateFiles.exists(path + ".tmp-\(getpid())"))
    }
}

@Suite struct ExportFromStoreTests {
    @Test func theStoreExportsWithoutNamesUnlessIdentified() throws {
        let folder = "/tmp/isg-export-store-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let store = try ConsolidationStore(folder: folder, writable: true)
        var r = Referral(recordID: "A/m.xlsx#S!2", site: "COLMAR", periode: "2023-03", territoire: "68", porteur: "CIDFF68")
        r.nom = "Zimmermann"
        r.prenom = "Odile"
        r.commune = "Turckheim"
        r.dateNaissance = CivilDate(year: 1971, month: 4, day: 3)
        r.dateSaisine = CivilDate(year: 2023, month: 3, day: 4)
        r.personID = "P-ZZ"
        let account = FileAccount(file: "A/m.xlsx", site: "COLMAR", contentHash: "h", rowsRead: 1, kept: 1)
        try store.record(ImportBatch(files: [ImportedFile(account: account, referrals: [r])]))
        try Exports.write(from: store, to: folder + "/plain", options: ExportOptions())
        try Exports.write(from: store, to: folder + "/named", options: ExportOptions(separator: ",", identified: true))
        let plain = try Exports.csvNames.map { try String(decoding: PrivateFiles.readAll(folder + "/plain/" + $0), as: UTF8.self) }
            .joined()
        for secret in ["Zimmermann", "Odile", "Turckheim", "1971"] { #expect(!plain.contains(secret), "\(secret)") }
        #expect(plain.contains("P-ZZ;1;2023-03-04;2023-03-04;COLMAR"))
        let named = try String(decoding: PrivateFiles.readAll(folder + "/named/persons.csv"), as: UTF8.self)
        #expect(named.contains("P-ZZ,1,2023-03-04,2023-03-04,COLMAR,Zimmermann,Odile,,1971-04-03,Turckheim"))
    }
}
