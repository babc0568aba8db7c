from __future__ import annotations

import copy
import json
from importlib.resources import files
from typing import Any

import pytest

from rmdesk.domain.models import AgendaKind, Role
from rmdesk.domain.resources import (
    AGENDA_TEMPLATES_FILE,
    PROMPTS_FILE,
    PromptMoment,
    ResourceError,
    load_agenda_templates,
    load_checkin_questions,
    load_prompts,
    parse_agenda_templates,
    parse_checkin_questions,
    parse_prompts,
    read_resource_json,
)

SEED_THEMES = {"assumptions", "perspectives", "feedback", "partnership", "applying"}


def raw(parts: tuple[str, ...]) -> Any:
    return json.loads(files("rmdesk.resources").joinpath(*parts).read_text("utf-8"))


# --- prompts -------------------------------------------------------------------------------


def test_prompt_library_loads_and_covers_every_theme_and_moment() -> None:
    library = load_prompts()
    assert 25 <= len(library.prompts) <= 40
    theme_keys = {theme.key for theme in library.themes}
    assert theme_keys >= SEED_THEMES
    for theme in theme_keys:
        assert len(library.for_theme(theme)) >= 3, theme
    for moment in PromptMoment:
        assert library.for_moment(moment), moment
    assert len({prompt.key for prompt in library.prompts}) == len(library.prompts)
    assert len({prompt.text for prompt in library.prompts}) == len(library.prompts)


def test_before_session_prompts_are_a_learners_mindset_check() -> None:
    texts = [p.text.casefold() for p in load_prompts().for_moment(PromptMoment.BEFORE_SESSION)]
    assert any("learn today" in text for text in texts)
    assert any("undefended" in text or "defend" in text for text in texts)


def test_prompts_read_as_questions_in_plain_words() -> None:
    for prompt in load_prompts().prompts:
        assert prompt.text.rstrip().endswith(("?", ".")), prompt.key
        assert "{" not in prompt.text and "  " not in prompt.text, prompt.key
        assert len(prompt.text) <= 220, prompt.key


def test_prompt_lookup_by_key() -> None:
    library = load_prompts()
    assert library.prompt("mindset_learn_today").moment is PromptMoment.BEFORE_SESSION
    with pytest.raises(KeyError):
        library.prompt("no_such_prompt")


def test_loaders_are_cached() -> None:
    assert load_prompts() is load_prompts()
    assert load_agenda_templates() is load_agenda_templates()


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["prompts"][0].update(theme="nope"), "unknown theme"),
        (lambda d: d["prompts"][0].update(moment="lunch"), "moment"),
        (lambda d: d["prompts"][1].update(key=d["prompts"][0]["key"]), "used twice"),
        (lambda d: d["prompts"][0].update(key="Bad Key"), "lower_snake_case"),
        (lambda d: d["prompts"][0].update(text="   "), "non-empty text"),
        (lambda d: d.update(prompts=[]), "non-empty list"),
        (lambda d: d["themes"].append("text"), "expected an object"),
    ],
)
def test_broken_prompt_files_are_refused(mutate: Any, message: str) -> None:
    data = copy.deepcopy(raw(PROMPTS_FILE))
    mutate(data)
    with pytest.raises(ResourceError, match=message):
        parse_prompts(data)


# --- agenda templates ----------------------------------------------------------------------


def test_agenda_templates_load_and_validate() -> None:
    templates = load_agenda_templates()
    assert 3 <= len(templates) <= 4
    by_key = {template.key: template for template in templates}
    assert {"first_meeting", "challenge_assumption", "checkin_session", "tech_deep_dive"} <= set(
        by_key
    )
    assert any(item.kind is AgendaKind.ASSUMPTION for item in by_key["challenge_assumption"].items)
    for template in templates:
        assert 15 <= template.total_minutes <= 90, template.key
        assert {item.owner for item in template.items} == {Role.LEADER, Role.MENTOR}, template.key
        assert all(item.title.strip() and item.minutes > 0 for item in template.items)


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["templates"][0]["items"][0].update(kind="speech"), "kind"),
        (lambda d: d["templates"][0]["items"][0].update(owner="boss"), "owner"),
        (lambda d: d["templates"][0]["items"][0].update(minutes=0), "minutes"),
        (lambda d: d["templates"][0]["items"][0].update(minutes="10"), "whole number"),
        (lambda d: d["templates"][0]["items"][0].update(minutes=True), "whole number"),
        (lambda d: d["templates"][0].update(items=[]), "non-empty list"),
        (lambda d: d["templates"][0].pop("name"), "'name'"),
    ],
)
def test_broken_agenda_templates_are_refused(mutate: Any, message: str) -> None:
    data = copy.deepcopy(raw(AGENDA_TEMPLATES_FILE))
    mutate(data)
    with pytest.raises(ResourceError, match=message):
        parse_agenda_templates(data)


# --- check-in questions and plumbing -------------------------------------------------------


def test_checkin_questions_load() -> None:
    questions = load_checkin_questions()
    assert [q.side for q in questions].count(Role.LEADER) == 3
    assert all(q.label and q.low_end and q.high_end for q in questions)
    with pytest.raises(ResourceError, match="side"):
        parse_checkin_questions({"questions": [{"side": "boss", "key": "x"}]})


def test_missing_or_malformed_files_raise_resource_error() -> None:
    with pytest.raises(ResourceError, match="cannot be read"):
        read_resource_json("prompts", "missing.json")
    with pytest.raises(ResourceError, match="expected an object"):
        parse_prompts(["not", "an", "object"])
