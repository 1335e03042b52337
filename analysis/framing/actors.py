"""Actor suggestions: who acts or speaks in an article, from its named entities, as a first sides file.

A candidate is a PERSON, ORG, NORP or GPE entity (outside the headline, captions and
datelines) that acts or speaks somewhere in the article: the subject of a clause, a
"by" agent, a possessor, the source of a quote, or a name modifying such a word
("Pentagon officials"). A place named only as a location ("in Raqqa") never acts.
Variants are grouped: people by their last name ("Mattis", "James Mattis"),
others by their text without "the" and a plural or possessive ending.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict

from ..text.article import Article
from ..text.parse import phrase_head
from .sides import DEFAULT_COLORS

ACTOR_ENTITIES = ("PERSON", "ORG", "NORP", "GPE")
ACTING_DEPS = ("nsubj", "nsubjpass", "poss")
OFFICE_NOUNS = frozenset({"secretary", "minister", "director", "chief", "head"})


def suggest_actors(article: Article, min_count: int = 2) -> list[dict]:
    """Candidate actors, most mentioned first: ``[{"actor", "forms", "n_mentions", "label"}]``.

    An actor is listed when it acts or speaks (module docstring) and is named at least
    ``min_count`` times, or heads the source of a quote however often it is named.
    """
    doc = article.doc
    speakers = {phrase_head(doc.char_span(*s.source, alignment_mode="expand")).i
                for s in article.speeches if s.source}
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    acting: set[str] = set()
    speaking: set[str] = set()
    entities = [(e, _bare(e)) for e in doc.ents if e.label_ in ACTOR_ENTITIES and _bare(e)
                and _in_body(article, e) and not _in_dateline(e)]
    # A full name is its own actor ("Hillary Clinton", "Bill Clinton"); a bare surname joins the commonest full
    # name with it, even when the small model labels it NORP, GPE or ORG ("Mattis said").
    full_names = Counter(form.lower() for e, form in entities
                         if (e.label_ == "PERSON" or _office_word_first(e)) and " " in form)
    surnames = {name.split()[-1]: name for name, _ in reversed(full_names.most_common())}
    surnames.update({form.lower(): form.lower() for e, form in entities if e.label_ == "PERSON" and " " not in form
                     and form.lower() not in surnames})
    persons = set(surnames.values()) | set(full_names)
    for entity, form in entities:
        label = "PERSON" if _office_word_first(entity) else entity.label_
        key = surnames.get(form.lower()) or (form.lower() if label == "PERSON" else form.lower().removesuffix("s"))
        forms[key][form] += 1
        labels[key][label] += 1
        if _acts(entity):
            acting.add(key)
        if any(entity.start <= i < entity.end for i in speakers):
            speaking.add(key)
    # A person is named by a full name when the article gives one, however often the surname alone appears.
    rows = [{"actor": max(counts, key=lambda f: (key in persons and " " in f, counts[f], len(f))),
             "forms": sorted(counts, key=lambda f: (-counts[f], f)), "n_mentions": sum(counts.values()),
             "label": "PERSON" if key in persons else labels[key].most_common(1)[0][0]}
            for key, counts in forms.items()
            if key in speaking or key in acting and sum(counts.values()) >= min_count]
    return sorted(rows, key=lambda r: (-r["n_mentions"], r["actor"]))


def _in_body(article: Article, entity) -> bool:
    sentence = article.sentence_at(entity.start_char)
    return sentence is not None and article.sentences[sentence].kind not in ("headline", "caption")


def _acts(entity) -> bool:
    root = entity.root
    while root.dep_ == "compound" and root.head.tag_.startswith("NN"):
        root = root.head  # "Pentagon officials said"
    if root.dep_ in ACTING_DEPS or root.dep_ == "pobj" and root.head.dep_ == "agent":
        return True
    return root.dep_ == "appos" and root.head.dep_ in ACTING_DEPS


def _in_dateline(entity) -> bool:
    """"WASHINGTON (AP) —": an upper-case entity opening its line, followed by a dash or an agency."""
    doc = entity.doc
    opens_line = entity.start == 0 or "\n" in doc[entity.start - 1].text_with_ws
    if not (opens_line and entity.text.isupper()):
        return False
    after = doc[entity.end:entity.end + 2].text  # not doc.text, which joins the whole article on every call
    return after.lstrip()[:1] in ("(", "—", "–", "-")


def _bare(entity) -> str:
    words = [t.text_with_ws for t in entity if t.tag_ != "POS" and not (t.i == entity.start and t.lower_ == "the")]
    if _office_word_first(entity):
        words = words[1:]  # "Secretary of State Rex Tillerson": "State" ends the office, the name follows
    return "".join(words).strip().rstrip("’'").strip()


def _office_word_first(entity) -> bool:
    """An entity whose first word completes an office named just before it ("Secretary of | State Rex
    Tillerson", "Minister of | Defence Ben Wallace"): the small model often joins the two."""
    doc, start = entity.doc, entity.start
    return len(entity) > 2 and start >= 2 and doc[start - 1].lower_ == "of" \
        and doc[start - 2].lower_.removeprefix("then-") in OFFICE_NOUNS



def starter_sides_toml(article: Article, n_sides: int = 2) -> str:
    """A sides file to edit: candidate actors as commented aliases under empty sides (valid TOML)."""
    candidates = suggest_actors(article)
    lines = [f"# Starter sides file for {json.dumps(article.title, ensure_ascii=False)}.",
             "# Uncomment each actor's aliases under the side it belongs to, or move them; delete the rest.",
             "# A side with no aliases is an error, so every side needs at least one."]
    for i in range(n_sides):
        lines += ["", "[[side]]", f'name = "Side {chr(65 + i)}"', f'color = "{DEFAULT_COLORS[i]}"', "aliases = ["]
        if i == 0:
            lines += [f"  # {', '.join(json.dumps(f, ensure_ascii=False) for f in row['forms'])},"
                      f"  # {row['n_mentions']} mention{'s' * (row['n_mentions'] != 1)}" for row in candidates]
        lines.append("]")
    return "\n".join(lines) + "\n"


def draft_sides(article: Article, n_sides: int = 2) -> list[dict]:
    """A first guess to edit: the ``n_sides`` most mentioned actors, each as its own side.

    Returns side records of the TOML form (``name``, ``color``, ``aliases``), ready for
    :func:`analysis.framing.sides.load_sides`; an empty list when no actor qualifies.
    """
    return [{"name": row["actor"], "color": DEFAULT_COLORS[i], "aliases": row["forms"]}
            for i, row in enumerate(suggest_actors(article)[:n_sides])]
