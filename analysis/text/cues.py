"""Reporting cues: the lexicon, the working state of one reading, and the helpers that record a speech.

The lexicon is ``lexicons/reporting_verbs.tsv``: each lemma has a stance, its verb forms, its nominal forms and a
``complement`` class saying what the verb needs in the parse to report speech (the file's header). :class:`Reading`
is the state of one :func:`analysis.text.speech.find_speeches` run; :func:`record` turns a cue and its content into a
:class:`Speech`, direct when its content is one quotation, mixed when it holds some.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from spacy.tokens import Doc, Token

from ..lexicon import read_table
from .parse import aside_around
from .quotations import Quotation

# A quotation this short with no cue is a phrase held at a distance, not speech.
SCARE_QUOTE_MAX_WORDS = 5
DEFAULT_CUES = "reporting_verbs.tsv"
# "WASHINGTON (AP) — ", "MOSCOW—The", "Tehran, Iran — ": not the hyphen of a compound ("A US-backed coalition")
DATELINE_RE = re.compile(r"(?:[A-Z][A-Z.,'’ -]{2,}(?:\([^)]{1,40}\))?\s*(?:[—–]+(?![a-z])|-+(?=\s))"  # not "OVD-Info"
                         r"|[A-Z][a-z]+(?: [A-Z][a-z]+)? ?, ?[A-Z][A-Za-z.]+(?: [A-Z][a-z.]+)? ?[—–]+(?![a-z])"
                         r"|(?:[A-Z][\w.,'’ -]{1,30})?\(\s*(?:CNN|AP|AFP|Reuters|UPI)\s*\)\s*[—–-]*)\s*")  # "(CNN) --"
SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
VOICED = frozenset({"shout", "yell", "chant"})  # cues of voicing: "shouted “fake!” at the cars", "marched, chanting"
ADMITTING = frozenset("admit admits admitted admitting accept accepts accepted accepting".split())
PEOPLE = frozenset("refugees migrants immigrants seekers students patients members applicants people persons "
                   "children families visitors".split())  # whom a country, school or club lets in
UNREAL_AUX = {"will", "shall", "can", "'ll", "’ll", "may", "might", "could", "should", "must"}  # not said yet
# Objects that make the cue no report: "claimed the attack" (credit taken) or "the lives of 67" (a toll), "confirmed
# the nominee" or a person (a vote), "confirmed my impression" (a belief borne out), "ordered a strike" (a deed)
DEED_OBJECTS = {"claim": frozenset("attack attacks assault bombing killing kidnapping shooting blast life "
                                   "lives".split()),
                "confirm": frozenset("nominee nominees nomination nominations pick picks appointee appointees ceo "
                                     "chief judge judges justice justices ambassador ambassadors impression "
                                     "impressions suspicion suspicions fear fears".split()),
                # "ordered [a missile strike on a base whence the attack] originated": a military act commanded, which
                # the parser may read as a clause's subject (speech._object_read_as_subject)
                "order": frozenset("strike strikes airstrike airstrikes attack attacks raid raids bombing invasion "
                                   "offensive".split())}


@dataclass(frozen=True)
class Cue:
    """A reporting word from the lexicon: lemma, stance and what must follow it (class)."""

    lemma: str
    stance: str
    complement: str


@dataclass(frozen=True)
class CueLexicon:
    """Reporting verbs and nouns by their lowercase word sequence."""

    verbs: dict[tuple[str, ...], Cue]
    nouns: dict[tuple[str, ...], Cue]
    first_words: frozenset[str] = frozenset()  # of every form: most tokens start none


@dataclass(frozen=True)
class Speech:
    """One speech event: ``source`` and ``cue`` are (start, end) in the text, or None.

    ``content`` holds the spans said (the first one, then continuations); ``quoted`` the
    parts of them that are inside quotation marks (all of a block quote). ``kind`` is
    direct, indirect, mixed, according_to, block or uncued (a quotation with no cue).
    ``rule`` names the construction that found it.
    """

    kind: str
    source: tuple[int, int] | None
    cue: tuple[int, int] | None
    content: tuple[tuple[int, int], ...]
    quoted: tuple[tuple[int, int], ...]
    lemma: str | None
    rule: str


@lru_cache(maxsize=8)
def load_cues(name: str = DEFAULT_CUES) -> CueLexicon:
    """Read a reporting-verb TSV (columns lemma, stance, forms, complement, nouns)."""
    verbs: dict[tuple[str, ...], Cue] = {}
    nouns: dict[tuple[str, ...], Cue] = {}
    for row in read_table(name):
        cue = Cue(row["lemma"].strip().lower(), row["stance"].strip(), (row.get("complement") or "that").strip())
        for form in row["forms"].split(","):
            verbs[tuple(normalize_word(form).split())] = cue
        for noun in (row.get("nouns") or "").split(","):
            if noun.strip():
                nouns[tuple(normalize_word(noun).split())] = cue
    return CueLexicon(verbs, nouns, frozenset(form[0] for form in (*verbs, *nouns)))


def normalize_word(word: str) -> str:
    return word.strip().lower().replace("’", "'")


@dataclass
class Reading:
    """Working state of one :func:`find_speeches` run; never returned."""

    doc: Doc
    text: str
    quotations: tuple[Quotation, ...]
    cues: CueLexicon
    skip: set[int]            # token indices that start no cue (headlines, captions, datelines)
    found: list[Speech]
    used: set[int]            # cue token indices already read

    @cached_property
    def quotations_ending(self) -> dict[int, list[Quotation]]:
        """Quotations by the offset where they end (a cue looks only beside itself, not over the article)."""
        return _by_offset(self.quotations, "end")

    @cached_property
    def quotations_starting(self) -> dict[int, list[Quotation]]:
        """Quotations by the offset where they start."""
        return _by_offset(self.quotations, "start")

    @cached_property
    def quoted_tokens(self) -> frozenset[int]:
        """Indices of the tokens inside a quoted utterance (the quoted speaker's words, not the author's; not a
        title or phrase in quotation marks: "the “CBS Evening News” quoted …")."""
        spans = [(q.inner_start, q.inner_end) for q in self.quotations
                 if may_be_speech(self, q) and is_utterance(self.text, q)]
        return frozenset(t.i for t in self.doc if any(a <= t.idx < b for a, b in spans))


def _by_offset(quotations: tuple[Quotation, ...], edge: str) -> dict[int, list[Quotation]]:
    found: dict[int, list[Quotation]] = {}
    for q in quotations:
        found.setdefault(getattr(q, edge), []).append(q)
    return found


def form_at(reading: Reading, token: Token, table: dict[tuple[str, ...], Cue]) -> tuple[Cue, int] | None:
    """The lexicon entry whose form starts at ``token`` (longest first) and its length in tokens."""
    if normalize_word(token.text) not in reading.cues.first_words:
        return None
    doc = reading.doc
    words = tuple(normalize_word(t.text) for t in doc[token.i:token.i + 3])
    for n in range(len(words), 0, -1):
        if words[:n] in table:
            return table[words[:n]], n
    return None


def is_cue_verb(verb: Token) -> bool:
    """A reporting verb of the cue lexicon ("said", "calls", "uncovered")."""
    return (normalize_word(verb.text),) in load_cues().verbs


def verb_entry(reading: Reading, token: Token) -> Cue | None:
    found = form_at(reading, token, reading.cues.verbs)
    return found[0] if found else None


def lets_in(cue: Token) -> bool:
    """Whether an admitting cue lets people in ("admitted 12,587 Syrian refugees", "as refugees are accepted")
    rather than concedes something ("admitted the mistake")."""
    if cue.lower_ not in ADMITTING:
        return False
    nouns = [c for c in cue.children if c.dep_ in ("dobj", "nsubjpass")]
    nouns += [o for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"]  # "a total of 12,587 refugees"
    return any(n.lower_ in PEOPLE or n.ent_type_ == "NORP" and n.tag_ == "NNPS" for n in nouns)


def is_verbal(token: Token) -> bool:
    if token.dep_ in ("amod", "compound", "aux", "auxpass", "nmod", "poss"):
        return False
    before = token.i - 1
    while before > 0 and token.doc[before].lower_.endswith("ly") and token.doc[before].tag_ == "RB":
        before -= 1
    if before >= 0 and token.doc[before].lower_ in ("a", "an", "the"):
        return False  # "A unilaterally declared “window”": a participle the parser misread as the main verb
    if token.lower_ == "noted" and before < token.i - 1 and token.i + 1 < len(token.doc) \
            and token.doc[token.i + 1].tag_ in ("NNS", "NNPS") and not any(c.dep_ == "ccomp" for c in token.children):
        return False  # "neither of them especially noted Russophiles": the adjective, famous
    return token.tag_.startswith("VB") or any(c.dep_ in SUBJECTS for c in token.children)


def cue_span(token: Token, n: int) -> tuple[int, int]:
    last = token.doc[min(len(token.doc), token.i + n) - 1]
    return token.idx, end_of(last)


def may_be_speech(reading: Reading, q: Quotation) -> bool:
    """Double quotes may hold speech; single ones (British style) only when they read as an utterance:
    longer than a scare quote, or ending in punctuation ("‘I have let them down,’ he said")."""
    if q.mark == "double":
        return True
    inner = reading.text[q.inner_start:q.inner_end].rstrip()
    after = reading.text[q.end:q.end + 1]
    return q.n_words > SCARE_QUOTE_MAX_WORDS or q.n_words >= 2 and (inner[-1:] in ",.?!" or after == ",")


def is_utterance(text: str, q: Quotation) -> bool:
    """Whether a quotation reads as something said, not a phrase held at a distance: longer than a scare quote,
    or two words or more ending in punctuation, maybe before an inner quote's mark ("“I left,” he said", "“‘No.’ ”")."""
    return q.n_words > SCARE_QUOTE_MAX_WORDS or q.n_words >= 2 and text[q.inner_start:q.inner_end].rstrip(
        " '’\n")[-1:] in (".", "?", "!", ",")


