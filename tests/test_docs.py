"""The README stays true: the two-command quick start, and every command-line command."""

from __future__ import annotations

import re

from bot.cli import build_parser
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def quick_start_commands() -> list[str]:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```\n(.*?)```", section, re.S).group(1)
    return [line for line in block.splitlines() if line.strip() and not line.startswith("#")]


def test_the_quick_start_is_two_commands_run_the_bot_then_the_tests():
    assert quick_start_commands() == ["make run", "make test"]


def test_ci_runs_the_readme_test_command():
    assert quick_start_commands()[1] in (ROOT / ".ci" / "run").read_text()


def test_every_command_line_command_is_in_the_readme():
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    missing = [name for name in commands if f"run_bot.py {name}" not in README]
    assert missing == []


def test_every_benchmark_script_loads_the_way_the_bench_command_runs_it():
    from bot.cli import BENCHMARKS, run_benchmark

    for name in BENCHMARKS:
        assert callable(run_benchmark(name, run_name="bench_smoke_test")["main"])
