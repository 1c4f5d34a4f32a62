// The entry point: open any supported workbook by sniffing its bytes, with a clear error otherwise.

import Texts

/// Opens the spreadsheet at `path`, choosing the reader from the content, not the extension:
/// ZIP with `xl/workbook.xml` -> XLSX/XLSM; ZIP with an OpenDocument spreadsheet `mimetype`
/// or `content.xml` -> ODS; delimited text -> CSV. Everything else throws one
/// `SpreadsheetError` naming the file and what to do: `.encrypted` (password-protected),
/// `.legacyExcel` (`.xls`), `.corruptZip`, `.notASpreadsheet`, `.unreadable` (missing,
/// empty, a directory).
public func openWorkbook(path: String, limits: ReadLimits = .default) throws -> any WorkbookReader {
    let file = try RandomAccessFile(path: path)
    guard let head = try file.bytes(at: 0, count: min(file.size, 1 << 16)) else {
        throw SpreadsheetError(.unreadable, file: path, Texts.current("sheet.changed"))
    }
    switch ContentSniffer.sniff(head) {
    case .empty:
        throw SpreadsheetError(.unreadable, file: path, Texts.current("sheet.empty-file"))
    case .zip:
        let archive = try ZipArchive(file: file, limits: limits)
        return try openPackage(archive, limits: limits)
    case .compoundFile:
        if try ContentSniffer.compoundFileIsEncrypted(file) {
            throw SpreadsheetError(.encrypted, file: path,
                                   Texts.current("sheet.password.xlsx"))
        }
        throw SpreadsheetError(.legacyExcel, file: path,
                               Texts.current("sheet.xls"))
    case .delimitedText:
        return try CSVWorkbook(path: path, limits: limits)
    case .markup:
        throw SpreadsheetError(.notASpreadsheet, file: path,
                               Texts.current("sheet.html"))
    case .unknown:
        throw SpreadsheetError(.notASpreadsheet, file: path,
                               Texts.current("sheet.not-spreadsheet"))
    }
}

/// Chooses between XLSX and ODS inside a ZIP package.
func openPackage(_ archive: ZipArchive, limits: ReadLimits) throws -> any WorkbookReader {
    let path = archive.path
    if try isSpreadsheetML(archive) {
        return try XLSXWorkbook(archive: archive, limits: limits)
    }
    if archive.entry(named: "xl/workbook.bin") != nil {
        throw SpreadsheetError(.notASpreadsheet, file: path,
                               Texts.current("sheet.xlsb"))
    }
    if archive.entry(named: "EncryptedPackage") != nil {
        throw SpreadsheetError(.encrypted, file: path,
                               Texts.current("sheet.password"))
    }
    let mimetype = try archive.entry(named: "mimetype").map { entry -> String in
        guard entry.uncompressedSize < 256 else { return "" }
        return String(decoding: try archive.contents(of: entry), as: UTF8.self)
    }
    if let mimetype, mimetype.hasPrefix("application/vnd.oasis.opendocument"),
       !mimetype.hasPrefix("application/vnd.oasis.opendocument.spreadsheet") {
        throw SpreadsheetError(.notASpreadsheet, file: path,
                               Texts.current("sheet.other-opendocument", ["kind": "\(mimetype)"]))
    }
    if mimetype?.hasPrefix("application/vnd.oasis.opendocument.spreadsheet") == true || archive.entry(named: "content.xml") != nil {
        if try odsIsEncrypted(archive) {
            throw SpreadsheetError(.encrypted, file: path,
                                   Texts.current("sheet.password.ods"))
        }
        return try ODSWorkbook(path: path, archive: archive, limits: limits)
    }
    if archive.entries.isEmpty {
        throw SpreadsheetError(.notASpreadsheet, file: path, Texts.current("sheet.empty-zip"))
    }
    throw SpreadsheetError(.notASpreadsheet, file: path,
                           Texts.current("sheet.zip-no-workbook"))
}

/// An OOXML workbook: `xl/workbook.xml`, or a package whose main part (the `officeDocument`
/// relationship of `_rels/.rels`) is a `workbook*.xml` wherever it lives.
private func isSpreadsheetML(_ archive: ZipArchive) throws -> Bool {
    if archive.entry(named: "xl/workbook.xml") != nil { return true }
    guard archive.entry(named: "_rels/.rels") != nil else { return false }
    return try XLSXRelationships.of(part: "", in: archive).contains { relationship in
        let name = XLSXRelationships.split(relationship.target).name.lowercased()
        return relationship.kind == "officeDocument" && name.hasPrefix("workbook") && name.hasSuffix(".xml")
            && archive.entry(named: relationship.target) != nil
    }
}

/// ODF encrypts parts individually and says so in `META-INF/manifest.xml`.
private func odsIsEncrypted(_ archive: ZipArchive) throws -> Bool {
    guard let entry = archive.entry(named: "META-INF/manifest.xml"), entry.uncompressedSize < 4 << 20 else { return false }
    let bytes = try archive.contents(of: entry)
    let needle = Array("encryption-data".utf8)
    guard bytes.count >= needle.count else { return false }
    for i in 0...(bytes.count - needle.count) where bytes[i] == needle[0] && bytes[i..<(i + needle.count)].elementsEqual(needle) {
        return true
    }
    return false
}
