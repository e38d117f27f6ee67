"""One test per kind of answer (nlp/answer/*): the whole answer that matters, from the five
fixture tables (today 2026-11-24). The first line is the headline: the figure asked."""

from __future__ import annotations

import itertools

import pytest

from nlp.answer.common import slip
from nlp.engine import AMBIGUOUS, LOW, NOT_FOUND, OK

_chats = itertools.count()
SOURCE_2026 = "来源：东莞市总工会 2026 年 · {} · 第 1 版"


def ask(engine, question: str):
    return engine.ask(question, chat_id=f"answers-{next(_chats)}")


def lines(answer) -> list[str]:
    return [line.split("（2026-")[0].split("（2025-")[0] if line.startswith("来源") else line
            for line in answer.text.splitlines()]


def follow(engine, chat: str, *questions: str):
    """The answer to the last question, each asked after the one before in one chat."""
    for question in questions[:-1]:
        engine.ask(question, chat_id=chat)
    return engine.ask(questions[-1], chat_id=chat)


def test_value_answers_a_task_with_its_money_in_both_units_and_its_source(five_tables_engine):
    answer = ask(five_tables_engine, "送温暖活动经费是多少？")
    assert (answer.status, answer.kind) == (OK, "task")
    assert lines(answer) == [
        "送温暖活动经费：1,950,000 元（195.00 万元）",
        "目标内容：慰问工会困难职工（农民工）、困难劳模代表、劳动者、企业，开展夏季“送清凉活动”慰问高温作业职工。",
        SOURCE_2026.format("其他需完成的任务"),
    ]


def test_value_answers_an_indicator_with_its_target_in_words(five_tables_engine):
    answer = ask(five_tables_engine, "今年要表彰多少名劳模？")
    assert answer.headline == "表彰劳模数量：年度指标值 ≥22人（不少于 22 人）"
    assert answer.status == OK


def test_listing_groups_a_category_under_its_subcategories_empty_ones_included(
        five_tables_engine):
    answer = ask(five_tables_engine, "总工会的成本指标有哪些")
    assert lines(answer) == [
        "成本指标（东莞市总工会 2026 年）共 3 项：", "经济成本指标：",
        "1. 求学圆梦行动补贴标准：≤1000元/人", "2. 职业技能竞赛补贴标准：≤5万元/个",
        "3. 人均培训成本：≤600元/人", "社会成本指标：（无）", "生态环境成本指标：（无）",
        SOURCE_2026.format("绩效指标"),
    ]


def test_listing_filters_tasks_by_an_amount_said_in_words(five_tables_engine):
    answer = ask(five_tables_engine, "总工会超过三百万的任务有哪些")
    assert answer.headline == "金额超过 300 万元的任务（东莞市总工会 2026 年）共 2 项："
    assert answer.items == ["产业工人建设经费", "公益培训费"]


def test_aggregate_sums_a_set_with_its_formula(five_tables_engine):
    answer = ask(five_tables_engine, "总工会任务资金合计")
    assert lines(answer)[:2] == [
        "东莞市总工会 2026 年任务资金合计：17,331,700 元（1,733.17 万元）（共 5 项）",
        "计算：7,200,000 + 2,094,000 + 1,950,000 + 2,490,000 + 3,597,700 = 17,331,700 元",
    ]


def test_aggregate_ranks_departments_by_a_budget_line(five_tables_engine):
    answer = ask(five_tables_engine, "哪个部门基本支出最多")
    assert lines(answer) == [
        "2026 年基本支出最多的部门：东莞市教育局，125,430.18 万元（1,254,301,800 元）",
        "1. 东莞市教育局 125,430.18 万元", "2. 东莞市科学技术局 2,356.78 万元",
        "3. 东莞市总工会 1,666.42 万元", "（比较了 3 个部门。）",
    ]


def test_compare_gives_a_share_for_each_department_with_the_formula(five_tables_engine):
    answer = ask(five_tables_engine, "总工会基本支出占部门预算的比例")
    assert lines(answer)[:2] == [
        "基本支出占部门预算合计的比例：39.69%",
        "计算：基本支出 1,666.42 万元 ÷ 部门预算合计 4,198.90 万元 = 39.69%",
    ]


def test_compare_counts_two_departments_sets(five_tables_engine):
    answer = ask(five_tables_engine, "科技局的任务比教育局多几项")
    assert answer.headline == "东莞市科学技术局任务数比东莞市教育局任务数少 2 项（−25.00%）"


def test_compare_gives_a_year_on_year_change_with_both_years(five_tables_engine):
    answer = ask(five_tables_engine, "送温暖活动经费比去年增加了多少")
    assert answer.headline == ("送温暖活动经费 2026 年比 2025 年增加 150,000 元："
                               "1,950,000 元，上年 1,800,000 元（+8.33%）")


def test_check_answers_yes_or_no_first_then_the_figure(five_tables_engine):
    answer = ask(five_tables_engine, "送温暖经费超过200万了吗")
    assert answer.headline == "否。送温暖活动经费是 1,950,000 元（195.00 万元），没有超过 200万。"


def test_check_says_no_for_an_item_that_is_only_in_another_year(five_tables_engine):
    answer = ask(five_tables_engine, "科技局2025年有科技金融贴息吗")
    assert answer.status == OK
    assert answer.headline.startswith("否。东莞市科学技术局 2025 年的表中没有“科技金融贴息”")


def test_structure_says_where_an_item_sits_and_its_figure(five_tables_engine):
    answer = ask(five_tables_engine, "公益培训费属于哪个部分")
    assert answer.headline == "公益培训费属于其他需完成的任务（东莞市总工会 2026 年），金额 3,597,700 元。"


def test_prose_quotes_the_sentence_with_its_place(five_tables_engine):
    answer = ask(five_tables_engine, "公益培训课程要开设多少个班次")
    assert answer.status == OK
    assert "820个班次" in answer.headline
    assert "总体绩效目标第四条" in answer.text


def test_overview_for_a_department_alone(five_tables_engine):
    answer = ask(five_tables_engine, "科技局")
    assert (answer.status, answer.kind) == (OK, "department")
    assert answer.headline == "东莞市科学技术局 2026 年：部门预算合计 52,187.28 万元（521,872,800 元）"


def test_different_items_that_fit_equally_are_asked_back(five_tables_engine):
    answer = ask(five_tables_engine, "学历提升补贴")
    assert answer.status == AMBIGUOUS
    assert [c.label for c in answer.choices] == [
        "职工提升学历人数（指标 · 东莞市总工会）", "产业工人建设经费（任务 · 东莞市总工会）"]


@pytest.mark.parametrize("question", ["广州市教育局的基本支出", "2023年送温暖经费", "公安局有几个指标"])
def test_a_place_year_or_department_not_loaded_is_not_found_without_a_figure(
        five_tables_engine, question):
    answer = ask(five_tables_engine, question)
    assert answer.status == NOT_FOUND
    assert not any(ch.isdigit() for ch in answer.text.split("\n")[0].replace("2023", ""))


