"""The mla-lint command: every option and exit code, on real files."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SAMPLES

CLEAN = (
    "To the Central Authority of the Republic of Ruritania\n\n"
    "The Attorney General of Freedonia requests assistance under Article 18 of the United Nations "
    "Convention against Transnational Organized Crime.\n\n"
    "The Requesting State asks that this request and its contents be kept confidential.\n"
)
NO_CLAUSE = "The Attorney General of Freedonia requests the bank records of account 12345.\n"
PLACEHOLDER = CLEAN + "\nThe suspect, [NAME OF SUSPECT], holds passport XXXXXXX.\n"


SUBSET = ("MLA110", "MLA202", "MLA206")
"""The CLI is exercised with three core rules (a configuration file above the inputs selects them), so these
tests are about the command, not about what the other rules find in these short texts."""


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    (tmp_path / "mla-lint.toml").write_text(f"select = {list(SUBSET)!r}\n".replace("'", '"'))
    paths = {}
    for name, text in {"clean.txt": CLEAN, "no_clause.txt": NO_CLAUSE, "placeholder.txt": PLACEHOLDER}.items():
        path = tmp_path / "in" / name
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths[name] = path
    return paths


def test_exit_codes_0_1_and_fail_on(run_cli, files) -> None:
    assert run_cli(files["clean.txt"]).code == 0
    assert run_cli(files["no_clause.txt"]).code == 1
    assert run_cli(files["no_clause.txt"], "--fail-on", "error").code == 0
    assert run_cli(files["placeholder.txt"], "--fail-on", "error").code == 1


def test_an_unreadable_file_is_exit_2_with_one_line_and_the_others_are_still_linted(run_cli, files, tmp_path) -> None:
    empty = tmp_path / "empty.docx"
    empty.write_bytes(b"")
    result = run_cli(files["placeholder.txt"], tmp_path / "missing.pdf", empty, "--format", "json")
    assert result.code == 2
    by_path = {Path(f["path"]).name: f for f in result.json()["files"]}
    assert by_path["missing.pdf"]["error"] == "no such file"
    assert by_path["empty.docx"]["error"] == "empty file"
    assert [f["code"] for f in by_path["placeholder.txt"]["findings"]] == ["MLA202", "MLA202"]
    assert result.err.splitlines() == [
        f"mla-lint: error: {tmp_path / 'missing.pdf'}: no such file",
        f"mla-lint: error: {empty}: empty file",
    ]
    assert "Traceback" not in result.err


def test_text_output_shows_location_message_and_summary(run_cli, files) -> None:
    result = run_cli(files["placeholder.txt"], "--color", "never")
    assert result.code == 1
    assert "MLA202" in result.out and "[NAME OF SUSPECT]" in result.out
    assert "\x1b[" not in result.out
    assert "2 findings" in result.out.splitlines()[-1]


def test_colour_only_when_asked_or_on_a_terminal(run_cli, files) -> None:
    assert "\x1b[" in run_cli(files["placeholder.txt"], "--color", "always").out


def test_select_ignore_extend_select_and_severity(run_cli, files) -> None:
    def codes(*options: str) -> list[str]:
        result = run_cli(files["placeholder.txt"], files["no_clause.txt"], "--format", "json", *options)
        return [f["code"] for file in result.json()["files"] for f in file["findings"] if f["code"] in SUBSET]

    assert codes() == ["MLA202", "MLA202", "MLA110"]
    assert codes("--select", "MLA1") == ["MLA110"]
    assert codes("--ignore", "MLA202") == ["MLA110"]
    assert codes("--select", "MLA1", "--extend-select", "MLA202") == ["MLA202", "MLA202", "MLA110"]
    result = run_cli(files["no_clause.txt"], "--format", "json", "--severity", "MLA110=info")
    assert result.json()["files"][0]["findings"][0]["severity"] == "info"
    assert result.code == 0


def test_jurisdiction_enables_plugin_rules_and_overrides(run_cli, files) -> None:
    result = run_cli(files["no_clause.txt"], "--format", "json", "--jurisdiction", "RU", "--extend-select", "RU101")
    findings = {f["code"]: f for f in result.json()["files"][0]["findings"]}
    assert findings["MLA110"]["severity"] == "error"
    assert findings["RU101"]["origin"] == "mla-lint-testplugin"


def test_a_crashing_plugin_rule_gives_exit_2_and_names_rule_and_plugin(run_cli, files) -> None:
    result = run_cli(files["no_clause.txt"], "--jurisdiction", "XC", "--extend-select", "XC901", "--color", "never")
    assert result.code == 2
    assert "XC901" in result.out and "mla-lint-testplugin" in result.out
    assert "MLA110" in result.out


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--select", "MLA9"], "mla-lint: error: unknown rule code or prefix 'MLA9' (see mla-lint --list-rules)"),
        (["--format", "yaml"], "mla-lint: error: unknown output format 'yaml'"),
        (["--jurisdiction", "ZZ"], "mla-lint: error: unknown jurisdiction 'ZZ'"),
        (["--severity", "MLA110"], "mla-lint: error: --severity expects CODE=LEVEL, not 'MLA110'"),
        (["--config", "nowhere.toml"], "mla-lint: error: nowhere.toml: configuration file not found"),
    ],
)
def test_usage_errors_are_one_line_exit_2(run_cli, files, options, message) -> None:
    result = run_cli(files["clean.txt"], *options)
    assert result.code == 2
    assert len(result.err.splitlines()) == 1
    assert result.err.startswith(message)


def test_no_path_is_a_usage_error(run_cli) -> None:
    result = run_cli()
    assert (result.code, result.err.strip()) == (
        2,
        "mla-lint: error: no PATH given (try: mla-lint request.docx, or mla-lint --help)",
    )


def test_directories_and_globs_are_expanded(run_cli, files, tmp_path) -> None:
    (tmp_path / "in" / "notes.xyz").write_text("not a request")
    by_dir = run_cli(tmp_path / "in", "--format", "json").json()
    assert sorted(Path(f["path"]).name for f in by_dir["files"]) == ["clean.txt", "no_clause.txt", "placeholder.txt"]
    by_glob = run_cli(str(tmp_path / "in" / "*clause*.txt"), "--format", "json").json()
    assert [Path(f["path"]).name for f in by_glob["files"]] == ["no_clause.txt"]


def test_a_directory_named_like_a_document_is_an_error(run_cli, tmp_path) -> None:
    (tmp_path / "request.docx").mkdir()
    result = run_cli(tmp_path / "request.docx")
    assert result.code == 2
    assert "is a directory" in result.out


def test_output_file_is_owner_only_and_never_an_input(run_cli, files, tmp_path) -> None:
    target = tmp_path / "report.json"
    result = run_cli(files["placeholder.txt"], "--format", "json", "--output", target)
    assert result.code == 1 and result.out == ""
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert json.loads(target.read_text())["files"][0]["findings"]
    before = files["clean.txt"].read_bytes()
    refused = run_cli(files["clean.txt"], "--output", files["clean.txt"])
    assert refused.code == 2 and "refusing to overwrite an input" in refused.err
    assert files["clean.txt"].read_bytes() == before


def test_configuration_is_found_from_the_file_upwards_and_the_command_line_wins(run_cli, files, tmp_path) -> None:
    (tmp_path / "in" / "mla-lint.toml").write_text('select = ["MLA110", "MLA202"]\nignore = ["MLA202"]\nformat = "json"\n')
    result = run_cli(files["placeholder.txt"], "--format", "json")
    assert result.json()["files"][0]["findings"] == []
    assert run_cli(files["placeholder.txt"], "--format", "json", "--no-config").json()["files"][0]["findings"]
    explicit = tmp_path / "strict.toml"
    explicit.write_text('select = ["MLA202"]\n')
    codes = [f["code"] for f in run_cli(files["placeholder.txt"], "--format", "json", "--config", explicit).json()["files"][0]["findings"]]
    assert codes == ["MLA202", "MLA202"]


def test_a_bad_configuration_file_is_exit_2(run_cli, files, tmp_path) -> None:
    (tmp_path / "in" / "mla-lint.toml").write_text("fail-on = 'never'\n")
    result = run_cli(files["clean.txt"])
    assert result.code == 2
    assert "mla-lint.toml: invalid configuration: unknown severity 'never'" in result.err


def test_quiet_and_statistics(run_cli, files) -> None:
    quiet = run_cli(files["placeholder.txt"], "--quiet", "--color", "never").out
    assert "finding" not in quiet.splitlines()[-1]
    stats = run_cli(files["placeholder.txt"], files["no_clause.txt"], "--statistics", "--color", "never").out
    assert any(line.split()[:3] == ["2", "MLA202", "placeholder"] or ("MLA202" in line and "2" in line.split()) for line in stats.splitlines())


def test_list_rules_text_and_json(run_cli) -> None:
    text = run_cli("--list-rules").out
    assert any(line.startswith("MLA110") and "core" in line for line in text.splitlines())
    rules = run_cli("--list-rules", "--format", "json").json()
    by_code = {r["code"]: r for r in rules}
    assert {"code": "MLA202", "name": "placeholder", "severity": "error", "origin": "core"}.items() <= by_code["MLA202"].items()
    codes = [r["code"] for r in rules]
    assert codes == sorted(codes) and "MLA110" in codes
    assert {r["code"]: r["origin"] for r in rules}["RU101"] == "mla-lint-testplugin"


def test_explain(run_cli) -> None:
    result = run_cli("--explain", "mla110")
    assert result.code == 0
    assert result.out.startswith("MLA110 (confidentiality)")
    assert "UNTOC Art. 18(20)" in result.out and "**Bad.**" in result.out
    missing = run_cli("--explain", "MLA999")
    assert (missing.code, missing.err.strip()) == (2, "mla-lint: error: unknown rule code 'MLA999' (see mla-lint --list-rules)")


def test_version(run_cli) -> None:
    with pytest.raises(SystemExit) as caught:
        run_cli("--version")
    assert caught.value.code == 0


def test_listing_and_explaining_never_import_spacy() -> None:
    code = (
        "import sys\nfrom mla_lint.cli import main\n"
        "main(['--list-rules']); main(['--explain', 'MLA110'])\n"
        "assert 'spacy' not in sys.modules, 'spacy imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


def test_the_installed_console_script_runs_without_traceback(tmp_path) -> None:
    script = Path(sys.executable).with_name("mla-lint")
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(os.urandom(2048))
    result = subprocess.run([script, garbage, str(SAMPLES / "complete_ke_to_za.txt")], capture_output=True, text=True)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr + result.stdout
    assert str(garbage) in result.stdout


def test_timeout_stops_a_runaway_plugin_rule(run_cli, files) -> None:
    result = run_cli(files["no_clause.txt"], "--jurisdiction", "XS", "--extend-select", "XS902", "--timeout", "1", "--format", "json")
    assert result.code == 2
    (failure,) = result.json()["files"][0]["rule_failures"]
    assert failure["code"] == "XS902" and "time limit of 1 s" in failure["message"]
    assert [f["code"] for f in result.json()["files"][0]["findings"] if f["code"] in SUBSET] == ["MLA110"]


def test_internal_errors_are_one_line_unless_debug(run_cli, files, monkeypatch) -> None:
    from mla_lint.engine import Linter

    def explode(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(Linter, "lint_paths", explode)
    result = run_cli(files["clean.txt"])
    assert (result.code, result.err.strip()) == (
        2,
        "mla-lint: error: internal error: RuntimeError: boom (run with --debug for details)",
    )
    with pytest.raises(RuntimeError, match="boom"):
        run_cli(files["clean.txt"], "--debug")
