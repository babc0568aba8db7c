"""The search reader: a second, read-only connection that finds what the vault's own
connection finds, sees its commits at once, and pages the list from either end."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from rmdesk.domain.models import Reflection
from rmdesk.store.errors import ReadOnlyError
from rmdesk.store.repositories import ReflectionFilter, Repositories
from rmdesk.store.repositories.reflection_reader import MAX_WORDS, ReflectionReader
from rmdesk.store.vault import Vault
from tests.store.repositories.test_reflection import relationship

T0 = datetime(2026, 1, 1, tzinfo=UTC)
BODIES = [
    "mentor meeting mentoring",
    "the mentor listened",
    "menu of options",
    "a mended fence",
    "Mentorat en français, café",
    "nothing here",
] * 5


@pytest.fixture
def filled(vault: Vault) -> tuple[Repositories, int]:
    repos = Repositories.from_db(vault.db)
    rid = relationship(repos)
    with vault.db.transaction():
        for number, body in enumerate(BODIES):
            repos.reflections.add(
                Reflection(relationship_id=rid, body=body, created_at=T0 + timedelta(hours=number))
            )
    return repos, rid


@pytest.fixture
def reader(filled: tuple[Repositories, int]) -> Iterator[ReflectionReader]:
    opened = filled[0].reflections.open_reader()
    yield opened
    opened.close()


def ids(hits: list) -> list[int]:  # type: ignore[type-arg]
    return [hit.reflection_id for hit in hits]


@pytest.mark.parametrize(
    "text",
    [
        *("men*", "ment*", "mento*", "mentor*", "mend*", "menx*", "caf*", "café*", "me*"),
        # Several words, the last one still being typed (a person types "the mentor"):
        *("the ment*", "mentor meet*", "a mend*", "the menx*", "mentor the list*"),
    ],
)
def test_prefix_search_finds_what_fts5_finds(
    filled: tuple[Repositories, int], reader: ReflectionReader, text: str
) -> None:
    repos, rid = filled
    for filters in (ReflectionFilter(), ReflectionFilter(relationship_id=rid)):
        expected = repos.reflections.search(text, filters, limit=50)
        found = reader.search(text, filters, limit=50)
        assert ids(found) == ids(expected)
        assert [h.spans for h in found] == [h.spans for h in expected]


def test_words_written_after_a_lookup_are_found(
    filled: tuple[Repositories, int], reader: ReflectionReader
) -> None:
    repos, rid = filled
    before = ids(reader.search("ment*"))
    added = repos.reflections.add(Reflection(relationship_id=rid, body="mentorship, at last"))
    # The reader kept the words of "ment*"; the commit on the vault's connection drops them.
    assert ids(reader.search("mento*"))[0] == added.id
    assert len(ids(reader.search("ment*"))) == len(before) + 1


def test_a_prefix_with_too_many_words_uses_fts5s_own_query(
    filled: tuple[Repositories, int], reader: ReflectionReader
) -> None:
    repos, rid = filled
    with repos.reflections._db.transaction():
        for number in range(MAX_WORDS + 5):
            repos.reflections.add(Reflection(relationship_id=rid, body=f"zed{number:03d}"))
    assert len(reader.search("zed*", limit=100)) == MAX_WORDS + 5
    assert ids(reader.search("zed0*", limit=100)) == ids(
        repos.reflections.search("zed0*", limit=100)
    )


def test_the_reader_cannot_write(
    reader: ReflectionReader, filled: tuple[Repositories, int]
) -> None:
    _repos, rid = filled
    with pytest.raises(ReadOnlyError):
        reader.add(Reflection(relationship_id=rid, body="no"))


def test_pages_read_from_either_end_agree_with_offsets(filled: tuple[Repositories, int]) -> None:
    repos, rid = filled
    reflections = repos.reflections
    filters = ReflectionFilter(relationship_id=rid)
    everything = reflections.ids_at(0, 1000, filters)
    first = reflections.keys_after(None, 7, filters)
    assert [key.id for key in first] == list(everything[:7])
    second = reflections.keys_after(first[-1], 7, filters)
    assert [key.id for key in second] == list(everything[7:14])
    last = reflections.keys_before(None, 4, filters)
    assert [key.id for key in last] == list(everything[-4:])
    before_last = reflections.keys_before(last[0], 5, filters)
    assert [key.id for key in before_last] == list(everything[-9:-4])
    skipped = reflections.keys_before(None, 3, filters, skip=2)
    assert [key.id for key in skipped] == list(everything[-5:-2])
    assert [key.id for key in reflections.keys_at(10, 3, filters)] == list(everything[10:13])
