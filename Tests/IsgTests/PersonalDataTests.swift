// Names, birth dates and communes leave `isg` only with --identified: every output of a real run of
// the samples is searched for the persons of the samples' truth.

import TestSupport
import Foundation
import Testing

@Suite(.serialized) struct PersonalDataTests {
    @Test func withoutIdentifiedNoOutputNamesAPerson() throws {
        let scratch = try temporaryFolder("cli")
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let out = scratch + "/out"
        let run = try Binary.run(["import", "Samples", "--out", out])
        #expect(run.status == 1, "\(run.stderr)")
        var texts = ["import stdout": run.stdout, "import stderr": run.stderr]
        texts.merge(try Self.writtenFiles(out)) { a, _ in a }

        let db = out + "/consolidation.sqlite"
        for format in ["text", "csv", "json", "html"] {
            let indicators = try Binary.run(["indicators", "--db", db, "--accept-findings", "--format", format])
            #expect(indicators.status == 0, "\(indicators.stderr)")
            texts["indicators \(format)"] = Self.readable(indicators.stdout + indicators.stderr, html: format == "html")
        }
        let samples = ["STRASBOURG/2023-03.xlsx", "COLMAR/Colmar_2023-03.ods", "MULHOUSE/ISG Mulhouse 2023.xlsx",
                       "ALTKIRCH/Altkirch_2023-03.xlsx"].map { "Samples/" + $0 }
        let check = try Binary.run(["mapping", "check"] + samples)
        texts["mapping check"] = check.stdout + check.stderr
        let draft = try Binary.run(["mapping", "draft", samples[0], "--site", "ESSAI"])
        texts["mapping draft"] = draft.stdout + draft.stderr

        let identities = try Identities.ofSamples()
        #expect(identities.names.count > 100 && identities.communes.count > 30 && identities.birthDates.count > 2000,
                "\(identities.names.count) names, \(identities.communes.count) communes, \(identities.birthDates.count) dates")
        for (source, text) in texts.sorted(by: { $0.key < $1.key }) {
            let found = identities.found(in: text)
            #expect(found.isEmpty, "\(source) names persons: \(found.sorted().prefix(10))")
        }

        // Owner-only: the folders isg created, and every file it wrote there.
        #expect(Self.mode(out) == 0o700)
        #expect(Self.mode(out + "/current") == 0o700)
        for name in try FileManager.default.contentsOfDirectory(atPath: out) where name != "current" {
            #expect(Self.mode(out + "/" + name) == 0o600, "\(name)")
        }
        for name in try FileManager.default.contentsOfDirectory(atPath: out + "/current") {
            #expect(Self.mode(out + "/current/" + name) == 0o600, "current/\(name)")
        }
    }

    @Test func withIdentifiedTheExportsNameThem() throws {
        // The same search finds them once they may leave: the test above is not blind.
        let scratch = try temporaryFolder("cli")
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let out = scratch + "/out"
        let run = try Binary.run(["import", "Samples", "--out", out, "--identified"])
        #expect(run.status == 1, "\(run.stderr)")
        let identities = try Identities.ofSamples()
        let exports = try Self.writtenFiles(out)
        for name in ["current/saisines.csv", "current/consolidation.xlsx"] {
            let found = identities.found(in: exports[name] ?? "")
            #expect(found.intersection(identities.names).count * 10 > identities.names.count * 9, "\(name)")
            #expect(found.intersection(identities.communes).count * 10 > identities.communes.count * 9, "\(name)")
            let isoDates = identities.birthDates.filter { $0.contains("-") }  // the exports' format
            #expect(found.intersection(isoDates).count * 10 > isoDates.count * 9, "\(name)")
        }
        // Progress and summary lines stay free of them even then.
        #expect(identities.found(in: run.stdout + run.stderr).isEmpty)
    }

    // MARK: - The outputs as text

    /// Every file the import wrote, as text, except those that hold identities by design: the store
    /// (names as the sites wrote them, README "Personal data") and its key and lock.
    static func writtenFiles(_ out: String) throws -> [String: String] {
        var texts: [String: String] = [:]
        let names = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0 != "current" }
            + FileManager.default.contentsOfDirectory(atPath: out + "/current").map { "current/" + $0 }
        for name in names.sorted() {
            if name.hasPrefix("consolidation.sqlite") || name == "person-id.key" || name == "consolidation.lock" { continue }
            let path = out + "/" + name
            if name.hasSuffix(".xlsx") {
                // Every cell, typed (dates as ISO text), through the tool's own reader.
                let cells = try Binary.run(["inspect", "--json", path])
                #expect(cells.status == 0, "\(cells.stderr)")
                texts[name] = cells.stdout
            } else {
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                texts[name] = readable(String(decoding: data, as: UTF8.self), html: name.hasSuffix(".html"))
            }
        }
        return texts
    }

    /// HTML without its markup, keeping quoted attribute values (a name could sit in a `title`):
    /// tag and attribute names are code, and `<html lang=...>` is no person named Lang.
    static func readable(_ text: String, html: Bool) -> String {
        guard html else { return text }
        var result = String.UnicodeScalarView()
        var inTag = false, inQuote = false
        for scalar in text.unicodeScalars {
            switch (inTag, inQuote, scalar) {
            case (false, _, "<"): inTag = true; result.append(" ")
            case (false, _, _): result.append(scalar)
            case (true, false, ">"): inTag = false; result.append(" ")
            case (true, _, "\""): inQuote.toggle(); result.append(" ")
            case (true, true, _): result.append(scalar)
            default: break
            }
        }
        return String(result)
    }

    static func mode(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? nil
    }
}

