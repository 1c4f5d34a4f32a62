// The files under the inputs of a run, each with the path its record ids and findings show.

import Foundation
import Model

/// A file to import: where it is, and how it is named in the dataset (relative to its input folder).
public struct InputFile: Hashable, Sendable {
    public var path: String
    /// `STRASBOURG/2023-03.xlsx` for `Samples/STRASBOURG/2023-03.xlsx` under the input `Samples`.
    public var relativePath: String

    public init(path: String, relativePath: String) {
        self.path = path
        self.relativePath = relativePath
    }

    /// Every file under `inputs` (a folder is walked; a file is taken as is, named by its file
    /// name), sorted by relative path. Hidden files and office lock files (`~$x.xlsx`,
    /// `.~lock.x.ods#`) are skipped: they are not the sites' data. Links to missing files and
    /// sub-folders named like a spreadsheet (`x.xlsx/`) are listed too: reading them fails with
    /// a finding that names them.
    public static func collect(_ inputs: [String]) -> [InputFile] {
        var files: [InputFile] = []
        let manager = FileManager.default
        for input in inputs {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: input, isDirectory: &isFolder) else {
                files.append(InputFile(path: input, relativePath: (input as NSString).lastPathComponent))
                continue
            }
            guard isFolder.boolValue else {
                files.append(InputFile(path: input, relativePath: (input as NSString).lastPathComponent))
                continue
            }
            guard let walker = manager.enumerator(atPath: input) else { continue }
            var found: [InputFile] = []
            while let relative = walker.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") || name.hasPrefix("~$") {
                    if (walker.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory { walker.skipDescendants() }
                    continue
                }
                let full = (input as NSString).appendingPathComponent(relative)
                var isDirectory: ObjCBool = false
                if !manager.fileExists(atPath: full, isDirectory: &isDirectory) {
                    // Listed by the walk but not there: a link to a missing file, or a file deleted
                    // meanwhile. Kept, so the run names it as unreadable instead of skipping it unsaid.
                    found.append(InputFile(path: full, relativePath: relative))
                } else if !isDirectory.boolValue {
                    found.append(InputFile(path: full, relativePath: relative))
                } else if Self.spreadsheetExtensions.contains((name as NSString).pathExtension.lowercased()) {
                    // A folder named like a workbook (an unpacked .xlsx, a slip): kept as one input, so
                    // the run says it is a folder, rather than walking its parts as files.
                    found.append(InputFile(path: full, relativePath: relative))
                    walker.skipDescendants()
                }
            }
            files.append(contentsOf: found)
        }
        return files.sorted { $0.relativePath != $1.relativePath ? $0.relativePath < $1.relativePath : $0.path < $1.path }
    }

    /// The extensions people give spreadsheet files; a folder so named is an input gone wrong.
    static let spreadsheetExtensions: Set<String> = ["xlsx", "xlsm", "xls", "ods", "csv"]
}
