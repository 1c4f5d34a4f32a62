// Pure value parsing on direct values: dates, ages, counts, names, periods, and the code lists
// of the mapping language kept in step with the record types.

import Model
@testable import Consolidation
import Mapping
import Spreadsheet
import TestSupport
import Testing
import Texts

@Suite("Value parsing", .texts(.en))
struct ValueParsingTests {
    /// These tests read the English texts; the French ones are checked on the real binary (IsgTests).

    func date(_ text: String) -> String? {
        if case .date(let d) = DateValue.read(.string(text)) { return d.description }
        return nil
    }

    @Test func frenchDatesDayFirst() {
        #expect(date("05/03/2023") == "2023-03-05")
        #expect(date("5/3/23") == "2023-03-05")
        #expect(date("5.3.2023") == "2023-03-05")
        #expect(date("5 mars 2023") == "2023-03-05")
        #expect(date("1er février 2023") == "2023-02-01")
        #expect(date("12 DÉC. 2023") == "2023-12-12")
        #expect(date("2023-03-05") == "2023-03-05")
        #expect(date("5/3/58") == "1958-03-05")
        #expect(date("31/02/2023") == nil)
        #expect(date("voir mail") == nil)
    }

    @Test func realDatesAndSerials() {
        #expect(DateValue.read(.date(CivilDate(year: 2023, month: 3, day: 5))) == .date(CivilDate(year: 2023, month: 3, day: 5)))
        #expect(DateValue.read(.number(44990)) == .date(CivilDate(year: 2023, month: 3, day: 5)))
        #expect(DateValue.read(.number(-3)) == .impossible)
        #expect(DateValue.read(.boolean(true)) == .impossible)
    }

    @Test func agesAndCounts() {
        #expect(NumberValue.age(.string("45 ans")) == .value(45))
        #expect(NumberValue.age(.string("45")) == .value(45))
        #expect(NumberValue.age(.number(7)) == .value(7))
        #expect(NumberValue.age(.string("quarante")) != .value(40))
        #expect(NumberValue.age(.number(150)) != .value(150))
        #expect(NumberValue.count(.number(3), bound: 50) == .value(3))
        #expect(NumberValue.count(.string(" 2 "), bound: 50) == .value(2))
        #expect(NumberValue.count(.number(-1), bound: 50) == .invalid("is negative"))
        #expect(NumberValue.count(.number(99), bound: 50) != .value(99))
        #expect(NumberValue.count(.number(99), bound: 100) == .value(99))
        #expect(NumberValue.count(.number(1.5), bound: 50) != .value(1))
    }

    @Test func namesSplitAndBirthNames() {
        #expect(TextValue.splitNomPrenom("DUPONT Marie") == ("DUPONT", "Marie"))
        #expect(TextValue.splitNomPrenom("DA SILVA Marie-Claire") == ("DA SILVA", "Marie-Claire"))
        #expect(TextValue.splitNomPrenom("MULLER née SCHMITT Anne") == ("MULLER née SCHMITT", "Anne"))
        #expect(TextValue.splitNomPrenom("Dupont Marie") == ("Dupont", "Marie"))
        #expect(TextValue.birthName("MULLER née SCHMITT") == ("MULLER", "SCHMITT"))
        #expect(TextValue.birthName("SCHMITT ép. MULLER") == ("MULLER", "SCHMITT"))
        #expect(TextValue.birthName("SCHMITT épouse MULLER") == ("MULLER", "SCHMITT"))
        #expect(TextValue.birthName("WEBER") == ("WEBER", nil))
        #expect(TextValue.clean(.string("  Jean   Pierre\n ")) == "Jean Pierre")
    }

    @Test func periodsFromNames() {
        #expect(Period.fromFileName("STRASBOURG/2023-03.xlsx") == "2023-03")
        #expect(Period.fromFileName("COLMAR/Colmar_2023-11.ods") == "2023-11")
        #expect(Period.fromFileName("saisines 202304.xlsx") == "2023-04")
        #expect(Period.fromFileName("Colmar mars 2023.ods") == "2023-03")
        #expect(Period.fromFileName("notes.xlsx") == nil)
        #expect(Period.fromSheetName("Févr", fileName: "ISG Mulhouse 2023.xlsx") == "2023-02")
        #expect(Period.fromSheetName("Août", fileName: "ISG Mulhouse 2023.xlsx") == "2023-08")
        #expect(Period.fromSheetName("Réunions", fileName: "ISG Mulhouse 2023.xlsx") == nil)
        #expect(Period.next("2023-12") == "2024-01")
    }

    @Test func boxSegments() {
        let segments = FormLayout.boxSegments(Wording.normalize("☒ Gendarmerie ☐ Présentation directe"))
        #expect(segments.map(\.0) == [true, false])
        #expect(segments.map(\.1) == ["gendarmerie", "presentation directe"])
    }
}
