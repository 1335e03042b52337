"""Sources: the noun phrase naming who speaks, found without a tagger.

No part-of-speech data ships with NLTK offline, so a source is read from
capitalisation, punctuation and small word lists (``source_words.tsv``). Token
positions are indices into one sentence's word tokens; a phrase is a
``(first, last)`` pair of indices, both included.

A source phrase is one of:

- a name run: capitalised words with the titles and connectors between them
  ("Defense Secretary James Mattis", "U.S. Chairman Joint Chiefs of
  Staff/Marine Corps Gen. Joe Dunford", "Israeli media");
- a determiner phrase: "the Pentagon", "an RT report", "two officials",
  including a restrictive relative clause ("a rebel leader who works with the
  U.S. military") but not a comma-set appositive ("Smith, a spokesman,");
- a subject pronoun ("he", "they"), resolved later by the caller;
- a group noun, alone or after modifiers ("officials", "local officials",
  "multiple reports").

Read leftwards from a verb, a phrase skips auxiliaries, adverbs and dates
("has also said", "on Sept. 9 said"), jumps a comma-set aside to the subject
before it ("Smith, a spokesman, said"; "Hammond, who … said"), and stops at a
clause word, a lowercase verb form, or a lowercase word that looks like a verb
(before "a"/"the", or an "-s" word before a preposition). A wire dateline
("WASHINGTON (AP) —") is never a subject.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from .document import Token
from .lexicon import read_table

# The longest source in the seed, "A Syrian opposition rebel leader who works with
# the U.S. military", has 11 words; past 16 a "phrase" is almost always a clause.
MAX_SOURCE_WORDS = 16
# A comma-set aside between subject and verb ("Smith, a spokesman for the ministry, said") rarely runs past a
# dozen words; a relative clause ("Hammond, who on Sept. 9 said Britain could …, said") may run longer.
MAX_ASIDE_WORDS = 13
MAX_RELATIVE_ASIDE_WORDS = 30

Phrase = tuple[int, int]

DETERMINERS = frozenset("""the a an this these those his her its their our my your some many several most few both
all any each every other another no one two three four five six seven eight nine ten dozens hundreds
thousands""".split())
SUBJECT_PRONOUNS = frozenset("he she they it we i you".split())
POSSESSIVE_PRONOUNS = frozenset("his her their its our my your".split())
RELATIVES = frozenset("who which whose whom".split())
_ARTICLES = frozenset("the a an this these those his her its their".split())
AUXILIARIES = frozenset("""is are was were be been being am has have had do does did will would shall should can
could may might must""".split())
CLAUSE_WORDS = frozenset("""that but because while although though since if when whereas so as where whether than
unless until once or nor and yet what how why""".split())
PREPOSITIONS = frozenset("""about above across after against along amid among around at before behind below beside
between beyond by despite during except for from in inside into like near of off on onto over per through
throughout to toward towards under unlike upon via with within without according""".split())
OPENERS = PREPOSITIONS | CLAUSE_WORDS | frozenset("""well also however meanwhile still now then instead later earlier
moreover furthermore indeed perhaps finally first second third last next today yesterday tonight separately
overall already this there here it's writing speaking""".split())
ADVERBS_BEFORE_CUE = frozenset("""also later previously recently repeatedly reportedly then again once publicly
privately earlier further initially subsequently long already still now never not n't just often first last
even only simply""".split())
NOT_ADVERBS = frozenset("family ally assembly supply rally reply bully daily weekly monthly italy".split())
NAME_CONNECTORS = frozenset("of al bin ibn de del der van von da la le du".split())
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MONTHS = frozenset("""january february march april may june july august september october november december jan feb
mar apr jun jul aug sep sept oct nov dec""".split())
DATE_WORDS = WEEKDAYS | frozenset("yesterday today tonight week month year weekend morning afternoon evening".split())
_BOUNDARY_RE = re.compile(r"[,;:()\[\]—–“”\"?!]|--|\s-\s")
_POSSESSIVE_ENDINGS = ("’s", "'s")
# A wire-story dateline: a place with an all-capitals word, an optional region, the agency, a dash.
_DATELINE_RE = re.compile(r"(?:[A-Z][\w'’.]*\s+)*[A-Z]{2,}[\w'’.]*(?:\s+[A-Z][\w'’.]*)*(?:,\s*[A-Z][\w. ]{0,30})?"
                          r"\s*\([^)]{2,30}\)\s*[-—–]+\s*")


