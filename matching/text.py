"""Brand names in listing text: exact mentions, misspellings and homoglyph disguises (rapidfuzz).

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

# Characters that look like Latin letters (Cyrillic, Greek, digits and symbols used as letters).
CONFUSABLES = str.maketrans(
    {
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j",
        "ѕ": "s", "һ": "h", "ԁ": "d", "ԛ": "q", "ԝ": "w", "к": "k", "м": "m", "т": "t", "в": "b",
        "н": "h", "α": "a", "ο": "o", "ν": "v", "ρ": "p", "τ": "t", "ι": "i", "κ": "k", "υ": "u",
        "0": "o", "1": "l", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i",
        "|": "l", "€": "e",
    }
)  # fmt: skip
CONFUSABLE_CHARS = frozenset(k for k in "аеорсухіјѕһԁԛԝкмтвнαονρτικυ0134573@$!|€")
_WORD = re.compile(r"[^\W_]+(?:[-'.·*_][^\W_]+)*", re.UNICODE)


def fold(text: str) -> str:
    """Lower case, compatibility-normalised, accents removed (ë -> e)."""
    t = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in t if not unicodedata.combining(c))


def deconfuse(word: str) -> str:
    return re.sub(r"[-'.·*_]", "", fold(word).translate(CONFUSABLES))


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
    """Best hit of any brand term in the text, or None."""
    if not text:
        return None
    raw = _WORD.findall(text)
    if not raw:
        return None
    folded = [fold(w) for w in raw]
    decon = [deconfuse(w) for w in raw]
    best: TextHit | None = None
    for term in terms:
        t_words = [fold(w) for w in _WORD.findall(term)]
        target = deconfuse("".join(t_words))
        if len(target) < 3:
            continue
        for n in sorted({len(t_words), len(t_words) + 1, max(1, len(t_words) - 1)}):
            for i in range(len(raw) - n + 1):
                orig = " ".join(raw[i : i + n])
                d = "".join(decon[i : i + n])
                if n == len(t_words) and folded[i : i + n] == t_words:
                    hit = TextHit("mention", 1.0, orig, term)
                elif d == target:
                    disguised = any(c in CONFUSABLE_CHARS for c in "".join(folded[i : i + n]))
                    hit = TextHit("homoglyph" if disguised else "misspelling", 0.97, orig, term)
                else:
                    if abs(len(d) - len(target)) > 2 or len(target) < 4 or d[:1] != target[:1]:
                        continue
                    sim = fuzz.ratio(d, target)
                    if sim < threshold:
                        continue
                    written = "".join(folded[i : i + n])
                    kind = "real_word" if n == 1 and is_common_word(written) else "misspelling"
                    hit = TextHit(kind, sim / 100.0, orig, term)
                if best is None or _rank(hit) > _rank(best):
                    best = hit
    return best


def _rank(hit: TextHit) -> tuple[bool, bool, float]:
    return (hit.kind == "mention", hit.kind != "real_word", hit.score)
