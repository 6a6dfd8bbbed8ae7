"""Turning command-line PATH arguments into the list of files to lint.

Files are taken as given (whatever their extension: the content decides the
format); directories are walked for the extensions the installed readers
handle (a directory itself named like a document, ``x.docx/``, is kept as an
input so it is reported, not walked); anything else is tried as a glob. A path that matches nothing is kept
so the engine reports it ("no such file") instead of skipping it silently.
"""

from __future__ import annotations

import glob
import os
import re
from pathlib import Path
from typing import Iterable

GLOB_CHARS = frozenset("*?[")
SKIPPED_DIRS = frozenset({".git", ".hg", ".svn", "__pycache__", ".venv", "venv", "node_modules"})
PROJECT_FILES = re.compile(r"^(?:README|CHANGELOG|CHANGES|LICENSE|LICENCE|CONTRIBUTING|NOTICE)(?:\.\w+)?$", re.I)
"""Repository boilerplate that a folder walk leaves out (named explicitly, such a file is still linted)."""


def expand_paths(arguments: Iterable[str], extensions: Iterable[str]) -> list[Path]:
    """Files to lint in a stable order, each once.

    Folder walks leave out Word's lock files (``~$x.docx``) and README-like
    project files; a path given explicitly is always linted.
    """
    wanted = {e.lower() for e in extensions}
    found: dict[Path, None] = {}
    for argument in arguments:
        path = Path(argument)
        if path.is_dir() and path.suffix.lower() not in wanted:
            for file in _walk(path, wanted):
                found.setdefault(file)
        elif path.exists() or path.is_symlink() or not GLOB_CHARS & set(argument):
            found.setdefault(path)
        else:
            matches = sorted(glob.glob(argument, recursive=True))
            for match in matches:
                if Path(match).is_dir():
                    for file in _walk(Path(match), wanted):
                        found.setdefault(file)
                else:
                    found.setdefault(Path(match))
            if not matches:
                found.setdefault(path)  # reported as "no such file"
    return list(found)


def _walk(root: Path, extensions: set[str]) -> list[Path]:
    files = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d not in SKIPPED_DIRS and not d.startswith("."))
        for name in sorted(names):
            if Path(name).suffix.lower() in extensions and not name.startswith("~$") and not PROJECT_FILES.match(name):
                files.append(Path(folder) / name)
    return files
