"""The plugin author's kit, part two: sample requests written by a script, and the test that checks them.

A jurisdiction plugin ships realistic requests with the codes each must get
(its regression corpus). The plugin's ``samples/generate.py`` lists them as
`PluginSample` values and calls `write_samples`; its test parametrizes over
`expected_samples` and calls `check_sample`::

    SAMPLES = (PluginSample("uk_complete.docx", ("# Request ...", "..."), codes=()), ...)
    write_samples(SAMPLES, folder, profile="UK")

    @pytest.mark.parametrize("name", sorted(expected_samples(FOLDER)))
    def test_sample(name):
        check_sample(Linter(), FOLDER, name, profile="UK")

The files are byte for byte the same on every run (fixed document
properties and zip dates), so a regenerated corpus shows in a diff only
where a sample really changed.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from docx import Document as new_docx

if TYPE_CHECKING:
    from mla_lint.engine import Linter

ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
"""The date of every member of a written package: the earliest a zip file can hold."""
SAMPLE_DATE = datetime(2025, 1, 1)
"""The creation and modification date written into a sample's document properties."""
EXPECTED_FILE = "expected.json"


@dataclass(frozen=True)
class PluginSample:
    """One sample request: its file name (.docx or .txt), paragraphs, the plugin's codes it must get, and the
    jurisdiction profiles automatic selection must choose for it (None: the plugin's own profile)."""

    name: str
    paragraphs: tuple[str, ...]
    """Paragraphs; in .docx, a paragraph starting with "# " is a Heading 1."""
    codes: tuple[str, ...]
    profiles: tuple[str, ...] | None = None


def write_samples(samples: Iterable[PluginSample], folder: Path, *, profile: str) -> None:
    """Write each sample into ``folder``, and ``expected.json`` with the codes and profiles each must get."""
    folder.mkdir(parents=True, exist_ok=True)
    expected = {}
    for sample in samples:
        _write(sample, folder / sample.name, author=f"mla-lint-{profile.lower()} samples")
        profiles = (profile,) if sample.profiles is None else sample.profiles
        expected[sample.name] = {"codes": list(sample.codes), "profiles": list(profiles)}
    (folder / EXPECTED_FILE).write_text(json.dumps(expected, indent=2) + "\n", encoding="utf-8")


def expected_samples(folder: Path) -> dict[str, dict[str, list[str]]]:
    """What ``write_samples`` recorded for each sample in ``folder``."""
    return json.loads((folder / EXPECTED_FILE).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def check_sample(linter: Linter, folder: Path, name: str, *, profile: str) -> None:
    """Lint the sample with default settings: ``profile`` is chosen automatically exactly when expected, and the
    sample gets exactly its expected codes of that profile (the core's findings are not compared)."""
    expected = expected_samples(folder)[name]
    report = linter.lint_path(folder / name)
    chosen = [p.code for p in report.profiles]
    assert (profile in chosen) == (profile in expected["profiles"]), f"{name}: profiles chosen {chosen}"
    found = sorted(f.code for f in report.findings if f.code.startswith(profile))
    assert found == sorted(expected["codes"]), f"{name}: {found} != {sorted(expected['codes'])}"


def reproducible_package(package: bytes, rewrite: Callable[[str, bytes], bytes] | None = None) -> bytes:
    """The same zip package (a .docx) with every member dated `ZIP_EPOCH`, so equal content gives equal bytes;
    ``rewrite(member name, data)``, if given, may change a member on the way (a property python-docx cannot set)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as source, zipfile.ZipFile(out, "w") as target:
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=ZIP_EPOCH)
            info.create_system = 3  # the default depends on the platform the script runs on
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = member.external_attr
            data = source.read(member)
            target.writestr(info, rewrite(member.filename, data) if rewrite else data)
    return out.getvalue()


def _write(sample: PluginSample, path: Path, *, author: str) -> None:
    if path.suffix == ".txt":
        path.write_text("\n\n".join(sample.paragraphs) + "\n", encoding="utf-8")
        return
    document = new_docx()
    for paragraph in sample.paragraphs:
        if paragraph.startswith("# "):
            document.add_heading(paragraph[2:], level=1)
        else:
            document.add_paragraph(paragraph)
    properties = document.core_properties
    properties.author = properties.last_modified_by = author
    properties.created = properties.modified = SAMPLE_DATE
    properties.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(reproducible_package(buffer.getvalue()))
