"""Rules as data: a practitioner writes a rule pack in TOML, without Python.

Each ``[[rule]]`` of a ``.toml`` file becomes a rule class like any other
(listed, explained, selected, suppressed and graded the same way). Four kinds,
after Vale's existence/conditional/substitution checks::

    [[rule]]
    code = "ACME101"                 # prefix of 2-5 capitals + 3 digits
    name = "search-grounds"          # lower-case slug
    kind = "required"                # required | forbidden | conditional | substitution
    severity = "warning"             # error | warning | info
    message = "A search is requested but the grounds for it are not stated."
    source = "Acme Mutual Assistance Act 2001, s. 12"
    documentation = \"\"\"A search request states the grounds for the search.
    (first line: what it checks; then why, the source, a bad and a good example)\"\"\"
    phrases = ["reasonable grounds", "grounds to believe", "probable cause"]
    when = ["search warrant", "search the premises"]   # required: only if one of these is present
    # jurisdiction = "UK"            # run only when that profile is selected

- ``required``: one of ``phrases`` must be in the request (only when one of
  ``when`` is, if given); one finding, at the first ``when`` phrase if any.
- ``forbidden``: every occurrence of ``phrases`` is a finding.
- ``conditional``: every occurrence of a ``when`` phrase needs one of
  ``phrases`` in the same ``scope`` ("paragraph", the default, or "section").
- ``substitution``: every occurrence of a key of the ``[rule.swap]`` table is a
  finding whose suggestion is its value (``"letters rogatory" = "letter of request"``).

``message`` may use ``{match}`` (the words found) and, for substitutions,
``{preferred}``. Phrases are matched on spaCy tokens of the shared analysis
(``spacy.matcher.Matcher``), word by word on the lower-cased form or the
lemma: "search warrant" also finds "Search Warrant" and "searched warrants",
never "research warrant" (whole words only). Only the body of the request
(paragraphs, headings, tables, text boxes) is searched.

A malformed file is refused with one line naming the file, the line and the
key (`RuleFileError`), rather than half-loaded.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from mla_lint.errors import ConfigError
from mla_lint.findings import Finding, Severity
from mla_lint.model import Block, Document
from mla_lint.rule import CODE_PATTERN, NAME_PATTERN, Rule

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import Matcher
    from spacy.tokens import Doc, Token

    from mla_lint.analysis import Analysis

REQUIRED, FORBIDDEN, CONDITIONAL, SUBSTITUTION = "required", "forbidden", "conditional", "substitution"
KINDS = (REQUIRED, FORBIDDEN, CONDITIONAL, SUBSTITUTION)
SCOPES = ("paragraph", "section")
COMMON_KEYS = {"code", "name", "kind", "severity", "message", "source", "documentation"}
KEYS_OF_KIND = {
    REQUIRED: {"phrases", "when", "jurisdiction"},
    FORBIDDEN: {"phrases", "jurisdiction"},
    CONDITIONAL: {"phrases", "when", "scope", "jurisdiction"},
    SUBSTITUTION: {"swap", "jurisdiction"},
}
MUST_HAVE = {REQUIRED: {"phrases"}, FORBIDDEN: {"phrases"}, CONDITIONAL: {"phrases", "when"}, SUBSTITUTION: {"swap"}}
RULE_TABLE = "rule"
RULE_HEADER = re.compile(r"^\s*\[\[\s*rule\s*\]\]")
TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")
FORMS_EXTENSION = "mla_lint_forms"
PHRASES, WHEN = "PHRASES", "WHEN"


class RuleFileError(ConfigError):
    """A rule file that cannot be used: the message is ``path:line: what is wrong``."""


@dataclass(frozen=True)
class RuleSpec:
    """One rule of a rule file, validated."""

    code: str
    name: str
    kind: str
    severity: Severity
    message: str
    source: str
    documentation: str
    file: str
    line: int
    phrases: tuple[str, ...] = ()
    when: tuple[str, ...] = ()
    swap: tuple[tuple[str, str], ...] = ()
    scope: str = "paragraph"
    jurisdiction: str | None = None


class DataRule(Rule):
    """Base of the rules made from rule files: matches the spec's phrases on the shared analysis."""

    spec: ClassVar[RuleSpec]
    rule_file: ClassVar[str]
    """The file that defines the rule (the cache notices its edits, as it notices a module's)."""
    language_model: ClassVar[frozenset[str] | None] = frozenset({"lemmatizer"})

    def check(self, document: Document, facts: Analysis) -> Iterable[Finding]:
        spec = self.spec
        matches = _matches(spec, facts)
        found = [m for m in matches if m.label == PHRASES]
        conditions = [m for m in matches if m.label == WHEN]
        if spec.kind == REQUIRED:
            if found or (spec.when and not conditions):
                return
            first = conditions[0] if conditions else None
            yield self._at(first, spec.message)
        elif spec.kind == FORBIDDEN:
            yield from (self._at(m, spec.message) for m in found)
        elif spec.kind == CONDITIONAL:
            scope = _scope_of(facts) if spec.scope == "section" else None

            def place(match: _Match) -> int | None:
                return scope.get(match.block.index) if scope is not None else match.block.index

            satisfied = {place(m) for m in found}
            yield from (self._at(c, spec.message) for c in conditions if place(c) not in satisfied)
        else:
            preferred = dict(spec.swap)
            for match in matches:
                wanted = preferred[match.label]
                yield self._at(match, spec.message.replace("{preferred}", wanted), suggestion=wanted)

    def _at(self, match: _Match | None, message: str, suggestion: str | None = None) -> Finding:
        if match is None:
            return self.finding(message, suggestion=suggestion)
        text = match.block.text[match.start : match.end]
        return self.finding(message.replace("{match}", text), match.block, match.start, match.end, suggestion=suggestion)


