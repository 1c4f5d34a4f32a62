// Shared helpers: a mapping set from inline YAML, and a run over a fixture folder.

import TestSupport
import Model
@testable import Consolidation
import Foundation
import Mapping

enum Fixture {
    static let sites = [
        SiteDeclaration(code: "TEST", name: "Test", territory: "68", carrier: "CIDFF68"),
        SiteDeclaration(code: "AUTRE_SITE", name: "Other", territory: "67", carrier: "CEA"),
    ]

    static func path(_ relative: String) -> String { Repo.path("Tests/Fixtures/mapping/" + relative) }

    static func mappings(_ yaml: String) throws -> MappingSet {
        MappingSet(sites: sites, mappings: [try MappingParser(file: "Mappings/test.yaml", text: yaml, sites: sites).parse()])
    }

    static func run(_ folder: String, _ yaml: String) throws -> ConsolidationResult {
        ConsolidationRun(mappings: try mappings(yaml)).consolidateAll([path(folder)])
    }
}

extension ConsolidationResult {
    func findings(_ kind: String) -> [Finding] { findings.filter { $0.kind == kind } }

    func referral(_ suffix: String) -> Referral? { referrals.first { $0.recordID.hasSuffix(suffix) } }
}
