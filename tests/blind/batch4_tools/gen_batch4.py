"""Write tests/blind/batch_04.jsonl. Every figure is computed from the JSON tables in
/work/scratch/blind4 (facts4.py); prose phrases are checked to occur in the table text."""
import json, os, sys
from decimal import Decimal
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from facts4 import *

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "batch_04.jsonl")

Z = dept("自然资源"); S = dept("生态环境"); G26 = dept("总工会", 2026); G25 = dept("总工会", 2025)
K26 = dept("科技", 2026); K25 = dept("科技", 2025); W26 = dept("卫健", 2026); W25 = dept("卫健", 2025)
E = dept("教育"); J26 = dept("交通", 2026); J22 = dept("交通", 2022); ZJ = dept("湛江交通")
R = dept("人社"); C = dept("城管"); M = dept("民政"); WL = dept("文广旅体"); NY = dept("湛江农业")
P_ZJL = proj("镇际联网路"); P_GW = proj("基本公共卫生服务补助资金"); P_WY = proj("物业管理费支出")
P_SW = proj("东江与运河")
DG26 = latest_departments("东莞市", 2026)
assert len(DG26) == 10

Q = []


def add(q, cat, expect="ok", figures=(), names=(), yesno=None, absent=(), fu=False, note=""):
    Q.append(dict(q=q, category=cat, expect=expect, figures=list(figures), names=list(names),
                  yesno=yesno, absent=list(absent), fu=fu, note=note))


def prose(t, phrase):
    assert phrase in all_text(t), (t["department"], phrase)
    return phrase


def tnames(t, pred):
    return [x for x in t["tasks"] if pred(x)]


def iv(t, name, which="annual_value"):
    return ind(t, name)[which]


# ---------------- item_money ----------------
add("国土局今年的地质灾害防治经费安排了多少钱？", "item_money",
    figures=[yuan(task(Z, "地质灾害防治经费"))], names=["地质灾害防治经费", "自然资源局"],
    note="自然资源局2026 其他需完成的任务（国土局=自然资源局）; head of chain")
add("那环保局的呢？", "followup", expect="not_found", fu=True,
    note="生态环境局2026 没有地质灾害防治经费（只属自然资源局）")
add("生态环境局水污染防治那笔专项资金是多少", "item_money",
    figures=[yuan(task(S, "水污染防治专项资金"))], names=["水污染防治专项资金"], note="生态环境局2026 其他任务")
add("自然资源局今年的财政专项资金多少万？", "item_money",
    figures=[wan(bud(Z, "财政专项资金"))], names=["财政专项资金"], note="自然资源局2026 预算 财政专项资金")
add("城管局给一线环卫工人的慰问经费有多少", "item_money",
    figures=[yuan(task(C, "环卫工人关爱慰问经费"))], names=["环卫工人关爱慰问经费"], note="城管局2026")
add("民政局搞慈善宣传那个经费是多少钱", "item_money",
    figures=[yuan(task(M, "慈善宣传活动经费"))], names=["慈善宣传活动经费"], note="民政局2026; head of chain")
add("人社局的宣传经费呢？", "followup", fu=True,
    figures=[yuan(task(R, "人社政策宣传经费"))], names=["人社政策宣传经费"], note="人社局2026 人社政策宣传经费")
add("测绘地理信息服务经费预算是多少？", "item_money",
    figures=[yuan(task(Z, "测绘地理信息服务经费"))], names=["测绘地理信息服务经费", "自然资源局"],
    note="只在自然资源局2026，无需部门")
# clarify: many different 信息化 items
info26 = [(t["department"], x["name"], x["amount_yuan"]) for t in DG26 for x in t["tasks"] if "信息化" in x["name"]]
assert len(info26) == 8
add("信息化建设经费是多少？", "item_money", expect="clarify",
    note="2026年8个部门各有不同名称的信息化任务（" + "、".join(n for _, n, _ in info26) + "），没有部门无法确定")
add("教育局学生资助这块今年安排了多少", "item_money",
    figures=[yuan(task(E, "学生资助"))], names=["学生资助"], note="教育局2026 年度重点工作任务")
add("科技局的科技金融贴息给了多少钱", "item_money",
    figures=[yuan(task(K26, "科技金融贴息"))], names=["科技金融贴息"], note="科技局2026（2025无此任务）")
add("湛江农业农村局动物疫病防控经费多少", "item_money",
    figures=[yuan(task(NY, "动物疫病防控"))], names=["动物疫病防控"], note="湛江农业农村局2024")

# ---------------- indicator ----------------
add("资源局今年要垦造多少亩水田？按年度指标说", "indicator",
    figures=[iv(Z, "垦造水田面积")], names=["垦造水田面积"], note="自然资源局 年度指标值; head of chain")
add("实施周期的呢", "followup", fu=True, figures=[iv(Z, "垦造水田面积", "period_value")],
    names=["垦造水田面积"], note="自然资源局 垦造水田面积 实施周期指标值")
add("环保局PM2.5年均浓度今年控制在多少以内", "indicator",
    figures=[iv(S, "细颗粒物（PM2.5）年均浓度")], names=["细颗粒物（PM2.5）年均浓度"],
    note="生态环境局 年度指标值（实施周期≤20微克/立方米）")
