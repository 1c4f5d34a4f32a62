// Page 3, its second half: the unknown and renamed columns of the last import. A renamed column's
// header can be accepted as the field's new wording (added to its `colonnes:`, or `etiquettes:` in
// a form), and a column nobody needs can be ignored (added to the table's `ignorer:`): the same
// edit as a wording's, with its check, its diff and its dated copy.

import Foundation
import Hummingbird
import Mapping
import Model
import Texts

extension WorkbenchServer {
    /// One unknown or renamed header of one site, with the files it was seen in.
    struct ColumnIssue {
        var site: String
        var kind: String
        /// The field a renamed column seems to be; nil for an unknown column.
        var field: String?
        var header: String
        var sheets: [String]
        var places: [String]

        var key: String { [site, kind, field ?? "", header].joined(separator: "\u{1F}") }
    }

    func columnIssues() -> [ColumnIssue] {
        var groups: [String: ColumnIssue] = [:]
        var order: [String] = []
        for f in StoreView(outputFolder: config.outputFolder).findings where f.kind == "renamed_column" || f.kind == "unknown_column" {
            guard let site = f.site, let header = f.value else { continue }
            let issue = ColumnIssue(site: site, kind: f.kind, field: f.kind == "renamed_column" ? f.field : nil, header: header,
                                    sheets: [], places: [])
            if groups[issue.key] == nil { order.append(issue.key); groups[issue.key] = issue }
            if let sheet = f.sheet, groups[issue.key]?.sheets.contains(sheet) == false { groups[issue.key]?.sheets.append(sheet) }
            groups[issue.key]?.places.append(FindingDisplay.place(f))
        }
        return order.compactMap { groups[$0] }
    }

    /// Where a column edit goes: the mapping file of the site, its parsed rule, and for a rename the
    /// line of the field's wordings (and their key), for an ignore the line of the table.
    struct ColumnPlace {
        var path: String
        var layout: Layout
        var renameLine: Int?
        var renameKey: String
        var tableLine: Int?
    }

    func columnPlace(_ issue: ColumnIssue) -> ColumnPlace? {
        guard let set = try? MappingSet.load(folder: config.mappingsFolder),
              let mapping = set.mappings.first(where: { $0.site.code == issue.site }),
              let path = PathConfinement.file((mapping.file as NSString).lastPathComponent, within: config.mappingsFolder) else { return nil }
        let tables = [mapping.referrals, mapping.meetings].compactMap { $0 }
        // A rename: the table holding the field. An unknown column: the table whose `feuilles:`
        // claim its sheets, when exactly one does (never a guess between two).
        let rule: TableRule?
        if let field = issue.field {
            rule = tables.first { $0.fields.contains { $0.field == field } }
        } else {
            let claiming = tables.filter { table in
                issue.sheets.allSatisfy { sheet in
                    let name = Wording.normalize(sheet)
                    return table.sheets.isEmpty || table.sheets.contains { NamePattern.matches($0, name) || $0 == name }
                }
            }
            rule = claiming.count == 1 ? claiming.first : nil
        }
        guard let rule else { return nil }
        var place = ColumnPlace(path: path, layout: rule.layout, renameLine: nil, renameKey: "colonnes",
                                tableLine: rule.layout == .table ? rule.line : nil)
        if let field = issue.field, let fieldRule = rule.fields.first(where: { $0.field == field }) {
            // A field read from check boxes only has no list of its own to receive the header.
            let wordings = rule.layout == .table ? fieldRule.columns : fieldRule.labels
            if !wordings.isEmpty {
                place.renameLine = wordings.line
                place.renameKey = rule.layout == .table ? "colonnes" : "etiquettes"
            }
        }
        return place
    }

    func columnItems() -> [[String: Any]] {
        columnIssues().map { issue in
            let place = columnPlace(issue)
            var item: [String: Any] = [
                "site": issue.site, "kind": issue.kind, "kindLabel": Labels.kind(issue.kind), "header": issue.header,
                "field": issue.field ?? "", "csrf": secrets.csrf, "count": issue.places.count,
                "places": issue.places.prefix(3).joined(separator: " ; "),
                "canRename": place?.renameLine != nil, "canIgnore": place?.tableLine != nil,
            ]
            if let place { item["file"] = (place.path as NSString).lastPathComponent }
            return item
        }
    }

    /// `action` is `rename` or `ignore`. Only a header the store lists for that site (and, for a
    /// rename, that field): the form cannot write anything else into a mapping.
    func editColumn(_ fields: [String: String], action: String) async -> Response {
        let site = fields["site"] ?? "", kind = fields["kind"] ?? "", header = fields["header"] ?? ""
        let field = fields["field"].flatMap { $0.isEmpty ? nil : $0 }
        guard let issue = columnIssues().first(where: { $0.site == site && $0.kind == kind && $0.header == header && $0.field == field }),
              let place = columnPlace(issue),
              let old = try? String(contentsOfFile: place.path, encoding: .utf8) else {
            state.post(Notice(Texts.current("workbench.columns.refused"), isError: true))
            return Answers.redirect(to: "/correspondances")
        }
        let name = (place.path as NSString).lastPathComponent
        do {
            let new: String, done: String, logged: String
            if action == "rename", let line = place.renameLine, let field {
                new = try ColumnEdit.addingWording(header, key: place.renameKey, to: old, line: line)
                let set = try MappingFixCheck.load(new, replacing: place.path, folder: config.mappingsFolder)
                // The check: the new file reads, and the header is now one of the field's wordings.
                let rule = set.mappings.first { $0.site.code == site }.flatMap { m in
                    [m.referrals, m.meetings].compactMap { $0 }.flatMap(\.fields).first { $0.field == field }
                }
                let wordings = place.layout == .table ? rule?.columns.normalized : rule?.labels.normalized
                guard wordings?.contains(Wording.normalize(header)) == true else {
                    throw WorkbenchError(Texts.current("workbench.mappings.check_failed", ["reason": field]))
                }
                done = Texts.current("workbench.columns.check_renamed", ["header": header, "field": field])
                logged = "mapping edit \(name):\(line) column of \(field) renamed"
            } else if action == "ignore", let line = place.tableLine {
                new = try ColumnEdit.ignoring(header, in: old, tableLine: line)
                let set = try MappingFixCheck.load(new, replacing: place.path, folder: config.mappingsFolder)
                let tables = set.mappings.first { $0.site.code == site }.map { [$0.referrals, $0.meetings].compactMap { $0 } } ?? []
                guard tables.contains(where: { $0.ignoredColumns.contains(Wording.normalize(header)) }) else {
                    throw WorkbenchError(Texts.current("workbench.mappings.check_failed", ["reason": "ignorer"]))
                }
                done = Texts.current("workbench.columns.check_ignored", ["header": header])
                logged = "mapping edit \(name):\(line) column ignored"
            } else {
                state.post(Notice(Texts.current("workbench.columns.refused"), isError: true))
                return Answers.redirect(to: "/correspondances")
            }
            try await save(new, over: old, at: place.path, check: done, site: site, journal: logged)
            state.post(Notice(Texts.current(action == "rename" ? "workbench.columns.renamed" : "workbench.columns.ignored")))
        } catch {
            state.post(Notice("\(error)", isError: true))
        }
        return Answers.redirect(to: "/correspondances")
    }
}
