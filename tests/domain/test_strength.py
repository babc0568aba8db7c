from __future__ import annotations

import time

import pytest

from rmdesk.domain.strength import (
    HINT_TEXT,
    Hint,
    Verdict,
    estimate,
    is_acceptable,
    score_for,
)


@pytest.mark.parametrize(
    "passphrase",
    [
        "",
        "a",
        "password",
        "P@ssw0rd!",
        "qwerty123",
        "iloveyou",
        "aaaaaaaaaaaa",
        "abcdefgh12345678",
        "asdfghjkl;",
        "monkey2024",
        "password password password password",
        "hunter2",
    ],
)
def test_weak_passphrases_are_refused(passphrase: str) -> None:
    result = estimate(passphrase)
    assert result.score <= 1
    assert result.verdict in (Verdict.TOO_WEAK, Verdict.WEAK)
    assert result.hints
    assert not is_acceptable(passphrase)


@pytest.mark.parametrize(
    "passphrase",
    [
        "correct horse battery staple",
        "zebra orbit lantern quiet",
        "Lantern-Quiet-Orbit-Zebra",
        "kX8#pQ3m$R9v",
        "correcthorsebatterystaple",
    ],
)
def test_strong_passphrases(passphrase: str) -> None:
    result = estimate(passphrase)
    assert result.score == 4
    assert result.verdict is Verdict.STRONG
    assert result.hints == ()
    assert is_acceptable(passphrase)


def test_four_random_words_beat_three() -> None:
    three = estimate("zebra orbit lantern")
    four = estimate("zebra orbit lantern quiet")
    assert three.score < four.score == 4
    assert Hint.USE_MORE_WORDS in three.hints


def test_short_random_strings_stop_at_good() -> None:
    result = estimate("7Hq!pZ2w")
    assert result.bits > 50  # random enough on paper ...
    assert result.score == 3  # ... but too short to be called strong
    assert Hint.MAKE_LONGER in result.hints


def test_hints_name_the_patterns_found() -> None:
    assert Hint.LOOKALIKES_DONT_HELP in estimate("P@ssw0rd!").hints
    assert Hint.AVOID_COMMON in estimate("P@ssw0rd!").hints
    assert Hint.AVOID_SEQUENCES in estimate("abcdefgh12345678").hints
    assert Hint.AVOID_REPEATS in estimate("aaaaaaaaaaaa").hints
    assert Hint.AVOID_KEYBOARD_PATTERNS in estimate("asdfghjkl;").hints
    assert Hint.AVOID_YEARS in estimate("monkey2024").hints
    assert estimate("").hints == (Hint.EMPTY,)
    assert set(HINT_TEXT) == set(Hint)


def test_repeating_a_chunk_adds_little() -> None:
    once = estimate("Xq7#mZ").bits
    thrice = estimate("Xq7#mZXq7#mZXq7#mZ").bits
    assert thrice < once + 10


def test_score_thresholds_and_guesses() -> None:
    assert [score_for(bits) for bits in (0, 23.9, 24, 32, 40, 49.9, 50)] == [0, 0, 1, 2, 3, 3, 4]
    result = estimate("zebra orbit lantern quiet")
    assert result.guesses_log10 == pytest.approx(result.bits * 0.30103, rel=1e-4)
    assert list(Verdict) == [Verdict(v) for v in ("too weak", "weak", "fair", "good", "strong")]


def test_unicode_and_very_long_input_are_handled_quickly() -> None:
    assert estimate("Grüße aus Köln, liebe Kolleginnen").score >= 3
    started = time.perf_counter()
    repeated = estimate("Zq8!" * 2_500)
    varied = estimate("".join(chr(0x4E00 + (i * 7919) % 20000) for i in range(5_000)))
    assert time.perf_counter() - started < 1.0
    assert repeated.score <= 1  # length alone does not make a repeated chunk strong
    assert varied.score == 4
