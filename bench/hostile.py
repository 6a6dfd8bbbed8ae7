"""Run every hostile case of tests/hostile/make_hostile.py once through the CLI.

Prints, per case: exit code, the file's error (or "linted, N findings"), wall
seconds and the child's peak RSS in MiB. Each run lints the hostile file
together with a good sample, which must still be linted.

    python bench/hostile.py [CASE ...]
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "hostile"))

from make_hostile import CASES, GOOD_SAMPLE, run_cli  # noqa: E402


def main(names: list[str]) -> int:
    print(f"{'case':<22} {'exit':>4} {'sec':>6} {'MiB':>6}  result")
    for name in names or list(CASES):
        maker, _expect = CASES[name]
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            path = maker(folder)  # type: ignore[operator]
            try:
                code, out, err, seconds, mib = run_cli([str(path), str(GOOD_SAMPLE), "--format", "json", "--no-config", "--no-cache"], folder)
                try:
                    files = json.loads(out)["files"]
                    hostile = files[0]
                    result = f"error: {hostile['error']}" if hostile["error"] else f"linted, {len(hostile['findings'])} findings"
                    if files[1]["error"]:
                        result += " [GOOD SAMPLE NOT LINTED]"
                except (ValueError, KeyError, IndexError):
                    result = "NO JSON: " + (err.strip().splitlines() or ["?"])[-1][:100]
                if "Traceback" in err or "Traceback" in out:
                    result += " [TRACEBACK]"
            finally:
                if path.exists() and not path.is_dir():
                    path.chmod(0o600)
        print(f"{name:<22} {code:>4} {seconds:>6.2f} {mib:>6.0f}  {result}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
