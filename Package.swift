// swift-tools-version:6.1
import PackageDescription

// Each target declares exactly the modules its files import: `tools/check-dependencies` fails
// `tools/test` when the two drift apart. The arrows are drawn in ARCHITECTURE.md.
let package = Package(
    name: "isg",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "isg", targets: ["isg"]),
        .library(name: "Spreadsheet", targets: ["Spreadsheet"]),
        // Exported so the fuzz harnesses (tools/fuzz, a separate package) can parse mapping text.
        .library(name: "Mapping", targets: ["Mapping"]),
        .library(name: "Linkage", targets: ["Linkage"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        // The workbench's HTTP server and templates (`isg serve`). No traits: swift-configuration is
        // not used, and every package compiled here costs every clean build.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0", traits: []),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        // Hummingbird's own header types (already built for it): named here for the security headers.
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
    ],
    targets: [
        // System libraries: the hot path (zip -> XML -> cells) is ours, on zlib and libxml2.
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        // OpenSSL's libcrypto for HMAC-SHA256: swift-crypto would compile BoringSSL on every clean build.
        .systemLibrary(name: "CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),

        // The values every stage shares: records, codes, fields, identities, dates, findings.
        .target(name: "Model"),
        // Reading: files to typed cells.
        .target(name: "Spreadsheet", dependencies: ["Model", "Texts", "CLibXML2", "CZlib"]),
        // The mapping language.
        .target(name: "Mapping", dependencies: ["Model", "Texts", .product(name: "Yams", package: "Yams")]),
        // The engine: one reading of a sheet through its mapping.
        .target(name: "Consolidation", dependencies: ["Model", "Texts", "Spreadsheet", "Mapping"]),
        // `mapping check` and `mapping draft`, clients of the engine.
        .target(name: "MappingTools", dependencies: ["Model", "Texts", "Spreadsheet", "Mapping", "Consolidation"]),
        // Every text a person reads, one catalogue per language (Catalogue/<lang>/*.tsv).
        .target(name: "Texts", dependencies: ["Model"], resources: [.copy("Catalogue")]),
        // Persons.
        .target(name: "Linkage", dependencies: ["Model", "CCrypto"]),
        // Writing files: private and atomic files, ZIP, XLSX.
        .target(name: "Writers", dependencies: ["Model", "Texts", "CZlib"]),
        .target(name: "Store", dependencies: ["Model", "Texts", "Writers", "CSQLite"]),
        .target(name: "Exports", dependencies: ["Model", "Store", "Writers", "Texts"]),
        .target(name: "Report", dependencies: ["Model", "Texts", "Store", "Writers"]),
        .target(name: "Indicators", dependencies: ["Model", "Store", "Texts"]),
        // The import as a library call: consolidation, linkage, store, exports and report in order.
        .target(name: "Pipeline", dependencies: [
            "Model", "Texts", "Spreadsheet", "Mapping", "Consolidation", "Linkage", "Writers", "Store", "Exports", "Report",
        ]),
        // `isg serve`: the local web workbench over the store, the mappings and the import.
        .target(name: "Workbench", dependencies: [
            "Model", "Texts", "Writers", "Store", "Mapping", "MappingTools", "Indicators", "Pipeline",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
        ]),
        .executableTarget(
            name: "isg",
            dependencies: [
                "Model", "Texts", "Spreadsheet", "Mapping", "MappingTools", "Linkage", "Writers", "Store", "Indicators", "Pipeline",
                "Workbench",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // Scratch folders and fixture paths for every test target.
        .target(name: "TestSupport", dependencies: ["Model", "Texts", "Indicators"], path: "Tests/TestSupport"),
        .testTarget(name: "ModelTests", dependencies: ["Model"]),
        .testTarget(name: "TextsTests", dependencies: ["Texts", "Model"]),
        .testTarget(name: "SpreadsheetTests", dependencies: ["Spreadsheet", "Model", "Texts", "TestSupport"]),
        .testTarget(name: "MappingTests", dependencies: ["Mapping", "Texts", "TestSupport"]),
        .testTarget(name: "ConsolidationTests", dependencies: ["Consolidation", "Texts", "Mapping", "Spreadsheet", "Model", "TestSupport"]),
        .testTarget(name: "MappingToolsTests", dependencies: ["MappingTools", "Texts", "Consolidation", "Mapping", "Spreadsheet", "Model", "TestSupport"]),
        .testTarget(name: "LinkageTests", dependencies: ["Linkage"]),
        .testTarget(name: "StoreTests", dependencies: ["Store", "Writers", "Model", "TestSupport"]),
        .testTarget(name: "IndicatorsTests", dependencies: ["Indicators", "Store", "Model", "Texts", "TestSupport"]),
        .testTarget(name: "ReportTests", dependencies: ["Report", "Texts", "Exports", "Writers", "Store", "Model", "TestSupport"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "Texts", "Indicators", "Store", "Spreadsheet", "Consolidation", "Mapping", "Model", "Linkage", "TestSupport"]),
        .testTarget(name: "WorkbenchTests", dependencies: ["Workbench", "Pipeline", "Store", "Mapping", "Texts", "Model", "TestSupport"]),
        .testTarget(name: "IsgTests", dependencies: ["isg", "TestSupport"]),
    ]
)
