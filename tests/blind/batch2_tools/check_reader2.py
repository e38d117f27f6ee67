"""Import the two new .txt tables with the user-facing CLI, export, diff against the JSON.

Usage (from anywhere): python3 check_reader2.py
Uses /tmp/blind2check.db (deleted first). Prints every difference found.
"""
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
TABLES = os.path.join(HERE, "..", "tables")
DB = "/tmp/blind2check.db"
SLUGS = ["renshe_2026", "chengguan_2026"]


def run(*args):
    r = subprocess.run([os.path.join(MAIN, ".venv", "bin", "python"), "run_bot.py", *args, "--db", DB],
                       cwd=MAIN, capture_output=True, text=True)
    if r.returncode:
        print(r.stdout, r.stderr)
        sys.exit(1)
    return r.stdout


def diff(path, a, b, out):
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            if k == "kind":
                continue
            if k not in a:
                out.append(f"{path}.{k}: extra in export: {b[k]!r}")
            elif k not in b:
                out.append(f"{path}.{k}: missing in export (truth {a[k]!r})")
            else:
                diff(f"{path}.{k}", a[k], b[k], out)
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            out.append(f"{path}: {len(a)} in truth, {len(b)} in export")
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            diff(f"{path}[{i}]", x, y, out)
    elif isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        if abs(a - b) > 1e-9:
            out.append(f"{path}: truth {a!r} export {b!r}")
    elif a != b:
        out.append(f"{path}: truth {a!r} export {b!r}")


def main():
    if os.path.exists(DB):
        os.remove(DB)
    for s in SLUGS:
        print(run("import", os.path.join(TABLES, s + ".txt")).strip())
    exported = json.loads(run("export"))
    total = 0
    for s in SLUGS:
        truth = json.loads(Path(TABLES, s + ".json").read_text(encoding="utf-8"))
        got = [e for e in exported if e.get("department") == truth["department"] and e.get("year") == truth["year"]]
        out = []
        if len(got) != 1:
            out.append(f"{len(got)} exported tables match")
        else:
            diff(s, truth, got[0], out)
        print(f"== {s}: {len(out)} difference(s)")
        for line in out:
            print("  ", line)
        total += len(out)
    print("TOTAL differences:", total)


if __name__ == "__main__":
    main()