def is_embedded_phrase(reading: Reading, q: Quotation) -> bool:
    """Whether a quotation is a phrase inside the author's sentence ("what he meant by “their reasons.”"): the
    sentence opens before it and no clause's verb heads its words; such a quotation is no content of a cue in another
    sentence."""
    words = reading.doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
    if words is None or not len(words):
        return False
    sentence = words[0].sent
    if not reading.text[sentence.start_char:q.start].strip():
        return False
    heads = [t for t in words if not t.is_punct and not t.is_space and not words.start <= t.head.i < words.end]
    return not any(_heads_a_clause(t) for t in heads)


def _heads_a_clause(token: Token) -> bool:
    """A finite verb, or any verb with a subject (not a participle modifying a noun: "attacks “executed”")."""
    return token.tag_ in ("VBD", "VBZ", "VBP", "MD") or token.tag_.startswith("VB") \
        and any(c.dep_ in SUBJECTS for c in token.children)


def end_of(token: Token) -> int:
    return token.idx + len(token.text)


def clause_span(clause: Token, after: int = -1) -> tuple[int, int]:
    """A clause's span, after a leading "that" or date ("said Friday the state would sue"), without edge
    punctuation; only its tokens after index ``after`` ("who the department said had resigned")."""
    tokens = [t for t in clause.subtree if t.i > after]
    while len(tokens) > 1 and (tokens[0].is_punct and tokens[0].text not in "“\"‘'" or tokens[0].is_space
                               or tokens[0].dep_ in ("mark", "advmod") and tokens[0].lower_ == "that"  # "that , after"
                               and tokens[0].head == clause
                               or tokens[0].ent_type_ in ("DATE", "TIME") and tokens[0].dep_ in ("npadvmod", "nummod")):
        tokens.pop(0)
    while len(tokens) > 1 and (tokens[-1].is_punct and tokens[-1].text not in "”\"’'" or tokens[-1].is_space):
        tokens.pop()
    return tokens[0].idx, end_of(tokens[-1])


