"""The plugin author's kit: the example plugin of docs/plugins.md works as written, and mla_lint.testing."""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path
from types import ModuleType

import pytest

from mla_lint import hookspecs
from mla_lint.testing import assert_codes, codes_for, findings_for

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "docs" / "example-plugin"
TO_NZ = "To: the Central Authority of New Zealand\n\nPlease search the premises of Mr Khan at 4 High Street, Auckland."
GROUNDED = TO_NZ + (
    " There are reasonable grounds to believe the ledgers are there."
    " Fraud carries a maximum penalty of ten years' imprisonment."
)


@pytest.fixture(scope="module")
def example() -> ModuleType:
    """The example plugin, from the docs folder (not installed: registered as an extra plugin)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.syspath_prepend(str(EXAMPLE))
        return importlib.import_module("mla_lint_example")


def test_the_example_plugin_fires_and_stays_silent(example: ModuleType) -> None:
    assert_codes(TO_NZ, {"EX101", "EX201"}, jurisdiction="EX", plugins=[example], autoload=False)
    assert_codes(GROUNDED, set(), jurisdiction="EX", plugins=[example], autoload=False)
    assert_codes("LETTER ROGATORY\n\n" + GROUNDED, {"EX202"}, jurisdiction="EX", plugins=[example], autoload=False)


def test_the_example_profile_selects_itself_for_a_request_to_new_zealand(example: ModuleType) -> None:
    # no jurisdiction and no select: every core rule, plus the profiles the document's states select
    assert {"EX101", "EX201"} <= codes_for(TO_NZ, plugins=[example], autoload=False)
    to_kenya = TO_NZ.replace("New Zealand", "Kenya").replace("Auckland", "Nairobi")
    assert not {"EX101", "EX201"} & codes_for(to_kenya, plugins=[example], autoload=False)


def test_assert_codes_explains_a_mismatch(example: ModuleType) -> None:
    with pytest.raises(AssertionError, match=r"expected \['EX101'\], got \['EX101', 'EX201'\] \(missing \[\], unexpected \['EX201'\]\)"):
        assert_codes(TO_NZ, {"EX101"}, jurisdiction="EX", plugins=[example], autoload=False)
    with pytest.raises(AssertionError, match="no installed rule belongs to the jurisdiction 'ZZ'"):
        codes_for(TO_NZ, jurisdiction="ZZ", autoload=False)


def test_the_helpers_take_files_and_bytes(tmp_path: Path) -> None:
    path = tmp_path / "request.txt"
    path.write_text("To: the Central Authority of Ruritania\n\nUnder UNTOC Article 18 we ask for bank records.", encoding="utf-8")
    assert_codes(path, {"RU101"}, jurisdiction="RU")  # the installed test plugin
    assert codes_for(path.read_bytes(), jurisdiction="RU") == {"RU101"}
    assert [f.code for f in findings_for(path, select=["MLA110"], autoload=False)] == ["MLA110"]


def test_the_plugin_guide_documents_every_hook() -> None:
    guide = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")
    hooks = [name for name, _ in inspect.getmembers(hookspecs.PluginSpec, inspect.isfunction)]
    assert hooks and all(f"def {name}(" in guide for name in hooks)
    for part in ("pyproject.toml", "mla_lint_example/__init__.py", "mla_lint_example/rules/drafting.toml"):
        assert (EXAMPLE / part).read_text(encoding="utf-8").strip() in guide, part
