"""Independent check of batch_38.jsonl, not derived from gen_batch38.py: its own reading of the JSON tables named in
batches.json's batch 38 list (plus the five fixture tables), budget lines, people and every task amount of the five new
tables typed by hand, the identities, the 2025 → 2026 differences of 中院, the uniqueness of the new amounts, the rank
lines recomputed from its own loading, and a hand table (expect / figures / yes-no) of 130 lines worked out on paper.
`verify(rows)` returns the errors for a list of rows; `python verify38.py` prints them (0 errors required)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from decimal import Decimal as Dm
from pathlib import Path

BLIND = Path(__file__).resolve().parent.parent
ROOT = BLIND.parents[1]
sys.path.insert(0, str(ROOT))
NEW = ["zhongyuan_2026", "zhongyuan_2025", "jianchayuan_2026", "zhengxie_2026", "ribaoshe_2026"]
NAMES = {"zhongyuan_2026": "东莞市中级人民法院", "zhongyuan_2025": "东莞市中级人民法院", "jianchayuan_2026": "东莞市人民检察院",
         "zhengxie_2026": "政协东莞市委员会办公室", "ribaoshe_2026": "东莞日报社"}

# 基本, 项目, 其他事业发展性, 财政拨款, 其他资金, 专项, 市本级, 对下, 合计, 人员, 二级单位
BUDGET = {
    "zhongyuan_2026": ("24386.52", "29648.37", "4428.38", "56912.45", "1550.82", "3260.00", "3260.00", "0.00", "58463.27", 682, 0),
    "zhongyuan_2025": ("23148.26", "27386.15", "3954.47", "53042.61", "1446.27", "2980.00", "2980.00", "0.00", "54488.88", 664, 0),
    "jianchayuan_2026": ("12648.37", "13286.54", "1528.67", "26985.21", "478.37", "1380.00", "1380.00", "0.00", "27463.58", 436, 0),
    "zhengxie_2026": ("2386.45", "3125.38", "335.43", "5791.08", "56.18", "420.00", "326.00", "94.00", "5847.26", 67, 1),
    "ribaoshe_2026": ("11286.47", "23864.52", "2795.84", "15382.46", "22564.37", "2460.00", "2116.00", "344.00", "37946.83", 518, 3),
}
TASKS = {  # table order
    "zhongyuan_2026": [48652300, 16384700, 8650100, 4268300, 6532800, 3846500, 2148600, 1368400, 5247300, 987400],
    "zhongyuan_2025": [45286400, 6148200, 7864300, 3962800, 3528600, 1986400, 1246300, 4865200, 912600],
    "jianchayuan_2026": [18364200, 4738600, 9426800, 1624800, 1573400, 2356700, 1846300, 1126500, 968600, 3284600],
    "zhengxie_2026": [3864700, 2486700, 1967400, 940000, 1165800, 1348600, 786300, 562400, 965100, 1284800],
    "ribaoshe_2026": [38652400, 18246300, 12573600, 3440000, 14638200, 5826400, 4826300, 1267300, 2438600, 4368900],
}
KEYS = {"zhongyuan_2026": 3, "zhongyuan_2025": 3, "jianchayuan_2026": 3, "zhengxie_2026": 3, "ribaoshe_2026": 3}
TOWN = {"zhengxie_2026": 940000, "ribaoshe_2026": 3440000}  # 镇街 subsidy = 对下 line

# line -> (expect, figures (all, in order) or None for "no figures", yes/no), worked out on paper
H = {
    1: ("ok", ["4268300元"], None), 2: ("ok", ["3962800元"], None), 3: ("ok", ["8650100元"], None),
    4: ("ok", ["3846500元"], None), 5: ("ok", ["1624800元"], None), 6: ("ok", ["2148600元"], None),
    7: ("ok", ["4738600元"], None), 8: ("ok", ["2356700元"], None), 9: ("ok", ["968600元"], None),
    10: ("ok", ["3864700元"], None), 11: ("ok", ["965100元"], None), 12: ("ok", ["786300元"], None),
    13: ("ok", ["38652400元"], None), 14: ("ok", ["18246300元"], None), 15: ("ok", ["26438500元"], None),
    16: ("ok", ["14638200元"], None), 17: ("ok", ["1267300元"], None), 18: ("ok", ["4826300元"], None),
    19: ("ok", ["≥3.6万件"], None), 20: ("ok", ["≥10.8万件"], None), 21: ("ok", ["≥95%"], None),
    22: ("ok", ["≤10个工作日"], None), 23: ("ok", ["≥45亿元"], None), 24: ("ok", ["≤2.5万元/人"], None),
    25: ("ok", ["≥320件"], None), 26: ("ok", ["100%"], None), 27: ("ok", ["≥420件"], None),
    28: ("ok", ["≤15个工作日"], None), 29: ("ok", ["≤80元/册"], None), 30: ("ok", ["≤0.02%"], None),
    31: ("ok", ["≥3万条"], None), 32: ("ok", ["≥90%"], None),
    33: ("ok", ["58463.27万元"], None), 34: ("ok", ["56912.45万元", "1550.82万元"], None), 35: ("ok", ["#28"], None),
    36: ("ok", ["#436", "#0"], None), 37: ("ok", ["37946.83万元"], None), 38: ("ok", ["3125.38万元"], None),
    39: ("ok", ["22564.37万元"], None),
    42: ("ok", ["3.9万件"], None), 43: ("ok", ["33个"], None), 44: ("ok", ["460名"], None), 45: ("ok", ["2.6万件"], None),
    46: ("ok", ["48亿元"], None), 47: ("ok", ["12次"], None), 48: ("ok", ["4200人"], None), 49: ("ok", ["25个"], None),
    50: ("ok", ["5200件", "12万人次"], None), 51: ("ok", ["1.8亿元"], None), 52: ("ok", ["15件"], None),
    53: ("ok", ["4册"], None), 54: ("ok", ["260人"], None), 55: ("ok", ["450件"], None), 56: ("ok", ["60个"], None),
    57: ("ok", ["25亿次"], None), 58: ("ok", ["800人次"], None), 59: ("ok", ["360期"], None), 60: ("ok", ["400名"], None),
    62: ("ok", ["84110500元"], None),
    70: ("ok", ["#10"], None), 71: ("ok", ["#3", "73687100元"], None), 72: ("ok", ["75.12%"], None),
    73: ("ok", ["#15"], None), 74: ("ok", ["#5"], None), 75: ("ok", ["#2"], None), 76: ("ok", ["#100"], None),
    77: ("ok", ["#9"], None), 78: ("ok", ["#15"], None), 79: ("ok", ["#29"], None),
    80: ("ok", ["45310500元"], None), 81: ("ok", ["34.10%"], None), 82: ("ok", ["85926.85万元"], None),
    83: ("ok", ["129720.94万元"], None), 84: ("ok", ["5024620.22万元"], None), 85: ("ok", ["59.46%"], None),
    86: ("ok", ["1537180.00元"], None), 87: ("ok", ["5471300元"], None), 88: ("ok", ["13.98%"], None),
    89: ("ok", ["#1008"], None),
    90: ("ok", ["38652400元"], None), 91: ("ok", ["1267300元"], None), 92: ("ok", ["#47"], None), 93: ("ok", ["#86"], None),
    94: ("ok", ["#39"], None), 95: ("ok", ["#11"], None), 96: ("ok", ["#8"], None), 97: ("ok", ["#67"], None),
    98: ("ok", ["#66"], None), 99: ("ok", ["#18"], None), 100: ("ok", ["#10"], None), 101: ("ok", ["9426800元"], None),
    102: ("ok", ["58463.27万元", "37946.83万元", "27463.58万元", "5847.26万元"], None),
    103: ("ok", ["1773.67万元", "58463.27万元", "60236.94万元"], None),
    104: ("ok", ["1538.39万元", "27463.58万元", "29001.97万元"], None),
    105: ("ok", ["30989.59万元", "37946.83万元", "68936.42万元"], None),
    106: ("ok", ["371.31万元", "5847.26万元", "6218.57万元"], None),
    107: ("ok", ["100元", "8650100元", "8650000元"], None), 108: ("ok", ["300元", "968600元", "968300元"], None),
    109: ("ok", ["1800元", "38652400元", "38654200元"], None), 110: ("ok", ["8192200元", "18246300元", "26438500元"], None),
    111: ("ok", ["2221700元", "3846500元", "1624800元"], None), 112: ("ok", ["200元", "965100元", "965300元"], None),
    113: ("ok", ["#68", "#518", "#586"], None),
    114: ("ok", ["58463.27万元"], "是"), 115: ("ok", ["22564.37万元"], "是"), 116: ("ok", ["2026年9月30日前"], "是"),
    117: ("ok", ["≤20分钟"], "是"), 118: ("ok", ["#67"], "否"), 119: ("ok", ["94.00万元"], "是"),
    120: ("ok", ["2026年6月30日前"], "是"), 121: ("ok", ["0.00万元"], "否"), 122: ("ok", ["27463.58万元"], "是"),
    123: ("ok", ["2026年8月31日前"], "是"), 124: ("ok", ["≥95%"], "是"), 125: ("ok", ["38652400元"], "否"),
    126: ("ok", ["2026年5月31日前"], "否"), 127: ("ok", ["≥90%"], "是"), 128: ("ok", ["37946.83万元"], "否"),
    129: ("ok", ["54488.88万元"], None), 130: ("ok", ["3974.39万元", "58463.27万元", "54488.88万元"], None),
    131: ("ok", ["7.29%"], None), 132: ("ok", ["#664", "#682"], None),
    133: ("ok", ["3365900元", "48652300元", "45286400元"], None), 134: ("ok", ["16384700元"], None),
    135: ("ok", ["7864300元"], None), 136: ("ok", ["8650100元"], None),
    137: ("ok", ["785800元", "8650100元", "7864300元"], None), 138: ("ok", ["#9", "75800800元"], None),
    139: ("ok", ["逐步提升"], None), 141: ("ok", ["≥2万件"], None), 142: ("ok", ["42亿元"], None),
    143: ("ok", ["384600元", "6532800元", "6148200元"], None), 144: ("ok", ["3528600元"], None),
    145: ("not_found", [], None), 146: ("ok", ["54488.88万元"], None), 147: ("not_found", [], None),
    148: ("not_found", [], None), 149: ("not_found", [], None), 150: ("not_found", [], None), 151: ("not_found", [], None),
    152: ("not_found", [], None), 153: ("not_found", [], None), 154: ("not_found", [], None), 155: ("not_found", [], None),
    156: ("not_found", [], None), 157: ("ok_or_clarify", [], None), 158: ("ok_or_clarify", [], None),
    159: ("ok", ["38654200元"], None), 160: ("ok", ["965300元"], None),
}
FOLLOWUPS = {2, 5, 15, 20, 34, 35, 57, 62, 71, 72, 81, 91, 98, 131, 146}
MEMBERS = {  # names, in the order the line must carry them
    40: ["全媒体采编指挥中心建成时间", "重大突发事件网络首发时限"],
    41: ["提案者对办理结果满意度", "委员满意度"],
    61: ["新闻采编和重大主题报道经费", "融媒体客户端和新媒体矩阵运营经费", "全媒体采编指挥中心建设经费", "新闻纸采购和报纸印刷经费"],
    63: ["审判辅助和司法送达服务外包经费", "国家司法救助经费", "人民陪审员工作经费", "法官和审判辅助人员培训经费"],
    64: ["镇街政协委员联络组工作补助", "文史资料征集和出版经费", "民主监督和社情民意信息工作经费", "港澳台侨和海外委员联谊经费"],
    65: ["审结各类案件", "执行到位金额"],
    66: ["国家利益和社会公共利益", "法律监督能力"],
    67: ["见报差错率", "历史报刊数字化准确率", "读者满意度"],
    90: ["新闻采编和重大主题报道经费"], 91: ["采编人员业务培训经费"], 101: ["智慧检务建设经费"],
    102: ["东莞市中级人民法院", "东莞日报社", "东莞市人民检察院", "政协东莞市委员会办公室"],
    134: ["数字法院建设经费"], 135: ["诉调对接和多元化解经费"], 136: ["诉源治理和多元解纷经费"],
    140: ["审结各类案件", "诉前调解成功案件", "办理国家司法救助案件", "人民陪审员参审案件", "培训法官和审判辅助人员",
          "一审服判息诉率", "电子卷宗随案生成率", "司法救助申请审查办结时限", "执行到位金额", "司法公信力"],
}
SETS = {  # members whose order the question does not fix (table order is kept, but checked as sets here)
    68: {"东莞市文化广电旅游体育局", "东莞市社会保险基金管理中心", "东莞市广播电视台", "东莞市中级人民法院", "东莞日报社"},
    69: {"东莞市财政局", "东莞市港务管理局", "东莞市城市照明管理处", "东莞市人民检察院"},
}
MUST_ABSENT = {1: "4286300元", 3: "8650000元", 4: "1624800元", 8: "2356800元", 9: "968300元", 11: "965300元",
               13: "38654200元", 14: "26438500元", 17: "1276300元", 18: "4862300元", 19: "≥3.4万件", 22: "≤7个工作日",
               24: "≤3万元/人", 29: "≤150元/册", 31: "≥3.6万条", 32: "≥96%", 135: "8650100元", 139: "稳步提升",
               141: "≥2.2万件", 144: "1624800元", 154: "23650000元", 155: "12386900元", 156: "86452300元",
               159: "38652400元", 160: "965100元"}
CATS = {"item_money": 15, "indicator": 13, "overview": 5, "structure": 2, "prose": 18, "filter": 8, "count": 8,
        "aggregate": 9, "ranking": 11, "compare": 11, "yesno": 15, "yoy": 15, "not_found": 7, "trap": 8, "followup": 15}
PROSE = {42: ("zhongyuan_2026", ["约3.9万件"]), 43: ("zhongyuan_2026", ["约33个"]), 44: ("zhongyuan_2026", ["约460名"]),
         45: ("zhongyuan_2026", ["约2.6万件"]), 46: ("zhongyuan_2026", ["约48亿元"]), 47: ("zhongyuan_2026", ["约12次"]),
         48: ("jianchayuan_2026", ["约4200人"]), 49: ("jianchayuan_2026", ["约25个"]),
         50: ("jianchayuan_2026", ["约5200件", "约12万人次"]), 51: ("jianchayuan_2026", ["约1.8亿元"]),
         52: ("zhengxie_2026", ["约15件"]), 53: ("zhengxie_2026", ["约4册"]), 54: ("zhengxie_2026", ["约260人"]),
         55: ("zhengxie_2026", ["约450件"]), 56: ("ribaoshe_2026", ["约60个"]), 57: ("ribaoshe_2026", ["约25亿次"]),
         58: ("ribaoshe_2026", ["约800人次"]), 59: ("ribaoshe_2026", ["约360期"]), 60: ("zhongyuan_2025", ["约400名"]),
         142: ("zhongyuan_2025", ["约42亿元"])}
# rank lines: line -> (slug or department, key)
RANKS = {35: ("zhongyuan_2026", "total"), 92: ("jianchayuan_2026", "total"), 93: ("zhengxie_2026", "total"),
         94: ("ribaoshe_2026", "total"), 95: ("zhongyuan_2026", "people"), 96: ("ribaoshe_2026", "其他资金"),
         97: ("zhengxie_2026", "基本支出"), 98: ("东莞市公证处", "基本支出"), 99: ("jianchayuan_2026", "people"),
         100: ("zhongyuan_2026", "基本支出")}


def load_tables():
    from tests.fixtures.tables import FIXTURES
    lst = json.loads((BLIND / "batches.json").read_text(encoding="utf-8"))
    b37, b38 = lst["batch_37.jsonl"], lst["batch_38.jsonl"]
    errs = []
    if b38 != b37 + NEW or len(set(b38)) != len(b38):
        errs.append("batches.json: batch 38 list is not batch 37's + the five")
    tabs = {f.slug: f.export for f in FIXTURES}
    for s in (x for x in b38 if not x.startswith("import:")):
        tabs[s] = json.loads((BLIND / "tables" / f"{s}.json").read_text(encoding="utf-8"))
    return tabs, errs


def dongguan_2026(tabs):
    out = []
    for s, t in tabs.items():
        if t.get("kind", "department") != "department" or t.get("year") != 2026 or "tasks" not in t:
            continue
        d = t["department"]
        if d.startswith("东莞") or (d.startswith(("中共", "共青团", "政协")) and "东莞市" in d):
            out.append((s, t))
    return out


def b(t):
    return {x["name"]: Dm(str(x["amount_wan"])) for x in t["budget"]}


def total(t):
    x = b(t)
    return x["基本支出"] + x["项目支出"] + x["其他事业发展性支出"]


def check_tables(tabs):
    errs = []
    names = ["基本支出", "项目支出", "其他事业发展性支出", "财政拨款", "其他资金", "财政专项资金", "市本级使用资金", "拟用于对下转移支付资金"]
    for s, h in BUDGET.items():
        t = tabs[s]
        if t["department"] != NAMES[s]:
            errs.append(f"{s} name {t['department']}")
        got = b(t)
        v = [Dm(x) for x in h[:9]]
        for n, x in zip(names, v):
            if got[n] != x:
                errs.append(f"{s} {n} {got[n]} != {x}")
        if v[0] + v[1] + v[2] != v[8] or v[3] + v[4] != v[8] or v[6] + v[7] != v[5]:
            errs.append(f"{s} identity")
        if t["basic_info"]["财政供养人员数"] != h[9] or t["basic_info"]["下属二级单位数"] != h[10]:
            errs.append(f"{s} basic info")
        am = [int(Dm(str(x["amount_yuan"]))) for x in t["tasks"]]
        if am != TASKS[s]:
            errs.append(f"{s} tasks {am}")
        if sum(am) > v[1] * 10000:
            errs.append(f"{s} tasks over 项目支出")
        if [x["section"] for x in t["tasks"]].count("年度重点工作任务") != KEYS[s]:
            errs.append(f"{s} key tasks")
        town = [x for x in t["tasks"] if x["name"].startswith("镇街")]
        if s in TOWN:
            if len(town) != 1 or int(town[0]["amount_yuan"]) != TOWN[s] or v[7] * 10000 != TOWN[s]:
                errs.append(f"{s} 镇街 subsidy != 对下")
        elif town or v[7] != 0:
            errs.append(f"{s} unexpected 对下")
        if not (14 <= len(t["indicators"]) <= 16) or not (4 <= len(t["goals"]) <= 5):
            errs.append(f"{s} shape")
    held = Counter()
    for s, t in tabs.items():
        if s not in NEW:
            for x in t.get("tasks", []):
                held[Dm(str(x["amount_yuan"]))] += 1
    mine = Counter(Dm(str(x["amount_yuan"])) for s in NEW for x in tabs[s]["tasks"])
    for s in NEW:
        for x in tabs[s]["tasks"]:
            a = Dm(str(x["amount_yuan"]))
            if held[a] or mine[a] > 1:
                errs.append(f"{s} {x['name']} {a} not unique")
    # 中院 2025 → 2026
    i6 = {i["level3"]: i for i in tabs["zhongyuan_2026"]["indicators"]}
    i5 = {i["level3"]: i for i in tabs["zhongyuan_2025"]["indicators"]}
    if set(i6) - set(i5) != {"数字法院平台上线时间"} or set(i5) - set(i6):
        errs.append("zhongyuan indicator sets")
    ch = [n for n in i5 if i5[n]["annual_value"] != i6[n]["annual_value"]]
    if ch != MEMBERS[140]:
        errs.append(f"zhongyuan changed indicators {ch}")
    if any(i5[n]["period_value"] != i6[n]["period_value"] for n in i5 if i5[n]["period_value"] != i5[n]["annual_value"]):
        errs.append("zhongyuan a period value changed")
    t6 = {x["name"]: x for x in tabs["zhongyuan_2026"]["tasks"]}
    t5 = {x["name"]: x for x in tabs["zhongyuan_2025"]["tasks"]}
    if set(t6) - set(t5) != {"数字法院建设经费", "诉源治理和多元解纷经费"} or set(t5) - set(t6) != {"诉调对接和多元化解经费"}:
        errs.append("zhongyuan task sets")
    if (t5["执行案件攻坚经费"]["section"], t6["执行案件攻坚经费"]["section"]) != ("年度重点工作任务", "其他需完成的任务"):
        errs.append("zhongyuan 执行案件攻坚经费 did not move from 重点 to 其他")
    dg = dongguan_2026(tabs)
    if len(dg) != 100:
        errs.append(f"东莞 2026 count {len(dg)}")
    return errs


def rank_of(tabs, who, key):
    dg = dongguan_2026(tabs)
    f = {"total": total, "people": lambda t: t["basic_info"]["财政供养人员数"]}.get(key) or (lambda t: b(t)[key])
    vals = sorted((f(t) for _, t in dg), reverse=True)
    (t,) = [t for s, t in dg if s == who or t["department"] == who]
    if vals.count(f(t)) != 1:
        return None
    return f"#{vals.index(f(t)) + 1}"


def num(s):
    return Dm(s.replace("万元", "").replace("元", "").replace("#", ""))


def verify(rows, tabs=None):
    errs = []
    if len(rows) != 160:
        errs.append(f"{len(rows)} rows")
    if dict(Counter(r["category"] for r in rows)) != CATS:
        errs.append(f"categories {dict(Counter(r['category'] for r in rows))}")
    if len(H) < 100:
        errs.append("hand table too short")
    for k, r in enumerate(rows, 1):
        rid = f"b38-{k:03d}"
        if r["id"] != rid:
            errs.append(f"{rid} id {r['id']}")
        if k in H:
            e, f, yn = H[k]
            if r["expect"] != e:
                errs.append(f"{rid} expect {r['expect']} != {e}")
            if r["figures"] != f:
                errs.append(f"{rid} figures {r['figures']} != {f}")
            if r["yesno"] != yn:
                errs.append(f"{rid} yesno {r['yesno']} != {yn}")
        elif r["expect"] != "ok" or r["yesno"] is not None:
            errs.append(f"{rid} not in the hand table yet not a plain ok line")
        fu = r["followup_of"]
        if (k in FOLLOWUPS) != (fu is not None) or (fu is not None and fu != f"b38-{k - 1:03d}"):
            errs.append(f"{rid} chain {fu}")
        if (r["category"] == "followup") != (k in FOLLOWUPS):
            errs.append(f"{rid} follow-up category")
        if k in MEMBERS and r["names"] != MEMBERS[k]:
            errs.append(f"{rid} names {r['names']}")
        if k in SETS and set(r["names"]) != SETS[k]:
            errs.append(f"{rid} members {r['names']}")
        if k in MUST_ABSENT and MUST_ABSENT[k] not in r["absent"]:
            errs.append(f"{rid} absent {MUST_ABSENT[k]} missing")
        if set(r["absent"]) & set(r["figures"]):
            errs.append(f"{rid} absent = figure")
        if r["expect"] in ("not_found", "ok_or_clarify") and (r["figures"] or r["names"]):
            errs.append(f"{rid} figures or names on a {r['expect']} line")
        if r["category"] == "compare" or k in (130, 133, 137, 143):
            d, x, y = (num(v) for v in r["figures"])
            if d != abs(x - y) or d <= 0 or r["figures"][0].startswith("-"):
                errs.append(f"{rid} difference")
        if k in PROSE and tabs is not None:
            s, phrases = PROSE[k]
            g = "".join(tabs[s]["goals"])
            if r["figures"] != [p[1:] for p in phrases] or any(g.count(p) != 1 for p in phrases):
                errs.append(f"{rid} prose figure not in {s}'s goals once")
        if k in RANKS and tabs is not None:
            who, key = RANKS[k]
            if r["figures"] != [rank_of(tabs, who, key)]:
                errs.append(f"{rid} rank {r['figures']} != {rank_of(tabs, who, key)}")
        if not r["note"].endswith(("[scope: new]", "[scope: mixed]", "[scope: not_loaded]")):
            errs.append(f"{rid} scope")
    return errs


def main():
    tabs, errs = load_tables()
    errs += check_tables(tabs)
    rows = [json.loads(x) for x in (BLIND / "batch_38.jsonl").read_text(encoding="utf-8").splitlines()]
    errs += verify(rows, tabs)
    # a few whole-set figures recomputed from this file's own loading
    dg = dongguan_2026(tabs)
    if f"{sum(total(t) for _, t in dg):.2f}万元" != H[84][1][0]:
        errs.append("b38-084 all-department total")
    if f"#{sum(total(t) < 10000 for _, t in dg)}" != H[79][1][0]:
        errs.append("b38-079 count under 1亿")
    if f"#{sum(t['basic_info']['财政供养人员数'] > 500 for _, t in dg)}" != H[78][1][0]:
        errs.append("b38-078 count over 500")
    if f"#{sum('司法' in x['name'] for _, t in dg for x in t['tasks'])}" != H[77][1][0]:
        errs.append("b38-077 count 司法")
    if {t["department"] for _, t in dg if 500 <= t["basic_info"]["财政供养人员数"] <= 700} != SETS[68]:
        errs.append("b38-068 set")
    if {t["department"] for _, t in dg if 25000 <= total(t) <= 30000} != SETS[69]:
        errs.append("b38-069 set")
    for e in errs:
        print(e)
    print(f"{len(errs)} errors ({len(H)} lines in the hand table)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
