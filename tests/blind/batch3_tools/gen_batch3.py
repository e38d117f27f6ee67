"""Write tests/blind/batch_03.jsonl (blind batch 3) from the 19 tables in scratch/blind3.

Every figure is computed from the JSON through tables3.py. Names and prose phrases are checked
to occur in the table they are taken from (see check() at the end).
"""
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tables3 import (
    D,
    T,
    bl,
    bw,
    cnt,
    dept_latest,
    fmt_avg_yuan,
    fmt_pct,
    fmt_wan,
    fmt_yuan,
    fund,
    fw,
    ia,
    ind,
    inds,
    ip,
    task,
    task_amt,
    task_sum,
    tasks,
    text_of,
    total,
    ty,
)

OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "batch_03.jsonl")

QS = []
# (table key, phrase) pairs that must occur in that table's text
MUST_OCCUR = []


def Q(cat, q, expect="ok", figures=(), names=(), yesno=None, absent=(), note="", fu=False, src=None,
      phrases=()):
    QS.append(dict(category=cat, q=q, expect=expect, figures=list(figures), names=list(names),
                   yesno=yesno, absent=list(absent), fu=fu, note=note))
    if src:
        for n in list(names) + list(phrases):
            MUST_OCCUR.append((src, n))


W = fmt_wan
Y = fmt_yuan

# =============================================================== item_money
Q("item_money", "东莞人社局今年的就业创业补贴资金安排了多少钱？", figures=[ty("rs26", "就业创业补贴资金")],
  names=["就业创业补贴资金"], src="rs26", note="人社局2026 年度重点工作任务")
Q("item_money", "城管那边给环卫工人慰问的钱有多少", figures=[ty("cg26", "环卫工人关爱慰问经费")],
  names=["环卫工人关爱慰问经费"], src="cg26", note="城管局2026 其他任务 环卫工人关爱慰问经费")
Q("item_money", "教育局搞教育信息化建设一共拟投入多少元", figures=[ty("jy26", "教育信息化建设")],
  names=["教育信息化建设"], src="jy26", note="教育局2026 任务金额带小数 .5")
Q("item_money", "科技局去年的科普活动经费是多少？", figures=[ty("kj25", "科普活动经费")],
  names=["科普活动经费"], src="kj25", note="去年=2025（2026为3265480.5元）")
Q("item_money", "卫健局计生家庭特别扶助金多少钱", figures=[ty("wj26", "计划生育家庭特别扶助金")],
  names=["计划生育家庭特别扶助金"], src="wj26", note="计生=计划生育；无年份=最新2026")
Q("item_money", "2022年交通局公交候车亭建设里面其他资金是多少？",
  figures=[Y(task("jt22", "公交候车亭建设")["other_yuan"]), ty("jt22", "公交候车亭建设")],
  names=["公交候车亭建设"], src="jt22",
  note="2022年只有东莞交通局（批复表）；其他资金605000元，合计9605000元；湛江无2022")
Q("item_money", "信息化建设经费是多少钱", expect="clarify",
  note="未指明部门：交通(智慧交通信息化建设经费)、人社、卫健、城管、民政、教育(教育信息化建设)均有信息化任务")
Q("item_money", "文广旅体那个篮球联赛的钱里，财政拨款是多少", figures=[Y(task("wl23", "篮球联赛及群众赛事")["fiscal_yuan"])],
  names=["篮球联赛及群众赛事"], src="wl23", note="2023批复表：合计6500000元，财政5000000元，其他1500000元")

# =============================================================== indicator
Q("indicator", "城管路灯亮灯率要求达到多少", figures=[ia("cg26", "路灯亮灯率")], names=["路灯亮灯率"], src="cg26",
  note="城管局2026 质量指标")
Q("indicator", "人社局就业见习的补贴标准是多少？", figures=[ia("rs26", "就业见习补贴标准")], names=["就业见习补贴标准"],
  src="rs26", note="成本指标")
Q("indicator", "民政局养老机构护理型床位占比的年度目标",
  figures=[ia("mz26", "养老机构护理型床位占比"), ip("mz26", "养老机构护理型床位占比")],
  names=["养老机构护理型床位占比"], src="mz26", note="年度≥60%，实施周期≥65%；先给年度")
Q("indicator", "东莞交通局公交准点率不能低于多少", figures=[ia("jt26", "公交准点率")], names=["公交准点率"], src="jt26",
  note="东莞交通局2026")
Q("indicator", "科技局技术合同成交额的年度指标值是多少？实施周期又是多少？",
  figures=[ia("kj26", "技术合同成交额"), ip("kj26", "技术合同成交额")], names=["技术合同成交额"], src="kj26",
  note="年度≥100亿元，周期≥300亿元")
Q("indicator", "湛江农业农村局高标准农田每亩投入不超过多少", figures=[ia("zjny24", "高标准农田亩均投入")],
  names=["高标准农田亩均投入"], src="zjny24", note="≤3000元/亩")
Q("indicator", "人社那个一体化信息平台要求什么时候上线", figures=[ia("rs26", "人社一体化信息平台上线时间")],
  names=["人社一体化信息平台上线时间"], src="rs26", note="时效指标")
Q("indicator", "教育局随迁子女在公办学校就读比例今年要达到多少",
  figures=[ia("jy26", "随迁子女在公办学校（含政府购买学位）就读比例")],
  names=["随迁子女在公办学校（含政府购买学位）就读比例"], src="jy26", note="年度≥55%（周期≥60%）")
Q("indicator", "文广旅体局文化惠民活动场次的年度指标", figures=[ia("wl23", "文化惠民活动场次")],
  names=["文化惠民活动场次"], src="wl23", note="2023 年度≥1000场，周期≥3000场")