def _past_skipped(reading: Reading, start: int, end: int) -> int:
    """The start of a content span moved past the dateline (or other skipped words) it opens with."""
    words = reading.doc.char_span(start, end, alignment_mode="expand") or ()
    return next((t.idx for t in words if t.i not in reading.skip and not t.is_space), start)


def record(reading: Reading, token: Token, entry: Cue, n: int, source_span: tuple[int, int] | None,
           spans: list[tuple[int, int]], rule: str) -> None:
    """Record a speech with its kind: direct when its content is one quotation, mixed when it holds one."""
    text = reading.text
    opener, low, high = aside_around(token)  # "— which …, according to X —": the part in the aside
    if low and any(c.dep_ == "ccomp" and c.idx < low for c in token.children) \
            and any(c.i > token.i and not c.is_punct and c.idx < high for c in token.children):
        return  # "the serious (…, Trump and Russia agreed to …)": the parse hung the main clause on a cue in brackets
    if low and not any(text[max(a, low):b].strip() for a, b in spans):
        if any(s.cue is not None and token.sent.start_char <= s.cue[0] < opener for s in reading.found):
            return  # "Smith said the president will resign (according to two aides)": Smith's words, not the aides'
        low, high = 0, opener  # "(officials said)", "— according to two aides —": the clause before the aside
    cue_end = cue_span(token, n)[1]
    around = next((q for q in reading.quotations if q.inner_start <= token.idx < q.inner_end), None)
    if around is not None and around.n_words <= SCARE_QUOTE_MAX_WORDS \
            and text[token.sent.start_char:around.start].strip():
        return  # a phrase quoted inside the author's sentence ("cases of “he said, she said”") reports nobody's words
    if around is not None and not any(max(a, around.inner_start) < min(b, around.inner_end) for a, b in spans):
        return  # "“…, Crooked Hillary now criticizes,” Trump tweeted": a quoted cue reports nothing outside it
    holder = around if around is not None and text[cue_end:around.inner_end].strip(" ,.”’\"'") else None
    # (not a quoted cue word: “revelation”)
    if holder is not None:  # a cue inside a quotation reports only words inside it (“… , according to X .”)
        low, high = holder.inner_start, min(high, holder.inner_end)
        if not any(max(a, low) < min(b, high) for a, b in spans):  # the parse's content lay outside: the rest
            spans = [(cue_end, holder.inner_end)]                     # of the quotation after the cue
    spans = [(_past_skipped(reading, a, b), b) for a, b in spans]  # "Washington ( CNN ) …": no dateline
    spans = [close_quotes(reading, *strip_span(text, max(a, low), _before_comment(text, a, min(b, high))))
             for a, b in spans if max(a, low) < min(b, high)]
    if not (spans := [(a, b) for a, b in spans if a < b]):
        return  # the parse put the cue's content outside the aside holding it
    start, end = spans[0]
    inside = [q for q in reading.quotations if any(a <= q.inner_start and not text[b:q.inner_end].strip(EDGE)
                                                   for a, b in spans) and may_be_speech(reading, q)]
    # One quotation when the cue stands outside it and the content fills it, opens right after the cue (X wrote, “…”)
    # or reaches one of its ends past a nested mark (over paragraphs: “…,” said X; “… say, ‘… back?’” added X).
    whole = next((q for q in reading.quotations if q.start <= start + 1 and end - 1 <= q.end
                  and not q.start < token.idx < q.end and may_be_speech(reading, q)
                  and (end - start >= 0.8 * (q.inner_end - q.inner_start) or q.start >= cue_end and not text[
                      cue_end:q.start].strip(" ,:") or not text[q.inner_start:start].strip(EDGE + "‘’")
                       or not text[end:q.inner_end].strip(EDGE + "‘’"))), None)
    if whole is not None:
        kind, spans = "direct", [strip_span(text, whole.inner_start, whole.inner_end, keep_final=True)]
        quoted = spans
    elif inside and entry.lemma != "according to":
        kind, quoted = "mixed", [(q.inner_start, q.inner_end) for q in inside]
    else:
        kind, quoted = ("according_to" if entry.lemma == "according to" else "indirect"), []
    if source_span is not None and source_span[0] < start < source_span[1]:
        # The parse hung the content on the source ("reports from the site X that …").
        source_span = strip_span(text, source_span[0], start - 5 if text[start - 5:start] == "that " else start)
    words = [t for t in reading.doc.char_span(*source_span, alignment_mode="expand") or ()
             if not (t.i in reading.skip or t.is_space)] if source_span is not None else []
    source_span = (words[0].idx, source_span[1]) if words else None  # past a dateline: "WASHINGTON – President X"
    reading.used.update(range(token.i, token.i + n))
    reading.found.append(Speech(kind, source_span, cue_span(token, n), tuple(spans), tuple(quoted),
                                entry.lemma, rule))


