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
}

/// The traits of one record, normalised once before any comparison.
struct NormalisedPerson: Sendable {
    /// Usage name first, then the birth name when there is one apart.
    var surnames: [NameForm]
    var first: NameForm?
    /// Each first-name word alone ("jean pierre" gives "jean" and "pierre"), for compound names.
    var firstWords: [String]
    var birthDate: BirthDate?
    var sex: PersonSex?
    var commune: String

    init(_ record: PersonRecord) {
        let (usage, birthInCell) = Self.splitSurname(NameText.tokens(record.lastName))
        var names: [NameForm] = []
        for words in [usage, birthInCell, NameText.tokens(record.birthName)] {
            if let form = NameForm(words: words), !names.contains(where: { $0.core == form.core }) {
                names.append(form)
            }
        }
        surnames = names
        let firstTokens = NameText.tokens(record.firstName).filter { !NameText.titles.contains($0) }
        first = NameForm(words: firstTokens)
        firstWords = first?.words ?? []
        birthDate = record.birthDate
        sex = record.sex
        commune = NameText.commune(record.commune)
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
