// What one file gives: its records, rejects, findings and the nothing-lost account.

import Model
import Spreadsheet

/// Opens a workbook by its content (the Spreadsheet module's `openWorkbook`, or a test double).
public typealias WorkbookOpener = (String) throws -> any WorkbookReader

public struct FileResult: Sendable {
    public var account: FileAccount
    public var referrals: [Referral] = []
    public var meetings: [Meeting] = []
    public var rejections: [Rejection] = []
    public var findings: [Finding] = []
    /// Each visible sheet as the engine read it, in workbook order (what `mapping check` summarises).
    public var readings: [SheetReading] = []
    /// Form records: the row of their referral date, where findings about the whole form point.
    var formRows: [String: Int] = [:]
    /// Where `connu_isg` was read for the referrals that say "not known": a finding made once
    /// persons are linked (an earlier referral of the same person) points there.
    public var notKnownISGCells: [String: SourceCell] = [:]
    /// Read by `ConsolidationRun.read` and not yet through the run-wide checks (`admit`).
    var awaitsRunChecks = false

    public init(account: FileAccount) {
        self.account = account
    }
}

/// Everything a run gives, in input order.
public struct ConsolidationResult: Sendable {
    public var referrals: [Referral] = []
    public var meetings: [Meeting] = []
    public var rejections: [Rejection] = []
    public var findings: [Finding] = []
    public var accounts: [FileAccount] = []

    public init() {}

    public mutating func add(_ file: FileResult) {
        referrals += file.referrals
        meetings += file.meetings
        rejections += file.rejections
        findings += file.findings
        accounts.append(file.account)
    }
}

/// FNV-1a 64 of a file's bytes, in hex: tells whether a re-sent file changed. Not cryptographic.
enum ContentHash {
    static func of(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
