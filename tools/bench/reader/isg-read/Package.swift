// swift-tools-version:6.0
// The isg side of the reader benchmark, kept out of the main package so ordinary builds never compile it.
import PackageDescription

let package = Package(
    name: "isg-read",
    dependencies: [.package(path: "../../../..")],
    targets: [
        // By name: the root package's identity is its folder's name, which differs between clones.
        .executableTarget(name: "isg-read", dependencies: [.byName(name: "Spreadsheet")]),
    ]
)
