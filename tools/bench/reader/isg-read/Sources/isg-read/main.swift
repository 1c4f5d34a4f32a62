// Reads every cell of every sheet into typed values and prints how many of each kind: isg's side of the benchmark.

import Spreadsheet

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

var arguments = Array(CommandLine.arguments.dropFirst())
let json = arguments.first == "--json"
if json { arguments.removeFirst() }
// --open-only: time opening (sniffing, listing sheets) without reading any cell.
let openOnly = arguments.first == "--open-only"
if openOnly { arguments.removeFirst() }
var counts = [String: Int]()
for path in arguments {
    do {
        let reader = try openWorkbook(path: path, limits: .default)
        if openOnly {
            print("\(reader.sheets.count) sheet(s)")
            continue
        }
        if json {
            print(try CorpusJSON.render(reader, file: String(path.split(separator: "/").last ?? "")))
            continue
        }
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
        FileHandleStandardError.write("isg-read: \(error)\n")
        exit(1)
    }
}
if !json { print(counts.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")) }

enum FileHandleStandardError {
    static func write(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { Glibc.write(2, $0.baseAddress, $0.count) }
    }
}
