"""Realistic synthetic tables for the scale benchmark: a province's cities, each with its
departments' 整体 tables and project tables over three years.

Names repeat the way real ones do: a department type (教育局, 卫生健康局 …) has the same items in
every city and year, a city prints a different selection of them, projects of the same kind share
their names across cities. Amounts and counts differ per city and year, so an answer taken from
the wrong city or year shows in its figure.

The tables come in a fixed shuffled order: any prefix is a mixed sample (several cities, years,
departments and projects), so the first tables — the ones the questions ask about — are loaded
at every size.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from pathlib import Path

from data.importers import read_table
from data.model import Indicator, PerformanceTable, TableKind, Task

ROOT = Path(__file__).resolve().parent.parent
CITIES = ("广州", "深圳", "珠海", "汕头", "佛山", "韶关", "河源", "梅州", "惠州", "汕尾",
          "东莞", "中山", "江门", "阳江", "湛江", "茂名", "肇庆", "清远", "潮州", "揭阳")
DEPARTMENTS = (
    "发展和改革局", "教育局", "科学技术局", "工业和信息化局", "公安局", "民政局", "司法局", "财政局",
    "人力资源和社会保障局", "自然资源局", "生态环境局", "住房和城乡建设局", "交通运输局", "水务局",
    "农业农村局", "商务局", "文化广电旅游体育局", "卫生健康局", "退役军人事务局", "应急管理局", "审计局",
    "市场监督管理局", "统计局", "医疗保障局", "城市管理和综合执法局", "林业局", "总工会", "妇女联合会",
    "共青团委员会", "残疾人联合会", "科学技术协会", "文学艺术界联合会", "工商业联合会", "红十字会",
    "档案馆", "地方志办公室", "机关事务管理局", "政务服务数据管理局", "信访局", "人民防空办公室",
    "气象局", "供销合作社", "公共资源交易中心", "住房公积金管理中心", "城市更新局", "港务局",
    "口岸局", "粮食和物资储备局", "国有资产监督管理委员会", "民族宗教事务局", "外事局", "投资促进局",
    "金融工作局", "体育局", "图书馆", "博物馆", "文化馆", "疾病预防控制中心", "妇幼保健院",
    "职业技术学院", "广播电视台", "社会科学界联合会", "归国华侨联合会", "工人文化宫",
    "青少年活动中心", "老干部局", "党校", "法学会", "消防救援支队", "公路事务中心", "水文局",
    "规划设计院", "测绘院", "海洋综合执法支队", "乡村振兴局", "数据局", "医疗保险基金中心",
    "社会保险基金管理局", "不动产登记中心", "公共就业服务中心",
)
YEARS = (2024, 2025, 2026)
PROJECTS_PER_TABLE = 4  # project tables per department and year
PROJECT_KINDS = ("信息化建设", "设施维护改造", "专项补助", "能力提升", "宣传推广", "监测评估",
                 "应急保障", "示范创建")
# The blind tables copied as departments' shapes (a fixed list: the generated province must
# not change when a blind batch adds tables).
TEMPLATE_TABLES = ("chengguan_2026", "jiaotongju_2026", "minzhengju_2026", "renshe_2026",
                   "shengtai_2026", "weijianju_2025", "weijianju_2026", "ziranziyuan_2026")
TASKS_PER_TABLE = 5
INDICATORS_PER_TABLE = 20


@dataclass(frozen=True)
class Slot:
    """One table to generate: a city's department in a year, or one of its projects."""

    city: int
    department: int
    year: int
    project: int = -1  # -1: the department's own (整体) table

    @property
    def department_name(self) -> str:
        return f"{CITIES[self.city]}市{DEPARTMENTS[self.department]}"

    @property
    def project_name(self) -> str:
        if self.project < 0:
            return ""
        return f"{domain(self.department)}{PROJECT_KINDS[self.project_kind]}项目"

    @property
    def project_kind(self) -> int:
        return (self.department + self.project * 3) % len(PROJECT_KINDS)


