"""Single changes to in-memory copies of batch_38.jsonl's rows (nothing on disk is touched); verify38.verify must catch
each one. Prints every mutation and whether it was caught; exit 1 if any was missed."""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import verify38 as V  # noqa: E402

ROWS = [json.loads(x) for x in (HERE.parent / "batch_38.jsonl").read_text(encoding="utf-8").splitlines()]
TABS, _ = V.load_tables()


def fig(k, v, i=0):
    def f(rows):
        rows[k - 1]["figures"][i] = v
    return f


def put(k, key, v):
    def f(rows):
        rows[k - 1][key] = v
    return f


def unabsent(k, v):
    def f(rows):
        rows[k - 1]["absent"].remove(v)
    return f


def swap_rows(i, j):
    def f(rows):
        rows[i - 1]["figures"], rows[j - 1]["figures"] = rows[j - 1]["figures"], rows[i - 1]["figures"]
    return f


MUTATIONS = [
    ("仲裁院 digits for 中院 外包", fig(1, "4286300元")),
    ("司法局 人民调解 for 中院 诉源治理 (100 apart)", fig(3, "8650000元")),
    ("信访局 多元化解 for 中院", fig(3, "8650700元")),
    ("检察院's same-name 司法救助 for 中院", fig(4, "1624800元")),
    ("政法委 评查 for 检察院 (300 apart)", fig(9, "968300元")),
    ("侨联 联谊 for 政协 (200 apart)", fig(11, "965300元")),
    ("电视台 新闻宣传 for 日报社", fig(13, "38654200元")),
    ("电视台 same-name 融媒体 for 日报社", fig(14, "26438500元")),
    ("电视台 培训 digits for 日报社", fig(17, "1276300元")),
    ("period for annual (审结)", fig(19, "≥10.8万件")),
    ("annual for period (审结 follow-up)", fig(20, "≥3.6万件")),
    ("2025 annual for 2026 (执行到位)", fig(23, "≥40亿元")),
    ("中院 same-name indicator for 检察院", fig(24, "≤3万元/人")),
    ("图书馆 读者满意度 for 日报社", fig(32, "≥96%")),
    ("rank one off (中院 total)", fig(35, "#27")),
    ("rank one off (政协 基本, 0.09 apart)", fig(97, "#66")),
    ("rank one off (公证处)", fig(98, "#67")),
    ("96 departments for 100", fig(76, "#96")),
    ("yes/no flipped (５个亿)", put(114, "yesno", "否")),
    ("yes/no flipped (五一前)", put(126, "yesno", "是")),
    ("yes/no flipped (中院 对下 0)", put(121, "yesno", "是")),
    ("yes/no flipped (九月份之前)", put(123, "yesno", "否")),
    ("yes/no flipped (70人)", put(118, "yesno", "是")),
    ("ok_or_clarify→ok", put(157, "expect", "ok")),
    ("not_found→ok (not-loaded unit)", put(153, "expect", "ok")),
    ("figures on a not_found line", lambda r: r[148]["figures"].append("37946.83万元")),
    ("names on an ok_or_clarify line", lambda r: r[157]["names"].append("读者满意度")),
    ("ascending order for 从高到低", lambda r: r[101].__setitem__("names", r[101]["names"][::-1])),
    ("dropped member (changed indicators)", lambda r: r[139]["names"].pop()),
    ("extra member (filter)", lambda r: r[62]["names"].append("执行案件攻坚经费")),
    ("broken chain", put(131, "followup_of", None)),
    ("chain to the wrong line", put(72, "followup_of", "b38-070")),
    ("absent = figure", lambda r: r[0]["absent"].append(r[0]["figures"][0])),
    ("dropped absent (司法局 look-alike)", unabsent(3, "8650000元")),
    ("dropped absent (qualitative other year)", unabsent(139, "稳步提升")),
    ("rename: 2025 amount for the 2026 name", fig(136, "7864300元")),
    ("2026 amount for the 2025 name", fig(135, "8650100元")),
    ("wrong difference (yuan)", fig(107, "600元")),
    ("negative difference", fig(130, "-3974.39万元")),
    ("growth over the wrong base", fig(131, "6.80%")),
    ("qualitative wording of the other year", fig(139, "稳步提升")),
    ("largest for second", fig(101, "18364200元")),
    ("share over the wrong base (对下 / 预算合计)", fig(88, "0.91%")),
    ("prose: indicator value for the goal figure", fig(46, "45亿元")),
    ("prose: 2026 goal for the 2025 line", fig(60, "460名")),
    ("changed category", put(50, "category", "indicator")),
    ("two figures swapped between lines", swap_rows(37, 39)),
    ("order of two asks swapped", lambda r: r[33].__setitem__("figures", r[33]["figures"][::-1])),
    ("scope tag dropped", lambda r: r[9].__setitem__("note", "no scope")),
]


def main():
    missed = 0
    for name, m in MUTATIONS:
        rows = copy.deepcopy(ROWS)
        m(rows)
        caught = bool(V.verify(rows, TABS))
        missed += not caught
        print(("caught  " if caught else "MISSED  ") + name)
    print(f"{len(MUTATIONS) - missed} of {len(MUTATIONS)} caught")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
