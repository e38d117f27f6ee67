"""Write ../batch_02.jsonl: blind questions of batch 2 with expected answers.

Every figure is computed here from the eleven JSON tables (facts2.py); every name is
checked to exist in the tables; every prose phrase is checked to occur in the table text.
Today is 2026-12-01: 今年 = 2026, 去年 = 2025; no year means 2026.
"""
import json
import os
import re

from facts2 import (
    DEPTS,
    STEM,
    D,
    T,
    budget,
    cnt,
    has_ind,
    has_task,
    in_prose,
    ind,
    pct,
    stem,
    task,
    tasks,
    total,
    wan,
    yuan,
    yuan2,
)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "batch_02.jsonl")

R, C, J, M, E = "renshe_2026", "chengguan_2026", "jiaotongju_2026", "minzhengju_2026", "jiaoyuju_2026"
Z6, Z5, K6, K5, W6, W5 = ("zonggonghui_2026", "zonggonghui_2025", "kejiju_2026", "kejiju_2025",
                          "weijianju_2026", "weijianju_2025")
Y26 = [f"{d}_2026" for d in DEPTS]
KEY, OTHER = "年度重点工作任务", "其他需完成的任务"

Q = []


def add(cat, q, expect="ok", figures=(), names=(), yesno=None, absent=(), fu=False, note=""):
    n = len(Q) + 1
    Q.append({
        "id": f"b2-{n:03d}", "q": q, "category": cat, "expect": expect,
        "figures": list(figures), "names": list(names), "yesno": yesno, "absent": list(absent),
        "followup_of": Q[-1]["id"] if fu else None, "note": note,
    })


def av(s, name):
    return ind(s, name)["annual_value"]


def pv(s, name):
    return ind(s, name)["period_value"]


def is_pct(v):
    return "%" in v


def no_digit(v):
    return not re.search(r"\d", v)


def sorted_tasks(s, reverse=True):
    return sorted(T[s]["tasks"], key=lambda t: D(t["amount_yuan"]), reverse=reverse)


def sum_tasks(s, section=None):
    return sum(D(t["amount_yuan"]) for t in tasks(s, section))


# ============================================================ item_money
add("item_money", "人社局今年就业创业补贴那块预算多少钱？",
    figures=[yuan(task(R, "就业创业补贴资金"))], names=["就业创业补贴资金"],
    note="人社局2026 年度重点工作任务 就业创业补贴资金")
add("followup", "那职业技能提升行动的呢", fu=True,
    figures=[yuan(task(R, "职业技能提升行动经费"))], names=["职业技能提升行动经费"],
    note="continues b2-001: same department, other key task")
add("item_money", "城管那边垃圾无害化处理的钱有多少",
    figures=[yuan(task(C, "生活垃圾无害化处理经费"))], names=["生活垃圾无害化处理经费"],
    note="城管局 重点任务")
add("item_money", "环卫工人慰问安排了多少经费",
    figures=[yuan(task(C, "环卫工人关爱慰问经费"))], names=["环卫工人关爱慰问经费", "城市管理和综合执法局"],
    absent=[yuan(task(Z6, "送温暖活动经费"))],
    note="only 城管局 has 环卫工人关爱慰问经费; 总工会 送温暖活动经费 also 慰问 but not 环卫工人")
add("item_money", "博士后那块的资助给了多少？",
    figures=[yuan(task(R, "博士后工作资助经费"))], names=["博士后工作资助经费"],
    note="unique item, no department named")
add("item_money", "城管局路灯维护一年花多少",
    figures=[yuan(task(C, "城市照明设施维护经费"))], names=["城市照明设施维护经费"],
    note="路灯维护 = 城市照明设施维护经费")
add("item_money", "民政的高龄津贴给了多少?",
    figures=[yuan(task(M, "高龄津贴"))], names=["高龄津贴"], note="民政局 其他任务")
add("followup", "那残疾人两项补贴呢", fu=True,
    figures=[yuan(task(M, "残疾人两项补贴"))], names=["残疾人两项补贴"], note="continues 高龄津贴")
add("followup", "这两项加一起是多少", fu=True,
    figures=[yuan(task(M, "高龄津贴") + task(M, "残疾人两项补贴"))], names=["高龄津贴", "残疾人两项补贴"],
    note="sum of the two previous items")
add("item_money", "今年科普活动经费是多少钱",
    figures=[yuan(task(K6, "科普活动经费"))], names=["科普活动经费"],
    note="科技局2026 (decimal amount)")
add("item_money", "教育局对民办教育的扶持资金是多少",
    figures=[yuan(task(E, "民办教育扶持经费"))], names=["民办教育扶持经费"])
add("item_money", "劳动仲裁办案经费多少",
    figures=[yuan(task(R, "劳动人事争议仲裁经费"))], names=["劳动人事争议仲裁经费"],
    note="劳动仲裁 = 劳动人事争议仲裁经费 (人社局)")
add("item_money", "公厕建设改造那个补助是多少钱",
    figures=[yuan(task(C, "公共厕所建设改造补助"))], names=["公共厕所建设改造补助"])
add("item_money", "卫健局医务人员培训经费今年多少",
    figures=[yuan(task(W6, "医务人员培训经费"))], names=["医务人员培训经费"])
add("followup", "去年呢", fu=True,
    figures=[yuan(task(W5, "医务人员培训经费"))], names=["医务人员培训经费"], note="卫健局2025")
add("followup", "增长了多少", fu=True,
    figures=[yuan(task(W6, "医务人员培训经费") - task(W5, "医务人员培训经费"))], names=["医务人员培训经费"],
    note="2026 - 2025")
