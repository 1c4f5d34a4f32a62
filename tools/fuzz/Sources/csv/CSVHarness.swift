// libFuzzer entry for CSV: CSVWorkbook directly, not openWorkbook, so inputs the sniffer would
// call binary still reach dialect detection, the UTF-16 transcoder and the tokenizer.

import FuzzSupport
import Spreadsheet

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzSupport.withFile(data, size, suffix: ".csv") { path in
        guard let workbook = try? CSVWorkbook(path: path, limits: FuzzSupport.limits) else { return }
        FuzzSupport.readAll(workbook)
    }
    return 0
}

@_cdecl("csv_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv, fuzz)
}
