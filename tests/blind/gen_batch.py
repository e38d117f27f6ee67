"""Write batch_01.jsonl: blind questions with expected answers computed from the nine tables.

Every figure below is taken from (or computed from) the ground-truth JSON via facts.py, and
every prose phrase is checked to occur in the table text."""
import json
import re
from collections import Counter

from facts import (
    HERE,
    D,
    T,
    amt,
    budget,
    goals_text,
    ind,
    ind_row,
    pct,
    r2,
    task,
    tasks,
    total,
    wan,
    yuan,
)

KEY, OTH = "年度重点工作任务", "其他需完成的任务"
ZGH25, ZGH, KJ25, KJ, JY = "zonggonghui_2025", "zonggonghui_2026", "kejiju_2025", "kejiju_2026", "jiaoyuju_2026"
WJ25, WJ, JT, MZ = "weijianju_2025", "weijianju_2026", "jiaotongju_2026", "minzhengju_2026"
SHORT = {ZGH: "总工会", KJ: "科学技术局", JY: "教育局", WJ: "卫生健康局", JT: "交通运输局", MZ: "民政局"}
Y2026 = [ZGH, KJ, JY, WJ, JT, MZ]

Q = []


def add(q, cat, expect="ok", figures=(), names=(), yesno=None, absent=(), note="", follow=False):
    Q.append({"id": f"b1-{len(Q) + 1:03d}", "q": q, "category": cat, "expect": expect,
              "figures": list(dict.fromkeys(figures)), "names": list(names), "yesno": yesno,
              "absent": list(absent), "followup_of": Q[-1]["id"] if follow else None,
              "note": note})


def n(x):
    return f"#{x}"


def prose(slug, phrase):
    text = goals_text(slug) + "".join(t["content"] + t["expected"] for t in T[slug]["tasks"])
    assert phrase in text, (slug, phrase)
    return phrase


def in_goals_only(slug, phrase):
    """the phrase is in the 总体绩效目标 / task text, and no indicator value carries it"""
    prose(slug, phrase)
    pat = re.compile(r"(?<![\d.])" + re.escape(phrase))
    for i in T[slug]["indicators"]:
        v = i["annual_value"] + " " + i["period_value"]
        assert not pat.search(v), (slug, phrase, i)
    return phrase


def tname(slug, name):
    task(slug, name)
    return name


def iname(slug, name):
    ind_row(slug, name)
    return name


# ---------------------------------------------------------------- item_money
c = "item_money"
add("送温暖那个钱今年安排了多少？", c, figures=[yuan(amt(ZGH, "送温暖活动经费"))],
    names=[tname(ZGH, "送温暖活动经费")], note="总工会2026 其他需完成的任务 送温暖活动经费")
add("卫健委给家庭医生签约补了多少钱", c, figures=[yuan(amt(WJ, "家庭医生签约服务补助"))],
    names=["家庭医生签约服务补助"], note="卫健局2026 年度重点工作任务")
add("低保那笔钱安排了多少", c, figures=[yuan(amt(MZ, "城乡低保救助资金"))],
    names=["城乡低保救助资金"], note="民政局2026 重点任务")
add("高龄津贴多少钱？", c, figures=[yuan(amt(MZ, "高龄津贴"))], names=["高龄津贴"],
    note="民政局2026 其他任务（总体目标里的5.2万人是受惠人数，不是钱）")
add("科技局给科普活动放了多少经费", c, figures=[yuan(amt(KJ, "科普活动经费"))],
    names=["科普活动经费"], note="科技局2026，金额带小数 3265480.5")
add("民办教育扶持那块钱是多少", c, figures=[yuan(amt(JY, "民办教育扶持经费"))],
    names=["民办教育扶持经费"], note="教育局2026 其他任务")
add("农村公路提质改造要花多少钱", c, figures=[yuan(amt(JT, "农村公路提质改造工程"))],
    names=["农村公路提质改造工程"], note="交通局2026 重点任务")
add("出租车油补给了多少", c, figures=[yuan(amt(JT, "出租车行业油价补贴"))],
    names=["出租车行业油价补贴"], note="交通局2026 其他任务")
add("计生特扶金今年预算是多少", c, figures=[yuan(amt(WJ, "计划生育家庭特别扶助金"))],
    names=["计划生育家庭特别扶助金"], note="卫健局2026；去年14652000元")
add("殡葬免费那个补助多少钱", c, figures=[yuan(amt(MZ, "基本殡葬服务免费补助"))],
    names=["基本殡葬服务免费补助"], note="民政局2026")
add("请问科技金融贴息安排了多少资金", c, figures=[yuan(amt(KJ, "科技金融贴息"))],
    names=["科技金融贴息"], note="科技局2026，仅2026有")
add("公交候车亭维护的钱", c, figures=[yuan(amt(JT, "公交候车亭建设维护经费"))],
    names=["公交候车亭建设维护经费"], note="交通局2026")
add("信息化建设经费多少钱", c, expect="clarify",
    note="卫健局卫生健康信息化建设经费18750000、交通局智慧交通信息化建设经费21650000、民政局民政信息化建设经费4650000、教育局教育信息化建设76450000.5，无法确定")
add("培训经费是多少", c, expect="clarify",
    note="多部门都有培训类经费：总工会公益培训费3597700、卫健局医务人员培训经费6420000、交通局交通运输行业安全培训经费3280000；无法确定")

# ---------------------------------------------------------------- indicator
c = "indicator"
r = ind_row(WJ, "开展突发公共卫生事件应急演练")
add("今年卫健局要搞几场应急演练？", c, figures=[r["annual_value"]], names=[r["level3"]],
    note="年度指标值≥24场（实施周期≥72场）")
