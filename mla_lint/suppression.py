"""Suppressions written in the document: a drafter accepts a finding where it occurs.

A request has no code comments, so a suppression is a marker in the text or a
Word comment (the analogue of ruff's ``# noqa`` and sqlfluff's ``-- noqa``):

- ``mla-lint: disable=MLA207`` (or ``disable=MLA207,MLA110``) in a paragraph
  silences those codes on that paragraph;
- ``mla-lint: disable-file=MLA110`` anywhere silences them in the whole
  document (the only way to silence a whole-document finding such as a
  missing element, which has no paragraph);
- a Word comment whose text holds such a marker does the same for the
  paragraph the comment is anchored to (or the whole document with
  ``disable-file``).

Codes are exact (no prefixes), so each suppression is checked: one that
silences nothing, or names a code no rule has, is reported as MLA001 (as
ruff's RUF100 reports an unused ``noqa``). A suppression naming a rule that
did not run (not selected) is not reported: it may be needed in another run.
Findings inside a marker's own words (the acronym "MLA" of "MLA207") are the
tool's syntax, not the request's text, and are dropped.

A Word comment used as a suppression is still a comment in the file, and
MLA206 still reports it: it travels with the file and tells the requested
state which defect the drafter knowingly left (e.g. "disable=MLA111": no dual
criminality statement). Suppress in the document while drafting; before
sending, delete the comments and keep accepted findings in the configuration
(``per-file-ignores``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mla_lint.findings import Finding, Severity
from mla_lint.model import Block, Document, HiddenKind, Location
from mla_lint.plugin import hookimpl
from mla_lint.rule import Rule

if TYPE_CHECKING:
    from mla_lint.analysis import Analysis

MARKER = re.compile(
    r"mla-lint:\s*(?P<scope>disable-file|disable)\s*=\s*"
    r"(?P<codes>[A-Za-z]{2,5}[0-9]{3}(?:\s*,\s*[A-Za-z]{2,5}[0-9]{3})*)",
    re.IGNORECASE,
)
TEXT, COMMENT = "text", "comment"


class UnusedSuppression(Rule):
    """A suppression in the document silences nothing, or names a code no rule has.

    **What it checks** Every ``mla-lint: disable=CODE`` and
    ``mla-lint: disable-file=CODE`` marker, in the text or in a Word comment,
    for each code it names whose rule ran: did it silence a finding? A code
    that no installed rule has is reported too (a typo, or a rule that was
    renamed).

    **Why** A stale suppression hides the next real problem of that kind in
    the paragraph, and a marker in the text is sent with the request: once it
    is not needed it should go.

    **Source** mla_lint's own convention, after ruff's RUF100 (unused-noqa)
    and sqlfluff's ``warn_unused_ignores``.

    **Bad** "The FIA is investigating. mla-lint: disable=MLA207" after the
    acronym has been spelled out ("the Federal Investigation Agency (FIA)").

    **Good** The marker removed once the finding it silenced is fixed.
    """

    code = "MLA001"
    name = "unused-suppression"
    severity = Severity.WARNING
    language_model: frozenset[str] = frozenset()

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        """Nothing here: the engine reports unused suppressions once every other rule has run."""
        return ()


@hookimpl
def get_rules() -> list[type[Rule]]:
    return [UnusedSuppression]


@dataclass(frozen=True)
class Suppression:
    """One code silenced by one marker: on ``block``, or in the whole file."""

    code: str
    whole_file: bool
    via: str
    """"text" (a marker in the paragraph) or "comment" (a Word comment)."""
    block: Block | None
    """The paragraph the marker is in or the comment is anchored to (None: a comment with no known anchor)."""
    start: int = 0
    end: int = 0
    """The marker's characters in ``block.text`` (text markers only)."""

    def covers(self, finding: Finding) -> bool:
        """True if this suppression silences ``finding``."""
        if finding.code != self.code:
            return False
        if self.whole_file:
            return True
        return self.block is not None and finding.location is not None and _place(finding.location) == _place(self.block.location)


