// The one way isg spreads independent work over the cores: results always in index order.

import Dispatch

public enum ParallelMap {
    /// `transform` of `0..<count` on all cores; the result at index i is `transform(i)`.
    public static func map<T: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer { slots.deinitialize(); slots.deallocate() }
        // Each iteration writes only its own slot, and concurrentPerform returns after all of them.
        nonisolated(unsafe) let shared = slots
        DispatchQueue.concurrentPerform(iterations: count) { index in shared[index] = transform(index) }
        return slots.compactMap { $0 }
    }

    /// `transform` over `0..<count` in contiguous chunks (cheap items), concatenated in index order.
    public static func flatMap<T: Sendable>(_ count: Int, minimumChunk: Int = 2_048,
                                            _ transform: @Sendable (Int) -> [T]) -> [T] {
        let chunks = max(1, min(64, count / max(1, minimumChunk)))
        let size = (count + chunks - 1) / chunks
        return map(chunks) { chunk in
            var out: [T] = []
            for i in (chunk * size)..<min(count, (chunk + 1) * size) { out.append(contentsOf: transform(i)) }
            return out
        }.flatMap { $0 }
    }
}
