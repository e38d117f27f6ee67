"""Facts written only in the prose: the 总体绩效目标 paragraphs and each task's 内容 / 期望目标.

A question whose words are found together in one sentence is answered by quoting that sentence
with its place (总体绩效目标第二条, 产业工人建设经费 · 期望达到的目标), the asked figure first.
When a task's text gives a different number than the indicator asked about, both are shown.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from data.db import StoredTable
from nlp.answer import phrasing
from nlp.answer.base import Answer, Snapshot, Status
from nlp.answer.scope import indicator_named, latest_only, task_named
from nlp.index import Entry, Index, Kind, Sentence, TableKey
from nlp.lexicon import (
    FIGURE_KINDS,
    GOALS_ASKED,
    MONEY_SAID,
    PEOPLE_NOUNS,
    SYNONYMS,
    UNITS,
    synonyms_in,
)
from nlp.normalize import normalize
from nlp.query import Query

SMALL_STORE = 300  # tables: scan every sentence in scope rather than use the pair index
MIN_COVERAGE = 0.55
SURE_COVERAGE = 0.75
_EXTRA_MEASURES = ("千瓦时", "万元", "元", "米", "盏", "度", "年", "倍", "%", "‰", "单位")  # 14.8万单位 (of blood)
_MEASURES = "|".join(re.escape(u) for u in sorted(set(UNITS) | set(_EXTRA_MEASURES),
                                                    key=lambda u: (-len(u), u)))
_FIGURE = re.compile(
    r"(?:不少于|不低于|不超过|不高于|超过|达到|达|提高至|提高到|控制在|保持在|至少)?"
    rf"(?:\d+(?:\.\d+)?(?:/\d+万)?(?:万|亿|千)?(?:{_MEASURES})"
    r"(?:[\u4e00-\u9fff]{1,2}(?=$|[，,。；;、）)]))?"
    r"|\d+(?:\.\d+)?[万亿](?=$|[，,。；;、）)]))")  # 粉丝约1800万: a count of ten-thousands, no unit
_PEOPLE_ASKED = re.compile(r"(?:多少|几)[\u4e00-\u9fff]{0,2}?(?:" + "|".join(PEOPLE_NOUNS) + ")")
# money asked of a task found by its text: the words of money, and 工程款 / 投了多少 (not 亩均投入's
# standard, which the cells' reading keeps)
_MONEY_ASKED = re.compile(MONEY_SAID.pattern + r"|(?<!条)款|投了|投入")
# 电费要交多少 / 那块一年给多少 (给多少人 is a count: a unit follows)
_FEE_ASKED = re.compile(r"费用?(?:要|得|需要)?(?:交|缴|付|花)?了?(?:多少|几)|[给拨]多少[?？]?$")
_UNIT_ASKED = re.compile(f"(?<!哪)(?:多少|几)(万|亿)?({_MEASURES})")  # 哪几个 is which, not how many
_UNIT_EQUIVALENTS = {"人": ("人", "名", "人次", "位"), "名": ("名", "人", "位"), "个": ("个", "所", "家", "处"),
                     "家": ("家", "个", "所"), "场": ("场", "次", "期"), "次": ("次", "场", "人次"),
                     "倍": ("倍",), "级": ("级",), "座": ("座", "处", "个"), "处": ("处", "座", "个")}


@dataclass(frozen=True)
class Evidence:
    sentence: Sentence
    key: TableKey
    where: str
    coverage: float
    figure: str


def answer(query: Query, snapshot: Snapshot) -> Answer | None:
    """A prose answer, or None when no sentence explains the question well enough."""
    found = search(query, snapshot)
    if not found:
        return None
    best = found[0]
    stored = snapshot.index.tables[best.key]
    paid = _task_described(query, stored, best)
    if paid is not None:
        return paid
    asked_number = bool(_UNIT_ASKED.search(query.normalized)) or "多少" in query.normalized
    headline = _headline(best) if best.figure else best.sentence.text
    lines = [headline, f"原文：“{best.sentence.text}”",
             phrasing.source_line(stored, best.where)]
    others = [e for e in found[1:3] if e.coverage >= best.coverage - 0.05 and e.key[0] != best.key[0]]
    for other in others:
        lines.append(f"另见：{phrasing.where(snapshot.index.tables[other.key])} · {other.where}："
                     f"“{other.sentence.text}”")
    # Sure only of a figure that was asked for: a bare phrase found in a sentence may be
    # named there without being what the question is about.
    # … and only when the sentence says what the cells could not (the words left unexplained).
    says_the_rest = all(mostly_in(_UNIT_ASKED.sub("", w), best.sentence.key)
                        for w in query.unexplained)  # 多少家企业: the 企业 of it
    sure = best.coverage >= SURE_COVERAGE and bool(best.figure) and asked_number and \
        not others and says_the_rest
    goals_missed = GOALS_ASKED.search(query.normalized) and not best.where.startswith("总体绩效目标")
    status = Status.OK if sure and not goals_missed else Status.LOW
    if goals_missed:  # 总体目标里…: the goals say nothing of it; a task's text does
        lines.append("（问的是总体目标，但没有在总体绩效目标里找到对应的数字；以上是任务文字中的说法，请核对。）")
    elif not sure:
        lines.append("（这是表中文字里最接近的一句，请核对是否就是您要找的。）")
    return Answer(query.text, "\n".join(lines), status, kind="prose" if not best.figure else "prose figure",
                  departments=[stored.table.department], years=[stored.table.year],
                  score=best.coverage)


def in_same_sentence(query: Query, snapshot: Snapshot, earlier: Answer) -> Answer | None:
    """森林公园达到多少个，湿地公园多少个 / 多少个专业、多少个班: a later ask of one message whose
    figure the sentence that answered the earlier ask gives too — the one figure in the unit
    asked that the later ask's own words stand beside (the cells may hold a look-alike:
    新建改造森林公园和湿地公园 ≥4个)."""
    quoted = _quoted(earlier.text)
    unit = _UNIT_ASKED.search(query.normalized)
    if earlier.kind != "prose figure" or not quoted or unit is None:
        return None
    sentence = quoted[len("原文：“"):-1]
    words = set(_ASK_WORDS.sub("", query.normalized)) - set(unit.group())
    units = _UNIT_EQUIVALENTS.get(unit.group(2), (unit.group(2),))
    found = []
    said = normalize(sentence)
    for match in _FIGURE.finditer(said):  # its words stand just before it, or name what is counted
        beside = said[max(0, match.start() - 4):match.start()] + said[match.end():match.end() + 2]
        if any(u in match.group() for u in units) and words & set(beside) and \
                match.group() != earlier.headline.split("（")[0]:
            found.append(match.group())
    if len(found) != 1:
        return None
    clause = next((c for c in re.split(r"[，,；;。、]", sentence) if found[0] in normalize(c)), found[0])
    lines = [f"{found[0]}（{clause}）", quoted, *earlier.text.splitlines()[2:3]]
    return Answer(query.text, "\n".join(lines), earlier.status, kind="prose figure",
                  departments=earlier.departments, years=earlier.years, score=earlier.score)


# what is left of a later ask once its asking words are taken out (多少个班呢 → 班)
_ASK_WORDS = re.compile(r"多少|几|大概|大约|左右|一共|总共|呢|吗|是|有|要|了|的|[？?，,。]")


def _quoted(text: str) -> str:
    return next((line for line in text.splitlines() if line.startswith("原文：")), "")


def _task_described(query: Query, stored: StoredTable, evidence: Evidence) -> Answer | None:
    """请会计师事务所来帮忙审计的那笔钱: the money asked of a task the question describes by
    its text (委托会计师事务所…参与审计项目 is 购买社会审计服务经费's) — that task's amount,
    hedged, with the sentence that led to it."""
    text = query.normalized
    money = _MONEY_ASKED.search(text) or _FEE_ASKED.search(text) and not _UNIT_ASKED.search(text)
    if not money or (evidence.figure and "元" in evidence.figure):
        return None
    task = task_named(stored, evidence.where.split(" · ")[0])
    if task is None or task.amount_yuan is None:
        return None
    lines = [f"{task.name}：{phrasing.money(task.amount_yuan)}",
             f"（按该项的内容找到：“{evidence.sentence.text}”，请核对是否就是您问的这一项。）",
             phrasing.source_line(stored, task.section)]
    return Answer(query.text, "\n".join(lines), Status.LOW, kind="task", items=[task.name],
                  departments=[stored.table.department], years=[stored.table.year],
                  score=evidence.coverage)


def mostly_in(word: str, text: str) -> bool:
    """Most of the word's character pairs occur in the text (its fillers aside)."""
    pairs = [word[i:i + 2] for i in range(len(word) - 1)]
    return not pairs or sum(p in text for p in pairs) / len(pairs) >= 0.5


def _headline(evidence: Evidence) -> str:
    clause = next((c for c in re.split(r"[，,；;。]", evidence.sentence.text) if evidence.figure in
                   re.sub(r"\s", "", c)), evidence.figure)
    return f"{evidence.figure}（{clause.strip()}）" if clause.strip() != evidence.figure else \
        evidence.figure


def search(query: Query, snapshot: Snapshot, limit: int = 5) -> list[Evidence]:
    """The sentences that hold the question's words, best first; a word may also be found as
    one of its synonyms (单位GDP能耗 in 单位地区生产总值能耗下降3.2%)."""
    words = [w for w in query.content_words if len(w) >= 2]
    found = _search(query, snapshot, words, limit)
    counted = _UNIT_ASKED.search(query.normalized) is not None
    for word in _synonyms_in(words):
        # the rest of the question must be in the sentence too, word for word
        rest = [part for w in words for part in w.split(word) if len(part) >= 2]
        for alternative in SYNONYMS[word]:
            variant = [w.replace(word, alternative) for w in words]
            # (a variant that is all the question names must be a name of its own, and give a
            # figure in the unit asked: 社会保障卡约48万张 for 多少张社保卡, never 资金 for 经费)
            found += [e for e in _search(query, snapshot, variant, limit)
                      if all(part in e.sentence.key for part in rest) and
                      (rest or len(alternative) >= 4 and counted and e.figure)]
    best: dict[tuple[int, TableKey], Evidence] = {}
    for evidence in found:
        key = (evidence.sentence.id, evidence.key)
        if key not in best or evidence.coverage > best[key].coverage:
            best[key] = evidence
    ranked = sorted(best.values(), key=lambda e: (-(e.coverage + _bonus(query, e)), e.sentence.id))
    if GOALS_ASKED.search(query.normalized):  # 总体目标里…: the goals, not a task's text
        ranked = [e for e in ranked if e.where.startswith("总体绩效目标")] or ranked
    return ranked[:limit]



def _synonyms_in(words: list[str]) -> list[str]:
    return [w for w in synonyms_in("|".join(words)) if len(w) >= 2]


@lru_cache(maxsize=8)  # every sentence of one question is weighed against the same pairs
def _pairs_of(text: str) -> frozenset[str]:
    """The question's character pairs."""
    return frozenset(text[i:i + 2] for i in range(len(text) - 1))


def _bonus(query: Query, evidence: Evidence) -> float:
    """A sentence that gives a figure answers 多少 better than one that only names the work;
    of two, the one that also says the question's other words (总数达到 of 自动气象站总数要达到)."""
    text = query.normalized
    asks = "多少" in text or "几" in text
    pairs = _pairs_of(text)
    said = sum(1 for p in pairs if p in evidence.sentence.key) / max(len(pairs), 1)
    rough = 0.05 if evidence.figure and any(w in text for w in _ROUGH) and \
        _ROUGH_SAID.search(evidence.sentence.key) else 0  # 大概多少: a figure said roughly
    if evidence.figure and _HELD_IN_ALL.search(text) and \
            any(w + evidence.figure[:1] in evidence.sentence.key or w + "约" in evidence.sentence.key
                for w in _TOTALS):
        rough += 0.05  # 一共有多少件: the 总量 stated (馆藏文物总量约2.3万件)
    return (0.1 if asks and evidence.figure else 0) + _verb_fit(text, evidence) + 0.05 * said + rough


# 累计 / 总数 / 大概: a running total or a rough figure, which the goals' prose states and an
# indicator's yearly target does not
_PROSE_FIGURE_WORDS = re.compile(r"累计|总数|总量|大概|大约|左右|目前|现有|全市")


def _unit_not_counted(query: Query, entry: Entry) -> str:
    """The unit asked (多少人次) when the indicator is not counted in it (a target in 场)."""
    unit = _UNIT_ASKED.search(query.normalized)
    if unit and entry.units and not any(unit.group(2) in _counted_in(u) for u in entry.units):
        return unit.group(2)
    return ""


def _counted_in(unit: str) -> str:
    """What a target's unit counts: 元/台 counts 元 (a price per 台), not 台."""
    return unit.split("/")[0]


def unit_of_none(query: Query, entries: list[Entry]) -> str:
    """The unit asked (录入的志书有多少字) when none of the items the cells matched is counted
    in it — an amount or a date is no number of 字."""
    unit = _UNIT_ASKED.search(query.normalized)
    if unit and entries and not any(unit.group(2) in _counted_in(u) for e in entries for u in e.units):
        return unit.group(2)
    return ""


def _figure_words(query: Query, entry: Entry) -> list[str]:
    """累计 / 总数 / 大概 said in the question and not in the indicator's name (一共有 / 总共有:
    what there is in all, the goals' 总量 / 总数)."""
    words = [w for w in _PROSE_FIGURE_WORDS.findall(query.normalized) if w not in entry.key]
    if _HELD_IN_ALL.search(query.normalized) and not any(w in entry.key for w in _TOTALS):
        words += _TOTALS
    return words


_HELD_IN_ALL = re.compile(r"(?:一共|总共|共)有")
_TOTALS = ["总量", "总数"]


def may_beat_indicator(query: Query, entry: Entry) -> bool:
    """Whether the goals may answer better than the indicator (without searching them)."""
    return bool(_unit_not_counted(query, entry) or _figure_words(query, entry))


def beats_indicator(query: Query, entry: Entry, evidence: Answer) -> bool:
    """Whether a prose figure answers better than the indicator the cells matched: the question
    asks a unit the indicator is not counted in (多少人次 of a target in 场), or says a word of a
    running total or rough figure that the sentence holds and the indicator's name lacks."""
    if evidence.kind != "prose figure":
        return False
    unit = _unit_not_counted(query, entry)
    if unit and unit in evidence.headline:
        return True  # (hedged as the sentence is, when it is)
    if evidence.status != Status.OK:
        return False
    said = normalize(evidence.text)
    return any(w in said or w in _ROUGH and _ROUGH_SAID.search(said)
               for w in _figure_words(query, entry))


# 大概多少 of a figure the goals give roughly (约3.6万人次, 3000余册): the goals' figure
_ROUGH = frozenset({"大概", "大约", "左右"})


def asks_rough(query: Query) -> bool:
    """大概多少 / 大约几场: a rough figure is asked (the goals' 约26场 before a target's ≥24场)."""
    return any(w in query.normalized for w in _ROUGH)
_ROUGH_SAID = re.compile(r"约\d|\d[\d.]*[万亿]?余|\d[^，。；、]{0,4}左右")


def _search(query: Query, snapshot: Snapshot, words: list[str], limit: int) -> list[Evidence]:
    index = snapshot.index
    pairs = {w[i:i + 2] for w in words for i in range(len(w) - 1)}
    unit = _UNIT_ASKED.search(query.normalized)
    # one word of two characters is enough when a counted unit is asked of one department's
    # tables (社科联今年结项多少项): the sentence must then give a figure in that unit
    single = len(pairs) == 1 and unit is not None and len(query.departments) == 1
    if len(pairs) < 2 and not single:
        return []
    keys = _scope(index, query)
    total = max(len(index.sentences), 1)
    weights = {p: math.log(1 + total / (1 + index.pair_frequency(p))) for p in pairs}
    whole = sum(weights.values())
    junctions = [(w[i:i + 2], w[i - 1:i + 1], w[i + 1:i + 3]) for w in words
                 for i in range(1, len(w) - 2)]
    wanted_units = _UNIT_EQUIVALENTS.get(unit.group(2), (unit.group(2),)) if unit else ()
    if not unit and _MONEY_ASKED.search(query.normalized):
        wanted_units = ("元",)  # 工会资金投了多少: a sum of money, not 820个班次
    elif not unit and _PEOPLE_ASKED.search(query.normalized):
        wanted_units = ("人次", "人", "名", "位")  # 能服务多少中小学生: people, not 400场
    # which clause a figure stands in is judged by every word of the question (工会资金 vs
    # 财政资金), question words too
    text = query.normalized
    question_pairs = _pairs_of(text)
    if _HELD_IN_ALL.search(text):  # 一共有多少件: the clause of the 总量 / 总数
        question_pairs = question_pairs | set(_TOTALS)
    scored: list[Evidence] = []
    seen: set[int] = set()
    for sentence, key in _sentences(index, keys, pairs):
        if sentence.id in seen:
            continue
        seen.add(sentence.id)
        matched = sum(w for p, w in weights.items() if p in sentence.key)
        # 老年人残疾人减免公证费: words the question strings together that the sentence says
        # apart (为老年人、残疾人…提供减免费公证服务) — the pair across two words the sentence
        # holds is not missing from it
        # (only for a sentence that gives a figure: the words alone are no answer to 多少)
        apart = {p for p, left, right in junctions
                 if p not in sentence.key and left in sentence.key and right in sentence.key}
        coverage = matched / whole
        joined = coverage < MIN_COVERAGE and bool(apart)
        if joined:
            coverage = matched / max(whole - sum(weights[p] for p in apart), 1e-9)
        if coverage < MIN_COVERAGE or sum(1 for p in pairs if p in sentence.key) < min(2, len(pairs)):
            continue
        figure = _figure(sentence.key, wanted_units, question_pairs)
        if joined and not figure:
            continue
        if single and not figure:
            continue
        if unit and not figure:
            coverage *= 0.7
        scored.append(Evidence(sentence, key, sentence.places[key], round(coverage, 4), figure))
    scored.sort(key=lambda e: (-(e.coverage + _bonus(query, e)), e.sentence.id))
    return scored[:limit]


_CHANGE_VERBS = re.compile(r"增长|提高|提升|下降|降低|减少|增加")


def _verb_fit(question: str, evidence: Evidence) -> float:
    """要达到多少 is a level, 增长多少 a change: the figure whose clause says the same kind."""
    if not evidence.figure:
        return 0.0
    clause = next((c for c in re.split(r"[，,；;。]", evidence.sentence.key)
                   if evidence.figure in c), "")
    asks_change = bool(_CHANGE_VERBS.search(question))
    says_change = bool(_CHANGE_VERBS.search(clause))
    return 0.05 if asks_change == says_change else -0.05


def _scope(index: Index, query: Query) -> list[TableKey] | None:
    """Tables to search: the named departments' (named years, else the latest); all of them
    (latest years) when none is named and the store is small; None = use the pair index."""
    if query.departments:
        keys = [k for d in query.departments for k in index.keys_of(d)]
    elif len(index.tables) <= SMALL_STORE:
        keys = list(index.tables)
    else:
        return None
    return [k for k in keys if k[2] in query.years] if query.years else latest_only(keys)


def _sentences(index: Index, keys: list[TableKey] | None, pairs: set[str]):
    if keys is not None:
        for key in keys:
            for sentence in index.sentences_in([key]):
                yield sentence, key
        return
    latest = index.latest_keys()
    for sentence_id in index.sentences_with(pairs):
        sentence = index.sentences[sentence_id]
        for key in sentence.places:
            if key in latest:
                yield sentence, key
                break




def _figure(text: str, units: tuple[str, ...], pairs: set[str]) -> str:
    """The figure that answers, in the asked unit: the only one, or the one whose clause
    (between commas) holds clearly more of the question's words. A sentence with several
    figures (6000名 … 660名) is read clause by clause, never by distance; a tie gives none, and
    so does a lone figure whose clause holds fewer of the question's words than a clause with a
    number of its own in no unit."""
    found: list[tuple[tuple[float, float], str, int]] = []
    bare_share = 0.0  # of a clause with a number in no unit (…指数（PQI）不低于91)
    best_share = 0.0  # of the clause holding most of the question's words
    for clause in re.split(r"[，,；;。]", text):
        share = sum(1 for p in pairs if p in clause) / max(len(pairs), 1)
        best_share = max(best_share, share)
        if re.search(r"\d", clause) and not _FIGURE.search(clause):
            bare_share = max(bare_share, share)
        for match in _FIGURE.finditer(clause):
            figure = match.group()
            if re.fullmatch(r"(?:19|20)\d\d年[\u4e00-\u9fff]{0,2}", figure) or \
                    units and not any(u in figure for u in units):
                continue
            # the words just before a figure say what it is (财政资金94.87万元，工会资金264.9万元)
            before = clause[max(0, match.start() - 6):match.start()]
            near = sum(1 for p in pairs if p in before) / max(len(pairs), 1)
            marked = sum(1 if m in pairs else -1 for m in FIGURE_KINDS if m in clause[:match.start()])
            # (累计 / 新增 … said in the clause before it: +1 when the question says it too, else -1)
            found.append(((near, share), figure, marked))
    if len(found) == 1:
        # …里程不少于468公里，路面技术状况指数（PQI）不低于91: the clause asked about has its
        # own number, in no unit — the other clause's figure is no answer; nor, when money is
        # asked without a unit, is a sum in a clause far from the words asked (职业技能竞赛的钱:
        # not 每人1000元的学历提升补贴)
        share = found[0][0][1]
        if share < bare_share or units == ("元",) and share < best_share / 2:
            return ""
        return found[0][1]
    exact = [f for f in found if units and re.search(rf"\d[万亿千]?{re.escape(units[0])}", f[1])]
    if len(found) > 1 and len(exact) == 1:
        # 多少家民企 of 约260家民营企业与约95个村: the one figure in the very unit asked
        return exact[0][1]
    said = [f for f in found if f[2] > 0]
    if len(found) > 1 and len(said) == 1:
        # 累计数字化了多少卷 of 全年…约55万卷，累计完成约380万卷: the one clause saying the 累计 asked
        return said[0][1]
    top = max((f[0][1] for f in found), default=0)
    close = [f for f in found if top and f[0][1] >= 0.75 * top]  # the clauses about what is asked
    plain = [f for f in close if f[2] >= 0]
    if len(close) > 1 and len(plain) == 1:
        # 规上工业企业有多少家 of …约1.45万家，新增…约1000家: not the 新增 the question does not say
        return plain[0][1]
    found.sort(reverse=True)
    if found and max(f[0][1] for f in found) < bare_share:
        return ""  # 粉丝约1800万 (a number in no unit) is where the words asked are: no figure
    if len(found) > 1 and found[0][0] > found[1][0] and (found[0][0][0] >= 0.1 or
                                                         found[0][0][1] >= 0.3 or
                                                         # 多少个专业 of 专业约28个、班级约130个:
                                                         # a counted unit asked, and the only
                                                         # figure the question's words precede
                                                         units != ("元",) and
                                                         found[1][0][0] == 0 < found[0][0][0]):
        return found[0][1]
    return ""


# ------------------------------------------------------------ prose against cells


_NUMBER_UNIT = re.compile(r"(\d+(?:\.\d+)?)(万)?(人次|人|名|场|个|家|班次|项|宗|次)")


def disagreement(query: Query, snapshot: Snapshot, tables: list[StoredTable]) -> str:
    """A note when a task's text states a different number for an indicator asked about (the
    goals' figures are not compared: 累计 / 总数 / 约 figures there are other measures)."""
    notes = []
    for target in query.targets:
        if target.entry.kind is Kind.INDICATOR:
            notes += _against_prose(snapshot.index, target.entry, tables)
    return "\n".join(notes)


def _against_prose(index: Index, entry: Entry, tables: list[StoredTable]) -> list[str]:
    notes = []
    for stored in tables[:3]:
        indicator = indicator_named(stored, entry.name)
        if indicator is None or indicator.annual.qualitative:
            continue
        target = indicator.annual.number
        name_pairs = {entry.key[i:i + 2] for i in range(len(entry.key) - 1)}
        needed = max(2, len(name_pairs) // 2)
        for sentence in index.sentences_in([stored.table.key]):
            where = sentence.places.get(stored.table.key, "")
            if "期望" not in where and "内容" not in where:
                continue
            if sum(1 for p in name_pairs if p in sentence.key) < needed:
                continue  # no clause of it can hold more of the name than the whole
            for clause in re.split(r"[，,；;。、]", sentence.key):
                shared = sum(1 for p in name_pairs if p in clause)
                if shared < needed:
                    continue
                for match in _NUMBER_UNIT.finditer(clause):
                    number = Decimal(match.group(1)) * (10000 if match.group(2) else 1)
                    if _same_unit(match.group(3), indicator.annual.unit) and number != target:
                        notes.append(f"注意：{where}写的是“{clause}”（{match.group()}），"
                                     f"与指标值 {indicator.annual_value} 不一致。")
                        break
    return notes


def _same_unit(a: str, b: str) -> bool:
    people = {"人", "名", "人次"}
    return a == b or (a in people and b in people)
