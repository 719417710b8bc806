"""Column types, French labels and meanings of every contract file, in one place: the Excel
headers, the Dictionnaire sheet and datapackage.json are all written from it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # Frictionless type: string, integer, number, date, yearmonth
    label: str  # French header in bilan.xlsx
    description: str
    enum: tuple[str, ...] = ()


DEADLINE_KINDS = ("day", "month", "year", "range", "recurring", "continuous", "tbd", "none", "unparsed")
PRECISIONS = ("day", "month", "year", "none")
LINKS = ("first", "same", "reworded", "after_gap")
STATUSES = ("suivi", "en_retard", "a_venir", "sans_suivi")
ANOMALY_KINDS = ("unparsed_date", "date_out_of_order", "date_after_as_of", "overdue_without_followup",
                 "no_followup", "duplicate_item", "merged_continuation", "unknown_column",
                 "text_outside_tables", "unaccounted_text", "no_followup_column", "as_of_guessed", "no_as_of",
                 "ocr_low_confidence", "unparsed_state", "late_by_state", "state_conflict")
ACTION_STATES = ("realise", "en_cours", "non_debute", "reporte", "abandonne", "unparsed")

_DOC = Column("document", "string", "Document", "Input file name (shortest trailing path that tells inputs apart)")
_AID = Column("action_id", "string", "No action", "A001, A002, … in reading order within the document")

SCHEMA: dict[str, list[Column]] = {
    "documents": [
        _DOC,
        Column("status", "string", "Statut", "ok or error", ("ok", "error")),
        Column("error", "string", "Erreur", "Why the file was not converted (one line)"),
        Column("sha256", "string", "SHA-256", "SHA-256 of the input file's bytes"),
        Column("format", "string", "Format", "Format read from the file's bytes", ("pdf", "docx", "doc", "odt")),
        Column("pages", "integer", "Pages", "Number of pages (empty for formats without pages)"),
        Column("title", "string", "Titre", "Title lines before the first table, joined with ' — '"),
        Column("as_of", "date", "Suivi en date du", "Date the follow-up is reported at"),
        Column("actions", "integer", "Actions", "Rows in actions.csv for this document"),
        Column("followups", "integer", "Suivis", "Rows in followups.csv for this document"),
        Column("anomalies", "integer", "Anomalies", "Rows in anomalies.csv for this document"),
        Column("ocr_pages", "string", "Pages OCR", "Pages read from their image by OCR, as ranges (1-4,6); "
               "empty for none"),
        Column("chars_unaccounted", "integer", "Caractères non placés",
               "Non-space characters of the source in no row and no furniture (each quoted in an "
               "unaccounted_text anomaly); 0 when everything found its place"),
    ],
    "actions": [
        _DOC, _AID,
        Column("section", "string", "Section", "Heading that precedes the table"),
        Column("objective", "string", "Objectif", "Objective cell, carried down over empty and merged cells"),
        Column("action", "string", "Action", "Action cell, footnote markers removed"),
        Column("responsible", "string", "Responsable", "Responsible / partner cell"),
        Column("deadline_text", "string", "Échéancier", "Deadline cell as written"),
        Column("deadline_kind", "string", "Type d'échéance", "What the deadline is", DEADLINE_KINDS),
        Column("deadline_start", "date", "Début échéance", "First day the deadline covers"),
        Column("deadline_end", "date", "Fin échéance", "Last day the deadline covers"),
        Column("followup_text", "string", "Suivi (texte complet)", "Whole follow-up cell, whitespace collapsed"),
        Column("followup_count", "integer", "Nombre de suivis", "Rows in followups.csv for this action"),
        Column("page_start", "integer", "Page début", "First page of the row (1-based)"),
        Column("page_end", "integer", "Page fin", "Last page of the row"),
        Column("action_no", "string", "No au plan", "The plan's own number of the action (a number column, "
               "or a number opening the action cell, then removed from it); empty when none"),
        Column("state_text", "string", "État (texte)", "The status cell as written, when the table has a "
               "status column"),
        Column("state", "string", "État", "The status cell read: realise, en_cours, non_debute, reporte, "
               "abandonne; unparsed for other text; empty without status column or for an empty cell",
               ACTION_STATES),
        Column("progress", "integer", "Avancement (%)", "A percentage written in the status cell, 0-100"),
    ],
    "followups": [
        _DOC, _AID,
        Column("item_no", "integer", "No suivi", "1, 2, … in reading order within the action"),
        Column("channel", "string", "Canal", "Sub-heading above the item in the cell"),
        Column("text", "string", "Texte", "Item without bullet and without a trailing parenthesis of dates only"),
        Column("date_text", "string", "Date (texte)", "Date expressions found in the item, joined by '; '"),
        Column("date_start", "date", "Date début", "Earliest first day of those expressions"),
        Column("date_end", "date", "Date fin", "Latest last day of those expressions"),
        Column("date_precision", "string", "Précision", "Coarsest unit of the dates", PRECISIONS),
        Column("raw", "string", "Texte brut", "Item as read, bullet removed, whitespace collapsed"),
        Column("page", "integer", "Page", "Page where the item starts"),
        Column("period", "string", "Période", "Header of the follow-up column the item comes from, when the "
               "table has several (one per year); else empty"),
    ],
    "extras": [
        _DOC, _AID,
        Column("header", "string", "Colonne", "Header of a column the contract does not know, as written"),
        Column("text", "string", "Texte", "The cell's text"),
    ],
    "anomalies": [
        _DOC,
        Column("action_id", "string", "No action", "Action concerned (may be empty)"),
        Column("item_no", "integer", "No suivi", "Item concerned (may be empty)"),
        Column("kind", "string", "Type", "Kind of problem", ANOMALY_KINDS),
        Column("detail", "string", "Détail", "What and why, with the text concerned"),
        Column("page_start", "integer", "Page début", "First page concerned"),
        Column("page_end", "integer", "Page fin", "Last page concerned"),
    ],
    "coverage": [
        _DOC, _AID,
        Column("section", "string", "Section", "Heading that precedes the table"),
        Column("objective", "string", "Objectif", "Objective of the action"),
        Column("items", "integer", "Suivis", "Follow-up items of the action"),
        Column("dated_items", "integer", "Suivis datés", "Items with a date"),
        Column("first_date", "date", "Premier suivi", "Earliest date_start of its items"),
        Column("last_date", "date", "Dernier suivi", "Latest date_end of its items"),
        Column("state", "string", "État", "The action's state, as in actions.csv", ACTION_STATES),
        Column("status", "string", "Statut", "suivi: at least one item, or a state (a status cell is a "
               "follow-up report); without a state, en_retard: no item and the deadline "
               "ended before as_of; a_venir: no item and the deadline ends on or after as_of; "
               "sans_suivi: no item and a deadline without end", STATUSES),
    ],
    "coverage_by_objective": [
        _DOC,
        Column("section", "string", "Section", "Heading that precedes the table"),
        Column("objective", "string", "Objectif", "Objective"),
        Column("actions", "integer", "Actions", "Actions of the objective"),
        Column("suivi", "integer", "Suivies", "Actions with at least one item"),
        Column("en_retard", "integer", "En retard", "Actions without item whose deadline has passed"),
        Column("a_venir", "integer", "À venir", "Actions without item whose deadline has not passed"),
        Column("sans_suivi", "integer", "Sans suivi", "Actions without item nor deadline end"),
        Column("share_followed", "number", "Part suivie", "suivi / actions, 0 to 1, 3 decimals"),
        Column("items", "integer", "Suivis", "Follow-up items of the objective's actions"),
    ],
    "timeline": [
        _DOC,
        Column("month", "yearmonth", "Mois", "YYYY-MM"),
        Column("items", "integer", "Suivis datés", "Items whose date_start and date_end fall in that month"),
    ],
    "tracks": [
        Column("track_id", "string", "No piste", "T001, T002, … the same action over a Table's bilans"),
        _DOC, _AID,
        Column("link", "string", "Lien", "first: no earlier action; same: same text; reworded: text differs; "
               "after_gap: linked to a document before the previous one of the series", LINKS),
        Column("similarity", "number", "Similarité", "How alike the action text is to the linked "
               "action's, 0 to 1 (1: same text), 3 decimals; empty for first"),
        Column("status", "string", "Statut", "The action's status in coverage.csv", STATUSES),
    ],
}

SHEETS = {"documents": "Documents", "actions": "Actions", "followups": "Suivis",
          "extras": "Extras", "anomalies": "Anomalies", "coverage": "Couverture"}

KEYS: dict[str, list[str]] = {
    "documents": ["document"],
    "actions": ["document", "action_id"],
    "followups": ["document", "action_id", "item_no"],
    "coverage": ["document", "action_id"],
    "timeline": ["document", "month"],
    "tracks": ["document", "action_id"],
}

FOREIGN: dict[str, tuple[list[str], str, list[str]]] = {
    "actions": (["document"], "documents", ["document"]),
    "followups": (["document", "action_id"], "actions", ["document", "action_id"]),
    "extras": (["document", "action_id"], "actions", ["document", "action_id"]),
    "coverage": (["document", "action_id"], "actions", ["document", "action_id"]),
    "tracks": (["document", "action_id"], "actions", ["document", "action_id"]),
}