train = [t["name"] for s in Y26 for t in T[s]["tasks"] if "培训" in t["name"]]
assert sorted(train) == sorted(["公益培训费", "医务人员培训经费", "交通运输行业安全培训经费", "执法人员业务培训经费"]), train
add("item_money", "培训经费批了多少？", expect="clarify",
    note="2026 items with 培训 in the name in four departments: " + "、".join(train) + "; no department given")
publ = [t["name"] for s in Y26 for t in T[s]["tasks"] if "宣传" in t["name"]]
assert len(publ) == 5, publ
add("item_money", "宣传经费有多少", expect="clarify",
    note="five different 宣传 items: " + "、".join(publ))

# ============================================================ indicator
add("indicator", "人社局今年城镇新增就业的目标是多少人",
    figures=[av(R, "城镇新增就业人数")], names=["城镇新增就业人数"],
    note="annual value; period value ≥19.5万人 differs")
add("followup", "实施周期的呢", fu=True,
    figures=[pv(R, "城镇新增就业人数")], names=["城镇新增就业人数"], note="实施周期指标值")
add("indicator", "城管局对路灯的亮灯情况有什么要求", figures=[av(C, "路灯亮灯率")], names=["路灯亮灯率"])
add("indicator", "垃圾焚烧每吨处理费上限定的多少",
    figures=[av(C, "生活垃圾焚烧处理服务单价")], names=["生活垃圾焚烧处理服务单价"])
add("indicator", "城管这边案子按期办结的比例要求多少",
    figures=[av(C, "城管案件按期结案率")], names=["城管案件按期结案率"])
add("indicator", "劳动争议仲裁结案率考核多少",
    figures=[av(R, "劳动人事争议仲裁结案率")], names=["劳动人事争议仲裁结案率"])
add("indicator", "城乡居民养老保险参保率要达到多少",
    figures=[av(R, "城乡居民基本养老保险参保率")], names=["城乡居民基本养老保险参保率"])
add("indicator", "人社局服务对象满意度的指标值",
    figures=[av(R, "服务对象满意度")], names=["服务对象满意度"],
    note="三级指标 named 服务对象满意度 under 二级 服务对象满意度; 参训学员满意度 ≥88% is the other one")
add("indicator", "老百姓对城管工作的满意度目标是多少",
    figures=[av(C, "市民满意度")], names=["市民满意度"], note="市民满意度; 商户满意度 ≥80% is the other one")
add("indicator", "民政局新增养老床位，年度目标和实施周期目标分别是多少？",
    figures=[av(M, "新增养老床位"), pv(M, "新增养老床位")], names=["新增养老床位"])
add("indicator", "城管局新建改造公共厕所今年目标多少座",
    figures=[av(C, "新建改造公共厕所")], names=["新建改造公共厕所"], note="annual value; period ≥180座")
add("followup", "它的实施周期目标呢", fu=True,
    figures=[pv(C, "新建改造公共厕所")], names=["新建改造公共厕所"])
add("indicator", "在站博士后的生活补贴一年最多给多少",
    figures=[av(R, "博士后在站生活补贴标准")], names=["博士后在站生活补贴标准"])
add("indicator", "人社一体化平台计划啥时候上线",
    figures=[av(R, "人社一体化信息平台上线时间")], names=["人社一体化信息平台上线时间"])
add("indicator", "垃圾烧了发电能上网多少电，有指标吗",
    figures=[av(C, "垃圾焚烧发电上网电量")], names=["垃圾焚烧发电上网电量"])
add("indicator", "交通局对公交准不准点有没有要求，多少？",
    figures=[av(J, "公交准点率")], names=["公交准点率"])

# ============================================================ overview
add("overview", "人社局今年部门预算合计多少", figures=[wan(total(R))], names=["人力资源和社会保障局"],
    note="基本支出+项目支出+其他事业发展性支出")
add("followup", "城管局的呢", fu=True, figures=[wan(total(C))], names=["城市管理和综合执法局"])
add("overview", "城管局的基本支出是多少", figures=[wan(budget(C, "基本支出"))], names=["基本支出"])
add("overview", "城管局财政拨款多少万", figures=[wan(budget(C, "财政拨款"))], names=["财政拨款"])
add("overview", "人社局其他资金有多少", figures=[wan(budget(R, "其他资金"))], names=["其他资金"])
add("overview", "城管有多少财政供养人员", figures=[cnt(T[C]["basic_info"]["财政供养人员数"])],
    names=["财政供养人员数"])
add("followup", "下属二级单位呢", fu=True, figures=[cnt(T[C]["basic_info"]["下属二级单位数"])],
    names=["下属二级单位数"])
add("overview", "人社局下面有几个二级单位", figures=[cnt(T[R]["basic_info"]["下属二级单位数"])])
add("overview", "人社局的项目支出", figures=[wan(budget(R, "项目支出"))], names=["项目支出"])
add("overview", "城管局专项资金里拟对下转移支付的是多少",
    figures=[wan(budget(C, "拟用于对下转移支付资金"))], names=["拟用于对下转移支付资金"])
add("overview", "人社局市本级使用资金多少", figures=[wan(budget(R, "市本级使用资金"))], names=["市本级使用资金"])
add("overview", "民政局其他事业发展性支出", figures=[wan(budget(M, "其他事业发展性支出"))],
    names=["其他事业发展性支出"])
add("overview", "教育局今年预算总额是多少？", figures=[wan(total(E))], names=["教育局"])
add("overview", "城管局一年的预算盘子有多大", figures=[wan(total(C))], names=["城市管理和综合执法局"],
    note="预算合计")