add("65岁以上老人健康管理率目标定的多少", c, figures=[ind(WJ, "65岁及以上老年人健康管理率")],
    names=["65岁及以上老年人健康管理率"], note="卫健局2026 质量指标")
add("公交准点率要达到多少", c, figures=[ind(JT, "公交准点率")], names=["公交准点率"],
    note="交通局 质量指标")
add("民政局低保标准这个指标值是多少", c, figures=[ind(MZ, "城乡低保标准")], names=["城乡低保标准"],
    note="成本指标 城乡低保标准 ≥1450元/人/月")
add("农村公路一年要改造多少公里", c, figures=[ind(JT, "农村公路提质改造里程")],
    names=["农村公路提质改造里程"], note="年度≥85公里；实施周期≥255公里")
add("创新券一张最多补多少", c, figures=[ind(KJ, "科技创新券单张补助上限")],
    names=["科技创新券单张补助上限"], note="科技局2026（2025同值）")
add("教育局对学生家长满意度的要求是多少", c, figures=[ind(JY, "学生及家长满意度")],
    names=["学生及家长满意度"], note="教育局 满意度指标")
add("今年要表彰多少劳模", c, figures=[ind(ZGH, "表彰劳模数量")], names=["表彰劳模数量"],
    note="总工会2026 ≥22人（2025为≥20人）")
add("婴儿死亡率控制在多少以内", c, figures=[ind(WJ, "婴儿死亡率")], names=["婴儿死亡率"],
    note="卫健局 社会效益 ≤3‰")
add("镇街社工站要有多少个", c, figures=[ind(MZ, "镇街社工站数量")], names=["镇街社工站数量"],
    note="民政局 数量指标")
r = ind_row(JT, "公共交通机动化出行分担率")
add("公共交通出行分担率今年目标", c, figures=[r["annual_value"]], names=[r["level3"]],
    note="年度≥32%，实施周期≥35%")
r = ind_row(WJ, "居民健康素养水平")
add("居民健康素养水平的实施周期指标值是多少？", c, figures=[r["period_value"]], names=[r["level3"]],
    note="卫健局2026 实施周期≥38%（年度≥35%）")
add("教育局今年新增义务教育公办学位多少个", c, figures=[ind(JY, "新增公办义务教育学位数")],
    names=["新增公办义务教育学位数"], note="年度≥30000个，实施周期≥100000个")
add("候车亭建一座最多多少钱", c, figures=[ind(JT, "候车亭建设单价")], names=["候车亭建设单价"],
    note="交通局 经济成本指标")

# ---------------------------------------------------------------- overview
c = "overview"
add("卫健局今年部门预算合计多少", c, figures=[wan(total(WJ))], names=["卫生健康局"],
    note="基本支出8652.37+项目支出96418.25+其他事业发展性支出3265.80")
add("交通局财政拨款多少", c, figures=[wan(budget(JT, "财政拨款"))], names=["交通运输局"])
add("教育局下面有几个二级单位", c, figures=[n(T[JY]["basic_info"]["下属二级单位数"])], names=["教育局"])
add("总工会今年基本支出多少", c, figures=[wan(budget(ZGH, "基本支出"))], names=["总工会"])
add("科技局的项目支出是多少万", c, figures=[wan(budget(KJ, "项目支出"))], names=["科学技术局"],
    note="科技局2026")
add("民政局其他资金有多少", c, figures=[wan(budget(MZ, "其他资金"))], names=["民政局"])
add("卫健委拟用于对下转移支付的资金多少", c, figures=[wan(budget(WJ, "拟用于对下转移支付资金"))],
    names=["卫生健康局"])
add("交通局基本支出", c, figures=[wan(budget(JT, "基本支出"))], names=["交通运输局"])
add("民政局今年预算总额是多少", c, figures=[wan(total(MZ))], names=["民政局"],
    note="6824.15+72368.90+1587.30")
add("交通运输局市本级使用资金多少", c, figures=[wan(budget(JT, "市本级使用资金"))], names=["交通运输局"])
add("卫健局财政专项资金有多少", c, figures=[wan(budget(WJ, "财政专项资金"))], names=["卫生健康局"])
add("总工会有多少人吃财政饭的", c, figures=[n(T[ZGH]["basic_info"]["财政供养人员数"])], names=["总工会"],
    note="财政供养人员数 2026=37")
add("教育局其他事业发展性支出多少", c, figures=[wan(budget(JY, "其他事业发展性支出"))], names=["教育局"])

# ---------------------------------------------------------------- prose
c = "prose"
add("卫健局今年要新建或改造多少个社区卫生服务站", c, figures=[in_goals_only(WJ, "18个")],
    note="仅在总体绩效目标二：新建或改造社区卫生服务站18个")
add("家庭医生团队骨干要培训多少人", c, figures=[in_goals_only(WJ, "420名")],
    note="总体目标二及家庭医生签约服务补助的期望目标：不少于420名（2026）")
add("检查检验结果要在多少家公立医疗机构互认？", c, figures=[in_goals_only(WJ, "36家")],
    note="卫健局目标四")