def test_a_budget_balance_check_shows_both_sums(five_tables_engine):
    answer = ask(five_tables_engine, "总工会收支平衡吗")
    assert (answer.status, answer.kind) == (OK, "check")
    assert lines(answer)[:3] == [
        "是，收支相等。（东莞市总工会 2026 年）",
        "支出：基本支出 1,666.42 万元 + 项目支出 2,180.04 万元 + 其他事业发展性支出 352.44 万元"
        " = 4,198.90 万元",
        "收入：财政拨款 4,198.90 万元 + 其他资金 0.00 万元 = 4,198.90 万元",
    ]


def test_a_budget_overview_lists_the_lines_and_both_totals(five_tables_engine):
    answer = ask(five_tables_engine, "总工会2026年部门预算的总体情况")
    assert answer.status == OK
    assert "部门预算合计：4,198.90 万元（基本支出 1,666.42 万元 + 项目支出 2,180.04 万元 + " \
        "其他事业发展性支出 352.44 万元 = 4,198.90 万元）" in answer.text
    assert "收入合计：4,198.90 万元（财政拨款 4,198.90 万元 + 其他资金 0.00 万元 = 4,198.90 万元）" \
        in answer.text


def test_a_count_of_a_set_against_a_number(five_tables_engine):
    answer = ask(five_tables_engine, "总工会的重点任务有三项以上吗")
    assert answer.headline == ("否。东莞市总工会 2026 年年度重点工作任务共 1 项（问的是三项以上）："
                               "产业工人建设经费")


def test_zero_is_a_number_to_check_against(five_tables_engine):
    assert ask(five_tables_engine, "总工会的其他资金是零吗").headline.startswith("是。其他资金是 0.00 万元")
    assert ask(five_tables_engine, "科技局的其他资金是零吗").headline.startswith("否。")


def test_two_figures_asked_whether_they_agree_are_compared_for_equality(five_tables_engine):
    answer = ask(five_tables_engine, "科技局的预算和总工会的预算对得上吗")
    assert answer.headline.startswith("否。") and "两者不同" in answer.headline


def test_aggregate_gives_each_year_its_own_total_when_two_years_are_asked(five_tables_engine):
    answer = ask(five_tables_engine, "总工会今年和去年的任务资金合计分别是多少")
    assert answer.status == OK
    assert lines(answer)[:2] == ["东莞市总工会 2026 年任务资金合计：17,331,700 元（1,733.17 万元）（共 5 项）",
                                 "东莞市总工会 2025 年任务资金合计：16,430,000 元（1,643.00 万元）（共 5 项）"]


def test_check_works_a_share_out_against_the_percentage_asked(five_tables_engine):
    answer = ask(five_tables_engine, "总工会财政拨款是不是占到预算的90%以上")
    assert answer.headline == "是。财政拨款占部门预算合计的 100.00%，达到 90%以上。"
    assert "÷ 部门预算合计" in answer.text


def test_listing_reads_a_range_as_two_bounds(five_tables_engine):
    answer = ask(five_tables_engine, "总工会哪些任务在100万到300万之间")
    assert answer.headline.startswith("金额不少于 100 万元、金额不超过 300 万元的任务")
    assert answer.items == ["劳模专项工作经费", "送温暖活动经费", "工会服务职工推广项目"]


@pytest.mark.parametrize("question, first", [
    ("总工会预算是不是各部门里最少的", "是。"),
    ("科技局预算是不是各部门里最少的", "否。"),
])
def test_check_of_a_rank_says_yes_or_no_and_which_department_is(five_tables_engine, question,
                                                                first):
    answer = ask(five_tables_engine, question)
    assert answer.status == OK and answer.headline.startswith(first)
    assert "1. 东莞市总工会 4,198.90 万元（基本支出 1,666.42 万元" in answer.text


# ------------------------------------------------------------ batch 14's causes


def test_a_section_share_against_a_threshold_is_worked_out(five_tables_engine):
    answer = ask(five_tables_engine, "总工会重点任务的钱占全部任务一半以上了吗")
    assert answer.status == OK
    assert lines(answer)[:2] == [
        "否。年度重点工作任务金额占任务金额的 41.54%，没有达到一半以上。",
        "计算：年度重点工作任务金额 7,200,000 元（720.00 万元） ÷ 任务金额 17,331,700 元"
        "（1,733.17 万元） = 41.54%"]


def test_an_average_of_two_departments_gives_each_then_both(five_tables_engine):
    answer = ask(five_tables_engine, "总工会和科技局的任务平均每项多少钱")
    assert answer.status == OK
    assert lines(answer)[:3] == [
        "东莞市总工会 2026 年任务平均每项：3,466,340.00 元（计算：17,331,700 元 ÷ 5 项）",
        "东莞市科学技术局 2026 年任务平均每项：55,794,246.75 元（计算：334,765,480.50 元 ÷ 6 项）",
        "合起来：352,097,180.50 元 ÷ 11 项 = 32,008,834.59 元"]


def test_a_department_as_the_part_of_all_its_citys_departments(five_tables_engine):
    answer = ask(five_tables_engine, "总工会占东莞各部门预算合计的比重")
    assert answer.status == OK
    assert lines(answer)[0] == "部门预算合计占东莞 2026 年 3 个部门部门预算合计的比例：0.86%"
    assert "100.00%" not in answer.text


def test_departments_ranked_by_their_staff_every_one_named(five_tables_engine):
    for question in ("总工会、科技局、教育局按人数从多到少排一下", "总工会、科技局、教育局哪家人最多"):
        answer = ask(five_tables_engine, question)
        assert answer.status == OK, question
        assert [line for line in lines(answer) if line[:2] in ("1.", "2.", "3.")] == [
            "1. 东莞市教育局 5,268 人", "2. 东莞市科学技术局 68 人", "3. 东莞市总工会 37 人"]
    least = ask(five_tables_engine, "科技局、教育局和总工会谁的预算少")
    assert lines(least)[0].startswith("2026 年部门预算合计最少的部门：东莞市总工会，4,198.90 万元")


def test_how_many_people_is_the_staff_count_also_as_a_follow_up(five_tables_engine):
    assert lines(ask(five_tables_engine, "科技局多少人"))[0] == "财政供养人员数：68 人"
    answer = follow(five_tables_engine, "people-follow-up", "科技局去年预算多少", "人呢")
    assert answer.status == OK
    assert lines(answer)[:2] == ["财政供养人员数：66 人", SOURCE_2026.replace(
        "东莞市总工会 2026", "东莞市科学技术局 2025").format("基本信息")]


def test_a_follow_ups_new_words_are_asked_of_the_department_before(five_tables_engine):
    answer = follow(five_tables_engine, "same-department-follow-up", "总工会送温暖活动经费多少", "那培训那块呢")
    assert lines(answer)[0] == "公益培训费：3,597,700 元（359.77 万元）"
    both = five_tables_engine.ask("这两项加起来呢", chat_id="same-department-follow-up")
    assert lines(both)[0] == "送温暖活动经费 与 公益培训费合计：5,547,700 元（554.77 万元）"


def test_an_item_named_whole_that_only_another_department_has_is_not_found(five_tables_engine):
    answer = ask(five_tables_engine, "教育局有没有送温暖活动的钱")
    assert answer.status == NOT_FOUND
    assert lines(answer)[:2] == [
        "否。东莞市教育局 2026 年的表中没有“送温暖活动”的任务或指标（任务、绩效指标和总体绩效目标中都没有提到）。",
        "相近的是“送温暖活动经费”，见于：东莞市总工会 2026 年；东莞市总工会 2025 年。"]