add("overview", "科技局今年项目支出是多少", figures=[wan(budget(K6, "项目支出"))], names=["项目支出"])
add("followup", "那去年呢", fu=True, figures=[wan(budget(K5, "项目支出"))], names=["项目支出"], note="科技局2025")

# ============================================================ prose
P = []


def prose(s, q, phrase, names=(), note="", also=()):
    assert in_prose(s, phrase), (s, phrase)
    for a in also:
        assert in_prose(s, a), (s, a)
    def bare(v):
        return re.sub(r"^[≥≤]", "", v)
    for n in [x for x in T[s]["indicators"] if phrase in (bare(x["annual_value"]), bare(x["period_value"]))]:
        raise AssertionError(("phrase is also an indicator value", s, phrase, n))
    add("prose", q, figures=[phrase, *also], names=names, note=note or f"{stem(s)} {T[s]['year']} goal/task text")


prose(R, "人社局今年城镇登记失业率要控制在多少以内？", "3%以内", note="goal 一: 城镇登记失业率控制在3%以内 (no indicator)")
prose(R, "今年人社部门开发了多少就业见习岗位", "3000个", note="goal 一")
prose(R, "技能东莞里面新增技能人才定了多少，高技能的又是多少", "4.5万人", also=["1.6万人"], note="goal 二")
prose(R, "人社局今年新招博士后研究人员的目标", "200名", note="goal 四; indicator is only 新增博士后科研工作站 ≥8家")
prose(R, "根治欠薪专项行动今年搞几次", "4次", note="人社局 goal 五")
prose(R, "高层次人才引进培养要完成多少名", "1500名", note="人社局 goal 四")
prose(C, "城市生活垃圾回收利用率要达到多少", "38%", note="城管局 goal 一 (no indicator)")
prose(C, "垃圾分类集中投放点新建或改造多少个", "1500个", note="城管局 goal 一")
prose(C, "老旧路灯换LED今年改多少盏", "1.2万盏", note="城管局 goal 三")
prose(C, "路灯节能改造后一年大概能省多少电", "860万千瓦时", note="城管局 goal 三")
prose(C, "智慧城管新接入的视频监控点位有多少个", "5000个", note="城管局 goal 五")
prose(W6, "卫健局把孕产妇死亡率控制在什么水平", "10/10万", note="卫健局2026 goal 五")
prose(M, "民政要建几处生态节地葬区", "2处", note="民政局 goal 五")
prose(J, "交通局今年新开或优化公交线路多少条？", "25条", note="交通局 goal 一")

# ============================================================ filter
big = [t["name"] for t in tasks(R) if D(t["amount_yuan"]) > 100000000]
assert len(big) == 4
add("filter", "人社局哪些项目超过一亿元？", names=big, note="tasks > 100000000元: " + "、".join(big))
small = [t["name"] for t in tasks(C) if D(t["amount_yuan"]) < 5000000]
add("filter", "城管局不到500万的项目有哪些", names=small,
    note="tasks < 5000000元: " + "、".join(f"{t['name']} {yuan(t['amount_yuan'])}" for t in tasks(C) if D(t["amount_yuan"]) < 5000000))
pc = [i["level3"] for i in T[C]["indicators"] if is_pct(i["annual_value"])]
add("filter", "城管局单位是%的指标都列一下", names=pc, note=f"{len(pc)} indicators with % values")
tl = [i["level3"] for i in T[R]["indicators"] if i["level2"] == "时效指标"]
add("filter", "人社局的时效指标都有哪些", names=tl)
kc = [t["name"] for t in tasks(C, KEY)]
add("filter", "城管局今年的重点任务是哪几个", names=kc, note="年度重点工作任务")
over1y = [s for s in Y26 if total(s) >= 100000]  # 10亿元 = 100000万元
assert len(over1y) == 5
add("filter", "哪些部门今年预算合计在10亿以上", names=[stem(s) for s in over1y],
    absent=[stem(M), stem(K6), stem(Z6)],
    note="; ".join(f"{stem(s)} {wan(total(s))}" for s in Y26))
mid = [t["name"] for t in tasks(M) if 20000000 <= D(t["amount_yuan"]) <= 50000000]
add("filter", "民政局两千万到五千万之间的支出事项", names=mid,
    note="; ".join(f"{t['name']} {yuan(t['amount_yuan'])}" for t in tasks(M)))
cost = [i["level3"] for i in T[R]["indicators"] if i["level1"] == "成本指标"]
add("filter", "人社局的成本指标有哪几个", names=cost)
diff_pv = [i["level3"] for i in T[C]["indicators"] if i["period_value"] != i["annual_value"]]
add("filter", "城管局哪些指标实施周期值和年度值不一样？", names=diff_pv)
lt1m = [(s, t["name"]) for s in Y26 for t in T[s]["tasks"] if D(t["amount_yuan"]) < 1000000]
add("filter", "今年所有部门里，金额不足100万的任务有哪些", names=[n for _, n in lt1m],
    note="; ".join(f"{stem(s)} {n}" for s, n in lt1m))
qual = [i["level3"] for i in T[C]["indicators"] if no_digit(i["annual_value"])]
add("filter", "城管局哪些指标是定性的，没有具体数值", names=qual,
    note="annual value without digits: " + "、".join(f"{i['level3']}={i['annual_value']}" for i in T[C]["indicators"] if no_digit(i["annual_value"])))
gt50 = [t["name"] for t in tasks(J) if D(t["amount_yuan"]) > 50000000]
add("filter", "交通局超过五千万的项目", names=gt50)
sat = [i["level3"] for i in T[R]["indicators"] if i["level1"] == "满意度指标"]
add("filter", "人社局满意度方面的指标有哪些", names=sat)

