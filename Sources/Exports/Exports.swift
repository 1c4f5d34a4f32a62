// Writing every export of an import: the four CSV tables and consolidation.xlsx, each atomically.

import Model
import Store
import Texts
import Writers

public struct ExportOptions: Sendable {
    /// `;` (French Excel) or `,`.
    public var separator: Character
    /// Include nom, prenom, nom_naissance, date_naissance and commune.
    public var identified: Bool

    public init(separator: Character = ";", identified: Bool = false) {
        self.separator = separator
        self.identified = identified
    }
}

public enum Exports {
    public static let csvNames = ["saisines.csv", "reunions.csv", "persons.csv", "rejets.csv"]
    public static let workbookName = "consolidation.xlsx"

    /// The four tables in export order.
    public static func tables(referrals: [Referral], meetings: [Meeting], persons: [PersonSummary],
                              rejections: [Rejection], identified: Bool) -> [ExportTable] {
        [
            .saisines(referrals, identified: identified),
            .reunions(meetings),
            .persons(persons, referrals: referrals, identified: identified),
            .rejets(rejections),
        ]
    }

    /// Writes the exports of the store's current state into `folder`; returns the paths written.
    /// Every file is mode 0600: an export may be identified, and a copy is the user's deliberate act.
    @discardableResult
    public static func write(from store: ConsolidationStore, to folder: String, options: ExportOptions) throws -> [String] {
        try write(tables(referrals: store.referrals(), meetings: store.meetings(), persons: store.persons(),
                         rejections: store.rejections(), identified: options.identified),
                  context: .of(store, identified: options.identified), to: folder, separator: options.separator)
    }

    @discardableResult
    public static func write(_ tables: [ExportTable], context: WorkbookContext = WorkbookContext(), to folder: String,
                             separator: Character, texts: Texts = Texts.current) throws -> [String] {
        try PrivateFiles.createFolder(folder)
        return try writeCSV(tables, to: folder, separator: separator)
            + [writeWorkbook(tables, context: context, to: folder, texts: texts)]
    }

    /// The CSV files alone (the folder exists): independent of the workbook, so both may be
    /// written at once on two threads.
    public static func writeCSV(_ tables: [ExportTable], to folder: String, separator: Character) throws -> [String] {
        var written: [String] = []
        for table in tables {
            let file = try AtomicFile(path: folder + "/" + table.name + ".csv")
            try CSVExport.write(table, separator: separator, to: file)
            try file.commit()
            written.append(file.path)
        }
        return written
    }

    /// `consolidation.xlsx` alone (the folder exists), in the run's language (`Texts.current`).
    public static func writeWorkbook(_ tables: [ExportTable], context: WorkbookContext = WorkbookContext(),
                                     to folder: String, texts: Texts = Texts.current) throws -> String {
        let workbook = try AtomicFile(path: folder + "/" + workbookName)
        try XLSXWriter.write(Workbook.sheets(tables, context: context, texts: texts),
                             dateFormat: texts("workbook.date.format"), to: workbook)
        try workbook.commit()
        return workbook.path
    }
}