Q("indicator", "服务对象满意度要求多少", expect="clarify",
  note="未指明部门/项目：人社局≥90%、基本公卫补助资金项目≥85%、文广旅体局≥88%、物业管理费支出项目≥90%、湛江交通局≥85%")

# =============================================================== overview
Q("overview", "城管局今年部门预算合计多少", figures=[W(total("cg26"))], names=["城市管理和综合执法局"], src="cg26",
  note="基本15832.09+项目97468.35+其他事业发展性2960.00")
Q("overview", "人社局财政供养人员有多少人", figures=[cnt(T["rs26"]["basic_info"]["财政供养人员数"])],
  names=["人力资源和社会保障局"], src="rs26", note="基本信息")
Q("overview", "教育局下面有几个二级单位", figures=[cnt(T["jy26"]["basic_info"]["下属二级单位数"])], names=["教育局"],
  src="jy26", note="下属二级单位数")
Q("overview", "东莞交通局拟用于对下转移支付的资金是多少", figures=[bw("jt26", "拟用于对下转移支付资金")],
  names=["交通运输局"], src="jt26", note="按预算级次划分")
Q("overview", "卫健委的财政专项资金里市本级自己用多少", figures=[bw("wj26", "市本级使用资金")], names=["卫生健康局"],
  src="wj26", note="卫健委=卫生健康局；市本级使用资金")
Q("overview", "湛江农业农村局基本支出多少万", figures=[bw("zjny24", "基本支出")], names=["农业农村局"], src="zjny24",
  note="湛江农业农村局2024")
Q("overview", "人社局整个预算盘子有多大", figures=[W(total("rs26"))], names=["人力资源和社会保障局"], src="rs26",
  note="部门预算合计=12386.54+186420.73+4318.60")
Q("overview", "湛江市交通运输局部门预算合计是多少", figures=[W(total("zjjt25"))], names=["交通运输局"], src="zjjt25",
  note="湛江2025：基本2345.67+项目6580.00（无其他事业发展性支出）")

# =============================================================== project
Q("project", "镇际联网路升级改造工程一期中期财政预算多少", figures=[fw("p_lwl", "中期市财政预算")],
  names=["镇际联网路升级改造工程一期"], src="p_lwl", note="项目表2019 中期市财政预算")
Q("project", "联网路一期那个项目本年度申请了多少市财政资金", figures=[fw("p_lwl", "本年度申请市财政预算资金")],
  names=["镇际联网路升级改造工程一期"], src="p_lwl", note="919.00万元")
Q("project", "水系连通工程本年度申请的市财政预算资金是多少", figures=[fw("p_sx", "本年度申请市财政预算资金")],
  names=["东江与运河水系连通工程"], src="p_sx", note="水务局项目2020")
Q("project", "水务局那个东江引水到运河的工程，中期预算有多少", figures=[fw("p_sx", "中期市财政预算")],
  names=["东江与运河水系连通工程"], src="p_sx", note="中期市财政预算126800.50万元")
Q("project", "基本公共卫生服务补助资金年度资金总额是多少", figures=[fw("p_gw", "年度资金总额")],
  names=["基本公共卫生服务补助资金"], src="p_gw", note="卫健局项目表2025；不是任务“基本公共卫生服务项目经费”")
Q("project", "基本公卫补助资金整个实施周期的资金总额", figures=[fw("p_gw", "实施周期资金总额")],
  names=["基本公共卫生服务补助资金"], src="p_gw", note="15600.50万元")
Q("project", "基本公卫补助资金里财政拨款占年度资金总额的比例",
  figures=[fmt_pct(fund("p_gw", "财政拨款"), fund("p_gw", "年度资金总额")), fw("p_gw", "财政拨款"), fw("p_gw", "年度资金总额")],
  names=["基本公共卫生服务补助资金"], src="p_gw", note="4800.00/5200.18")
Q("project", "物业管理费支出项目三年一共多少钱", figures=[fw("p_wy", "实施周期资金总额")], names=["物业管理费支出"],
  src="p_wy", note="实施周期资金总额（三年内）")
Q("project", "基本公共卫生服务补助资金是哪个单位实施的", names=["东莞市疾病预防控制中心"], src="p_gw",
  note="项目表 unit")
Q("project", "镇际联网路一期的年度目标里要完成哪些结算？", figures=["532万元", "387万元"], names=["镇际联网路升级改造工程一期"],
  src="p_lwl", phrases=["532万元", "387万元"], note="年度目标：勘察设计费、审查咨询费结算532万元；3个项目补助尾款结算387万元")
Q("project", "水系连通工程年度要新建几座泵站", figures=[ia("p_sx", "新建泵站数量"), ip("p_sx", "新建泵站数量")],
  names=["新建泵站数量"], src="p_sx", note="年度1座，周期3座")
Q("project", "运河水系连通工程对运河主要断面水质的要求是什么", figures=[ia("p_sx", "运河主要断面水质")],
  names=["运河主要断面水质"], src="p_sx", note="达到Ⅳ类")
Q("project", "镇际联网路项目补助款结算误差率要控制在多少", figures=[ia("p_lwl", "补助款结算误差率")],
  names=["补助款结算误差率"], src="p_lwl", note="±3%以内")
Q("project", "物业管理费项目设备坏了多长时间内要响应", figures=[ia("p_wy", "设备故障响应时间")],
  names=["设备故障响应时间"], src="p_wy", note="≤30分钟")
Q("project", "机关事务管理局报了哪些项目？", names=["物业管理费支出"], src="p_wy", note="唯一项目表")
Q("project", "卫健局有哪些项目支出绩效目标表", names=["基本公共卫生服务补助资金"], src="p_gw",
  note="卫健局的项目表只有一个（2025）；整体表的任务不是项目表")
