"""Name pools for hard_generate.py: invented combinations of common names, no real person.

Independent of names.py and of tools/samples/: its own lists, grouped by origin, each with the
spelling families a clerk confuses. Each pool is ordered roughly from common to rare.
"""

# origin -> (share of persons, surnames, female first names, male first names)
ORIGINS = {
    "fr": (0.42,
           """Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau Laurent Simon Michel
           Lefèvre Leroy Roux David Bertrand Morel Fournier Girard Bonnet Dupont Lambert Fontaine
           Rousseau Vincent Muller Lefebvre Faure André Mercier Blanc Guérin Boyer Garnier Chevalier
           François Legrand Gauthier Perrin Robin Clément Morin Nicolas Henry Roussel Mathieu
           Gautier Masson Marchand Duval Denis Dumont Marie Lemaire Noël Meunier Brun Blanchard
           Giraud Joly Rivière Lucas Brunet Gaillard Barbier Arnaud Martinez Gérard Roche Renard
           Schmitt Roy Leroux Colin Vidal Caron Picard Roger Fabre Aubert Lemoine Renaud Dumas
           Lacroix Olivier Philippe Bourgeois Pierre Benoît Rey Leclerc Payet Rolland Leclercq
           Guillaume Lecomte Lopez Jean Dupuy Guillot Hubert Berger Carpentier Sanchez Dupuis
           Moulin Louis Deschamps Huet Vasseur Perez Boucher Fleury Royer Klein Jacquet Adam Paris
           Poirier Marty Aubry Guyot Carré Charles Renault Charpentier Ménard Maillard Baron Bertin
           Bailly Hervé Schneider Fernandez Le_Gall Collet Léger Bouvier Julien Prévost Millet
           Perrot Daniel Le_Roux Cousin Germain Breton Besson Langlois Rémy Le_Goff Pelletier
           Lévêque Perrier Leblanc Barré Lebrun Marchal Weber Mallet Hamon Boulanger Jacob Monnier
           Michaud Rodriguez Guichard Gillet Étienne Grondin Poulain Tessier Chevallier Collin
           Chauvin Da_Costa Bouchet Gay Lemaître Bénard Maréchal Humbert Reynaud Antoine Hoarau
           Perret Barthélemy Cordier Pichon Lejeune Gilbert Lamy Delaunay Pasquier Carlier Laporte""",
           """Marie Nathalie Isabelle Sylvie Catherine Martine Christine Françoise Valérie Sandrine
           Stéphanie Véronique Sophie Céline Chantal Patricia Anne Brigitte Julie Monique Aurélie
           Nicole Laurence Émilie Annie Jacqueline Caroline Virginie Corinne Hélène Claire Pascale
           Camille Élodie Laura Léa Manon Chloé Emma Jade Louise Alice Lina Rose Anna Inès Léna
           Juliette Zoé Mathilde Margaux Océane Pauline Lucie Marine Anaïs Justine Élise Clémence
           Agathe Gabrielle Jeanne Odette Simone Germaine Yvette Denise Ginette Colette Danielle
           Josiane Michèle Joëlle Mireille Évelyne Maryse Ghislaine Bernadette Éliane Murielle""",
           """Jean Philippe Michel Alain Patrick Nicolas Christophe Pierre Christian Éric Frédéric
           Laurent Stéphane David Pascal Daniel Sébastien Julien Thierry Olivier Bernard Thomas
           Alexandre Gérard Didier Dominique Vincent François Bruno Guy Jérôme Hugo Lucas Louis
           Gabriel Léo Raphaël Arthur Jules Adam Maël Nathan Ethan Paul Noah Sacha Tom Théo
           Mathis Enzo Timéo Clément Maxime Antoine Baptiste Quentin Romain Florian Kévin Anthony
           Yannick Gilles Serge Jacques René Marcel Roger André Claude Gilbert Lucien Raymond"""),
    "als": (0.24,
            """Meyer Schmitt Muller Weber Fischer Klein Wagner Hoffmann Schneider Keller Roth Kieffer
            Wolff Zimmermann Becker Koch Walter Kuhn Herrmann Heitz Burger Ebel Bauer Graff Gross
            Hamm Huber Kuntz Lutz Mathis Metz Nussbaum Ott Pfister Reeb Ritter Schall Scherrer
            Schott Sieffert Spielmann Stoeckel Ulrich Vogel Waechter Wendling Wurtz Ziegler Zimmer
            Arbogast Bastian Beck Blum Brunner Dietrich Eckert Engel Fritsch Gerber Geiger Hummel
            Jaeger Kern Kessler Koenig Kraemer Krebs Lehmann Lorentz Schaeffer Haegel Hirtz Jost
            Kapp Lienhard Loeffler Marbach Nonnenmacher Obrecht Pfeiffer Rapp Roesch Sattler
            Schwartz Steinmetz Stoltz Trautmann Unterreiner Voegele Wittmann Zeller Burckel
            Ehrhart Fuchs Gsell Hertzog Huck Ihle Jehl Kauffmann Klingler Lang Moritz Oberlin
            Reinhardt Riehl Rohmer Rudloff Sutter Thiebaut Urban Weiss Wolfarth Zinck Baumann""",
            """Marie Anne Odile Doris Monique Christiane Brigitte Martine Sabine Carole Nadine
            Astrid Ingrid Liliane Edith Marthe Alice Léonie Mathilde Emma Lina Léa Clara Charlotte
            Elsa Hannah Louise Margot Adèle Suzanne Marguerite Régine Marlène Gisèle""",
            """Jean Joseph Michel Paul Charles Bernard Gérard René Richard Robert Roland Roger Raymond
            Albert Alfred André Antoine Xavier Thibaut Florian Matthieu Léon Lucas Louis Hugo Théo
            Arthur Victor Émile Martin Mathias Benoît Jérôme Sébastien Thierry Rémy Hubert Eugène"""),
    "mag": (0.14,
            """Benali Bouzid Haddad Mansouri Khelifi Cherif Amrani Belkacem Benhamou Boudjema
            Hamidi Saidi Mebarki Bouazza Zerrouki Brahimi Slimani Ouali Rahmani Benaissa Chaouch
            Djebbar Ferhat Ghali Hadjadj Kaci Laribi Messaoudi Nait Ouahbi Rezgui Tahar Yahiaoui
            El_Amrani Ben_Youssef Ait_Ahmed Bensaid Boukhari Hamdi Jaziri Lahlou Maarouf Naciri
            Ouazzani Sefrioui Tazi Zniber Belhadj Chikhi Dahmani""",
            """Fatima Aïcha Khadija Samira Nadia Leila Malika Yasmina Sonia Houria Karima Naïma
            Rachida Saïda Farida Zohra Amina Salima Meriem Sarah Lina Yasmine Inès Nour Imane
            Hafsa Djamila Nabila Souad Wafa""",
            """Mohamed Ahmed Ali Karim Rachid Youssef Abdelkader Mustapha Said Omar Nordine Farid
            Khaled Hamid Mourad Sofiane Bilal Ilyes Adam Rayan Mehdi Yanis Amine Walid Nassim
            Abderrahmane Hicham Samir Djamel Kamel"""),
    "tr": (0.06,
           """Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç
           Aslan Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz Erdoğan Güneş""",
           """Ayşe Fatma Emine Hatice Zeynep Elif Merve Esra Büşra Özlem Sevgi Hülya Derya Songül""",
           """Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim İsmail Osman Yusuf Murat Ömer Emre
           Burak Serkan Volkan"""),
    "pt": (0.07,
           """Da_Silva Dos_Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Jesus Sousa
           Fernandes Gonçalves Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira
           Moreira Correia Mendes Nunes Soares Vieira Monteiro Cardoso Rocha""",
           """Maria Ana Fernanda Manuela Conceição Rosa Isabel Paula Sandra Carla Sofia Beatriz
           Inês Mariana Lúcia Graça""",
           """José João António Manuel Francisco Carlos Paulo Pedro Luís Rui Jorge Fernando Nuno
           Ricardo Tiago Miguel"""),
    "est": (0.07,
            """Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Popescu
            Ionescu Popa Dumitru Stan Ivanov Petrov Smirnov Horvat Kovačević Novak Krasniqi
            Berisha Hoxha Gashi Shala Dvořák Svoboda Novotný Kuznetsov""",
            """Anna Maria Katarzyna Agnieszka Ewa Elena Ioana Andreea Mihaela Olga Natalia Irina
            Tatiana Svetlana Ana Vesna Arta Blerta""",
            """Piotr Krzysztof Andrzej Tomasz Jan Ion Gheorghe Vasile Andrei Sergei Dmitri Ivan
            Nikola Marko Arben Besnik Luan"""),
}

