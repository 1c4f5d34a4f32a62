// The Alsace 2023 table as published: the figures that fund the posts, which the samples must give.

import Indicators
import Testing

public enum Published2023 {
    /// Checks the report's Alsace scope and its 67/68 split against the published table, rounded
    /// as published (percent to the unit); returns the Alsace values for finer checks.
    @discardableResult
    public static func expectTable(_ report: IndicatorReport, sourceLocation: SourceLocation = #_sourceLocation) throws -> IndicatorValues {
        let a = try #require(report.values[.alsace], sourceLocation: sourceLocation)
        let shares: [(String, Share?, Int)] = [
            ("67", report.values[.territory("67")]?.shareOfAlsace, 80),
            ("68", report.values[.territory("68")]?.shareOfAlsace, 20),
            ("referred by gendarmes", a.referredByGendarmes, 91),
            ("not known to the ISG", a.notKnownISG, 66),
            ("not known to the CeA", a.notKnownCEA, 75),
            ("women", a.women, 70),
            ("minors", a.minors, 15),
            ("intra-family violence at referral", a.vifAtReferral, 78),
            ("intra-family violence after assessment", a.vifAfterAssessment, 55),
        ]
        for (name, share, published) in shares {
            #expect(share?.roundedPercent == published, "\(name)", sourceLocation: sourceLocation)
        }
        let counts: [(String, Int, Int)] = [
            ("referrals", a.referrals, 4960), ("interviews", a.interviews, 5457),
            ("partner contacts", a.partnerContacts, 2552), ("orientations", a.orientations, 3583),
            ("meetings", a.meetings, 90),
        ]
        for (name, count, published) in counts {
            #expect(count == published, "\(name)", sourceLocation: sourceLocation)
        }
        return a
    }
}
