"""Canonical source names: one name per speaker, however the article names them.

:func:`canonical_source` strips determiners, titles and roles from a source
phrase; :func:`group_by_surname` then joins a bare surname to the full name it
stands for ("Magnier" -> "Elijah J. Magnier"), looking at every full name the
article mentions (:func:`full_names_in`), not only those that are sources.
"""

from __future__ import annotations

import re

from .speakers import DETERMINERS, POSSESSIVE_PRONOUNS, SUBJECT_PRONOUNS, is_name_word, is_title, source_words


def canonical_source(name: str | None) -> str | None:
    """One name for a speaker, whichever way the article names them.

    The rule, in order:

    1. a full name set off by a comma wins ("the union's general secretary, Mark
       Serwotka" -> "Mark Serwotka"); otherwise cut at a comma, parenthesis or
       relative pronoun, and drop a final possessive ("Rogin’s" -> "Rogin");
    2. drop leading determiners ("the", "an");
    3. if the phrase ends in a capitalised word, keep the run of capitalised words
       (initials and "of"/"for"/"and" between capitalised words included) that
       ends it, read leftwards up to the first title, honorific or lowercase word:
       "Defense Secretary James Mattis" -> "James Mattis", "Mideast correspondent
       Elijah J. Magnier" -> "Elijah J. Magnier", "columnist and CNN ‘political
       analyst’ Josh Rogin" -> "Josh Rogin", "Gen. Dunford" -> "Dunford", "the
       Syrian Observatory for Human Rights" -> "Syrian Observatory for Human
       Rights". An office word ("State", "Nations", "Ministry") ends the run only
       before a full name ("Secretary of State Rex Tillerson" -> "Rex Tillerson",
       but "the State Department" -> "State Department");
    4. otherwise keep the phrase without its determiner ("an RT report" -> "RT report").

    Surnames are grouped afterwards by :func:`group_by_surname`. Pronouns are
    returned lowercased; the caller resolves them.
    """
    if not name:
        return None
    parts = [part.strip() for part in name.split(",")]
    if len(parts) > 1 and looks_like_full_name(parts[1]):
        name = parts[1]  # "the union's general secretary, Mark Serwotka"
    name = re.split(r"[,(]|\s(?:who|which|whose)\s", name.strip())[0].strip(" \t\"“”‘’'")
    name = re.sub(r"(?:’s|'s|’|')$", "", name)
    words = name.split()
    while words and words[0].lower() in DETERMINERS and len(words) > 1:
        words = words[1:]
    if not words:
        return None
    if len(words) == 1 and words[0].lower() in SUBJECT_PRONOUNS | POSSESSIVE_PRONOUNS:
        return words[0].lower()
    if not is_name_word(words[-1].strip("’‘\"")):
        return " ".join(words)
    run = [words[-1]]
    for i in range(len(words) - 2, -1, -1):
        word = words[i]
        bare = word.strip("’‘\"")
        is_office = bare.lower() in source_words().get("office", frozenset()) and len(run) >= 2
        connects = bare in ("of", "for", "and", "the") and i > 0 and is_name_word(words[i - 1]) \
            and not (bare == "the" and words[i - 1].lower() != "of")  # "Observatory for Human Rights"
        possessive = bare.endswith(("’s", "'s"))  # "Al Jazeera's Sinem Koseoglu": the name after it
        if not (is_name_word(bare) or connects) or is_title(bare) or is_office or possessive or bare != word \
                or "/" in word:
            break
        run.insert(0, word)
    while len(run) > 1 and run[0].lower() in DETERMINERS:
        run = run[1:]  # "The New York Times" -> "New York Times"
    return " ".join(run)


def looks_like_full_name(canonical: str) -> bool:
    """Two or more capitalised words, the last alphabetic: "James Mattis", "Elijah J. Magnier"."""
    words = canonical.split()
    return len(words) >= 2 and all(is_name_word(w) for w in words) and words[-1].replace("-", "").isalpha()


# Up to four capitalised words on one line; a word may end in a period only if short ("Gen.", "J.", "U.S.").
_NAME_RUN_RE = re.compile(r"(?:(?:[A-Z][a-z]{0,3}\.|[A-Z](?:\.[A-Z])+\.|[A-Z][\w’'-]*\w)[ \t]+){1,3}"
                          r"[A-Z][\w’'-]*\w")


def full_names_in(text: str) -> list[tuple[int, str]]:
    """(offset, name) of every full name the text mentions ("Defense Secretary James Mattis" gives "James
    Mattis"), so a bare surname can be grouped even when the full name appears outside any attribution."""
    names = []
    for m in _NAME_RUN_RE.finditer(text):
        name = canonical_source(m.group())
        if name and looks_like_full_name(name):
            names.append((m.start(), name))
    return names


def group_by_surname(names: list[tuple[int, str]], full_names: list[tuple[int, str]] = ()) -> list[str]:
    """The group name of each ``(offset, canonical name)`` in ``names``.

    A one-word name joins a full name ending in that word ("Magnier" -> "Elijah
    J. Magnier"), taken from ``names`` and ``full_names`` (see
    :func:`full_names_in`): the one mentioned most recently before it, else the
    first one after it. Full names and everything else stand for themselves.
    """
    known = sorted([(o, n) for o, n in names if looks_like_full_name(n)] + list(full_names))
    grouped = []
    for offset, name in names:
        if " " in name or not is_name_word(name):
            grouped.append(name)
            continue
        matches = [(o, n) for o, n in known if n.split()[-1] == name]
        before = [n for o, n in matches if o < offset]
        after = [n for o, n in matches if o >= offset]
        grouped.append(before[-1] if before else after[0] if after else name)
    return grouped
