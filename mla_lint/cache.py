"""A content-hash cache of lint results: re-checking an unchanged archive costs almost nothing.

The key is a SHA-256 over everything that decides a file's report: the
mla_lint version, the plugins (distribution and version), the active rules
with their origins, the size and modification time of mla_lint's and the
rules' source files and rule files (so an edited rule in an editable install
or an edited rule pack is noticed),
the file's settings, its path, and its bytes. Any change to
the file, the configuration, the rule set or a plugin gives another key; an
entry that is no longer wanted is simply never read again.

Reports quote the confidential text of requests, so the cache lives in the
user's own cache directory (platformdirs), the directory is created mode 0700,
each entry is written mode 0600, and the cache is not used at all if the
directory is not owned by the user or can be written by anyone else. Entries
are pickles, read only from that directory. Only complete results are kept: a
report with rule failures (a crash, a time limit) or a read error is linted again next time.
"""

from __future__ import annotations

import hashlib
import inspect
import os
import pickle
import stat
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from mla_lint import __version__

if TYPE_CHECKING:
    from mla_lint.registry import Registry
    from mla_lint.report import FileReport
    from mla_lint.rule import Rule
    from mla_lint.settings import Settings

CACHE_FORMAT = 1
"""Bumped when the stored shape changes, so old entries are ignored."""


def default_cache_dir() -> Path:
    """``$MLA_LINT_CACHE_DIR`` if set, else the platform's user cache directory for mla-lint."""
    from platformdirs import user_cache_dir

    return Path(os.environ.get("MLA_LINT_CACHE_DIR") or user_cache_dir("mla-lint", appauthor=False))


@lru_cache(maxsize=8)
def _code_fingerprint(rule_files: tuple[str, ...]) -> str:
    """Size and modification time of mla_lint's own modules and of the active rules' modules.

    Versions alone miss an edited rule in an editable install (a practitioner
    writing a rule pack, a developer): a stale cached report would hide the
    edit. Stat'ing the files costs well under a millisecond.
    """
    package = Path(__file__).resolve().parent
    return hashlib.sha256(file_stamps([*package.rglob("*.py"), *rule_files])).hexdigest()


def file_stamps(files: Iterable[str | Path]) -> bytes:
    """Name, size and modification time of each file (in name order, unreadable ones left out), to hash:
    what changes when a source file is edited, at the cost of a stat per file."""
    parts = []
    for name in sorted({str(file) for file in files}):
        try:
            info = os.stat(name)
        except OSError:
            continue
        parts.append(f"{name} {info.st_size} {info.st_mtime_ns}")
    return "\n".join(parts).encode("utf-8", "surrogateescape")


def _module_file(cls: type) -> str:
    """The file that defines a rule: its module, or for a rule written as data its rule file."""
    rule_file = getattr(cls, "rule_file", None)
    if isinstance(rule_file, str):
        return rule_file
    try:
        return inspect.getsourcefile(cls) or ""
    except TypeError:
        return ""


class UnsafeCacheDirectory(Exception):
    """The cache directory is shared or not ours: using it could leak or load someone else's data."""


@dataclass(frozen=True)
class ResultCache:
    """Lint results by content hash, in ``directory`` (created owner-only on first use)."""

    directory: Path

    def open(self) -> ResultCache:
        """Create the directory if needed and check that only this user can read or write it."""
        self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = self.directory.stat()
        if info.st_uid != os.getuid():
            raise UnsafeCacheDirectory(f"cache directory {self.directory} belongs to another user; cache not used")
        if stat.S_IMODE(info.st_mode) & 0o077:
            raise UnsafeCacheDirectory(
                f"cache directory {self.directory} is readable or writable by others (mode "
                f"{stat.S_IMODE(info.st_mode):o}); cache not used (chmod 700 it)"
            )
        return self

    def key(self, path: Path, settings: Settings, rules: tuple[Rule, ...], registry: Registry) -> str | None:
        """The entry's key for ``path`` as it is now, or None if the file cannot be read (lint reports why)."""
        digest = hashlib.sha256()
        for part in (f"mla_lint {__version__} cache {CACHE_FORMAT}", repr(settings), str(path)):
            digest.update(part.encode("utf-8", "surrogateescape") + b"\0")
        for plugin in registry.plugins:
            digest.update(f"{plugin.name} {plugin.distribution} {plugin.version}".encode() + b"\0")
        for rule in rules:
            digest.update(f"{rule.code} {rule.origin} {type(rule).__module__}.{type(rule).__qualname__}".encode() + b"\0")
        digest.update(_code_fingerprint(tuple(sorted({_module_file(type(rule)) for rule in rules}))).encode())
        try:
            with open(path, "rb") as handle:
                for chunk in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(chunk)
        except OSError:
            return None
        return digest.hexdigest()

    def get(self, key: str) -> FileReport | None:
        return self.load(key)  # type: ignore[no-any-return]

    def put(self, key: str, report: FileReport) -> None:
        """Store a complete report.

        Unreadable files and reports with rule failures are not stored: their
        reason may be passing (a time limit) and they are cheap to redo.
        """
        if report.rule_failures or report.error is not None:
            return
        self.store(key, report)

    def load(self, key: str) -> object | None:
        """The value stored under ``key``, or None if there is none or it cannot be read back."""
        try:
            with open(self._entry(key), "rb") as handle:
                return pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            return None

    def store(self, key: str, value: object) -> None:
        """Keep ``value`` under ``key`` (written to a private temporary file, then renamed into place)."""
        target = self._entry(key)
        target.parent.mkdir(mode=0o700, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")  # mkstemp creates mode 0600
        try:
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise

    def _entry(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.pickle"