# ============================================================ count
add("count", "人社局一共多少个绩效指标", figures=[cnt(len(T[R]["indicators"]))])
add("count", "城管局有几项任务（重点加其他）", figures=[cnt(len(tasks(C)))],
    note=f"{len(tasks(C, KEY))} key + {len(tasks(C, OTHER))} other")
add("count", "城管局产出指标有多少个", figures=[cnt(sum(i["level1"] == "产出指标" for i in T[C]["indicators"]))])
add("count", "人社局其他需完成的任务有几项", figures=[cnt(len(tasks(R, OTHER)))])
low = min(tasks(R, OTHER), key=lambda t: D(t["amount_yuan"]))
add("followup", "其中最少的是哪个", fu=True, figures=[yuan(low["amount_yuan"])], names=[low["name"]],
    note="smallest of the 7 other tasks of 人社局")
add("count", "城管数量指标几个", figures=[cnt(sum(i["level2"] == "数量指标" for i in T[C]["indicators"]))])
add("count", "人社局效益指标多少条", figures=[cnt(sum(i["level1"] == "效益指标" for i in T[R]["indicators"]))])
depts = sorted({T[s]["department"] for s in T})
assert len(depts) == 8
add("count", "现在系统里有几个部门的绩效目标表", figures=[cnt(len(depts))],
    note="8 departments (11 tables): " + "、".join(depts))
add("count", "城管局总体绩效目标分了几条", figures=[cnt(len(T[C]["goals"]))])
nkey = sum(len(tasks(s, KEY)) for s in Y26)
add("count", "今年各部门的年度重点工作任务加起来一共多少项", figures=[cnt(nkey)],
    note="; ".join(f"{stem(s)} {len(tasks(s, KEY))}" for s in Y26))
add("count", "卫健局去年有多少个指标", figures=[cnt(len(T[W5]["indicators"]))])
npc = sum(is_pct(i["annual_value"]) for i in T[R]["indicators"])
add("count", "人社局有几个指标是百分比的", figures=[cnt(npc)],
    note="annual value with %: " + "、".join(i["level3"] for i in T[R]["indicators"] if is_pct(i["annual_value"])))
n10m = sum(D(t["amount_yuan"]) >= 10000000 for t in tasks(C))
add("count", "城管局有多少个项目金额在1000万以上", figures=[cnt(n10m)])

# ============================================================ aggregate
add("aggregate", "人社局两个重点任务加起来多少钱", figures=[yuan(sum_tasks(R, KEY))], names=[t["name"] for t in tasks(R, KEY)])
add("followup", "占人社局全部任务金额的比例是多少", fu=True, figures=[pct(sum_tasks(R, KEY), sum_tasks(R))],
    note=f"{sum_tasks(R, KEY)} / {sum_tasks(R)}")
add("aggregate", "城管局其他需完成的任务总共多少钱", figures=[yuan(sum_tasks(C, OTHER))])
add("aggregate", "城管局全部任务金额合计", figures=[yuan(sum_tasks(C))])
add("aggregate", "人社局基本支出占部门预算合计的比例", figures=[pct(budget(R, "基本支出"), total(R))])
add("aggregate", "城管局项目支出比基本支出多多少", figures=[wan(budget(C, "项目支出") - budget(C, "基本支出"))])
add("aggregate", "人社局和城管局预算合计一共多少", figures=[wan(total(R) + total(C))],
    names=["人力资源和社会保障局", "城市管理和综合执法局"])
add("aggregate", "城管局任务平均每项多少钱", figures=[yuan2(sum_tasks(C) / len(tasks(C)))],
    note=f"{sum_tasks(C)} / {len(tasks(C))}")
add("aggregate", "生活垃圾无害化处理经费占城管局任务总额的百分之几",
    figures=[pct(task(C, "生活垃圾无害化处理经费"), sum_tasks(C))])
add("aggregate", "人社、城管、交通三家的信息化经费加起来多少",
    figures=[yuan(task(R, "人社信息化建设经费") + task(C, "智慧城管信息化建设经费") + task(J, "智慧交通信息化建设经费"))],
    names=["人社信息化建设经费", "智慧城管信息化建设经费", "智慧交通信息化建设经费"])
add("aggregate", "人社局财政拨款占预算总额比重多少", figures=[pct(budget(R, "财政拨款"), total(R))])
add("aggregate", "城管局公厕补助比路灯维护少多少钱",
    figures=[yuan(task(C, "城市照明设施维护经费") - task(C, "公共厕所建设改造补助"))])
add("aggregate", "今年八个部门的预算合计全部加起来是多少",
    figures=[wan(sum(total(s) for s in Y26))])
add("aggregate", "人社局其他资金跟城管局其他资金差多少",
    figures=[wan(budget(R, "其他资金") - budget(C, "其他资金"))])

# ============================================================ ranking
rank_total = sorted(Y26, key=total, reverse=True)
add("ranking", "今年哪个部门预算最多", figures=[wan(total(rank_total[0]))], names=[stem(rank_total[0])])
add("followup", "第二名呢", fu=True, figures=[wan(total(rank_total[1]))], names=[stem(rank_total[1])])
top = sorted_tasks(R)[0]
add("ranking", "人社局哪个项目钱最多", figures=[yuan(top["amount_yuan"])], names=[top["name"]],
    note="largest is an other task, not a key task")
