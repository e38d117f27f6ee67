"""Independent check of batch_03.jsonl against the raw tables (does not import tables3.py).

1. every plain figure (task money, budget/fund line, indicator value, prose phrase) occurs in the
   tables in exactly that form;
2. every computed figure (sums, differences, shares, averages, counts) is recomputed here with
   plain float arithmetic and compared;
3. schema: ids, expect values, follow-up chains, not_found lines carry no figures.
"""
import glob
import json
import os
import pathlib

SRC = "/work/scratch/blind3"
BATCH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "batch_03.jsonl")

tabs = {os.path.basename(p)[:-5]: json.loads(pathlib.Path(p).read_text(encoding="utf-8")) for p in glob.glob(SRC + "/*.json")}
assert len(tabs) == 19


def t(name):
    return tabs[name]


def money(x):
    return (f"{int(x)}元" if float(x).is_integer() else f"{x}元")


def wan(x):
    return f"{round(x + 1e-9, 2):.2f}万元"


def pct(a, b):
    return f"{round(a / b * 100 + 1e-9, 2):.2f}%"


plain_money, plain_wan, ind_vals, texts = set(), set(), set(), []
for d in tabs.values():
    texts.append(json.dumps(d, ensure_ascii=False))
    for x in d.get("tasks", []):
        for k in ("amount_yuan", "fiscal_yuan", "other_yuan"):
            if k in x:
                plain_money.add(money(x[k]))
    for b in d.get("budget", []) + d.get("funds", []):
        plain_wan.add(wan(b["amount_wan"]))
    for i in d["indicators"]:
        ind_vals.add(i["annual_value"])
        if i["period_value"]:
            ind_vals.add(i["period_value"])
alltext = "\n".join(texts)

DG = "东莞市"
kj26, kj25 = t(DG + "科学技术局_整体_2026"), t(DG + "科学技术局_整体_2025")
wj26, wj25 = t(DG + "卫生健康局_整体_2026"), t(DG + "卫生健康局_整体_2025")
jt26, jt22 = t(DG + "交通运输局_整体_2026"), t(DG + "交通运输局_整体_2022")
zg26, zg25 = t(DG + "总工会_整体_2026"), t(DG + "总工会_整体_2025")
mz, rs, cg, jy = (t(DG + "民政局_整体_2026"), t(DG + "人力资源和社会保障局_整体_2026"),
                  t(DG + "城市管理和综合执法局_整体_2026"), t(DG + "教育局_整体_2026"))
zjjt, zjny = t("湛江市交通运输局_整体_2025"), t("湛江市农业农村局_整体_2024")
gw = t(DG + "卫生健康局_基本公共卫生服务补助资金_2025")
sx = t(DG + "水务局_东江与运河水系连通工程_2020")


def B(d, n):
    return sum(b["amount_wan"] for b in d["budget"] if b["name"] == n)


def tot(d):
    return B(d, "基本支出") + B(d, "项目支出") + B(d, "其他事业发展性支出")


def A(d, n):
    [x] = [x["amount_yuan"] for x in d["tasks"] if x["name"] == n]
    return x


def S(d, sec=None):
    return sum(x["amount_yuan"] for x in d["tasks"] if sec is None or x["section"].startswith(sec))


def F(d, n):
    [x] = [f["amount_wan"] for f in d["funds"] if f["name"] == n]
    return x


def L(d, **kw):
    return len([i for i in d["indicators"] if all(i[k] == v for k, v in kw.items())])


d26 = [d for d in tabs.values() if d["kind"] == "department" and d["year"] == 2026]
assert len(d26) == 8
top3 = sorted(d26, key=tot, reverse=True)[:3]

