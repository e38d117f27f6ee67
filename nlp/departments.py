"""Which loaded department a name means: the one resolver for questions, chat commands
(/items 科技局), progress reports and digests.

A department's identity is its place and its canonical name: 东莞市卫生健康局 is place 东莞 +
卫生健康局, and 卫健委 / 卫健局 / 卫计局 all mean 卫生健康局 (``dictionaries/departments.txt``).
A place that is named is part of the identity: 广州市教育局 never resolves to 东莞市教育局.

>>> directory = DepartmentDirectory(["东莞市卫生健康局", "东莞市总工会"])
>>> directory.resolve("卫健委").departments
('东莞市卫生健康局',)
>>> directory.resolve("广州市卫健委").unknown
'广州市卫生健康局'
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from nlp.finder import Finder, Match
from nlp.lexicon import (
    CONFUSABLES,
    DEPARTMENT_NAMES,
    GENERIC_STEM_WORDS,
    NOT_DEPARTMENTS,
    NOT_SHORT_FORMS,
    NOT_STATIONS,
    PARK_KINDS,
    PLACES,
)
from nlp.normalize import normalize, strip_punctuation

_PLACE_SUFFIXES = ("特别行政区", "自治区", "街道", "省", "市", "区", "县", "镇")
# Place words that are ordinary words when they stand alone (长安, 中山, 朝阳 …): they count as
# a place only with a suffix (长安镇) or right before a department name.
_SUFFIX_RE = "|".join(_PLACE_SUFFIXES)
# Last resort for a department that no dictionary knows (火星局): a short name ending in one of
# these, preceded by nothing that reads as a question word.
_UNKNOWN_RE = re.compile(r"([\u4e00-\u9fff]{2,6}?(?:局|委员会|厅)|第[一二三四五六七八九十]{1,3}人民医院)")
_ORDINAL_BEFORE = re.compile(r"第[一二三四五六七八九十\d]{1,3}$")
# A centre's, office's or institute's shortened name (疾控中心, 史志办, 殡葬所): only ever read
# as the one loaded department it shortens, never reported as a department not loaded.
_SHORTENED_RE = re.compile(r"([\u4e00-\u9fff]{2,4}?(?:中心|办|所))")
_NOT_A_NAME = re.compile(r"[的是有要和与及跟同比较哪什么多少几个这那各每本其该去今明前后上下里中吗呢了在对为]")


@dataclass(frozen=True, slots=True)
class DepartmentName:
    """``东莞市卫生健康局`` -> place ``东莞``, canonical ``卫生健康局``."""

    full: str
    place: str
    canonical: str
    literal: str = ""  # the name as written, without its place (体育局)


def split_name(full: str) -> DepartmentName:
    """Place and canonical name of a loaded department's full name."""
    key = normalize(full)
    place, rest = "", key
    while True:
        found = _leading_place(rest)
        if not found:
            break
        stem, length = found
        if place and PLACES.get(stem) == "town" and _TOWN_BODY.fullmatch(rest[len(stem):]):
            # 东莞市石龙镇人民政府: the city's town government, named by its town (石龙镇人民政府)
            town = rest
            return DepartmentName(full, place, town, town)
        place, rest = stem, rest[length:]
    if not place:  # 共青团东莞市委员会, 中共东莞市委宣传部: the place inside the name
        inside = _inner_place(rest)
        if inside is not None:
            place, rest = inside
    if not place:  # 东莞图书馆: a city's own institution, named by the city without 市
        city = next((key[:n] for n in (3, 2) if PLACES.get(key[:n]) in ("city", "province")), "")
        if city and len(key) - len(city) >= 3:
            place, rest = city, key[len(city):]
        elif city and len(key) - len(city) == 2:  # 东莞中学: the city's, but 中学 alone names none
            return DepartmentName(full, city, key, key)
    if place and rest.startswith("人民政府") and rest[4:] in DEPARTMENT_NAMES:
        rest = rest[4:]  # 东莞市人民政府国有资产监督管理委员会: 国资委
    bare = strip_punctuation(rest)
    canonical = DEPARTMENT_NAMES.get(bare) or DEPARTMENT_NAMES.get(rest) or \
        DEPARTMENT_NAMES.get(bare.replace("和", "")) or \
        bare.startswith("市委") and DEPARTMENT_NAMES.get(bare[2:]) or \
        bare or key  # 政务服务(和)数据管理局; 市委网络安全和信息化委员会办公室: 网信办's
    return DepartmentName(full, place, canonical, bare or key)