add("不动产登记一般件的办理时限指标是多少", "indicator",
    figures=[iv(Z, "不动产一般登记办理时限")], names=["不动产一般登记办理时限", "自然资源局"], note="自然资源局 时效指标")
add("生态环境局的智慧监测监控平台要求什么时候建成", "indicator",
    figures=[iv(S, "智慧监测监控平台建成时间")], names=["智慧监测监控平台建成时间"], note="生态环境局 时效指标")
add("城管局每天要处理多少吨生活垃圾", "indicator",
    figures=[iv(C, "日均处理生活垃圾量")], names=["日均处理生活垃圾量"], note="城管局 数量指标; head of chain")
add("无害化处理率呢？", "followup", fu=True,
    figures=[iv(C, "生活垃圾无害化处理率")], names=["生活垃圾无害化处理率"], note="城管局 质量指标")
add("民政局重度残疾人护理补贴要发给多少人", "indicator",
    figures=[iv(M, "重度残疾人护理补贴发放人数")], names=["重度残疾人护理补贴发放人数"], note="民政局 数量指标")
add("科技特派员服务响应时间要求多快", "indicator",
    figures=[iv(K26, "科技特派员服务响应时间")], names=["科技特派员服务响应时间"], note="科技局2026 时效指标")
add("教育局初中生均公用经费标准是多少", "indicator",
    figures=[iv(E, "初中生均公用经费标准")], names=["初中生均公用经费标准"], note="教育局 成本指标")
add("卫健委今年免费产前筛查要做多少例", "indicator",
    figures=[iv(W26, "免费产前筛查例数")], names=["免费产前筛查例数"],
    absent=[iv(W25, "免费产前筛查例数")], note="卫健局2026 年度指标值 ≥65000例（实施周期≥195000例；2025年≥62000例）")
add("湛江农业局高标准农田亩均投入上限多少", "indicator",
    figures=[iv(NY, "高标准农田亩均投入")], names=["高标准农田亩均投入"], note="湛江农业农村局2024 成本指标")
add("人社局城镇新增就业人数的实施周期目标是多少", "indicator",
    figures=[iv(R, "城镇新增就业人数", "period_value")], names=["城镇新增就业人数"],
    note="人社局 实施周期指标值（年度≥6.5万人）")

# ---------------- overview ----------------
add("介绍下自然资源局2026年部门预算的总体情况", "overview",
    figures=[wan(total(Z)), wan(bud(Z, "基本支出")), wan(bud(Z, "项目支出")), wan(bud(Z, "其他事业发展性支出")),
             wan(bud(Z, "财政拨款")), wan(bud(Z, "其他资金"))],
    names=["自然资源局"], note="预算合计=基本+项目+其他事业发展性=财政拨款+其他资金")
add("生态环境局今年预算一共多少钱", "overview", figures=[wan(total(S))], names=["生态环境局"],
    note="预算合计 7245.18+58930.64+1372.40; head of chain")
add("其中基本支出多少", "followup", fu=True, figures=[wan(bud(S, "基本支出"))], names=["基本支出"], note="生态环境局")
add("占预算合计的比例呢", "followup", fu=True, figures=[pct(bud(S, "基本支出"), total(S))],
    note="生态环境局 基本支出/预算合计")
add("国土局财政供养人员有多少", "overview", figures=[cnt(Z["basic_info"]["财政供养人员数"])],
    names=["自然资源局"], note="basic_info")
add("环保局下面有几个二级单位", "overview", figures=[cnt(S["basic_info"]["下属二级单位数"])],
    names=["生态环境局"], note="basic_info 下属二级单位数")
kc = tnames(C, lambda x: x["section"] == "年度重点工作任务")
add("城管局今年的年度重点工作任务是哪些", "overview",
    figures=[yuan(x["amount_yuan"]) for x in kc], names=[x["name"] for x in kc], note="城管局2026 年度重点工作任务2项")
add("湛江农业农村局2024年预算总额是多少", "overview", figures=[wan(total(NY))], names=["农业农村局"],
    note="基本支出3120.40+项目支出8410.00=财政拨款11230.40+其他资金300.00")
add("生态环境局总体绩效目标主要讲了哪几方面", "overview",
    names=[prose(S, "蓝天保卫战"), prose(S, "碧水保卫战"), prose(S, "净土保卫战")],
    note="生态环境局 4条总体目标（第四条监管执法和能力建设）")
add("文广旅体局有哪些重点任务", "overview",
    names=[x["name"] for x in WL["tasks"]], note="文化广电旅游体育局2023（唯一年度）5项年度重点工作任务")
add("民政局的钱从哪里来？", "overview", figures=[wan(bud(M, "财政拨款")), wan(bud(M, "其他资金"))],
    names=["财政拨款", "其他资金"], note="民政局 收入来源")
add("总工会2026年部门预算概况", "overview",
    figures=[wan(total(G26)), wan(bud(G26, "基本支出")), wan(bud(G26, "项目支出")), wan(bud(G26, "其他事业发展性支出"))],
    names=["总工会"], note="总工会2026")

# ---------------- project ----------------
add("东江与运河水系连通工程的中期市财政预算是多少", "project", figures=[wan(fund(P_SW, "中期市财政预算"))],
    names=["东江与运河水系连通工程"], note="水务局 项目表2020; head of chain")
add("本年度申请的呢", "followup", fu=True, figures=[wan(fund(P_SW, "本年度申请市财政预算资金"))],
    names=["本年度申请市财政预算资金"], note="同一项目")
