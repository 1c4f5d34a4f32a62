// Which files a run reads, each once: the same file named twice is one input, two different files
// never share a place in the store, and a file claimed by two mappings stops the run.

import Consolidation
import Foundation
import Model
import Texts
import Mapping

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An input file and what it really is on disk.
struct IdentifiedInput: Sendable {
    var file: InputFile
    /// Links and `..` resolved; the path as given when it cannot be resolved (a dangling link).
    var realPath: String
}

enum InputIdentity {
    /// One entry per real file, in relative-path order. Of two names of one file, the one under a
    /// folder input wins (`STRASBOURG/2023-03.xlsx` rather than `2023-03.xlsx` for a file also
    /// named alone), since the store keys its rows by that path.
    static func resolve(_ files: [InputFile]) throws -> [IdentifiedInput] {
        var byReal: [String: IdentifiedInput] = [:]
        for file in files {
            let input = IdentifiedInput(file: file, realPath: realPath(file.path))
            if let known = byReal[input.realPath] {
                let depth = { (f: InputFile) in f.relativePath.split(separator: "/").count }
                if depth(file) > depth(known.file) { byReal[input.realPath] = input }
            } else {
                byReal[input.realPath] = input
            }
        }
        let inputs = byReal.values.sorted { $0.file.relativePath != $1.file.relativePath
            ? $0.file.relativePath < $1.file.relativePath : $0.realPath < $1.realPath }
        for (a, b) in zip(inputs, inputs.dropFirst()) where a.file.relativePath == b.file.relativePath {
            throw ImportJobError(Texts.current("import.error.same-name",
                                               ["first": a.file.path, "second": b.file.path, "name": a.file.relativePath]))
        }
        return inputs
    }

    /// Stops the run when a mapping mistake would send a file to the wrong site.
    static func checkClaims(_ inputs: [IdentifiedInput], mappings: MappingSet) throws {
        var lines: [String] = []
        for input in inputs {
            let claims = mappings.claims(onPath: input.file.path)
            guard claims.count > 1 else { continue }
            lines.append(Texts.current("import.error.claimed", ["file": input.file.relativePath,
                                                                "mappings": claims.map(\.file).joined(separator: ", ")]))
        }
        guard !lines.isEmpty else { return }
        var shown = lines.prefix(5).joined(separator: "; ")
        if lines.count > 5 { shown += "; " + Texts.current.plural("import.error.claimed-more", count: lines.count - 5) }
        throw ImportJobError(Texts.current("import.error.claims", ["list": shown]))
    }

    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else {
            return path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
