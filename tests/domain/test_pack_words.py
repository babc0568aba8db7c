"""The word list behind suggested pack passphrases."""

from __future__ import annotations

import pytest

from rmdesk.domain import pack_words
from rmdesk.domain.resources import ResourceError


def test_the_shipped_list_is_long_plain_and_unique() -> None:
    words = pack_words.load_words()
    assert len(words) >= pack_words.MIN_WORDS
    assert pack_words.strength_bits() > 60


def test_a_suggestion_is_six_listed_words() -> None:
    words = set(pack_words.load_words())
    suggestion = pack_words.suggest().split(" ")
    assert len(suggestion) == pack_words.DEFAULT_WORD_COUNT
    assert set(suggestion) <= words
    assert len({pack_words.suggest() for _ in range(20)}) == 20


@pytest.mark.parametrize("text", ["apple\nApple2\n", "apple\napple\n", "apple\n"])
def test_a_bad_list_is_refused(text: str) -> None:
    with pytest.raises(ResourceError):
        pack_words.parse_words(text)
