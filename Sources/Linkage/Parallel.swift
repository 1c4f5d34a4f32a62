// Runs independent pair comparisons on all cores, keeping the results in input order.

import Dispatch

enum Parallel {
    /// `transform` over `0..<count` in contiguous chunks on all cores; results in index order.
    static func flatMap<T: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> [T]) -> [T] {
        let chunks = max(1, min(64, count / 2_048))
        let size = (count + chunks - 1) / max(chunks, 1)
        let parts = UnsafeMutableBufferPointer<[T]>.allocate(capacity: chunks)
        parts.initialize(repeating: [])
        defer { parts.deinitialize(); parts.deallocate() }
        nonisolated(unsafe) let shared = parts
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var out: [T] = []
            for i in (chunk * size)..<min(count, (chunk + 1) * size) { out.append(contentsOf: transform(i)) }
            shared[chunk] = out
        }
        return parts.flatMap { $0 }
    }
}