Q("project", "基本公卫补助资金那个项目，65岁以上老人健康管理人数的年度指标值多少",
  figures=[ia("p_gw", "65岁及以上老年人健康管理人数"), ip("p_gw", "65岁及以上老年人健康管理人数")],
  names=["65岁及以上老年人健康管理人数"], src="p_gw", note="年度≥25万人，周期≥26万人")
Q("project", "镇际联网路升级改造工程一期的实施周期目标是什么", figures=["29个", "169公里"],
  names=["镇际联网路升级改造工程一期"], src="p_lwl", phrases=["29个", "169公里"],
  note="周期目标：新建或改造道路，共29个项目，规划里程169公里")
Q("project", "基本公共卫生服务补助资金项目的居民健康素养水平年度指标",
  figures=[ia("p_gw", "居民健康素养水平")], names=["居民健康素养水平"], src="p_gw",
  absent=[ia("wj25", "居民健康素养水平")],
  note="项目表≥33%；卫健局2025整体表为≥32%、2026为≥35%——点名了项目，不能给整体表的≥32%")

# =============================================================== prose
Q("prose", "卫健局今年要新建或改造多少个社区卫生服务站", figures=["18个"], src="wj26", phrases=["社区卫生服务站18个"],
  note="2026 目标二（2025为15个）")
Q("prose", "东莞交通局要接入多少辆重点营运车辆", figures=["2.3万辆"], src="jt26", phrases=["2.3万辆"],
  note="目标四，仅在总体目标里")
Q("prose", "人社局今年新招收博士后研究人员要多少名", figures=["200名"], src="rs26", phrases=["博士后研究人员不少于200名"],
  note="目标四，仅在总体目标里")
Q("prose", "城管要完成多少盏老旧路灯LED节能改造", figures=["1.2万盏"], src="cg26", phrases=["1.2万盏"],
  note="目标三")
Q("prose", "总工会今年公益培训项目投了多少工会资金", figures=["264.9万元"], src="zgh26",
  phrases=["工会资金264.9万元", "财政资金94.87万元"], note="2026目标四：财政资金94.87万元，工会资金264.9万元")
Q("prose", "卫健局检查检验结果要在多少家公立医疗机构互认", figures=["36家"], src="wj26", phrases=["36家"],
  note="2026目标四")
Q("prose", "湛江港航道改扩建是多少万吨级的", figures=["30万吨级"], src="zjjt25", phrases=["30万吨级"],
  note="湛江交通2025目标一")
Q("prose", "湛江农业农村局要做强哪几个特色产业", names=["菠萝", "红橙", "对虾"], src="zjny24", note="目标三")
Q("prose", "人社局新增技能人才目标多少？高技能人才呢", figures=["4.5万人", "1.6万人"], src="rs26",
  phrases=["新增技能人才4.5万人", "高技能人才1.6万人"], note="目标二")

# =============================================================== filter
big = [t["name"] for t in T["rs26"]["tasks"] if task_amt("rs26", t["name"]) > 100000000]
Q("filter", "人社局哪些任务超过1亿元", names=big, src="rs26", note=f"金额>100000000元的任务，共{len(big)}项")
small = [t["name"] for t in T["mz26"]["tasks"] if task_amt("mz26", t["name"]) < 5000000]
Q("filter", "民政局有哪些任务不到500万", names=small, src="mz26", note="<5000000元")
Q("filter", "教育局今年的年度重点工作任务有哪些", names=[t["name"] for t in tasks("jy26", "年度重点")], src="jy26",
  note="5项")
Q("filter", "卫健局今年有哪些满意度指标", names=[i["level3"] for i in inds("wj26", "满意度指标")], src="wj26", note="2项")
Q("filter", "东莞交通局的成本指标都列一下", names=[i["level3"] for i in inds("jt26", "成本指标")], src="jt26", note="3项")
diff_rs = [i["level3"] for i in T["rs26"]["indicators"] if i["period_value"] != i["annual_value"]]
Q("filter", "人社局哪些指标的实施周期值和年度值不一样", names=diff_rs, src="rs26", note="周期值≠年度值")
mid_kj = [t["name"] for t in T["kj26"]["tasks"] if 10000000 <= task_amt("kj26", t["name"]) <= 100000000]
Q("filter", "科技局今年哪些任务在1000万到1个亿之间", names=mid_kj, src="kj26", note="10000000≤金额≤100000000")
Q("filter", "湛江农业农村局的效益指标有哪些", names=[i["level3"] for i in inds("zjny24", "效益指标")], src="zjny24",
  note="3项")

# =============================================================== count
Q("count", "教育局一共有多少个绩效指标", figures=[cnt(len(T["jy26"]["indicators"]))], names=["教育局"], src="jy26",
  note="三级指标条数")
Q("count", "人社局有几项任务", figures=[cnt(len(T["rs26"]["tasks"]))], names=["人力资源和社会保障局"], src="rs26",
  note="重点2+其他7")
Q("count", "城管局其他需完成的任务有几个", figures=[cnt(len(tasks("cg26", "其他")))], names=["城市管理和综合执法局"],
  src="cg26", note="7")
Q("count", "民政局数量指标有多少个", figures=[cnt(len(inds("mz26", "产出指标", "数量指标")))], names=["民政局"],
  src="mz26", note="二级=数量指标")
Q("count", "东莞交通局2026年产出指标有几个", figures=[cnt(len(inds("jt26", "产出指标")))], names=["交通运输局"],
  src="jt26", note="数量6+质量3+时效2")
