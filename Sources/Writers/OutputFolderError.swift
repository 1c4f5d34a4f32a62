// What makes isg refuse to write into an output folder, said so the user knows what to do, in the
// run's language.

import Texts

public enum OutputFolderError: Error, CustomStringConvertible, Sendable, Equatable {
    /// An output path is a symbolic link: isg writes through none.
    case symbolicLink(path: String)
    /// The output folder may be written by other users.
    case sharedFolder(path: String, mode: Int)

    public var description: String {
        switch self {
        case .symbolicLink(let path):
            return Texts.current("writers.symbolic-link", ["path": path])
        case .sharedFolder(let path, let mode):
            return Texts.current("writers.shared-folder", ["path": path, "mode": String(mode, radix: 8)])
        }
    }
}
