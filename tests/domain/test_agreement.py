from __future__ import annotations

import hashlib
import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rmdesk.domain.agreement import (
    CANONICAL_HEADER,
    SECTION_KEYS,
    canonical_body,
    canonical_section,
    canonical_text,
    coverage,
    diff,
    fill_template,
    fingerprint,
    load_template,
    parse_template,
    sha256_hex,
)
from rmdesk.domain.models import (
    AgreementConfirmation,
    AgreementSection,
    AgreementVersion,
    Cadence,
    Relationship,
    Role,
)
from rmdesk.domain.resources import ResourceError

SECTIONS = (
    AgreementSection("purpose_and_goals", "Why we meet", "We learn together.\n\n- Goal one"),
    AgreementSection("confidentiality", "What stays between us", "It stays here."),
)


def relationship(**changes: object) -> Relationship:
    fields: dict[str, object] = {
        "my_role": Role.LEADER,
        "my_name": "Morgan",
        "other_name": "Priya",
        "cadence": Cadence.MONTHLY,
        "meeting_minutes": 45,
        "start_date": date(2025, 3, 3),
        "purpose": "Understand how our newest colleagues experience their first year.",
        "review_date": date(2025, 9, 1),
    }
    fields.update(changes)
    return Relationship(**fields)  # type: ignore[arg-type]


# --- canonical text ------------------------------------------------------------------------


def test_canonical_text_layout() -> None:
    assert canonical_text(SECTIONS) == (
        f"{CANONICAL_HEADER}\n"
        "\n## Why we meet\n\nWe learn together.\n\n- Goal one\n"
        "\n## What stays between us\n\nIt stays here.\n"
    )
    assert CANONICAL_HEADER.endswith("v1")


def test_whitespace_line_ending_and_normalisation_variants_hash_the_same() -> None:
    messy = (
        AgreementSection(
            "purpose_and_goals",
            "  Why   we\nmeet ",
            "\r\n\r\nWe learn together.   \r\n\r\n\r\n\r\n- Goal one\t\r\n\n\n",
        ),
        AgreementSection("confidentiality", "What stays between us", "It stays here.\u2028"),
    )
    assert sha256_hex(messy) == sha256_hex(SECTIONS)
    decomposed = AgreementSection("k", "Cafe\u0301", "re\u0301sume\u0301")
    composed = AgreementSection("k", "Café", "résumé")
    assert sha256_hex([decomposed]) == sha256_hex([composed])


def test_keys_are_not_part_of_the_signed_text() -> None:
    renamed = tuple(AgreementSection(f"other_{s.key}", s.title, s.body) for s in SECTIONS)
    assert sha256_hex(renamed) == sha256_hex(SECTIONS)


@pytest.mark.parametrize(
    "changed",
    [
        (
            SECTIONS[0],
            AgreementSection("confidentiality", "What stays between us", "It stays here!"),
        ),
        (SECTIONS[0], AgreementSection("confidentiality", "What stays with us", "It stays here.")),
        (SECTIONS[1], SECTIONS[0]),  # same sections, other order
        (SECTIONS[0],),  # a section removed
        (SECTIONS[0], AgreementSection("x", "What stays between us", "It  stays here.")),
        (SECTIONS[0], AgreementSection("x", "What stays between us", "  It stays here.")),
    ],
)
def test_any_content_change_changes_the_hash(changed: tuple[AgreementSection, ...]) -> None:
    assert sha256_hex(changed) != sha256_hex(SECTIONS)


def test_sha256_is_of_the_utf8_canonical_text() -> None:
    expected = hashlib.sha256(canonical_text(SECTIONS).encode("utf-8")).hexdigest()
    assert sha256_hex(SECTIONS) == expected
    assert re.fullmatch(r"[0-9a-f]{64}", expected)


section_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80
)
sections_strategy = st.lists(
    st.builds(AgreementSection, st.just("k"), section_text, section_text), max_size=4
)


@settings(max_examples=300, deadline=None)
@given(sections=sections_strategy)
def test_canonicalising_is_idempotent(sections: list[AgreementSection]) -> None:
    once = [canonical_section(s) for s in sections]
    twice = [canonical_section(s) for s in once]
    assert once == twice
    assert canonical_text(once) == canonical_text(sections)
    assert sha256_hex(once) == sha256_hex(sections)


LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
one_line = st.text(
    alphabet=st.characters(
        codec="utf-8", exclude_categories=("Cs",), exclude_characters=LINE_BREAKS
    ),
    max_size=30,
)


@settings(max_examples=200, deadline=None)
@given(
    lines=st.lists(one_line, max_size=6),
    padding=st.sampled_from(["", " ", "\t", "  \t"]),
    ending=st.sampled_from(["\r\n", "\r", "\u2028"]),
)
def test_line_endings_and_trailing_spaces_never_matter(
    lines: list[str], padding: str, ending: str
) -> None:
    variant = ending.join(line + padding for line in lines)
    assert canonical_body(variant) == canonical_body("\n".join(lines))


# --- fingerprint ---------------------------------------------------------------------------


def test_fingerprint_groups_the_first_sixteen_hex_digits() -> None:
    sha = "3F2A9C0177BE0D4E" + "0" * 48
    assert fingerprint(sha) == "3f2a 9c01 77be 0d4e"
    with pytest.raises(ValueError):
        fingerprint("3f2a")
    with pytest.raises(ValueError):
        fingerprint("z" * 64)


# --- coverage ------------------------------------------------------------------------------


