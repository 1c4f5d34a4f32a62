// Many files read on all cores, their run-wide checks applied in input order: the same results as one by one.

import Foundation
import Spreadsheet

extension ConsolidationRun {
    /// Consolidates `files` with `workers` threads reading files, while the calling thread admits
    /// each result in input order (duplicates across files, months seen). The results, findings
    /// and their order do not depend on the thread timing. `each` sees every result once, in
    /// input order, on the calling thread.
    public func consolidate(_ files: [InputFile], workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                            each: (Int, FileResult) -> Void = { _, _ in }) -> [FileResult] {
        let workers = max(1, min(workers, files.count))
        guard workers > 1 else {
            return files.enumerated().map { index, file in
                let result = consolidate(file)
                each(index, result)
                return result
            }
        }
        XMLThreads.prepare()
        let slots = ReadSlots(count: files.count, lookahead: workers * 4)
        // `read` only uses the run's constants (mappings, compiled tables, the opener).
        nonisolated(unsafe) let run = self
        let group = DispatchGroup()
        for _ in 0..<workers {
            DispatchQueue.global(qos: .userInitiated).async(group: group) {
                while let index = slots.claim() {
                    slots.fill(index, with: run.read(files[index]))
                }
            }
        }
        var results: [FileResult] = []
        results.reserveCapacity(files.count)
        for index in files.indices {
            let result = admit(slots.take(index))
            each(index, result)
            results.append(result)
        }
        group.wait()
        return results
    }
}

/// The hand-over between the reading threads and the admitting one. Readers claim the next index,
/// but never more than `lookahead` ahead of the one being admitted, so finished files do not pile
/// up in memory when admission is slower.
private final class ReadSlots: @unchecked Sendable {
    private let condition = NSCondition()
    private var results: [FileResult?]
    private var next = 0
    private var admitted = 0
    private let lookahead: Int

    init(count: Int, lookahead: Int) {
        results = Array(repeating: nil, count: count)
        self.lookahead = max(1, lookahead)
    }

    func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while next < results.count && next >= admitted + lookahead { condition.wait() }
        guard next < results.count else { return nil }
        next += 1
        return next - 1
    }

    func fill(_ index: Int, with result: FileResult) {
        condition.lock()
        results[index] = result
        condition.broadcast()
        condition.unlock()
    }

    func take(_ index: Int) -> FileResult {
        condition.lock()
        defer { condition.unlock() }
        while results[index] == nil { condition.wait() }
        let result = results[index] ?? FileResult(account: FileAccount(file: "", site: "", contentHash: ""))
        results[index] = nil
        admitted = index + 1
        condition.broadcast()
        return result
    }
}