def test_these_items_added_up_are_every_item_the_last_answer_listed(five_tables_engine):
    answer = follow(five_tables_engine, "these-items", "教育局的任务有几项", "这几项加起来多少钱")
    assert answer.status == OK
    assert lines(answer)[0].endswith("合计：2,433,930,000.50 元（243,393.00 万元）")
    assert lines(answer)[0].count(" 与 ") == 7  # all eight tasks, not the first four


def test_two_years_added_up_after_a_year_follow_up(five_tables_engine):
    answer = follow(five_tables_engine, "two-years", "科技局预算合计多少", "去年呢", "两年加起来呢")
    assert answer.status == OK
    assert lines(answer)[:2] == ["部门预算合计（2025、2026 年）合计：100,945.68 万元（1,009,456,800 元）",
                                 "计算：48,758.40 万元 + 52,187.28 万元 = 100,945.68 万元"]


def test_a_count_across_named_departments_gives_their_total_first(five_tables_engine):
    answer = ask(five_tables_engine, "总工会、科技局、教育局一共有多少条绩效指标")
    assert answer.status == OK
    assert lines(answer)[:4] == ["2026 年 3 个部门绩效指标共 94 项。", "东莞市总工会 2026 年：20 项",
                                 "东莞市科学技术局 2026 年：23 项", "东莞市教育局 2026 年：51 项"]


def test_how_many_departments_pass_a_budget_line_counts_them_by_that_line(five_tables_engine):
    answer = ask(five_tables_engine, "有几个部门预算合计超过1亿")
    assert answer.status == OK
    assert lines(answer)[:3] == ["2026 年部门预算合计超过 10,000 万元的部门共 2 个：",
                                 "1. 东莞市教育局 430,784.80 万元", "2. 东莞市科学技术局 52,187.28 万元"]


def test_two_items_of_two_departments_each_get_their_section(five_tables_engine):
    answer = ask(five_tables_engine, "总工会的送温暖活动经费跟科技局的高新技术企业培育经费分别属于哪类任务")
    assert answer.status == OK
    assert lines(answer)[:2] == [
        "送温暖活动经费属于其他需完成的任务（东莞市总工会 2026 年），金额 1,950,000 元。",
        "高新技术企业培育属于年度重点工作任务（东莞市科学技术局 2026 年），金额 185,000,000 元。"]


def test_a_printed_target_is_looked_up_in_every_department(five_tables_engine):
    answer = ask(five_tables_engine, "≤600元/人这个标准是哪个部门的")
    assert answer.status == OK
    assert "人均培训成本：≤600元/人" in answer.text
    assert "东莞市总工会 2026 年" in answer.text


def test_words_left_over_that_name_another_departments_item_are_a_not_found(five_tables_engine):
    answer = ask(five_tables_engine, "教育局的送温暖资金多少")
    assert answer.status == NOT_FOUND
    assert lines(answer) == ["东莞市教育局的表中没有“送温暖活动经费”。",
                             "“送温暖活动经费”见于：东莞市总工会 2026 年；东莞市总工会 2025 年。"]


def test_a_target_reached_is_said_with_the_number_asked_once(five_tables_engine):
    answer = ask(five_tables_engine, "科技局的服务对象满意度有没有达到90%")
    assert lines(answer)[0] == "是。科技特派员服务对象满意度的目标是 ≥90%（不低于 90%），达到 90%。"


def test_a_departments_headcount_asked_as_renshu_is_its_staff(five_tables_engine):
    answer = ask(five_tables_engine, "科技局2025年人数是多少")
    assert answer.status == OK
    assert lines(answer)[0] == "财政供养人员数：66 人"


def test_it_after_a_ranking_is_the_item_the_ranking_gave(five_tables_engine):
    answer = follow(five_tables_engine, "it-after-ranking", "教育局哪项经费最多", "第二个呢", "它属于重点任务吗")
    assert answer.status == OK
    assert lines(answer)[0] == "否。“民办教育扶持经费”属于其他需完成的任务，金额 420,000,000 元（42,000.00 万元）。"


def test_each_departments_change_on_last_year_when_asked_of_each(five_tables_engine):
    answer = ask(five_tables_engine, "总工会和科技局的预算合计各比去年涨了多少")
    assert answer.status == OK
    heads = [line for line in lines(answer) if line.startswith("【")]
    assert [h.split("】")[0] for h in heads] == ["【东莞市总工会 2026 年", "【东莞市科学技术局 2026 年"]
    assert "增加 217.24 万元" in heads[0]


def test_a_share_of_what_it_names_after_an_item_with_a_pronoun(five_tables_engine):
    answer = follow(five_tables_engine, "share-with-pronoun", "科技局的科普活动经费是多少", "占它项目支出多大比例")
    assert lines(answer)[0] == "科普活动经费占项目支出的比例：0.67%"


def test_all_departments_budget_total_is_summed(five_tables_engine):
    answer = ask(five_tables_engine, "东莞所有部门预算合计总数是多少")
    assert answer.status == OK
    assert lines(answer)[0] == "3 个部门的部门预算合计总计：487,170.98 万元（4,871,709,800 元）"


def test_two_asks_in_one_message_are_answered_in_order(five_tables_engine):
    answer = ask(five_tables_engine, "科技局财政拨款多少？其他资金呢")
    assert answer.status == OK
    assert [line for line in lines(answer) if "：" in line and not line.startswith("来源")] == [
        "财政拨款：51,887.28 万元（518,872,800 元）", "其他资金：300.00 万元（3,000,000 元）"]
    counted = ask(five_tables_engine, "教育局一共几项任务？重点的有几项")
    assert counted.status == OK
    assert [line for line in lines(counted) if "共" in line] == [
        "任务（东莞市教育局 2026 年）共 8 项。", "年度重点工作任务（东莞市教育局 2026 年）共 5 项。"]


def test_tasks_new_this_year_or_no_longer_there(five_tables_engine):
    added = ask(five_tables_engine, "科技局今年新增了哪些任务")
    assert added.status == OK
    assert lines(added)[:3] == ["东莞市科学技术局 2026 年比 2025 年新增的任务共 2 项：",
                                "1. 新型研发机构建设 96,000,000 元", "2. 科技金融贴息 12,000,000 元"]
    dropped = ask(five_tables_engine, "科技局今年去掉了哪些任务")
    assert lines(dropped)[0] == "东莞市科学技术局 2025 年有、2026 年不再安排的任务共 0 项。"


def test_two_departments_just_asked_added_up(five_tables_engine):
    answer = follow(five_tables_engine, "two-departments-added", "总工会预算合计多少", "那科技局的呢", "两家加起来呢")
    assert answer.status == OK
    assert lines(answer)[0] == ("东莞市总工会、东莞市科学技术局的部门预算合计总计：56,386.18 万元"
                                "（563,861,800 元）")


def test_second_place_said_as_laoer_after_a_ranking(five_tables_engine):
    answer = follow(five_tables_engine, "laoer", "教育局哪项任务钱最多", "排老二的是哪项")
    assert lines(answer)[0].endswith("资金第 2 多的是：民办教育扶持经费 420,000,000 元（42,000.00 万元）")


