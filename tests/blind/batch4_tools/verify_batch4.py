"""Independent second check of batch_04.jsonl: recomputes every figure with its own code
(Fraction arithmetic on the raw JSON files, no shared helpers with gen_batch4.py / facts4.py),
and checks the schema, follow-up chains and that printed values occur in the tables."""
import json, os, re, glob
from fractions import Fraction as F

D = "/work/scratch/blind4/"
def L(name):
    return json.load(open(D + name, encoding="utf-8"))
z = L("东莞市自然资源局_整体_2026.json"); s = L("东莞市生态环境局_整体_2026.json")
g6 = L("东莞市总工会_整体_2026.json"); g5 = L("东莞市总工会_整体_2025.json")
k6 = L("东莞市科学技术局_整体_2026.json"); k5 = L("东莞市科学技术局_整体_2025.json")
w6 = L("东莞市卫生健康局_整体_2026.json"); w5 = L("东莞市卫生健康局_整体_2025.json")
e = L("东莞市教育局_整体_2026.json"); j6 = L("东莞市交通运输局_整体_2026.json"); j2 = L("东莞市交通运输局_整体_2022.json")
zj = L("湛江市交通运输局_整体_2025.json"); ny = L("湛江市农业农村局_整体_2024.json")
r = L("东莞市人力资源和社会保障局_整体_2026.json"); c = L("东莞市城市管理和综合执法局_整体_2026.json")
m = L("东莞市民政局_整体_2026.json"); wl = L("东莞市文化广电旅游体育局_整体_2023.json")
pz = L("东莞市交通运输局_镇际联网路升级改造工程一期_2019.json"); pg = L("东莞市卫生健康局_基本公共卫生服务补助资金_2025.json")
pw = L("东莞市机关事务管理局_物业管理费支出_2026.json"); ps = L("东莞市水务局_东江与运河水系连通工程_2020.json")
ALL = [json.load(open(p, encoding="utf-8")) for p in glob.glob(D + "*.json")]
assert len(ALL) == 21
dg26 = [t for t in ALL if t["kind"] == "department" and t["year"] == 2026 and t["department"].startswith("东莞市")]

def b(t, n):  # exact fraction of 万元
    return F(str([x for x in t["budget"] if x["name"] == n][0]["amount_wan"]))
def fd(t, n):
    return F(str([x for x in t["funds"] if x["name"] == n][0]["amount_wan"]))
def tot(t):
    return sum((F(str(x["amount_wan"])) for x in t["budget"] if x["name"] in ("基本支出", "项目支出", "其他事业发展性支出")), F(0))
def tk(t, n):
    return F(str([x for x in t["tasks"] if x["name"] == n][0]["amount_yuan"]))
def ia(t, n):
    return [x for x in t["indicators"] if x["level3"] == n][0]["annual_value"]
def ip(t, n):
    return [x for x in t["indicators"] if x["level3"] == n][0]["period_value"]
def hu(x, nd=2):  # half-up to nd decimals, string
    q = F(10) ** nd
    v = x * q
    n = int(v) if v >= 0 else -int(-v)
    if abs(v - n) >= F(1, 2):
        n += 1 if v >= 0 else -1
    sign = "-" if n < 0 else ""
    n = abs(n)
    return f"{sign}{n // 10**nd}.{n % 10**nd:0{nd}d}"
def W(x): return hu(F(x)) + "万元"
def Y(x):
    x = F(x)
    if x.denominator == 1: return f"{x.numerator}元"
    sx = hu(x, 6).rstrip("0").rstrip(".")
    return sx + "元"
def Y2(x): return hu(F(x)) + "元"
def P(a, b_): return hu(F(a) * 100 / F(b_)) + "%"
def R(a, b_): return hu(F(a) / F(b_))
def N(n): return f"#{n}"
def others(t): return [x for x in t["tasks"] if x["section"] == "其他需完成的任务"]
def keys(t): return [x for x in t["tasks"] if x["section"] == "年度重点工作任务"]

