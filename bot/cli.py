"""The command line: ``python run_bot.py <command>``. The only place, besides the chat
handlers, where domain errors become messages; nothing here imports telegram at load time."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from bot.config import Settings
from bot.formatting import headline_plain
from data import clock
from data.db import NothingToRollBack, Store
from data.errors import JixiaoError, StoreBusy
from data.importers import ReadResult, read_document, read_file_bytes
from data.importing import (
    UnconfirmedCells,
    commit_preview,
    import_samples_if_empty,
    preview_json,
    preview_of,
)
from data.ranges import check_table
from data.validate import check_plausible
from data.workers import ParsePool, default_workers

logger = logging.getLogger(__name__)

BROWSE_HOST = "127.0.0.1"  # this machine only: the database is not published
BROWSE_PORT = 8001
COUNT_LABELS = {"budget": "预算金额", "goals": "总体目标", "tasks": "任务", "indicators": "绩效指标"}
EXIT_FLAGGED = 3  # import stopped: OCR'd cells need a look (--accept-flagged stores them)


def open_store(settings: Settings) -> Store:
    """The store, with the sample table loaded when the default database is new."""
    store = Store(settings.db_path)
    if settings.db_is_default:
        import_samples_if_empty(store)
    return store


def parse_pool(settings: Settings, workers: int = 1) -> ParsePool:
    """Files are parsed in worker processes under the same limits as the bot's uploads."""
    return ParsePool(replace(settings.parse_limits, workers=workers))


def cmd_import(args: argparse.Namespace, settings: Settings) -> int:
    """``import FILE``: the one table's lines; several files or a folder: a bulk import."""
    if len(args.paths) == 1 and not Path(args.paths[0]).is_dir():
        return _import_one(args, settings)
    if args.preview:
        print("错误：--preview 只能用于一个文件。", file=sys.stderr)
        return 1
    return _import_many(args, settings)


def _import_one(args: argparse.Namespace, settings: Settings) -> int:
    path = Path(args.paths[0])
    content = read_file_bytes(path)
    with parse_pool(settings) as pool:  # OCR's 正在识别第 i/n 页… comes back from the worker
        read: ReadResult = pool.run(read_document, content, path.name, progress=_print_progress)
    check_table(read.table)  # what import would refuse, --preview refuses too
    check_plausible(read.table)
    if args.preview:  # read and checked only: the database is not even opened
        print(json.dumps(preview_json(read), ensure_ascii=False, indent=2))
        return 0
    if read.flagged and not args.accept_flagged:
        print(f"错误：{UnconfirmedCells(read.flagged)}", file=sys.stderr)
        print(flagged_text(read.flagged))
        print(ACCEPT_FLAGGED_HINT, file=sys.stderr)
        return EXIT_FLAGGED
    store = Store(settings.db_path)
    result = commit_preview(store, preview_of(store, read, content, path.name), args.by,
                            skip_unchanged=not args.force, accept_flagged=args.accept_flagged)
    info, preview = result.version, result.preview
    if not result.created:
        print(f"{UNCHANGED_LINE}：{info.table_label}的当前版本（第 {info.version} 版，"
              f"{info.imported_at}）内容与此文件相同，未新增版本（如需仍然导入，请加 --force）。")
        return 0
    print(f"已导入：{info.table_label}，第 {info.version} 版（{info.imported_at}）")
    print(f"表格：{preview.table.form.label}")
    if preview.table.unit:
        print(f"实施单位：{preview.table.unit}")
    print("内容：" + "，".join(f"{preview.count_label(k)} {v} 项"
                             for k, v in preview.counts().items()))
    if preview.diff is not None:
        changes = preview.diff.lines()
        print("与上一版本相比：" + ("无变化" if not changes else ""))
        for line in changes:
            print(f"  - {line}")
    for warning in preview.warnings:
        print(f"警告：{warning}")
    if preview.unresolved():
        print(f"已按识别结果导入 {len(preview.unresolved())} 个未经核对的单元格：")
        print(flagged_text(preview.unresolved()))
    return 0