add("镇际联网路升级改造工程一期本年度申请了多少市财政资金", "project",
    figures=[wan(fund(P_ZJL, "本年度申请市财政预算资金"))], names=["镇际联网路升级改造工程一期"], note="交通局 项目表2019")
add("基本公共卫生服务补助资金这个项目是哪个单位实施的", "project",
    names=[P_GW["unit"]], note="项目表 unit")
add("基本公卫补助资金项目年度资金总额多少", "project", figures=[wan(fund(P_GW, "年度资金总额"))],
    names=["年度资金总额"], note="卫健局 项目表2025")
add("物业管理费支出项目实施周期一共多少钱", "project", figures=[wan(fund(P_WY, "实施周期资金总额"))],
    names=["物业管理费支出"], note="机关事务管理局 项目表2026")
add("机关事务局物业项目的物业服务单价上限是多少", "project", figures=[iv(P_WY, "物业服务单价")],
    names=["物业服务单价"], note="项目表 成本指标")
add("东江运河水系连通工程一共要新建几座泵站", "project", figures=[iv(P_SW, "新建泵站数量", "period_value")],
    names=["新建泵站数量"], note="实施周期3座（本年度1座）")
add("镇际联网路一期的补助款结算误差率要求多少", "project", figures=[iv(P_ZJL, "补助款结算误差率")],
    names=["补助款结算误差率"], note="交通局 项目表")
add("基本公卫项目里财政拨款占年度资金总额的比例", "project",
    figures=[pct(fund(P_GW, "财政拨款"), fund(P_GW, "年度资金总额"))], note="4800.00/5200.18")
add("物业管理费支出项目要服务几处办公区", "project", figures=[iv(P_WY, "物业服务办公区数量")],
    names=["物业服务办公区数量"], note="项目表 数量指标")

# ---------------- prose ----------------
add("自然资源局今年计划盘活多少批而未供和闲置土地", "prose", figures=[prose(Z, "4500亩")], note="自然资源局 目标四（只在总体目标）")
add("“工改工”拆除整理土地今年的目标是多少亩", "prose", figures=[prose(Z, "6000亩")], names=["自然资源局"], note="目标四")
add("国土局今年要完成多少处地质灾害隐患点的工程治理", "prose", figures=[prose(Z, "15处")],
    note="目标三: 工程治理不少于15处（专业监测是186处）")
add("环保局计划淘汰改造多少台燃煤工业锅炉", "prose", figures=[prose(S, "40台")], note="生态环境局 目标一")
add("生态环境局今年新增危废利用处置能力多少", "prose", figures=[prose(S, "5万吨")], note="目标三（只在总体目标）")
add("环保设施向公众开放的单位要达到多少家", "prose", figures=[prose(S, "20家")], names=["生态环境局"], note="目标四")
add("资源局要培训多少人次的基层自然资源管理人员", "prose", figures=[prose(Z, "1800人次")], note="目标五")
add("卫健局检查检验结果要在多少家公立医疗机构互认共享", "prose", figures=[prose(W26, "36家")], note="卫健局2026 目标四")
add("城管局老旧路灯LED改造后一年能省多少电", "prose", figures=[prose(C, "860万千瓦时")], note="城管局 目标三（约860万千瓦时）")
add("民政局要建几处生态节地葬区", "prose", figures=[prose(M, "2处")], note="民政局 目标五")
add("人社局今年开发多少个就业见习岗位", "prose", figures=[prose(R, "3000个")], note="人社局 目标一")

# ---------------- filter ----------------
f1 = sorted(tnames(Z, lambda x: x["amount_yuan"] > 30000000), key=lambda x: -x["amount_yuan"])
add("自然资源局哪些任务超过3000万元", "filter", names=[x["name"] for x in f1],
    note="; ".join(f"{x['name']} {x['amount_yuan']}" for x in f1))
f2 = [x["level3"] for x in S["indicators"] if x["period_value"] != x["annual_value"]]
add("环保局哪些指标的实施周期值和年度值不一样", "filter", names=f2, note="生态环境局 " + str(len(f2)) + "个")
f3 = [x["level3"] for x in Z["indicators"] if x["level2"] == "时效指标"]
add("国土局的时效指标有哪些", "filter", names=f3, note="自然资源局 时效指标")
f4 = [x["level3"] for x in S["indicators"] if x["level1"] == "满意度指标"]
add("生态环境局有哪些满意度指标", "filter", names=f4, note="head of chain")
add("公众那个要求多少？", "followup", fu=True, figures=[iv(S, "公众生态环境满意度")], names=["公众生态环境满意度"],
    note="生态环境局 公众生态环境满意度")
add("今年各部门任务名称里带“信息化”的有哪些", "filter", names=[n for _, n, _ in info26],
    note="2026年东莞10张部门整体表: " + "; ".join(f"{stem(d)} {n}" for d, n, _ in info26))
f6 = sorted(tnames(S, lambda x: x["section"] != "年度重点工作任务" and 10000000 <= x["amount_yuan"] <= 50000000),
            key=lambda x: -x["amount_yuan"])
add("生态环境局其他需完成的任务里1000万到5000万之间的有哪些", "filter", names=[x["name"] for x in f6],
    note="; ".join(f"{x['name']} {x['amount_yuan']}" for x in f6))
