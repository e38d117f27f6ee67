"""Write tables/<slug>.json (export shape, key names of renshe_2026.json) and
tables/<slug>.txt (copied-text layout of the Dongguan form), plus a copy of
the JSON (with "kind") into /work/scratch/blind4/."""
import json, os, sys, unicodedata
from decimal import Decimal

sys.path.insert(0, os.path.dirname(__file__))
from tables4_def import TABLES

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "tables")
SCRATCH = "/work/scratch/blind4"

ORDER = ["基本支出", "财政拨款", "项目支出", "其他资金", "财政专项资金",
         "市本级使用资金", "其他事业发展性支出", "拟用于对下转移支付资金"]


def D(x):
    return Decimal(str(x)).quantize(Decimal("0.01"))


def check(t):
    b = t["budget"]
    tot1 = D(b["基本支出"]) + D(b["项目支出"]) + D(b["其他事业发展性支出"])
    tot2 = D(b["财政拨款"]) + D(b["其他资金"])
    assert tot1 == tot2, (t["slug"], tot1, tot2)
    assert D(b["财政专项资金"]) == D(b["市本级使用资金"]) + D(b["拟用于对下转移支付资金"])
    assert 15 <= len(t["indicators"]) <= 25
    assert 3 <= len(t["goals"]) <= 5


def to_json(t, kind=False):
    d = {}
    if kind:
        d["kind"] = "department"
    d["department"] = t["department"]
    d["year"] = t["year"]
    d["basic_info"] = dict(t["basic_info"])
    d["budget"] = [{"name": n, "amount_wan": float(D(t["budget"][n]))} for n in ORDER]
    d["goals"] = list(t["goals"])
    d["tasks"] = [{"section": s, "name": n, "content": c, "expected": e, "amount_yuan": a}
                  for s, n, c, e, a in t["tasks"]]
    d["indicators"] = [{"level1": a, "level2": b, "level3": c, "period_value": p, "annual_value": v}
                       for a, b, c, p, v in t["indicators"]]
    return d


def w(ch):
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def wrap(text, width):
    """fixed-width chunks, width in half-width units"""
    lines, cur, cw = [], "", 0
    for ch in text:
        if cw + w(ch) > width:
            lines.append(cur)
            cur, cw = "", 0
        cur += ch
        cw += w(ch)
    if cur:
        lines.append(cur)
    return lines


def money_wan(x):
    return f"{D(x):,.2f}"


def money_yuan_key(x):
    return f"{Decimal(str(x)):,.2f}"


