"""Scare quotes: short quoted phrases the author holds at a distance, rather than someone's speech.

A quotation (:mod:`analysis.text.quotations`, the one scanner) is a scare quote when it holds 1 to
:data:`~analysis.text.cues.SCARE_QUOTE_MAX_WORDS` words with a letter, does not end in ! or ? (an utterance), and is
no speech event's quoted words (:mod:`analysis.text.speech` gives every quote with a cue, every long or
whole-sentence quote, every quote in the headline (of an article that has one) and every quote inside reported
speech a speaker: its source, or none for an uncued quotation), is not the clause or predicate of a verb of saying
or believing with a subject of its own ("37% believe it was “justified”": their answer), is not a word mentioned as
a word ("the word “invasion”", "“Hostage” is not my word") or a name given ("known as the “Steele dossier”",
"referred to as"), and is not a title: a title-case run that follows "titled", "entitled", "headlined", "marked"
(the words on a thing: "a vehicle marked “Sebin”") or "told" (after an optional organisation's possessive: "told
CBS’s “Face the Nation”"), an organisation's possessive in a list ("CBS' “Face the Nation”"), "on", "in" or "from"
and an organisation's possessive ("a clip from MSNBC’s “Hardball”"), or "on" or "in" after a verb of appearing or
saying ("appeared on “Meet the Press”"), that names a show, book or article ("the “Charlie Rose” show") or follows
"author of", or that the web page sets in italics. (The small parser's WORK_OF_ART entities are not used: they take
group names such as “Ridwan” forces for titles.) A scare quote inside someone's quotation (a block quote, say) is
that source's, and its span takes the quoted voice.

Quoted proper names ("Syrian Democratic Forces", ‘Army of Revolutionaries’) are
reported with category ``name``, other phrases with ``term``: a writer who quotes a
group's own name flags it as that group's label, which is distance of a kind, but it is
weaker evidence than a quoted common phrase. Valence is 0: the marks show distance, and
whether that distance is ironic or merely a mention needs a reader.

References: Predelli (2003), "Scare quotes and their relation to other semantic
issues", Linguistics and Philosophy 26(1).
"""

from __future__ import annotations

import html as html_entities
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import takewhile

from spacy.tokens import Token

from ..text.article import Article
from ..text.cue_quotes import TITLE_SMALL_WORDS
from ..text.cues import SCARE_QUOTE_MAX_WORDS, load_cues
from ..text.gender import first_names
from ..text.quotations import QUOTE_MARKS, WORD_RE, Quotation

# Lowercase words that may sit inside a proper name ("Army of Revolutionaries").
NAME_PARTICLES = TITLE_SMALL_WORDS | frozenset({"al", "el", "de", "du", "la", "le", "bin", "ibn", "van", "von", "is"})


@dataclass(frozen=True)
class QuotedPhrase:
    """A quotation with the decision on it: offsets include the marks; ``reason`` says why."""

    start: int
    end: int
    inner: str
    category: str
    is_scare_quote: bool
    reason: str


def quote_category(inner: str) -> str:
    """``name`` if every word is capitalised (or a name particle such as "of"), else ``term``."""
    words = WORD_RE.findall(inner)
    is_name = all(w[0].isupper() or w[0].isdigit() or w.lower() in NAME_PARTICLES for w in words)
    return "name" if words and is_name and words[0][0].isupper() else "term"


def _category_past_number(inner: str) -> str:
    """:func:`quote_category` of the words after a number that opens them ("60 Minutes", "50 Cent": names)."""
    return quote_category(inner.lstrip("0123456789 "))


