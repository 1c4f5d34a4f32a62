// Handing the memory a finished stage freed back to the system, so the next stage's peak does not stack on it.

#if canImport(Glibc)
import Glibc
import Model
#endif

enum FreedMemory {
    /// Files are read on worker threads, whose malloc arenas the main thread does not reuse:
    /// without this the resident size keeps every stage's high-water mark (glibc's malloc_trim;
    /// elsewhere nothing to do).
    static func release() {
        #if canImport(Glibc)
        if let trim = mallocTrim { _ = trim(0) }
        #endif
    }

    #if canImport(Glibc)
    private typealias MallocTrim = @convention(c) (Int) -> Int32
    /// The Glibc module does not import malloc_trim: looked up once by name.
    private static let mallocTrim: MallocTrim? =
        dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim").map { unsafeBitCast($0, to: MallocTrim.self) }
    #endif
}
