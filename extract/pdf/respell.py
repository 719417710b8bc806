"""Words an OCR page misread, set right by the document itself and the French word list.

Tesseract reads "CRÉ" as "CRÈ", "comité" as "cornité", "analyse" as "analvse", and cuts
"décembre" into "décem bre" where a narrow cell spaced its letters. A bilan repeats its own
words (the Table's name, its places, its partners) and is written in French, so after all the
pages are read, a word of an OCR page is checked against both:

- Two pieces where at least one is no word, and together they make one ("décem" + "bre"), or
  that the document prints whole elsewhere ("inter" + "génération"), are one word; a letter on
  the wrong side of the space ("concertatio ndu") goes back.
- A word that is no word takes the document's own spelling of it when the document prints that
  spelling at least twice, and twice as often, and the two differ by a letter the OCR takes for
  another ("q" / "g", "È" / "É", "rn" / "m": `looks_alike`); a word the OCR itself doubted
  (low confidence) may differ by any one edit, unless it is a word ("famille" is no misread
  "familles") or the document prints it where the OCR did not doubt it ("CATI" beside "ATI":
  two names), nor a word of the list doubted into a spelling that is none ("Objectif" beside
  two "Obiectif" a blurred copy misread). Else a word in lower case (or opening a sentence)
  takes the one word of the list that looks like it, when it is clearly the likeliest (LIKELIER
  times as frequent as the next); a word the document prints twice or more so is its own
  spelling, unless the document prints the list's word too (the OCR misreads a word the same
  way twice: "Obiectif 2", "Obiectif 3" under "Objectif 1"), or the misreading is one a blurred
  copy repeats, a stroke for a stroke ("Coliectivité"), "rn" for "m", "i" for a "j" whose tail
  it lost ("Obiectif" however often), "n" for an "r" whose arm ran down ("Transpont"). Words
  in capitals and names (a capital inside a sentence) take only the document's spelling: the
  list has no names.
- A place named with its article ("Les Basques", "La Mitis"), whose word is a common one and so
  no place word, misread as no word ("Les Basaues"), is checked against those names as a
  place word is.
- A word whose mark changes inside it ("M" + "emphrémaaoa" underlined) is checked whole, and
  set right when the right spelling is as long (each span keeps its letters' places).
- A word broken at its cell's edge whose last letter, alone at the next line's start, was read
  as its capital ("partenaire" / "S") takes it back when that makes a word.
- A word in lower case that is no word but two words run together, one of them a short word
  ("concertationdu", "dela", "àla"), is the two. A plural's "s" or "x" glued to the short word
  after it, where the word with it is a word of the list and the short one with it none
  ("municipalité sde"), goes back to its word. A digit inside a word's letters ("On7e") is the
  letter of its shape when that makes a word of the list. An "F", "f", "I", "|", "!" or "1"
  elided before a word inside a sentence ("cédés à F'OBNL") is the article's "l"; a stroke
  after "Saint" before a name ("Saint1 Côme") its hyphen; "Là" opening a sentence before a
  name ("Là CRÉ se préoccupe") the article; "Îles" inside a sentence before a word in lower
  case but "de" ("et Îles municipalités") a speck before "les". A bracket closed twice in a
  paragraph that closes more than it opens ("(05/11/07))") is closed once.
- A capital shaped as its small letter ("Œ", "C", "K", "O", "S", "V"; and "J", a "j" whose dot a blur
  ran into its stem) inside a sentence, in a word the
  document prints in lower case at least twice (once, for a word of the list) and so only
  there, is the small letter; so is
  an "Œ" inside a sentence opening a word of the list ("œuvre", "œil"), which French never
  capitalizes there and Tesseract reads capital nearly always.
- A word ending in "l", "1" or "i" that is no word, where the rest is a word the document prints
  at least twice, ends in a footnote call read as a letter: the call is dropped.
- A "J" or "I" (or "Î", "Ï": a speck over it) opening a word that with "l" instead is a word
  of the list, printed so only there, is that "l": a capital one after a word in lower case
  ("Je site", "Jes actions", "ouverts Îe 4 juillet"), or past a sentence's first word when the
  word as read is none ("Soutenir Ja participation", "qu'à ja population"); a capital one that
  makes no word is so however often it is printed (a blurred copy misreads a word the same
  way each time: "un Jogement adapté"), and at a line's start when the line before ends on a
  letter ("Comité" / "Jogement aînés"); a two-letter lower-case word that is no word takes the one that
  looks like it and is far more common ("ia" / "la"). "J'"
  before a capitalized word inside a sentence is "l'" ("de J'Outaouais": "j'" comes before a
  verb), and "l" or "d" run into a capitalized word the document prints twice or more, or a
  place name, is "l'" or "d'" ("lOutaouais": the apostrophe lost). A "1" opening a word in
  small letters after a word, that with "l" instead is a word ("de 1a famille"), is that "l",
  unless it is an ordinal ("1e", "1re", "1ère").
- A word in small letters printed once, one edit from the one word the document prints twice
  or more after the same word ("persévérance solaire" beside "persévérance scolaire", a
  phrase perhaps wrapped at a line's end), is that word: a word misread as another. So is a
  word with accents printed once before a word, whose plain form the document prints twice or
  more before that word ("cuisinés collectives" beside "cuisines collectives").
- Two words the document prints joined by a slash twice or more, set apart by a space or by a
  "!", ":" or "|" ("TDS Ressource", "travail! Ressource"), take the slash back as the document
  prints it most (a space after it or not).
- A word after an infinitive or a preposition and before a word, a thin stroke more than an
  article ("Soutenir lies familles", "sur lies services"), is that article: French sets one
  there ("lies" is a word, but not there).
- A sign no word opens on ("£", "¥", "¢", "¤", "§", a "[" no "]" closes) glued before a
  capital is a speck ("£Concert'action", "[Itinérance"), dropped. A "$" after a word in the
  singular after a plural determiner, a space before it, is the "s" closing the word ("des
  recommandation $"). A "€" glued before a slashed date closed by ")", no bracket open
  before it, is the "(" ("âgées €21/01/08)"); two dashes opening a line before a letter are
  an item's dash read twice ("--Immigration").
- "A" or "À" before a word in the plural and "par" or "chaque" and a period ("À rencontres
  par année") is a "4", its open triangle read as the letter: things counted by the period.
- A "[" opening a day before a month's name, with no bracket closing after it ("le [4 mars"),
  is a "1".
- A follow-up's date ("Suivi au 11 mars 2018") whose day, printed so only there, is one digit
  off the month's last day that the document prints before that month ("Suivi au 31 mars
  2017"), is that last day: bilans date their follow-ups at a month's end.
- A day, a month and a year whose slashes were read as points, colons or with a space ("le 10.
  12:2010"), not both plain points, in a document that prints slashed words or with a colon
  (numbers joined by a colon, a year after them, are no hour), are a slashed date; so are
  eight digits after "le" that are a day, a month and a year the document prints ("le
  14062010": the slashes lost), and six digits in brackets, one space among them at most, that
  are a day, a month and the two last digits of a year the document prints ("(080408)"); so
  are a day, a month and a year after "le", "du" or "au", set apart by spaces or the day and
  month run together ("le 14 06 2010", "le 1406 2010": a blurred copy erased the slashes),
  the year one of the document's or next to one.
- A day of forty-something in a date ("40/11/2009") is ten-something: a blurred "1" reads as
  a "4", and no month has such a day; a month of sixty-something ("28/65/07") is a
  zero-something, its "0" blurred shut low into a "6"; a date opened by "(" closing its line
  on ";" or ":" ("(09/02/09;"), with no date of the same brackets on the next line, closes on
  ")". Before a month's name, a day no month has ("41 mars") is, of the days one digit
  apart, the month's last day (a bilan dates its follow-up at a month's end), else the one
  that the document prints before that month, and stays as read when it prints none or
  several.
- A year after a month whose last "8" was read "%" ("février 200%": its two loops) is that
  year, when the document prints it; so is a number of five digits after a month that is one
  year of the document's with a digit left out ("février 29016": a speck read as a "9").
- A month's name cut in two before its year, the second piece no word ("Fév rier 2010",
  "Septe mbrée 2017"), is that month when the two together are its name or one letter from it.
- A range of years misread: its end's "1" read as a thin letter with a space after it
  ("2009-20t 0", "2016 -20T 7"), or its dash read as a "1" run into its start ("20081
  2010"), when the two years make a range of one to ten years.
- A year the page misread ("2610", "2072" in a bilan of 2011-2012, "20171") takes the one year
  one digit apart that the document prints; so does a slashed date's year outside the
  document's years and printed nowhere else, when the digit that differs looks like that
  year's ("3" / "8": "02/02/13" in a bilan of 2016-2018), and so does a day's ("1er
  septembre 2018" in a bilan of 2010-2011); a range's end over ten years after its start and
  one digit off the year after it ("2011-2072") is that year; a "1" read as a stroke letter
  inside a number ("î2", "20l1") is a "1", and a letter shaped as a "0" inside a number of
  three digits or more ("240 C00", "2O11") is a "0".
- A slash read before a word's last letter ("scolair/e organismes": the slash leans over it) is
  after it, when the word is one only with that letter. A point between two words of the list
  in small letters, with no space ("sur.les"), is a speck where the space was.
- "là", "dé", "dés", "lé", "lés" between two words ("de là région") are "la", "de", "des",
  "le", "les", and so are all but "là" before a number ("un total dé 240 000 $"): the accent
  is a speck (French writes "là" after its noun or before "où"); so are they at a line's end
  when the paragraph goes on with a word on the next line, and at a line's start after a word
  ending the line before. With a capital inside a sentence, before
  a capitalised word, they are a name's article ("et Là Pocatière": "La Pocatière").
- "ä", "ö" are "a", "o": French writes neither ("Gätineau"); after or before a plain "a", "o"
  they are that letter read twice ("communaä"); so is an "ñ" beside an "n" ("quiñnquennal").
- A word that is none with two or more accents, which is the one word of the list with two
  (or three) of them left off, the fewest that make one, had them made up by specks
  ("sérvicés": "services").
- A thin stroke read as a letter of its own ("Résulitats") is a misreading like a letter for
  another; an accent read on a letter of a word that is no word ("amorcê") is an accent on the
  page, perhaps of another kind: of the list's words, one with an accent there is meant
  ("amorcé", not "amorce").
- A word in small letters that is none, one letter short of a word the document prints twice or
  more and twice as often ("Non amorc" beside "amorcé"), is that word.
- A lone "L", "l" or "k" inside a sentence, before a word the document prints after "la" twice
  and after no other article (nor after that letter), is "la" read as one letter ("de L Table").
- A quote between a number or a word French elides none of and a word the document prints
  after a slash elsewhere is that slash, its top read alone ("2'Ressource").
- A point after an article or a preposition, before a word in small letters, is a speck ("des.
  citoyens"), and so is a point standing alone between two words, before one in small letters
  ("des . partenaires"); a "+" opening a date's year is its "1" ("(07.12.+0)"); "1 %" opening
  a cell or a bracket before a month is "1er" ("1 % avril 2009"), and so is "le 1" before a capitalised
  word in a document that prints "1er" ("le 1 Ministre"); an "l" or "d" run into a name in
  capitals that opens on a vowel (or "H"), printed by the document or one of the field's
  acronyms, lost its apostrophe ("lOBNL"); a capital "I" inside a word of small letters is a
  dotless "i" ("munIcIpaux").
- A word that is none, one of the OCR's confusions off a word of the list the document prints
  twice or more, is that word however often a blurred copy misreads it so ("sum" for "suivi"),
  in small letters or opening a sentence; such a misreading is no spelling to set another to.
- A word in small letters that is none with one accent, plain no word either, whose plain form
  is one look-alike letter from the likeliest word of the list ("instènces"), had a speck read
  as an accent over a letter misread: that word ("instances"); a capitalized one is a name.
- Two accented vowels of two letters in a row in a word that is none ("Dépôêt") are one glyph
  read twice: the one that makes a word, when only one does.
- One accented letter read twice with two accents ("ÂÀvenir", "Dêécembre"), or plain then
  accented ("aâtelier"), is the one that makes a word, else the second; a word's accented
  last letter set apart ("Abandonn ê") goes back to it when that makes a word; "à" run into
  a word ("Àvenir") is two words.
- A double "l" read as one ("colectif", "Plessisvile": two thin strokes a blur ran into one)
  is a misreading like a letter for another. A word in lower case opening an item that is no
  word, but is one of the list with a letter before it ("-ohorte": "Cohorte", its capital run
  into the dash), takes that letter capitalized when that word is clearly the likeliest
  (LIKELIER times as frequent as the next such word: "ocal" may be "local" or "vocal").
  A "©" opening a word in capitals is its "C" where the document prints that word ("la ©TF":
  a speck inside the "C"). An item's first letter misread ("-fmmigration") is set right as a
  capital: the misread letter's case says nothing. A capital glued before a capitalized word
  of the list opening a sentence or an item, the two no word ("FTransport"), is a speck or
  the item's dash misread: dropped (not an "L", "D" or "J": "LÉcole" is an elided "L'École").
- A capitalized word that is no word, one look-alike letter from a Quebec place name (two in a
  word of seven letters or more: "Saquenav", "Memphrémagoq"; a "g" may be read as "qa", its
  tail and its bowl apart: "Saqauenav"), is that name: bilans name their
  region, MRCs and towns, often once each (extract/places.py); so is one of seven letters or
  more, printed once, one letter of any shape from a place name the document prints three
  times or more ("Outsouais").
- "Le", "La", "Les" after a word in lower case and before a word in lower case or a number
  ("déposé Le 30 janvier") are the article: French capitalizes it there only in a name, whose
  next word is capitalized ("à La Tuque"); before a capitalized word, they are the article
  where the document prints the pair twice so and never else ("de La Table", "la Table");
  so is "L'" before a word in lower case or an acronym ("sur L'analyse", "sur L'ATI"), or
  before a word the document prints after "l'" twice and never after "L'" but once ("de
  L'Islet" stays).
- A point after a word of the list (four letters or more) or an acronym, before a word of the
  list in small letters, is a comma (French opens a sentence with a capital: "de la CRÉ.
  autres"); an abbreviation keeps its point. A point between such a word and a comma is a speck.
- "1" before a month's name, where the document prints the first of a month "1er" and "1"
  before a month nowhere else, lost its raised "er" ("1 avril 2009").
- A share done closing a cell with no sign ("Réalisé à 80") lost its "%": it is put back.
- A slashed date's year of three digits ("(02/12/608)") is the one year of the document's
  (printed twice or more) that one digit left out makes.
- A brace is a round bracket (a bilan has none; Tesseract reads "(" as "{" now and then); a
  ")" that no "(" opens, after a month, closes a date whose "(" was lost or run into the
  month's "j" ("Guin 2016)"): it opens before the month.
- Two words the document prints in a row twice or more, run together ("développementsocial"),
  are two.
- "1er" before a month, its raised "er" read as "*", '"', "r", "or" or "®", or its "1" read as
  "l", "I", "E" or "F" ("Ft" and a raised "cr"), is "1er" again; so is "1 %" after "le", "du"
  or "au" before a month ("le 1 % février": no share stands between an article and a month).
- A slashed date's day whose "1" was read "E" ("(E5/11/18)") is ten-something; "Je" or "je"
  before a day and its month ("la SHQ Je 3 octobre") is "le" ("je" comes before no number);
  "Ha" inside a phrase ("de Ha CRÉ") is "la"; a number and "D" alone in a cell ("75 D") is a
  share, its "%" read "D"; a slashed date's year more than ten years past all of the
  document's, one digit of any shape off only one of them ("(21/01/48)" in a bilan of
  2006-2008), is that one.
- A point inside a word in capitals before its last letter ("CRDBS.L"), where the document
  prints the word without it twice or more, is a speck; a colon glued to a word that is none,
  before a colon set apart ("Donnacon: :"), is its last letter, where one letter only makes a
  place name, a word of the list or one the document prints twice.
- A "(" or "{" glued before a day after "du", "le" or "au", before its month, that nothing
  closes further on in the paragraph ("du (1er au 7 octobre 2017") is a speck. A "!" glued to
  the word closing a cell, in a document whose scanned pages print a note, is the note's raised
  call "1" ("initiatives locales!"). A point closing the one heading of a document that closes
  on one, after a word of the list, is a speck. A range of years cut in a narrow cell before its
  end's last digit, that digit read alone on the next line ("2008-201" / "(9)"), which makes no
  range a plan runs over, is the look-alike digit that does.

Every change is kept on its cell or paragraph (`ocr_respelled`, word as read and as set
right) and reported by normalize as an `ocr_low_confidence` anomaly, so nothing is changed
without a word.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator

from bilan.extract.lexicon import bare, frequency, is_word
from bilan.extract.model import Cell, Document, Line, Paragraph, Span, Table
from bilan.extract.names import name_words
from bilan.extract.pdf.text import BULLETS
from bilan.extract.places import PLACES, place_compounds, place_words

__all__ = ["respell", "respell_text", "looks_alike", "Vocabulary", "LIKELIER", "TOKEN", "MONTHS"]

_LETTERS = "abcdefghijklmnopqrstuvwxyzàâçèéêëîïôùûüœ"  # the letters a French word is made of
LIKELIER = 4.0  # a word of the list replaces a misread one only this many times likelier than the next
TOKEN = re.compile(r"[^\W\d_]+|\d+")
# letters the OCR takes for one another
_CLOSEST = ["il1|!ïfk", "eéèêë", "aàâ", "uùû", "oô0"]  # the only ones trusted in a word of two letters ("fe", "ka": "le", "la")
_ALIKE = ["il1tfj|!ïî", "ceoa", "vy", "nuh", "gq9", "gaq", "gp", "rt", "rn", "ri", "eéèêë", "aàâ", "uùûü", "iîïü", "oô0", "cç", "bh", "s5", "z2", "sz", "êô",
          "do",  # (a capital "D" and "O": "CROBSL" for "CRDBSL")
          "bp",  # a bowl on a stem, up or down ("Membhrémagoa")
          "rï"]  # an "r" whose arm a blur cut into a speck over its stem ("Conceït'action")
_MIRRORED = {"b", "p"}  # a bowl on a stem, up or down: a letter read as both, side by side
_TWINS = ["gq", "vy", "nh"]  # ... or as two letters of the same shape ("Chagque")
_ACCENT_GROUPS = ["eéèêë", "aàâ", "uùûü", "iîï", "oô"]
_THIN = "il1|!t"  # a thin stroke the OCR reads as a letter of its own
# ... or with a speck for a bar, as an "f" ("Travailfler"), or with a "g"'s tail under it and
# an "i"'s dot over it, as a "j" ("Agjir")
_MADE_UP = _THIN + "fj"
_STROKE_LETTERS = _THIN + "f"  # ... and read as one another
_ACCENTS = "àâäéèêëîïôöùûüç"
_UNMARKED = dict(zip(_ACCENTS, "aaaeeeeiioouuuc"))  # each accented letter without its accent
_ARTICLES = ("Le", "La", "Les")  # capitalized inside a sentence only in a name ("à La Tuque")
_CONFUSIONS = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("vv", "w"), ("ii", "ü"), ("ij", "j"), ("a", "ci"),
               ("h", "it"),  # "Hinérance": a capital I and a t blurred into one
               ("mm", "rm"),  # "Fimme": the arm of an "r" run into the "m" after it
               ("rn", "r"),  # "Transpornt": the arm of an "r" read as a letter of its own
               ("rm", "mm"), ("ri", "n"),  # "Recormandation", "Coridition": an arch broken off
               ("n", "ri"), ("n", "rt"), ("h", "li"),  # "févner", "Ouvenure", "miheu": an "r" or "l" run into the letter after it
               ("h", "ti"),  # "Collechvité": a "t" run into the "i" after it
               ("un", "m"),  # "femunes": an "m"'s first arch broken off
               ("u", "ti"),  # "Objecuf": a "t" and an "i" run together, bar and dot lost
               ("ü", "ti"),  # "Iünérance": a "t"'s top and an "i"'s dot read as the two dots of a "ü"
               ("qa", "g"),  # "réqaional": a blurred "g" read as its tail and its bowl (French has no "qa")
               ("m", "in"), ("m", "ni"), ("nu", "mi"),  # "mitiative", "admimstrative", "fanulial": arches run together
               ("tt", "ct"),  # "Attes": a "c" run into the "t" after it, read as a twin
               ("tt", "ff"),  # "dittusée": two "f" whose bars a blur cut short, read as "t"
               ("a", "ri"),  # "Pantemps": an "r" and an "i" run into one bowl
               ("m", "ivi"),  # "sum": the stems of an "i", a "v" and an "i", dots lost, read as an "m"
               ("u", "ai"),  # "portrut": an "a" and an "i" run together into one bowl and stem
               ("in", "m"),  # "organisines": an "m" whose first arch broke off, read as an "i"
               ("nn", "rm"),  # "Infonner": an "r" whose arm closed on the "m" after it, two arches each
               ("m", "nt"),  # "implamation": an "n" and a "t" run together, the "t"'s stem a third arch
               ("rh", "m"),  # "farhille": an "m"'s first arch read "r", its two others an "h"
               ("rmn", "m"),  # "développermnent": an "m" read with its first and last arch twice over
               ("ée", "e"), ("eé", "e")]  # "Instauréer": an "e" read twice, once with a speck for an accent
# acronyms bilans print all the time (institutions, programs), for a word in capitals misread
_ACRONYMS = frozenset({"CRÉ", "OBNL", "OSBL", "CLSC", "CSSS", "CISSS", "CIUSSS", "MRC", "CLD", "CJE", "CDC",
                       "CPE", "OMH", "HLM", "SHQ", "MSSS", "MFA", "SADC", "CAB", "ATI", "RUI", "TCRI"})
# capitals a blurred copy reads for one another ("IT": a serif "I" whose top serif ran into
# its neighbour's, read as a "T"'s bar)
_CAPITALS_ALIKE = ["EÉÈÊË", "EL", "OQD0", "I1L", "IT", "CG", "UV", "BD"]
_COMMON = 1000  # how frequent a word of the list is to be taken for a name misread (see _better)
_EVERYDAY = 1_000_000  # frequency of the words French prints most ("avec", "cette", "comme")
_LONG_PLACE = 10  # letters of a place name one letter of any shape may differ from
_CAPITAL_VOWELS = "AÀÂEÉÈÊIÎOÔUY"
_ACCENTED_CAPITALS = "ÀÂÉÈÊË"
_SAME_SHAPE = "CKOSUVWXZŒ"  # capitals shaped as their small letter, only larger (a "k" blurred: "K")
# prefixes French writes joined to the word after them ("intergénération"), and that are words alone
_PREFIXES = {"inter", "auto", "super", "micro", "extra", "contre", "entre", "sous", "demi", "télé"}
_SHORT = {"de", "du", "des", "la", "le", "les", "en", "et", "au", "aux", "un", "une", "par", "pour", "sur", "dans",
          "à"}
# words a report never writes: the familiar "you", for the article whose "l" the OCR read "t";
# the interjection "eh", for "en" whose "n" it read "h" ("Eh continu")
_NEVER_WRITTEN = {"ta": "la", "te": "le", "tes": "les", "eh": "en", "Eh": "En", "fa": "la"}
# an accent the OCR put on a short word inside a phrase: the plain word ("de là région")
_PLAIN = {"là": "la", "dé": "de", "dè": "de", "dés": "des", "lé": "le", "lè": "le", "lés": "les", "lès": "les"}
MONTHS = ("janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
           "novembre|décembre|decembre")
_MONTH_SHORT = ("janv", "févr", "fév", "avr", "juil", "sept", "oct", "nov", "déc")
_ELIDED_BEFORE_VOWEL = ("le", "la", "de", "du")  # words French never prints before a vowel ("l'ATI", "de l'ATI")
# the words before a year: a month's name, as printed or shortened, and a season's
_DATING = frozenset(MONTHS.split("|")) | frozenset(_MONTH_SHORT) | {"hiver", "printemps", "été", "automne"}
_SHORTS = "|".join(_MONTH_SHORT)
# "1er" before a month (or a span of days: "du 1er au 7 octobre"): its raised "er" misread
# ("1*", "1r", "1®"; "1° er": read as a mark, then as letters too), or its 1 ("Eer", "ler")
_FIRST = re.compile(rf"\b(?:1(?!(?i:er)\b)[^\s\d,;.:)]{{1,2}}(?: er)?|[lIEL|!i][eèc]r)(?=\s+(?:au\s+\d{{1,2}}\s+)?(?i:{MONTHS})\b)")
# "1 % avril 2009" opening a cell (a deadline) or a bracket: the raised "er" read as a sign set
# apart (after a word, "de 1 % février" is a share)
_FIRST_SPACED = re.compile(rf"(?:^|(?<=\())1 [%°º®*](?= (?i:{MONTHS})\b)")
# "du Ea au 7 octobre", "du !ci au 7": the first day of a span of days read as marks or
# letters that make no word; French prints only the first day with letters ("1er")
# a word that is no word, opening on a stroke, before a month and a year ("Ifeld avril 2009",
# "tef octobre 2016": a "t" is a stroke with a bar):
# "1er", its raised ending read as letters
_FIRST_LETTERS = re.compile(rf"(?<![^\W\d_])[lI|!t][a-zé]{{1,4}}(?=\s+(?i:{MONTHS})\s+(?:19|20)\d\d\b)")
# "Ifavril 2009": "1er" run into the month after it (no space read past the raised ending), its
# "1" read as a stroke and its ending as one or two letters or a mark, or lost ("lavril 2009");
# no French word ends on a month
_FIRST_GLUED = re.compile(rf"(?<![^\W\d_])(?:[lI|!][fcer*°®]{{0,2}}|1(?:er|[fcr*°®]))((?i:{MONTHS}))(?=\s+(?:19|20)\d\d\b)")
# "L'" before a month and a year ("L'avril 2009", "I' avril 2009"): French elides no article
# before a month, and sets no space after an apostrophe: "1er ", its raised ending read "'"
_FIRST_ELIDED = re.compile(rf"(?<![^\W\d_])[lIL|!]['’‘] ?(?=(?i:{MONTHS})\s+(?:19|20)\d\d\b)")
# a point between two slashed dates of a list ("15/09/16. 08/12/16 et 09/03/17"): its comma
_DATES_POINT = re.compile(r"(?<=\d/\d\d/\d\d)\.(?= \d\d?/\d\d?/\d\d)|(?<=\d/\d\d/\d{4})\.(?= \d\d?/\d\d?/\d{4})")
# a month opening on "J" after a day ("30 Janvier 2018"): a "j" whose dot a blur ran into its
# stem; or on "O" or "S" ("1er Octobre"), letters shaped as their capitals (the raised "er" of
# "1er" is a span of its own: the space after it may be doubled where the spans meet)
_MONTH_AS_CAPITAL = re.compile(r"(?:(?<=\d )|(?<=\d  )|(?<=\der )|(?<=\der  ))(?:Janvier|Juin|Juillet|Octobre|Septembre)\b")
# "par le C'ATI" where the document prints "CATI": a speck read as an apostrophe ("c'" elides
# before "est", never before a name in capitals)
# "Semaine de a persévérance": "la" whose "l" was lost (French sets no "a" after "de"), before
# a word the document prints after "la" twice, and after no other article
_DE_A = re.compile(r"(?<=\b[Dd]e )a(?= ([^\W\d_]+))")
# "TDS$/ Ressource": a speck read as a sign glued after a name in capitals the document prints
_SIGN_AFTER_NAME = re.compile(r"(?<![^\W\d_])([A-ZÀ-ÖØ-Þ]{2,})[$€£](?=[/\s,.;:)]|$)")
_C_SPECK = re.compile(r"(?<![^\W\d_])C['’]([A-ZÀÂÉÈÊÎÔ]{2,})\b")
# "su" (a participle of "savoir") after no form of "avoir": an "au" misread ("l'accès su logement")
_SU = re.compile(r"(?<![^\W\d_])([^\W\d_]+ )su(?=\s+[^\W\d_])")
_AVOIR = {"a", "ai", "as", "avons", "avez", "ont", "avait", "avaient", "aurait", "avoir", "eu", "aura", "auront"}
_SPAN_FIRST = re.compile(rf"(?<=\b[Dd]u )[^\s\d]{{1,3}}(?= au \d{{1,2}} (?i:{MONTHS})\b)")
# (and "dé", "dè", "dés", "lé", "lè", "lés", "lès" before a number: "un total dé 240 000 $"; an
# accent made up over a short word, none of which French writes so inside a sentence)
# "a" after a participle or an adjective in the plural, before an article or a determiner: the
# preposition "à" its accent lost ("concepts liés a la mobilisation"): the verb "a" takes a
# subject in the singular ("elle a la charge"), none ending on "és" or "ées"
_A_AFTER_PLURAL = re.compile(r"(?:(?<=[^\W\d_]és )|(?<=[^\W\d_]ées ))a(?= (?:la|les|l['’]|leurs?|une?|des|ce|cet|cette|ces|son|sa|ses"
                             r"|notre|nos|votre|vos)\b)")
_IN_PHRASE = re.compile(r"(?<=[^\W\d_] )(?:(là(?= (?!où\b)[^\W\d_])|(?:dé|dè|dés|lé|lè|lés|lès)(?= (?!où\b)[^\W_]))"
                        r"|(Là|Dé|Dè|Dés|Lé|Lè|Lés|Lès)(?= [A-ZÀ-ÖØ-Þ][^\W\d_]))")  # "et Là Pocatière"
_PLAIN_VOWELS = str.maketrans("äöÄÖ", "aoAO")
_ELIDING = re.compile(r"(?:jusqu|lorsqu|puisqu|presqu|quelqu|qu|aujourd)")  # words French elides, of two letters or more
_NOT_FRENCH = re.compile(r"\w*[äöÄÖ]\w*")  # French writes no "ä" nor "ö": Tesseract's "a", "o"
_READ_TWICE = re.compile(r"aä|äa|oö|öo")
# "Centraïide", "Raÿymond": a letter read twice, once with a diaeresis made up (no French word
# pairs them)
_DIAERESIS_TWICE = re.compile(r"ïi|iï|ëe|eë|üu|uü|ÿy|yÿ")
_INTO_CAPITALS = re.compile(r"([a-zà-ÿ]{2,})([A-ZÀ-ÖØ-Þ]{2,})")
_TILDE = re.compile(r"\w*[ñÑ]\w*")  # "Priñtemps": a tilde made up over an "n"
_SLASH_INSIDE = re.compile(r"\b([^\W\d_]{3,})/([^\W\d_])(?=\s)")  # "scolair/e organismes"
# "Table'Ressource", "objectif 2'Ressource": a slash read as a quote (its top alone) between a
# number or a word French elides none of (not "l'", "qu'", "jusqu'"…) and a capitalised word
# (see _slash_as_quote)
_SLASH_AS_QUOTE = re.compile(r"(?<![\w'’])(\d+|[^\W\d_]{2,})['’](?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ])")
# "Agir sur.les conditions": a point between two words in small letters, no space on either
# side (a speck on the baseline where the space was)
_SPECK_POINT = re.compile(r"(?<![\w.])([a-zà-ÿ]{2,})\.([a-zà-ÿ]{2,})(?![\w.@/])")
# "la participation des. citoyens": a point after an article or a preposition (no sentence
# ends on one, none is cut short), before a word in small letters: a speck on the baseline
_POINT_APART = re.compile(r"(?<=[^\W\d_]) \.(?= [a-zà-ÿ])")  # "des . partenaires": a speck standing alone
_ARTICLES_PREPOSITIONS = "de|du|des|la|le|les|un|une|au|aux|par|pour|sur|dans|en|et"
_SPECK_AFTER_SHORT = re.compile(rf"(?<![\w'’.])({_ARTICLES_PREPOSITIONS})\.(?= [a-zà-ÿ])")
# a number with a "1" read as a stroke letter: letters and digits only, with a digit in it
_ONE = re.compile(r"(?<![^\W_])(?=[\dlLIîïi|!t]*\d)(?=[\dlLIîïi|!t]*[lLIîïi|!t])[\dlLIîïi|!t]{2,}(?![^\W_])")
_AS_ONES = str.maketrans(dict.fromkeys("lLIîïi|!t", "1"))  # the stroke letters a "1" is read as
_SHAPED = re.compile(r"(?<![^\W_])[\dOoCDG]{3,}(?![^\W_])")  # digits and one letter shaped as a "0"
_AS_ZERO = str.maketrans("OoCDG", "00000")
# a month or its abbreviation; "G", "Q" or "f" for the "(j" of "(juin", "(janv." run together
# ("fanv. 2018)": the bracket's curve and the "j"'s stem, its dot lost, one glyph), or for the
# "(" alone ("Gjanv.")
_MONTH_WORD = re.compile(rf"(?<![^\W\d_])(?:{MONTHS}|{_SHORTS}|[GQf]j?(?:uin|uillet|anvier|anv)|(?:évr|anv)(?=\.))"
                         r"\.?(?![^\W\d_])", re.I)
_FIRST_LOST = {"évr": "f", "anv": "j"}  # an abbreviation whose first letter went with the bracket
# a word after a day or before a year: a month, its "i" read with a made-up mark ("14 maï
# 2010") or lost ("Jun 2011")
_BY_DATE = re.compile(r"(?<=\d )[^\W\d_]{2,9}(?![^\W\d_])|(?<![^\W\d_])[^\W\d_]{2,9}(?= (?:19|20)\d\d\b)")
_I_MONTHS = ("mai", "juin", "juillet", "avril", "janvier", "février")
# a word before a year, perhaps with a point: a month or its abbreviation misread ("Ma 2017",
# "(jarw. 2010)")
_BEFORE_YEAR = re.compile(r"(?<![^\W\d_])([^\W\d_]{2,10})(\.?)(?= (?:19|20)\d\d\b)")
# "Septe mbrée 2017": a month's name cut in two before its year (a narrow cell spaced it)
_MONTH_CUT = re.compile(r"(?<![^\W\d_])([^\W\d_]{2,7}) ([^\W\d_]{2,7})(?= (?:19|20)\d\d\b)")
# ... between a day and a year, even a word ("31 mers 2018")
_DAY_MONTH_YEAR = re.compile(r"(?<!\d)(\d{1,2} )([^\W\d_]{3,9})(?= (?:19|20)\d\d\b)")
# each month's name (as the document prints it, accented) and its last days
_MONTH_ENDS = {"janvier": {31}, "février": {28, 29}, "mars": {31}, "avril": {30}, "mai": {31}, "juin": {30},
               "juillet": {31}, "août": {31}, "septembre": {30}, "octobre": {31}, "novembre": {30},
               "décembre": {31}}
_MONTH_NAMES = tuple(_MONTH_ENDS)
_SEASONS = ("hiver", "printemps", "automne")  # ("été" is too short to be told one letter off)
_NAMED = "|".join(_MONTH_NAMES)
# a day no month has, before a month's name
_NO_SUCH_DAY = re.compile(rf"(?<![\d/.,])(3[2-9]|[4-9]\d)(?= ({_NAMED})\b)")
# "le [4 mars": a "1" read "[" opening a day before a month's name (no "]" nor ")" closes it)
_BRACKET_ONE = re.compile(rf"(?<![\w\[(])\[(\d)(?= (?:{_NAMED})\b)(?![^\[(]*[\])])")
# "En contint", "En contin": the deadline "en continu", its last letter misread or lost (a
# report writes no "en" before a verb's passé simple; "En" may end the line before)
_CONTINU = re.compile(r"(?<=\b[Ee]n )contin[a-tv-zé]?(?![^\W\d_])")
# "Saint-jean-de-Dieu": the name after "Saint-" or "Sainte-" opens on a capital (a "J" read
# "j"; an "l" or "i" there is a stroke other rules read)
_SAINT_SMALL = re.compile(r"(?<![^\W\d_])(?:Saint|Sainte|St|Ste)-[a-hj-kmzàâéèêîôûç]")
# "le LS novembre", "le à juillet": a day between an article and a month's name read as
# letters each shaped as a digit ("L" for "1", "S" for "5"), or as "à" (a blurred "4": French
# writes no "le à juillet")
_DAY_LETTERS = re.compile(rf"(?<=\b(?:le|du|au|Le|Du|Au) )(à|[lLI|SOZB]{{2}}|[1-3][lLI|SOZB]|[lLI|][0-9])"
                          rf"(?= (?:{_NAMED})\b)")
_AS_DIGITS = str.maketrans({"l": "1", "L": "1", "I": "1", "|": "1", "S": "5", "O": "0", "Z": "2", "B": "8", "à": "4"})
# "le +7 novembre": a day's "1" read "+" (its flag and foot), after "le", "du" or "au"
_PLUS_ONE = re.compile(rf"(?<=\b(?:le|du|au|Le|Du|Au) )\+(\d)(?= (?:{_NAMED})\b)")
# "Suivi au 11 mars 2018": a follow-up's date, its day one digit off the month's end
_FOLLOW_UP_DAY = re.compile(rf"(?<=\b[Aa]u )(\d\d)(?= ({_NAMED}) (?:19|20)\d\d\b)")
_NO_NUMBER_AFTER = ("ma", "ta", "sa")  # words of the list never set before a number
# "le 17e février": the raised "er" of "1er" read "7e" (French writes no other day so)
_FIRST_SEVENTH = re.compile(rf"(?<=\b(?:le|du|au|Le|Du|Au) )1[0-9]e(?= (?:{_NAMED})\b)")
# "le 1e Ministre": after a masculine article the first is "1er", its raised "r" lost
_FIRST_E = re.compile(r"(?<=\b(?:le|Le|au|Au|du|Du) )1[e*°“”®](?=[ ,.;:)])")
# "du 15 eu 19 févr.": between two days, the "au" of a span of days (perhaps at a line's start)
_DAYS_EU = re.compile(r"(?<=(?<![\d/])\d )[eéèêë]u(?= \d{1,2}(?!\d))|(?<=(?<![\d/])\d\d )[eéèêë]u(?= \d{1,2}(?!\d))")
# "du 12au 14 mai", "les 3 et5 juin": a span or pair of numbers, the space before or after its
# word lost (no French word is a number run into "au", "et", "à" or "ou")
_NUMBERS_RUN_IN = re.compile(r"(?<![\w/.,])((?=[\dlIîït|]*\d)[\dlIîït|][\dlIîï|]{0,3})(?:(au|et|à|ou) (?=[\dlIîït|]*\d)"
                             r"| (au|et|à|ou)(?=\d{1,4}(?![\w/])))")
# "du i 1 au 15 février": a day's first "1" read as a stroke letter set apart (no French word
# is a lone "i", "l" or "L" between "du", "le" or "au" and a digit)
_ONE_APART = re.compile(rf"(?<=\b(?:du|le|au|Du|Le|Au) )[iIlL|!] (\d)(?= (?:au|et|à|{_NAMED})\b)")
# "le 1 ! septembre": its last "1" read so, set apart after the first digit (a day 10-31)
_ONE_APART_LAST = re.compile(rf"(?<=\b(?:du|le|au|Du|Le|Au) )([1-3]) [iIlL|!](?= (?:au|et|à|{_NAMED})\b)")
# "au 3) mars 2018": a day's last "1" read as a bracket no bracket opened (a day before a month)
_DAY_BRACKET_ONE = re.compile(rf"(?<=\b(?:du|le|au|Du|Le|Au) )([0-3])\)(?= (?:{_NAMED})\b)")
# "19/1 1/07": the two digits of a date's month set apart
_SPACED_MONTH = re.compile(r"(?<=(?<!\d)\d/)\d \d(?=/\d)|(?<=(?<!\d)\d\d/)\d \d(?=/\d)")
# "Mars:2018": a speck between a month and its year read as a mark, the space lost
_MONTH_MARK_YEAR = re.compile(rf"(?<![^\W\d_])((?i:{MONTHS}))[:;,·](?=(?:19|20)\d\d(?!\d))")
# "(15.09/11)": a date whose separators differ, one slash and one point: the point is a slash a
# copy broke (a date is written with one kind)
_SLASH_AND_POINT = re.compile(r"(?<=\()(0?[1-9]|[12]\d|3[01])(?:\.(0?[1-9]|1[0-2])/|/(0?[1-9]|1[0-2])\.)(\d\d|\d{4})(?=\))")
# "(décembre .2016)": a speck glued before a month's year, its space kept (French sets no mark there)
_MARK_BEFORE_YEAR = re.compile(r"(?<= )[.,·'’:;](?=(?:19|20)\d\d(?!\d))")
_MONTH_BEFORE = re.compile(rf"(?<![^\W\d_])(?i:{MONTHS}) $")
# "Commission scolaire J organismes": a slash set between spaces read "J" (French sets no "J"
# alone inside a sentence: "J'" elides, "J." is an initial before a name)
_SLASH_J = re.compile(r"(?<=[^\W\d_]{2} )J(?= (?:[a-zà-ÿ]{3,}|[A-ZÀ-Þ]{2,}\b))")
# "site Internet de-la CRÉ": a speck between two short words read as a hyphen (no compound is
# made of articles and prepositions alone)
_SHORTS_HYPHENED = re.compile(rf"(?<![\w-])(?:{_ARTICLES_PREPOSITIONS})(?:-(?:{_ARTICLES_PREPOSITIONS}))+(?![\w-])")
# "de juillet à Septembre", "le 3 Octobre": French sets its months in small letters, and an
# "S" or an "O" is shaped as its small letter, only larger
_MONTH_CAPITAL = re.compile(r"(?:(?<=[a-zà-ÿ] )|(?<=\d ))(?:Septembre|Octobre)\b")
# a day, a month and a year alone in brackets, one of their slashes read ":" (a space after
# it or not), "," and a space, or a space ("(19:11/07)", "(01: 10/07)", "(11/09 06)"), or the
# last one lost ("(28/0408)")
_BRACKETED_DATE = re.compile(r"\((\d{1,2})(?:[/:] ?|, | )(?:(\d{1,2})(?:[/:] ?|, | )(\d\d|\d{4})"
                             r"|(?!19|20)(0[1-9]|1[0-2])(\d\d))\)")
# "(15.06,10)": a day, a month and a year in brackets parted by a point and a comma, a date
# printed with points, one read as a comma (French prints no number so, nor any date)
_BRACKETED_POINTS = re.compile(r"(?<=\()(?:0?[1-9]|[12]\d|3[01])(?:\.(?:0[1-9]|1[0-2]),|,(?:0[1-9]|1[0-2])\.)"
                               r"(?:\d\d|(?:19|20)\d\d)(?=\))")
# "le 14062010": a date whose slashes were lost, after "le"
_DATE_RUN_TOGETHER = re.compile(r"(?<=\ble )(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])((?:19|20)\d\d)(?!\d)")
# "2903/2010", "07/1217": a slashed date, one of its slashes lost (four digits that open on
# no "19" or "20", no year, before the slash; a month and a year after it)
_DATE_SLASH_LOST = re.compile(r"(?<![\d/])(?<!\d[.,])(?:(?!19|20)(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])/((?:19|20)\d\d|\d\d)"
                              r"|(0?[1-9]|[12]\d|3[01])/(0[1-9]|1[0-2])((?:19|20)\d\d|\d\d))(?![\d/%$]|[.,]\d)")
# "les 140917, 07/12/17": six digits beside a slashed date, both its slashes lost
_DATE_SLASHES_LOST = re.compile(r"(?<![\d/])(?<!\d[.,])(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])(\d\d)(?![\d/%$]|[.,]\d)")
# "08 12/16, 09/03/17": a slashed date whose first slash a blurred copy read as a space, in a
# text that prints another date with both its slashes (a list of dates)
_DATE_FIRST_SLASH_SPACED = re.compile(r"(?<![\d/])(?<!\d[.,])(0[1-9]|[12]\d|3[01]) (0[1-9]|1[0-2])/(\d\d)(?![\d/%$]|[.,]\d)")
# "1$/09/16": a "5" of a slashed date's day read "$" (its S shape; no sum sits before a slash)
_DATE_DOLLAR = re.compile(r"(?<![\w/$])(?:(\d)\$|\$(\d))(?=/(?:0?[1-9]|1[0-2])/(?:(?:19|20)\d\d|\d\d)(?![\d/]))")
_SLASHED_DATE = re.compile(r"(?<!\d)\d{1,2}/\d{1,2}/\d\d(?:\d\d)?(?!\d)")
# "(09 02 09)": a day, a month and a year of two digits alone in brackets, both slashes read as
# spaces (a copy that broke every slash into specks): a date, where the year is one of the
# document's (a year it prints, or the one before or after)
_BRACKETED_SPACED = re.compile(r"(?<=\()(0[1-9]|[12]\d|3[01]) (0[1-9]|1[0-2]) (\d\d)(?=\))")
# "le 14 06 2010", "le 1406 2010": a day, a month and a year after "le", "du" or "au", the
# slashes lost (a blurred black-and-white copy erased them), where the year is one of the
# document's (or the one before or after)
_DATE_SPACED = re.compile(r"(?<=\b(?:le|du|au|Le|Du|Au) )(0[1-9]|[12]\d|3[01]) ?(0[1-9]|1[0-2]) ((?:19|20)\d\d)(?![\d/])")
# "(080408)", "(08 0408)": a date in brackets whose slashes a blurred copy lost (one space left at most)
_BRACKETED_RUN_TOGETHER = re.compile(r"(?<=\()(0[1-9]|[12]\d|3[01])( ?)(0[1-9]|1[0-2])( ?)(\d\d)(?=\))")
# "le 10. 12:2010": a date whose slashes were read as a point, a colon, perhaps with a space
_DATE_MARKS = re.compile(r"(?<![\d/.:])(0?[1-9]|[12]\d|3[01])(\. ?|: ?|/ )(0?[1-9]|1[0-2])(\. ?|: ?|/ ?)((?:19|20)\d\d)(?![\d/])")
# "15.11 2010": the first slash read as a point or a colon, the second as a space (a day and a
# month of two digits each: "2.5 2010" is a number and a year)
_DATE_MARK_SPACE = re.compile(r"(?<![\d/.:])(0[1-9]|[12]\d|3[01])([.:])(0[1-9]|1[0-2])( )((?:19|20)\d\d)(?![\d/])")
# "(03/11/2009 et 40/11/2009)": no month has a day forty-something; a blurred "1" (its flag
# and its foot) reads as a "4", so the day is ten-something
_DAY_FORTY = re.compile(r"(?<![\d/.,])4(\d/(?:0?[1-9]|1[0-2])/(?:\d{4}|\d\d))(?!\d)")
# "le CATI] : mandataires", "régional! portant": a speck after a word read as a bracket no "["
# opened, or as "!" before a word in small letters (French sets a space before "!")
_SPECK_MARK = re.compile(r"([^\W\d_]{2,})(\](?= )|!(?= [a-zà-ÿ]))")
# "100 %o": a speck after a percent sign read as an "o" (Tesseract's per mille, split)
_PERCENT_O = re.compile(r"(?<=\d)( ?%)[o0°](?![\w%])")
# "À déterminer": the capital's accent lost before an infinitive ("A" of "avoir" opens none)
_A_BEFORE_VERB = re.compile(r"^A(?= [^\W\d_]{2,}(?:er|ir|re)\b)")
# "10/12/20 10": a slashed date's year read in two halves (a gap in a blurred "1")
_YEAR_SPLIT = re.compile(r"(?<![\d/])(\d{1,2}/\d{1,2}/)((?:19|20)) (\d\d)(?![\d/])")
# "02/02/13": a slashed date, its year (two digits or four) last
_SLASHED_YEAR = re.compile(r"(?<![\d/])(\d{1,2}/\d{1,2}/)(\d{4}|\d\d)(?![\d/])")
# "1 avril 2009": the first of a month, its raised "er" lost (a bilan prints "1er")
_FIRST_BARE = re.compile(rf"(?<![\d/.,])1(?= (?:{_NAMED})\b)")
# "(07.12.+0)": a year's "1" read "+" in a date of points or slashes
_PLUS_IN_YEAR = re.compile(r"(?<=\b\d\d[./]\d\d[./])\+(?=\d(?!\d))")
# "240 000$ $": a sign after a number read twice, glued to the number and again after it
_SIGN_TWICE = re.compile(r"(?<=\d)([$%€]) (?=\1(?!\S))")
# "à lOBNL": an elided "l" or "d" run into a name in capitals, its apostrophe lost
_ELIDED_CAPITALS = re.compile(r"(?<![\w'’])([ld])([A-ZÀ-ÖØ-Þ]{2,})(?![\w'’])")
# "avec le 1 Ministre": "le" before "1" and a capitalised word is an ordinal, its raised "er" lost
_FIRST_TITLE = re.compile(r"(?<=\b[Ll]e )(?:1|[lLI|!]e?r)(?= [A-ZÀ-ÖØ-Þ][a-zà-ÿ]{2,})")  # (or "Lr", "ler": its "1" a stroke letter)
# "(02/12/608)": a slashed date's year of two digits with a speck read as a digit
_SLASHED_YEAR_MORE = re.compile(r"(?<![\d/])(\d{1,2}/\d{1,2}/)(\d{3})(?![\d/])")
_DIGITS_ALIKE = ["38", "568", "08", "98", "17", "09", "06"]  # digits a blurred copy reads for one another
# "(03/11/2009 et 10/11/2008)": two slashed dates of one list or span, their years as long
_DATES_LISTED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4}|\d\d)( et | au |, ?| - | – )"
                           r"(\d{1,2})/(\d{1,2})/(\d{4}|\d\d)(?![\d/])")
# "le 1er septembre 2018" in a bilan of 2010-2011: a day's year, as for a slashed date's
_MONTH_YEAR = re.compile(rf"(\b(?:\d{{1,2}}|1er) (?i:{MONTHS}) )((?:19|20)\d\d)(?!\d)")
# "de 1a famille": an "l" read "1" opening a word in small letters after a word (not an
# ordinal's ending: "1e", "1er", "1re", "1ère", "1ème")
_ONE_FOR_L = re.compile(r"(?<=[^\W\d_] )1(?!(?:e|er|ers|re|res|ère|ères|ème|èmes|eme|emes)\b)([a-zà-ÿ]+)\b")
# "À rencontres par année": a "4" read "A" or "À" (its open triangle) or "+" (its cross),
# counting things a period
# (the period may open the next line, past the word seen there)
_FOUR_PER = re.compile(r"(?<![^\s(])[AÀ+](?= [^\W\d_]+[sx] (?:par|chaque)(?: (?:an|année|mois|semaine|jour|trimestre)\b|$))")
# "Soutenir lies familles": after an infinitive, before a word, an article with a thin stroke made up
# (a word of three to five letters between two words: `_article_stroked` looks at the word before)
_ARTICLE_STROKED = re.compile(r"(?<=[^\W\d_] )([a-zéIÎÏ][a-zé]{2,4})(?= [^\W\d_])")
# an infinitive ("Soutenir"), or a preposition ending the word before
_BEFORE_ARTICLE = re.compile(r"[^\W\d_]{3}(?:er|ir|re)$|(?<!\w)(?:sur|pour|dans|avec|par|entre|vers|chez|sans|sous)$")
_DETERMINERS = {"le", "la", "les", "des", "ses", "ces", "leur", "leurs", "une", "un", "aux"}
def _after_words(*words: str) -> str:
    """A pattern that matches where one of `words` (any case) and a space come just before:
    lookbehinds of fixed width, one a word (Python's have no alternatives of other widths)."""
    return "(?:" + "|".join(rf"(?<=\b(?i:{w}) )" for w in words) + ")"


# a year's last digit misread after a month or opening a range: "(février 200%)",
# "200%-2010", an "8" read "%" (two loops, one over the other); "mars 201 !", "juin 201 i",
# a "1" read as a stroke mark, set apart
_YEAR_LAST_MARK = re.compile(rf"(\b(?i:{MONTHS}) (?:19|20)\d|(?<![\d/])(?:19|20)\d(?=%[-–](?:19|20)\d\d\b))"
                             rf"(%(?![\w%])| ?[!|lIi](?![\w!|]))")
# "(janv. 201))": a year's "1" read as a bracket before the one closing it, after a month
# printed whole or shortened (the month perhaps ending the line before)
_YEAR_BRACKET = re.compile(_after_words(*MONTHS.split("|"), *(rf"{s}\." for s in _MONTH_SHORT)) + r"((?:19|20)\d)\)(?=\))")
# "déposé à la Table Le 21.09.10": the article before a date, inside a sentence (a letter, a
# digit or a comma before it: "le 14/06/2010, Le 20/09/2010"), read as a capital (the same
# height as its small letter)
_ARTICLE_BEFORE_DATE = re.compile(rf"(?:(?<=[^\W_] )|(?<=, ))L[ae](?= (?:\d{{1,2}}[./]\d{{1,2}}[./](?:\d\d){{1,2}}"
                                  rf"|(?:\d{{1,2}}|1er) (?i:{MONTHS}))(?!\w))")
# a year of five digits after a month ("février 29016"): a speck or a stroke read as a digit
# (its month perhaps ending the line before)
_MONTH_FIVE = re.compile(_after_words(*MONTHS.split("|")) + r"\d{5}(?!\d)")
# "(mai 210)": a year of three digits after a month, closing its bracket or its text: a year
# a blurred copy lost a digit of
# (not before a bracket closed twice: its year's last "1" read as a bracket, "(mars 201))")
_MONTH_THREE = re.compile(_after_words(*MONTHS.split("|")) + r"\d{3}(?=\)(?!\))|$|[,.;])")
# "Décembre X)12": a year after a month or a season whose century's two digits were read as
# marks or letters (a blurred "2" as "X", a "0" as ")")
_CENTURY_MISREAD = re.compile(_after_words(*MONTHS.split("|"), *_SEASONS) + r"[^\s\d]{2}(\d\d)(?![^\W_])")
# "2(X)9": two zeros a blurred copy ran together, read as a bracketed "X", inside a number
# three letters shaped as "0" between a number and "$" ("240 GCO $"): a group of zeros
_ZEROS_SHAPED = re.compile(r"(?<=\d )[OoCDG]{3}(?= ?\$)")
_ZEROS_X = re.compile(r"(?<=\d)\(X\)(?=\d)")
# "0 #": a percent sign read "#" after a number, closing it ("#" goes before a number)
_HASH_PERCENT = re.compile(r"(?<=\d) ?#(?=$|[ ,.;)])")
# "75 À" closing its cell: a percent sign read "À" (French sets no capital "À" after a number)
_PERCENT_A = re.compile(r"(?<=\d) ?À(?=$|[,.;)])")
# "Réalisé à 50 •": a percent sign read as a bullet closing its text (no bullet closes one)
_PERCENT_BULLET = re.compile(r"(?<=\d) [•·](?=$|[,.;)])")
# "un total de 240 000 à": a sum's "$" read "à" (French ends no phrase on "à"; a sum of
# thousands is no share)
_DOLLAR_A = re.compile(r"(?<=\d \d{3}) à(?=$|[,.;)]| \()")  # (or before the item's bracketed date)
# "2016 --2018": a range of years, its dash read twice
_RANGE_DASH_TWICE = re.compile(r"(?<!\d)((?:19|20)\d\d) ?[-–—]{2} ?((?:19|20)\d\d)(?!\d)")
# "; Améliorer …": a speck read as a mark opening a cell or paragraph, before a capital
_OPENING_SPECK = re.compile(r"^[;,:.] (?=[A-ZÀÂÉÈÊÎÔ])")
# "—“Cohorte 1 : …": a speck by an item's dash read as an opening quote no quote closes
_DASH_QUOTE = re.compile(r"^[-–—][“\"‘«](?=[A-ZÀÂÉÈÊÎÔ][^\W\d_])")
# "“ Rencontres tenues …", "*“ Rencontres": a speck opening a cell or item (after its bullet)
# read as an opening quote, a space after it (the quotes French sets apart, « », are not such)
_QUOTE_SPECK = re.compile(r"^([-–—•*▪]?)[“\"‘] (?=[A-ZÀÂÉÈÊÎÔ][^\W\d_])")
# "la ©TF": a "C" read as the sign its shape with a speck inside makes, opening a word in capitals
_SIGN_C = re.compile(r"(?<![^\W_])©([A-ZÀ-ÖØ-Þ]{1,6})(?![^\W_])")
# "de la CRÉ. autres organismes", "Concert'action., etc.": a comma read as a point (French opens
# a sentence with a capital), or a speck read as a point before a comma; after a word of four
# letters or more or an acronym, never an abbreviation ("etc.", "janv.", "env.")
_POINT_FOR_COMMA = re.compile(r"(?:(?<=[^\W\d_]{4})|(?<=[A-ZÀ-Þ]{2}))\.(?=,| [a-zà-ÿ]{2,}\b| [a-zà-ÿ]['’][a-zà-ÿ]{2,})")
_SHORTENED = {"janv", "févr", "juil", "sept", "anc", "coord", "approx", "resp", "admin", "chap", "dir", "intl",
              "nat", "prov", "rég", "dép", "gouv", "ass", "assoc", "corp", "dépt", "mun", "boul", "vol"}
# "Réalisé à 80" closing its cell: a share done, its "%" lost (faint, or a speck's)
_SHARE_CLOSING = re.compile(r"\b(?i:réalisée?s?|complétée?s?|avancée?s?|terminée?s?) à (?:[1-9]\d?)$")
_ITEM_DASHES = {"-", "–", "—", "•", "*", "▪"}  # a dash or a bullet opening an item, alone before its first word
# "de la CRÉ _ sur les actions": a speck read as an underscore standing alone (no report
# writes one between words), or glued before a word or an item's dash ("_dans", "_-Immigration")
_LONE_UNDERSCORE = re.compile(r"^_+ | _+(?= |$)|(?<![^\s(])_+(?=[-–—]?[^\W\d_])")
# "€21/01/08)": the "(" opening a date read as the euro sign (a bow with bars), no bracket open
_EURO_BRACKET = re.compile(r"€(?=\d{1,2}/\d{1,2}/(?:\d{4}|\d\d)\))")
# "--Immigration" opening a line: an item's dash read twice
_BULLET_TWICE = re.compile(r"^([-–—])[-–—](?=[^\W\d_])")
# "£Concert'action": a speck read as a sign no word opens on, glued before a capital
_SIGN_SPECK = re.compile(r"(?<![^\s(])(?:[£¥¢¤§]|\[(?![^\]]*\]))(?=[A-ZÀÂÉÈÊÎÔ][^\W\d_])")
# "recommandation $": an "s" read "$" after a word (a sum's "$" follows a number)
_DOLLAR_S = re.compile(r"(?<=[^\W\d_]{3}) \$(?=$|[ ,.;:)])")
# "Annuel! ement": an "l" read "!" or "|", a space after it, inside a word
_STROKE_SPACED = re.compile(r"(?<![^\W\d_])([^\W\d_]{2,})[!|]? (?=([^\W\d_]{2,}))")
# "logo AT!": an acronym's last "I" read "!"
_CAPITALS_STROKE = re.compile(r"(?<![^\W\d_])([A-ZÀ-ÖØ-Þ]{1,5})!(?=$|[\s,.;:)])")
# "Montérégie-- Est": the dash of a compound read twice, a space after it
_DASH_TWICE = re.compile(r"(?<=[^\W\d_])--(?: (?=[A-ZÀÂÉÈÊÎÔ][^\W\d_])|$)")
# "1. 1", "2. l": a plan number alone in its cell, a space read after its point
_SPACED_NUMBER = re.compile(r"^(\d{1,2})\. ([\dlI|])$")
_AS_ONE = {"l": "1", "I": "1", "|": "1"}
# "(28/65/07)": no month is sixty-something; a blurred "0" (its bowl closed low) reads as a "6"
# a day of sixty-odd in a slashed date: its "0" read "6" ("(68/04/08)")
_DAY_SIXTY = re.compile(r"(?<![\d/.,])6([1-9]/(?:0?[1-9]|1[0-2])/(?:\d{4}|\d\d))(?!\d)")
# a day's "0" read as a letter of its shape in a slashed date ("(G8/04/08)")
_DAY_SHAPED = re.compile(r"(?<![\w/])[OoCDG](?=\d/(?:0?[1-9]|1[0-2])/(?:\d{4}|\d\d)(?!\d))")
# a day's "1" read "E" in a slashed date ("(E5/11/18)": its flag and foot, as in "Eer" for "1er")
_DAY_E = re.compile(r"(?<![\w/])E(?=\d/(?:0?[1-9]|1[0-2])/(?:\d{4}|\d\d)(?!\d))")
# "le 1 % février": the raised "er" of "1er" read as a percent sign set apart, after "le", "du"
# or "au" before a month (no share stands between an article and a month)
_FIRST_PERCENT = re.compile(rf"(?<=\b(?:le|du|au|Le|Du|Au) )1 ?%(?= (?:au \d{{1,2}} )?(?:{_NAMED})\b)")
# "la SHQ Je 3 octobre": "le" before a day and its month, its "l" read "J" (no "je" comes
# before a number)
_JE_DAY = re.compile(rf"(?<![^\W\d_])[Jj]e(?= (?:[1-9]|[12]\d|3[01]|1er) (?:{_NAMED})\b)")
# a state cell holding a number and "D" alone ("75 D"): the percent sign, its ring and bar
# read as the letter (no unit is a "D" after a number)
_PERCENT_D = re.compile(r"(?:100|[1-9]?\d) ?D")
# a day's two digits read apart in a bracketed slashed date ("(1 1/09/06)")
_DAY_SPACED = re.compile(r"(?<=\()([0-3]) (\d)(?=/(?:0?[1-9]|1[0-2])/(?:\d{4}|\d\d)\))")
# "municipalité sde la région": the space set one letter early, a plural's "s" or "x" glued
# to the short word after it
_AFTER_PLURAL = r"([sx])(de|du|des|la|le|les|en|et|au|aux|un|une)(?![^\W\d_'’])"
_PLURAL_AFTER_SPACE = re.compile(r"(?<![^\W\d_])([a-zà-ÿ]{3,}) " + _AFTER_PLURAL)
# "cédés à F'OBNL": the "l" of an elided article inside a sentence read as another stroke
# (French elides no "f", "I" or "1")
_ELISION_STROKE = re.compile(r"(?<=[a-zà-ÿ,] )[FfI|!1]['’](?=[^\W\d_])")
# "Là CRÉ se préoccupe": an article opening a sentence with an accent made up over its "a"
# (the adverb opens none before a name)
_THERE_OPENING = re.compile(r"(?:^|(?<=^[-–—•*▪])|(?<=^[-–—•*▪] )|(?<=[.;:] ))Là(?= [A-ZÀ-ÖØ-Þ][^\W\d_])")
# "les quartiers et Îles municipalités": a speck before "les" inside a sentence read as a
# capital "I" (the islands' name goes on with "de": "Îles-de-la-Madeleine", "Îles de Sorel")
_SPECK_BEFORE_LES = re.compile(r"(?<=[a-zà-ÿ,] )[ÎÏI]les(?= (?!d[eu]\b|des\b|d['’])[a-zà-ÿ]{3,})")
# "Saint1 Côme": the hyphen of a saint's place name read as a stroke
_SAINT_STROKE = re.compile(r"(?<![^\W\d_])(Saint|Sainte|St|Ste)( ?[1|!]|l)( ?)(?=[A-ZÀ-Þ][a-zà-ÿ])")
# "7DS": a digit glued before capitals (see _digit_capital)
_DIGIT_CAPITALS = re.compile(r"(?<![\w'’./-])(\d)([A-ZÀ-ÖØ-Þ]{2,5})(?![\w'’])")
_CAPITAL_OF_DIGIT = {"7": "T", "5": "S", "0": "O", "1": "I", "8": "B", "2": "Z", "6": "G"}
# "On7e projets": a letter read as the digit of its shape, inside a word
_DIGIT_IN_WORD = re.compile(r"(?<![\w'’])([^\W\d_]+)(\d)([^\W\d_]+)(?![\w'’])")
_DIGIT_LETTERS = {"0": "o", "1": "li", "2": "z", "4": "a", "5": "s", "6": "b", "7": "z", "9": "gq"}
# a month run into its year ("Avril2019"): the space lost
_MONTH_RUN_YEAR = re.compile(rf"(?<![^\W\d_])((?i:{MONTHS}))((?:19|20)\d\d)(?!\d)")
# a bracket read twice ("((Saint-Côme, …)"): a bilan nests no brackets
_BRACKET_TWICE = re.compile(r"\(\((?=[^\W_])")
# the number of a plan's part read as a stroke letter ("Orientation L :")
_PART_ONE = re.compile(r"\b(Orientation|Axe|Objectif|Priorité|Enjeu|Volet|Chantier) [lLI|!](?= ?[:.–-])")
# digits of a percentage read as the letters shaped as them ("Réalisé à S0 %")
_PERCENT_LETTERS = re.compile(r"(?<![^\W_])(?=[\dSOlI|]*\d)[\dSOlI|]{2,3}(?= ?%)")
# a word of the list run into the number after it ("l'objectif2/Ressource"): the space lost
_WORD_NUMBER = re.compile(r"(?<![^\W\d_])([a-zà-ÿ]{4,})(\d{1,2})(?=[/ ,.;:)]|$)")
# "CRDBS.L": a speck read as a point inside a word in capitals, before its last letter
_CAPITALS_POINT = re.compile(r"(?<![^\W\d_.])([A-ZÀ-Þ]{3,})\.([A-ZÀ-Þ])(?![^\W\d_.])")
# "Donnacon: : dix rencontres": a word's last letter read as a colon glued to it, before the
# colon set apart that follows the word
_COLON_LETTER = re.compile(r"(?<![^\W\d_])([^\W\d_]{4,}):(?= :)")
# an acronym in capitals with "$" for its "S" ("TD$/Ressource")
_DOLLAR_CAPITAL = re.compile(r"(?<![^\W\d_])([A-ZÀ-Þ]{1,6})\$(?![^\W\d_])")
# "à le" before a word that is no infinitive: "à la" ("à le fin du projet"; French writes "au")
_TO_THE = re.compile(r"(?<=\b[àÀ] )le(?= (?![^\W\d_]*(?:er|ir|re|oir)\b)[a-zà-ÿ]{2,}\b)")
_MONTH_SIXTY = re.compile(r"(?<![\d/.,])(\d{1,2}/)6([1-9]/(?:\d{4}|\d\d))(?!\d)")
# "(22/29/08)": a date no order reads (a day over twelve, its month over twelve), the month's tens
# digit misread where its units make one month only ("09"; "21" may be "01" or "11": left;
# "1/13/2008" is a date month first)
_MONTH_OVER = re.compile(r"(?<![\d/.,])(\d{1,2})/([1-9])([03-9])(/(?:\d{4}|\d\d))(?!\d)")
# "Immigration (09/02/09;" closing its line and item: the ")" read as a ";" or ":"
_DATE_SHUT_BY_MARK = re.compile(r"(\(\d{1,2}/\d{1,2}/(?:\d{4}|\d\d))[;:]$")
# "cælui": a letter French writes only in a few Latin words, where "e" makes a word; opening
# a word, "E", "É" or "I" ("Æmmigration": a dash run into the "I")
_LIGATURE = re.compile(r"\w*æ\w*|(?<![^\W\d_])Æ\w+")
_DATE_RUN = re.compile(rf"(?:[\s,.\-–]|\d{{1,4}}|1er|et|au|à|{MONTHS}|{_SHORTS})*", re.I)
# "Forum jeunesse ) Ville de Québec": a slash set apart between names, its lean blurred into a
# curve, read as a closing bracket; French sets no space before a ")" (see _close_as_slash)
_CLOSE_APART = re.compile(r"(?<=[^\W\d_]) \)(?= [A-ZÀ-ÖØ-Þ])")
# two words joined by a slash ("travail/Ressource", "TDS/ Ressource"); at a line's end, the
# next line's first word after a space
_SLASHED = re.compile(r"(?<![^\W_])([^\W_]+)(/ ?)([^\W_]+)(?![^\W_])")
# the slash between two words lost, or read as "!", ":" or "|" ("travail! Ressource", "TDS Ressource")
_SLASH_LOST = re.compile(r"(?<![^\W_])([^\W_]+)( ?[!:|] ?| )([^\W_]+)(?![^\W_])")
# "29016-2018": a speck read as a digit inside the year opening a range
_RANGE_START_SPECK = re.compile(r"(?<![\d/])(\d{5})([-–])((?:19|20)\d\d)(?!\d)")
# "2? 300 visites": a speck read "?" after a number's first digits, before its group of three
_GROUP_SPECK = re.compile(r"(?<![\w,.])(\d{1,3})\?(?= \d{3}(?!\d))")
_RANGE = re.compile(r"(?<!\d)((?:19|20)\d\d)-((?:19|20)\d\d)(?!\d)")
# "2009-20t 0": a range's end with a "1" read as a thin letter and a space after it (its width)
_RANGE_END_SPACED = re.compile(r"(?<!\d)((?:19|20)\d\d) ?(-(?:19|20))(\d?)([1tlIT|!])\s(\d)(?!\d)")
# "2010-20 Ii", "2010-20 11": a range's last two digits read apart from its "20" (as stroke
# letters or not, perhaps apart from each other: "2010-20 I i"), perhaps a speck read as a
# mark between ("2009-20) 10")
_RANGE_END_STROKES = re.compile(r"(?<!\d)((?:19|20)\d\d)-(19|20)(?:[).,'’] )? ?([\dlLIîïi|!t] ?[\dlLIîïi|!t])(?![^\W_])")
# "2012-2011]": a "]" closing a year where no "[" opened (a bilan brackets its dates with "(")
_YEAR_SQUARE_CLOSE = re.compile(r"(?<!\d)((?:19|20)\d\d)\](?!\S)")
# "20081 2010": a range's dash read as a "1" run into its start, a space after it
_RANGE_DASH_ONE = re.compile(r"(?<!\d)((?:19|20)\d\d)[1l|] ((?:19|20)\d\d)(?!\d)")
# two accented forms of a letter in a row (one glyph Tesseract read twice); "éé" ("créé") is French
# (or plain then accented, "aâ": no French word has such a pair; "ä", "ö" after their plain
# letter are a made-up umlaut, see _NOT_FRENCH; "cç": a speck under the "c" read as its cedilla)
_TWICE = re.compile(r"[àâäÀÂÄ]{2}|[éèêëÉÈÊË]{2}|[îïÎÏ]{2}|[ôöÔÖ]{2}|[ùûüÙÛÜ]{2}"
                    r"|[aA][àâÀÂ]|[eE][éèêëÉÈÊË]|[iI][îïÎÏ]|[oO][ôÔ]|[uU][ùûüÙÛÜ]|[cC][çÇ]|[çÇ][cC]")
# two accented vowels of two letters in a row ("Dépôêt": one glyph read twice, as two)
_TWO_ACCENTED = re.compile(r"[àâéèêëîïôûù]{2}", re.I)
_BRACES = str.maketrans("{}", "()")  # a bilan has none: Tesseract's reading of round brackets
# "{avril 2009": a "1er" whose raised ending the blur ran into its "1", read as a brace glued
# to the month's name that no bracket closes (a bilan prints no braces)
_BRACE_FIRST = re.compile(rf"(?<!\S)\{{(?=(?i:{MONTHS})\b)(?![^{{(]*[}})])")
# "locales’": a raised footnote call (or a speck) after a word's end, read as an apostrophe;
# French elides only before a word, and no quote opened before it in the text
_CALL_QUOTE = re.compile(r"(?<=[^\W\d_]{3})[’'](?=$|[ ,.;:)])")
_PLURAL_MARK = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,})s\)")
_ABBREVIATED = re.compile(rf"(?<![^\W\d_])({_SHORTS}),(?= \d{{4}}\b)", re.I)
# two pieces with a "-" between them, not a compound of three or more ("Obje-uif")
_CUT_BY_MARK = re.compile(r"(?<![\w-])([^\W\d_]{2,})-([^\W\d_]{2,})(?![\w-])")
_COMPOUND = re.compile(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)+(?![\w-])")  # "Lac-Saint-Jean"
# "Les Basaues": a place named with its article, its word a common one ("basques") misread
_WITH_ARTICLE = re.compile(r"(?<![\w-])(L[ae]s?) ([A-ZÀ-Ý][^\W\d_]{3,})(?![\w-])")
# "Côte- . Nord": a speck between the parts of a compound, read as a mark set apart
_SPECK_IN_COMPOUND = re.compile(r"(?<![\w-])((?:[^\W\d_]+-)+) [.,'’·:;](?: ([A-ZÀ-Ý][^\W\d_]*(?:-[^\W\d_]+)*)(?![\w-])|$)")
# "[a", "]a", "|a" for "la"; "(es" for "les" where no bracket closes after it, or another
# opens before one closes ("par (a Ville (mars 2017)": a bilan nests no brackets)
# "de J'Outaouais": "J'" (je) comes before a verb, never a capitalized word inside a sentence
_J_BEFORE_NAME = re.compile(r"(?<=[a-zà-ÿ]{2} )J['’](?=[A-ZÀÂÉÈÊÎÔ][a-zà-ÿA-Z])")
_BRACKET_L = re.compile(r"(?<![\w\[\]|(])(?:[\[\]|]|\((?=[^()]*(?:$|\()))(?=[a-zà-ÿ]+\b)")


