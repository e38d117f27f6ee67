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


# Every department of a city's government, as its budget tables print it, with the names its
# staff use (东莞市's list: ministries, party and people's organisations, courts, offices).
DEPARTMENTS_AND_EVERYDAY_NAMES = [
    ("东莞市发展和改革局", "发改局 发改委 发展改革局"),
    ("东莞市教育局", "教育局"),
    ("东莞市科学技术局", "科技局"),
    ("东莞市工业和信息化局", "工信局 经信局"),
    ("东莞市公安局", "公安局"),
    ("东莞市民政局", "民政局"),
    ("东莞市司法局", "司法局"),
    ("东莞市财政局", "财政局"),
    ("东莞市人力资源和社会保障局", "人社局 人社"),
    ("东莞市自然资源局", "自然资源局 资源局"),
    ("东莞市生态环境局", "生态环境局 环保局 生态局"),
    ("东莞市住房和城乡建设局", "住建局"),
    ("东莞市交通运输局", "交通局"),
    ("东莞市水务局", "水务局"),
    ("东莞市农业农村局", "农业农村局 农业局"),
    ("东莞市商务局", "商务局"),
    ("东莞市文化广电旅游体育局", "文广旅体局 文旅局"),
    ("东莞市卫生健康局", "卫健局 卫健委"),
    ("东莞市退役军人事务局", "退役军人局 退役军人事务局"),
    ("东莞市应急管理局", "应急局"),
    ("东莞市审计局", "审计局"),
    ("东莞市人民政府国有资产监督管理委员会", "国资委"),
    ("东莞市市场监督管理局", "市监局 市场监管局"),
    ("东莞市统计局", "统计局"),
    ("东莞市医疗保障局", "医保局"),
    ("东莞市城市管理和综合执法局", "城管局"),
    ("东莞市林业局", "林业局"),
    ("东莞市政务服务和数据管理局", "政数局"),
    ("东莞市信访局", "信访局"),
    ("东莞市外事局", "外事局 外办"),
    ("东莞市人民防空办公室", "人防办"),
    ("东莞市机关事务管理局", "机关事务局"),
    ("东莞市金融工作局", "金融局 金融工作局"),
    ("东莞市投资促进局", "投促局 投资促进局"),
    ("东莞市粮食和物资储备局", "粮储局 粮食局"),
    ("东莞市乡村振兴局", "乡村振兴局"),
    ("中共东莞市委组织部", "组织部 市委组织部"),
    ("中共东莞市委宣传部", "宣传部 市委宣传部"),
    ("中共东莞市委统一战线工作部", "统战部 市委统战部"),
    ("中共东莞市委政法委员会", "政法委"),
    ("中共东莞市委党校", "党校 市委党校"),
    ("东莞市档案馆", "档案馆"),
    ("东莞市残疾人联合会", "残联"),
    ("东莞市妇女联合会", "妇联"),
    ("共青团东莞市委员会", "团市委 共青团"),
    ("东莞市科学技术协会", "科协"),
    ("东莞市工商业联合会", "工商联"),
    ("东莞市文学艺术界联合会", "文联"),
    ("东莞市归国华侨联合会", "侨联"),
    ("东莞市红十字会", "红会 红十字会"),
    ("东莞市总工会", "总工会 工会"),
    ("东莞市供销合作社", "供销社"),
    ("东莞市气象局", "气象局"),
    ("东莞市消防救援支队", "消防支队"),
    ("东莞市人民代表大会常务委员会办公室", "人大办 市人大"),
    ("中国人民政治协商会议东莞市委员会办公室", "政协办 市政协"),
    ("东莞市人民政府办公室", "政府办 市府办"),
    ("东莞市中级人民法院", "中院 市中院"),
    ("东莞市人民检察院", "检察院 市检察院"),
    ("中共东莞市纪律检查委员会", "纪委 市纪委"),
    ("东莞市港务管理局", "港务局"),
    ("东莞市城市更新局", "城市更新局"),
    ("东莞市住房公积金管理中心", "公积金中心 公积金"),
    ("东莞市地方志办公室", "地方志办 史志办 方志办"),
    ("东莞市工商业联合会", "工商联"),
    ("东莞市台湾事务办公室", "台办 台湾事务办"),  # X办公室 → X办, no dictionary line needed
    ("东莞市国防动员办公室", "国动办 国防动员办"),
    ("东莞市殡葬管理所", "殡葬所 殡管所"),  # 管理 before the kind of body left out
    ("东莞市园林绿化中心", "园林中心 绿化中心"),
    ("东莞市老干部局", "老干局"),
    ("东莞市委党史研究室", "党史研究室"),
    ("东莞市社会科学界联合会", "社科联"),
    ("东莞市疾病预防控制中心", "疾控中心 疾控"),  # three words: first and last words' first characters
    ("东莞市轨道交通局", "轨道局"),  # a bureau by its stem's first word
    ("东莞市公路事务中心", "公路中心"),
    ("东莞市中心血站", "血站 中心血站"),
    ("东莞市紧急医疗救援指挥中心", "急救中心 120急救中心"),
    ("东莞图书馆", "图书馆 市图书馆"),  # a city's own institution, named without 市
    ("东莞市妇幼保健院", "妇幼 妇幼院 市妇幼"),
    ("东莞职业技术学院", "职院 东莞职院"),
    ("东莞市不动产登记中心", "不动产中心 登记中心"),  # a five-character stem: either word
    ("东莞市博物馆", "博物馆 市博物馆"),
    ("东莞市卫生监督所", "卫监所"),
    ("东莞市救助管理站", "救助站"),
    ("东莞市社会福利中心", "福利中心"),
    ("东莞市城市照明管理处", "照明处 城市照明处"),  # an office by its stem's second word
    ("东莞市劳动人事争议仲裁院", "仲裁院 劳动仲裁院"),  # an institution by its last word
    ("东莞市公证处", "公证处"),
    ("东莞市人民医院", "人民医院 市人医"),
    ("东莞市中医院", "中医院 市中医院"),
    ("东莞市可园博物馆", "可园 可园博物馆"),
    ("东莞市交通运输综合行政执法支队", "交通执法支队 交通支队"),  # a brigade by its stem's first and last words
    ("东莞市市政设施管护中心", "管护中心 市政管护中心"),
    ("中共东莞市委网络安全和信息化委员会办公室", "网信办 市委网信办"),  # a 市委 body's dictionary name
    ("东莞市特殊教育学校", "特校 特教学校"),  # a school by its stem's first character
    ("东莞市广播电视台", "电视台 广播电视台"),  # a station by its last word
    ("东莞市大岭山森林公园管理处", "大岭山 大岭山森林公园 大岭山管理处"),  # a park by its own name
    ("东莞市海洋综合执法支队", "海洋支队 海洋执法支队"),  # a brigade by its stem's first word too
    ("东莞市第八人民医院", "八院 市八院"),
    ("东莞市技师学院", "技院 技师学院"),  # a college by its stem's first character
    ("中共东莞市委政法委员会", "政法委 市委政法委"),
    ("东莞开放大学", "开大 开放大学 电大"),  # a university by its stem's first character
    ("东莞市松山湖中心医院", "松山湖医院 松医"),  # a 中心医院 by its place's name
    ("东莞市质量监督检测中心", "质检中心 市质检所"),
    ("中共东莞市委机构编制委员会办公室", "编办 市委编办"),
]


