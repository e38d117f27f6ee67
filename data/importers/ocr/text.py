"""What the recogniser writes, made to read as the printed form does.

The recogniser often gives ASCII punctuation inside Chinese text (``,`` for ``，``, ``(`` for
``（``) and the compatibility forms ``≧``/``≦``; the digital forms print full-width punctuation
in Chinese text and ASCII inside numbers (``1,666.42``). Nothing here guesses a character
that was not read: a missing ``≥`` stays missing (the checks flag it).
"""

from __future__ import annotations

import re

_CJK = r"\u3400-\u9fff"
_SAME = {"≧": "≥", "≦": "≤", "＜": "<", "＞": ">", "％": "%", "～": "~", "／": "/"}
# ASCII punctuation next to a Chinese character is the full-width one.
_FULL = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？"}
_PUNCT_NEAR_CJK = re.compile(rf"(?<=[{_CJK}）”])([,;:!?])|([,;:!?])(?=[{_CJK}（“])")
_OPEN_PAREN = re.compile(rf"\((?=[{_CJK}\d])")
_CLOSE_PAREN = re.compile(rf"(?<=[{_CJK}\d])\)")
# Dust read as a mark before the first or after the last character: no printed value starts
# with ``.`` or ends with ``.``/``,`` after a digit or a Chinese character.
_STRAY_MARKS = re.compile(
    rf"^[.,·'`]+\s*(?=[\d≥≤<>{_CJK}])|(?<=[\d%{_CJK}）])\s*[.,·'`]+$|(?<=。)[+·.,'`]+$")
# Chinese text never puts two different separators side by side (“；，”, “、·”): the second is
# dust next to a printed mark.
_DOUBLE_PUNCT = re.compile(r"([，。、；：])([，、；：·])")
# A Latin I standing alone among Chinese characters is 工 (支持和帮扶职工。 -> 职I。).
_LONE_I = re.compile(rf"(?<![A-Za-z])I(?![A-Za-z])(?=[{_CJK}，。、；：）”]|$)")
_SPACES_IN_CJK = re.compile(rf"(?<=[{_CJK}，。、；：（）“”])\s+|\s+(?=[{_CJK}，。、；：（）“”])")


def normalise_line(text: str, confidences: tuple[float, ...] = ()) -> tuple[str, tuple[float, ...]]:
    """One recognised line as the form prints it, with each kept character's confidence.

    >>> normalise_line('开展公益培训项目(2026年投入财政资金94.87万元,工会资金264.9万元)')[0]
    '开展公益培训项目（2026年投入财政资金94.87万元，工会资金264.9万元）'
    >>> normalise_line('≧90%')[0], normalise_line('1,666.42')[0], normalise_line('.≥6000人.')[0]
    ('≥90%', '1,666.42', '≥6000人')
    """
    chars = list(text)
    confs = list(confidences) if len(confidences) == len(text) else [1.0] * len(text)
    chars = [_SAME.get(ch, ch) for ch in chars]
    joined = "".join(chars)
    for match in _PUNCT_NEAR_CJK.finditer(joined):
        index = match.start(1) if match.group(1) else match.start(2)
        chars[index] = _FULL[chars[index]]
    if _has_cjk(joined):
        for match in _OPEN_PAREN.finditer(joined):
            chars[match.start()] = "（"
        for match in _CLOSE_PAREN.finditer(joined):
            chars[match.start()] = "）"
        for match in _LONE_I.finditer(joined):
            chars[match.start()] = "工"  # the recogniser's usual slip on 工 in Chinese text
        chars = list(_brackets(_quotes("".join(chars))))
    joined = "".join(chars)
    drop = {i for m in _SPACES_IN_CJK.finditer(joined) for i in range(m.start(), m.end())}
    drop |= {i for m in _STRAY_MARKS.finditer(joined) for i in range(m.start(), m.end())}
    drop |= {m.start(2) for m in _DOUBLE_PUNCT.finditer(joined)}
    drop |= {i for i, ch in enumerate(chars) if ch.isspace() and i in (0, len(chars) - 1)}
    kept = [i for i in range(len(chars)) if i not in drop]
    return "".join(chars[i] for i in kept), tuple(confs[i] for i in kept)


def _has_cjk(text: str) -> bool:
    return re.search(f"[{_CJK}]", text) is not None


def _brackets(text: str) -> str:
    """A ``【`` closed by ``）`` (or ``（`` closed by ``】``) is the round bracket misread."""
    text = re.sub(r"【(?=[^】（]*）)", "（", text)
    return re.sub(r"(?<=（)([^（【]*)】", r"\1）", text)


def _quotes(text: str) -> str:
    """Straight double quotes in Chinese text, as opening and closing quotes in turn."""
    if '"' not in text:
        return text
    out, opening = [], True
    for ch in text:
        if ch == '"':
            out.append("“" if opening else "”")
            opening = not opening
        else:
            out.append(ch)
    return "".join(out)
