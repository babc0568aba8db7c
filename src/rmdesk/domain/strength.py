"""A dependency-free passphrase strength estimate, in the spirit of zxcvbn but much smaller.

The estimate is a number of bits (log2 of the guesses an attacker who knows the usual
tricks would need). Two models are computed and the lower one wins:

* **Characters**: the passphrase is read left to right; known patterns cost little —
  a common password or keyboard walk (also with look-alike digits, p@ssw0rd), a run of one
  character, an ascending or descending sequence (abc, 4321), a year, a chunk repeated from
  earlier. Any other character costs log2 of the alphabet its classes span (lower, upper,
  digits, symbols, other) — except letters inside a run of five or more, which cost
  :data:`WORDLIKE_LETTER_BITS` since long letter runs are usually words.
* **Words**: split at spaces and punctuation, each word of 3+ letters is priced as a pick
  from a diceware-sized list (:data:`WORD_BITS`, log2 7776), a common one as a pick from
  our short list, a repeated one at 1 bit. So four random words are strong, four words of
  which two are "password" are not.

Scores: bits below 24, 32, 40, 50 give 0–3; 50 and above is 4, except that anything
shorter than :data:`SHORT_LENGTH` characters stops at 3 ("good"). The vault's KDF slows every
guess further, but the score does not count on it.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

WORD_BITS = math.log2(7776)
WORDLIKE_LETTER_BITS = 3.0
SCORE_THRESHOLDS = (24.0, 32.0, 40.0, 50.0)
MIN_ACCEPTABLE_SCORE = 2
ANALYSED_LENGTH = 256  # only this much is read: plenty for a passphrase, and keeps it fast
MIN_WORDLIKE_RUN = 5
SHORT_LENGTH = 12  # below this a passphrase is never "strong", however random it looks

COMMON = frozenset(
    """
    password passwort motdepasse contrasena 123456 1234567 12345678 123456789 1234567890
    111111 000000 123123 654321 666666 121212 112233 qwerty qwertz azerty qwertyuiop
    asdfgh asdfghjkl zxcvbn zxcvbnm qazwsx 1qaz2wsx zaq12wsx 1q2w3e4r 1q2w3e4r5t qweasd
    abc123 abcdef letmein welcome monkey dragon football baseball soccer hockey basketball
    iloveyou admin administrator login master sunshine princess shadow superman batman
    trustno1 starwars whatever freedom hello secret charlie michael jennifer jordan hunter
    ranger buster killer thomas tigger robert access love lovely pepper ginger summer winter
    spring autumn flower cheese computer internet samsung google mustang maggie jessica
    ashley bailey daniel andrew joshua matthew cookie chocolate banana orange purple yellow
    silver golden family friends forever changeme default guest test testing user root
    temp pass mentor mentoring leader rmdesk vault passphrase company monday friday
    january december london berlin paris qwerty123 password1 hello123 welcome1 secret123
    mypassword nothing blink182 pokemon naruto minecraft fortnite liverpool chelsea arsenal
    jesus angel heaven money lucky happy smile cat dog tiger lion flowers sparkle pass123
    """.split()  # noqa: SIM905 - a word list reads better as plain text
)
_COMMON_BY_LENGTH = sorted((w for w in COMMON if len(w) >= 3), key=len, reverse=True)
_COMMON_BITS = math.log2(len(COMMON))
_LOOKALIKES = str.maketrans("0134578@$", "oieastbas")
_KEYBOARD_ROWS = ("`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./")
_KEY_POSITIONS = {
    key: (row, col) for row, keys in enumerate(_KEYBOARD_ROWS) for col, key in enumerate(keys)
}
_KEYBOARD_BITS = math.log2(sum(len(row) for row in _KEYBOARD_ROWS))
_YEAR = re.compile(r"(?:19|20)\d\d")
_WORD_SEPARATORS = re.compile(r"[\s\-_.,+/:;|]+")


class Verdict(StrEnum):
    TOO_WEAK = "too weak"
    WEAK = "weak"
    FAIR = "fair"
    GOOD = "good"
    STRONG = "strong"


class Hint(StrEnum):
    EMPTY = "empty"
    AVOID_COMMON = "avoid_common"
    LOOKALIKES_DONT_HELP = "lookalikes_dont_help"
    AVOID_SEQUENCES = "avoid_sequences"
    AVOID_REPEATS = "avoid_repeats"
    AVOID_KEYBOARD_PATTERNS = "avoid_keyboard_patterns"
    AVOID_YEARS = "avoid_years"
    MAKE_LONGER = "make_longer"
    USE_MORE_WORDS = "use_more_words"


HINT_TEXT = {
    Hint.EMPTY: "Type a passphrase.",
    Hint.USE_MORE_WORDS: "Four or more unrelated words make a strong passphrase, easy to type.",
    Hint.MAKE_LONGER: "Make it longer: length helps more than odd characters.",
    Hint.AVOID_COMMON: "Leave out common passwords and words everyone tries first.",
    Hint.LOOKALIKES_DONT_HELP: "Swapping letters for look-alike digits or symbols fools nobody.",
    Hint.AVOID_SEQUENCES: "Avoid runs such as abc or 1234.",
    Hint.AVOID_REPEATS: "Avoid repeated characters or repeating the same part.",
    Hint.AVOID_KEYBOARD_PATTERNS: "Avoid rows of neighbouring keys such as qwerty or asdf.",
    Hint.AVOID_YEARS: "Avoid years and dates: they are among the first guesses.",
}


@dataclass(frozen=True, slots=True)
class StrengthEstimate:
    score: int  # 0..4
    bits: float  # log2 of the estimated guesses
    verdict: Verdict
    hints: tuple[Hint, ...]

    @property
    def guesses_log10(self) -> float:
        return self.bits * math.log10(2)


def _char_class(char: str) -> tuple[str, int]:
    """The alphabet a character comes from and its size."""
    if "a" <= char <= "z":
        return "lower", 26
    if "A" <= char <= "Z":
        return "upper", 26
    if "0" <= char <= "9":
        return "digit", 10
    if char.isascii():
        return "symbol", 33
    return "other", 100


def _class_size(char: str) -> int:
    return _char_class(char)[1]


def _pool_bits(text: str) -> float:
    return math.log2(sum(dict(_char_class(c) for c in text).values()))


def _same_run(text: str, start: int) -> int:
    end = start
    while end < len(text) and text[end] == text[start]:
        end += 1
    return end - start


def _step_run(text: str, start: int) -> int:
    if start + 1 >= len(text):
        return 1
    step = ord(text[start + 1]) - ord(text[start])
    if step not in (1, -1):
        return 1
    end = start + 1
    while end < len(text) and ord(text[end]) - ord(text[end - 1]) == step:
        end += 1
    return end - start


def _keyboard_run(text: str, start: int) -> int:
    end = start + 1
    while end < len(text):
        here, before = _KEY_POSITIONS.get(text[end]), _KEY_POSITIONS.get(text[end - 1])
        if here is None or before is None or here[0] != before[0] or abs(here[1] - before[1]) != 1:
            break
        end += 1
    return end - start


def _earlier_repeat(text: str, start: int) -> tuple[int, int]:
    """Longest copy of earlier text starting at ``start`` (the copy may overlap itself, as in
    LZ77, so "abababab" is "ab" and one copy): (length, distance back)."""
    best_length, best_distance = 0, 0
    for distance in range(1, start + 1):
        length = 0
        while (
            start + length < len(text) and text[start + length] == text[start - distance + length]
        ):
            length += 1
        if length > best_length:
            best_length, best_distance = length, distance
    return best_length, best_distance


def _wordlike_mask(plain: str) -> list[bool]:
    mask = [False] * len(plain)
    for match in re.finditer(rf"[^\W\d_]{{{MIN_WORDLIKE_RUN},}}", plain):
        mask[match.start() : match.end()] = [True] * (match.end() - match.start())
    return mask


def _character_model(text: str, hints: set[Hint]) -> float:
    lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    plain = lowered.translate(_LOOKALIKES)
    pool = _pool_bits(text)
    wordlike = _wordlike_mask(plain)
    bits, i = 0.0, 0
    while i < len(text):
        candidates: list[tuple[int, float, Hint]] = []
        for word in _COMMON_BY_LENGTH:
            if plain.startswith(word, i):
                segment = text[i : i + len(word)]
                extra = any(c.isupper() for c in segment) + (lowered[i : i + len(word)] != word)
                hint = (
                    Hint.LOOKALIKES_DONT_HELP
                    if lowered[i : i + len(word)] != word
                    else Hint.AVOID_COMMON
                )
                candidates.append((len(word), _COMMON_BITS + extra, hint))
                break
        size = math.log2(_class_size(text[i]))
        if (run := _same_run(lowered, i)) >= 3:
            candidates.append((run, size + math.log2(run), Hint.AVOID_REPEATS))
        if (run := _step_run(lowered, i)) >= 3:
            candidates.append((run, size + math.log2(run) + 1, Hint.AVOID_SEQUENCES))
        if (run := _keyboard_run(lowered, i)) >= 4:
            candidates.append(
                (run, _KEYBOARD_BITS + math.log2(run) + 1, Hint.AVOID_KEYBOARD_PATTERNS)
            )
        if _YEAR.match(text, i):
            candidates.append((4, math.log2(200), Hint.AVOID_YEARS))
        run, distance = _earlier_repeat(lowered, i)
        if run >= 3:
            candidates.append((run, math.log2(distance) + 1, Hint.AVOID_REPEATS))
        if candidates:
            length, cost, hint = max(candidates, key=lambda c: (c[0], -c[1]))
            if hint is Hint.LOOKALIKES_DONT_HELP:
                hints.add(Hint.AVOID_COMMON)
            hints.add(hint)
            bits += cost
            i += length
            continue
        if wordlike[i]:
            bits += min(pool, WORDLIKE_LETTER_BITS) + (1 if text[i].isupper() else 0)
        else:
            bits += pool
        i += 1
    return bits


def _words_model(text: str, hints: set[Hint]) -> float | None:
    words = [w for w in _WORD_SEPARATORS.split(text) if w]
    if len(words) < 2:
        return None
    bits, seen = 0.0, set()
    for word in words:
        key = word.casefold()
        if key in seen:
            bits += 1
            hints.add(Hint.AVOID_REPEATS)
        elif key.translate(_LOOKALIKES) in COMMON:
            bits += _COMMON_BITS
            hints.add(Hint.AVOID_COMMON)
        elif word.isalpha() and len(word) >= 3:
            bits += min(WORD_BITS, _character_model(word, set()))
        else:
            bits += _character_model(word, set())
        seen.add(key)
    return bits


def score_for(bits: float) -> int:
    return sum(1 for threshold in SCORE_THRESHOLDS if bits >= threshold)


def estimate(passphrase: str) -> StrengthEstimate:
    text = unicodedata.normalize("NFC", passphrase)
    if not text:
        return StrengthEstimate(0, 0.0, Verdict.TOO_WEAK, (Hint.EMPTY,))
    analysed = text[:ANALYSED_LENGTH]
    char_hints: set[Hint] = set()
    word_hints: set[Hint] = set()
    char_bits = _character_model(analysed, char_hints)
    word_bits = _words_model(analysed, word_hints)
    if word_bits is not None and word_bits < char_bits:
        bits, hints = word_bits, word_hints
    else:
        bits, hints = char_bits, char_hints
    score = score_for(bits)
    if len(text) < SHORT_LENGTH:
        score = min(score, 3)
    if score < 4:
        if len(text) < SHORT_LENGTH:
            hints.add(Hint.MAKE_LONGER)
        hints.add(Hint.USE_MORE_WORDS)
    else:
        hints.clear()
    ordered = tuple(hint for hint in Hint if hint in hints)
    return StrengthEstimate(score, bits, list(Verdict)[score], ordered)


def is_acceptable(passphrase: str) -> bool:
    """Refuse empty and very weak passphrases (score 0 or 1)."""
    return estimate(passphrase).score >= MIN_ACCEPTABLE_SCORE
