"""Brand names in listing text: exact mentions, misspellings and homoglyph disguises (rapidfuzz).

Look-alike characters: Unicode's confusables (UTS #39, via the `confusable-homoglyphs` package) for
other scripts, plus LEET for digits and symbols, where a digit stands for every letter it can (1 -> i
or l). A word without letters ("7070") is never a look-alike of a brand (issue 15).

A near miss that is itself a common word ("Sterling" next to the brand Starling, "Channel" next to Chanel) is
a `real_word` hit: the text alone does not tie the listing to the brand (fusion needs other evidence).
Common words: pyspellchecker's English frequency list, words seen at least once per million (Zipf >= 3).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

# Digits and symbols written for letters (leetspeak): each stands for every letter it can, and for
# itself (a brand may contain digits). Other look-alikes come from the Unicode confusables data.
LEET: dict[str, str] = {
    "0": "o", "1": "il", "2": "z", "3": "e", "4": "a", "5": "s", "6": "gb", "7": "t", "8": "b", "9": "gq",
    "@": "a", "$": "s", "!": "il", "|": "li", "€": "e",
}  # fmt: skip
JOINERS = "-'.·*_"  # inside a word: "N-i-k-e", "Ni.ke"
_SYMBOL = "[" + re.escape("".join(k for k in LEET if not k.isalnum())) + "]"
_CHAR = rf"(?:[^\W_]|{_SYMBOL})"
# a word: letters/digits, with leet symbols before or inside it ("$upreme", "N!ke") and joiners inside
_WORD = re.compile(
    rf"{_SYMBOL}*[^\W_]+(?:(?:[{re.escape(JOINERS)}]|{_SYMBOL})+{_CHAR}*[^\W_])*",
    re.UNICODE,
)


def fold(text: str) -> str:
    """Lower case, compatibility-normalised, accents removed (ë -> e)."""
    t = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in t if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _confusables() -> dict[str, list[dict[str, str]]]:
    """Unicode's confusables (UTS #39 confusables.txt) as shipped by `confusable-homoglyphs`."""
    from confusable_homoglyphs.confusables import confusables_data

    return confusables_data


def _latin(ch: str) -> frozenset[str]:
    table = _confusables()
    return frozenset(
        g["c"].lower()
        for g in table.get(ch, [])
        if len(g["c"]) == 1 and g["c"].isascii() and g["c"].isalpha()
    )


@lru_cache(maxsize=4096)
def letter_options(ch: str) -> tuple[str, ...]:
    """The lower-case Latin letters `ch` can be read as (itself first), for one written character.

    ASCII letters are themselves; leet digits/symbols are every letter of LEET and themselves;
    accented and compatibility forms fold (é -> e, fullwidth Ｎ -> n); other characters are the
    Latin letters Unicode lists them as confusable with (Cyrillic і -> i, Greek Ν -> n), or, for a
    small letter shaped like its capital (Cyrillic т), its capital's; anything else is itself, folded.
    """
    if ch.isascii() and ch.isalpha():
        return (ch.lower(),)
    if ch in LEET:
        return (ch, *LEET[ch])
    f = fold(ch)
    if len(f) == 1 and f.isascii():
        return (f,)
    latin = _latin(ch) | _latin(ch.lower())
    if not latin:
        latin = _latin(ch.upper())
    if latin:
        return (f, *sorted(latin - {f}))
    return (f,)


def _positions(word: str) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for ch in word:
        if ch in JOINERS:
            continue
        opts = letter_options(ch)
        if len(opts) == 1 and len(opts[0]) != 1:  # ß -> ss, ligatures: one position per letter
            out += [(c,) for c in opts[0]]
        else:
            out.append(opts)
    return out


def _resolve(pos: list[tuple[str, ...]], target: str) -> tuple[str, bool]:
    """Read each position as the option agreeing with `target` nearby (same index, or one off for an
    inserted/dropped letter), else as written. Returns (reading, whether a look-alike was used)."""
    chars, swapped = [], False
    for k, opts in enumerate(pos):
        pick = opts[0]
        if len(opts) > 1:
            for j in (k, k - 1, k + 1):
                if 0 <= j < len(target) and target[j] in opts:
                    pick = target[j]
                    break
        swapped |= pick != opts[0]
        chars.append(pick)
    return "".join(chars), swapped