def respell(doc: Document) -> None:
    """Set right, in place, the words of the document's OCR pages (see the module's rules)."""
    if not doc.ocr_pages:
        return
    ocr = set(doc.ocr_pages)
    _wrapped_letters(doc, ocr)
    _cell_ranges(doc, ocr)
    _four_per(doc, ocr)
    _o_bullets(doc, ocr)
    _quote_bullets(doc, ocr)
    _braces_closed(doc, ocr)
    _closing_quote_specks(doc, ocr)
    _ones_as_brackets(doc, ocr)
    _open_brackets(doc, ocr)
    _day_bracket_specks(doc, ocr)
    _plural_marks(doc, ocr)
    _note_calls_read_as_marks(doc, ocr)
    _heading_points(doc, ocr)
    _saints_hyphened(doc, ocr)
    _closed_twice(doc, ocr)
    tokens, sure, wrapped, slashed = [], Counter(), Counter(), Counter()
    for line, holder, _, after, _ in _lines(doc):
        tokens.append(TOKEN.findall(line.text))
        doubted = _doubted(holder)
        sure.update(t for t in tokens[-1] if bare(t) not in doubted)
        nxt = TOKEN.match(after)
        if tokens[-1] and nxt and line.text[-1:].isalpha():  # a phrase wrapped at the line's end
            wrapped[(tokens[-1][-1], nxt.group())] += 1
        # (a line wrapped after a slash goes on with no space: normalize joins it so)
        joined = line.text + ("" if line.text.endswith("/") else " ") + after
        slashed.update((m.group(1), m.group(3), m.group(2)) for m in _SLASHED.finditer(joined))
    counts = Vocabulary(Counter(t for line in tokens for t in line),
                        Counter(pair for line in tokens for pair in zip(line, line[1:])) + wrapped, sure,
                        slashed)
    for line, holder, before, after, beyond in _lines(doc):
        if line.page not in ocr:
            continue
        doubtful = _doubted(holder)
        spans = line.spans
        _raised_first(spans, holder.ocr_respelled, after or beyond)
        # a word broken at the line's end with no hyphen ("Éché" / "ance" in a narrow cell):
        # its two pieces are left as they are
        broken = (_broken(before, line.text, counts), _broken(line.text, after or beyond, counts))
        for k, span in enumerate(spans):
            # a word running on into the next span (a mark changing inside it) is left whole
            cut = ((k > 0 and spans[k - 1].text[-1:].isalnum() and span.text[:1].isalnum())
                   or (k == 0 and broken[0]),
                   (k + 1 < len(spans) and span.text[-1:].isalnum() and spans[k + 1].text[:1].isalnum())
                   or (k + 1 == len(spans) and broken[1]))
            last = k + 1 == len(spans)
            text, changes = respell_text(span.text, counts, doubtful, cut,
                                         after=after if last else _word_past(spans, k),
                                         beyond=beyond if last else "",
                                         before=before if k == 0 else _word_short_of(spans, k))
            if changes:
                span.text = text
                holder.ocr_respelled.extend(changes)
        if len(spans) > 1:
            _across(spans, counts, doubtful, holder.ocr_respelled)
    _dates_listed_across(doc, ocr, counts)


