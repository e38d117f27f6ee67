"""`run_bot.py export --csv DIR` and `run_bot.py browse`: the views for Excel and Datasette."""

from __future__ import annotations

import csv
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

from data.db import VIEWS, Store
from data.importing import import_file
from data.opendata import METADATA_FILE, datasette_metadata
from tests.conftest import ROOT, SEED, run_cli


def test_export_csv_writes_each_view_in_utf8_with_a_bom(db_path: Path, tmp_path: Path) -> None:
    assert run_cli("import", str(SEED), "--db", str(db_path)).returncode == 0
    folder = tmp_path / "导出"
    result = run_cli("export", "--csv", str(folder), "--db", str(db_path))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{v}.csv" for v in VIEWS)
    raw = (folder / "current_tasks.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with (folder / "current_tasks.csv").open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert [r["name"] for r in rows][:2] == ["产业工人建设经费", "劳模专项工作经费"]
    songwennuan = next(r for r in rows if r["name"] == "送温暖活动经费")
    assert (songwennuan["department"], songwennuan["amount_yuan"], songwennuan["amount_wan"],
            songwennuan["version_label"]) == ("东莞市总工会", "1950000", "195.0",
                                              "东莞市总工会 2026 第 1 版")
    assert f"已写入 {folder / 'current_tasks.csv'}（5 行）" in result.stdout


def test_the_metadata_titles_every_view_and_its_columns_in_chinese(store: Store) -> None:
    import_file(store, SEED, "cli")
    tables = json.loads(METADATA_FILE.read_text(encoding="utf-8"))["tables"]
    for view in VIEWS:
        columns = [c.name for c in store.db[view].columns]
        assert set(tables[view]["columns"]) == set(columns), view
        assert tables[view]["title"] and tables[view]["description"]
    assert tables["versions"]["label_column"] == "label"
    assert list(datasette_metadata("/x/我的.db")["databases"]) == ["我的"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str, deadline: float) -> str:
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.read().decode("utf-8")
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def test_browse_serves_the_views_with_chinese_titles(db_path: Path) -> None:
    assert run_cli("import", str(SEED), "--db", str(db_path)).returncode == 0
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("JIXIAO_DB", "TELEGRAM_BOT_TOKEN")}
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "run_bot.py"), "browse", "--db", str(db_path),
         "--port", str(port)], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True)
    try:
        base = f"http://127.0.0.1:{port}/{db_path.stem}"
        deadline = time.monotonic() + 30
        index = fetch(base, deadline)
        assert "绩效目标数据" in index and "current_progress" in index
        page = fetch(f"{base}/current_tasks", deadline)
        assert "当前任务（每个部门年度的当前版本）" in page
        assert "送温暖活动经费" in page and "拟投入资金（元）" in page
        name = urllib.parse.quote("送温暖活动经费")
        rows = json.loads(fetch(f"{base}/current_tasks.json?_shape=array&name={name}", deadline))
        assert [(r["amount_yuan"], r["amount_wan"]) for r in rows] == [(1950000, 195.0)]
        tasks = fetch(f"{base}/tasks", deadline)
        assert "东莞市总工会 2026 第 1 版" in tasks  # links name the version, not the form title
    finally:
        server.send_signal(signal.SIGINT)
        try:
            out, err = server.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            out, err = server.communicate()
    assert f"http://127.0.0.1:{port}/{db_path.stem}" in out
