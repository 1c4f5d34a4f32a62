// Runs independent pair comparisons on all cores, keeping the results in input order.

import Model

enum Parallel {
    /// `transform` over `0..<count` in contiguous chunks on all cores; results in index order.
    static func flatMap<T: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> [T]) -> [T] {
        ParallelMap.flatMap(count, transform)
    }
}