def _dates_listed_across(doc: Document, ocr: set[int], vocab: Vocabulary) -> None:
    """Two slashed dates of a list that a line's end parts ("(03/11/2009 et" / "10/11/2008)"),
    which the rules of one line see only one of: `_dates_in_order` on the paragraph's text."""
    for text, places, holder in _ocr_paragraphs(doc, ocr):
        for m in reversed(list(_DATES_LISTED.finditer(text))):
            if _dates_in_order(m, vocab) != m.group():
                _put(places, m.start(7), len(m.group(7)), m.group(3))
                day_month = f"{m.group(5)}/{m.group(6)}/"
                holder.ocr_respelled.append((day_month + m.group(7), day_month + m.group(3)))


def _word_past(spans: list[Span], k: int) -> str:
    """The word after span k in its line, when a space parts them (a mark changing between
    two words: "41 mare" underlined, then " 2018"); "" when the span ends inside a word."""
    rest = "".join(span.text for span in spans[k + 1:])
    if not (spans[k].text[-1:].isspace() or rest[:1].isspace()):
        return ""
    return _next_word(rest, 0)


def _word_short_of(spans: list[Span], k: int) -> str:
    """The word before span k in its line, when a space parts them; "" otherwise."""
    head = "".join(span.text for span in spans[:k])
    if not (head[-1:].isspace() or spans[k].text[:1].isspace()):
        return ""
    words = head.split()
    return words[-1] if words else ""


def _doubted(holder: Cell | Paragraph) -> set[str]:
    """The words Tesseract doubted in a cell (folded as `bare` folds them), and each word within
    one of them: Tesseract's word may hold a bullet glued to it ("-Progamme")."""
    if not isinstance(holder, Cell):
        return set()
    return {bare(w) for w in holder.ocr_doubtful} | {
        bare(t) for w in holder.ocr_doubtful for t in TOKEN.findall(w) if len(t) >= 3}


def _across(spans: list[Span], vocab: Vocabulary, doubtful: set[str], changes: list[tuple[str, str]]) -> None:
    """A word whose mark changes inside it ("M" + "emphrémaaoa" underlined: the underline
    found from its second letter), whole: set right as one word when the right spelling is as
    long, each span keeping its letters' places."""
    text = "".join(span.text for span in spans)
    ends, at = set(), 0
    for span in spans[:-1]:
        at += len(span.text)
        ends.add(at)
    fixed = list(text)
    spaced = set()  # span ends where two words run together part: a space is put there
    for m in TOKEN.finditer(text):
        if not any(m.start() < end < m.end() for end in ends):
            continue
        word = m.group()
        new = _better(word, vocab, bare(word) in doubtful, _starts_sentence(text, m.start()),
                      _after_word(text, m.start()), _next_word(text, m.end()))
        if new and len(new) == len(word) and " " not in new:
            fixed[m.start():m.end()] = new
            changes.append((word, new))
        elif new and new.replace(" ", "", 1) == word and m.start() + new.index(" ") in ends:
            spaced.add(m.start() + new.index(" "))  # "développement" + "social" in a bold span
            changes.append((word, new))
    if len(fixed) == len(text) and ("".join(fixed) != text or spaced):
        at = 0
        for span in spans:
            end = at + len(span.text)
            span.text = "".join(fixed[at:end]) + (" " if end in spaced else "")
            at = end


def _raised_first(spans: list[Span], changes: list[tuple[str, str]], next_word: str = "") -> None:
    """The raised ending of "1er" before a month or after a masculine article ("le 1er
    Ministre"), in a span of its own, misread ("1" then a raised "*" or "“", or its "e" alone):
    it is "er" again (and its "1" read "l", "I", "i", "t", "E", "F", or with a letter more, "If"
    before a raised "1", "Ft" before a raised "cr", or with a digit, "17" before a raised "e",
    its "r" read on the line, is "1"; after a bracket too: "(IT" before a raised "r").
    (its raised "er" read as three letters: "If" + "eld" before "avril"). Raised at the line's
    end, the month is `next_word`, the next line's; "du 1er au 7 octobre"
    opens a span of days before the month."""
    for k in range(1, len(spans)):
        before, raised = spans[k - 1], spans[k]
        after = spans[k + 1].text if k + 1 < len(spans) else " " + next_word
        one = re.search(r"(?:^|[\s(])([1lIELFJit|!][^\s\d]?|1\d)$", before.text)
        if one and one.group(1)[1:].isdigit() and raised.text.strip() != "e":
            continue  # "17" + a raised "e" only: the ending's "r" read as a digit on the line
        if not (raised.superscript and one and len(raised.text.strip()) <= 3
                and (re.match(rf"\s+(?:au\s+\d{{1,2}}\s+)?(?i:{MONTHS})\b", after)
                     or one.group(1) == "1" and re.search(r"(?<![^\W\d_])(?i:le|au|du)\s+1$", before.text))):
            continue
        if raised.text == "er" and one.group(1) == "1":
            continue
        changes.append((one.group(1) + raised.text, "1er"))
        before.text = before.text[:one.start(1)] + "1"
        raised.text = "er"


def _paragraphs(doc: Document) -> Iterator[tuple[Paragraph, Cell | Paragraph]]:
    """Each paragraph, those of table cells included, and the cell or paragraph holding it."""
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            yield block, block
        else:
            yield from ((par, cell) for row in block.rows for cell in row.cells for par in cell.paragraphs)


def _cells(doc: Document) -> Iterator[Cell]:
    """Each table cell of the document."""
    for table in doc.tables:
        yield from (cell for row in table.rows for cell in row.cells if cell is not None)


def _wrapped_letters(doc: Document, ocr: set[int]) -> None:
    """A word broken at its cell's edge whose last letter or two, alone at the next line's
    start, were read as capitals ("partenaire" / "S", "l'Outaoua" / "IS": an "i" whose dot
    ran into its stem is a capital's stroke; "Abandonn" / "Ê": an accented letter alone,
    its accent taken for a capital's height): the letters go back to the word, when that
    makes a word or a place name (a capital alone opens no French phrase). So do the last two
    digits of a range cut inside its end ("2010-20" / "Ii", read as strokes; its century read
    as marks: "2010-X)" / "11"), where that makes a range a plan runs over: the typeset reader
    joins "2016-20" / "18" so. Letters alone in the one cell of a table's first row (the row
    a page cut, "recommandation" / "S") are the small ones, for the row to be joined whole."""
    for par, holder in _paragraphs(doc):
        keep = [par.lines[0]] if par.lines else []
        for line in par.lines[1:]:
            prev = keep[-1]
            if line.page in ocr and line.spans and prev.spans and _range_wrapped(prev.spans[-1], line.spans[0], holder) \
                    and not line.text.strip():
                continue  # the line held only those digits
            m = re.match(r"([^\W\d_]{1,2})(?=$|[\s,.;:)])", line.spans[0].text) if line.spans else None
            small = _wrapped_end(prev, m.group(1), holder) if line.page in ocr and m else None
            if small:
                prev.spans[-1].text += small
                line.spans[0].text = line.spans[0].text[len(m.group(1)):].lstrip()
                if not line.text.strip():
                    continue  # the line held only that letter
            elif line.page in ocr and line.spans and prev.spans:
                _plural_wrapped(prev.spans[-1], line.spans[0], holder)
            keep.append(line)
        par.lines[:] = keep
    for cell in _cells(doc):  # the letters alone may make a paragraph of their own (a capital opens one)
        pars: list[Paragraph] = []
        for par in cell.paragraphs:
            prev = pars[-1].lines[-1] if pars and pars[-1].lines else None
            m = re.fullmatch(r"\s*([^\W\d_]{1,2})([,.;:)]?)\s*", par.text) if len(par.lines) == 1 else None
            small = _wrapped_end(prev, m.group(1), cell) if prev and m and par.lines[0].page in ocr else None
            if small:
                prev.spans[-1].text += small + m.group(2)
                continue
            pars.append(par)
        cell.paragraphs[:] = pars
    for table in doc.tables:  # ... or the row a page cut, at the next page's top
        cell = _lone_cell_opening(table)
        spans = [s for p in cell.paragraphs for line in p.lines for s in line.spans] if cell else []
        if cell is not None and cell.page in ocr and len(spans) == 1 \
                and re.fullmatch(rf"[{_SAME_SHAPE.replace('X', '')}]{{1,2}}", spans[0].text.strip()):  # ("X": a mark)
            cell.ocr_respelled.append((spans[0].text, spans[0].text.lower()))
            spans[0].text = spans[0].text.lower()


