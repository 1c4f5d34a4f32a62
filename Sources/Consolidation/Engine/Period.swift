// The month (`YYYY-MM`) a file or a sheet reports for, read from its name.

import Mapping
import Model

enum Period {
    /// `2023-03.xlsx`, `saisines_202303.xlsx`, `Colmar mars 2023.ods`, `03-2023.ods`.
    static func fromFileName(_ relativePath: String) -> String? {
        var name = Wording.normalize(relativePath)
        if let dot = name.lastIndex(of: "."), !name[dot...].contains("/") { name = String(name[..<dot]) }
        let tokens = alphanumericTokens(name)
        guard let (yearIndex, year, packedMonth) = findYear(tokens) else { return nil }
        if let packedMonth { return format(year, packedMonth) }
        if let month = tokens.lazy.compactMap({ FrenchMonths.month($0) }).first { return format(year, month) }
        for neighbour in [yearIndex + 1, yearIndex - 1] where tokens.indices.contains(neighbour) {
            let token = tokens[neighbour]
            if token.count <= 2, let month = Int(token), (1...12).contains(month) { return format(year, month) }
        }
        return nil
    }

    /// `Mars`, `Févr`, `Janv 2023`, `03`; the year from the sheet name, else from the file name.
    static func fromSheetName(_ sheet: String, fileName: String) -> String? {
        let tokens = alphanumericTokens(Wording.normalize(sheet))
        var month = tokens.lazy.compactMap({ FrenchMonths.month($0) }).first
        if month == nil {
            month = tokens.lazy.filter({ $0.count <= 2 }).compactMap({ Int($0) }).first(where: { (1...12).contains($0) })
        }
        guard let month else { return nil }
        let year = findYear(tokens)?.1 ?? findYear(alphanumericTokens(Wording.normalize(fileName)))?.1
        guard let year else { return nil }
        return format(year, month)
    }

    /// The first token holding a year (`2023`), or a year and month packed (`202303`).
    private static func findYear(_ tokens: [Substring]) -> (Int, Int, Int?)? {
        for (index, token) in tokens.enumerated() where token.allSatisfy(\.isNumber) {
            if token.count == 4, let year = Int(token), (1990...2100).contains(year) { return (index, year, nil) }
            if token.count == 6, let packed = Int(token), (1990...2100).contains(packed / 100), (1...12).contains(packed % 100) {
                return (index, packed / 100, packed % 100)
            }
        }
        return nil
    }

    static func format(_ year: Int, _ month: Int) -> String {
        "\(year)-" + (month < 10 ? "0\(month)" : "\(month)")
    }

    /// `2023-03` -> `2023-04`.
    static func next(_ period: String) -> String? {
        let parts = period.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), let month = Int(parts[1]) else { return nil }
        return month == 12 ? format(year + 1, 1) : format(year, month + 1)
    }
}
