"""Issue 19, the property: any document ``import`` accepts opens in the app — every repository
read path the views use returns every row, through the same decoders — and exports again
byte-identical (export -> import into an empty vault -> export gives the same bytes).

The documents are the export of a small vault with values drawn near every format's edge:
well-formed times, days and JSON text, and the off-format look-alikes the issue found accepted.
"""

from __future__ import annotations

import copy
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from rmdesk.export import json_format
from rmdesk.store.db import Db
from rmdesk.store.kdf import passphrase_bytes
from rmdesk.store.portable import ImportRejectedError
from rmdesk.store.repositories import Repositories
from rmdesk.store.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

ODD_FILE = Path(__file__).parent / "data" / "odd_but_valid.json"

times = st.one_of(
    st.datetimes(
        min_value=datetime(1000, 1, 1),
        max_value=datetime(9998, 12, 31, 23, 59, 59),
    ).map(lambda d: d.strftime("%Y-%m-%dT%H:%M:%SZ")),
    st.sampled_from(
        [
            "2026-03-02T09:00:00+14:00",
            "2026-03-02",
            "09:00",
            "20260302T090000Z",
            "2026-03-02T09:00:00.250Z",
            "2026-3-2T9:0:0Z",
            "0999-12-31T23:59:59Z",
            "9999-12-31T23:59:59Z",
        ]
    ),
)
days = st.one_of(
    st.dates(
        min_value=date(1000, 1, 1),
        max_value=date(9998, 12, 31),
    ).map(lambda d: d.isoformat()),
    st.sampled_from(["20260302", "2026-W10-1", "2026-03-02T00:00:00Z", "0001-01-01"]),
)
texts = st.text(max_size=12)
string_lists = st.one_of(
    st.lists(texts, max_size=3).map(lambda v: json.dumps(v, ensure_ascii=False)),
    st.sampled_from(["NaN", "[NaN]", "Infinity", "{}", "[1]", '"a"', "[", "null"]),
)
section = st.fixed_dictionaries({"key": texts, "title": texts, "body": texts})
sections = st.one_of(
    st.lists(section, max_size=3).map(lambda v: json.dumps(v, ensure_ascii=False)),
    st.lists(
        st.dictionaries(st.sampled_from(["key", "title", "body", "x"]), texts), max_size=2
    ).map(json.dumps),
    st.sampled_from(["NaN", "{}", "[]"]),
)
agenda_item = st.fixed_dictionaries(
    {
        "kind": st.sampled_from(["topic", "question", "assumption", "chat"]),
        "title": texts,
        "owner": st.sampled_from(["leader", "mentor", "boss"]),
        "time_box_minutes": st.one_of(st.integers(-1, 300), st.booleans(), st.floats()),
    }
)
agenda_items = st.lists(agenda_item, max_size=3).map(lambda v: json.dumps(v, ensure_ascii=False))

# (table, column) -> values to try there
EDGES: dict[tuple[str, str], st.SearchStrategy[Any]] = {
    ("relationship", "start_date"): days,
    ("relationship", "review_date"): st.one_of(st.none(), days),
    ("relationship", "focus_areas"): string_lists,
    ("relationship", "created_at"): times,
    ("mentor_candidate", "expertise"): string_lists,
    ("meeting", "starts_at"): times,
    ("goal_progress", "at"): times,
    ("action_item", "due_date"): st.one_of(st.none(), days),
    ("action_item", "done_at"): st.one_of(st.none(), times),
    ("checkin", "held_on"): days,
    ("agreement_version", "sections"): sections,
    ("agreement_confirmation", "confirmed_at"): times,
    ("agenda_template", "items"): agenda_items,
    ("reflection", "updated_at"): times,
    ("goal", "title"): texts,
}


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(ODD_FILE.read_text(encoding="utf-8"))
    document = copy.deepcopy(document)
    for (table, column), values in EDGES.items():
        rows = document["tables"].get(table) or []
        if rows and draw(st.booleans()):
            rows[0][column] = draw(values)
    return document


def _new_vault(folder: Path) -> Vault:
    folder.mkdir(parents=True, exist_ok=True)
    return Vault.create(folder / "vault.rmdesk", passphrase_bytes(PASSPHRASE), kdf=FAST_KDF)


def read_everything_the_views_read(db: Db) -> int:
    """Every list and get the views use, through the repositories; returns the rows seen."""
    repos = Repositories.from_db(db)
    seen = 0
    for relationship in repos.relationships.list_all():
        assert relationship.id is not None
        rid = relationship.id
        assert repos.relationships.get(rid) == relationship
        goals = repos.goals.list_for_relationship(rid)
        for goal in goals:
            assert goal.id is not None
            assert repos.goals.get(goal.id) == goal
            seen += len(repos.goals.progress_history(goal.id))
        meetings = repos.meetings.list_for_relationship(rid)
        for meeting in meetings:
            assert meeting.id is not None
            assert repos.meetings.get(meeting.id) == meeting
            seen += len(repos.agenda_items.list_for_meeting(meeting.id))
            repos.private_meeting_notes.get(meeting.id)
        versions = repos.agreements.list_versions(rid)
        repos.agreements.latest(rid)
        seen += len(goals) + len(meetings) + len(versions)
        seen += len(repos.actions.list_for_relationship(rid, include_private=True))
        seen += len(repos.acknowledgements.list_for_relationship(rid))
        seen += len(repos.checkins.list_for_relationship(rid, include_private=True))
        seen += len(repos.mentor_candidates.list_for_relationship(rid, include_private=True))
        seen += 1
    page = repos.reflections.ids_page(limit=1000)
    seen += len(repos.reflections.get_many(page.ids))
    seen += len(repos.prompts.list_all(include_retired=True))
    seen += len(repos.agenda_templates.list_all())
    return seen


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(document=documents())
def test_what_import_accepts_opens_and_exports_byte_identical(
    tmp_path_factory: Any, document: dict[str, Any]
) -> None:
    folder = tmp_path_factory.mktemp("prop")
    with _new_vault(folder / "a") as first:
        try:
            json_format.import_document(first.db, document)
        except ImportRejectedError:
            event("refused")
            assert first.db.scalar("SELECT count(*) FROM relationship") == 0
            return
        event("accepted")
        read_everything_the_views_read(first.db)
        assert first.db.damaged_records == set()
        exported = json_format.export_json(first.db, include_private=True)
    with _new_vault(folder / "b") as second:
        json_format.import_document(second.db, json_format.parse(exported))
        read_everything_the_views_read(second.db)
        assert second.db.damaged_records == set()
        assert json_format.export_json(second.db, include_private=True) == exported
    # And every value the document gave comes back exactly.
    tables = json.loads(exported)["tables"]
    for name, rows in document["tables"].items():
        by_uuid = {row.get("uuid"): row for row in tables[name]}
        for row in rows:
            if "uuid" in row:
                assert {k: by_uuid[row["uuid"]][k] for k in row} == row