def slots(count: int, seed: int = 20261201) -> list[Slot]:
    """The first ``count`` tables of the fixed shuffled order (at most 24,000)."""
    every = [Slot(c, d, y, p) for d in range(len(DEPARTMENTS)) for y in YEARS
             for c in range(len(CITIES)) for p in range(-1, PROJECTS_PER_TABLE)]
    random.Random(seed).shuffle(every)
    if count > len(every):
        raise ValueError(f"at most {len(every):,} tables")
    return every[:count]


_SHORT = {"发展和改革局": "发改", "人力资源和社会保障局": "人社", "城市管理和综合执法局": "城管",
          "住房和城乡建设局": "住建", "文化广电旅游体育局": "文旅", "工业和信息化局": "工信",
          "市场监督管理局": "市场监管", "国有资产监督管理委员会": "国资", "民族宗教事务局": "民宗",
          "社会科学界联合会": "社科", "粮食和物资储备局": "粮储", "医疗保障局": "医保",
          "公共资源交易中心": "公共资源", "不动产登记中心": "不动产", "退役军人事务局": "退役军人",
          "卫生健康局": "卫健", "科学技术局": "科技", "科学技术协会": "科协", "残疾人联合会": "残联",
          "妇女联合会": "妇联", "共青团委员会": "共青团", "文学艺术界联合会": "文联",
          "工商业联合会": "工商联", "归国华侨联合会": "侨联", "住房公积金管理中心": "公积金",
          "政务服务数据管理局": "政数", "人民防空办公室": "人防", "机关事务管理局": "机关事务",
          "疾病预防控制中心": "疾控", "社会保险基金管理局": "社保基金", "公共就业服务中心": "就业"}


def domain(department: int) -> str:
    """What people call a department type in an item's name (教育, 人社, 城管 …)."""
    name = DEPARTMENTS[department]
    return _SHORT.get(name, name[:2])


@cache
def _templates() -> tuple[list[PerformanceTable], list[PerformanceTable]]:
    """Department and project tables of the test fixtures and blind sets: the shapes to copy."""
    from tests.fixtures.tables import FIXTURES, Fixture, to_table

    departments = [to_table(f) for f in FIXTURES]
    for slug in TEMPLATE_TABLES:
        path = ROOT / "tests" / "blind" / "tables" / f"{slug}.json"
        departments.append(to_table(Fixture(slug, json.loads(path.read_text("utf-8")), ())))
    projects = [read_table(p.read_bytes(), p.name)
                for p in sorted((ROOT / "tests" / "fixtures" / "forms").glob("project_*.txt"))]
    return departments, [p for p in projects if p.kind == TableKind.PROJECT]


def table(slot: Slot) -> PerformanceTable:
    departments, projects = _templates()
    factor = Decimal(1) + Decimal(slot.city) / 100 + Decimal(slot.year - 2024) * 3 / 1000
    if slot.project >= 0:
        base = projects[slot.project_kind % len(projects)]
        return replace(
            base, department=slot.department_name, project=slot.project_name, year=slot.year,
            budget=[replace(b, amount_wan=_scaled(b.amount_wan, factor, "0.01"))
                    for b in base.budget],
            indicators=[_indicator(i, slot) for i in base.indicators],
            title=f"{slot.year}年项目支出绩效目标表")
    base = departments[slot.department % len(departments)]
    word = domain(slot.department)
    tasks = _rotated(base.tasks, slot.city, TASKS_PER_TABLE)
    indicators = _rotated(base.indicators, slot.city, INDICATORS_PER_TABLE)
    seen: set[str] = set()
    renamed = []
    for n, indicator in enumerate(indicators):
        name = f"{word}{indicator.level3}" if n % 2 else indicator.level3
        while name in seen:
            name += "（续）"
        seen.add(name)
        renamed.append(replace(_indicator(indicator, slot), level3=name))
    return replace(
        base, department=slot.department_name, year=slot.year,
        budget=[replace(b, amount_wan=_scaled(b.amount_wan, factor, "0.01")) for b in base.budget],
        tasks=[replace(t, name=f"{word}{t.name}", amount_yuan=_scaled(t.amount_yuan, factor, "1"),
                       fiscal_yuan=None, other_yuan=None) for t in _unique(tasks)],
        indicators=renamed, title=f"{CITIES[slot.city]}市部门整体预算绩效目标表")