def to_txt(t):
    b = t["budget"]
    L = []
    L += ["", "东莞市部门整体预算绩效目标表", "", f"（{t['year']}年）", "",
          f"部门名称 {t['department']}", "",
          f"基本信息 财政供养人员数 {t['basic_info']['财政供养人员数']} 下属二级单位数 {t['basic_info']['下属二级单位数']}", "",
          "预算整体情况", "",
          "部门预算支出 预算金额（万元） 收入来源 预算金额（万元）", "",
          f"基本支出 {money_wan(b['基本支出'])} 财政拨款 {money_wan(b['财政拨款'])}", "",
          f"项目支出 {money_wan(b['项目支出'])} 其他资金 {money_wan(b['其他资金'])}", "",
          "事业发展性支出 预算金额（万元） 按预算级次划分 预算金额（万元）", "",
          f"财政专项资金 {money_wan(b['财政专项资金'])} 市本级使用资金 {money_wan(b['市本级使用资金'])}", "",
          "其他事业发展性", "支出", "",
          f"{money_wan(b['其他事业发展性支出'])} 拟用于对下转移", "支付资金", "",
          f"{money_wan(b['拟用于对下转移支付资金'])}", "",
          "总体绩效目标", ""]
    for g in t["goals"]:
        L += wrap(g, 88)
    L += [""]
    key = [x for x in t["tasks"] if x[0] == "年度重点工作任务"]
    oth = [x for x in t["tasks"] if x[0] != "年度重点工作任务"]
    L += ["年度重点工作任务", "", "名称 主要实施内容 拟投入的资金", "（元）", "",
          "期望达到的目标（概述）", ""]
    for s, n, c, e, a in key:
        L += wrap(n, 14) + [""]
        cl = wrap(c, 20)
        half = (len(cl) + 1) // 2
        L += cl[:half] + [""] + cl[half:] + [""]
        L += [money_yuan_key(a), ""]
        el = wrap(e, 30)
        half = (len(el) + 1) // 2
        L += el[:half] + [""] + el[half:] + [""]
    L += ["其他需完成的任务（可选填）", "", "名称 目标内容 拟投入的资金（元）", ""]
    for i, (s, n, c, e, a) in enumerate(oth):
        if i == 3:
            L += ["", "", "", "", "其他需完成的任务（可选填）", ""]
        L += wrap(n, 14) + [""]
        L += wrap(c, 34)
        if i % 2 == 1:
            L += [""]
        L += [str(a), ""]
    L += ["绩效指标", "", "一级指标 二级指标 三级指标 实施周期指标值 年度指标值", ""]
    # group
    groups = []
    for l1, l2, l3, p, v in t["indicators"]:
        if not groups or groups[-1][0] != l1:
            groups.append([l1, []])
        g2 = groups[-1][1]
        if not g2 or g2[-1][0] != l2:
            g2.append([l2, []])
        g2[-1][1].append((l3, p, v))

    def row(l3, p, v):
        nl = wrap(l3, 28)
        if len(nl) == 1:
            return [f"{l3} {p} {v}"]
        return nl[:-1] + [f"{nl[-1]} {p} {v}"]

    page_broken = False
    for l1, g2 in groups:
        if l1 == "效益指标":
            # first sub-group on page 1, rest after the page break
            L += [l1, ""]
            first = True
            for l2, rows in g2:
                if not first and not page_broken:
                    L += ["", "", "", "绩效指标", "", f"{l1} {l2}", ""]
                    for r in rows:
                        L += row(*r)
                    L += [""]
                    page_broken = True
                    continue
                first = False
                if len(rows) == 1:
                    L += [f"{l2} " + row(*rows[0])[0] if len(row(*rows[0])) == 1 else l2] 
                    if len(row(*rows[0])) > 1:
                        L += [""] + row(*rows[0])
                    L += [""]
                else:
                    L += [l2, ""]
                    for r in rows:
                        L += row(*r)
                    L += [""]
            continue
        if l1 == "满意度指标" and len(g2) == 1:
            l2, rows = g2[0]
            if len(rows) == 1:
                L += [f"{l1} {l2} " + row(*rows[0])[0], ""]
            else:
                L += [f"{l1} {l2}", ""]
                for r in rows:
                    L += row(*r)
                L += [""]
            continue
        L += [l1, ""]
        for l2, rows in g2:
            if len(rows) == 1 and len(row(*rows[0])) == 1:
                L += [f"{l2} " + row(*rows[0])[0], ""]
            else:
                L += [l2, ""]
                for r in rows:
                    L += row(*r)
                L += [""]
            if l1 == "成本指标" and l2 == "经济成本指标":
                L += ["社会成本指标", "", "生态环境成本指", "标", ""]
    return "\n".join(L) + "\n"


def main():
    for t in TABLES:
        check(t)
        with open(os.path.join(OUT, t["slug"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(to_json(t), f, ensure_ascii=False, indent=2)
        with open(os.path.join(OUT, t["slug"] + ".txt"), "w", encoding="utf-8") as f:
            f.write(to_txt(t))
        name = f"{t['department']}_整体_{t['year']}.json"
        with open(os.path.join(SCRATCH, name), "w", encoding="utf-8") as f:
            json.dump(to_json(t, kind=True), f, ensure_ascii=False, indent=2)
        print("wrote", t["slug"])


if __name__ == "__main__":
    main()