def test_every_department_of_a_city_is_found_by_its_full_and_everyday_names():
    from nlp.departments import DepartmentDirectory

    directory = DepartmentDirectory([full for full, _ in DEPARTMENTS_AND_EVERYDAY_NAMES])
    wrong = [(word, directory.resolve(word).departments)
             for full, words in DEPARTMENTS_AND_EVERYDAY_NAMES for word in (full, *words.split())
             if directory.resolve(word).departments != (full,)]
    assert wrong == []


def test_a_place_inside_a_name_is_its_place():
    from nlp.departments import split_name

    assert (split_name("共青团东莞市委员会").place, split_name("共青团东莞市委员会").canonical) == \
        ("东莞", "共青团")
    assert split_name("中共东莞市委宣传部").canonical == "宣传部"
    assert split_name("东莞市人民政府国有资产监督管理委员会").canonical == "国有资产监督管理委员会"
    assert split_name("东莞市政务服务和数据管理局").canonical == "政务服务数据管理局"


def test_a_long_department_name_with_one_character_wrong_still_names_it():
    from nlp.departments import DepartmentDirectory
    from nlp.normalize import normalize

    directory = DepartmentDirectory(["东莞市政务服务和数据管理局", "东莞市气象局"])
    assert [m.departments for m in directory.mentions(normalize("政务服务和数椐管理局财政供养人员数"))] \
        == [("东莞市政务服务和数据管理局",)]
    # the last character is the kind of body: 气象台 is not 气象局
    assert [m.departments for m in directory.mentions(normalize("东莞市气象台的基本支出"))] == []