# ", an explanation dismissed in the West", ", a claim the Pentagon denies": the author's word on the report; ",
# even though al-Qaida has been decimated": the author's contrast with it; ", one of the congressional panels
# investigating …": the author's gloss on the last noun
TRAILING_COMMENT = re.compile(r",\s+(?:(?:a|an)\s+(?:[a-z-]+\s+)?(?:explanation|claim|assertion|account|allegation|"
                              r"charge|argument|version|accusation|contention)|even\s+though|one\s+of\s+the)\b"
                              r"[^“”\"]*\Z")


def _before_comment(text: str, start: int, end: int) -> int:
    """Where reported content ends before an appositive comment on it, outside quotation marks."""
    found = TRAILING_COMMENT.search(text, start, end)
    return found.start() if found else end


EDGE = " ,.;:!?\n"  # what may stand between a content and its quotation's edge ("proven , ”")


def close_quotes(reading: Reading, start: int, end: int) -> tuple[int, int]:
    """Extend a span over the closing mark of a quotation it opens ("it was “unworkable,”" ends at ”), and over the
    rest of it when the quotation goes on past the sentence in the same paragraph ("calling it “a regional threat …
    . Despite its safe haven, the group has not …”")."""
    for q in reading.quotations:
        rest = reading.text[end:q.inner_end]
        if start <= q.start < end < q.end and (q.end <= end + 3 or "\n" not in rest and re.search(r"\w", rest)):
            return start, q.end
    return start, end


def strip_span(text: str, start: int, end: int, keep_final: bool = False) -> tuple[int, int]:
    """The span without surrounding spaces and commas (and a final full stop unless ``keep_final``)."""
    while start < end and text[start] in " \t\n,:;":
        start += 1
    trailing = " \t\n,:;" if keep_final else " \t\n,:;."
    while end > start and text[end - 1] in trailing:
        end -= 1
    return start, end
