// What one ODS cell is building while its element is open: typed value, or the text of its paragraphs.

/// The content of the cell being read. Typed values come from the start tag's attributes; text
/// is gathered from `text:p` paragraphs only for a typed cell with no usable value attribute
/// (a string cell without `office:string-value`, the usual case).
struct ODSCellContent {
    var value: CellValue?
    /// True when the value is the text of the paragraphs.
    var needsText = false
    var text: [UInt8] = []
    var paragraphs = 0
    /// Depth of open `text:p`/`text:h` elements: character data outside them is layout whitespace.
    var paragraphDepth = 0
    var columnsRepeated = 1
    var columnsSpanned = 1
    var rowsSpanned = 1

    mutating func reset() {
        value = nil
        needsText = false
        text.removeAll(keepingCapacity: true)
        paragraphs = 0
        paragraphDepth = 0
        columnsRepeated = 1
        columnsSpanned = 1
        rowsSpanned = 1
    }

    /// Reads the start tag of `table:table-cell` or `table:covered-table-cell`.
    mutating func start(_ attributes: XMLAttributes, namespaces: inout ODSNamespaceCache) {
        reset()
        var valueType: UnsafeBufferPointer<UInt8>?
        var number: UnsafeBufferPointer<UInt8>?
        var date: UnsafeBufferPointer<UInt8>?
        var time: UnsafeBufferPointer<UInt8>?
        var boolean: UnsafeBufferPointer<UInt8>?
        var string: UnsafeBufferPointer<UInt8>?
        for attribute in attributes {
            let name = attribute.localName
            switch namespaces.namespace(of: attribute.namespaceURI) {
            case .office:
                if name.equals("value-type") { valueType = attribute.value }
                else if name.equals("value") { number = attribute.value }
                else if name.equals("date-value") { date = attribute.value }
                else if name.equals("time-value") { time = attribute.value }
                else if name.equals("boolean-value") { boolean = attribute.value }
                else if name.equals("string-value") { string = attribute.value }
            case .table:
                if name.equals("number-columns-repeated") { columnsRepeated = ODSValueParsing.count(attribute.value) }
                else if name.equals("number-columns-spanned") { columnsSpanned = ODSValueParsing.count(attribute.value) }
                else if name.equals("number-rows-spanned") { rowsSpanned = ODSValueParsing.count(attribute.value) }
            default:
                break
            }
        }
        // Without a value type the cell is empty whatever text it shows, as calamine reads it
        // (LibreOffice writes a type for every value; a bare paragraph is a leftover).
        guard let valueType else { return }
        switch ODSValueType(valueType) {
        case .number: value = number.flatMap(ODSValueParsing.number).map(CellValue.number)
        case .date: value = date.flatMap(ODSValueParsing.date)
        case .time: value = time.flatMap(ODSValueParsing.time)
        case .boolean: value = boolean.flatMap(ODSValueParsing.boolean).map(CellValue.boolean)
        case .string:
            if let string {
                value = string.isEmpty ? nil : .string(String(decoding: string, as: UTF8.self))
                return
            }
        case .other: break
        }
        // A typed cell whose value attribute is missing or unreadable falls back on its text.
        needsText = value == nil
    }

    /// A new paragraph: paragraphs are joined with a line break.
    mutating func startParagraph() {
        if needsText, paragraphs > 0 { text.append(0x0A) }
        paragraphs += 1
        paragraphDepth += 1
    }

    /// The cell's final value; empty text is no value.
    mutating func finish() -> CellValue? {
        if needsText, !text.isEmpty { return .string(String(decoding: text, as: UTF8.self)) }
        return value
    }
}

/// `office:value-type`, grouped by how the value is read.
enum ODSValueType {
    case number, date, time, boolean, string, other

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        switch bytes.first {
        case UInt8(ascii: "f") where bytes.equals("float"): self = .number
        case UInt8(ascii: "p") where bytes.equals("percentage"): self = .number
        case UInt8(ascii: "c") where bytes.equals("currency"): self = .number
        case UInt8(ascii: "d") where bytes.equals("date"): self = .date
        case UInt8(ascii: "t") where bytes.equals("time"): self = .time
        case UInt8(ascii: "b") where bytes.equals("boolean"): self = .boolean
        case UInt8(ascii: "s") where bytes.equals("string"): self = .string
        default: self = .other
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Byte equality with an ASCII literal, without the generic `elementsEqual` machinery.
    @inline(__always)
    func equals(_ literal: StaticString) -> Bool {
        guard count == literal.utf8CodeUnitCount else { return false }
        let expected = literal.utf8Start
        for i in 0..<count where self[i] != expected[i] { return false }
        return true
    }
}
