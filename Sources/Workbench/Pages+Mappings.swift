// Page 3, the mapping fixes: the values no vocabulary covers, grouped by field with their counts
// and first cells. Choosing a code adds the wording to the right vocabulary of the right mapping
// file (a textual insertion), after which the page shows the diff, the check of the new mapping
// and the button to import again.

import Foundation
import Hummingbird
import Mapping
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
        for f in StoreView(outputFolder: config.outputFolder).findings where f.kind == "untranslated_value" {
            guard let site = f.site, let field = f.field, let value = f.value else { continue }
            let key = [site, field, value].joined(separator: "\u{1F}")
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
                let codes = MappingEdit.codes(in: text, vocabularyLine: place.line).filter { $0 != "inconnu" && $0 != "aucun" }
                entry["codes"] = codes
                entry["hasCodes"] = !codes.isEmpty
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
            }] as [String: Any]
        }
        return Answers.html(renderer.page("mappings", path: "/correspondances", values: values, notice: state.takeNotice()))
    }

    /// Only a wording the store lists as untranslated, for its own site and field, and one of the
    /// codes written in that vocabulary: the form cannot write anything else into a mapping.
    func addWording(_ fields: [String: String]) -> Response {
        let site = fields["site"] ?? "", field = fields["field"] ?? "", value = fields["value"] ?? "", code = fields["code"] ?? ""
        guard untranslated().contains(where: { $0.site == site && $0.field == field && $0.value == value }),
              let place = vocabulary(site: site, field: field),
              let old = try? String(contentsOfFile: place.path, encoding: .utf8),
              MappingEdit.codes(in: old, vocabularyLine: place.line).contains(code) else {
            state.post(Notice(Texts.current("workbench.mappings.refused"), isError: true))
            return Answers.redirect(to: "/correspondances")
        }
        do {
            let new = try MappingEdit.adding(value, code: code, to: old, vocabularyLine: place.line)
            let check = try MappingFixCheck.check(new, replacing: place.path, folder: config.mappingsFolder,
                                                  site: site, field: field, wording: value, code: code)
            let copy = try EditedFile.replace(place.path, with: new)
            try journal.record("mapping edit \((place.path as NSString).lastPathComponent):\(place.line) \(field) -> \(code)")
            state.lastEdit = LastEdit(diff: MappingEdit.diff(old, new, file: (place.path as NSString).lastPathComponent),
                                      check: check, copy: copy.map { ($0 as NSString).lastPathComponent } ?? "")
            state.post(Notice(Texts.current("workbench.mappings.saved")))
        } catch {
            state.post(Notice("\(error)", isError: true))
        }
        return Answers.redirect(to: "/correspondances")
    }
}

/// The diff of the last edit, its check and the dated copy, shown until the next edit.
struct LastEdit: Sendable {
    var diff: [String]
    var check: String
    var copy: String
}

/// Before the file is replaced: the whole mappings folder is loaded again with the new text in
/// place (a copy in a scratch folder), and the wording must now read as the chosen code.
enum MappingFixCheck {
    static func check(_ text: String, replacing path: String, folder: String, site: String, field: String,
                      wording: String, code: String) throws -> String {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("isg-atelier-" + AccessSecrets.randomHex(bytes: 6)).path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        do {
            try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: false,
                                                    attributes: [.posixPermissions: 0o700])
            for name in try FileManager.default.contentsOfDirectory(atPath: folder) where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                try FileManager.default.copyItem(atPath: folder + "/" + name, toPath: scratch + "/" + name)
            }
            try text.write(toFile: scratch + "/" + (path as NSString).lastPathComponent, atomically: true, encoding: .utf8)
        } catch {
            throw WorkbenchError(Texts.current("workbench.mappings.check_failed", ["reason": "\(error)"]))
        }
        let set: MappingSet
        do {
            set = try MappingSet.load(folder: scratch, displayFolder: folder)
        } catch {
            throw WorkbenchError(Texts.current("workbench.mappings.check_failed", ["reason": "\(error)"]))
        }
        let rules = set.mappings.first { $0.site.code == site }.map { ($0.referrals?.fields ?? []) + ($0.meetings?.fields ?? []) } ?? []
        // The code as the parser reads it (`oui` is the boolean true): any code, not "untranslated".
        guard let vocabulary = rules.first(where: { $0.field == field })?.vocabulary,
              case .code(let read) = vocabulary.match(wording) else {
            throw WorkbenchError(Texts.current("workbench.mappings.check_failed", ["reason": field]))
        }
        return Texts.current("workbench.mappings.check_ok", ["field": field, "code": read])
    }
}
