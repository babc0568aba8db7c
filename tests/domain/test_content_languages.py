"""The shipped content in German and French: same keys and shape as the English source,
natural typography, English as the fallback, and an agreement whose stored text (and so its
fingerprint) depends on nothing but the words saved."""

from __future__ import annotations

import re
from datetime import date

import pytest

from rmdesk.domain.agreement import (
    SECTION_KEYS,
    canonical_text,
    fill_template,
    load_template,
    sha256_hex,
)
from rmdesk.domain.models import Cadence, Relationship, Role
from rmdesk.domain.resources import (
    content_language,
    load_agenda_templates,
    load_checkin_questions,
    load_prompts,
    localized_parts,
)

LANGUAGES = ("de", "fr")


def relationship(**changes: object) -> Relationship:
    fields: dict[str, object] = {
        "my_role": Role.LEADER,
        "my_name": "Morgan",
        "other_name": "Priya",
        "cadence": Cadence.MONTHLY,
        "meeting_minutes": 45,
        "start_date": date(2026, 12, 1),
        "purpose": "Understand our newest colleagues.",
        "review_date": date(2027, 6, 14),
    }
    fields.update(changes)
    return Relationship(**fields)  # type: ignore[arg-type]


def every_text(language: str) -> list[str]:
    prompts = load_prompts(language)
    texts = [t.title for t in prompts.themes] + [t.description for t in prompts.themes]
    texts += [p.text for p in prompts.prompts]
    for template in load_agenda_templates(language):
        texts += [template.name, template.description, *(i.title for i in template.items)]
    for q in load_checkin_questions(language):
        texts += [q.label, q.short_name, q.low_end, q.high_end]
    for section in load_template(language).sections:
        texts += [section.title, section.body]
    return texts


@pytest.mark.parametrize(
    ("name", "expected"),
    [("de_DE", "de"), ("fr_CA", "fr"), ("de", "de"), ("en_GB", "en"), ("it_IT", "en"), ("C", "en")],
)
def test_content_language_is_ours_or_english(name: str, expected: str) -> None:
    assert content_language(name) == expected


def test_a_language_we_do_not_ship_reads_the_english_files() -> None:
    assert localized_parts(("prompts", "prompts.json"), "it_IT") == ("prompts", "prompts.json")
    assert localized_parts(("prompts", "prompts.json"), "de_AT") == ("prompts", "prompts.de.json")
    assert load_prompts("it") == load_prompts()
    assert load_checkin_questions("C") == load_checkin_questions()
    assert load_template("es") == load_template()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_file_has_the_english_keys_and_shape(language: str) -> None:
    english, local = load_prompts(), load_prompts(language)
    assert [t.key for t in local.themes] == [t.key for t in english.themes]
    assert [(p.key, p.theme, p.moment) for p in local.prompts] == [
        (p.key, p.theme, p.moment) for p in english.prompts
    ]
    shape = [
        (t.key, [(i.kind, i.owner, i.minutes) for i in t.items]) for t in load_agenda_templates()
    ]
    assert [
        (t.key, [(i.kind, i.owner, i.minutes) for i in t.items])
        for t in load_agenda_templates(language)
    ] == shape
    assert [(q.side, q.key) for q in load_checkin_questions(language)] == [
        (q.side, q.key) for q in load_checkin_questions()
    ]
    template = load_template(language)
    assert tuple(s.key for s in template.sections) == SECTION_KEYS
    # Same facts filled in: every placeholder is used, none invented (one sentence may
    # name a person fewer times where the grammar reads better without).
    placeholders = re.compile(r"\{[a-z_]+\}")
    used = {p for s in template.sections for p in placeholders.findall(s.body)}
    assert used == {p for s in load_template().sections for p in placeholders.findall(s.body)}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_content_is_written_in_the_language(language: str) -> None:
    english = set(every_text("en"))
    local = every_text(language)
    assert len(local) == len(every_text("en"))
    # No entry left as the English source.
    assert not [text for text in local if text in english]


def test_french_typography_uses_a_no_break_space_before_double_punctuation() -> None:
    for text in every_text("fr"):
        assert not re.search(r"[^\u00a0\s][;:?!]( |$)", text), text  # glued "mot:"
        assert not re.search(r" [;:?!]", text), text  # an ordinary space before it
        assert "'" not in text, text  # typographic apostrophe


def test_german_addresses_the_reader_formally() -> None:
    words = {w.lower() for text in every_text("de") for w in re.findall(r"\w+", text)}
    assert not words & {"du", "dich", "dir", "dein", "deine"}


def test_english_agreement_is_unchanged_byte_for_byte() -> None:
    # Pinned from the template before German and French existed: same words, same hash.
    sections = fill_template(relationship(start_date=date(2025, 3, 3)), ["Try three new tools"])
    assert "from 2025-03-03 onwards" in canonical_text(sections)
    assert sha256_hex(
        fill_template(
            relationship(
                start_date=date(2025, 3, 3),
                review_date=date(2025, 9, 1),
                purpose="Understand how our newest colleagues experience their first year.",
            ),
            ["Try three new tools"],
        )
    ) == ("d9bbc31b0d87e13e913e8f1eea25fb27eb336a479eb2f63845cecd12bafc6d75")


def test_german_agreement_is_filled_in_german() -> None:
    text = canonical_text(fill_template(relationship(), ["Drei Werkzeuge testen"], language="de"))
    assert "{" not in text
    assert "Morgan möchte lernen, was Priya weiß und sieht." in text
    assert (
        "Wir treffen uns einmal im Monat, jeweils etwa 45 Minuten, ab dem 1. Dezember 2026." in text
    )
    assert "Unser Termin für die Rückschau: 14. Juni 2027." in text
    assert "- Drei Werkzeuge testen" in text


def test_french_agreement_is_filled_in_french_with_fallbacks() -> None:
    mine = relationship(
        my_role=Role.MENTOR, my_name="", other_name="Morgan", purpose="", review_date=None
    )
    text = canonical_text(fill_template(mine, [], language="fr"))
    assert "{" not in text
    assert "Le mentor a accepté de partager" in text
    assert "à partir du 1er décembre 2026." in text
    assert "Notre date de bilan\u00a0: pas encore fixée" in text
    assert "- (aucun n’est encore noté" in text


def test_the_language_chooses_the_first_words_not_the_fingerprint_of_saved_ones() -> None:
    german = fill_template(relationship(), [], language="de")
    french = fill_template(relationship(), [], language="fr")
    assert sha256_hex(german) != sha256_hex(french)
    # The hash is a function of the saved sections alone: no language goes into it.
    assert sha256_hex(german) == sha256_hex(tuple(german))
    assert sha256_hex(german) == sha256_hex(fill_template(relationship(), [], language="de_CH"))
