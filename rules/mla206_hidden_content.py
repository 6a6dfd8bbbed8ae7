"""MLA206 hidden-content: the file carries what the sender did not mean to send."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable, Sequence

from mla_lint.analysis import Analysis
from mla_lint.findings import Finding, Related, Severity
from mla_lint.model import Document, DocumentMetadata, HiddenContent, HiddenKind
from mla_lint.rule import Rule

MAX_RELATED = 10
"""Related locations listed per finding: enough to find them, not a dump of the file."""
QUOTE_WIDTH = 60
"""Characters of hidden text quoted in a related message (the finding must not become the leak)."""
PROPERTY_WIDTH = 120
"""Characters of a property value quoted: enough for a template's full path."""

DEFAULT_TEMPLATES = frozenset({"normal.dotm", "normal.dot", "normal", "normal.dotx"})
GENERIC_ACCOUNTS = frozenset({
    "python-docx", "admin", "administrator", "user", "windows user", "owner", "author", "unknown", "guest",
    "default", "microsoft office user", "office", "test",
})
"""Author values that software or a fresh installation puts in: they name nobody."""
INSTITUTION_WORDS = frozenset({
    "ministry", "office", "department", "authority", "unit", "agency", "bureau", "prosecution", "police", "court",
    "government", "service", "commission", "division", "directorate", "council", "secretariat", "embassy",
    "consulate", "republic", "kingdom", "state", "federal", "national", "central", "public", "attorney", "general",
    "justice", "interior", "team", "section", "branch", "desk", "registry", "chambers", "tribunal", "judiciary",
    "customs", "revenue", "treasury", "bank", "group", "limited", "ltd", "inc", "llp", "corporation", "company",
    "legal", "counsel", "university", "institute", "centre", "center", "headquarters", "command", "force",
    "intelligence", "investigation", "investigations", "crime", "fraud", "financial", "international", "affairs",
    "cooperation", "assistance", "wing", "cell", "parket", "parquet", "polizei", "politie", "policía", "polícia",
    "fiscalía", "tribunale", "juzgado", "gobierno", "governo", "gouvernement", "regierung", "polis", "agung",
})
INSTITUTION_STEMS = (
    "minist", "prosecut", "procura", "staatsanwalt", "departm", "directorat", "direkt", "govern", "judic",
    "commis", "comis", "komis", "corrup", "korup", "kepolis", "kejaks", "kement", "mahkam", "tribun", "autorit",
    "agenc", "agenz",
)
"""Prefixes of institution words in several languages (Ministerie, Procuradoria, Generalstaatsanwaltschaft,
Komisi Pemberantasan Korupsi, Kejaksaan Agung, Comisión, Autorità)."""
NAME_PARTICLES = frozenset({
    "de", "da", "das", "do", "dos", "di", "del", "della", "van", "von", "der", "den", "ter", "bin", "binti", "ibn",
    "al", "el", "la", "le", "du", "y", "e",
})
NAME_WORD = re.compile(r"[A-ZÀ-Þ](?:\.|[a-zß-ÿ]*(?:[-'’]?[A-ZÀ-Þ]?[a-zß-ÿ]+)*)$")
"""A capitalised name word or an initial ("Ahmed", "O'Brien", "Al-Rashid", "J."); acronyms (FIA) are not names."""
LOGIN = re.compile(r"(?:[A-Za-z0-9-]+\\)?[a-z][a-z0-9]*(?:[._][a-z0-9]+)*$")
"""A user name: "akhan", "j.smith", "ahmed_khan", "CORP\\akhan"."""
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")

TRACKED_CHANGES_FIX = "In Word: Review > Accept > Accept All Changes (and Stop Tracking), then save."
COMMENTS_FIX = "In Word: Review > Delete > Delete All Comments in Document, then save."
HIDDEN_TEXT_FIX = (
    "Home > Show/Hide ¶ to see it, select it and delete it (or File > Info > Check for Issues > Inspect Document > "
    "Hidden Text > Remove All)."
)
METADATA_FIX = (
    "File > Info > Check for Issues > Inspect Document > Document Properties and Personal Information > Remove All "
    "(for a PDF: remove the Author in the document properties before exporting)."
)