def pv(v):
    import re
    m = re.match(r"^[≥]?(\d+(?:\.\d+)?)%$", v or "")
    return Decimal(m.group(1)) if m else None
f7 = [(t["department"], x["level3"], x["annual_value"]) for t in TABLES if t["year"] == 2026
      for x in t["indicators"] if x["level1"] == "满意度指标" and pv(x["annual_value"]) is not None
      and pv(x["annual_value"]) >= 95]
assert len(f7) == 1
add("2026年哪些部门的满意度指标要求在95%及以上", "filter", names=[f7[0][1], "自然资源局"],
    figures=[], note=str(f7))
f8 = [x["level3"] for x in Z["indicators"] if x["annual_value"] == "100%"]
add("自然资源局年度指标值是100%的指标有哪些", "filter", names=f8, note="自然资源局 " + str(len(f8)) + "个")
f9 = sorted(tnames(M, lambda x: x["amount_yuan"] < 10000000), key=lambda x: -x["amount_yuan"])
add("民政局哪些任务不到1000万", "filter", names=[x["name"] for x in f9],
    note="; ".join(f"{x['name']} {x['amount_yuan']}" for x in f9))
f10 = [x["level3"] for x in C["indicators"] if x["level2"] == "质量指标"]
add("城管局质量指标有哪些", "filter", names=f10, note="城管局 质量指标")
f11 = [x["level3"] for x in K26["indicators"] if x["level1"] == "效益指标" and "亿元" in x["annual_value"]]
add("科技局今年效益指标里按“亿元”计的是哪些", "filter", names=f11, note="科技局2026")

# ---------------- count ----------------
add("自然资源局一共有多少个绩效指标", "count", figures=[cnt(len(Z["indicators"]))], note="自然资源局2026")
oth_s = tnames(S, lambda x: x["section"] != "年度重点工作任务")
add("环保局有多少项其他需完成的任务", "count", figures=[cnt(len(oth_s))], note="生态环境局; head of chain")
add("都列出来看看", "followup", fu=True, names=[x["name"] for x in oth_s], note="生态环境局 其他需完成的任务6项")
mx = max(oth_s, key=lambda x: x["amount_yuan"])
add("里面钱最多的是哪个", "followup", fu=True, figures=[yuan(mx["amount_yuan"])], names=[mx["name"]],
    note="生态环境局 其他任务中最大")
add("国土局的数量指标有几个", "count",
    figures=[cnt(sum(1 for x in Z["indicators"] if x["level2"] == "数量指标"))], note="自然资源局 数量指标")
add("2026年东莞有几个部门的整体绩效目标表", "count", figures=[cnt(len(DG26))],
    names=[stem(t["department"]) for t in DG26], note="2026年部门整体表")
add("生态环境局总体目标有几条", "count", figures=[cnt(len(S["goals"]))], note="生态环境局")
projs = [t for t in TABLES if t["kind"] == "project"]
add("库里一共有几张项目支出绩效目标表", "count", figures=[cnt(len(projs))], names=[t["project"] for t in projs],
    note="项目表（各年度）")
add("教育局一共多少个绩效指标", "count", figures=[cnt(len(E["indicators"]))], note="教育局2026")
add("环保局效益指标有几个", "count",
    figures=[cnt(sum(1 for x in S["indicators"] if x["level1"] == "效益指标"))], note="生态环境局 效益指标")
zj = [t for t in TABLES if t["department"].startswith("湛江市")]
add("湛江的表有几张", "count", figures=[cnt(len(zj))], names=[stem(t["department"]) for t in zj],
    note="湛江交通运输局2025, 湛江农业农村局2024")
add("民政局其他需完成的任务有几项", "count",
    figures=[cnt(len(tnames(M, lambda x: x["section"] != "年度重点工作任务")))], note="民政局")

# ---------------- aggregate ----------------
sz = sum(dec(x["amount_yuan"]) for x in Z["tasks"])
add("国土局所有任务的资金加起来是多少", "aggregate", figures=[yuan(sz)], note="自然资源局 8项任务合计; head of chain")
add("平均每项多少钱？", "followup", fu=True, figures=[yuan2(sz / len(Z["tasks"]))], note="自然资源局 8项平均")
add("环保局其他需完成的任务资金合计多少", "aggregate", figures=[yuan(sum(dec(x["amount_yuan"]) for x in oth_s))],
    note="生态环境局 6项")
add("自然资源局和生态环境局的基本支出加起来多少", "aggregate",
    figures=[wan(bud(Z, "基本支出") + bud(S, "基本支出"))], note="万元")
add("资源局项目支出占部门预算合计的比例是多少", "aggregate", figures=[pct(bud(Z, "项目支出"), total(Z))],
    note="84532.17/96273.10")
add("环保局财政拨款占全部收入的比重", "aggregate", figures=[pct(bud(S, "财政拨款"), total(S))],
    note="64102.75/67548.22")
add("东莞今年所有部门的基本支出加起来一共多少", "aggregate",
    figures=[wan(sum(bud(t, "基本支出") for t in DG26))], note="2026年东莞10张部门整体表")
add("资源局市本级使用资金占财政专项资金的比例", "aggregate",
    figures=[pct(bud(Z, "市本级使用资金"), bud(Z, "财政专项资金"))], note="38450/56800")
