// Page 3, the mapping fixes: the values no vocabulary covers, grouped by field with their counts
// and first cells. Choosing a code (or "unknown") adds the wording to the right vocabulary of the
// right mapping file (a textual insertion), after which the page shows the diff, the check of the
// new mapping, `mapping check` on the input folder, and the button to import again. A value that
// is no wording at all ("not a value") is left to be fixed in its cells.

import Foundation
import Hummingbird
import Mapping
import MappingTools
import Model
import Texts

extension WorkbenchServer {
    /// One untranslated wording of one site's field, with where it was seen.
    struct Untranslated {
        var site: String
        var field: String
        var value: String
        var count: Int
        var cells: [String]
    }

    func untranslated() -> [Untranslated] {
        var groups: [String: Untranslated] = [:]
        var order: [String] = []
        let left = state.skipped
        for f in StoreView(outputFolder: config.outputFolder).findings where f.kind == "untranslated_value" {
            guard let site = f.site, let field = f.field, let value = f.value else { continue }
            let key = [site, field, value].joined(separator: "\u{1F}")
            // Left to be fixed in its cells this session: not offered again until the next start.
            if left.contains(Self.cellFixKey(key)) { continue }
            if groups[key] == nil { order.append(key); groups[key] = Untranslated(site: site, field: field, value: value, count: 0, cells: []) }
            groups[key]?.count += 1
            if (groups[key]?.cells.count ?? 0) < 3 { groups[key]?.cells.append(FindingDisplay.place(f)) }
        }
        return order.compactMap { groups[$0] }.sorted { ($0.field, -$0.count, $0.site) < ($1.field, -$1.count, $1.site) }
    }

    /// The mapping of `site`, its file's path inside the mappings folder, and the vocabulary line of `field`.
    func vocabulary(site: String, field: String) -> (path: String, line: Int, vocabulary: Vocabulary)? {
        guard let set = try? MappingSet.load(folder: config.mappingsFolder),
              let mapping = set.mappings.first(where: { $0.site.code == site }) else { return nil }
        let rules = (mapping.referrals?.fields ?? []) + (mapping.meetings?.fields ?? [])
        guard let rule = rules.first(where: { $0.field == field }), let vocabulary = rule.vocabulary else { return nil }
        let name = (mapping.file as NSString).lastPathComponent
        guard let path = PathConfinement.file(name, within: config.mappingsFolder) else { return nil }
        return (path, vocabulary.line, vocabulary)
    }

    func mappingsPage() -> Response {
        let identified = state.identified
        var fields: [String: [[String: Any]]] = [:]
        for item in untranslated() {
            var entry: [String: Any] = ["site": item.site, "count": item.count, "cells": item.cells.joined(separator: " ; "),
                                        "csrf": secrets.csrf, "field": item.field]
            if identified, let place = vocabulary(site: item.site, field: item.field),
               let text = try? String(contentsOfFile: place.path, encoding: .utf8) {
                entry["value"] = item.value
                let codes = MappingEdit.codes(in: text, vocabularyLine: place.line).filter { $0 != Self.unknownCode && $0 != "aucun" }
                // The data model's "unknown" (an empty field, no finding) is always offered, last.
                entry["codes"] = codes.map { ["value": $0, "label": $0] }
                    + [["value": Self.unknownCode, "label": Texts.current("workbench.mappings.unknown_code")]]
                entry["hasCodes"] = true
                entry["place"] = "\((place.path as NSString).lastPathComponent):\(place.line)"
            } else {
                entry["value"] = identified ? item.value : ValuePrivacy.mask(item.value)
            }
            fields[item.field, default: []].append(entry)
        }
        var values: [String: Any] = [
            "csrf": secrets.csrf, "identified": identified,
            "fields": fields.keys.sorted().map { ["field": $0, "items": fields[$0] ?? []] as [String: Any] },
        ]
        // Only when there is one: Mustache shows a section for any value present, an empty optional included.
        if let edit = state.lastEdit {
            values["lastEdit"] = ["check": edit.check, "copy": edit.copy, "diff": edit.diff.map { line -> [String: Any] in
                ["line": line, "add": line.hasPrefix("+") && !line.hasPrefix("+++"), "del": line.hasPrefix("-") && !line.hasPrefix("---")]
            }, "files": edit.files.map(\.page), "hasFiles": !edit.files.isEmpty] as [String: Any]
        }
        let columns = columnItems()
        values["columns"] = columns
        values["hasColumns"] = !columns.isEmpty
        return Answers.html(renderer.page("mappings", path: "/correspondances", values: values, notice: state.takeNotice()))
    }