class HiddenContentRule(Rule):
    """The file carries tracked changes, comments, hidden text or metadata that identify people.

    **What it checks.** What travels in the file but is not the request's
    text: unaccepted tracked changes (insertions and, above all, deletions:
    the exact text the drafter removed), comments, text formatted as hidden,
    and document properties that reveal who made the file: an author or
    "last modified by" that is a person's name or a user name ("Ahmed Khan",
    "akhan"), a template other than Word's default (especially a path such as
    ``C:\\Users\\akhan\\Templates\\MLA.dotx``), a company that is not an
    institution, and custom properties. Changes, comments and hidden text are
    errors, one finding each with their places; the properties are one
    warning. An author that is an institution ("Central Authority Unit,
    Ministry of Interior") and the default ``Normal.dotm`` are fine.

    **Why it matters.** A request is confidential, and the requested state
    passes it on: to a court, a bank, sometimes the defence. A deleted
    sentence naming an informant, a comment doubting the evidence, or a
    caseworker's name and home folder can be read by anyone who opens the
    file with "Show Markup" or looks at its properties, and cannot be
    recalled once sent.

    **Source.** UNTOC Art. 18(20) and UNCAC Art. 46(20) (the requesting state
    may require that the fact and substance of the request be kept
    confidential, which it cannot expect for what it sends by mistake);
    Microsoft, "Remove hidden data and personal information by inspecting
    documents".

    **Bad.** A .docx whose paragraph 9 still holds a tracked deletion "The
    information comes from a confidential source, Mr R. Alves", a comment
    "check with the DPP first", and whose author is "Ahmed Khan".

    **Good.** All changes accepted, comments deleted, the Document Inspector
    run, the author "Central Authority Unit, Ministry of Interior".
    """

    code = "MLA206"
    name = "hidden-content"
    severity = Severity.ERROR
    language_model = frozenset()  # reads what the reader recorded, no language analysis
    source = "UNTOC Art. 18(20); UNCAC Art. 46(20)"

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        changes = _of_kind(document.hidden, HiddenKind.INSERTION, HiddenKind.DELETION)
        if changes:
            yield self._tracked_changes(changes)
        comments = _of_kind(document.hidden, HiddenKind.COMMENT)
        if comments:
            yield self._comments(comments)
        hidden_text = _of_kind(document.hidden, HiddenKind.HIDDEN_TEXT)
        if hidden_text:
            yield self._hidden_text(hidden_text)
        properties = revealing_properties(document.metadata)
        if properties:
            message = f"The file's properties identify who made it: {', '.join(properties)}."
            yield replace(self.finding(message, suggestion=METADATA_FIX), severity=Severity.WARNING)

    def _tracked_changes(self, changes: Sequence[HiddenContent]) -> Finding:
        insertions = sum(1 for change in changes if change.kind is HiddenKind.INSERTION)
        counts = f"{_count(insertions, 'insertion')} and {_count(len(changes) - insertions, 'deletion')}"
        message = (
            f"The file carries unaccepted tracked changes: {counts}{_by(changes)}; deleted text stays in the file "
            "and anyone can show it."
        )
        return self._at_first(message, changes, TRACKED_CHANGES_FIX)

    def _comments(self, comments: Sequence[HiddenContent]) -> Finding:
        message = f"The file carries {_count(len(comments), 'comment')}{_by(comments)}."
        return self._at_first(message, comments, COMMENTS_FIX)

    def _hidden_text(self, pieces: Sequence[HiddenContent]) -> Finding:
        message = (
            f"The file carries hidden text in {_count(len(pieces), 'place')}: it is neither shown nor printed but "
            "anyone can show it."
        )
        return self._at_first(message, pieces, HIDDEN_TEXT_FIX)

    def _at_first(self, message: str, items: Sequence[HiddenContent], suggestion: str) -> Finding:
        """A finding at the first item's place, the items (up to ``MAX_RELATED``) as related locations."""
        related = [
            Related(item.location, _describe(item)) for item in items if item.location is not None
        ][:MAX_RELATED]
        finding = self.finding(message, related=related, suggestion=suggestion)
        first = next((item.location for item in items if item.location is not None), None)
        return replace(finding, location=first)