def classify_quotation(article: Article, q: Quotation) -> QuotedPhrase:
    """Decide whether quotation ``q`` of ``article`` is a scare quote, with the reason."""
    inner = article.text[q.inner_start:q.inner_end]

    def verdict(is_scare: bool, reason: str) -> QuotedPhrase:
        return QuotedPhrase(q.start, q.end, inner, quote_category(inner), is_scare, reason)

    if not q.n_words or not re.search(r"[^\W\d_]", inner):
        return verdict(False, "no words inside the marks")
    if q.n_words > SCARE_QUOTE_MAX_WORDS:
        return verdict(False, f"{q.n_words} words: a quotation, not a phrase held at a distance")
    if inner.rstrip()[-1:] in "!?":
        return verdict(False, "ends in ! or ?: an utterance")
    if any(p.kind == "headline" and p.start <= q.start < p.end for p in article.paragraphs):
        return verdict(False, "the quoted words of a source, in the headline")  # "Says … Trump’s ‘Message Is …’"
    if any(a < q.inner_end and q.inner_start < b  # any overlap: spaced marks ("“ Yes , ”") are trimmed
           for speech in article.speeches if speech.kind != "block" for a, b in speech.quoted) \
            or any(a <= q.inner_start and q.inner_end <= b  # "X is “very dialed in”, according to sources"
                   for speech in article.speeches if speech.kind == "according_to" for a, b in speech.content):
        return verdict(False, "the quoted words of a source")
    holder = _view_holder(article, q)
    if holder:
        return verdict(False, f"the words of {holder}, whose view the sentence gives (\"To Bolton, it was a ‘drug "
                              f"deal’\")")
    if _MENTION_BEFORE.search(article.text, 0, q.start) or _MENTION_AFTER.match(article.text, q.end) \
            or _HASHTAG_AFTER.match(article.text, q.end) or _UTTERANCE_AFTER.match(article.text, q.end) and (
                q.n_words > 1 or inner[:1].isupper()):
        return verdict(False, "a word mentioned as a word (\"the word ‘…’\", \"known as ‘…’\")")
    if re.search(r":\s*$", article.text[max(0, q.start - 3):q.start]):
        return verdict(False, "after a colon: words quoted as said or written (\"Here was Sessions' answer: “No.”\")")
    if _is_nickname(article.text, q, inner):
        return verdict(False, "a nickname between a first name and a surname (William “Ryan” Owens)")
    if _SELF_DESCRIBED.search(article.text, max(0, q.start - 20), q.start):
        return verdict(False, "a label its bearer gave himself (self-described “dirty trickster”)")
    title = _title_reason(article, q, inner)
    if title:
        return verdict(False, f"a title ({title})")
    holder = _words_held_by(article, q)
    if holder:
        return verdict(False, f"the words of those who {holder} it (\"believe it was ‘…’\")")
    speech = _speech_noun_over(article, q)
    if speech:
        return verdict(False, f"words of the {speech} they sit in (\"his rhetoric of ‘…’\")")
    return verdict(True, f"{q.n_words}-word {quote_category(inner)} in quotes with no speaker")


# "To Bolton's former aide Fiona Hill, it was a “domestic political errand”": whose view the sentence gives.
_VIEW_OPENING = re.compile(r"\s*(?:And\s+)?[Tt]o\s+([^,;:]{2,80}?),")


def _view_holder(article: Article, q: Quotation) -> str | None:
    """The person a sentence opening "To X," gives the view of, when the quotation follows that opening."""
    index = article.sentence_at(q.start)
    start = article.sentences[index].start if index is not None else q.start
    opening = _VIEW_OPENING.match(article.text, start, q.start)
    if opening is None:
        return None
    holder = article.doc.char_span(*opening.span(1), alignment_mode="expand")
    return opening[1] if holder is not None and not holder.root.tag_.startswith("VB") \
        and any(t.ent_type_ == "PERSON" for t in holder) else None  # not "To placate Trump, aides drafted a “deal”"


def _is_nickname(text: str, q: Quotation, inner: str) -> bool:
    """Whether a one- or two-word name in quotes stands between a known first name and a capitalised word."""
    before = re.search(r"\b([A-Z][a-z]+)\s*$", text[max(0, q.start - 20):q.start])
    return q.n_words <= 2 and _category_past_number(inner) == "name" and before is not None \
        and before[1].lower() in first_names() and re.match(r"\s*[A-Z][a-z]", text[q.end:q.end + 3]) is not None


