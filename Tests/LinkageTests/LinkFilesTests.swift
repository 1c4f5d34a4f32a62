// isg link's files: the input header is enforced, errors name the line, the output keeps the input order.

import Testing
@testable import Linkage

@Suite struct LinkFilesTests {
    let header = "record_id,last_name,first_name,birth_name,birth_date,sex,commune\n"

    @Test func readsQuotedFieldsDatesAndSexes() throws {
        let text = header + "r1,\"Muller, dite Mimi\",Marie,,1980-03-12,F,Colmar\r\nr2,Roth,Paul,,,,\n"
        let records = try LinkFiles.readRecords(text, file: "in.csv")
        #expect(records.count == 2)
        #expect(records[0].lastName == "Muller, dite Mimi")
        #expect(records[0].birthDate == BirthDate(year: 1980, month: 3, day: 12))
        #expect(records[0].sex == .female && records[1].sex == nil && records[1].birthDate == nil)
    }

    @Test func errorsNameTheLine() {
        #expect(throws: LinkFileError(file: "in.csv", line: 3, message: "birth_date of r2 is not an ISO date (YYYY-MM-DD): leave it empty when unknown")) {
            try LinkFiles.readRecords(header + "r1,A,B,,,,\nr2,A,B,,12/03/1980,,\n", file: "in.csv")
        }
        #expect(throws: LinkFileError.self) { try LinkFiles.readRecords("id,name\n", file: "in.csv") }
        #expect(throws: LinkFileError.self) { try LinkFiles.readRecords(header + "r1,A,B,,,,\nr1,C,D,,,,\n", file: "in.csv") }
        #expect(throws: LinkFileError.self) { try LinkFiles.readRecords(header + "r1,A,B,,,X,\n", file: "in.csv") }
    }

    @Test func outputRoundTripsAsPreviousAssignments() throws {
        let records = [PersonRecord(recordID: "f.xlsx#Jan,1!3"), PersonRecord(recordID: "r2")]
        let text = LinkFiles.writeAssignments(records: records, ids: ["f.xlsx#Jan,1!3": "P-AAAAAAAAAAAA", "r2": "P-BBBBBBBBBBBB"],
                                              scores: ["r2": 0.98765])
        #expect(text == "record_id,person_id,link_score\n\"f.xlsx#Jan,1!3\",P-AAAAAAAAAAAA,\nr2,P-BBBBBBBBBBBB,0.9877\n")
        let back = try LinkFiles.readAssignments(text, file: "out.csv")
        #expect(back == ["f.xlsx#Jan,1!3": "P-AAAAAAAAAAAA", "r2": "P-BBBBBBBBBBBB"])
    }

    @Test func uncertainPairsCarryNoNames() {
        let records = background() + [
            person("father", "Heitz", "Roger", "1955-03-12", .male, "Cernay"),
            person("son", "Heitz", "Roger", "1985-03-12", .male, "Cernay"),
            person("undated", "Heitz", "Roger", nil, .male, "Cernay"),
        ]
        let text = LinkFiles.writeUncertain(link(records).uncertain, ids: [:])
        #expect(text.contains(",chosen,") && text.contains(",ambiguous,"))
        for secret in ["heitz", "roger", "cernay", "1955", "1985"] {
            #expect(!text.lowercased().contains(secret))
        }
    }
}