_TOWN_BODY = re.compile(r"(?:镇|街道)?(?:人民政府|政府|办事处)")
_TOWN_GOVERNMENT = re.compile(r"(镇|街道)(?:人民政府|政府|办事处)")


def _town_governments(text: str) -> list[Match]:
    """虎门镇人民政府 / 石龙镇政府: a town's government named whole — its own department, loaded
    or not (never the 民政 inside 人民政府)."""
    found = []
    for match in _TOWN_GOVERNMENT.finditer(text):
        for size in (2, 3):
            town = text[max(match.start() - size, 0):match.start()]
            if len(town) == size and PLACES.get(town) == "town":
                found.append(Match(match.start() - size, match.end(), town + match.group(),
                                   {town + match.group(1) + "人民政府"}))
    return found


def _inner_place(text: str) -> tuple[str, str] | None:
    """(place stem, the organisation's own name) of a name written organisation + place +
    委员会 or 委 + office (共青团东莞市委员会 -> 东莞, 共青团; 中共东莞市委宣传部 -> 东莞,
    市委宣传部): the organisation's name is what comes before the place when the dictionary
    knows it, else the name without the place."""
    for start in range(2, len(text) - 2):
        found = _leading_place(text[start:])
        if found is None:
            continue
        stem, length = found
        before, after = text[:start], text[start + length:]
        if not after.startswith("委"):
            continue
        if before in DEPARTMENT_NAMES:
            return stem, before
        if before in ("中共", "中国共产党"):  # 中共东莞市委宣传部: 市委宣传部
            return stem, "市" + after
        return stem, before + after
    for start in range(2, len(text) - 2):  # 中共东莞市纪律检查委员会: 市纪律检查委员会
        found = _leading_place(text[start:]) if text[:start] in ("中共", "中国共产党") else None
        if found is not None:
            return found[0], "市" + text[start + found[1]:]
    return None


def _leading_place(text: str) -> tuple[str, int] | None:
    """(place stem, characters taken) when ``text`` starts with a place and its suffix."""
    for length in range(min(len(text), 6), 1, -1):
        stem = text[:length]
        if stem in PLACES:
            for suffix in _PLACE_SUFFIXES:
                if text.startswith(suffix, length):
                    return stem, length + len(suffix)
            if text[length:] in DEPARTMENT_NAMES:  # 广州教育局: right before a known name
                return stem, length
    return None