Q("count", "科技局今年的总体绩效目标有几条", figures=[cnt(len(T["kj26"]["goals"]))], names=["科学技术局"], src="kj26",
  note="4条")
Q("count", "总工会2025年一共有多少个指标", figures=[cnt(len(T["zgh25"]["indicators"]))], names=["总工会"], src="zgh25",
  note="18")
Q("count", "人社局效益指标一共多少个", figures=[cnt(len(inds("rs26", "效益指标")))], names=["人力资源和社会保障局"],
  src="rs26", note="经济1+社会2+可持续1")

# =============================================================== aggregate
Q("aggregate", "民政局所有任务的资金加起来是多少", figures=[Y(task_sum("mz26"))], names=["民政局"], src="mz26",
  note="9项任务之和，元")
Q("aggregate", "城管局两个年度重点任务合计多少钱",
  figures=[Y(task_sum("cg26", [t["name"] for t in tasks("cg26", "年度重点")]))],
  names=["生活垃圾无害化处理经费", "市容环境卫生保洁经费"], src="cg26", note="486300000+153270000")
Q("aggregate", "科技局基本支出占部门预算合计的比例是多少",
  figures=[fmt_pct(bl("kj26", "基本支出"), total("kj26")), bw("kj26", "基本支出"), W(total("kj26"))],
  names=["科学技术局"], src="kj26", note="2356.78/52187.28")
Q("aggregate", "教育局项目支出比基本支出多多少",
  figures=[W(bl("jy26", "项目支出") - bl("jy26", "基本支出"))], names=["教育局"], src="jy26",
  note="286754.62-125430.18")
Q("aggregate", "人社局平均每项任务多少钱", figures=[fmt_avg_yuan(task_sum("rs26"), len(T["rs26"]["tasks"]))],
  names=["人力资源和社会保障局"], src="rs26", note="任务总额1269755600元/9")
Q("aggregate", "东莞交通局其他需完成的任务合计多少",
  figures=[Y(task_sum("jt26", [t["name"] for t in tasks("jt26", "其他")]))], names=["交通运输局"], src="jt26",
  note="6项其他任务之和")
Q("aggregate", "卫健局今年信息化和医务人员培训两项经费加起来",
  figures=[Y(task_amt("wj26", "卫生健康信息化建设经费") + task_amt("wj26", "医务人员培训经费"))],
  names=["卫生健康信息化建设经费", "医务人员培训经费"], src="wj26", note="18750000+6420000")
Q("aggregate", "城管局财政拨款占预算合计的比重", figures=[fmt_pct(bl("cg26", "财政拨款"), total("cg26"))],
  names=["城市管理和综合执法局"], src="cg26", note="112148.57/116260.44")
Q("aggregate", "卫健局和民政局今年预算合计加一起是多少", figures=[W(total("wj26") + total("mz26"))],
  names=["卫生健康局", "民政局"], note="108336.42+80780.35")
Q("aggregate", "公交线路运营补贴占东莞交通局全部任务资金的百分之几",
  figures=[fmt_pct(task_amt("jt26", "公交线路运营补贴"), task_sum("jt26"))], names=["公交线路运营补贴"], src="jt26",
  note="685000000/914050000")

# =============================================================== ranking
def order(k, sec=None):
    return sorted(tasks(k, sec), key=lambda t: -D(t["amount_yuan"]))


Q("ranking", "教育局哪个任务钱最多", figures=[Y(order("jy26")[0]["amount_yuan"])], names=[order("jy26")[0]["name"]],
  src="jy26", note="最大任务")
Q("ranking", "民政局任务资金排前三的是哪几个", names=[t["name"] for t in order("mz26")[:3]], src="mz26",
  note="按金额降序前三")
Q("ranking", "人社局金额最少的任务是哪个", figures=[Y(order("rs26")[-1]["amount_yuan"])], names=[order("rs26")[-1]["name"]],
  src="rs26", note="最小任务")
latest26 = [k for k in dept_latest().values() if T[k]["year"] == 2026 and T[k]["budget"]]
rank_tot = sorted(latest26, key=lambda k: -total(k))
Q("ranking", "今年东莞哪几个部门预算合计最多？说前三", names=[T[k]["department"].replace("东莞市", "") for k in rank_tot[:3]],
  figures=[W(total(k)) for k in rank_tot[:3]], note="2026整体表8个部门按部门预算合计降序：" +
  "、".join(f"{T[k]['department']}{total(k)}" for k in rank_tot))
Q("ranking", "城管局的任务按金额从高到低排一下", names=[t["name"] for t in order("cg26")], src="cg26", note="9项降序")
ppl = sorted(latest26, key=lambda k: T[k]["basic_info"]["财政供养人员数"])
Q("ranking", "今年哪个部门财政供养人员最少", figures=[cnt(T[ppl[0]]["basic_info"]["财政供养人员数"])],
  names=[T[ppl[0]]["department"].replace("东莞市", "")], note="2026整体表中最少：" +
  "、".join(f"{T[k]['department']}{T[k]['basic_info']['财政供养人员数']}" for k in ppl))
Q("ranking", "科技局今年第二大的任务是什么，多少钱", figures=[Y(order("kj26")[1]["amount_yuan"])],
  names=[order("kj26")[1]["name"]], src="kj26", note="降序第二")
proj_min = sorted(latest26, key=lambda k: bl(k, "项目支出"))
Q("ranking", "今年项目支出最少的是哪个部门", figures=[bw(proj_min[0], "项目支出")],
  names=[T[proj_min[0]]["department"].replace("东莞市", "")], note="2026整体表项目支出最小")

# =============================================================== compare
Q("compare", "人社局和民政局谁的财政供养人员多", figures=[cnt(T["rs26"]["basic_info"]["财政供养人员数"]),
                                          cnt(T["mz26"]["basic_info"]["财政供养人员数"])],
  names=["人力资源和社会保障局"], note="486 vs 143")
