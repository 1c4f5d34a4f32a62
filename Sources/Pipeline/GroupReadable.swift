// `isg import --group-readable`: the outputs opened to the folder's group (files 0640, folders
// 0750), for a protected shared drive where the team is the group. The store and the person-id key
// stay owner-only: the store is read through `isg` by whoever runs the imports, and the key must
// never leave that person.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Texts

enum GroupReadable {
    static let fileMode: mode_t = 0o640
    static let folderMode: mode_t = 0o750

    /// Opens a generation folder and its files to the group, before it is switched in as `current/`.
    static func open(generation folder: String) throws {
        try change(folder, folderMode)
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            try change(path, fileMode)
        }
    }

    /// The output folder itself: 0750, so the group can reach `current/`.
    static func open(outputFolder folder: String) throws {
        try change(folder, folderMode)
    }

    private static func change(_ path: String, _ mode: mode_t) throws {
        guard chmod(path, mode) == 0 else {
            throw ImportJobError(Texts.current("import.error.group-readable", ["path": path, "mode": String(mode, radix: 8),
                                                                               "reason": String(cString: strerror(errno))]))
        }
    }
}
