"""Reflections: tags, filters, keyset/offset paging from indexes, and search that never raises."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from rmdesk.domain.models import Cadence, Goal, Meeting, Reflection, Relationship, Role
from rmdesk.store.repositories import (
    NO_FILTER,
    ReflectionFilter,
    Repositories,
    match_expression,
)
from rmdesk.store.repositories.reflection_query import parse_snippet, where_clause
from rmdesk.store.vault import Vault

T0 = datetime(2026, 1, 1, tzinfo=UTC)
OPERATOR_SOUP = [
    '"', '""', "AND", "OR", "NOT", "a OR (b", "NEAR(", "NEAR(a b", "*", "**", "a*b*", "col:x",
    "body:secret", "prompt:", "^start", "-minus", "+plus", "(", ")", "{a b}:c", "", "   ",
    "\x00", "a\x00b", "\ud800", "'", "a' OR '1'='1", "); DROP TABLE reflection; --", "\\",
    "🎉", "e\u0301", "\u202eevil", "a AND", "AND a", "a NOT", "a : b", "\"a\" \"b\"*",
]  # fmt: skip


@pytest.fixture
def repos(vault: Vault) -> Repositories:
    return Repositories.from_db(vault.db)


def relationship(repos: Repositories, name: str = "Sam") -> int:
    rel = repos.relationships.add(
        Relationship(
            my_role=Role.MENTOR,
            other_name=name,
            cadence=Cadence.MONTHLY,
            meeting_minutes=60,
            start_date=date(2026, 1, 1),
        )
    )
    assert rel.id is not None
    return rel.id


def test_round_trip_with_normalised_tags(repos: Repositories) -> None:
    rid = relationship(repos)
    added = repos.reflections.add(
        Reflection(
            relationship_id=rid,
            body="Learned about prompts",
            prompt="What surprised you?",
            tags=(" Work", "work", "", "AI "),
        )
    )
    assert added.tags == ("ai", "work")
    assert repos.reflections.get(added.id or 0) == added
    updated = repos.reflections.update(replace(added, body="New body", tags=("Growth",)))
    assert updated.tags == ("growth",) and updated.body == "New body"
    assert repos.reflections.get(added.id or 0) == updated
    repos.reflections.delete(added.id or 0)
    assert repos.reflections.get(added.id or 0) is None
    assert repos.reflections.all_tags() == []


def test_get_many_keeps_the_order_given(repos: Repositories) -> None:
    rid = relationship(repos)
    made = [repos.reflections.add(Reflection(relationship_id=rid, body=str(i))) for i in range(5)]
    ids = [made[3].id or 0, 999, made[0].id or 0, made[4].id or 0]
    assert repos.reflections.get_many(ids) == [made[3], made[0], made[4]]
    assert repos.reflections.get_many([]) == []
    many = list(range(1, 1200))  # more than one IN (...) chunk
    assert len(repos.reflections.get_many(many)) == 5


def _fill(repos: Repositories, count: int) -> tuple[int, int, int, int, list[Reflection]]:
    rid = relationship(repos)
    other = relationship(repos, "Kim")
    meeting = repos.meetings.add(Meeting(relationship_id=rid, starts_at=T0, minutes=30))
    goal = repos.goals.add(Goal(relationship_id=rid, title="G"))
    made: list[Reflection] = []
    db = repos.reflections._db
    with db.transaction():
        for i in range(count):
            made.append(
                repos.reflections.add(
                    Reflection(
                        relationship_id=rid if i % 4 else other,
                        body=f"entry {i} apple",
                        tags=("even",) if i % 2 == 0 else ("odd", "Oddity"),
                        meeting_id=meeting.id if i % 5 == 0 else None,
                        goal_id=goal.id if i % 7 == 0 else None,
                        # Every third pair shares a created_at, so ties are ordered by id.
                        created_at=T0 + timedelta(hours=i // 2),
                    )
                )
            )
    return rid, other, meeting.id or 0, goal.id or 0, made


def _expected(made: list[Reflection], keep: object) -> list[int]:
    chosen = [r for r in made if keep(r)]  # type: ignore[operator]
    chosen.sort(key=lambda r: (r.created_at, r.id), reverse=True)
    return [r.id or 0 for r in chosen]


def test_filters_count_and_paging(repos: Repositories) -> None:
    rid, other, meeting_id, goal_id, made = _fill(repos, 300)
    since, until = T0 + timedelta(hours=10), T0 + timedelta(hours=40)
    cases: list[tuple[ReflectionFilter, object]] = [
        (NO_FILTER, lambda r: True),
        (ReflectionFilter(relationship_id=rid), lambda r: r.relationship_id == rid),
        (ReflectionFilter(relationship_id=other), lambda r: r.relationship_id == other),
        (ReflectionFilter(tag=" ODD"), lambda r: "odd" in r.tags),
        (ReflectionFilter(tag="missing"), lambda r: False),
        (ReflectionFilter(tag="  "), lambda r: False),
        (ReflectionFilter(meeting_id=meeting_id), lambda r: r.meeting_id == meeting_id),
        (ReflectionFilter(goal_id=goal_id), lambda r: r.goal_id == goal_id),
        (
            ReflectionFilter(since=since, until=until),
            lambda r: since <= r.created_at < until,
        ),
        (
            ReflectionFilter(relationship_id=rid, tag="even", since=since),
            lambda r: r.relationship_id == rid and "even" in r.tags and r.created_at >= since,
        ),
    ]
    for filters, keep in cases:
        expected = _expected(made, keep)
        assert repos.reflections.count(filters) == len(expected), filters
        # Keyset paging walks every row once, newest first, ties by id.
        walked: list[int] = []
        page = repos.reflections.ids_page(None, 32, filters)
        walked.extend(page.ids)
        while page.next_key is not None:
            page = repos.reflections.ids_page(page.next_key, 32, filters)
            walked.extend(page.ids)
        assert walked == expected, filters
        # Offset paging (a jump) agrees with it.
        assert list(repos.reflections.ids_at(0, 1000, filters)) == expected
        assert list(repos.reflections.ids_at(10, 5, filters)) == expected[10:15]


def test_counts_and_pages_read_indexes_not_the_table(repos: Repositories) -> None:
    db = repos.reflections._db
    filters = [
        NO_FILTER,
        ReflectionFilter(relationship_id=1),
        ReflectionFilter(tag="x"),
        ReflectionFilter(meeting_id=1),
        ReflectionFilter(goal_id=1),
        ReflectionFilter(since=T0, until=T0 + timedelta(days=1)),
        ReflectionFilter(relationship_id=1, since=T0),
    ]
    for f in filters:
        where, params = where_clause(f)
        for sql in (
            f"SELECT count(*) FROM reflection r WHERE {where}",  # noqa: S608
            f"SELECT r.id FROM reflection r WHERE {where}"  # noqa: S608
            " ORDER BY r.created_at DESC, r.id DESC LIMIT 256",
        ):
            plan = " | ".join(str(row[3]) for row in db.query("EXPLAIN QUERY PLAN " + sql, params))
            scans = [step for step in plan.split(" | ") if step.startswith("SCAN")]
            assert all("INDEX" in step for step in scans), (f, plan)


def test_all_tags_by_prefix(repos: Repositories) -> None:
    rid = relationship(repos)
    for tags in (("Work", "worry"), ("wonder", "AI"), ("work",)):
        repos.reflections.add(Reflection(relationship_id=rid, body="b", tags=tags))
    assert repos.reflections.all_tags() == ["ai", "wonder", "work", "worry"]
    assert repos.reflections.all_tags(" WOR") == ["work", "worry"]
    assert repos.reflections.all_tags("wo", limit=2) == ["wonder", "work"]
    assert repos.reflections.all_tags("zzz") == []


def test_search_finds_ranks_highlights_and_filters(repos: Repositories) -> None:
    rid = relationship(repos)
    other = relationship(repos, "Kim")
    strong = repos.reflections.add(
        Reflection(relationship_id=rid, body="Mentoring mentoring mentoring about café culture")
    )
    weak = repos.reflections.add(
        Reflection(
            relationship_id=other,
            body="A long day. " * 20 + "Some mentoring at the end.",
            prompt="What did you learn?",
        )
    )
    hits = repos.reflections.search("mentoring")
    assert [h.reflection_id for h in hits] == [strong.id, weak.id]
    assert [s.text for s in hits[0].spans if s.highlighted] == [
        "Mentoring",
        "mentoring",
        "mentoring",
    ]
    assert "café" in hits[0].snippet
    assert "\x02" not in hits[0].snippet and "\x03" not in hits[0].snippet
    # Diacritics folded, prefix as you type, prompt column searched too.
    assert [h.reflection_id for h in repos.reflections.search("CAFE")] == [strong.id]
    # A prefix (a word still being typed) lists the newest matches first, unranked.
    assert [h.reflection_id for h in repos.reflections.search("ment*")] == [weak.id, strong.id]
    assert repos.reflections.search("ment") == []
    assert [h.reflection_id for h in repos.reflections.search("learn")] == [weak.id]
    # Every word must match (implicit AND).
    assert [h.reflection_id for h in repos.reflections.search("mentoring day")] == [weak.id]
    only_other = ReflectionFilter(relationship_id=other)
    assert [h.reflection_id for h in repos.reflections.search("mentoring", only_other)] == [weak.id]
    assert len(repos.reflections.search("mentoring", limit=1)) == 1


def test_deleted_and_replaced_text_is_not_found(repos: Repositories) -> None:
    rid = relationship(repos)
    gone = repos.reflections.add(Reflection(relationship_id=rid, body="zebracanary lives here"))
    kept = repos.reflections.add(
        Reflection(relationship_id=rid, body="oldword text", prompt="promptword")
    )
    assert repos.reflections.search("zebracanary")
    repos.reflections.delete(gone.id or 0)
    assert repos.reflections.search("zebracanary") == []
    assert repos.reflections.search("zebra*") == []

    repos.reflections.update(replace(kept, body="newword text", prompt="other"))
    assert repos.reflections.search("oldword") == []
    assert repos.reflections.search("promptword") == []
    assert [h.reflection_id for h in repos.reflections.search("newword")] == [kept.id]
    # Changing only tags or links leaves the index in step as well.
    repos.reflections.update(replace(kept, body="newword text", prompt="other", tags=("t",)))
    assert [h.reflection_id for h in repos.reflections.search("newword")] == [kept.id]
    db = repos.reflections._db
    assert (
        db.scalar(
            "SELECT count(*) FROM reflection_fts WHERE reflection_fts MATCH ?",
            ("oldword OR zebracanary",),
        )
        == 0
    )
    # The index agrees with its content table (FTS5's own consistency check).
    db.execute("INSERT INTO reflection_fts(reflection_fts, rank) VALUES ('integrity-check', 1)")


@pytest.mark.parametrize("query", OPERATOR_SOUP)
def test_operator_soup_never_raises(repos: Repositories, query: str) -> None:
    rid = relationship(repos)
    repos.reflections.add(Reflection(relationship_id=rid, body="a b col x start minus plus"))
    hits = repos.reflections.search(query, ReflectionFilter(relationship_id=rid, tag="t"))
    assert isinstance(hits, list)
    assert isinstance(repos.reflections.search(query), list)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=40) | st.lists(st.sampled_from(OPERATOR_SOUP)).map(" ".join))
@example("word")
def test_any_typed_text_searches_without_error(repos: Repositories, query: str) -> None:
    repos.reflections.search(query)
    expression = match_expression(query)
    assert expression is None or expression.strip()


def test_words_with_operators_are_found_as_words(repos: Repositories) -> None:
    rid = relationship(repos)
    target = repos.reflections.add(
        Reflection(relationship_id=rid, body='She said "NEAR" and OR col:x (really)')
    )
    for query in ("NEAR", "or", "col:x", '"near"', "(really)", "said*"):
        assert [h.reflection_id for h in repos.reflections.search(query)] == [target.id], query


def test_match_expression_quotes_every_term() -> None:
    assert match_expression('say "hi" AND x*') == '"say" """hi""" "AND" "x"*'
    assert match_expression("a* b") == '"a*" "b"'
    assert match_expression("* ** !!") is None
    assert match_expression("") is None


def test_snippet_parsing_survives_unbalanced_markers() -> None:
    spans = parse_snippet("a\x02b\x03c\x03d\x02")
    assert [(s.text, s.highlighted) for s in spans] == [
        ("a", False),
        ("b", True),
        ("c", False),
        ("d", False),
    ]
    assert parse_snippet("") == ()
