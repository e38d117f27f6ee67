"""OCR benchmark: the committed scan and photo of the seed's form, and new ones never seen
before (made now from the seed's PDF with other random seeds: skew, noise, dust, blur, JPEG;
a photo of both pages at an angle), each compared field by field with the seed's table.

Targets (issue 14): ≥ 98 % of fields right, every wrong figure flagged, ≤ 30 s a page on 2
cores. Needs the ``[ocr]`` extra. Run: ``python run_bot.py bench ocr`` or
``python benchmarks/bench_ocr.py [SEED]``.
"""

from __future__ import annotations

import io
import sys
import time
from pathlib import Path

from _common import ROOT  # noqa: I001

FIXTURES = ROOT / "tests" / "fixtures"


def unseen_pictures(seed: int) -> list[tuple[str, bytes]]:
    """A scan and a photo of the seed's PDF made with ``seed`` (not among the fixtures)."""
    import cv2
    import numpy as np
    from PIL import Image

    from tests.fixtures import make_scans

    rng = np.random.default_rng(seed)
    source = FIXTURES / "zonggonghui_2026.pdf"
    scanned = []
    for page in make_scans.render(source, dpi=200):
        image = make_scans._rotate(page, rng.uniform(0.4, 2.5) * rng.choice([-1, 1]))
        image = cv2.GaussianBlur(image, (0, 0), rng.uniform(0.5, 1.0))
        image = make_scans._add_noise(image, rng, sigma=rng.uniform(6, 16))
        image = make_scans._specks(image, rng, count=int(rng.integers(200, 700)))
        scanned.append(Image.fromarray(image, mode="L"))
    buffer = io.BytesIO()
    scanned[0].save(buffer, format="PDF", save_all=True, append_images=scanned[1:],
                    resolution=200.0, quality=int(rng.integers(60, 85)))
    photo = make_scans.phone_photo(make_scans.render(source, dpi=150), rng)
    return [(f"unseen scan (seed {seed})", buffer.getvalue()),
            (f"unseen photo (seed {seed})", photo)]


def measure(name: str, content: bytes, filename: str) -> None:
    from data.importers import read_document
    from tests.fixtures.tables import ZONGGONGHUI_2026
    from tests.fixtures.truth import compare

    started, cpu = time.perf_counter(), time.process_time()
    result = read_document(content, filename)
    pages = max(1, result.ocr_pages)
    wall, cpu = (time.perf_counter() - started) / pages, (time.process_time() - cpu) / pages
    found = compare(ZONGGONGHUI_2026, result.table.to_export(), result.flagged)
    print(f"{name}: fields right {found['right']}/{found['fields']} "
          f"({found['right'] / found['fields']:.1%}), flagged {len(result.flagged)}, "
          f"wrong and not flagged {len(found['wrong_figures_unflagged'])} figures, "
          f"{wall:.1f} s a page ({cpu:.1f} s CPU)", flush=True)
    for path in found["wrong"]:
        print(f"    wrong: {path}", flush=True)


def main() -> None:
    from data.importers import ocr_available
    from data.importers.ocr.engine import engine

    if not ocr_available():
        print("the [ocr] extra is not installed: pip install -e '.[ocr]'")
        return
    started = time.perf_counter()
    engine()
    print(f"OCR engine created in {time.perf_counter() - started:.1f} s")
    for path in sorted((FIXTURES / "scans").iterdir()):
        measure(f"fixture {path.name}", path.read_bytes(), path.name)
    given = sys.argv[1:] if Path(sys.argv[0]).name == "bench_ocr.py" else []
    seed = int(given[0]) if given else int(time.time()) % 100_000
    for name, content in unseen_pictures(seed):
        measure(name, content, "scan.pdf" if content.startswith(b"%PDF") else "photo.jpg")


if __name__ == "__main__":
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    main()
