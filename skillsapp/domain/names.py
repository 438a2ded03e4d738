"""Vietnamese names: class-list order and search that forgives missing diacritics.

Vietnamese class lists are ordered by given name (the last word), then middle name, then family
name, in the Vietnamese alphabet (a ă â b c d đ e ê … ư v x y), with tone marks only as a
tie-breaker: "Dũng" comes before "Đạt" because d < đ, and "Ánh" before "Ân" because the base
letters a < â decide before any tone does.
"""

from __future__ import annotations

import unicodedata

ALPHABET = "a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y".split()
_RANK = {letter: i for i, letter in enumerate(ALPHABET)}
# Tone marks as combining characters, in the order Vietnamese dictionaries use:
# ngang (none), huyền, sắc, hỏi, ngã, nặng.
_TONES = {"\u0300": 1, "\u0301": 2, "\u0309": 3, "\u0303": 4, "\u0323": 5}
# Marks that make a different letter (ă â ê ô ơ ư), not a tone.
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}
_OTHER_LETTERS_AFTER = len(ALPHABET)


def _split_letter(ch: str) -> tuple[str, int]:
    """A character's base letter (with its letter marks kept) and its tone number."""
    decomposed = unicodedata.normalize("NFD", ch.lower())
    base = decomposed[0]
    tone = 0
    marks = ""
    for mark in decomposed[1:]:
        if mark in _TONES:
            tone = _TONES[mark]
        elif mark in _LETTER_MARKS:
            marks += mark
    return unicodedata.normalize("NFC", base + marks), tone


WordKey = tuple[tuple[int, ...], tuple[int, ...]]


def _word_key(word: str) -> WordKey:
    letters: list[int] = []
    tones: list[int] = []
    for ch in word:
        base, tone = _split_letter(ch)
        letters.append(_RANK.get(base, _OTHER_LETTERS_AFTER + ord(base)))
        tones.append(tone)
    return tuple(letters), tuple(tones)


def split_name(full_name: str) -> tuple[str, str, str]:
    """(family, middle, given) from a full name written family-first, as Vietnamese names are."""
    words = full_name.split()
    if not words:
        return "", "", ""
    if len(words) == 1:
        return "", "", words[0]
    return words[0], " ".join(words[1:-1]), words[-1]


def sort_key(full_name: str) -> tuple[tuple[WordKey, ...], str]:
    """Key for Vietnamese class-list order: given, middle, family name.

    Within each name the base letters decide first and the tones only break a tie, so every
    "An" comes before every "Ánh", whatever their middle names.
    """
    family, middle, given = split_name(unicodedata.normalize("NFC", full_name.strip()))
    return tuple(_word_key(w) for w in (given, middle, family)), full_name


def fold(text: str) -> str:
    """Lower case without diacritics, đ as d: what someone typing without Telex would write."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d").replace("Đ", "d"))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.split())


def matches(query: str, text: str) -> bool:
    """Diacritic-insensitive search: every word of the query appears in the text.

    A query typed with diacritics is stricter about them only through folding both sides the
    same way, so "Đạt", "dat" and "DAT" all find "Lê Văn Đạt".
    """
    haystack = fold(text)
    return all(word in haystack for word in fold(query).split())
