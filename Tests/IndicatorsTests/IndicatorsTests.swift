// The indicators: shares and their unknowns, the period rule, scopes, rounding, golden outputs, the schema.

#if canImport(Glibc)
import Model
import Glibc
#endif
import Store
import Testing
import Texts
@testable import Indicators

@Suite struct IndicatorsTests {
    func report(split: Period.Split? = nil, scopes: [String] = []) throws -> IndicatorReport {
        let (referrals, meetings) = sampleYear()
        return try IndicatorRequest(period: .year(2023), scopes: scopes, split: split)
            .run(referrals: referrals, meetings: meetings, siteTerritories: siteTerritories)
    }

    @Test func roundingIsHalfUpOnExactFractions() {
        #expect(Share(numerator: 133, denominator: 200).roundedPercent == 67)   // 66.5
        #expect(Share(numerator: 1, denominator: 8).percentOneDecimal == 12.5)
        #expect(Share(numerator: 1, denominator: 16).percentOneDecimal == 6.3)  // 6.25
        #expect(Share(numerator: 2, denominator: 3).percentOneDecimal == 66.7)
        #expect(Share(numerator: 0, denominator: 0, unknown: 4).roundedPercent == nil)
    }

    @Test func sharesCountOnlyKnownRowsAndShowTheUnknown() throws {
        let alsace = try #require(try report().values[.alsace])
        // 25 rows in 2023: 24 dated, 1 counted by its periode; the 2022 row is out.
        #expect(alsace.referrals == 25)
        let (referrals, _) = sampleYear()
        let counted = referrals.filter { $0.dateSaisine?.year != 2022 }
        #expect(alsace.women.unknown == counted.filter { $0.sexe == nil }.count)
        #expect(alsace.women.denominator == counted.filter { $0.sexe != nil }.count)
        #expect(alsace.women.numerator == counted.filter { $0.sexe == .female }.count)
        #expect(alsace.notKnownISG.numerator == counted.filter { $0.connuISG == false }.count)
        #expect(alsace.interviews == counted.compactMap(\.nbEntretiens).reduce(0, +))
        #expect(alsace.orientations == counted.map(\.orientations.count).reduce(0, +))
        #expect(alsace.meetings == 3)
        #expect(alsace.distinctPersons == Set(counted.compactMap(\.personID)).count)
    }

    @Test func territoriesSplitTheReferrals() throws {
        let r = try report()
        let bas = try #require(r.values[.territory("67")]), haut = try #require(r.values[.territory("68")])
        #expect(bas.referrals + haut.referrals == r.values[.alsace]?.referrals)
        #expect(bas.shareOfAlsace == Share(numerator: 16, denominator: 25))
        #expect(r.values[.site("COLMAR")]?.referrals == 4)
        #expect(bas.meetings == 2 && haut.meetings == 1)
        #expect(r.scopes.map(\.id) == ["alsace", "67", "68", "STRASBOURG", "ALTKIRCH", "COLMAR", "MULHOUSE"])
    }

    @Test func quartersAddUpToTheYear() throws {
        let r = try report(split: .quarter)
        #expect(r.subperiods.count == 4)
        #expect(r.subperiods.map { $0.values[.alsace]?.referrals ?? 0 }.reduce(0, +) == 25)
        let months = try report(split: .month)
        #expect(months.subperiods.count == 12)
        #expect(months.subperiods[1].values[.site("COLMAR")]?.referrals == 1)  // the undated row, by its periode
    }

    @Test func aPeriodSplitsAtMonthsAndClips() {
        let p = Period(from: CivilDate(year: 2023, month: 2, day: 15), to: CivilDate(year: 2023, month: 7, day: 10))
        #expect(p.split(by: .quarter).map(\.description) == [
            "2023-02-15 to 2023-03-31", "2023-04-01 to 2023-06-30", "2023-07-01 to 2023-07-10"])
        #expect(p.months == ["2023-02", "2023-03", "2023-04", "2023-05", "2023-06", "2023-07"])
    }

    @Test func scopesAreChosenByWord() throws {
        let r = try report(scopes: ["colmar", "67"])
        #expect(r.scopes == [.site("COLMAR"), .territory("67")])
        #expect(throws: IndicatorError.unknownScope("NANCY", known: ["alsace", "67", "68", "STRASBOURG", "ALTKIRCH", "COLMAR", "MULHOUSE"])) {
            try report(scopes: ["NANCY"])
        }
    }

    @Test func errorFindingsStopTheFiguresUntilAccepted() throws {
        var folder = Array("/tmp/isg-ind-XXXXXX".utf8CString)
        let path = folder.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
        let store = try ConsolidationStore(folder: path, writable: true)
        let (referrals, meetings) = sampleYear()
        let account = FileAccount(file: "all", site: "STRASBOURG", contentHash: "x", rowsRead: referrals.count + meetings.count,
                                  kept: referrals.count + meetings.count)
        let error = Finding(kind: "missing_required", severity: .error, file: "all", message: "no date")
        try store.record(ImportBatch(files: [ImportedFile(account: account, referrals: referrals, meetings: meetings,
                                                          findings: [error])]))
        #expect(throws: IndicatorError.unreviewedErrors(count: 1)) {
            try IndicatorRequest(period: .year(2023)).run(on: store)
        }
        let accepted = try IndicatorRequest(period: .year(2023), acceptFindings: true).run(on: store)
        #expect(accepted.values[.alsace] == (try report()).values[.alsace])
    }

    /// The text in French (the default) and in English; the CSV and JSON carry codes only, the same in both.
    @Test func textAndJSONMatchTheGoldenFiles() throws {
        let r = try report(split: .quarter)
        for (name, output) in [("indicators.txt", r.text(texts: Texts(.fr))), ("indicators.en.txt", r.text(texts: Texts(.en))),
                               ("indicators.json", r.json()), ("indicators.csv", r.csv())] {
            let path = fixturePath("../Fixtures/Indicators/" + name)
            if getenv("ISG_RECORD_GOLDEN") != nil { writeText(output, to: path) }
            #expect(readText(path) == output, "\(name) differs; rerun with ISG_RECORD_GOLDEN=1 and review the diff")
        }
    }

    @Test func theJSONFollowsItsSchema() throws {
        let out = "/tmp/isg-indicators-\(getpid()).json"
        writeText(try report(split: .month).json(), to: out)
        let schema = fixturePath("../../schemas/indicators.schema.json")
        let check = shell("""
            python3 -c 'import json,sys,jsonschema; jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))); print("valid")' \(out) \(schema)
            """)
        #expect(check.status == 0 && check.output.contains("valid"), "\(check.output)")
    }

    @Test func theHTMLIsWellFormedAndSelfContained() throws {
        let html = try report().html()
        let out = "/tmp/isg-indicators-\(getpid()).html"
        writeText(html, to: out)
        let check = shell("python3 -c 'import sys,xml.dom.minidom as m; s=open(sys.argv[1]).read(); m.parseString(s.split(\"\\n\",1)[1]); print(\"ok\")' \(out)")
        #expect(check.status == 0, "\(check.output)")
        #expect(!html.contains("<script") && !html.contains("http://") || html.contains("xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(!html.contains("https://") && html.contains("<svg"))
    }
}

extension Period: CustomStringConvertible {
    public var description: String { "\(from) to \(to)" }
}