add("环保局生态环境监测经费和智慧监控信息化建设经费合计多少", "aggregate",
    figures=[yuan(task(S, "生态环境监测经费") + task(S, "生态环境智慧监控信息化建设经费"))], note="两项合计")
add("民政局低保救助和特困供养两项资金合计", "aggregate",
    figures=[yuan(task(M, "城乡低保救助资金") + task(M, "特困人员救助供养资金"))], note="民政局")
add("城管局的任务平均每项多少钱", "aggregate",
    figures=[yuan2(sum(dec(x["amount_yuan"]) for x in C["tasks"]) / len(C["tasks"]))], note="城管局9项平均")
kk = tnames(K26, lambda x: x["section"] == "年度重点工作任务")
add("科技局2026年重点工作任务资金合计", "aggregate", figures=[yuan(sum(dec(x["amount_yuan"]) for x in kk))],
    note="科技局2026 3项重点任务")

# ---------------- ranking ----------------
rk = sorted(DG26, key=lambda t: -total(t))
add("今年东莞哪个部门预算合计最多", "ranking", figures=[wan(total(rk[0]))], names=[stem(rk[0]["department"])],
    note="2026年东莞部门整体表; 预算合计=基本+项目+其他事业发展性")
rb = sorted(DG26, key=lambda t: bud(t, "基本支出"))
add("2026年基本支出最少的是哪个部门", "ranking", figures=[wan(bud(rb[0], "基本支出"))],
    names=[stem(rb[0]["department"])], note="2026年东莞")
r3 = sorted(Z["tasks"], key=lambda x: -x["amount_yuan"])
add("资源局的任务按金额从高到低排前三", "ranking", figures=[yuan(x["amount_yuan"]) for x in r3[:3]],
    names=[x["name"] for x in r3[:3]], note="自然资源局; head of chain")
add("最少的是哪个", "followup", fu=True, figures=[yuan(r3[-1]["amount_yuan"])], names=[r3[-1]["name"]],
    note="自然资源局 金额最小的任务")
rs = min(S["tasks"], key=lambda x: x["amount_yuan"])
add("环保局哪项任务钱最少", "ranking", figures=[yuan(rs["amount_yuan"])], names=[rs["name"]], note="生态环境局")
rp = sorted(DG26, key=lambda t: -t["basic_info"]["财政供养人员数"])
add("东莞各部门今年财政供养人员数排前三的是", "ranking",
    figures=[cnt(t["basic_info"]["财政供养人员数"]) for t in rp[:3]], names=[stem(t["department"]) for t in rp[:3]],
    note="2026年东莞")
rx = sorted(DG26, key=lambda t: -bud(t, "项目支出"))
add("今年项目支出排第二的是哪个部门", "ranking", figures=[wan(bud(rx[1], "项目支出"))],
    names=[stem(rx[1]["department"])], note="2026年东莞; 第一是" + stem(rx[0]["department"]))
ri = max(info26, key=lambda x: x[2])
add("今年各部门信息化类任务哪个钱最多", "ranking", figures=[yuan(ri[2])], names=[ri[1], stem(ri[0])],
    note="名称含“信息化”的8项任务中最大")
ro = max(DG26, key=lambda t: bud(t, "其他资金"))
add("2026年其他资金最多的部门是哪个", "ranking", figures=[wan(bud(ro, "其他资金"))], names=[stem(ro["department"])],
    note="2026年东莞")
withbi = [t for t in latest_departments(None) if t["basic_info"]]
ru = max(withbi, key=lambda t: t["basic_info"]["下属二级单位数"])
add("哪个部门的下属二级单位最多", "ranking", figures=[cnt(ru["basic_info"]["下属二级单位数"])],
    names=[stem(ru["department"])], note="各部门最新年度")
rl = min(DG26, key=lambda t: total(t))
add("今年预算合计最少的部门是哪个", "ranking", figures=[wan(total(rl))], names=[stem(rl["department"])], note="2026年东莞")
xc = [(t["department"], x["name"], x["amount_yuan"]) for t in DG26 for x in t["tasks"] if "宣传" in x["name"]]
rxc = max(xc, key=lambda x: x[2])
add("今年名称里带“宣传”的任务哪个钱最多", "ranking", figures=[yuan(rxc[2])], names=[rxc[1], stem(rxc[0])],
    note="; ".join(f"{stem(d)} {n} {a}" for d, n, a in xc))

# ---------------- compare ----------------
add("资源局和环保局谁的预算多，差多少", "compare", figures=[wan(total(Z) - total(S)), wan(total(Z)), wan(total(S))],
    names=["自然资源局"], note="预算合计差额 96273.10-67548.22")
add("生态环境局基本支出比民政局多还是少？差多少", "compare",
    figures=[wan(bud(S, "基本支出") - bud(M, "基本支出")), wan(bud(S, "基本支出")), wan(bud(M, "基本支出"))],
    names=["生态环境局"], note="生态环境局多")
d3 = task(S, "生态环境监测经费") - task(Z, "自然资源调查监测经费")
add("自然资源调查监测经费和生态环境监测经费哪个多？", "compare",
    figures=[yuan(d3), yuan(task(S, "生态环境监测经费")), yuan(task(Z, "自然资源调查监测经费"))],
    names=["生态环境监测经费"], note="生态环境监测经费多")