Q("compare", "城管和卫健哪个基本支出大", figures=[bw("cg26", "基本支出"), bw("wj26", "基本支出")],
  names=["城市管理和综合执法局"], note="15832.09 vs 8652.37")
Q("compare", "科技局高企培育和新型研发机构建设差了多少钱",
  figures=[Y(task_amt("kj26", "高新技术企业培育") - task_amt("kj26", "新型研发机构建设")),
           ty("kj26", "高新技术企业培育"), ty("kj26", "新型研发机构建设")],
  names=["高新技术企业培育", "新型研发机构建设"], src="kj26", note="高企=高新技术企业；185000000-96000000")
Q("compare", "人社信息化经费和智慧城管信息化经费哪个高", figures=[ty("rs26", "人社信息化建设经费"),
                                                  ty("cg26", "智慧城管信息化建设经费")],
  names=["人社信息化建设经费"], note="27450000 > 17450000")
Q("compare", "教育局的学生资助和人社局的技工院校学生资助分别是多少",
  figures=[ty("jy26", "学生资助"), ty("rs26", "技工院校学生资助经费")], names=["学生资助", "技工院校学生资助经费"],
  note="两个部门各一项")
Q("compare", "卫健局2025年整体表和基本公卫补助资金项目表里，65岁及以上老年人健康管理率年度目标各是多少",
  figures=[ia("wj25", "65岁及以上老年人健康管理率"), ia("p_gw", "65岁及以上老年人健康管理率")],
  names=["65岁及以上老年人健康管理率"], note="整体表≥65%，项目表≥62%")
Q("compare", "民政局和卫健局今年谁的其他资金多", figures=[bw("wj26", "其他资金"), bw("mz26", "其他资金")],
  names=["卫生健康局"], note="3524.36 vs 2674.13")
Q("compare", "总工会和科技局今年的其他事业发展性支出相差多少",
  figures=[W(bl("kj26", "其他事业发展性支出") - bl("zgh26", "其他事业发展性支出")),
           bw("kj26", "其他事业发展性支出"), bw("zgh26", "其他事业发展性支出")],
  names=["科学技术局", "总工会"], note="1210.00-352.44")

Q("compare", "湛江的交通局和农业农村局，谁的项目支出多", figures=[bw("zjny24", "项目支出"), bw("zjjt25", "项目支出")],
  names=["农业农村局"], note="湛江农业农村局2024 8410.00 > 湛江交通局2025 6580.00")

# =============================================================== structure
Q("structure", "公路养护管理经费是重点工作任务还是其他任务", names=["其他需完成的任务"], src="jt26",
  note="东莞交通局2026 其他需完成的任务")
Q("structure", "人社局的“企业稳岗用工成本”属于哪一类指标", names=["效益指标", "经济效益"], src="rs26",
  note="一级效益指标/二级经济效益")
Q("structure", "城管局的一级指标有哪些", names=list(dict.fromkeys(i["level1"] for i in T["cg26"]["indicators"])),
  src="cg26", note="4类")
Q("structure", "教育局效益指标下面分哪几个二级指标",
  names=list(dict.fromkeys(i["level2"] for i in inds("jy26", "效益指标"))), src="jy26", note="4个二级")
Q("structure", "水系连通工程的一级指标分哪几类",
  names=list(dict.fromkeys(i["level1"] for i in T["p_sx"]["indicators"])), src="p_sx", note="项目表（2020）")
Q("structure", "新能源公交车占比在东莞交通局今年表里算哪个二级指标", names=[ind("jt26", "新能源公交车占比")["level2"]],
  figures=[], src="jt26", note="2026为生态效益（2022表里为可持续影响）")
Q("structure", "民政局“低保金发放”是什么类型的指标，值是多少", figures=[ia("mz26", "低保金发放")],
  names=["产出指标", "时效指标"], src="mz26", note="产出/时效，按月及时")
Q("structure", "镇际联网路一期的预算控制指标是什么", figures=[ia("p_lwl", "年度预算执行率")],
  names=["年度预算执行率"], src="p_lwl", note="二级=预算控制指标")
Q("structure", "卫健局的家庭医生签约服务补助写在哪个部分", names=["年度重点工作任务"], src="wj26",
  note="2026 年度重点工作任务")

# =============================================================== yesno
Q("yesno", "科技局今年有没有科技金融贴息这一项", yesno="是", figures=[ty("kj26", "科技金融贴息")],
  names=["科技金融贴息"], src="kj26", note="2026有")
Q("yesno", "卫健局2025年有健康宣传教育经费吗", yesno="否",
  note="2025表没有，2026才有（2980000元）")
Q("yesno", "城管的生活垃圾无害化处理率是不是要求100%", yesno="是", figures=[ia("cg26", "生活垃圾无害化处理率")],
  names=["生活垃圾无害化处理率"], src="cg26", note="100%")
Q("yesno", "人社局城镇新增就业年度目标是不是7万人", yesno="否", figures=[ia("rs26", "城镇新增就业人数")],
  names=["城镇新增就业人数"], src="rs26", note="≥6.5万人")
Q("yesno", "民政局养老服务体系建设资金超过1个亿没有", yesno="是", figures=[ty("mz26", "养老服务体系建设资金")],
  names=["养老服务体系建设资金"], src="mz26", note="132600000元")
Q("yesno", "湛江交通局有没有出租车油价补贴", yesno="否",
  note="只有东莞交通局有（9740000元）")
Q("yesno", "教育局部门预算合计超过40亿了吗", yesno="是", figures=[W(total("jy26"))], names=["教育局"],
  note="430784.80万元≈43.08亿元")