# Use and mention: a quote named as a word is talked about ("the word “invasion”", "“Hostage” is not my word",
# "‘Regime’ was their label"), or given as a thing's name ("sometimes known as the “Steele dossier”", "referred to
# Mr. Trump not by name but as “Candidate #1”"), not held at a distance.
_WORD_NOUN = r"(?:word|term|phrase|label|expression|slogan)s?"
_MENTION_BEFORE = re.compile(rf"\b(?:(?:the|a|an|that|this|their|his|her|its)\s+{_WORD_NOUN}\s*[,:]?"
                             r"|(?:(?:known|refer(?:s|red|ring)?\s+to"
                             r"(?:\s+(?:(?!\b(?:that|which|who|whom)\b)[^,;:“”\"\n]){1,60}?)?)\s+as|nicknamed)"
                             r"(?:\s+(?:the|a|an))?)\s*\Z", re.I)  # "referred to Mr. Trump not by name but as “…”"
# After the quote, a possessive or a negation makes it a claim about the word (not "were the word on every lip"); the
# name of a fixed utterance names it ("the “Death to America” slogan"; not "the ‘moderate’ label", a judgement).
_NOT = r"(?:\s*n[’']t|\s+not)"
_MENTION_AFTER = re.compile(rf"[\s,]*(?:is|was|are|were)(?:{_NOT}\s+(?:(?:a|an|the)\s+)?|{_NOT}?\s+(?:my|his|her|their|"
                            rf"our|your|its)\s+(?:own\s+)?){_WORD_NOUN}\b", re.I)
# a fixed utterance named as one, when its words are several or capitalised (not "“revolutionary” slogans"); a hashtag
_UTTERANCE_AFTER = re.compile(r"\s*(?:slogan|chant|motto|catchphrase)s?\b", re.I)
_HASHTAG_AFTER = re.compile(r"\s*hashtags?\b", re.I)


# Verbs whose clause or predicate, quoted, gives the words of their subject: "37% believe it was “justified”",
# "respondents think it is “too soon to say”", "critics called it “a betrayal”", "characterized the strike as an
# “overwhelming success”", "Mr Macron expressed his “strong concern”" (the answer, not the author's distance); these
# verbs hold them beside every reporting verb of the cue lexicon.
HOLDING_VERBS = frozenset("believe believes believed believing think thinks thought thinking feel feels felt "
                          "feeling consider considers considered considering cite cites cited citing quote quotes "
                          "quoted quoting express expresses expressed expressing voice voices voiced voicing blame "
                          "blames blamed blaming speak speaks spoke spoken speaking talk talks talked talking "
                          "slam slams slammed slamming blast blasts blasted blasting".split()) \
    | frozenset(f"{stem}{end}" for stem in ("mock", "hail", "rail", "brand", "label", "lambast")
                for end in ("", "s", "ed", "ing")) \
    | frozenset("name names named naming encourage encourages encouraged encouraging dub dubs dubbed dubbing deride "
                "derides derided deriding praise praises praised praising excoriate excoriates excoriated excoriating "
                "outline outlines outlined outlining ridicule ridicules ridiculed ridiculing".split())


_SELF_DESCRIBED = re.compile(r"\bself-(?:described|proclaimed|professed|identified)\s*\Z", re.IGNORECASE)


