"""The prompt library as the person sees it: built-in prompts, their own changes, their own
prompts. No widgets here.

Built-ins come from ``resources/prompts/prompts.json`` (stable keys). Editing or retiring a
built-in stores a vault row with that ``builtin_key`` which then overrides the shipped text,
theme, moment or retired flag; the shipped file is never changed. The person's own prompts are
rows without a key.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from rmdesk.domain.models import Prompt
from rmdesk.domain.resources import PromptLibrary, PromptMoment
from rmdesk.store.repositories.prompt import PromptRepository

OWN_THEME = "own"


@dataclass(frozen=True, slots=True)
class PromptEntry:
    theme: str
    moment: PromptMoment
    text: str
    builtin_key: str | None = None  # set for a shipped prompt (edited or not)
    prompt_id: int | None = None  # set once the vault holds a row for it
    retired: bool = False

    @property
    def is_builtin(self) -> bool:
        return self.builtin_key is not None


def _moment(value: str) -> PromptMoment:
    try:
        return PromptMoment(value)
    except ValueError:
        return PromptMoment.ANY


def effective_prompts(library: PromptLibrary, stored: list[Prompt]) -> list[PromptEntry]:
    """Every prompt, retired ones included (callers filter), in library then creation order."""
    overrides = {p.builtin_key: p for p in stored if p.builtin_key is not None}
    entries: list[PromptEntry] = []
    for shipped in library.prompts:
        row = overrides.get(shipped.key)
        if row is None:
            entries.append(PromptEntry(shipped.theme, shipped.moment, shipped.text, shipped.key))
        else:
            moment = _moment(row.moment)
            entries.append(
                PromptEntry(row.theme, moment, row.text, shipped.key, row.id, row.retired)
            )
    for row in stored:
        if row.builtin_key is None:
            entries.append(
                PromptEntry(row.theme, _moment(row.moment), row.text, None, row.id, row.retired)
            )
    return entries


def save_entry(repository: PromptRepository, entry: PromptEntry) -> PromptEntry:
    """Store a new or changed prompt (a built-in gets its overriding row on first change)."""
    if entry.prompt_id is not None:
        existing = repository.get(entry.prompt_id)
        if existing is not None:
            saved = repository.update(
                replace(
                    existing,
                    theme=entry.theme,
                    moment=entry.moment.value,
                    text=entry.text,
                    retired=entry.retired,
                )
            )
            return replace(entry, prompt_id=saved.id)
    if entry.builtin_key is not None:
        found = repository.get_builtin(entry.builtin_key)
        if found is not None:
            return save_entry(repository, replace(entry, prompt_id=found.id))
    saved = repository.add(
        Prompt(
            theme=entry.theme,
            text=entry.text,
            moment=entry.moment.value,
            builtin_key=entry.builtin_key,
            retired=entry.retired,
        )
    )
    return replace(entry, prompt_id=saved.id)
