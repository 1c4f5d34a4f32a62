// A small SpreadsheetML package: one sheet per table, text as inline strings, real dates and booleans,
// column widths fitted to the content, the header row frozen and filtered, print setup for A4.

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
    /// How the sheet is laid out; a plain table (frozen, filtered, fitted header row) by default.
    var layout: SheetLayout { get }
}

extension SheetSource {
    public var layout: SheetLayout { .table }
}

/// How a sheet looks when opened: which rows are frozen, whether the header is filtered, the widths.
public struct SheetLayout: Sendable, Equatable {
    /// The first row is a header (bold, shaded, wrapped), frozen and filtered.
    public var header: Bool
    /// Fixed widths in characters, one per column; nil to fit them to the content.
    public var widths: [Int]?
    /// Wrap the text of every cell (long sentences), rather than one line per cell.
    public var wrapText: Bool
    /// The first row of a text sheet is a title in a larger bold font.
    public var titleRow: Bool

    public init(header: Bool = true, widths: [Int]? = nil, wrapText: Bool = false, titleRow: Bool = false) {
        self.header = header
        self.widths = widths
        self.wrapText = wrapText
        self.titleRow = titleRow
    }

    public static let table = SheetLayout()
}

public enum XLSXWriter {
    /// Writes `tables` into `file` as a workbook, one sheet each, in order.
    /// `dateFormat` is the number format of date cells (`dd/mm/yyyy` for French readers).
    public static func write(_ tables: [any SheetSource], dateFormat: String = "yyyy\\-mm\\-dd", to file: AtomicFile) throws {
        let zip = ZipWriter(file: file)
        try entry(zip, "[Content_Types].xml", contentTypes(count: tables.count))
        try entry(zip, "_rels/.rels", """
            \(xmlHeader)<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
            Target="xl/workbook.xml"/></Relationships>
            """)
        try entry(zip, "xl/workbook.xml", workbook(tables))
        try entry(zip, "xl/_rels/workbook.xml.rels", workbookRelationships(count: tables.count))
        try entry(zip, "xl/styles.xml", styles(dateFormat: dateFormat))
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

    /// Style indexes in `styles`: 0 normal, 1 date, 2 header (bold, shaded, wrapped, bordered),
    /// 3 wrapped text, 4 title (large bold), 5 bold label (wrapped, top).
    static let dateStyle = 1, headerStyle = 2, wrapStyle = 3, titleStyle = 4, labelStyle = 5

    static func styles(dateFormat: String) -> String {
        """
        \(xmlHeader)<styleSheet xmlns="\(mainNamespace)">\
        <numFmts count="1"><numFmt numFmtId="164" formatCode="\(MarkupText.escaped(dateFormat, quotes: true))"/></numFmts>\
        <fonts count="3"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font>\
        <font><b/><sz val="14"/><name val="Calibri"/></font></fonts>\
        <fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
        <fill><patternFill patternType="solid"><fgColor rgb="FFDCE6F1"/><bgColor indexed="64"/></patternFill></fill></fills>\
        <borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>\
        <border><left/><right/><top/><bottom style="thin"><color rgb="FF7F7F7F"/></bottom><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">\
        <alignment vertical="top" wrapText="1"/></xf>\
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
        <xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
        </cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
        """
    }

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

    private static func workbook(_ tables: [any SheetSource]) -> String {
        var out = xmlHeader + "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\"><sheets>"
        for (i, table) in tables.enumerated() {
            out += "<sheet name=\"\(MarkupText.escaped(table.name, quotes: true))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
        }
        out += "</sheets>"
        // The filter's range (Excel keeps it as a hidden name) and the header repeated on every printed page.
        var names = ""
        for (i, table) in tables.enumerated() where table.layout.header && !table.columns.isEmpty {
            let quoted = "'" + table.name.replacingOccurrences(of: "'", with: "''") + "'"
            let last = columnName(table.columns.count - 1)
            names += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(i)\" hidden=\"1\">"
                + MarkupText.escaped("\(quoted)!$A$1:$\(last)$\(table.count + 1)", quotes: true) + "</definedName>"
            names += "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(i)\">"
                + MarkupText.escaped("\(quoted)!$1:$1", quotes: true) + "</definedName>"
        }
        if !names.isEmpty { out += "<definedNames>" + names + "</definedNames>" }
        return out + "</workbook>"
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
        let layout = table.layout
        let widths = layout.widths ?? fittedWidths(table)
        var out = xmlHeader + "<worksheet xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
        out += "<sheetPr><pageSetUpPr fitToPage=\"\(layout.header ? 0 : 1)\"/></sheetPr>"
        if layout.header {
            out += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
                + "state=\"frozen\"/></sheetView></sheetViews>"
        } else {
            out += "<sheetViews><sheetView workbookViewId=\"0\"/></sheetViews>"
        }
        if !widths.isEmpty {
            out += "<cols>" + widths.enumerated().map { i, w in
                "<col min=\"\(i + 1)\" max=\"\(i + 1)\" width=\"\(w)\" customWidth=\"1\"/>"
            }.joined() + "</cols>"
        }
        out += "<sheetData>"
        try zip.write(out)
        if layout.header {
            // Tall enough for the longest title wrapped in its column.
            let lines = table.columns.enumerated().map { i, title in
                wrappedLines(title, width: i < widths.count ? widths[i] : 10)
            }.max() ?? 1
            try zip.write(row(1, table.columns.map { SheetValue.text($0) }, style: headerStyle, height: lines > 1 ? 15 * lines : nil))
        }
        let first = layout.header ? 2 : 1
        for index in 0..<table.count {
            let values = table.row(index)
            if layout.titleRow, index == 0 {
                try zip.write(row(first, values, style: titleStyle, height: 24))
            } else if layout.wrapText {
                try zip.write(labelRow(index + first, values, widths: widths))
            } else {
                try zip.write(row(index + first, values, style: nil))
            }
        }
        var end = "</sheetData>"
        if layout.header, !table.columns.isEmpty {
            end += "<autoFilter ref=\"A1:\(columnName(table.columns.count - 1))\(table.count + 1)\"/>"
        }
        end += "<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
        end += "<pageSetup paperSize=\"9\" orientation=\"\(layout.header ? "landscape" : "portrait")\" "
            + "fitToWidth=\"1\" fitToHeight=\"0\"/>"
        try zip.write(end + "</worksheet>")
    }

    /// Widths in characters from the header and up to `sampleSize` rows spread over the table:
    /// the longest value, a title wrapped on up to three lines, between 6 and 80.
    static let sampleSize = 2000

    static func fittedWidths(_ table: any SheetSource) -> [Int] {
        var widths = table.columns.map { title -> Int in
            let words = title.split(separator: " ").map(\.count).max() ?? 0
            return max(words, min(title.count, 16))
        }
        let step = max(1, table.count / sampleSize)
        var index = 0
        while index < table.count {
            for (column, value) in table.row(index).enumerated() where column < widths.count {
                widths[column] = max(widths[column], displayWidth(value))
            }
            index += step
        }
        return widths.map { min(80, max(6, $0 + 2)) }
    }

    /// The characters a value needs on screen: a date as `05/03/2023`, a boolean as `FALSE`/`FAUX`.
    static func displayWidth(_ value: SheetValue) -> Int {
        switch value {
        case .empty: return 0
        case .integer(let i): return String(i).count + 1
        case .boolean: return 6
        case .date: return 11
        case .text(let s): return s.split(separator: "\n").map(\.count).max() ?? 0
        }
    }

    static func wrappedLines(_ text: String, width: Int) -> Int {
        var lines = 1, used = 0
        for word in text.split(separator: " ") {
            let need = used == 0 ? word.count : used + 1 + word.count
            if need > max(1, width - 1), used > 0 { lines += 1; used = word.count } else { used = need }
        }
        return lines
    }

    static func columnName(_ index: Int) -> String {
        index < columnLetters.count ? columnLetters[index] : CellRef.columnName(index)
    }

    /// A row of a text sheet: the first cell a bold label, the others wrapped text, the row as tall
    /// as its longest cell wrapped in its column (spreadsheets do not all fit wrapped rows on opening).
    static func labelRow(_ number: Int, _ values: [SheetValue], widths: [Int]) -> String {
        let lines = values.enumerated().map { column, value -> Int in
            guard case .text(let text) = value else { return 1 }
            let width = column < widths.count ? widths[column] : 10
            return text.split(separator: "\n", omittingEmptySubsequences: false).map { wrappedLines(String($0), width: width * 9 / 10) }
                .reduce(0, +)
        }.max() ?? 1
        var out = lines > 1 ? "<row r=\"\(number)\" ht=\"\(15 * lines)\" customHeight=\"1\">" : "<row r=\"\(number)\">"
        for (column, value) in values.enumerated() {
            guard case .text(let text) = value else { continue }
            out += "<c r=\"\(columnName(column))\(number)\" s=\"\(column == 0 ? labelStyle : wrapStyle)\" t=\"inlineStr\"><is>"
                + "<t xml:space=\"preserve\">\(MarkupText.escaped(text, quotes: true))</t></is></c>"
        }
        return out + "</row>"
    }

    /// Days from Excel's day zero (1899-12-30, which absorbs the 1900 leap-year bug) to 1970-01-01.
    static let serialOffset = 25569

    /// `A` ... `ZZ`, named once: every cell of every row needs its column's letters.
    static let columnLetters = (0..<702).map(CellRef.columnName)

    static func row(_ number: Int, _ values: [SheetValue], style: Int?, height: Int? = nil) -> String {
        var out = height.map { "<row r=\"\(number)\" ht=\"\($0)\" customHeight=\"1\">" } ?? "<row r=\"\(number)\">"
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
