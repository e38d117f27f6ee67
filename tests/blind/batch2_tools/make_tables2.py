"""Write tables/renshe_2026.{json,txt} and tables/chengguan_2026.{json,txt} from tables2_def.py.

The .txt imitates a PDF viewer's copied text of the Dongguan form (layout of
shared/seeds/dongguan_zonggonghui_2026.txt): wrapped cells, a page break inside the
"other tasks" list and one inside the indicator grid, empty level-2 rows.
"""
import json
import os
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from tables2_def import KEY, OTHER, TABLES  # noqa: E402

OUT = os.path.join(HERE, "..", "tables")

BUDGET_ORDER = ["基本支出", "财政拨款", "项目支出", "其他资金", "财政专项资金",
                "市本级使用资金", "其他事业发展性支出", "拟用于对下转移支付资金"]

LEVELS = [
    ("成本指标", ["经济成本指标", "社会成本指标", "生态环境成本指标"]),
    ("产出指标", ["数量指标", "质量指标", "时效指标"]),
    ("效益指标", ["经济效益", "社会效益", "生态效益", "可持续影响"]),
    ("满意度指标", ["服务对象满意度"]),
]


def D(x):
    return Decimal(str(x)).quantize(Decimal("0.01"))


def check(t):
    b = t["budget"]
    spend = D(b["基本支出"]) + D(b["项目支出"]) + D(b["其他事业发展性支出"])
    income = D(b["财政拨款"]) + D(b["其他资金"])
    assert spend == income, (t["slug"], spend, income)
    assert D(b["财政专项资金"]) == D(b["市本级使用资金"]) + D(b["拟用于对下转移支付资金"]), t["slug"]
    tasks = sum(x[4] for x in t["tasks"])
    assert Decimal(tasks) < D(b["项目支出"]) * 10000, t["slug"]
    for l1, l2, *_ in t["indicators"]:
        assert l2 in dict(LEVELS)[l1], (l1, l2)
    n = len(t["indicators"])
    assert 15 <= n <= 25, n
    return spend


def to_json(t):
    return {
        "department": t["department"],
        "year": t["year"],
        "basic_info": dict(t["basic_info"]),
        "budget": [{"name": k, "amount_wan": float(t["budget"][k])} for k in BUDGET_ORDER],
        "goals": list(t["goals"]),
        "tasks": [{"section": s, "name": n, "content": c, "expected": e, "amount_yuan": a}
                  for s, n, c, e, a in t["tasks"]],
        "indicators": [{"level1": a, "level2": b, "level3": c, "period_value": p, "annual_value": v}
                       for a, b, c, p, v in t["indicators"]],
    }


def wrap(s, w):
    return [s[i:i + w] for i in range(0, len(s), w)]


def wan(x):
    return f"{D(x):,.2f}"


def yuan_key(a):
    return f"{Decimal(a):,.2f}"


def to_txt(t):
    b = t["budget"]
    L = ["", "东莞市部门整体预算绩效目标表", "", f"（{t['year']}年）", "",
         f"部门名称 {t['department']}", "",
         f"基本信息 财政供养人员数 {t['basic_info']['财政供养人员数']} 下属二级单位数 {t['basic_info']['下属二级单位数']}", "",
         "预算整体情况", "",
         "部门预算支出 预算金额（万元） 收入来源 预算金额（万元）", "",
         f"基本支出 {wan(b['基本支出'])} 财政拨款 {wan(b['财政拨款'])}", "",
         f"项目支出 {wan(b['项目支出'])} 其他资金 {wan(b['其他资金'])}", "",
         "事业发展性支出 预算金额（万元） 按预算级次划分 预算金额（万元）", "",
         f"财政专项资金 {wan(b['财政专项资金'])} 市本级使用资金 {wan(b['市本级使用资金'])}", "",
         "其他事业发展性", "支出", "",
         f"{wan(b['其他事业发展性支出'])} 拟用于对下转移", "支付资金", "",
         wan(b["拟用于对下转移支付资金"]), "",
         "总体绩效目标", ""]
    for g in t["goals"]:
        L += wrap(g, 42)
    L += ["", "年度重点工作任务", "", "名称 主要实施内容 拟投入的资金", "（元）", "",
          "期望达到的目标（概述）", ""]
    for s, n, c, e, a in t["tasks"]:
        if s != KEY:
            continue
        L += wrap(n, 7) + [""]
        cl = wrap(c, 9)
        for i, x in enumerate(cl):
            L.append(x)
            if i % 5 == 4 and i != len(cl) - 1:
                L.append("")
        L += ["", yuan_key(a), ""]
        el = wrap(e, 14)
        for i, x in enumerate(el):
            L.append(x)
            if i == 1 and len(el) > 3:
                L.append("")
        L.append("")
    L += ["其他需完成的任务（可选填）", "", "名称 目标内容 拟投入的资金（元）", ""]
    k = 0
    for s, n, c, _e, a in t["tasks"]:
        if s != OTHER:
            continue
        if k == t["task_page_break_after"]:
            L += ["", "", "", "其他需完成的任务（可选填）", ""]
        k += 1
        nl = wrap(n, 7)
        cl = wrap(c, 16)
        if len(nl) == 1:
            L.append(nl[0])
            L += cl
            L += ["", str(a), ""]
        else:
            L += nl + [""]
            L += cl
            L += [str(a), ""] if k % 2 else ["", str(a), ""]
    L += ["绩效指标", "", "一级指标 二级指标 三级指标 实施周期指标值 年度指标值", ""]
    brk = t["indicator_page_break_at"]
    for l1, l2s in LEVELS:
        groups = [(l2, [x for x in t["indicators"] if x[0] == l1 and x[1] == l2]) for l2 in l2s]
        first = True
        for l2, inds in groups:
            if (l1, l2) == brk:
                L += ["", "", "绩效指标", "", f"{l1} {l2}", ""]
                L += [ind_line(x) for x in inds] + [""]
                first = False
                continue
            if first and len(l2s) == 1:
                L += [f"{l1} {l2}", ""] + [ind_line(x) for x in inds] + [""]
                first = False
                continue
            if first:
                L += [l1, ""]
                first = False
            if l2 == "生态环境成本指标" and not inds:
                L += ["生态环境成本指", "标", ""]
            elif not inds:
                L += [l2, ""]
            elif len(inds) == 1:
                L += [f"{l2} {ind_line(inds[0])}", ""]
            else:
                L += [l2, ""] + [ind_line(x) for x in inds] + [""]
    return "\n".join(L) + "\n"


def ind_line(x):
    _, _, n, p, v = x
    if len(n) > 15:
        return f"{n[:14]}\n{n[14:]} {p} {v}"
    return f"{n} {p} {v}"


def main():
    for t in TABLES:
        total = check(t)
        j = to_json(t)
        with open(os.path.join(OUT, t["slug"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(j, f, ensure_ascii=False, indent=2)
        with open(os.path.join(OUT, t["slug"] + ".txt"), "w", encoding="utf-8") as f:
            f.write(to_txt(t))
        print(t["slug"], "预算合计", total, "tasks", len(t["tasks"]), "indicators", len(t["indicators"]))


if __name__ == "__main__":
    main()