bot = sorted_tasks(C, reverse=False)[0]
add("ranking", "城管局金额最少的任务是哪个", figures=[yuan(bot["amount_yuan"])], names=[bot["name"]])
top3 = sorted_tasks(C)[:3]
add("ranking", "城管局任务金额前三是哪些", figures=[yuan(top3[0]["amount_yuan"])], names=[t["name"] for t in top3])
add("followup", "第三个是多少钱", fu=True, figures=[yuan(top3[2]["amount_yuan"])], names=[top3[2]["name"]])
staff = sorted(Y26, key=lambda s: T[s]["basic_info"]["财政供养人员数"], reverse=True)
add("ranking", "按财政供养人员数从多到少把各部门排一下", figures=[cnt(T[staff[0]]["basic_info"]["财政供养人员数"])],
    names=[stem(s) for s in staff], note="; ".join(f"{stem(s)} {T[s]['basic_info']['财政供养人员数']}" for s in staff))
basic = sorted(Y26, key=lambda s: budget(s, "基本支出"), reverse=True)[:3]
add("ranking", "基本支出最高的三个部门", figures=[wan(budget(basic[0], "基本支出"))], names=[stem(s) for s in basic])
oth = sorted(Y26, key=lambda s: budget(s, "其他资金"))
assert budget(oth[0], "其他资金") < budget(oth[1], "其他资金")
add("ranking", "哪个部门的其他资金最少", figures=[wan(budget(oth[0], "其他资金"))], names=[stem(oth[0])])
allt = sorted(((D(t["amount_yuan"]), s, t["name"]) for s in Y26 for t in T[s]["tasks"]), reverse=True)
add("ranking", "全市各部门里单项任务金额最大的是哪个", figures=[yuan(allt[0][0])], names=[allt[0][2], stem(allt[0][1])])
second = sorted_tasks(R)[1]
add("ranking", "人社局排第二的项目是哪个，多少钱", figures=[yuan(second["amount_yuan"])], names=[second["name"]])
low_total = rank_total[-1]
add("ranking", "预算合计最少的是哪个单位", figures=[wan(total(low_total))], names=[stem(low_total)])
info = sorted(((D(t["amount_yuan"]), s, t["name"]) for s in Y26 for t in T[s]["tasks"] if "信息化" in t["name"]), reverse=True)
add("ranking", "信息化相关经费哪家最多", figures=[yuan(info[0][0])], names=[info[0][2], stem(info[0][1])],
    note="; ".join(f"{stem(s)} {n} {yuan(a)}" for a, s, n in info))
units = sorted(Y26, key=lambda s: T[s]["basic_info"]["下属二级单位数"], reverse=True)
add("ranking", "下属二级单位最多的是哪个部门", figures=[cnt(T[units[0]]["basic_info"]["下属二级单位数"])], names=[stem(units[0])])
cheap2 = sorted_tasks(C, reverse=False)[1]
add("ranking", "城管局项目里倒数第二便宜的是哪个", figures=[yuan(cheap2["amount_yuan"])], names=[cheap2["name"]])

# ============================================================ compare
add("compare", "人社局和城管局谁的预算多", figures=[wan(total(R)), wan(total(C))], names=["人力资源和社会保障局"])
assert budget(C, "基本支出") > budget(W6, "基本支出")
add("compare", "城管跟卫健比，基本支出哪个高", figures=[wan(budget(C, "基本支出")), wan(budget(W6, "基本支出"))],
    names=["城市管理和综合执法局"])
add("compare", "人社局的信息化经费比民政局的多多少？",
    figures=[yuan(task(R, "人社信息化建设经费") - task(M, "民政信息化建设经费")),
             yuan(task(R, "人社信息化建设经费")), yuan(task(M, "民政信息化建设经费"))],
    names=["人社信息化建设经费", "民政信息化建设经费"])
assert task(J, "交通运输行业安全培训经费") > task(C, "执法人员业务培训经费")
add("compare", "城管的执法培训经费和交通局的安全培训经费，哪个多",
    figures=[yuan(task(J, "交通运输行业安全培训经费")), yuan(task(C, "执法人员业务培训经费"))],
    names=["交通运输行业安全培训经费"])
add("compare", "总工会跟人社局的财政供养人员各有多少人",
    figures=[cnt(T[Z6]["basic_info"]["财政供养人员数"]), cnt(T[R]["basic_info"]["财政供养人员数"])],
    names=["总工会", "人力资源和社会保障局"])
assert task(J, "公交线路运营补贴") > task(R, "就业创业补贴资金")
add("compare", "人社局就业创业补贴 vs 交通局公交线路运营补贴，哪个金额大",
    figures=[yuan(task(J, "公交线路运营补贴")), yuan(task(R, "就业创业补贴资金"))], names=["公交线路运营补贴"])
assert av(C, "市民满意度") == av(J, "公交乘客满意度")
add("compare", "城管局市民满意度和交通局公交乘客满意度目标哪个定得高",
    figures=[av(C, "市民满意度"), av(J, "公交乘客满意度")], names=["市民满意度", "公交乘客满意度"],
    note="both ≥85%: the same")
assert budget(C, "项目支出") > budget(M, "项目支出")
add("compare", "民政局和城管局谁的项目支出多", figures=[wan(budget(C, "项目支出")), wan(budget(M, "项目支出"))],
    names=["城市管理和综合执法局"])
add("compare", "人社局技工院校学生资助经费比教育局的学生资助少多少",
    figures=[yuan(task(E, "学生资助") - task(R, "技工院校学生资助经费")),
             yuan(task(R, "技工院校学生资助经费")), yuan(task(E, "学生资助"))],
    names=["技工院校学生资助经费", "学生资助"])
add("compare", "交通局和城管局的财政专项资金对比一下",
    figures=[wan(budget(J, "财政专项资金")), wan(budget(C, "财政专项资金"))], names=["交通运输局", "城市管理和综合执法局"])