def _lone_cell_opening(table: Table) -> Cell | None:
    """The one cell with text of the table's first row that has any, when it is alone so."""
    first = next((row for row in table.rows if any(c is not None and c.text.strip() for c in row.cells)), None)
    full = [c for c in first.cells if c is not None and c.text.strip()] if first else []
    return full[0] if len(full) == 1 else None


def _plural_wrapped(end: Span, start: Span, holder: Cell | Paragraph) -> None:
    """A plural's "s" or "x" read at the next line's start, glued to the short word opening it
    ("municipalité" / "sde la région"): it goes back to its word (as _plural_back does inside
    a line)."""
    a = re.search(r"(?<![^\W\d_])[a-zà-ÿ]{3,}$", end.text)
    b = re.match(_AFTER_PLURAL, start.text)
    if a and b and _plural_moves(a.group(), b.group(1), b.group(2)):
        holder.ocr_respelled.append((f"{a.group()} {b.group()}", f"{a.group()}{b.group(1)} {b.group(2)}"))
        end.text += b.group(1)
        start.text = start.text[1:]


def _wrapped_end(prev: Line, letters: str, holder: Cell | Paragraph) -> str | None:
    """The small letters that `letters`, opening the line after `prev`, are at the end of the
    word in small letters `prev` closes on (`_wrapped_small`), the change recorded on
    `holder`; None where they are not."""
    a = re.search(r"[^\W\d_]{3,}$", prev.spans[-1].text) if prev.spans else None
    small = _wrapped_small(a.group(), letters) if a and a.group()[-1].islower() else None
    if small:
        holder.ocr_respelled.append((f"{a.group()} {letters}", a.group() + small))
    return small


def _wrapped_small(head: str, letters: str) -> str | None:
    """The small letters `letters` (one or two read as capitals at a line's start) are, ending
    the word `head` broken before them, where that makes a word or a place name: capitals
    shaped as their small letter, an "I" beside another, or an accented letter alone, read
    with any accent of its vowel ("Ê" for the "é" of "Abandonné")."""
    if not all(ch in _SAME_SHAPE or (ch == "I" and len(letters) > 1)
               or ch in _ACCENTED_CAPITALS and len(letters) == 1 for ch in letters):
        return None
    low = letters.lower()
    group = next((g for g in _ACCENT_GROUPS if low in g), "") if low in _ACCENTS else ""
    return next((t for t in (low, *(c for c in group if c != low and c in _ACCENTS))
                 if is_word(head + t) or head + t in place_words()), None)


def _range_wrapped(end: Span, start: Span, holder: Cell | Paragraph) -> bool:
    """Whether the two digits opening `start` ("Ii", "11") were the end of the range cut at the
    end of `end` ("2010-20", "2010-X)": its century read as marks; "2009-20)": a speck after
    it): they are put back there."""
    digits = re.match(r"[\dlLIîïi|!t]{2}(?=$|[\s,.;:)])", start.text)
    cut = re.search(r"(?<![\w-])((?:19|20)\d\d)-((?:19|20)[).,'’]?|[^\s\d]{1,2})$", end.text)
    if not (digits and cut and (digits.group().isdigit() or not is_word(digits.group()))):
        return False
    century = cut.group(2)[:2] if cut.group(2)[:2].isdigit() else cut.group(1)[:2]
    whole = _range_whole(cut.group(1), century + digits.group().translate(_AS_ONES), "")
    if not whole:
        return False
    holder.ocr_respelled.append((f"{cut.group()} {digits.group()}", whole))
    end.text = end.text[:cut.start()] + whole
    start.text = start.text[2:].lstrip()
    return True


def _lines(doc: Document) -> Iterator[tuple[Line, Cell | Paragraph, str, str, str]]:
    """Each line, the cell or paragraph holding it, the word ending the line before it (at a
    paragraph's first line, the cell's paragraph before) and the word opening the next line of
    its paragraph ("" at the paragraph's end), and at a paragraph's last line the word opening
    the cell's next paragraph (at the cell's last, a piece alone in the cell under it)."""
    pars = list(_paragraphs(doc))
    below = _pieces_below(doc)
    for i, (par, holder) in enumerate(pars):
        # at a paragraph's first line, the word ending the cell's paragraph before
        prev_par = pars[i - 1][0] if i and pars[i - 1][1] is holder and holder is not par else None
        before = _last_word(prev_par.lines[-1]) if prev_par and prev_par.lines else ""
        nxt_par = pars[i + 1][0] if i + 1 < len(pars) and pars[i + 1][1] is holder else None
        beyond = _first_word(nxt_par.lines[0]) if nxt_par and nxt_par.lines else below.get(id(holder), "")
        for line, nxt in zip(par.lines, par.lines[1:] + [None]):
            yield line, holder, before, _first_word(nxt) if nxt is not None else "", "" if nxt else beyond
            before = _last_word(line)


def _pieces_below(doc: Document) -> dict[int, str]:
    """For a table cell, the one word in lower case that the cell under it holds alone (its
    last word's end, where the row was cut: "Échéan" / "cier" in a narrow header), seen as
    the word after its last line's end."""
    out: dict[int, str] = {}
    for table in doc.tables:
        for row, under in zip(table.rows, table.rows[1:]):
            for cell, low in zip(row.cells, under.cells):
                text = low.text.strip() if low is not None else ""
                if cell is not None and re.fullmatch(r"[a-zà-ÿ]+", text):
                    out[id(cell)] = text
    return out


def _first_word(line: Line | None) -> str:
    return line.text.split(maxsplit=1)[0] if line is not None and line.text.strip() else ""


def _last_word(line: Line) -> str:
    words = line.text.split()
    return words[-1] if words else ""


def _broken(end: str, start: str, vocab: Vocabulary) -> bool:
    """Whether the letters ending `end` and those opening `start` (the next line's text) are one
    word broken at a line's end without a hyphen: together they make a word of the list or of
    the document, and the second piece opens in lower case."""
    a = re.search(r"[^\W\d_]+$", end)
    b = re.match(r"[^\W\d_]+", start)
    if not (a and b and b.group()[0].islower()):
        return False
    whole = a.group() + b.group()
    return is_word(whole) or vocab.counts[whole] > 0


class Vocabulary:
    """The words a document prints: as printed (`counts`), in lower case (`lower`), and each
    lower-case word under itself and its one-letter deletions (`index`), to find the words one
    edit from another without trying them all; and the pairs of words it prints in a row
    (`pairs`, "la" "Table"); and how often it prints each word where the OCR did not doubt it
    (`sure`: all of `counts` when not given); and the words it prints joined by a slash, with
    the slash as printed (`slashed`: ("travail", "Ressource", "/"), a space after it or not)."""

    def __init__(self, counts: Counter[str], pairs: Counter[tuple[str, str]] | None = None,
                 sure: Counter[str] | None = None, slashed: Counter[tuple[str, str, str]] | None = None):
        self.counts = counts
        self.pairs: Counter[tuple[str, str]] = pairs or Counter()  # two words printed one after the other
        self.slashed: Counter[tuple[str, str, str]] = slashed or Counter()
        self.sure = counts if sure is None else sure
        self.lower: Counter[str] = Counter()
        self.index: dict[str, set[str]] = {}
        # the years it prints twice or more, with their counts (for `_year`)
        self.years = {y: n for y, n in counts.items()
                      if len(y) == 4 and y.isdigit() and 1900 <= int(y) <= 2099 and n >= 2}
        self._after: dict[str, list[str]] | None = None  # word -> words printed after it twice or more
        self._inside: Counter[str] | None = None  # word -> times printed after a word in small letters
        # months printed after a day, in small letters and capitalized ("30 janvier", "30 Janvier")
        after_day = [(b, n) for (a, b), n in self.pairs.items() if a.isdigit() and b.lower() in _MONTH_ENDS]
        self.day_months = (sum(n for b, n in after_day if b.islower()), sum(n for b, n in after_day if b[0].isupper()))
        for f, n in counts.items():
            if f.isdigit():
                continue
            low = f.lower()
            self.lower[low] += n
            for key in {low} | {low[:i] + low[i + 1:] for i in range(len(low))}:
                self.index.setdefault(key, set()).add(low)
        # (a, b) -> the slash as the document prints it most between them, twice or more
        self.slash: dict[tuple[str, str], str] = {}
        for (a, b, sep), n in sorted(self.slashed.items(), key=lambda item: (item[1], item[0][2])):
            if n >= 2:
                self.slash[(a, b)] = sep

    def inside(self, word: str) -> int:
        """How often the document prints `word` after a word in small letters: inside a sentence."""
        if self._inside is None:
            self._inside = Counter()
            for (a, b), n in self.pairs.items():
                if a[:1].islower():
                    self._inside[b] += n
        return self._inside[word]

    def after(self, word: str) -> list[str]:
        """The words the document prints after `word` twice or more."""
        if self._after is None:
            self._after = {}
            for (a, b), n in self.pairs.items():
                if n >= 2:
                    self._after.setdefault(a, []).append(b)
        return self._after.get(word, [])


def respell_text(text: str, counts: Counter[str] | Vocabulary, doubtful: set[str] = frozenset(),
                 cut: tuple[bool, bool] = (False, False), after: str = "", beyond: str = "",
                 before: str = "") -> tuple[str, list[tuple[str, str]]]:
    """`text` set right, and each change as (as read, as set right), word by word. `cut` says
    that its first or last word is only a piece (the word goes on in the span before or after):
    those are left as they are; `after` is the word opening the next line of its paragraph
    ("de là" / "détresse", "le 1*" / "octobre"); `beyond`, at a paragraph's end, the word opening
    the cell's next paragraph, seen by "1er" only ("1°" / "avril 2009" in a narrow deadline
    cell, set as two paragraphs); `before`, at the line's start, the word ending the line
    before ("Consolider" / "là concertation"). `counts`: the words the document prints."""
    vocab = counts if isinstance(counts, Vocabulary) else Vocabulary(counts)
    changes: list[tuple[str, str]] = []
    fixed = _marks(text, changes, after, beyond, before)
    fixed = _sub_recorded(_NO_SUCH_DAY, lambda m: _day_printed(m, vocab), fixed, changes)
    # (its "au" may end the span or line before, its year open the next)
    fixed = _sub_around(_FOLLOW_UP_DAY, _recording(lambda m: _month_end(m, vocab), changes), fixed,
                        after or beyond, before)
    for day_one in (_PLUS_ONE, _BRACKET_ONE):  # a day's "1" read "+" or "[" before a month
        fixed = _sub_around(day_one, lambda m: _recorded(m.group(), "1" + m.group(1), changes), fixed,
                            after or beyond)
    fixed = _sub_recorded(_DATE_MARKS, lambda m: _date_marks(m, vocab), fixed, changes)
    fixed = _sub_recorded(_BRACKETED_SPACED, lambda m: f"{m.group(1)}/{m.group(2)}/{m.group(3)}"
                          if any(abs(int(y) - 2000 - int(m.group(3))) <= 1 for y in vocab.years) else m.group(),
                          fixed, changes)
    fixed = _sub_around(_DATE_SPACED, _recording(lambda m: f"{m.group(1)}/{m.group(2)}/{m.group(3)}"
                        if any(abs(int(y) - int(m.group(3))) <= 1 for y in vocab.years) else m.group(), changes),
                        fixed, after or beyond, before)
    fixed = _sub_recorded(_DATE_MARK_SPACE, lambda m: _date_marks(m, vocab), fixed, changes)
    fixed = _sub_recorded(_SLASH_AS_QUOTE, lambda m: _slash_as_quote(m, vocab), fixed, changes)
    fixed = _sub_recorded(_CLOSE_APART, _close_as_slash, fixed, changes)
    fixed = _sub_recorded(_PLUS_IN_YEAR, lambda m: "1", fixed, changes)
    fixed = _sub_recorded(_SIGN_TWICE, lambda m: " ", fixed, changes)
    fixed = _sub_recorded(_ELIDED_CAPITALS, lambda m: _capitals_elided(m, vocab), fixed, changes)
    fixed = _sub_recorded(_DATE_RUN_TOGETHER, lambda m: _date_slashed(m, vocab), fixed, changes)
    fixed = _sub_recorded(_BRACKETED_RUN_TOGETHER, lambda m: _bracketed_run_together(m, vocab), fixed, changes)
    fixed = _sub_recorded(_DATE_SLASH_LOST, lambda m: _date_slashed(m, vocab), fixed, changes)
    fixed = _sub_recorded(_DIGIT_CAPITALS, lambda m: _digit_capital(m, vocab), fixed, changes)
    fixed = _sub_recorded(_DATE_DOLLAR, _dollar_day, fixed, changes)
    if _SLASHED_DATE.search(fixed):
        fixed = _sub_recorded(_DATE_SLASHES_LOST, lambda m: _date_slashed(m, vocab), fixed, changes)
        fixed = _sub_recorded(_DATE_FIRST_SLASH_SPACED, lambda m: "/".join(m.groups()), fixed, changes)
    fixed = _sub_recorded(_YEAR_SPLIT, lambda m: _year_halves(m, vocab), fixed, changes)
    fixed = _sub_recorded(_SLASHED_YEAR_MORE, lambda m: m.group(1) + (_year_less(m.group(2), vocab) or m.group(2)),
                          fixed, changes)
    if vocab.pairs[("1", "er")]:  # the document prints "1er"
        fixed = _sub_around(_FIRST_TITLE, _recording(lambda m: "1er", changes), fixed, after or beyond, before)
        if sum(vocab.pairs[("1", month)] for month in _MONTH_NAMES) <= 1:
            # ... and "1 <month>" only here
            fixed = _sub_around(_FIRST_BARE, _recording(lambda m: "1er", changes), fixed, after or beyond, before)
    fixed = _sub_recorded(_SLASHED_YEAR, lambda m: _year_of_date(m, vocab), fixed, changes)
    fixed = _sub_recorded(_MONTH_YEAR, lambda m: _year_of_date(m, vocab), fixed, changes)
    fixed = _sub_recorded(_DATES_LISTED, lambda m: _dates_in_order(m, vocab), fixed, changes)
    if "[" not in fixed:
        fixed = _sub_recorded(_YEAR_SQUARE_CLOSE, lambda m: m.group(1), fixed, changes)
    fixed = _sub_recorded(_RANGE, lambda m: _range_forward(m, vocab), fixed, changes)
    if vocab.slash:
        fixed = _slash_lost(fixed, vocab, changes)
    fixed = _sub_recorded(_YEAR_LAST_MARK, lambda m: _year_last_digit(m, vocab), fixed, changes)
    fixed = _sub_around(_YEAR_BRACKET, _recording(lambda m: m.group(1) + "1" if m.group(1) + "1" in vocab.years
                                                  else m.group(), changes), fixed, after, before)
    fixed = _sub_around(_ARTICLE_BEFORE_DATE, _recording(lambda m: m.group().lower(), changes), fixed, after, before)
    fixed = _sub_around(_MONTH_FIVE, _recording(lambda m: _year_less(m.group(), vocab) or m.group(), changes),
                        fixed, after, before)
    fixed = _sub_around(_MONTH_THREE, _recording(lambda m: _year_more(m.group(), vocab) or m.group(), changes),
                        fixed, after, before)
    fixed = _sub_around(_CENTURY_MISREAD, _recording(lambda m: "20" + m.group(1) if "20" + m.group(1) in vocab.years
                                                     else m.group(), changes), fixed, after, before)
    fixed = _STROKE_SPACED.sub(lambda m: _stroke_spaced(m, changes), fixed)
    fixed = _sub_recorded(_CAPITALS_STROKE, lambda m: m.group(1) + "I" if vocab.counts[m.group(1) + "I"] >= 2
                          else m.group(), fixed, changes)
    fixed = _sub_recorded(_SPECK_MARK, lambda m: _speck_mark(m, vocab, "[" in fixed), fixed, changes)
    fixed = _sub_recorded(_SIGN_C, lambda m: "C" + m.group(1) if vocab.counts["C" + m.group(1)] else m.group(),
                          fixed, changes)
    fixed = _sub_recorded(_C_SPECK, lambda m: "C" + m.group(1) if vocab.counts["C" + m.group(1)] >= 2 else m.group(),
                          fixed, changes)
    fixed = _sub_around(_DE_A, _recording(lambda m: "la" if vocab.pairs[("la", m.group(1))] >= 2 and not (
        vocab.pairs[("le", m.group(1))] + vocab.pairs[("les", m.group(1))]) else m.group(), changes), fixed, after, before)
    fixed = _sub_recorded(_SIGN_AFTER_NAME, lambda m: m.group(1) if vocab.counts[m.group(1)] >= 2 else m.group(),
                          fixed, changes)
    lower, capital = vocab.day_months
    if capital <= 1 or lower > capital:  # the document prints a month after a day in small letters, or this once
        # (the day may end the line before: "le 30" / "Janvier 2018")
        fixed = _sub_around(_MONTH_AS_CAPITAL, _recording(lambda m: m.group().lower(), changes), fixed, "", before)
    fixed = _sub_recorded(_DOLLAR_CAPITAL, lambda m: m.group(1) + "S" if vocab.counts[m.group(1) + "S"] >= 2
                          else m.group(), fixed, changes)
    fixed = _sub_recorded(_CAPITALS_POINT, lambda m: m.group(1) + m.group(2)
                          if vocab.counts[m.group(1) + m.group(2)] >= 2 else m.group(), fixed, changes)
    fixed = _sub_recorded(_COLON_LETTER, lambda m: _colon_letter(m.group(1), vocab) or m.group(), fixed, changes)
    fixed = _rejoin(fixed, changes, vocab.counts, cut)
    fixed = _sub_recorded(_SPECK_IN_COMPOUND, lambda m: _speck_in_compound(m, after, vocab), fixed, changes)
    fixed = _COMPOUND.sub(lambda m: _compound(m, changes), fixed)
    fixed = _WITH_ARTICLE.sub(lambda m: _with_article(m, changes), fixed)
    fixed = _wrapped_compound(fixed, after, changes, before)
    fixed = _sub_recorded(_CUT_BY_MARK, lambda m: _printed_whole(m, vocab), fixed, changes)
    joined = {new for _, new in changes} | {p for _, new in changes for p in new.split("-")}
    out, last = [], 0
    for m in TOKEN.finditer(fixed):
        word = m.group()
        piece = (cut[0] and m.start() == 0) or (cut[1] and m.end() == len(fixed)) \
            or fixed[m.start() - 1:m.start()].isdigit()  # a number's ending ("1re", "2e", "3h")
        following = _next_word(fixed, m.end()) or (after if m.end() == len(fixed) else "")
        prev = _word_before(fixed, m.start(), before)
        if word in joined and not piece and word.isalpha() and word[:1].isupper() and not is_word(word.lower()):
            # a rule above set it right and it is still no word ("Saquenaäy" rid of its
            # speck's mark, "Saquenay"): it may be a place name misread besides
            new = _place(word, bare(word) in doubtful)
            if new:  # one change from the word as read
                at = next(k for k in range(len(changes) - 1, -1, -1) if word in changes[k][1])
                changes[at] = (changes[at][0], changes[at][1].replace(word, new))
            out += [fixed[last:m.start()], new or word]
            last = m.end()
            continue
        new = None if word in joined or piece else _elision_lost(word, prev, vocab) or _better(
            word, vocab, bare(word) in doubtful, _starts_sentence(fixed, m.start()),
            _after_word(fixed, m.start(), before), following,
            continues=m.start() == 0 and before[-1:].isalpha(),
            after_opener=_after_opener(fixed, m.start(), before),
            dated=prev.lower() in _DATING or fixed.strip() == word and not (before or after or beyond))
        if new is None and not (word in joined or piece):
            new = _pair_printed(word, prev, vocab, following)
        if new and prev in _ELIDED_BEFORE_VOWEL and new.isupper() and new[0] in _CAPITAL_VOWELS \
                and word[0] not in _CAPITAL_VOWELS:
            new = None  # "par le CATI" is no "le ATI": French elides "le" before a vowel ("l'ATI")
        if new and new[:1].islower() and new[0] != word[0].lower() and fixed[:m.start()].strip() in _ITEM_DASHES:
            new = new[0].upper() + new[1:]  # "-fmmigration": an item's first letter misread, its case with it
        if new:
            changes.append((word, new))
        out.append(fixed[last:m.start()])
        out.append(new or word)
        last = m.end()
    out.append(fixed[last:])
    fixed = "".join(out)
    if fixed != text:  # a month set right just now ("L 1 septernbre"): the day before it again
        fixed = _one_apart(fixed, changes, after or beyond, before)
    return fixed, [(a.strip(), b.strip()) for a, b in changes]