add("孕产妇死亡率要控制在多少", c, figures=[in_goals_only(WJ, "10/10万")], note="卫健局目标五")
add("交通局今年新开或优化几条公交线路", c, figures=[in_goals_only(JT, "25条")], note="交通局目标一")
add("农村公路危桥改造几座", c, figures=[in_goals_only(JT, "12座")], note="交通局目标二")
add("监测平台要接入多少重点营运车辆", c, figures=[in_goals_only(JT, "2.3万辆")], note="交通局目标四")
add("民政局要培训多少社区社工", c, figures=[in_goals_only(MZ, "300名")], note="民政局目标三")
add("镇街综合养老服务中心建几个", c, figures=[in_goals_only(MZ, "6个")], note="民政局目标二")
add("特困人员基本生活标准是低保标准的几倍", c, figures=[in_goals_only(MZ, "1.6倍")], note="民政局目标一")
add("高龄津贴惠及多少老年人", c, figures=[in_goals_only(MZ, "5.2万人")], note="民政局目标二；不是高龄津贴金额")
add("总工会公益培训今年财政资金投了多少", c, figures=[in_goals_only(ZGH, "94.87万元")],
    note="总工会2026 目标四：财政资金94.87万元，工会资金264.9万元（公益培训费任务3597700元是总额）")
add("电子病历应用水平要达到几级", c, figures=[in_goals_only(WJ, "4级")], note="卫健局目标四")
add("生态节地葬区要建几处", c, figures=[in_goals_only(MZ, "2处")], note="民政局目标五")
add("科技局创新券今年要服务多少家企业", c, figures=[in_goals_only(KJ, "800家")],
    note="科技局2026 科技创新券补助 期望目标：服务企业不少于800家")

# ---------------------------------------------------------------- filter
c = "filter"
big = [t["name"] for t in tasks(JT) if t["amount_yuan"] > 50000000]
add("交通局超过5000万的任务有哪些", c, figures=[n(len(big))], names=big, note="685000000、126800000、58300000")
k = [t["name"] for t in tasks(MZ, KEY)]
add("民政局的重点任务有哪些", c, figures=[n(len(k))], names=k)
s = [i["level3"] for i in T[WJ]["indicators"] if i["level1"] == "满意度指标"]
add("卫健局满意度类的指标有哪些", c, figures=[n(len(s))], names=s)
s = [i["level3"] for i in T[JT]["indicators"] if i["level2"] == "时效指标"]
add("交通局时效指标都有啥", c, figures=[n(len(s))], names=s)
s = [i["level3"] for i in T[MZ]["indicators"] if "%" in i["annual_value"]]
add("民政局单位是%的指标有哪些", c, figures=[n(len(s))], names=s, note="年度指标值带%的")
s = [t["name"] for t in tasks(WJ) if t["amount_yuan"] < 10000000]
add("卫健局低于1000万的任务", c, figures=[n(len(s))], names=s, note="卫健局2026")
s = [t["name"] for t in tasks(JY, OTH)]
add("教育局其他需完成的任务都有哪些？", c, figures=[n(len(s))], names=s)
s = [i["level3"] for i in T[WJ]["indicators"] if i["level2"] == "质量指标"]
add("列一下卫健局的质量指标", c, figures=[n(len(s))], names=s)
s = [i["level3"] for i in T[KJ]["indicators"] if i["level1"] == "成本指标"]
add("科技局今年的成本指标", c, figures=[n(len(s))], names=s)
s = [t["name"] for t in tasks(ZGH) if t["amount_yuan"] > 3000000]
add("总工会超过300万的项目", c, figures=[n(len(s))], names=s, note="7200000、3597700")
s = [i["level3"] for i in T[JT]["indicators"] if i["level2"] == "生态效益"]
add("交通局生态效益方面有什么指标", c, figures=[n(len(s))] + [ind(JT, s[0])], names=s)
s = [i["level3"] for i in T[MZ]["indicators"] if i["annual_value"] != i["period_value"]]
add("民政局哪些指标的年度值和实施周期值不一样", c, figures=[n(len(s))], names=s)
s = [t["name"] for sl in Y2026 for t in tasks(sl) if "信息化" in t["name"]]
add("今年名称里带“信息化”的任务有哪些", c, figures=[n(len(s))], names=s, note="四个部门各一项")

# ---------------------------------------------------------------- count
c = "count"
add("卫健局今年有几个绩效指标", c, figures=[n(len(T[WJ]["indicators"]))])
add("交通局一共多少项任务", c, figures=[n(len(tasks(JT)))])
add("系统里现在有几个部门的表", c, figures=[n(6)],
    names=["总工会", "科学技术局", "教育局", "卫生健康局", "交通运输局", "民政局"],
    note="6个部门（9张表：总工会、科技局、卫健局各两年）")
add("民政局产出指标有几个", c, figures=[n(sum(i["level1"] == "产出指标" for i in T[MZ]["indicators"]))])
add("教育局数量指标几个", c, figures=[n(sum(i["level2"] == "数量指标" for i in T[JY]["indicators"]))])
add("科技局去年有多少个指标", c, figures=[n(len(T[KJ25]["indicators"]))], note="科技局2025")
add("民政局其他需完成的任务几项", c, figures=[n(len(tasks(MZ, OTH)))])
add("总工会今年重点任务几项", c, figures=[n(len(tasks(ZGH, KEY)))], names=["产业工人建设经费"])
add("卫健局总体绩效目标分几条", c, figures=[n(len(T[WJ]["goals"]))])
add("交通局满意度指标几个", c, figures=[n(sum(i["level1"] == "满意度指标" for i in T[JT]["indicators"]))])
add("今年所有部门加起来一共多少项任务", c, figures=[n(sum(len(tasks(s)) for s in Y2026))],
    note="2026：5+6+8+8+8+9")
add("卫健局去年多少项任务", c, figures=[n(len(tasks(WJ25)))], note="卫健局2025")
add("教育局效益指标几个", c, figures=[n(sum(i["level1"] == "效益指标" for i in T[JY]["indicators"]))])
add("民政局成本指标有几个？", c, figures=[n(sum(i["level1"] == "成本指标" for i in T[MZ]["indicators"]))])

