"""Write tables/<slug>.json (ground truth) and tables/<slug>.txt (copied-text layout of the
real Dongguan form, imitating the seed dongguan_zonggonghui_2026.txt) from tables_def.py."""
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from tables_def import TABLES, K, O  # noqa: E402

OUT = HERE / "tables"

LEVEL2_ORDER = {
    "成本指标": ["经济成本指标", "社会成本指标", "生态环境成本指标"],
    "产出指标": ["数量指标", "质量指标", "时效指标"],
    "效益指标": ["经济效益", "社会效益", "生态效益", "可持续影响"],
    "满意度指标": ["服务对象满意度"],
}

# where each table's text has a page break (the form is 2-3 pages long)
PAGE_BREAKS = {
    # slug: (break the "other tasks" list before item n, break indicators before level2 name)
    "weijianju_2026": (4, ("效益指标", "社会效益")),
    "weijianju_2025": (None, ("产出指标", "时效指标")),
    "jiaotongju_2026": (3, ("效益指标", "经济效益")),
    "minzhengju_2026": (5, ("产出指标", "质量指标")),
}


def width(s):
    return sum(1 if ord(c) < 0x2000 else 2 for c in s)


def wrap(text, w):
    lines, cur = [], ""
    for ch in text:
        if width(cur + ch) > w:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def scatter_blanks(lines, rng, p=0.18):
    """PDF copies break cell text with stray blank lines (see the seed)."""
    out = []
    for i, line in enumerate(lines):
        if i and rng.random() < p:
            out.append("")
        out.append(line)
    return out


def to_json(t):
    return {
        "department": t["department"],
        "year": t["year"],
        "basic_info": dict(t["basic_info"]),
        "budget": [{"name": n, "amount_wan": a} for n, a in t["budget"]],
        "goals": list(t["goals"]),
        "tasks": [{"section": s, "name": n, "content": c, "expected": e, "amount_yuan": a}
                  for s, n, c, e, a in t["tasks"]],
        "indicators": [dict(i) for i in t["indicators"]],
    }


def money_wan(v):
    return f"{v:,.2f}"


def to_text(slug, t):
    rng = random.Random(slug)
    b = dict(t["budget"])
    L = ["", "东莞市部门整体预算绩效目标表", "", f"（{t['year']}年）", "",
         f"部门名称 {t['department']}", "",
         f"基本信息 财政供养人员数 {t['basic_info']['财政供养人员数']} 下属二级单位数 "
         f"{t['basic_info']['下属二级单位数']}", "",
         "预算整体情况", "",
         "部门预算支出 预算金额（万元） 收入来源 预算金额（万元）", "",
         f"基本支出 {money_wan(b['基本支出'])} 财政拨款 {money_wan(b['财政拨款'])}", "",
         f"项目支出 {money_wan(b['项目支出'])} 其他资金 {money_wan(b['其他资金'])}", "",
         "事业发展性支出 预算金额（万元） 按预算级次划分 预算金额（万元）", "",
         f"财政专项资金 {money_wan(b['财政专项资金'])} 市本级使用资金 {money_wan(b['市本级使用资金'])}", "",
         "其他事业发展性", "支出", "",
         f"{money_wan(b['其他事业发展性支出'])} 拟用于对下转移", "支付资金", "",
         money_wan(b["拟用于对下转移支付资金"]), "",
         "总体绩效目标", ""]
    for g in t["goals"]:
        L += wrap(g, 82)
    L += ["", "年度重点工作任务", "", "名称 主要实施内容 拟投入的资金", "（元）", "",
          "期望达到的目标（概述）", ""]
    key = [x for x in t["tasks"] if x[0] == K]
    other = [x for x in t["tasks"] if x[0] == O]
    for _, name, content, expected, amount in key:
        L += wrap(name, 14) + [""]
        L += scatter_blanks(wrap(content, 17), rng) + [""]
        L += [f"{amount:,.2f}", ""]
        L += scatter_blanks(wrap(expected, 28), rng) + [""]
    L += ["其他需完成的任务（可选填）", "", "名称 目标内容 拟投入的资金（元）", ""]
    brk_other, brk_ind = PAGE_BREAKS[slug]
    for i, (_, name, content, _e, amount) in enumerate(other):
        if brk_other is not None and i == brk_other:
            L += ["", "", "", "其他需完成的任务（可选填）", ""]
        nl = wrap(name, 14)
        L += nl
        if len(nl) > 1:
            L.append("")
        cl = scatter_blanks(wrap(content, 32), rng, 0.25)
        L += cl
        if rng.random() < 0.5:
            L.append("")
        L += [f"{amount:g}" if isinstance(amount, float) else str(amount), ""]
    L += ["绩效指标", "", "一级指标 二级指标 三级指标 实施周期指标值 年度指标值", ""]
    inds = t["indicators"]
    for l1, l2s in LEVEL2_ORDER.items():
        rows1 = [x for x in inds if x["level1"] == l1]
        groups = [(l2, [x for x in rows1 if x["level2"] == l2]) for l2 in l2s]
        groups = [(l2, r) for l2, r in groups if r or l1 != "满意度指标"]
        if l1 == "满意度指标" and len(rows1) == 1:
            x = rows1[0]
            L += [f"{l1} {x['level2']} {x['level3']} {x['period_value']} {x['annual_value']}", ""]
            continue
        if l1 == "满意度指标":
            L += [f"{l1} {groups[0][0]}", ""]
            for x in groups[0][1]:
                L.append(f"{x['level3']} {x['period_value']} {x['annual_value']}")
            L.append("")
            continue
        L += [l1, ""]
        for l2, rows in groups:
            if (l1, l2) == brk_ind:
                L += ["", "", "绩效指标", ""]
                if len(rows) == 1:
                    x = rows[0]
                    L += [f"{l1} {l2} {x['level3']} {x['period_value']} {x['annual_value']}", ""]
                    continue
                L += [f"{l1} {l2}", ""]
            elif not rows:
                L += wrap(l2, 14) + [""]
                continue
            elif len(rows) == 1:
                x = rows[0]
                name = wrap(x["level3"], 28)
                if len(name) == 1:
                    L += [f"{l2} {x['level3']} {x['period_value']} {x['annual_value']}", ""]
                else:
                    L += [f"{l2} {name[0]}", " ".join([name[1], x["period_value"], x["annual_value"]]), ""]
                continue
            else:
                L += [l2, ""]
            for x in rows:
                name = wrap(x["level3"], 28)
                if len(name) == 1:
                    L.append(f"{x['level3']} {x['period_value']} {x['annual_value']}")
                else:
                    L.append(name[0])
                    L.append(" ".join([name[1], x["period_value"], x["annual_value"]]))
            L.append("")
    return "\n".join(L) + "\n"


def main():
    OUT.mkdir(exist_ok=True)
    for slug, t in TABLES.items():
        j = to_json(t)
        b = {x["name"]: x["amount_wan"] for x in j["budget"]}
        left = round(b["基本支出"] + b["项目支出"] + b["其他事业发展性支出"], 2)
        right = round(b["财政拨款"] + b["其他资金"], 2)
        assert left == right, (slug, left, right)
        assert round(b["市本级使用资金"] + b["拟用于对下转移支付资金"], 2) == b["财政专项资金"], slug
        (OUT / f"{slug}.json").write_text(json.dumps(j, ensure_ascii=False, indent=2) + "\n", "utf-8")
        (OUT / f"{slug}.txt").write_text(to_text(slug, t), "utf-8")
        print(slug, "budget total", left, "tasks", len(j["tasks"]), "indicators", len(j["indicators"]))


if __name__ == "__main__":
    main()