assert task(C, "生活垃圾无害化处理经费") > task(W6, "基本公共卫生服务项目经费")
add("compare", "城管局垃圾无害化处理经费和卫健局基本公卫经费哪个更多",
    figures=[yuan(task(C, "生活垃圾无害化处理经费")), yuan(task(W6, "基本公共卫生服务项目经费"))],
    names=["生活垃圾无害化处理经费"])
assert T[R]["basic_info"]["下属二级单位数"] == T[M]["basic_info"]["下属二级单位数"]
add("compare", "人社和民政下属二级单位一样多吗", yesno="是",
    figures=[cnt(T[R]["basic_info"]["下属二级单位数"]), cnt(T[M]["basic_info"]["下属二级单位数"])])


# ============================================================ structure
def where_task(s, name):
    return [t["section"] for t in T[s]["tasks"] if t["name"] == name][0]


def where_ind(s, name):
    i = ind(s, name)
    return [i["level1"], i["level2"]]


add("structure", "博士后工作资助经费是哪个部门的", names=["人力资源和社会保障局"])
add("structure", "路灯亮灯率属于什么指标", names=where_ind(C, "路灯亮灯率"))
add("structure", "市容环境卫生保洁经费是重点任务还是其他任务", names=[where_task(C, "市容环境卫生保洁经费")])
add("structure", "违法建设新增量这个指标放在哪一类", names=where_ind(C, "违法建设新增量"))
add("structure", "技工院校学生资助经费归哪个部门管", names=["人力资源和社会保障局"], note="not 教育局 (学生资助 is a different item)")
add("structure", "垃圾焚烧发电上网电量算经济效益还是社会效益", names=[where_ind(C, "垃圾焚烧发电上网电量")[1]])
add("structure", "人社政策宣传经费在表里哪个部分", names=[where_task(R, "人社政策宣传经费")])
add("structure", "扶持创业人数是哪个二级指标下面的", names=where_ind(R, "扶持创业人数"))
add("structure", "环卫工人关爱慰问经费是哪个局的", names=["城市管理和综合执法局"])
add("structure", "参训学员满意度归在哪个一级指标", names=[where_ind(R, "参训学员满意度")[0]])
owners = [s for s in Y26 if has_task(s, "出租车行业油价补贴")]
add("structure", "出租车油价补贴是谁的项目", names=[stem(owners[0])])
add("structure", "技能人才队伍建设这个指标是哪个二级指标", names=[where_ind(R, "技能人才队伍建设")[1]])

# ============================================================ yesno
add("yesno", "人社局有没有博士后相关的经费", yesno="是", figures=[yuan(task(R, "博士后工作资助经费"))],
    names=["博士后工作资助经费"])
assert total(C) > 100000
add("yesno", "城管局预算超过10亿了吗", yesno="是", figures=[wan(total(C))])
add("yesno", "就业创业补贴资金是不是人社局的重点任务", yesno="是", names=[KEY])
add("yesno", "城管局有没有安排信息化建设的钱", yesno="是", figures=[yuan(task(C, "智慧城管信息化建设经费"))],
    names=["智慧城管信息化建设经费"])
assert total(M) < total(C)
add("yesno", "民政局预算比城管局多吗", yesno="否", figures=[wan(total(M)), wan(total(C))])
add("yesno", "城乡居民基础养老金最低标准是不是每月300块", yesno="否",
    figures=[av(R, "城乡居民基础养老金最低标准")], names=["城乡居民基础养老金最低标准"])
assert total(C) == budget(C, "财政拨款") + budget(C, "其他资金")
add("yesno", "城管局三项支出加总跟财政拨款加其他资金对得上吗", yesno="是", figures=[wan(total(C))])
assert av(C, "新建改造公共厕所") != pv(C, "新建改造公共厕所")
add("yesno", "城管局新建改造公厕的年度指标和实施周期指标一样吗", yesno="否",
    figures=[av(C, "新建改造公共厕所"), pv(C, "新建改造公共厕所")])
assert budget(Z6, "其他资金") == 0
add("yesno", "总工会今年有没有其他资金", yesno="否", figures=[wan(budget(Z6, "其他资金"))])
add("yesno", "人社局补贴资金拨付要求及时吗", yesno="是", figures=[av(R, "补贴资金拨付")], names=["补贴资金拨付"])
add("yesno", "城管局有专门的垃圾分类宣传经费吗", yesno="是", figures=[yuan(task(C, "生活垃圾分类宣传督导经费"))],
    names=["生活垃圾分类宣传督导经费"])
add("yesno", "人社局今年组织职业技能竞赛吗", yesno="是", figures=[av(R, "举办市级职业技能竞赛")],
    names=["举办市级职业技能竞赛"])
add("yesno", "城管的路灯亮灯率要求100%吗", yesno="否", figures=[av(C, "路灯亮灯率")])
assert budget(J, "其他资金") > budget(C, "其他资金")
add("yesno", "交通局今年其他资金是不是比城管局多", yesno="是",
    figures=[wan(budget(J, "其他资金")), wan(budget(C, "其他资金"))])

# ============================================================ yoy
add("yoy", "总工会今年预算合计比去年多了多少", figures=[wan(total(Z6) - total(Z5))],
    note=f"{total(Z6)} - {total(Z5)}")
add("yoy", "科技局高企培育经费比去年增加多少", figures=[yuan(task(K6, "高新技术企业培育") - task(K5, "高新技术企业培育"))],
    names=["高新技术企业培育"])
add("yoy", "卫健局基本公卫经费同比增长百分之几",
    figures=[pct(task(W6, "基本公共卫生服务项目经费") - task(W5, "基本公共卫生服务项目经费"), task(W5, "基本公共卫生服务项目经费"))],
    names=["基本公共卫生服务项目经费"])
