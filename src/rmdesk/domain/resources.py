"""The text resources the app ships: reflection prompts, agenda templates, check-in labels.

Files live in the top-level ``resources/`` folder, installed as the ``rmdesk.resources``
package and read with :mod:`importlib.resources`, so they load the same way from a
checkout, a wheel or a frozen build. Each loader validates the whole file and raises
:class:`ResourceError` naming the file and the entry at fault; a broken resource is a bug
in the release, so tests load every file.

Every file exists per language: ``prompts.json`` is the English source, ``prompts.de.json``
and ``prompts.fr.json`` its German and French versions with the same keys. A loader takes a
language code and falls back to English for a language we do not ship. Only wording differs
between languages: keys (what the vault stores) are the same in every file.

The ``parse_*`` functions take already-decoded JSON, which lets tests feed them bad data.
Loaders are cached (``functools.cache`` on pure functions); nothing else is kept.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib.resources import files
from typing import TypeVar

from rmdesk.domain.models import AgendaKind, Role

RESOURCE_PACKAGE = "rmdesk.resources"
PROMPTS_FILE = ("prompts", "prompts.json")
AGENDA_TEMPLATES_FILE = ("agenda", "templates.json")
CHECKIN_QUESTIONS_FILE = ("checkins", "questions.json")
SOURCE_LANGUAGE = "en"
CONTENT_LANGUAGES = (SOURCE_LANGUAGE, "de", "fr")
_KEY = re.compile(r"^[a-z][a-z0-9_]*$")
E = TypeVar("E", bound=StrEnum)


class ResourceError(ValueError):
    """A shipped resource file is missing, malformed or inconsistent (a release bug)."""


class PromptMoment(StrEnum):
    ANY = "any"
    AFTER_MEETING = "after_meeting"
    ON_GOAL = "on_goal"
    BEFORE_SESSION = "before_session"


@dataclass(frozen=True, slots=True)
class PromptTheme:
    key: str
    title: str
    description: str


@dataclass(frozen=True, slots=True)
class ReflectionPrompt:
    key: str
    theme: str
    moment: PromptMoment
    text: str


@dataclass(frozen=True, slots=True)
class PromptLibrary:
    themes: tuple[PromptTheme, ...]
    prompts: tuple[ReflectionPrompt, ...]

    def for_moment(self, moment: PromptMoment) -> tuple[ReflectionPrompt, ...]:
        return tuple(prompt for prompt in self.prompts if prompt.moment is moment)

    def for_theme(self, theme_key: str) -> tuple[ReflectionPrompt, ...]:
        return tuple(prompt for prompt in self.prompts if prompt.theme == theme_key)

    def prompt(self, key: str) -> ReflectionPrompt:
        for prompt in self.prompts:
            if prompt.key == key:
                return prompt
        raise KeyError(key)


@dataclass(frozen=True, slots=True)
class AgendaTemplateItem:
    kind: AgendaKind
    owner: Role
    minutes: int
    title: str


@dataclass(frozen=True, slots=True)
class AgendaTemplate:
    key: str
    name: str
    description: str
    items: tuple[AgendaTemplateItem, ...]

    @property
    def total_minutes(self) -> int:
        return sum(item.minutes for item in self.items)


@dataclass(frozen=True, slots=True)
class CheckInQuestionText:
    side: Role
    key: str
    label: str
    short_name: str
    low_end: str
    high_end: str


# --- languages -----------------------------------------------------------------------------


def content_language(locale_name: str) -> str:
    """The shipped content language for a locale or language name ("de_DE", "fr", "C"):
    its language if we ship it, else English."""
    language = locale_name.replace("-", "_").split("_")[0].lower()
    return language if language in CONTENT_LANGUAGES else SOURCE_LANGUAGE


def localized_parts(parts: tuple[str, ...], language: str) -> tuple[str, ...]:
    """The path of a resource in ``language`` (``prompts.de.json`` for ``prompts.json``),
    or the English file's when that language has no version of it."""
    chosen = content_language(language)
    if chosen == SOURCE_LANGUAGE:
        return parts
    stem, _, extension = parts[-1].rpartition(".")
    candidate = (*parts[:-1], f"{stem}.{chosen}.{extension}")
    if files(RESOURCE_PACKAGE).joinpath(*candidate).is_file():
        return candidate
    return parts


def read_localized_json(parts: tuple[str, ...], language: str) -> tuple[object, str]:
    """The decoded file in ``language`` (or English) and the name it was read from."""
    chosen = localized_parts(parts, language)
    return read_resource_json(*chosen), "/".join(chosen)


# --- reading and field helpers -------------------------------------------------------------


def read_resource_json(*parts: str) -> object:
    """Decode one JSON file under ``resources/``; any failure becomes a ResourceError."""
    name = "/".join(parts)
    try:
        text = files(RESOURCE_PACKAGE).joinpath(*parts).read_text(encoding="utf-8")
        decoded: object = json.loads(text)
    except (OSError, ValueError) as error:
        raise ResourceError(f"{name}: cannot be read ({error})") from error
    return decoded


def as_object(value: object, where: str) -> Mapping[str, object]:
    if not isinstance(value, dict):
        raise ResourceError(f"{where}: expected an object")
    return value