EXP = {  # id: figures
 "001": [Y(tk(z, "地质灾害防治经费"))], "002": [], "003": [Y(tk(s, "水污染防治专项资金"))],
 "004": [W(b(z, "财政专项资金"))], "005": [Y(tk(c, "环卫工人关爱慰问经费"))], "006": [Y(tk(m, "慈善宣传活动经费"))],
 "007": [Y(tk(r, "人社政策宣传经费"))], "008": [Y(tk(z, "测绘地理信息服务经费"))], "009": [],
 "010": [Y(tk(e, "学生资助"))], "011": [Y(tk(k6, "科技金融贴息"))], "012": [Y(tk(ny, "动物疫病防控"))],
 "013": [ia(z, "垦造水田面积")], "014": [ip(z, "垦造水田面积")], "015": [ia(s, "细颗粒物（PM2.5）年均浓度")],
 "016": [ia(z, "不动产一般登记办理时限")], "017": [ia(s, "智慧监测监控平台建成时间")], "018": [ia(c, "日均处理生活垃圾量")],
 "019": [ia(c, "生活垃圾无害化处理率")], "020": [ia(m, "重度残疾人护理补贴发放人数")], "021": [ia(k6, "科技特派员服务响应时间")],
 "022": [ia(e, "初中生均公用经费标准")], "023": [ia(w6, "免费产前筛查例数")], "024": [ia(ny, "高标准农田亩均投入")],
 "025": [ip(r, "城镇新增就业人数")],
 "026": [W(tot(z)), W(b(z, "基本支出")), W(b(z, "项目支出")), W(b(z, "其他事业发展性支出")), W(b(z, "财政拨款")), W(b(z, "其他资金"))],
 "027": [W(tot(s))], "028": [W(b(s, "基本支出"))], "029": [P(b(s, "基本支出"), tot(s))],
 "030": [N(z["basic_info"]["财政供养人员数"])], "031": [N(s["basic_info"]["下属二级单位数"])],
 "032": [Y(x["amount_yuan"]) for x in keys(c)], "033": [W(b(ny, "基本支出") + b(ny, "项目支出"))], "034": [], "035": [],
 "036": [W(b(m, "财政拨款")), W(b(m, "其他资金"))],
 "037": [W(tot(g6)), W(b(g6, "基本支出")), W(b(g6, "项目支出")), W(b(g6, "其他事业发展性支出"))],
 "038": [W(fd(ps, "中期市财政预算"))], "039": [W(fd(ps, "本年度申请市财政预算资金"))], "040": [W(fd(pz, "本年度申请市财政预算资金"))],
 "041": [], "042": [W(fd(pg, "年度资金总额"))], "043": [W(fd(pw, "实施周期资金总额"))], "044": [ia(pw, "物业服务单价")],
 "045": [ip(ps, "新建泵站数量")], "046": [ia(pz, "补助款结算误差率")], "047": [P(fd(pg, "财政拨款"), fd(pg, "年度资金总额"))],
 "048": [ia(pw, "物业服务办公区数量")],
 "049": ["4500亩"], "050": ["6000亩"], "051": ["15处"], "052": ["40台"], "053": ["5万吨"], "054": ["20家"], "055": ["1800人次"],
 "056": ["36家"], "057": ["860万千瓦时"], "058": ["2处"], "059": ["3000个"],
 "064": [ia(s, "公众生态环境满意度")],
 "072": [N(len(z["indicators"]))], "073": [N(len(others(s)))], "075": [Y(max(x["amount_yuan"] for x in others(s)))],
 "076": [N(len([x for x in z["indicators"] if x["level2"] == "数量指标"]))], "077": [N(len(dg26))], "078": [N(len(s["goals"]))],
 "079": [N(len([t for t in ALL if t["kind"] == "project"]))], "080": [N(len(e["indicators"]))],
 "081": [N(len([x for x in s["indicators"] if x["level1"] == "效益指标"]))],
 "082": [N(len([t for t in ALL if t["department"].startswith("湛江")]))], "083": [N(len(others(m)))],
 "084": [Y(sum(F(str(x["amount_yuan"])) for x in z["tasks"]))],
 "085": [Y2(sum(F(str(x["amount_yuan"])) for x in z["tasks"]) / len(z["tasks"]))],
 "086": [Y(sum(F(str(x["amount_yuan"])) for x in others(s)))], "087": [W(b(z, "基本支出") + b(s, "基本支出"))],
 "088": [P(b(z, "项目支出"), tot(z))], "089": [P(b(s, "财政拨款"), b(s, "财政拨款") + b(s, "其他资金"))],
 "090": [W(sum((b(t, "基本支出") for t in dg26), F(0)))], "091": [P(b(z, "市本级使用资金"), b(z, "财政专项资金"))],
 "092": [Y(tk(s, "生态环境监测经费") + tk(s, "生态环境智慧监控信息化建设经费"))],
 "093": [Y(tk(m, "城乡低保救助资金") + tk(m, "特困人员救助供养资金"))],
 "094": [Y2(sum(F(str(x["amount_yuan"])) for x in c["tasks"]) / len(c["tasks"]))],
 "095": [Y(sum(F(str(x["amount_yuan"])) for x in keys(k6)))],
 "096": [W(max(tot(t) for t in dg26))], "097": [W(min(b(t, "基本支出") for t in dg26))],
 "098": [Y(a) for a in sorted((x["amount_yuan"] for x in z["tasks"]), reverse=True)[:3]],
 "099": [Y(min(x["amount_yuan"] for x in z["tasks"]))], "100": [Y(min(x["amount_yuan"] for x in s["tasks"]))],
 "101": [N(n) for n in sorted((t["basic_info"]["财政供养人员数"] for t in dg26), reverse=True)[:3]],
 "102": [W(sorted((b(t, "项目支出") for t in dg26), reverse=True)[1])],
 "103": [Y(max(F(str(x["amount_yuan"])) for t in dg26 for x in t["tasks"] if "信息化" in x["name"]))],
 "104": [W(max(b(t, "其他资金") for t in dg26))],
 "105": [N(max(t["basic_info"].get("下属二级单位数", 0) for t in ALL if t["kind"] == "department"))],
 "106": [W(min(tot(t) for t in dg26))],
 "107": [Y(max(x["amount_yuan"] for t in dg26 for x in t["tasks"] if "宣传" in x["name"]))],
 "108": [W(tot(z) - tot(s)), W(tot(z)), W(tot(s))],
 "109": [W(b(s, "基本支出") - b(m, "基本支出")), W(b(s, "基本支出")), W(b(m, "基本支出"))],
 "110": [Y(tk(s, "生态环境监测经费") - tk(z, "自然资源调查监测经费")), Y(tk(s, "生态环境监测经费")), Y(tk(z, "自然资源调查监测经费"))],
 "111": [W(b(c, "项目支出") - b(s, "项目支出")), W(b(s, "项目支出")), W(b(c, "项目支出"))],
 "112": [N(r["basic_info"]["财政供养人员数"] - z["basic_info"]["财政供养人员数"]), N(r["basic_info"]["财政供养人员数"]), N(z["basic_info"]["财政供养人员数"])],
 "113": [Y(tk(j6, "交通安全宣传经费") - tk(s, "生态环境宣传教育经费")), Y(tk(j6, "交通安全宣传经费")), Y(tk(s, "生态环境宣传教育经费"))],
 "114": [R(tk(s, "生态环境执法能力建设经费"), tk(c, "执法人员业务培训经费"))],
 "115": [W(b(z, "其他事业发展性支出") - b(s, "其他事业发展性支出"))],
 "116": [Y(tk(r, "人社信息化建设经费") - tk(w6, "卫生健康信息化建设经费")), Y(tk(r, "人社信息化建设经费")), Y(tk(w6, "卫生健康信息化建设经费"))],
 "117": [R(b(e, "基本支出"), b(g6, "基本支出"))],
 "124": [W(b(z, "基本支出")), W(b(z, "项目支出")), W(b(z, "其他事业发展性支出"))],
 "125": [N(len([x for x in s["indicators"] if x["level2"] == k])) for k in ("数量指标", "质量指标", "时效指标")],
 "127": [ia(m, "城乡低保标准")],
 "128": [Y(tk(z, "地质灾害防治经费"))], "129": [], "130": [W(tot(z))], "131": [ia(s, "细颗粒物（PM2.5）年均浓度")],
 "132": [Y(tk(s, "土壤与固体废物污染防治经费"))], "133": [W(b(z, "其他资金"))], "134": [ia(z, "森林覆盖率")],
 "135": [Y(tk(e, "校园安全保障经费"))], "136": [ia(c, "路灯亮灯率")], "137": [N(m["basic_info"]["财政供养人员数"])],
 "138": [W(b(w6, "基本支出") - b(w5, "基本支出")), W(b(w6, "基本支出")), W(b(w5, "基本支出"))],
 "139": [W(b(w6, "项目支出") - b(w5, "项目支出")), W(b(w6, "项目支出")), W(b(w5, "项目支出"))],
 "140": [P(b(g6, "项目支出") - b(g5, "项目支出"), b(g5, "项目支出"))],
 "141": [Y(tk(k6, "高新技术企业培育") - tk(k5, "高新技术企业培育"))],
 "142": [Y(tk(g5, "送温暖活动经费")), Y(tk(g6, "送温暖活动经费"))],
 "143": [ia(w6, "重点人群家庭医生签约率"), ia(w5, "重点人群家庭医生签约率")],
 "144": [N(k6["basic_info"]["财政供养人员数"] - k5["basic_info"]["财政供养人员数"])],
 "145": [Y(tk(w6, "健康宣传教育经费"))], "146": [P(tot(g6) - tot(g5), tot(g5))],
 "147": [Y(tk(k6, "科普活动经费") - tk(k5, "科普活动经费"))], "148": [N(len(w6["indicators"]) - len(w5["indicators"]))],
 "149": [ia(j2, "新建公交候车亭数量"), ia(j6, "新建改造公交候车亭")],
 "150": [Y(tk(z, "地质灾害防治经费"))], "151": [W(b(s, "基本支出"))], "152": [ia(s, "细颗粒物（PM2.5）年均浓度")],
 "153": [Y(tk(z, "土地储备前期工作经费"))], "154": [ia(s, "生态环境执法检查")], "155": [W(tot(z))],
 "156": [ia(s, "挥发性有机物重点企业综合整治")], "157": [Y(tk(g5, "送温暖活动经费"))],
 "158": [Y(tk(w6, "基本公共卫生服务项目经费"))], "159": [Y(tk(c, "生活垃圾无害化处理经费"))], "160": [Y(tk(m, "高龄津贴"))],
 "173": [W(b(j6, "基本支出")), W(b(zj, "基本支出"))], "182": [], "183": [W(b(j6, "其他资金")), W(b(zj, "其他资金"))], "176": [Y(tk(z, "自然资源调查监测经费"))], "180": [W(b(j6, "项目支出"))],
}
NAMES = {  # id: names (lists / rankings)
 "060": [x["name"] for x in sorted(z["tasks"], key=lambda x: -x["amount_yuan"]) if x["amount_yuan"] > 3e7],
 "061": [x["level3"] for x in s["indicators"] if x["period_value"] != x["annual_value"]],
 "062": [x["level3"] for x in z["indicators"] if x["level2"] == "时效指标"],
 "063": [x["level3"] for x in s["indicators"] if x["level1"] == "满意度指标"],
 "066": [x["name"] for x in sorted(others(s), key=lambda x: -x["amount_yuan"]) if 1e7 <= x["amount_yuan"] <= 5e7],
 "068": [x["level3"] for x in z["indicators"] if x["annual_value"] == "100%"],
 "069": [x["name"] for x in sorted(m["tasks"], key=lambda x: -x["amount_yuan"]) if x["amount_yuan"] < 1e7],
 "070": [x["level3"] for x in c["indicators"] if x["level2"] == "质量指标"],
 "074": [x["name"] for x in others(s)],
 "098": [x["name"] for x in sorted(z["tasks"], key=lambda x: -x["amount_yuan"])[:3]],
 "121": ["成本指标", "产出指标", "效益指标", "满意度指标"],
 "122": sorted({x["level2"] for x in s["indicators"] if x["level1"] == "效益指标"}),
}
SETNAMES = {"065": sorted(x["name"] for t in dg26 for x in t["tasks"] if "信息化" in x["name"]),
            "122": NAMES["122"]}

