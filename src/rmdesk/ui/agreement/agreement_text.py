"""What the agreement view says about a version: who confirmed it, whether that still counts,
what changed since the last version both confirmed. Decided by ``agreement.coverage``."""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from rmdesk.domain import agreement as rules
from rmdesk.domain.models import AgreementVersion, Relationship, Role
from rmdesk.privacy.display_text import neutralise
from rmdesk.privacy.display_text import party_name as display_party_name
from rmdesk.ui.kit.dates import day_and_clock_text

translate = QCoreApplication.translate


MINUS = "\u2212"  # a real minus sign reads better than a hyphen in front of a removed line


def short_time(moment: datetime) -> str:
    return day_and_clock_text(moment.astimezone())


@dataclass(frozen=True)
class AgreementState:
    headline: str
    tamper_warning: str  # "" while the stored text matches its hash
    fingerprint: str
    confirmation_lines: tuple[str, ...]
    can_confirm: frozenset[Role]
    diff_against: AgreementVersion | None  # the last version both confirmed, if it differs
    exportable: AgreementVersion | None  # what "Export" writes: a version both confirmed


def party_name(relationship: Relationship, party: Role) -> str:
    """The name to show for ``party``, or "the leader" / "the mentor" in the UI's language."""
    name = display_party_name(relationship, party)
    if name:
        return name
    return (
        translate("Agreement", "the leader")
        if party is Role.LEADER
        else translate("Agreement", "the mentor")
    )


def last_confirmed_by_both(versions: Sequence[AgreementVersion]) -> AgreementVersion | None:
    for version in reversed(versions):
        if rules.coverage(version).complete:
            return version
    return None


def agreement_state(
    version: AgreementVersion, versions: Sequence[AgreementVersion], relationship: Relationship
) -> AgreementState:
    cover = rules.coverage(version)
    latest = versions[-1] if versions else version
    is_latest = version.number == latest.number
    both = last_confirmed_by_both(versions)
    older_both = both if both is not None and both.number < version.number else None

    if not cover.intact:
        headline = translate("Agreement", "Version {0} cannot count as confirmed.").format(
            version.number
        )
    elif cover.complete:
        headline = translate("Agreement", "Version {0} is confirmed by both of you.").format(
            version.number
        )
    else:
        waiting = translate("Agreement", " and ").join(
            party_name(relationship, p) for p in _ordered(cover.missing)
        )
        headline = translate("Agreement", "Version {0} is waiting for confirmation by {1}.").format(
            version.number, waiting
        )
        if older_both is not None:
            headline += " " + translate(
                "Agreement",
                "The confirmations of version {0} do not cover it: the text changed after you "
                "both confirmed.",
            ).format(older_both.number)
    if not is_latest:
        headline += " " + translate("Agreement", "Version {0} is newer.").format(latest.number)

    tamper = ""
    if not cover.intact:
        tamper = translate(
            "Agreement",
            "Warning: the text stored for version {0} no longer matches the fingerprint it was "
            "saved with ({1}). It was changed outside rmdesk, so no confirmation counts for "
            "it. Compare it with the other person's copy, then save a corrected version and "
            "confirm it again.",
        ).format(version.number, _safe_fingerprint(version.sha256))

    lines = [_confirmation_line(version, cover, relationship, party) for party in Role]
    if older_both is not None and not cover.complete:
        lines.append(
            translate(
                "Agreement",
                "Version {0} was confirmed by both of you; that does not cover this text.",
            ).format(older_both.number)
        )

    already = {c.party for c in version.confirmations}
    can_confirm = (
        frozenset(p for p in Role if p not in already)
        if is_latest and cover.intact
        else frozenset()
    )
    return AgreementState(
        headline=headline,
        tamper_warning=tamper,
        fingerprint=rules.fingerprint(cover.sha256),
        confirmation_lines=tuple(lines),
        can_confirm=can_confirm,
        diff_against=both
        if both is not None and not cover.complete and both.number != version.number
        else None,
        exportable=version if cover.complete else both,
    )


def _ordered(parties: frozenset[Role]) -> list[Role]:
    return [p for p in Role if p in parties]


def _safe_fingerprint(sha: str) -> str:
    try:
        return rules.fingerprint(sha)
    except ValueError:
        return translate("Agreement", "unreadable")


def _confirmation_line(
    version: AgreementVersion, cover: rules.Coverage, relationship: Relationship, party: Role
) -> str:
    side = (
        translate("Agreement", "Leader")
        if party is Role.LEADER
        else translate("Agreement", "Mentor")
    )
    found = [c for c in version.confirmations if c.party is party]
    if party in cover.confirmed_by and found:
        c = found[0]
        return translate("Agreement", "✓ {0}: {1} confirmed on {2}.").format(
            side, " ".join(neutralise(c.name).split()), short_time(c.confirmed_at)
        )
    if found:
        return translate(
            "Agreement", "✗ {0}: the confirmation of {1} does not cover this text."
        ).format(side, short_time(found[0].confirmed_at))
    return translate("Agreement", "○ {0}: {1} has not confirmed yet.").format(
        side, party_name(relationship, party)
    )


def diff_lines(old: AgreementVersion, new: AgreementVersion) -> list[str]:
    """What changed, section by section, in words a reader follows: "In “Title”:" then the
    removed lines marked with a minus sign and the added ones with +. (The canonical-text
    diff the hash is about is ``rules.diff``; this is its readable form.)"""
    before = {section.key: section for section in old.sections}
    after = {section.key: section for section in new.sections}
    out: list[str] = []
    for section in new.sections:
        previous = before.get(section.key)
        title = neutralise(rules.canonical_title(section.title))
        new_lines = _lines(section.body)
        if previous is None:
            out.append(translate("Agreement", "New section “{0}”:").format(title))
            out.extend("+" + line for line in new_lines)
            out.append("")
            continue
        old_lines = _lines(previous.body)
        changes = [
            line for line in difflib.ndiff(old_lines, new_lines) if line.startswith(("- ", "+ "))
        ]
        renamed = rules.canonical_title(previous.title) != rules.canonical_title(section.title)
        if not changes and not renamed:
            continue
        if renamed:
            out.append(
                translate("Agreement", "Section “{0}” is now called “{1}”.").format(
                    neutralise(rules.canonical_title(previous.title)), title
                )
            )
        if changes:
            out.append(translate("Agreement", "In “{0}”:").format(title))
            out.extend((MINUS if line[0] == "-" else "+") + line[2:] for line in changes)
        out.append("")
    for key, section in before.items():
        if key not in after:
            out.append(
                translate("Agreement", "Section “{0}” was removed.").format(
                    neutralise(rules.canonical_title(section.title))
                )
            )
    if not out and rules.canonical_text(old.sections) != rules.canonical_text(new.sections):
        out.append(translate("Agreement", "The order of the sections changed."))
    return out


def _lines(body: str) -> list[str]:
    return [neutralise(line) for line in rules.canonical_body(body).split("\n") if line.strip()]
