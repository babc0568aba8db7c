"""The confidentiality agreement: template, canonical text, hash, coverage and diff.

Both people confirm one exact text. To make that checkable, every version is reduced to a
*canonical text* and hashed with SHA-256; a confirmation records the hash it saw, so it
covers that text and nothing else. Editing a single word gives a new hash that nobody has
confirmed yet.

Canonical text, format version 1 (:data:`CANONICAL_HEADER`):

1. Every title and body is normalised to Unicode NFC, so the same visible text typed on
   different systems hashes the same.
2. Every line break :meth:`str.splitlines` knows (``\\r\\n``, ``\\r``, ``\\u2028``, …)
   becomes ``\\n``.
3. Trailing whitespace is stripped from each line; leading indentation is kept.
4. Runs of blank lines collapse to one blank line; blank lines at the start and end of a
   body are removed.
5. A title is one line: its whitespace runs (line breaks included) become one space, and
   it is stripped.
6. The text is the header line ``rmdesk-agreement canonical-text v1``, then for every
   section, in the order given (order is part of what people sign), a blank line and
   ``## {title}\\n\\n{body}\\n``.

Section keys are not part of the text: people confirm what they read, and keys are an
internal label. For the same reason, a body line that itself starts with ``## `` reads (and
hashes) like a section break; the hash binds the rendered text, not its storage shape.
The hash is over the UTF-8 bytes of the canonical text.
"""

from __future__ import annotations

import difflib
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from rmdesk.domain.models import (
    AgreementConfirmation,
    AgreementSection,
    AgreementVersion,
    Cadence,
    Relationship,
    Role,
)
from rmdesk.domain.resources import (
    SOURCE_LANGUAGE,
    ResourceError,
    as_list,
    as_object,
    key_field,
    read_localized_json,
    text_field,
)

CANONICAL_FORMAT_VERSION = 1
CANONICAL_HEADER = f"rmdesk-agreement canonical-text v{CANONICAL_FORMAT_VERSION}"
TEMPLATE_FILE = ("agreement", "template.json")
SECTION_KEYS = (
    "purpose_and_goals",
    "cadence",
    "confidentiality",
    "exceptions",
    "open_dialogue",
    "pause_or_end",
    "review",
)
PLACEHOLDERS = frozenset(
    {"leader", "mentor", "purpose", "goals", "cadence", "minutes", "start_date", "review_date"}
)
CADENCE_WORDS = {
    Cadence.WEEKLY: "every week",
    Cadence.BIWEEKLY: "every two weeks",
    Cadence.MONTHLY: "once a month",
}
FALLBACKS = {
    "leader": "the leader",
    "mentor": "the mentor",
    "purpose": "to be written together at our first meeting.",
    "goals": "- (none written down yet — we will name them together)",
    "review_date": "not set yet — we will choose one together",
}
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_SENTENCE_END = re.compile(r"(?:^|[.!?]\s+|\n)$")
_WHITESPACE_RUN = re.compile(r"\s+")
_SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")


# --- template ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TemplateWords:
    """The words a template fills in besides people's own text, in the template's language.

    ``date_pattern`` of ``None`` writes ISO 8601 (the English template); otherwise a pattern with
    ``{day}``, ``{month}`` (a name from ``months``) and ``{year}``, and ``first_day`` for
    languages that write the first of a month differently ("1er").
    """

    cadence: Mapping[Cadence, str]
    fallbacks: Mapping[str, str]
    date_pattern: str | None = None
    months: tuple[str, ...] = ()
    first_day: str = "1"

    def day(self, day: date) -> str:
        if self.date_pattern is None:
            # ISO 8601: unambiguous in every locale (the English template's choice).
            return day.isoformat()
        number = self.first_day if day.day == 1 else str(day.day)
        return self.date_pattern.format(day=number, month=self.months[day.month - 1], year=day.year)


ENGLISH_WORDS = TemplateWords(cadence=CADENCE_WORDS, fallbacks=FALLBACKS)


@dataclass(frozen=True, slots=True)
class AgreementTemplate:
    format: int
    sections: tuple[AgreementSection, ...]  # bodies still hold {placeholders}
    words: TemplateWords = ENGLISH_WORDS