@dataclass(frozen=True)
class _Match:
    label: str
    block: Block
    start: int
    end: int


def _matches(spec: RuleSpec, facts: Analysis) -> list[_Match]:
    """Every match of the spec's phrase families in the body, in document order, longest first where they overlap."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    matcher = _matcher(spec, facts.pipeline.nlp)
    out: list[_Match] = []
    for block in facts.document.body():
        if not block.text.strip():
            continue
        doc = facts.doc_of(block)
        by_label: dict[int, list[Span]] = {}
        for label, start, end in matcher(doc):
            by_label.setdefault(label, []).append(Span(doc, start, end, label=label))
        spans = sorted(span for group in by_label.values() for span in filter_spans(group))  # overlaps within a family only
        out.extend(_Match(span.label_, block, span.start_char, span.end_char) for span in spans)
    return out


@cache
def _matcher(spec: RuleSpec, nlp: Language) -> Matcher:
    """A token matcher for the spec's phrases, built once per pipeline."""
    from spacy.matcher import Matcher
    from spacy.tokens import Token

    global _nlp
    _nlp = nlp
    if not Token.has_extension(FORMS_EXTENSION):
        Token.set_extension(FORMS_EXTENSION, getter=_forms)
    matcher = Matcher(nlp.vocab)
    families = [(PHRASES, spec.phrases), (WHEN, spec.when), *((word, (word,)) for word, _ in spec.swap)]
    for label, phrases in families:
        if phrases:
            matcher.add(label, [_pattern(doc) for doc in nlp.pipe(phrases)])
    return matcher


_nlp: Language | None = None
"""The pipeline the matchers were built for (the token forms need its lemmatizer)."""


def _forms(token: Token) -> list[str]:
    """The forms a phrase word may match: the lower-cased word, its lemma, and for a proper noun its noun lemma.

    The English lemmatizer leaves proper nouns as written, and title-cased
    headings are tagged as proper nouns: "Letters Rogatory" must still match
    "letter rogatory".
    """
    forms = {token.lower_, token.lemma_.lower()}
    if token.pos_ == "PROPN" and _nlp is not None:
        forms.update(_noun_lemmas(_nlp, token.lower_))
    return sorted(forms)


@lru_cache(maxsize=8192)
def _noun_lemmas(nlp: Language, word: str) -> tuple[str, ...]:
    """The lemmatizer's lemmas of ``word`` read as a common noun (empty without a rule lemmatizer)."""
    from spacy.tokens import Doc

    if "lemmatizer" not in nlp.pipe_names or not hasattr(nlp.get_pipe("lemmatizer"), "rule_lemmatize"):
        return ()
    lemmatizer = nlp.get_pipe("lemmatizer")
    return tuple(lemmatizer.rule_lemmatize(Doc(nlp.vocab, words=[word], pos=["NOUN"])[0]))


def _pattern(phrase: Doc) -> list[dict[str, Any]]:
    """Each word of the phrase as one of its forms (`_forms`)."""
    return [{"_": {FORMS_EXTENSION: {"INTERSECTS": _forms(t)}}} for t in phrase]


def _scope_of(facts: Analysis) -> dict[int, int]:
    """Block index -> number of the section it is in."""
    return {block.index: number for number, section in enumerate(facts.sections) for block in (section.heading, *section.blocks) if block is not None}


# -- loading ----------------------------------------------------------------------------------


def load_rule_paths(paths: Iterable[str | Path]) -> tuple[type[Rule], ...]:
    """The rules of every ``.toml`` file at ``paths`` (a folder: its ``.toml`` files, recursively, in name order)."""
    classes: list[type[Rule]] = []
    for path in map(Path, paths):
        if path.is_dir():
            classes.extend(cls for file in sorted(path.rglob("*.toml")) for cls in load_rule_file(file))
        elif path.is_file():
            classes.extend(load_rule_file(path))
        else:
            raise RuleFileError(f"{path}: rule path not found")
    return tuple(classes)