# ---------------------------------------------------------------- aggregate
c = "aggregate"
add("送温暖和劳模经费加起来多少", c,
    figures=[yuan(amt(ZGH, "送温暖活动经费") + amt(ZGH, "劳模专项工作经费"))],
    names=["送温暖活动经费", "劳模专项工作经费"], note="总工会2026 1950000+2094000")
add("民政局两项重点任务加起来多少钱", c, figures=[yuan(sum(D(t["amount_yuan"]) for t in tasks(MZ, KEY)))],
    names=[t["name"] for t in tasks(MZ, KEY)], note="298500000+132600000")
add("交通局其他需完成任务的资金合计", c, figures=[yuan(sum(D(t["amount_yuan"]) for t in tasks(JT, OTH)))])
add("民政局低保和特困供养资金一共多少", c,
    figures=[yuan(amt(MZ, "城乡低保救助资金") + amt(MZ, "特困人员救助供养资金"))],
    names=["城乡低保救助资金", "特困人员救助供养资金"])
add("卫健局基本支出占部门预算合计的比例", c, figures=[pct(budget(WJ, "基本支出"), total(WJ))],
    note="8652.37/108336.42")
add("公交运营补贴比农村公路提质改造多多少钱", c,
    figures=[yuan(amt(JT, "公交线路运营补贴") - amt(JT, "农村公路提质改造工程"))])
avg = r2(sum(D(t["amount_yuan"]) for t in tasks(JT)) / len(tasks(JT)))
add("交通局任务平均每项多少钱", c, figures=[f"{avg}元"], note="914050000/8")
add("民政局基本支出加项目支出多少", c, figures=[wan(budget(MZ, "基本支出") + budget(MZ, "项目支出"))])
add("总工会今年所有任务加起来多少钱", c, figures=[yuan(sum(D(t["amount_yuan"]) for t in tasks(ZGH)))])
add("科技局项目支出占预算合计百分之几", c, figures=[pct(budget(KJ, "项目支出"), total(KJ))],
    note="科技局2026 48620.50/52187.28")
add("高龄津贴占民政局任务总经费的比例", c,
    figures=[pct(amt(MZ, "高龄津贴"), sum(D(t["amount_yuan"]) for t in tasks(MZ)))],
    note="41730000/640840000")
add("卫健局和交通局的基本支出合计", c, figures=[wan(budget(WJ, "基本支出") + budget(JT, "基本支出"))])
add("民政局两项补贴加高龄津贴一共多少", c,
    figures=[yuan(amt(MZ, "残疾人两项补贴") + amt(MZ, "高龄津贴"))])
add("民政局财政拨款比其他资金多多少", c, figures=[wan(budget(MZ, "财政拨款") - budget(MZ, "其他资金"))])
avgb = r2(sum(budget(s, "基本支出") for s in Y2026) / 6)
add("今年六个部门基本支出平均是多少", c, figures=[f"{avgb}万元"], note="2026六个部门基本支出之和/6")

# ---------------------------------------------------------------- ranking
c = "ranking"
rk = sorted(Y2026, key=lambda s: budget(s, "基本支出"), reverse=True)
add("今年哪个部门基本支出最多", c, figures=[wan(budget(rk[0], "基本支出"))], names=[SHORT[rk[0]]])
rk = sorted(Y2026, key=total, reverse=True)
add("今年各部门预算合计从高到低排一下", c, figures=[wan(total(rk[0]))], names=[SHORT[s] for s in rk],
    note="; ".join(f"{SHORT[s]} {wan(total(s))}" for s in rk))
allt = sorted([(D(t["amount_yuan"]), t["name"]) for s in Y2026 for t in tasks(s)], reverse=True)
add("今年任务经费最高的三项是哪些", c, figures=[yuan(allt[0][0])], names=[x[1] for x in allt[:3]],
    note="; ".join(f"{x[1]} {yuan(x[0])}" for x in allt[:4]))
m = min(tasks(JT), key=lambda t: t["amount_yuan"])
add("交通局哪个任务钱最少", c, figures=[yuan(m["amount_yuan"])], names=[m["name"]])
m = max(tasks(MZ), key=lambda t: t["amount_yuan"])
add("民政局经费最多的任务是哪个", c, figures=[yuan(m["amount_yuan"])], names=[m["name"]])
rk = sorted(Y2026, key=lambda s: T[s]["basic_info"]["财政供养人员数"])
add("哪个部门人最少", c, figures=[n(T[rk[0]]["basic_info"]["财政供养人员数"])], names=[SHORT[rk[0]]],
    note="按2026财政供养人员数")
rk = sorted(Y2026, key=lambda s: budget(s, "项目支出"))
add("今年哪个部门项目支出最少", c, figures=[wan(budget(rk[0], "项目支出"))], names=[SHORT[rk[0]]])
st = sorted(tasks(WJ), key=lambda t: t["amount_yuan"], reverse=True)
add("卫健局任务按金额排前三", c, figures=[yuan(st[0]["amount_yuan"])], names=[t["name"] for t in st[:3]],
    note="; ".join(f"{t['name']} {yuan(t['amount_yuan'])}" for t in st[:3]))
rk = sorted(Y2026, key=lambda s: budget(s, "财政拨款"), reverse=True)
add("今年财政拨款第二多的是哪个部门", c, figures=[wan(budget(rk[1], "财政拨款"))], names=[SHORT[rk[1]]])
rk = sorted(Y2026, key=lambda s: T[s]["basic_info"]["下属二级单位数"], reverse=True)
add("哪个部门下属单位最多", c, figures=[n(T[rk[0]]["basic_info"]["下属二级单位数"])], names=[SHORT[rk[0]]])
add("今年所有任务里钱最少的是哪个", c, figures=[yuan(allt[-1][0])], names=[allt[-1][1]])
rk = sorted(Y2026, key=lambda s: budget(s, "其他资金"), reverse=True)
add("哪个部门其他资金最多", c, figures=[wan(budget(rk[0], "其他资金"))], names=[SHORT[rk[0]]])
st = sorted(tasks(MZ), key=lambda t: t["amount_yuan"])
add("民政局经费最少的两个任务", c, figures=[yuan(st[0]["amount_yuan"]), yuan(st[1]["amount_yuan"])],
    names=[st[0]["name"], st[1]["name"]])
