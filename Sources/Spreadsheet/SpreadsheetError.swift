// Errors that stop a file: they name the file (and sheet or entry when known) and say what to do,
// in the run's language (the message is made when the error is thrown).

import Texts

public struct SpreadsheetError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A stable code to match in tests and scripts.
    public enum Code: String, Sendable {
        case unreadable          // cannot open or read the file
        case notASpreadsheet     // bytes are not XLSX, ODS or CSV
        case encrypted           // a password-protected workbook (CFB container)
        case legacyExcel         // an .xls (BIFF in a CFB container)
        case corruptZip          // truncated or damaged ZIP
        case corruptXML          // malformed XML inside the package
        case limitExceeded       // zip bomb, huge repeat counts, too deep XML...
        case hostileXML          // DTD, entities: refused
        case missingPart         // a part the package needs is absent
        case sheetNotFound
    }

    public var code: Code
    public var file: String
    public var sheet: String?
    /// One sentence for a person: what is wrong and what they can do.
    public var message: String

    public init(_ code: Code, file: String, sheet: String? = nil, _ message: String) {
        self.code = code
        self.file = file
        self.sheet = sheet
        self.message = message
    }

    public var description: String {
        guard let sheet else { return Texts.current("sheet.error", ["file": file, "message": message]) }
        return Texts.current("sheet.error.sheet", ["file": file, "sheet": sheet, "message": message])
    }
}