add("yoy", "去年总工会送温暖经费是多少", figures=[yuan(task(Z5, "送温暖活动经费"))])
add("yoy", "卫健局去年的财政供养人员", figures=[cnt(T[W5]["basic_info"]["财政供养人员数"])])
newk = [t["name"] for t in tasks(K6) if not has_task(K5, t["name"])]
add("yoy", "科技局今年新增了哪些任务，去年没有的", names=newk)
neww = [t["name"] for t in tasks(W6) if not has_task(W5, t["name"])]
assert neww == ["健康宣传教育经费"]
add("yoy", "卫健局今年比去年多出来哪个项目", names=neww, note=f"{neww[0]} {yuan(task(W6, neww[0]))} (2026 only)")
add("yoy", "科技局去年和今年的指标各有几个", figures=[cnt(len(T[K5]["indicators"])), cnt(len(T[K6]["indicators"]))])
add("yoy", "总工会去年公益培训班次定的多少", figures=[av(Z5, "公益培训班次")], names=["公益培训班次"])
add("yoy", "卫健局项目支出增长率",
    figures=[pct(budget(W6, "项目支出") - budget(W5, "项目支出"), budget(W5, "项目支出"))])
add("yoy", "科技局去年、今年的预算合计分别多少", figures=[wan(total(K5)), wan(total(K6))])
add("yoy", "人社局跟去年比预算涨了多少", expect="not_found",
    note="人社局 has only 2026; no 2025 table, so no change can be computed (the 2026 total alone may be mentioned)")
add("yoy", "卫健局签约居民满意度去年和今年分别是多少",
    figures=[av(W5, "签约居民满意度"), av(W6, "签约居民满意度")], names=["签约居民满意度"])

# ============================================================ typo
add("typo", "人设局今年预算合计多少", figures=[wan(total(R))], names=["人力资源和社会保障局"], note="人设 = 人社")
add("typo", "城管局的生活垃圾无害化处里经费", figures=[yuan(task(C, "生活垃圾无害化处理经费"))],
    names=["生活垃圾无害化处理经费"], note="处里 = 处理")
add("typo", "城管局的執法人員業務培訓經費多少", figures=[yuan(task(C, "执法人员业务培训经费"))],
    names=["执法人员业务培训经费"], note="traditional characters")
add("typo", "人社局的博仕后工作资助经费", figures=[yuan(task(R, "博士后工作资助经费"))], names=["博士后工作资助经费"])
add("typo", "城管局２０２６年財政撥款多少", figures=[wan(budget(C, "财政拨款"))], note="full-width digits, traditional")
add("typo", "人力资源社会保障局高层次人材引进培养经费", figures=[yuan(task(R, "高层次人才引进培养经费"))],
    names=["高层次人才引进培养经费"], note="人材 = 人才; department name without 和")
add("typo", "城管局路登亮灯率", figures=[av(C, "路灯亮灯率")], names=["路灯亮灯率"])
add("typo", "卫建局今年基本支出", figures=[wan(budget(W6, "基本支出"))], note="卫建 = 卫健")
add("typo", "总工会今年劳模专项工作经废", figures=[yuan(task(Z6, "劳模专项工作经费"))], names=["劳模专项工作经费"])
add("typo", "民正局高龄津贴", figures=[yuan(task(M, "高龄津贴"))], names=["高龄津贴"])
add("typo", "人社局IT信息化那块budget多少", figures=[yuan(task(R, "人社信息化建设经费"))],
    names=["人社信息化建设经费"], note="mixed English")
add("typo", "交通局 公交候车厅 建设维护经费", figures=[yuan(task(J, "公交候车亭建设维护经费"))],
    names=["公交候车亭建设维护经费"], note="厅 = 亭")
add("typo", "科计局科技金融贴息多少", figures=[yuan(task(K6, "科技金融贴息"))], names=["科技金融贴息"])

# ============================================================ not_found
add("not_found", "人社局2024年预算合计", expect="not_found", absent=[wan(total(R))], note="no 2024 table")
add("not_found", "公安局今年预算多少", expect="not_found", note="no 公安局")
assert not any("停车" in t["name"] for s in T for t in T[s]["tasks"])
add("not_found", "城管局停车场建设经费多少钱", expect="not_found", note="no such item")
assert not any("失业保险" in t["name"] for s in T for t in T[s]["tasks"])
add("not_found", "人社局失业保险金发放了多少钱", expect="not_found", note="no such item")
add("not_found", "财政局的部门整体绩效目标是什么", expect="not_found", note="no 财政局")
add("not_found", "住建局今年项目支出", expect="not_found", note="no 住建局")
add("not_found", "城管局2025年基本支出", expect="not_found", absent=[wan(budget(C, "基本支出"))], note="城管局 only 2026")
add("not_found", "卫健局2027年预算", expect="not_found", absent=[wan(total(W6))], note="no 2027")
assert "jiaoyuju_2025" not in T
add("not_found", "教育局去年学生资助经费", expect="not_found", absent=[yuan(task(E, "学生资助"))], note="教育局 only 2026")
assert not any("社保卡" in i["level3"] for s in T for i in T[s]["indicators"])
add("not_found", "人社局社保卡发放数量有指标吗，多少张", expect="not_found", note="no 社保卡 indicator")
add("not_found", "民政局去年的高龄津贴", expect="not_found", absent=[yuan(task(M, "高龄津贴"))], note="民政局 only 2026")
add("not_found", "市场监管局食品抽检经费", expect="not_found", note="no such department")
assert not any("地铁" in t["name"] or "轨道" in t["name"] for s in T for t in T[s]["tasks"])
add("not_found", "交通局地铁建设经费多少", expect="not_found", note="no such item")