    /// Only a wording the store lists as untranslated, for its own site and field, and one of the
    /// codes written in that vocabulary or `inconnu`: the form cannot write anything else into a mapping.
    func addWording(_ fields: [String: String]) async -> Response {
        let site = fields["site"] ?? "", field = fields["field"] ?? "", value = fields["value"] ?? "", code = fields["code"] ?? ""
        guard untranslated().contains(where: { $0.site == site && $0.field == field && $0.value == value }),
              let place = vocabulary(site: site, field: field),
              let old = try? String(contentsOfFile: place.path, encoding: .utf8),
              code == Self.unknownCode || MappingEdit.codes(in: old, vocabularyLine: place.line).contains(code) else {
            state.post(Notice(Texts.current("workbench.mappings.refused"), isError: true))
            return Answers.redirect(to: "/correspondances")
        }
        do {
            let new = try MappingEdit.adding(value, code: code, to: old, vocabularyLine: place.line)
            let check = try MappingFixCheck.check(new, replacing: place.path, folder: config.mappingsFolder,
                                                  site: site, field: field, wording: value, code: code)
            try await save(new, over: old, at: place.path, check: check, site: site,
                           journal: "mapping edit \((place.path as NSString).lastPathComponent):\(place.line) \(field) -> \(code)")
            state.post(Notice(Texts.current("workbench.mappings.saved")))
        } catch {
            state.post(Notice("\(error)", isError: true))
        }
        return Answers.redirect(to: "/correspondances")
    }
}

extension WorkbenchServer {
    /// The data model's code for "unknown": the wording reads as an empty field, without a finding.
    static let unknownCode = "inconnu"

    static func cellFixKey(_ key: String) -> String { "cell\u{1F}" + key }

    /// "Not a value: fix the cell": nothing is written to the mappings; the page says which cells
    /// to correct in the site's file, and stops offering the wording for this session.
    func leaveToCells(_ fields: [String: String]) -> Response {
        let site = fields["site"] ?? "", field = fields["field"] ?? "", value = fields["value"] ?? ""
        guard let item = untranslated().first(where: { $0.site == site && $0.field == field && $0.value == value }) else {
            state.post(Notice(Texts.current("workbench.mappings.refused"), isError: true))
            return Answers.redirect(to: "/correspondances")
        }
        state.skip(Self.cellFixKey([site, field, value].joined(separator: "\u{1F}")))
        // The value itself is never journaled: it may be a name written in the wrong column.
        try? journal.record("wording of \(site) \(field) left to fix in its cells")
        state.post(Notice(Texts.current("workbench.mappings.fix_cells", ["cells": item.cells.joined(separator: " ; ")])))
        return Answers.redirect(to: "/correspondances")
    }

    /// `isg mapping check` (the same engine code, `MappingTools`) on the input folder's files of
    /// `site`, with the mappings as they are now on disk: one verdict per file.
    /// Writes a checked mapping edit (atomic, with a dated copy of the previous text), journals it,
    /// and keeps what the page shows next: the diff, the check, the copy, the folder's verdicts.
    func save(_ new: String, over old: String, at path: String, check: String, site: String, journal line: String) async throws {
        let copy = try EditedFile.replace(path, with: new)
        try journal.record(line)
        state.lastEdit = LastEdit(diff: MappingEdit.diff(old, new, file: (path as NSString).lastPathComponent), check: check,
                                  copy: copy.map { ($0 as NSString).lastPathComponent } ?? "", files: await folderCheck(site: site))
    }

    func folderCheck(site: String) async -> [FileVerdict] {
        let folder = config.inputFolder, mappings = config.mappingsFolder
        return await offLoop {
            guard let set = try? MappingSet.load(folder: mappings) else { return [] }
            return MappingCheck.check(folder: folder, site: site, mappings: set).files.map(FileVerdict.init)
        }
    }
}

/// Runs blocking work (an import, a check reading spreadsheets) off the server's event loops.
func offLoop<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { continuation in
        DispatchQueue.global().async { continuation.resume(returning: body()) }
    }
}

