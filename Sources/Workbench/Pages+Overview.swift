// Page 1, the month at a glance: the last imports, the nothing-lost account of each file, the
// coverage grid, the findings counted by site and kind, and the button that imports again.

import Foundation
import Hummingbird
import Model
import Pipeline
import Store
import Texts

extension WorkbenchServer {
    func overviewPage() -> Response {
        let view = StoreView(outputFolder: config.outputFolder)
        let files = view.files
        let events = view.events
        let findings = view.findings
        let months = Array(Set(files.flatMap(\.periods))).sorted()
        let sites = Array(Set(files.map(\.site))).sorted()
        let coverage = sites.map { site -> [String: Any] in
            let covered = Set(files.filter { $0.site == site }.flatMap(\.periods))
            return ["site": site, "cells": months.map { ["present": covered.contains($0)] }]
        }
        var counts: [String: (site: String, kind: String, severity: Severity, count: Int)] = [:]
        for f in findings {
            let key = "\(f.site ?? "")|\(f.kind)"
            counts[key, default: (f.site ?? "", f.kind, f.severity, 0)].count += 1
        }
        let countRows = counts.values.sorted { ($0.severity, $0.site, $0.kind) < ($1.severity, $1.site, $1.kind) }.map {
            ["site": $0.site.isEmpty ? "—" : $0.site, "kindLabel": Labels.kind($0.kind), "severity": Labels.severity($0.severity),
             "count": $0.count, "href": "/constats?site=\(Labels.query($0.site))&kind=\(Labels.query($0.kind))"] as [String: Any]
        }
        let current = config.outputFolder + "/current"
        let downloads = ((try? FileManager.default.contentsOfDirectory(atPath: current)) ?? []).sorted()
            .filter { !$0.hasPrefix(".") }
            .map { ["name": $0, "href": "/telecharger?chemin=\(Labels.query($0))"] }
        let values: [String: Any] = [
            "hasStore": view.store != nil, "csrf": secrets.csrf, "inputFolder": config.inputFolder,
            "persons": view.personCount, "fileCount": files.count, "findingCount": findings.count,
            "runs": view.runs.suffix(5).reversed().map {
                ["runID": $0.runID, "startedAt": $0.startedAt, "files": $0.files, "changedFiles": $0.changedFiles,
                 "errorFindings": $0.errorFindings] as [String: Any]
            },
            "files": files.map {
                ["file": $0.file, "site": $0.site, "rowsRead": $0.rowsRead, "kept": $0.kept, "duplicates": $0.duplicates,
                 "rejected": $0.rejected, "nonData": $0.nonData, "balanced": $0.isBalanced] as [String: Any]
            },
            "months": months, "coverage": coverage, "counts": countRows, "downloads": downloads,
            "hasEvents": !events.isEmpty,
            "events": events.suffix(10).reversed().map {
                ["at": $0.at, "user": $0.user, "kind": Texts.current("workbench.event." + $0.kind.rawValue)]
            },
        ]
        return Answers.html(renderer.page("overview", path: "/", values: values, notice: state.takeNotice()))
    }

    /// The import of the input folder: the same library call and the same store lock as `isg import`.
    func importAgain() async -> Response {
        guard state.beginImport() else {
            state.post(Notice(Texts.current("workbench.import.busy"), isError: true))
            return Answers.redirect(to: "/")
        }
        let options = ImportOptions(inputs: [config.inputFolder], mappingsFolder: config.mappingsFolder,
                                    outputFolder: config.outputFolder)
        // The import blocks a thread for seconds: off the server's event loops.
        let result: Result<ImportOutcome, any Error> = await offLoop { Result { try ImportJob.run(options) } }
        state.endImport()
        switch result {
        case .success(let outcome):
            let text = Texts.current("workbench.import.done", [
                "files": String(outcome.accounts.count), "kept": String(outcome.kept), "rejected": String(outcome.rejected),
                "findings": String(outcome.findings.count), "persons": String(outcome.persons)])
            try? journal.record("import \(config.inputFolder): \(outcome.accounts.count) files, run \(outcome.generation)")
            state.post(Notice(text))
        case .failure(let error):
            // ImportJob passes the store's refusal on as text: compare with that very text, in
            // whatever language the run speaks.
            let lock = config.outputFolder + "/" + ConsolidationStore.lockName
            let busy = "\(error)".contains(StoreError.busy(folder: lock).description)
            state.post(Notice(busy ? Texts.current("workbench.import.busy")
                                   : Texts.current("workbench.import.failed", ["reason": "\(error)"]), isError: true))
        }
        return Answers.redirect(to: "/")
    }
}

/// Words for codes: kinds and severities in the user's language.
enum Labels {
    /// The report's title of the kind (one catalogue entry for both), else the kind itself.
    static func kind(_ kind: String) -> String {
        let text = Texts.current("report.kind.\(kind).one")
        return text.hasPrefix("⟦") ? kind : text
    }

    static func severity(_ severity: Severity) -> String { Texts.current("workbench.severity." + severity.rawValue) }

    /// A value for a query string.
    static func query(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~"))) ?? ""
    }
}
