// Paths named in requests never leave the folders the workbench serves: `..`, absolute paths,
// links pointing outside and folders (no listing) are all refused.

import Foundation

public enum PathConfinement {
    /// The real path of `relative` inside `root`, or nil when it would leave `root`, is not a
    /// regular file, or does not exist. Links are resolved before the check, so a link inside the
    /// folder to a file outside it is refused too.
    public static func file(_ relative: String, within root: String) -> String? {
        guard !relative.isEmpty, !relative.hasPrefix("/"), !relative.contains("\0") else { return nil }
        let parts = relative.split(separator: "/", omittingEmptySubsequences: true)
        guard !parts.contains(where: { $0 == ".." || $0 == "." }), !parts.isEmpty else { return nil }
        guard let realRoot = realPath(root), let real = realPath(root + "/" + relative) else { return nil }
        guard real.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/") else { return nil }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isFolder), !isFolder.boolValue else { return nil }
        return real
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
