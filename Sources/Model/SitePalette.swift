// One colour per site, the same in every page (the quality report's chart and legends, the
// indicators' charts): a site's colour follows its place among all the sites, sorted by code.

public enum SitePalette {
    /// Colour-blind-safe (Okabe-Ito), dark enough for white text and for print.
    public static let colours = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#8C6D1F", "#999999"]

    /// The colour of `site` among `sites` (any order; the store's sites): the same set gives the
    /// same colour whichever page asks.
    public static func colour(of site: String, among sites: [String]) -> String {
        let sorted = Array(Set(sites + [site])).sorted()
        return colours[(sorted.firstIndex(of: site) ?? 0) % colours.count]
    }

    /// The top of a chart's axis at or above `v`: twice a round step (1, 2 or 5 × 10ⁿ), so the
    /// middle line is round too. Shared by the report's and the indicators page's charts.
    public static func axisTop(_ v: Int) -> Int {
        var magnitude = 1
        while true {
            for factor in [1, 2, 5] where 2 * factor * magnitude >= v { return 2 * factor * magnitude }
            magnitude *= 10
        }
    }
}
