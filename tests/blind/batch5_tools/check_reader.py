"""Import each batch-5 .txt with `run_bot.py import`, export, and diff against the JSON.

Uses a fresh database per table (/tmp/b5_<slug>.db). Prints every difference; exit code 1 if any.

    python3 tests/blind/batch5_tools/check_reader.py
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
TABLES = HERE.parent / "tables"
PY = str(ROOT / ".venv" / "bin" / "python")
SLUGS = ["shuiwuju_2026", "nongyenongcun_2026", "guangzhou_jiaoyuju_2026"]


def diff(path: str, a, b, out: list[str]) -> None:
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a:
                out.append(f"{path}.{k}: missing in truth, reader has {b[k]!r}")
            elif k not in b:
                out.append(f"{path}.{k}: reader lacks it (truth {a[k]!r})")
            else:
                diff(f"{path}.{k}", a[k], b[k], out)
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            out.append(f"{path}: length {len(a)} (truth) vs {len(b)} (reader)")
        for n, (x, y) in enumerate(zip(a, b, strict=False)):
            diff(f"{path}[{n}]", x, y, out)
    elif isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        if abs(a - b) > 1e-9:
            out.append(f"{path}: {a!r} (truth) vs {b!r} (reader)")
    elif a != b:
        out.append(f"{path}: {a!r} (truth) vs {b!r} (reader)")


def main() -> int:
    total = 0
    for slug in SLUGS:
        db = Path(f"/tmp/b5_{slug}.db")
        if db.exists():
            db.unlink()
        imp = subprocess.run(
            [PY, "run_bot.py", "--db", str(db), "import", str(TABLES / f"{slug}.txt")],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        print(imp.stdout.strip() or imp.stderr.strip())
        exp = subprocess.run(
            [PY, "run_bot.py", "--db", str(db), "export"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        tables = json.loads(exp.stdout)
        truth = json.loads((TABLES / f"{slug}.json").read_text(encoding="utf-8"))
        got = [
            t
            for t in tables
            if t.get("department") == truth["department"] and t.get("year") == truth["year"]
        ]
        out: list[str] = []
        if len(got) != 1:
            out.append(
                f"expected one exported table for {truth['department']} {truth['year']}, "
                f"got {[(t.get('department'), t.get('year')) for t in tables]}"
            )
        else:
            g = dict(got[0])
            if g.pop("kind", "department") != "department":
                out.append("kind is not department")
            diff(slug, truth, g, out)
        for line in out:
            print("  DIFF", line)
        print(f"{slug}: {len(out)} differences")
        total += len(out)
    print(f"total differences: {total}")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
