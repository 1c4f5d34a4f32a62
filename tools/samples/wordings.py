"""Every wording each site writes, per field and code: what the mapping files must translate."""

# site -> field -> code -> wordings (the writer picks among them; all must be mapped).
WORDINGS = {
    "STRASBOURG": {
        "origine": {"GENDARMERIE": ["Gendarmerie"], "PRESENTATION_DIRECTE": ["Présentation directe"],
                    "SERVICE_EXTERIEUR": ["Service extérieur"]},
        "sexe": {"F": ["Femme"], "M": ["Homme"]},
        "role": {"VICTIME": ["Victime", "victime"], "AUTEUR": ["Auteur", "Mis en cause"],
                 "MINEUR_CONCERNE": ["Enfant exposé", "Mineur concerné"], "AUTRE": ["Autre", "Tiers"]},
        "bool": {True: ["Oui"], False: ["Non"]},
        "motif": {"VIF": ["Violences intrafamiliales", "VIF", "Violences conjugales"],
                  "PROTECTION_ENFANCE": ["Protection de l'enfance", "Enfance en danger"],
                  "MAJEUR_VULNERABLE": ["Personne vulnérable", "Majeur vulnérable"],
                  "PRECARITE": ["Précarité"], "ADDICTION": ["Addictions"],
                  "RUPTURE_SOCIALE": ["Rupture sociale", "Isolement"], "ERRANCE": ["Errance"],
                  "DECES_SUICIDE": ["Décès / suicide", "Deuil", "Tentative de suicide"], "AUTRE": ["Autre"]},
        "domaine": {"ENFANCE": ["Enfance"], "ASSOCIATIF": ["Associatif"], "JEUNESSE": ["Jeunesse"],
                    "MEDICAL": ["Médical", "Santé"], "AUTRE": ["Autre"]},
    },
    "MULHOUSE": {
        "origine": {"GENDARMERIE": ["Gendarmerie", "BTA Illzach", "COB Wittenheim", "Brigade de Rixheim",
                                    "Gend. Kingersheim", "PSIG Mulhouse"],
                    "PRESENTATION_DIRECTE": ["Présentation spontanée", "Venue d'elle-même", "RDV pris par la personne"],
                    "SERVICE_EXTERIEUR": ["CCAS Mulhouse", "CeA - Espace Solidarité", "Hôpital Émile Muller",
                                          "Association Appuis"]},
        "sexe": {"F": ["Mme", "Madame", "Mlle"], "M": ["M.", "Mr", "M"]},
        "role": {"VICTIME": ["Victime"], "AUTEUR": ["Auteur", "Auteur présumé"],
                 "MINEUR_CONCERNE": ["Enfant", "Mineur"], "AUTRE": ["Autre", "Proche"]},
        "bool": {True: ["oui", "Oui"], False: ["non", "Non"]},
        "motif": {"VIF": ["VIF", "Violences conjugales", "Conflit familial"],
                  "PROTECTION_ENFANCE": ["Protection enfance", "Information préoccupante"],
                  "MAJEUR_VULNERABLE": ["Personne vulnérable"], "PRECARITE": ["Précarité", "Difficultés financières"],
                  "ADDICTION": ["Addiction"], "RUPTURE_SOCIALE": ["Isolement social"], "ERRANCE": ["SDF / errance"],
                  "AUTRE": ["Autre", "Divers"]},
        "orientation": {"SERVICES_SOCIAUX": ["Services sociaux", "AS de secteur"], "MEDICAL": ["Médecin", "Médical"],
                        "PSYCHOLOGIQUE": ["Psychologue"], "PSYCHIATRIQUE": ["Psychiatre", "CMP"],
                        "ASSOCIATION": ["Association", "CIDFF"], "LOGEMENT": ["Logement", "Bailleur"],
                        "HEBERGEMENT_URGENCE": ["115", "Hébergement d'urgence"], "JUSTICE": ["Avocat", "Justice"],
                        "AUTRE": ["Autre"]},
        "domaine": {"ENFANCE": ["Enfance", "ASE"], "ASSOCIATIF": ["Associations"], "JEUNESSE": ["Jeunesse"],
                    "MEDICAL": ["Médical"], "AUTRE": ["Autre", "Divers"]},
    },
    "COLMAR": {
        "origine": {"GENDARMERIE": ["Gendarmerie", "Gend.", "GN"], "PRESENTATION_DIRECTE": ["Direct", "Spontané"],
                    "SERVICE_EXTERIEUR": ["Partenaire", "Service ext."]},
        "sexe": {"F": ["F", "f"], "M": ["H", "h"]},
        "role": {"VICTIME": ["Victime", "V"], "AUTEUR": ["Auteur", "MEC"], "MINEUR_CONCERNE": ["Enfant"],
                 "AUTRE": ["Autre"]},
        "bool": {True: ["O", "oui", "Oui", "OUI"], False: ["N", "non", "NON", "Non"]},
        "motif": {"VIF": ["Violences intrafamiliales", "VIF", "Violences"],
                  "PROTECTION_ENFANCE": ["Enfance"], "MAJEUR_VULNERABLE": ["Vulnérabilité"],
                  "PRECARITE": ["Précarité"], "ADDICTION": ["Addictions", "Alcool"],
                  "RUPTURE_SOCIALE": ["Rupture sociale"], "ERRANCE": ["Errance"], "AUTRE": ["Autre"]},
        "orientation": {"SERVICES_SOCIAUX": ["Social", "Services sociaux"], "MEDICAL": ["Médical"],
                        "PSYCHOLOGIQUE": ["Psy"], "PSYCHIATRIQUE": ["Psychiatrie"], "ASSOCIATION": ["Asso"],
                        "LOGEMENT": ["Logement"], "HEBERGEMENT_URGENCE": ["Héb. urgence", "115"],
                        "JUSTICE": ["Juridique"], "AUTRE": ["Autre"]},
        "domaine": {"ENFANCE": ["Enfance"], "ASSOCIATIF": ["Associatif"], "JEUNESSE": ["Jeunes"],
                    "MEDICAL": ["Santé"], "AUTRE": ["Autre"]},
    },
    "ALTKIRCH": {
        "origine": {"GENDARMERIE": ["Gendarmerie"], "PRESENTATION_DIRECTE": ["Présentation directe"],
                    "SERVICE_EXTERIEUR": ["Service extérieur"]},
        "sexe": {"F": ["Femme"], "M": ["Homme"]},
        "role": {"VICTIME": ["Victime"], "AUTEUR": ["Auteur"], "MINEUR_CONCERNE": ["Mineur concerné"],
                 "AUTRE": ["Autre"]},
        "bool": {True: ["Oui"], False: ["Non"]},
        "motif": {"VIF": ["Violences intrafamiliales"], "PROTECTION_ENFANCE": ["Protection de l'enfance"],
                  "MAJEUR_VULNERABLE": ["Majeur vulnérable"], "PRECARITE": ["Précarité"],
                  "ADDICTION": ["Addiction"], "RUPTURE_SOCIALE": ["Rupture sociale"], "ERRANCE": ["Errance"],
                  "AUTRE": ["Autre"]},
        "orientation": {"SERVICES_SOCIAUX": ["Services sociaux"], "MEDICAL": ["Médical"],
                        "PSYCHOLOGIQUE": ["Psychologique"], "PSYCHIATRIQUE": ["Psychiatrique"],
                        "ASSOCIATION": ["Association"], "LOGEMENT": ["Logement"],
                        "HEBERGEMENT_URGENCE": ["Hébergement d'urgence"], "JUSTICE": ["Justice"],
                        "AUTRE": ["Autre"]},
        "domaine": {"ENFANCE": ["Enfance"], "ASSOCIATIF": ["Associatif"], "JEUNESSE": ["Jeunesse"],
                    "MEDICAL": ["Médical"], "AUTRE": ["Autre"]},
    },
}

