// The secret key and the keyed pseudonyms (HMAC-SHA256) that person ids are made of.

import CCrypto

/// The secret behind person ids: without it, an id cannot be recomputed from anything in the data.
/// The Store keeps its 32 bytes in a file of the store folder; Linkage only takes the bytes.
public struct PersonKey: Sendable {
    public static let byteCount = 32
    public let bytes: [UInt8]

    public enum KeyError: Error, CustomStringConvertible, Equatable {
        case wrongLength(Int)
        case randomUnavailable

        public var description: String {
            switch self {
            case .wrongLength(let n):
                return "the person key must be \(PersonKey.byteCount) bytes, this one has \(n): restore the key file from its backup or start a new store"
            case .randomUnavailable:
                return "the system could not provide random bytes for a new person key"
            }
        }
    }

    public init(bytes: [UInt8]) throws {
        guard bytes.count == Self.byteCount else { throw KeyError.wrongLength(bytes.count) }
        self.bytes = bytes
    }

    /// A new key from the operating system's cryptographic random source.
    public static func generate() throws -> PersonKey {
        var buffer = [UInt8](repeating: 0, count: byteCount)
        let ok = buffer.withUnsafeMutableBufferPointer { RAND_bytes($0.baseAddress, Int32(byteCount)) }
        guard ok == 1 else { throw KeyError.randomUnavailable }
        return try PersonKey(bytes: buffer)
    }

    /// HMAC-SHA256 of `message` under this key.
    public func mac(_ message: String) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let data = Array(message.utf8)
        bytes.withUnsafeBufferPointer { key in
            data.withUnsafeBufferPointer { msg in
                out.withUnsafeMutableBufferPointer { dst in
                    _ = HMAC(EVP_sha256(), key.baseAddress, Int32(key.count),
                             msg.baseAddress, msg.count, dst.baseAddress, &length)
                }
            }
        }
        return Array(out.prefix(Int(length)))
    }

    /// `P-` and 12 base32 characters (60 bits) of the HMAC of `seed`: a pseudonym for a new person.
    public func pseudonym(for seed: String) -> String {
        let digest = mac("isg-person-v1\u{0}" + seed)
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        var bits: UInt64 = 0
        for byte in digest.prefix(8) { bits = bits << 8 | UInt64(byte) }
        var out = "P-"
        for i in 0..<12 {
            let shift = UInt64(64 - 5 * (i + 1))
            out.append(alphabet[Int((bits >> shift) & 31)])
        }
        return out
    }
}
