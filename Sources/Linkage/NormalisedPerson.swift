// A PersonRecord reduced to the forms the comparison needs: surnames, first names, sound keys.

/// One written name in its comparable forms.
struct NameForm: Hashable, Sendable {
    /// Words without titles or particles ("de la Fontaine" gives ["fontaine"]).
    var words: [String]
    /// The words run together: "Le Gall" and "Legall" both give "legall".
    var joined: String
    /// `joined` with particles dropped: "legall" is "gall".
    var core: String
    var sound: String
    var bytes: [UInt8]
    /// Small numbers standing for `joined`, `core` and `sound`, so that comparing is comparing integers.
    var joinedID: Int32 = 0
    var coreID: Int32 = 0
    var soundID: Int32 = 0

    init?(words raw: [String]) {
        let kept = raw.filter { !NameText.titles.contains($0) }
        guard !kept.isEmpty else { return nil }
        let cored = kept.filter { !NameText.particles.contains($0) }
        let coreWords = cored.isEmpty ? kept : cored
        words = coreWords
        joined = kept.joined()
        core = coreWords.joined()
        sound = SoundKey.of(core)
        bytes = Array(core.utf8)
    }

    mutating func intern(_ interner: inout Interner) {
        joinedID = interner.id(joined)
        coreID = interner.id(core)
        soundID = interner.id(sound)
    }
}

/// Numbers the distinct strings of a run.
struct Interner {
    private var ids: [String: Int32] = [:]

    mutating func id(_ s: String) -> Int32 {
        if let id = ids[s] { return id }
        let id = Int32(ids.count + 1)
        ids[s] = id
        return id
    }
}

/// The traits of one record, normalised once before any comparison.
final class NormalisedPerson: Sendable {
    /// Usage name first, then the birth name when there is one apart.
    let surnames: [NameForm]
    let first: NameForm?
    /// `first` as a list of zero or one form, for comparisons that take lists.
    let firsts: [NameForm]
    /// Each first-name word alone ("jean pierre" gives "jean" and "pierre"), for compound names.
    let firstWords: [String]
    let birthDate: BirthDate?
    let birthYears: ClosedRange<Int>?
    let sex: PersonSex?
    let commune: String
    let communeID: Int32

    /// For tests of the normalisation alone.
    convenience init(_ record: PersonRecord) {
        var interner = Interner()
        self.init(record, interner: &interner)
    }

    init(_ record: PersonRecord, interner: inout Interner) {
        let (usage, birthInCell) = Self.splitSurname(NameText.tokens(record.lastName))
        var names: [NameForm] = []
        for words in [usage, birthInCell, NameText.tokens(record.birthName)] {
            if var form = NameForm(words: words), !names.contains(where: { $0.core == form.core }) {
                form.intern(&interner)
                names.append(form)
            }
        }
        surnames = names
        let firstTokens = NameText.tokens(record.firstName).filter { !NameText.titles.contains($0) }
        var firstForm = NameForm(words: firstTokens)
        firstForm?.intern(&interner)
        first = firstForm
        firsts = firstForm.map { [$0] } ?? []
        firstWords = firstForm?.words ?? []
        birthDate = record.birthDate
        birthYears = record.birthDate == nil ? record.birthYears : nil
        sex = record.sex
        commune = NameText.commune(record.commune)
        communeID = commune.isEmpty ? 0 : interner.id(commune)
    }

    /// "Muller née Schmitt" and "Schmitt ép. Muller" both give usage ["muller"], birth ["schmitt"].
    static func splitSurname(_ words: [String]) -> (usage: [String], birth: [String]) {
        guard let at = words.firstIndex(where: { NameText.markers[$0] != nil }),
              let marker = NameText.markers[words[at]] else { return (words, []) }
        let before = Array(words[..<at]), after = Array(words[(at + 1)...])
        // "ne" alone is also a word in some names; only read it as "né" when both sides are there.
        if before.isEmpty || after.isEmpty { return (before + after, []) }
        switch marker {
        case .birthFollows: return (before, after)
        case .birthPrecedes: return (after, before)
        }
    }
}
