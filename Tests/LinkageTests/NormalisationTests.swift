// One test per normalisation rule: what two spellings of one identity must become.

import Testing
@testable import Linkage

@Suite struct NormalisationTests {
    @Test func caseAndAccentsFold() {
        #expect(NameText.tokens("MÜLLER") == ["muller"])
        #expect(NameText.tokens("Hélène") == ["helene"])
        #expect(NameText.tokens("Ç") == ["c"])
    }

    @Test func ligaturesSharpSAndDotlessISpellOut() {
        #expect(NameText.tokens("Lætitia Œuvrard") == ["laetitia", "oeuvrard"])
        #expect(NameText.tokens("Weiß") == ["weiss"])
        #expect(NameText.tokens("Yıldız") == ["yildiz"])
    }

    @Test func hyphensAndApostrophesBreakWords() {
        #expect(NameText.tokens("Jean-Pierre") == ["jean", "pierre"])
        #expect(NameText.tokens("D’Alembert") == ["d", "alembert"])
        #expect(NameText.tokens("O'Neil") == ["o", "neil"])
    }

    @Test func particlesAndTitlesDoNotSeparateSurnames() throws {
        let a = try #require(NameForm(words: NameText.tokens("de la Fontaine")))
        let b = try #require(NameForm(words: NameText.tokens("Lafontaine")))
        let c = try #require(NameForm(words: NameText.tokens("Fontaine")))
        #expect(a.core == c.core)
        #expect(a.joined == "delafontaine" && b.joined == "lafontaine")
        let legall = try #require(NameForm(words: NameText.tokens("Le Gall")))
        #expect(legall.joined == (try #require(NameForm(words: ["legall"]))).joined)
        let titled = try #require(NameForm(words: NameText.tokens("Mme Muller")))
        #expect(titled.core == "muller")
    }

    @Test func neeAndEpouseSplitUsageAndBirthNames() {
        let nee = NormalisedPerson(PersonRecord(recordID: "1", lastName: "MULLER née Schmitt"))
        let ep = NormalisedPerson(PersonRecord(recordID: "2", lastName: "Schmitt ép. Muller"))
        let epouse = NormalisedPerson(PersonRecord(recordID: "3", lastName: "Schmitt épouse Muller"))
        for p in [nee, ep, epouse] {
            #expect(p.surnames.map(\.core) == ["muller", "schmitt"])
        }
        let apart = NormalisedPerson(PersonRecord(recordID: "4", lastName: "Muller", birthName: "Schmitt"))
        #expect(apart.surnames.map(\.core) == ["muller", "schmitt"])
    }

    @Test func compoundFirstNamesKeepTheirParts() {
        let p = NormalisedPerson(PersonRecord(recordID: "1", firstName: "Marie-Thérèse"))
        #expect(p.firstWords == ["marie", "therese"])
        #expect(Comparer.partOf(["jean"], ["jean", "pierre"]) == "jean")
        #expect(Comparer.partOf(["jean", "marc"], ["jean", "luc"]) == nil)
    }

    @Test func doubleSurnamesMeetEitherHalf() {
        #expect(Comparer.partOf(NameText.tokens("Martin-Durand"), NameText.tokens("Martin")) == "martin")
    }

    @Test func saintAndSteInCommunes() {
        #expect(NameText.commune("St-Louis") == NameText.commune("SAINT LOUIS"))
        #expect(NameText.commune("Ste-Marie-aux-Mines") == "sainte marie aux mines")
        #expect(NameText.commune("Mulhouse Cedex 68100") == "mulhouse")
    }

    @Test func spellingVariantsShareASound() {
        let meyer = ["Meyer", "Mayer", "Meier", "Maier"].map { SoundKey.of(NameText.tokens($0)[0]) }
        #expect(Set(meyer).count == 1)
        #expect(SoundKey.of("schmitt") == SoundKey.of("schmidt"))
        #expect(SoundKey.of("mohamed") == SoundKey.of("mohammed"))
        #expect(SoundKey.of("mohamed") == SoundKey.of("muhammad"))
        #expect(SoundKey.of("dupont") == SoundKey.of("dupond"))
        #expect(SoundKey.of("meyer") != SoundKey.of("moreau"))
        #expect(SoundKey.of("muller") != SoundKey.of("martin"))
    }

    @Test func oneTypoApart() {
        func apart(_ a: String, _ b: String) -> Bool { StringSimilarity.oneEditApart(Array(a.utf8), Array(b.utf8)) }
        #expect(apart("muller", "mulller"))
        #expect(apart("valerie", "vlaerie"))
        #expect(apart("martin", "marin"))
        #expect(!apart("martin", "martini2"))
        #expect(!apart("jean", "jena2"))
        #expect(StringSimilarity.jaroWinkler(Array("martha".utf8), Array("marhta".utf8)) > 0.95)
    }

    @Test func birthDateSlips() {
        let d = BirthDate(year: 1985, month: 3, day: 12)
        #expect(BirthDateSlip.isSlip(d, BirthDate(year: 1985, month: 3, day: 21)))   // day digits swapped
        #expect(BirthDateSlip.isSlip(d, BirthDate(year: 1985, month: 12, day: 3)))   // day and month swapped
        #expect(BirthDateSlip.isSlip(d, BirthDate(year: 1985, month: 3, day: 13)))   // one digit
        #expect(BirthDateSlip.isSlip(d, BirthDate(year: 1958, month: 3, day: 12)))   // year digits swapped
        #expect(BirthDateSlip.isSlip(d, BirthDate(year: 1986, month: 3, day: 12)))   // last year digit
        #expect(!BirthDateSlip.isSlip(d, BirthDate(year: 1955, month: 3, day: 12)))  // a generation apart
        #expect(!BirthDateSlip.isSlip(d, BirthDate(year: 1985, month: 7, day: 30)))  // another day
        #expect(!BirthDateSlip.isSlip(d, BirthDate(year: 1986, month: 3, day: 13)))  // two slips
    }
}