def _marks(text: str, changes: list[tuple[str, str]], after: str = "", beyond: str = "", before: str = "") -> str:
    """`text` with the misread marks set right, in this order: braces, a slash before a word's
    last letter, an accent on a short word inside a phrase, "1er", "[a" for "la"."""

    def point(m: re.Match) -> str:
        if not (is_word(m.group(1)) and is_word(m.group(2))):
            return m.group()
        changes.append((m.group(), f"{m.group(1)} {m.group(2)}"))
        return f"{m.group(1)} {m.group(2)}"

    def slash(m: re.Match) -> str:
        a, b = m.group(1), m.group(2)
        if is_word(a) or not is_word(a + b):
            return m.group()
        changes.append((m.group(), f"{a}{b} /"))
        return f"{a}{b} /"

    def french(m: re.Match) -> str:
        # a letter read twice, plain and with the made-up umlaut ("communaä"), is one,
        # unless only the two make a word ("coöpération")
        word = m.group().translate(_PLAIN_VOWELS)
        once = _READ_TWICE.sub(lambda t: t.group()[0], m.group()).translate(_PLAIN_VOWELS)
        if not is_word(word) or is_word(once):
            word = once
        if not is_word(word):  # the mark was another one ("ägées": "âgées")
            marked = [m.group().replace(x, y, 1) for x, ys in (("ä", "àâ"), ("ö", "ô")) if x in m.group()
                      for y in ys]
            word = next((w for w in marked if is_word(w)), word)
        if not is_word(word.lower()):  # the mark over the letter beside it ("äinées": "aînées")
            near = _likeliest(word.lower())
            word = _cased(near, word) if near and _fold(near) == _fold(word.lower()) else word
        changes.append((m.group(), word))
        return word

    def untilde(m: re.Match) -> str:
        # French writes no "ñ": the plain "n", where that makes a word (a Spanish name keeps it)
        word = m.group().replace("ñ", "n").replace("Ñ", "N")
        if not is_word(word.lower()):
            # beside an "n", the "n" read twice, once with a tilde ("quiñnquennal")
            word = re.sub(r"[ñÑ](?=[nN])|(?<=[nN])[ñÑ]", "", m.group())
            if word == m.group() or not is_word(word.lower()):
                word = m.group().replace("ñ", "r")  # ... or an "r" whose arm a speck made an arch ("Pañticipation")
                if not is_word(word.lower()):
                    return m.group()
        changes.append((m.group(), word))
        return word

    def plain(m: re.Match) -> str:
        word = m.group(1) or m.group(2)
        meant = _PLAIN[word] if m.group(1) else _PLAIN[word.lower()].capitalize()
        changes.append((word, meant))
        return meant

    def first(m: re.Match) -> str:
        changes.append((m.group() + " ", "1er "))
        return "1er"

    def bracket(m: re.Match) -> str:
        after = _word_after(m.string, m.end())
        if not is_word("l" + after):
            return m.group()
        changes.append((m.group() + after, "l" + after))
        return "l"

    text = _TWICE.sub(lambda m: _once(m, changes), text)
    text = _sub_recorded(_DIAERESIS_TWICE, lambda m: re.sub("[ïëüÿ]", "", m.group()),
                         text, changes)
    text = _TWO_ACCENTED.sub(lambda m: _one_of_two(m, changes), text)
    text = _sub_recorded(_NUMBERS_RUN_IN, lambda m: f"{m.group(1).translate(_AS_ONES)} "
                                                    f"{m.group(2) or m.group(3)} ", text, changes)
    text = _ONE.sub(lambda m: _one(m, changes), text)
    text = _SHAPED.sub(lambda m: _digit_shaped(m, changes), text)
    text = _sub_recorded(_RANGE_END_SPACED, lambda m: _range_whole(m.group(1), m.group(2)[1:] + m.group(3)
                                                                    + "1" + m.group(5), m.group()), text, changes)
    text = _sub_recorded(_RANGE_DASH_ONE, lambda m: _range_whole(m.group(1), m.group(2), m.group()), text, changes)
    text = _sub_recorded(_RANGE_END_STROKES, lambda m: _range_whole(m.group(1), m.group(2) + m.group(3).replace(
        " ", "").translate(_AS_ONES), m.group()), text, changes)
    # (its article may end the line before)
    text = _sub_around(_DAY_LETTERS, _recording(lambda m: _day_of(m.group().translate(_AS_DIGITS), m.group()),
                                                changes), text, after or beyond, before)
    text = _sub_recorded(_RANGE_START_SPECK, _range_start, text, changes)
    text = _sub_recorded(_GROUP_SPECK, lambda m: m.group(1), text, changes)
    text = _RANGE.sub(lambda m: _range_end(m, changes), text)
    if "{" in text and ")" not in (after or beyond) and "}" not in (after or beyond):
        text = _sub_recorded(_BRACE_FIRST, lambda m: "1er ", text, changes)
    text = _sub_recorded(_CALL_QUOTE, lambda m: m.group() if re.search(r"(?<!\w)[‘'’]\w", m.string[:m.start()])
                         else "", text, changes)
    if "{" in text or "}" in text:  # a bilan has no braces: Tesseract's reading of round brackets
        changes.extend((b, p) for b, p in (("{", "("), ("}", ")")) if b in text)
        text = text.translate(_BRACES)
    text = _ABBREVIATED.sub(lambda m: _abbreviated(m, changes), text)
    for pattern, mend in ((_BY_DATE, _unmarked_month), (_FIRST_E, lambda m: "1er"),
                          (_FIRST_SEVENTH, lambda m: "1er"), (_DAYS_EU, lambda m: "au"),
                          (_SPACED_MONTH, lambda m: m.group().replace(" ", "")),
                          (_DAY_SPACED, lambda m: m.group(1) + m.group(2)), (_DAY_SHAPED, lambda m: "0"), (_DAY_E, lambda m: "1"),
                          (_BRACKETED_DATE, _slashed_date), (_BRACKETED_POINTS, lambda m: m.group().replace(",", ".")),
                          (_DAY_FORTY, lambda m: "1" + m.group(1)), (_DAY_SIXTY, lambda m: "0" + m.group(1)),
                          (_MONTH_RUN_YEAR, lambda m: f"{m.group(1)} {m.group(2)}"),
                          (_BRACKET_TWICE, lambda m: "("), (_PART_ONE, lambda m: m.group(1) + " 1"),
                          (_PERCENT_LETTERS, lambda m: m.group().translate(_AS_DIGITS)),
                          (_WORD_NUMBER, lambda m: f"{m.group(1)} {m.group(2)}" if is_word(m.group(1)) else m.group()),
                          (_TO_THE, lambda m: "la" if is_word(_word_after(m.string, m.end() + 1)) else m.group()),
                          (_MONTH_SIXTY, lambda m: f"{m.group(1)}0{m.group(2)}"),
                          (_MONTH_OVER, _month_over),
                          (_PERCENT_O, lambda m: m.group(1)), (_DASH_TWICE, lambda m: "-"),
                          (_ZEROS_X, lambda m: "00"), (_ZEROS_SHAPED, lambda m: "000"),
                          (_MONTH_MARK_YEAR, lambda m: m.group(1) + " "),
                          (_SHORTS_HYPHENED, lambda m: m.group().replace("-", " ")),
                          (_SLASH_AND_POINT, lambda m: f"{m.group(1)}/{m.group(2) or m.group(3)}/{m.group(4)}"),
                          (_LIGATURE, _unligated), (_MONTH_CAPITAL, lambda m: m.group().lower()),
                          (_SAINT_SMALL, lambda m: m.group()[:-1] + m.group()[-1].upper()),
                          (_PLURAL_AFTER_SPACE, _plural_back), (_DIGIT_IN_WORD, _digit_as_letter),
                          (_THERE_OPENING, lambda m: "La")):
        text = _sub_recorded(pattern, mend, text, changes)
    # (the month may end the line before: "(décembre" / ".2016)"; the word before the slash too)
    text = _sub_around(_MARK_BEFORE_YEAR, _recording(lambda m: "" if _MONTH_BEFORE.search(m.string[:m.start()])
                                                     else m.group(), changes), text, "", before)
    text = _sub_around(_SLASH_J, _recording(lambda m: "/", changes), text, "", before)
    if not (after or beyond)[:1].isdigit():  # no date of the same brackets on the next line
        text = _sub_recorded(_DATE_SHUT_BY_MARK, lambda m: m.group(1) + ")", text, changes)
    text = _SLASH_INSIDE.sub(slash, text)
    text = _SPECK_POINT.sub(point, text)
    text = _sub_around(_SPECK_AFTER_SHORT, _recording(lambda m: m.group(1), changes), text, after)
    text = _sub_around(_ELISION_STROKE, _recording(lambda m: "l" + m.group()[1], changes), text, "", before)
    text = _sub_around(_SPECK_BEFORE_LES, _recording(lambda m: "les", changes), text, after, before)
    text = _sub_around(_POINT_APART, _recording(lambda m: "", changes), text, after)
    text = _NOT_FRENCH.sub(french, text)
    text = _TILDE.sub(untilde, text)
    # these look at the word before or after: at the line's start or end, the line's before or next
    text = _sub_around(_DAY_MONTH_YEAR, lambda m: m.group(1) + _month_misread(m.group(2), "", changes, dated=True),
                       text, after or beyond)
    text = _sub_around(_MONTH_CUT, lambda m: _month_cut(m, changes), text, after or beyond, before)
    # a cell or line holding only a word and a year ("Mat 2017"): a deadline, the word a month
    # (or the word alone on its line, the year opening the next: "Mat" / "2017" in a narrow cell)
    alone = not before and bool(re.fullmatch(r"\s*[^\W\d_]+\.? (?:19|20)\d\d\s*", text)
                                or re.fullmatch(r"\s*[^\W\d_]+\s*", text)
                                and re.fullmatch(r"(?:19|20)\d\d", after or beyond))
    text = _sub_around(_BEFORE_YEAR, lambda m: _month_misread(m.group(1), m.group(2), changes, dated=alone,
                                                              bracketed=m.string[m.start() - 1:m.start()] == "("),
                       text, after or beyond, before)
    text = _sub_around(_CONTINU, _recording(lambda m: "continu", changes), text, "", before)
    text = _sub_around(_J_BEFORE_NAME, lambda m: _recorded(m.group(), "l" + m.group()[1:], changes), text, "", before)
    text = _sub_around(_IN_PHRASE, plain, text, after, before)
    text = _sub_around(_A_AFTER_PLURAL, _recording(lambda m: "à", changes), text, after, before)
    text = _sub_around(_FIRST, first, text, after or beyond)
    text = _sub_around(_FIRST_SPACED, first, text, after or beyond) if not before else text
    text = _sub_around(_FIRST_PERCENT, _recording(lambda m: "1er", changes), text, after or beyond)
    # (the day may open the next line: "la SHQ Je" / "3 octobre 2016")
    text = _sub_around(_JE_DAY, _recording(lambda m: ("L" if m.group()[0] == "J" and _starts_sentence(
        m.string, m.start()) else "l") + "e", changes), text, after or beyond)
    text = _sub_around(_FIRST_LETTERS, lambda m: _recorded(m.group(), "1er", changes)
                       if not is_word(m.group().lower()) else m.group(), text, after or beyond)
    text = _sub_recorded(_FIRST_ELIDED, lambda m: "1er ", text, changes)
    text = _sub_recorded(_FIRST_GLUED, lambda m: "1er " + m.group(1), text, changes)
    text = _sub_recorded(_DATES_POINT, lambda m: ",", text, changes)
    text = _sub_around(_SU, lambda m: m.group(1) + ("su" if m.group(1).strip().lower() in _AVOIR
                                                    else _recorded("su", "au", changes)), text, after, before)
    text = _sub_recorded(_SPAN_FIRST, _span_first, text, changes)
    text = _one_apart(text, changes, after or beyond, before)
    text = _sub_recorded(_DAY_BRACKET_ONE, lambda m: m.group() if _open_bracket(m.string[:m.start()])
                         else m.group(1) + "1", text, changes)
    if not (after or beyond or before) and (m := _SPACED_NUMBER.match(text)):
        # a plan number alone in its cell, cut at its point ("1. 1", "2. l"): one number
        changes.append((text, f"{m.group(1)}.{_AS_ONE.get(m.group(2), m.group(2))}"))
        text = changes[-1][1]
    if not before:  # the text opens its line: a cell's or paragraph's start, or a wrapped line
        text = _sub_recorded(_OPENING_SPECK, lambda m: "", text, changes)
        if not re.search(r"[”\"»]", text[2:] + " " + (after or beyond)):
            text = _sub_recorded(_DASH_QUOTE, lambda m: m.group()[0], text, changes)
            text = _sub_recorded(_QUOTE_SPECK, lambda m: m.group(1), text, changes)
    elif re.match(r"[-–—•*▪][“\"‘] ", text) and not re.search(r"[”\"»]", text[3:] + " " + (after or beyond)):
        # a bullet opens an item's line wherever the cell's text goes on from ("*“ Rencontre")
        text = _sub_recorded(_QUOTE_SPECK, lambda m: m.group(1), text, changes)
    if not before:
        # (the verb may open the next line: "A" / "déterminer" in a narrow cell)
        text = _sub_around(_A_BEFORE_VERB, _recording(lambda m: "À" if is_word(_word_after(m.string, 2).lower())
                                                      else "A", changes), text, after)
    text = _sub_recorded(_SIGN_SPECK, lambda m: "", text, changes)
    text = _sub_recorded(_BULLET_TWICE, lambda m: m.group(1), text, changes)  # (any line's start)
    text = _sub_recorded(_EURO_BRACKET, lambda m: m.group() if _open_bracket(m.string[:m.start()]) else "(",
                         text, changes)
    # (the word after it may open the next line: "la CRÉ." / "autres organismes")
    text = _sub_around(_POINT_FOR_COMMA, lambda m: _point_for_comma(m, changes), text, after)
    if text.strip("_ "):  # (a cell of underscores alone, a line to fill in, stays)
        text = _sub_recorded(_LONE_UNDERSCORE, lambda m: "", text, changes)
    text = _sub_recorded(_DOLLAR_S, lambda m: "s" if _plural_before(m.string[:m.start()]) else m.group(), text,
                         changes)
    text = _sub_recorded(_HASH_PERCENT, lambda m: m.group().replace("#", "%"), text, changes)
    text = _sub_recorded(_PERCENT_A, lambda m: m.group().replace("À", "%"), text, changes)
    text = _sub_recorded(_PERCENT_BULLET, lambda m: " %", text, changes)
    if not after:  # (the phrase may go on on the next line: "240 000 à" / "Québec")
        text = _sub_recorded(_DOLLAR_A, lambda m: " $", text, changes)
    text = _sub_recorded(_RANGE_DASH_TWICE, lambda m: f"{m.group(1)}-{m.group(2)}", text, changes)
    text = _sub_around(_FOUR_PER, lambda m: _recorded(m.group(), "4", changes), text, after)
    text = _sub_around(_ARTICLE_STROKED, lambda m: _article_stroked(m, changes), text, after, before)
    text = _sub_recorded(_ONE_FOR_L, lambda m: "l" + m.group(1) if is_word("l" + m.group(1)) else m.group(),
                         text, changes)
    if not (after or beyond) and text.endswith(" -"):  # a speck read as a dash closing the cell
        changes.append(("-", ""))
        text = text[:-2]
    elif not (after or beyond) and _SHARE_CLOSING.search(text):  # "Réalisé à 80" closing the cell:
        changes.append((text.rsplit(" ", 1)[-1], text.rsplit(" ", 1)[-1] + " %"))  # its "%" lost
        text += " %"
    elif not (after or beyond or before) and _PERCENT_D.fullmatch(text.strip()):  # "75 D" alone in its cell
        changes.append((text.strip(), text.strip()[:-1].rstrip() + " %"))
        text = changes[-1][1]
    elif not (after or beyond) and re.search(r"[^\W\d_] ['’‘\"]$", text):  # a quote alone closing the cell:
        changes.append((text[-1], ""))  # a speck ("En continu '")
        text = text[:-2]
    elif not (after or beyond) and re.search(r"\d:$", text):  # ... as a colon glued to a number
        changes.append((text.rsplit(" ", 1)[-1], text.rsplit(" ", 1)[-1][:-1]))  # closing it ("13/12/2010:")
        text = text[:-1]
    return _BRACKET_L.sub(bracket, text)


def _point_for_comma(m: re.Match, changes: list[tuple[str, str]]) -> str:
    """`_POINT_FOR_COMMA`: a comma, or nothing before a comma, where the word before the point is
    a word of the list or an acronym (an abbreviation keeps its point) and, before a word, that
    word is one of the list."""
    before = re.search(r"[^\W\d_]+$", m.string[:m.start()]).group()
    if before.lower() in _SHORTENED or not (before.isupper() or is_word(before.lower())):
        return m.group()
    if m.string[m.end():m.end() + 1] == ",":
        changes.append((before + ".,", before + ","))
        return ""
    after = re.match(r" ((?:[a-zà-ÿ]['’])?)([^\W\d_]+)", m.string[m.end():])
    if not (is_word(after.group(2)) or after.group(2) == "etc"):  # (French sets a comma before "etc.")
        return m.group()
    changes.append((f"{before}. {after.group(1)}{after.group(2)}", f"{before}, {after.group(1)}{after.group(2)}"))
    return ","


def _recorded(read: str, kept: str, changes: list[tuple[str, str]]) -> str:
    changes.append((read, kept))
    return kept


def _sub_recorded(pattern: re.Pattern, mend: Callable[[re.Match], str], text: str,
                  changes: list[tuple[str, str]]) -> str:
    """`text` with each match of `pattern` mended, each change recorded as (read, kept)."""
    return pattern.sub(_recording(mend, changes), text)


def _plural_back(m: re.Match) -> str:
    head, end, short = m.groups()
    return f"{head}{end} {short}" if _plural_moves(head, end, short) else m.group()


def _plural_moves(head: str, end: str, short: str) -> bool:
    """Whether the plural's letter `end`, read glued to the short word after `head`, is
    `head`'s: with it `head` is a word of the list, and the short word with it none."""
    return is_word(head + end) and not is_word(end + short)


def _digit_as_letter(m: re.Match) -> str:
    head, digit, tail = m.groups()
    for letter in _DIGIT_LETTERS.get(digit, ""):
        word = head + (letter.upper() if head.isupper() and tail.isupper() else letter) + tail
        if is_word(word.lower()):
            return word
    return m.group()


def _recording(mend: Callable[[re.Match], str], changes: list[tuple[str, str]]) -> Callable[[re.Match], str]:
    """`mend`, recording each match it changes as (read, kept)."""
    def one(m: re.Match) -> str:
        new = mend(m)
        if new != m.group():
            changes.append((m.group(), new))
        return new
    return one


def _date_marks(m: re.Match, vocab: Vocabulary) -> str:
    """A day, a month and a year whose slashes were read as points, colons or with a space
    ("10. 12:2010"), not both a plain point (a dotted date "10.12.2010" is a way to print one),
    in a document that prints slashed dates, or with a colon in it: the slashes."""
    if m.group(2) == "." and m.group(4) == ".":
        return m.group()
    if ":" not in m.group(2) + m.group(4) and not any(sep == "/" for _, _, sep in vocab.slashed):
        return m.group()  # (numbers joined by a colon, a year after them, are no hour: a date anywhere)
    return f"{m.group(1)}/{m.group(3)}/{m.group(5)}"


def _slashed_date(m: re.Match) -> str:
    if "/" not in m.group():
        return m.group()  # no slash at all: perhaps no date ("(19 11 07)" is left alone)
    return f"({m.group(1)}/{m.group(2) or m.group(4)}/{m.group(3) or m.group(5)})"


def _unligated(m: re.Match) -> str:
    plain = m.group().replace("æ", "e")
    heads = "EÉI" if plain[0] == "Æ" else plain[0]
    return next((w for w in (h + plain[1:] for h in heads) if is_word(w.lower())), m.group())  # "ex æquo" keeps it


def _unmarked_month(m: re.Match) -> str:
    read = m.group()
    if is_word(read.lower()):
        return read
    low = read.lower().replace("ï", "i").replace("î", "i")
    month = next((mo for mo in _I_MONTHS if low == mo or any(
        mo[k] == "i" and mo[:k] + mo[k + 1:] == low for k in range(1, len(mo)))), None)
    return _cased(month, read) if month else read


def _capitals_elided(m: re.Match, vocab: Vocabulary) -> str:
    """"l" or "d" run into a name in capitals that opens on a vowel (French elides before one),
    printed by the document or one of the field's acronyms: the apostrophe between them lost
    ("lOBNL"). (Set right before the word is weighed as one: `_better` would take a name the
    document prints three times for the word with a letter made up.)"""
    name = m.group(2)
    if name[0] not in _CAPITAL_VOWELS + "H" or not (vocab.counts[name] or name in _ACRONYMS):
        return m.group()
    return f"{m.group(1)}'{name}"


def _bracketed_run_together(m: re.Match, vocab: Vocabulary) -> str:
    """Six digits in brackets, one space among them at most, that are a day, a month and a year
    the document prints: a date whose slashes were lost ("(080408)")."""
    day, space1, month, space2, year = m.groups()
    if "20" + year not in vocab.years or len(space1 + space2) > 1:
        return m.group()
    return f"{day}/{month}/{year}"


def _close_as_slash(m: re.Match) -> str:
    """A ")" set apart between a word and a capitalized one, closing no "(" opened before it on
    its line: the slash between two names ("Forum jeunesse / Ville de Québec")."""
    return m.group() if "(" in m.string[:m.start()] else " /"


def _slash_as_quote(m: re.Match, vocab: Vocabulary) -> str:
    """A quote after a number or a word French elides none of, before a word the document
    prints after a slash elsewhere ("Table'Ressource" beside "travail/Ressource"): that slash."""
    nxt = TOKEN.match(m.string, m.end())
    if _ELIDING.fullmatch(m.group(1).lower()) or not nxt or not any(
            b == nxt.group() and sep.startswith("/") for (_, b, sep) in vocab.slashed):
        return m.group()
    return m.group(1) + "/"


def _month_over(m: re.Match) -> str:
    """A slashed date's month of two digits over twelve, the month its units make: "0" before
    them ("29": "09"), or "1" before a "0" ("20": "10")."""
    day, tens, units, year = m.groups()
    second = int(tens + units)
    if second <= 12 or int(day) <= 12 and second <= 31 or not 1 <= int(day) <= 31:
        return m.group()  # a month already ("10/12/08"), a date month first ("1/13/2008"), or
        # no day ("45/13/2009": two digits misread, which nothing tells)
    return f"{day}/{'10' if units == '0' else '0' + units}{year}"


def _month_misread(read: str, point: str, changes: list[tuple[str, str]], dated: bool = False,
                   bracketed: bool = False) -> str:
    """A word before a year that is no word (or one never set before a number: "Ma 2017"; or
    any word, `dated`, between a day and the year: "31 mers 2018", or alone with the year on its
    line: "Mat 2017"), with a month's first letter
    and one letter from its name ("Ma" / "mai"), or two look-alike letters from a name of five
    letters or more ("juitiet"), or, closing on a point, at most two letters from its
    abbreviation (one for three letters: "jarw." / "janv."), is that month, when no other is
    as near. Opening brackets (`bracketed`: a date), a word whose letters but the first are a
    month's is that month ("(rai 2017)"), and so is a month with a letter before it ("(rmai 2010)"),
    or a word of five letters or more two letters off the one month opening with its letter
    ("(januer 2008)")."""
    from rapidfuzz.distance import Levenshtein

    low = read.lower()
    plain = _fold(low)
    if any(plain == _fold(n) for n in _MONTH_NAMES + _MONTH_SHORT + _SEASONS) or (
            is_word(low) and low not in _NO_NUMBER_AFTER and not dated):
        return read + point  # a month as printed, accents or none ("fevrier", "dec.")
    if not point and len(plain) >= 4 and not is_word(low):
        # the month's opening letters lost at a narrow cell's edge ("tobre 2006") or run into a
        # bracket before it ("(uillet 2016)"): the one month whose name ends so
        ends = [n for n in _MONTH_NAMES if _fold(n).endswith(plain) and _fold(n) != plain]
        if not ends and len(plain) >= 5:  # ... and a letter of the rest misread ("(uiflet 2016)")
            ends = [n for n in _MONTH_NAMES if _alike_apart(plain, _fold(n)[1:], _ALIKE) == 1]
            if len(ends) == 1:
                return _recorded(read, _cased(ends[0], read), changes)
        if len(ends) == 1:
            return _recorded(read, _cased(ends[0], read[0].upper() + read[1:]), changes)
    if point and len(plain) >= 3 and not is_word(low):  # ... or of its abbreviation ("(févr." read "évr.")
        ends = [n for n in _MONTH_SHORT if _fold(n).endswith(plain) and _fold(n) != plain]
        if len(ends) == 1:
            return _recorded(read + point, _cased(ends[0], read) + point, changes)
    names = _MONTH_SHORT if point else _MONTH_NAMES + _SEASONS  # ("Automnce 2012": a season)
    most = (2 if len(low) >= 4 else 1) if point else 1
    near = sorted((Levenshtein.distance(plain, _fold(n)), n) for n in names if _fold(n)[0] == plain[0])
    near = [(d, n) for d, n in near if d <= most]
    if not near and not point:
        # two letters off, each a look-alike of the month's own ("juitiet": thin strokes)
        near = [(2, n) for n in names if len(plain) >= 5 and _fold(n)[0] == plain[0]
                and _alike_apart(plain, _fold(n), _ALIKE) == 2]
    if not near and bracketed and not point:
        near = [(1, n) for n in names if len(plain) >= 3 and (_fold(n)[1:] == plain[1:] or plain[1:] == _fold(n))]
    if not near and bracketed and not point and len(plain) >= 5:
        # in brackets before a year, two letters off the one month opening so ("(januer 2008)":
        # a "v" read "u", the thin "i" lost)
        near = [(2, n) for n in names if _fold(n)[0] == plain[0] and Levenshtein.distance(plain, _fold(n)) == 2]
    if not near or (len(near) > 1 and near[1][0] == near[0][0]):
        return read + point
    return _recorded(read + point, _cased(near[0][1], read) + point, changes)


def _month_cut(m: re.Match, changes: list[tuple[str, str]]) -> str:
    """Two pieces before a year, the second no word, that together are a month's name or one
    letter from the one month's name opening with their letter ("Fév rier 2010", "Septe mbrée
    2017"): that month."""
    if is_word(m.group(2).lower()) or is_word(m.group(1).lower()) and len(m.group(1)) > 3:
        return m.group()
    month = _month_misread(m.group(1) + m.group(2), "", [])
    if _fold(month.lower()) not in map(_fold, _MONTH_NAMES):
        return m.group()
    return _recorded(m.group(), month, changes)


def _speck_mark(m: re.Match, vocab: Vocabulary, opened: bool) -> str:
    """A "]" no "[" opened, or a "!" before a word in small letters, closing a word: the word's
    last stroke ("CAT]": "CATI", an "I" or "l") where that makes a word the document prints (or
    one of the list), else a speck, dropped where the word is one without it ("régional!")."""
    word, mark = m.group(1), m.group(2)
    if mark == "]" and opened:
        return m.group()
    stroke = word + ("I" if word.isupper() else "l")
    if vocab.counts[stroke] or (stroke.islower() and is_word(stroke)):
        return stroke
    if vocab.counts[word] or is_word(word.lower()):
        return word
    return m.group()


def _month_end(m: re.Match, vocab: Vocabulary) -> str:
    """A follow-up's date ("au 11 mars 2018") whose day is one digit off the month's last
    day, which the document prints before that month (the other year's "Suivi au 31 mars
    2017") where it prints this day so only here: the month's last day, as bilans date their
    follow-ups. (The document may print that last day misread as a day no month has: "41
    mars", which is set right as well.)"""
    day, month = m.group(1), m.group(2)
    ends = [str(d) for d in _MONTH_ENDS[month] if sum(a != b for a, b in zip(str(d), day)) == 1]
    if len(ends) != 1 or vocab.pairs[(day, month)] > 1:
        return day
    # the last day as printed, or as a day no month has one digit off it ("41 mars", set right too)
    printed = [d for d in _digit_off(ends[0]) if d == ends[0] or int(d) > 31]
    return ends[0] if any(vocab.pairs[(d, month)] for d in printed) else day


def _digit_off(number: str) -> set[str]:
    """`number` and the numbers one digit off it, as long."""
    return {number[:i] + d + number[i + 1:] for i in range(len(number)) for d in "0123456789"}


def _digit_less(number: str) -> set[str]:
    """The numbers `number` is with one digit left out."""
    return {number[:i] + number[i + 1:] for i in range(len(number))}


def _day_printed(m: re.Match, vocab: Vocabulary) -> str:
    """A day no month has ("41 mars"): of the days one digit apart, the month's last day (a
    bilan dates its follow-up at a month's end: "Suivi au 31 mars"), else the one day that the
    document prints before that month; which digit the blur changed, nothing else tells ("41"
    may be "11" as well)."""
    day, month = m.group(1), m.group(2)
    near = _digit_off(day)
    last = [c for c in near if int(c) in _MONTH_ENDS[month]]
    if len(last) == 1:
        return last[0]
    printed = [c for c in near if c[0] != "0" and 1 <= int(c) <= 31
               and vocab.pairs[(c, month)] + vocab.pairs[(c, month.capitalize())] > 0]
    return printed[0] if len(printed) == 1 else day


@functools.lru_cache(maxsize=256)
def _fold(word: str) -> str:
    """The word without its accents."""
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


def _abbreviated(m: re.Match, changes: list[tuple[str, str]]) -> str:
    """A month's abbreviation takes a point, never a comma, before its year ("sept, 2010")."""
    changes.append((m.group(), m.group(1) + "."))
    return m.group(1) + "."


def _alike_apart(read: str, meant: str, groups: list[str]) -> int | None:
    """How many characters of `read` differ from `meant`'s, as long, where each that differs
    looks like `meant`'s (both in one of `groups`); None where one does not, or the lengths differ."""
    if len(read) != len(meant):
        return None
    pairs = [(a, b) for a, b in zip(read, meant) if a != b]
    return len(pairs) if all(any(a in g and b in g for g in groups) for a, b in pairs) else None


def _year_halves(m: re.Match, vocab: Vocabulary) -> str:
    """The year of `_YEAR_SPLIT` whole, where the document prints it, and its first half is no
    year of the document's as a year of two digits ("10/12/20", then a count: 2020)."""
    date, century, rest = m.groups()
    return date + century + rest if century + rest in vocab.years and "20" + century not in vocab.years \
        else m.group()


def _one_apart(text: str, changes: list[tuple[str, str]], after: str, before: str) -> str:
    """`_ONE_APART` set right: the day's "1" set apart ("le L 1 septembre" → "le 11 septembre",
    "le 1 ! septembre" → "le 11 septembre")."""
    text = _sub_around(_ONE_APART, _recording(lambda m: "1" + m.group(1), changes), text, after, before)
    return _sub_around(_ONE_APART_LAST, _recording(lambda m: m.group(1) + "1", changes), text, after, before)


def _open_bracket(text: str) -> bool:
    return text.count("(") > text.count(")")


def _year_last_digit(m: re.Match, vocab: Vocabulary) -> str:
    """The year of `_YEAR_LAST_MARK` with its last digit back ("%": 8, a stroke mark: 1), where
    the document prints that year."""
    year = m.group(1)[-3:] + ("8" if m.group(2) == "%" else "1")
    return m.group(1) + year[-1] if year in vocab.years else m.group()


def _year_less(read: str, vocab: Vocabulary) -> str | None:
    """The one year the document prints twice or more that `read` is with one digit left out
    ("29016": "2016"; a slashed date's "608": "08", of 2008), or None where none or several."""
    fits = {y for y in _digit_less(read) if (y if len(y) == 4 else "20" + y) in vocab.years
            or len(y) == 2 and "19" + y in vocab.years}
    return fits.pop() if len(fits) == 1 else None


def _year_more(read: str, vocab: Vocabulary) -> str | None:
    """The one year the document prints twice or more that `read`, three digits, is with one
    digit more ("210": "2010"), or None where none or several."""
    fits = {y for y in vocab.years if read in _digit_less(y)}
    return fits.pop() if len(fits) == 1 else None


def _colon_letter(word: str, vocab: Vocabulary) -> str | None:
    """`word` (no word nor place) with the one letter after it that makes a place name, a word
    of the list or one the document prints twice ("Donnacon" → "Donnacona"); None unless one only."""
    if is_word(word.lower()) or word in place_words() or vocab.counts[word] >= 2:
        return None
    made = {word + c for c in "abcdefghijklmnopqrstuvwxyzéèêàâîôûç"
            if (w := word + c) in place_words() or is_word(w.lower()) or vocab.counts[w] >= 2}
    return made.pop() if len(made) == 1 else None


def _one(m: re.Match, changes: list[tuple[str, str]]) -> str:
    """A "1" read as a stroke letter inside a number ("î2", "20l1", "L8": its flag blurred into
    an "L"'s foot, "t2": its flag and foot into a "t"; those two at a number's start only: "2L"
    may be a name's)."""
    read = m.group()
    if "L" in read[1:] or "t" in read[1:]:
        return read
    changes.append((read, read.translate(_AS_ONES)))
    return changes[-1][1]


def _digit_shaped(m: re.Match, changes: list[tuple[str, str]]) -> str:
    """A number of three digits or more with one letter shaped as a "0" ("240 C00", "2O11"):
    that digit. A "G" only in a group of three after a number ("240 G00"): "G20" is a name."""
    token = m.group()
    letters = [ch for ch in token if not ch.isdigit()]
    if len(letters) != 1:  # (the pattern asks three chars or more: two digits at least)
        return token
    if letters == ["G"] and not (len(token) == 3 and re.search(r"\d $", m.string[:m.start()])):
        return token
    fixed = token.translate(_AS_ZERO)
    changes.append((token, fixed))
    return fixed


