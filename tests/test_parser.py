"""The parser reads a question into a whole ``Query``: (question, expected) tables in the
sqlite-utils manner. Each row shows the parts of the reading that matter for that question; the
fields not shown must be empty."""

from __future__ import annotations

from datetime import date

import pytest

from nlp.lexicon import Attribute, Operation, SetKind
from nlp.parser import parse
from nlp.query import Axis, Filter

TODAY = date(2026, 11, 24)
GH, KJ, JY = "东莞市总工会", "东莞市科学技术局", "东莞市教育局"


def reading(query) -> dict:
    """The parts of a Query a test compares (empty ones left out)."""
    shown = {
        "operation": query.operation,
        "attribute": query.attribute,
        "targets": tuple(t.entry.name for t in query.targets),
        "alternatives": tuple(t.entry.name for t in query.alternatives),
        "departments": query.departments,
        "years": query.years,
        "set": (query.set.kind, query.set.category.name if query.set.category else None)
        if query.set else None,
        "filters": query.filters,
        "per_department": query.per_department,
        "measure": query.measure.name if query.measure else None,
        "axis": query.axis,
        "limit": query.limit,
        "nth": query.nth,
        "unknown_department": query.unknown_department,
        "unexplained": query.unexplained,
        "yoy": query.yoy,
        "ratio": query.ratio,
    }
    return {k: v for k, v in shown.items() if v not in (None, (), False)}


V, L, C, S = Operation.VALUE, Operation.LIST, Operation.COUNT, Operation.SUM

CASES = [
    # 经费 is part of the name here, not a question word.
    ("送温暖活动经费是多少？", {"operation": V, "targets": ("送温暖活动经费",)}),
    ("今年要表彰多少名劳模？", {"operation": V, "attribute": Attribute.ANNUAL,
                          "targets": ("表彰劳模数量",), "years": (2026,)}),
    ("科技局2025年的基本支出", {"operation": V, "targets": ("基本支出",), "departments": (KJ,),
                          "years": (2025,)}),
    ("总工会今年一共预算多少钱", {"operation": V, "attribute": Attribute.AMOUNT,
                             "targets": ("部门预算合计",), "departments": (GH,),
                             "years": (2026,)}),
    ("一共有几个绩效指标", {"operation": C, "attribute": Attribute.ANNUAL,
                       "set": (SetKind.INDICATOR, None)}),
    ("送温暖和劳模专项工作经费加起来多少", {
        "operation": S, "axis": Axis.ITEMS, "targets": ("送温暖活动经费", "劳模专项工作经费")}),
    ("哪个部门基本支出最多", {"operation": Operation.MAX, "targets": ("基本支出",),
                          "per_department": True, "measure": "基本支出"}),
    ("超过300万的任务有哪些", {"operation": L, "set": (SetKind.TASK, None),
                          "filters": (Filter("amount", ">", 3_000_000),)}),
    ("单位是%的指标", {"operation": V, "set": (SetKind.INDICATOR, None),
                  "filters": (Filter("unit", "=", "%"),)}),
    ("科技局的任务比教育局多几项", {"operation": Operation.DIFF, "attribute": Attribute.ANNUAL,
                             "set": (SetKind.TASK, None), "departments": (KJ, JY),
                             "axis": Axis.DEPARTMENTS}),
    ("送温暖活动经费比去年增加了多少", {"operation": Operation.DIFF, "targets": ("送温暖活动经费",),
                               "years": (2025,), "axis": Axis.YEARS, "yoy": True}),
    ("送温暖经费超过200万了吗", {"operation": Operation.CHECK, "attribute": Attribute.AMOUNT,
                           "targets": ("送温暖活动经费",)}),
    ("总工会的满意度指标", {"operation": V, "departments": (GH,),
                       "set": (SetKind.INDICATOR, "满意度指标")}),
    ("教育局任务经费最高的三项", {"operation": Operation.TOP, "attribute": Attribute.AMOUNT,
                            "departments": (JY,), "set": (SetKind.TASK, None), "limit": 3}),
    ("火星局的预算是多少", {"operation": V, "attribute": Attribute.AMOUNT,
                       "unknown_department": "“火星局”"}),
    # A department no table is loaded for: named as asked, with its canonical name.
    ("卫健委的送温暖经费", {"operation": V, "attribute": Attribute.AMOUNT,
                       "targets": ("送温暖活动经费",),
                       "unknown_department": "“卫健委”（卫生健康局）"}),
    # 要办 is no department (an old reading took it for one): the words are left unexplained.
    ("总工会要办几件事", {"operation": V, "attribute": Attribute.ANNUAL, "departments": (GH,),
                      "unexplained": ("几件事",)}),
]


@pytest.mark.parametrize(("question", "expected"), CASES, ids=[q for q, _ in CASES])
def test_a_question_reads_as_a_whole_query(five_tables_engine, question, expected):
    index = five_tables_engine.index
    assert reading(parse(question, index, TODAY)) == expected