rows = [json.loads(l) for l in open(os.path.join(os.path.dirname(__file__), "..", "batch_04.jsonl"), encoding="utf-8")]
errors = []
KEYS = ["id", "q", "category", "expect", "figures", "names", "yesno", "absent", "followup_of", "note"]
CATS = {"item_money", "indicator", "overview", "project", "prose", "filter", "count", "aggregate", "ranking", "compare",
        "structure", "yesno", "yoy", "typo", "not_found", "trap", "followup"}
alltext = json.dumps(ALL, ensure_ascii=False)
prev = None
for i, row in enumerate(rows, 1):
    if list(row) != KEYS: errors.append((row["id"], "keys"))
    if row["id"] != f"b4-{i:03d}": errors.append((row["id"], "id order"))
    if row["category"] not in CATS: errors.append((row["id"], "cat"))
    if row["expect"] not in ("ok", "not_found", "clarify", "ok_or_clarify"): errors.append((row["id"], "expect"))
    if row["expect"] in ("not_found", "clarify") and row["figures"]: errors.append((row["id"], "figures on nf/clarify"))
    if row["followup_of"] is not None and row["followup_of"] != prev: errors.append((row["id"], "followup not previous"))
    if (row["category"] == "followup") != (row["followup_of"] is not None): errors.append((row["id"], "followup cat"))
    if row["yesno"] not in (None, "是", "否"): errors.append((row["id"], "yesno"))
    if row["category"] == "yesno" and row["yesno"] is None: errors.append((row["id"], "yesno missing"))
    for a in row["absent"]:
        if a in row["figures"]: errors.append((row["id"], "absent in figures"))
    for f in row["figures"]:
        ok = (re.fullmatch(r"-?\d+(\.\d+)?元", f) or re.fullmatch(r"-?\d+\.\d\d万元", f) or re.fullmatch(r"-?\d+\.\d\d%", f)
              or re.fullmatch(r"#\d+", f) or re.fullmatch(r"\d+\.\d\d", f) or f in alltext)
        if not ok: errors.append((row["id"], "figure format", f))
        if f.endswith("万元") and not re.fullmatch(r"-?\d+\.\d\d万元", f): errors.append((row["id"], "wan format", f))
    for n in row["names"]:
        if n not in alltext and n not in ("东莞", "湛江"): errors.append((row["id"], "name not in tables", n))
    k = row["id"][3:]
    if k in EXP and EXP[k] != row["figures"]:
        errors.append((row["id"], "figures differ", EXP[k], row["figures"]))
    if k in NAMES and k not in SETNAMES and NAMES[k] != row["names"]:
        errors.append((row["id"], "names differ", NAMES[k], row["names"]))
    if k in SETNAMES and SETNAMES[k] != sorted(row["names"]):
        errors.append((row["id"], "name set differs", SETNAMES[k], row["names"]))
    if row["figures"] and k not in EXP and row["category"] not in ():
        errors.append((row["id"], "figures not independently checked"))
    prev = row["id"]

# prose figures must occur in the goal / task text of the named table
PROSE = {"049": z, "050": z, "051": z, "052": s, "053": s, "054": s, "055": z, "056": w6, "057": c, "058": m, "059": r}
for k, t in PROSE.items():
    row = rows[int(k) - 1]
    txt = "\n".join(t["goals"] + [x["content"] + x["expected"] for x in t["tasks"]])
    if row["figures"][0] not in txt: errors.append((row["id"], "prose not in text"))
    # must be goal-only where the note says so (4500亩, 5万吨)
for k, t, ph in (("049", z, "4500亩"), ("053", s, "5万吨"), ("051", z, "15处")):
    if any(ph in x["content"] + x["expected"] for x in t["tasks"]) or any(ph in x["annual_value"] for x in t["indicators"]):
        errors.append((k, "prose fact not goal-only", ph))

print(len(rows), "rows;", len(EXP), "figure checks;", len(NAMES) + len(SETNAMES), "name checks")
print("errors:", len(errors))
for x in errors: print("  ", x)