Q("yesno", "总工会今年的其他资金是不是0", yesno="是", figures=[bw("zgh26", "其他资金")], names=["总工会"],
  note="0.00万元")
Q("yesno", "东莞交通局新开或优化公交线路是不是不少于30条", yesno="否", figures=["25条"], src="jt26",
  phrases=["不少于25条"], note="目标一：新开或优化公交线路不少于25条")
Q("yesno", "物业管理费支出项目有没有其他资金", yesno="否", figures=[fw("p_wy", "其他资金")], names=["物业管理费支出"],
  note="其他资金0.00万元，年度资金全为财政拨款360.00万元")

# =============================================================== yoy
Q("yoy", "卫健局基本支出比去年增加了多少", figures=[W(bl("wj26", "基本支出") - bl("wj25", "基本支出"))],
  names=["卫生健康局"], note="8652.37-8315.62")
Q("yoy", "科技局项目支出同比增长率是多少",
  figures=[fmt_pct(bl("kj26", "项目支出") - bl("kj25", "项目支出"), bl("kj25", "项目支出"))], names=["科学技术局"],
  note="(48620.50-45310.00)/45310.00")
Q("yoy", "总工会产业工人建设经费比去年多了多少",
  figures=[Y(task_amt("zgh26", "产业工人建设经费") - task_amt("zgh25", "产业工人建设经费"))],
  names=["产业工人建设经费"], note="7200000-6800000")
Q("yoy", "卫健局今年的绩效指标比去年多几个",
  figures=[cnt(len(T["wj26"]["indicators"]) - len(T["wj25"]["indicators"]))], names=["卫生健康局"], note="22-18")
new_kj = [t["name"] for t in T["kj26"]["tasks"] if t["name"] not in {x["name"] for x in T["kj25"]["tasks"]}]
Q("yoy", "科技局今年新增了哪些任务", names=new_kj, src="kj26", note="2026有、2025无")
Q("yoy", "卫健局预算合计比去年增长了百分之多少",
  figures=[fmt_pct(total("wj26") - total("wj25"), total("wj25"))], names=["卫生健康局"],
  note="(108336.42-102624.60)/102624.60")
Q("yoy", "家庭医生签约服务补助今年跟去年比涨了多少",
  figures=[Y(task_amt("wj26", "家庭医生签约服务补助") - task_amt("wj25", "家庭医生签约服务补助"))],
  names=["家庭医生签约服务补助"], note="只有卫健局有；86400000-79800000")
Q("yoy", "科技局部门预算合计比去年增加了多少",
  figures=[W(total("kj26") - total("kj25"))], names=["科学技术局"],
  note="52187.28-48758.40（2025合计按基本+项目+其他事业发展性=48758.40；注意2025财政拨款+其他资金=48759.40，两者差1万元）")
Q("yoy", "2022年和今年东莞交通局新能源公交车占比年度目标分别是多少",
  figures=[ia("jt22", "新能源公交车占比"), ia("jt26", "新能源公交车占比")], names=["新能源公交车占比"],
  note="2022 ≥98%，2026 100%")

# =============================================================== typo (incl. mixed script)
Q("typo", "民政局的高龄金贴多少", figures=[ty("mz26", "高龄津贴")], names=["高龄津贴"], src="mz26", note="金贴=津贴")
Q("typo", "科技局科技创新卷补助多少钱", figures=[ty("kj26", "科技创新券补助")], names=["科技创新券补助"], src="kj26",
  note="卷=券；2026")
Q("typo", "人设局就业创业补贴多少", figures=[ty("rs26", "就业创业补贴资金")], names=["就业创业补贴资金"], src="rs26",
  note="人设=人社（拼音输入错字）")
Q("typo", "卫建局妇幼健康服务项目经费", figures=[ty("wj26", "妇幼健康服务项目经费")], names=["妇幼健康服务项目经费"],
  src="wj26", note="卫建=卫健")
Q("typo", "教肓局学生资助安排了多少", figures=[ty("jy26", "学生资助")], names=["学生资助"], src="jy26", note="肓=育")
Q("typo", "城管局生活垃圾无害化处里经费", figures=[ty("cg26", "生活垃圾无害化处理经费")], names=["生活垃圾无害化处理经费"],
  src="cg26", note="处里=处理")
Q("typo", "科计局新型研发机构建设的钱", figures=[ty("kj26", "新型研发机构建设")], names=["新型研发机构建设"], src="kj26",
  note="科计=科技")
Q("typo", "东莞交通局 PQI 要保持在多少以上", figures=["90以上"], src="jt26", phrases=["（PQI）保持在90以上"],
  note="混排：国省道路面技术状况指数（PQI）保持在90以上")
Q("typo", "人社局搞“一网通办”的 IT 经费是多少", figures=[ty("rs26", "人社信息化建设经费")], names=["人社信息化建设经费"],
  src="rs26", note="IT=信息化；内容含“一网通办”")
Q("typo", "城管局做LED路灯节能改造的是哪笔经费，多少钱", figures=[ty("cg26", "城市照明设施维护经费")],
  names=["城市照明设施维护经费"], src="cg26", note="内容：实施老旧路灯LED节能改造")

# =============================================================== not_found
Q("not_found", "水务局今年部门预算合计多少", expect="not_found",
  note="水务局只有项目表（东江与运河水系连通工程2020），没有整体表")