/// The diff of the last edit, its check, the dated copy and the folder's check, shown until the next edit.
struct LastEdit: Sendable {
    var diff: [String]
    var check: String
    var copy: String
    var files: [FileVerdict] = []
}

/// One file's line of `mapping check` as the page shows it: OK, or what is left, counted (no
/// value of a cell, so nothing that could name a person).
struct FileVerdict: Sendable, Equatable {
    var file: String
    var ok: Bool
    var columns: String
    var wordings: String
    var others: String

    init(_ check: FileCheck) {
        file = check.file
        ok = check.isCovered
        let sheets = check.sheets
        let unread = (check.problem != nil || check.proposedFilePattern != nil ? 1 : 0)
            + sheets.filter { $0.problem != nil || ($0.table == nil && !$0.isCovered) }.count
        let unknown = sheets.reduce(0) { $0 + $1.unknown.count }, missing = sheets.reduce(0) { $0 + $1.missing.count }
        let texts = Texts.current
        func count(_ key: String, _ n: Int) -> String? { n == 0 ? nil : texts.plural(key, count: n) }
        if unread > 0 {
            columns = texts.plural("workbench.check.unread", count: unread)
        } else {
            let parts = [count("workbench.check.unknown", unknown), count("workbench.check.missing", missing)].compactMap { $0 }
            columns = parts.isEmpty ? texts("workbench.check.columns_ok") : parts.joined(separator: ", ")
        }
        let untranslated = sheets.reduce(0) { $0 + $1.untranslated.reduce(0) { $0 + $1.count } }
        wordings = count("workbench.check.values", untranslated) ?? texts("workbench.check.values_ok")
        let other = sheets.reduce(0) { $0 + $1.other.reduce(0) { $0 + $1.count } }
            + check.findings.filter { $0.severity != .info && $0.kind != "unreadable_file" && $0.kind != "unmatched_file" }.count
        others = count("workbench.check.others", other) ?? ""
    }

    var page: [String: Any] {
        ["file": file, "ok": ok, "columns": columns, "wordings": wordings, "others": others,
         "verdict": Texts.current(ok ? "workbench.check.ok" : "workbench.check.not_ok")]
    }
}

/// Before the file is replaced: the whole mappings folder is loaded again with the new text in
/// place (a copy in a scratch folder), and the edit must read as meant.
enum MappingFixCheck {
    /// The mappings folder as it would be with `text` in place of `path`: a mistake in the new
    /// text is thrown here, before anything is written.
    static func load(_ text: String, replacing path: String, folder: String) throws -> MappingSet {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("isg-atelier-" + AccessSecrets.randomHex(bytes: 6)).path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        do {
            try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: false,
                                                    attributes: [.posixPermissions: 0o700])
            for name in try FileManager.default.contentsOfDirectory(atPath: folder) where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                try FileManager.default.copyItem(atPath: folder + "/" + name, toPath: scratch + "/" + name)
            }
            try text.write(toFile: scratch + "/" + (path as NSString).lastPathComponent, atomically: true, encoding: .utf8)
            return try MappingSet.load(folder: scratch, displayFolder: folder)
        } catch {
            throw WorkbenchError(Texts.current("workbench.mappings.check_failed", ["reason": "\(error)"]))
        }
    }

    /// The wording must now read as the chosen code (or as "unknown" for `inconnu`).
    static func check(_ text: String, replacing path: String, folder: String, site: String, field: String,
                      wording: String, code: String) throws -> String {
        let set = try load(text, replacing: path, folder: folder)
        let rules = set.mappings.first { $0.site.code == site }.map { ($0.referrals?.fields ?? []) + ($0.meetings?.fields ?? []) } ?? []
        guard let vocabulary = rules.first(where: { $0.field == field })?.vocabulary else {
            throw WorkbenchError(Texts.current("workbench.mappings.check_failed", ["reason": field]))
        }
        switch vocabulary.match(wording) {
        // The code as the parser reads it (`oui` is the boolean true): any code, not "untranslated".
        case .code(let read):
            return Texts.current("workbench.mappings.check_ok", ["field": field, "code": read])
        case .unknown where code == WorkbenchServer.unknownCode:
            return Texts.current("workbench.mappings.check_unknown", ["field": field])
        default:
            throw WorkbenchError(Texts.current("workbench.mappings.check_failed", ["reason": field]))
        }
    }
}
