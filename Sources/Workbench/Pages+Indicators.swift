// Page 5, the indicators: the table of `isg indicators` by scope and period, and its downloads
// (CSV, JSON, HTML) made by the same library call. While error findings wait for review the page
// says so, as the command does, and offers to compute them anyway.

import Foundation
import Hummingbird
import Indicators
import Store
import Texts

extension WorkbenchServer {
    func indicatorReport(_ query: Parameters) -> Result<IndicatorReport, WorkbenchError> {
        guard let store = try? ConsolidationStore(folder: config.outputFolder) else {
            return .failure(WorkbenchError(Texts.current("workbench.overview.no_store")))
        }
        let split = query["par"].flatMap { Period.Split(rawValue: String($0)) }
        let request = IndicatorRequest(split: split, acceptFindings: query["accepter"] == "1")
        do {
            return .success(try request.run(on: store))
        } catch {
            return .failure(WorkbenchError("\(error)"))
        }
    }

    func indicatorsPage(query: Parameters) -> Response {
        let accept = query["accepter"] == "1"
        let split = query["par"].map(String.init) ?? ""
        var values: [String: Any] = ["accept": accept, "split": split, "quarter": split == "quarter", "month": split == "month"]
        let suffix = "accepter=\(accept ? "1" : "0")&par=\(Labels.query(split))"
        values["downloads"] = ["csv", "json", "html"].map { ["name": "indicateurs.\($0)", "href": "/indicateurs/telecharger?format=\($0)&\(suffix)"] }
        switch indicatorReport(query) {
        case .success(let report): values["tables"] = IndicatorTable.tables(csv: report.csv(separator: ";"))
        case .failure(let error): values["refusal"] = error.description
        }
        return Answers.html(renderer.page("indicators", path: "/indicateurs", values: values, notice: state.takeNotice()))
    }

    func indicatorsDownload(query: Parameters) -> Response {
        switch indicatorReport(query) {
        case .failure(let error): return Answers.refusal(.conflict, error.description)
        case .success(let report):
            switch query["format"].map(String.init) {
            case "json": return Answers.download(Array(report.json().utf8), name: "indicateurs.json", type: "application/json")
            case "html": return Answers.download(Array(report.html().utf8), name: "indicateurs.html", type: "text/html; charset=utf-8")
            default: return Answers.download(Array(report.csv().utf8), name: "indicateurs.csv", type: "text/csv; charset=utf-8")
            }
        }
    }
}

/// The long CSV of the indicators (period, scope, indicator, value...) turned into one table per
/// period: a line per indicator, a column per scope.
enum IndicatorTable {
    static func tables(csv: String) -> [[String: Any]] {
        let lines = csv.replacingOccurrences(of: "\u{FEFF}", with: "").components(separatedBy: "\r\n").dropFirst()
            .filter { !$0.isEmpty }.map { $0.components(separatedBy: ";") }.filter { $0.count >= 9 }
        var periods: [String] = [], scopes: [String] = [], indicators: [String] = []
        var cells: [String: String] = [:]
        for f in lines {
            let period = "\(f[0]) → \(f[1])"
            if !periods.contains(period) { periods.append(period) }
            if !scopes.contains(f[2]) { scopes.append(f[2]) }
            if !indicators.contains(f[3]) { indicators.append(f[3]) }
            cells[period + "|" + f[2] + "|" + f[3]] = f[8].isEmpty ? f[4] : "\(f[8]) % (\(f[5])/\(f[6]))"
        }
        return periods.map { period in
            ["period": period, "scopes": scopes,
             "rows": indicators.map { indicator in
                 ["indicator": Labels.indicator(indicator),
                  "cells": scopes.map { cells[period + "|" + $0 + "|" + indicator] ?? "" }] as [String: Any]
             }] as [String: Any]
        }
    }
}

extension Labels {
    static func indicator(_ id: String) -> String {
        let text = Texts.current("workbench.indicator." + id)
        return text.hasPrefix("⟦") ? id : text
    }
}