rk = sorted(Y2026, key=lambda s: T[s]["basic_info"]["财政供养人员数"], reverse=True)
add("财政供养人员数排第三的是哪个部门", c, figures=[n(T[rk[2]]["basic_info"]["财政供养人员数"])],
    names=[SHORT[rk[2]]], note=" > ".join(f"{SHORT[s]}{T[s]['basic_info']['财政供养人员数']}" for s in rk))

# ---------------------------------------------------------------- compare
c = "compare"
add("卫健局和交通局哪个预算多", c, figures=[wan(total(JT)), wan(total(WJ))], names=["交通运输局"],
    note="预算合计 交通146225.96 > 卫健108336.42")
add("科技局的任务比教育局少几项", c, figures=[n(len(tasks(JY)) - len(tasks(KJ)))], note="6 vs 8（2026）")
add("民政局和卫健局基本支出差多少", c, figures=[wan(budget(WJ, "基本支出") - budget(MZ, "基本支出"))],
    names=["卫生健康局"], note="卫健多")
add("交通局的人比民政局多多少", c,
    figures=[n(T[JT]["basic_info"]["财政供养人员数"] - T[MZ]["basic_info"]["财政供养人员数"])],
    note="财政供养人员 186-143")
add("公交运营补贴跟低保资金哪个多", c,
    figures=[yuan(amt(JT, "公交线路运营补贴")), yuan(amt(MZ, "城乡低保救助资金"))],
    names=["公交线路运营补贴"])
add("卫健局信息化经费和民政局信息化经费比一下", c,
    figures=[yuan(amt(WJ, "卫生健康信息化建设经费")), yuan(amt(MZ, "民政信息化建设经费"))],
    names=["卫生健康信息化建设经费", "民政信息化建设经费"], note="卫健多14100000元")
add("总工会的职工满意度和科技局的企业满意度目标一样吗", c,
    figures=[ind(ZGH, "职工满意度")], names=["职工满意度", "企业满意度"], yesno="是",
    note=f"都是{ind(ZGH, '职工满意度')}/{ind(KJ, '企业满意度')}（2026）")
assert ind(ZGH, "职工满意度") == ind(KJ, "企业满意度")
add("教育局的指标数是卫健局的几倍", c,
    figures=[str(r2(D(len(T[JY]["indicators"])) / D(len(T[WJ]["indicators"]))))],
    note="51/22")
add("卫健局重点任务和其他任务的钱差多少", c,
    figures=[yuan(sum(D(t["amount_yuan"]) for t in tasks(WJ, KEY)) - sum(D(t["amount_yuan"]) for t in tasks(WJ, OTH)))])
add("交通局和民政局谁的任务多", c, figures=[n(len(tasks(MZ))), n(len(tasks(JT)))], names=["民政局"])
add("科技局和总工会的财政拨款差多少", c, figures=[wan(budget(KJ, "财政拨款") - budget(ZGH, "财政拨款"))])
add("卫健局培训经费和交通局培训经费哪个多", c,
    figures=[yuan(amt(WJ, "医务人员培训经费")), yuan(amt(JT, "交通运输行业安全培训经费"))],
    names=["医务人员培训经费"])
add("教育局项目支出是总工会的多少倍", c,
    figures=[str(r2(budget(JY, "项目支出") / budget(ZGH, "项目支出")))], note="286754.62/2180.04")
add("交通局宣传经费和民政局慈善宣传经费差多少", c,
    figures=[yuan(amt(JT, "交通安全宣传经费") - amt(MZ, "慈善宣传活动经费"))])

# ---------------------------------------------------------------- structure
c = "structure"
add("公路养护管理经费属于重点任务还是其他任务", c, names=["其他需完成的任务"])
r = ind_row(WJ, "婴儿死亡率")
add("婴儿死亡率是哪类指标", c, names=[r["level1"], r["level2"]])
add("家庭医生签约服务补助在表里哪个板块", c, names=["年度重点工作任务"])
r = ind_row(JT, "新能源公交车占比")
add("新能源公交车占比属于哪个一级指标", c, names=[r["level1"]], note="效益指标/生态效益")
r = ind_row(MZ, "低保金发放")
add("低保金发放是什么指标", c, names=[r["level1"], r["level2"]], note="民政局 产出指标/时效指标，值“按月及时”")
add("高龄津贴归哪个部门管", c, names=["民政局"])
add("科技金融贴息是哪个部门的", c, names=["科学技术局"])
r = ind_row(JT, "候车亭建设单价")
add("候车亭建设单价在哪一类指标里", c, names=[r["level1"], r["level2"]])
r = ind_row(MZ, "养老机构护理型床位占比")
add("养老机构护理型床位占比属于哪个二级指标", c, names=[r["level2"]])
r = ind_row(WJ, "居民电子健康档案建档率")
add("居民电子健康档案建档率属于什么指标", c, names=[r["level1"], r["level2"]])
add("慈善宣传活动经费是哪个部门哪个部分的", c, names=["民政局", "其他需完成的任务"])
add("学生资助在表里哪个部分", c, names=["年度重点工作任务"], note="教育局")
r = ind_row(MZ, "社会救助长效机制")
add("社会救助长效机制属于哪个二级指标", c, names=[r["level2"]])
add("计划生育家庭特别扶助金是哪个单位的", c, names=["卫生健康局"])

