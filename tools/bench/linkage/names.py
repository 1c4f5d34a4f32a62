"""Synthetic name, first-name and commune pools for French and Alsatian people (no real person)."""

# Surnames, most common first (weights follow a Zipf-like law); Alsatian and French mixed,
# with the spelling families a clerk confuses.
SURNAMES = """Muller Schmitt Meyer Martin Bernard Weber Fischer Klein Wagner Hoffmann Schneider Keller
Roth Kieffer Wolff Zimmermann Becker Koch Richard Walter Durand Dubois Thomas Petit Robert Kuhn
Lefebvre Moreau Laurent Simon Michel Leroy Roux David Bertrand Morel Fournier Girard Bonnet Dupont
Lambert Fontaine Rousseau Vincent Muller-Weiss Hertz Stoltz Jung Lang Fuchs Haas Frey Baumann
Schaeffer Herrmann Heitz Burger Ebel Bauer Graff Gross Hamm Huber Kuntz Lutz Mathis Metz Nussbaum
Ott Pfister Reeb Ritter Schall Scherrer Schott Sieffert Spielmann Stoeckel Ulrich Vogel Waechter
Wendling Wurtz Ziegler Zimmer Adam Arnold Bach Baur Beck Blum Brunner Dietrich Eckert Engel Fritsch
Gerber Geiger Hummel Jaeger Kern Kessler Koenig Kraemer Krebs Lehmann Lorentz Mayer Meier Maier
Schmidt Schmid Hofmann Weiss Weis Boehm Bohn Buchert Dreyer Erhard Fritz Gall Le_Gall De_la_Fontaine
Da_Silva Dos_Santos Ferreira Rodrigues Garcia Lopez Martinez Sanchez Benali Bouzid Haddad Mansouri
Khelifi Cherif Amrani Belkacem Diallo Traore Kone Camara Yilmaz Kaya Demir Sahin Celik Ozturk
Nguyen Tran Pham Lemaire Guerin Chevalier Perrin Clement Gauthier Masson Marchand Duval Denis Lucas
Brun Blanc Guillaume Faure Andre Mercier Dumont Riviere Renard Meunier Gaillard Barbier Arnaud
Heinrich Ludwig Marx Reinhardt Rieger Rohmer Sutter Trautmann Unterreiner Voegele Wittmann Zeller
Acker Andres Baltzer Biehler Boos Brand Christmann Daul Eber Fender Goetz Grasser Hild Hirn Issler
Jost Kapp Lienhard Loeffler Marbach Nonnenmacher Obrecht Pfeiffer Rapp Roesch Sattler Schwartz
Schwarz Seiler Speck Stern Stumpf Thiebaut Urban Vetter Wagener Wetzel Zeyer Zorn""".split()
SURNAMES = [s.replace("_", " ") for s in SURNAMES]

FEMALE = """Marie Nathalie Isabelle Sylvie Catherine Christine Sandrine Valerie Celine Julie Sophie Aurelie
Laura Camille Lea Manon Emma Chloe Sarah Ines Jade Louise Alice Lina Amelie Anne Martine Monique
Françoise Nicole Brigitte Patricia Stephanie Emilie Melanie Elodie Claire Helene Odile Marthe Fatima
Khadija Aicha Yasmina Leila Samira Nadia Zeynep Elif Hatice Marie-Claire Marie-Anne Anne-Sophie
Marie-Christine Marie-Thérèse Anne-Marie Jeanne Justine Pauline Margaux Clara Zoé Océane Noémie
Maëlle Anaïs Audrey Virginie Karine Laetitia Carole Agnès Béatrice Denise Yvonne Odette Gisèle""".split()
MALE = """Jean Pierre Michel Philippe Alain Patrick Nicolas Christophe Laurent Frederic Eric David Julien
Thomas Sebastien Stephane Olivier Pascal Daniel Bernard Lucas Hugo Louis Nathan Leo Gabriel Arthur
Raphael Jules Adam Mohamed Mohammed Karim Youssef Rachid Ahmed Mehmet Mustafa Ali Emre Jean-Pierre
Jean-Marc Jean-Luc Jean-Paul Jean-Claude Paul Marc Luc Andre Rene Joseph Francois Antoine Maxime
Romain Kevin Mathieu Guillaume Vincent Benoît Jérôme Cédric Sébastien Théo Noah Ethan Enzo Timéo
Joël Gérard Roger Marcel Henri Lucien Étienne Rémi Xavier Yann Loïc Tristan""".split()

# Spelling families: a record may carry a sister spelling of the person's name.
VARIANTS = [
    ["Meyer", "Mayer", "Meier", "Maier", "Meyr"], ["Schmitt", "Schmidt", "Schmid", "Schmit"],
    ["Muller", "Müller", "Mueller", "Mûller"], ["Hoffmann", "Hofmann", "Hoffman"], ["Weiss", "Weis", "Weiß"],
    ["Lefebvre", "Lefèvre", "Lefevre"], ["Mohamed", "Mohammed", "Mohamad", "Muhammad"],
    ["Schwartz", "Schwarz"], ["Kuntz", "Kunz"], ["Wurtz", "Wurz"], ["Roesch", "Rösch"],
    ["Boehm", "Böhm"], ["Lorentz", "Lorenz"], ["Fritsch", "Fritch"], ["Kraemer", "Krämer", "Kramer"],
    ["Jaeger", "Jäger"], ["Koenig", "König"], ["Dreyer", "Dreier"], ["Wagner", "Wagener"],
    ["Frederic", "Frédéric"], ["Stephane", "Stéphane"], ["Celine", "Céline"], ["Helene", "Hélène"],
]

# Communes with their weights (bigger towns more often), as a clerk may write them.
COMMUNES = [
    ("Strasbourg", 30), ("Mulhouse", 14), ("Colmar", 9), ("Haguenau", 4), ("Schiltigheim", 4),
    ("Illkirch-Graffenstaden", 3), ("Saint-Louis", 3), ("Sélestat", 3), ("Saverne", 2),
    ("Bischheim", 2), ("Lingolsheim", 2), ("Guebwiller", 2), ("Wittenheim", 2), ("Rixheim", 2),
    ("Obernai", 2), ("Molsheim", 2), ("Erstein", 2), ("Bischwiller", 2), ("Kingersheim", 1),
    ("Thann", 1), ("Cernay", 1), ("Altkirch", 1), ("Wissembourg", 1), ("Brumath", 1),
    ("Sainte-Marie-aux-Mines", 1), ("Saint-Amarin", 1), ("Ribeauvillé", 1), ("Munster", 1),
    ("Huningue", 1), ("Riedisheim", 1), ("Ensisheim", 1), ("Soultz-Haut-Rhin", 1),
    ("Bouxwiller", 1), ("Geispolsheim", 1), ("Ostwald", 1), ("Hoenheim", 1), ("Vendenheim", 1),
]