def test_a_count_and_a_sections_count_split_by_a_comma(five_tables_engine):
    answer = ask(five_tables_engine, "科技局一共几项任务，重点任务占几项")
    assert answer.status == OK
    counts = [line for line in lines(answer) if "共" in line and line.endswith("项。")]
    assert counts[0] == "任务（东莞市科学技术局 2026 年）共 6 项。"
    assert counts[1].startswith("年度重点工作任务（东莞市科学技术局 2026 年）共 ")


def test_shang_yi_is_more_than_a_hundred_million(five_tables_engine):
    answer = ask(five_tables_engine, "预算合计上亿的部门有几个")
    assert lines(answer)[0] == "2026 年部门预算合计超过 10,000 万元的部门共 2 个："


def test_guo_le_meiyou_is_a_yes_no_against_the_amount(five_tables_engine):
    answer = ask(five_tables_engine, "科技局今年预算合计过了五亿没有")
    assert answer.status == OK
    assert lines(answer)[0] == "是。部门预算合计是 52,187.28 万元（521,872,800 元），超过 五亿。"


def test_dui_ba_asks_yes_or_no(five_tables_engine):
    answer = ask(five_tables_engine, "科技局预算合计是5亿，对吧")
    assert answer.status == OK
    assert lines(answer)[0] == "否。部门预算合计是 52,187.28 万元（521,872,800 元），不是 5亿。"


def test_its_other_line_after_a_department_line(five_tables_engine):
    answer = follow(five_tables_engine, "its-other-line", "科技局财政拨款多少", "那它的其他资金呢")
    assert lines(answer)[0] == "其他资金：300.00 万元（3,000,000 元）"


def test_how_many_departments_under_a_staff_count(five_tables_engine):
    answer = ask(five_tables_engine, "东莞各部门里财政供养人员不到五十人的有几家")
    assert answer.status == OK
    assert lines(answer)[:2] == ["2026 年财政供养人员数少于 50 的部门共 1 个：", "1. 东莞市总工会 37 人"]


def test_the_third_after_a_ranking(five_tables_engine):
    answer = follow(five_tables_engine, "third", "教育局哪项任务钱最多", "第三个呢")
    assert lines(answer)[0].endswith("资金第 3 多的是：学前教育提质扩容 386,500,000 元（38,650.00 万元）")


def test_a_follow_up_of_a_best_guess_stays_a_guess(five_tables_engine):
    answer = follow(five_tables_engine, "guess-then-last-year", "科技局科普活动经费惠及多少人", "去年呢")
    assert answer.status == LOW
    assert lines(answer)[0] == "科普活动经费：3,100,000 元（310.00 万元）"
    assert answer.text.endswith("（沿用了上一问中把握不大的那一项，请核对。）")


def test_a_number_in_another_unit_than_a_rate_is_no_yes_or_no(five_tables_engine):
    answer = ask(five_tables_engine, "总工会人均培训成本是不是超过500人")
    assert answer.status == LOW
    assert not lines(answer)[0].startswith(("是", "否"))
    assert "单位与问题中的“超过500人”不同" in lines(answer)[0]


def test_chao_mei_chao_guo_and_duo_ba_ask_yes_or_no(five_tables_engine):
    answer = ask(five_tables_engine, "科技局的科普活动经费超没超过三百万")
    assert lines(answer)[0] == "是。科普活动经费是 3,265,480.50 元（326.55 万元），超过 3,000,000。"
    more = ask(five_tables_engine, "总工会预算比科技局多吧？")
    assert lines(more)[0].startswith("否。")


def test_a_printed_target_quoted_in_a_yes_no_is_compared_as_printed(five_tables_engine):
    answer = ask(five_tables_engine, "表彰劳模数量是不是≥20人")
    assert (answer.status, answer.headline) == \
        (OK, "否。表彰劳模数量的目标是 ≥22人（不少于 22 人），不是 ≥20人。")


def test_a_departments_two_years_budget_added_is_that_line_of_each_year(five_tables_engine):
    answer = ask(five_tables_engine, "总工会去年和今年的预算加一起多少")
    assert (answer.status, lines(answer)[:2]) == (OK, [
        "部门预算合计（2025、2026 年）合计：8,180.56 万元（81,805,600 元）",
        "计算：3,981.66 万元 + 4,198.90 万元 = 8,180.56 万元"])


def test_adding_a_department_to_a_sum_just_asked(five_tables_engine):
    answer = follow(five_tables_engine, "add-one", "总工会和科技局预算加起来多少", "那再加上教育局呢")
    assert (answer.status, lines(answer)[:2]) == (OK, [
        "3 个部门的部门预算合计总计：487,170.98 万元（4,871,709,800 元）",
        "计算：4,198.90 万元 + 52,187.28 万元 + 430,784.80 万元 = 487,170.98 万元"])


def test_named_departments_ranked_by_a_budget_word_and_compared_by_bi_yi_xia(five_tables_engine):
    ranked = ask(five_tables_engine, "总工会、科技局、教育局三家预算从高到低排一下")
    assert ranked.headline == "2026 年各部门部门预算合计（从高到低）：第一是东莞市教育局，430,784.80 万元"
    compared = ask(five_tables_engine, "总工会和科技局今年预算比一下")
    assert compared.headline == ("东莞市科学技术局部门预算合计更多：52,187.28 万元，比东莞市总工会部门预算合计"
                                 "（4,198.90 万元）多 47,988.38 万元")


def test_two_counts_then_the_key_tasks_added(five_tables_engine):
    counts = ask(five_tables_engine, "总工会几项任务，其中重点的几项")
    assert [line for line in lines(counts) if "共" in line] == [
        "任务（东莞市总工会 2026 年）共 5 项。", "年度重点工作任务（东莞市总工会 2026 年）共 1 项。"]
    answer = follow(five_tables_engine, "key-sum", "总工会几项任务，其中重点的几项", "重点的那几项加起来多少钱")
    assert answer.headline == "东莞市总工会 2026 年年度重点工作任务资金合计：7,200,000 元（720.00 万元）（共 1 项）"


def test_a_year_not_loaded_then_this_year_goes_on_with_the_same_department(five_tables_engine):
    answer = follow(five_tables_engine, "no-year", "总工会2024年预算是多少", "那今年的呢")
    assert (answer.status, answer.headline) == \
        (OK, "东莞市总工会 2026 年：部门预算合计 4,198.90 万元（41,989,000 元）")


def test_a_figure_said_with_shi_ba_is_a_yes_no(five_tables_engine):
    answer = ask(five_tables_engine, "表彰劳模数量是25人吧")
    assert (answer.status, answer.headline) == \
        (OK, "否。表彰劳模数量的目标是 ≥22人（不少于 22 人），不是 25人。")


def test_departments_listed_by_their_stems(five_tables_engine):
    answer = ask(five_tables_engine, "总工会、科技、教育三家今年预算从多到少排一下")
    assert [line.split("（")[0] for line in lines(answer)[1:4]] == [
        "1. 东莞市教育局 430,784.80 万元", "2. 东莞市科学技术局 52,187.28 万元", "3. 东莞市总工会 4,198.90 万元"]