# ---------------------------------------------------------------- yesno
c = "yesno"
add("送温暖经费超过200万了吗", c, figures=[yuan(amt(ZGH, "送温暖活动经费"))], yesno="否",
    names=["送温暖活动经费"], note="1950000 < 2000000")
add("卫健局今年有没有健康宣传的经费", c, figures=[yuan(amt(WJ, "健康宣传教育经费"))], yesno="是",
    names=["健康宣传教育经费"])
add("民政局的低保资金是重点任务吗", c, yesno="是", names=["城乡低保救助资金"])
add("交通局有没有出租车补贴", c, figures=[yuan(amt(JT, "出租车行业油价补贴"))], yesno="是",
    names=["出租车行业油价补贴"])
add("公交准点率目标是不是95%", c, figures=[ind(JT, "公交准点率")], yesno="否", note="≥90%")
add("教育局基本支出超过10亿了吗", c, figures=[wan(budget(JY, "基本支出"))], yesno="是",
    note="125430.18万元=12.54亿")
add("卫健局去年有健康宣传教育经费吗", c, yesno="否",
    note="卫健局2025没有这项（2026新增2980000元）")
add("民政局遗体火化率要求是100%吗", c, figures=[ind(MZ, "遗体火化率")], yesno="是")
add("科技局今年企业满意度目标比去年高吗", c, figures=[ind(KJ, "企业满意度"), ind(KJ25, "企业满意度")],
    yesno="是", note="2026≥90% vs 2025≥88%")
add("交通局的项目支出有没有超过13亿", c, figures=[wan(budget(JT, "项目支出"))], yesno="是",
    note="138652.30万元")
add("卫健局的财政供养人员超过300人吗", c, figures=[n(T[WJ]["basic_info"]["财政供养人员数"])], yesno="是")
add("农村公路提质改造单位成本上限是200万一公里吗", c,
    figures=[ind(JT, "农村公路提质改造单位成本")], yesno="否")
add("总工会今年的财政专项资金是0吗", c, figures=[wan(budget(ZGH, "财政专项资金"))], yesno="是")
add("高龄津贴比特困供养资金多吗", c,
    figures=[yuan(amt(MZ, "高龄津贴")), yuan(amt(MZ, "特困人员救助供养资金"))], yesno="否")

# ---------------------------------------------------------------- yoy
c = "yoy"
add("卫健局今年预算合计比去年多多少", c, figures=[wan(total(WJ) - total(WJ25))],
    note="108336.42-102624.60")
add("基本公卫经费同比增加了多少", c,
    figures=[yuan(amt(WJ, "基本公共卫生服务项目经费") - amt(WJ25, "基本公共卫生服务项目经费"))],
    names=["基本公共卫生服务项目经费"], note="412650000-389200000")
add("家庭医生签约补助去年是多少", c, figures=[yuan(amt(WJ25, "家庭医生签约服务补助"))],
    names=["家庭医生签约服务补助"], note="卫健局2025")
add("卫健局财政供养人员比去年多了几个", c,
    figures=[n(T[WJ]["basic_info"]["财政供养人员数"] - T[WJ25]["basic_info"]["财政供养人员数"])])
add("总工会送温暖经费比去年增加多少", c,
    figures=[yuan(amt(ZGH, "送温暖活动经费") - amt(ZGH25, "送温暖活动经费"))])
add("科技局基本支出同比增长百分之几", c,
    figures=[pct(budget(KJ, "基本支出") - budget(KJ25, "基本支出"), budget(KJ25, "基本支出"))],
    note="(2356.78-2298.40)/2298.40")
add("总工会去年表彰劳模目标多少人", c, figures=[ind(ZGH25, "表彰劳模数量")])
add("科技局去年创新券发放目标多少张", c, figures=[ind(KJ25, "发放科技创新券")], note="年度≥900张")
a26 = int(ind(WJ, "开展突发公共卫生事件应急演练")[1:-1])
a25 = int(ind(WJ25, "开展突发公共卫生事件应急演练")[1:-1])
add("卫健局应急演练今年比去年多几场", c, figures=[n(a26 - a25)], note="年度 ≥24场 vs ≥20场")
add("卫健局人均基本公卫补助标准去年多少，今年多少", c,
    figures=[ind(WJ25, "基本公共卫生服务人均补助标准"), ind(WJ, "基本公共卫生服务人均补助标准")])
add("总工会公益培训费两年加起来多少", c,
    figures=[yuan(amt(ZGH, "公益培训费") + amt(ZGH25, "公益培训费"))])
add("卫健局项目支出比2025年增加了多少", c, figures=[wan(budget(WJ, "项目支出") - budget(WJ25, "项目支出"))])
new = [t["name"] for t in tasks(KJ) if t["name"] not in {x["name"] for x in tasks(KJ25)}]
add("科技局今年比去年多了哪几项任务", c, figures=[n(len(new))], names=new)
new = [t["name"] for t in tasks(WJ) if t["name"] not in {x["name"] for x in tasks(WJ25)}]
add("卫健局今年新增了哪项任务", c, names=new, note=f"2025没有、2026有：{new[0]} {yuan(amt(WJ, new[0]))}")
add("总工会财政拨款增长率是多少", c,
    figures=[pct(budget(ZGH, "财政拨款") - budget(ZGH25, "财政拨款"), budget(ZGH25, "财政拨款"))],
    note="(4198.90-3981.66)/3981.66")