def _open_brackets(doc: Document, ocr: set[int]) -> None:
    """A date in brackets whose "(" was lost, or read with the month's "j" as a "G" or a "Q"
    ("Guin 2016)", "Quin 2016)"), or alone as a "G" ("Gjanv. 2010)"), or lost with it ("évr.
    2011)"), "offertes janv. 2010 et
    févr. 2010)"): in a paragraph whose first ")" no "(" opens, the ")" closing a run of dates
    (months, days, years, "et", "au"), the bracket opens before the run's first day or month;
    closing a slashed date alone, before the date."""
    for text, places, holder in _ocr_paragraphs(doc, ocr):
        close = text.find(")")
        if close < 0 or "(" in text[:close].translate(_BRACES):
            continue
        start = next((m for m in _MONTH_WORD.finditer(text[:close])
                      if _DATE_RUN.fullmatch(text[m.end():close])), None)
        if start is None:  # ... or a slashed date alone before it ("Économie sociale 14/04/08)")
            slashed = re.search(r"(?<= )\d{1,2}/\d{1,2}/(?:\d{4}|\d\d)$", text[:close])
            if slashed:
                _put(places, slashed.start(), 0, "(")
                holder.ocr_respelled.append((slashed.group() + ")", "(" + slashed.group() + ")"))
            continue
        day = re.search(r"(?:\b\d{1,2}|\b1er) $", text[:start.start()])
        at = day.start() if day else start.start()
        if at and text[at - 1] != " ":
            continue
        word = start.group()
        # "G", "Q", "f": the "(j" run together, or the "(" alone before the "j"
        lost = 2 if word[0] in "GQf" and word[1:2] in "jJ" else 1
        month = "j" + word[lost:] if word[0] in "GQf" else word
        if month != word:
            _put(places, start.start(), lost, "j")
        elif word[:3].lower() in _FIRST_LOST:
            month = _FIRST_LOST[word[:3].lower()] + word
            _put(places, start.start(), 0, month[0])
        _put(places, at, 0, "(")
        holder.ocr_respelled.append((text[at:start.end()], "(" + text[at:start.start()] + month))


# "du (1er au 7 octobre 2017": a bracket (or a brace) glued before a day after "du", "le" or
# "au", before its month
_DAY_BRACKET_SPECK = re.compile(rf"(?<![^\W\d_])(?:du|le|au|Du|Le|Au) ([({{])(?=(?:1er|[1-9]|[12]\d|3[01]) "
                                rf"(?:au \d{{1,2}} )?(?:{_NAMED})\b)")


def _day_bracket_specks(doc: Document, ocr: set[int]) -> None:
    """A "(" (or "{") glued before a day after "du", "le" or "au", before its month, that no
    bracket closes further on in its paragraph ("Semaine tenue du (1er au 7 octobre 2017"):
    a speck (French sets the day right after its article; a bracket opened there would close
    after the date)."""
    for text, places, holder in _ocr_paragraphs(doc, ocr):
        for m in reversed(list(_DAY_BRACKET_SPECK.finditer(text))):
            if re.search(r"[)}]", text[m.end():]):
                continue
            _put(places, m.start(1), 1, "")
            day = _next_word(text, m.end(1))
            holder.ocr_respelled.append((m.group(1) + day, day))


def _note_calls_read_as_marks(doc: Document, ocr: set[int]) -> None:
    """A "!" glued to the word closing a cell ("initiatives locales!"), in a document whose
    scanned pages print a note (a paragraph set as a footnote, or opening on a raised number):
    the note's raised call "1"
    read on the line (French sets a space before "!"), a raised span again. The word must be
    one of the list or one the document prints, so "!" is no letter of it ("AT!")."""
    if not any(isinstance(b, Paragraph) and b.page in ocr and b.spans and (
            b.style == "Footnote" or b.spans[0].superscript and b.spans[0].text.strip().isdigit())
               for b in doc.blocks):
        return
    printed = Counter(t for line, *_ in _lines(doc) for t in TOKEN.findall(line.text))
    for cell in _cells(doc):
        if not cell.paragraphs or not cell.paragraphs[-1].lines:
            continue
        line = cell.paragraphs[-1].lines[-1]
        if line.page not in ocr or not line.spans or line.spans[-1].superscript:
            continue
        span = line.spans[-1]
        m = re.search(r"(?<![^\W\d_])([^\W\d_]{2,})!$", span.text)
        if not m or not (is_word(m.group(1).lower()) or printed[m.group(1)] >= 2):
            continue
        span.text = span.text[:-1]
        line.spans.append(Span("1", underline=span.underline, superscript=True, italic=span.italic,
                               bold=span.bold))
        cell.ocr_respelled.append((m.group(), m.group(1) + "¹"))


def _heading_points(doc: Document, ocr: set[int]) -> None:
    """A point closing a heading of one line after a word of the list ("Suivi des
    interventions régionales."), in a document whose other headings close on none: a speck
    (a heading is no sentence)."""
    headings = [b for b in doc.blocks if isinstance(b, Paragraph) and b.style.startswith("Heading")
                and b.lines and b.text.strip()]
    pointed = [b for b in headings if b.text.rstrip().endswith(".")]
    if len(pointed) != 1 or len(headings) < 2:
        return
    par = pointed[0]
    span = next((s for s in reversed(par.lines[-1].spans) if s.text.strip()), None)
    m = span and re.search(r"(?<![^\W\d_])([^\W\d_]{4,})\.\s*$", span.text)
    if len(par.lines) != 1 or par.lines[0].page not in ocr or not m or not is_word(m.group(1).lower()):
        return
    span.text = span.text[:m.end(1)]
    par.ocr_respelled.append((m.group(1) + ".", m.group(1)))


def _plural_marks(doc: Document, ocr: set[int]) -> None:
    """"intervenants)" with no bracket open before it in its paragraph: the "(" of the plural
    mark "(s)" lost ("Autre(s) intervenant(s)")."""
    for text, places, holder in _ocr_paragraphs(doc, ocr):
        for m in reversed(list(_PLURAL_MARK.finditer(text))):
            before = text[:m.start()].translate(_BRACES)  # (a brace is a bracket misread)
            if before.count("(") > before.count(")") or not is_word(m.group(1)):
                continue
            _put(places, m.end(1), 0, "(")
            holder.ocr_respelled.append((m.group(), m.group(1) + "(s)"))


