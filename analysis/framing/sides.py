"""Sides: camps of actors read from a TOML file, and every mention of them in an article.

The minimal sides file::

    [[side]]
    name = "Washington and allies"
    color = "#1f77b4"
    aliases = ["U.S.", "United States", "Pentagon", "Americans", "Mattis"]

A side may also group aliases by actor (``[[side.actor]]`` with ``name`` and ``aliases``) and carry ``notes``.
Matching rules, in order:

- an alias with a capital letter matches case-sensitively ("US" is not "us"), but for the particle that may open it
  ("al-Baghdadi" also matches "Al-Baghdadi"); an all-lowercase alias ("rebels") matches in any case;
- each alias also matches its possessive ("Russia's", "Russians’") and plural, an initialism with or without its dots
  ("U.S." also "US"), and a name ending in -a, -an, -q or -el its demonym ("Russian", "Iranian", "Iraqi", "Israeli"),
  unless ``demonyms = false``;
- the longest alias wins: with "Syrian Democratic Forces" on one side and "Syrian" on the other, the phrase is one
  mention of the first side, and two aliases of one side side by side are one mention ("pro-Russian separatists");
- an alias that only helps name something else is no mention (read from the parse and ``lexicons/name_heads.tsv``):
  after "anti-", "pro-", "non-", "post-" or "pre-" ("anti-Israel"; "post-Mubarak": a time), before a stance
  ("Russia-leaning", "-friendly"), hyphened to another name ("the Trump-Russia story", "the Israeli-Palestinian
  conflict"), before a place noun ("the Jordanian border", "the American Civil War", "Trump Tower") or a journalist's
  beat ("White House correspondent"), inside an outlet's or an institution's name ("The Washington Post", "The Times
  of Israel", "the Carnegie Moscow Center"), as the first word of a job or event's name ("press secretary");
- ``ignore = [...]`` at the top level lists phrases that mention no side ("Syrian Arab News Agency").
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from ..lexicon import read_table
from ..text.article import Article, ArticleError
from ..text.decode import read_input
from ..text.parse import entity_at
from ..text.sentences import is_in_capitals

# Okabe & Ito (2008) colour-blind-safe palette, used when a side names no colour.
DEFAULT_COLORS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000")
from ..result import Span

_COLOR_RE = re.compile(r"#[0-9a-fA-F]{6}")
SIDE_FIELDS = frozenset({"name", "color", "aliases", "actor", "demonyms", "notes"})


class SidesError(ArticleError):
    """A sides file or sides record that cannot be used; the message names file, line and problem."""


@dataclass(frozen=True)
class Side:
    """One camp: its name, its colour and the aliases (by actor) that mention it."""

    name: str
    color: str
    actors: tuple[tuple[str, tuple[str, ...]], ...]  # (actor name, its aliases)
    demonyms: bool = True
    notes: str = ""

    @property
    def aliases(self) -> tuple[str, ...]:
        """Every alias of every actor of the side."""
        return tuple(alias for _, aliases in self.actors for alias in aliases)


@dataclass(frozen=True)
class Sides:
    """The sides of an article and the phrases that mention none of them."""

    sides: tuple[Side, ...]
    ignore: tuple[str, ...] = ()
    source: str = "<sides>"

    @property
    def names(self) -> tuple[str, ...]:
        """Side names in file order."""
        return tuple(side.name for side in self.sides)

    def named_in(self, name: str) -> str | None:
        """The first side with an alias inside ``name`` (a source's canonical name), else for a capitalised one-word
        name the one side with an alias ending in it ("Biden" for "Joe Biden"; not "authorities"), or None."""
        found = next((side.name for side in self.sides
                      if any(re.search(rf"(?<!\w){re.escape(alias)}(?!\w)", name) for alias in side.aliases)), None)
        if found or " " in name or not re.match(r"(?:[a-z]{1,3}-)?[A-Z]", name):  # "al-Assad", not "authorities"
            return found
        ending = {side.name for side in self.sides for alias in side.aliases if alias.split()[-1:] == [name]}
        return ending.pop() if len(ending) == 1 else None


def sides_beside(article: Path | str) -> Path | None:
    """The sides file shipped next to an article file (``name.sides.toml`` for ``name.txt``), if there is one; None for
    text or a URL. ``analyze`` on the command line, folder batches and notebook 02 read it."""
    if not isinstance(article, (str, Path)) or "\n" in str(article) or "://" in str(article):
        return None
    article = Path(article)
    candidate = article.with_name(article.stem + ".sides.toml")
    return candidate if candidate.is_file() else None


def load_sides(source: str | Path | list | dict | Sides) -> Sides:
    """Read sides from a TOML file, or from records of the TOML form (a list of side dicts)."""
    if isinstance(source, Sides):
        return source
    if isinstance(source, (list, dict)):
        records = source if isinstance(source, list) else source.get("side", [])
        ignore = [] if isinstance(source, list) else source.get("ignore", [])
        return _build_sides(records, ignore, "<sides>", "")
    path = Path(source)
    if not path.exists():
        raise SidesError(f"{path}: no such sides file")
    raw = read_input(path)
    try:
        document = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as error:
        raise SidesError(f"{path}: invalid TOML: {error}") from None
    if not isinstance(document.get("side"), list) or not document["side"]:
        raise SidesError(f"{path}: no [[side]] tables")
    unknown = set(document) - {"side", "ignore"}
    if unknown:
        raise SidesError(f"{path}: unknown top-level field {sorted(unknown)[0]!r}; expected 'side' or 'ignore'")
    return _build_sides(document["side"], document.get("ignore", []), str(path), raw)


def _line_of(raw: str, needle: str, after: int = 0) -> int:
    """1-based line of the first occurrence of ``needle`` at or after line ``after`` (0 if not found)."""
    lines = raw.splitlines()
    for number in range(max(after, 1), len(lines) + 1):
        if needle in lines[number - 1]:
            return number
    return 0


def _build_sides(records: list, ignore: list, where: str, raw: str) -> Sides:
    sides, owner = [], {}
    header_line = 0
    if not isinstance(records, list):
        raise SidesError(f"{where}: 'side' must be a list of [[side]] tables")
    for i, record in enumerate(records):
        header_line = _line_of(raw, "[[side]]", header_line + 1) if raw else 0
        at = f"{where}:{header_line}" if header_line else f"{where}: side {i + 1}"
        name = _side_name(record, at)
        actors = [(name, _string_list(record.get("aliases", []), at, f"side {name!r}: 'aliases'"))]
        for actor in _tables(record.get("actor", []), at, f"side {name!r}: 'actor'"):
            actor_name = _field(actor, "name", str, at, f"side {name!r}: an actor's")
            actors.append((actor_name, _string_list(actor.get("aliases", [actor_name]), at,
                                                    f"side {name!r}: actor {actor_name!r}'s 'aliases'")))
        actors = [(actor, aliases) for actor, aliases in actors if aliases]
        if not actors:
            raise SidesError(f"{at}: side {name!r} has no aliases")
        for _, aliases in actors:
            for alias in aliases:
                other = owner.get(alias.casefold())
                if other is not None and other != name:  # "Russia" and "russia" are one alias
                    line = _line_of(raw, f'"{alias}"', header_line) if raw else 0
                    place = f"{where}:{line}" if line else at
                    raise SidesError(f"{place}: alias {alias!r} is claimed by both {other!r} and {name!r}")
                owner[alias.casefold()] = name
        color = record.get("color", DEFAULT_COLORS[i % len(DEFAULT_COLORS)])
        if not isinstance(color, str) or not _COLOR_RE.fullmatch(color):
            raise SidesError(f"{at}: side {name!r}: 'color' is {color!r}; expected '#rrggbb'")
        demonyms = _field(record, "demonyms", bool, at, f"side {name!r}:", default=True)
        notes = _field(record, "notes", str, at, f"side {name!r}:", default="")
        sides.append(Side(name, color, tuple((a, tuple(al)) for a, al in actors), demonyms, notes))
    if len({side.name.casefold() for side in sides}) != len(sides):
        raise SidesError(f"{where}: two sides share a name")
    return Sides(tuple(sides), tuple(_string_list(ignore, where, "'ignore'")), where)


def _side_name(record, at: str) -> str:
    """A side table's name, after checking the table has only the known fields."""
    if not isinstance(record, dict):
        raise SidesError(f"{at}: each [[side]] must be a table")
    unknown = set(record) - SIDE_FIELDS
    if unknown:
        raise SidesError(f"{at}: unknown field {sorted(unknown)[0]!r} in a side; expected one of "
                         f"{', '.join(sorted(SIDE_FIELDS))}")
    name = record.get("name")
    if not isinstance(name, str) or not name.strip():
        raise SidesError(f"{at}: a side needs a non-empty string 'name'")
    return name.strip()


def _field(record: dict, key: str, kind: type, at: str, what: str, default=None):
    """``record[key]`` if it is of ``kind`` (``default`` when absent), else a SidesError naming it."""
    value = record.get(key, default)
    if not isinstance(value, kind) or kind is str and default is None and not value.strip():
        expected = {bool: "true or false", str: "a string"}[kind]
        raise SidesError(f"{at}: {what} '{key}' is {value!r}; expected {expected}")
    return value.strip() if kind is str else value


def _tables(value, at: str, what: str) -> list[dict]:
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise SidesError(f"{at}: {what} must be [[side.actor]] tables, not {value!r}")
    return value


def _string_list(value, at: str, what: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SidesError(f"{at}: {what} must be a list of strings, not {value!r}")
    return [v.strip() for v in value if v.strip()]


_DOTTED, _INITIALISM = re.compile(r"\b(?:[A-Z]\.){2,}"), re.compile(r"^(?:the )?[A-Z]{2,3}(?= [A-Z][a-z]|$)")


def alias_forms(alias: str, demonyms: bool = True) -> list[str]:
    """The surface forms an alias matches: itself, plural, possessives, (for place names) demonyms, a name without
    its "the" ("the US" also matches "US sanctions"), and an initialism with or without its dots ("U.S.", "US")."""
    bare = alias[4:] if alias.lower().startswith("the ") and alias[4:5].isupper() else None
    # a name opening with a particle ("al-Baghdadi", "bin Laden") is capitalised in a headline or a sentence's start
    opening = alias[0].upper() + alias[1:] if alias[0].islower() and not alias.islower() and not bare else None
    spellings = [_DOTTED.sub(lambda m: m[0].replace(".", ""), f) for f in (alias, bare) if f] + [
        _INITIALISM.sub(lambda m: m[0][:-len(m[0].split()[-1])] + ".".join(m[0].split()[-1]) + ".", f)
        for f in (alias, bare) if f and _INITIALISM.match(f)]
    forms = [alias] + [f for f in dict.fromkeys((bare, opening, *spellings)) if f and f != alias]
    last_is_word = alias[-1].isalpha()
    if last_is_word and not alias.endswith("s") and not alias.split()[-1].isupper():  # no "USs"
        forms.append(alias + "s")
    elif " " not in alias and alias[0].isupper() and alias.endswith(("ans", "ats", "dis")):
        forms.append(alias[:-1])  # a people's name, also as its adjective: "Republicans" -> "Republican senators"
    if demonyms and last_is_word and alias[0].isupper() and " " not in alias:
        if alias.endswith("a"):
            forms += [alias + "n", alias + "ns"]           # Russia -> Russian(s)
        elif alias.endswith("an"):
            forms += [alias + "ian", alias + "ians"]       # Iran, Jordan -> Iranian(s), Jordanian(s)
        elif alias.endswith(("q", "el")):
            forms += [alias + "i", alias + "is"]           # Iraq -> Iraqi, Israel -> Israeli
    return forms


_INNER_POSSESSIVE = re.compile(r"\s?['’]s\b(?!$)")


@lru_cache(maxsize=64)
def _mention_matcher(sides: Sides) -> tuple[re.Pattern, re.Pattern, dict[str, tuple[str, str]]]:
    """One case-sensitive and one case-insensitive alternation, longest first, and form -> (side, actor)."""
    owner: dict[str, tuple[str, str]] = {}
    for side in sides.sides:
        for actor, aliases in side.actors:
            for alias in aliases:
                for form in alias_forms(alias, side.demonyms):
                    form = _INNER_POSSESSIVE.sub("'s", form)
                    owner.setdefault(form if not form.islower() else form.lower(), (side.name, actor))
    for phrase in sides.ignore:
        owner[phrase if not phrase.islower() else phrase.lower()] = ("", "")
    by_length = sorted(owner, key=len, reverse=True)
    possessive = r"(?:['’]s)?"  # a plural's bare ’ is left out: it is as often a closing quote

    def alternation(forms: list[str], flags: int) -> re.Pattern:
        # "Egypt's military" also matches "Egypt ’s military" (a tokenised corpus, a curly apostrophe)
        # The decoder pads a joined "’ s" with spaces ("Time’s   Up"), so a space matches any run of them.
        body = "|".join(_INNER_POSSESSIVE.sub(r"\\s?['’]s\\b", re.escape(f)).replace("\\ ", r"\s+")
                        for f in forms) or r"(?!x)x"
        # Hyphens are boundaries: "U.S.-supported" mentions its side (find_mentions drops "anti-X").
        return re.compile(rf"(?<!\w)(?:{body}){possessive}(?!\w|['’]\w)", flags)

    cased = alternation([f for f in by_length if not f.islower()], 0)
    uncased = alternation([f for f in by_length if f.islower()], re.IGNORECASE)
    return cased, uncased, owner


def find_mentions(article: Article, sides: Sides) -> tuple[Span, ...]:
    """Every mention of a side in the article as a ``mention`` span (category = actor), longest match first."""
    cased, uncased, owner = _mention_matcher(sides)
    hits: list[tuple[int, int, str]] = []
    for pattern in (cased, uncased):
        for m in pattern.finditer(article.text):
            surface = " ".join(_INNER_POSSESSIVE.sub("'s", re.sub(r"['’]s?$", "", m.group())).split())
            hits.append((m.start(), m.end(), surface if surface in owner else surface.lower()))
    shouted, by_upper = re.compile(cased.pattern, re.IGNORECASE), {key.upper(): key for key in owner}
    for sentence in (s for s in article.sentences if is_in_capitals(s.text)):  # "ROMNEY COULD BLOCK …": a teaser
        for m in shouted.finditer(article.text, sentence.start, sentence.end):
            surface = _INNER_POSSESSIVE.sub("'S", re.sub(r"['’][sS]?$", "", m.group())).upper()
            hits.append((m.start(), m.end(), by_upper.get(surface, "")))
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    spans, last_end = [], -1
    for start, end, key in hits:
        if start < last_end or key not in owner:
            continue
        last_end = end
        side, actor = owner[key]
        sentence = article.sentence_at(start)
        if not side or sentence is None or not article.sentences[sentence].counted \
                or names_something_else(article, start, end):
            continue
        between = article.text[spans[-1].end:start] if spans else ""
        if spans and spans[-1].side == side and (not between.strip() and "\n" not in between
                                                 or _ALIAS_BEFORE.fullmatch(between)
                                                 and article.text[start:end].isupper()):
            # "pro-Russian separatists", "the Islamic State (ISIL, also known as ISIS)": one phrase, one mention (a
            # line break between two names ends the phrase: "… from Biden\n\nBiden said" is two)
            spans[-1] = replace(spans[-1], text=article.text[spans[-1].start:end], end=end)
            continue
        spans.append(Span("mention", actor, 0, article.text[start:end], start, end, sentence,
                          article.voice_at(start), side))
    return tuple(spans)


_ALIAS_BEFORE = re.compile(r"\s*(?:\(|,?\s*(?:also known as|a\.k\.a\.|aka))\s*")  # an acronym after it names the same
# "anti-Israel", "post-Mubarak", and the later names of a slashed group under the same prefix: "non-ISIS/Al-Qaeda".
_STANCE_PREFIX = re.compile(r"(?:anti|pro|non|post|pre)-(?:[\w.’'-]{1,40}/)*$", re.IGNORECASE)
_PAIRED = re.compile(r"-(?:[A-Z]|(?:leaning|friendly|aligned|oriented|minded)\b)")  # to a name, or a stance's
_PAIRED_BEFORE = re.compile(r"\b[A-Z][\w.]*-$")
_GENERATION = re.compile(r",?\s(?:Jr|Sr)\b")  # "Donald Trump Jr.": another person than "Donald Trump"


def _another_generation(article: Article, start: int, end: int) -> bool:
    """"Donald Trump Jr." where the article also names "Donald Trump" plainly: the son, not the father (a side that
    is itself a Jr., named only so, keeps its mentions)."""
    alias = re.escape(article.text[start:end])
    return bool(_GENERATION.match(article.text, end)) and any(
        not _GENERATION.match(article.text, m.end()) for m in re.finditer(rf"(?<!\w){alias}(?!\w)", article.text))


@lru_cache(maxsize=1)
def _name_heads() -> dict[str, str]:
    return {row["word"]: row["kind"] for row in read_table("name_heads.tsv")}


def names_something_else(article: Article, start: int, end: int) -> bool:
    """Whether the alias at ``start:end`` only helps name a stance, a place or an outlet (module docstring)."""
    if _STANCE_PREFIX.search(article.text, max(0, start - 50), start) or _PAIRED.match(article.text, end) \
            or _PAIRED_BEFORE.search(article.text, max(0, start - 40), start) \
            or _another_generation(article, start, end):
        return True  # "anti-Israel"; "the Trump-Russia story", "the Israeli-Palestinian conflict": a matter, no actor
    tokens = article.doc.char_span(start, end, alignment_mode="expand")
    if tokens is None:
        return False
    last, heads = tokens[-1], _name_heads()
    if last.dep_ in ("amod", "compound", "nmod") and not (tokens.start <= last.head.i < tokens.end) \
            and last.head.i > last.i and heads.get(last.head.lower_) in ("place", "beat"):
        return True
    if last.i + 1 < len(last.doc) and heads.get(f"{last.lower_} {last.doc[last.i + 1].lower_}") == "phrase":
        return True
    first = tokens[0]
    if len(tokens) == 1 and first.tag_.startswith("VB") and first.text.islower() and first.dep_ != "nsubj":
        return True  # "assigned to guard the hospital": a verb names no actor; "whether trolls influence": mis-tagged
    if first.i > 1 and first.nbor(-1).lower_ == "of" and first.nbor(-2).text[:1].isupper() \
            and heads.get(first.nbor(-2).lower_) == "outlet":
        return True  # "The Times of Israel"
    entity = entity_at(first)
    return bool(entity) and entity.end > tokens.end \
        and entity.label_ in ("ORG", "WORK_OF_ART") \
        and heads.get(entity[-1].lower_) in ("outlet", "institution")