def test_a_choice_names_the_department_asked_about_when_it_holds_the_item():
    from nlp.answer.common import choice_label
    from nlp.index import Entry, Kind

    entry = Entry(0, Kind.TASK, "培训经费", "培训经费", (),
                  places={("东莞市科学技术局", "", 2026): 1, ("东莞市教育局", "", 2026): 1})
    assert choice_label(entry) == "培训经费（任务 · 2 个部门）"
    assert choice_label(entry, ("东莞市教育局",)) == "培训经费（任务 · 东莞市教育局）"


def test_is_it_the_largest_across_the_city_compares_every_department(five_tables_engine):
    answer = ask(five_tables_engine, "科技局的高新技术企业培育是不是全市任务里最多的")
    assert (answer.status, answer.headline) == (OK, "否。高新技术企业培育 185,000,000 元（东莞市科学技术局）；"
                                                    "最多的是公办中小学学位建设 1,200,000,000 元（东莞市教育局）。")


def test_the_second_ask_of_a_message_goes_on_in_the_first_ones_department(five_tables_engine):
    answer = ask(five_tables_engine, "总工会财政专项资金多少，市本级用的是多少")
    assert [line for line in lines(answer) if line.startswith("来源")] == \
        [SOURCE_2026.format("预算整体情况")] * 2


def test_a_count_asked_with_each_one_lists_them_with_their_targets(five_tables_engine):
    answer = ask(five_tables_engine, "科技局的时效指标有几个，分别是什么")
    assert lines(answer)[:3] == ["时效指标（东莞市科学技术局 2026 年）共 2 项：", "1. 补助资金拨付：及时",
                                 "2. 科技特派员服务响应时间：≤5个工作日"]


def test_a_share_of_the_tasks_sum_over_a_budget_line_is_the_sum_over_the_line(five_tables_engine):
    part = ask(five_tables_engine, "科技局任务金额占项目支出的比例")
    assert lines(part)[:2] == ["任务金额占项目支出的比例：68.85%",
                               "计算：任务金额 334,765,480.50 元 ÷ 项目支出 48,620.50 万元 = 68.85%"]
    whole = ask(five_tables_engine, "科技局项目支出占任务金额的比例")
    assert whole.headline == "项目支出占任务金额的比例：145.24%"


def test_the_classes_of_a_departments_indicators(five_tables_engine):
    answer = ask(five_tables_engine, "科技局的绩效指标分哪几大类")
    assert answer.headline.startswith("一级指标（东莞市科学技术局 2026 年）共")


def test_two_lines_joined_by_jia_are_added(five_tables_engine):
    answer = ask(five_tables_engine, "科技局基本支出加项目支出多少")
    assert (answer.status, lines(answer)[:2]) == (OK, [
        "基本支出 与 项目支出合计：50,977.28 万元（509,772,800 元）",
        "计算：2,356.78 万元 + 48,620.50 万元 = 50,977.28 万元"])


@pytest.fixture(scope="module")
def project_engine(tmp_path_factory):
    """The seed and one project table (物业管理费支出: 实施周期 1,080.00, 年度 360.00 万元)."""
    from datetime import date
    from pathlib import Path

    from data.db import Store
    from data.importing import import_file
    from nlp.engine import Engine

    root = Path(__file__).resolve().parent.parent
    store = Store(tmp_path_factory.mktemp("project") / "p.db")
    for name in ("data/samples/dongguan_zonggonghui_2026.txt",
                 "tests/fixtures/forms/project_target_2026.txt"):
        import_file(store, root / name, "test")
    yield Engine(store, today=lambda: date(2026, 12, 1), log_questions=False)
    store.close()


def test_a_projects_period_money_less_its_years(project_engine):
    answer = ask(project_engine, "物业管理费项目周期总额扣掉今年的，后面还剩多少")
    assert (answer.status, lines(answer)[:2]) == (OK, [
        "实施周期资金总额比年度资金总额多 720.00 万元（+200.00%）",
        "计算：1,080.00 万元 − 360.00 万元 = 720.00 万元"])


def test_the_years_line_as_a_share_of_the_period_after_asking_both(project_engine):
    answer = follow(project_engine, "period-share", "物业管理费支出项目实施周期资金总额多少", "年度的呢",
                    "今年这部分占整个周期的百分之多少")
    assert (answer.status, answer.headline) == (OK, "年度资金总额占实施周期资金总额的比例：33.33%")


def test_the_tasks_total_of_two_departments_compared_as_money(five_tables_engine):
    answer = ask(five_tables_engine, "科技局任务总额和教育局任务总额差多少")
    assert answer.headline == ("东莞市科学技术局任务金额比东莞市教育局任务金额少 2,099,164,520 元（−86.25%）")


def test_a_sum_then_one_more_department_in_one_message(five_tables_engine):
    answer = ask(five_tables_engine, "总工会和科技局两家预算加起来多少，再算上教育局呢")
    assert [line for line in lines(answer) if "总计" in line] == [
        "2 个部门的部门预算合计总计：56,386.18 万元（563,861,800 元）",
        "3 个部门的部门预算合计总计：487,170.98 万元（4,871,709,800 元）"]


def test_every_task_under_a_threshold(five_tables_engine):
    answer = ask(five_tables_engine, "总工会是不是所有任务都在一千万以下")
    assert answer.headline == "是。共 5 项，都符合“金额不超过 1,000 万元”。"


def test_a_projects_year_as_tenths_of_its_period(project_engine):
    answer = ask(project_engine, "物业管理费项目今年的钱占整个周期有三成吗")
    assert answer.headline == "是。年度资金总额占实施周期资金总额的 33.33%，达到三成。"


def test_a_departments_rank_in_the_city_said_without_ge_bu_men(five_tables_engine):
    answer = ask(five_tables_engine, "总工会预算排全市第几")
    assert answer.headline == "2026 年 3 个部门部门预算合计（从高到低）中，东莞市总工会排第 3：4,198.90 万元（41,989,000 元）"


def test_two_departments_each_against_its_own_last_year(five_tables_engine):
    answer = ask(five_tables_engine, "总工会、科技局两家今年的预算合计，跟各自去年比分别多了多少")
    assert [line for line in lines(answer) if line.startswith("计算")] == [
        "计算：4,198.90 万元 − 3,981.66 万元 = 217.24 万元", "计算：52,187.28 万元 − 48,758.40 万元 = 3,428.88 万元"]


def test_places_further_down_a_ranking_one_after_another(five_tables_engine):
    answer = follow(five_tables_engine, "places", "今年哪个部门预算最少", "倒数第二呢", "倒数第三是谁？")
    assert answer.headline == "2026 年部门预算合计第 3 少的部门：东莞市教育局，430,784.80 万元（4,307,848,000 元）"


def test_budget_lines_asked_right_after_one_department_are_that_departments(five_tables_engine):
    answer = follow(five_tables_engine, "lines", "科技局今年预算总共多少", "财政拨款和其他资金各是多少")
    assert answer.headline == "【东莞市科学技术局 2026 年】财政拨款：51,887.28 万元（518,872,800 元）"


