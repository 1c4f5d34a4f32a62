// Many files read on all cores, their run-wide checks applied in input order: the same results as one by one.

import Foundation
import Model
import Spreadsheet
import Texts

extension ConsolidationRun {
    /// Consolidates `files` with `workers` threads reading files, while the calling thread admits
    /// each result in input order (duplicates across files, months seen). The results, findings
    /// and their order do not depend on the thread timing. `each` sees every result once, in
    /// input order, on the calling thread. With more than one worker, the run's opener is called
    /// from several threads at once (the Spreadsheet readers share nothing between workbooks).
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
        let slots = ReadSlots(count: files.count)
        // `read` only uses the run's constants (mappings, compiled tables, the opener).
        nonisolated(unsafe) let run = self
        let group = DispatchGroup()
        // Findings are worded in the caller's language, also on the reading threads.
        let readAll = Texts.carried { _ in
            while let index = slots.claim() {
                slots.fill(index, with: run.read(files[index]))
            }
        }
        for worker in 0..<workers {
            DispatchQueue.global(qos: .userInitiated).async(group: group) { readAll(worker) }
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

/// The hand-over between the reading threads and the admitting one. Readers claim the next index
/// without waiting for admission: every result is kept for the run anyway, and a bound would stall
/// a reader behind one large file (a yearly workbook is twelve monthly files).
private final class ReadSlots: @unchecked Sendable {
    private let condition = NSCondition()
    private var results: [FileResult?]
    private var next = 0

    init(count: Int) {
        results = Array(repeating: nil, count: count)
    }

    func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
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
        return result
    }
}
