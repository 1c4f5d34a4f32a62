// swift-tools-version:6.0
// libFuzzer harnesses for isg's readers, kept out of the main package so ordinary builds
// never compile them. Build and run through run.sh (see README.md).
import PackageDescription

let package = Package(
    name: "isg-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        // Named, because a path dependency is otherwise known by its folder name (wt-fuzz, main...).
        .package(name: "isg", path: "../.."),
    ],
    targets: [
        .systemLibrary(name: "CFuzzer"),
        .target(name: "FuzzSupport", dependencies: ["CFuzzer", .product(name: "Spreadsheet", package: "isg")]),
        .executableTarget(name: "xlsx", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "ods", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "csv", dependencies: ["FuzzSupport", .product(name: "Spreadsheet", package: "isg")]),
        .executableTarget(name: "mapping", dependencies: ["FuzzSupport", .product(name: "Mapping", package: "isg")]),
    ]
)