@lru_cache(maxsize=1)
def source_words() -> dict[str, frozenset[str]]:
    """The terms of ``source_words.tsv`` by kind (honorific, title, office, group, medium)."""
    by_kind: dict[str, set[str]] = defaultdict(set)
    for row in read_table("source_words.tsv"):
        by_kind[row["kind"]].add(row["term"].strip().lower())
    return {kind: frozenset(terms) for kind, terms in by_kind.items()}


def _words(kind: str) -> frozenset[str]:
    return source_words().get(kind, frozenset())


def low(token: Token) -> str:
    """A token's text, lowercased, with a straight apostrophe."""
    return token.text.lower().replace("'", "’")


def is_name_word(word: str) -> bool:
    """A capitalised word ("Magnier", "U.S", "CNN") or an Arabic article prefix ("al-Assad")."""
    return word[:1].isupper() or bool(re.match(r"(?:al|el|ad|as|ash|ibn|bin)-[A-Z]", word))


def is_title(word: str) -> bool:
    """A role or rank that may precede a name ("secretary", "Gen", "columnist")."""
    word = word.lower().rstrip(".")
    return word in _words("title") or word in _words("honorific")


def is_group(word: str) -> bool:
    """A noun that names a source on its own ("officials", "police", "media")."""
    return word.lower() in _words("group")


def is_medium(word: str) -> bool:
    """A channel of a statement ("statement", "interview", "tweets")."""
    word = word.lower()
    return word in _words("medium") or (word.endswith("s") and word[:-1] in _words("medium"))


def is_adverb(word: str) -> bool:
    """An adverb that may sit between a subject and its verb ("also", "flatly")."""
    word = word.lower()
    return word in ADVERBS_BEFORE_CUE or (word.endswith("ly") and len(word) > 4 and word not in NOT_ADVERBS)


def boundary_before(text: str, tokens: tuple[Token, ...], k: int) -> bool:
    """Whether punctuation that ends a phrase (comma, colon, dash, double quote...) sits before token ``k``."""
    if k <= 0 or k >= len(tokens):
        return True
    gap = text[tokens[k - 1].end:tokens[k].start]
    if gap == "," and tokens[k - 1].text.isdigit() and tokens[k].text.isdigit():
        return False  # "11,000"
    return _BOUNDARY_RE.search(gap) is not None


def is_possessive(text: str, tokens: tuple[Token, ...], k: int, closing_quotes: frozenset[int] = frozenset()) -> bool:
    """Whether token ``k`` is a possessive ("Rogin’s", "Mattis’"); a closing single quote is not one."""
    token = tokens[k]
    if token.text.endswith(_POSSESSIVE_ENDINGS):
        return True
    after = text[token.end:token.end + 2]
    return after[:1] in ("’", "'") and after[1:2].isspace() and token.end not in closing_quotes


def phrase_span(tokens: tuple[Token, ...], phrase: Phrase) -> tuple[int, int]:
    """Character span of a phrase, a final possessive "’s" left out ("Rogin’s notion" -> "Rogin")."""
    start, end = tokens[phrase[0]].start, tokens[phrase[1]].end
    if tokens[phrase[1]].text.endswith(_POSSESSIVE_ENDINGS):
        end -= 2
    return start, end


def source_before(text: str, tokens: tuple[Token, ...], cue: int, verb_forms: frozenset[str]) -> Phrase | None:
    """The subject phrase that ends just before token ``cue`` ("The Pentagon" in "The Pentagon claimed").

    Adverbs and auxiliaries between subject and verb are skipped ("has also said").
    """
    last = cue - 1
    while last >= 0 and not boundary_before(text, tokens, last + 1):
        if _is_auxiliary(tokens[last]) or is_adverb(tokens[last].text):
            last -= 1
        elif (before_date := _before_date(tokens, last)) is not None:
            last = before_date
        else:
            break
    if last < 0:
        return None
    if boundary_before(text, tokens, last + 1):
        return _source_before_aside(text, tokens, last, verb_forms)
    if low(tokens[last]) in RELATIVES and last > 0 and boundary_before(text, tokens, last):
        return phrase_ending_at(text, tokens, last - 1, verb_forms)  # "Hammond, who on Sept. 9 said"
    return phrase_ending_at(text, tokens, last, verb_forms)