def short_forms(canonical: str) -> set[str]:
    """Everyday forms of a canonical name no dictionary knows: 科学技术局 -> 科技局 (a four-
    character stem shortened to its two words' first characters), 松山湖管理委员会 -> 松山湖管委会,
    地方志办公室 -> 地方志办, 国防动员办公室 -> 国动办, 殡葬管理所 -> 殡葬所 (管理 before the kind of
    body left out), 园林绿化中心 -> 园林中心 / 绿化中心 (a centre by either word of its stem),
    轨道交通局 -> 轨道局 (a bureau by its stem's first word), 疾病预防控制中心 -> 疾控中心 (a stem
    of three words by the first characters of the first and the last), 中心血站 -> 血站,
    不动产登记中心 -> 不动产中心 / 登记中心, 城市照明管理处 -> 照明处 (an office by its stem's second
    word), 劳动人事争议仲裁院 -> 仲裁院 / 劳动仲裁院, 市政设施管护中心 -> 管护中心, 交通运输综合
    行政执法支队 -> 执法支队 / 交通执法支队 (an institution, centre or brigade of three or more
    words by its last word, alone or after its first), 日报社 -> 日报 / 报社 (a newspaper's office
    by the paper's name)."""
    forms = {canonical}
    if canonical.startswith("中心") and len(canonical) >= 4:
        forms.add(canonical[2:])  # 中心血站 -> 血站
    if canonical.endswith("管理委员会") and len(canonical) > 5:
        forms.add(canonical[:-5] + "管委会")
    if canonical.endswith("办公室") and len(canonical) >= 5:
        forms.add(canonical[:-2])  # 地方志办公室 -> 地方志办
    for body in ("所", "中心", "站", "处"):
        if canonical.endswith("管理" + body) and len(canonical) - len(body) - 2 >= 2:
            stem = canonical[: -len(body) - 2]
            forms.add(stem + body)  # 殡葬管理所 -> 殡葬所
            if len(stem) == 4 and body != "中心":
                forms.add(stem[2:] + body)  # 城市照明管理处 -> 照明处
    if canonical.endswith("学校") and len(canonical) >= 6:
        stem = canonical[:-2]  # 特殊教育学校 -> 特校 / 特教学校, 技工学校 -> 技校
        forms.add(stem[0] + "校")
        if len(stem) == 4:
            forms.add(stem[0] + stem[2] + "学校")
    if canonical.endswith("大学") and len(canonical) >= 4:
        forms.add(canonical[0] + "大")  # 开放大学 -> 开大
    if canonical.endswith("中心医院") and len(canonical) >= 6:
        head = canonical[:-4]  # 松山湖中心医院 -> 松山湖医院 / 松医
        forms.update((head + "医院", head[0] + "医"))
    if canonical.endswith("学院") and len(canonical) >= 4:
        forms.add(canonical[0] + "院")  # 技师学院 -> 技院, 职业技术学院 -> 职院
    numbered = re.fullmatch(r"第([一二三四五六七八九十]+)人民医院", canonical)
    if numbered:  # 第八人民医院 -> 八院 / 市八院
        forms.update((numbered.group(1) + "院", "市" + numbered.group(1) + "院"))
    city_school = re.fullmatch(r"([\u4e00-\u9fff]{2,3})中学", canonical)
    if city_school and PLACES.get(city_school.group(1)) == "city":
        forms.add(city_school.group(1)[-1] + "中")  # 东莞中学 -> 莞中
    if "科学研究" in canonical[2:]:  # 农业科学研究中心 -> 农科中心 / 农科所, 林业科学研究所 -> 林科所
        head, body = canonical.split("科学研究", 1)
        if len(head) == 2 and body:
            forms.update((head[0] + "科" + body, head[0] + "科所"))
    control = re.fullmatch(r"(.{2,4})(?:疫病|疾病)预防控制(中心|所)", canonical)
    if control:  # 动物疫病预防控制中心 -> 动物疫控中心 / 动物疾控中心 (疾控 is the everyday word)
        forms.update(control.group(1) + word + control.group(2) for word in ("疫控", "疾控"))
    town = re.fullmatch(r"(.{2,3}?)(镇|街道)(?:人民政府|办事处)", canonical)
    if town:  # 石龙镇人民政府 -> 石龙 / 石龙镇 / 石龙镇政府 / 石龙政府: a town's government by its town
        head, kind = town.groups()
        forms.update((head, head + kind, head + kind + "政府", head + "政府"))
    zone = re.fullmatch(r"(.{2,4}?)(新区|园区|开发区|合作区|合作创新区|功能区)管理委员会", canonical)
    if zone:  # 滨海湾新区管理委员会 -> 滨海湾 / 滨海湾新区 / 滨海湾管委会
        head, kind = zone.groups()
        forms.update((head, head + kind, head + "管委会"))
    if canonical.endswith("报社") and len(canonical) >= 3:
        forms.update((canonical[:-1], "报社"))  # 日报社 -> (东莞)日报 / 报社: the paper's own name
    if canonical.endswith("台") and len(canonical) == 5:
        forms.add(canonical[2:])  # 广播电视台 -> 电视台
    park = next((k for k in PARK_KINDS if k in canonical[2:]), None) \
        if canonical.endswith(("管理处", "管理局", "管理中心")) else None
    if park:  # 大岭山森林公园管理处 -> 大岭山森林公园 / 大岭山管理处 / 大岭山: a park by its own name
        head = canonical[:canonical.index(park)]
        if len(head) >= 2:
            body = canonical[canonical.index("管理"):]
            forms.update((head + park, head + body, head))
    for body in ("院", "中心", "支队", "大队", "站"):
        stem = canonical[: -len(body)]
        if stem.endswith("管理") and body != "院":
            stem = stem[:-2]  # 社会保险基金管理中心: 社会保险基金
        if not canonical.endswith(body) or len(stem) < 6 or len(stem) % 2 or "和" in stem:
            continue
        if stem[-2:] in GENERIC_STEM_WORDS:
            if len(stem) == 6 and stem[2:4] not in GENERIC_STEM_WORDS:
                # 公共就业服务中心 -> 就业中心 / 就业服务中心: its last word says little, its middle one
                forms.update((stem[2:4] + body, stem[2:] + body))
            continue
        # 劳动人事争议仲裁院 -> 仲裁院 / 劳动仲裁院, 市政设施管护中心 -> 管护中心, 交通运输综合
        # 行政执法支队 -> 执法支队 / 交通执法支队: the stem's last word, alone or after its first
        forms.update((stem[-2:] + body, stem[:2] + stem[-2:] + body))
        if len(stem) == 6 and body == "站":  # 生态环境监测站 -> 监测站 / 环境监测站
            forms.add(stem[2:] + body)
        if body in ("支队", "大队"):
            forms.add(stem[:2] + body)  # 海洋综合执法支队 -> 海洋支队
    if canonical.endswith(("支队", "大队")) and len(canonical) == 6:
        forms.add(canonical[:2] + canonical[-2:])  # 消防救援支队 -> 消防支队
    for suffix in ("委员会", "局", "办公室", "中心", "委", "所"):
        stem = canonical[: -len(suffix)]
        if not canonical.endswith(suffix) or "和" in stem:
            continue
        if len(stem) == 4:
            forms.add(stem[0] + stem[2] + suffix)
            if suffix == "办公室":
                forms.add(stem[0] + stem[2] + "办")  # 国防动员办公室 -> 国动办
            if suffix in ("中心", "局"):
                forms.add(stem[:2] + suffix)  # 园林中心, 轨道局
            if suffix == "中心":
                forms.add(stem[2:] + suffix)  # 绿化中心
        elif len(stem) == 6:  # three words: the first's and the last's first characters
            forms.add(stem[0] + stem[4] + suffix)  # 疾病预防控制中心 -> 疾控中心
            if suffix == "所":  # 食品药品检验所 -> 药检所 / 食药检所: each word's first character
                forms.update((stem[2] + stem[4] + suffix, stem[0] + stem[2] + stem[4] + suffix))
        elif len(stem) >= 7 and suffix in ("中心", "所"):
            # 农产品质量安全检测中心 -> 农检中心: the first character and the last word's first;
            # and its first word (of two or three characters) with its last (农产品检测中心)
            forms.add(stem[0] + stem[-2] + suffix)
            forms.update(stem[:n] + stem[-2:] + suffix for n in (2, 3) if len(stem) - n >= 4)
        elif len(stem) == 5 and suffix == "中心":  # a centre by either word: 3 + 2 or 2 + 3
            forms.update(stem[:n] + suffix for n in (2, 3))  # 不动产中心
            forms.update(stem[n:] + suffix for n in (2, 3))  # 登记中心
        break
    return {f for f in forms if len(f) >= 2 and f not in NOT_SHORT_FORMS}


