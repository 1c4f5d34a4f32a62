// The XLSX/XLSM reader: workbook, relationships, shared strings, styles, then sheets streamed.

import Texts

/// An XLSX or XLSM workbook read from its ZIP package. Opening reads the package
/// relationships and the workbook part (sheet list, date system); the shared strings and
/// styles are read on the first `readSheet`.
public final class XLSXWorkbook: WorkbookReader {
    public let format = FileFormat.xlsx
    public let sheets: [SheetInfo]
    /// True for workbooks in the 1904 date system.
    public let uses1904: Bool
    let archive: ZipArchive
    let limits: ReadLimits
    /// The worksheet part of each sheet (nil for chart and dialog sheets, or a dangling relationship).
    private let sheetParts: [String?]
    private let sharedStringsPart: String?
    private let stylesPart: String?
    private var loaded: (strings: XLSXStringTable, styles: XLSXStyles)?

    public init(archive: ZipArchive, limits: ReadLimits) throws {
        self.archive = archive
        self.limits = limits
        let rootRelationships = try XLSXRelationships.of(part: "", in: archive)
        let workbookPath = rootRelationships.first { $0.kind == "officeDocument" && archive.entry(named: $0.target) != nil }?.target
            ?? "xl/workbook.xml"
        guard let workbookEntry = archive.entry(named: workbookPath) else {
            throw SpreadsheetError(.missingPart, file: archive.path,
                                   Texts.current("sheet.xlsx.no-workbook", ["path": "\(workbookPath)"]))
        }
        let part = try XLSXWorkbookPart.read(workbookEntry, in: archive)
        let relationships = try XLSXRelationships.of(part: workbookEntry.name, in: archive)
        var byID: [String: XLSXRelationship] = [:]
        for relationship in relationships where byID[relationship.id] == nil { byID[relationship.id] = relationship }

        var infos: [SheetInfo] = []
        var parts: [String?] = []
        for sheet in part.sheets {
            let relationship = byID[sheet.relationshipID]
            let isGrid = relationship.map { $0.kind == "worksheet" || $0.kind.lowercased().hasSuffix("macrosheet") } ?? true
            infos.append(SheetInfo(name: sheet.name, visibility: sheet.visibility, kind: isGrid ? .worksheet : .chart))
            parts.append(isGrid ? relationship?.target : nil)
        }
        sheets = infos
        sheetParts = parts
        uses1904 = part.uses1904
        let directory = XLSXRelationships.split(workbookEntry.name).directory
        func partPath(_ kind: String, _ fallback: String) -> String? {
            if let target = relationships.first(where: { $0.kind == kind })?.target, archive.entry(named: target) != nil { return target }
            let path = XLSXRelationships.resolve(fallback, base: directory)
            return archive.entry(named: path) != nil ? path : nil
        }
        sharedStringsPart = partPath("sharedStrings", "sharedStrings.xml")
        stylesPart = partPath("styles", "styles.xml")
    }

    public func readSheet(_ index: Int, _ body: (Row) throws -> Void) throws -> SheetMetadata {
        guard sheets.indices.contains(index) else {
            throw SpreadsheetError(.sheetNotFound, file: archive.path, Texts.current("sheet.xlsx.no-sheet", ["number": "\(index + 1)", "count": "\(sheets.count)"]))
        }
        let info = sheets[index]
        guard info.kind == .worksheet else { return SheetMetadata() }
        guard let path = sheetParts[index], let entry = archive.entry(named: path) else {
            throw SpreadsheetError(.missingPart, file: archive.path, sheet: info.name,
                                   Texts.current("sheet.xlsx.no-sheet-part"))
        }
        let (strings, styles) = try sharedParts()
        return try withoutActuallyEscaping(body) { emit in
            let handler = XLSXWorksheetHandler(sharedStrings: strings, styles: styles, uses1904: uses1904, limits: limits,
                                               file: archive.path, sheet: info.name, emit: emit)
            try archive.parseXML(entry, handler: handler)
            return handler.metadata
        }
    }

    private func sharedParts() throws -> (XLSXStringTable, XLSXStyles) {
        if let loaded { return loaded }
        let strings = try sharedStringsPart.flatMap { archive.entry(named: $0) }.map { try XLSXSharedStrings.read($0, in: archive) }
            ?? XLSXStringTable()
        let styles = try stylesPart.flatMap { archive.entry(named: $0) }.map { try XLSXStyles.read($0, in: archive) } ?? XLSXStyles()
        loaded = (strings, styles)
        return (strings, styles)
    }
}
