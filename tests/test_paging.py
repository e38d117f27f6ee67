"""The pure parts of chat paging and layout: pages of lines, screens, callback data, the
headline contract, the expiring store and did-you-mean."""

from __future__ import annotations

import pytest

from bot.expiring import ExpiringStore
from bot.formatting import headline_html, headline_plain
from bot.paging import (
    INDEX,
    NEXT,
    PAGE_CHARS,
    PAGE_LINES,
    PREVIOUS,
    Chapter,
    Listing,
    callback_data,
    first_screen,
    paginate,
    parse_callback_data,
    render,
)
from data.suggest import closest


def numbered(count: int, text: str = "指标") -> list[str]:
    return [f"{n}. {text}" for n in range(1, count + 1)]


def test_pages_hold_at_most_fifteen_lines() -> None:
    assert [len(page) for page in paginate(numbered(40), PAGE_CHARS)] == [15, 15, 10]


def test_pages_hold_at_most_the_character_budget() -> None:
    lines = numbered(12, "很长的指标名称" * 10)  # 70+ characters each
    pages = paginate(lines, 400)
    assert all(sum(len(line) + 1 for line in page) <= 400 for page in pages)
    assert [line for page in pages for line in page] == lines


def test_a_line_longer_than_a_page_is_cut_and_blank_lines_never_open_a_page() -> None:
    assert paginate(["", "", "一" * 50, ""], 20) == [["一" * 20], ["一" * 20], ["一" * 10]]


def test_a_short_list_is_one_screen_without_buttons() -> None:
    listing = Listing.from_text("成本指标共 3 项：\n1. 甲\n2. 乙\n3. 丙")
    screen = render(listing, first_screen(listing))
    assert screen.html == "<b>成本指标共 3 项：</b>\n1. 甲\n2. 乙\n3. 丙"
    assert not screen.has_buttons


def test_a_long_list_pages_with_previous_and_next() -> None:
    listing = Listing.single(Chapter("共 40 项", numbered(40), footer=["来源：表"]))
    first, middle, last = (render(listing, (0, page)) for page in range(3))
    assert first.html.splitlines()[-2:] == ["来源：表", "（第 1/3 页）"]
    assert [[label for label, _ in row] for row in first.navigation] == [[NEXT]]
    assert middle.navigation == [[(PREVIOUS, (0, 0)), (NEXT, (0, 2))]]
    assert last.navigation == [[(PREVIOUS, (0, 1))]]
    assert render(listing, (0, 99)).html == last.html  # out of range: the last page


def test_several_chapters_open_on_an_index_with_a_button_each() -> None:
    chapters = [Chapter(f"【部门{n}】", numbered(20), button=f"部门{n}", summary=f"• 部门{n}")
                for n in range(20)]
    listing = Listing(chapters, heading="20 个部门", intro=["选择部门查看："])
    assert first_screen(listing) == (INDEX, 0)
    index = render(listing, (INDEX, 0))
    assert index.html.splitlines()[:3] == ["<b>20 个部门</b>", "选择部门查看：", "• 部门0"]
    buttons = [button for row in index.navigation for button in row]
    assert buttons[:3] == [("部门0", (0, 0)), ("部门1", (1, 0)), ("部门2", (2, 0))]
    assert buttons[-1] == (NEXT, (INDEX, 1))
    chapter = render(listing, (17, 1))
    assert chapter.navigation == [[(PREVIOUS, (17, 0)), ("↩ 返回列表", (INDEX, 1))]]


def test_several_short_chapters_are_shown_together() -> None:
    listing = Listing([Chapter("【甲】", ["1. 一"]), Chapter("【乙】", ["1. 二"])])
    assert not listing.has_index
    assert render(listing, first_screen(listing)).html == "<b>【甲】</b>\n1. 一\n\n<b>【乙】</b>\n1. 二"


def test_every_screen_is_within_the_message_budget() -> None:
    chapters = [Chapter(f"【东莞市人力资源和社会保障局 {n}】", numbered(60, "职工满意度" * 8),
                        footer=["来源：" + "表" * 80], summary="• " + "部门" * 30)
                for n in range(40)]
    listing = Listing(chapters, heading="40 个部门", intro=["选择："], outro=["提示"])
    screens = [render(listing, (INDEX, page)) for page in range(5)]
    screens += [render(listing, (0, page)) for page in range(20)]
    visible = [s.html.replace("<b>", "").replace("</b>", "") for s in screens]
    assert max(len(text) for text in visible) <= PAGE_CHARS
    assert max(len(text.splitlines()) for text in visible) <= PAGE_LINES + 6


@pytest.mark.parametrize("key", [(INDEX, 0), (0, 0), (999, 999)])
def test_callback_data_fits_telegrams_64_bytes_and_reads_back(key) -> None:
    data = callback_data("AbCd-_12", key)
    assert len(data.encode()) <= 64
    assert parse_callback_data(data) == ("AbCd-_12", key)


@pytest.mark.parametrize("data", ["pg:", "pg:x", "pg:x:y:0", "pg:x:1:-1", "pg:x:1:2:3"])
def test_forged_callback_data_is_not_read(data) -> None:
    assert parse_callback_data(data) is None


def test_the_headline_is_bold_and_everything_is_escaped() -> None:
    text = "劳模<b>津贴</b>：2,094,000 元\n来源：A & B"
    assert headline_html(text) == ("<b>劳模&lt;b&gt;津贴&lt;/b&gt;：2,094,000 元</b>\n"
                                   "来源：A &amp; B")
    assert headline_plain(text) == text


def test_stored_lists_expire_and_the_oldest_make_room() -> None:
    now = [0.0]
    store: ExpiringStore[str] = ExpiringStore(ttl=10, capacity=2, clock=lambda: now[0])
    first, second = store.add("a"), store.add("b")
    third = store.add("c")  # capacity 2: the oldest goes
    assert (store.get(first), store.get(second), store.get(third)) == (None, "b", "c")
    now[0] = 10.0
    assert store.get(third) is None
    assert len(first) == 8


@pytest.mark.parametrize(
    ("wanted", "expected"),
    [
        ("技能培训人数", ["开展技能培训"]),
        ("送温暖经费", ["送温暖活动经费"]),
        ("先进", ["先进集体"]),
        ("完全无关", []),
    ],
)
def test_the_closest_names_are_those_sharing_characters(wanted, expected) -> None:
    names = ["职工满意度", "送温暖活动经费", "开展技能培训", "先进集体"]
    assert closest(wanted, names) == expected


def test_an_import_preview_with_many_changes_stays_within_one_message(store) -> None:
    import html
    import re
    from dataclasses import replace

    from bot.formatting import preview_text
    from data.importing import prepare_import
    from tests.conftest import SEED
    from tests.fixtures.tables import FIXTURES, to_table

    other = to_table(next(f for f in FIXTURES if f.slug == "jiaoyuju_2026"))
    store.import_table(replace(other, department="东莞市总工会"), source_name="x.xlsx",
                       sha256="x", imported_by="cli")
    preview = prepare_import(store, SEED.read_bytes(), SEED.name)
    preview.warnings = [f"第 {n} 行的合计与明细不符，请核对" for n in range(40)]
    assert len(preview.diff.lines()) > 30
    visible = html.unescape(re.sub(r"</?b>", "", preview_text(preview, [2026])))
    assert len(visible) <= PAGE_CHARS
    assert "处变化" in visible and "条提示" in visible