def parse_words(data: object, where: str) -> TemplateWords:
    """A template's optional ``words`` object; every entry is required when it is given."""
    if data is None:
        return ENGLISH_WORDS
    entry = as_object(data, where)
    cadence = as_object(entry.get("cadence"), f"{where} cadence")
    fallbacks = as_object(entry.get("fallbacks"), f"{where} fallbacks")
    words = TemplateWords(
        cadence={c: text_field(cadence, c.value, f"{where} cadence") for c in Cadence},
        fallbacks={k: text_field(fallbacks, k, f"{where} fallbacks") for k in FALLBACKS},
    )
    if entry.get("date") is None:
        return words
    pattern = text_field(entry, "date", where)
    if set(_PLACEHOLDER.findall(pattern)) != {"day", "month", "year"}:
        raise ResourceError(f"{where}: 'date' must use {{day}}, {{month}} and {{year}}")
    months = [
        text_field({"month": m}, "month", f"{where} months")
        for m in as_list(entry.get("months"), f"{where} months")
    ]
    if len(months) != 12:
        raise ResourceError(f"{where}: 'months' must name the twelve months")
    first = entry.get("first_day", "1")
    first_day = text_field({"first_day": first}, "first_day", where)
    return TemplateWords(words.cadence, words.fallbacks, pattern, tuple(months), first_day)


def parse_template(data: object, source: str = "template.json") -> AgreementTemplate:
    root = as_object(data, source)
    version = root.get("format")
    if version != 1:
        raise ResourceError(f"{source}: unsupported format {version!r}")
    keys: set[str] = set()
    sections = []
    for index, raw in enumerate(as_list(root.get("sections"), f"{source} sections")):
        where = f"{source} sections[{index}]"
        entry = as_object(raw, where)
        key = key_field(entry, where, keys)
        paragraphs = [
            text_field({"paragraph": p}, "paragraph", f"{where} paragraphs[{n}]")
            for n, p in enumerate(as_list(entry.get("paragraphs"), f"{where} paragraphs"))
        ]
        body = "\n\n".join(paragraphs)
        unknown = set(_PLACEHOLDER.findall(body)) - PLACEHOLDERS
        if unknown:
            raise ResourceError(f"{where}: unknown placeholders {sorted(unknown)}")
        sections.append(AgreementSection(key, text_field(entry, "title", where), body))
    if tuple(section.key for section in sections) != SECTION_KEYS:
        raise ResourceError(f"{source}: sections must be {', '.join(SECTION_KEYS)} in order")
    words = parse_words(root.get("words"), f"{source} words")
    return AgreementTemplate(format=1, sections=tuple(sections), words=words)


@cache
def load_template(language: str = SOURCE_LANGUAGE) -> AgreementTemplate:
    """The template in ``language`` ("de", "fr_FR"…), English when we do not ship it.

    The language only chooses the words a *new* agreement starts from: once saved, a
    version's text is what both people confirm and hash, whatever language either of them
    runs the app in later.
    """
    return parse_template(*read_localized_json(TEMPLATE_FILE, language))


def placeholder_values(
    relationship: Relationship,
    goal_titles: Sequence[str],
    words: TemplateWords = ENGLISH_WORDS,
) -> dict[str, str | None]:
    """What each placeholder becomes; ``None`` means "use the fallback wording"."""
    goals = [_WHITESPACE_RUN.sub(" ", title).strip() for title in goal_titles]
    review = relationship.review_date
    return {
        "leader": relationship.leader_name.strip() or None,
        "mentor": relationship.mentor_name.strip() or None,
        "purpose": relationship.purpose.strip() or None,
        "goals": "\n".join(f"- {title}" for title in goals if title) or None,
        "cadence": words.cadence[relationship.cadence],
        "minutes": str(relationship.meeting_minutes),
        "start_date": words.day(relationship.start_date),
        "review_date": words.day(review) if review is not None else None,
    }