def flagged_text(flagged: list, indent: str = "  ") -> str:
    """One line per flagged cell: ``  1. 位置：读作“值”（原因）``."""
    return "\n".join(f"{indent}{number}. {flag.where}：读作“{flag.read}”（{flag.reason}）"
                     for number, flag in enumerate(flagged, 1))


def _print_progress(page: int, pages: int) -> None:
    print(f"正在识别第 {page}/{pages} 页…", file=sys.stderr, flush=True)


def _import_many(args: argparse.Namespace, settings: Settings) -> int:
    """Every file and every table file under every folder: parsed in parallel, each stored in
    its own transaction; a progress bar on a terminal, one line a file otherwise, then the
    summary. Exit code 1 when any file was refused, else 3 when scans were left out for their
    flagged cells (as ``import FILE`` of one), else 0."""
    from data.bulk import Status, collect_files, import_files

    started = time.perf_counter()
    files, outcomes = collect_files(args.paths)
    store = Store(settings.db_path)
    bar = _progress_bar(len(files) + len(outcomes))
    for outcome in outcomes:
        _report(outcome, bar)
    busy: JixiaoError | None = None
    with parse_pool(settings, args.jobs or default_workers()) as pool:
        try:
            for outcome in import_files(store, files, pool, args.by, force=args.force,
                                        accept_flagged=args.accept_flagged):
                outcomes.append(outcome)
                _report(outcome, bar)
        except StoreBusy as error:  # every later file would wait for it too
            busy = error
    if bar is not None:
        bar.close()
    counts = {status: sum(1 for o in outcomes if o.status == status) for status in Status}
    print(f"共 {len(outcomes):,} 个文件：已导入 {counts[Status.IMPORTED]:,} 个，"
          f"未变化 {counts[Status.UNCHANGED]:,} 个，未导入 {counts[Status.REFUSED]:,} 个"
          f"（用时 {time.perf_counter() - started:.1f} 秒）")
    refused = [o for o in outcomes if o.status == Status.REFUSED]
    if refused:
        print("未导入的文件：")
        for outcome in refused:
            print(f"  {outcome.path}：{outcome.reason}")
            if outcome.flagged:
                print(flagged_text(outcome.flagged, indent="    "))
    flagged_only = [o for o in refused if o.flagged]
    if flagged_only:
        print(ACCEPT_FLAGGED_HINT, file=sys.stderr)
    if busy is not None:
        print(f"错误：{busy}（已处理 {len(outcomes):,} 个文件，其余未处理）", file=sys.stderr)
        return 1
    if len(flagged_only) < len(refused):
        return 1
    return EXIT_FLAGGED if flagged_only else 0


UNCHANGED_LINE = "未变化"
ACCEPT_FLAGGED_HINT = ("请核对原件后改正文件再导入，或加 --accept-flagged 按识别结果导入"
                       "（这些单元格会记入版本的提示）。")


def _progress_bar(total: int):  # noqa: ANN202 - tqdm or None
    """A bar on a terminal only; logs and pipes get one line a file instead."""
    if not sys.stdout.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="个", desc="导入", file=sys.stdout, dynamic_ncols=True)


def _report(outcome, bar) -> None:  # noqa: ANN001
    from data.bulk import Status

    if outcome.status == Status.IMPORTED:
        info = outcome.version
        line = f"已导入：{outcome.path}：{info.table_label}，第 {info.version} 版"
        if outcome.flagged:  # --accept-flagged
            line += f"（按识别结果导入 {len(outcome.flagged)} 个未经核对的单元格）"
    elif outcome.status == Status.UNCHANGED:
        info = outcome.version
        line = f"{UNCHANGED_LINE}：{outcome.path}：与 {info.table_label}第 {info.version} 版相同"
    else:
        line = f"未导入：{outcome.path}：{outcome.reason}"
    if bar is None:
        print(line, flush=True)
        return
    if outcome.status == Status.REFUSED:
        bar.write(line)
    bar.update(1)


def cmd_export(args: argparse.Namespace, settings: Settings) -> int:
    store = open_store(settings)
    if args.csv:
        from data.opendata import write_view_csvs

        for path, count in write_view_csvs(store, args.csv):
            print(f"已写入 {path}（{count} 行）")
        return 0
    data = [stored.table.to_export() for stored in store.current_tables()]
    print(json.dumps(data, ensure_ascii=False, indent=2))
    return 0


