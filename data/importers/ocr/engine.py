"""The OCR engine (rapidocr: PP-OCR text detection and recognition models inside its wheel, run
by onnxruntime on the CPU), created once per process on first use.

Cells are read without the angle classifier: a cell of an upright table is never upside down,
and the classifier turned ``≥90%`` into ``%06``. Each text line comes back with the confidence
of every character, so that one doubtful digit is enough to have the cell checked.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

import numpy as np

logger = logging.getLogger(__name__)

_engine = None
_lock = threading.Lock()


class OcrUnavailable(ImportError):
    """rapidocr (the ``[ocr]`` extra) is not installed."""


@dataclass(frozen=True)
class TextLine:
    """One line of text in a cell: its characters, each character's confidence, and where it
    is (top, left, bottom, right in the cell image)."""

    text: str
    confidences: tuple[float, ...]
    box: tuple[int, int, int, int]


def available() -> bool:
    """True when rapidocr and onnxruntime can be imported (the ``[ocr]`` extra)."""
    try:
        import onnxruntime  # noqa: F401
        import rapidocr  # noqa: F401
    except ImportError:
        return False
    return True


def engine():
    """The process's engine, created on first use (loading the models takes about a second)."""
    global _engine
    if _engine is None:
        with _lock:
            if _engine is None:
                _engine = _create()
    return _engine


def _create():
    try:
        from rapidocr import RapidOCR
    except ImportError as error:
        raise OcrUnavailable(str(error)) from error
    logging.getLogger("RapidOCR").setLevel(logging.WARNING)
    params = {
        "Global.log_level": "warning",
        "Global.use_cls": False,
        "Global.text_score": 0.0,  # every line comes back; doubtful ones are flagged, not dropped
        # Cells are small and already at a good scale: detect text at their own size.
        "Det.limit_type": "max",
        "Det.limit_side_len": 2400,
        "Det.box_thresh": 0.4,
        "EngineConfig.onnxruntime.intra_op_num_threads": 2,
        "EngineConfig.onnxruntime.inter_op_num_threads": 1,
    }
    ocr = RapidOCR(params=params)
    # Load the detector and recogniser now, so that the first page is not slower.
    return _Reader(ocr._load_det_model(), ocr._load_rec_model())


class _Reader:
    """Text lines of a cell image: detection, then recognition of each line."""

    def __init__(self, detector, recognizer) -> None:
        self.detector = detector
        self.recognizer = recognizer

    def read(self, image: np.ndarray) -> list[TextLine]:
        """The text lines of a BGR image, top to bottom."""
        from rapidocr.ch_ppocr_rec import TextRecInput
        from rapidocr.utils.process_img import get_rotate_crop_image

        found = self.detector(image)
        if found.boxes is None or len(found.boxes) == 0:
            return []
        boxes = [np.asarray(box, dtype=np.float32) for box in found.boxes]
        crops = [get_rotate_crop_image(image, box.copy()) for box in boxes]
        result = self.recognizer(TextRecInput(img=crops, return_word_box=True))
        lines = []
        for box, text, words in zip(boxes, result.txts, result.word_results, strict=True):
            confidences = tuple(getattr(words, "confs", None) or ())
            if len(confidences) != len(text):
                confidences = (0.0,) * len(text)  # unknown: treated as doubtful
            xs, ys = box[:, 0], box[:, 1]
            lines.append(TextLine(text, confidences,
                                  (int(ys.min()), int(xs.min()), int(ys.max()), int(xs.max()))))
        return lines