def test_an_indicator_named_whole_with_its_unit_asked_is_its_target(five_tables_engine):
    answer = ask(five_tables_engine, "总工会先进集体的指标是多少个")
    assert (answer.status, answer.headline) == (OK, "先进集体：年度指标值 ≥13个（不少于 13 个）")


def test_a_departments_budget_growth_rate_is_against_the_year_before(five_tables_engine):
    answer = ask(five_tables_engine, "科技局预算增长率是多少")
    assert answer.status == OK and "（+7.03%）" in answer.headline


def test_a_sets_total_is_checked_against_the_amount_asked(five_tables_engine):
    answer = ask(five_tables_engine, "总工会所有任务加起来有没有超过2000万")
    assert lines(answer)[:2] == [
        "否。东莞市总工会 2026 年任务合计 17,331,700 元（1,733.17 万元）（共 5 项），问的是金额超过 2,000 万元。",
        "计算：7,200,000 + 2,094,000 + 1,950,000 + 2,490,000 + 3,597,700 = 17,331,700 元"]


def test_a_figure_that_is_the_periods_target_is_said_to_be_so(five_tables_engine):
    answer = ask(five_tables_engine, "科技局今年要发放3000张科技创新券对吧")
    assert lines(answer)[:2] == ["否。发放科技创新券的目标是 ≥1000张（不少于 1,000 张），不是 3000张。",
                                 "3000张是整个实施周期的指标值（≥3000张），不是今年的。"]


def test_money_asked_after_a_no_is_the_look_alike_that_no_pointed_to(five_tables_engine):
    first = follow(five_tables_engine, "lookalike", "送温暖是科技局负责的吧")
    assert first.headline.startswith("否。") and "送温暖活动经费" in first.text
    answer = follow(five_tables_engine, "lookalike", "花了多少")
    assert answer.headline == "送温暖活动经费：1,950,000 元（195.00 万元）"


def test_a_deadline_asked_is_compared_with_the_date_the_target_prints(five_tables_engine):
    assert ask(five_tables_engine, "教育局教师培训计划是不是年底前完成").headline == \
        "是。教师培训计划完成时间的目标是 2026年12月31日前，在“年底前”（12月31日）之内。"
    assert ask(five_tables_engine, "教育局教师培训计划11月底前能完成吗").headline.startswith("否。")


def test_members_whose_figure_changed_between_two_years_are_listed_with_both(five_tables_engine):
    answer = ask(five_tables_engine, "科技局两年都有的指标里哪些年度指标值变了")
    assert lines(answer)[:3] == [
        "东莞市科学技术局两年都有的绩效指标中，2026 年与 2025 年年度指标值不同的共 7 项：",
        "1. 累计培育高新技术企业：2025 年 ≥450家，2026 年 ≥500家",
        "2. 发放科技创新券：2025 年 ≥900张，2026 年 ≥1000张"]


def test_indicators_new_this_year_are_listed_as_tasks_are(five_tables_engine):
    answer = ask(five_tables_engine, "科技局今年比去年新增了哪些指标")
    assert answer.headline == "东莞市科学技术局 2026 年比 2025 年新增的绩效指标共 11 项："


def test_each_of_two_departments_gets_its_place_in_a_ranking(five_tables_engine):
    answer = ask(five_tables_engine, "总工会和科技局预算在全市各排第几")
    assert answer.headline == (
        "2026 年 3 个部门部门预算合计（从高到低）中，东莞市科学技术局排第 2：52,187.28 万元（521,872,800 元）；"
        "东莞市总工会排第 3：4,198.90 万元（41,989,000 元）")


def test_which_indicators_differ_from_last_year_compares_the_two_years(five_tables_engine):
    answer = ask(five_tables_engine, "科技局哪些指标跟去年不一样")
    assert answer.headline == "东莞市科学技术局两年都有的绩效指标中，2026 年与 2025 年年度指标值不同的共 7 项："


def test_a_question_ending_in_bu_is_yes_or_no(five_tables_engine):
    answer = ask(five_tables_engine, "科技局高新技术企业认定通过率能达到80%不")
    assert (answer.status, answer.headline) == (OK, "是。高新技术企业认定通过率的目标是 ≥80%（不低于 80%），达到 80%。")


def test_items_called_projects_with_a_name_no_project_table_has_are_the_tasks(project_engine):
    tasks = ask(project_engine, "名字带送温暖的项目有哪些")
    assert lines(tasks)[:2] == ["名称含“送温暖”的任务（东莞市总工会 2026 年）共 1 项：", "1. 送温暖活动经费 1,950,000 元"]
    projects = ask(project_engine, "名字带物业的项目有哪些")
    assert "物业管理费支出（2026 年）" in projects.text



def test_a_shortened_department_name_beside_a_known_one_is_read_as_a_department(five_tables_engine):
    answer = ask(five_tables_engine, "总工会预算比科学局少多少")
    assert answer.headline == "东莞市总工会部门预算合计比东莞市科学技术局部门预算合计少 47,988.38 万元（−91.95%）"


def test_staff_of_two_departments_is_each_ones_staff_count(five_tables_engine):
    answer = ask(five_tables_engine, "总工会和教委的人数各多少")
    assert [line for line in lines(answer) if "财政供养人员数" in line] == [
        "【东莞市总工会 2026 年】财政供养人员数：37 人", "【东莞市教育局 2026 年】财政供养人员数：5,268 人"]


def test_one_character_typed_wrong_inside_part_of_a_name_is_a_best_guess_that_says_so(
        five_tables_engine):
    answer = ask(five_tables_engine, "总工会送温暖获动那笔钱")
    assert answer.status == LOW
    assert answer.headline == "送温暖活动经费：1,950,000 元（195.00 万元）"
    assert "把“送温暖获动”当作“送温暖活动”来理解" in answer.text


@pytest.mark.parametrize("question, word, name, expected", [
    ("粮储局储备梁轮换补贴多少", "储备梁", "市级储备粮轮换和保管费用补贴", ("储备梁轮换", "储备粮轮换")),
    ("智慧住建信息化见设经费是多少", "见设", "智慧住建信息化建设经费", ("智慧住建信息化见设经费", "智慧住建信息化建设经费")),
    ("公机金的缴存稽核", "公机金的", "住房公积金缴存稽核和专项审计经费", ("公机金", "公积金")),
    ("水务局供水管网改造的单位成本", "供水", "污水管网建设单位成本", None),  # 供水 is no slip of 污水
    ("科技局创新卷那笔钱", "创新卷", "科技创新券补助", None),  # the last character: one side only
])
def test_a_slip_is_one_character_wrong_with_the_name_on_both_sides(question, word, name, expected):
    assert slip(question, word, name) == expected


def test_two_sides_of_a_difference_read_apart_when_the_whole_reading_is_unsure(five_tables_engine):
    answer = ask(five_tables_engine, "科普活动那笔钱和教育局校园安全的钱差多少")
    assert (answer.status, answer.headline) == (
        OK, "东莞市科学技术局科普活动经费比东莞市教育局校园安全保障经费少 32,534,519.50 元（−90.88%）")


def test_another_of_the_departments_lines_ranked_after_its_place(five_tables_engine):
    answer = follow(five_tables_engine, "rank-then-staff", "科技局预算在全市排第几", "那人数呢，排第几")
    assert answer.headline == "2026 年 3 个部门财政供养人员数（从高到低）中，东莞市科学技术局排第 2：68 人"