def _cell_ranges(doc: Document, ocr: set[int]) -> None:
    """A cell holding a range of years alone, broken over its lines or paragraphs in a narrow
    cell and its end's "1"s read as stroke letters ("2010-20" / "I i"; "2016" / "-20T" / "7":
    the dash opened a paragraph as an item's would), or its dash read "1" ("20081" / "2010"),
    is that range, on
    one line, where its end is one to ten years after its start. Its end's last digit wrapped
    alone onto the next line and misread, perhaps between specks read as brackets ("2008-201" /
    "(9)"), where it makes no such range, is the digit of its shape that does (`_DIGITS_ALIKE`;
    of two, the one whose year the document prints more often)."""
    years = Counter(y for line, *_ in _lines(doc) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", line.text))
    for cell in _cells(doc):
        lines = [line for par in cell.paragraphs for line in par.lines]
        if len(lines) < 2 or any(line.page not in ocr for line in lines):
            continue
        squeezed = "".join(span.text for line in lines for span in line.spans)
        squeezed = re.sub(r"\s+", "", squeezed)
        m = re.fullmatch(r"((?:19|20)\d\d)[-–1l|]((?:19|20)[\dlLIîïi|!tT][\dlLIîïi|!tT])", squeezed)
        whole = m and _range_whole(m.group(1), m.group(2).translate(_AS_ONES).replace("T", "1"), "")
        if not whole:
            whole = _range_last_digit(squeezed, lines, years)
        if not whole:
            continue
        cell.ocr_respelled.append((" ".join(line.text for line in lines), whole))
        first = cell.paragraphs[0]
        first.lines = first.lines[:1]
        first.lines[0].spans = first.lines[0].spans[:1]
        first.lines[0].spans[0].text = whole
        cell.paragraphs = [first]


def _range_last_digit(squeezed: str, lines: list[Line], years: Counter[str]) -> str | None:
    """See `_cell_ranges`: "2008-201(9)" (the cell's text, its spaces left out) → "2008-2010"."""
    m = re.fullmatch(r"((?:19|20)\d\d)[-–]((?:19|20)\d)[(\[{]?(\d)[)\]}]?", squeezed)
    if not m or not re.fullmatch(r"\s*[(\[{]?\d[)\]}]?\s*", lines[-1].text):
        return None  # (the digit alone on the last line)
    start, digit = int(m.group(1)), m.group(3)
    if 1 <= int(m.group(2) + digit) - start <= 10:
        return f"{m.group(1)}-{m.group(2)}{digit}"
    fits = [m.group(2) + d for d in dict.fromkeys(d for g in _DIGITS_ALIKE if digit in g for d in g)
            if d != digit and 1 <= int(m.group(2) + d) - start <= 10]
    fits.sort(key=lambda y: -years[y])
    if not fits or len(fits) > 1 and years[fits[0]] <= years[fits[1]]:
        return None
    return f"{m.group(1)}-{fits[0]}"


_O_BULLET = re.compile(r"^([o0O©]|[o0O]{2}) (?=[A-ZÀ-ÖØ-Þ][a-zß-ÿ])")


def _o_bullets(doc: Document, ocr: set[int]) -> None:
    """A "0" or "O" alone opening a line before a capitalized word, in a document whose scanned
    lines open on the bullet "o" twice or more: that bullet ("0 Dépôt du rapport"; a "0" is no
    number before a capital), or a "©" (a ring the blur filled with a speck). So are two of
    them ("Oo Démarrage": a ring a black-and-white copy broke into two arcs, each read as a
    letter)."""
    opening = [(line.spans[0], holder, m.group(1)) for line, holder, *_ in _lines(doc)
               if line.page in ocr and line.spans and (m := _O_BULLET.match(line.spans[0].text))]
    if sum(1 for *_, read in opening if read == "o") < 2:
        return
    for span, holder, read in opening:
        if read != "o":
            holder.ocr_respelled.append((read, "o"))
            span.text = "o" + span.text[len(read):]


_DASH_OPENING = re.compile(r"^-(?=[^\W\d_])")
_QUOTE_OPENING = re.compile(r'^["“”](?=[^\W\d_]{3,}[^"“”]*$)')


def _quote_bullets(doc: Document, ocr: set[int]) -> None:
    """A double quote glued to a word opening a line, no quote closing it there, in a document
    whose scanned lines open on a dash glued to a word three times or more: that dash, a
    blurred copy's bullet read as a quote ('"immigration (30/01/06)'); the word's first
    letter is then its capital where nine in ten of those dash items open on one (the dash
    run into the capital's top left it small)."""
    lines = [(line.spans[0], holder) for line, holder, *_ in _lines(doc) if line.page in ocr and line.spans]
    dashed = [span.text[1] for span, _ in lines if _DASH_OPENING.match(span.text)]
    if len(dashed) < 3:
        return
    capitals = sum(ch.isupper() for ch in dashed) >= 0.9 * len(dashed)
    for span, holder in lines:
        if _QUOTE_OPENING.match(span.text):
            first = span.text[1]
            new = "-" + (first.upper() if capitals else first) + span.text[2:]
            holder.ocr_respelled.append((span.text.split(" ")[0], new.split(" ")[0]))
            span.text = new


def _braces_closed(doc: Document, ocr: set[int]) -> None:
    """A "{" whose bracket closes further on in its paragraph, on another line ("{ octobre à" /
    "décembre 2017)"): that bracket, not a "1er" (`_BRACE_FIRST` sees one line only)."""
    for text, places, holder in _ocr_paragraphs(doc, ocr):
        for m in reversed(list(re.finditer(r"\{ ?(?=[^{}()]*\))", text))):
            _put(places, m.start(), len(m.group()), "(")
            holder.ocr_respelled.append(("{", "("))


def _closing_quote_specks(doc: Document, ocr: set[int]) -> None:
    """A double quote closing a paragraph, glued to its last word, with no quote opened in it
    ("… du plan quinquennal de développement\""): a speck after the word, read as a quote."""
    for text, places, holder in _ocr_paragraphs(doc, ocr):
        m = re.search(r"(?<=[^\W\d_])[\"”]\s*$", text)
        if m and not re.search(r"[\"“”«»]", text[:m.start()]):
            word = re.search(r"\S*$", text[:m.start()]).group()
            _put(places, m.start(), 1, "")
            holder.ocr_respelled.append((word + m.group().strip(), word))


_ONE_AS_BRACKET = re.compile(rf"(?<=[^\W\d_] )[{{(](?=\d (?!(?i:{MONTHS})\b)[^\W\d_]{{3,}})(?![^(){{}}]*[)}}])")


def _ones_as_brackets(doc: Document, ocr: set[int]) -> None:
    """A "(" or "{" glued before one digit and a word (no month: "(3 octobre 2017" is a date
    whose bracket was lost) that nothing closes further on in its paragraph ("moyenne de {8
    enfants par semaine"): a "1" the blur bent, the number's first digit."""
    for text, places, holder in _ocr_paragraphs(doc, ocr):
        for m in reversed(list(_ONE_AS_BRACKET.finditer(text))):
            _put(places, m.start(), 1, "1")
            holder.ocr_respelled.append((m.group() + text[m.end()], "1" + text[m.end()]))


def _four_per(doc: Document, ocr: set[int]) -> None:
    """`_FOUR_PER` over a paragraph's lines: in a narrow cell the "4" read "+" may stand alone
    on its line, its frequency on the next ones ("+" / "rencontres par" / "année")."""
    for text, places, holder in _ocr_paragraphs(doc, ocr):
        for m in _FOUR_PER.finditer(text):
            _put(places, m.start(), 1, "4")
            holder.ocr_respelled.append((m.group(), "4"))


def _ocr_paragraphs(doc: Document, ocr: set[int]
                    ) -> Iterator[tuple[str, list[tuple[Span, int]], Cell | Paragraph]]:
    """Each paragraph read wholly by OCR, as its text (lines joined by a space), each span
    with where it starts in that text (for `_put`), and the cell or paragraph holding it."""
    for par, holder in _paragraphs(doc):
        if not par.lines or any(line.page not in ocr for line in par.lines):
            continue
        places: list[tuple[Span, int]] = []
        text = ""
        for line in par.lines:
            text += " " if text else ""
            for span in line.spans:
                places.append((span, len(text)))
                text += span.text
        yield text, places, holder


def _closed_twice(doc: Document, ocr: set[int]) -> None:
    """A bracket closed twice ("(05/11/07))", "(section plan quinquennal))") in a paragraph that
    closes more brackets than it opens: a speck read as the second (a bilan nests none)."""
    for read, places, holder in _ocr_paragraphs(doc, ocr):
        text = read.translate(_BRACES)  # (a brace is a bracket misread: "quinquennal)}")
        at = text.find("))")
        if at > 0 and text.count(")") > text.count("(") and "(" in text[:at]:
            _put(places, at + 1, 1, "")
            opened = text.rfind("(", 0, at)
            holder.ocr_respelled.append((read[opened:at + 2], read[opened:at + 1]))


def _saints_hyphened(doc: Document, ocr: set[int]) -> None:
    """A saint's place name whose hyphen was read as a stroke ("Saint1 Côme"; the stroke may be
    a span of its own, the name on the next line): the hyphen, the space after it gone."""
    for text, places, holder in _ocr_paragraphs(doc, ocr):
        for m in reversed(list(_SAINT_STROKE.finditer(text))):
            if m.group(3):
                _put(places, m.start(3), 1, "")
            _put(places, m.end(2) - 1, 1, "-")
            if len(m.group(2)) == 2:
                _put(places, m.start(2), 1, "")
            holder.ocr_respelled.append((m.group(), m.group(1) + "-"))


def _put(places: list[tuple[Span, int]], at: int, cut: int, new: str) -> None:
    """Replace `cut` chars at `at` of a paragraph's text (see _open_brackets) by `new`, in the
    span that holds them."""
    for span, start in reversed(places):
        if start <= at <= start + len(span.text):
            k = at - start
            span.text = span.text[:k] + new + span.text[k + cut:]
            return


def _slash_lost(text: str, vocab: Vocabulary, changes: list[tuple[str, str]]) -> str:
    """Two words the document prints joined by a slash twice or more, set apart here by a
    space, or by a "!", ":" or "|" (the slash misread): the slash, as the document prints it
    most ("travail! Ressource" → "travail/Ressource")."""
    out, last, at = [], 0, 0
    while m := _SLASH_LOST.search(text, at):
        sep = vocab.slash.get((m.group(1), m.group(3)))
        if sep is not None:
            out += [text[last:m.start()], m.group(1), sep, m.group(3)]
            changes.append((m.group(), f"{m.group(1)}{sep}{m.group(3)}"))
            last = m.end()
            at = m.end()
        else:
            at = m.start(3)  # the next pair starts at the second word
    return "".join(out) + text[last:]


def _range_forward(m: re.Match, vocab: Vocabulary) -> str:
    """A range of years that ends before it starts ("2012-2011"): its start read a digit off,
    the one year the document prints twice or more, one digit off it, that opens a range to
    that end (one to ten years before it); else as read."""
    start, end = m.group(1), m.group(2)
    if start < end:
        return m.group()
    found = [y for y in vocab.years if 1 <= int(end) - int(y) <= 10 and sum(a != b for a, b in zip(y, start)) == 1]
    return f"{found[0]}-{end}" if len(found) == 1 else m.group()


def _range_whole(start: str, end: str, read: str) -> str:
    """"start-end" where that is a range of years a plan runs over (its end one to ten years
    after its start); else what was read."""
    if len(end) != 4 or not 1 <= int(end) - int(start) <= 10:
        return read
    return f"{start}-{end}"


def _span_first(m: re.Match) -> str:
    """The first day of "du … au 7 octobre" as read: its letters shaped as digits ("lO"), or
    "1er" for marks or letters that make no word ("Ea", "!ci"); a word stays."""
    read = m.group()
    day = _day_of(read.translate(_AS_DIGITS), read)
    if day != read:
        return day
    return read if read.isalpha() and is_word(read) else "1er"


def _day_of(day: str, read: str) -> str:
    """`day` where it is a day of a month (1 to 31); else what was read."""
    return day if day.isdigit() and 1 <= int(day) <= 31 else read


def _range_start(m: re.Match) -> str:
    """The range of `_RANGE_START_SPECK` with its opening year of four digits: the one digit
    that, left out, makes a year up to ten years before the range's end (one such only)."""
    read, end = m.group(1), int(m.group(3))
    fits = [y for y in _digit_less(read) if y[:2] in ("19", "20") and 0 < end - int(y) <= 10]
    return f"{fits[0]}{m.group(2)}{m.group(3)}" if len(fits) == 1 else m.group()


def _range_end(m: re.Match, changes: list[tuple[str, str]]) -> str:
    """A range of years whose end is over ten years after its start and one digit off the
    year after it ("2011-2072"): the year after it, as plans and school years run."""
    start, end = m.group(1), m.group(2)
    nxt = str(int(start) + 1)
    if int(end) - int(start) <= 10 or sum(a != b for a, b in zip(end, nxt)) != 1:
        return m.group()
    changes.append((m.group(), f"{start}-{nxt}"))
    return f"{start}-{nxt}"


def _one_of_two(m: re.Match, changes: list[tuple[str, str]]) -> str:
    """Two accented vowels of two letters in a row in a word that is none ("Dépôêt"): the one
    that makes a word, when only one does; else both as read."""
    pair = m.group()
    if pair[0].lower() == pair[1].lower():
        return pair  # one letter twice: _once's
    head, tail = _word_around(m.string, m.start(), m.end())
    if is_word((head + pair + tail).lower()):
        return pair
    keep = [ch for ch in pair if is_word((head + ch + tail).lower())]
    if len(keep) != 1:
        return pair
    changes.append((pair, keep[0]))
    return keep[0]


def _once(m: re.Match, changes: list[tuple[str, str]]) -> str:
    """One accented letter Tesseract read twice, with two accents ("ÂÀvenir", "Dêécembre") or
    plain then accented ("aâtelier": French writes no such pair): the one that makes the word
    a word, else the second; of a "c" and a "ç" ("Pascçal"), else the "c": a cedilla is no
    mark of the letter's own ink but a speck under it."""
    pair = m.group()
    if pair[0] == pair[1] or pair[0].isupper() != pair[1].isupper():
        return pair  # one letter twice ("créé"), or two letters
    head, tail = _word_around(m.string, m.start(), m.end())
    plain = next((ch for ch in pair if ch in "cC"), pair[1])
    keep = next((ch for ch in pair if is_word(head + ch + tail)), plain)
    changes.append((pair, keep))
    return keep


def _word_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The letters before `start` and after `end` in the word holding text[start:end]."""
    head = re.search(r"[^\W\d_]*$", text[:start]).group()
    tail = re.match(r"[^\W\d_]*", text[end:]).group()
    return head, tail


def _sub_around(pattern: re.Pattern, repl, text: str, after: str, before: str = "") -> str:
    """`pattern.sub(repl, text)`, its lookahead seeing `after` (the word opening the next line)
    past the end of `text`, and its lookbehind `before` (the word ending the line before) ahead
    of its start; those two words are left as they are."""
    if not after and not before:
        return pattern.sub(repl, text)
    lead = f"{before} " if before else ""
    full = f"{lead}{text} {after}" if after else f"{lead}{text}"
    out, last = [], len(lead)
    for m in pattern.finditer(full):
        if m.start() < len(lead):
            continue
        if m.end() > len(lead) + len(text):
            break
        out += [full[last:m.start()], repl(m)]
        last = m.end()
    return "".join(out) + full[last:len(lead) + len(text)]


def _next_word(text: str, at: int) -> str:
    """What follows `at` in `text` up to the next space, spaces before it skipped."""
    return re.match(r"\s*(\S*)", text[at:]).group(1)


def _word_after(text: str, at: int) -> str:
    m = TOKEN.match(text, at)
    return m.group() if m else ""


def _after_word(text: str, at: int, before: str = "") -> bool:
    """Whether a word in lower case comes just before (a space between; "à" among words of one
    letter): the word at `at` is inside a sentence for sure, not after a bullet. At the line's start, that word is
    `before`, the one ending the line before ("sur" / "Ja pauvreté")."""
    m = re.search(r"(?<![^\W\d_])([^\W\d_]{2,}|à) $", text[:at] if at else (before + " " if before else ""))
    return bool(m) and m.group(1).islower() and is_word(m.group(1))


def _after_opener(text: str, at: int, before: str = "") -> bool:
    """Whether the word just before `at` is the text's first, capitalized, a word of the list
    in lower case, with no mark before it: a verb or a noun opening an objective or an item
    ("Consolider" / "La concertation")."""
    head = text[:at] if at else (before + " " if before else "")
    # (after an objective's number or title: "Objectif 2 : Favoriser", "2.1 Favoriser")
    m = re.fullmatch(r"\s*(?:(?:Objectif|Axe|Orientation|Action|Priorité)s? ?\d+(?:\.\d+)* ?[:.–-] ?|\d+(?:\.\d+)*\.? )?"
                     r"([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{3,}) ", head)
    return bool(m) and is_word(m.group(1).lower())


def _starts_sentence(text: str, at: int) -> bool:
    """Whether the word at `at` opens a sentence: the text's first, or after a full stop, a
    colon or a bullet of any kind the reader takes ("* Cohorte", "▪ Rencontre")."""
    before = text[:at].rstrip(" ([«\"'’-")
    return not before or before[-1] in ".:;!?•–-" or before[-1] in BULLETS and not before[:-1].strip()


def _stroke_spaced(m: re.Match, changes: list[tuple[str, str]]) -> str:
    """"Annuel! ement", "Annuel ement": an "l" read "!" (or "|") and a space, or read as a space,
    inside a word: the word, where the second piece is no word and the whole is one."""
    a, b = m.group(1), m.group(2)
    if not is_word(f"{a}l{b}".lower()) or is_word(b.lower()):
        return m.group()
    changes.append((m.group() + b, f"{a}l{b}"))
    return f"{a}l"


def _rejoin(text: str, changes: list[tuple[str, str]], counts: Counter[str],
            cut: tuple[bool, bool] = (False, False)) -> str:
    """Pieces of a word the page spaced apart, joined (when one is no word and together they
    are one, or the document prints them whole elsewhere); a letter across the space put back.
    A piece `cut` says goes on in the span before or after ("participation s" + "ociale", a
    mark changing inside "sociale") belongs to that word: it is joined to nothing here."""
    parts = re.split(r"(?<=[^\W\d_]) (?=[^\W\d_])", text)
    if len(parts) == 1:
        return text
    out = [parts[0]]
    for k, part in enumerate(parts[1:], start=1):
        a = re.search(r"[^\W\d_]+$", out[-1]).group()
        b = re.match(r"[^\W\d_]+", part).group()
        if (cut[0] and k == 1 and out[0] == a) or (cut[1] and k == len(parts) - 1 and part == b):
            out.append(part)
            continue
        if part[len(b):len(b) + 1] in ("'", "’"):  # "la Table s'est": an elided word opens there
            out.append(part)
            continue
        if len(b) == 1 and b in _SAME_SHAPE and len(a) >= 4 and a[-1:].islower() and part[1:2] in ("", " ", ",", ".") \
                and is_word(a + b.lower()):
            changes.append((f"{a} {b}", a + b.lower()))  # "partenaire S": a small letter read as capital
            out[-1] += b.lower() + part[1:]
            continue
        if len(b) == 1 and b in "éèêë" and len(a) >= 4 and not is_word(a):  # "Abandonn ê": a word's accented end
            end = next((v for v in "éèêe" if is_word(a + v)), None)
            if end and part[1:2] in ("", " ", ",", ".", ";", ")"):
                changes.append((f"{a} {b}", a + end))
                out[-1] += end + part[1:]
                continue
        # ("de" + "la" stay two words however often the page ran them together)
        # (two words whose whole is none, after no prefix, are two words however the page
        # ran them together elsewhere: "développement social")
        if ((not is_word(a) or not is_word(b)) and len(a + b) >= 5 and is_word(a + b)
                or counts[a + b] and a.lower() not in _SHORT and b.lower() not in _SHORT
                and (a.lower() in _PREFIXES or not is_word(a) or not is_word(b) or is_word(a + b))) \
                and not (a[:1].islower() and b[:1].isupper()) and a not in name_words():
            changes.append((f"{a} {b}", a + b))
            out[-1] += part
            continue
        if not is_word(a) and not is_word(b) and len(b) >= 2:
            if is_word(a + b[0]) and is_word(b[1:]):  # "concertatio ndu"
                changes.append((f"{a} {b}", f"{a + b[0]} {b[1:]}"))
                out[-1] += b[0]
                part = part[1:]
            elif len(a) >= 2 and is_word(a[:-1]) and is_word(a[-1] + b):
                changes.append((f"{a} {b}", f"{a[:-1]} {a[-1] + b}"))
                out[-1] = out[-1][:-1]
                part = a[-1] + part
        out.append(part)
    return " ".join(out)


def _better(word: str, vocab: Vocabulary, doubtful: bool, sentence_start: bool,
            after_word: bool = True, following: str = "", continues: bool = False,
            after_opener: bool = False, dated: bool = False) -> str | None:
    """The word this one was meant to be, or None to keep it. `following`: what comes after
    it up to the next space; `continues`: the word opens a line, and the line before ends on
    a letter (its sentence goes on); `after_opener`: the word before opens the text with a
    capital and is a word of the list ("Consolider La concertation": "La" inside the sentence);
    `dated`: the word before is a month's or a season's name, or the word is alone in its
    cell (a number there is a year)."""
    counts, index, lower = vocab.counts, vocab.index, vocab.lower
    if word.isdigit():
        return _year(word, vocab, dated)
    if word in _NEVER_WRITTEN:
        return _NEVER_WRITTEN[word]  # "de ta CRÉ", "du CATI te 3 novembre", "Eh continu"
    if word == "Là" and sentence_start and re.match(r"(?!où\b)[a-zà-ÿ]", following) and counts["là"] >= 2:
        return "La"  # "-Là persévérance c'est capitale", in a copy that reads "là" for "la" inside
        # phrases twice or more: its specks over an "a" (the adverb opens a sentence before a
        # comma, "où" or a verb, and such a copy's "La" is read so as often)
    if word == "Ha" and after_word and following[:1].isalpha():
        return "la"  # "de Ha CRÉ": an "l" a speck ran into its neighbour read "H" (French sets no "Ha" inside a phrase)
    if len(word) >= 3 and word[0] == "Q" and word[1].islower() and word[1] != "u" \
            and not is_word(word.lower()) and is_word("o" + word[1:]):
        return "O" + word[1:]  # "Qnze projets": French writes a "q" before a "u" alone; an "O" with a speck at its foot
    if len(word) >= 5 and word[0].isupper() and word[1] == word[0].lower() and word[2:].islower() \
            and is_word(word[1:]) and not is_word(word.lower()):
        # "Qquinquennal": a small letter opening a word read twice, once as its capital
        return word[0] + word[2:] if sentence_start else word[1:]
    if len(word) >= 5 and word[0] in "Il|" and word[1] in "IJl|" and word[2:].islower() \
            and is_word("i" + word[2:]) and not is_word(word.lower()):
        return "I" + word[2:]  # "IJnventaire": a capital "I" read as two strokes
    if sentence_start and len(word) >= 5 and word[0].isupper() and word[0] not in "LDJ" and word[1].isupper() \
            and word[2:].islower() and is_word(word[1:].lower()) and not is_word(word.lower()):
        return word[1:]  # "FTransport" opening an item: its dash or a speck read as a capital
        # (an "L", "D" or "J" is an elided article or preposition: "LÉcole" is "L'École")
    if word == "L" and following[:1] in "'’" and after_word:
        nxt = TOKEN.match(following[1:])
        if nxt and (following[1:2].islower() or len(nxt.group()) >= 2 and nxt.group().isupper()
                    or vocab.pairs[("l", nxt.group())] >= 2 and vocab.pairs[("L", nxt.group())] <= 1):
            return "l"  # "sur L'analyse", "sur L'ATI" (no acronym takes a capital article), "sur
            # L'Entente" where the document prints "l'Entente": the elided article
    if word in _ARTICLES and (after_word or after_opener):
        if following[:1].isalnum() and not following[:1].isupper():
            return word.lower()  # "déposé Le 30 janvier": an article inside a sentence, not a name's
        nxt = TOKEN.match(following)
        if nxt and vocab.pairs[(word.lower(), nxt.group())] >= 2 and vocab.pairs[(word, nxt.group())] <= 1:
            return word.lower()  # "de La Table" where the document prints "la Table"
        if nxt and len(nxt.group()) >= 2 and nxt.group().isupper() and vocab.pairs[(word, nxt.group())] <= 1:
            return word.lower()  # "portant sur Les ATI": no name opens on an article before an acronym
    if word in place_words() or word in name_words():
        return None  # a Quebec place name as printed ("Alma", never the verb "aima"), or a
        # common family name ("Nadeau" opening a cell, never "Radeau")
    if word.lower() in _MONTH_SHORT:
        return None  # a month's abbreviation ("juil.", no misread "juif")
    if word in _ACRONYMS:
        return None  # "CISSS" beside the "CSSS" the document prints: two institutions
    if word.isupper() and len(word) >= 3:
        acronym = _field_acronym(word) or _read_twice(word, vocab) or _printed_acronym(word, vocab)
        if acronym:
            return acronym
        if after_word and all(ch in _SAME_SHAPE + "I" for ch in word) and is_word(word.lower()):
            return word.lower()  # "et SUIVI des": letters shaped as their capitals, an "i" its dot lost
        small = _small_read_as_capitals(word, vocab) if after_word else None
        if small:
            return small
    if len(word) >= 4 and word[0].isupper() and word[1:].islower() and not is_word(word):
        place = _place(word, doubtful) or _printed_place(word, counts)
        if place:
            return place  # "Saquenay": a Quebec place name the OCR misread
    inner = word[0] + word[1:].lower()
    if inner != word and not word.isupper() and all(ch in _SAME_SHAPE + "I" for ch in word[1:] if ch.isupper()) \
            and is_word(inner):
        return inner  # "sUivi": a small letter shaped as its capital, read as one ("munIcIpaux":
        # an "i" whose dot the blur lost, a stroke as tall as the small letters)
    if word[:1] in _SAME_SHAPE + "J" and word[1:].islower() and (
            after_word and (counts[word] <= 1 or vocab.inside(word.lower()) >= max(2, LIKELIER * vocab.inside(word)))
            and (counts[word.lower()] >= 2 or counts[word.lower()] and is_word(word.lower()))
            or word[0] == "Œ" and not sentence_start and is_word(word.lower())):
        return word.lower()  # "mise en Œuvre": a capital shaped as its small letter ("des Jeunes":
        # a "j" whose dot a blur ran into its stem; "et Suivi des" twice where the document
        # prints "Suivi" opening its headers, and "suivi" inside its sentences many times more)
    if word[:1] in "JIÎÏ|j" and len(word) >= 2 and word[1:].islower() \
            and (counts[word] <= 1 or not is_word(word) and word[0] != "j") \
            and (after_word and word[0] != "j" or not is_word(word) and (continues or not sentence_start)) \
            and is_word("l" + word[1:]):
        # "Je site", "Jes actions", "Soutenir Ja participation", "qu'à ja", "ouverts Îe 4 juillet":
        # an "l" read "J" (or "I" with a speck over it); a capital that makes no word is so
        # however often the copy misreads it ("un Jogement adapté", three times)
        return "l" + word[1:]
    if len(word) == 1 and word.isupper() and after_word and following[:1] in "'’":
        elided = TOKEN.match(following[1:])
        elided = elided.group() if elided else ""
        if word == "J" and len(elided) >= 2 and elided.isupper():
            return "l"  # "à J'OBNL": the elided article, its "l" read "J"; the pronoun "j'"
            # comes before a verb, never an acronym
        if word not in "CDJLMNST" and elided and vocab.pairs[("l", elided)] >= 2:
            return "l"  # "sur F'ATI" where the document prints "l'ATI": French elides no "f"; the
            # stroke of an "l" with a speck read as another capital
    if word == "lu" and after_word:
        nxt = TOKEN.match(following)
        if nxt and vocab.pairs[("la", nxt.group())] >= 2 and vocab.pairs[("lu", nxt.group())] <= 1:
            return "la"  # "de lu Table" where the document prints "la Table": a blurred "a" read "u"
    if word == "er" and after_word:
        # "régionaux er développement", "mettre er place": an "n" whose right stem a copy
        # thinned, read "r". French prints "er" only raised after a "1", never as a word inside
        # a sentence: it is "en", or "et" (a "t" thinned) where the document prints "et" before
        # the next word more often than "en"
        nxt = TOKEN.match(following)
        nxt = nxt.group() if nxt else ""
        return "et" if vocab.pairs[("et", nxt)] > vocab.pairs[("en", nxt)] else "en"
    if word[:1] == "H" and len(word) >= 3 and word[1:].islower() and after_word and counts[word] <= 1 \
            and not is_word(word.lower()) and is_word("l" + word[1:]):
        return "l" + word[1:]  # "de Hiaison": an "l" a speck ran into its neighbour read "H"
    if word in ("l", "L", "k") and after_word and following[:1].isalpha():
        # "de L Table", "de k réalisation": "la" read as one letter (its "a" lost, or run into
        # the "l"), before a word the document prints after "la" twice, after no other article
        # and never after that letter alone
        pairs, nxt = vocab.pairs, TOKEN.match(following)
        nxt = nxt.group() if nxt else ""
        if pairs[("la", nxt)] >= 2 and not pairs[("le", nxt)] + pairs[("les", nxt)] and pairs[(word, nxt)] <= 1:
            return "la"
    if word.islower() and len(word) == 2 and not is_word(word):
        found = _likeliest(word, _CLOSEST, same_length=True)  # "ia" for "la"
        if not found and not sentence_start and following[:1].isalpha():
            # (inside a sentence, the one word its look-alike letters make of those French
            # prints most, when the document prints it twice or more: "le CATI ei le CG",
            # a thinned "t")
            found = _likeliest(word, same_length=True)
            found = found if found and frequency(found) >= _EVERYDAY and counts[found] >= 2 else None
        return found
    if len(word) == 2 and word[0].isupper() and word[1].islower() and not is_word(word):
        # "Ea diffusion et la circulation": a capital read as one of its look-alikes (an "L"
        # a speck gave bars); the one such capital that makes one of the words French prints
        # most ("Oo", an "o" bullet in two arcs, is no "Do")
        found = {c + word[1] for g in _CAPITALS_ALIKE if word[0] in g for c in g
                 if c != word[0] and c.isalpha() and frequency(c + word[1]) >= _EVERYDAY}
        if len(found) == 1:
            return found.pop()
    if len(word) >= 4 and any(ch in _ACCENTS for ch in word) and is_word(word) and lower[word.lower()] <= 1 \
            and (n := frequency(word)) < _COMMON:
        # "Tablé régionale" where the document prints "Table" elsewhere: a rare word of the
        # list, printed once, with an accent (a speck read as one) on a word the document
        # prints, that French prints a hundred times as often
        plain = {f for f in _near(word, index) if _fold(f) == _fold(word.lower()) and lower[f] >= 1
                 and frequency(f) >= 100 * max(n, 1)}
        if len(plain) == 1:
            return _cased(plain.pop(), word)
    if len(word) < 3 or (is_word(word) and not doubtful):
        return None
    if len(word) >= 6 and word[-1] in "l1i" and lower[word[:-1].lower()] >= 2 and is_word(word[:-1]):
        return word[:-1]  # a footnote call read as a letter of the word ("développementl")
    if not is_word(word.lower()) and (split := _strokes_run_together(word, vocab, doubtful)):
        return split
    seen = lower[word.lower()]
    # (a doubted word of the list takes no spelling that is none: "Objectif" read right beside
    # two "Obiectif" a blurred copy misread stays)
    # (a word that is no word, read once, one letter off or one letter more than a word the
    # document prints three times or more, is that word: "famulle", "Coancert'action")
    # (nor does a word that is none, one of the OCR's confusions off a word of the list the
    # document prints twice or more, however often a blurred copy misreads it so: "sum" for
    # "suivi"; in small letters, or opening its sentence: a capital inside one is a name's)
    confused = _confused(word.lower()) if not is_word(word) and (word.islower() or sentence_start) else set()
    near = [(lower[f], f) for f in _near(word, index)
            if lower[f] >= 2 and (lower[f] >= 2 * max(seen, 1) or f in confused and is_word(f))
            and (doubtful and not is_word(word) and not vocab.sure[word] or looks_alike(word.lower(), f)
                 or (word.islower() or sentence_start) and _letter_lost(word.lower(), f)
                 or seen <= 1 and lower[f] >= 3 and len(word) >= 5 and len(f) in (len(word), len(word) - 1)
                 and not is_word(word)) and (is_word(f) or not is_word(word) and not _misread_word(f))]
    # (of a doubted word's neighbours, those it looks like first: "ies" read at 4 is the "les" a
    # thin stroke makes, not the "des" the document prints more often)
    near = [n for n in near if looks_alike(word.lower(), n[1])] or near
    if near:
        near.sort(reverse=True)
        best_n, best = near[0]
        if len(near) == 1 or best_n >= 2 * near[1][0]:
            if sentence_start and best[1:] == word.lower():
                return best[:1].upper() + best[1:]  # "mmigration" opening an item: its capital lost
            return _cased(best, word)
    if len(word) == 3 and word.islower() and after_word and not is_word(word):
        # "participer dux instances" read surely: a word of three letters that is none, inside
        # a sentence, one letter off one only of the words of the list of three letters the
        # document prints three times or more ("aux"; "kes" beside "les" and "des" stays)
        found = {f for f in _near(word, index) if len(f) == 3 and lower[f] >= 3 and is_word(f)}
        if len(found) == 1:
            return found.pop()
    if len(word) == 3 and word.islower() and (after_word or after_opener) and not is_word(word):
        # (or the one word of three letters its look-alike letters make that is one of the
        # words French prints most: "Soutenir ies familles" where the document prints "les"
        # once besides; "qne", "nne", "dcs")
        likeliest = _likeliest(word, same_length=True)
        if likeliest and frequency(likeliest) >= _EVERYDAY:
            return likeliest
    if len(word) == 3 and word[0] == "à" and word[1:] in _SHORT and not is_word(word):
        return f"à {word[1:]}"  # "rapport àla CRÉ": the two set too close
    if is_word(word) or word.isupper() or len(word) < 4:
        return None
    # (a capitalized word inside a sentence is a name: "Mme Lavoie" is no "La voie")
    two = (_two_words(word, vocab) if word[1:].islower() and (word.islower() or sentence_start) else None) \
        or _elided(word, counts)
    if two:
        return two
    run = _INTO_CAPITALS.fullmatch(word)  # small words run into a name in capitals ("delaCRÉ")
    if run and counts[run.group(2)] >= 2:
        head = run.group(1)
        head = head if is_word(head) else _two_words(head, vocab)
        if head:
            return f"{head} {run.group(2)}"
    if word[0].isupper() and not sentence_start and not doubtful:
        # a name: only the document knows how it is spelled; unless it is a common word
        # capitalized in a name, misread ("la Saciété d'habitation")
        common = _likeliest(word.lower()) if word[1:].islower() else None
        return _cased(common, word) if common and frequency(common) >= _COMMON else _rn_for_m(word)
    found = _likeliest(word.lower()) or (_confused_and_marked(word) if word.islower() else None) \
        or (_rn_for_m(word) if sentence_start and word[:1].isupper() else None) \
        or _accents_made_up(word.lower()) or (_speck_accent(word) if word.islower() else None) \
        or (_speck_over_c(word, doubtful) if word.islower() else None) \
        or (_one_short(word.lower()) if doubtful and len(word) >= 5 and (word.islower() or sentence_start) else None) \
        or (_two_alike(word.lower()) if word.islower() or sentence_start else None) \
        or (_one_more(word) if word.islower() else None)
    if not found and word.islower():  # two long words set too close, however often ("développementsocial")
        cuts = [f"{word[:i]} {word[i:]}" for i in range(4, len(word) - 3)
                if is_word(word[:i]) and is_word(word[i:]) and word[:i] not in _PREFIXES]
        if len(cuts) == 1:
            return cuts[0]
    if seen >= 2 and not doubtful and not (found and lower[found]) and not _stroke_for_stroke(word.lower(), found):
        return None  # the document's own spelling, unless it also prints the list's word
    if found and sentence_start and found[1:] == word.lower():
        return "I" + found[1:]  # "mmigration" opening an item: its capital "I", a stroke lost
    if not found and sentence_start and not continues and word.islower() and len(word) >= 5:
        found = _capital_lost(word)
        if found:
            return found  # "-ohorte" opening an item: its capital run into the dash and lost
    if found and sentence_start and word[0] in "l|" and found == "i" + word[1:]:
        return "I" + found[1:]  # "-ltinérance" opening an item: a stroke there is the capital "I"
    return _cased(found, word) if found else None


def _strokes_run_together(word: str, vocab: Vocabulary, doubtful: bool) -> str | None:
    """A word that is none holding a letter a blurred copy made of two run together, as the one
    word of the list the document prints twice or more it makes once they are set apart: an
    "ï" that is "li" ("Réaïsation": "Réalisation"); or, in a word Tesseract doubted, an "m"
    that is "in", with one look-alike letter more ("amst": "ainsi"), or the one common word of
    the list so made when the document prints none twice (a word of four letters or more:
    "Mme" stays)."""
    low = word.lower()
    found = {low.replace("ï", two, 1) for two in ("li", "il")} if "ï" in low else set()
    if not found and doubtful:
        for i in (i for i, ch in enumerate(low) if ch == "m"):
            split = low[:i] + "in" + low[i + 1:]
            found |= {split} | {split[:k] + a + split[k + 1:] for k in range(len(split)) for a in _alike_of(split[k])}
    printed = {f for f in found if vocab.lower[f] >= 2 and is_word(f)}
    if not printed and "ï" not in low and len(low) >= 4:
        # (or the one common word of the list it makes: the document may print it once, read so)
        printed = {f for f in found if is_word(f) and frequency(f) >= _COMMON}
    return _cased(printed.pop(), word) if len(printed) == 1 else None


def _small_read_as_capitals(word: str, vocab: Vocabulary) -> str | None:
    """A word in capitals after a word, of six letters or more, printed once, whose small
    letters make no word ("dans les OTLANISMES communautaires": a blurred copy's small letters
    read as capitals, two of them misread): the one word of the list the document prints twice
    or more, as long and two letters off at most."""
    from rapidfuzz.distance import Levenshtein

    low = word.lower()
    if len(word) < 6 or vocab.counts[word] > 1 or is_word(low):
        return None
    found = [f for f, n in vocab.lower.items() if n >= 2 and len(f) == len(low) and f != low and is_word(f)
             and Levenshtein.distance(low, f, score_cutoff=2) <= 2]
    return found[0] if len(found) == 1 else None


def _speck_over_c(low: str, doubtful: bool = True) -> str | None:
    """The one word of the list a doubted word is with one of its "t" a "c": a speck over a
    "c" reads as the top of a "t" ("amortée"). A "t" read surely stays ("Agente", which the
    list lacks, is no "Agence"), but in a word that is none of one of the words French prints
    most ("avet": "avec")."""
    found = {fixed for fixed in _undone(low, "t", "c") if is_word(fixed)}
    if len(found) != 1:
        return None
    fixed = found.pop()
    return fixed if doubtful or frequency(fixed) >= _EVERYDAY else None


def _rn_for_m(word: str) -> str | None:
    """A name in small letters after its capital that is no word, with an "rn" that reads as
    a word once it is the "m" a blur split ("Saint-Clérnent"): that word, the name's own
    spelling (a name with a true "rn" is no word with an "m": "Arnaud", "Vernon"); or, in a
    word of six letters or more, a common word one look-alike letter further ("Farnilie")."""
    if not word[1:].islower():
        return None
    undone = _undone(word.lower(), "rn", "m")
    found = {f for f in undone if is_word(f)}
    if not found:  # and one look-alike letter more, into a common word ("Farnilie": "Famille")
        found = {c for f in undone if len(f) >= 6 and (c := _likeliest(f, same_length=True))
                 and frequency(c) >= _COMMON}
    return _cased(found.pop(), word) if len(found) == 1 else None


def _speck_accent(low: str) -> str | None:
    """A word in small letters that is none with one accent, plain no word either, whose plain
    form is one look-alike letter from the likeliest word of the list ("instènces": a speck
    over an "a" read "è"): the accent was a speck, and the letter under it misread. (Not a
    capitalized word: "Saint-" / "Éloi" is a name, no "aloi".)"""
    marked = [ch for ch in low if ch in _UNMARKED]
    if len(marked) != 1:
        return None
    plain = low.translate(str.maketrans(_UNMARKED))
    if is_word(plain):
        return None
    found = _likeliest(plain, same_length=True)
    return found if found and found != plain else None


def _article_stroked(m: re.Match, changes: list[tuple[str, str]]) -> str:
    """The article a word after an infinitive or a preposition is with a thin stroke less
    ("Soutenir lies familles", "sur lies services": "les"): French sets an article there, and
    the word read, though a word ("lies", "dies"), is none of the few that follow so."""
    read = m.group(1)
    verb = m.string[:m.start()].split()[-1]
    if not _BEFORE_ARTICLE.search(verb):
        return read
    word = "l" + read[1:] if read[0] in "IÎÏ" else read  # its "l" read "I" too ("Îies")
    found = {word[:i] + word[i + 1:] for i in range(len(word)) if word[i] in _THIN} & _DETERMINERS
    if word in _DETERMINERS or len(found) != 1 or not is_word(verb.lower()):
        return read
    return _recorded(read, found.pop(), changes)


_PLURAL_DETERMINERS = {"des", "les", "aux", "ses", "ces", "leurs", "nos", "vos", "plusieurs", "quelques"}


def _plural_before(head: str) -> bool:
    """Whether `head` ends on a word in the singular after a plural determiner ("des
    recommandation"), which with an "s" is a word."""
    words = head.split()
    return len(words) >= 2 and words[-2].lower() in _PLURAL_DETERMINERS and words[-1].isalpha() \
        and is_word(words[-1].lower() + "s")


def _word_before(text: str, at: int, before: str = "") -> str:
    """The word just before `at`, one space apart ("" after a mark); at the text's start,
    `before`, the word ending the line before."""
    head = text[:at]
    if not head:
        return TOKEN.findall(before)[-1] if TOKEN.findall(before) and before[-1:].isalpha() else ""
    m = re.search(r"([^\W\d_]+) $", head)
    return m.group(1) if m else ""


def _elision_lost(word: str, prev: str, vocab: Vocabulary) -> str | None:
    """An acronym opening on a vowel after "le", "la", "de" or "du" (French elides them there:
    "l'ATI", "de l'ATI"), with its first letter lost ("par le ATI"): the acronym the document
    prints with one letter more before it twice or more ("CATI"), when only one."""
    if prev not in _ELIDED_BEFORE_VOWEL or len(word) < 2 or not word.isupper() or word[0] not in _CAPITAL_VOWELS:
        return None
    found = [w for w, n in vocab.counts.items() if n >= 2 and len(w) == len(word) + 1 and w[1:] == word and w.isupper()]
    return found[0] if len(found) == 1 else None


def _pair_printed(word: str, prev: str, vocab: Vocabulary, following: str = "") -> str | None:
    """A word in small letters printed once after `prev`, one edit from the one word the
    document prints after `prev` twice or more ("persévérance solaire" beside "persévérance
    scolaire"): a word of the list misread as another, which only the document's own phrase
    tells. So is a word with accents printed once before the word after it (`following`),
    whose plain form the document prints before that word twice or more ("cuisinés
    collectives" beside "cuisines collectives"): specks read as accents."""
    lost = _letter_lost_in_phrase(word, prev, following, vocab) or _one_off_before(word, following, vocab)
    if lost:
        return lost
    if len(word) >= 4 and word[0].isupper() and word[1:].islower() and vocab.counts[word] <= 1 and prev:
        # (a capitalized one too, its capital misread, where the document prints the other
        # after `prev` three times or more: "de la Fable" beside "la Table")
        found = [w for w in vocab.after(prev) if w[1:] == word[1:] and w[0].isupper() and w != word
                 and vocab.pairs[(prev, w)] >= 3]
        return found[0] if len(found) == 1 else None
    if len(word) < 4 or not word.islower() or vocab.counts[word] > 1:
        return None
    nxt = TOKEN.match(following)
    plain = _fold(word)
    if nxt and plain != word and vocab.pairs[(plain, nxt.group())] >= 2:
        return plain
    if not prev:
        return None
    found = [w for w in vocab.after(prev) if w.islower() and _one_edit(word, w)]
    if len(found) != 1 or is_word(word) and not is_word(found[0]):
        return None  # (a word of the list is not taken for one that is none: "âgées" beside two "ägées")
    return found[0]


def _letter_lost_in_phrase(word: str, prev: str, following: str, vocab: Vocabulary) -> str | None:
    """A rare word of the list printed once, one letter short of the one word the document
    prints after the same word or before the same word, that French prints a hundred times as
    often ("pauvreté dan les" beside "dans les"; "par la Vile" beside "la Ville"): a letter
    a copy lost, leaving another word."""
    if len(word) < 3 or not word.isalpha() or vocab.counts[word] > 1 or not is_word(word.lower()):
        return None
    nxt = TOKEN.match(following)
    nxt = nxt.group() if nxt else ""
    least = 100 * max(frequency(word.lower()), 1)
    found = {_cased(w, word) for w in vocab.index.get(word.lower(), ()) if len(w) == len(word) + 1
             and frequency(w) >= least}
    found = {w for w in found if vocab.counts[w] >= 2 and (prev and vocab.pairs[(prev, w)] or nxt and vocab.pairs[(w, nxt)])}
    return found.pop() if len(found) == 1 else None


def _one_off_before(word: str, following: str, vocab: Vocabulary) -> str | None:
    """A word printed once, one letter off (the first kept) the one word the document prints
    before the same next word three times or more ("Persévérante scolaire" beside five
    "Persévérance scolaire"): a copy's misread letter, which only the document's phrase tells."""
    nxt = TOKEN.match(following)
    if len(word) < 4 or vocab.counts[word] > 1 or not nxt:
        return None
    found = [w for (w, b), n in vocab.pairs.items() if b == nxt.group() and n >= 3 and len(w) == len(word)
             and w[0] == word[0] and sum(x != y for x, y in zip(w, word)) == 1]
    return found[0] if len(found) == 1 else None


def _capital_lost(word: str) -> str | None:
    """The word of the list that `word` is with one letter before it, when it is LIKELIER
    times as frequent as the next such word, or the only one; capitalized ("ohorte":
    "Cohorte"; "ocal" may be "local" or "vocal": none)."""
    ranked = sorted(((n, c + word) for c in _LETTERS if (n := frequency(c + word))), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][0] < LIKELIER * ranked[1][0]):
        return None
    return ranked[0][1][:1].upper() + ranked[0][1][1:]


def _elided(word: str, counts: Counter[str]) -> str | None:
    """"l'" or "d'" and a word opening on a vowel, the apostrophe lost: a word of the list
    (after a prefix, perhaps: "lintergénération"), or a capitalized word the document prints
    twice or more, or a place name ("lOutaouais")."""
    rest = word[1:]
    if word[0] in "ldLD" and rest[:1] in "aàâeéèêiîoôuhy" and len(rest) >= 4 and rest.islower():
        whole = is_word(rest) or any(rest.startswith(p) and is_word(rest[len(p):]) for p in _PREFIXES)
    elif word[0] in "ld" and rest[:1] in _CAPITAL_VOWELS and rest[1:].islower():
        whole = counts[rest] >= 2 or rest in place_words()
    else:
        return None
    return f"{word[0]}'{rest}" if whole else None


def _accents_made_up(low: str) -> str | None:
    """The one word of the list that `low` (no word) is with two or more of its accents left
    off, the fewest that make a word ("sérvicés": "services"; specks over the letters of a
    blurred copy read as accents). One accent alone is `_likeliest`'s."""
    marked = [i for i, ch in enumerate(low) if ch in _ACCENTS]
    for n in range(2, min(len(marked), 3) + 1):
        hits = {plain for picked in itertools.combinations(marked, n)
                if is_word(plain := "".join(_UNMARKED.get(ch, ch) if i in picked else ch for i, ch in enumerate(low)))}
        if hits:
            return hits.pop() if len(hits) == 1 else None
    return None


def _confused_and_marked(low: str) -> str | None:
    """A word in small letters read with "m" as "rn" (or another of the OCR's confusions) and
    an accent misread too ("farnillé"): the confusion undone, then one accent changed
    ("famille"). Not a capitalized one, perhaps a name ("Côme" never becomes "Corne")."""
    for wrong, right in _CONFUSIONS:
        if wrong in low and not is_word(fixed := low.replace(wrong, right, 1)):
            found = _likeliest(fixed, _ACCENT_GROUPS, same_length=True)
            if found:
                return found
    return None


def _field_acronym(word: str) -> str | None:
    """The one acronym of the field (_ACRONYMS) a word in capitals that is none of them is
    one look-alike capital off ("CRE" / "CRÉ": an accent lost; "OBNE" / "OBNL")."""
    found = [a for a in _ACRONYMS if len(a) == len(word) and sum(x != y for x, y in zip(a, word)) == 1
             and all(x == y or any(x in g and y in g for g in _CAPITALS_ALIKE) for x, y in zip(a, word))]
    return found[0] if len(found) == 1 else None


def _dollar_day(m: re.Match) -> str:
    """`_DATE_DOLLAR`'s day with its "$" read as the "5" it is, when that makes a day."""
    day = f"{m.group(1)}5" if m.group(1) else f"5{m.group(2)}"
    return day if 1 <= int(day) <= 31 else m.group()


def _digit_capital(m: re.Match, vocab: Vocabulary) -> str:
    """A digit glued before capitals, read once, whose look-alike capital makes the acronym the
    document prints three times or more ("7DS" beside "TDS": a "T" whose stem the blur bent)."""
    acronym = _CAPITAL_OF_DIGIT.get(m.group(1), "") + m.group(2)
    return acronym if vocab.counts[acronym] >= 3 and vocab.counts[m.group(2)] <= 1 else m.group()


def _printed_acronym(word: str, vocab: Vocabulary) -> str | None:
    """A word in capitals read once, no acronym of the field, one look-alike capital off the
    one acronym the document prints three times or more ("TBS" / "TDS", "RODS" / "RQDS")."""
    if vocab.counts[word] > 1:
        return None
    found = [a for a, n in vocab.counts.items() if n >= 3 and len(a) == len(word) and a.isupper() and a != word
             and sum(x != y for x, y in zip(a, word)) == 1
             and all(x == y or any(x in g and y in g for g in _CAPITALS_ALIKE) for x, y in zip(a, word))]
    return found[0] if len(found) == 1 else None


def _read_twice(word: str, vocab: Vocabulary) -> str | None:
    """A word in capitals with one letter read twice ("ATTI"), where the document prints it
    with that letter once twice or more, and twice as often ("ATI")."""
    for i in range(len(word) - 1):
        once = word[:i] + word[i + 1:]
        if word[i] == word[i + 1] and vocab.counts[once] >= max(2, 2 * vocab.counts[word]):
            return once
    return None


def _two_words(word: str, vocab: Vocabulary) -> str | None:
    """Two words the page set too close ("concertationdu", "dela", "Encours"): one of them a
    short one, or the two a pair the document prints twice or more ("développementsocial")."""
    cuts = [(word[:i], word[i:]) for i in range(len(word) - 1, 0, -1)]
    return next((f"{a} {b}" for a, b in cuts if is_word(a) and is_word(b)
                 and (a.lower() in _SHORT or b in _SHORT) and (len(a) >= 2 or a.lower() == "à")
                 and (len(b) >= 2 or b == "à")), None) \
        or next((f"{a} {b}" for a, b in cuts if vocab.pairs[(a, b)] >= 2), None)


def _stroke_for_stroke(read: str, meant: str | None) -> bool:
    """Whether `meant` is `read` with one thin stroke read as another ("Coliectivité",
    "Cotlectivité": an "l" whose foot the blur spread into a "t"), with
    "rn" run into an "m" ("Toumée") or an "m" split into "rn" ("Cornité"), with a "j"
    whose tail the blur took read "i" ("Obiectif"), or an "r" whose arm the blur ran down
    into a second stem read "n" ("Transpont"): a misreading a blurred copy repeats, so the
    document printing it twice does not make it a spelling."""
    return meant is not None and (len(read) == len(meant) and (looks_alike(read, meant, [_CLOSEST[0] + "t"])
                                                               or looks_alike(read, meant, ["ij"])
                                                               and read.count("i") > meant.count("i")
                                                               or looks_alike(read, meant, ["rn"])
                                                               and read.count("n") > meant.count("n"))
                                  or "m" in read and read.replace("m", "rn", 1) == meant
                                  or "rn" in read and read.replace("rn", "m", 1) == meant)


def _place(word: str, doubtful: bool = False, names: frozenset[str] | None = None) -> str | None:
    """The one Quebec place word (extract/places.py) the OCR could have read as `word`: as
    long, and each letter that differs one that looks like it ("q" / "g", "v" / "y"), one
    letter in a word of under seven, two in a longer one; in a name of _LONG_PLACE letters or
    more, one letter of any shape ("Memphrémasog": no other word lies so close to so long a
    name), or one letter of any shape made up inside it, the rest read right ("Mermphrémagog").
    A word may also hold one letter made up: a thin stroke read as a letter of its
    own ("Ailma"), or one glyph read as two letters that look like it ("vy" for "y", "bp" for
    "p"), with, in a word of eight letters or more, one look-alike letter besides
    ("Saquenavy", "Membphrémagoq"); in a word of seven or more that Tesseract doubted, any
    letter ("Donnaconsa": nine glyphs read as ten letters). Any may hold an "m" read as "rn"
    ("Mernphrémagog"), or another of the OCR's confusions with every other letter read right
    ("Estne": "ri" read "n"); a word of six letters or more may have lost a thin letter ("i",
    "l", "t": "Montérége"), one of eight or more with one look-alike letter besides
    ("Bas-Sont-Laurent")."""
    names = place_words() if names is None else names
    if word in names:
        return None
    found = _place_as_read(word, doubtful, names)
    if found is None and "qa" in word:  # a "g" read as two letters ("Saqauenav"): one letter shorter
        found = _place_as_read(word.replace("qa", "g", 1), doubtful, names)
    at = word.find("rn")
    while found is None and at > 0:  # an "m" read as "rn" ("Mernphrémagog")
        found = _place_as_read(word[:at] + "m" + word[at + 2:], doubtful, names)
        at = word.find("rn", at + 1)
    if found is None:  # another of the OCR's confusions, the name then read right ("Estne": "ri" as "n")
        whole = {f for f in _confused(word) if f in names}
        found = whole.pop() if len(whole) == 1 else None
    if found is None and doubtful and len(word) >= _LONG_PLACE:
        found = _place_far(word, names)
    return found


def _place_far(word: str, names: frozenset[str]) -> str | None:
    """A long name Tesseract doubted, read with three letters off, of any shape and made up or
    lost ("Mempohrémasos" for "Memphrémagog"): the one place name within three edits, none
    other within five (no two long names lie so close that a misreading would fall between)."""
    from rapidfuzz.distance import Levenshtein

    low = word.lower()
    near = [(d, name) for name in names if abs(len(name) - len(word)) <= 3
            and (d := Levenshtein.distance(low, name.lower(), score_cutoff=5)) <= 5]
    return near[0][1] if len(near) == 1 and near[0][0] <= 3 else None


def _place_as_read(word: str, doubtful: bool, names: frozenset[str]) -> str | None:
    limit = 1 if len(word) < 7 else 2
    low = word.lower()
    found = []
    for name in names:
        if len(name) != len(word):
            if _double_l_read_once(low, name.lower()):
                found.append(name)  # "Plessisvile": a double "l" run into one
            elif len(word) == len(name) + 1 and any(
                    _alike_within(low[:i] + low[i + 1:], name.lower(), 1 if len(word) >= 8 else 0)
                    for i in range(1, len(word))
                    if low[i] in _THIN or _beside_alike(low, i) or doubtful and len(word) >= 7):
                found.append(name)  # a letter made up ("Ailma", "Saquenavy", "Donnaconsa")
            elif len(name) >= _LONG_PLACE and len(word) == len(name) + 1 and any(
                    low[:i] + low[i + 1:] == name.lower() for i in range(1, len(word) - 1)):
                found.append(name)  # ... of any shape inside a long name, the rest read right ("Mermphrémagog")
            elif len(word) >= 6 and len(name) == len(word) + 1 and any(
                    _alike_within(low, name.lower()[:i] + name.lower()[i + 1:], 1 if len(word) >= 8 else 0)
                    for i in range(1, len(name)) if name.lower()[i] in "ilt"):
                found.append(name)  # a thin letter lost ("Montérége": its "i" faded in a blurred
                # copy), with one look-alike letter besides in a longer word ("Bas-Sont-Laurent")
            continue
        diff = [(a, b) for a, b in zip(low, name.lower()) if a != b]
        if len(diff) <= limit and all(any(a in g and b in g for g in _ALIKE) for a, b in diff) \
                or len(diff) == 1 and len(word) >= _LONG_PLACE:
            found.append(name)
    return found[0] if len(found) == 1 else None


def _beside_alike(word: str, i: int) -> bool:
    """The letter at `i` looks like a letter beside it: one glyph read as two ("vy" for "y",
    "bp" for "p": a bowl on a stem, up or down)."""
    return any(0 <= j < len(word) and (any(word[i] in g and word[j] in g for g in _ALIKE)
                                       or {word[i], word[j]} == _MIRRORED) for j in (i - 1, i + 1))


def _alike_within(read: str, meant: str, limit: int) -> bool:
    """`read` is `meant` but for `limit` letters at most, each one that looks like it."""
    diff = [(a, b) for a, b in zip(read, meant) if a != b]
    return len(read) == len(meant) and len(diff) <= limit and all(
        any(a in g and b in g for g in _ALIKE) for a, b in diff)


def _printed_place(word: str, counts: Counter[str]) -> str | None:
    """The one Quebec place name of seven letters or more that the document prints three times
    or more and `word`, printed once, differs from by one letter of any shape ("Outsouais"
    among the Table's "Outaouais"); for a word of eight letters or more, the one such name
    within three edits of it ("Saqueravy" in a bilan of the Saguenay)."""
    from rapidfuzz.distance import Levenshtein

    if len(word) < 7 or counts[word] > 1 or word in place_words():
        return None
    printed = [name for name, n in counts.items() if n >= 3 and name in place_words()]
    found = [name for name in printed if len(name) == len(word) and sum(a != b for a, b in zip(word, name)) == 1]
    if not found and len(word) >= 8:
        found = [name for name in printed if len(name) >= 7
                 and Levenshtein.distance(word.lower(), name.lower(), score_cutoff=3) <= 3]
    return found[0] if len(found) == 1 else None


def _compound(m: re.Match, changes: list[tuple[str, str]]) -> str:
    """A hyphenated place name misread in a part that is itself a word or none ("Lac-Saint-lean":
    "lean" alone would be cut into "le an"), set right as a whole, or as the end or the start of
    a longer compound ("Saguenay-Lac-Saint-lean")."""
    word = m.group()
    parts = word.split("-")
    for a, b in [(0, len(parts))] + [(i, len(parts)) for i in range(1, len(parts) - 1)] \
            + [(0, j) for j in range(len(parts) - 1, 1, -1)]:
        piece = "-".join(parts[a:b])
        if piece in place_compounds():
            return word
        new = piece[:1].isupper() and _place(piece, names=place_compounds())
        if new and piece.isupper():  # a name in a title set in capitals stays in capitals
            new = new.upper() if new.upper() != piece else None
        if new:
            changes.append((piece, new))
            return "-".join(parts[:a] + [new] + parts[b:])
    return word


def _with_article(m: re.Match, changes: list[tuple[str, str]]) -> str:
    """A place named with its article ("Les Basques", "La Mitis"), its word misread and no
    word ("Les Basaues"): the one such name whose word it could be, read as `_place` reads."""
    article, word = m.group(1), m.group(2)
    if is_word(word.lower()):
        return m.group()
    names = frozenset(name.split(" ", 1)[1] for name in PLACES
                      if name.startswith(article + " ") and " " not in name.split(" ", 1)[1])
    new = _place(word, names=names)
    if not new:
        return m.group()
    changes.append((word, new))
    return f"{article} {new}"


def _printed_whole(m: re.Match, vocab: Vocabulary) -> str:
    """Two pieces that are no words with a "-" between them ("Obje-uif": a blurred "ct" read
    "-u"), as long as a word the document prints twice or more and two letters off it
    at most, opening on the same two letters: that word ("Objectif"), when it is the only one."""
    from rapidfuzz.distance import Levenshtein

    read = m.group()
    a, b = m.group(1), m.group(2)
    if is_word(a.lower()) or is_word(b.lower()) or is_word(read.lower()) or vocab.counts[read]:
        return read
    found = [w for w, n in vocab.counts.items() if n >= 2 and len(w) == len(read) and w[:2] == read[:2]
             and w.isalpha() and Levenshtein.distance(w, read, score_cutoff=2) <= 2]
    return found[0] if len(found) == 1 else read


def _speck_in_compound(m: re.Match, after: str, vocab: Vocabulary) -> str:
    """A compound's parts with a speck read as a mark between them ("Côte- . Nord"; or "Côte- ."
    closing its line, "Nord" opening the next): joined where the compound is a Quebec place or
    one the document prints."""
    nxt = m.group(2) if m.group(2) is not None else (re.match(r"[A-ZÀ-Ý][^\W\d_]*", after) or [""])[0]
    whole = m.group(1) + nxt
    if not nxt or not (whole in place_compounds() or vocab.counts[whole]):
        return m.group()
    return m.group(1) + (m.group(2) or "")


_HEAD = re.compile(r"(?<![\w-])((?:[^\W\d_]+-)+)$")  # a compound's parts ending a line on its hyphen
_TAIL = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # ... and the rest opening the next


def _wrapped_compound(text: str, after: str, changes: list[tuple[str, str]], before: str = "") -> str:
    """A place name wrapped at its hyphen ("Baïe-" / "Comeau", "Bas-" / "Sant-Laurent"): checked
    whole with the word opening the next line (or ending the line before), its part on this
    line set right (the other line's is its own)."""
    m = _HEAD.search(text)
    nxt = _TAIL.match(after) if m and after else None
    new = _place_across(m.group(1), nxt.group()) if nxt is not None else None
    if new is not None and new.endswith("-" + nxt.group()):
        head = new[:len(new) - len(nxt.group())]
        changes.append((m.group(1), head))
        text = text[:m.start(1)] + head
    prev = _HEAD.search(before) if before else None
    tail = _TAIL.match(text) if prev else None
    new = _place_across(prev.group(1), tail.group()) if tail is not None \
        and text[tail.end():tail.end() + 1] != "-" else None
    if new is not None and new.startswith(prev.group(1)):
        rest = new[len(prev.group(1)):]
        changes.append((tail.group(), rest))
        text = rest + text[tail.end():]
    return text


def _place_across(head: str, tail: str) -> str | None:
    """The compound a wrap cut after `head` set right whole (`_compound`), or None where it
    stays as read."""
    whole = head + tail
    new = _compound(_COMPOUND.fullmatch(whole), [])
    return new if new != whole else None


def _likeliest(low: str, groups: list[str] = _ALIKE, same_length: bool = False) -> str | None:
    """The word of the list that looks like `low` (`looks_alike`), when it is LIKELIER times as
    frequent as the next one that does, or the only one."""
    ranked = sorted(((n, c) for c in _edits(low) if (not same_length or len(c) == len(low))
                     and (n := frequency(c)) and looks_alike(low, c, groups)), reverse=True)
    if any(ch in _ACCENTS for ch in low):  # an accent read is a mark on the page, perhaps of another kind
        ranked = [r for r in ranked if _keeps_accent(low, r[1])] or ranked
    # an accent lost or misread is likelier than a letter of another shape ("ainées": "aînées",
    # not "aimées", an "m" read "n")
    plain = _fold(low)
    ranked = [r for r in ranked if _fold(r[1]) == plain] or ranked
    if len(ranked) > 1 and ranked[0][0] < LIKELIER * ranked[1][0] and len(low) >= 4:
        # a thin stroke read as another is likelier than any other letter misread ("Gaia":
        # "Gala" rather than "gaie"; "fangues": "langues", an "l" with a speck for a bar,
        # rather than "fringues")
        ranked = [r for r in ranked if len(r[1]) == len(low) and all(
            a == b or a in _STROKE_LETTERS and b in _STROKE_LETTERS for a, b in zip(low, r[1]))] or ranked
    if not ranked or (len(ranked) > 1 and ranked[0][0] < LIKELIER * ranked[1][0]):
        return None
    return ranked[0][1]


def _two_alike(low: str) -> str | None:
    """The one word of the list that `low`, no word of eight letters or more, is with two of
    its letters read as look-alikes ("Pramotian": "Promotion", two "o" read "a" in a channel
    heading carried over four items), when a common one (_COMMON): a word the list lacks, read
    right, may lie as close to a rare word ("népalais", two letters from "régalais"). In a
    shorter word two letters off may make another word as well."""
    if len(low) < 8 or is_word(low):
        return None
    found = set()
    for i, j in itertools.combinations(range(len(low)), 2):
        for a in _alike_of(low[i]):
            for b in _alike_of(low[j]):
                fixed = low[:i] + a + low[i + 1:j] + b + low[j + 1:]
                if is_word(fixed):
                    found.add(fixed)
                    if len(found) > 1:
                        return None
    fixed = found.pop() if found else None
    return fixed if fixed and frequency(fixed) >= _COMMON else None


@functools.lru_cache(maxsize=None)
def _alike_of(ch: str) -> str:
    """The letters `ch` looks like (_ALIKE), itself left out."""
    return "".join(sorted({c for g in _ALIKE if ch in g for c in g if c != ch and c.isalpha()}))


def _one_short(low: str) -> str | None:
    """The word of the list that `low`, a word Tesseract doubted, is with one letter lost
    ("interculturele"), when LIKELIER times as frequent as any other. (Not for a capitalized
    word inside a sentence, a name: "site Internet" is no "Internent".)"""
    ranked = sorted(((n, c) for c in _edits(low) if len(c) == len(low) + 1 and (n := frequency(c))), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0][0] < LIKELIER * ranked[1][0]):
        return None
    return ranked[0][1]


