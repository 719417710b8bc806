"""Quebec's place names, for the words of a scan the French word list cannot check.

A bilan names its region, its MRCs and its towns ("Memphrémagog", "Saguenay", "Matawinie"),
often once each, and the word list has no names: a name Tesseract misread ("Saquenay",
"Memphrémagoq") is kept as read unless the document prints it right twice. Bilans are
written by Quebec's regional tables, so their places come from a short list: the 17
administrative regions, the MRCs and equivalent territories, the larger towns, and the school
service centres named for their territory. Each word of those names that is no common French
word ("Saint", "Lac", "Vallée" are, and are checked as words) is a place word.
"""

from __future__ import annotations

import functools
import re

__all__ = ["PLACES", "place_words", "place_compounds"]

PLACES = (
    # the administrative regions
    "Bas-Saint-Laurent", "Saguenay–Lac-Saint-Jean", "Capitale-Nationale", "Mauricie", "Estrie",
    "Montréal", "Outaouais", "Abitibi-Témiscamingue", "Côte-Nord", "Nord-du-Québec",
    "Gaspésie–Îles-de-la-Madeleine", "Chaudière-Appalaches", "Laval", "Lanaudière", "Laurentides",
    "Montérégie", "Centre-du-Québec",
    # MRCs and equivalent territories
    "Les Îles-de-la-Madeleine", "Le Rocher-Percé", "La Côte-de-Gaspé", "La Haute-Gaspésie", "Bonaventure",
    "Avignon", "La Matapédia", "La Matanie", "La Mitis", "Rimouski-Neigette", "Les Basques",
    "Rivière-du-Loup", "Témiscouata", "Kamouraska", "Charlevoix-Est", "Charlevoix", "L'Île-d'Orléans",
    "La Côte-de-Beaupré", "La Jacques-Cartier", "Québec", "Portneuf", "L'Islet", "Montmagny",
    "Bellechasse", "Lévis", "La Nouvelle-Beauce", "Robert-Cliche", "Les Etchemins", "Beauce-Sartigan",
    "Les Appalaches", "Lotbinière", "L'Érable", "Mékinac", "Shawinigan", "Trois-Rivières", "Les Chenaux",
    "Bécancour", "Arthabaska", "Drummond", "Nicolet-Yamaska", "Maskinongé", "La Tuque", "Le Granit",
    "Les Sources", "Le Haut-Saint-François", "Le Val-Saint-François", "Sherbrooke", "Coaticook",
    "Memphrémagog", "Brome-Missisquoi", "La Haute-Yamaska", "Acton", "Pierre-De Saurel", "Les Maskoutains",
    "Rouville", "Le Haut-Richelieu", "La Vallée-du-Richelieu", "Longueuil", "Marguerite-D'Youville",
    "Roussillon", "Les Jardins-de-Napierville", "Le Haut-Saint-Laurent", "Beauharnois-Salaberry",
    "Vaudreuil-Soulanges", "D'Autray", "L'Assomption", "Joliette", "Matawinie", "Montcalm", "Les Moulins",
    "Deux-Montagnes", "Thérèse-De Blainville", "Mirabel", "La Rivière-du-Nord", "Argenteuil",
    "Les Pays-d'en-Haut", "Les Laurentides", "Antoine-Labelle", "Papineau", "Gatineau",
    "Les Collines-de-l'Outaouais", "La Vallée-de-la-Gatineau", "Pontiac", "Témiscamingue", "Rouyn-Noranda",
    "Abitibi-Ouest", "Abitibi", "La Vallée-de-l'Or", "Le Domaine-du-Roy", "Maria-Chapdelaine",
    "Lac-Saint-Jean-Est", "Le Fjord-du-Saguenay", "Saguenay", "La Haute-Côte-Nord", "Manicouagan",
    "Sept-Rivières", "Caniapiscau", "Minganie", "Le Golfe-du-Saint-Laurent", "Jamésie", "Eeyou Istchee",
    "Baie-James", "Kativik", "Nunavik",
    # towns
    "Terrebonne", "Saint-Jean-sur-Richelieu", "Repentigny", "Brossard", "Drummondville", "Saint-Jérôme",
    "Granby", "Blainville", "Saint-Hyacinthe", "Dollard-Des Ormeaux", "Rimouski", "Châteauguay",
    "Mascouche", "Victoriaville", "Saint-Eustache", "Salaberry-de-Valleyfield", "Boucherville",
    "Vaudreuil-Dorion", "Sorel-Tracy", "Val-d'Or", "Chicoutimi", "Jonquière", "La Baie", "Alma",
    "Saint-Georges", "Sept-Îles", "Baie-Comeau", "Thetford Mines", "Magog", "Saint-Constant", "Candiac",
    "La Prairie", "Chambly", "Beloeil", "Mont-Saint-Hilaire", "Sainte-Julie", "Varennes",
    "Saint-Bruno-de-Montarville", "Matane", "Amos", "La Sarre", "Dolbeau-Mistassini", "Roberval",
    "Saint-Félicien", "Chibougamau", "Gaspé", "Cowansville", "Lachute", "Saint-Lazare", "Beauharnois",
    "Sainte-Thérèse", "Boisbriand", "Rosemère", "Lorraine", "Bois-des-Filion", "Sainte-Anne-des-Plaines",
    "Saint-Colomban", "Sainte-Marie", "Lac-Mégantic", "Bromont", "Farnham", "Marieville", "Saint-Lambert",
    "Mont-Laurier", "Sainte-Agathe-des-Monts", "Saint-Sauveur", "Sainte-Adèle", "Prévost", "Lavaltrie",
    "Berthierville", "Louiseville", "Nicolet", "Plessisville", "Princeville", "Val-des-Sources",
    "Asbestos", "Windsor", "Donnacona", "Saint-Raymond", "Pont-Rouge", "Baie-Saint-Paul", "La Malbaie",
    "Forestville", "Fermont", "Port-Cartier", "Havre-Saint-Pierre", "Chandler", "New Richmond",
    "Carleton-sur-Mer", "Saint-Pascal", "Amqui", "Mont-Joli", "Trois-Pistoles", "Témiscouata-sur-le-Lac",
    "Pohénégamook", "La Pocatière", "Maniwaki", "Buckingham", "Aylmer", "Shawville", "Ville-Marie",
    "Senneterre", "Malartic", "Lebel-sur-Quévillon", "Matagami", "Chapais", "Kuujjuaq", "Chisasibi",
    "Mistissini", "Wendake", "Mashteuiatsh", "Kahnawake", "Kanesatake", "Gaspésie", "Beauce",
    # the school service centres (former school boards), named for their territory, partners of
    # many action plans ("Commission scolaire des Portages-de-l'Outaouais")
    "Portages-de-l'Outaouais", "Hauts-Bois-de-l'Outaouais", "Cœur-des-Vallées", "Monts-et-Marées",
    "Fleuve-et-des-Lacs", "Rives-du-Saguenay", "Pays-des-Bleuets", "Premières-Seigneuries",
    "Chemin-du-Roy", "Région-de-Sherbrooke", "Hauts-Cantons", "Marguerite-Bourgeoys", "Pointe-de-l'Île",
    "Or-et-des-Bois", "Harricana", "Lac-Abitibi", "Lac-Témiscamingue", "Moyenne-Côte-Nord", "Chic-Chocs",
    "René-Lévesque", "Beauce-Etchemin", "Côte-du-Sud", "Pierre-Neveu", "Seigneurie-des-Mille-Îles",
    "Grandes-Seigneuries", "Hautes-Rivières", "Marie-Victorin", "Trois-Lacs", "Vallée-des-Tisserands",
    "Val-des-Cerfs", "Bois-Francs",
)


@functools.lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """The words of PLACES that are no common French word, of four letters or more."""
    from bilan.extract.lexicon import is_word

    words = {w for name in PLACES for w in re.split(r"[\s\-–'’]+", name)}
    return frozenset(w for w in words if len(w) >= 4 and w[:1].isupper() and not is_word(w))


@functools.lru_cache(maxsize=1)
def place_compounds() -> frozenset[str]:
    """The hyphenated names within PLACES ("Lac-Saint-Jean" of "Saguenay–Lac-Saint-Jean"): a
    part of one may be a common word ("Jean", "Loup"), which only the whole name checks."""
    parts = {p for name in PLACES for p in re.split(r"[\s–'’]+", name)}
    return frozenset(p for p in parts if "-" in p.strip("-"))
