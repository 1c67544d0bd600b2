"""Look-alike brand names in listing text need letters (issue 15, case 4 and its siblings).

A digit or symbol stands for every letter it can (1 -> i or l), other look-alikes come from Unicode's
confusables data (the `confusable-homoglyphs` package), and a word without letters ("7070") is a model
number, never a disguised brand name.
"""

from __future__ import annotations

import pytest

from knockoff.matching.text import find_brand, letter_options


@pytest.mark.parametrize(
    ("text", "brand", "found", "kind"),
    [
        ("N1ke Air running shoes", "Nike", "N1ke", "homoglyph"),  # 1 for i
        ("Ado1fo sunglasses", "Adolfo", "Ado1fo", "homoglyph"),  # 1 for l
        ("T0T0 toilet seat", "Toto", "T0T0", "homoglyph"),  # digits among letters
        ("$upreme box logo tee", "Supreme", "$upreme", "homoglyph"),
        ("N!ke slides", "Nike", "N!ke", "homoglyph"),
        ("4d!d4s trainers", "Adidas", "4d!d4s", "homoglyph"),
        ("Nіke shoes", "Nike", "Nіke", "homoglyph"),  # Cyrillic і
        ("ΝΙΚΕ shoes", "Nike", "ΝΙΚΕ", "homoglyph"),  # Greek capitals
        ("Сһаnеl bag", "Chanel", "Сһаnеl", "homoglyph"),  # Cyrillic С һ а е
        ("Ｎｉｋｅ hoodie", "Nike", "Ｎｉｋｅ", "mention"),  # fullwidth folds to the plain name
        ("Levis 501 jeans", "Levi's 501", "Levis 501", "misspelling"),  # the brand's own digits
    ],
)
def test_disguised_names_hit(text, brand, found, kind):
    hit = find_brand(text, [brand])
    assert hit is not None, text
    assert (hit.found, hit.kind, hit.term) == (found, kind, brand)
    assert hit.score >= 0.97


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("Faucet cartridge model 7070", "Toto"),  # was a homoglyph hit scoring 0.968
        ("Filter 4505 replacement", "Asos"),
        ("Part no. 3550 gasket", "Esso"),
        ("Kettle 0770 white", "Otto"),
        ("Pack of 5 for $25", "Sass"),
        ("Model 5-0-5 bracket", "Sos Brand"),
    ],
)
def test_tokens_without_letters_never_match(text, brand):
    hit = find_brand(text, [brand])
    assert hit is None, (text, hit)


def test_exact_mention_still_beats_lookalike():
    hit = find_brand("Nike N1ke NIKE!", ["Nike"])
    assert (hit.kind, hit.found, hit.score) == ("mention", "Nike", 1.0)


def test_letter_options_from_data():
    assert letter_options("1") == ("1", "i", "l")
    assert letter_options("0") == ("0", "o")
    assert set(letter_options("і")) >= {"i"}  # Cyrillic byelorussian-ukrainian i
    assert "t" in letter_options("т")  # small Cyrillic te, shaped like capital T
    assert letter_options("é") == ("e",) and letter_options("a") == ("a",)
    assert letter_options("ж") == ("ж",)  # no Latin look-alike: itself