# id -> list of recomputed computed figures (only the ones that are not plain table values)
COMPUTED = {
    "b3-019": [wan(tot(cg))],
    "b3-020": ["#486"], "b3-021": ["#42"],
    "b3-025": [wan(tot(rs))], "b3-026": [wan(tot(zjjt))],
    "b3-033": [pct(F(gw, "财政拨款"), F(gw, "年度资金总额")), wan(F(gw, "财政拨款")), wan(F(gw, "年度资金总额"))],
    "b3-063": [f"#{len(jy['indicators'])}"], "b3-064": [f"#{len(rs['tasks'])}"],
    "b3-065": [f"#{len([x for x in cg['tasks'] if x['section'].startswith('其他')])}"],
    "b3-066": [f"#{L(mz, level2='数量指标')}"], "b3-067": [f"#{L(jt26, level1='产出指标')}"],
    "b3-068": [f"#{len(kj26['goals'])}"], "b3-069": [f"#{len(zg25['indicators'])}"],
    "b3-070": [f"#{L(rs, level1='效益指标')}"],
    "b3-071": [money(S(mz))], "b3-072": [money(S(cg, "年度"))],
    "b3-073": [pct(B(kj26, "基本支出"), tot(kj26)), wan(B(kj26, "基本支出")), wan(tot(kj26))],
    "b3-074": [wan(B(jy, "项目支出") - B(jy, "基本支出"))],
    "b3-075": [f"{round(S(rs) / len(rs['tasks']) + 1e-9, 2):.2f}元"],
    "b3-076": [money(S(jt26, "其他"))],
    "b3-077": [money(A(wj26, "卫生健康信息化建设经费") + A(wj26, "医务人员培训经费"))],
    "b3-078": [pct(B(cg, "财政拨款"), tot(cg))], "b3-079": [wan(tot(wj26) + tot(mz))],
    "b3-080": [pct(A(jt26, "公交线路运营补贴"), S(jt26))],
    "b3-084": [wan(tot(d)) for d in top3],
    "b3-086": [f"#{min(d['basic_info']['财政供养人员数'] for d in d26)}"],
    "b3-088": [wan(min(B(d, '项目支出') for d in d26))],
    "b3-089": ["#486", "#143"],
    "b3-091": [money(A(kj26, "高新技术企业培育") - A(kj26, "新型研发机构建设")), "185000000元", "96000000元"],
    "b3-096": [wan(B(kj26, "其他事业发展性支出") - B(zg26, "其他事业发展性支出")), "1210.00万元", "352.44万元"],
    "b3-113": [wan(tot(jy))],
    "b3-117": [wan(B(wj26, "基本支出") - B(wj25, "基本支出"))],
    "b3-118": [pct(B(kj26, "项目支出") - B(kj25, "项目支出"), B(kj25, "项目支出"))],
    "b3-119": [money(A(zg26, "产业工人建设经费") - A(zg25, "产业工人建设经费"))],
    "b3-120": [f"#{len(wj26['indicators']) - len(wj25['indicators'])}"],
    "b3-122": [pct(tot(wj26) - tot(wj25), tot(wj25))],
    "b3-123": [money(A(wj26, "家庭医生签约服务补助") - A(wj25, "家庭医生签约服务补助"))],
    "b3-124": [wan(tot(kj26) - tot(kj25))],
    "b3-172": [wan(B(zjjt, "基本支出") + B(jt26, "基本支出"))],
    "b3-180": [wan(B(kj26, "项目支出") - B(kj25, "项目支出"))],
    "b3-183": [f"#{len(zjjt['tasks'])}"], "b3-184": [f"#{len(zjny['tasks'])}"],
    "b3-187": [money(A(zg26, "送温暖活动经费") + A(zg26, "劳模专项工作经费"))],
}

rows = [json.loads(line) for line in pathlib.Path(BATCH).read_text(encoding="utf-8").splitlines() if line.strip()]
ids = [r["id"] for r in rows]
assert ids == [f"b3-{i:03d}" for i in range(1, len(rows) + 1)]
keys = ["id", "q", "category", "expect", "figures", "names", "yesno", "absent", "followup_of", "note"]
errors = 0
for n, r in enumerate(rows):
    assert list(r) == keys, r
    assert r["expect"] in ("ok", "not_found", "clarify", "ok_or_clarify")
    if r["followup_of"]:
        assert r["followup_of"] == rows[n - 1]["id"] and r["category"] == "followup"
    if r["category"] == "followup":
        assert r["followup_of"]
    if r["expect"] in ("not_found", "clarify"):
        assert not r["figures"], r
    if r["id"] in COMPUTED:
        if r["figures"] != COMPUTED[r["id"]]:
            print("MISMATCH", r["id"], r["figures"], COMPUTED[r["id"]])
            errors += 1
        continue
    for f in r["figures"]:
        ok = f in plain_money or f in plain_wan or f in ind_vals or f in alltext
        if not ok:
            print("NOT IN TABLES", r["id"], f)
            errors += 1
    for nm in r["names"]:
        if nm not in alltext:
            print("NAME NOT IN TABLES", r["id"], nm)
            errors += 1
print(len(rows), "rows;", len(COMPUTED), "recomputed;", "errors:", errors)