def revealing_properties(metadata: DocumentMetadata) -> list[str]:
    """The properties that identify a person, a workstation or the drafting history, described for a message."""
    found: list[str] = []
    if metadata.author and looks_personal(metadata.author):
        found.append(f"author {_quote_value(metadata.author)}")
    if metadata.last_modified_by and looks_personal(metadata.last_modified_by):
        found.append(f"last modified by {_quote_value(metadata.last_modified_by)}")
    if metadata.template and metadata.template.strip().lower() not in DEFAULT_TEMPLATES:
        found.append(f"template {_quote_value(metadata.template)}")
    if metadata.company and not looks_institutional(metadata.company):
        found.append(f"company {_quote_value(metadata.company)}")
    for name, value in metadata.custom.items():
        found.append(f"custom property {_quote_value(name)} = {_quote_value(value)}")
    return found


def looks_personal(value: str) -> bool:
    """A person's name ("Ahmed Khan", "Khan, Ahmed", "J. Doe"), a user name ("akhan") or an e-mail address.

    Conservative: anything with an institution word, an acronym, a digit or
    more than four name words is taken for an office, which may be named.
    """
    text = value.strip()
    if text.lower() in GENERIC_ACCOUNTS:
        return False
    if looks_institutional(text):
        return False
    if EMAIL.match(text) or LOGIN.match(text):
        return True
    if text.count(",") == 1:
        surname, forenames = (part.strip() for part in text.split(","))
        return _is_name(surname, 1, 2) and _is_name(forenames, 1, 3)
    return _is_name(text, 2, 4)


def looks_institutional(value: str) -> bool:
    """True when a word of ``value`` names an institution rather than a person."""
    words = (word.strip(".,;:()'\"").lower() for word in value.split())
    return any(word in INSTITUTION_WORDS or word.startswith(INSTITUTION_STEMS) for word in words)


def _is_name(text: str, least: int, most: int) -> bool:
    """``least`` to ``most`` capitalised name words, name particles ("da", "van", "bin") aside."""
    words = [word for word in text.split() if word not in NAME_PARTICLES]
    return least <= len(words) <= most and all(NAME_WORD.match(word) for word in words)


def _of_kind(hidden: Sequence[HiddenContent], *kinds: HiddenKind) -> list[HiddenContent]:
    return [item for item in hidden if item.kind in kinds]


def _by(items: Sequence[HiddenContent]) -> str:
    """ " by A, B" for the distinct authors in order of appearance, or "" when none is recorded."""
    authors = list(dict.fromkeys(item.author for item in items if item.author))
    return f" by {', '.join(authors)}" if authors else ""


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _describe(item: HiddenContent) -> str:
    """A related message: the kind, its author and at most ``QUOTE_WIDTH`` characters of the text."""
    kind = {
        HiddenKind.INSERTION: "tracked insertion",
        HiddenKind.DELETION: "tracked deletion",
        HiddenKind.COMMENT: "comment",
        HiddenKind.HIDDEN_TEXT: "hidden text",
    }[item.kind]
    author = f" by {item.author}" if item.author else ""
    return f"{kind}{author}: \u201c{_shorten(item.text)}\u201d"


def _shorten(text: str, width: int = QUOTE_WIDTH) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def _quote_value(value: str) -> str:
    return f"'{_shorten(value, PROPERTY_WIDTH)}'"
