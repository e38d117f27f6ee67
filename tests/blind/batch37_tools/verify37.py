"""Independent check of batch_37.jsonl: its own loading of the tables (json files named in batches.json's batch 37 list
and the five fixture tables), hand-typed budget lines and task amounts of the five new tables, identities, uniqueness of
the new amounts, and a hand table of the expected first figure / yes-no / expect / chain of lines worked out on paper.
`verify(rows)` returns the errors; `python verify37.py` prints them (0 errors required)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from decimal import Decimal as Dm
from pathlib import Path

BLIND = Path(__file__).resolve().parent.parent
ROOT = BLIND.parents[1]
sys.path.insert(0, str(ROOT))
NEW = ["bianban_2026", "bianban_2025", "kaida_2026", "songshanhu_2026", "zhijian_2026"]

HAND_BUDGET = {  # 基本, 项目, 其他事业发展性, 财政拨款, 其他资金, 专项, 市本级, 对下, 合计, 人员
    "bianban_2026": ("1168.54", "1186.37", "131.82", "2452.61", "34.12", "268.00", "222.00", "46.00", "2486.73", 34),
    "bianban_2025": ("1096.27", "924.68", "142.27", "2131.46", "31.76", "210.00", "172.00", "38.00", "2163.22", 32),
    "kaida_2026": ("14286.53", "15264.38", "2435.54", "19642.83", "12343.62", "1246.00", "1019.00", "227.00", "31986.45", 294),
    "songshanhu_2026": ("78642.15", "48653.27", "5173.11", "31486.29", "100982.24", "3186.00", "2870.00", "316.00",
                        "132468.53", 2146),
    "zhijian_2026": ("6824.53", "9486.32", "2331.52", "9864.25", "8778.12", "1036.00", "1036.00", "0.00", "18642.37", 334),
}
HAND_TASKS = {
    "bianban_2026": [2386400, 1468700, 1237600, 460000, 864200, 1126800, 386500, 548700, 2459100],
    "bianban_2025": [1289300, 1054800, 2163500, 380000, 793600, 968700, 352800, 486200],
    "kaida_2026": [12486400, 8652300, 5368700, 2270000, 1964200, 3247800, 2863500, 1486900, 5148300, 1758300],
    "songshanhu_2026": [46852300, 38654600, 18753900, 3160000, 9236400, 6428600, 3568200, 7986200, 2746300, 2164800],
    "zhijian_2026": [12486500, 9862300, 4682300, 3246800, 1287500, 1748600, 2139400, 1462800, 866400, 3568400],
}
# line -> (expect, first figure or None, yesno)   worked out on paper from the tables
HAND = {
    1: ("ok", "2459100元", None), 2: ("ok", "2163500元", None), 6: ("ok", "2270000元", None), 7: ("ok", "4340000元", None),
    11: ("ok", "38654600元", None), 12: ("ok", "36586400元", None), 13: ("ok", "7986200元", None),
    14: ("ok", "18753900元", None), 15: ("ok", "6428600元", None), 16: ("ok", "4682300元", None),
    19: ("ok", "≥1800件", None), 20: ("ok", "≥5400件", None), 24: ("ok", "≥120门", None), 26: ("ok", "≥230万人次", None),
    27: ("ok", "≥96%", None), 29: ("ok", "≥8万人次", None), 30: ("ok", "≥13万台件", None),
    33: ("ok", "132468.53万元", None), 35: ("ok", "#8", None), 36: ("ok", "#34", None), 37: ("ok", "31986.45万元", None),
    44: ("ok", "130个", None), 47: ("ok", "3万人", None), 62: ("ok", "113497200元", None), 70: ("ok", "#9", None),
    71: ("ok", "#3", None), 72: ("ok", "46.56%", None), 76: ("ok", "#96", None), 78: ("ok", "#4", None),
    79: ("ok", "#13", None), 80: ("ok", "41351000元", None), 81: ("ok", "43.59%", None), 83: ("ok", "185584.08万元", None),
    85: ("ok", "76.23%", None), 86: ("ok", "4524640.00元", None), 88: ("ok", "17.16%", None), 89: ("ok", "#6532", None),
    92: ("ok", "#40", None), 93: ("ok", "#95", None), 94: ("ok", "#53", None), 95: ("ok", "#4", None), 96: ("ok", "#4", None),
    97: ("ok", "#14", None), 98: ("ok", "#15", None), 99: ("ok", "#21", None), 100: ("ok", "#26", None),
    101: ("ok", "38654600元", None), 102: ("ok", "132468.53万元", None), 103: ("ok", "168.26万元", None),
    104: ("ok", "2870.99万元", None), 105: ("ok", "303.91万元", None), 106: ("ok", "1722.21万元", None),
    107: ("ok", "1100元", None), 108: ("ok", "300元", None), 109: ("ok", "2070000元", None), 110: ("ok", "18000元", None),
    111: ("ok", "36000元", None), 112: ("ok", "1800元", None), 113: ("ok", "#290", None),
    114: ("ok", "132468.53万元", "是"), 115: ("ok", "100982.24万元", "是"), 116: ("ok", "2026年12月31日前", "是"),
    117: ("ok", "≤10分钟", "是"), 118: ("ok", "#34", "否"), 119: ("ok", "46.00万元", "是"), 120: ("ok", "2026年11月30日前", "否"),
    121: ("ok", "2486.73万元", "是"), 122: ("ok", "2026年7月31日前", "是"), 123: ("ok", "≥95%", "是"),
    124: ("ok", "12486400元", "否"), 125: ("ok", "0.00万元", "否"), 126: ("ok", "2026年10月31日前", "是"),
    127: ("ok", "≥98%", "是"), 128: ("ok", "18642.37万元", "否"),
    129: ("ok", "2163.22万元", None), 130: ("ok", "323.51万元", None), 131: ("ok", "14.96%", None), 132: ("ok", "#32", None),
    133: ("ok", "70600元", None), 134: ("ok", "2386400元", None), 135: ("ok", "1054800元", None),
    136: ("ok", "1237600元", None), 137: ("ok", "182800元", None), 138: ("ok", "#8", None), 139: ("ok", "逐步优化", None),
    141: ("ok", "≥500人次", None), 143: ("ok", "380000元", None), 144: ("ok", "295600元", None),
    145: ("not_found", None, None), 146: ("ok", "2163.22万元", None), 147: ("not_found", None, None),
    148: ("not_found", None, None), 149: ("not_found", None, None), 150: ("not_found", None, None),
    151: ("not_found", None, None), 152: ("not_found", None, None), 153: ("not_found", None, None),
    154: ("not_found", None, None), 155: ("not_found", None, None), 156: ("not_found", None, None),
    157: ("ok_or_clarify", None, None), 158: ("ok_or_clarify", None, None), 159: ("ok", "2458000元", None),
    160: ("ok", "≥12万台件", None),
}
FOLLOWUPS = {2, 7, 12, 20, 34, 35, 58, 62, 71, 72, 81, 91, 98, 131, 146}
MEMBERS = {
    40: ["检验报告按时出具率", "国家质检中心验收时间"], 41: ["在籍学生满意度", "老年学员满意度"],
    61: ["区域医疗中心建设经费", "医疗设备购置和更新经费", "智慧医院建设经费", "重点专科和学科建设经费"],
    64: ["实验室资质认定和能力验证经费", "纤维制品质量检验经费", "检测人员培训经费"], 65: ["建设数字化课程资源"],
    68: ["东莞市卫生健康局", "东莞市司法局", "东莞市质量监督检测中心"],
    102: ["东莞市松山湖中心医院", "东莞开放大学", "东莞市质量监督检测中心", "中共东莞市委机构编制委员会办公室"],
    140: ["机构编制业务培训人均成本", "开展机构编制核查单位", "完成事业单位改革评估", "办理事业单位登记事项", "培训机构编制工作人员",
          "机构编制档案数字化", "实名制信息准确率", "登记事项办理时限", "机构职能体系", "服务单位满意度"],
}
REQUIRED_ABSENT = {1: "2458000元", 6: "4340000元", 11: "36586400元", 13: "7968200元", 14: "18753600元", 15: "6426800元",
                   16: "46820000元", 26: "≥160万人次", 27: "≥95%", 30: "≥12万台件", 139: "更加优化", 159: "2459100元",
                   160: "≥13万台件", 154: "46820000元"}
CATS = {"item_money": 15, "indicator": 13, "overview": 5, "structure": 2, "prose": 18, "filter": 8, "count": 8,
        "aggregate": 9, "ranking": 11, "compare": 11, "yesno": 15, "yoy": 15, "not_found": 7, "trap": 8, "followup": 15}


def load_tables():
    from tests.fixtures.tables import FIXTURES
    lst = json.loads((BLIND / "batches.json").read_text(encoding="utf-8"))
    b36, b37 = lst["batch_36.jsonl"], lst["batch_37.jsonl"]
    errs = []
    if b37 != b36 + NEW or len(set(b37)) != len(b37):
        errs.append("batches.json: batch 37 list is not batch 36's + the five")
    tabs = {f.slug: f.export for f in FIXTURES}
    for s in (x for x in b37 if not x.startswith("import:")):
        tabs[s] = json.loads((BLIND / "tables" / f"{s}.json").read_text(encoding="utf-8"))
    return tabs, errs


def check_tables(tabs):
    errs = []
    for s, h in HAND_BUDGET.items():
        b = {x["name"]: Dm(str(x["amount_wan"])) for x in tabs[s]["budget"]}
        vals = [Dm(v) for v in h[:9]]
        names = ["基本支出", "项目支出", "其他事业发展性支出", "财政拨款", "其他资金", "财政专项资金", "市本级使用资金", "拟用于对下转移支付资金"]
        for n, v in zip(names, vals):
            if b[n] != v:
                errs.append(f"{s} {n} {b[n]} != {v}")
        if vals[0] + vals[1] + vals[2] != vals[8] or vals[3] + vals[4] != vals[8] or vals[6] + vals[7] != vals[5]:
            errs.append(f"{s} identity")
        if tabs[s]["basic_info"]["财政供养人员数"] != h[9]:
            errs.append(f"{s} people")
        am = [int(Dm(str(t["amount_yuan"]))) for t in tabs[s]["tasks"]]
        if am != HAND_TASKS[s]:
            errs.append(f"{s} task amounts {am}")
        if sum(am) > vals[1] * 10000:
            errs.append(f"{s} tasks over 项目支出")
        zj = [t for t in tabs[s]["tasks"] if t["name"].startswith("镇街")]
        if (zj and Dm(str(zj[0]["amount_yuan"])) != vals[7] * 10000) or (not zj and vals[7] != 0):
            errs.append(f"{s} 镇街 subsidy != 对下")
        if not (14 <= len(tabs[s]["indicators"]) <= 16) or not (4 <= len(tabs[s]["goals"]) <= 5):
            errs.append(f"{s} shape")
    held = Counter()
    for s, t in tabs.items():
        if s in NEW:
            continue
        for x in t.get("tasks", []):
            held[int(Dm(str(x["amount_yuan"])))] += 1
    for s in NEW:
        for x in tabs[s]["tasks"]:
            if held[int(Dm(str(x["amount_yuan"])))]:
                errs.append(f"{s} {x['name']} amount held elsewhere")
    i6 = {i["level3"]: i for i in tabs["bianban_2026"]["indicators"]}
    i5 = {i["level3"]: i for i in tabs["bianban_2025"]["indicators"]}
    if set(i6) - set(i5) != {"实名制管理系统升级完成时间"} or set(i5) - set(i6):
        errs.append("bianban indicator sets")
    ch = sorted(n for n in i5 if i5[n]["annual_value"] != i6[n]["annual_value"])
    if ch != sorted(MEMBERS[140]):
        errs.append(f"bianban changed indicators {ch}")
    t6 = {x["name"] for x in tabs["bianban_2026"]["tasks"]}
    t5 = {x["name"] for x in tabs["bianban_2025"]["tasks"]}
    if t6 - t5 != {"实名制管理系统升级改造经费", "机构编制核查和执行评估经费"} or t5 - t6 != {"机构编制监督检查经费"}:
        errs.append("bianban task sets")
    dg = [t for s, t in tabs.items() if t.get("year") == 2026 and "东莞" in t["department"] and "tasks" in t
          and t.get("kind", "department") == "department"]
    if len(dg) != 96:
        errs.append(f"东莞 2026 count {len(dg)}")
    return errs


def verify(rows):
    errs = []
    if len(rows) != 160:
        errs.append(f"{len(rows)} rows")
    c = Counter(r["category"] for r in rows)
    if dict(c) != CATS:
        errs.append(f"categories {dict(c)}")
    for k, r in enumerate(rows, 1):
        rid = f"b37-{k:03d}"
        if r["id"] != rid:
            errs.append(f"{rid} id")
        if k in HAND:
            e, f, yn = HAND[k]
            if r["expect"] != e:
                errs.append(f"{rid} expect {r['expect']}")
            if (r["figures"][0] if r["figures"] else None) != f:
                errs.append(f"{rid} first figure {r['figures'][:1]} != {f}")
            if r["yesno"] != yn:
                errs.append(f"{rid} yesno {r['yesno']}")
        if (k in FOLLOWUPS) != (r["followup_of"] is not None) or (k in FOLLOWUPS and r["followup_of"] != f"b37-{k - 1:03d}"):
            errs.append(f"{rid} chain")
        if k in MEMBERS and r["names"] != MEMBERS[k]:
            errs.append(f"{rid} members/order {r['names']}")
        if k in REQUIRED_ABSENT and REQUIRED_ABSENT[k] not in r["absent"]:
            errs.append(f"{rid} absent {REQUIRED_ABSENT[k]} missing")
        if set(r["absent"]) & set(r["figures"]):
            errs.append(f"{rid} absent = figure")
        if r["expect"] in ("not_found", "ok_or_clarify") and (r["figures"] or r["names"]):
            errs.append(f"{rid} figures on {r['expect']}")
        if r["category"] == "compare":
            a, x, y = r["figures"]
            u = "万元" if a.endswith("万元") else ("元" if a.endswith("元") else "")
            num = lambda s: Dm(s.replace("万元", "").replace("元", "").replace("#", ""))  # noqa: E731
            if num(a) != abs(num(x) - num(y)) or num(a) <= 0:
                errs.append(f"{rid} difference {u}")
    return errs


def main():
    tabs, errs = load_tables()
    errs += check_tables(tabs)
    rows = [json.loads(x) for x in (BLIND / "batch_37.jsonl").read_text(encoding="utf-8").splitlines()]
    errs += verify(rows)
    for e in errs:
        print(e)
    print(f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
