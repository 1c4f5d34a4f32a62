// The command line and the disk: a full disk during an import is a clear error (exit 2)
// that leaves the previous generation whole; mistakes that would lose or expose rows stop with exit 2.

import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

@Suite(.serialized) struct OneUnitTests {
    /// A small tmpfs needs root (or a user namespace); where the machine refuses, the test is
    /// skipped with this reason.
    static let canMountTmpfs: Bool = {
        guard geteuid() == 0, let probe = try? ScratchFolder("tmpfs-probe") else { return false }
        defer { probe.remove() }
        guard Self.shell("mount -t tmpfs -o size=1m tmpfs '\(probe.path)'") == 0 else { return false }
        _ = Self.shell("umount '\(probe.path)'")
        return true
    }()

    @discardableResult
    static func shell(_ command: String) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    static func files(_ folder: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            result[name] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
        }
        return result
    }

    @Test(.enabled(if: canMountTmpfs, "needs root to mount a small tmpfs (the disk that fills up)"))
    func aFullDiskIsAClearErrorAndThePreviousGenerationStaysWhole() throws {
        let scratch = try ScratchFolder("disk-full")
        defer { scratch.remove() }
        let disk = scratch.file("disk")
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        #expect(Self.shell("mount -t tmpfs -o size=16m tmpfs '\(disk)'") == 0)
        defer { Self.shell("umount '\(disk)'") }
        let out = disk + "/out"
        let first = try Binary.run(["import", "Samples/STRASBOURG", "Samples/COLMAR", "--out", out])
        #expect(first.status == 1, "\(first.stderr)")
        let before = try Self.files(out + "/current")
        let storeBefore = try Binary.run(["indicators", "--db", out + "/consolidation.sqlite", "--accept-findings", "--format", "json"])

        // Leave about half a megabyte: the second import's exports and journal cannot fit.
        #expect(Self.shell("dd if=/dev/zero of='\(disk)/filler' bs=64k count=1000000 2>/dev/null; rm -f '\(disk)/filler.small'; truncate -s -512K '\(disk)/filler'") == 0)
        let second = try Binary.run(["import", "Samples", "--out", out])
        #expect(second.status == 2, "\(second.stdout)\n\(second.stderr)")
        #expect(second.stderr.contains("est plein") && second.stderr.contains("Libérez de la place")
                && second.stderr.contains("Rien n'a changé"), "\(second.stderr)")
        #expect(!second.stderr.contains("Fatal error"))

        // The previous generation, whole: the same files, the same store.
        try FileManager.default.removeItem(atPath: disk + "/filler")
        #expect(try Self.files(out + "/current") == before)
        let storeAfter = try Binary.run(["indicators", "--db", out + "/consolidation.sqlite", "--accept-findings", "--format", "json"])
        #expect(storeAfter.stdout == storeBefore.stdout && !storeAfter.stdout.isEmpty)
        // And the next run, with room again, sweeps what the failed one left and goes through.
        let third = try Binary.run(["import", "Samples", "--out", out])
        #expect(third.status == 1, "\(third.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(left == ["consolidation.sqlite", "current", "person-id.key"], "\(left)")
    }

    @Test func twoMappingsClaimingAFileExitTwoBeforeAnyWrite() throws {
        let scratch = try ScratchFolder("claims")
        defer { scratch.remove() }
        try FileManager.default.copyItem(atPath: Binary.root + "/Mappings", toPath: scratch.file("mappings"))
        let colmar = scratch.file("mappings/colmar.yaml")
        let text = try String(contentsOfFile: colmar, encoding: .utf8)
        try text.replacingOccurrences(of: "fichiers: [\"COLMAR/*.ods\", \"Colmar_*.ods\"]", with: "fichiers: [\"COLMAR/*.ods\", \"STRASBOURG/*.xlsx\"]")
            .write(toFile: colmar, atomically: true, encoding: .utf8)
        let run = try Binary.run(["import", "Samples", "--mappings", scratch.file("mappings"), "--out", scratch.file("out")])
        #expect(run.status == 2, "the old code read them with the first mapping and exited 1")
        #expect(run.stderr.contains("STRASBOURG/2023-01.xlsx est réclamé par") && run.stderr.contains("Rien n'a été importé"))
        #expect(!FileManager.default.fileExists(atPath: scratch.file("out")))
    }

    @Test func anOutputFolderOthersMayWriteIsRefused() throws {
        let scratch = try ScratchFolder("shared")
        defer { scratch.remove() }
        let out = scratch.file("out")
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        chmod(out, 0o777)
        let refused = try Binary.run(["import", "Samples/COLMAR", "--out", out])
        #expect(refused.status == 2 && refused.stderr.contains("est modifiable par d'autres utilisateurs"), "\(refused.stderr)")
        let english = try Binary.run(["import", "Samples/COLMAR", "--out", out, "--lang", "en"])
        #expect(english.status == 2 && english.stderr.contains("may be written by other users"), "\(english.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out + "/consolidation.sqlite"))
        let intended = try Binary.run(["import", "Samples/COLMAR", "--out", out, "--shared-out"])
        #expect(intended.status == 1, "\(intended.stderr)")
    }

    @Test func backupMakesAWholeCopy() throws {
        let scratch = try ScratchFolder("backup")
        defer { scratch.remove() }
        _ = try Binary.run(["import", "Samples/COLMAR", "--out", scratch.file("out")])
        try FileManager.default.createDirectory(atPath: scratch.file("copy"), withIntermediateDirectories: true)
        let run = try Binary.run(["backup", "--db", scratch.file("out/consolidation.sqlite"), scratch.file("copy")])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("saisines"), "\(run.stdout)")
        let indicators = try Binary.run(["indicators", "--db", scratch.file("copy/consolidation.sqlite"), "--accept-findings"])
        #expect(indicators.status == 0, "\(indicators.stderr)")
        let again = try Binary.run(["backup", "--db", scratch.file("out/consolidation.sqlite"), scratch.file("copy")])
        #expect(again.status == 2, "never over an existing file")
    }
}