def _before_date(tokens: tuple[Token, ...], i: int) -> int | None:
    """If token ``i`` ends a date between subject and verb ("Tuesday", "on Friday", "on Sept. 9"), the
    index before that date; else None."""
    if low(tokens[i]) in DATE_WORDS:
        i -= 1
    elif low(tokens[i]).isdigit() and i > 0 and low(tokens[i - 1]).rstrip(".") in MONTHS:
        i -= 2
    else:
        return None
    return i - 1 if i >= 0 and low(tokens[i]) in ("on", "last", "this", "earlier", "late") else i


def _source_before_aside(text: str, tokens: tuple[Token, ...], last: int, verb_forms: frozenset[str]) -> Phrase | None:
    """The subject before a comma-set aside that ends at token ``last``: "Smith, a spokesman, said",
    "The report, which was released Monday, found", "Putin, speaking in Moscow, said", "McConnell, R-Ky., said"."""
    start = last
    while not boundary_before(text, tokens, start):
        start -= 1
    opening, closing = text[tokens[start - 1].end:tokens[start].start] if start else "", \
        text[tokens[last].end:tokens[last + 1].start]
    if not (("," in opening and "," in closing) or ("(" in opening and ")" in closing)):
        return None
    first = low(tokens[start])
    is_aside = (first in RELATIVES or first in DETERMINERS or first[:1].isdigit() or is_title(first)
                or first.endswith(("ing", "ed")) or last - start < 2
                or (first in OPENERS and last - start < 5))  # "for its part", "in a statement", "however"
    limit = MAX_RELATIVE_ASIDE_WORDS if first in RELATIVES else MAX_ASIDE_WORDS
    if not is_aside or last - start >= limit:
        return None
    phrase = phrase_ending_at(text, tokens, start - 1, verb_forms)
    if phrase is None or not (is_name_word(tokens[phrase[0]].text) or low(tokens[phrase[0]]) in DETERMINERS):
        return None
    describes = any(t.text.islower() for t in tokens[phrase[0]:phrase[1] + 1])
    if all(is_name_word(t.text) for t in tokens[start:last + 1]) and last > start and describes:
        return phrase[0], last  # "the union's general secretary, Mark Serwotka, said": the name belongs in
    return phrase


def phrase_ending_at(text: str, tokens: tuple[Token, ...], last: int, verb_forms: frozenset[str]) -> Phrase | None:
    """The noun phrase whose last word is token ``last``, or None if the words there are no noun phrase."""
    start = last
    while not boundary_before(text, tokens, start):
        start -= 1
    relative = next((i for i in range(last, start - 1, -1) if low(tokens[i]) in RELATIVES), None)
    head = relative - 1 if relative is not None else last
    if head < start:
        return None
    if low(tokens[head]) in SUBJECT_PRONOUNS:
        return head, head  # "For the last year and a half we have said": the pronoun alone
    first = head
    while first > start and not _stops_phrase(tokens, first - 1, verb_forms):
        first -= 1
    while first <= head and (low(tokens[first]) in OPENERS or _is_date_word(tokens[first])):
        first += 1  # "But Rogin", "Now the ministry", "On Friday the Pentagon"
    if first > head or not _is_valid_phrase(tokens, first, head, last):
        return None
    return first, last


