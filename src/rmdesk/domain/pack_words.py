"""Pack passphrases people can read aloud: a few common words from ``resources/words``.

Two people in one room agree on the words, one reads them out, the other types them. With
about 2,400 words, six words drawn with :mod:`secrets` give roughly 67 bits; the pack's key is
then stretched with scrypt like the vault's (store/kdf.py), so guessing stays out of reach.
"""

from __future__ import annotations

import math
import re
import secrets
from functools import cache
from importlib.resources import files

from rmdesk.domain.resources import RESOURCE_PACKAGE, ResourceError

WORDS_FILE = ("words", "pack_words.txt")
DEFAULT_WORD_COUNT = 6
MIN_WORDS = 2048
_WORD = re.compile(r"^[a-z]{3,9}$")


def parse_words(text: str) -> tuple[str, ...]:
    words = tuple(line.strip() for line in text.splitlines() if line.strip())
    bad = [w for w in words if not _WORD.match(w)]
    if bad:
        raise ResourceError(f"{'/'.join(WORDS_FILE)}: not a plain lower-case word: {bad[0]!r}")
    if len(set(words)) != len(words):
        raise ResourceError(f"{'/'.join(WORDS_FILE)}: a word is listed twice")
    if len(words) < MIN_WORDS:
        raise ResourceError(f"{'/'.join(WORDS_FILE)}: {len(words)} words, {MIN_WORDS} needed")
    return words


@cache
def load_words() -> tuple[str, ...]:
    try:
        text = files(RESOURCE_PACKAGE).joinpath(*WORDS_FILE).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ResourceError(f"{'/'.join(WORDS_FILE)}: {exc}") from exc
    return parse_words(text)


def suggest(count: int = DEFAULT_WORD_COUNT) -> str:
    """``count`` words drawn at random (``secrets``), separated by spaces."""
    words = load_words()
    return " ".join(secrets.choice(words) for _ in range(count))


def strength_bits(count: int = DEFAULT_WORD_COUNT) -> float:
    return count * math.log2(len(load_words()))