def cmd_browse(args: argparse.Namespace, settings: Settings) -> int:
    """Open the database in Datasette on 127.0.0.1 (the optional ``[browse]`` extra)."""
    import importlib.util

    if importlib.util.find_spec("datasette") is None:
        print("错误：浏览数据库需要 Datasette。请先安装：.venv/bin/pip install -e '.[browse]'",
              file=sys.stderr)
        return 1
    import tempfile

    from datasette.cli import cli as datasette_cli

    from data.opendata import datasette_metadata

    open_store(settings).close()  # migrations first: the views and labels are current
    with tempfile.TemporaryDirectory(prefix="jixiao-browse-") as folder:
        metadata = Path(folder) / "metadata.json"
        metadata.write_text(json.dumps(datasette_metadata(settings.db_path), ensure_ascii=False),
                            encoding="utf-8")
        print(f"在浏览器中打开 http://{BROWSE_HOST}:{args.port}/{settings.db_path.stem} "
              "（只读；按 Ctrl+C 退出）", flush=True)
        datasette_cli.main(
            ["serve", str(settings.db_path), "--host", BROWSE_HOST, "--port", str(args.port),
             "--metadata", str(metadata), "--setting", "default_page_size", "50"],
            prog_name="datasette", standalone_mode=False)
    return 0


def cmd_versions(args: argparse.Namespace, settings: Settings) -> int:
    store = open_store(settings)
    versions = store.versions(args.department, args.year, args.project)
    if not versions:
        print("数据库中还没有任何绩效目标表。")
        return 0
    for info in versions:
        mark = "当前" if info.is_current else "    "
        print(f"{mark} {info.table_label} 第 {info.version} 版  {info.imported_at}  "
              f"{info.source_name}  {info.source}  sha256 {info.sha256[:12]}")
    return 0


def cmd_rollback(args: argparse.Namespace, settings: Settings) -> int:
    store = Store(settings.db_path)
    try:
        info = store.rollback(args.department, args.year, args.to, project=args.project)
    except NothingToRollBack as error:
        print(f"错误：{error}（可用 --to 指定要恢复的版本号）", file=sys.stderr)
        return 1
    print(f"已恢复：{info.table_label}第 {info.version} 版"
          f"（{info.imported_at} 导入，{info.source_name}）为当前版本。")
    return 0


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    from nlp.engine import Engine  # jieba loads only for commands that need it

    engine = Engine(open_store(settings), thresholds=settings.thresholds)
    if args.question is not None and not args.json:
        print(headline_plain(engine.ask(args.question, chat_id="cli").text))
        return 0
    questions = [args.question] if args.question is not None else sys.stdin
    for line in questions:
        question = line.rstrip("\r\n")
        answer = engine.ask(question, chat_id="cli")
        if args.json:
            print(json.dumps(answer.as_json(), ensure_ascii=False), flush=True)
        else:
            print(headline_plain(answer.text) + "\n", flush=True)
    return 0


BENCHMARKS_DIR = Path(__file__).resolve().parent.parent / "benchmarks"
BENCHMARKS = ("import", "engine", "telegram", "scale", "ocr", "uploads", "bulk")


def run_benchmark(name: str, run_name: str = "__main__", options: list[str] | None = None) -> dict:
    """Run ``benchmarks/bench_<name>.py`` as its own command line would: its folder first on
    ``sys.path`` (for the shared ``_common`` module), ``options`` as its arguments."""
    import runpy

    if str(BENCHMARKS_DIR) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS_DIR))
    path = BENCHMARKS_DIR / f"bench_{name}.py"
    saved = sys.argv
    sys.argv = [str(path), *(options or [])]
    try:
        return runpy.run_path(str(path), run_name=run_name)
    finally:
        sys.argv = saved


def cmd_bench(args: argparse.Namespace, settings: Settings) -> int:
    """Run the benchmarks under benchmarks/ and print their figures."""
    names = [args.which] if args.which else list(BENCHMARKS)
    unknown = [name for name in names if name not in BENCHMARKS]
    if unknown:
        print(f"错误：没有基准测试 {unknown[0]}（可选：{' / '.join(BENCHMARKS)}）", file=sys.stderr)
        return 1
    for name in names:
        print(f"== {name} ==", flush=True)
        run_benchmark(name, options=args.options if args.which else None)
    return 0


