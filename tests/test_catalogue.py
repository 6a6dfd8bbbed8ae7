"""The rule catalogue behind ``--list-rules``/``--explain``: remembered, and forgotten whenever it could be stale."""

from __future__ import annotations

import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from mla_lint.cache import ResultCache
from mla_lint.catalogue import Catalogue, catalogue_key, rule_catalogue
from mla_lint.errors import UsageError
from mla_lint.plugin import DISABLE_AUTOLOAD_ENV
from mla_lint.registry import build_registry

PACK = textwrap.dedent(
    """
    [[rule]]
    code = "ACME101"
    name = "search-grounds"
    kind = "required"
    severity = "warning"
    message = "A search is requested but its grounds are not stated."
    source = "Acme Mutual Assistance Act 2001, s. 12 (fictional)"
    documentation = "A request for a search states the grounds for it."
    when = ["search warrant"]
    phrases = ["reasonable grounds"]
    """
)


@pytest.fixture
def cache(tmp_path: Path) -> ResultCache:
    return ResultCache(tmp_path / "cache").open()


def test_the_catalogue_lists_what_the_registry_lists(cache: ResultCache) -> None:
    catalogue = rule_catalogue(cache=cache)
    assert catalogue.rules == build_registry().rule_infos()
    assert catalogue.rule("mla110").name == "confidentiality"
    with pytest.raises(UsageError, match="unknown rule code 'MLA999'"):
        catalogue.rule("MLA999")


def test_a_second_listing_comes_from_the_cache_without_importing_any_rule(tmp_path: Path) -> None:
    code = textwrap.dedent(
        f"""
        import sys
        from mla_lint.cache import ResultCache
        from mla_lint.catalogue import rule_catalogue
        cache = ResultCache(__import__("pathlib").Path({str(tmp_path / "cache")!r})).open()
        rules = rule_catalogue(cache=cache).rules
        print(len(rules), any(name.startswith("mla_lint.rules.") for name in sys.modules))
        """
    )
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
            for _ in range(2)]
    assert runs[0][0] == runs[1][0]
    assert (runs[0][1], runs[1][1]) == ("True", "False")  # the first run imports the rules, the second does not


def test_the_key_changes_with_rule_files_plugins_and_autoloading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pack = tmp_path / "pack.toml"
    pack.write_text(PACK, encoding="utf-8")
    plain, with_pack = catalogue_key(), catalogue_key([pack])
    assert plain == catalogue_key() and plain != with_pack
    pack.write_text(PACK.replace('"warning"', '"error"'), encoding="utf-8")
    assert catalogue_key([pack]) != with_pack  # an edited rule pack is noticed
    monkeypatch.setenv(DISABLE_AUTOLOAD_ENV, "1")
    assert catalogue_key() != plain  # no plugin: another rule set


def test_an_edited_rule_pack_is_listed_as_edited(tmp_path: Path, cache: ResultCache) -> None:
    pack = tmp_path / "pack.toml"
    pack.write_text(PACK, encoding="utf-8")
    assert rule_catalogue([pack], cache).rule("ACME101").severity.value == "warning"
    pack.write_text(PACK.replace('"warning"', '"error"'), encoding="utf-8")
    assert rule_catalogue([pack], cache).rule("ACME101").severity.value == "error"


def test_a_catalogue_with_load_errors_is_not_kept(cache: ResultCache, monkeypatch: pytest.MonkeyPatch) -> None:
    failing = Catalogue(rules=(), load_errors=("plugin 'x' failed to load: ImportError: no module",))
    monkeypatch.setattr(Catalogue, "of", classmethod(lambda cls, registry: failing))
    assert rule_catalogue(cache=cache) is failing
    key = catalogue_key()
    assert key is not None and cache.load(key) is None


def test_the_catalogue_is_stored_owner_only(cache: ResultCache) -> None:
    rule_catalogue(cache=cache)
    entries = [p for p in cache.directory.rglob("*") if p.is_file()]
    assert entries and all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in entries)


def test_no_cache_lists_without_storing(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    directory = tmp_path / "fresh-cache"
    assert "MLA110" in run_cli("--list-rules", "--no-cache", "--cache-dir", directory).out
    assert not directory.exists()
    assert "MLA110" in run_cli("--explain", "MLA110", "--cache-dir", directory).out
    assert any(p.is_file() for p in directory.rglob("*"))
