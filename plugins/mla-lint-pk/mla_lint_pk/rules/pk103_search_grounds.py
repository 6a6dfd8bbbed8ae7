"""PK103: a search request to or from Pakistan says why the evidence is believed to be at the place."""

from __future__ import annotations

import re
from collections.abc import Iterable

from mla_lint.analysis import Analysis
from mla_lint.assistance import AssistanceType, assistance_sought
from mla_lint.elements import Evidence
from mla_lint.findings import Finding, Severity
from mla_lint.model import Document
from mla_lint.rule import Rule

GROUNDS = re.compile(
    r"\breasonable\s+grounds?\b|\bgrounds?\s+to\s+(?:believe|suspect)\b"
    r"|\b(?:is|are|was|were|being|been)\s+(?:still\s+)?(?:kept|stored|hidden|concealed|located|held|found|seen)\s+(?:at|in|inside)\b"
    r"|\baccording\s+to\b|\b(?:stated|told|informed|confessed|disclosed|admitted|revealed)\s+(?:\w+\s+){0,3}?that\b"
    r"|\b(?:recovered|seized)\s+from\b",
    re.IGNORECASE,
)
"""The facts that put the evidence at the place: what someone said or saw, what was found, reasonable grounds."""
ADDRESS = re.compile(r"\b(?:House|Plot|Flat|Villa|Room|Office|Unit)\s+No\.?\s*\d+[\w/-]*|\b\d{1,5}\s+(?:[A-Z][\w'-]+\s+){1,3}(?:Street|Road|Avenue|Lane|rue|Queensway)\b")
PLACE_ENTITIES = frozenset({"ORG", "FAC"})


class SearchGrounds(Rule):
    """A request to or from Pakistan for a search says why the evidence is believed to be at the place to be searched.

    **What it checks.** When the request asks for a search (or search and
    seizure), some sentence other than the one that asks gives the grounds
    for believing the evidence is there: reasonable grounds, what a witness
    or the suspect stated, where the items are or were kept, what was
    recovered from the place, or facts about the place itself (the company
    or premises to be searched, or its address, appears in the facts). A
    bare "we request a search of the premises" gets the finding.

    **Why it matters.** For a request made by Pakistan, the Act lets the
    central authority ask a country to "obtain search warrants or other
    lawful instruments authorising a search for evidence relevant to
    investigations or proceedings in Islamic Republic of Pakistan ...
    believed to be located in that country"; the foreign court issuing the
    warrant will want the grounds for that belief. For a request to
    Pakistan, section 9 (*Foreign request for an evidence gathering order or
    search warrant*) has a Pakistani court issue the warrant, which it does
    if it is "satisfied that enough evidence exists".

    **Source.** Mutual Legal Assistance (Criminal Matters) Act 2020: s. 7 as
    quoted by Dunya News (https://dunyanews.tv/en/Pakistan/557926-Parliament-passes-Mutual-Legal-Assistance-Bill-2020);
    s. 9 (title, VERIFIED, Pakistan Code copy); Yousaf Amanat & Associates'
    summary of the Act (https://yaa.com.pk/2020/08/26/mutual-legal-assistance-criminal-matters-act-2020-cross-border-criminal-assistance);
    research note §3.4 (SECONDARY).

    **Bad.** "Please search House No. 14, Street 7, F-8/3, Islamabad and
    seize any documents found there."

    **Good.** "... On 2 March 2025 the co-accused stated that the ledgers of
    the scheme are kept in the study of House No. 14, Street 7, F-8/3,
    Islamabad. Please search that house and seize the ledgers."
    """

    code = "PK103"
    name = "search-grounds"
    severity = Severity.WARNING
    jurisdiction = "PK"
    source = "Mutual Legal Assistance (Criminal Matters) Act 2020, ss. 7 and 9"

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        sought = facts.derived(assistance_sought)
        searches = sought.of_kind(AssistanceType.SEARCH_SEIZURE)
        if not searches:
            return
        asking = {(m.evidence.block.index, m.evidence.start) for m in searches}
        outside = [
            s.text for s in facts.body_sentences()
            if not any(b == s.block.index and s.start <= start < s.end for b, start in asking)
        ]
        places = {place for m in searches for place in _places(facts, m.evidence)}
        if any(GROUNDS.search(text) or any(place in text.lower() for place in places) for text in outside):
            return
        first = searches[0].evidence
        yield self.finding(
            "The request asks for a search but gives no grounds for believing the evidence is at the place.",
            first.block, first.start, first.end,
            suggestion="Say what puts the evidence there: who saw or stated it, what was found, when (\"on 2 March 2025 the co-accused stated that the ledgers are kept at ...\").",
        )


def _places(facts: Analysis, evidence: Evidence) -> set[str]:
    """The premises a search passage names: companies and buildings (spaCy entities) and addresses, lower-cased."""
    span = facts.doc_of(evidence.block).char_span(evidence.start, evidence.end, alignment_mode="expand")
    names = {ent.text for ent in (span.ents if span is not None else ()) if ent.label_ in PLACE_ENTITIES}
    names |= {m.group(0) for m in ADDRESS.finditer(evidence.text)}
    return {name.lower() for name in names if len(name) > 3}
