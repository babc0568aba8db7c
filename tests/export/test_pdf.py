"""PDFs at true size: body text 10-12 pt on the paper of the user's locale, with margins and
page breaks, read back by pypdf and rendered by poppler."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize
from pytestqt.qtbot import QtBot

from rmdesk.export.pdf import markdown_to_pdf, page_size_for
from tests.export.pdf_pages import (
    MM,
    assert_printable,
    body_point_size,
    ink,
    page_size_points,
    rendered_page,
    text_runs,
)

SENTENCE = "What stays between us is what we said, not that we met. "
LONG = "# A long agreement\n\n" + "\n\n".join(
    f"## Part {n}\n\n" + SENTENCE * 8 for n in range(1, 31)
)


@pytest.fixture
def locale_of() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("language", "country", "paper"),
    [
        (QLocale.Language.English, QLocale.Country.UnitedKingdom, QPageSize.PageSizeId.A4),
        (QLocale.Language.German, QLocale.Country.Germany, QPageSize.PageSizeId.A4),
        (QLocale.Language.English, QLocale.Country.UnitedStates, QPageSize.PageSizeId.Letter),
        (QLocale.Language.French, QLocale.Country.Canada, QPageSize.PageSizeId.Letter),
        (QLocale.Language.Spanish, QLocale.Country.Mexico, QPageSize.PageSizeId.Letter),
    ],
)
def test_the_paper_follows_the_locale(
    language: QLocale.Language, country: QLocale.Country, paper: QPageSize.PageSizeId
) -> None:
    assert page_size_for(QLocale(language, country)).id() == paper


def test_a_long_document_is_body_size_on_a4_with_margins_and_breaks_into_pages(
    qtbot: QtBot, tmp_path: Path, locale_of: None
) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    target = tmp_path / "long.pdf"
    markdown_to_pdf(LONG, target, title="A long agreement")

    assert page_size_points(target) == pytest.approx((595.3, 841.9), abs=1)
    assert 10 <= body_point_size(target) <= 12
    assert_printable(target)
    runs = text_runs(target)
    pages = {run.page for run in runs}
    assert len(pages) >= 4, "thirty parts of eight sentences cannot fit on three A4 pages"
    # Headings are larger than the body; every part is there, in order, across the pages.
    heading = next(run for run in runs if "Part 1" in run.text)
    assert heading.points > body_point_size(target)
    assert "Part 30" in " ".join(run.text for run in runs if run.page == max(pages))
    # The left edge is the 20 mm margin, on every page.
    assert {round(min(r.x for r in runs if r.page == p) / MM) for p in pages} == {20}

    image = rendered_page(target, 1, tmp_path / "page1.png")
    drawn = ink(image)
    assert drawn.left == pytest.approx(20 / 210, abs=0.02)
    assert drawn.right > 0.8, "body text runs across the page, not in its left third"
    assert drawn.top >= 15 / 297 and drawn.bottom <= 1 - 15 / 297, drawn
    assert drawn.bottom > 0.8, "page 1 is full before the text goes on to page 2"


def test_a_us_user_gets_letter(qtbot: QtBot, tmp_path: Path, locale_of: None) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    target = tmp_path / "letter.pdf"
    markdown_to_pdf(LONG, target, title="Letter")
    assert page_size_points(target) == pytest.approx((612, 792), abs=1)
    assert_printable(target)
