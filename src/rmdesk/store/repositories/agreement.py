"""Agreement versions (read-only once written) and the confirmations of each party.

The canonical text and its SHA-256 come from domain/agreement.py; this layer stores the hash it
is given. There is no update and no delete: a change is a new version, so what someone
confirmed can never change under their confirmation.
"""

from __future__ import annotations

from dataclasses import replace

from rmdesk.domain.models import (
    AgreementConfirmation,
    AgreementSection,
    AgreementVersion,
    Role,
)
from rmdesk.domain.validation import ValidationError, validate
from rmdesk.store.db import Db
from rmdesk.store.repositories._base import NotFoundError, Row, decoded, decoded_one, unsaved
from rmdesk.store.repositories._codec import (
    load_json,
    text_to_time,
    time_to_text,
    to_json,
    utc_seconds,
)

_VERSION_COLUMNS = "id, uuid, relationship_id, number, sections, sha256, created_at"
_CONFIRMATION_COLUMNS = "id, uuid, version_id, party, name, sha256, confirmed_at"


def _sections_to_json(sections: tuple[AgreementSection, ...]) -> str:
    return to_json([{"key": s.key, "title": s.title, "body": s.body} for s in sections])


def sections_from_json(text: str) -> tuple[AgreementSection, ...]:
    """The stored sections: a JSON list of ``{"key", "title", "body"}`` objects of strings,
    keys unique and not blank (what validation requires of a saved version)."""
    loaded = load_json(text)
    if not isinstance(loaded, list):
        raise ValueError("expected a JSON list of sections")
    sections: list[AgreementSection] = []
    for item in loaded:
        if not isinstance(item, dict) or set(item) != {"key", "title", "body"}:
            raise ValueError('each section must be an object with "key", "title" and "body"')
        if not all(isinstance(item[name], str) for name in ("key", "title", "body")):
            raise ValueError("a section's key, title and body must be strings")
        section = AgreementSection(key=item["key"], title=item["title"], body=item["body"])
        validate(section)
        sections.append(section)
    if len({s.key for s in sections}) != len(sections):
        raise ValueError("two sections have the same key")
    return tuple(sections)


def _confirmation(row: Row) -> AgreementConfirmation:
    return AgreementConfirmation(
        id=int(row["id"]),
        uuid=row["uuid"],
        version_id=int(row["version_id"]),
        party=Role(row["party"]),
        name=row["name"],
        sha256=row["sha256"],
        confirmed_at=text_to_time(row["confirmed_at"]),
    )


class AgreementRepository:
    def __init__(self, db: Db) -> None:
        self._db = db

    def next_number(self, relationship_id: int) -> int:
        """The number the next version of this relationship's agreement must carry."""
        return int(
            self._db.scalar(
                "SELECT coalesce(max(number), 0) + 1 FROM agreement_version"
                " WHERE relationship_id = ?",
                (relationship_id,),
            )
        )

    def add_version(self, version: AgreementVersion) -> AgreementVersion:
        """Save a new version; ``number`` must be :meth:`next_number`, with no confirmations."""
        unsaved("agreement_version", version.id)
        validate(version)
        if version.confirmations:
            raise ValueError("a new version has no confirmations yet; use confirm() after")
        saved = replace(version, created_at=utc_seconds(version.created_at))
        with self._db.transaction():
            if version.number != self.next_number(version.relationship_id):
                raise ValidationError(
                    "number", "This agreement was changed meanwhile; reopen it and try again"
                )
            new_id = self._db.execute(
                "INSERT INTO agreement_version (uuid, relationship_id, number, sections, sha256,"
                " created_at) VALUES (?,?,?,?,?,?)",
                (
                    saved.uuid,
                    saved.relationship_id,
                    saved.number,
                    _sections_to_json(saved.sections),
                    saved.sha256,
                    time_to_text(saved.created_at),
                ),
            )
        return replace(saved, id=new_id)

    def confirm(self, confirmation: AgreementConfirmation) -> AgreementConfirmation:
        """Record one party's confirmation of exactly the version's text (same SHA-256)."""
        unsaved("agreement_confirmation", confirmation.id)
        validate(confirmation)
        saved = replace(confirmation, confirmed_at=utc_seconds(confirmation.confirmed_at))
        with self._db.transaction():
            version_hash = self._db.scalar(
                "SELECT sha256 FROM agreement_version WHERE id = ?", (saved.version_id,)
            )
            if version_hash is None:
                raise NotFoundError("agreement_version", saved.version_id)
            if version_hash != saved.sha256:
                raise ValidationError(
                    "sha256", "The confirmed text differs from this version of the agreement"
                )
            already = self._db.scalar(
                "SELECT 1 FROM agreement_confirmation WHERE version_id = ? AND party = ?",
                (saved.version_id, str(saved.party)),
            )
            if already:
                raise ValidationError("party", "This side has already confirmed this version")
            new_id = self._db.execute(
                "INSERT INTO agreement_confirmation (uuid, version_id, party, name, sha256,"
                " confirmed_at) VALUES (?,?,?,?,?,?)",
                (
                    saved.uuid,
                    saved.version_id,
                    str(saved.party),
                    saved.name,
                    saved.sha256,
                    time_to_text(saved.confirmed_at),
                ),
            )
        return replace(saved, id=new_id)

    def get_version(self, version_id: int) -> AgreementVersion | None:
        row = self._db.query_one(
            f"SELECT {_VERSION_COLUMNS} FROM agreement_version WHERE id = ?",  # noqa: S608
            (version_id,),
        )
        return decoded_one(self._db, "agreement_version", row, self._version)

    def list_versions(self, relationship_id: int) -> list[AgreementVersion]:
        """Oldest (number 1) first, each with its confirmations."""
        rows = self._db.query(
            f"SELECT {_VERSION_COLUMNS} FROM agreement_version"  # noqa: S608
            " WHERE relationship_id = ? ORDER BY number",
            (relationship_id,),
        )
        return decoded(self._db, "agreement_version", rows, self._version)

    def latest(self, relationship_id: int) -> AgreementVersion | None:
        row = self._db.query_one(
            f"SELECT {_VERSION_COLUMNS} FROM agreement_version"  # noqa: S608
            " WHERE relationship_id = ? ORDER BY number DESC LIMIT 1",
            (relationship_id,),
        )
        return decoded_one(self._db, "agreement_version", row, self._version)

    def _version(self, row: Row) -> AgreementVersion:
        confirmations = self._db.query(
            f"SELECT {_CONFIRMATION_COLUMNS} FROM agreement_confirmation"  # noqa: S608
            " WHERE version_id = ? ORDER BY party",
            (row["id"],),
        )
        return AgreementVersion(
            id=int(row["id"]),
            uuid=row["uuid"],
            relationship_id=int(row["relationship_id"]),
            number=int(row["number"]),
            sections=sections_from_json(row["sections"]),
            sha256=row["sha256"],
            created_at=text_to_time(row["created_at"]),
            confirmations=tuple(_confirmation(c) for c in confirmations),
        )
