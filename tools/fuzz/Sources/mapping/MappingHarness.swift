// libFuzzer entry for mapping files: the bytes as text through MappingParser (YAML tree, keys,
// fields, vocabularies, error positions) with the sites of Mappings/sites.yaml, and through
// the sites.yaml parser as well, which shares the YAML layer.

import FuzzSupport
import Mapping

let sites = [
    SiteDeclaration(code: "STRASBOURG", name: "Strasbourg", territory: "67", carrier: "CEA"),
    SiteDeclaration(code: "ALTKIRCH", name: "Altkirch", territory: "68", carrier: "CIDFF68"),
    SiteDeclaration(code: "COLMAR", name: "Colmar", territory: "68", carrier: "CIDFF68"),
    SiteDeclaration(code: "MULHOUSE", name: "Mulhouse", territory: "68", carrier: "CIDFF68"),
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    // Mapping files are read as UTF-8 text; invalid bytes become U+FFFD as they would on disk.
    let text = data.map { String(decoding: UnsafeBufferPointer(start: $0, count: size), as: UTF8.self) } ?? ""
    do {
        let mapping = try MappingParser(file: "Mappings/fuzz.yaml", text: text, sites: sites).parse()
        // Printing walks every rule, vocabulary and pattern the parser built.
        _ = "\(mapping)".utf8.count
    } catch {
        // A MappingError renders its line, caret and hint: exercise that too.
        _ = "\(error)".utf8.count
    }
    _ = try? SitesFile.parse(file: "Mappings/sites.yaml", text: text)
    return 0
}

@_cdecl("mapping_main")
public func entry(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    runFuzzer(argc, argv, fuzz)
}