# ============================================================ trap
assert not has_task(R, "公益培训费")
add("trap", "人社局的公益培训费多少", expect="not_found", absent=[yuan(task(Z6, "公益培训费"))],
    note="公益培训费 is 总工会's; 人社局 has no such item")
add("trap", "深圳市人社局今年预算合计", expect="not_found", absent=[wan(total(R))], note="only 东莞 is loaded")
add("trap", "城管局的公交候车亭建设维护经费", expect="not_found", absent=[yuan(task(J, "公交候车亭建设维护经费"))],
    note="item of 交通局")
add("trap", "人社局的学生资助经费多少", figures=[yuan(task(R, "技工院校学生资助经费"))],
    names=["技工院校学生资助经费"], absent=[yuan(task(E, "学生资助"))],
    note="人社局's own 技工院校学生资助经费, not 教育局 学生资助")
add("trap", "城管局的培训经费", figures=[yuan(task(C, "执法人员业务培训经费"))], names=["执法人员业务培训经费"],
    absent=[yuan(task(J, "交通运输行业安全培训经费")), yuan(task(W6, "医务人员培训经费")), yuan(task(Z6, "公益培训费"))],
    note="城管局 has one training item")
add("trap", "城市规划局的预算是多少", expect="not_found", absent=[wan(total(C))],
    note="looks like 城市管理 but is another department; not loaded")
add("trap", "广州市城管局2026年基本支出", expect="not_found", absent=[wan(budget(C, "基本支出"))],
    note="Guangzhou not loaded")
assert not has_task(R, "高龄津贴")
add("trap", "人社局的高龄津贴有多少", expect="not_found", absent=[yuan(task(M, "高龄津贴"))], note="民政局 item")
assert not any("竞赛" in i["level3"] or "大赛" in i["level3"] for i in T[C]["indicators"])
add("trap", "城管局职业技能竞赛办多少项", expect="not_found",
    absent=[av(R, "举办市级职业技能竞赛"), av(Z6, "举办职业技能大赛")], note="竞赛 indicators belong to 人社局 and 总工会")
add("trap", "卫健局去年的信息化建设经费", figures=[yuan(task(W5, "卫生健康信息化建设经费"))],
    names=["卫生健康信息化建设经费"], note="2025 value (16300000元) must be the answer, not 2026 (18750000元)")
add("trap", "城管局的智慧交通信息化建设经费", expect="not_found", absent=[yuan(task(J, "智慧交通信息化建设经费"))],
    note="交通局 item; 城管局 has 智慧城管信息化建设经费 instead")
assert not has_task(R, "养老服务体系建设资金")
add("trap", "人社局的养老服务体系建设资金", expect="not_found", absent=[yuan(task(M, "养老服务体系建设资金"))],
    note="民政局 item; 人社局 has 城乡居民养老保险财政补贴 (a different thing)")
add("trap", "总工会就业创业补贴多少", expect="not_found", absent=[yuan(task(R, "就业创业补贴资金"))], note="人社局 item")
add("trap", "城管局的垃圾分类宣传活动要搞多少场", figures=[av(C, "垃圾分类宣传督导活动")], names=["垃圾分类宣传督导活动"],
    absent=[av(J, "交通安全宣传活动"), av(W6, "开展健康科普宣传活动")],
    note="keyword 宣传活动 also matches 交通局/卫健局 indicators")
fit = [s for s in Y26 if has_ind(s, "补贴资金拨付")]
assert fit == [R]
near = [(s, i["level3"]) for s in Y26 for i in T[s]["indicators"]
        if i["level3"] != "补贴资金拨付" and i["level3"].endswith("资金拨付")]
assert all(av(s, n) == "及时" for s, n in near)
add("trap", "补贴资金拨付有什么要求", expect="ok_or_clarify", figures=[av(R, "补贴资金拨付")],
    names=["人力资源和社会保障局", "补贴资金拨付"],
    note="exact name only in 人社局 (及时); near names " + "、".join(f"{stem(s)} {n}" for s, n in near)
    + " are also 及时; answering 人社局 (optionally listing the others) or asking which department are both right")

# ------------------------------------------------------------------ checks and write
names_ok = set(STEM.values()) | {KEY, OTHER}
for s in T:
    names_ok |= {t["name"] for t in T[s]["tasks"]}
    for i in T[s]["indicators"]:
        names_ok |= {i["level1"], i["level2"], i["level3"]}
    names_ok |= {b["name"] for b in T[s]["budget"]} | set(T[s]["basic_info"])
ids = set()
for x in Q:
    for n in x["names"]:
        assert n in names_ok, (x["id"], n)
    if x["expect"] in ("ok",):
        assert x["figures"] or x["names"], x
    if x["expect"] in ("not_found", "clarify"):
        assert not x["figures"], x
    assert x["q"] not in ids, x["q"]
    ids.add(x["q"])
    if x["followup_of"]:
        assert x["category"] == "followup"

with open(OUT, "w", encoding="utf-8") as f:
    for x in Q:
        f.write(json.dumps(x, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    from collections import Counter
    cats = Counter(x["category"] for x in Q)
    exp = Counter((x["category"], x["expect"]) for x in Q)
    print(len(Q), "questions")
    for c in cats:
        print(f"  {c:11s} {cats[c]:3d}", {e: exp[(c, e)] for e in ("ok", "not_found", "clarify", "ok_or_clarify") if exp[(c, e)]})
    print(Counter(x["expect"] for x in Q))
