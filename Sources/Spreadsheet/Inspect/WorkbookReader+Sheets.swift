// Finding sheets by name, with a suggestion when the name is close to an existing one.

extension WorkbookReader {
    /// The position of the sheet called `name` (exact, then ignoring case); throws `.sheetNotFound`
    /// listing the sheets otherwise.
    public func sheetIndex(named name: String, file: String) throws -> Int {
        if let i = sheets.firstIndex(where: { $0.name == name }) { return i }
        if let i = sheets.firstIndex(where: { $0.name.lowercased() == name.lowercased() }) { return i }
        let names = sheets.map { "\"\($0.name)\"" }.joined(separator: ", ")
        throw SpreadsheetError(.sheetNotFound, file: file,
                               "there is no sheet named \"\(name)\"; the sheets are \(names)")
    }
}