add("环保局和城管局的项目支出对比一下", "compare",
    figures=[wan(bud(C, "项目支出") - bud(S, "项目支出")), wan(bud(S, "项目支出")), wan(bud(C, "项目支出"))],
    names=["城市管理和综合执法局"], note="城管局多")
add("资源局和人社局财政供养人数差多少", "compare",
    figures=[cnt(R["basic_info"]["财政供养人员数"] - Z["basic_info"]["财政供养人员数"]),
             cnt(R["basic_info"]["财政供养人员数"]), cnt(Z["basic_info"]["财政供养人员数"])],
    names=["人力资源和社会保障局"], note="人社局486, 自然资源局412")
add("生态环境宣传教育经费和交通安全宣传经费哪个多", "compare",
    figures=[yuan(task(J26, "交通安全宣传经费") - task(S, "生态环境宣传教育经费")),
             yuan(task(J26, "交通安全宣传经费")), yuan(task(S, "生态环境宣传教育经费"))],
    names=["交通安全宣传经费"], note="交通局2026（湛江无此任务）多")
add("环保局执法能力建设经费是城管执法人员业务培训经费的几倍", "compare",
    figures=[ratio(task(S, "生态环境执法能力建设经费"), task(C, "执法人员业务培训经费"))], note="5680000/2146500")
add("资源局和环保局的其他事业发展性支出差多少", "compare",
    figures=[wan(bud(Z, "其他事业发展性支出") - bud(S, "其他事业发展性支出"))], names=["自然资源局"],
    note="1864.50-1372.40")
add("人社局和卫健局的信息化经费哪个多", "compare",
    figures=[yuan(task(R, "人社信息化建设经费") - task(W26, "卫生健康信息化建设经费")),
             yuan(task(R, "人社信息化建设经费")), yuan(task(W26, "卫生健康信息化建设经费"))],
    names=["人社信息化建设经费"], note="2026年, 人社局多")
add("教育局的基本支出是总工会的多少倍", "compare",
    figures=[ratio(bud(E, "基本支出"), bud(G26, "基本支出"))], note="2026年 125430.18/1666.42")

# ---------------- structure ----------------
x = ind(Z, "森林覆盖率")
add("森林覆盖率在国土局的表里属于哪类指标", "structure", names=[x["level1"], x["level2"]], note="自然资源局")
x = ind(S, "环境信访投诉按期办结率")
add("环保局“环境信访投诉按期办结率”是什么二级指标", "structure", names=[x["level2"]], note="生态环境局")
x = [t for t in Z["tasks"] if t["name"] == "地质灾害防治经费"][0]
add("地质灾害防治经费算重点任务还是其他需完成的任务", "structure", names=[x["section"]], note="自然资源局")
l1 = list(dict.fromkeys(x["level1"] for x in Z["indicators"]))
add("资源局的绩效指标分哪几个一级指标", "structure", names=l1, figures=[], note="自然资源局 4个一级指标")
l2 = list(dict.fromkeys(x["level2"] for x in S["indicators"] if x["level1"] == "效益指标"))
add("环保局效益指标下面分哪些二级指标", "structure", names=l2, note="生态环境局")
x = ind(S, "企业环境治理成本")
add("生态环境局的“企业环境治理成本”是成本指标吗", "structure", yesno="否", names=[x["level1"], x["level2"]],
    note="属效益指标/经济效益，不是成本指标")
add("自然资源局的部门预算支出由哪几块构成", "structure",
    figures=[wan(bud(Z, "基本支出")), wan(bud(Z, "项目支出")), wan(bud(Z, "其他事业发展性支出"))],
    names=["基本支出", "项目支出", "其他事业发展性支出"], note="自然资源局")
n2 = [cnt(sum(1 for x in S["indicators"] if x["level2"] == k)) for k in ("数量指标", "质量指标", "时效指标")]
add("生态环境局产出指标下数量、质量、时效指标各有几个", "structure", figures=n2,
    names=["数量指标", "质量指标", "时效指标"], note="生态环境局")
x = ind(R, "技能人才队伍建设")
add("人社局“技能人才队伍建设”这个指标归在哪个二级指标下", "structure", names=[x["level2"]],
    note="人社局 效益指标/可持续影响")
x = ind(M, "城乡低保标准")
add("民政局的城乡低保标准放在哪类指标里", "structure", names=[x["level1"], x["level2"]],
    figures=[x["annual_value"]], note="民政局")

# ---------------- yesno ----------------
add("自然资源局有没有安排地质灾害防治经费", "yesno", yesno="是",
    figures=[yuan(task(Z, "地质灾害防治经费"))], names=["地质灾害防治经费"], note="自然资源局")
nk = len(tnames(S, lambda x: x["section"] == "年度重点工作任务"))
assert nk == 1
add("环保局的年度重点工作任务有两项以上吗", "yesno", yesno="否", names=["大气污染防治专项资金"],
    note="生态环境局 只有1项年度重点工作任务")
assert total(Z) < 100000
add("国土局今年部门预算合计超过10亿元了吗", "yesno", yesno="否", figures=[wan(total(Z))], note="96273.10万元<10亿元")
add("环保局PM2.5年度目标是不是≤20微克/立方米", "yesno", yesno="否",
    figures=[iv(S, "细颗粒物（PM2.5）年均浓度")], note="年度≤22，实施周期才是≤20")
