// What makes isg refuse to write into an output folder, said so the user knows what to do.

public enum OutputFolderError: Error, CustomStringConvertible, Sendable, Equatable {
    /// An output path is a symbolic link: isg writes through none.
    case symbolicLink(path: String)
    /// The output folder may be written by other users.
    case sharedFolder(path: String, mode: Int)

    public var description: String {
        switch self {
        case .symbolicLink(let path):
            return "\(path) is a symbolic link; isg writes no output through a link: remove the link (or choose another --out)"
        case .sharedFolder(let path, let mode):
            return "the output folder \(path) may be written by other users (mode \(String(mode, radix: 8))): "
                + "it will hold names; run `chmod go-w \(path)`, choose another --out, or pass --shared-out if this is intended"
        }
    }
}
