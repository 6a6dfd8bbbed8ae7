"""The plugin author's sample kit: reproducible files, their expectations, and the check a plugin's test runs."""

from __future__ import annotations

import runpy
from pathlib import Path

import docx
import pytest

from mla_lint.engine import Linter
from mla_lint.sample_kit import PluginSample, check_sample, expected_samples, write_samples

ROOT = Path(__file__).resolve().parent.parent
PLUGIN_SAMPLES = sorted((ROOT / "plugins").glob("*/samples/generate.py"))

SAMPLES = (
    PluginSample("to_uk.docx", ("# Request", "To: the UK Central Authority, London.", "Please freeze the account."), ()),
    PluginSample("elsewhere.txt", ("To: the Ministry of Justice of Ruritania.", "Please freeze the account."), (), ()),
)


def test_written_samples_are_byte_for_byte_reproducible(tmp_path: Path) -> None:
    write_samples(SAMPLES, tmp_path / "one", profile="UK")
    write_samples(SAMPLES, tmp_path / "two", profile="UK")
    for name in ("to_uk.docx", "elsewhere.txt", "expected.json"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name


def test_samples_hold_their_text_and_expectations(tmp_path: Path) -> None:
    write_samples(SAMPLES, tmp_path, profile="UK")
    document = docx.Document(str(tmp_path / "to_uk.docx"))
    assert [(p.style.name, p.text) for p in document.paragraphs][:2] == [
        ("Heading 1", "Request"), ("Normal", "To: the UK Central Authority, London.")
    ]
    assert document.core_properties.author == "mla-lint-uk samples"
    assert (tmp_path / "elsewhere.txt").read_text(encoding="utf-8").split("\n\n")[0] == SAMPLES[1].paragraphs[0]
    assert expected_samples(tmp_path) == {
        "to_uk.docx": {"codes": [], "profiles": ["UK"]},
        "elsewhere.txt": {"codes": [], "profiles": []},
    }


def test_check_sample_names_the_sample_that_fails(tmp_path: Path) -> None:
    write_samples((PluginSample("wrong.txt", ("To: Ruritania.",), ("XX101",), ("XX",)),), tmp_path, profile="XX")
    with pytest.raises(AssertionError, match="wrong.txt: profiles chosen"):
        check_sample(Linter(), tmp_path, "wrong.txt", profile="XX")


@pytest.mark.parametrize("script", PLUGIN_SAMPLES, ids=lambda p: p.parent.parent.name)
def test_each_plugins_committed_samples_are_what_its_script_writes(script: Path, tmp_path: Path) -> None:
    runpy.run_path(str(script), run_name="generate")["main"](tmp_path)
    committed = script.parent
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == sorted(p.name for p in committed.iterdir() if p.name != "generate.py" and p.is_file())
    for name in written:
        assert (tmp_path / name).read_bytes() == (committed / name).read_bytes(), name
