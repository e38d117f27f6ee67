"""Score the question engine on the blind question batches (``tests/blind/batch_*.jsonl``).

The batches were written by people who had not read the engine, from the tables alone (the five
fixture tables and the tables in ``tests/blind/tables/``), with today = 2026-12-01. Each line:

    {"id", "q", "category", "expect": ok | not_found | clarify | ok_or_clarify,
     "figures": [...], "names": [...], "yesno": 是 | 否 | null, "absent": [...],
     "followup_of": id | null, "note"}

Every answer falls in one class:

- ``correct``: what was asked, with every expected figure and name (a ``low_confidence`` answer
  that is right counts, and is reported as hedged);
- ``confident_wrong``: status ``ok`` and wrong (a figure missing or wrong, or an answer where
  the tables have none, or a pick where the question is ambiguous) — the failure that must
  never happen;
- ``safe_miss``: not right, but it said so (not found, a clarification, a hedged wrong guess).

    python -m tests.blind.evaluate [BATCH.jsonl ...] [--failures] [--engine-root PATH]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

BLIND = Path(__file__).resolve().parent
TODAY = date(2026, 12, 1)

CORRECT, CONFIDENT_WRONG, SAFE_MISS = "correct", "confident_wrong", "safe_miss"


@dataclass(frozen=True)
class Case:
    id: str
    question: str
    category: str
    expect: str
    figures: tuple[str, ...]
    names: tuple[str, ...]
    yesno: str | None
    absent: tuple[str, ...]
    followup_of: str | None

    @classmethod
    def from_json(cls, data: dict) -> Case:
        return cls(data["id"], data["q"], data.get("category", ""), data["expect"],
                   tuple(data.get("figures") or ()), tuple(data.get("names") or ()),
                   data.get("yesno"), tuple(data.get("absent") or ()), data.get("followup_of"))


@dataclass(frozen=True)
class Outcome:
    case: Case
    verdict: str
    hedged: bool
    headline: bool  # the first expected figure stands on the answer's first line
    problems: tuple[str, ...]
    status: str
    answer: str


def load_cases(path: Path) -> list[Case]:
    return [Case.from_json(json.loads(line)) for line in path.read_text(encoding="utf-8")
            .splitlines() if line.strip()]


def batch_paths() -> list[Path]:
    return sorted(BLIND.glob("batch_*.jsonl"))


# ------------------------------------------------------------ matching figures


def squeeze(text: str) -> str:
    """Compare text without width, thousands separators or spaces: 1,950,000 元 -> 1950000元."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)
    return re.sub(r"\s+", "", text).replace("＞＝", "≥").replace(">=", "≥").replace("<=", "≤")


_MONEY = re.compile(r"^(-?\d+(?:\.\d+)?)(元|万元)$")
_PERCENT = re.compile(r"^(-?\d+(?:\.\d+)?)%$")