def _words_held_by(article: Article, q: Quotation) -> str | None:
    """The verb whose subject the quoted words belong to, when the quote is that verb's clause or predicate."""
    tokens = article.doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
    if tokens is None or not len(tokens):
        return None
    before = article.doc[tokens.start - 2] if tokens.start >= 2 else tokens[0]  # the word before the opening mark
    named = next((a for a in (before, *before.ancestors) if a.dep_ == "dobj"), None)
    naming = named.head if named is not None and before.i <= named.right_edge.i < tokens.end else None
    if naming is not None and getattr(load_cues().verbs.get((naming.lower_,)), "complement", "") == "oprd" and any(
            c.dep_ == "nsubj" and c.lower_ not in ("i", "we") for c in naming.children):
        return naming.lower_  # "Iran called Israel's description of events “ridiculous”": the parser hung it inside
    x = tokens.root
    for _ in range(4):  # up to four heads; the root is its own head, so a root verb is read as the holder too
        x = x.head
        doer = x  # an infinitive's subject is its governor's: "went so far as to call Kerry's talks a “breakthrough”"
        if x.dep_ == "xcomp" or any(c.lower_ == "to" and c.dep_ == "aux" for c in x.children) \
                or x.dep_ == "advcl" and x.tag_ == "VBG":  # "the ministry hit Biden …, expressing its “astonishment”"
            doer = next((a for a in x.ancestors if any(c.dep_ == "nsubj" for c in a.children)), x)
        if (x.lower_ in HOLDING_VERBS or (x.lower_,) in load_cues().verbs) and (any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("i", "we") for c in doer.children)
                or x.tag_ == "VBN" and x.dep_ == "advcl"):  # "Asked about “escalatory actions,” Pompeo replied"
            return x.lower_
        if x.dep_ not in ("ccomp", "xcomp", "acomp", "attr", "oprd", "advcl", "conj") and not x.tag_.startswith("VB") \
                and x.lower_ not in ("as", "about") and (x.head.lower_, x.lower_) not in load_cues().verbs \
                and not (x.dep_ == "pobj" and x.head.lower_ == "about") \
                and not (x.dep_ == "prep" and (x.head.lower_,) in load_cues().verbs) \
                and not (x.dep_ == "dobj" and x.head.lower_ in HOLDING_VERBS
                         and _category_past_number(tokens.text) == "term"):
            # ("what they consider a “failed” deal"; not the name in "mocked the “Freedom Caucus” plan"; "demands a
            # halt to “all … activities”": a cue's own prepositional phrase)
            return None  # "characterized the strike as an “overwhelming success”", "called for a “long-term strategy”",
            # "spoken about Iran and its “malign activities”"
    return None


# Nouns of speech beside the cue lexicon's ("his rhetoric of “degrading” ISIS", "the calm prediction that …").
SPEECH_NOUNS = frozenset("rhetoric language words remarks speech vow tweet tweets message praise criticism "
                         "condemnation pledge pledges promise promises letter".split())


def _speech_noun_over(article: Article, q: Quotation) -> str | None:
    """The noun of speech whose phrase holds the quotation ("his past pledge against putting “boots on the ground”"),
    or that the quote's clause says it is in ("In a letter to Congress, Mr. Obama envisioned … “such as rescue
    operations”"), or None: the quoted words are that speech's."""
    tokens = article.doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
    if tokens is None or not len(tokens):
        return None
    nominal = list(takewhile(lambda a: not a.tag_.startswith("VB") or a.tag_ == "VBG" and a.dep_ == "pcomp",
                             tokens.root.ancestors))  # not "talks to give “…”"
    found = next((a.lower_ for a in nominal if a.tag_.startswith("NN") and a not in tokens and _is_speech(a)), None)
    verb = next((a for a in tokens.root.ancestors if a.tag_.startswith("VB") and a not in nominal), None)
    return found or next((o.lower_ for p in (verb.children if verb is not None else ()) if p.dep_ == "prep"
                          and p.lower_ == "in" for o in p.children if o.dep_ == "pobj" and _is_speech(o)), None)


def _is_speech(noun: Token) -> bool:
    return noun.lower_ in SPEECH_NOUNS or (noun.lower_,) in load_cues().nouns


# Words after which a quoted title-case run is the title of a show, book or article, not a name held at a distance;
# "on" and "in" only after a verb of appearing or saying ("appeared on “Meet the Press”", not "war on “Islamic State”").
TITLE_OPENERS = frozenset({"titled", "entitled", "headlined", "told", "marked", "labeled", "labelled", "stamped",
                           "inscribed"})  # "a vehicle marked “Sebin”": the words written on a thing
