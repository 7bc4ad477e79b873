"""How hard a passphrase is to guess: a small estimator, no dictionary download.

A guess costs an attacker about a third of a second (scrypt), so length
alone says little: ``12345678``, ``password`` and ``aaaaaaaa`` fall in
seconds. ``estimate_bits`` reads the passphrase as a sequence of pieces,
each priced by the cheapest way to guess it, in the manner of zxcvbn:

- a run of one character (``aaaa``): the character, plus the run's length;
- a sequence (``abcd``, ``4321``) or a keyboard row (``qwerty``, ``1qaz``);
- a common password or word from a short list (``password``, ``woaini``);
- a piece already seen earlier in the passphrase (``abcabc``);
- any other character, by its class (digit, letter, symbol, Chinese).

``weakness`` says why a passphrase is refused, or None: shorter than
``MIN_LENGTH`` characters, a common password, or fewer than ``MIN_BITS``.
"""

from __future__ import annotations

import math
import unicodedata

MIN_LENGTH = 12
MIN_BITS = 48.0

#: passwords people choose first, and words they build them from (lower case)
COMMON = frozenset(
    """
    password passw0rd p@ssword p@ssw0rd admin administrator root welcome letmein iloveyou
    qwerty qwertyuiop asdfgh asdfghjkl zxcvbnm monkey dragon master sunshine princess
    football baseball shadow superman michael trustno1 abc123 123abc 111111 000000 123123
    woaini woaini1314 iloveu 5201314 1314520 woshishui nihao zhongguo china beijing shanghai
    changeme secret default guest test testing login access computer internet
    xinfang huifang shangfang
    """.split()
)

_ROWS = (
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
    "1234567890",
    "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
    "!@#$%^&*()",
)


def _char_bits(ch: str) -> float:
    if ch.isdigit():
        return math.log2(10)
    if "a" <= ch <= "z":
        return math.log2(26)
    if "A" <= ch <= "Z":
        return math.log2(26) + 1
    if ch == " ":
        return 2.0
    if ord(ch) > 0x2E7F:  # CJK and beyond: a few thousand common characters
        return 9.0
    return math.log2(33)


def _run(text: str, i: int) -> int:
    j = i
    while j < len(text) and text[j] == text[i]:
        j += 1
    return j - i


def _sequence(text: str, i: int) -> int:
    if i + 1 >= len(text) or not text[i].isalnum():
        return 1
    step = ord(text[i + 1]) - ord(text[i])
    if step not in (1, -1):
        return 1
    j = i + 1
    while j < len(text) and ord(text[j]) - ord(text[j - 1]) == step and text[j].isalnum():
        j += 1
    return j - i


def _keyboard(lower: str, i: int) -> int:
    best = 1
    for row in _ROWS:
        for direction in (row, row[::-1]):
            k = 0
            start = direction.find(lower[i]) if i < len(lower) else -1
            while start >= 0 and i + k < len(lower) and start + k < len(direction):
                if lower[i + k] != direction[start + k]:
                    break
                k += 1
            best = max(best, k)
    return best


def _common(lower: str, i: int) -> int:
    best = 0
    for word in COMMON:
        if len(word) > best and lower.startswith(word, i):
            best = len(word)
    return best


def _seen(text: str, i: int) -> int:
    """Length of the longest piece from ``i`` that already occurred before ``i``."""
    best = 0
    for length in range(3, len(text) - i + 1):
        if text[i : i + length] in text[:i]:
            best = length
        else:
            break
    return best


def estimate_bits(passphrase: str) -> float:
    """About log2 of the guesses a careful attacker needs (see the module docstring)."""
    text = unicodedata.normalize("NFC", passphrase)
    lower = text.lower()
    bits, i = 0.0, 0
    while i < len(text):
        options = [(_char_bits(text[i]), 1)]
        n = _run(text, i)
        if n >= 3:
            options.append((_char_bits(text[i]) + math.log2(n), n))
        n = _sequence(text, i)
        if n >= 3:
            options.append((_char_bits(text[i]) + math.log2(n) + 1, n))
        n = _keyboard(lower, i)
        if n >= 4:
            options.append((math.log2(len(_ROWS) * 40) + math.log2(n), n))
        n = _common(lower, i)
        if n >= 4:
            options.append((math.log2(len(COMMON)) + 1, n))
        n = _seen(text, i)
        if n >= 3:
            options.append((math.log2(i + 1) + math.log2(n) + 1, n))
        # the cheapest way to cover the most: price per character covered
        cost, covered = min(options, key=lambda o: (o[0] / o[1], -o[1]))
        bits += cost
        i += covered
    return bits


def weakness(passphrase: str) -> str | None:
    """Why ``passphrase`` is too weak ("short", "common", "guessable"), or None."""
    text = unicodedata.normalize("NFC", passphrase).strip()
    if len(text) < MIN_LENGTH:
        return "short"
    bare = "".join(ch for ch in text.lower() if ch.isalnum())
    if bare in COMMON or bare.rstrip("0123456789") in COMMON:
        return "common"
    if estimate_bits(text) < MIN_BITS:
        return "guessable"
    return None
