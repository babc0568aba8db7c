"""Reusable agenda templates, stored with their items as JSON."""

from __future__ import annotations

from dataclasses import replace

from rmdesk.domain.models import AgendaKind, AgendaTemplate, AgendaTemplateItem, Role
from rmdesk.domain.validation import (
    TIME_BOX_MINUTES,
    check_all_text,
    require_in,
    require_text,
)
from rmdesk.store.db import Db
from rmdesk.store.repositories._base import (
    Row,
    decoded,
    decoded_one,
    require_one,
    saved_id,
    unsaved,
)
from rmdesk.store.repositories._codec import (
    load_json,
    text_to_time,
    time_to_text,
    to_json,
    utc_seconds,
)


def validate_template(template: AgendaTemplate) -> None:
    check_all_text(template)
    require_text("name", template.name, "The template's name")
    for index, item in enumerate(template.items):
        require_text(f"items[{index}].title", item.title, "An item's title")
        require_in(
            f"items[{index}].time_box_minutes",
            item.time_box_minutes,
            TIME_BOX_MINUTES,
            "Time box",
        )


def _items_to_json(items: tuple[AgendaTemplateItem, ...]) -> str:
    return to_json(
        [
            {
                "kind": str(i.kind),
                "title": i.title,
                "owner": str(i.owner),
                "time_box_minutes": i.time_box_minutes,
            }
            for i in items
        ]
    )


_ITEM_KEYS = frozenset({"kind", "title", "owner", "time_box_minutes"})


def items_from_json(text: str) -> tuple[AgendaTemplateItem, ...]:
    """The stored items: a JSON list of ``{"kind", "title", "owner", "time_box_minutes"}``."""
    loaded = load_json(text)
    if not isinstance(loaded, list):
        raise ValueError("expected a JSON list of agenda items")
    items: list[AgendaTemplateItem] = []
    for item in loaded:
        if not isinstance(item, dict) or set(item) != _ITEM_KEYS:
            raise ValueError("each item must be an object with " + ", ".join(sorted(_ITEM_KEYS)))
        minutes = item["time_box_minutes"]
        if not isinstance(item["kind"], str) or not isinstance(item["owner"], str):
            raise ValueError("an item's kind and owner must be strings")
        if not isinstance(item["title"], str) or not item["title"].strip():
            raise ValueError("an item's title must be a non-empty string")
        if isinstance(minutes, bool) or not isinstance(minutes, int):
            raise ValueError("an item's time box must be an integer")
        if minutes not in TIME_BOX_MINUTES:
            raise ValueError("an item's time box is out of range")
        items.append(
            AgendaTemplateItem(
                kind=AgendaKind(item["kind"]),
                title=item["title"],
                owner=Role(item["owner"]),
                time_box_minutes=minutes,
            )
        )
    return tuple(items)


def _template(row: Row) -> AgendaTemplate:
    return AgendaTemplate(
        id=int(row["id"]),
        uuid=row["uuid"],
        name=row["name"],
        items=items_from_json(row["items"]),
        created_at=text_to_time(row["created_at"]),
    )


class AgendaTemplateRepository:
    def __init__(self, db: Db) -> None:
        self._db = db

    def add(self, template: AgendaTemplate) -> AgendaTemplate:
        unsaved("agenda_template", template.id)
        validate_template(template)
        saved = replace(template, created_at=utc_seconds(template.created_at))
        with self._db.transaction():
            new_id = self._db.execute(
                "INSERT INTO agenda_template (uuid, name, items, created_at) VALUES (?,?,?,?)",
                (
                    saved.uuid,
                    saved.name,
                    _items_to_json(saved.items),
                    time_to_text(saved.created_at),
                ),
            )
        return replace(saved, id=new_id)

    def get(self, template_id: int) -> AgendaTemplate | None:
        row = self._db.query_one(
            "SELECT id, uuid, name, items, created_at FROM agenda_template WHERE id = ?",
            (template_id,),
        )
        return decoded_one(self._db, "agenda_template", row, _template)

    def list_all(self) -> list[AgendaTemplate]:
        rows = self._db.query(
            "SELECT id, uuid, name, items, created_at FROM agenda_template ORDER BY name, id"
        )
        return decoded(self._db, "agenda_template", rows, _template)

    def update(self, template: AgendaTemplate) -> AgendaTemplate:
        row_id = saved_id("agenda_template", template.id)
        validate_template(template)
        with self._db.transaction():
            rows = self._db.query(
                "UPDATE agenda_template SET name = ?, items = ? WHERE id = ? RETURNING id",
                (template.name, _items_to_json(template.items), row_id),
            )
            require_one(rows, "agenda_template", row_id)
        found = self.get(row_id)
        assert found is not None
        return found

    def delete(self, template_id: int) -> None:
        with self._db.transaction():
            self._db.execute("DELETE FROM agenda_template WHERE id = ?", (template_id,))