# Spellings a clerk writes for one name (each set is one name). Folded forms are compared.
VARIANT_FAMILIES = [
    # Alsatian and German
    "Meyer Mayer Meier Maier Meyers", "Schmitt Schmidt Schmid Schmit", "Muller Müller Mueller Mullers",
    "Kieffer Kiefer Kiffer", "Wolff Wolf", "Hoffmann Hofmann Hoffman", "Schaeffer Schäffer Schaffer Scheffer",
    "Burckel Burkel", "Hertzog Herzog", "Lorentz Lorenz", "Kuntz Kunz", "Heitz Heiz", "Jaeger Jäger Jager",
    "Koenig König Konig", "Kraemer Krämer Kramer", "Voegele Vogele Vögele", "Stoeckel Stöckel Stockel",
    "Waechter Wächter Wachter", "Hirtz Hirz", "Rudloff Rudolf", "Weiss Weiß Weis", "Schwartz Schwarz",
    "Kauffmann Kaufmann", "Thiebaut Thiébaut Thibaut", "Ehrhart Erhard Ehrhard",
    # Maghrebi
    "Mohamed Mohammed Mohammad Mouhamed Muhammad", "Youssef Youcef Yousef Youssouf",
    "Abdelkader Abdelkadir Abdel_Kader", "Abderrahmane Abderahmane Abdel_Rahmane",
    "Mustapha Mustafa Moustapha", "Said Saïd Saeed", "Nordine Noureddine Nourdine",
    "Aïcha Aicha Aïsha Aisha", "Fatima Fatma Fatimah", "Khadija Khadidja Kadija", "Leila Leïla Layla",
    "Naïma Naima Naema", "Benali Ben_Ali Ben-Ali", "Bouazza Bouaza", "Khelifi Kheliffi Khlifi",
    "Cherif Chérif Sherif", "El_Amrani Elamrani", "Ben_Youssef Benyoussef Ben_Youcef",
    "Belkacem Belkassem", "Messaoudi Messaoudy", "Hadjadj Hadjaj",
    # Turkish
    "Yılmaz Yilmaz Yilmas", "Öztürk Ozturk Oeztuerk", "Çelik Celik Tchelik", "Şahin Sahin Chahin",
    "Mehmet Mehmed", "Hüseyin Huseyin Hussein", "Ayşe Ayse Aysé",
    # Portuguese and Eastern European
    "Da_Silva Dasilva Da_Sylva", "Dos_Santos Dossantos", "Gonçalves Goncalves Gonsalves", "João Joao",
    "Nowak Novak", "Kowalski Kowalsky Kovalski", "Ivanov Ivanoff Ivanof", "Wiśniewski Wisniewski Visnievski",
]

