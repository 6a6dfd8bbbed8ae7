"""US101: a search or a request for stored content sets out facts that tie the account or premises to the offence."""

from __future__ import annotations

import re
from collections.abc import Iterable

from mla_lint.analysis import Analysis
from mla_lint.assistance import AssistanceType, Measure, assistance_sought
from mla_lint.findings import Finding, Severity
from mla_lint.model import Document
from mla_lint.rule import Rule

TARGET = re.compile(
    r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}\.[\w.]{1,63}"  # e-mail address
    r"|(?<![\w@])@[A-Za-z0-9_.]{3,30}\b"  # user handle
    r"|\b(?:https?://)?(?:www\.)?[a-z0-9-]{2,63}\.(?:com|net|org|io|info|biz)(?:/[^\s]*)?"  # web address
    r"|\+?\d[\d ()-]{7,18}\d\b"  # telephone number
    r"|\b\d{1,5}\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Lane|Ln\.?|Way|Court|Ct\.?|Place|Pl\.?|Parkway|Highway)\b"  # street address
    r"|\b(?:account|a/c)\s+(?:no\.?\s*|number\s*)?:?\s*[A-Z0-9][A-Z0-9-]{4,30}\b",  # account number
    re.IGNORECASE,
)
"""What identifies the account or premises a search or content request is about."""

CONTENT = re.compile(
    r"\b(?:contents?|messages?|e-?mails?|chats?|conversations?|communications|photo(?:graph)?s|videos?|images|files|"
    r"attachments|posts|drafts|inbox|stored)\b",
    re.IGNORECASE,
)
"""Stored content, as opposed to subscriber or traffic records."""
PREMISES_ENTITIES = frozenset({"ORG", "FAC"})
"""For a search: the company or building whose premises are to be searched."""
SUBSCRIBER_ONLY = re.compile(r"\b(?:subscriber|registration|log-?in|IP\s+address|billing|account\s+holder)\b", re.IGNORECASE)


class ProbableCause(Rule):
    """A request to the US for a search or for stored communications content sets out facts linking the named account or premises to the offence.

    **What it checks.** For each search and for each request for the
    content of stored communications (e-mails, messages, files, as opposed
    to subscriber or traffic records), the request must (1) name the account
    or premises (an e-mail address, user name, telephone number, web
    address, account number or street address) and (2) mention that
    account or premises again in its facts, outside the passage that asks
    for it (for a search, the company or building named also counts), so
    that there are facts tying it to the offence ("on 3 May the
    suspect sent the invoices from jdoe@example.com"). The finding points at
    the passage that asks. Conclusory statements ("the account is believed to
    contain evidence") are not facts; a request that names the account only
    in its list of measures gets the finding.

    **Why it matters.** A US court executes these measures with a search
    warrant under Rule 41 of the Federal Rules of Criminal Procedure or a
    warrant under 18 U.S.C. § 2703, and it must find probable cause that
    the place or account holds evidence of the offence; US providers may not
    give stored content to foreign governments directly. A request without
    such facts comes back from the Office of International Affairs.

    **Source.** 18 U.S.C. § 3512(a)(2)(A)-(B) (orders executing foreign
    requests include "a search warrant, as provided under Rule 41" and "a
    warrant or order for contents of stored wire or electronic
    communications ... as provided under section 2703"),
    https://www.law.cornell.edu/uscode/text/18/3512 (VERIFIED); on probable
    cause for foreign requests, Lawfare (2015) and ZwillGen (2017/2020),
    research note §3.2 (SECONDARY).

    **Bad.** "Please obtain the contents of the e-mail account
    jdoe@example.com." with the account mentioned nowhere else.

    **Good.** "... On 3 May 2024 the suspect e-mailed the forged invoices to
    the victim from jdoe@example.com (see the e-mail attached as Annex 2).
    Please obtain the contents of jdoe@example.com from 1 April to 31 May
    2024."
    """

    code = "US101"
    name = "probable-cause"
    severity = Severity.ERROR
    jurisdiction = "US"
    source = "18 U.S.C. § 3512(a)(2); Fed. R. Crim. P. 41; 18 U.S.C. § 2703"

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        sought = facts.derived(assistance_sought)
        asking = {(e.block.index, e.start) for e in sought.requests} | {(m.evidence.block.index, m.evidence.start) for m in sought.measures}
        outside = [
            s.text.lower() for s in facts.body_sentences()
            if not any(b == s.block.index and s.start <= start < s.end for b, start in asking)
        ]
        measures = list({(m.evidence.block.index, m.evidence.start): m for m in _needing_probable_cause(sought.measures)}.values())
        named = [(measure, _targets(facts, measure)) for measure in measures]
        if measures and not any(targets for _, targets in named):
            evidence = measures[0].evidence
            yield self.finding(
                "The request asks for a search or for stored content but does not name the account or premises.",
                evidence.block, evidence.start, evidence.end,
                suggestion="Name the account (e-mail address, user name, telephone number) or the premises (street address).",
            )
        for measure, targets in named:
            if targets and not any(target in text for target in targets for text in outside):
                evidence = measure.evidence
                yield self.finding(
                    f"No facts tie {', '.join(sorted(targets))} to the offence: it is named only where it is asked for, "
                    "and a US court needs probable cause that it holds evidence.",
                    evidence.block, evidence.start, evidence.end,
                    suggestion=(
                        "In the facts, say what the account or premises was used for and when (e.g. \"on 3 May 2024 "
                        "the suspect sent the forged invoices from jdoe@example.com\")."
                    ),
                )


def _targets(facts: Analysis, measure: Measure) -> frozenset[str]:
    """The accounts and premises a passage names, lower-cased, without trailing punctuation.

    Identifiers (e-mail addresses, handles, numbers, street addresses) for any measure; for a search also the
    companies and buildings it names (spaCy ORG and FAC entities: "the offices of Fiduciaire Lémanique Sàrl").
    """
    evidence = measure.evidence
    found = {m.group(0).strip().rstrip(".,;:)") for m in TARGET.finditer(evidence.text)}
    if measure.kind is AssistanceType.SEARCH_SEIZURE:
        span = facts.doc_of(evidence.block).char_span(evidence.start, evidence.end, alignment_mode="expand")
        found |= {ent.text for ent in (span.ents if span is not None else ()) if ent.label_ in PREMISES_ENTITIES}
    return frozenset(name.lower() for name in found if len(name) > 3)


def _needing_probable_cause(measures: Iterable[Measure]) -> Iterable[Measure]:
    """Searches, and requests for stored communications content (not subscriber or traffic records alone).

    A passage that also asks for testimony ("that she be examined ... and produce the emails she kept") asks a
    witness, not a provider, and is left out.
    """
    measures = list(measures)
    testimony = {(m.evidence.block.index, m.evidence.start) for m in measures if m.kind is AssistanceType.TESTIMONY}
    for measure in measures:
        text = measure.evidence.text
        if measure.kind is AssistanceType.SEARCH_SEIZURE or (
            measure.kind is AssistanceType.COMMUNICATIONS_DATA and CONTENT.search(text)
            and (measure.evidence.block.index, measure.evidence.start) not in testimony
            and not (SUBSCRIBER_ONLY.search(text) and not re.search(r"\bcontents?\b", text, re.IGNORECASE))
        ):
            yield measure
