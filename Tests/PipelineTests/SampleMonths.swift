// Months of the samples copied into an input folder, as a site would send them month after month.

import Foundation
import TestSupport

enum SampleMonths {
    /// Copies the given months of Strasbourg (XLSX) and Colmar (ODS) into `input`; a month the
    /// samples lack (Colmar has no August) or one already there is left as it is.
    static func copy(_ months: ClosedRange<Int>, into input: String) throws {
        let manager = FileManager.default
        for (site, pattern) in [("STRASBOURG", "2023-%02d.xlsx"), ("COLMAR", "Colmar_2023-%02d.ods")] {
            try manager.createDirectory(atPath: input + "/" + site, withIntermediateDirectories: true)
            for month in months {
                let name = String(format: pattern, month)
                let source = Repo.path("Samples/\(site)/\(name)")
                let target = input + "/" + site + "/" + name
                guard manager.fileExists(atPath: source), !manager.fileExists(atPath: target) else { continue }
                try manager.copyItem(atPath: source, toPath: target)
            }
        }
    }
}
