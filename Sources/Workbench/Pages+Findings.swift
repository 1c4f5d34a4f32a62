// Page 2, the findings: filtered by site, kind, severity and file, each with its cell, what is
// wrong and what to do. Values that may name a person stay masked (the report's rule) until the
// user asks to show identities, which the store's run log records with the OS user and the time.

import Foundation
import Hummingbird
import Mapping
import Model
import Store
import Texts

extension WorkbenchServer {
    func findingsPage(query: Parameters) -> Response {
        let all = StoreView(outputFolder: config.outputFolder).findings
        let filter = FindingFilter(site: query["site"].map(String.init), kind: query["kind"].map(String.init),
                                   severity: query["severity"].map(String.init), file: query["file"].map(String.init))
        let shown = all.filter(filter.matches)
        let identified = state.identified
        let knows = knownWordings()
        func options(_ values: [String], selected: String?) -> [[String: Any]] {
            Array(Set(values)).sorted().map { ["value": $0, "selected": $0 == selected] }
        }
        let values: [String: Any] = [
            "csrf": secrets.csrf, "identified": identified, "back": "/constats?" + filter.query,
            "sites": options(all.compactMap(\.site), selected: filter.site),
            "kinds": Array(Set(all.map(\.kind))).sorted().map { ["value": $0, "label": Labels.kind($0), "selected": $0 == filter.kind] },
            "severities": Severity.allCases.map { ["value": $0.rawValue, "label": Labels.severity($0), "selected": $0.rawValue == filter.severity] },
            "filesOptions": options(all.compactMap(\.file), selected: filter.file),
            "shownText": Texts.current("workbench.findings.shown", ["shown": String(shown.count), "all": String(all.count)]),
            "items": shown.map { f -> [String: Any] in
                let visible = FindingDisplay.visible(f, identified: identified, isKnownWording: knows)
                return ["severity": Labels.severity(f.severity), "severityClass": f.severity.rawValue, "kindLabel": Labels.kind(f.kind),
                        "site": f.site ?? "", "place": FindingDisplay.place(f), "field": f.field ?? "",
                        "value": visible.value ?? "", "message": visible.message, "hint": visible.hint ?? ""]
            },
        ]
        return Answers.html(renderer.page("findings", path: "/constats", values: values, notice: state.takeNotice()))
    }

    /// The vocabularies' wordings may be shown (they are the sites' own words, not a person's).
    func knownWordings() -> @Sendable (String) -> Bool {
        guard let mappings = try? MappingSet.load(folder: config.mappingsFolder) else { return { _ in false } }
        return { mappings.knowsWording($0) }
    }

    /// Showing identities is written to the store's run log (and to the journal) before anything
    /// is shown: if it cannot be logged, nothing is shown. Masking them again is never refused.
    func toggleIdentities(_ fields: [String: String]) -> Response {
        let show = fields["show"] == "1"
        let back = FindingFilter.safeBack(fields["back"])
        if !show { state.identified = false }
        do {
            try logIdentities(show)
        } catch {
            if show {
                state.post(Notice("\(error)", isError: true))
                return Answers.redirect(to: back)
            }
        }
        state.identified = show
        state.post(Notice(Texts.current(show ? "workbench.identities.logged" : "workbench.identities.masked",
                                        ["user": WorkbenchConfig.osUser])))
        return Answers.redirect(to: back)
    }

    /// One entry in the run log of the store (the writer's lock orders it with the imports), one
    /// line in the journal. No store yet: there is nothing to show, so nothing to log.
    func logIdentities(_ show: Bool) throws {
        guard StoreView(outputFolder: config.outputFolder).store != nil else {
            throw WorkbenchError(Texts.current("workbench.identities.no_store"))
        }
        do {
            let store = try ConsolidationStore(folder: config.outputFolder, writable: true, lockTimeout: 3)
            try store.log(show ? .identitiesShown : .identitiesHidden, user: WorkbenchConfig.osUser, detail: "workbench")
        } catch StoreError.busy(_) {
            throw WorkbenchError(Texts.current("workbench.identities.busy"))
        } catch {
            throw WorkbenchError(Texts.current("workbench.identities.not_logged", ["reason": "\(error)"]))
        }
        try journal.record(show ? "identities shown (workbench)" : "identities hidden (workbench)")
    }
}

public struct FindingFilter: Sendable {
    public var site, kind, severity, file: String?

    public init(site: String?, kind: String?, severity: String?, file: String?) {
        func given(_ s: String?) -> String? { s.flatMap { $0.isEmpty ? nil : $0 } }
        self.site = given(site)
        self.kind = given(kind)
        self.severity = given(severity)
        self.file = given(file)
    }

    public func matches(_ f: Finding) -> Bool {
        (site == nil || f.site == site) && (kind == nil || f.kind == kind)
            && (severity == nil || f.severity.rawValue == severity) && (file == nil || f.file == file)
    }

    /// Back to the findings page the user was on, never elsewhere: browsers read `/\x` and `//x`
    /// as another site, so only `/constats` with a plain query is followed.
    public static func safeBack(_ back: String?) -> String {
        guard let back, back == "/constats" || back.hasPrefix("/constats?"),
              !back.contains("\\"), !back.contains("//"), !back.contains("\n"), !back.contains("\r") else { return "/constats" }
        return back
    }

    var query: String {
        [("site", site), ("kind", kind), ("severity", severity), ("file", file)]
            .compactMap { name, value in value.map { "\(name)=\(Labels.query($0))" } }.joined(separator: "&")
    }
}

/// The report's privacy rule, applied to the page: without identities, a value that may name a
/// person is left out (identifying field) or masked with its length, and blanked out of the texts.
public enum FindingDisplay {
    public static func visible(_ f: Finding, identified: Bool, isKnownWording: (String) -> Bool) -> Finding {
        guard !identified, let value = f.value, !ValuePrivacy.mayShow(f, isKnownWording: isKnownWording) else { return f }
        let replacement = ValuePrivacy.identifies(f) ? Texts.current("workbench.hidden") : ValuePrivacy.mask(value)
        var shown = f
        shown.value = replacement
        shown.message = f.message.replacingOccurrences(of: value, with: replacement)
        shown.hint = f.hint?.replacingOccurrences(of: value, with: replacement)
        return shown
    }

    /// `STRASBOURG/2023-03.xlsx · Saisines · C17`.
    public static func place(_ f: Finding) -> String {
        [f.file, f.sheet, f.cell ?? f.row.map { Texts.current("workbench.row", ["row": String($0)]) }]
            .compactMap { $0 }.joined(separator: " · ")
    }
}
