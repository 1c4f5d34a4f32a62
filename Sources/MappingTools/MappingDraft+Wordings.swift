// What `mapping draft` recognises: usual French headers of each field and usual wordings of each code.

import Consolidation
import Mapping
import Model

extension MappingDraft {
    /// Headers (or form labels) seen for each field in social workers' spreadsheets, normalised.
    static let fieldWordings: [(field: String, wordings: [String])] = [
        ("date_saisine", ["date saisine", "date de saisine", "date de la saisine", "date", "date d'intervention",
                          "date intervention", "date de l'appel", "date signalement"]),
        ("origine", ["origine", "origine de la saisine", "origine saisine", "orienteur", "oriente par", "saisi par",
                     "provenance", "source"]),
        ("origine_detail", ["detail origine", "precision origine", "unite", "service", "brigade", "service orienteur",
                            "unite / service", "precisions"]),
        ("nom", ["nom", "nom de famille", "nom usage", "nom d'usage", "nom prenom", "nom et prenom", "nom - prenom"]),
        ("prenom", ["prenom", "prenoms"]),
        ("nom_naissance", ["nom de naissance", "nom jeune fille", "nee", "nom de jeune fille"]),
        ("date_naissance", ["date de naissance", "date naissance", "ddn", "ne le", "ne(e) le", "nee le"]),
        ("age", ["age", "age (ans)"]),
        ("sexe", ["sexe", "genre", "civilite", "h/f", "f/h", "m/f", "f/m"]),
        ("mineur", ["mineur", "mineur ?", "mineur(e)", "personne mineure"]),
        ("role", ["role", "situation", "qualite", "statut", "position", "victime / auteur", "victime/auteur"]),
        ("commune", ["commune", "ville", "domicile", "lieu de residence", "commune de residence", "residence", "localite"]),
        ("connu_isg", ["connu isg", "deja connu isg", "connu(e) isg", "connu de l'isg", "deja connu", "connu"]),
        ("connu_cea", ["connu cea", "connu des services sociaux", "connu ssd", "connu(e) cea", "connu des services de la cea",
                       "connu services sociaux", "suivi cea"]),
        ("motif_saisine", ["motif", "motif saisine", "motif de saisine", "motif de la saisine", "motif initial",
                           "problematique", "motif d'appel"]),
        ("motif_intervention", ["motif intervention", "motif d'intervention", "motif retenu", "motif apres evaluation",
                                "motif de l'intervention", "problematique retenue"]),
        ("nb_entretiens", ["nb entretiens", "nombre d'entretiens", "entretiens", "nb d'entretiens", "nbre entretiens"]),
        ("nb_liens_partenaires", ["nb liens partenaires", "liens partenaires", "contacts partenaires", "nombre de liens partenaires",
                                  "nb contacts partenaires", "liens partenariaux", "partenaires contactes"]),
        ("orientations", ["orientations", "orientation", "orientation(s)", "orientations vers", "oriente vers"]),
    ]

    static let meetingWordings: [(field: String, wordings: [String])] = [
        ("date", ["date", "date de la reunion", "date reunion"]),
        ("domaine", ["domaine", "theme", "thematique", "type", "type de reunion", "secteur"]),
    ]

    /// Words that say a sheet lists meetings rather than referrals.
    static let meetingSheetWords = ["reunion", "reunions", "partenariat", "partenaires", "rencontres"]