Q("not_found", "人社局失业保险金支出是多少", expect="not_found", note="人社局无此任务/指标")
Q("not_found", "城管局园林绿化经费有多少", expect="not_found", note="城管局无园林绿化任务")
Q("not_found", "教育局的校车补贴是多少钱", expect="not_found", note="无")
Q("not_found", "科技局科技馆运营经费多少", expect="not_found", note="无")
Q("not_found", "卫健局的医保基金支出", expect="not_found", note="卫健局表中无医保基金")
Q("not_found", "湛江农业农村局有多少财政供养人员", expect="not_found",
  note="湛江农业农村局基本信息为空")
Q("not_found", "文广旅体局2023年部门预算合计是多少", expect="not_found",
  note="2023批复表无预算整体情况（budget为空），不能用任务合计冒充")
Q("not_found", "总工会今年工会经费收入多少", expect="not_found", note="表中无工会经费收入（目标里只有公益培训的工会资金264.9万元）")
Q("not_found", "东莞市公安局今年的部门预算", expect="not_found", note="公安局未加载")

# =============================================================== trap
Q("trap", "科技局的高龄津贴多少", expect="not_found", absent=[ty("mz26", "高龄津贴")],
  note="高龄津贴是民政局的任务")
Q("trap", "广州市交通运输局部门预算合计", expect="not_found", absent=[W(total("jt26")), W(total("zjjt25"))],
  note="广州未加载")
Q("trap", "深圳卫健局基本公共卫生服务项目经费多少", expect="not_found", absent=[ty("wj26", "基本公共卫生服务项目经费")],
  note="深圳未加载")
Q("trap", "民政局2025年城乡低保救助资金多少", expect="not_found",
  note="民政局只有2026表；不能把2026的298500000元当成2025")
Q("trap", "教育局的职业技能提升行动经费", expect="not_found", absent=[ty("rs26", "职业技能提升行动经费")],
  note="该任务属人社局")
Q("trap", "交通局2022年部门预算合计多少", expect="not_found", absent=[W(total("jt26"))],
  note="2022只有东莞交通局批复表，无预算整体情况；不能给2026的146225.96万元")
Q("trap", "卫健局基本公共卫生服务补助资金有多少钱", figures=[fw("p_gw", "年度资金总额")],
  names=["基本公共卫生服务补助资金"],
  note="look-alike：项目表名正是“基本公共卫生服务补助资金”（2025 年度资金总额5200.18万元）；任务“基本公共卫生服务项目经费”(412650000元)是另一项")
Q("trap", "卫健局2025年居民健康素养水平年度指标是多少", expect="ok_or_clarify",
  figures=[ia("wj25", "居民健康素养水平"), ia("p_gw", "居民健康素养水平")],
  note="卫健局2025既有整体表(≥32%)又有基本公卫补助资金项目表(≥33%)；列出两者或问清都对")
Q("trap", "沿线群众满意度要求多少", expect="ok_or_clarify",
  figures=[ia("jt26", "沿线群众满意度"), ia("p_sx", "沿线群众满意度")],
  note="东莞交通局2026 ≥90%，水务局水系连通工程项目 ≥85%")
Q("trap", "水务局那个工程的沿线群众满意度", figures=[ia("p_sx", "沿线群众满意度")], names=["沿线群众满意度"],
  absent=[ia("jt26", "沿线群众满意度")], note="水务局项目≥85%；东莞交通局同名指标≥90%不能给")
Q("trap", "文广旅体局今年文化惠民活动经费多少", expect="not_found", absent=[ty("wl23", "文化惠民活动")],
  note="文广旅体局只有2023，今年=2026未加载")

# =============================================================== city
Q("city", "交通局的基本支出是多少", expect="ok_or_clarify", figures=[bw("jt26", "基本支出"), bw("zjjt25", "基本支出")],
  names=["东莞", "湛江"], note="未指明城市：东莞2026 5428.66万元，湛江2025 2345.67万元")
Q("city", "湛江交通局农村公路建设花多少钱", figures=[ty("zjjt25", "农村公路建设")], names=["农村公路建设"],
  absent=[ty("jt26", "农村公路提质改造工程")], src="zjjt25", note="湛江；东莞的农村公路提质改造工程不能给")
Q("city", "东莞交通局今年改造危桥几座", figures=["12座"], absent=["15座"], src="jt26", phrases=["危桥改造12座"],
  note="东莞目标二12座；湛江15座不能给")
Q("city", "湛江那边危桥改造数量目标", figures=[ia("zjjt25", "危桥改造数量")], names=["危桥改造数量"], absent=["12座"],
  src="zjjt25", note="湛江15座")
Q("city", "交通局有出租车油价补贴吗？多少", yesno="是", figures=[ty("jt26", "出租车行业油价补贴")],
  names=["出租车行业油价补贴"], src="jt26", note="未指明城市但只有东莞交通局有此项")
Q("city", "交通局今年的项目支出", figures=[bw("jt26", "项目支出")],
  note="今年=2026，只有东莞交通局有2026表（湛江只有2025），故为东莞138652.30万元")
Q("city", "交通局2025年项目支出多少", figures=[bw("zjjt25", "项目支出")], names=["湛江"],
  note="2025只有湛江交通局")
Q("city", "东莞农业农村局的高标准农田建设经费", expect="not_found", absent=[ty("zjny24", "高标准农田建设")],
  note="东莞农业农村局未加载，高标准农田建设属湛江")
Q("city", "交通局的农村公路那块花了多少", expect="ok_or_clarify",
  figures=[ty("jt26", "农村公路提质改造工程"), ty("zjjt25", "农村公路建设")],
  names=["农村公路提质改造工程", "农村公路建设"], note="东莞农村公路提质改造工程，湛江农村公路建设")

# =============================================================== follow-up chains
# chain 1
Q("item_money", "卫健局家庭医生签约服务补助多少", figures=[ty("wj26", "家庭医生签约服务补助")],
  names=["家庭医生签约服务补助"], src="wj26", note="chain head 2026")