add("生态环境局有没有土壤污染防治方面的经费", "yesno", yesno="是",
    figures=[yuan(task(S, "土壤与固体废物污染防治经费"))], names=["土壤与固体废物污染防治经费"], note="生态环境局")
add("资源局的其他资金是零吗", "yesno", yesno="否", figures=[wan(bud(Z, "其他资金"))], note="自然资源局")
add("自然资源局森林覆盖率的年度目标是37%吗", "yesno", yesno="否", figures=[iv(Z, "森林覆盖率")],
    note="年度≥36.5%，实施周期≥37%")
add("教育局今年有没有安排校园安全保障经费", "yesno", yesno="是", figures=[yuan(task(E, "校园安全保障经费"))],
    names=["校园安全保障经费"], note="教育局2026")
add("城管局的路灯亮灯率要求是不是98%以上", "yesno", yesno="是", figures=[iv(C, "路灯亮灯率")], note="城管局")
add("民政局财政供养人员超过150人吗", "yesno", yesno="否", figures=[cnt(M["basic_info"]["财政供养人员数"])],
    note="民政局143人")

# ---------------- yoy ----------------
add("卫健局今年基本支出比去年增加了多少", "yoy", figures=[wan(bud(W26, "基本支出") - bud(W25, "基本支出")),
    wan(bud(W26, "基本支出")), wan(bud(W25, "基本支出"))], note="卫健局2026-2025; head of chain")
add("项目支出呢？", "followup", fu=True, figures=[wan(bud(W26, "项目支出") - bud(W25, "项目支出")),
    wan(bud(W26, "项目支出")), wan(bud(W25, "项目支出"))], note="卫健局 项目支出 同比差额")
add("总工会项目支出同比增长率是多少", "yoy",
    figures=[pct(bud(G26, "项目支出") - bud(G25, "项目支出"), bud(G25, "项目支出"))],
    note="(2180.04-2045.20)/2045.20")
add("科技局高新技术企业培育经费比去年多了多少", "yoy",
    figures=[yuan(task(K26, "高新技术企业培育") - task(K25, "高新技术企业培育"))], note="185000000-172000000")
add("总工会送温暖活动经费去年和今年分别是多少", "yoy",
    figures=[yuan(task(G25, "送温暖活动经费")), yuan(task(G26, "送温暖活动经费"))], note="2025, 2026")
add("卫健局重点人群家庭医生签约率目标今年和去年分别是多少", "yoy",
    figures=[iv(W26, "重点人群家庭医生签约率"), iv(W25, "重点人群家庭医生签约率")], note="2026, 2025")
add("科技局财政供养人员比去年多了几个", "yoy",
    figures=[cnt(K26["basic_info"]["财政供养人员数"] - K25["basic_info"]["财政供养人员数"])], note="68-66")
new_w = [x for x in W26["tasks"] if x["name"] not in {y["name"] for y in W25["tasks"]}]
assert len(new_w) == 1
add("卫健局今年新增了哪个去年没有的任务", "yoy", figures=[yuan(new_w[0]["amount_yuan"])], names=[new_w[0]["name"]],
    note="卫健局2026有、2025无")
add("总工会部门预算合计同比增长了百分之几", "yoy", figures=[pct(total(G26) - total(G25), total(G25))],
    note="(4198.90-3981.66)/3981.66")
add("科技局科普活动经费同比变化多少", "yoy",
    figures=[yuan(task(K26, "科普活动经费") - task(K25, "科普活动经费"))], note="3265480.5-3100000")
add("卫健局的绩效指标数量比2025年多几个", "yoy",
    figures=[cnt(len(W26["indicators"]) - len(W25["indicators"]))], note="22-18")
add("东莞交通局新建公交候车亭的年度指标，2022年和2026年各是多少", "yoy",
    figures=[iv(J22, "新建公交候车亭数量"), iv(J26, "新建改造公交候车亭")],
    names=["新建公交候车亭数量", "新建改造公交候车亭"], note="2022: 120座; 2026: ≥120座")

# ---------------- typo ----------------
add("自然資源局的地質災害防治經費是多少", "typo", figures=[yuan(task(Z, "地质灾害防治经费"))], note="繁体")
add("生態環境局基本支出多少", "typo", figures=[wan(bud(S, "基本支出"))], note="繁体")
add("环保局ＰＭ２．５年度目标", "typo", figures=[iv(S, "细颗粒物（PM2.5）年均浓度")], note="全角")
add("自然资原局土地储备前期工作经费", "typo", figures=[yuan(task(Z, "土地储备前期工作经费"))], note="资原=资源")
add("生态环竟局执法检查今年要查多少家次", "typo", figures=[iv(S, "生态环境执法检查")], note="环竟=环境; 年度值")
add("国土局 2026 total budget 是多少", "typo", figures=[wan(total(Z))], note="中英混合; 预算合计")
add("环保局的VOCs重点企业整治今年要做几家", "typo", figures=[iv(S, "挥发性有机物重点企业综合整治")],
    names=["挥发性有机物重点企业综合整治"], note="VOCs=挥发性有机物; 年度值（实施周期≥900家）")
add("总工会２０２５年送温暖活动经费", "typo", figures=[yuan(task(G25, "送温暖活动经费"))], absent=[yuan(task(G26, "送温暖活动经费"))],
    note="全角年份 2025")
