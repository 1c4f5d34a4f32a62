// The rows of the unified dataset (DATA-MODEL.md), as plain values handed to Store and Report.


/// One referral (saisine) of one person: a row of `saisines`.
public struct Referral: Hashable, Sendable {
    /// `<file relative to the input folder>#<sheet>!<row>`, or `<file>#<sheet>` for a form.
    public var recordID: String
    public var site: String
    /// `YYYY-MM`.
    public var periode: String
    public var territoire: String
    public var porteur: String
    public var dateSaisine: CivilDate?
    public var origine: Origin?
    public var origineDetail: String?
    public var nom: String?
    public var prenom: String?
    public var nomNaissance: String?
    public var dateNaissance: CivilDate?
    public var age: Int?
    public var sexe: Sex?
    public var mineur: Bool?
    public var role: Role?
    public var commune: String?
    public var connuISG: Bool?
    public var connuCEA: Bool?
    public var motifSaisine: Motive?
    public var motifIntervention: Motive?
    public var nbEntretiens: Int?
    public var nbLiensPartenaires: Int?
    /// No code twice, in DATA-MODEL.md's order.
    public var orientations: [Orientation]
    public var personID: String?

    public init(recordID: String, site: String, periode: String, territoire: String, porteur: String) {
        self.recordID = recordID
        self.site = site
        self.periode = periode
        self.territoire = territoire
        self.porteur = porteur
        self.orientations = []
    }
}

/// A partnership meeting: a row of `reunions`.
public struct Meeting: Hashable, Sendable {
    public var recordID: String
    public var site: String
    public var date: CivilDate?
    public var domaine: MeetingDomain?

    public init(recordID: String, site: String, date: CivilDate?, domaine: MeetingDomain?) {
        self.recordID = recordID
        self.site = site
        self.date = date
        self.domaine = domaine
    }
}

/// A row that could not be kept, and why: a row of `rejets`.
public struct Rejection: Hashable, Sendable {
    public var file: String
    public var sheet: String
    public var row: Int
    public var site: String
    public var reason: String

    public init(file: String, sheet: String, row: Int, site: String, reason: String) {
        self.file = file
        self.sheet = sheet
        self.row = row
        self.site = site
        self.reason = reason
    }
}

/// The nothing-lost account of one file: read = kept + duplicates + rejected + nonData.
public struct FileAccount: Hashable, Sendable {
    public var file: String
    public var site: String
    public var contentHash: String
    public var rowsRead: Int
    public var kept: Int
    public var rejected: Int
    public var nonData: Int
    /// Rows that repeat an earlier row of the site in every mapped field: listed, not kept twice.
    public var duplicates: Int
    /// Months (`YYYY-MM`) the file reports for.
    public var periods: [String]

    public init(file: String, site: String, contentHash: String, rowsRead: Int = 0, kept: Int = 0,
                rejected: Int = 0, nonData: Int = 0, duplicates: Int = 0, periods: [String] = []) {
        self.file = file
        self.site = site
        self.contentHash = contentHash
        self.rowsRead = rowsRead
        self.kept = kept
        self.rejected = rejected
        self.nonData = nonData
        self.duplicates = duplicates
        self.periods = periods
    }

    public var isBalanced: Bool { rowsRead == kept + duplicates + rejected + nonData }
}