def _one_more(low: str) -> str | None:
    """The one word of the list that `low`, a word of six letters or more that is none, is
    with one letter made up ("remnis": "remis", a blurred "m" read "mn"), when a common one
    (_COMMON): a rare word one letter short of a word the list lacks would be a guess."""
    if len(low) < 6:
        return None
    found = {low[:i] + low[i + 1:] for i in range(len(low))}
    found = {f for f in found if is_word(f)}
    fixed = found.pop() if len(found) == 1 else None
    return fixed if fixed and frequency(fixed) >= _COMMON else None


def _letter_lost(read: str, meant: str) -> bool:
    """`read`, no word of four letters or more, is `meant` with one letter lost ("Non amorc":
    a faint "é" at its end). (Only in small letters, or opening a sentence, "-Collectiité des
    Aînés": inside one, a capitalized word one letter off is another name.)"""
    return len(meant) == len(read) + 1 and len(read) >= 4 and not is_word(read) and any(
        meant[:i] + meant[i + 1:] == read for i in range(len(meant)))


def _near(word: str, index: dict[str, set[str]]) -> list[str]:
    """The document's words (lower case) one edit from `word`, found through their one-letter deletions."""
    low = word.lower()
    keys = {low} | {low[:i] + low[i + 1:] for i in range(len(low))}
    confused = _confused(low)
    keys |= confused
    found = {f for k in keys for f in index.get(k, ())}
    return [f for f in found if f != low and (_one_edit(low, f) or f in confused)]


def looks_alike(read: str, meant: str, groups: list[str] = _ALIKE) -> bool:
    """Whether the page could show `meant` and the OCR read `read`: one letter for one that
    looks like it ("analvse", "Pubtication", "CRÈ"), "rn" for "m", "nu" for "mi" and the like, a thin
    stroke inside a word read as a letter of its own ("Résulitats": a speck, a split letter;
    "Travailfler": a speck for its bar), an "n" read "m" or the other way in a word of six letters or more ("Jourmée"; in a shorter
    one another word is as likely: "ainés" / "aimés", "Côme" / "cône"),
    a letter read twice inside a word ("embauchéées"), a "p" read as "b" and "p" ("Débpliant"), the "I" opening a word lost
    ("mmigration") or a thin "i", "t", "l" inside it ("Atelers", "cioyenne"). Any other
    letter added, dropped or of another shape ("mini" / "fini") is another word, not a
    misreading."""
    if len(read) == len(meant):
        diff = [i for i in range(len(read)) if read[i] != meant[i]]
        return (len(diff) == 1 and (any(read[diff[0]] in g and meant[diff[0]] in g for g in groups)
                                    or groups is _ALIKE and len(read) >= 6 and {read[diff[0]], meant[diff[0]]} == {"m", "n"})
                or meant in _confused(read))
    if len(read) == len(meant) + 1 >= 5 and any(read[i] in _MADE_UP and read[:i] + read[i + 1:] == meant
                                                for i in range(1, len(read) - 1)):  # inside the word
        return True
    if len(read) == len(meant) + 1 >= 5 and any(
            (read[i] == read[i + 1] or {read[i], read[i + 1]} == _MIRRORED
             or any(read[i] in g and read[i + 1] in g for g in _TWINS))
            and meant in (read[:i] + read[i + 1:], read[:i + 1] + read[i + 2:])
            for i in range(1, len(read) - 1)):
        return True  # one letter read twice, as itself ("embauchéées"), as its mirror ("Débpliant")
        # or as a look-alike ("Chagque")
    if len(meant) == len(read) + 1 >= 6 and meant[0] == "i" and meant[1:] == read:
        return True  # an "I" opening the word lost ("mmigration": a dash bullet ran into it)
    if len(meant) == len(read) + 1 >= 6 and any(meant[i] in "itl" and meant[:i] + meant[i + 1:] == read
                                                for i in range(1, len(meant))):
        return True  # a thin "i", "t" or "l" inside the word run into the letter beside it ("Atelers",
        # "cioyenne"), or ending it, faded ("municipa")
    if len(meant) == len(read) + 1 == 5 and any(meant[i] == "i" and meant[:i] + meant[i + 1:] == read
                                                for i in range(1, len(meant) - 1)):
        return True  # ... in a shorter word, an "i" only, its dot lost too ("ansi": "ainsi")
    if _double_l_read_once(read, meant):
        return True
    return meant in _confused(read)


def _misread_word(low: str) -> bool:
    """`low`, no word, is one of the OCR's confusions off a word of the list ("sum" for
    "suivi"), or a misreading a blurred copy repeats of the one word of the list that looks
    like it ("transpont": `_stroke_for_stroke`): however often the document prints it, it is
    no spelling to set another word to ("Transpon", its last letter lost, is no "Transpont")."""
    return any(is_word(f) for f in _confused(low)) or _stroke_for_stroke(low, _likeliest(low))


def _confused(word: str) -> set[str]:
    """`word` with one of the OCR's confusions undone, wherever it stands ("admimstrative")."""
    return set().union(*(_undone(word, wrong, right) for wrong, right in _CONFUSIONS))


def _undone(word: str, wrong: str, right: str) -> set[str]:
    """`word` with one `wrong` read for `right`, wherever it stands, put right."""
    out = set()
    at = word.find(wrong)
    while at >= 0:
        out.add(word[:at] + right + word[at + len(wrong):])
        at = word.find(wrong, at + 1)
    return out


def _double_l_read_once(read: str, meant: str) -> bool:
    """`meant` is `read` with one of its "l" doubled: two thin strokes side by side that a blur
    ran into one ("Plessisvile", "colectif")."""
    return len(meant) == len(read) + 1 >= 6 and any(
        read[i] == "l" and meant == read[:i] + "l" + read[i:] for i in range(1, len(read)))


def _keeps_accent(read: str, meant: str) -> bool:
    """Whether `meant` has an accent wherever the OCR read an accented letter it changes
    ("amorcê": "amorcé" does, "amorce" does not): the ink showed a mark there. Over an "i"
    the mark may be its dot ("maï": "mai", never "mal")."""
    return len(read) == len(meant) and all(
        meant[i] in _ACCENTS or read[i] in "îï" and meant[i] == "i"
        for i in range(len(read)) if read[i] != meant[i] and read[i] in _ACCENTS)


def _date_slashed(m: re.Match, vocab: Vocabulary) -> str:
    """A day, a month and a year whose slashes were lost, slashed, where the year (its century
    added to two digits) is one the document prints twice or more."""
    day, month, year = [g for g in m.groups() if g is not None]
    return f"{day}/{month}/{year}" if (year if len(year) == 4 else "20" + year) in vocab.years else m.group()


def _year_of_date(m: re.Match, vocab: Vocabulary) -> str:
    """A slashed date's year (or a day's: "1er septembre 2018") outside the years the document
    prints twice or more, printed nowhere else (or after all of them), one digit off the only one of them whose digit there looks like it ("3" /
    "8": "02/02/13" in a bilan of 2016-2018): that year, as long as read. More than ten years
    past all of them, one digit of any shape off the only one of them ("(21/01/48)" in a
    bilan of 2006-2008: no bilan dates what it did so far ahead)."""
    read = m.group(2)
    years = sorted(vocab.years)
    if not years:
        return m.group()
    full = read if len(read) == 4 else years[0][:2] + read
    if years[0] <= full <= years[-1] or vocab.counts[read] > 1 and full < years[-1]:
        return m.group()  # (after all of them, a year is misread however often: "(04/12/67)" twice)
    near = [y for y in years if _alike_apart(full, y, _DIGITS_ALIKE) == 1]
    if not near and int(full) > int(years[-1]) + 10:
        # more than ten years past all of them (no bilan dates what it did so far ahead): one
        # digit of any shape off one of them ("(21/01/48)" in a bilan of 2006-2008)
        near = [y for y in years if sum(a != b for a, b in zip(full, y)) == 1]
    if len(near) != 1:
        return m.group()
    return m.group(1) + near[0][-len(read):]


def _dates_in_order(m: re.Match, vocab: Vocabulary) -> str:
    """Two slashed dates of a list or a span, the second before the first by its year alone,
    that year one look-alike digit off the first's ("(03/11/2009 et 10/11/2008)": "9" / "8"):
    the first's year, where the document prints it more often than the second's (a bilan lists
    the days of one thing in order, and the year it reports on most; "(10/11/2009 et
    03/11/2009)", listed backwards by day and month, stays)."""
    d1, m1, y1, between, d2, m2, y2 = m.groups()
    if len(y1) != len(y2) or y2 >= y1 or _alike_apart(y2, y1, _DIGITS_ALIKE) != 1:
        return m.group()
    if _year_printed(y1, vocab) <= _year_printed(y2, vocab):
        return m.group()
    if not all(1 <= int(d) <= 31 and 1 <= int(mo) <= 12 for d, mo in ((d1, m1), (d2, m2))) \
            or (int(m2), int(d2)) <= (int(m1), int(d1)):
        return m.group()
    return m.group()[:m.start(7) - m.start()] + y1


def _year_printed(year: str, vocab: Vocabulary) -> int:
    """How often the document prints a year, of four digits or two ("09": "2009" too)."""
    return vocab.counts[year] + (vocab.counts["20" + year] if len(year) == 2 else 0)


def _year(word: str, vocab: Vocabulary, dated: bool = False) -> str | None:
    """The year the page printed where it read `word`: a year of the document's (printed
    twice or more) one digit off a number that is no year ("2610"), or off a year more than ten
    years from all of the document's ("2072" in a bilan of 2011-2012), or one digit fewer
    ("20171": a "1" read twice). After a month's or a season's name, or alone in its cell (a
    deadline: `dated`), the number is a
    year however often the copy misreads it ("Hiver 2610", "(mai 2610)"), and a year printed
    once more than five years past all of the document's (a bilan reports on a year or two and
    plans a few ahead) is one of them with a digit misread as its look-alike ("Juin 2016" in
    a bilan of 2009-2010: "0" / "6"); so is such a year printed twice, dated or not, but as
    the end of a range of years."""
    years = vocab.years
    if not years:
        return None
    if len(word) == 4 and vocab.counts[word] <= 2 and 1900 <= int(word) <= 2099:
        # (printed twice at most, dated or not, a year misread twice: "2016" for the deadline
        # "2010" and in "15 février 2016", in a bilan of 2009-2010; not the end of a range the
        # document prints, "2010-2016")
        others = [y for y in years if y != word]
        if others and int(word) > int(max(others)) + 5 and (dated or vocab.counts[word] == 2) \
                and not any(vocab.pairs[(y, word)] for y in years):
            alike = [y for y in others if _alike_apart(word, y, _DIGITS_ALIKE) == 1]
            if len(alike) == 1:
                return alike[0]
    if vocab.counts[word] >= 2 and not dated:
        return None
    if len(word) == 4:
        if 1900 <= int(word) <= 2099 and any(abs(int(word) - int(y)) <= 10 for y in years):
            return None
        near = [(n, y) for y, n in years.items() if sum(a != b for a, b in zip(y, word)) == 1]
    elif len(word) == 5 and word[:2] in ("19", "20"):
        near = [(n, y) for y, n in years.items() if y in _digit_less(word)]
    else:
        return None
    near.sort(reverse=True)
    if near and (len(near) == 1 or near[0][0] >= 2 * near[1][0]):
        return near[0][1]
    return None


def _cased(new: str, like: str) -> str:
    if like.isupper():
        return new.upper()
    if like[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def _edits(word: str) -> set[str]:
    """Every string one edit from `word` (a letter changed, added, dropped, two swapped), and
    the OCR's own confusions ("rn" / "m")."""
    letters = _LETTERS
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in cuts if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1}
    out |= {a + c + b[1:] for a, b in cuts if b for c in letters}
    out |= {a + c + b for a, b in cuts for c in letters}
    out |= _confused(word)
    out.discard(word)
    return out


def _one_edit(a: str, b: str) -> bool:
    """Whether b is one edit (or one OCR confusion) from a."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    if short[i:] == long_[i + 1:]:
        return True
    return any(len(x) > len(y) and x in long_ and long_.replace(x, y, 1) == short for x, y in _CONFUSIONS)
