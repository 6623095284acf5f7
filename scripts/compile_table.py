"""Write src/gptmigrate/migrations.json, the JSON twin of migrations.yaml, after validating it.

    python scripts/compile_table.py [--check]

The twin carries the SHA-256 of the YAML it was read from and is used only while that digest
matches, so a stale twin costs start-up time (the YAML is parsed instead), never correctness.
Run this after every edit of migrations.yaml; `--check` exits 1 if the twin is stale
(tests/test_table.py runs the same check).
"""

from __future__ import annotations

import sys
from pathlib import Path

from gptmigrate.table import TWIN_NAME, TableError, compile_twin, shipped_table_text

TWIN = Path(__file__).resolve().parents[1] / "src" / "gptmigrate" / TWIN_NAME


def main(argv: list) -> int:
    text, path = shipped_table_text()
    try:
        twin = compile_twin(text, path)
    except TableError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    current = TWIN.read_text(encoding="utf-8") if TWIN.is_file() else None
    if "--check" in argv:
        if current != twin:
            print(f"{TWIN} is stale: run python scripts/compile_table.py", file=sys.stderr)
            return 1
        return 0
    if current != twin:
        TWIN.write_text(twin, encoding="utf-8")
        print(f"wrote {TWIN}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
