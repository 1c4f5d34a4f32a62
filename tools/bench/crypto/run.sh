#!/usr/bin/env bash
# What the HMAC of the person pseudonyms costs to build, two ways, from a clean build folder:
# swift-crypto (compiles its vendored BoringSSL) against Debian's OpenSSL libcrypto reached
# through a system library target (what isg does, Sources/CCrypto). Each way is a tiny package
# computing one HMAC-SHA256; both are built debug then release, and each prints the digest so
# the two are seen to agree.
#
#   tools/bench/crypto/run.sh [WORKDIR]
set -euo pipefail
work="${1:-/tmp/isg-crypto-bench}"
rm -rf "$work"; mkdir -p "$work/swiftcrypto/Sources/hmac" "$work/libcrypto/Sources/hmac" "$work/libcrypto/Sources/CCrypto"

cat > "$work/swiftcrypto/Package.swift" <<'SWIFT'
// swift-tools-version:6.0
import PackageDescription
let package = Package(name: "hmac", platforms: [.macOS(.v13)],
    dependencies: [.package(url: "https://github.com/apple/swift-crypto", from: "3.12.3")],
    targets: [.executableTarget(name: "hmac", dependencies: [.product(name: "Crypto", package: "swift-crypto")])])
SWIFT
cat > "$work/swiftcrypto/Sources/hmac/main.swift" <<'SWIFT'
import Crypto
let key = SymmetricKey(data: Array("person-id key".utf8))
let mac = HMAC<SHA256>.authenticationCode(for: Array("record-1".utf8), using: key)
print(mac.map { String(format: "%02x", $0) }.joined())
SWIFT

cat > "$work/libcrypto/Package.swift" <<'SWIFT'
// swift-tools-version:6.0
import PackageDescription
let package = Package(name: "hmac",
    targets: [.systemLibrary(name: "CCrypto", pkgConfig: "libcrypto"),
              .executableTarget(name: "hmac", dependencies: ["CCrypto"])])
SWIFT
cp "$(dirname "$0")/../../../Sources/CCrypto/module.modulemap" "$(dirname "$0")/../../../Sources/CCrypto/shim.h" "$work/libcrypto/Sources/CCrypto/"
cat > "$work/libcrypto/Sources/hmac/main.swift" <<'SWIFT'
import CCrypto
import Foundation
let key = Array("person-id key".utf8), message = Array("record-1".utf8)
var out = [UInt8](repeating: 0, count: 32)
var length: UInt32 = 0
_ = HMAC(EVP_sha256(), key, Int32(key.count), message, message.count, &out, &length)
print(out.map { String(format: "%02x", $0) }.joined())
SWIFT

for way in swiftcrypto libcrypto; do
  ( cd "$work/$way" && swift package resolve >/dev/null 2>&1 )
  for config in debug release; do
    start=$(date +%s.%N)
    ( cd "$work/$way" && swift build -c "$config" >/dev/null 2>&1 )
    end=$(date +%s.%N)
    digest=$("$work/$way/.build/$config/hmac")
    printf '%-12s %-8s %6.1f s  %s\n' "$way" "$config" "$(echo "$end - $start" | bc)" "$digest"
  done
done
