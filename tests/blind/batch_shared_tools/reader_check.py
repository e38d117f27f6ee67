"""Import each new table of a blind batch (its .txt) with `run_bot.py import`, export, and diff
against its JSON; then every table of the batch's list in one database. Each batch's
check_readerN.py passes its slugs and number.

Uses a fresh database per table (/tmp/b<N>check_<slug>.db).  Prints every difference; exit 1 if any.
"""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent  # tests/blind/batch_shared_tools
ROOT = HERE.parents[2]
TABLES = HERE.parent / "tables"
PY = Path(sys.executable)  # run with the project interpreter (/work/main/.venv/bin/python)


def norm(x):
    """Numbers compared as Decimals (1080 == 1080.0); everything else as is."""
    if isinstance(x, bool) or x is None:
        return x
    if isinstance(x, (int, float)):
        return Decimal(repr(x)).normalize()
    if isinstance(x, dict):
        return {k: norm(v) for k, v in x.items()}
    if isinstance(x, list):
        return [norm(v) for v in x]
    return x


def diff(a, b, path=""):
    out = []
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a:
                out.append(f"{path}.{k}: only in export: {b[k]!r}")
            elif k not in b:
                out.append(f"{path}.{k}: missing in export (truth {a[k]!r})")
            else:
                out.extend(diff(a[k], b[k], f"{path}.{k}"))
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            out.append(f"{path}: length {len(a)} (truth) != {len(b)} (export)")
        for n, (x, y) in enumerate(zip(a, b)):
            out.extend(diff(x, y, f"{path}[{n}]"))
    elif a != b:
        out.append(f"{path}: truth {a!r} != export {b!r}")
    return out


def together(batch: int) -> int:
    """Import every blind table and form text of the batch's list into one database; each blind
    table must still export equal to its JSON (the new ones side by side with the others)."""
    names = json.loads((HERE.parent / "batches.json").read_text(encoding="utf-8"))[f"batch_{batch:02d}.jsonl"]
    files, slugs = [], []
    for n in names:
        if n.startswith("import:"):
            files.append(str(ROOT / "tests" / "fixtures" / n[len("import:"):]))
        else:
            files.append(str(TABLES / f"{n}.txt"))
            slugs.append(n)
    db = Path(f"/tmp/b{batch}check_all.db")
    db.unlink(missing_ok=True)
    r = subprocess.run([str(PY), "run_bot.py", "import", *files, "--db", str(db), "--jobs", "4"],
                       cwd=ROOT, capture_output=True, text=True)
    if r.returncode != 0:
        print("import of all tables: exit", r.returncode, r.stderr.strip()[-500:])
    e = subprocess.run([str(PY), "run_bot.py", "export", "--db", str(db)],
                       cwd=ROOT, capture_output=True, text=True, check=True)
    exported = json.loads(e.stdout)
    total = 0
    for slug in slugs:
        truth = json.loads((TABLES / f"{slug}.json").read_text(encoding="utf-8"))
        same = [x for x in exported if x["department"] == truth["department"] and x["year"] == truth["year"]
                and x.get("kind", "department") == truth.get("kind", "department")
                and x.get("project") == truth.get("project")]
        if len(same) != 1:
            print(f"together: {slug}: {len(same)} matching tables in the export")
            total += 1
            continue
        got = same[0]
        if "kind" not in truth:
            got = {k: v for k, v in got.items() if k != "kind"}
        ds = diff(norm(truth), norm(got))
        for d in ds:
            print(f"  together {slug}{d}")
        total += len(ds)
    print(f"together: {len(exported)} tables in one database, {len(slugs)} blind tables checked, {total} differences")
    return total


def check(slugs: list[str], batch: int) -> int:
    total = 0
    for slug in slugs:
        db = Path(f"/tmp/b{batch}check_{slug}.db")
        db.unlink(missing_ok=True)
        r = subprocess.run([str(PY), "run_bot.py", "import", str(TABLES / f"{slug}.txt"), "--db", str(db)],
                           cwd=ROOT, capture_output=True, text=True)
        print(r.stdout.strip() or r.stderr.strip())
        e = subprocess.run([str(PY), "run_bot.py", "export", "--db", str(db)],
                           cwd=ROOT, capture_output=True, text=True, check=True)
        exported = json.loads(e.stdout)
        truth = json.loads((TABLES / f"{slug}.json").read_text(encoding="utf-8"))
        if len(exported) != 1:
            print(f"{slug}: export holds {len(exported)} tables")
            total += 1
            continue
        got = exported[0]
        if "kind" not in truth:  # department JSONs carry no kind, as the other blind tables
            got = {k: v for k, v in got.items() if k != "kind"}
        ds = diff(norm(truth), norm(got))
        for d in ds:
            print(f"  {slug}{d}")
        print(f"{slug}: {len(ds)} differences")
        total += len(ds)
    total += together(batch)
    print(f"total differences: {total}")
    return 1 if total else 0
