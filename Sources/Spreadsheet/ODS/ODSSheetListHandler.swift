// Reads the sheet list of content.xml: table names, and which automatic table styles hide a sheet.

/// Collects `style:style` elements of family `table` whose `style:table-properties` say
/// `table:display="false"`, and the `table:table` elements with their name and style. Fed either
/// the part before the first table (styles only: the fast path) or the whole part (fallback).
final class ODSSheetListHandler: XMLEventHandler {
    struct Table {
        var name: String
        var styleName: String?
    }

    private(set) var hiddenStyles: Set<String> = []
    private(set) var tables: [Table] = []
    private var namespaces = ODSNamespaceCache()
    private var currentTableStyle: String?
    /// Depth inside a `table:table`: tables nested in cells are not sheets.
    private var tableDepth = 0

    func startElement(_ name: XMLName, prefix: XMLName?, namespaceURI: XMLName?, attributes: XMLAttributes) throws {
        switch namespaces.namespace(of: namespaceURI) {
        case .style:
            if name.equals("style") {
                currentTableStyle = nil
                if attributes.string("family") == "table" { currentTableStyle = attributes.string("name") }
            } else if name.equals("table-properties"), let style = currentTableStyle,
                      attributes.string("display") == "false" {
                hiddenStyles.insert(style)
            }
        case .table where name.equals("table"):
            if tableDepth == 0 {
                tables.append(Table(name: attributes.string("name") ?? "Sheet\(tables.count + 1)",
                                    styleName: attributes.string("style-name")))
            }
            tableDepth += 1
        default:
            break
        }
    }

    func endElement(_ name: XMLName, prefix: XMLName?, namespaceURI: XMLName?) throws {
        switch namespaces.namespace(of: namespaceURI) {
        case .style where name.equals("style"): currentTableStyle = nil
        case .table where name.equals("table"): tableDepth -= 1
        default: break
        }
    }
}
