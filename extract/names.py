"""Quebec's most common family names, for the words of a scan the French word list cannot check.

A bilan names people too: a contact in a Responsable cell, a speaker in a follow-up ("Martin
Tremblay, agent de développement"). Where such a name opens a text, its capital says nothing
(every text opens on one), and a name one letter off a common word ("Nadeau", "radeau"), or
made of two ("Lavoie", "la voie"), would be respelled into it. The names here are the common
family names of Quebec; each that is no common French word is a name word, kept as read.
"""

from __future__ import annotations

import functools

__all__ = ["FAMILY_NAMES", "name_words"]

FAMILY_NAMES = (
    "Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin", "Gagné",
    "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Bergeron", "Leblanc", "Paquette", "Girard", "Simard",
    "Boucher", "Caron", "Beaulieu", "Cloutier", "Dubé", "Poirier", "Fournier", "Lapointe", "Leclerc",
    "Lefebvre", "Poulin", "Thibault", "St-Pierre", "Nadeau", "Martin", "Landry", "Martel", "Bédard",
    "Grenier", "Lessard", "Bernier", "Richard", "Michaud", "Hébert", "Desjardins", "Couture", "Turcotte",
    "Lachance", "Parent", "Blais", "Gosselin", "Savard", "Proulx", "Beaudoin", "Demers", "Perreault",
    "Boudreau", "Lemieux", "Cyr", "Perron", "Dufour", "Dion", "Mercier", "Bolduc", "Bérubé", "Boivin",
    "Langlois", "Ménard", "Therrien", "Plante", "Bilodeau", "Blanchette", "Dubois", "Champagne",
    "Paradis", "Fortier", "Arsenault", "Dupuis", "Gaudreault", "Hamel", "Houle", "Villeneuve", "Rousseau",
    "Gravel", "Thériault", "Lemay", "Robert", "Allard", "Deschênes", "Giroux", "Guay", "Leduc",
    "Boisvert", "Charbonneau", "Lambert", "Raymond", "Vachon", "Gilbert", "Audet", "Jean", "Larouche",
    "Legault", "Trudel", "Fontaine", "Picard", "Labelle", "Lacroix", "Jacques", "Moreau", "Carrier",
    "Bernard", "Desrosiers", "Goulet", "Renaud", "Dionne", "Lapierre", "Vaillancourt", "Fillion",
    "Lalonde", "Tessier", "Bertrand", "Tardif", "Lepage", "Gingras", "Benoît", "Rioux", "Giguère",
    "Drouin", "Harvey", "Lauzon", "Gendron", "Boutin", "Laflamme", "Vallée", "Dumont", "Breton", "Paré",
    "Paquin", "Robitaille", "Gélinas", "Duchesne", "Lussier", "Séguin", "Veilleux", "Potvin", "Gervais",
    "Pépin", "Laroche", "Morissette", "Charette", "Bourque", "Daigle", "Labbé", "Brassard", "Gauvin",
    "Desrochers", "Nolet", "Bisson", "Lebel", "Lavallée", "Beauchamp", "Lemire", "Laplante", "Chabot",
    "Brunet", "Guérin", "Desbiens", "Turgeon", "Lamontagne", "Labrecque", "Rodrigue", "Pouliot",
)


@functools.lru_cache(maxsize=1)
def name_words() -> frozenset[str]:
    """The names of FAMILY_NAMES that are no common French word ("Parent", "Plante" are, and are
    checked as words)."""
    from bilan.extract.lexicon import is_word

    return frozenset(n for n in FAMILY_NAMES if not is_word(n))
