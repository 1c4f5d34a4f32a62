// The import's parallel consolidation gives the same results as one file after the other.

import Consolidation
import Foundation
@testable import Pipeline
import Testing

@Suite struct ParallelImportTests {
    @Test func summaryPluralises() {
        #expect(ImportSummaryText.plural(1, "file") == "1 file")
        #expect(ImportSummaryText.plural(2, "file") == "2 files")
    }
}