def cmd_progress(args: argparse.Namespace, settings: Settings) -> int:
    from data.importing import ProgressRows, read_progress_file
    from data.progress import commit_progress, preview_progress

    path = Path(args.file)
    content = read_file_bytes(path)
    with parse_pool(settings) as pool:  # the file (or 监控表 / 自评表) is read under the limits
        upload = pool.run(read_progress_file, content, path.name)
    store = open_store(settings)
    if isinstance(upload, ProgressRows):
        preview = preview_progress(store, content, path.name, rows=upload.rows)
    else:
        preview = preview_progress(store, content, path.name, form=upload)
    # Recorded as "cli" (who is accountable); shown as the --by name, else as a CLI import.
    result = commit_progress(store, preview, reporter=args.by or "cli",
                             reporter_name=args.by or "命令行导入")
    print(f"已导入进度文件“{result.preview.source_name}”：共 {len(result.reports)} 条")
    for line in result.preview.lines():
        print(line)
    return 0


def cmd_digest(args: argparse.Namespace, settings: Settings) -> int:
    from datetime import date

    from data.digest import Overview, build_digest, digests_json

    if args.date:
        try:
            day = date.fromisoformat(args.date)
        except ValueError:
            print(f"错误：无法识别日期“{args.date}”，请用 YYYY-MM-DD。", file=sys.stderr)
            return 1
    else:
        day = clock.today()
    digests = build_digest(open_store(settings), day, args.department, settings.thresholds)
    if args.xlsx:
        from data.digest_xlsx import digest_workbook

        Path(args.xlsx).write_bytes(digest_workbook(digests))
        print(f"已导出进度摘要：{args.xlsx}（{len(digests)} 个部门，"
              f"{sum(len(d.items) for d in digests)} 项）", file=sys.stderr if args.json else
              sys.stdout)
    if args.json:
        print(json.dumps(digests_json(digests), ensure_ascii=False, indent=2))
    elif not args.xlsx:
        # Every department: the overview first (worst first), then each department's detail.
        texts = [d.text() for d in (digests if args.department else Overview.of(digests).digests)]
        if not args.department:
            texts.insert(0, Overview.of(digests).text())
        print("\n\n".join(texts))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="run_bot.py",
        description="绩效问答机器人：无子命令时启动机器人（未设置 TELEGRAM_BOT_TOKEN 则进入控制台问答）。",
    )
    parser.add_argument("--db", help="数据库路径（默认 JIXIAO_DB 或 data/jixiao.db）")
    add_parse_limits(parser, argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command")

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        command = sub.add_parser(name, help=help_text)
        command.add_argument("--db", default=argparse.SUPPRESS, help="数据库路径")
        return command

    p = add("import", "导入绩效目标表（PDF、XLSX、文本；装了 [ocr] 时还有扫描件和照片）；"
                      "可给多个文件或文件夹（含子文件夹）")
    p.add_argument("paths", nargs="+", metavar="FILE_OR_FOLDER")
    p.add_argument("--by", default="cli", help="导入人（记录在版本中）")
    p.add_argument("--preview", action="store_true",
                   help="只读取并核对一个文件，不导入：输出一个 JSON（同 export 的一项，另加 flagged）")
    p.add_argument("--accept-flagged", action="store_true",
                   help="有待核对的识别结果时仍按识别结果导入（否则不导入该文件，退出码 3）")
    p.add_argument("--force", action="store_true",
                   help="内容与当前版本相同时也新增版本（默认视为未变化，不导入）")
    p.add_argument("--jobs", type=int, default=0,
                   help="批量导入时同时解析的进程数（默认等于 CPU 核数）")
    add_parse_limits(p)
    p = add("export", "以 JSON 输出每个部门年度的当前版本；--csv 目录 则把数据视图写成 CSV")
    p.add_argument("--csv", metavar="DIR",
                   help="把 current_tasks 等视图写成 CSV 文件（UTF-8 带 BOM，Excel 可直接打开）")
    p = add("browse", "用 Datasette 在浏览器中查看数据库（127.0.0.1，需安装 .[browse]）")
    p.add_argument("--port", type=int, default=BROWSE_PORT, help=f"端口（默认 {BROWSE_PORT}）")
    p = add("versions", "列出所有版本（部门整体表和项目表）")
    p.add_argument("department", nargs="?")
    p.add_argument("year", nargs="?", type=int)
    p.add_argument("--project", default=None,
                   help="只列这个项目的版本（不写则列出全部；写空字符串只列部门整体表）")
    p = add("rollback", "恢复某部门某年度（或某项目）的上一版本")
    p.add_argument("department")
    p.add_argument("year", type=int)
    p.add_argument("--to", type=int, help="恢复到指定版本号")
    p.add_argument("--project", default="", help="项目名称（恢复项目表；不写则为部门整体表）")
    p = add("ask", "回答一个问题；--json 时从标准输入逐行读取问题，每行输出一个 JSON")
    p.add_argument("question", nargs="?")
    p.add_argument("--json", action="store_true", help="每个问题输出一行 JSON")
    p = add("progress", "导入进度文件（CSV 或 XLSX：部门、年度、名称、截至日期、完成值、备注），"
                        "或项目支出绩效运行监控表、自评表（PDF、XLSX 或复制的文字）")
    p.add_argument("file")
    p.add_argument("--by", help="填报人姓名（记录在每条进度中；默认“命令行导入”）")
    add_parse_limits(p)
    p = add("digest", "输出进度摘要：时间进度、预算执行、落后与偏慢的项目")
    p.add_argument("--date", help="摘要日期 YYYY-MM-DD（默认今天，北京时间）")
    p.add_argument("--department", help="只看一个部门（可写简称，如 总工会）")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.add_argument("--xlsx", metavar="FILE", help="把摘要写成 XLSX 表格（每行一项）")
    p = add("bench", "运行基准测试并输出数据（import、engine、telegram、scale、ocr、uploads、bulk）")
    p.add_argument("which", nargs="?",
                   help="只运行其中一项：import / engine / telegram / scale / ocr / uploads / bulk")
    p.add_argument("options", nargs=argparse.REMAINDER,
                   help="传给该项的参数，例如 bench scale --tables 100 1000 20000、bench bulk --files 2000")
    return parser


def add_parse_limits(parser: argparse.ArgumentParser, default: object = argparse.SUPPRESS
                     ) -> None:
    """``--parse-timeout`` and ``--parse-memory-mb``, before or after the command."""
    parser.add_argument("--parse-timeout", type=float, default=default, metavar="SECONDS",
                        help="解析一个文件的时间上限（秒，默认 JIXIAO_PARSE_TIMEOUT 或 60）")
    parser.add_argument("--parse-memory-mb", type=int, default=default, metavar="MB",
                        help="解析进程的内存上限（MB，默认 JIXIAO_PARSE_MEMORY_MB 或 1024）")


BASE_COMMANDS: dict[str, Callable[[argparse.Namespace, Settings], int]] = {
    "import": cmd_import,
    "export": cmd_export,
    "browse": cmd_browse,
    "versions": cmd_versions,
    "rollback": cmd_rollback,
    "ask": cmd_ask,
    "bench": cmd_bench,
    "progress": cmd_progress,
    "digest": cmd_digest,
}


def run(argv: list[str] | None = None) -> int:
    commands = dict(BASE_COMMANDS)
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = Settings.from_env(getattr(args, "db", None),
                                     parse_timeout=getattr(args, "parse_timeout", None),
                                     parse_memory_mb=getattr(args, "parse_memory_mb", None))
        if args.command is None:
            from bot.main import run_default

            return run_default(settings)
        return commands[args.command](args, settings)
    except JixiaoError as error:
        print(f"错误：{error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into head/less that closed early
        sys.stderr.close()
        return 0
    except Exception as error:  # a bug: one line for the user, the traceback in the log
        logger.info("unexpected error in %s", args.command, exc_info=True)
        print(f"错误：程序内部错误（{type(error).__name__}: {error}）。"
              f"设置 JIXIAO_LOG_LEVEL=INFO 可查看详情。", file=sys.stderr)
        return 1
