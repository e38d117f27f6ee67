"""Import each tables/<slug>.txt with the user-facing CLI into a scratch database, export it and
print every difference from the ground-truth JSON. Usage: python check_reader.py [DB]"""
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAIN = HERE.parent.parent
DB = sys.argv[1] if len(sys.argv) > 1 else "/tmp/blindcheck.db"
SLUGS = ["weijianju_2026", "weijianju_2025", "jiaotongju_2026", "minzhengju_2026"]
PY = str(MAIN / ".venv/bin/python")

Path(DB).unlink(missing_ok=True)
for s in SLUGS:
    r = subprocess.run([PY, "run_bot.py", "import", str(HERE / "tables" / f"{s}.txt"), "--db", DB],
                       cwd=MAIN, capture_output=True, text=True)
    print(r.stdout.strip(), r.stderr.strip(), f"(rc={r.returncode})")
out = subprocess.run([PY, "run_bot.py", "export", "--db", DB], cwd=MAIN, capture_output=True,
                     text=True, check=True).stdout
exported = {(e["department"], e["year"]): e for e in json.loads(out)}
ndiff = 0
for s in SLUGS:
    t = json.loads((HERE / "tables" / f"{s}.json").read_text("utf-8"))
    e = exported.get((t["department"], t["year"]))
    print("====", s)
    if e is None:
        print("  NOT EXPORTED")
        ndiff += 1
        continue
    for k in ["department", "year", "basic_info", "budget", "goals", "tasks", "indicators"]:
        if t[k] == e[k]:
            continue
        ndiff += 1
        if isinstance(t[k], list):
            print(f"  {k}: {len(t[k])} in truth, {len(e[k])} exported")
            for i in range(max(len(t[k]), len(e[k]))):
                a = t[k][i] if i < len(t[k]) else None
                b = e[k][i] if i < len(e[k]) else None
                if a != b:
                    print(f"   [{i}] truth: {json.dumps(a, ensure_ascii=False)}")
                    print(f"   [{i}] got  : {json.dumps(b, ensure_ascii=False)}")
        else:
            print(f"  {k}: truth {t[k]!r} got {e[k]!r}")
print("differences:", ndiff)