    /// Usual wordings of each code, normalised; the codes themselves are always recognised.
    static let codeWordings: [String: [String]] = [
        "GENDARMERIE": ["gendarmerie", "gend", "gendarmes", "brigade", "bta", "cob", "psig", "gie", "mdp", "maison de protection des familles"],
        "PRESENTATION_DIRECTE": ["presentation directe", "spontane", "spontanee", "directe", "rdv", "venue spontanee", "rendez-vous", "personne elle-meme"],
        "SERVICE_EXTERIEUR": ["service exterieur", "ccas", "cea", "ssd", "association", "partenaire", "autre service", "mairie", "hopital"],
        "F": ["f", "femme", "mme", "madame", "feminin"],
        "M": ["m", "h", "homme", "m.", "mr", "monsieur", "masculin"],
        "VICTIME": ["victime", "v"],
        "AUTEUR": ["auteur", "mis en cause", "a"],
        "MINEUR_CONCERNE": ["mineur concerne", "enfant", "mineur", "enfant expose", "enfant concerne"],
        "VIF": ["vif", "violences intrafamiliales", "violences conjugales", "violence conjugale", "conflit familial",
                "violences familiales", "conflit conjugal", "violences", "intrafamilial"],
        "PROTECTION_ENFANCE": ["protection de l'enfance", "protection enfance", "enfance en danger", "enfant en danger", "ip", "information preoccupante"],
        "MAJEUR_VULNERABLE": ["majeur vulnerable", "personne vulnerable", "vulnerabilite", "personne agee"],
        "PRECARITE": ["precarite", "difficultes financieres", "precarite financiere"],
        "ADDICTION": ["addiction", "alcool", "addictions", "toxicomanie", "drogue"],
        "RUPTURE_SOCIALE": ["rupture sociale", "isolement", "isolement social"],
        "ERRANCE": ["errance", "sdf", "sans domicile"],
        "DECES_SUICIDE": ["deces", "suicide", "ts", "tentative de suicide", "deuil", "deces / suicide"],
        "SERVICES_SOCIAUX": ["services sociaux", "service social", "ssd", "as", "assistante sociale", "ccas", "cea"],
        "MEDICAL": ["medical", "medecin", "sante", "hopital", "urgences"],
        "PSYCHOLOGIQUE": ["psychologique", "psychologue", "psy", "soutien psychologique"],
        "PSYCHIATRIQUE": ["psychiatrique", "psychiatre", "psychiatrie", "cmp"],
        "ASSOCIATION": ["association", "associatif", "asso", "cidff", "france victimes", "sos femmes"],
        "LOGEMENT": ["logement", "bailleur"],
        "HEBERGEMENT_URGENCE": ["hebergement d'urgence", "hebergement urgence", "115", "hebergement", "mise a l'abri"],
        "JUSTICE": ["justice", "avocat", "plainte", "tribunal", "juridique", "acces au droit"],
        "ENFANCE": ["enfance", "protection de l'enfance", "ase"],
        "ASSOCIATIF": ["associatif", "association", "associations"],
        "JEUNESSE": ["jeunesse", "jeunes", "prevention jeunesse"],
        "AUTRE": ["autre", "autres", "divers"],
        "true": ["oui", "o", "yes", "x", "vrai", "1", "☒", "☑"],
        "false": ["non", "n", "no", "faux", "0", "☐"],
    ]

    static let unknownWordings: Set<String> = ["nsp", "?", "??", "inconnu", "inconnue", "ne sait pas", "non renseigne", "nr", "nc", "n/a"]
    static let noneWordings: Set<String> = ["aucune", "aucun", "-", "neant", "/", "sans"]

    /// The code an "x" column's header names: "Orient. médicale" -> MEDICAL, "Autre orientation" -> AUTRE.
    static func guessBoxCode(_ header: String, codes: [String]) -> String? {
        let words = Wording.normalize(header).split(separator: " ").map(String.init)
        var candidates = [header]
        for drop in 1..<max(1, words.count) { candidates.append(words[drop...].joined(separator: " ")) }
        candidates += words
        for candidate in candidates where candidate.count >= 3 {
            if let code = guessCode(candidate, codes: codes) { return code }
        }
        return nil
    }

    /// The code of `codes` a value most likely means, when it is clear enough.
    static func guessCode(_ value: String, codes: [String]) -> String? {
        let key = Wording.normalize(value)
        for code in codes where Wording.normalize(code) == key || Wording.normalize(code.underscoresAsSpaces) == key {
            return code
        }
        for code in codes where codeWordings[code]?.contains(key) == true { return code }
        // Close to a usual wording (a typo, an added word): only when one code stands out.
        var best: (code: String, score: Double)?
        var second = 0.0
        for code in codes {
            for wording in (codeWordings[code] ?? []) + [Wording.normalize(code.underscoresAsSpaces)] where wording.count >= 4 {
                // The engine's one similarity of wordings: a typo, or a word added or lost.
                let s = Suggestion.wordingSimilarity(key, wording)
                if s > (best?.score ?? 0) {
                    if best?.code != code { second = best?.score ?? 0 }
                    best = (code, s)
                } else if code != best?.code && s > second {
                    second = s
                }
            }
        }
        guard let best, best.score >= 0.8, best.score - second >= 0.1 else { return nil }
        return best.code
    }
}
