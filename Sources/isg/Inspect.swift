// `isg inspect`: previews a workbook, or prints every cell as JSON; the work lives in Spreadsheet.

import ArgumentParser
import Model
import Spreadsheet
import Texts

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration.isg("inspect", discussion: false)

    @OptionGroup var language: LanguageOption
    @Flag(name: .long, help: .isg("inspect.json")) var json = false
    @Flag(name: .long, help: .isg("inspect.stats")) var stats = false
    @Option(name: .long, help: .isg("inspect.sheet")) var sheet: String?
    @Option(name: .long, help: .isg("inspect.rows")) var rows = 10
    @Argument(help: .isg("inspect.file")) var file: String

    func run() throws {
        do {
            let workbook = try openWorkbook(path: file)
            let indices = try sheet.map { [try workbook.sheetIndex(named: $0, file: file)] } ?? Array(workbook.sheets.indices)
            let name = String(file.split(separator: "/").last ?? Substring(file))
            var output = StandardOutput()
            if stats {
                try InspectStats.render(workbook, fileName: name, sheetIndices: indices) { output.write($0) }
            } else if json {
                try InspectJSON.render(workbook, fileName: name, sheetIndices: indices) { output.write($0) }
            } else {
                try InspectPreview.render(workbook, fileName: name, sheetIndices: indices, rowLimit: max(rows, 0)) { output.write($0) }
            }
            output.flush()
        } catch let error as SpreadsheetError {
            throw failure("\(error)")
        }
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif

/// Buffered stdout: one write per 64 KiB instead of one per row.
struct StandardOutput {
    private var buffer: [UInt8] = []

    mutating func write(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        StandardOutput.writeAll(buffer, to: 1)
        buffer.removeAll(keepingCapacity: true)
    }

    static func writeError(_ s: String) {
        writeAll(Array(s.utf8), to: 2)
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var done = 0
            while done < raw.count {
                let n = systemWrite(descriptor, base + done, raw.count - done)
                if n <= 0 { return }
                done += n
            }
        }
    }
}
