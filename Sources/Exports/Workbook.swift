// consolidation.xlsx for people: a "Lisez-moi" sheet, the four tables with titled columns and codes
// shown as labels (orientations also as one true/false column per code), and a "Dictionnaire" sheet.
// The CSV files keep the codes; the dictionary gives both.

import Model
import Store
import Texts
import Writers

/// What the "Lisez-moi" sheet says about the workbook: when, from what, and whether it names persons.
public struct WorkbookContext: Sendable {
    /// The run's start, ISO 8601 UTC (`2023-04-02T09:15:00Z`); nil when not from an import.
    public var generatedAt: String?
    public var runID: Int?
    /// The store the tables were read from.
    public var store: String?
    /// The files the store holds.
    public var files: [FileAccount]
    public var identified: Bool

    public init(generatedAt: String? = nil, runID: Int? = nil, store: String? = nil, files: [FileAccount] = [],
                identified: Bool = false) {
        self.generatedAt = generatedAt
        self.runID = runID
        self.store = store
        self.files = files
        self.identified = identified
    }

    /// The context of a store's latest import.
    public static func of(_ store: ConsolidationStore, identified: Bool) throws -> WorkbookContext {
        let run = try store.runs().last
        return WorkbookContext(generatedAt: run?.startedAt, runID: run?.runID, store: store.databasePath,
                               files: try store.importedFiles(), identified: identified)
    }
}

/// A sheet of the workbook: fixed rows, or a table's rows presented on demand.
struct WorkbookSheet: SheetSource {
    var name: String
    var columns: [String]
    var count: Int
    var layout: SheetLayout
    let makeRow: @Sendable (Int) -> [SheetValue]
    func row(_ index: Int) -> [SheetValue] { makeRow(index) }

    init(name: String, columns: [String], rows: [[SheetValue]], layout: SheetLayout) {
        self.init(name: name, columns: columns, count: rows.count, layout: layout) { rows[$0] }
    }

    init(name: String, columns: [String], count: Int, layout: SheetLayout = .table, row: @escaping @Sendable (Int) -> [SheetValue]) {
        self.name = name
        self.columns = columns
        self.count = count
        self.layout = layout
        self.makeRow = row
    }
}

public enum Workbook {
    /// The catalogue family of a coded column's labels (`code.<family>.<CODE>`), nil for other columns.
    public static func codeFamily(_ column: String) -> String? {
        switch Field(rawValue: column) {
        case .origine: return "origine"
        case .sexe: return "sexe"
        case .role: return "role"
        case .motifSaisine, .motifIntervention: return "motif"
        case .domaine: return "domaine"
        case .orientations: return "orientation"
        default: return nil
        }
    }

    /// The label of a code in the run's language; the code itself when the catalogue lacks it.
    public static func label(_ code: String, family: String, _ t: Texts = Texts.current) -> String {
        let text = t("code.\(family).\(code)")
        return text.hasPrefix("⟦") ? code : text
    }

    /// The column's title for people; the column name when the catalogue lacks it.
    public static func title(_ column: String, _ t: Texts = Texts.current) -> String {
        let text = t("column." + column)
        return text.hasPrefix("⟦") ? column : text
    }

    /// The codes of a coded column, in DATA-MODEL.md's order.
    static func codes(_ column: String) -> [String] { Field(rawValue: column)?.kind.codes ?? [] }

    /// One sheet of a table: titles, labels, and the orientation flags after the packed list.
    static func presented(_ table: ExportTable, name: String, _ t: Texts) -> WorkbookSheet {
        var titles: [String] = []
        // For each source column: how its value is shown, and how many columns it becomes.
        var transforms: [@Sendable (SheetValue) -> [SheetValue]] = []
        let separator = t("workbook.list.separator")
        for column in table.columns {
            titles.append(title(column, t))
            guard let family = codeFamily(column) else { transforms.append { [$0] }; continue }
            let labels = Dictionary(uniqueKeysWithValues: codes(column).map { ($0, label($0, family: family, t)) })
            if column == Field.orientations.column {
                let all = codes(column)
                titles += all.map { t("column.orientation_flag", ["label": labels[$0] ?? $0]) }
                transforms.append { value in
                    let list: [String]
                    if case .text(let s) = value { list = s.split(separator: ";").map(String.init) } else { list = [] }
                    let shown = SheetValue(list.map { labels[$0] ?? $0 }.joined(separator: separator))
                    return [shown] + all.map { .boolean(list.contains($0)) }
                }
            } else {
                transforms.append { value in
                    guard case .text(let code) = value else { return [value] }
                    return [.text(labels[code] ?? code)]
                }
            }
        }
        let steps = transforms, width = titles.count
        return WorkbookSheet(name: name, columns: titles, count: table.count) { index in
            let values = table.row(index)
            var out: [SheetValue] = []
            out.reserveCapacity(width)
            for (i, value) in values.enumerated() where i < steps.count { out += steps[i](value) }
            return out
        }
    }