def _stops_phrase(tokens: tuple[Token, ...], i: int, verb_forms: frozenset[str]) -> bool:
    """Whether token ``i`` ends a subject phrase read leftwards (it belongs to the clause before)."""
    word = low(tokens[i])
    if word in ("and", "or") and 0 < i < len(tokens) - 1:
        before, after = tokens[i - 1].text, tokens[i + 1].text
        joins_names = (is_name_word(before) or is_title(before)) and (is_name_word(after) or is_title(after))
        return not joins_names  # "Russia and Iran said", "columnist and CNN analyst Josh Rogin wrote"
    is_noun = is_title(word) or is_group(word) or is_medium(word)
    if tokens[i].text.islower() and low(tokens[i + 1]) in _ARTICLES and word not in PREPOSITIONS and not is_noun:
        return True  # "The ministry issued a statement saying": a lowercase word before "a"/"the" is a verb
    if tokens[i].text.islower() and word.endswith("s") and not word.endswith("ss") and not is_noun \
            and low(tokens[i + 1]) in PREPOSITIONS:
        return True  # "Assad’s latest gassing comes on the heels of Trump’s saying": "-s" + preposition
    following = tokens[i + 1].text
    modifies = following.islower() and (is_group(following) or is_medium(following))  # "Syrian state media"
    is_verb = word in verb_forms and tokens[i].text.islower() and not modifies  # "Secretary of State" is no verb
    return word in CLAUSE_WORDS or _is_auxiliary(tokens[i]) or is_verb


def _is_auxiliary(token: Token) -> bool:
    """A lowercase auxiliary or modal ("has", "may"); "May" is a name or a month."""
    return token.text.islower() and (token.text in AUXILIARIES or token.text.endswith(("n’t", "n't")))


def _is_date_word(token: Token) -> bool:
    word = low(token)
    return word in DATE_WORDS or word.isdigit()


def _is_valid_phrase(tokens: tuple[Token, ...], first: int, head: int, last: int) -> bool:
    """Whether tokens first..last can name a source: a sensible first word and a noun-like head."""
    if last - first + 1 > MAX_SOURCE_WORDS:
        return False
    first_word, head_word = tokens[first].text, low(tokens[head])
    starts_well = (is_name_word(first_word) or first_word.lower() in DETERMINERS
                   or first_word.lower() in SUBJECT_PRONOUNS or is_title(first_word) or is_group(first_word)
                   or first_word[:1].isdigit())
    head_is_noun = (head_word not in DETERMINERS - SUBJECT_PRONOUNS and head_word not in PREPOSITIONS
                    and head_word not in CLAUSE_WORDS and not _is_auxiliary(tokens[head])
                    and not (is_adverb(head_word) and not is_name_word(tokens[head].text)))
    function_words = OPENERS | AUXILIARIES | (DETERMINERS - SUBJECT_PRONOUNS)
    if first == head and is_name_word(first_word) and first_word.lower() in function_words:
        return False  # "Would just tell you …", "But", "This"
    if head_word[:1].isdigit():
        return False
    names_group = (is_group(head_word) or is_title(head_word) or is_medium(head_word)) and head - first < 4
    # "local officials", "multiple reports"
    modifies_name = is_name_word(tokens[head].text) and not first_word.endswith("ing")
    # "former President Barack Obama", "then-Secretary of State Rex Tillerson"
    return (starts_well or names_group or modifies_name) and head_is_noun


def source_after(text: str, tokens: tuple[Token, ...], first: int, verb_forms: frozenset[str],
                 strict: bool = False) -> Phrase | None:
    """The noun phrase that starts at token ``first`` ("Mattis" in "said Mattis", "an RT report" in
    "according to an RT report on May 19").

    A phrase ends at punctuation, a clause word, a verb, or a date ("on May 19").
    With ``strict`` a determiner must be followed by names, titles or group nouns
    only (used to guess a sentence's subject, where the verb is unknown).
    """
    if first >= len(tokens):
        return None
    word = tokens[first].text
    if word.lower() in SUBJECT_PRONOUNS:
        return first, first
    if is_name_word(word) and word.lower() not in DETERMINERS:
        last = _name_run_end(text, tokens, first)
    elif word.lower() in DETERMINERS or is_title(word) or is_group(word) or word[:1].isdigit():
        last = _name_run_end(text, tokens, first + 1) if strict else _determiner_phrase_end(text, tokens, first,
                                                                                              verb_forms)
        if strict and last < first + 1:
            return None
    else:
        last = _group_after_modifiers(text, tokens, first)  # "local officials", "unnamed sources"
        if last is None:
            return None
    if is_possessive(text, tokens, last) and last + 1 < len(tokens):
        last = _group_after_modifiers(text, tokens, last + 1) or last  # "Iran’s foreign ministry"
    while last > first and (low(tokens[last]) in PREPOSITIONS or low(tokens[last]) in DETERMINERS):
        last -= 1
    if not _is_valid_phrase(tokens, first, _head_of(tokens, first, last), last):
        return None
    return first, last


