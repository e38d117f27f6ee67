"""Compare the export of the imported .txt tables with the ground-truth JSON."""
import json, sys
exp = json.load(open(sys.argv[1] if len(sys.argv) > 1 else "/tmp/b4export.json"))
base = "/work/main/tests/blind/tables/"
for slug in ["ziranziyuan_2026", "shengtai_2026"]:
    gt = json.load(open(base + slug + ".json"))
    got = [e for e in exp if e.get("department") == gt["department"] and e.get("year") == gt["year"]]
    assert len(got) == 1, slug
    got = got[0]
    diffs = []
    for k in gt:
        if k == "budget":
            a = {b["name"]: round(float(b["amount_wan"]), 2) for b in gt[k]}
            b_ = {b["name"]: round(float(b["amount_wan"]), 2) for b in got.get(k, [])}
            if a != b_:
                diffs.append(("budget", a, b_))
        elif k in ("tasks", "indicators", "goals"):
            A, B = gt[k], got.get(k, [])
            if len(A) != len(B):
                diffs.append((k, "len", len(A), len(B)))
            for x, y in zip(A, B):
                if x != y:
                    diffs.append((k, x, y))
        elif gt[k] != got.get(k):
            diffs.append((k, gt[k], got.get(k)))
    extra = set(got) - set(gt) - {"kind"}
    print(slug, "differences:", len(diffs), "extra keys:", extra)
    for d in diffs:
        print("  ", json.dumps(d, ensure_ascii=False))