def as_list(value: object, where: str) -> list[object]:
    if not isinstance(value, list) or not value:
        raise ResourceError(f"{where}: expected a non-empty list")
    return value


def text_field(entry: Mapping[str, object], name: str, where: str) -> str:
    value = entry.get(name)
    if not isinstance(value, str) or not value.strip():
        raise ResourceError(f"{where}: '{name}' must be non-empty text")
    return value


def key_field(entry: Mapping[str, object], where: str, seen: set[str]) -> str:
    key = text_field(entry, "key", where)
    if not _KEY.match(key):
        raise ResourceError(f"{where}: key {key!r} must be lower_snake_case")
    if key in seen:
        raise ResourceError(f"{where}: key {key!r} is used twice")
    seen.add(key)
    return key


def _choice(enum: type[E], entry: Mapping[str, object], name: str, where: str) -> E:
    value = text_field(entry, name, where)
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(member.value for member in enum)
        raise ResourceError(f"{where}: '{name}' is {value!r}, expected one of {allowed}") from None


# --- prompts -------------------------------------------------------------------------------


def parse_prompts(data: object, source: str = "prompts.json") -> PromptLibrary:
    root = as_object(data, source)
    theme_keys: set[str] = set()
    themes = []
    for index, raw in enumerate(as_list(root.get("themes"), f"{source} themes")):
        where = f"{source} themes[{index}]"
        entry = as_object(raw, where)
        key = key_field(entry, where, theme_keys)
        themes.append(
            PromptTheme(
                key, text_field(entry, "title", where), text_field(entry, "description", where)
            )
        )
    prompt_keys: set[str] = set()
    prompts = []
    for index, raw in enumerate(as_list(root.get("prompts"), f"{source} prompts")):
        where = f"{source} prompts[{index}]"
        entry = as_object(raw, where)
        key = key_field(entry, where, prompt_keys)
        theme = text_field(entry, "theme", where)
        if theme not in theme_keys:
            raise ResourceError(f"{where}: unknown theme {theme!r}")
        moment = _choice(PromptMoment, entry, "moment", where)
        prompts.append(ReflectionPrompt(key, theme, moment, text_field(entry, "text", where)))
    return PromptLibrary(themes=tuple(themes), prompts=tuple(prompts))


@cache
def load_prompts(language: str = SOURCE_LANGUAGE) -> PromptLibrary:
    return parse_prompts(*read_localized_json(PROMPTS_FILE, language))


# --- agenda templates ----------------------------------------------------------------------

MAX_ITEM_MINUTES = 120


def parse_agenda_templates(
    data: object, source: str = "templates.json"
) -> tuple[AgendaTemplate, ...]:
    root = as_object(data, source)
    keys: set[str] = set()
    templates = []
    for index, raw in enumerate(as_list(root.get("templates"), f"{source} templates")):
        where = f"{source} templates[{index}]"
        entry = as_object(raw, where)
        key = key_field(entry, where, keys)
        items = []
        for item_index, raw_item in enumerate(as_list(entry.get("items"), f"{where} items")):
            item_where = f"{where} items[{item_index}]"
            item = as_object(raw_item, item_where)
            minutes = item.get("minutes")
            if not isinstance(minutes, int) or isinstance(minutes, bool):
                raise ResourceError(f"{item_where}: 'minutes' must be a whole number")
            if not 1 <= minutes <= MAX_ITEM_MINUTES:
                raise ResourceError(f"{item_where}: 'minutes' must be 1–{MAX_ITEM_MINUTES}")
            items.append(
                AgendaTemplateItem(
                    kind=_choice(AgendaKind, item, "kind", item_where),
                    owner=_choice(Role, item, "owner", item_where),
                    minutes=minutes,
                    title=text_field(item, "title", item_where),
                )
            )
        templates.append(
            AgendaTemplate(
                key=key,
                name=text_field(entry, "name", where),
                description=text_field(entry, "description", where),
                items=tuple(items),
            )
        )
    return tuple(templates)


@cache
def load_agenda_templates(language: str = SOURCE_LANGUAGE) -> tuple[AgendaTemplate, ...]:
    return parse_agenda_templates(*read_localized_json(AGENDA_TEMPLATES_FILE, language))


# --- check-in question labels --------------------------------------------------------------


def parse_checkin_questions(
    data: object, source: str = "questions.json"
) -> tuple[CheckInQuestionText, ...]:
    root = as_object(data, source)
    keys: set[str] = set()
    questions = []
    for index, raw in enumerate(as_list(root.get("questions"), f"{source} questions")):
        where = f"{source} questions[{index}]"
        entry = as_object(raw, where)
        questions.append(
            CheckInQuestionText(
                side=_choice(Role, entry, "side", where),
                key=key_field(entry, where, keys),
                label=text_field(entry, "label", where),
                short_name=text_field(entry, "short_name", where),
                low_end=text_field(entry, "low_end", where),
                high_end=text_field(entry, "high_end", where),
            )
        )
    return tuple(questions)


@cache
def load_checkin_questions(language: str = SOURCE_LANGUAGE) -> tuple[CheckInQuestionText, ...]:
    return parse_checkin_questions(*read_localized_json(CHECKIN_QUESTIONS_FILE, language))
