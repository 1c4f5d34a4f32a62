// What the caller hands `link` besides the records: people's decisions, and what `link` hands back.

/// A person's decision about two records, read from the mappings folder (see `DecisionFile`).
public struct LinkDecision: Hashable, Sendable {
    public enum Kind: String, Sendable { case same, never }
    public var kind: Kind
    public var recordA: String
    public var recordB: String
    /// Where the decision was written, for messages (`personnes.csv:12`).
    public var source: String

    public init(_ kind: Kind, _ recordA: String, _ recordB: String, source: String = "") {
        self.kind = kind
        self.recordA = recordA
        self.recordB = recordB
        self.source = source
    }
}

public struct LinkRules: Sendable {
    /// Obeyed before any score: "same" joins two records whatever they say, "never" keeps them
    /// (and everyone linked to each) apart.
    public var decisions: [LinkDecision]
    /// Last run's record id -> person id. Records that were one person stay one person (unless a
    /// veto or a "never" now stands between them), so that adding months, which raises the bar a
    /// little (see `link`), does not split persons that were already known.
    public var previous: [String: String]
    /// How many decisions the review list may hold; nil: `defaultReviewLimit(records:)`.
    public var reviewLimit: Int?

    public init(decisions: [LinkDecision] = [], previous: [String: String] = [:], reviewLimit: Int? = nil) {
        self.decisions = decisions
        self.previous = previous
        self.reviewLimit = reviewLimit
    }

    /// Under 2 % of the records, and never fewer than 10: what a person can review per run.
    public static func defaultReviewLimit(records: Int) -> Int { max(10, (records - 1) / 50) }
}

/// A pair worth a person's look: its score fell in the uncertain band (0.1 to 0.9) and nothing
/// confident decides it already, or a record without a birth date matched the names of several persons.
/// Pairs of one decision (the candidates of one undated record) share its `decision` number.
public struct UncertainPair: Hashable, Sendable {
    public enum Outcome: Hashable, Sendable {
        case linked
        case keptApart
        /// Kept for callers that describe outcomes; a veto is confident, so the review list no longer carries it.
        case vetoed(Veto)
        /// Without a birth date, the names fit more than one person: the record stays apart from this one.
        case ambiguous
        /// Without a birth date, the names fit more than one person and the record surely is one of
        /// them: it joined this one, the likeliest.
        case chosen
    }

    public var recordA: String
    public var recordB: String
    public var score: Double
    public var outcome: Outcome
    /// Which traits agreed and which disagreed, with their weights.
    public var traits: [TraitComparison]
    /// The decision's rank in the review list, from 1 (the one that matters most).
    public var decision: Int = 0
    /// How much the decision matters: the records the model's choice puts in the wrong person,
    /// expected (records that would change person × probability the model is wrong).
    public var importance: Double = 0
}

public struct LinkResult: Sendable {
    /// Each record's person, numbered 0, 1, ... in the order of each person's first record.
    public var clusters: [String: Int]
    /// Per record of a person with several records: the best score tying it to the others of its
    /// person (1 for a "same" decision). The lowest of a person's values is its weakest link.
    public var linkScores: [String: Double]
    /// The review list, by decision, the one that matters most first (`ReviewList`).
    public var uncertain: [UncertainPair]
    /// Doubtful decisions beyond the review limit, left to the model.
    public var unlistedDecisions: Int = 0
    /// The records those decisions put in the wrong person, expected: what the counts may be off by.
    public var unlistedMisplaced: Double = 0
    /// Those of the unlisted decisions that may change the count of distinct persons (the others
    /// only choose between persons).
    public var unlistedChangingTheCount: Int = 0
    /// Decisions naming a record that is not in this run, or contradicting another decision.
    public var unusedDecisions: [LinkDecision]
    /// How many pairs blocking put forward for comparison (out of n(n-1)/2).
    public var candidatePairs: Int
}
