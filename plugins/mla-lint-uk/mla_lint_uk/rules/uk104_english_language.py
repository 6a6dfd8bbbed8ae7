"""UK104: a request to the UK is in English (or comes with an English translation)."""

from __future__ import annotations

from collections.abc import Iterable

from mla_lint.analysis import Analysis
from mla_lint.findings import Finding, Severity
from mla_lint.model import Document
from mla_lint.rule import Rule

MIN_WORDS = 60
"""Below this many words the share of English function words says too little."""
MIN_ENGLISH_SHARE = 0.2
"""English prose has 35-55 % function words (spaCy's English stop list); French, Spanish or German prose under 10 %."""


class EnglishLanguage(Rule):
    """A request to the UK is written in English, or an English translation is sent with it.

    **What it checks.** The share of English function words ("the", "of",
    "and", "is", "that": spaCy's English stop-word list) among the words of
    the request body. English prose has well over a third; a request written
    in French, Spanish, Portuguese or German has almost none. The rule fires
    when the body has at least 60 words and fewer than a fifth of them are
    English function words. Names, numbers and quotations in another
    language inside an English request do not lower the share enough to
    fire.

    **Why it matters.** The UK executes requests in English: a request in
    another language must come with an English translation, or it will be
    returned for one before it is considered. UNTOC Art. 18(14) lets each
    state declare the languages it accepts.

    **Source.** UNTOC Art. 18(14) ("in a language acceptable to the requested
    State Party"), research note §1.1 (VERIFIED); Home Office, *Request for
    Mutual Legal Assistance in criminal matters: guidelines for authorities
    outside of the United Kingdom* (2022), https://www.gov.uk/government/publications/mla-guidelines-for-authorities-outside-of-the-uk
    (only its opening was read: the language requirement itself is from
    UNTOC, research note §4 item 18).

    **Bad.** A *commission rogatoire* in French addressed to the UK Central
    Authority with no translation.

    **Good.** The same request with a certified English translation, the
    translation being the document submitted.
    """

    code = "UK104"
    name = "english-language"
    severity = Severity.ERROR
    jurisdiction = "UK"
    language_model = frozenset()
    source = "UNTOC Art. 18(14); UK MLA guidelines (2022)"

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        # Imported here, not at the top: listing or explaining rules must not import spaCy (hookspecs.get_rules).
        from spacy.lang.en.stop_words import STOP_WORDS

        words = [w.strip(".,;:()\"'").lower() for block in document.body() for w in block.text.split()]
        words = [w for w in words if w.isalpha()]
        if len(words) < MIN_WORDS:
            return
        share = sum(w in STOP_WORDS for w in words) / len(words)
        if share < MIN_ENGLISH_SHARE:
            yield self.finding(
                f"The request does not appear to be written in English (only {share:.0%} of its words are English "
                "function words).",
                suggestion="Send the request in English, or attach a certified English translation and submit that.",
            )
