// The entry point: open any supported workbook by sniffing its bytes, with a clear error otherwise.

/// Opens the spreadsheet at `path`, choosing the reader from the content, not the extension:
/// ZIP with `xl/workbook.xml` -> XLSX/XLSM; ZIP with an OpenDocument spreadsheet `mimetype`
/// or `content.xml` -> ODS; delimited text -> CSV. Everything else throws one
/// `SpreadsheetError` naming the file and what to do: `.encrypted` (password-protected),
/// `.legacyExcel` (`.xls`), `.corruptZip`, `.notASpreadsheet`, `.unreadable` (missing,
/// empty, a directory).
public func openWorkbook(path: String, limits: ReadLimits = .default) throws -> any WorkbookReader {
    let file = try RandomAccessFile(path: path)
    guard let head = try file.bytes(at: 0, count: min(file.size, 1 << 16)) else {
        throw SpreadsheetError(.unreadable, file: path, "the file changed while being read; retry")
    }
    switch ContentSniffer.sniff(head) {
    case .empty:
        throw SpreadsheetError(.unreadable, file: path, "the file is empty (0 bytes); ask for the file again")
    case .zip:
        let archive = try ZipArchive(file: file, limits: limits)
        return try openPackage(archive, limits: limits)
    case .compoundFile:
        if try ContentSniffer.compoundFileIsEncrypted(file) {
            throw SpreadsheetError(.encrypted, file: path,
                                   "the workbook is protected by a password; open it, remove the password (File > Info > Protect), save it and import it again")
        }
        throw SpreadsheetError(.legacyExcel, file: path,
                               "this is an old Excel 97-2003 (.xls) workbook; open it and save it as .xlsx, then import that file")
    case .delimitedText:
        return try CSVWorkbook(path: path, limits: limits)
    case .markup:
        throw SpreadsheetError(.notASpreadsheet, file: path,
                               "this is an HTML or XML file, not a workbook (often a web export named .xls); open it in a spreadsheet application and save it as .xlsx")
    case .unknown:
        throw SpreadsheetError(.notASpreadsheet, file: path,
                               "this is not an XLSX, ODS or CSV spreadsheet; check that the right file was given")
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
                               "this is a binary Excel workbook (.xlsb), which is not supported; open it and save it as .xlsx")
    }
    if archive.entry(named: "EncryptedPackage") != nil {
        throw SpreadsheetError(.encrypted, file: path,
                               "the workbook is protected by a password; open it, remove the password, save it and import it again")
    }
    let mimetype = try archive.entry(named: "mimetype").map { entry -> String in
        guard entry.uncompressedSize < 256 else { return "" }
        return String(decoding: try archive.contents(of: entry), as: UTF8.self)
    }
    if let mimetype, mimetype.hasPrefix("application/vnd.oasis.opendocument"),
       !mimetype.hasPrefix("application/vnd.oasis.opendocument.spreadsheet") {
        throw SpreadsheetError(.notASpreadsheet, file: path,
                               "this is an OpenDocument file of another kind (\(mimetype)), not a spreadsheet; check that the right file was given")
    }
    if mimetype?.hasPrefix("application/vnd.oasis.opendocument.spreadsheet") == true || archive.entry(named: "content.xml") != nil {
        if try odsIsEncrypted(archive) {
            throw SpreadsheetError(.encrypted, file: path,
                                   "the spreadsheet is protected by a password; open it, remove the password (File > Properties > Security), save it and import it again")
        }
        return try ODSWorkbook(path: path, archive: archive, limits: limits)
    }
    if archive.entries.isEmpty {
        throw SpreadsheetError(.notASpreadsheet, file: path, "this is an empty ZIP archive, not a workbook; ask for the file again")
    }
    throw SpreadsheetError(.notASpreadsheet, file: path,
                           "this ZIP archive holds no workbook (no xl/workbook.xml nor content.xml); check that the right file was given")
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