# Wordings that mean "unknown" (empty field, no finding) and "none" (empty list), per site.
UNKNOWN = {"STRASBOURG": ["NSP"], "MULHOUSE": ["?"], "COLMAR": ["NSP", "?"], "ALTKIRCH": []}
NONE = {"STRASBOURG": [], "MULHOUSE": ["Aucune", "-"], "COLMAR": ["-", "Aucune"], "ALTKIRCH": []}

# Free-text origin details (kept as written in origine_detail).
ORIGIN_DETAILS = {
    "STRASBOURG": {"GENDARMERIE": ["BTA Illkirch", "COB Molsheim", "BR Haguenau", "PSIG Sélestat",
                                   "Brigade de Saverne", "COB Brumath", "BTA Erstein", "Gendarmerie"],
                   "PRESENTATION_DIRECTE": ["", "Sur rendez-vous", "Spontanée"],
                   "SERVICE_EXTERIEUR": ["CCAS Schiltigheim", "CMS Haguenau", "SOS Femmes Solidarité",
                                         "Hôpital de Hautepierre", "Service social CeA"]},
    "COLMAR": {"GENDARMERIE": ["BTA Horbourg-Wihr", "COB Colmar", "BR Munster", "", "PSIG Colmar"],
               "PRESENTATION_DIRECTE": ["", "Accueil"],
               "SERVICE_EXTERIEUR": ["CCAS Colmar", "Espace Solidarité CeA", "Hôpital Pasteur"]},
    "ALTKIRCH": {"GENDARMERIE": ["BTA Altkirch", "COB Dannemarie", "BR Ferrette", ""],
                 "PRESENTATION_DIRECTE": [""], "SERVICE_EXTERIEUR": ["CCAS Altkirch", "Espace Solidarité Sundgau"]},
}


def pick(options, u):
    """Deterministic choice from a record's own die `u` in [0, 1)."""
    return options[min(int(u * len(options)), len(options) - 1)]
