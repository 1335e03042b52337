"""Definite descriptions: which earlier phrase "the report", "this inquiry" or "the Kentucky senator" repeats.

A definite description repeats the nearest earlier noun phrase with the same head noun (:func:`repeated`), or its
plural ("the official", "one of the officials" after "two Turkish officials"): a title on a name counts as its head
("Kentucky Sen. Rand Paul" for "the senator"), and a capitalised modifier or a noun on the description must stand in
that phrase ("the Ohio senator" is not Rand Paul, "the vice president" not President Erdogan). A noun naming an
organisation by its kind ("the group", "the militia") also repeats the nearest earlier organisation's or people's name
("a Taliban bombing … which the armed group said"; "the newspaper" only a name like one: "The New York Times"), as a
subject first the previous sentence's subject if that is one ("Facebook said …. The company wrote"), and
"the country" or "the nation" the nearest earlier country's, unless the same noun stands in the last three sentences
("The Islamic State group is an al-Qaida breakaway …. The group"). A bare plural a caller marks as a speech's
source ("Officials say", after "current and former U.S. officials") repeats like a definite one, unless a word on it
makes it another set ("other officials", "multiple reports").

A loaded person noun the text never used before ("the dictator", "the strongman": :func:`epithets`) is an epithet
for the person named last, in its sentence or the one before ("sanctions for Nicolas Maduro after the dictator
moved …"). What it cannot do: find another description whose noun the text never used before ("the man" for a
militant), or tell two phrases apart: it takes the nearest ("the report" after two reports). A noun
with a clause of its own ("the report that X read", not ", which …") or a possessor says itself which one it is and
is left alone.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from ..lexicon import read_word_list
from .parse import entity_at, in_quotation

__all__ = ["FINDINGS", "GROUP_NOUNS", "OFFICES", "SUBJECTS", "TITLES", "repeated", "titled_name"]

# Nouns that name an organisation by its kind: "the group" repeats the nearest earlier organisation's name too.
GROUP_NOUNS = frozenset("group organization organisation movement militia faction network outlet newspaper agency "
                        "broadcaster bureau company firm".split())
# Studies and reports, sources whose findings are public (GUIDELINES: "the report found").
FINDINGS = frozenset("analysis analyses assessment assessments audit audits data inquiry inquiries investigation "
                     "investigations poll polls probe probes report reports research review reviews studies study "
                     "survey surveys".split())
# Words of a newspaper's name: "the newspaper" repeats "The New York Times", not the nearer "Reuters" or "Trump"
MASTHEADS = frozenset("times post journal herald tribune guardian gazette telegraph chronicle observer independent "
                      "globe inquirer mail express examiner star sun daily news".split())
COUNTRY_NOUNS = frozenset({"country", "nation", "regime"})  # "the country", "the regime": the nearest earlier country's
DEFINITE = frozenset("the this that these those".split())
PARTITIVES = frozenset("one some several many two three each either neither none".split())  # "one of the officials"
TITLES = {"sen.": "senator", "rep.": "representative", "gov.": "governor", "gen.": "general", "pres.": "president",
          "sec.": "secretary", "amb.": "ambassador", "adm.": "admiral", "col.": "colonel", "lt.": "lieutenant"}

# Offices "the …" may stand for, and words that make another office of them ("Vice President").
OFFICES = frozenset("president senator governor minister speaker chancellor secretary congressman congresswoman "
                    "mayor premier".split())
HOME_OFFICES = frozenset({"the united states", "the u.s.", "america"})  # "the president of the United States"
OFFICE_PREFIXES = frozenset({"vice", "deputy", "former", "ex", "acting", "assistant", "under"})

ASIDE_DEPS = frozenset({"dobj", "pobj", "dative", "attr"})  # what a fronted clause acts on
SUBJECTS = ("nsubj", "nsubjpass")  # a nominal subject, active or passive
SAME_NOUN_WINDOW = 3  # sentences back in which the same noun outranks a nearer organisation


def repeated(noun: Token, bare_plural: bool = False) -> Token | None:
    """The head of the earlier noun phrase a definite description headed by ``noun`` repeats (module docstring):
    the nearest earlier noun with the same word (or its plural), or the name a title with that word stands on; else
    None. ``bare_plural``: a plural with no determiner repeats too (for a speech's source)."""
    whole = next((o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                  if o.dep_ == "pobj"), None) if noun.lower_ in PARTITIVES else None
    if whole is not None:
        return repeated(whole)
    determiners = [c for c in noun.children if c.dep_ == "det"]
    definite = any(c.lower_ in DEFINITE for c in determiners) or bare_plural and noun.tag_ == "NNS" and not (
        determiners or any(c.dep_ in ("amod", "nummod") for c in noun.children))  # "multiple reports": new ones
    if not definite or any(c.dep_ == "poss" or c.dep_ in ("relcl", "acl") and not (  # not ", which is aiding X":
            c.left_edge.i > 0 and noun.doc[c.left_edge.i - 1].text == ",") for c in noun.children):  # says not which
        return None
    names = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound") and c.text[:1].isupper()}
    on_it = names | {c.lower_ for c in noun.children if c.dep_ == "compound"}  # "the vice president", not Erdogan
    outside = not in_quotation(noun)
    kinds = ("ORG", "NORP") if noun.lower_ in GROUP_NOUNS else ("GPE",) if noun.lower_ in COUNTRY_NOUNS else ()
    prior = next((c for c in noun.doc[noun.sent.start - 1].sent.root.children if c.dep_ in SUBJECTS), None) \
        if kinds and not names and noun.dep_ in SUBJECTS and noun.sent.start else None
    if prior is not None and not in_quotation(prior) and (prior.ent_type_ in kinds and prior.ent_iob_ != "O" or (
            noun.lower_ in ("company", "firm") and prior.tag_ == "NNP" and not prior.ent_type_)):  # untagged
        return entity_at(prior).root if prior.ent_type_ else prior  # "Facebook said …. The company wrote": centred
    window = noun.sent
    for _ in range(SAME_NOUN_WINDOW):  # walk back sentence by sentence, not over the whole document per noun
        window = noun.doc[window.start - 1].sent if window.start else window
    window = window.start
    nearest = None  # "the armed group" after "a Taliban bombing": the nearest organisation, unless the same noun is
    for token in reversed(noun.doc[:noun.left_edge.i]):  # in the window ("The Islamic State group …. The group")
        if token.i < window and nearest is not None:
            return nearest
        if outside and in_quotation(token):
            continue  # "“Our Ambassador and other officials remain …,” the official said": a speaker's words
        if token.ent_type_ in kinds and not names and token.ent_iob_ != "O" and token.tag_ != "JJ" \
                and (noun.lower_ != "newspaper" or MASTHEADS & {t.lower_ for t in entity_at(token)}):  # not "Trump's"
            nearest = nearest or entity_at(token).root
            continue
        # "the company" after "Twitter", which the parser tagged a person here and an organisation elsewhere
        if noun.lower_ in ("company", "firm") and not names and token.text in _organisations(noun.doc):
            nearest = nearest or token
            continue
        if not token.tag_.startswith("NN") or not _same_noun(token, noun):
            continue
        if token.dep_ == "compound":  # a title on a name ("Sen. Rand Paul"); not a noun on a noun ("attack helicopter")
            if token.head.tag_ != "NNP" or token.head.lower_ in GROUP_NOUNS:
                continue  # nor a word of an organisation's name ("a U.S.-designated Foreign Terrorist Organization")
            token = token.head
        if on_it <= {t.lower_ for t in token.subtree}:
            return token
    return nearest or (_epithet_target(noun) if noun.tag_ == "NN" and noun.lower_ in epithets() else None)


def titled_name(noun: Token) -> Token | None:
    """For "the president" (the and one of :data:`OFFICES` alone or with its "of" phrase: "the secretary of state"):
    the last word of the name of a person titled "President …" before it (not "Vice President …"; "Secretary of
    State John Kerry" for "the secretary" or "the secretary of state", not "Secretary of Defense …"); of several so
    titled, and not one its own clause names after it ("the president urged Zelensky") or in what a clause fronted
    before it asks or reports ("Asked if he believes Russian President Vladimir Putin …") or acts on when its
    subject is titled ("When President Trump met French President Emmanuel Macron, the president said"; not "When
    reporters asked President Trump …"), the one so titled in its sentence or the one before, else the one the
    article names most, the later on a tie ("President Richard Nixon" in an aside three sentences up is not "the
    president" of a story about Trump; but a president the opening names three times wins over another titled three
    sentences up); else None."""
    doc, title, office = noun.doc, noun.lower_, _office_of(noun)
    if title not in OFFICES or [c.lower_ for c in noun.lefts] != ["the"] or noun.i == 0 or office is None:
        return None
    titled = []
    for t in doc[:noun.i - 1]:
        if t.lower_ != title or not t.text[0].isupper() or t.i > 0 and doc[t.i - 1].lower_ in OFFICE_PREFIXES:
            continue
        k = t.i + 1  # past "of State" in "Secretary of State John Kerry", the office "the secretary of state" names
        if doc[k].lower_ == "of":
            if office and [w.lower_ for w in doc[k:k + len(office)]] != office:
                continue  # "Secretary of Defense …" is not "the secretary of state"
            k += len(office) or 2
        elif office and doc[t.i - 1].lower_ not in office and " ".join(office[1:]) not in HOME_OFFICES:
            continue  # "the president of the NAACP …" or "of Ukraine" is no "President Trump"; "the speaker of the
            # House" is "House Speaker Nancy Pelosi"
        if k < len(doc) and doc[k].tag_ == "NNP":
            last = k
            while last + 1 < len(doc) and doc[last + 1].tag_ == "NNP":
                last += 1
            titled.append(doc[last])
    verb = noun.head
    after = {t.text for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > noun.i for t in c.subtree}
    named = {t.i for t in titled}
    aside = {i for c in verb.children if c.dep_ == "advcl" and c.i < noun.i for i in _aside(c, named)}
    titled = [t for t in titled if t.text not in after and t.i not in aside]
    if not titled:
        return None
    if titled[-1].sent.start >= (doc[noun.sent.start - 1].sent.start if noun.sent.start else 0):
        return titled[-1]
    return max(reversed(titled), key=lambda t: sum(1 for w in doc if w.text == t.text and w.ent_type_ == "PERSON"))


def _office_of(noun: Token) -> list[str] | None:
    """The lower-cased words of the office's "of" phrase ("the secretary of state": of, state); [] without one; None
    when it names no office ("the president of Russia's security council")."""
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None:
        return []
    words = list(of.subtree)
    return [w.lower_ for w in words] if len(words) == 2 or words[-1].tag_ in ("NNP", "NNPS") else None


def _aside(clause: Token, titled: set[int]) -> set[int]:
    """Tokens of a clause fronted before "the president" that name no president it could be: what the clause asks or
    reports, and, when its own subject is titled ("When President X met …"), what it acts on."""
    subject_titled = any(k.dep_ in SUBJECTS and titled & {w.i for w in k.subtree} for k in clause.children)
    deps = {"ccomp", *ASIDE_DEPS} if subject_titled else {"ccomp"}
    inside = range(clause.left_edge.i, clause.right_edge.i + 1)
    return {t.i for t in clause.subtree if any(a.dep_ in deps for a in (t, *t.ancestors) if a.i in inside)}


def _organisations(doc) -> frozenset[str]:
    """Proper nouns the parser tags ORG somewhere in the article and that never follow another proper noun ("Twitter"
    and "Facebook", which it tags PERSON or nothing elsewhere; not "Trump", as in "Donald Trump")."""
    if "organisations" not in doc.user_data:
        tagged = {t.text for t in doc if t.ent_type_ == "ORG" and t.tag_ == "NNP"}
        named_after = {t.text for t in doc if t.i and t.tag_ == "NNP" and doc[t.i - 1].tag_ == "NNP"}
        doc.user_data["organisations"] = frozenset(tagged - named_after)
    return doc.user_data["organisations"]


@cache
def epithets() -> frozenset[str]:
    """Person nouns that judge ("dictator", "strongman"; ``lexicons/person_epithets.txt``): as a definite
    description the text never used before, one names the person last named."""
    return frozenset(read_word_list("person_epithets.txt"))


def _epithet_target(noun: Token) -> Token | None:
    """"New sanctions for Nicolas Maduro after the dictator moved …": the nearest PERSON entity before the noun, in
    its sentence or the one before."""
    first = noun.doc[noun.sent.start - 1].sent.start if noun.sent.start else 0
    person = next((t for t in reversed(noun.doc[first:noun.i]) if t.ent_type_ == "PERSON"), None)
    return entity_at(person).root if person is not None else None


def _same_noun(earlier: Token, noun: Token) -> bool:
    """The same word, a title's abbreviation of it, or its plural ("officials" for "the official")."""
    return TITLES.get(earlier.lower_, earlier.lower_) == noun.lower_ \
        or noun.tag_ == "NN" and earlier.tag_ == "NNS" and earlier.lower_ in (noun.lower_ + "s", noun.lower_ + "es")
