// Parsing a mapping text as `Mappings/colmar.yaml` of a one-site declaration, for the error tests.

import Mapping

/// The error the parser gives for `yaml`, or nil when it reads.
func colmarMappingError(_ yaml: String) -> MappingError? {
    let sites = [SiteDeclaration(code: "COLMAR", name: "Colmar", territory: "68", carrier: "CIDFF68")]
    do {
        _ = try MappingParser(file: "Mappings/colmar.yaml", text: yaml, sites: sites).parse()
        return nil
    } catch {
        return error
    }
}
