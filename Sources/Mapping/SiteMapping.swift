// The compiled form of a mapping file: everything normalised once, ready to apply to thousands of rows.

import Model

/// A site as `sites.yaml` declares it: the model's `Site` and where its entry stands.
@dynamicMemberLookup
public struct SiteDeclaration: Hashable, Sendable {
    public var site: Site
    /// The line of its entry in sites.yaml.
    public var line: Int

    public init(code: String, name: String, territory: String, carrier: String, line: Int = 0) {
        site = Site(code: code, name: name, territory: territory, carrier: carrier)
        self.line = line
    }

    public subscript<T>(dynamicMember field: KeyPath<Site, T>) -> T { site[keyPath: field] }
}

/// Where the month a file or sheet reports for is read.
public enum PeriodSource: String, Sendable {
    /// From the file name (`2023-03.xlsx`, `saisines mars 2023.ods`).
    case fileName = "fichier"
    /// From the sheet name (`Mars`, `Févr`), the year from the file name.
    case sheetName = "feuille"
}

public enum Layout: String, Sendable {
    /// A table: a header row, one record per row.
    case table = "tableau"
    /// One record per sheet: values found next to their labels.
    case form = "formulaire"
}

public enum LabelPosition: String, Sendable {
    case right = "droite"
    case below = "dessous"
    /// Right of the label, else below it.
    case near = "autour"
}

public enum NameSplit: String, Sendable {
    /// "DUPONT Marie": family name in capitals first, then first names.
    case nomPrenom = "nom_prenom"
    /// "Marie DUPONT": first names first, then the family name in capitals.
    case prenomNom = "prenom_nom"
}

/// Where a check box's mark stands relative to its option's wording.
public enum MarkSide: String, Sendable {
    /// In the cell right of the option (`Femme | X`).
    case right = "droite"
    /// In the cell left of the option (`X | Femme`).
    case left = "gauche"
    /// In the option's own cell (`☒ Femme`, `[x] Femme`, `Femme ☒`).
    case inside = "dedans"
    /// Inferred per sheet from where the marks stand; a mark that cannot be attached with
    /// certainty is an `ambiguous_mark` finding, never a guess.
    case auto
}

/// A wording as the mapping file writes it, its normalised form, and its line (for hints).
public struct Wordings: Sendable {
    public var written: [String]
    public var normalized: [String]
    public var line: Int

    public init(_ written: [String], line: Int) {
        self.written = written
        self.normalized = written.map(Wording.normalize)
        self.line = line
    }

    public var isEmpty: Bool { written.isEmpty }
}

/// One option of a check-box field: the code it means and the wordings of its box (or column).
public struct BoxOption: Sendable {
    public var code: String
    public var wordings: Wordings
}

/// How one field of DATA-MODEL.md is read.
public struct FieldRule: Sendable {
    public var field: String
    public var kind: FieldKind
    /// The line of the field in the mapping file.
    public var line: Int
    /// Column headers (tables) with every wording they have had.
    public var columns: Wordings
    /// Labels (forms) next to which the value is.
    public var labels: Wordings
    public var position: LabelPosition
    /// How many cells away from the label the value may be.
    public var distance: Int
    /// Check boxes ("x" columns in a table, ☒/☐ or an X beside an option in a form).
    public var boxes: [BoxOption]
    /// A constant value instead of a cell.
    public var constant: String?
    public var vocabulary: Vocabulary?
    public var required: Bool
    /// The column or label may be absent from some sheets (an older version of the form) without a finding.
    public var mayBeAbsent: Bool
    public var split: NameSplit?
    /// A format given to one column only (`{nom: "NOM Prénom", format: nom_prenom}`): normalised wording -> format.
    public var columnSplits: [String: NameSplit]
    /// Where check-box marks stand (forms).
    public var mark: MarkSide
    /// Separators of a list cell, normalised (" et " included by default).
    public var separators: [String]

    public init(field: String, kind: FieldKind, line: Int) {
        self.field = field
        self.kind = kind
        self.line = line
        self.columns = Wordings([], line: line)
        self.labels = Wordings([], line: line)
        self.position = .near
        self.distance = 3
        self.boxes = []
        self.constant = nil
        self.vocabulary = nil
        self.required = false
        self.mayBeAbsent = false
        self.split = nil
        self.columnSplits = [:]
        self.mark = .auto
        self.separators = [",", "/", ";", "+", "\n", " et "]
    }

    /// The name format of the column read under this normalised header (its own, else the field's).
    public func split(forColumn normalizedHeader: String?) -> NameSplit? {
        normalizedHeader.flatMap { columnSplits[$0] } ?? split
    }

    /// Whether some column of this field splits a full name (so `prenom` needs no column of its own).
    public var splitsNames: Bool { split != nil || !columnSplits.isEmpty }
}

/// Which sheets hold a table's records, how they are laid out, and how each field is read.
public struct TableRule: Sendable {
    public var table: TableKind
    public var line: Int
    /// Sheet names or patterns (`*`, `?`), compared normalised. Empty means every visible sheet.
    public var sheets: [String]
    public var layout: Layout
    /// The header's first row when given (1-based), else found by the known column names.
    public var headerRow: Int?
    /// Rows in the header (2 for a header with merged group cells); nil: found automatically.
    public var headerRows: Int?
    /// A row whose first text cell starts with one of these is not data (TOTAL...).
    public var nonDataMarkers: [String]
    /// Headers known and deliberately not read (running numbers, remarks).
    public var ignoredColumns: Set<String>
    public var fields: [FieldRule]

    public init(table: TableKind, line: Int) {
        self.table = table
        self.line = line
        self.sheets = []
        self.layout = .table
        self.headerRow = nil
        self.headerRows = nil
        self.nonDataMarkers = ["total"]
        self.ignoredColumns = []
        self.fields = []
    }
}

/// A site's mapping file, compiled.
public struct SiteMapping: Sendable {
    public var site: SiteDeclaration
    /// The mapping file as the user names it, for hints (`Mappings/colmar.yaml`).
    public var file: String
    /// Patterns on the file's path relative to the input folder (or on its name alone when the
    /// pattern has no `/`), compared normalised.
    public var filePatterns: [String]
    public var period: PeriodSource
    /// A count above this is implausible (default 50).
    public var countBound: Int
    public var referrals: TableRule?
    public var meetings: TableRule?

    public init(site: SiteDeclaration, file: String) {
        self.site = site
        self.file = file
        self.filePatterns = []
        self.period = .fileName
        self.countBound = 50
    }

    /// "Mappings/colmar.yaml line 42": where a hint sends the user.
    public func place(_ line: Int) -> String { "\(file) line \(line)" }
}
