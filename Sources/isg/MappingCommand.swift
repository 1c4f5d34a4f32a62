// `isg mapping check` and `isg mapping draft`: the form-change workflow; the work lives in Consolidation.

import MappingTools
import ArgumentParser
import Foundation
import Mapping
import Model
import Spreadsheet
import Texts

struct MappingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mapping", abstract: Texts.current("help.mapping.abstract"),
        subcommands: [MappingCheckCommand.self, MappingDraftCommand.self])
}

struct MappingCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: Texts.current("help.check.abstract"),
        discussion: Texts.current("help.check.discussion"))

    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: ArgumentHelp(Texts.current("help.check.mapping")))
    var mapping: String?

    @Option(name: .long, help: ArgumentHelp(Texts.current("help.check.mappings")))
    var mappings = "Mappings"

    @Flag(name: .long, help: ArgumentHelp(Texts.current("help.check.short")))
    var short = false

    @Flag(help: ArgumentHelp(Texts.current("help.check.identified")))
    var identified = false

    @Argument(help: ArgumentHelp(Texts.current("help.check.files")))
    var files: [String]

    func run() throws {
        let chosen: SiteMapping?
        let set: MappingSet?
        do {
            chosen = try mapping.map { try MappingCheck.loadMapping($0, sitesFolder: mappings) }
            set = chosen == nil ? try MappingSet.load(folder: mappings) : nil
        } catch {
            FileHandle.standardError.write(Data((Texts.current("cli.error", ["message": "\(error)"]) + "\n").utf8))
            throw ExitCode(2)
        }
        let result = MappingCheck.check(paths: files, mapping: chosen, mappings: set) { try openWorkbook(path: $0) }
        print(result.rendered(showMatched: !short, identified: identified), terminator: "")
        if !result.isCovered { throw ExitCode(1) }
    }
}

struct MappingDraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: Texts.current("help.draft.abstract"))

    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: ArgumentHelp(Texts.current("help.draft.site")))
    var site: String

    @Option(name: .long, help: ArgumentHelp(Texts.current("help.draft.mappings")))
    var mappings = "Mappings"

    @Option(name: [.short, .long], help: ArgumentHelp(Texts.current("help.draft.output")))
    var output: String?

    @Argument(help: ArgumentHelp(Texts.current("help.draft.files")))
    var files: [String]

    func run() throws {
        let sites = (try? MappingCheck.loadSites(besides: mappings + "/sites.yaml", sitesFolder: mappings)) ?? []
        let declared = sites.first { $0.code == site }
        if declared == nil {
            FileHandle.standardError.write(Data((Texts.current("cli.error", ["message": Texts.current("cli.draft.undeclared", ["site": site, "file": mappings + "/sites.yaml"])]) + "\n").utf8))
        }
        var read: [(file: String, sheets: [CheckedSheet])] = []
        for file in files {
            do {
                read.append((file, try CheckedSheet.readAll(try openWorkbook(path: file))))
            } catch {
                FileHandle.standardError.write(Data((Texts.current("cli.error", ["message": Texts.current("cli.draft.skipped", ["reason": "\(error)"])]) + "\n").utf8))
            }
        }
        guard !read.isEmpty else { throw ExitCode(2) }
        let text = MappingDraft.draft(site: declared ?? SiteDeclaration(code: site, name: site, territory: "", carrier: ""), files: read)
        guard let output else { print(text, terminator: ""); return }
        guard !FileManager.default.fileExists(atPath: output) else {
            FileHandle.standardError.write(Data((Texts.current("cli.error", ["message": Texts.current("cli.draft.exists", ["path": output])]) + "\n").utf8))
            throw ExitCode(2)
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            FileHandle.standardError.write(Data((Texts.current("cli.error", ["message": Texts.current("cli.draft.cannot-write", ["path": output, "reason": error.localizedDescription])]) + "\n").utf8))
            throw ExitCode(2)
        }
    }
}