add("卫健局 budget 里基本公共卫生服务项目经费多少", "typo", figures=[yuan(task(W26, "基本公共卫生服务项目经费"))],
    note="2026; 中英混合")
add("城管局生活垃级无害化处理经费", "typo", figures=[yuan(task(C, "生活垃圾无害化处理经费"))], note="垃级=垃圾")
add("民政局高龄津帖发多少钱", "typo", figures=[yuan(task(M, "高龄津贴"))], note="津帖=津贴")

# ---------------- not_found ----------------
add("自然资源局的林业有害生物防治经费是多少", "not_found", expect="not_found", note="无此任务")
add("环保局的碳排放权交易经费多少", "not_found", expect="not_found", note="无此任务")
add("东莞市住房和城乡建设局今年的预算是多少", "not_found", expect="not_found", note="部门未导入")
add("国土局的海域使用金收入有多少", "not_found", expect="not_found", note="表中无")
add("生态环境局空气质量优良天数比例的实际完成值是多少", "not_found", expect="not_found",
    note="表只有目标值（≥92%），没有实际完成值")
add("水务局2026年部门整体预算多少", "not_found", expect="not_found", note="水务局只有2020年项目表")
add("人社局失业保险基金支出多少", "not_found", expect="not_found", note="表中无")
add("环保局噪声自动监测站有多少个", "not_found", expect="not_found", note="表中无")
add("教育局的校车补贴经费", "not_found", expect="not_found", note="表中无")
add("民政局的婚姻登记经费是多少", "not_found", expect="not_found", note="表中无")

# ---------------- trap ----------------
add("生态环境局的地质灾害防治经费", "trap", expect="not_found", absent=[yuan(task(Z, "地质灾害防治经费"))],
    note="此任务属自然资源局，不可当作生态环境局的数")
add("自然资源局的水污染防治专项资金有多少", "trap", expect="not_found", absent=[yuan(task(S, "水污染防治专项资金"))],
    note="属生态环境局")
add("交通局的基本支出是多少", "trap", expect="ok_or_clarify",
    figures=[wan(bud(J26, "基本支出")), wan(bud(ZJ, "基本支出"))], names=["东莞", "湛江"],
    note="无城市无年份: 东莞交通局2026(最新) 5428.66 与 湛江交通局2025 2345.67，列出两者或追问")
add("深圳市自然资源局2026年预算是多少", "trap", expect="not_found", absent=[wan(total(Z))], note="城市未导入")
add("自然资源局2025年预算合计", "trap", expect="not_found", absent=[wan(total(Z))], note="只有2026年")
add("国土局的监测经费是多少", "trap", figures=[yuan(task(Z, "自然资源调查监测经费"))],
    names=["自然资源调查监测经费"], absent=[yuan(task(S, "生态环境监测经费"))],
    note="生态环境监测经费属环保局，不能混入")
add("城管局今年的生态环境执法检查要查多少家", "trap", expect="not_found", absent=[iv(S, "生态环境执法检查")],
    note="属生态环境局")
add("湛江交通局的公交准点率目标", "trap", expect="not_found",
    note="只有东莞交通局2026有公交准点率（≥90%），湛江交通局2025没有; 不设absent，因湛江另有“项目完成及时率 ≥90%”")
add("生态环境局的森林覆盖率目标是多少", "trap", expect="not_found",
    absent=[iv(Z, "森林覆盖率"), iv(Z, "森林覆盖率", "period_value")], note="森林覆盖率属自然资源局")
add("交通局今年的项目支出是多少", "trap", figures=[wan(bud(J26, "项目支出"))], absent=[wan(bud(ZJ, "项目支出"))],
    names=["东莞"], note="今年=2026，只有东莞交通局有2026年表（湛江是2025）")
add("东莞市环保局2024年的预算", "trap", expect="not_found", absent=[wan(total(S))], note="只有2026年")

# ---------- added last (so earlier ids stay stable) ----------
xj = [(t["department"], x["name"], x["amount_yuan"]) for t in DG26 for x in t["tasks"] if "宣传教育经费" in x["name"]]
assert len(xj) == 2 and len({n for _, n, _ in xj}) == 2
add("宣传教育经费多少钱？", "item_money", expect="clarify",
    note="两个不同的任务: " + "; ".join(f"{stem(d)} {n} {a}" for d, n, a in xj) + "，没有部门无法确定")
add("交通局预算里的其他资金有多少", "trap", expect="ok_or_clarify",
    figures=[wan(bud(J26, "其他资金")), wan(bud(ZJ, "其他资金"))], names=["东莞", "湛江"],
    note="无城市无年份: 东莞交通局2026 6355.45 与 湛江交通局2025 0.00，列出两者或追问")

# ---------- order & ids ----------
lines = []
prev = None
for i, q in enumerate(Q, 1):
    qid = f"b4-{i:03d}"
    lines.append({"id": qid, "q": q["q"], "category": q["category"], "expect": q["expect"],
                  "figures": q["figures"], "names": q["names"], "yesno": q["yesno"], "absent": q["absent"],
                  "followup_of": prev if q["fu"] else None, "note": q["note"]})
    prev = qid
with open(OUT, "w", encoding="utf-8") as f:
    for l in lines:
        f.write(json.dumps(l, ensure_ascii=False) + "\n")
from collections import Counter
c = Counter(l["category"] for l in lines)
print(len(lines), dict(c))