@dataclass(frozen=True, slots=True)
class Mention:
    """A department named in a question: where, as which canonical name and place."""

    start: int
    end: int
    canonical: str
    place: str  # stem, "" when no place was named
    departments: tuple[str, ...]  # loaded departments it means (empty: not loaded)

    typed: str = ""  # what the question wrote (卫健委)

    @property
    def label(self) -> str:
        """How a not-found names it: as typed, with the canonical name when different."""
        place = f"{self.place}市" if self.place and not self.typed.startswith(self.place) else ""
        full = f"{place}{self.canonical}"
        typed = self.typed or full
        return f"“{typed}”" if typed == full or self.canonical in typed else f"“{typed}”（{full}）"


@dataclass(frozen=True)
class Resolution:
    """What a piece of text names: loaded departments, or a department that is not loaded."""

    departments: tuple[str, ...] = ()
    unknown: str | None = None
    mentions: tuple[Mention, ...] = ()
    places: tuple[str, ...] = ()  # places named on their own (东莞市的…), loaded ones
    unknown_place: str | None = None


class DepartmentDirectory:
    """The loaded departments and every word that names one of them."""

    def __init__(self, departments: Iterable[str] = ()) -> None:
        self.names: dict[str, DepartmentName] = {}
        self._full: dict[str, str] = {}  # normalized full name -> full name
        self._by_canonical: dict[str, dict[str, None]] = {}
        self._loaded_places: Counter[str] = Counter()  # place stem -> loaded departments
        self._by_place: dict[str, dict[str, None]] = {}  # place stem -> its departments
        self._forms: Finder[set[str]] = Finder()  # word -> canonical names
        self._folded: Finder[str] = Finder()  # a name with confusable characters -> the name
        # long names by their first and last two characters: one mistyped character leaves
        # one of the two ends whole (政务服务和数椐管理局)
        self._long_ends: dict[str, list[str]] = {}
        for word, canonical in DEPARTMENT_NAMES.items():
            self._add_form(word, canonical)
            if word.endswith(("局", "委")) and len(word) >= 3:
                self._add_form(word[:-1] + "部门", canonical)  # 人社部门, 交通部门
        self._places: Finder[str] = Finder()  # place word -> stem
        self._places_folded: Finder[tuple[str, str]] = Finder()  # -> (word, stem): 广洲
        for stem in PLACES:
            for word in (stem, *(stem + suffix for suffix in _PLACE_SUFFIXES)):
                self._places.add(word, stem)
                if any(ch in CONFUSABLES for ch in word):
                    self._places_folded.add(_fold(word), (word, stem))
        for department in departments:
            self.add(department)

    def _add_form(self, word: str, canonical: str) -> None:
        existing = self._forms.get(word)
        if existing is None:
            self._forms.add(word, {canonical})
            if len(word) >= _LONG_NAME:
                for end in ("<" + word[:2], ">" + word[-2:]):
                    self._long_ends.setdefault(end, []).append(word)
        else:
            existing.add(canonical)
        folded = _fold(word)
        if folded != word or any(ch in CONFUSABLES for ch in word):
            self._folded.add(folded, word)

    # ------------------------------------------------------------ loaded departments

    def add(self, full: str) -> None:
        if full in self.names:
            return
        name = split_name(full)
        # 东莞市体育局 next to 东莞市文化广电旅游体育局: 体育局 is an everyday name of the
        # latter, but here a department of its own — each keeps its own name
        same = [self.names[f] for f in self._by_canonical.get(name.canonical, {})
                if self.names[f].place == name.place and self.names[f].literal != name.literal]
        if same:
            if name.literal != name.canonical:
                name = replace(name, canonical=name.literal)
            else:
                for other in same:
                    if other.literal != other.canonical:
                        self.remove(other.full)
                        self._add_name(replace(other, canonical=other.literal))
        self._add_name(name)

    def _add_name(self, name: DepartmentName) -> None:
        full = name.full
        self.names[full] = name
        if name.place:
            self._loaded_places[name.place] += 1
            self._by_place.setdefault(name.place, {})[full] = None
        self._full[normalize(full)] = full
        self._by_canonical.setdefault(name.canonical, {})[full] = None
        for form in short_forms(name.canonical) | {normalize(full)}:
            self._add_form(form, name.canonical)

    def remove(self, full: str) -> None:
        name = self.names.pop(full, None)
        if name is None:
            return
        if name.place:
            self._loaded_places[name.place] -= 1
            if self._loaded_places[name.place] <= 0:
                del self._loaded_places[name.place]
            self._by_place.get(name.place, {}).pop(full, None)
        self._full.pop(normalize(full), None)
        fulls = self._by_canonical.get(name.canonical, {})
        fulls.pop(full, None)
        if not fulls:
            self._by_canonical.pop(name.canonical, None)

    def __contains__(self, full: str) -> bool:
        return full in self.names

    def departments(self) -> list[str]:
        return sorted(self.names)

    def bare_name(self, full: str) -> str:
        """``东莞市科学技术局`` -> ``科学技术局``: the name without its place."""
        key = normalize(full)
        while True:
            found = _leading_place(key)
            if not found:
                break
            key = key[found[1]:]
        return key or full

    def in_place_all(self, place: str) -> tuple[str, ...]:
        """Every loaded department of a place (湛江 -> 湛江市交通运输局, 湛江市农业农村局)."""
        return tuple(self._by_place.get(place, ()))

    def place_of(self, department: str) -> str | None:
        """The place a loaded department belongs to (东莞市医疗保障局 -> 东莞)."""
        return next((p for p, held in self._by_place.items() if department in held), None)

    def home_place(self) -> str | None:
        """The place most loaded departments belong to (东莞, beside two of 广州's): the city
        whose "各部门" a question means when it names none; None when only one place is loaded."""
        if len(self._loaded_places) < 2:
            return None
        (first, most), (_, second) = self._loaded_places.most_common(2)
        return first if most > second else None

    def places(self) -> set[str]:
        """Places of the loaded departments."""
        return set(self._loaded_places)

    def loaded(self, canonical: str, place: str = "") -> tuple[str, ...]:
        fulls = self._by_canonical.get(canonical, {})
        return tuple(f for f in fulls if not place or self.names[f].place == place)

    # ------------------------------------------------------------ reading text

    def mentions(self, text: str) -> list[Mention]:
        """Departments named in normalized ``text``: longest names first, no overlaps; a place
        right before a name qualifies it (广州市教育局, 东莞卫健局)."""
        found = list(self._forms.find(text))
        if any(ch in CONFUSABLES for ch in text):  # 供消社, 红十子会: a name mistyped
            found += [Match(m.start, m.end, m.value, self._forms.get(m.value))
                      for m in self._folded.find(_fold(text))
                      if text[m.start:m.end] != m.value and self._forms.get(m.value)]
        if not found:
            found = self._mistyped(text)
        found += self._listed_stems(text)
        found += self._stations(text)
        found += _town_governments(text)
        # 第九人民医院 is not 人民医院: a name after an ordinal is another body's, unless its own
        found = [m for m in found if not (_ORDINAL_BEFORE.search(text[:m.start]) and
                                          not m.word.startswith("第"))]
        found.sort(key=lambda m: (m.start - m.end, m.start))
        taken: set[int] = set()
        chosen = []
        for match in found:
            span = range(match.start, match.end)
            if not taken.isdisjoint(span):
                continue
            taken.update(span)
            chosen.append(match)
        places = self._place_ends(text)
        mentions = []
        for match in sorted(chosen, key=lambda m: m.start):
            canonicals = match.value
            if len(canonicals) > 1 and match.word in canonicals and self._by_canonical.get(match.word):
                canonicals = {match.word}  # 体育局, loaded as such: not 文广旅体局's everyday name
            start, place = match.start, ""
            before = places.get(match.start)
            if before is None and text[match.start - 1:match.start] == "的":
                before = places.get(match.start - 1)
            if before is None and text[match.start - 2:match.start] in _COUNTED:
                before = places.get(match.start - 2)  # 广州和东莞两个红会: both places' 红会
            if before:
                start, place = before
            if match.word in self._full:  # the full name: exactly that department
                full = self._full[match.word]
                name = self.names[full]
                mentions.append(Mention(match.start, match.end, name.canonical, name.place,
                                        (full,), match.word))
                continue
            # 广州和东莞教育局: the first place names the same department there
            joined = places.get(start - 1) if place and start >= 2 and \
                text[start - 1] in "和与跟及、" else None
            for canonical in sorted(canonicals):
                if joined:
                    other_start, other = joined
                    mentions.append(Mention(other_start, start - 1, canonical, other,
                                            self._resolve_canonical(canonical, other, match.word),
                                            text[other_start:start - 1]))
                departments = self._resolve_canonical(canonical, place, match.word)
                mentions.append(Mention(start, match.end, canonical, place, departments,
                                        text[start:match.end]))
        return _merge_alternatives(mentions)

    def _stations(self, text: str) -> list[Match]:
        """东莞台: a place's one loaded station (its 广播电视台), named by the place and 台."""
        found = []
        for end, (_, place) in self._place_ends(text).items():
            if text[end:end + 1] != "台" or text[end:end + 2] in NOT_STATIONS:
                continue
            stations = {self.names[f].canonical for f in self._by_place.get(place, {})
                        if self.names[f].canonical.endswith("台")}
            if len(stations) == 1:
                found.append(Match(end, end + 1, "台", stations))
        return found

    def _listed_stems(self, text: str) -> list[Match]:
        """工信、市监、商务三家: a department's two-character stem (商务 for 商务局) standing as
        one of a list of departments."""
        found = []
        for match in _LISTED_STEM.finditer(text):
            stem = match.group(1)
            for suffix in ("局", "委"):
                canonicals = self._forms.get(stem + suffix)
                if canonicals and stem not in self._forms:
                    found.append(Match(match.start(1), match.end(1), stem + suffix, canonicals))
                    break
        return found

    def _mistyped(self, text: str) -> list[Match]:
        """A long department name written with one character wrong (政务服务和数椐管理局)."""
        found = []
        for i in range(len(text) - 1):
            for word in self._long_ends.get("<" + text[i:i + 2], ()):
                window = text[i:i + len(word)]
                if len(window) == len(word) and _one_off(window, word):
                    found.append(Match(i, i + len(word), word, self._forms.get(word)))
            for word in self._long_ends.get(">" + text[i:i + 2], ()):
                start = i + 2 - len(word)
                window = text[start:i + 2] if start >= 0 else ""
                if len(window) == len(word) and _one_off(window, word):
                    found.append(Match(start, i + 2, word, self._forms.get(word)))
        return found

    def _resolve_canonical(self, canonical: str, place: str, word: str) -> tuple[str, ...]:
        departments = self.loaded(canonical, place)
        if departments or place:
            return departments
        # A loaded department whose name holds the word (松山湖管委会 for 管委会).
        return tuple(full for full in self.names if word in normalize(full) and len(word) >= 3)

    def _place_matches(self, text: str) -> list[Match]:
        """Places named in ``text``, also with a confusable character (广洲 for 广州)."""
        found = list(self._places.find(text))
        if any(ch in CONFUSABLES for ch in text):
            found += [Match(m.start, m.end, m.value[0], m.value[1])
                      for m in self._places_folded.find(_fold(text))
                      if text[m.start:m.end] != m.value[0]]
        return found

    def _place_ends(self, text: str) -> dict[int, tuple[int, str]]:
        """end position -> (start, stem) of every place named in ``text``."""
        ends: dict[int, tuple[int, str]] = {}
        for match in self._place_matches(text):
            previous = ends.get(match.end)
            if previous is None or match.start < previous[0]:
                ends[match.end] = (match.start, match.value)
        return ends

    def standalone_places(self, text: str, taken: set[int]) -> list[tuple[int, int, str]]:
        """Places not part of a department name: with a suffix (东莞市的…), or bare before
        的 / 呢 / 那边 / 各 / 所有 / a year, or at the end (东莞的呢, 东莞各部门)."""
        found = []
        for match in self._place_matches(text):
            if not taken.isdisjoint(range(match.start, match.end)):
                continue
            bare = match.word == match.value
            # a loaded city named bare stands on its own anywhere (今年东莞财政供养人员…);
            # a town, or a place not loaded, only where nothing else can be meant
            loaded_city = self._loaded_places.get(match.value) and \
                PLACES.get(match.value) in ("city", "province") and \
                re.search(r"(?:^|[\s，,。？?！!：:；;、（(]|年|在|的|和|与|及|全|们)$",
                          text[:match.start])  # not 技能东莞, a programme's name
            if bare and not loaded_city and not re.match(r"(?:的|呢|那边|这边|方面|各|所有|全部|哪|一共|总共|共有|"
                                     r"今年|去年|明年|(?:20)?\d\d年|预算|部门|有|报|共|[?？]|$)",
                                     text[match.end:]):
                continue
            found.append((match.start, match.end, match.value))
        return found

    def in_place(self, department: str, place: str) -> str | None:
        """The loaded department of the same kind in another place (湛江交通局 -> 东莞's)."""
        name = self.names.get(department)
        if name is None:
            return None
        found = self.loaded(name.canonical, place)
        return found[0] if len(found) == 1 else None

    def near(self, name: str) -> tuple[str, ...]:
        """The loaded departments a name one character off may mean (卫建局 -> 东莞市卫生健康局),
        for a name that is no department of its own."""
        bare = name.strip("“”")
        place = next((p for p in sorted(PLACES, key=len, reverse=True) if bare.startswith(p)), "")
        if place:  # 东莞气像局: the place, then the name one character off
            bare = bare[len(place):].removeprefix("市")
            return tuple(d for d in self.near(bare) if self.place_of(d) == place)
        if len(bare) < 3 or bare in DEPARTMENT_NAMES:
            return ()
        found = set()
        for word, canonicals in self._forms.items():
            if len(word) != len(bare) or word[-1] != bare[-1]:
                continue
            if _one_slip(word, bare) is not None:
                for canonical in canonicals:
                    found.update(self._by_canonical.get(canonical, ()))
        if not found:  # a shortened name: 资源局 -> 自然资源局, 卫生局 -> 卫生健康局
            for word, canonicals in self._forms.items():
                if word[-1] == bare[-1] and 0 < len(word) - len(bare) <= 3 and \
                        _in_order(bare, word):
                    for canonical in canonicals:
                        found.update(self._by_canonical.get(canonical, ()))
        return tuple(sorted(found))

    def shortened(self, residual: str) -> list[tuple[int, int, str, str]]:
        """Every centre's, office's or institute's name left in the question that shortens
        exactly one loaded department (疾控中心 -> 疾病预防控制中心, 社保中心 -> 社会保险基金管理
        中心: its characters in order, from the first): (start, end, as said, the department)."""
        spans = []
        for match in _SHORTENED_RE.finditer(residual):
            name, start = match.group(1), match.start(1)
            stem = name[:-2] if name.endswith("中心") else name[:-1]
            last = max((m.end() for m in _NOT_A_NAME.finditer(stem)), default=0)
            name, stem, start = name[last:], stem[last:], start + last  # 里社保中心: 社保中心
            if len(stem) < 2:
                continue
            found: set[str] = set()
            for word, canonicals in self._forms.items():
                if word[0] == name[0] and word.endswith(name[len(stem):]) or \
                        word[0] == name[0] and name.endswith("办") and word.endswith("办公室"):
                    body = word[:-2] if word.endswith("中心") else \
                        word[:-3] if word.endswith("办公室") else word[:-1]
                    if len(body) > len(stem) and _in_order(stem, body):
                        for canonical in canonicals:
                            found.update(self._by_canonical.get(canonical, ()))
            if len(found) == 1:
                spans.append((start, match.end(1), name, found.pop()))
        return spans

    def unknown_name(self, residual: str) -> str | None:
        """A department-like name left in a question after everything known was taken out."""
        found = self.unknown_spans(residual)
        return f"“{found[0][2]}”" if found else None

    def unknown_spans(self, residual: str) -> list[tuple[int, int, str]]:
        """Every department-like name left in a question, with where it stands."""
        spans = []
        for match in _UNKNOWN_RE.finditer(residual):
            name = match.group(1)
            stem = name[:-1] if name.endswith(("局", "厅")) else name[:-3]
            if any(name.endswith(word) for word in NOT_DEPARTMENTS):
                continue  # 规划实施开局: an everyday word, not a bureau
            if len(stem) >= 2 and not _NOT_A_NAME.search(stem):
                spans.append((match.start(1), match.end(1), name))
        return spans

    def resolve(self, text: str) -> Resolution:
        """What ``text`` (a command argument such as ``科技局`` or a whole question) names."""
        key = normalize(text or "")
        exact = [full for full in self.names if normalize(full) == key]
        if exact:
            return Resolution(tuple(exact))
        mentions = self.mentions(key)
        departments: list[str] = []
        unknown = None
        for mention in mentions:
            if mention.departments:
                departments += [d for d in mention.departments if d not in departments]
            elif unknown is None:
                unknown = mention.label
        if not mentions:
            place = self._places.get(key)
            if place is not None:  # 东莞市: every loaded department of that place
                found = tuple(f for f, n in self.names.items() if n.place == place)
                return Resolution(found, None if found else f"“{text}”", (), (place,))
            unknown = self.unknown_name(key)
            fixed = self.near(unknown) if unknown else ()
            if len(fixed) == 1:
                return Resolution(fixed)
            if unknown is None and key:
                # A unique part of a loaded name (松山湖 for 松山湖管委会).
                partial = [f for f in self.names if len(key) >= 2 and key in normalize(f)]
                if len(partial) == 1:
                    return Resolution(tuple(partial))
        return Resolution(tuple(departments), None if departments else unknown, tuple(mentions))