def test_city_wide_means_the_city_most_departments_are_in():
    from nlp.departments import DepartmentDirectory

    directory = DepartmentDirectory(["东莞市教育局", "东莞市总工会", "广州市教育局"])
    assert directory.home_place() == "东莞"
    assert DepartmentDirectory(["东莞市教育局", "广州市教育局"]).home_place() is None


def test_tenths_are_percentages_and_a_party_school_is_a_department():
    from nlp.departments import DepartmentDirectory
    from nlp.numbers import find_numbers

    assert [(n.value, n.is_percent, n.comparator) for n in find_numbers("占全部任务超过五成了吗")] == \
        [(50, True, ">")]
    assert [(n.value, n.comparator) for n in find_numbers("要求到九成五以上了吗")] == [(95, "≥")]
    assert find_numbers("成本完成率") == []
    directory = DepartmentDirectory(["中共东莞市委党校"])
    assert [m.departments for m in directory.mentions("党校预算合计多少")] == [("中共东莞市委党校",)]


def test_a_department_typed_with_a_homophone():
    from nlp.departments import DepartmentDirectory

    directory = DepartmentDirectory(["中共东莞市委党校", "东莞市档案局"])
    assert [m.departments for m in directory.mentions("市委档校今年预算多少")] == [("中共东莞市委党校",)]
    assert [m.departments for m in directory.mentions("档案局今年预算多少")] == [("东莞市档案局",)]


def test_a_centres_shortened_name_is_the_one_loaded_centre_it_shortens():
    from nlp.departments import DepartmentDirectory

    directory = DepartmentDirectory(["东莞市疾病预防控制中心", "东莞市公路事务中心", "东莞市公共资源交易中心",
                                     "东莞市地方志办公室"])
    assert directory.shortened("疾预控中心预算多少") == [(0, 5, "疾预控中心", "东莞市疾病预防控制中心")]
    assert directory.shortened("公路事中心人数") == [(0, 5, "公路事中心", "东莞市公路事务中心")]
    assert directory.shortened("方志办预算") == []  # not from its first character
    assert directory.shortened("服务中心有几个") == []
    assert directory.shortened("怎么办") == []
    # right after a question word: from the name's own first character (总体目标里社保中心…)
    assert directory.shortened("    里疾预控中心的") == [(5, 10, "疾预控中心", "东莞市疾病预防控制中心")]


def test_homophones_typed_in_a_departments_name_still_name_it():
    from nlp.departments import DepartmentDirectory

    directory = DepartmentDirectory(["东莞市公证处", "东莞市社会福利中心", "东莞市救助管理站"])
    for typed, full in [("公正处", "东莞市公证处"), ("社会福利中新", "东莞市社会福利中心"),
                        ("救助管里站", "东莞市救助管理站")]:
        assert [m.departments for m in directory.mentions(f"{typed}的预算")] == [(full,)]