MEDIA_PREPOSITIONS = frozenset({"on", "in"})
# "author of “…”": a work's title
WORK_MAKERS = frozenset({"author", "authors", "co-author", "editor", "director", "producer", "host"})
OWNED_TITLE_PREPOSITIONS = frozenset({"on", "in", "from"})  # before an organisation's possessive and a title
MEDIA_VERBS = frozenset("appear appears appeared appearing say says said saying speak speaks spoke speaking tell tells "
                        "told telling write writes wrote written writing interview interviewed comment commented "
                        "air aired broadcast featured join joins joined joining".split())
MEDIA_NOUNS = frozenset("show program programme book film movie documentary series episode article column op-ed "
                        "essay song album podcast report headline segment interview broadcast newsletter magazine "
                        "newspaper play novel".split())


def _title_reason(article: Article, q: Quotation, inner: str) -> str | None:
    """Why the quoted title-case run ``inner`` is a title (see the module docstring; a number may open it: "60
    Minutes"), or None."""
    if _category_past_number(inner) != "name":
        return None
    if _normal(inner) in _italic_texts(article.html or ""):
        return "in italics on the page"
    words = article.doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
    if words is None or not len(words):
        return None
    before = [t for t in article.doc[max(0, words.start - 9):words.start] if not (t.is_punct or t.is_space)]
    owned = len(before) >= 3 and before[-1].tag_ == "POS" and before[-2].ent_type_ == "ORG"
    mark = next((t for t in reversed(article.doc[max(0, words.start - 4):words.start]) if not t.is_space
                 and t.tag_ != "``"), None)
    owner = mark.nbor(-1) if mark is not None and mark.i else None  # the possessive's apostrophe, not the quote's
    if owner is not None and mark.text in ("'", "’") and mark.idx < q.start and owner.text.isupper() \
            and owner.text.endswith("S") and owner.ent_type_ == "ORG":
        return "an organisation's show or publication, after its possessive"  # "CBS' “Face the Nation”" in a list
    if owned:  # "told CBS’s “Face the Nation”", "on Fox Business Network’s “Mornings with Maria”"
        before = before[:-1]
        while before and before[-1].ent_type_ == "ORG" and before[-1].ent_iob_ in ("I", "B"):
            before, begins = before[:-1], before[-1].ent_iob_ == "B"
            if begins:
                break
    opener = before[-1] if before else None
    if opener is not None and (opener.lower_ in TITLE_OPENERS or opener.lower_ in MEDIA_PREPOSITIONS
                               and opener.head.lower_ in MEDIA_VERBS and words.root.head.i == opener.i):
        return f"after \"{opener.text}\""
    if opener is not None and opener.lower_ == "of" and len(before) > 1 and before[-2].lower_ in WORK_MAKERS:
        return f"a work, after \"{before[-2].text} of\""  # "author of “Dawn of the Code War”"
    if owned and opener is not None and opener.lower_ in OWNED_TITLE_PREPOSITIONS:
        return f"an organisation's show or publication, after \"{opener.text}\""  # "a clip from MSNBC’s “Hardball”"
    head = words.root.head
    if head.lower_ in MEDIA_NOUNS and head not in words:
        return f"names a {head.lower_}"
    return None


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(QUOTE_MARKS + " ,.").lower()


@lru_cache(maxsize=8)
def _italic_texts(page: str) -> frozenset[str]:
    """The texts a web page sets in italics (<i>, <em>, <cite>), normalised."""
    found = re.findall(r"<(i|em|cite)\b[^>]*>(.*?)</\1\s*>", page, re.S | re.I)
    return frozenset(_normal(html_entities.unescape(re.sub(r"<[^>]+>", "", text))) for _, text in found)


def find_quoted_phrases(article: Article) -> list[QuotedPhrase]:
    """Every quotation of the article with the decision on it, in text order."""
    return [classify_quotation(article, q) for q in article.quotations]


def find_scare_quotes(article: Article) -> list[QuotedPhrase]:
    """The quotations of the article that are scare quotes."""
    return [q for q in find_quoted_phrases(article) if q.is_scare_quote]
