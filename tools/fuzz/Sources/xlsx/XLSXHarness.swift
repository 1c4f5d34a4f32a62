// libFuzzer entry for XLSX: the bytes go through openWorkbook, so ZIP, sniffing, the
// workbook/relationship/styles/shared-string parts and every worksheet are read.
// The xlsx seeds and dictionary steer it; the code path is the same as for any file.

import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzSupport.openAndReadAll(data, size, suffix: ".xlsx")
    return 0
}

@_cdecl("xlsx_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv, fuzz)
}
