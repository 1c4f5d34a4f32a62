"""Invented people's names and public Alsatian place names for the synthetic samples."""

# Common French and Alsatian family names; none refers to anyone in particular.
FAMILY_NAMES = [
    "Muller", "Schmitt", "Meyer", "Weber", "Klein", "Fischer", "Martin", "Bernard",
    "Schneider", "Wagner", "Hoffmann", "Koenig", "Walter", "Roth", "Keller", "Zimmermann",
    "Schaeffer", "Becker", "Wolff", "Braun", "Kieffer", "Ott", "Huber", "Kuntz", "Lang",
    "Frey", "Gross", "Jung", "Haas", "Hess", "Kremer", "Stoll", "Ritter", "Heitz",
    "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
    "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
    "Vincent", "Fournier", "Morel", "Girard", "Andre", "Mercier", "Dupont", "Lambert",
    "Bonnet", "Francois", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc",
    "Guerin", "Muller-Klein", "Benali", "Haddad", "Yilmaz", "Kaya", "Ferreira", "Da Silva",
    "De Oliveira", "Nguyen", "Diallo", "Traore", "Mansour", "Belkacem", "Sahin", "Demir",
    "Schwartz", "Hamm", "Gerber", "Burger", "Ehrhart", "Sutter", "Reibel", "Wendling",
]

FEMALE_FIRST = [
    "Marie", "Anne", "Léa", "Chloé", "Julie", "Sophie", "Camille", "Laura", "Sarah",
    "Emma", "Manon", "Céline", "Nathalie", "Isabelle", "Sandrine", "Aurélie", "Émilie",
    "Christine", "Monique", "Odile", "Élodie", "Fatima", "Amina", "Yasmina", "Aïcha",
    "Marie-Claire", "Anne-Sophie", "Jessica", "Mélanie", "Stéphanie", "Valérie", "Inès",
    "Lina", "Zoé", "Alice", "Louise", "Jade", "Clara", "Elif", "Ayşe", "Martine", "Odette",
]

MALE_FIRST = [
    "Jean", "Pierre", "Jean-Pierre", "Michel", "Thomas", "Nicolas", "Julien", "Mohamed",
    "Karim", "Mehmet", "Luc", "Marc", "Paul", "Hugo", "Lucas", "Nathan", "Théo", "Louis",
    "Antoine", "Sébastien", "Christophe", "Frédéric", "Laurent", "Didier", "Patrick",
    "Jean-Marc", "Bernard", "Rachid", "Youssef", "Kevin", "Dylan", "Enzo", "Noah", "Adam",
    "Emre", "Joseph", "François", "Rémi", "Éric", "Gérard",
]

BAS_RHIN = [
    "Strasbourg", "Schiltigheim", "Illkirch-Graffenstaden", "Haguenau", "Sélestat",
    "Molsheim", "Saverne", "Bischheim", "Lingolsheim", "Obernai", "Erstein",
    "Wissembourg", "Brumath", "Hoenheim", "Ostwald", "Geispolsheim", "Bischwiller",
    "Mutzig", "Barr", "Benfeld", "Sarre-Union", "Wasselonne", "Rosheim", "Truchtersheim",
    "Souffelweyersheim", "Eckbolsheim", "Reichstett", "Marlenheim", "Niederbronn-les-Bains",
]

HAUT_RHIN_MULHOUSE = [
    "Mulhouse", "Illzach", "Wittenheim", "Kingersheim", "Rixheim", "Riedisheim",
    "Pfastatt", "Lutterbach", "Brunstatt-Didenheim", "Sausheim", "Habsheim", "Wittelsheim",
    "Cernay", "Ensisheim", "Staffelfelden",
]
HAUT_RHIN_COLMAR = [
    "Colmar", "Horbourg-Wihr", "Ingersheim", "Wintzenheim", "Munster", "Turckheim",
    "Kaysersberg", "Sainte-Croix-en-Plaine", "Andolsheim", "Neuf-Brisach", "Guebwiller",
    "Rouffach", "Ribeauvillé", "Riquewihr",
]
HAUT_RHIN_ALTKIRCH = [
    "Altkirch", "Dannemarie", "Hirsingue", "Ferrette", "Illfurth", "Carspach",
    "Aspach", "Seppois-le-Bas", "Hochstatt", "Walheim", "Saint-Louis", "Hégenheim",
]

COMMUNES = {
    "STRASBOURG": BAS_RHIN,
    "MULHOUSE": HAUT_RHIN_MULHOUSE,
    "COLMAR": HAUT_RHIN_COLMAR,
    "ALTKIRCH": HAUT_RHIN_ALTKIRCH,
}