def test_anpai_duoshao_after_a_figure_is_no_ranking(five_tables_engine):
    answer = follow(five_tables_engine, "anpai", "科技局预算多少", "那去年安排多少")
    assert "排第" not in answer.text


def test_bi_hai_duo_is_a_yes_or_no_and_ren_is_the_staff(five_tables_engine):
    answer = ask(five_tables_engine, "总工会的人比教育局还多？")
    assert (answer.status, answer.headline) == (
        OK, "否。东莞市总工会财政供养人员数是 37 人，东莞市教育局财政供养人员数是 5,268 人，东莞市教育局财政供养人员数多 5,231 人。")


def test_pai_lao_ji_asks_the_place(five_tables_engine):
    answer = ask(five_tables_engine, "科技局预算全市排老几")
    assert answer.headline.startswith("2026 年 3 个部门部门预算合计（从高到低）中，东莞市科学技术局排第 2")


def test_staff_in_two_years_is_each_years_staff_count(five_tables_engine):
    answer = ask(five_tables_engine, "总工会去年和今年各多少人")
    assert [line for line in lines(answer) if "财政供养人员数" in line] == [
        "【东莞市总工会 2026 年】财政供养人员数：37 人", "【东莞市总工会 2025 年】财政供养人员数：36 人"]


def test_na_renshu_ne_after_a_departments_place_is_its_place_by_staff(five_tables_engine):
    answer = follow(five_tables_engine, "rank-renshu", "科技局预算在全市排第几", "那人数呢")
    assert answer.headline == "2026 年 3 个部门财政供养人员数（从高到低）中，东莞市科学技术局排第 2：68 人"


def test_a_share_after_a_sets_total_is_that_total_over_the_line_named(five_tables_engine):
    answer = follow(five_tables_engine, "sum-share", "科技局的任务一共多少", "那占它项目支出多大比例")
    assert answer.headline == "任务金额占项目支出的比例：68.85%"


def test_any_single_item_over_an_amount_is_asked_of_the_items(five_tables_engine):
    answer = ask(five_tables_engine, "科技局有没有单笔超过一亿的经费")
    assert lines(answer)[:2] == ["是。共 1 项：", "1. 高新技术企业培育 185,000,000 元（东莞市科学技术局）"]


def test_two_departments_renshu_difference_is_their_staff(five_tables_engine):
    answer = ask(five_tables_engine, "科技局和总工会人数差多少？")
    assert answer.headline.startswith("东莞市科学技术局财政供养人员数比东莞市总工会财政供养人员数多 31 人")


def test_one_target_asked_by_a_name_no_indicator_has_is_not_found(five_tables_engine):
    answer = ask(five_tables_engine, "科技局医院床位数指标是多少")
    assert answer.status == NOT_FOUND
    assert answer.headline == "东莞市科学技术局的绩效指标中没有与“医院床位”对应的一项。"
    assert ask(five_tables_engine, "科技局的指标是多少").headline == "绩效指标（东莞市科学技术局 2026 年）共 23 项："


def test_a_difference_after_two_departments_compared_compares_the_same_two(five_tables_engine):
    answer = follow(five_tables_engine, "two-then-staff", "科技局和总工会今年预算差多少", "人数差多少")
    assert answer.headline.startswith("东莞市科学技术局财政供养人员数比东莞市总工会财政供养人员数多 31 人")


def test_ren_shao_dao_ren_duo_ranks_from_the_least(five_tables_engine):
    answer = ask(five_tables_engine, "按人少到人多排，科技局在全市排第几")
    assert answer.headline == "2026 年 3 个部门财政供养人员数（从低到高）中，东莞市科学技术局排第 2：68 人"


def test_an_item_named_before_zhan_is_the_part_of_its_sets_total(five_tables_engine):
    answer = ask(five_tables_engine, "总工会送温暖那笔钱占它任务总额的百分之几")
    assert (answer.status, answer.headline) == (OK, "送温暖活动经费占任务金额的比例：11.25%")


def test_a_trailing_not_that_one_clause_is_not_part_of_the_question(five_tables_engine):
    answer = ask(five_tables_engine, "科技局的科普活动经费，不是总工会那个")
    assert (answer.status, answer.headline) == (OK, "科普活动经费：3,265,480.50 元（326.55 万元）")


def test_zhe_ji_xiang_yi_gong_after_a_list_is_the_sum_of_the_items_listed(five_tables_engine):
    answer = follow(five_tables_engine, "zhe-ji-xiang", "总工会超过200万的任务有哪些", "这几项一共多少钱")
    assert answer.status == OK
    assert answer.headline.endswith("合计：15,381,700 元（1,538.17 万元）")


def test_duo_le_na_ge_xin_renwu_lists_the_tasks_new_this_year(five_tables_engine):
    for question in ("科技局今年多了哪个新任务", "科技局今年哪个是新的任务"):
        answer = ask(five_tables_engine, question)
        assert answer.status == OK
        assert lines(answer)[:3] == ["东莞市科学技术局 2026 年比 2025 年新增的任务共 2 项：",
                                     "1. 新型研发机构建设 96,000,000 元", "2. 科技金融贴息 12,000,000 元"]


def test_duo_le_ji_ge_stays_a_difference_not_the_new_tasks(five_tables_engine):
    answer = ask(five_tables_engine, "科技局今年人员比去年多了几个")
    assert answer.headline.startswith("财政供养人员数 2026 年比 2025 年增加 2 人")


def test_cha_ji_kuai_qian_is_a_difference(five_tables_engine):
    answer = ask(five_tables_engine, "送温暖和劳模专项差几块钱")
    assert answer.status == OK
    assert answer.headline == "送温暖活动经费比劳模专项工作经费少 144,000 元（−6.88%）"


def test_money_asked_is_not_a_sum_in_a_clause_far_from_the_words_asked(five_tables_engine):
    # the goals' only figure in 元 is 每人1000元的学历提升补贴, in another clause than 职业技能竞赛
    answer = ask(five_tables_engine, "总工会职业技能竞赛的钱是多少")
    assert not answer.headline.startswith("1000元")
    assert answer.status != OK


def test_two_asks_of_one_message_take_each_its_own_figure_of_one_sentence(five_tables_engine):
    answer = ask(five_tables_engine, "总工会每年给多少名一线职工学历提升补贴，市级职业技能竞赛多少场")
    figures = [line.split("（")[0] for line in answer.text.splitlines()
               if line and not line.startswith(("原文", "来源", "（"))]
    assert figures == ["6000名", "不少于16场"]


def test_yijing_fa_le_duoshao_asks_progress(five_tables_engine):
    answer = ask(five_tables_engine, "总工会劳模专项那笔钱已经发了多少")
    assert answer.headline == "劳模专项工作经费：目标 2,094,000 元，尚未填报进度"


def test_a_departments_units_are_its_sub_units_and_the_citys_units_its_departments(five_tables_engine):
    assert ask(five_tables_engine, "总工会有几个单位").headline.startswith("下属二级单位数：")
    answer = ask(five_tables_engine, "财政供养人数上千的单位有几家")
    assert answer.headline.startswith("2026 年财政供养人员数不少于 1,000 的部门共")