def _rotated(items: list, start: int, count: int) -> list:
    if not items:
        return []
    return [items[(start + i) % len(items)] for i in range(min(count, len(items)))]


def _unique(tasks: list[Task]) -> list[Task]:
    return list({t.name: t for t in tasks}.values())


def _scaled(amount: Decimal | None, factor: Decimal, places: str) -> Decimal | None:
    if amount is None:
        return None
    return (amount * factor).quantize(Decimal(places), rounding=ROUND_HALF_UP)


def _indicator(indicator: Indicator, slot: Slot) -> Indicator:
    """Counts differ per city and year (≥660人 → ≥672人); rates and money stay as printed."""
    def shift(value: str) -> str:
        if not value or "%" in value or "元" in value:
            return value
        return re.sub(r"\d+", lambda m: str(int(m[0]) + slot.city * 10 + (slot.year - 2024)),
                      value, count=1)
    return Indicator(indicator.level1, indicator.level2, indicator.level3,
                     shift(indicator.period_value), shift(indicator.annual_value))


# ------------------------------------------------------------ questions


@dataclass(frozen=True)
class Probe:
    question: str
    expected: str  # a figure the answer must show; "" for a not-found
    words: str = ""  # what a name lookup searches for (the item's words as asked)
    place: str = ""  # the department as asked, for a lookup's filter


def probes(count: int = 60) -> list[Probe]:
    """A mixed question set about the first tables of the order (loaded at every size ≥ 100):
    whole names, parts of names, indicator targets, budget totals, counts, project funds, and
    places that are not loaded."""
    found: list[Probe] = []
    for number, slot in enumerate(slots(count)):
        made = table(slot)
        city, department = CITIES[slot.city], made.department
        short = department.removeprefix(f"{city}市")
        year = slot.year
        kind = number % 6
        if slot.project >= 0:
            line = next(b for b in made.budget if b.amount_wan is not None)
            found.append(Probe(f"{department}{made.project}{year}年{line.name}是多少",
                               f"{line.amount_wan:,.2f}", line.name, department))
            continue
        if kind in (0, 1) and made.tasks:
            task = made.tasks[number % len(made.tasks)]
            word = domain(slot.department)
            name = task.name if kind == 0 else _part(task.name.removeprefix(word))
            place = department if kind == 0 else f"{city}{short}"
            found.append(Probe(f"{place}{year}年{name}经费多少", f"{task.amount_yuan:,.0f}",
                               name, place))
        elif kind == 2:
            indicator = next((i for i in made.indicators if re.search(r"\d", i.annual_value)
                              and "%" not in i.annual_value), made.indicators[0])
            found.append(Probe(f"{department}{year}年{indicator.level3}的年度指标值",
                               indicator.annual_value, indicator.level3, department))
        elif kind == 3:
            total = sum((b.amount_wan for b in made.budget
                         if b.name in ("基本支出", "项目支出", "其他事业发展性支出")
                         and b.amount_wan is not None), Decimal(0))
            found.append(Probe(f"{city}{short}{year}年部门预算合计多少", f"{total:,.2f}",
                               "项目支出", f"{city}{short}"))
        elif kind == 4:
            found.append(Probe(f"{department}{year}年有几项任务", f"共 {len(made.tasks)} 项",
                               "", department))
        else:
            found.append(Probe(f"北京市{short}{year}年部门预算是多少", "", "项目支出",
                               f"北京市{short}"))
    return found


def _part(name: str) -> str:
    """The name as people shorten it: without the department's word and the 经费/资金 ending
    (送温暖活动经费 → 送温暖活动)."""
    core = re.sub(r"(专项经费|工作经费|经费|资金|补助|费)$", "", name)
    return core if len(core) >= 3 else name
