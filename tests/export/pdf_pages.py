"""Reading our PDFs back as a reader would: the size of the text in points (pypdf), and the
rendered page (poppler's ``pdftoppm``) to see where the ink is.

Shared by the export tests and the UI tests that export the agreement, the meeting summary and
the recognition letter.
"""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage

MM = 72 / 25.4  # points per millimetre


@dataclass(frozen=True, slots=True)
class TextRun:
    page: int
    points: float  # the font size as drawn, in points
    x: float
    y: float
    text: str


def text_runs(path: Path) -> list[TextRun]:
    """Every piece of text with its drawn size (font size x text matrix x CTM)."""
    runs: list[TextRun] = []
    for number, page in enumerate(PdfReader(path).pages):

        def visit(
            text: str,
            cm: list[float],
            tm: list[float],
            _font: object,
            size: float,
            number: int = number,
        ) -> None:
            if text.strip():
                scale = abs(tm[3] * cm[3]) or abs(tm[0] * cm[0])
                x = tm[4] * cm[0] + cm[4]
                y = tm[5] * cm[3] + cm[5]
                words = " ".join(text.split())  # pypdf puts tabs between words
                runs.append(TextRun(number, round(size * scale, 1), x, y, words))

        page.extract_text(visitor_text=visit)
    return runs


def body_point_size(path: Path) -> float:
    """The size most of the characters are set in: the body text."""
    weights: Counter[float] = Counter()
    for run in text_runs(path):
        weights[run.points] += len(run.text.strip())
    return weights.most_common(1)[0][0]


def page_size_points(path: Path) -> tuple[float, float]:
    box = PdfReader(path).pages[0].mediabox
    return float(box.width), float(box.height)


def assert_printable(path: Path) -> None:
    """Body text 10-12 pt on A4 or Letter, every line starting inside a margin of at least
    15 mm. (Heights are checked on the rendered page: Qt draws a page's overflowing lines
    clipped away, so they are in the content stream but never on paper.)"""
    assert 10 <= body_point_size(path) <= 12, body_point_size(path)
    width, height = page_size_points(path)
    assert (round(width), round(height)) in {(595, 842), (612, 792)}
    for run in text_runs(path):
        assert 15 * MM <= run.x <= width - 15 * MM, run


@dataclass(frozen=True, slots=True)
class Ink:
    """Where a rendered page has dark pixels, as fractions of the page's width and height."""

    left: float
    right: float
    top: float
    bottom: float


def rendered_page(path: Path, page: int, png: Path, dpi: int = 60) -> QImage:
    """Render one page with poppler (a second reader, not Qt); skip when it is not here."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("needs pdftoppm (apt: poppler-utils)")
    stem = png.with_suffix("")
    subprocess.run(
        [
            *("pdftoppm", "-png", "-r", str(dpi), "-singlefile"),
            *("-f", str(page), "-l", str(page), str(path), str(stem)),
        ],
        check=True,
        timeout=60,
    )
    image = QImage(str(png))
    assert not image.isNull()
    return image


def ink(image: QImage) -> Ink:
    xs: list[int] = []
    ys: list[int] = []
    for y in range(image.height()):
        for x in range(image.width()):
            if image.pixelColor(x, y).lightness() < 160:
                xs.append(x)
                ys.append(y)
    assert xs, "a blank page"
    w, h = image.width(), image.height()
    return Ink(min(xs) / w, (max(xs) + 1) / w, min(ys) / h, (max(ys) + 1) / h)