def suppressions(document: Document) -> tuple[Suppression, ...]:
    """Every suppression of ``document``: markers in its blocks, then Word comments holding a marker."""
    found: list[Suppression] = []
    for block in document.blocks:
        for match in MARKER.finditer(block.text):
            found.extend(_of_marker(match, TEXT, block, match.start(), match.end()))
    by_place = {_place(block.location): block for block in document.blocks}
    for hidden in document.hidden:
        if hidden.kind is not HiddenKind.COMMENT:
            continue
        anchor = by_place.get(_place(hidden.location)) if hidden.location is not None else None
        for match in MARKER.finditer(hidden.text):
            found.extend(_of_marker(match, COMMENT, anchor))
    return tuple(found)


def _of_marker(match: re.Match[str], via: str, block: Block | None, start: int = 0, end: int = 0) -> Iterator[Suppression]:
    whole_file = match["scope"].lower() == "disable-file"
    for code in match["codes"].split(","):
        yield Suppression(code.strip().upper(), whole_file, via, block, start, end)


def apply_suppressions(
    findings: Sequence[Finding],
    found: Sequence[Suppression],
    *,
    ran: frozenset[str],
    known: frozenset[str],
    reporter: UnusedSuppression | None,
) -> tuple[Finding, ...]:
    """Drop silenced findings and findings inside a marker; report unused suppressions with ``reporter``.

    ``ran`` are the codes of the rules that ran on the document, ``known``
    every installed code; ``reporter`` is the MLA001 rule when it is selected.
    """
    kept = [f for f in findings if not any(_inside_marker(f, s) for s in found)]
    used: set[Suppression] = set()
    standing: list[Finding] = []
    for finding in kept:
        covering = [s for s in found if s.covers(finding)]
        used.update(covering)
        if not covering:
            standing.append(finding)
    if reporter is not None:
        whole_document = frozenset(f.code for f in standing if f.location is None)
        for unused in _unused(found, used, ran, known, whole_document, reporter):
            covering = [s for s in found if s.covers(unused)]
            used.update(covering)
            if not covering:
                standing.append(unused)
    return tuple(standing)


def _unused(
    found: Sequence[Suppression],
    used: set[Suppression],
    ran: frozenset[str],
    known: frozenset[str],
    whole_document: frozenset[str],
    reporter: UnusedSuppression,
) -> Iterator[Finding]:
    """MLA001 for each suppression that silenced nothing (``whole_document``: codes with a finding about the whole document)."""
    for suppression in dict.fromkeys(found):
        if suppression in used or suppression.code == reporter.code:
            continue
        scope = "in this document" if suppression.whole_file else "on this paragraph"
        where = "a Word comment" if suppression.via == COMMENT else "the marker"
        if suppression.code not in known:
            message = f"The suppression of {suppression.code} ({where}) names a code that no installed rule has."
        elif suppression.code in ran:
            message = f"The suppression of {suppression.code} ({where}) silences nothing: {suppression.code} finds nothing {scope}."
            if suppression.code in whole_document:
                message += f" Its finding concerns the whole document: use disable-file={suppression.code}."
        else:
            continue
        block = suppression.block
        if block is None:
            yield reporter.finding(message, suggestion="Remove the suppression.")
        elif suppression.via == TEXT:
            yield reporter.finding(message, block, suppression.start, suppression.end, suggestion="Remove the marker.")
        else:
            yield reporter.finding(message, block, suggestion="Delete the comment.")


def _inside_marker(finding: Finding, suppression: Suppression) -> bool:
    """True if ``finding`` points at the words of a text marker (the marker is not the request's text)."""
    loc = finding.location
    if suppression.via != TEXT or suppression.block is None or loc is None or loc.start is None or loc.end is None:
        return False
    return _place(loc) == _place(suppression.block.location) and suppression.start <= loc.start and loc.end <= suppression.end


def _place(location: Location) -> tuple[str, int | None, int | None]:
    """The paragraph a location is in (its part, number and page), whatever span inside it."""
    return (location.part, location.paragraph, location.page)
