"""US104: a letter rogatory to the US promises reciprocity."""

from __future__ import annotations

import re
from collections.abc import Iterable

from mla_lint.analysis import Analysis
from mla_lint.findings import Finding, Severity
from mla_lint.instruments import legal_basis
from mla_lint.model import Document
from mla_lint.rule import Rule

LETTER_ROGATORY = re.compile(r"\bletters?\s+rogatory\b|\bcommission\s+rogatoire\b|\bexhorto\b|\bcarta\s+rogatoria\b", re.IGNORECASE)


class LettersRogatoryReciprocity(Rule):
    """A letter rogatory to the US contains a promise of reciprocity.

    **What it checks.** When the document presents itself as a letter
    rogatory (a court's request: "letter rogatory", "letters rogatory",
    *commission rogatoire*, *exhorto*), it must promise that the requesting
    state's courts will give the same assistance to US courts in a similar
    case. Treaty requests are not checked: for them the promise is omitted.
    (Requests with no treaty at all are checked by the core rule MLA116.)

    **Why it matters.** A letter rogatory is executed as a matter of comity;
    the US Department of Justice describes the promise of reciprocity as part
    of the information a letter rogatory must provide, which treaty requests
    leave out.

    **Source.** US Department of Justice, Criminal Resource Manual 276: a
    treaty request "includes the same information that must be provided in
    a letter rogatory, except that the promise of reciprocity is omitted"
    (archived, https://www.justice.gov/archives/jm/criminal-resource-manual-276-treaty-requests);
    research note §3.2 (SECONDARY, official).

    **Bad.** "LETTER ROGATORY. The Superior Court of Justice of Ontario
    requests the assistance of the courts of the United States ..." and no
    promise of reciprocity.

    **Good.** "... The Superior Court of Justice of Ontario will be pleased
    to render the same assistance to the courts of the United States in a
    similar case."
    """

    code = "US104"
    name = "letters-rogatory-reciprocity"
    severity = Severity.WARNING
    jurisdiction = "US"
    source = "DOJ Criminal Resource Manual 276"

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        basis = facts.derived(legal_basis)
        if basis.reciprocity is not None or _promises_same_assistance(document):
            return
        for block in document.body():
            match = LETTER_ROGATORY.search(block.text)
            if match is not None:
                yield self.finding(
                    "The document is a letter rogatory but does not promise reciprocity.",
                    block, match.start(), match.end(),
                    suggestion=(
                        "Add: \"The [court] will render the same assistance to the courts of the United States in a "
                        "similar case.\""
                    ),
                )
                return


SAME_ASSISTANCE = re.compile(
    r"\b(?:same|similar|like|reciprocal|comparable)\s+(?:assistance|courtesy|courtesies)\b|\breciproc\w+\b",
    re.IGNORECASE,
)


def _promises_same_assistance(document: Document) -> bool:
    """A court's formula: "will render the same assistance to your courts", "reciprocal courtesy"."""
    return any(SAME_ASSISTANCE.search(block.text) for block in document.body())
