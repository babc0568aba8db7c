from __future__ import annotations

from rmdesk.domain.matching import (
    EXACT_POINTS,
    PARTIAL_POINTS,
    is_partial_match,
    normalise_tag,
    rank_candidates,
    score_candidate,
)
from rmdesk.domain.models import MentorCandidate

FOCUS = ("Social media", "Inclusion", "Gen Z expectations")


def candidate(name: str, *expertise: str) -> MentorCandidate:
    return MentorCandidate(relationship_id=1, name=name, expertise=expertise)


def test_normalisation_ignores_case_spaces_hyphens_and_width() -> None:
    assert normalise_tag("  Social  Media ") == normalise_tag("social-media") == "socialmedia"
    assert normalise_tag("ＡＩ tools") == normalise_tag("ai_tools")  # full-width letters too


def test_partial_matches_share_a_meaningful_word_or_stem() -> None:
    assert is_partial_match("Gen Z expectations", "Gen Z culture")
    assert is_partial_match("Inclusion", "inclusive hiring")  # shared stem "inclus"
    assert is_partial_match("Tech", "technology trends")  # "tech" is a prefix of technology
    assert not is_partial_match("Future of work", "History of art")  # "of" is filler
    assert not is_partial_match("AI", "air travel")  # too short to count as a prefix


def test_exact_beats_partial_and_ranks_are_explained() -> None:
    ranked = rank_candidates(
        [
            candidate("Ben", "social media marketing", "inclusive hiring"),
            candidate("Ana", "Social-Media", "inclusion"),
            candidate("Cy", "accounting"),
        ],
        FOCUS,
    )
    assert [r.candidate.name for r in ranked] == ["Ana", "Ben", "Cy"]
    ana, ben, cy = ranked
    assert ana.score == 2 * EXACT_POINTS
    assert ben.score == 2 * PARTIAL_POINTS
    assert cy.score == 0
    assert ana.explanation == (
        "“Social media” is one of their areas of expertise.",
        "“Inclusion” is one of their areas of expertise.",
        "Not covered: “Gen Z expectations”.",
    )
    assert ben.explanation[0] == (
        "“Social media” partly matches their expertise “social media marketing”."
    )
    assert cy.explanation == ("None of their expertise overlaps with the focus areas yet.",)
    assert [m.focus_area for m in ana.matches] == ["Social media", "Inclusion"]
    assert ana.unmatched_focus_areas == ("Gen Z expectations",)


def test_each_focus_area_counts_once_however_many_tags_match() -> None:
    spammer = candidate("Zed", "social media", "Social Media", "social media ads", "media")
    result = score_candidate(spammer, ["Social media", "social  media"])
    assert result.score == EXACT_POINTS
    assert len(result.matches) == 1


def test_ties_break_by_exact_matches_then_name_then_input_order() -> None:
    one_exact = candidate("Zoe", "inclusion")  # 2 points, 1 exact
    two_partial = candidate("Adam", "social media ads", "inclusive design")  # 2 points, 0 exact
    ranked = rank_candidates([two_partial, one_exact], FOCUS)
    assert [r.candidate.name for r in ranked] == ["Zoe", "Adam"]

    names = ["bea", "Abe", "Bea", "carl"]
    same = [candidate(name, "inclusion") for name in names]
    first = [r.candidate for r in rank_candidates(same, FOCUS)]
    assert [c.name for c in first] == ["Abe", "bea", "Bea", "carl"]
    again = [r.candidate for r in rank_candidates(list(reversed(same)), FOCUS)]
    assert [c.name for c in again] == ["Abe", "Bea", "bea", "carl"]  # equal names keep input order


def test_no_focus_areas_or_no_candidates() -> None:
    assert rank_candidates([], FOCUS) == []
    ranked = rank_candidates([candidate("Ana", "inclusion")], ["", "   "])
    assert ranked[0].score == 0
    assert ranked[0].unmatched_focus_areas == ()
