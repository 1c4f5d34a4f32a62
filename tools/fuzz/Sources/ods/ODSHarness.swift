// libFuzzer entry for ODS: through openWorkbook (ZIP, mimetype, manifest, content.xml with its
// table scanner and repeats), every sheet read. The ods seeds and dictionary steer it.

import FuzzSupport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzSupport.openAndReadAll(data, size, suffix: ".ods")
    return 0
}

@_cdecl("ods_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv, fuzz)
}
