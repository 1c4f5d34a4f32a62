// swift-tools-version:6.0
import PackageDescription

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

        .target(name: "Spreadsheet", dependencies: ["CLibXML2", "CZlib"]),
        .target(name: "Mapping", dependencies: ["Spreadsheet", .product(name: "Yams", package: "Yams")]),
        .target(name: "Consolidation", dependencies: ["Spreadsheet", "Mapping"]),
        .target(name: "Linkage", dependencies: ["CCrypto"]),
        .target(name: "Store", dependencies: ["Consolidation", "Linkage", "CSQLite"]),
        .target(name: "Indicators", dependencies: ["Store", "Consolidation"]),
        .target(name: "Report", dependencies: ["Consolidation", "Store", "CZlib"]),
        // The import as a library call: consolidation, linkage, store, exports and report in order.
        .target(name: "Pipeline", dependencies: ["Spreadsheet", "Mapping", "Consolidation", "Linkage", "Store", "Report"]),
        .executableTarget(
            name: "isg",
            dependencies: [
                "Spreadsheet", "Mapping", "Consolidation", "Linkage", "Store", "Indicators", "Report", "Pipeline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        .testTarget(name: "SpreadsheetTests", dependencies: ["Spreadsheet"]),
        .testTarget(name: "MappingTests", dependencies: ["Mapping"]),
        .testTarget(name: "ConsolidationTests", dependencies: ["Consolidation"]),
        .testTarget(name: "LinkageTests", dependencies: ["Linkage"]),
        .testTarget(name: "StoreTests", dependencies: ["Store"]),
        .testTarget(name: "IndicatorsTests", dependencies: ["Indicators"]),
        .testTarget(name: "ReportTests", dependencies: ["Report"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "Indicators", "Store", "Spreadsheet", "Consolidation"]),
        .testTarget(name: "IsgTests", dependencies: ["isg"]),
    ]
)