COMMUNES = [  # commune, weight (a big town and its ring dominate)
    ("Strasbourg", 30), ("Mulhouse", 14), ("Colmar", 8), ("Haguenau", 4), ("Schiltigheim", 4),
    ("Illkirch-Graffenstaden", 3), ("Saint-Louis", 3), ("Sélestat", 2), ("Bischheim", 2),
    ("Wittenheim", 2), ("Lingolsheim", 2), ("Saverne", 2), ("Riedisheim", 1.5), ("Rixheim", 1.5),
    ("Kingersheim", 1.5), ("Guebwiller", 1.5), ("Obernai", 1), ("Erstein", 1), ("Thann", 1),
    ("Cernay", 1), ("Altkirch", 1), ("Bischwiller", 1), ("Molsheim", 1), ("Hœnheim", 1),
    ("Ostwald", 1), ("Brumath", 1), ("Wissembourg", 0.8), ("Ribeauvillé", 0.6), ("Munster", 0.6),
    ("Sainte-Marie-aux-Mines", 0.5), ("Saint-Amarin", 0.4), ("Dannemarie", 0.4), ("Ferrette", 0.3),
    ("Marckolsheim", 0.4), ("Benfeld", 0.4), ("Rosheim", 0.4), ("Barr", 0.4), ("Soultz", 0.4),
    ("Ensisheim", 0.5), ("Wintzenheim", 0.5), ("Turckheim", 0.3), ("Kaysersberg", 0.3),
    ("Masevaux", 0.3), ("Hésingue", 0.3), ("Huningue", 0.5), ("Village-Neuf", 0.3),
    ("Pfastatt", 0.5), ("Lutterbach", 0.4), ("Illzach", 1), ("Sausheim", 0.5), ("Habsheim", 0.3),
]

# The long tail: most people carry a surname that few others share. Invented surnames are put
# together from an origin's word parts (prefix + suffix), each part drawn with its own weight.
SURNAME_PARTS = {
    "fr": ("Beau Bel Bon Bour Cha Char Chau Cour Dela Des Du Fau Fon Gar Gil Grand Jou La Lan Le Ma "
           "Mar Mon Mor Pel Per Pon Ra Ri Ro Sau Ta Ter Vau Ver Vil",
           "bert bois champ chard don dot fort gnier lard let lier lin lot mont nard net noir pré rand "
           "reau ret rin rot roux tel tier vet zin"),
    "als": ("Aber Bern Berg Brun Eck Ehr Fried Hag Her Hoch Kirch Klein Lang Lind Mart Ober Reich Rot "
            "Schnei Stein Sturm Wald Weiss Wend Wil Zimm",
            "bach bacher berger dinger feld hardt inger lin mann mayer müller reiter ried schmitt stetter "
            "thal wald wein willer"),
    "mag": ("Ben Bou Ait Hadj Abd Bel Sid Ould El",
            "achour allal amar aziz brahim chaoui djelloul hamou kaddour kacem larbi mahdi malek "
            "mokhtar nouri rabah sliman tahar yacine zaoui"),
    "tr": ("Ak Al Bay Er Gül Kal Kara Kır Öz Sarı Ter Uy Yal Yük",
           "bulut can çay dağ demir er gün han kan kaya oğlu soy taş tekin türk yol"),
    "pt": ("Al Ba Ca Fi Ma Mo Pa Ra Sa Ta Va",
           "buquerque ldeira mões nhas rreira rvalho tos vares queira lhares deiros"),
    "est": ("Bor Dab Grab Jan Kam Kos Kra Mal Mar Nov Pop Rad Sok Stan Wol Zaj",
            "czak czyk escu ewski ić ińska iuc ov owicz ski ulescu"),
}
