// The workbook part (`xl/workbook.xml`): sheets in order, their visibility and the date system.

/// What `workbook.xml` declares.
struct XLSXWorkbookPart {
    struct Sheet {
        var name: String
        var relationshipID: String
        var visibility: SheetVisibility
    }

    var sheets: [Sheet] = []
    var uses1904: Bool = false

    static func read(_ entry: ZipEntry, in archive: ZipArchive) throws -> XLSXWorkbookPart {
        let handler = Handler()
        try archive.parseXML(entry, handler: handler)
        return handler.part
    }

    private final class Handler: XMLEventHandler {
        var part = XLSXWorkbookPart()
        /// Extensions (`x15:workbookPr` in `extLst`) reuse the same local names: only
        /// `workbook/workbookPr` and `workbook/sheets/sheet` count.
        private var depth = 0

        func endElement(_ name: XMLName, prefix: XMLName?, namespaceURI: XMLName?) throws {
            depth -= 1
        }

        func startElement(_ name: XMLName, prefix: XMLName?, namespaceURI: XMLName?, attributes: XMLAttributes) throws {
            depth += 1
            if depth == 3, name.equals("sheet") {
                let visibility: SheetVisibility
                switch attributes.string("state") {
                case "hidden": visibility = .hidden
                case "veryHidden": visibility = .veryHidden
                default: visibility = .visible
                }
                part.sheets.append(Sheet(name: attributes.string("name") ?? "", relationshipID: attributes.string("id") ?? "",
                                         visibility: visibility))
            } else if depth == 2, name.equals("workbookPr") {
                let value = attributes.string("date1904")
                part.uses1904 = value == "1" || value == "true"
            }
        }
    }
}