def test_suan_di_ji_asks_a_departments_place(five_tables_engine):
    answer = ask(five_tables_engine, "总工会的预算在各部门里算第几")
    assert "东莞市总工会排第" in answer.headline


def test_a_year_asked_after_a_year_not_loaded_asks_the_same_of_that_year(five_tables_engine):
    answer = follow(five_tables_engine, "year-again", "总工会2024年预算多少", "25年的有吗")
    assert answer.status == OK
    assert answer.headline.startswith("东莞市总工会 2025 年：部门预算合计")


def test_xiangdangyu_is_a_share_over_the_line_named(five_tables_engine):
    answer = follow(five_tables_engine, "xiangdangyu", "总工会的任务一共多少钱", "相当于项目支出的百分之多少")
    assert answer.headline.startswith("任务金额占项目支出的比例：")


def test_pai_duoshao_ming_asks_the_place(five_tables_engine):
    answer = follow(five_tables_engine, "pai-duoshao", "总工会预算全市第几", "其他资金那一项排多少名")
    assert "东莞市总工会排第" in answer.headline and "其他资金" in answer.headline


def test_gen_x_bi_after_an_item_compares_it_with_the_item_named_now(five_tables_engine):
    answer = follow(five_tables_engine, "against", "总工会送温暖活动经费多少", "跟科技局的科普活动经费比，差多少钱")
    assert answer.headline.startswith("东莞市总工会送温暖活动经费比东莞市科学技术局")


def test_nian_du_said_bare_asks_the_years_target_first(five_tables_engine):
    answer = ask(five_tables_engine, "总工会职业技能竞赛场次年度和实施周期各多少")
    assert answer.headline.startswith("举办职业技能大赛：年度指标值")
    answer = follow(five_tables_engine, "nian-du", "总工会职业技能竞赛场次实施周期的指标值定的多少", "年度的呢")
    assert answer.headline.startswith("举办职业技能大赛：年度指标值")


def test_is_there_an_item_over_an_amount_asked_of_a_unit_read_nowhere_is_a_guess(five_tables_engine):
    answer = ask(five_tables_engine, "九院今年预算超过1个亿没有")
    assert answer.status != OK


def test_one_character_off_a_whole_name_is_answered_as_a_guess_that_says_how_it_read(
        five_tables_engine):
    answer = ask(five_tables_engine, "送温暧活动经费是多少")
    assert answer.status == LOW
    assert answer.headline.startswith("送温暖活动经费：1,950,000 元")
    assert "读作“送温暖活动经费”" in answer.text


def test_a_name_filter_in_quotes_holds_the_words_as_said(five_tables_engine):
    answer = ask(five_tables_engine, "名称带“活动经费”的任务有哪些")
    assert all("活动经费" in line for line in lines(answer)[1:] if line[:1].isdigit())


def test_within_the_first_n_departments_is_answered_yes_or_no(five_tables_engine):
    answer = ask(five_tables_engine, "总工会预算排得进全市前二吗")
    assert (answer.status, answer.headline.split("。")[0]) == (OK, "否")
    assert "东莞市总工会排第 3" in answer.headline and "不在前 2 名以内" in answer.headline
    answer = ask(five_tables_engine, "科技局预算是不是全市前二")
    assert answer.headline.startswith("是。") and "在前 2 名以内" in answer.headline


def test_two_asks_answered_alike_are_answered_once(five_tables_engine):
    answer = ask(five_tables_engine, "送温暖活动经费是多少？金额多少？")
    assert (answer.status, answer.text.count("送温暖活动经费：1,950,000 元")) == (OK, 1)


def test_an_item_found_only_by_words_of_its_text_is_a_best_guess(five_tables_engine):
    answer = ask(five_tables_engine, "报社预算多少")  # 南方工报社 in 工会服务职工推广项目's text
    assert answer.status == LOW and "只出现在“工会服务职工推广项目”的内容里" in answer.text


def test_a_task_moved_between_the_sections_from_one_year_to_the_next(tmp_path):
    from datetime import date

    from nlp.engine import Engine
    from tests.blind.evaluate import evaluation_store

    store = evaluation_store(tmp_path / "six.db", ["liuyuan_2025", "liuyuan_2026"])
    engine = Engine(store, today=lambda: date(2026, 12, 1), log_questions=False)
    answer = engine.ask("六院哪项任务去年是重点任务、今年放到其他任务里了", chat_id="a")
    assert answer.status == OK and "艾滋病和病毒性肝炎防治经费 7,386,400 元" in answer.text
    answer = engine.ask("六院今年有哪些任务从其他调到了重点", chat_id="b")
    assert answer.headline.endswith("没有从“其他需完成的任务”调入“年度重点工作任务”的任务。")
    store.close()


def test_new_tasks_leave_out_a_rename_of_unlike_names_and_say_so(tmp_path):
    from datetime import date

    from nlp.engine import Engine
    from tests.blind.evaluate import evaluation_store

    store = evaluation_store(tmp_path / "fire.db", ["xiaofang_2025", "xiaofang_2026",
                                                     "minzongju_2025", "minzongju_2026"])
    engine = Engine(store, today=lambda: date(2026, 12, 1), log_questions=False)
    answer = engine.ask("消防支队今年新增了哪项任务", chat_id="a")
    assert answer.headline.endswith("新增的任务共 1 项：") and "智慧消防物联网监测平台建设经费" in answer.text
    assert "“防火监督检查经费”在 2026 年的表中不见了，看来改名为“火灾隐患排查整治和消防监督经费”" in answer.text
    # a dropped task and a new one sharing only the department's own word (宗教) are no rename
    answer = engine.ask("民宗局今年去掉了哪项去年的经费", chat_id="b")
    assert "民族宗教理论政策研究经费" in answer.text and "改名" not in answer.text
    store.close()


def test_a_line_of_money_against_a_percentage_is_its_share_of_the_budget(five_tables_engine):
    answer = ask(five_tables_engine, "科技局是不是九成以上靠财政拨款")
    assert "财政拨款占部门预算合计的" in answer.headline and "计算：财政拨款" in answer.text


def test_a_deadline_asked_of_a_task_reads_its_dated_indicator_or_says_it_cannot(tmp_path):
    from datetime import date

    from nlp.engine import Engine
    from tests.blind.evaluate import evaluation_store

    store = evaluation_store(tmp_path / "two.db", ["laodongjiancha_2026", "rencai_2026"])
    engine = Engine(store, today=lambda: date(2026, 12, 1), log_questions=False)
    answer = engine.ask("劳动监察智慧监管平台国庆前能上线吗", chat_id="a")  # read as the task at first
    assert answer.headline == "是。智慧监管平台上线时间的目标是 2026年9月30日前，在“国庆前”（9月30日）之内。"
    answer = engine.ask("人才中心人才大数据平台建设经费国庆前能花完吗", chat_id="b")  # no date of that
    assert answer.status == LOW and answer.headline.startswith("无法判断")
    answer = engine.ask("东莞市第一幼儿园今年预算多少", chat_id="c")  # a body of the city not loaded
    assert answer.status == NOT_FOUND and "东莞市第一幼儿园" in answer.headline
    store.close()