    /// Sheet, title, column name, meaning and codes of every column of every table.
    static func dictionary(_ tables: [ExportTable], names: [String], _ t: Texts) -> WorkbookSheet {
        var rows: [[SheetValue]] = []
        for (table, sheet) in zip(tables, names) {
            for column in table.columns {
                var codesText = ""
                if let family = codeFamily(column) {
                    codesText = codes(column).map { "\($0) = \(label($0, family: family, t))" }.joined(separator: "\n")
                }
                rows.append([.text(sheet), .text(title(column, t)), .text(column), .init(t("column.\(column).help")),
                             .init(codesText)])
                if column == Field.orientations.column {
                    for code in codes(column) {
                        let l = label(code, family: "orientation", t)
                        rows.append([.text(sheet), .text(t("column.orientation_flag", ["label": l])), .empty,
                                     .text(t("column.orientation_flag.help", ["label": l])), .init("\(code) = \(l)")])
                    }
                }
            }
        }
        let columns = ["sheet", "title", "column", "meaning", "codes"].map { t("workbook.dictionary." + $0) }
        return WorkbookSheet(name: t("workbook.sheet.dictionary"), columns: columns, rows: rows,
                             layout: SheetLayout(widths: [14, 36, 24, 70, 48], wrapText: true))
    }

    /// The "Lisez-moi" sheet: what the file is, when and from what it was made, whether it names persons.
    static func readme(_ tables: [ExportTable], context: WorkbookContext, _ t: Texts) -> WorkbookSheet {
        var rows: [[SheetValue]] = [[.text(t("workbook.readme.title")), .empty]]
        func line(_ key: String, _ value: String) { rows.append([.text(t(key)), .text(value)]) }
        rows.append([.empty, .text(t("workbook.readme.what"))])
        if let stamp = context.generatedAt, let date = CivilDate(iso: String(stamp.prefix(10))) {
            let time = stamp.count >= 16 ? String(stamp.dropFirst(11).prefix(5)) + (stamp.hasSuffix("Z") ? " UTC" : "") : ""
            line("workbook.readme.generated", context.runID.map {
                t("workbook.readme.generated.value", ["date": t.date(date), "time": time, "run": String($0)])
            } ?? t("workbook.readme.generated.unknown", ["date": t.date(date), "time": time]))
        }
        if let store = context.store { line("workbook.readme.store", store) }
        let counts = Dictionary(tables.map { ($0.name, $0.count) }, uniquingKeysWith: { a, _ in a })
        line("workbook.readme.rows", t("workbook.readme.rows.value", counts.mapValues { t.number($0) }
            .merging(["saisines": "0", "reunions": "0", "persons": "0", "rejets": "0"], uniquingKeysWith: { a, _ in a })))
        line("workbook.readme.personal",
             t(context.identified ? "workbook.readme.personal.identified" : "workbook.readme.personal.pseudonymous"))
        line("workbook.readme.sheets", t("workbook.readme.sheets.value"))
        line("workbook.readme.quality", t("workbook.readme.quality.value"))
        if !context.files.isEmpty {
            let periods = tables.first { $0.name == "saisines" }.map { table -> [String] in
                guard let column = table.columns.firstIndex(of: Field.periode.column) else { return [] }
                var seen = Set<String>()
                for i in 0..<table.count { if case .text(let p) = table.row(i)[column] { seen.insert(p) } }
                return seen.sorted()
            } ?? []
            line("workbook.readme.inputs", t("workbook.readme.inputs.value", [
                "count": t.number(context.files.count), "sites": t.number(Set(context.files.map(\.site)).count),
                "first": periods.first ?? "?", "last": periods.last ?? "?"]))
            let shown = context.files.prefix(60)
            for file in shown { rows.append([.empty, .text("\(file.file) (\(file.site))")]) }
            if context.files.count > shown.count {
                rows.append([.empty, .text(t("workbook.readme.files.more", ["count": t.number(context.files.count - shown.count)]))])
            }
        }
        return WorkbookSheet(name: t("workbook.sheet.readme"), columns: ["", ""], rows: rows,
                             layout: SheetLayout(header: false, widths: [24, 90], wrapText: true, titleRow: true))
    }

    /// Every sheet in order: Lisez-moi, the tables, Dictionnaire.
    public static func sheets(_ tables: [ExportTable], context: WorkbookContext, texts t: Texts = Texts.current) -> [any SheetSource] {
        let names = tables.map { table -> String in
            let text = t("workbook.sheet." + table.name)
            return text.hasPrefix("⟦") ? table.name : text
        }
        let data: [any SheetSource] = zip(tables, names).map { presented($0, name: $1, t) }
        return [readme(tables, context: context, t)] + data + [dictionary(tables, names: names, t)]
    }
}
