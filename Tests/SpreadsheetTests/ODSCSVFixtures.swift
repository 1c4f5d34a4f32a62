// Locates the ODS and CSV fixtures and reads a whole sheet, for the reader tests.

import Foundation
import Spreadsheet

enum ODSCSVFixture {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }

    /// A file in a fresh temporary folder, for generated hostile inputs.
    static func temporaryFile(named name: String, contents: Data) throws -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("isg-odscsv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try contents.write(to: url)
        return url.path
    }

    static func rows(_ reader: WorkbookReader, sheet: Int = 0) throws -> [Row] {
        var rows: [Row] = []
        _ = try reader.readSheet(sheet) { rows.append($0) }
        return rows
    }
}

extension Row {
    /// The string in a column, or nil.
    func text(_ column: Int) -> String? {
        if case .string(let s)? = self[column] { return s }
        return nil
    }
}