def fill_text(
    text: str, values: dict[str, str | None], fallbacks: Mapping[str, str] = FALLBACKS
) -> str:
    """Replace ``{name}`` placeholders in one pass (inserted text is never re-scanned, so a
    name containing braces stays as typed). A fallback that opens a sentence is
    capitalised; people's own names are left exactly as they wrote them."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        value = values.get(name)
        if value is not None:
            return value
        fallback = fallbacks.get(name, match.group(0))
        if _SENTENCE_END.search(text[: match.start()]):
            return fallback[:1].upper() + fallback[1:]
        return fallback

    return _PLACEHOLDER.sub(replace, text)


def fill_template(
    relationship: Relationship,
    goal_titles: Sequence[str] = (),
    template: AgreementTemplate | None = None,
    *,
    language: str = SOURCE_LANGUAGE,
) -> tuple[AgreementSection, ...]:
    """The first version's sections for a relationship, in canonical form, worded in
    ``language`` (ignored when a ``template`` is given)."""
    chosen = template if template is not None else load_template(language)
    values = placeholder_values(relationship, goal_titles, chosen.words)
    fallbacks = chosen.words.fallbacks
    return tuple(
        canonical_section(
            AgreementSection(
                section.key,
                fill_text(section.title, values, fallbacks),
                fill_text(section.body, values, fallbacks),
            )
        )
        for section in chosen.sections
    )


# --- canonical text and hash ---------------------------------------------------------------


def canonical_title(title: str) -> str:
    return _WHITESPACE_RUN.sub(" ", unicodedata.normalize("NFC", title)).strip()


def canonical_body(body: str) -> str:
    lines = [line.rstrip() for line in unicodedata.normalize("NFC", body).splitlines()]
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):  # drop leading blanks and repeated blanks
            kept.append(line)
    while kept and not kept[-1]:
        kept.pop()
    return "\n".join(kept)


def canonical_section(section: AgreementSection) -> AgreementSection:
    return AgreementSection(
        section.key, canonical_title(section.title), canonical_body(section.body)
    )


def canonical_text(sections: Iterable[AgreementSection]) -> str:
    rendered = [
        f"## {canonical_title(section.title)}\n\n{canonical_body(section.body)}\n"
        for section in sections
    ]
    return CANONICAL_HEADER + "\n" + "".join("\n" + part for part in rendered)


def sha256_hex(sections: Iterable[AgreementSection]) -> str:
    return hashlib.sha256(canonical_text(sections).encode("utf-8")).hexdigest()


def fingerprint(sha: str) -> str:
    """The short form people compare aloud: the first 16 hex digits in groups of four."""
    digest = sha.strip().lower()
    if not _SHA256_HEX.match(digest):
        raise ValueError("expected a SHA-256 digest as 64 hexadecimal digits")
    return " ".join(digest[start : start + 4] for start in range(0, 16, 4))


# --- who confirmed what --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Coverage:
    """Which parties' confirmations cover this exact version.

    ``intact`` is false when the version's stored hash no longer matches its own sections
    (the text was changed behind the app's back); then nobody counts as having confirmed.
    ``stale`` lists confirmations that name this version but a different hash.
    """

    sha256: str
    intact: bool
    confirmed_by: frozenset[Role]
    stale: tuple[AgreementConfirmation, ...]

    @property
    def missing(self) -> frozenset[Role]:
        return frozenset(Role) - self.confirmed_by

    @property
    def complete(self) -> bool:
        return self.intact and not self.missing


def coverage(
    version: AgreementVersion, confirmations: Iterable[AgreementConfirmation] | None = None
) -> Coverage:
    """Confirmations count only for this version's id and the hash of its current text.

    ``confirmations`` defaults to ``version.confirmations``. Confirmations of other
    versions are ignored.
    """
    actual = sha256_hex(version.sections)
    intact = version.sha256.strip().lower() == actual
    confirmed: set[Role] = set()
    stale: list[AgreementConfirmation] = []
    pool = version.confirmations if confirmations is None else confirmations
    for confirmation in pool:
        if version.id is not None and confirmation.version_id != version.id:
            continue
        if intact and confirmation.sha256.strip().lower() == actual:
            confirmed.add(confirmation.party)
        else:
            stale.append(confirmation)
    return Coverage(actual, intact, frozenset(confirmed), tuple(stale))


# --- what changed --------------------------------------------------------------------------


def diff(
    old_sections: Iterable[AgreementSection],
    new_sections: Iterable[AgreementSection],
    old_label: str = "previous version",
    new_label: str = "new version",
    context: int = 3,
) -> list[str]:
    """Unified diff lines (without line endings) between two canonical texts; empty when
    the texts are the same."""
    return list(
        difflib.unified_diff(
            canonical_text(old_sections).split("\n"),
            canonical_text(new_sections).split("\n"),
            fromfile=old_label,
            tofile=new_label,
            n=context,
            lineterm="",
        )
    )
