// Where a mapping rule is written, said in the run's language: `Mappings/colmar.yaml ligne 12`.

import Mapping
import Texts

extension SiteMapping {
    /// The mapping file and line to edit, for a finding's hint.
    package func linePlace(_ line: Int) -> String {
        Texts.current("finding.place.line", ["file": file, "line": String(line)])
    }
}
