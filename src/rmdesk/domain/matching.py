"""Suggest mentor candidates by how well their expertise covers the relationship's focus areas.

Scoring, kept simple enough to explain on screen ("why this rank"):

* Tags are compared after normalisation: Unicode NFKC, case folded, and with spaces,
  hyphens and underscores ignored, so "Social Media", "social-media" and "socialmedia" are
  the same tag.
* For each focus area the candidate's best-matching expertise tag counts once:
  an exact match scores :data:`EXACT_POINTS`, a partial word match :data:`PARTIAL_POINTS`.
  A partial match shares at least one meaningful word ("Gen Z culture" and "workplace
  culture"); words also match when one is a prefix (4+ letters) of the other or they share
  their first six letters ("inclusion" / "inclusive").
* The score is the sum over focus areas, so listing many similar tags does not inflate it.
* Order: score (high first), then more exact matches, then name (case-insensitive), then
  the original input order — so equal candidates always appear in the same order.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from rmdesk.domain.models import MentorCandidate

EXACT_POINTS = 2
PARTIAL_POINTS = 1
_PREFIX_MIN = 4
_SHARED_STEM_MIN = 6
_TAG_JOINERS = re.compile(r"[\s\-_]+")
_WORD = re.compile(r"\w+")
# Words too common to say two tags are about the same thing.
_FILLER_WORDS = frozenset(
    {"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "how"}
)


def normalise_tag(tag: str) -> str:
    """The comparison form of a tag: NFKC, case folded, without spaces, hyphens, underscores."""
    return _TAG_JOINERS.sub("", unicodedata.normalize("NFKC", tag).casefold())


def tag_words(tag: str) -> frozenset[str]:
    """The meaningful words of a tag, normalised as in :func:`normalise_tag`."""
    words = _WORD.findall(unicodedata.normalize("NFKC", tag).casefold().replace("_", " "))
    return frozenset(word for word in words if word not in _FILLER_WORDS)


def _words_match(left: str, right: str) -> bool:
    if left == right:
        return True
    shorter, longer = sorted((left, right), key=len)
    if len(shorter) >= _PREFIX_MIN and longer.startswith(shorter):
        return True
    return len(shorter) >= _SHARED_STEM_MIN and left[:_SHARED_STEM_MIN] == right[:_SHARED_STEM_MIN]


def is_partial_match(focus_area: str, expertise: str) -> bool:
    """True when the two tags share a meaningful word (see the module docstring)."""
    return any(
        _words_match(focus_word, expertise_word)
        for focus_word in tag_words(focus_area)
        for expertise_word in tag_words(expertise)
    )


@dataclass(frozen=True, slots=True)
class FocusMatch:
    """How one focus area is covered: by which of the candidate's tags, and how well."""

    focus_area: str
    expertise: str
    exact: bool

    @property
    def points(self) -> int:
        return EXACT_POINTS if self.exact else PARTIAL_POINTS


@dataclass(frozen=True, slots=True)
class RankedCandidate:
    candidate: MentorCandidate
    score: int
    matches: tuple[FocusMatch, ...]
    unmatched_focus_areas: tuple[str, ...]

    @property
    def exact_matches(self) -> int:
        return sum(1 for match in self.matches if match.exact)

    @property
    def explanation(self) -> tuple[str, ...]:
        return explain(self)


def _best_match(focus_area: str, expertise: Sequence[str]) -> FocusMatch | None:
    wanted = normalise_tag(focus_area)
    if not wanted:
        return None
    for tag in expertise:
        if normalise_tag(tag) == wanted:
            return FocusMatch(focus_area, tag, exact=True)
    for tag in expertise:
        if is_partial_match(focus_area, tag):
            return FocusMatch(focus_area, tag, exact=False)
    return None


def score_candidate(candidate: MentorCandidate, focus_areas: Sequence[str]) -> RankedCandidate:
    matches: list[FocusMatch] = []
    unmatched: list[str] = []
    seen: set[str] = set()
    for focus_area in focus_areas:
        key = normalise_tag(focus_area)
        if not key or key in seen:  # a focus area listed twice counts once
            continue
        seen.add(key)
        match = _best_match(focus_area, candidate.expertise)
        if match is None:
            unmatched.append(focus_area)
        else:
            matches.append(match)
    return RankedCandidate(
        candidate=candidate,
        score=sum(match.points for match in matches),
        matches=tuple(matches),
        unmatched_focus_areas=tuple(unmatched),
    )


def rank_candidates(
    candidates: Sequence[MentorCandidate], focus_areas: Sequence[str]
) -> list[RankedCandidate]:
    """All candidates, best suggestion first (see the module docstring for the order)."""
    scored = [(index, score_candidate(c, focus_areas)) for index, c in enumerate(candidates)]
    scored.sort(
        key=lambda pair: (
            -pair[1].score,
            -pair[1].exact_matches,
            pair[1].candidate.name.casefold(),
            pair[0],
        )
    )
    return [ranked for _, ranked in scored]


def explain(ranked: RankedCandidate) -> tuple[str, ...]:
    """Plain English lines for "why this rank". The UI may build its own from the data."""
    lines: list[str] = []
    for match in ranked.matches:
        if match.exact:
            lines.append(f"“{match.focus_area}” is one of their areas of expertise.")
        else:
            lines.append(
                f"“{match.focus_area}” partly matches their expertise “{match.expertise}”."
            )
    if not ranked.matches:
        lines.append("None of their expertise overlaps with the focus areas yet.")
    elif ranked.unmatched_focus_areas:
        missing = ", ".join(f"“{area}”" for area in ranked.unmatched_focus_areas)
        lines.append(f"Not covered: {missing}.")
    return tuple(lines)
