// `isg mapping check` and `isg mapping draft`: the form-change workflow; the work lives in MappingTools.

import MappingTools
import ArgumentParser
import Foundation
import Mapping
import Model
import Spreadsheet
import Texts

struct MappingCommand: ParsableCommand {
    static let configuration = CommandConfiguration.isg("mapping", discussion: false,
                                                        subcommands: [MappingCheckCommand.self, MappingDraftCommand.self])
}

struct MappingCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration.isg("check")

    @OptionGroup var language: LanguageOption
    @Option(name: .long, help: .isg("check.mapping")) var mapping: String?
    @Option(name: .long, help: .isg("check.mappings")) var mappings = "Mappings"
    @Flag(name: .long, help: .isg("check.short")) var short = false
    @Flag(help: .isg("check.identified")) var identified = false
    @Argument(help: .isg("check.files")) var files: [String]

    func run() throws {
        let chosen: SiteMapping?
        let set: MappingSet?
        do {
            chosen = try mapping.map { try MappingCheck.loadMapping($0, sitesFolder: mappings) }
            set = chosen == nil ? try MappingSet.load(folder: mappings) : nil
        } catch {
            throw failure("\(error)")
        }
        let result = MappingCheck.check(paths: files, mapping: chosen, mappings: set) { try openWorkbook(path: $0) }
        print(result.rendered(showMatched: !short, identified: identified), terminator: "")
        if !result.isCovered { throw ExitCode(1) }
    }
}

struct MappingDraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration.isg("draft", discussion: false)

    @OptionGroup var language: LanguageOption
    @Option(name: .long, help: .isg("draft.site")) var site: String
    @Option(name: .long, help: .isg("draft.mappings")) var mappings = "Mappings"
    @Option(name: [.short, .long], help: .isg("draft.output")) var output: String?
    @Argument(help: .isg("draft.files")) var files: [String]

    func run() throws {
        let sites = (try? MappingCheck.loadSites(besides: mappings + "/sites.yaml", sitesFolder: mappings)) ?? []
        let declared = sites.first { $0.code == site }
        if declared == nil {
            // A warning: the draft is still written, for a site about to be declared.
            complain(Texts.current("cli.draft.undeclared", ["site": site, "file": mappings + "/sites.yaml"]))
        }
        var read: [(file: String, sheets: [CheckedSheet])] = []
        for file in files {
            do {
                read.append((file, try CheckedSheet.readAll(try openWorkbook(path: file))))
            } catch {
                complain(Texts.current("cli.draft.skipped", ["reason": "\(error)"]))
            }
        }
        guard !read.isEmpty else { throw ExitCode(2) }
        let text = MappingDraft.draft(site: declared ?? SiteDeclaration(code: site, name: site, territory: "", carrier: ""), files: read)
        guard let output else { print(text, terminator: ""); return }
        guard !FileManager.default.fileExists(atPath: output) else {
            throw failure(Texts.current("cli.draft.exists", ["path": output]))
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw failure(Texts.current("cli.draft.cannot-write", ["path": output, "reason": error.localizedDescription]))
        }
    }
}
