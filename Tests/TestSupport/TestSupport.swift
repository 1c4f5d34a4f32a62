// What every test target needs: the repository's paths and scratch folders that clean up after themselves.

import Foundation
import Testing
import Texts

public enum Repo {
    /// The repository's root, found from this source file.
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    public static func path(_ relative: String) -> String { root + "/" + relative }

    /// `Tests/Fixtures/<folder>/<name>`.
    public static func fixture(_ folder: String, _ name: String) -> String { path("Tests/Fixtures/\(folder)/\(name)") }

    /// `../shared` beside the repository, where the peer corpus lives when it is there.
    public static var shared: String? {
        let path = URL(fileURLWithPath: root).deletingLastPathComponent().appendingPathComponent("shared").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }
}

/// A new empty folder under the system's temporary folder; `remove()` it in a `defer`.
public struct ScratchFolder: Sendable {
    public let path: String

    public init(_ label: String = "test") throws {
        path = NSTemporaryDirectory() + "isg-\(label)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    public func file(_ name: String) -> String { path + "/" + name }

    public func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// A new scratch folder's path (the caller removes it).
public func temporaryFolder(_ label: String = "test") throws -> String { try ScratchFolder(label).path }

/// `@Suite(.texts(.en))`: the suite's tests word their findings and messages in that language,
/// bound to each test's task, so suites in other languages running at the same time are not affected.
public struct LanguageTrait: SuiteTrait, TestTrait, TestScoping {
    let language: Language

    public var isRecursive: Bool { true }

    public func provideScope(for test: Test, testCase: Test.Case?,
                             performing function: @Sendable () async throws -> Void) async throws {
        try await Texts.$scoped.withValue(Texts(language)) { try await function() }
    }
}

extension Trait where Self == LanguageTrait {
    public static func texts(_ language: Language) -> Self { LanguageTrait(language: language) }
}
