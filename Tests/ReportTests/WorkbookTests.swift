// consolidation.xlsx read back as people open it: openpyxl for widths, filter, frozen row, titles,
// labels, orientation flags, dictionary and "Lisez-moi"; LibreOffice's PDF for what prints (no `###`).

#if canImport(Glibc)
import Glibc
#endif
import Exports
import Foundation
import Model
import Store
import Testing
import Texts
import Writers

/// Runs a program, returns its exit status and standard output.
func run(_ arguments: [String], in folder: String? = nil) throws -> (status: Int32, output: Data) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, data)
}

func toolExists(_ name: String) -> Bool {
    (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        .contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
}

@Suite struct WorkbookTests {
    static let longID = "STRASBOURG/archives/ISG Strasbourg 2023-03 (corrigé).xlsx#Saisines!1234"

    func referral(_ n: Int, id: String? = nil) -> Referral {
        var r = Referral(recordID: id ?? "COLMAR/2023-03.ods#Mars!\(n)", site: "COLMAR", periode: "2023-03",
                         territoire: "68", porteur: "CIDFF68")
        r.dateSaisine = CivilDate(year: 2023, month: 3, day: n)
        r.origine = n % 2 == 0 ? .gendarmerie : .serviceExterieur
        r.nom = "Muller"
        r.dateNaissance = CivilDate(year: 1980, month: 2, day: 29)
        r.sexe = .female
        r.role = .mineurConcerne
        r.motifSaisine = .vif
        r.orientations = n % 2 == 0 ? [.servicesSociaux, .justice] : []
        r.personID = "P-AAAA"
        return r
    }

    var tables: [ExportTable] {
        let referrals = [referral(6), referral(7, id: Self.longID)]
        let meetings = [Meeting(recordID: "COLMAR/2023-03.ods#Réunions!2", site: "COLMAR",
                                date: CivilDate(year: 2023, month: 3, day: 9), domaine: .enfance)]
        let persons = [PersonSummary(personID: "P-AAAA", referrals: 2, firstReferral: "2023-03-06",
                                     lastReferral: "2023-03-07", sites: ["COLMAR"])]
        return Exports.tables(referrals: referrals, meetings: meetings, persons: persons,
                              rejections: [Rejection(file: "COLMAR/x.ods", sheet: "Mars", row: 40, site: "COLMAR", reason: "no date")],
                              identified: false)
    }

    var context: WorkbookContext {
        WorkbookContext(generatedAt: "2023-04-02T09:15:00Z", runID: 3, store: "isg-out/consolidation.sqlite",
                        files: [FileAccount(file: "COLMAR/2023-03.ods", site: "COLMAR", contentHash: "h", rowsRead: 2, kept: 2)])
    }

    /// Writes the workbook and reads it back with tools/exports/check-xlsx.py.
    func readBack(_ texts: Texts, identified: Bool = false) throws -> (json: [String: Any], path: String) {
        let folder = "/tmp/isg-workbook-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        var c = context
        c.identified = identified
        try PrivateFiles.createFolder(folder)
        let path = try Exports.writeWorkbook(tables, context: c, to: folder, texts: texts)
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../tools/exports/check-xlsx.py").standardized.path
        let result = try run(["python3", script, path])
        #expect(result.status == 0)
        return (try #require(try JSONSerialization.jsonObject(with: result.output) as? [String: Any]), path)
    }

    func values(_ json: [String: Any], _ sheet: String) throws -> [[Any?]] {
        let cells = try #require(json["cells"] as? [String: [[[Any]]]])
        return try #require(cells[sheet]).map { row in row.map { $0[1] is NSNull ? nil : $0[1] } }
    }

    func layout(_ json: [String: Any], _ sheet: String) throws -> [String: Any] {
        try #require((json["layout"] as? [String: [String: Any]])?[sheet])
    }

    @Test func everyTableIsFilteredFrozenAndWideEnough() throws {
        let (json, _) = try readBack(Texts(.fr))
        for (sheet, table) in zip(["Saisines", "Réunions", "Personnes", "Rejets"], tables) {
            let l = try layout(json, sheet)
            let width = try values(json, sheet)[0].count
            let last = CellRef.columnName(width - 1)
            #expect(l["filter"] as? String == "A1:\(last)\(table.count + 1)", "\(sheet)")
            #expect(l["frozen"] as? String == "A2", "\(sheet)")
            #expect(l["print_titles"] as? String == "$1:$1", "\(sheet)")
            #expect(l["bold_header"] as? Bool == true, "\(sheet)")
            let widths = try #require(l["widths"] as? [String: Double])
            #expect(widths.count == width, "\(sheet): every column has a width")
        }
        let widths = try #require(try layout(json, "Saisines")["widths"] as? [String: Double])
        // The longest id fits whole (the column was cut at 8.43 characters); a date needs 10 (else ###).
        #expect(try #require(widths["A"]) >= Double(Self.longID.count))
        #expect(try #require(widths["F"]) >= 11)
        // A title wraps rather than widening its column, and the header row is tall enough for it.
        #expect(try #require(widths["N"]) < Double("Déjà connu des services sociaux (CeA)".count))
        #expect(try layout(json, "Saisines")["header_height"] as? Double ?? 0 >= 30)
    }

    @Test func titlesAreFrenchAndCodesShowTheirLabels() throws {
        let (json, _) = try readBack(Texts(.fr))
        let rows = try values(json, "Saisines")
        let header = rows[0].map { $0 as? String ?? "" }
        #expect(Array(header.prefix(6)) == ["Référence de la ligne", "Site", "Mois déclaré", "Département", "Employeur", "Date de saisine"])
        func cell(_ row: Int, _ title: String) throws -> Any? { rows[row][try #require(header.firstIndex(of: title))] }
        #expect(try cell(1, "Origine de la saisine") as? String == "Gendarmerie")
        #expect(try cell(2, "Origine de la saisine") as? String == "Service extérieur")
        #expect(try cell(1, "Sexe") as? String == "Femme")
        #expect(try cell(1, "Rôle") as? String == "Mineur concerné")
        #expect(try cell(1, "Motif de la saisine") as? String == "Violences ou conflits intrafamiliaux")
        #expect(try cell(1, "Orientations") as? String == "Services sociaux ; Justice")
        // One true/false column per orientation code, right after the packed list, in DATA-MODEL.md's order.
        let list = try #require(header.firstIndex(of: "Orientations"))
        #expect(Array(header[(list + 1)...(list + 9)]) == Orientation.allCases.map {
            "Orientation : " + Texts(.fr)("code.orientation.\($0.rawValue)") })
        #expect(try cell(1, "Orientation : Services sociaux") as? Bool == true)
        #expect(try cell(1, "Orientation : Justice") as? Bool == true)
        #expect(try cell(1, "Orientation : Médical") as? Bool == false)
        #expect(try cell(2, "Orientation : Justice") as? Bool == false)
        #expect(try cell(2, "Orientations") == nil)
        #expect(try values(json, "Réunions")[1][3] as? String == "Enfance")
        // No code name is left in a header, no code in a coded cell.
        for code in ["GENDARMERIE", "SERVICES_SOCIAUX", "VIF", "MINEUR_CONCERNE"] {
            #expect(!rows.joined().contains { ($0 as? String)?.contains(code) == true }, "\(code)")
        }
        #expect(!header.contains("origine") && !header.contains("date_saisine"))
        // Identities stay out without --identified.
        #expect(!header.contains("Nom") && !rows.joined().contains { $0 as? String == "Muller" })
    }

    @Test func theDictionaryGivesEachColumnItsNameMeaningAndCodes() throws {
        let (json, _) = try readBack(Texts(.fr))
        let rows = try values(json, "Dictionnaire")
        #expect(rows[0].map { $0 as? String } == ["Feuille", "Titre de colonne", "Nom de colonne (CSV)", "Signification",
                                                  "Codes (code = libellé)"])
        let columns = Set(rows.dropFirst().compactMap { $0[2] as? String })
        for table in tables { for column in table.columns { #expect(columns.contains(column), "\(column)") } }
        let origin = try #require(rows.first { $0[2] as? String == "origine" })
        #expect(origin[0] as? String == "Saisines" && origin[1] as? String == "Origine de la saisine")
        #expect((origin[3] as? String)?.isEmpty == false)
        #expect(origin[4] as? String == "GENDARMERIE = Gendarmerie\nPRESENTATION_DIRECTE = Présentation directe\nSERVICE_EXTERIEUR = Service extérieur")
        let domain = try #require(rows.first { $0[2] as? String == "domaine" })
        #expect((domain[4] as? String)?.contains("ENFANCE = Enfance") == true)
        #expect(rows.contains { $0[1] as? String == "Orientation : Justice" && $0[4] as? String == "JUSTICE = Justice" })
        // Every meaning is written (no ⟦missing key⟧).
        #expect(!rows.joined().contains { ($0 as? String)?.contains("⟦") == true })
    }

    @Test func theReadmeSaysWhatWhenFromWhatAndWhetherItNamesPersons() throws {
        let (plain, _) = try readBack(Texts(.fr))
        let sheets = try #require(plain["sheets"] as? [String])
        #expect(sheets == ["Lisez-moi", "Saisines", "Réunions", "Personnes", "Rejets", "Dictionnaire"])
        let text = try values(plain, "Lisez-moi").joined().compactMap { $0 as? String }.joined(separator: "\n")
        #expect(text.contains("02/04/2023 à 09:15 UTC"))
        #expect(text.contains("isg-out/consolidation.sqlite"))
        #expect(text.contains("COLMAR/2023-03.ods (COLMAR)"))
        #expect(text.contains("2 saisines, 1 réunions, 1 personnes, 1 lignes rejetées"))
        #expect(text.contains("pseudonyme") && !text.contains("NOMINATIVES"))
        let (named, _) = try readBack(Texts(.fr), identified: true)
        let namedText = try values(named, "Lisez-moi").joined().compactMap { $0 as? String }.joined(separator: "\n")
        #expect(namedText.contains("CE FICHIER CONTIENT DES DONNÉES PERSONNELLES NOMINATIVES"))
    }

    @Test func englishReadersGetEnglishTitlesLabelsAndISODates() throws {
        let (json, _) = try readBack(Texts(.en))
        #expect(json["sheets"] as? [String] == ["Read me", "Referrals", "Meetings", "Persons", "Rejected rows", "Dictionary"])
        let cells = try #require(json["cells"] as? [String: [[[Any]]]])
        let row = try #require(cells["Referrals"]?[1])
        #expect(try values(json, "Referrals")[0][5] as? String == "Referral date")
        #expect(row[5][2] as? String == "yyyy\\-mm\\-dd")
        #expect(row[6][1] as? String == "Gendarmerie" && row[9][1] as? String == "Woman")
    }

    @Test(.enabled(if: toolExists("soffice") && toolExists("pdftotext"),
                   "needs LibreOffice (soffice) and poppler-utils (pdftotext): tools/setup installs them"))
    func libreOfficePrintsEveryDateAndIdWhole() throws {
        let (_, path) = try readBack(Texts(.fr))
        let folder = (path as NSString).deletingLastPathComponent
        let convert = try run(["soffice", "--headless", "--norestore", "-env:UserInstallation=file://\(folder)/lo-profile",
                               "--convert-to", "pdf", "--outdir", folder, path])
        #expect(convert.status == 0)
        let text = String(decoding: try run(["pdftotext", "-layout", folder + "/consolidation.pdf", "-"]).output, as: UTF8.self)
        #expect(!text.contains("###"), "a column too narrow for its dates or numbers")
        for expected in ["06/03/2023", "07/03/2023", "09/03/2023", Self.longID, "Produit le",
                         "Référence de la ligne", "Services sociaux ; Justice", "GENDARMERIE = Gendarmerie",
                         // The end of the Lisez-moi's longest sentence: its row wraps, tall enough, not cut at the edge.
                         "personnes habilitées."] {
            #expect(text.contains(expected), "\(expected) missing from the PDF")
        }
    }
}
