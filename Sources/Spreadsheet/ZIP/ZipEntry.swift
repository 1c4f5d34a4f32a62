// One file inside a ZIP archive, as its central directory describes it.

/// An entry of a `ZipArchive`. Sizes are what the archive declares: they bound what is
/// read (an entry inflating past its declared size is refused) but are never used to
/// allocate memory.
public struct ZipEntry: Hashable, Sendable {
    /// The path inside the archive, as stored (`xl/worksheets/sheet1.xml`).
    public var name: String
    /// 0 = stored, 8 = deflated; other methods are refused when read.
    public var method: Int
    public var flags: Int
    public var crc32: UInt32
    public var compressedSize: Int
    public var uncompressedSize: Int
    /// Offset of the local file header.
    public var localHeaderOffset: Int
    /// Offset of the first byte of the entry's data, after the local header.
    public var dataOffset: Int

    /// Entries protected by ZIP's own (traditional or AES) encryption.
    public var isEncrypted: Bool { flags & 1 != 0 }
    public var isDirectory: Bool { name.hasSuffix("/") }
}
