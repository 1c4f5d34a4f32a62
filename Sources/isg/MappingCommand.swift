// `isg mapping check` and `isg mapping draft`: the form-change workflow; the work lives in Consolidation.

import MappingTools
import ArgumentParser
import Foundation
import Mapping
import Model
import Spreadsheet

struct MappingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mapping", abstract: "Check a mapping file against files, or draft one for a new site.",
        subcommands: [MappingCheckCommand.self, MappingDraftCommand.self])
}

struct MappingCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Says, without importing, how a mapping reads some files: columns matched, unknown headers, missing columns, untranslated values.",
        discussion: "Exit status: 0 when the mapping covers the files fully, 1 when something needs fixing, 2 when the mapping itself cannot be read.")

    @Option(name: .long, help: "The mapping file to check with (default: the mapping of the mappings folder that claims each file).")
    var mapping: String?

    @Option(name: .long, help: "The mappings folder (sites.yaml and one file per site).")
    var mappings = "Mappings"

    @Flag(name: .long, help: "Leave out the columns that matched: only what needs fixing.")
    var short = false

    @Flag(help: "Print values and sheet names as written, even those that may name a person.")
    var identified = false

    @Argument(help: "The XLSX, ODS or CSV files.")
    var files: [String]

    func run() throws {
        let chosen: SiteMapping?
        let set: MappingSet?
        do {
            chosen = try mapping.map { try MappingCheck.loadMapping($0, sitesFolder: mappings) }
            set = chosen == nil ? try MappingSet.load(folder: mappings) : nil
        } catch {
            FileHandle.standardError.write(Data("isg: \(error)\n".utf8))
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
        abstract: "Writes a first mapping file for files nobody has mapped yet: headers matched to fields, values under their likely code, TODOs for the rest.")

    @Option(name: .long, help: "The site's code, as declared in sites.yaml.")
    var site: String

    @Option(name: .long, help: "The mappings folder whose sites.yaml declares the site.")
    var mappings = "Mappings"

    @Option(name: [.short, .long], help: "Write the draft to this file instead of the standard output (never over an existing file).")
    var output: String?

    @Argument(help: "The site's XLSX, ODS or CSV files.")
    var files: [String]

    func run() throws {
        let sites = (try? MappingCheck.loadSites(besides: mappings + "/sites.yaml", sitesFolder: mappings)) ?? []
        let declared = sites.first { $0.code == site }
        if declared == nil {
            FileHandle.standardError.write(Data("isg: the site \(site) is not declared in \(mappings)/sites.yaml; declare it there before using the draft.\n".utf8))
        }
        var read: [(file: String, sheets: [CheckedSheet])] = []
        for file in files {
            do {
                read.append((file, try CheckedSheet.readAll(try openWorkbook(path: file))))
            } catch {
                FileHandle.standardError.write(Data("isg: \(error) (skipped)\n".utf8))
            }
        }
        guard !read.isEmpty else { throw ExitCode(2) }
        let text = MappingDraft.draft(site: declared ?? SiteDeclaration(code: site, name: site, territory: "", carrier: ""), files: read)
        guard let output else { print(text, terminator: ""); return }
        guard !FileManager.default.fileExists(atPath: output) else {
            FileHandle.standardError.write(Data("isg: \(output) already exists; give another name, or remove it first.\n".utf8))
            throw ExitCode(2)
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            FileHandle.standardError.write(Data("isg: cannot write \(output): \(error.localizedDescription)\n".utf8))
            throw ExitCode(2)
        }
    }
}
