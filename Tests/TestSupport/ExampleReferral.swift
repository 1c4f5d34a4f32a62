// One referral with every field filled, for tests that store, export or report rows.

import Model

extension Referral {
    /// A Colmar (or Strasbourg) referral of March 2023 at `file`'s row `row`, every field set to a
    /// plausible invented value; tests change what they look at.
    public static func example(file: String, row: Int, site: String = "COLMAR",
                               date: CivilDate? = CivilDate(year: 2023, month: 3, day: 5),
                               person: String? = nil, nom: String? = "Muller") -> Referral {
        let strasbourg = site == "STRASBOURG"
        var r = Referral(recordID: "\(file)#Mars!\(row)", site: site, periode: "2023-03",
                         territoire: strasbourg ? "67" : "68", porteur: strasbourg ? "CEA" : "CIDFF68")
        r.dateSaisine = date
        r.origine = .gendarmerie
        r.origineDetail = "BTA Colmar"
        r.nom = nom
        r.prenom = "Léa"
        r.nomNaissance = "Klein"
        r.dateNaissance = CivilDate(year: 1980, month: 2, day: 29)
        r.age = 43
        r.sexe = .female
        r.mineur = false
        r.role = .victime
        r.commune = "Colmar"
        r.connuISG = false
        r.connuCEA = true
        r.motifSaisine = .vif
        r.motifIntervention = .precarite
        r.nbEntretiens = 2
        r.nbLiensPartenaires = 1
        r.orientations = [.servicesSociaux, .justice]
        r.personID = person
        return r
    }
}