def test_shang_qian_and_guo_wan_are_at_least_that_many():
    from nlp.numbers import find_numbers

    assert [(n.value, n.comparator) for n in find_numbers("人数上千的单位")] == [(1000, "≥")]
    assert [(n.value, n.comparator, n.is_money) for n in find_numbers("上百万的任务")] == \
        [(1_000_000, "≥", True)]
    assert [(n.value, n.unit) for n in find_numbers("服务过万人的")] == [(10000, "人")]


def test_a_body_after_a_department_and_a_joiner_is_another_department_not_its_unit():
    from nlp import parser as p
    from nlp.departments import DepartmentDirectory
    from nlp.index import Index

    index = Index()
    index.directory = DepartmentDirectory(["东莞市可园博物馆", "东莞市交通运输综合行政执法支队",
                                           "东莞市公安局"])
    marks = p._marks("可园和交通执法支队预算合计", index, date(2026, 12, 1))
    assert p._unloaded_body(marks, True) == ""
    marks = p._marks("公安局交警支队预算合计", index, date(2026, 12, 1))
    assert p._unloaded_body(marks, True) == "公安局交警支队"


def test_numerals_listed_before_a_kind_read_as_typed_without_the_comma():
    from nlp.normalize import normalize

    assert normalize("一、二类桥梁占比") == normalize("一二类桥梁占比")
    assert "、" in normalize("一、加强管理")  # a list's numbering stays


def test_duoshao_after_zhanbi_is_no_comparison(five_tables_engine):
    query = parse("总工会的产业工人建设经费占比指标多少", five_tables_engine.live.index, date(2026, 11, 24))
    assert query.operation is not Operation.DIFF


def test_a_places_one_station_is_named_by_the_place_and_tai():
    from nlp.departments import DepartmentDirectory

    directory = DepartmentDirectory(["东莞市广播电视台", "东莞市教育局"])
    assert [m.departments for m in directory.mentions("东莞台今年预算")] == [("东莞市广播电视台",)]
    assert [m.departments for m in directory.mentions("东莞台风季")] == []


def test_an_ask_ending_in_di_ji_is_a_place_asked(five_tables_engine):
    query = parse("各部门按预算排，总工会第几", five_tables_engine.live.index, date(2026, 11, 24))
    assert query.focus == ("东莞市总工会",)


def test_an_ordinal_hospital_is_not_another_ordinal_or_the_plain_one():
    from nlp.departments import DepartmentDirectory

    directory = DepartmentDirectory(["东莞市第八人民医院", "东莞市人民医院"])
    assert directory.mentions("第九人民医院预算") == []
    assert directory.near("第九人民医院") == ()
    assert [m.departments for m in directory.mentions("八院预算")] == [("东莞市第八人民医院",)]


def test_daoshu_di_er_is_a_place_from_the_bottom(five_tables_engine):
    query = parse("总工会预算是不是全市倒数第二", five_tables_engine.live.index, date(2026, 11, 24))
    assert (query.focus, query.nth, query.descending, query.yes_no) == (("东莞市总工会",), 2, False, True)


def test_yi_ke_zhong_and_ban_xiaoshi_are_minutes():
    from nlp.numbers import find_numbers

    assert [(n.value, n.unit, n.comparator) for n in find_numbers("一刻钟以内吗")] == [(15, "分钟", "≤")]
    assert [(n.value, n.unit) for n in find_numbers("要求在半个小时以内")] == [(30, "分钟")]


def test_a_cppcc_office_and_a_newspaper_by_their_everyday_names():
    from nlp.departments import DepartmentDirectory

    directory = DepartmentDirectory(["政协东莞市委员会办公室", "东莞日报社", "东莞市教育局"])
    for question, department in [("市政协预算多少", "政协东莞市委员会办公室"),
                                 ("政协办项目支出", "政协东莞市委员会办公室"),
                                 ("东莞日报采编人员培训经费", "东莞日报社"),
                                 ("报社预算多少", "东莞日报社")]:
        assert [m.departments for m in directory.mentions(question)] == [(department,)], question


