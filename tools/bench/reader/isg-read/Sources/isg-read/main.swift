// Reads every cell of every sheet into typed values and prints how many of each kind: isg's side of the benchmark.

import Spreadsheet

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

var counts = [String: Int]()
for path in CommandLine.arguments.dropFirst() {
    do {
        let reader = try openWorkbook(path: path, limits: .default)
        for index in reader.sheets.indices {
            _ = try reader.readSheet(index) { row in
                for cell in row.cells {
                    switch cell.value {
                    case .string: counts["string", default: 0] += 1
                    case .number: counts["number", default: 0] += 1
                    case .boolean: counts["boolean", default: 0] += 1
                    case .date, .dateTime, .time, .duration: counts["temporal", default: 0] += 1
                    case .error: counts["error", default: 0] += 1
                    }
                }
            }
        }
    } catch {
        fputs("isg-read: \(error)\n", stderr)
        exit(1)
    }
}
print(counts.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))
