"""The copied-text reader on the seed and on hand-made variants of real copy-paste damage."""

from __future__ import annotations

from decimal import Decimal

import pytest

from data.errors import TableFormatError
from data.importers.text import parse_text, read_text


def test_seed_text_reads_exactly_as_the_golden_json(seed_bytes, seed_golden):
    assert read_text(seed_bytes).to_export() == seed_golden


def test_seed_counts_match_the_printed_table(seed_bytes):
    table = read_text(seed_bytes)
    assert (len(table.tasks), len(table.indicators), len(table.goals)) == (5, 20, 4)
    assert len([b for b in table.budget if b.amount_wan is not None]) == 7
    assert table.basic_info == {"财政供养人员数": 37, "下属二级单位数": 1}


def test_blank_budget_cell_is_kept_as_blank_not_shifted(seed_bytes):
    table = read_text(seed_bytes)
    assert table.budget_amount("市本级使用资金") is None
    assert table.budget_amount("其他事业发展性支出") == Decimal("352.44")
    assert table.budget_amount("拟用于对下转移支付资金") == Decimal("0.00")


def test_empty_categories_are_recorded(seed_bytes):
    categories = read_text(seed_bytes).categories
    assert ("成本指标", "社会成本指标") in categories
    assert ("成本指标", "生态环境成本指标") in categories  # wrapped as 生态环境成本指 / 标
    assert ("效益指标", "经济效益") in categories
    assert ("效益指标", "生态效益") in categories


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
def test_every_supported_encoding_reads_the_same(seed_bytes, seed_golden, encoding):
    content = seed_bytes.decode("utf-8").encode(encoding)
    assert read_text(content).to_export() == seed_golden


def test_windows_line_endings_read_the_same(seed_bytes, seed_golden):
    content = seed_bytes.decode("utf-8").replace("\n", "\r\n").encode("utf-8")
    assert read_text(content).to_export() == seed_golden


VARIANT = """东莞市部门整体预算绩效目标表
（2025年）
部门名称
东莞市科学技术局
基本信息 财政供养人员数 52 下属二级单位数 2
预算整体情况
部门预算支出 预算金额（万元） 收入来源 预算金额（万元）
基本支出 2,000.00 财政拨款 9,000.00
项目支出 7,000.00 其他资金 0.00
总体绩效目标
一、实施科技创新券政策，支持中小企业购买研发服务。
二、培育高新技术企业，推动产业转
型升级。
年度重点工作任务
名称 主要实施内容 拟投入的资金（元） 期望达到的目标（概述）
科技创新券补
助
支持中小企业使用创新券
购买研发服务。
3,000,000.00
服务企业不少于500家。
高企培育
开展高企培育入库辅导。
1,500,000.00
新增高企200家。
绩效指标
一级指标 二级指标 三级指标 实施周期指标值 年度指标值
产出指标 数量指标 服务企业数量 ≥1500家 ≥500家
新增高新技术企业 ≥600家 ≥200家
时效指标 补助资金拨付及 及时 及时
时性
效益指标 经济效益指标 带动企业研发投入 ≥10亿元 ≥3亿元
可持续影响 创新能力 逐步提高 有效提升
满意度指标 服务对象满意度 企业满意度 ≥90% ≥90%
"""


def test_variant_layout_with_wrapped_names_and_different_targets():
    table = parse_text(VARIANT)
    assert (table.department, table.year) == ("东莞市科学技术局", 2025)
    assert [(t.name, t.amount_yuan, t.expected) for t in table.tasks] == [
        ("科技创新券补助", Decimal("3000000.00"), "服务企业不少于500家。"),
        ("高企培育", Decimal("1500000.00"), "新增高企200家。"),
    ]
    assert [(i.level2, i.level3, i.period_value, i.annual_value) for i in table.indicators] == [
        ("数量指标", "服务企业数量", "≥1500家", "≥500家"),
        ("数量指标", "新增高新技术企业", "≥600家", "≥200家"),
        ("时效指标", "补助资金拨付及时性", "及时", "及时"),
        ("经济效益指标", "带动企业研发投入", "≥10亿元", "≥3亿元"),
        ("可持续影响", "创新能力", "逐步提高", "有效提升"),
        ("服务对象满意度", "企业满意度", "≥90%", "≥90%"),
    ]
    assert table.goals[1] == "二、培育高新技术企业，推动产业转型升级。"
    assert table.indicators[3].annual.number == Decimal("300000000")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "部门名称"),
        ("随便写的一段文字，没有表格。", "部门名称"),
        ("部门名称 东莞市总工会\n绩效指标\n", "年度"),
        ("（2026年）\n部门名称 东莞市总工会\n总体绩效目标\n一、目标。\n", "绩效指标"),
        ("（2026年）\n部门名称 东莞市总工会\n绩效指标\n一级指标 二级指标\n", "三级指标"),
    ],
)
def test_incomplete_text_is_refused_with_a_chinese_reason(text, message):
    with pytest.raises(TableFormatError, match=message):
        parse_text(text)


def _one_cell_per_line(text: str) -> str:
    """The indicator rows as some viewers copy them: each cell on a line of its own."""
    head, _, indicators = text.partition("绩效指标\n")
    cells = "\n\n".join(cell for line in indicators.splitlines() for cell in line.split())
    return head + "绩效指标\n" + cells


def test_one_cell_per_line_copies_read_the_same(seed_bytes, seed_golden):
    text = _one_cell_per_line(seed_bytes.decode("utf-8"))
    assert "\n≥660人\n" in text
    assert parse_text(text).to_export() == seed_golden


@pytest.mark.parametrize("slug", ["zonggonghui_2025", "kejiju_2026", "kejiju_2025",
                                  "jiaoyuju_2026"])
def test_other_tables_copied_in_the_seeds_layout_read_back_exactly(slug):
    from tests.fixtures.copied_text import copied_text
    from tests.fixtures.tables import BY_SLUG, categories, to_table

    table = to_table(BY_SLUG[slug])
    read = parse_text(copied_text(table))
    assert read.to_export() == BY_SLUG[slug].export
    assert read.categories == categories(BY_SLUG[slug])


@pytest.mark.parametrize("slug", ["kejiju_2026", "jiaoyuju_2026"])
def test_several_key_tasks_part_by_column_widths_when_goals_have_no_full_stop(slug):
    from dataclasses import replace

    from tests.fixtures.copied_text import copied_text
    from tests.fixtures.tables import BY_SLUG, to_table

    table = to_table(BY_SLUG[slug])
    table = replace(table, tasks=[replace(t, expected=t.expected.rstrip("。")) for t in table.tasks])
    assert parse_text(copied_text(table)).tasks == table.tasks
