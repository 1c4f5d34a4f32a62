// What every spreadsheet harness shares: the fuzzer's bytes as a file, tight limits, a full read.

import CFuzzer
import Spreadsheet

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public enum FuzzSupport {
    /// Tighter than `.default` so one input cannot take seconds or gigabytes, yet each limit
    /// stays reachable: small inputs still cross them, so their checks are fuzzed too.
    public static let limits = ReadLimits(
        maxEntrySize: 8 << 20,
        maxTotalInflatedSize: 32 << 20,
        maxCompressionRatio: 200,
        compressionRatioThreshold: 1 << 20,
        maxEntries: 2_000,
        maxXMLDepth: 200,
        maxRows: 20_000,
        maxColumns: 16_384,
        maxCellsPerRepeat: 20_000,
        maxCellsPerSheet: 200_000,
        maxStringBytes: 1 << 20)

    /// The readers take a path (they pread archives), so each input is written to one file per
    /// process, overwritten every run. The extension does not matter: formats are sniffed.
    public static func withFile(_ data: UnsafePointer<UInt8>?, _ size: Int, suffix: String,
                                _ body: (String) -> Void) {
        let path = "/tmp/isg-fuzz-\(getpid())\(suffix)"
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { fatalError("cannot create \(path)") }
        var written = 0
        while written < size, let data {
            let n = write(fd, data + written, size - written)
            guard n > 0 else { fatalError("cannot write \(path)") }
            written += n
        }
        close(fd)
        body(path)
    }

    /// Lists the sheets and streams every row of each, touching every cell so lazily built
    /// values are materialised. Thrown errors are expected outcomes for broken input.
    public static func readAll(_ workbook: any WorkbookReader) {
        var checksum = 0
        for index in workbook.sheets.indices {
            do {
                let metadata = try workbook.readSheet(index) { row in
                    checksum &+= row.number
                    for cell in row.cells {
                        checksum &+= cell.column &+ "\(cell.value)".utf8.count
                    }
                }
                checksum &+= metadata.rowCount &+ metadata.mergedRegions.count
            } catch {
                checksum &+= 1
            }
        }
        // Keeps the loop from being optimised away.
        if checksum == 0x5EED_F00D { print(checksum) }
    }

    /// The whole path a user's file takes: sniff, open, read every sheet.
    public static func openAndReadAll(_ data: UnsafePointer<UInt8>?, _ size: Int, suffix: String) {
        withFile(data, size, suffix: suffix) { path in
            guard let workbook = try? openWorkbook(path: path, limits: limits) else { return }
            readAll(workbook)
        }
    }
}

/// Starts libFuzzer. SwiftPM links an executable with `main` aliased to `<module>_main`, so
/// libFuzzer's own `main` is never the entry point: each harness exports `<module>_main` and
/// calls this, which hands the arguments to libFuzzer's driver.
public func runFuzzer(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
                      _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32 {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, test)
}