@pytest.mark.parametrize("question", [
    "", "？？？", "12345", "<script>alert(1)</script>", "'; DROP TABLE versions; --",
    "😀😀😀", "送" * 5000, "一二三四五六七八九十" * 50,
])
def test_any_string_reads_without_an_exception(five_tables_engine, question):
    parse(question, five_tables_engine.index, TODAY)


def test_a_lone_ten_is_a_number_only_when_it_counts_something():
    from nlp.normalize import normalize

    assert normalize("红十字会的满意度有没有达到92%") == "红十字会的满意度有没有达到92%"
    assert normalize("带“红十字”三个字") == "带红十字三个字"
    assert normalize("十分重要") == "十分重要"
    assert [normalize(t) for t in ("前十名", "十项任务", "第十", "十%", "有十家")] == \
        ["前10名", "10项任务", "第10", "10%", "有10家"]


def test_a_department_name_typed_with_a_confusable_character_still_names_it():
    from nlp.departments import DepartmentDirectory
    from nlp.normalize import normalize

    directory = DepartmentDirectory(["东莞市供销合作社", "东莞市红十字会", "东莞市残疾人联合会",
                                     "东莞市妇女联合会"])

    def named(text: str) -> list[tuple[str, ...]]:
        return [m.departments for m in directory.mentions(normalize(text))]

    assert named("供消社冷链物流那个钱多少") == [("东莞市供销合作社",)]
    assert named("红十子会除颤器配置经费") == [("东莞市红十字会",)]
    assert named("残连有多少人") == [("东莞市残疾人联合会",)]
    assert named("妇女创业就业扶持资金") == []  # 妇女 is not 妇联


def test_a_clause_saying_what_not_to_confuse_it_with_is_not_part_of_the_question(five_tables_engine):
    from datetime import date

    from nlp.parser import parse

    index = five_tables_engine.live.index
    query = parse("总工会的送温暖活动经费多少，别跟劳模专项工作经费搞混了", index, date(2026, 11, 24))
    assert [t.entry.name for t in query.targets] == ["送温暖活动经费"]
    assert query.unexplained == ()


def test_a_place_before_a_counted_department_name_names_it_there():
    from nlp.departments import DepartmentDirectory
    from nlp.normalize import normalize

    directory = DepartmentDirectory(["东莞市红十字会", "广州市红十字会"])
    mentions = directory.mentions(normalize("广州和东莞两个红会的救灾物资调拨响应时间"))
    assert sorted(d for m in mentions for d in m.departments) == ["东莞市红十字会", "广州市红十字会"]


def test_yiqi_is_not_a_count():
    from nlp.numbers import find_numbers

    assert find_numbers("两个红会预算合计加在一起多少") == []


def test_a_decimal_in_words_and_a_place_typed_with_a_confusable_character():
    from nlp.departments import DepartmentDirectory
    from nlp.normalize import normalize

    assert normalize("预算合计过了一点五亿没有") == "预算合计过了1.5亿没有"
    assert normalize("快一点") == "快一点"
    directory = DepartmentDirectory(["东莞市红十字会", "广州市红十字会"])
    assert [m.departments for m in directory.mentions(normalize("广洲红会的人员"))] == \
        [("广州市红十字会",)]


def test_one_name_for_two_cities_departments_compared_is_a_comparison_of_departments():
    from datetime import date

    from nlp.index import Index
    from nlp.parser import parse

    index = Index()
    for full in ("东莞市红十字会", "广州市红十字会"):
        index.directory.add(full)
    query = parse("两个红会的预算合计相差多少", index, date(2026, 12, 1))
    assert str(query.axis) == "departments"
    assert sorted(query.departments) == ["东莞市红十字会", "广州市红十字会"]


def test_a_place_in_a_list_is_not_part_of_a_name(five_tables_engine):
    from datetime import date

    from nlp.parser import parse

    query = parse("第三个呢", five_tables_engine.live.index, date(2026, 11, 24))
    assert query.targets == () and query.ordinal == 3


def test_a_department_named_like_another_ones_everyday_name_keeps_its_own():
    from nlp.departments import DepartmentDirectory
    from nlp.normalize import normalize

    for order in (["东莞市文化广电旅游体育局", "东莞市体育局"], ["东莞市体育局", "东莞市文化广电旅游体育局"]):
        directory = DepartmentDirectory(order)

        def named(text: str, directory=directory) -> list[tuple[str, ...]]:
            return [m.departments for m in directory.mentions(normalize(text))]

        assert named("体育局的预算") == [("东莞市体育局",)], order
        assert named("文体局的预算") == [("东莞市文化广电旅游体育局",)], order
    alone = DepartmentDirectory(["东莞市文化广电旅游体育局"])
    assert [m.departments for m in alone.mentions("体育局的预算")] == [("东莞市文化广电旅游体育局",)]
