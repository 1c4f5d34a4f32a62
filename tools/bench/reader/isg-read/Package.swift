// swift-tools-version:6.0
// The isg side of the reader benchmark, kept out of the main package so ordinary builds never compile it.
import Foundation
import PackageDescription

// A path dependency's identity is its folder's name, which differs between clones and worktrees.
let root = URL(fileURLWithPath: Context.packageDirectory).appendingPathComponent("../../../..").standardizedFileURL
let rootIdentity = root.lastPathComponent.lowercased()

let package = Package(
    name: "isg-read",
    dependencies: [.package(path: root.path)],
    targets: [
        .executableTarget(name: "isg-read", dependencies: [.product(name: "Spreadsheet", package: rootIdentity)]),
    ]
)