Q("followup", "那去年呢", figures=[ty("wj25", "家庭医生签约服务补助")], names=["家庭医生签约服务补助"], fu=True,
  note="2025")
# chain 2
Q("indicator", "人社局补贴性职业技能培训的指标值", figures=[ia("rs26", "补贴性职业技能培训")],
  names=["补贴性职业技能培训"], src="rs26", note="chain head；年度≥12万人次")
Q("followup", "实施周期的呢", figures=[ip("rs26", "补贴性职业技能培训")], fu=True, note="≥36万人次")
# chain 3
Q("city", "湛江交通局基本支出多少", figures=[bw("zjjt25", "基本支出")], names=["湛江"], note="chain head")
Q("followup", "东莞的呢", figures=[bw("jt26", "基本支出")], names=["东莞"], fu=True, note="东莞交通局2026")
Q("followup", "两个加起来是多少", figures=[W(bl("zjjt25", "基本支出") + bl("jt26", "基本支出"))], fu=True,
  note="2345.67+5428.66")
# chain 4
Q("ranking", "城管局钱最多的三个任务", names=[t["name"] for t in order("cg26")[:3]], src="cg26", note="chain head")
Q("followup", "第二个多少钱", figures=[Y(order("cg26")[1]["amount_yuan"])], names=[order("cg26")[1]["name"]], fu=True,
  note="市容环境卫生保洁经费")
Q("followup", "它的期望目标是什么", figures=["2600万平方米"], names=[order("cg26")[1]["name"]], fu=True,
  src="cg26", phrases=["2600万平方米"],
  note="期望达到的目标：机械化清扫保洁面积不少于2600万平方米，城市道路机械化清扫率不低于85%，公厕保洁达标率不低于95%")
# chain 5
Q("project", "东江与运河水系连通工程新建截污管网多长", figures=[ia("p_sx", "新建截污管网长度")],
  names=["新建截污管网长度"], src="p_sx", note="chain head；年度12公里")
Q("followup", "整个实施周期呢", figures=[ip("p_sx", "新建截污管网长度")], fu=True, note="45公里")
# chain 6
Q("overview", "科技局项目支出多少", figures=[bw("kj26", "项目支出")], names=["科学技术局"], note="chain head 2026")
Q("followup", "去年呢", figures=[bw("kj25", "项目支出")], fu=True, note="2025")
Q("followup", "增加了多少", figures=[W(bl("kj26", "项目支出") - bl("kj25", "项目支出"))], fu=True,
  note="48620.50-45310.00")
# chain 7
Q("filter", "民政局有哪些满意度指标", names=[i["level3"] for i in inds("mz26", "满意度指标")], src="mz26",
  note="chain head")
Q("followup", "第一个的年度指标值", figures=[ia("mz26", inds("mz26", "满意度指标")[0]["level3"])],
  names=[inds("mz26", "满意度指标")[0]["level3"]], fu=True, note="救助对象满意度≥90%")
# chain 8
Q("count", "湛江市交通运输局有几个任务", figures=[cnt(len(T["zjjt25"]["tasks"]))], names=["交通运输局"], note="chain head")
Q("followup", "湛江农业农村局呢", figures=[cnt(len(T["zjny24"]["tasks"]))], names=["农业农村局"], fu=True, note="4")
# chain 9
Q("item_money", "总工会今年送温暖活动经费多少", figures=[ty("zgh26", "送温暖活动经费")], names=["送温暖活动经费"],
  src="zgh26", note="chain head")
Q("followup", "劳模专项工作经费呢", figures=[ty("zgh26", "劳模专项工作经费")], names=["劳模专项工作经费"], fu=True,
  note="2026")
Q("followup", "这两项加起来", figures=[Y(task_amt("zgh26", "送温暖活动经费") + task_amt("zgh26", "劳模专项工作经费"))],
  fu=True, note="1950000+2094000")


# =============================================================== checks and output
def check():
    for k, s in MUST_OCCUR:
        assert s in text_of(k), (k, s)
    for q in QS:
        assert q["expect"] in ("ok", "not_found", "clarify", "ok_or_clarify")
        if q["expect"] == "not_found":
            assert not q["figures"] and not q["names"], q
        for f in q["figures"]:
            assert isinstance(f, str) and f, q
        if q["yesno"] is not None:
            assert q["yesno"] in ("是", "否")
    # a follow-up continues the line just before it
    for i, q in enumerate(QS):
        if q["fu"]:
            assert i > 0
    qs = [q["q"] for q in QS]
    assert len(qs) == len(set(qs)), [x for x, n in collections.Counter(qs).items() if n > 1]


def main():
    check()
    rows = []
    for i, q in enumerate(QS):
        qid = f"b3-{i + 1:03d}"
        q["id"] = qid
        rows.append({"id": qid, "q": q["q"], "category": q["category"], "expect": q["expect"],
                     "figures": q["figures"], "names": q["names"], "yesno": q["yesno"], "absent": q["absent"],
                     "followup_of": QS[i - 1]["id"] if q["fu"] else None, "note": q["note"]})
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    cats = collections.OrderedDict()
    for r in rows:
        c = cats.setdefault(r["category"], collections.Counter())
        c[r["expect"]] += 1
        c["total"] += 1
    exp = collections.Counter(r["expect"] for r in rows)
    print(len(rows), "questions ->", OUT)
    for c, n in cats.items():
        print(f"  {c:11s} {n['total']:3d}  ok={n['ok']} nf={n['not_found']} cl={n['clarify']} oc={n['ok_or_clarify']}")
    print(" expect:", dict(exp))
    return rows, cats, exp


if __name__ == "__main__":
    main()