def test_within_the_first_n_is_a_ranking_asked_yes_or_no(five_tables_engine):
    query = parse("科技局预算是不是全市前五十", five_tables_engine.index, date(2026, 11, 24))
    assert (query.operation, query.limit, query.yes_no, query.focus) == \
        (Operation.SORT, 50, True, ("东莞市科学技术局",))
    query = parse("科技局预算排得进全市前二吗", five_tables_engine.index, date(2026, 11, 24))
    assert (query.limit, query.yes_no, query.unexplained) == (2, True, ())


def test_a_city_school_a_fire_brigade_and_a_research_centre_by_their_everyday_names():
    from nlp.departments import DepartmentDirectory

    directory = DepartmentDirectory(["东莞中学", "东莞市消防救援支队", "东莞市农业科学研究中心",
                                     "东莞市教育局"])
    for question, department in [("莞中预算多少", "东莞中学"), ("消防支队预算", "东莞市消防救援支队"),
                                 ("消防今年演练几场", "东莞市消防救援支队"),
                                 ("市农科所的经费", "东莞市农业科学研究中心"),
                                 ("农科中心预算", "东莞市农业科学研究中心")]:
        assert [m.departments for m in directory.mentions(question)] == [(department,)], question
    assert "东莞中学" in directory.in_place_all("东莞")  # the city's own school is the city's
    assert directory.mentions("东莞的中学生资助") == []  # 中学 alone names no school


def test_a_hundred_percent_in_words():
    from nlp.numbers import find_numbers

    assert [(n.value, n.unit) for n in find_numbers("准确率要求达到百分之百吗")] == [(100, "%")]
    assert [(n.value, n.unit) for n in find_numbers("百分之九十五")] == [(95, "%")]


def test_departments_without_a_line_are_those_at_nothing(five_tables_engine):
    from decimal import Decimal

    query = parse("东莞今年有几个部门没有对下转移支付资金", five_tables_engine.index, date(2026, 11, 24))
    assert Filter("amount", "=", Decimal(0)) in query.filters and not query.unexplained



def test_an_everyday_department_name_that_begins_another_departments_item(tmp_path):
    """机关事务局消防管理经费多少: 消防 (the fire brigade's everyday name) begins 市直机关安全保卫和
    消防管理经费, 机关事务局's item — not the brigade."""
    from nlp.engine import Engine
    from tests.blind.evaluate import evaluation_store

    store = evaluation_store(tmp_path / "two.db", ["jiguanshiwu_2026", "xiaofang_2026"])
    engine = Engine(store, today=lambda: date(2026, 12, 1), log_questions=False)
    answer = engine.ask("机关事务局消防管理经费多少", chat_id="t")
    assert answer.headline == "市直机关安全保卫和消防管理经费：6,380,300 元（638.03 万元）"
    assert engine.ask("消防支队城市消防站建设经费多少", chat_id="u").headline.startswith("城市消防站建设经费：")
    store.close()


def test_a_monitoring_station_and_an_animal_disease_control_centre_by_their_everyday_names():
    from nlp.departments import DepartmentDirectory

    directory = DepartmentDirectory(["东莞市生态环境监测站", "东莞市动物疫病预防控制中心",
                                     "东莞市疾病预防控制中心"])
    for question, department in [("监测站项目支出多少", "东莞市生态环境监测站"),
                                 ("环境监测站预算", "东莞市生态环境监测站"),
                                 ("动物疫控中心预算", "东莞市动物疫病预防控制中心"),
                                 ("动物疾控中心今年预算总额", "东莞市动物疫病预防控制中心"),
                                 ("疾控中心预算", "东莞市疾病预防控制中心")]:
        assert [m.departments for m in directory.mentions(question)] == [(department,)], question


