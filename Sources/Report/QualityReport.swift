// The data-quality report of one import: what it takes in, and how it is written to disk.

import Writers
import Foundation
import Model
import Store
import Texts

/// Everything the quality report is computed from: plain values handed over by the import.
public struct QualityReportInput: Sendable {
    /// The nothing-lost account of every file of this run.
    public var accounts: [FileAccount]
    public var findings: [Finding]
    /// The referrals kept by this run (for completeness, coverage and volumes).
    public var referrals: [Referral]
    public var meetings: [Meeting]
    /// The per-file accounts of the previous import into the same store; nil for a first import.
    public var previous: [FileAccount]?
    /// Show identifying values (names, birth dates, communes): only when the user asked.
    public var identified: Bool
    /// The months the grid covers (`YYYY-MM`); nil means from the first to the last month seen.
    public var coveredMonths: [String]?
    /// Printed as is in the header; nil leaves the date out so the output is reproducible.
    public var generatedAt: String?
    /// Path from the report's folder to the input folder: when given, each finding also links
    /// its source cell (`<base>/<file>#'Sheet'!C17`, which spreadsheet programs open at the cell).
    public var sourceLinkBase: String?
    /// Whether a text is a wording of the mappings' vocabularies: such a value is shown even
    /// without --identified (see `ValuePrivacy`). Without it, only numbers, dates and headers are.
    public var isKnownWording: @Sendable (String) -> Bool = { _ in false }

    public init(accounts: [FileAccount], findings: [Finding], referrals: [Referral],
                meetings: [Meeting] = [], previous: [FileAccount]? = nil, identified: Bool = false,
                coveredMonths: [String]? = nil, generatedAt: String? = nil, sourceLinkBase: String? = nil) {
        self.accounts = accounts
        self.findings = findings
        self.referrals = referrals
        self.meetings = meetings
        self.previous = previous
        self.identified = identified
        self.coveredMonths = coveredMonths
        self.generatedAt = generatedAt
        self.sourceLinkBase = sourceLinkBase
    }
}

/// Where the report was written.
public struct QualityReportFiles: Sendable, Equatable {
    public var html: URL
    public var json: URL
}

/// A report file could not be written: names the file and what to do.
public struct QualityReportWriteError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var reason: String
    public var description: String {
        Texts.current("report.error.write", ["path": path, "reason": reason])
    }
}

public enum QualityReport {
    public static let htmlFileName = "quality-report.html"
    public static let jsonFileName = "quality-report.json"

    /// Writes `quality-report.html` and `quality-report.json` into `directory`, each atomically
    /// (a reader never sees a half-written report).
    @discardableResult
    public static func write(_ input: QualityReportInput, to directory: URL) throws -> QualityReportFiles {
        let model = QualityReportModel(input)
        let files = QualityReportFiles(
            html: directory.appendingPathComponent(htmlFileName),
            json: directory.appendingPathComponent(jsonFileName))
        try writeAtomically(model.json().rendered(), to: files.json)
        try writeAtomically(model.html(), to: files.html)
        return files
    }

    /// The JSON text, for callers that store it elsewhere.
    public static func json(_ input: QualityReportInput) -> String {
        QualityReportModel(input).json().rendered()
    }

    /// The HTML text, for callers that store it elsewhere.
    public static func html(_ input: QualityReportInput) -> String {
        QualityReportModel(input).html()
    }

    /// Owner-only like every output: an identified report names persons.
    private static func writeAtomically(_ text: String, to url: URL) throws {
        do {
            let file = try AtomicFile(path: url.path)
            try file.write(text)
            try file.commit()
        } catch {
            throw QualityReportWriteError(path: url.path, reason: error.localizedDescription)
        }
    }
}