def version(
    sections: tuple[AgreementSection, ...] = SECTIONS, **changes: object
) -> AgreementVersion:
    fields: dict[str, object] = {
        "relationship_id": 1,
        "number": 1,
        "sections": sections,
        "sha256": sha256_hex(sections),
        "id": 7,
    }
    fields.update(changes)
    return AgreementVersion(**fields)  # type: ignore[arg-type]


def confirm(party: Role, sha: str, version_id: int = 7) -> AgreementConfirmation:
    return AgreementConfirmation(version_id=version_id, party=party, name=party.value, sha256=sha)


def test_coverage_counts_confirmations_of_this_exact_text() -> None:
    current = version()
    leader_only = coverage(current, [confirm(Role.LEADER, current.sha256)])
    assert leader_only.confirmed_by == {Role.LEADER}
    assert leader_only.missing == {Role.MENTOR}
    assert not leader_only.complete
    both = coverage(
        current,
        [confirm(Role.LEADER, current.sha256), confirm(Role.MENTOR, current.sha256.upper())],
    )
    assert both.complete
    assert both.stale == ()


def test_coverage_defaults_to_the_versions_own_confirmations() -> None:
    current = version()
    with_confirmations = version(confirmations=(confirm(Role.MENTOR, current.sha256),))
    assert coverage(with_confirmations).confirmed_by == {Role.MENTOR}


def test_a_confirmation_of_another_text_or_version_does_not_count() -> None:
    current = version()
    older_sha = sha256_hex(SECTIONS[:1])
    result = coverage(
        current,
        [confirm(Role.LEADER, older_sha), confirm(Role.MENTOR, current.sha256, version_id=6)],
    )
    assert result.confirmed_by == frozenset()
    assert [c.party for c in result.stale] == [Role.LEADER]  # the other version is ignored


def test_a_version_whose_text_was_altered_is_covered_by_nobody() -> None:
    original = version()
    tampered = version(
        sections=(SECTIONS[0], AgreementSection("confidentiality", "What stays", "Nothing.")),
        sha256=original.sha256,
    )
    result = coverage(
        tampered, [confirm(Role.LEADER, original.sha256), confirm(Role.MENTOR, original.sha256)]
    )
    assert not result.intact
    assert result.confirmed_by == frozenset()
    assert not result.complete
    assert len(result.stale) == 2


# --- diff ----------------------------------------------------------------------------------


def test_diff_shows_changed_lines_of_the_canonical_text() -> None:
    changed = (
        SECTIONS[0],
        AgreementSection("confidentiality", "What stays between us", "It stays with us."),
    )
    lines = diff(SECTIONS, changed, "version 1", "version 2")
    assert lines[:2] == ["--- version 1", "+++ version 2"]
    assert "-It stays here." in lines
    assert "+It stays with us." in lines
    assert not any(line.endswith("\n") for line in lines)


def test_diff_of_equivalent_texts_is_empty() -> None:
    crlf = tuple(
        AgreementSection(s.key, s.title, s.body.replace("\n", "\r\n") + "  ") for s in SECTIONS
    )
    assert diff(SECTIONS, crlf) == []


# --- template ------------------------------------------------------------------------------


def test_template_has_the_stable_sections_in_order() -> None:
    template = load_template()
    assert tuple(s.key for s in template.sections) == SECTION_KEYS
    assert all(s.title and s.body for s in template.sections)


def test_fill_template_uses_names_goals_cadence_and_dates() -> None:
    filled = fill_template(relationship(), ["Try three new tools", "  Listen\nmore  "])
    text = canonical_text(filled)
    assert "{" not in text and "}" not in text
    by_key = {s.key: s.body for s in filled}
    assert "Morgan wants to learn from Priya" in by_key["purpose_and_goals"]
    assert "- Try three new tools\n- Listen more" in by_key["purpose_and_goals"]
    assert "once a month, for about 45 minutes, from 2025-03-03" in by_key["cadence"]
    assert "2025-09-01" in by_key["review"]
    assert filled == tuple(canonical_section(s) for s in filled)


def test_fill_template_from_the_mentors_side_and_with_gaps() -> None:
    mine = relationship(
        my_role=Role.MENTOR, my_name="", other_name="Morgan", purpose="", review_date=None
    )
    by_key = {s.key: s.body for s in fill_template(mine, [])}
    # Morgan is the leader now; the missing mentor name falls back, capitalised at a sentence start.
    assert by_key["purpose_and_goals"].startswith(
        "Morgan wants to learn from the mentor, and the mentor"
    )
    assert "The mentor will not be judged" in by_key["confidentiality"]
    assert "none written down yet" in by_key["purpose_and_goals"]
    assert "not set yet" in by_key["review"]


def test_names_with_braces_are_inserted_literally() -> None:
    odd = relationship(other_name="{leader}")
    body = fill_template(odd)[0].body
    assert body.startswith("Morgan wants to learn from {leader}, and {leader} has agreed")


def test_template_validation_rejects_unknown_placeholders_and_wrong_order() -> None:
    def data(sections: list[dict[str, object]]) -> dict[str, object]:
        return {"format": 1, "sections": sections}

    good = [{"key": k, "title": k, "paragraphs": ["text"]} for k in SECTION_KEYS]
    assert len(parse_template(data(good)).sections) == len(SECTION_KEYS)
    with pytest.raises(ResourceError, match="order"):
        parse_template(data(list(reversed(good))))
    bad = [dict(good[0], paragraphs=["Hello {boss}"]), *good[1:]]
    with pytest.raises(ResourceError, match="boss"):
        parse_template(data(bad))
    with pytest.raises(ResourceError, match="format"):
        parse_template({"format": 2, "sections": good})
