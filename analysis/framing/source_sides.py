"""Which side speaks: the side of an attribution's source, from a side mention inside the source's words (its head
or appositive first), the antecedent of a pronoun source, the phrase a definite description repeats or its maker, or
the source's canonical name being an alias ("the president": the one titled just before or named most)."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from ..result import Attribution
from ..text.article import Article
from ..text.cues import end_of, load_cues
from ..text.descriptions import OFFICES, repeated
from ..text.parse import in_quotation
from ..text.reference import PRONOUNS, antecedent, described_person
from ..text.sources import MESSAGES, PUBLISHED
from ..text.voice import speaker_finder
from .mentions import core_tokens
from .sides import Sides
from .targets import Mentions, owner

TOPICAL = frozenset({"on", "into", "about", "over", "regarding", "concerning"})  # "a report on X": X is its topic
AGENTS = frozenset("spokesman spokeswoman spokesperson lawyer lawyers attorney attorneys representative".split())


def _last_source_named(article: Article, noun: Token) -> Token | None:
    """The head of the last source phrase before ``noun`` headed by the same word ("these officials" for a later
    "Officials"), or None."""
    earlier = (article.doc.char_span(*s, alignment_mode="expand") for s in sorted(article.source_spans, reverse=True)
               if s[1] <= noun.idx)
    return next((p.root for p in earlier if p is not None and p.root.lower_ == noun.lower_), None)


def source_side(article: Article, attribution: Attribution, mentions: Mentions, sides: Sides) -> str | None:
    """The side of an attribution's source: a mention inside the source's words, else the side of the phrase's
    owner (a pronoun's antecedent, the phrase a definite description repeats: :func:`owner`), else an alias
    match of its canonical name."""
    if attribution.source_start is not None:
        words = article.doc.char_span(attribution.source_start, attribution.source_end, alignment_mode="expand")
        near = _source_core(words) if words is not None else None
        every = [m for m in mentions.inside(attribution.source_start, attribution.source_end)  # not in a quoted
                 if not in_quotation(article.doc.char_span(m.start, m.end, alignment_mode="expand")[0])]  # title
        inside = [m for m in every if near is None or any(m.start <= i < m.end for i in near)]
        if not inside and words is not None:  # "The statement, issued by the FBI and …, noted": its makers'
            makers = [p for c in words.root.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"
                      for p in a.children if p.dep_ == "pobj"]
            inside = [m for p in makers for m in mentions.inside(p.left_edge.idx, end_of(p.right_edge))]
        if inside:  # the side named by the phrase's head or its appositive first (:func:`_named`)
            head = [m.side for m in inside if any(m.start <= t.idx < m.end for t in _named(words))]
            joined = {m.side for c in words.root.conjuncts for m in every if m.start <= c.idx < m.end} if head else ()
            if set(joined) - set(head):
                return None  # "the Syrian government and opposition say": two sides speak as one
            return head[0] if head else Counter(m.side for m in inside).most_common(1)[0][0]
        if words is not None and len(words) == 1 and words.root.lower_ in PRONOUNS:  # resolved as a speaker is
            found = antecedent(article.doc, words.root, speaker_finder(article)(words.root.idx), article.source_spans)
            if found is not None:
                inside = mentions.overlapping(*found)
                phrase = article.doc.char_span(*found, alignment_mode="expand")
                if inside or phrase is None:
                    named = [m for m in inside if any(m.start <= t.idx < m.end for t in _named(phrase))]
                    return (named or inside)[0].side if inside else None
                return owner(phrase.root, mentions, speaker_finder(article))[0]  # "the letter": Langhofer's
        titled = words is not None and len(words) == 2 and words[0].lower_ == "the" and words.root.lower_ in OFFICES
        if titled and (named := sides.named_in(attribution.canonical_source or "")):  # "the president" named most
            return named
        if words is not None:
            side, _ = owner(words.root, mentions, speaker_finder(article), aimed=False)  # "he", "the armed group"
            bare = (words.root.lower_,) not in load_cues().nouns  # "Officials say" repeats "U.S. officials"; bare
            # "Reports say" are no earlier reports ("reports of X's resignation" are not X's words)
            spoke = _last_source_named(article, words.root) if bare and words.root.tag_ == "NNS" and not side else None
            if spoke is not None:  # "Officials emphasized …": the officials who spoke last, not "Russian officials"
                side = owner(spoke, mentions, speaker_finder(article))[0]  # watched
            earlier = repeated(words.root, bare_plural=bare) if not side else None
            for _ in range(3):  # "the statement adds" after "the statement continued" after "a statement from the
                if earlier is None or side:  # Defense Department": the first phrase's maker
                    break
                by = ("from", "by", "for") if earlier.lower_ in AGENTS else ("from", "by")  # "a spokesperson for X"
                makers = [p for c in earlier.children if c.dep_ == "prep" and c.lower_ in by
                          for p in c.children if p.dep_ == "pobj"] + [  # "Rigell is circulating a letter …"
                    c for c in earlier.head.children if c.dep_ == "nsubj" and earlier.dep_ == "dobj"
                    and earlier.head.lower_ in PUBLISHED] + [  # "In a statement, the army said …"
                    c for c in earlier.head.head.children if c.dep_ == "nsubj" and earlier.dep_ == "pobj"
                    and earlier.head.lower_ == "in" and (earlier.head.head.lower_,) in load_cues().verbs]
                side = next((s for s in (owner(x, mentions, speaker_finder(article), aimed=False)[0]
                                         for x in (earlier, *makers)) if s), None)
                earlier = repeated(earlier)
            person = described_person(article.doc, words.root, article.source_spans) if not side else None
            if person is not None:  # "The political operative, who …, said": the previous sentence's subject
                side = next((m.side for m in mentions.overlapping(*person)), None)
            maker = words.root.head if words.root.dep_ == "dobj" and words.root.head.lower_ in PUBLISHED else None
            if not side and maker is not None:  # "House Republicans issued a new report that says …": theirs
                side = next((owner(c, mentions, speaker_finder(article))[0] for c in maker.children
                             if c.dep_ == "nsubj"), None)
            if side:
                return side
    name = attribution.canonical_source or ""
    if name.isupper():  # a transcript's turn is a side's when it is a whole alias: "HILLARY RODHAM CLINTON: …", "HRC:"
        return next((side.name for side in sides.sides if name in {a.upper() for a in side.aliases}), None)
    start = attribution.source_start  # a signature under a quotation is a caption, where no mention is read
    signed = start is not None and any(p.kind == "caption" and p.start <= start < p.end for p in article.paragraphs)
    if start is not None and name in article.text[start:attribution.source_end] and not signed:
        return None if " " in name else sides.named_in(name)  # the source's own words, whose mentions were read
        # above ("The Times of Israel" is no Israel); a family's name alone, a full-name alias ("Biden": "Joe Biden")
    return sides.named_in(name)


def _named(phrase) -> list[Token]:
    """Whom a source phrase names: its head and the head's appositive ("McCain's own cousin" is the cousin, not
    McCain; "Trump's EU ambassador, Gordon Sondland" is Sondland); none for no phrase."""
    return [phrase.root, *(c for c in phrase.root.children if c.dep_ == "appos")] if phrase is not None else []


def _source_core(words) -> set[int]:
    """Offsets of a source phrase's head words and of the head's own prepositional object (not a topic: "the report
    into Clinton's emails") or maker: "a spokesman for the Iranian ministry", "a review released by the Senate
    committee"; not "proponents of a deal with Iran", nor a message's addressee ("a memo to Grenell, signed by …"); a
    name the parse joined after a comma as a conjunct counts ("The chairman …, Rep. Elijah Cummings of Maryland")."""
    root, message = words.root, words.root.lower_ in MESSAGES
    objects = [p for c in root.children if c.dep_ == "prep" and c.lower_ not in TOPICAL for p in c.children
               if p.dep_ == "pobj"]
    made = [root, *objects] if message else [root]
    heads = [root] + [p for p in objects if not (message and p.head.lower_ == "to")] \
        + [p for x in made for c in x.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"
           for p in a.children if p.dep_ == "pobj"] \
        + [c for c in root.children if c.dep_ == "conj" and c.i > root.i and c.tag_ == "NNP"]
    return {t.idx for head in heads for t in _own_words(head)}


def _own_words(head: Token) -> list[Token]:
    """A source head's core words, its appositive's only with the appositive's own maker ("spokesman for the State
    Department"): not a clause on it ("an activist who is close to Trump's administration") nor a place it works in
    ("station chief in Saudi Arabia")."""
    appositives = [c for c in head.children if c.dep_ == "appos"]
    inside = {t.i for a in appositives for t in a.subtree}
    made = [o for a in appositives for p in a.children if p.dep_ == "prep" and p.lower_ not in TOPICAL
            for o in p.children if o.dep_ == "pobj" and not (p.lower_ == "in" and o.ent_type_ in ("GPE", "LOC"))]
    made += [o for m in made for p in m.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"] + [
        o for a in appositives for c in a.children if c.dep_ == "acl" for g in c.children if g.dep_ == "agent"
        for o in g.children if o.dep_ == "pobj"]  # "the foreign ministry of Russia", "a spokesman hired by X"
    return [t for t in core_tokens(head) if t.i not in inside] + [t for x in (*appositives, *made)
                                                                   for t in core_tokens(x)]