def _group_after_modifiers(text: str, tokens: tuple[Token, ...], first: int) -> int | None:
    """Index of a group or title noun at most three lowercase words after ``first``, or None."""
    for i in range(first, min(first + 4, len(tokens))):
        if i > first and boundary_before(text, tokens, i):
            return None
        if is_group(tokens[i].text) or is_title(tokens[i].text) or is_medium(tokens[i].text):
            return i  # "local officials", "multiple reports"
        if is_name_word(tokens[i].text) or low(tokens[i]) in CLAUSE_WORDS | AUXILIARIES | PREPOSITIONS:
            return None
    return None


def _head_of(tokens: tuple[Token, ...], first: int, last: int) -> int:
    relative = next((i for i in range(first, last + 1) if low(tokens[i]) in RELATIVES), None)
    return relative - 1 if relative is not None and relative > first else last


def _name_run_end(text: str, tokens: tuple[Token, ...], first: int) -> int:
    """Last index of a run of names, titles, group nouns and connectors starting at ``first``."""
    last = first - 1
    i = first
    while i < len(tokens) and (i == first or not boundary_before(text, tokens, i)):
        word = tokens[i].text
        is_date = low(tokens[i]) in WEEKDAYS or (low(tokens[i]) in MONTHS and i + 1 < len(tokens)
                                                 and tokens[i + 1].text[:1].isdigit())
        if is_name_word(word) and not is_date:
            last = i
        elif is_title(word) or is_group(word):
            last = i
        elif not (low(tokens[i]) in NAME_CONNECTORS or (low(tokens[i]) == "the" and i > first
                                                        and low(tokens[i - 1]) == "of")):
            break
        i += 1
    return last


def _determiner_phrase_end(text: str, tokens: tuple[Token, ...], first: int, verb_forms: frozenset[str]) -> int:
    """Last index of a determiner phrase: up to punctuation, a clause word, a verb, a date or a non-"of" preposition;
    a relative clause ("who works with ...") runs to the next punctuation."""
    last = first
    i = first + 1
    while i < len(tokens) and not boundary_before(text, tokens, i) and i - first < MAX_SOURCE_WORDS:
        word = low(tokens[i])
        if word in RELATIVES:
            while i + 1 < len(tokens) and not boundary_before(text, tokens, i + 1) and i + 1 - first < MAX_SOURCE_WORDS:
                i += 1
            return i
        is_verb = word in verb_forms and tokens[i].text.islower()
        if (word in CLAUSE_WORDS or _is_auxiliary(tokens[i]) or is_verb or _is_date_word(tokens[i])
                or (word in PREPOSITIONS and word not in ("of", "for", "from", "with", "by", "at"))
                or (word.endswith(("ing", "ed")) and i > first + 1 and not is_name_word(tokens[i].text)
                    and not is_adverb(tokens[i - 1].text))):  # "a statement issued Friday"
            break
        last = i
        i += 1
    return last


def sentence_subject(text: str, tokens: tuple[Token, ...], verb_forms: frozenset[str], before: int) -> Phrase | None:
    """A guess at the subject of the sentence before token ``before``: the first name run, pronoun or
    "the" + name that opens a comma-separated segment not opening with a preposition or adverb
    ("Well aware of these realities, Gen. Joe Dunford sought ...")."""
    dateline = _DATELINE_RE.match(text, tokens[0].start) if tokens else None
    for start in range(0, before):
        if dateline and tokens[start].start < dateline.end():
            continue  # "AL ASAD AIR BASE, Iraq (Reuters) - President Donald Trump …"
        if not boundary_before(text, tokens, start) and not (dateline and tokens[start - 1].start < dateline.end()):
            continue
        word = low(tokens[start])
        if word in OPENERS or word.endswith(("ing", "ed")) and not is_name_word(tokens[start].text):
            continue
        phrase = source_after(text, tokens, start, verb_forms, strict=True)
        if phrase is not None and phrase[1] < before:
            return phrase
    return None