def load_rule_file(path: Path) -> tuple[type[Rule], ...]:
    """The rule classes of one file (RuleFileError, naming file, line and key, if it is malformed)."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleFileError(f"{path}: cannot read rule file: {getattr(exc, 'strerror', None) or exc}") from None
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        position = TOML_POSITION.search(message)
        where = f"{path}:{position[1]}:{position[2]}" if position else str(path)
        raise RuleFileError(f"{where}: not valid TOML: {TOML_POSITION.sub('', message)}") from None
    unknown = sorted(set(data) - {RULE_TABLE})
    if unknown:
        raise RuleFileError(f"{path}:1: unknown key {unknown[0]!r} (a rule file holds [[rule]] tables only)")
    rules = data.get(RULE_TABLE, [])
    if not isinstance(rules, list):
        raise RuleFileError(f"{path}:1: 'rule' must be an array of tables, written [[rule]]")
    lines = [number for number, text in enumerate(raw.splitlines(), start=1) if RULE_HEADER.match(text)]
    return tuple(
        rule_class(_spec(entry, str(path), lines[index] if index < len(lines) else 1)) for index, entry in enumerate(rules)
    )


def rule_class(spec: RuleSpec) -> type[Rule]:
    """A `Rule` subclass for ``spec``: its docstring is the documentation, with the source and the file."""
    doc = spec.documentation.strip()
    if "**Source**" not in doc:
        doc += f"\n\n**Source** {spec.source}"
    doc += f"\n\n*A {spec.kind} rule from the rule file {spec.file} (line {spec.line}).*"
    attributes = {
        "__doc__": doc,
        "__module__": __name__,
        "code": spec.code,
        "name": spec.name,
        "severity": spec.severity,
        "source": spec.source,
        "jurisdiction": spec.jurisdiction,
        "spec": spec,
        "rule_file": spec.file,
    }
    return type(f"DataRule_{spec.code}", (DataRule,), attributes)


def _spec(entry: Any, file: str, line: int) -> RuleSpec:
    where = f"{file}:{line}"
    if not isinstance(entry, Mapping):
        raise RuleFileError(f"{where}: a [[rule]] must be a table")
    label = f"rule {entry['code']!r}" if isinstance(entry.get("code"), str) else "rule"

    def fail(key: str, problem: str) -> RuleFileError:
        return RuleFileError(f"{where}: {label}: key {key!r}: {problem}")

    kind = entry.get("kind")
    if kind not in KINDS:
        raise fail("kind", f"must be one of {', '.join(KINDS)}, not {kind!r}")
    allowed = COMMON_KEYS | KEYS_OF_KIND[kind]
    for key in entry:
        if key not in allowed:
            raise fail(key, f"not a key of a {kind} rule (allowed: {', '.join(sorted(allowed))})")
    for key in sorted(COMMON_KEYS | MUST_HAVE[kind]):
        if key not in entry:
            raise fail(key, "missing")
    text = {key: _text(entry[key], lambda problem, key=key: fail(key, problem)) for key in COMMON_KEYS - {"severity", "kind"}}
    if not CODE_PATTERN.match(text["code"]):
        raise fail("code", f"{text['code']!r} must be 2-5 capitals and 3 digits (ACME101)")
    if not NAME_PATTERN.match(text["name"]):
        raise fail("name", f"{text['name']!r} must be a lower-case slug (search-grounds)")
    try:
        severity = Severity.parse(_text(entry["severity"], lambda problem: fail("severity", problem)))
    except ValueError as exc:
        raise fail("severity", str(exc)) from None
    scope = entry.get("scope", "paragraph")
    if scope not in SCOPES:
        raise fail("scope", f"must be one of {', '.join(SCOPES)}, not {scope!r}")
    jurisdiction = entry.get("jurisdiction")
    if jurisdiction is not None:
        jurisdiction = _text(jurisdiction, lambda problem: fail("jurisdiction", problem)).upper()
    return RuleSpec(
        code=text["code"],
        name=text["name"],
        kind=kind,
        severity=severity,
        message=text["message"],
        source=text["source"],
        documentation=text["documentation"],
        file=file,
        line=line,
        phrases=_phrases(entry["phrases"], lambda problem: fail("phrases", problem)) if "phrases" in entry else (),
        when=_phrases(entry["when"], lambda problem: fail("when", problem)) if "when" in entry else (),
        swap=tuple(_swaps(entry["swap"], lambda problem: fail("swap", problem))) if "swap" in entry else (),
        scope=scope,
        jurisdiction=jurisdiction,
    )


def _text(value: Any, fail: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise fail("must be a non-empty string")
    return value.strip()


def _phrases(value: Any, fail: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise fail("must be a non-empty list of non-empty strings")
    return tuple(v.strip() for v in value)


def _swaps(value: Any, fail: Any) -> Iterator[tuple[str, str]]:
    if not isinstance(value, Mapping) or not value:
        raise fail("must be a table of \"found\" = \"preferred\" strings")
    for found, preferred in value.items():
        if not isinstance(preferred, str) or not found.strip() or not preferred.strip():
            raise fail(f"{found!r} must map to a non-empty string")
        yield found.strip(), preferred.strip()

