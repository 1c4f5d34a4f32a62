// A static symbol table compressing short strings one by one (after FSST), for the shared strings.

/// Up to 255 symbols of 1 to 8 bytes, each coded as one byte; code 255 escapes one literal
/// byte. Built from a sample of the strings (the first ones of the table), it halves typical
/// text while each string still decodes on its own in a few nanoseconds per byte: shared
/// strings stay randomly accessible. The idea is that of FSST (Boncz, Neumann, Leis, VLDB
/// 2020); the training here is a simpler greedy variant.
struct XLSXSymbolTable {
    static let escape: UInt8 = 255

    /// Symbol bytes, little-endian in a word (unused high bytes zero), and their lengths.
    private(set) var symbols: [UInt64] = []
    private(set) var lengths: [UInt8] = []
    /// The codes grouped by first byte, longest first within a group (greedy longest match):
    /// the group of byte b is `order[groupStart[b]..<groupStart[b + 1]]`. Flat arrays, so that
    /// the encoding loop runs on raw pointers.
    private var order: [UInt8] = []
    private var groupStart = [Int](repeating: 0, count: 257)
    private var masks: [UInt64] = []

    private struct Symbol: Hashable {
        var word: UInt64
        var length: Int
    }

    @inline(__always)
    private static func mask(_ length: Int) -> UInt64 {
        length >= 8 ? ~0 : (1 << UInt64(8 * length)) - 1
    }

    private init(_ chosen: [(word: UInt64, length: Int)]) {
        var byFirst: [[UInt8]] = Array(repeating: [], count: 256)
        for (code, symbol) in chosen.enumerated() {
            symbols.append(symbol.word)
            lengths.append(UInt8(symbol.length))
            masks.append(XLSXSymbolTable.mask(symbol.length))
            byFirst[Int(symbol.word & 0xFF)].append(UInt8(code))
        }
        for first in 0..<256 {
            groupStart[first] = order.count
            order += byFirst[first].sorted { (lengths[Int($0)], $1) > (lengths[Int($1)], $0) }
        }
        groupStart[256] = order.count
    }

    /// The code matching the longest symbol at `word` (the next bytes, `remaining` of them
    /// real), or nil when the byte must be escaped.
    @inline(__always)
    private func match(_ word: UInt64, remaining: Int) -> UInt8? {
        order.withUnsafeBufferPointer { order in
            symbols.withUnsafeBufferPointer { symbols in
                masks.withUnsafeBufferPointer { masks in
                    lengths.withUnsafeBufferPointer { lengths in
                        groupStart.withUnsafeBufferPointer { groupStart in
                            let first = Int(word & 0xFF)
                            var k = groupStart[first]
                            let end = groupStart[first + 1]
                            while k < end {
                                let code = Int(order[k])
                                if Int(lengths[code]) <= remaining, word & masks[code] == symbols[code] { return UInt8(code) }
                                k += 1
                            }
                            return nil
                        }
                    }
                }
            }
        }
    }

    /// Reads the 8 bytes at `i` of a buffer padded with 8 zero bytes past its end.
    @inline(__always)
    private static func word(_ padded: UnsafeRawPointer, _ i: Int) -> UInt64 {
        UInt64(littleEndian: padded.loadUnaligned(fromByteOffset: i, as: UInt64.self))
    }

    /// Trains a table on `sample` (strings, each padded with 8 zero bytes past `count`).
    /// Five rounds: parse the sample with the current table, then keep the 255 symbols and
    /// concatenations of neighbours that would cover the most bytes.
    static func train(_ sample: [(padded: UnsafeRawPointer, count: Int)]) -> XLSXSymbolTable {
        var table = XLSXSymbolTable([])
        // Ids: codes 0..<255, literal byte b as 256 + b.
        var single = [UInt32](repeating: 0, count: 512)
        var pairs = [UInt32](repeating: 0, count: 512 * 512)
        for _ in 0..<5 {
            for i in single.indices { single[i] = 0 }
            for i in pairs.indices { pairs[i] = 0 }
            for string in sample {
                var i = 0, previous = -1
                while i < string.count {
                    let w = word(string.padded, i)
                    let id: Int
                    if let code = table.match(w, remaining: string.count - i) {
                        id = Int(code)
                        i += Int(table.lengths[id])
                    } else {
                        id = 256 + Int(w & 0xFF)
                        i += 1
                    }
                    single[id] &+= 1
                    if previous >= 0 { pairs[previous * 512 + id] &+= 1 }
                    previous = id
                }
            }
            func symbol(_ id: Int) -> (word: UInt64, length: Int) {
                id >= 256 ? (UInt64(id - 256), 1) : (table.symbols[id], Int(table.lengths[id]))
            }
            var gains: [Symbol: Int] = [:]
            func add(_ s: (word: UInt64, length: Int), _ count: UInt32) {
                gains[Symbol(word: s.word, length: s.length), default: 0] += Int(count) * s.length
            }
            for id in 0..<512 where single[id] > 0 { add(symbol(id), single[id]) }
            for a in 0..<512 where single[a] > 0 {
                let first = symbol(a)
                guard first.length < 8 else { continue }
                for b in 0..<512 {
                    let count = pairs[a * 512 + b]
                    guard count > 1 else { continue }
                    let second = symbol(b)
                    let length = first.length + second.length
                    guard length <= 8 else { continue }
                    add((first.word | second.word << UInt64(8 * first.length), length), count)
                }
            }
            let best = gains.map { (word: $0.key.word, length: $0.key.length, gain: $0.value) }
                .sorted { ($0.gain, $0.length, $1.word) > ($1.gain, $1.length, $0.word) }
                .prefix(255)
            table = XLSXSymbolTable(best.map { ($0.word, $0.length) })
        }
        return table
    }

    /// Encodes `count` bytes at `padded` (8 zero bytes readable past the end) into `output`,
    /// which must hold `2 * count` bytes; returns the encoded length.
    func encode(_ padded: UnsafeRawPointer, count: Int, into output: UnsafeMutablePointer<UInt8>) -> Int {
        var i = 0, o = 0
        while i < count {
            let w = XLSXSymbolTable.word(padded, i)
            if let code = match(w, remaining: count - i) {
                output[o] = code
                o += 1
                i += Int(lengths[Int(code)])
            } else {
                output[o] = XLSXSymbolTable.escape
                output[o + 1] = UInt8(truncatingIfNeeded: w)
                o += 2
                i += 1
            }
        }
        return o
    }

    /// Decodes `codes` into `output`, which must hold `8 * codes.count + 8` bytes; returns the length.
    @inline(__always)
    func decode(_ codes: UnsafeRawBufferPointer, into output: UnsafeMutableRawPointer) -> Int {
        var i = 0, o = 0
        let n = codes.count
        symbols.withUnsafeBufferPointer { symbols in
            lengths.withUnsafeBufferPointer { lengths in
                while i < n {
                    let code = codes[i]
                    if code == XLSXSymbolTable.escape {
                        // Encoded by `encode`: an escape is always followed by its byte.
                        output.storeBytes(of: i + 1 < n ? codes[i + 1] : 0, toByteOffset: o, as: UInt8.self)
                        o += 1
                        i += 2
                    } else {
                        output.storeBytes(of: symbols[Int(code)].littleEndian, toByteOffset: o, as: UInt64.self)
                        o += Int(lengths[Int(code)])
                        i += 1
                    }
                }
            }
        }
        return o
    }
}
