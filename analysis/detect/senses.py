"""Which sense a lexicon match has, read from the parse: a match of the wrong part of speech ("slam" the verb, not
"grand slam"), a certainty adverb of manner ("communicate clearly"), someone else's doubt ("he doubted it would
succeed"), a proposal or a suggestion denied ("suggested cuts", "denied suggesting"), a modal of purpose ("so that
we might live free") or of a negated subject ("no help could be given"), a certainty denied ("too early to say for
sure") or "lies" of a place is rejected, with the reason (:func:`pos_rejection`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..text.article import Article
from ..text.clauses import PEOPLE_ENTITIES
from ..text.parse import in_embedded_question
from ..text.reference import PERSON_PRONOUNS, SPEAKER_PRONOUNS
from ..text.sources import is_nobody

if TYPE_CHECKING:
    from .markers import TermMatch

POS_TAGS = {"noun": "NN", "verb": "VB", "adj": "JJ", "adv": "RB"}
MANNER_ADVERBS = frozenset({"clearly", "plainly"})  # "to communicate clearly": how, not how sure
DOUBT_VERBS = frozenset("doubt doubts doubted".split())  # not "believe": Wikipedia annotators keep "X believes"
PLACE_VERBS = frozenset({"lies"})  # "Rabia lies about 100km north-west of Mosul": where a place is, no deceit
# "The tunnel had caved in on him": a structure falling, not a side giving way
COLLAPSING = frozenset({"cave in"})
STRUCTURES = frozenset("tunnel tunnels roof roofs ceiling mine building buildings floor wall walls bridge house ground "
                       "dam structure".split())
SUBJECT_PRONOUNS = PERSON_PRONOUNS | SPEAKER_PRONOUNS | {"you", "they"}  # who may propose: "he suggested a deal"
DENYING = frozenset("deny denies denied denying admit admits admitted admitting".split())
DENIALS = frozenset("not n't never too hard impossible cannot".split())  # "too early to say for sure", "not … for sure"
BE_FORMS = frozenset("be is are was were been being 's 're am".split())
INSISTING = frozenset({"actually", "really", "indeed"})  # "not actually much meat" still insists (a dev gold device)
PREVENTING = frozenset("prevent prevents prevented preventing stop stops stopped keep keeps kept bar bars barred "
                       "preclude precludes precluded".split())
QUESTIONING = frozenset("ask asks asked asking wonder wonders wondered wondering".split())  # "asked if he could"


def pos_rejection(article: Article, match: TermMatch) -> str | None:
    """Why a match is the wrong part of speech for its entry ("slam" the verb, not "grand slam"), a certainty adverb
    is one of manner (after its verb, which holds no clause: "communicate clearly", or on a modifier: "clearly
    defined objectives"), a verb of doubt is someone
    else's ("he doubted it would succeed", "officials cast doubt"), "suggested" proposes ("that the UN take over"),
    "lies" says where a place is, a certainty is denied ("does not conclusively show") or a modal is counterfactual
    ("if …, he could have won"), or None."""
    if match.entry.kind not in ("booster", "hedge") and not match.entry.pos \
            and match.entry.term not in PLACE_VERBS | COLLAPSING:
        return None  # most matches: no parse needed
    tokens = article.doc.char_span(match.start, match.end, alignment_mode="expand")
    if tokens is None or not len(tokens):
        return f"part of speech ? is not the lexicon's {match.entry.pos}" if match.entry.pos else None
    first, kind = tokens[0], match.entry.kind
    if match.entry.term in PLACE_VERBS and first.tag_ == "VBZ" and any(
            c.dep_ == "nsubj" and c.ent_type_ in ("GPE", "LOC", "FAC") for c in first.children):
        return "a verb saying where a place is"
    if match.entry.term in COLLAPSING and any(c.dep_ == "nsubj" and c.lower_ in STRUCTURES for c in first.children):
        return "a structure falling in, not a party giving way"
    if match.entry.term == "slam" and any(c.lower_ in ("into", "against", "shut") for c in first.children):
        return "a body or door slammed ('slammed into walls'), not words"
    if kind == "hedge" and first.text == "May" and first.ent_type_ == "PERSON" and first.dep_ == "compound":
        return "a first name ('Executive Director May Boeve'), not the modal"
    if kind in ("hedge", "booster") and in_embedded_question(first) and first.dep_ != "amod":  # "whether aides
        # colluded with alleged Russian efforts": a hedge on a noun the question takes as given is the author's
        return f"part of an embedded question ('whether Washington believes'): the {kind} is the question's"
    if kind == "booster" and len(tokens) == 1 and first.lower_ in MANNER_ADVERBS and _follows_its_verb(first):
        return "an adverb of manner after its verb"
    if kind == "booster" and len(tokens) == 1 and first.lower_ in MANNER_ADVERBS and first.head.dep_ == "amod":
        return "an adverb of manner on a modifier ('clearly defined objectives')"
    noun = first.dep_ == "dobj"  # "officials cast doubt on", not "violence has cast doubt"
    if kind == "hedge" and len(tokens) == 1 and first.lower_ in DOUBT_VERBS and any(
            c.dep_ == "nsubj" and c.lower_ not in ("i", "we") and (not noun or c.tag_ != "NN")
            for c in (first.head if noun else first).children):
        return "someone else's belief, told as theirs ('a pursuit he has always doubted would succeed')"
    if kind == "hedge" and first.lower_.startswith("suggest") and (any(_is_subjunctive(c) for c in first.children)
                                                                   or _proposes_a_thing(first)):
        return "a proposal ('suggested that the UN take over', 'Saudi Arabia suggested cuts'), not an inference"
    if kind == "hedge" and first.lower_.startswith("suggest") and first.dep_ == "xcomp" \
            and first.head.lower_ in DENYING:
        return "a suggestion someone denies or admits making ('denied suggesting missiles hit'), not an inference"
    marks = {m.lower_ for m in first.head.children if m.dep_ == "mark" and m.i and m.nbor(-1).text != ","}
    if kind == "hedge" and first.dep_ == "aux" and "so" in marks and ("that" in marks or first.lower_ == "could"):
        return "a purpose ('so that we might live free', 'so innovators could drive growth'), not a hedge"
    if kind == "hedge" and first.dep_ == "aux" and first.lower_ in ("could", "can") and any(
            c.dep_ in ("nsubj", "nsubjpass") and is_nobody(c) and c.lower_ != "what" for c in first.head.children):
        return "a negated subject ('no assistance could be provided'): inability, not uncertainty"
    clause = first.head if first.dep_ == "aux" else first
    if kind == "hedge" and clause.head.lower_ in QUESTIONING and any(m.lower_ in ("if", "whether")
                                                                      for m in clause.children):
        return "the words of a question ('asked if he could guarantee'), not a hedge"
    if kind == "booster" and match.entry.term == "for sure" and any(
            t.lower_ in DENIALS for t in first.doc[max(first.sent.start, first.i - 8):first.i]):
        return "a certainty denied ('too early to draw any conclusions for sure'), not a booster"
    if kind == "booster" and len(tokens) == 1 and first.dep_ == "advmod" and first.lower_ not in INSISTING \
            and _denied(first.head, first):
        return "a certainty denied ('does not conclusively show', 'prevent us from conclusively determining')"
    perfect = first.i + 1 < len(first.doc) and first.nbor().lower_ == "have" and first.nbor().dep_ == "aux"
    if kind == "hedge" and first.dep_ == "aux" and first.lower_ in ("could", "might") and perfect and any(
            c.dep_ == "advcl" and _unreal(c) for c in first.head.children):
        return "a counterfactual ('if he had …, he could have won'): what did not happen, not a hedge"
    if not match.entry.pos:
        return None
    tag, wanted = first.tag_, POS_TAGS[match.entry.pos]
    sentence = article.sentence_at(match.start)
    in_headline = sentence is not None and article.sentences[sentence].kind == "headline"
    if wanted == "VB" and tag.startswith("NNP") and in_headline and first.lower_.endswith("s"):
        return None  # "Senator Castigates Critics": a headline's present-tense verb the tagger reads as a name
    return None if tag.startswith(wanted) else f"part of speech {tag or '?'} is not the lexicon's {match.entry.pos}"


def _denied(verb: Token, adverb: Token) -> bool:
    """Whether a negation just before ``adverb`` denies ``verb`` ("does not conclusively show"; not "clearly did not
    work", "not to be here at all, obviously"), or a verb of preventing governs it ("prevent us from conclusively
    determining")."""
    return any(c.dep_ == "neg" and 0 < adverb.i - c.i <= 2 and not any(t.is_punct for t in verb.doc[c.i:adverb.i])
               for c in verb.children) or verb.dep_ == "pcomp" \
        and verb.head.lower_ == "from" and verb.head.head.lower_ in PREVENTING


def _unreal(condition: Token) -> bool:
    """A condition about what did not happen: past ("If Romney spent …", "If he had run …", "if it were", "Had he
    run …"), not open ("If the intelligence is accurate", "If the report was accurate, Russia could have hacked it")."""
    if condition.doc[condition.left_edge.i].lower_ == "had":  # inverted: "Had he run, …"
        return True
    past = condition.tag_ == "VBD" and condition.lower_ != "was" or any(
        a.dep_ in ("aux", "auxpass") and a.lower_ in ("had", "were") for a in condition.children)
    return past and any(m.lower_ == "if" for m in condition.children)


def _is_subjunctive(clause: Token) -> bool:
    """A that-clause in the mandative subjunctive: a bare verb after a singular subject ("that the UN take over",
    "he resign"), not after a modal, "to" or a plural ("prices rise")."""
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if clause.dep_ != "ccomp" or subject is None or any(c.dep_ == "aux" for c in clause.children):
        return False
    singular = subject.tag_ in ("NN", "NNP") or subject.lower_ in ("he", "she", "it")
    return clause.tag_ == "VB" or clause.tag_ == "VBP" and singular


def _proposes_a_thing(verb: Token) -> bool:
    """"Saudi Arabia has suggested production cuts", "he suggested a compromise": an actor (a name or a personal
    pronoun) suggesting a noun phrase proposes it; "the data suggest a link" infers."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    actor = subject is not None and (subject.ent_type_ in PEOPLE_ENTITIES or subject.lower_ in SUBJECT_PRONOUNS)
    return actor and any(c.dep_ == "dobj" for c in verb.children) and not any(c.dep_ == "ccomp" for c in verb.children)


def _follows_its_verb(adverb: Token) -> bool:
    verb = adverb.head
    return adverb.dep_ == "advmod" and verb.i < adverb.i and verb.tag_.startswith("VB") \
        and verb.lower_ not in BE_FORMS and not any(c.dep_ == "ccomp" for c in verb.children)