_COUNTED = ("两个", "两家", "三个", "三家", "各个")


def _fold(text: str) -> str:
    """Confusable characters as one (消 and 销 both as 销)."""
    return "".join(CONFUSABLES.get(ch, ch) for ch in text)


def _merge_alternatives(mentions: list[Mention]) -> list[Mention]:
    """A word naming two canonical departments keeps only those that are loaded, if any."""
    by_span: dict[tuple[int, int], list[Mention]] = {}
    for mention in mentions:
        by_span.setdefault((mention.start, mention.end), []).append(mention)
    merged = []
    for group in by_span.values():
        loaded = [m for m in group if m.departments]
        merged += loaded or group[:1]
    return merged


_LISTED_STEM = re.compile(r"(?:^|(?<=[、，,和与及跟]))([\u4e00-\u9fff]{2})"
                          r"(?=[、，,和与及跟]|这?[两三四五六七八九几]家|等)")
_LONG_NAME = 6  # characters: a name this long, one character off, is still that name


def _one_off(a: str, b: str) -> bool:
    """One character different, inside the name: not its last (气象台 is not 气象局: another
    body) nor its first."""
    at = _one_slip(a, b)
    return at is not None and 0 < at < len(a) - 1


def _one_slip(a: str, b: str) -> int | None:
    """Where two names of one length differ by exactly one character, a numeral never counting
    as a slip for another (第九人民医院 is not 第八人民医院); else None."""
    wrong = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(wrong) != 1 or a[wrong[0]] in _NUMERALS and b[wrong[0]] in _NUMERALS:
        return None
    return wrong[0]


_NUMERALS = set("一二三四五六七八九十0123456789")


def _in_order(short: str, full: str) -> bool:
    """The characters of ``short`` appear in ``full`` in the same order."""
    characters = iter(full)
    return all(character in characters for character in short)