# ---------------------------------------------------------------- typo
c = "typo"
add("送溫暖活動經費是多少", c, figures=[yuan(amt(ZGH, "送温暖活动经费"))], note="繁体")
add("衛健局今年預算合計多少", c, figures=[wan(total(WJ))], note="繁体")
add("公交线路运营补帖多少钱", c, figures=[yuan(amt(JT, "公交线路运营补贴"))], note="补帖→补贴")
add("民政局的低保救注资金", c, figures=[yuan(amt(MZ, "城乡低保救助资金"))], note="救注→救助")
add("交通局２０２６年有几个指标", c, figures=[n(len(T[JT]["indicators"]))], note="全角数字")
add("卫建局基本支出多少", c, figures=[wan(budget(WJ, "基本支出"))], note="卫建→卫健")
add("科技局 创新卷 补助多少", c, figures=[yuan(amt(KJ, "科技创新券补助"))], note="卷→券；2026")
add("教育局学生资主多少钱", c, figures=[yuan(amt(JY, "学生资助"))], note="资主→资助")
add("高龄津帖发了多少", c, figures=[yuan(amt(MZ, "高龄津贴"))], note="津帖→津贴")
add("总工會２０２５年的劳模經費", c, figures=[yuan(amt(ZGH25, "劳模专项工作经费"))], note="繁体+全角，2025")
add("交通局农村公路改造km数今年目标", c, figures=[ind(JT, "农村公路提质改造里程")], note="英文km")
add("民政局 財政撥款 多少", c, figures=[wan(budget(MZ, "财政拨款"))], note="繁体")
add("卫健局 家庭医生签约率 target 是多少", c, figures=[ind(WJ, "重点人群家庭医生签约率")], note="英文混入")
add("計劃生育特別扶助金多少錢", c, figures=[yuan(amt(WJ, "计划生育家庭特别扶助金"))], note="繁体，2026")
add("科普活动经费 how much（科技局）", c, figures=[yuan(amt(KJ, "科普活动经费"))], note="英文混入")

# ---------------------------------------------------------------- not_found
c = "not_found"
add("东莞市财政局今年的预算多少", c, expect="not_found", note="没有财政局的表")
add("总工会2023年的送温暖经费", c, expect="not_found", absent=["1950000元", "1800000元"], note="无2023年")
add("卫健局疫苗采购经费是多少", c, expect="not_found", note="没有这项任务")
add("民政局2025年低保资金多少", c, expect="not_found", absent=["298500000元"], note="民政局只有2026")
add("交通局地铁建设经费多少", c, expect="not_found", note="无此项")
add("东莞市公安局有几个指标", c, expect="not_found", note="无公安局")
add("教育局2025年基本支出", c, expect="not_found", absent=["125430.18万元"], note="教育局只有2026")
add("交通局去年的公交补贴多少", c, expect="not_found", absent=["685000000元"], note="交通局只有2026")
add("民政局儿童福利院运营经费多少", c, expect="not_found", note="无此项")
add("卫健局医保基金支出多少", c, expect="not_found", note="无此项")
add("科技局2024年项目支出", c, expect="not_found", absent=["48620.50万元", "45310.00万元"], note="无2024")
add("东莞市人社局的培训补贴", c, expect="not_found", note="无人社局")
add("民政局婚姻登记工作经费是多少", c, expect="not_found", note="无此项")
add("交通局网约车补贴标准是多少", c, expect="not_found", note="无此指标/任务")

# ---------------------------------------------------------------- trap
c = "trap"
add("交通局的送温暖经费多少", c, expect="not_found", absent=["1950000元"], note="送温暖是总工会的")
add("广州市教育局今年基本支出多少", c, expect="not_found", absent=["125430.18万元"], note="只有东莞")
add("民政局的高新技术企业培育资金", c, expect="not_found", absent=["185000000元"], note="是科技局的")
add("卫健局学生资助多少", c, expect="not_found", absent=["152380000元"], note="是教育局的")
add("教育局的信息化建设经费", c, figures=[yuan(amt(JY, "教育信息化建设"))], names=["教育信息化建设"],
    absent=[yuan(amt(WJ, "卫生健康信息化建设经费")), yuan(amt(MZ, "民政信息化建设经费")),
            yuan(amt(JT, "智慧交通信息化建设经费"))],
    note="教育局的是“教育信息化建设”76450000.5元；名称完全匹配的“…信息化建设经费”属于别的部门")
add("卫健局的培训费", c, figures=[yuan(amt(WJ, "医务人员培训经费"))], names=["医务人员培训经费"],
    absent=[yuan(amt(ZGH, "公益培训费"))], note="“公益培训费”是总工会的")
add("交通局的宣传经费", c, figures=[yuan(amt(JT, "交通安全宣传经费"))], names=["交通安全宣传经费"],
    absent=[yuan(amt(WJ, "健康宣传教育经费")), yuan(amt(MZ, "慈善宣传活动经费"))])
add("劳动局的送温暖经费多少", c, expect="not_found", absent=["1950000元"],
    note="劳动局（人社局）没有表；送温暖是总工会的")
add("总工会的公交线路运营补贴", c, expect="not_found", absent=["685000000元"])
add("卫健局2025年健康宣传教育经费", c, expect="not_found", absent=["2980000元"],
    note="该项2026才有")
add("慈善总会的宣传经费多少", c, expect="not_found", absent=["860000元"],
    note="慈善总会不是已载入的部门；慈善宣传活动经费是民政局的")