/// The identities of the samples' persons, as lower-case words, from the generator's truth.
struct Identities {
    var names: Set<String> = []
    var communes: Set<String> = []
    var birthDates: Set<String> = []

    static func ofSamples() throws -> Identities {
        let referrals = try CSVTable(Binary.root + "/tools/samples/truth/saisines.csv")
        let meetings = try CSVTable(Binary.root + "/tools/samples/truth/reunions.csv")
        // Words that leave for reasons of their own: unit and service names ("COB Molsheim",
        // "Hôpital Émile Muller") and site names are places and institutions, not where or who a
        // person is; a person living in Molsheim or named Muller cannot be told apart from them.
        var institutional: Set<String> = []
        for column in ["origine_detail", "site", "porteur"] {
            for value in referrals.column(column) { institutional.formUnion(Words.phrases(value)) }
        }
        // Dates of referrals and meetings are exported: a birth date equal to one says nothing.
        let eventDates = Set(referrals.column("date_saisine") + meetings.column("date"))

        var identities = Identities()
        for column in ["nom", "prenom", "nom_naissance"] {
            // Four letters at least: shorter first names (Léa, Tom, Ali) are also syllables and
            // codes, so a whole-word hit would prove nothing either way.
            for value in referrals.column(column) where value.count >= 4 {
                let word = value.lowercased()
                if !institutional.contains(word) { identities.names.insert(word) }
            }
        }
        for value in referrals.column("commune") where !value.isEmpty {
            let word = value.lowercased()
            if !institutional.contains(word) { identities.communes.insert(word) }
        }
        for value in referrals.column("date_naissance") where !value.isEmpty && !eventDates.contains(value) {
            let parts = value.split(separator: "-")
            identities.birthDates.insert(value)                                   // 1983-11-13, as exported
            if parts.count == 3 { identities.birthDates.insert("\(parts[2])/\(parts[1])/\(parts[0])") }  // 13/11/1983
        }
        return identities
    }

    /// The identities that occur in `text` as whole words (or two-word phrases: "Da Silva"),
    /// whatever their case.
    func found(in text: String) -> Set<String> {
        let phrases = Words.phrases(text)
        return names.union(communes).union(birthDates).intersection(phrases)
    }
}

enum Words {
    /// Lower-case words of `text` and each pair of adjacent words. A word is a run of letters,
    /// digits, hyphens and slashes, so "Saint-Louis", "Jean-Pierre", "1983-11-13" and
    /// "13/11/1983" stay whole, and "Martin" is not found inside "Saint-Martin".
    static func phrases(_ text: String) -> Set<String> {
        let words = text.lowercased().unicodeScalars
            .split { !(CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "/") }
            .map { String(String.UnicodeScalarView($0)) }
        var result = Set(words)
        for (a, b) in zip(words, words.dropFirst()) { result.insert(a + " " + b) }
        return result
    }
}

/// A small CSV of the samples' truth: comma-separated, quoted fields, a header row.
struct CSVTable {
    var header: [String]
    var rows: [[String]]

    init(_ path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var records: [[String]] = []
        var record: [String] = [], field = "", quoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let c = pending ?? scalars.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    let next = scalars.next()
                    if next == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = next }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                record.append(field); field = ""
            } else if c == "\n" {
                record.append(field); field = ""
                records.append(record); record = []
            } else if c != "\r" {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        header = records.first ?? []
        rows = Array(records.dropFirst())
    }

    func column(_ name: String) -> [String] {
        guard let index = header.firstIndex(of: name) else { return [] }
        return rows.map { index < $0.count ? $0[index] : "" }
    }
}
