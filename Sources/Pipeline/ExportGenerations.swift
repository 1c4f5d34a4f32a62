// The exports of a run as one unit with the store: written into a fresh staging folder, committed
// to by the store's transaction, then switched in as `current/` by one rename of the folder.
//
// Why a folder and not a manifest beside files renamed one by one: a reader opening
// `current/saisines.csv` and `current/persons.csv` can never get one from each run, and the
// user's files stay at one documented place (`isg-out/current/...`) from month to month.

import Foundation
import Model
import Store
import Writers

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

enum ExportGenerations {
    /// The folder the user opens: the exports and the report of the store's latest run.
    static let currentName = "current"
    static let stagingPrefix = ".isg-gen-"
    /// In each generation folder: which run it shows and the files it holds.
    static let manifestName = "generation.json"

    /// A fresh staging folder for `runID`'s exports, owner-only, created exclusively (a name
    /// planted in advance makes this fail rather than write elsewhere). Returns its name.
    static func stage(in folder: String, runID: Int) throws -> String {
        var generator = SystemRandomNumberGenerator()
        let name = stagingPrefix + "\(runID)-" + String(generator.next() as UInt64, radix: 16)
        guard mkdir(folder + "/" + name, 0o700) == 0 else {
            throw FileError(path: folder + "/" + name, operation: "create the folder", errno: errno)
        }
        TemporaryFiles.register(folder + "/" + name)
        return name
    }

    /// `generation.json`: the run whose store state the folder shows, and each file's size, so a
    /// reader (or the kill test) can check that the folder is whole.
    static func writeManifest(in path: String, runID: Int, files: [String]) throws {
        var entries: [String] = []
        for file in files.sorted() {
            var info = stat()
            guard stat(path + "/" + file, &info) == 0 else { throw FileError(path: path + "/" + file, operation: "read", errno: errno) }
            entries.append("    {\"name\": \"\(file)\", \"bytes\": \(info.st_size)}")
        }
        let text = "{\n  \"generation\": \(runID),\n  \"files\": [\n" + entries.joined(separator: ",\n") + "\n  ]\n}\n"
        try PrivateFiles.writeAtomically(Array(text.utf8), to: path + "/" + manifestName)
        PrivateFiles.syncFolder(of: path + "/" + manifestName)
    }

    /// Makes `staging` the `current` folder in one step; the previous generation is then removed.
    static func switchIn(_ staging: String, in folder: String) throws {
        let current = folder + "/" + currentName, source = folder + "/" + staging
        try PrivateFiles.refuseLink(current)
        var info = stat()
        if lstat(current, &info) != 0 {
            guard rename(source, current) == 0 else { throw FileError(path: current, operation: "create", errno: errno) }
        } else if exchange(source, current) {
            // The old generation now sits at the staging name.
            try? FileManager.default.removeItem(atPath: source)
        } else {
            // No atomic exchange on this file system: for an instant there is no `current`, never a mix.
            let old = source + ".old"
            guard rename(current, old) == 0 else { throw FileError(path: current, operation: "replace", errno: errno) }
            guard rename(source, current) == 0 else {
                let e = errno
                rename(old, current)
                throw FileError(path: current, operation: "replace", errno: e)
            }
            try? FileManager.default.removeItem(atPath: old)
        }
        TemporaryFiles.unregister(source)
        PrivateFiles.syncFolder(of: current)
    }

    /// At the start of a run: finishes a switch a killed run committed to but did not make, and
    /// removes staging folders no committed run names. Returns what was removed, for the report.
    static func recover(in folder: String, store: ConsolidationStore) throws -> [String] {
        let current = folder + "/" + currentName
        if let latest = try store.latestGeneration(), !latest.switched {
            if generation(ofFolder: current) == latest.runID {
                // Switched, then killed before the run log said so: what sits at the staging name
                // is the previous generation, removed below.
                try store.markSwitched(latest.runID)
            } else if generation(ofFolder: folder + "/" + latest.folder) == latest.runID {
                try switchIn(latest.folder, in: folder)
                try store.markSwitched(latest.runID)
            }
        }
        var removed: [String] = []
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in names.sorted() where name.hasPrefix(stagingPrefix) {
            if (try? FileManager.default.removeItem(atPath: folder + "/" + name)) != nil { removed.append(name) }
        }
        return removed
    }

    /// The run a generation folder shows, from its manifest.
    static func generation(ofFolder path: String) -> Int? {
        guard let data = FileManager.default.contents(atPath: path + "/" + manifestName),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        return object["generation"] as? Int
    }

    #if canImport(Glibc)
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    /// glibc's renameat2, looked up by name: the Glibc module does not import it.
    private static let renameat2: RenameAt2? =
        dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2").map { unsafeBitCast($0, to: RenameAt2.self) }
    #endif

    /// Swaps two folders atomically (Linux RENAME_EXCHANGE, macOS RENAME_SWAP); false where unsupported.
    private static func exchange(_ a: String, _ b: String) -> Bool {
        #if canImport(Glibc)
        guard let renameat2 else { return false }
        return renameat2(AT_FDCWD, a, AT_FDCWD, b, 2 /* RENAME_EXCHANGE */) == 0
        #elseif canImport(Darwin)
        return renamex_np(a, b, UInt32(RENAME_SWAP)) == 0
        #else
        return false
        #endif
    }
}