add("妇联的妇幼健康经费", c, expect="not_found", absent=["31560000元"], note="妇幼健康服务项目经费是卫健局的")
add("教育局的家庭医生签约补助", c, expect="not_found", absent=["86400000元"])
add("人均培训成本是多少", c, expect="ok_or_clarify",
    figures=[ind(ZGH, "人均培训成本"), ind(WJ, "医务人员人均培训成本"), ind(MZ, "社工培训人均成本")],
    names=["人均培训成本", "医务人员人均培训成本", "社工培训人均成本"],
    note="总工会人均培训成本≤600元/人、卫健局医务人员人均培训成本≤3000元/人、民政局社工培训人均成本≤800元/人")
add("宣传经费是多少钱", c, expect="ok_or_clarify",
    figures=[yuan(amt(WJ, "健康宣传教育经费")), yuan(amt(JT, "交通安全宣传经费")), yuan(amt(MZ, "慈善宣传活动经费"))],
    names=["健康宣传教育经费", "交通安全宣传经费", "慈善宣传活动经费"], note="三个部门各有一项宣传经费（2026）")

# ---------------------------------------------------------------- followup chains
# chain heads carry their own category; the continuations are "followup"
add("劳模那块的经费今年有多少？", "item_money", figures=[yuan(amt(ZGH, "劳模专项工作经费"))],
    names=["劳模专项工作经费"], note="总工会2026")
add("那去年呢？", "followup", figures=[yuan(amt(ZGH25, "劳模专项工作经费"))], names=["劳模专项工作经费"],
    follow=True, note="总工会2025 劳模专项工作经费")
add("卫健局今年基本支出多少？", "overview", figures=[wan(budget(WJ, "基本支出"))])
add("交通局的呢？", "followup", figures=[wan(budget(JT, "基本支出"))], follow=True, note="交通局基本支出")
add("民政局呢", "followup", figures=[wan(budget(MZ, "基本支出"))], follow=True, note="民政局基本支出")
r = ind_row(MZ, "新增养老床位")
add("新增养老床位今年目标多少张", "indicator", figures=[r["annual_value"]], names=["新增养老床位"],
    note="民政局 年度≥1200张，实施周期≥3600张")
add("它的实施周期指标值是多少", "followup", figures=[r["period_value"]], follow=True)
k = [t["name"] for t in tasks(JT, KEY)]
add("交通局有哪些重点任务", "filter", figures=[n(len(k))], names=k)
add("第二个多少钱", "followup", figures=[yuan(amt(JT, k[1]))], names=[k[1]], follow=True)
add("科技局今年科技特派员经费多少", "item_money", figures=[yuan(amt(KJ, "科技特派员工作经费"))])
add("去年呢", "followup", figures=[yuan(amt(KJ25, "科技特派员工作经费"))], follow=True)
add("两年相差多少", "followup",
    figures=[yuan(amt(KJ, "科技特派员工作经费") - amt(KJ25, "科技特派员工作经费"))], follow=True)
add("卫健局家庭医生签约率目标是多少", "indicator", figures=[ind(WJ, "重点人群家庭医生签约率")])
add("去年是多少？", "followup", figures=[ind(WJ25, "重点人群家庭医生签约率")], follow=True)
add("教育局有几个指标", "count", figures=[n(len(T[JY]["indicators"]))])
s = [i for i in T[JY]["indicators"] if i["level1"] == "满意度指标"]
add("满意度的有几个", "followup", figures=[n(len(s))], follow=True, note="教育局满意度指标3个")
add("分别是多少", "followup", figures=[i["annual_value"] for i in s], names=[i["level3"] for i in s],
    follow=True)
add("民政局有多少财政供养人员", "overview", figures=[n(T[MZ]["basic_info"]["财政供养人员数"])], names=["民政局"])
add("下属单位呢", "followup", figures=[n(T[MZ]["basic_info"]["下属二级单位数"])], follow=True)
add("公交线路运营补贴今年预算多少啊", "item_money", figures=[yuan(amt(JT, "公交线路运营补贴"))],
    names=["公交线路运营补贴"], note="交通局2026 重点任务")
add("它的期望目标是什么", "followup", figures=[prose(JT, "320条")], follow=True,
    note="期望达到的目标：全市公交运营线路不少于320条，公交准点率不低于90%，公交乘客满意度不低于85%")
ks = sum(D(t["amount_yuan"]) for t in tasks(WJ, KEY))
add("卫健局今年重点任务经费合计", "aggregate", figures=[yuan(ks)])
add("占全部任务经费的多少", "followup",
    figures=[pct(ks, sum(D(t["amount_yuan"]) for t in tasks(WJ)))], follow=True, note="499050000/597836000")
s = [t["name"] for t in tasks(KJ)]
add("科技局今年的任务有哪些", "filter", figures=[n(len(s))], names=s)
m = max(tasks(KJ), key=lambda t: t["amount_yuan"])
add("其中最贵的是哪个", "followup", figures=[yuan(m["amount_yuan"])], names=[m["name"]], follow=True)

# ---------------------------------------------------------------- sanity + write
ids = [q["id"] for q in Q]
assert len(ids) == len(set(ids))
for i, q in enumerate(Q):
    if q["followup_of"]:
        assert q["followup_of"] == Q[i - 1]["id"]
    assert q["category"] in {"item_money", "indicator", "overview", "prose", "filter", "count",
                             "aggregate", "ranking", "compare", "structure", "yesno", "yoy",
                             "typo", "not_found", "trap", "followup"}, q
    assert q["expect"] in {"ok", "not_found", "clarify", "ok_or_clarify"}
    if q["expect"] == "not_found":
        assert not q["figures"], q
with open(HERE / "batch_01.jsonl", "w", encoding="utf-8") as f:
    for q in Q:
        f.write(json.dumps(q, ensure_ascii=False) + "\n")
print(len(Q), "questions")
print(Counter(q["category"] for q in Q))
print(Counter(q["expect"] for q in Q))