def deconfuse(word: str) -> str:
    """The word read as Latin letters where a character is a look-alike (confusable or leet)."""
    return "".join(o[0] if o[0].isascii() or len(o) == 1 else o[1] for o in _positions(word))


def has_letter(word: str) -> bool:
    """True when the word has a letter (any script): "7070" and "$25" have none."""
    return any(c.isalpha() for c in word)


COMMON_WORD_LANGUAGE = "en"
COMMON_WORD_PER_MILLION = 1.0  # sterling 1.7, channel 10.8 per million; parson 0.47; nikee, guci 0


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    from spellchecker import SpellChecker

    freq = SpellChecker(language=COMMON_WORD_LANGUAGE, distance=1).word_frequency
    least = COMMON_WORD_PER_MILLION * freq.total_words / 1e6
    return frozenset(w for w, n in freq.dictionary.items() if n >= least)


def is_common_word(word: str) -> bool:
    """A word of ordinary language (folded, letters only)."""
    return word in _common_words()


@dataclass
class TextHit:
    kind: str  # "mention", "misspelling", "homoglyph" or "real_word" (a near miss that is a common word)
    score: float  # 0..1 similarity
    found: str  # the words as written in the listing
    term: str  # the brand term it resembles


def _windows(words: list[str], n: int) -> list[tuple[str, str]]:
    """(original, joined) n-word windows, also joined without spaces ("ac me" -> "acme")."""
    out = []
    for i in range(len(words) - n + 1):
        chunk = words[i : i + n]
        out.append((" ".join(chunk), "".join(chunk)))
    return out


def find_brand(text: str | None, terms: list[str], threshold: float = 82.0) -> TextHit | None:
    """Best hit of any brand term in the text, or None.

    A look-alike (misspelling, homoglyph, real_word) needs letters: a window whose word has no letter
    ("7070", "4505") never matches, unless the brand term has that very word ("Levi's 501").
    """
    if not text:
        return None
    raw = _WORD.findall(text)
    if not raw:
        return None
    folded = [fold(w) for w in raw]
    pos = [_positions(w) for w in raw]
    lettered = [has_letter(w) for w in raw]
    best: TextHit | None = None
    for term in terms:
        t_words = [fold(w) for w in _WORD.findall(term)]
        target = deconfuse("".join(t_words))
        if len(target) < 3:
            continue
        for n in sorted({len(t_words), len(t_words) + 1, max(1, len(t_words) - 1)}):
            for i in range(len(raw) - n + 1):
                orig = " ".join(raw[i : i + n])
                if n == len(t_words) and folded[i : i + n] == t_words:
                    hit = TextHit("mention", 1.0, orig, term)
                elif not all(lettered[k] or folded[k] in t_words for k in range(i, i + n)):
                    continue  # digits alone are a model number, not a disguised name
                else:
                    hit = _lookalike(pos[i : i + n], folded[i : i + n], orig, term, target, threshold)
                    if hit is None:
                        continue
                if best is None or _rank(hit) > _rank(best):
                    best = hit
    return best


def _lookalike(
    pos: list, folded: list[str], orig: str, term: str, target: str, threshold: float
) -> TextHit | None:
    """A homoglyph/leet spelling of `target`, or a near miss (misspelling, real_word), or None."""
    d, swapped = _resolve([p for w in pos for p in w], target)
    if d == target:
        return TextHit("homoglyph" if swapped else "misspelling", 0.97, orig, term)
    if abs(len(d) - len(target)) > 2 or len(target) < 4 or d[:1] != target[:1]:
        return None
    sim = fuzz.ratio(d, target)
    if sim < threshold:
        return None
    written = "".join(folded)
    kind = "real_word" if len(folded) == 1 and is_common_word(written) else "misspelling"
    return TextHit(kind, sim / 100.0, orig, term)


def _rank(hit: TextHit) -> tuple[bool, bool, float]:
    return (hit.kind == "mention", hit.kind != "real_word", hit.score)
