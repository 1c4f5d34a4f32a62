// A minimal SpreadsheetML package: one sheet per table, text as inline strings, real dates and booleans.

import Model

/// One cell to write: typed so CSV writes `true`/ISO dates and XLSX writes real booleans and dates.
public enum SheetValue: Hashable, Sendable {
    case empty
    case text(String)
    case integer(Int)
    case boolean(Bool)
    case date(CivilDate)

    public init(_ s: String?) { self = s.map { $0.isEmpty ? .empty : .text($0) } ?? .empty }
    public init(_ i: Int?) { self = i.map { .integer($0) } ?? .empty }
    public init(_ b: Bool?) { self = b.map { .boolean($0) } ?? .empty }
    public init(_ d: CivilDate?) { self = d.map { .date($0) } ?? .empty }
}

/// A named table of typed rows, built one row at a time as the writer asks.
public protocol SheetSource: Sendable {
    var name: String { get }
    var columns: [String] { get }
    var count: Int { get }
    func row(_ index: Int) -> [SheetValue]
}

public enum XLSXWriter {
    /// Writes `tables` into `file` as a workbook, one sheet each, in order.
    public static func write(_ tables: [any SheetSource], to file: AtomicFile) throws {
        let zip = ZipWriter(file: file)
        try entry(zip, "[Content_Types].xml", contentTypes(count: tables.count))
        try entry(zip, "_rels/.rels", """
            \(xmlHeader)<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
            Target="xl/workbook.xml"/></Relationships>
            """)
        try entry(zip, "xl/workbook.xml", workbook(tables.map(\.name)))
        try entry(zip, "xl/_rels/workbook.xml.rels", workbookRelationships(count: tables.count))
        try entry(zip, "xl/styles.xml", styles)
        for (index, table) in tables.enumerated() {
            try zip.begin("xl/worksheets/sheet\(index + 1).xml")
            try writeSheet(table, zip)
            try zip.end()
        }
        try zip.finish()
    }

    static let xmlHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// Style indexes in `styles`: 0 normal, 1 ISO date, 2 bold header.
    static let dateStyle = 1, headerStyle = 2

    static let styles = """
        \(xmlHeader)<styleSheet xmlns="\(mainNamespace)">\
        <numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>\
        <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
        """

    private static func entry(_ zip: ZipWriter, _ name: String, _ content: String) throws {
        try zip.begin(name)
        try zip.write(content)
        try zip.end()
    }

    private static func contentTypes(count: Int) -> String {
        var out = xmlHeader + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        out += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        out += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        out += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        out += "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        for i in 1...max(count, 1) where i <= count {
            out += "<Override PartName=\"/xl/worksheets/sheet\(i).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return out + "</Types>"
    }

    private static func workbook(_ names: [String]) -> String {
        var out = xmlHeader + "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\"><sheets>"
        for (i, name) in names.enumerated() {
            out += "<sheet name=\"\(MarkupText.escaped(name, quotes: true))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
        }
        return out + "</sheets></workbook>"
    }

    private static func workbookRelationships(count: Int) -> String {
        var out = xmlHeader + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for i in 0..<count {
            out += "<Relationship Id=\"rId\(i + 1)\" Type=\"\(relationshipNamespace)/worksheet\" Target=\"worksheets/sheet\(i + 1).xml\"/>"
        }
        out += "<Relationship Id=\"rId\(count + 1)\" Type=\"\(relationshipNamespace)/styles\" Target=\"styles.xml\"/>"
        return out + "</Relationships>"
    }

    private static func writeSheet(_ table: any SheetSource, _ zip: ZipWriter) throws {
        try zip.write(xmlHeader + "<worksheet xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
            + "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
            + "state=\"frozen\"/></sheetView></sheetViews><sheetData>")
        try zip.write(row(1, table.columns.map { SheetValue.text($0) }, style: headerStyle))
        for index in 0..<table.count {
            try zip.write(row(index + 2, table.row(index), style: nil))
        }
        try zip.write("</sheetData></worksheet>")
    }

    /// Days from Excel's day zero (1899-12-30, which absorbs the 1900 leap-year bug) to 1970-01-01.
    static let serialOffset = 25569

    /// `A` ... `ZZ`, named once: every cell of every row needs its column's letters.
    static let columnLetters = (0..<702).map(CellRef.columnName)

    static func row(_ number: Int, _ values: [SheetValue], style: Int?) -> String {
        var out = "<row r=\"\(number)\">"
        let s = style.map { " s=\"\($0)\"" } ?? ""
        for (column, value) in values.enumerated() {
            let ref = (column < columnLetters.count ? columnLetters[column] : CellRef.columnName(column)) + String(number)
            switch value {
            case .empty: continue
            case .integer(let i): out += "<c r=\"\(ref)\"\(s)><v>\(i)</v></c>"
            case .boolean(let b): out += "<c r=\"\(ref)\"\(s) t=\"b\"><v>\(b ? 1 : 0)</v></c>"
            case .date(let d):
                out += "<c r=\"\(ref)\" s=\"\(dateStyle)\"><v>\(d.daysSinceEpoch + serialOffset)</v></c>"
            case .text(let text):
                // An inline string is text whatever it starts with: never a formula.
                out += "<c r=\"\(ref)\"\(s) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(MarkupText.escaped(text, quotes: true))</t></is></c>"
            }
        }
        return out + "</row>"
    }
}
