"""The web page's French wording of why a file failed, and of what to check when it converted.

The readers name the cause in one English line, as the command line prints it. The page's
readers may not read English: the usual causes get a French sentence saying what to do, and the
original line stays beside it, so nothing the reader said is hidden.
"""

from __future__ import annotations

import re
from typing import Any

# (pattern searched in the reader's line, French explanation); first match wins.
CAUSES: tuple[tuple[str, str], ...] = (
    (r"^empty file$", "fichier vide"),
    (r"^not a PDF or Word document$", "ce n'est ni un PDF ni un document Word"),
    (r"content does not match the", "le contenu du fichier ne correspond pas à son extension"),
    (r"zip archive that is not a Word document", "archive zip qui n'est pas un document Word"),
    (r"corrupt zip archive|not a readable Word document", "document Word abîmé ou tronqué"),
    (r"truncated or corrupt PDF|not a PDF \(bad header\)", "PDF abîmé ou tronqué"),
    (r"^encrypted: wrong password", "PDF protégé : le mot de passe donné n'est pas le bon"),
    (r"^encrypted, give --password", "PDF protégé par un mot de passe : donnez-le dans le formulaire"),
    (r"^encrypted with an unsupported method", "PDF chiffré d'une façon que l'outil ne sait pas lire"),
    (r"no text layer", "PDF numérisé sans texte, et la reconnaissance de caractères (OCR) est "
                       "désactivée"),
    (r"OCR needs Tesseract", "PDF numérisé : sa lecture (OCR) demande le programme Tesseract avec le "
                             "français, absent de cet ordinateur"),
    (r"Tesseract has no '([^']+)' language", r"PDF numérisé : la langue « \1 » manque à Tesseract"),
    (r"OCR found no text", "PDF numérisé : la reconnaissance de caractères n'y a trouvé aucun texte"),
    (r"Tesseract failed", "PDF numérisé : la reconnaissance de caractères (Tesseract) a échoué"),
    (r"^no bilan table found", "aucun tableau de bilan (Objectif / Actions / Responsable / Échéancier / "
                               "Suivi) trouvé dans le document"),
    (r"^refused: ", "refusé : le document Word grossirait démesurément une fois décompressé"),
    (r"need LibreOffice", "les fichiers .doc et .odt demandent LibreOffice, absent de cet ordinateur : "
                          "enregistrez le fichier en .docx"),
    (r"LibreOffice", "LibreOffice n'a pas pu convertir ce fichier : enregistrez-le en .docx"),
    (r"^timed out after ([\d.]+) s", r"abandonné : la lecture a pris plus de \1 s"),
    (r"memory", "abandonné : le fichier demande trop de mémoire"),
    (r"not supported yet", "format pas encore pris en charge : enregistrez le fichier en .docx ou en PDF"),
)


def french_cause(error: str) -> str:
    """A French sentence for a reader's error line; the line itself when the cause is unusual."""
    for pattern, french in CAUSES:
        match = re.search(pattern, error)
        if match:
            return match.expand(french)
    return error


def needs_attention(dataset: Any) -> list[tuple[str, str, int]]:
    """(document, kind, characters) for what a user must act on although the file converted:
    a follow-up column not recognised (`no_followup_column`), text placed in no row
    (`unaccounted_text`, with its count). `bilan convert` and `bilan serve` both say these."""
    found = [(a.document, a.kind, 0) for a in dataset.anomalies if a.kind == "no_followup_column"]
    found += [(d.document, "unaccounted_text", d.chars_unaccounted) for d in dataset.documents
              if getattr(d, "chars_unaccounted", None)]
    return found


def file_notes(dataset: Any) -> dict[str, list[str]]:
    """Per document, `needs_attention` in French, for the web page."""
    notes: dict[str, list[str]] = {}
    for document, kind, count in needs_attention(dataset):
        notes.setdefault(document, []).append(
            "colonne de suivi non reconnue : aucune action n'est jugée en retard "
            "(en ligne de commande, l'option --columns permet de la désigner)"
            if kind == "no_followup_column" else
            f"{count} caractères du document ne sont dans aucune ligne : "
            "voir les lignes unaccounted_text d'anomalies.csv")
    return notes
