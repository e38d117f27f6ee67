"""The database for people who open it themselves: the views as CSV files for Excel, and the
Datasette metadata (Chinese titles and descriptions) for ``run_bot.py browse``.

>>> write_view_csvs(store, Path("导出"))
[(PosixPath('导出/current_tasks.csv'), 12), ...]
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from data.db import VIEWS, Store

METADATA_FILE = Path(__file__).parent / "browse" / "metadata.json"
# Excel on Chinese Windows reads a CSV without a byte-order mark as GBK and garbles UTF-8.
CSV_ENCODING = "utf-8-sig"


def write_view_csvs(store: Store, directory: str | Path) -> list[tuple[Path, int]]:
    """One ``<view>.csv`` per view (UTF-8 with BOM, the view's columns, numbers as numbers);
    returns each file with its number of rows."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for view in VIEWS:
        cursor = store.db.execute(f"SELECT * FROM {view}")  # names from our own VIEWS
        path = directory / f"{view}.csv"
        count = 0
        with path.open("w", encoding=CSV_ENCODING, newline="") as file:
            writer = csv.writer(file)
            writer.writerow([column[0] for column in cursor.description])
            for row in cursor:
                writer.writerow(row)
                count += 1
        written.append((path, count))
    return written


def datasette_metadata(db_path: str | Path) -> dict:
    """The metadata file's titles and descriptions, under the database name Datasette gives
    ``db_path`` (its file name without the extension)."""
    base = json.loads(METADATA_FILE.read_text(encoding="utf-8"))
    tables = base.pop("tables")
    return {**base, "databases": {Path(db_path).stem: {**base, "tables": tables}}}