def test_how_long_asks_a_length_of_time_and_animals_are_counted_in_zhi(tmp_path):
    from nlp.engine import Engine
    from nlp.numbers import find_numbers
    from tests.blind.evaluate import evaluation_store

    assert [(n.value, n.unit) for n in find_numbers("免疫犬只约8.5万只")] == [(85000, "只")]
    store = evaluation_store(tmp_path / "two.db", ["jiancezhan_2026", "dongyikong_2026"])
    engine = Engine(store, today=lambda: date(2026, 12, 1), log_questions=False)
    # 多久: the indicator in hours, not the task of the same words (突发环境事件应急监测经费)
    assert engine.ask("监测站突发环境事件应急监测多久要到现场", chat_id="a").headline.startswith(
        "突发环境事件应急监测到场时间：年度指标值 ≤1小时")
    # 狗 / 打狂犬疫苗 in other words, counted in 只
    assert engine.ask("动物疫控中心今年给多少只狗打狂犬疫苗", chat_id="b").headline.startswith(
        "犬只狂犬病免疫：年度指标值 ≥8万只")
    store.close()


def test_centres_and_an_institute_by_their_middle_word_or_first_characters():
    from nlp.departments import DepartmentDirectory

    directory = DepartmentDirectory(["东莞市公共就业服务中心", "东莞市食品药品检验所",
                                     "东莞市农产品质量安全检测中心", "东莞市质量监督检测中心",
                                     "东莞市社会保险基金管理中心"])
    for question, department in [("就业中心预算", "东莞市公共就业服务中心"),
                                 ("就业服务中心的经费", "东莞市公共就业服务中心"),
                                 ("药检所检验报告", "东莞市食品药品检验所"),
                                 ("食药检所", "东莞市食品药品检验所"),
                                 ("农检中心预算", "东莞市农产品质量安全检测中心"),
                                 ("农产品检测中心的经费", "东莞市农产品质量安全检测中心"),
                                 ("质检中心预算", "东莞市质量监督检测中心")]:
        assert [m.departments for m in directory.mentions(question)] == [(department,)], question
    # 比 before a shortened name is no part of it (就业中心比社保中心预算少多少)
    assert [s[3] for s in directory.shortened("     比社保中心预算少多少")] == ["东莞市社会保险基金管理中心"]


def test_a_departments_own_count_said_as_a_condition(five_tables_engine):
    from nlp.query import Filter

    for question, condition in [("全市下属二级单位是2个的单位有几家", Filter("value", "=", 2)),
                                ("下属二级单位超过2个的部门有哪些", Filter("value", ">", 2))]:
        query = parse(question, five_tables_engine.index, date(2026, 11, 24))
        assert query.set.kind == SetKind.DEPARTMENT and condition in query.filters, question
        assert not any(f.field == "unit" for f in query.filters)  # 单位 here is an organisation


def test_a_towns_government_and_a_zone_by_their_everyday_names():
    from nlp.departments import DepartmentDirectory

    directory = DepartmentDirectory(["东莞市石龙镇人民政府", "东莞滨海湾新区管理委员会", "东莞市民政局"])
    assert set(directory.in_place_all("东莞")) == {"东莞市石龙镇人民政府", "东莞滨海湾新区管理委员会",
                                                 "东莞市民政局"}  # the city's, not a place of its own
    for question, department in [("石龙今年骑楼街区改造花多少钱", "东莞市石龙镇人民政府"),
                                 ("石龙镇政府预算", "东莞市石龙镇人民政府"),
                                 ("滨海湾管委会人才公寓经费", "东莞滨海湾新区管理委员会"),
                                 ("滨海湾的质量指标", "东莞滨海湾新区管理委员会")]:
        assert [m.departments for m in directory.mentions(question)] == [(department,)], question
    # a town's government not loaded is a department not loaded — never the 民政 of 人民政府
    assert [m.departments for m in directory.mentions("东莞市虎门镇人民政府今年预算多少")] == [()]