def _two(value: Decimal) -> str:
    return str(value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def figure_forms(figure: str) -> list[str]:
    """The ways an answer may print a figure: money in 元 or 万元, a percent to 1 or 2 places."""
    figure = squeeze(figure)
    money = _MONEY.match(figure)
    if money:
        value, unit = Decimal(money[1]), money[2]
        yuan = value if unit == "元" else value * 10000
        forms = {f"{_two(yuan / 10000)}万元", figure}
        forms.add(f"{int(yuan)}元" if yuan == yuan.to_integral_value() else f"{_two(yuan)}元")
        return sorted(forms)
    percent = _PERCENT.match(figure)
    if percent:
        value = Decimal(percent[1])
        return sorted({figure, f"{_two(value)}%",
                       f"{value.quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}%"})
    return [figure]


def has_figure(text: str, figure: str) -> bool:
    squeezed = squeeze(text)
    if figure.startswith("#"):
        number = figure[1:]
        return re.search(rf"(?<![\d.]){re.escape(number)}(?![\d.])", squeezed) is not None
    return any(form in squeezed for form in figure_forms(figure))


def says(text: str, figure: str) -> bool:
    """``figure`` stands in the text as itself (860000元 is not said by 1,860,000 元)."""
    squeezed = squeeze(text)
    return any(re.search(rf"(?<![\d.]){re.escape(form)}", squeezed) for form in figure_forms(figure))


# ------------------------------------------------------------ judging


def judge(case: Case, status: str, text: str) -> Outcome:
    hedged = status == "low_confidence"
    answered = status in ("ok", "low_confidence")
    first_line = text.strip().splitlines()[0] if text.strip() else ""
    problems = []
    if case.expect in ("ok", "ok_or_clarify") and answered:
        problems += [f"missing figure {f}" for f in case.figures if not has_figure(text, f)]
        problems += [f"missing name {n}" for n in case.names if squeeze(n) not in squeeze(text)]
        problems += [f"should not say {a}" for a in case.absent if says(text, a)]
        if case.yesno and not first_line.lstrip("【").startswith(case.yesno):
            problems.append(f"should answer {case.yesno} first")
    headline = bool(case.figures) and answered and has_figure(first_line, case.figures[0])

    if case.expect == "ok":
        right = answered and not problems
    elif case.expect == "ok_or_clarify":
        right = status == "ambiguous" or (answered and not problems)
    elif case.expect == "clarify":
        right = status == "ambiguous"
    else:  # not_found: said so, and gave no figure
        right = status == "not_found"
    if right:
        verdict = CORRECT
    elif status == "ok":
        verdict = CONFIDENT_WRONG
        if case.expect == "not_found":
            problems.append("answered where the tables have nothing")
        elif case.expect == "clarify":
            problems.append("picked one where the question is ambiguous")
    else:
        verdict = SAFE_MISS
        if not problems:
            problems.append(f"status {status}, expected {case.expect}")
    return Outcome(case, verdict, hedged and right, headline, tuple(problems), status, text)


# ------------------------------------------------------------ running


def batch_tables(batch: Path | None) -> list[str] | None:
    """The blind tables a batch was written against (None: all of them)."""
    manifest = json.loads((BLIND / "batches.json").read_text(encoding="utf-8"))
    return manifest.get(batch.name) if batch is not None else None


def evaluation_store(path: Path, tables: list[str] | None = None):
    """The five fixture tables and the blind tables (from their ground truth): those named, or
    all of them; a name ``import:forms/x.txt`` is a form file under tests/fixtures, imported
    as users import it."""
    from data.db import Store
    from data.importing import import_file
    from tests.fixtures.tables import FIXTURES, Fixture, to_table

    store = Store(path)
    fixtures = []
    for p in sorted((BLIND / "tables").glob("*.json")):
        if tables is not None and p.stem not in tables:
            continue
        export = json.loads(p.read_text(encoding="utf-8"))
        if export.get("kind") == "project":  # a project table: imported from its text, as users do
            import_file(store, p.with_suffix(".txt"), "eval")
        else:
            fixtures.append(Fixture(p.stem, export, ()))
    fixtures = list(FIXTURES) + fixtures
    for name in tables or ():
        if name.startswith("import:"):
            import_file(store, BLIND.parent / "fixtures" / name.removeprefix("import:"), "eval")
    for fixture in fixtures:
        store.import_table(to_table(fixture), source_name=f"{fixture.slug}.json", sha256="x",
                           imported_by="eval")
    return store


def run(cases: list[Case], engine) -> list[Outcome]:
    """Each case in a chat of its own, a follow-up in its predecessor's."""
    outcomes = []
    chat = ""
    for case in cases:
        if not case.followup_of:
            chat = case.id
        answer = engine.ask(case.question, chat_id=f"blind-{chat}")
        outcomes.append(judge(case, answer.status, answer.text))
    return outcomes


def summary(outcomes: list[Outcome]) -> str:
    verdicts = Counter(o.verdict for o in outcomes)
    total = len(outcomes)
    correct = verdicts[CORRECT]
    headline = sum(o.headline for o in outcomes)
    with_figures = sum(1 for o in outcomes if o.case.figures and o.case.expect != "not_found")
    lines = [
        f"{total} questions: correct {correct} ({correct / total:.1%}), "
        f"confident wrong {verdicts[CONFIDENT_WRONG]}, safe miss {verdicts[SAFE_MISS]}; "
        f"hedged but right {sum(o.hedged for o in outcomes)}; "
        f"asked figure on the first line {headline}/{with_figures}",
    ]
    by_category: dict[str, Counter] = defaultdict(Counter)
    for outcome in outcomes:
        by_category[outcome.case.category][outcome.verdict] += 1
    for category, counts in sorted(by_category.items()):
        n = sum(counts.values())
        lines.append(f"  {category:<14} {counts[CORRECT]:>3}/{n:<3} "
                     f"wrong {counts[CONFIDENT_WRONG]:>2}  miss {counts[SAFE_MISS]:>2}")
    return "\n".join(lines)


def failures(outcomes: list[Outcome], verdicts=(CONFIDENT_WRONG, SAFE_MISS)) -> str:
    blocks = []
    for o in outcomes:
        if o.verdict in verdicts:
            answer = "\n    ".join(o.answer.splitlines()[:8])
            blocks.append(f"[{o.verdict}] {o.case.id} ({o.case.category}, expect {o.case.expect}) "
                          f"{o.case.question}\n  {'; '.join(o.problems)}\n  status {o.status}:\n"
                          f"    {answer}")
    return "\n\n".join(blocks)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batches", nargs="*", type=Path)
    parser.add_argument("--failures", action="store_true", help="print every wrong answer")
    parser.add_argument("--wrong", action="store_true", help="print the confident wrong ones")
    args = parser.parse_args(argv)
    import tempfile

    from nlp.engine import Engine

    everything = []
    for path in args.batches or batch_paths():
        with tempfile.TemporaryDirectory() as folder:
            store = evaluation_store(Path(folder) / "blind.db", batch_tables(path))
            engine = Engine(store, today=lambda: TODAY, log_questions=False)
            outcomes = run(load_cases(path), engine)
            store.close()
        everything += outcomes
        print(f"== {path.name}\n{summary(outcomes)}")
        if args.failures or args.wrong:
            shown = (CONFIDENT_WRONG,) if args.wrong else (CONFIDENT_WRONG, SAFE_MISS)
            print(failures(outcomes, shown))
    if len(args.batches or batch_paths()) > 1:
        print(f"== all\n{summary(everything)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
