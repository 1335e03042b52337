"""Targets: which side a framing device is about, read from the parse (never the nearest mention).

For a device (loaded term, hedge, booster, epistemic marker, scare quote, label) the rules are tried in order; the
first that finds a side decides, and its name is kept as the span's ``tie`` (a noun two sides share: none):

1. ``whose wording``: a quoted device in the complement of a reporting verb takes that verb's subject ("what X calls
   ‘moderate rebels’", "X ‘brazenly’ broke the law, Y says"); one labelling a noun, the noun's maker as in 3.
2. ``mention inside``: a side's mention inside the device ("‘U.S.-supported rebels’").
3. A noun device that is its clause's predicate labels the subject first ("Obama was a Russian stooge", "made itself a
   liar for the Russians": ``predicate of the subject``). For a noun, or the noun a modifier belongs to (amod,
   compound, nmod: "neocon" in "neocon arrogance"; a number as a noun: "a lousy 2015"), that noun phrase's **owner**:
   the noun itself naming a side (``names the side``; a relative pronoun, "which", "who", stands for the noun its
   clause modifies, or for a predicate noun's subject: "he is an assistant who helped"; a bare "one" for the plural
   subject before it); a possessed appositive, the side beside it ("the U.S., Israel's ‘ally’": ``appositive``); a name
   on it ("the Assad regime", "Russian bombing": ``name on the noun``); its possessor (``possessor``; his/her/its/their
   resolved by :mod:`analysis.text.reference`: ``possessive pronoun``); no side if a possessor or a name on it names
   none ("a Times report of X"); its "of"/"by"/"on the part of" object (``of object``); its appositive (``appositive``);
   for a definite description ("the report"), the owner or maker of the earlier phrase it repeats (``definite
   description``). Else the subject whose own act, product or lot it is: the object of a verb of making or having (a
   time or a disposition: "has a wrongheaded affection for X"), or of "engaged in", also in a relative clause or a
   participle with an agent (``the subject's own``: "the Times dropped a bombshell report").
   Else the side it is aimed at ("a disaster for X": ``aimed at``), unless a people's adjective on no side holds the
   stance ("the French hard line on Iran" is France's; not "a Palestinian barrage on Israel").
4. A noun or adjective that a verb of calling or seeing says of its object ("call X ruthless", "see X as an autocrat",
   "whom X calls terrorists") or of its passive subject ("X is seen as ruthless"): that phrase's owner (``described``).
   Else, one with no owner that is its clause's predicate ("X represents neocon wishful thinking", "X is reckless", "X
   is among those…", "X seemed out of touch"; also the second of a pair: "X is ruthless and cruel"; a manner: "X uses
   it with reckless abandon"; not whom one deals with): the clause's subject and its owner (``predicate of the
   subject``).
5. A hedge or booster on a noun with no owner, or a scare-quoted one: the first of a "between" pair ("possible
   collusion between A and B": ``between``), else the subject of the noun's clause ("he faces possible fines": ``subject
   of the clause``); a hedge or booster not past a phrase of time ("ahead of a possible strike"; but "grilled about").
6. A verb, or an adverb, modal or adverbial phrase on a verb ("X slammed", "X may retaliate", "X falsely claimed", "in
   fact, X says"): the verb's subject, or its "by" agent in a passive, and that phrase's owner (``subject of the
   clause``); a pronoun subject is resolved ("it claims"); for an expletive "it" of a copula or "seem" ("it is clear
   that the US…"), the subject of the clause it stands for. A verb with no subject takes it from the verb it depends
   on, a participle from its noun ("militiamen freed up from liberating"); "prevent X from V-ing" makes X the doer of
   V, "by V-ing" the subject; a verb (no cue) whose subject names no side is aimed at its object's (``aimed at``).
7. Otherwise no side. A quoted device takes the rules from the head word inside the marks (a scare-quoted charge, the
   narrative of “Trump collusion with Russia”, is about Trump: GUIDELINES 5; :mod:`analysis.framing.tone` does not
   count it against him). Mentions: the sides file's aliases (not inside longer names: "The Washington Post"), found
   by :func:`analysis.framing.sides.find_mentions`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..detect.markers import qualifier_forms
from ..text.unreported import REFLEXIVES
from ..text.cues import SUBJECTS, is_cue_verb
from ..text.descriptions import TITLES, repeated
from ..text.parse import is_nominal, is_verb_of
from ..text.quotations import QUOTE_MARKS
from ..text.reference import PRONOUNS, antecedent
from .mentions import (ACQUAINTED, JOINT_NOUNS, MODIFIER_DEPS, PRIVATE_PERSONS, Mentions, is_maker_name, mentioned,
                       other_half_of_between, part_of)

PREDICATE_DEPS = ("attr", "acomp", "oprd")
# Verbs whose object characterises their subject as a copula's predicate does.
COPULA_LIKE = frozenset("represent represents represented representing constitute constitutes constituted "
                        "remain remains remained become becomes became amount amounts amounted".split())
FRONTING = frozenset({"in", "with", "through", "for"})  # a phrase before the subject: "For his part, Trump said"
COPULAS = frozenset("is are was were be been being remains remained".split())
EXPLETIVE_VERBS = COPULAS | frozenset("seem seems seemed appear appears appeared become becomes became".split())
# Verbs whose object is the subject's own act, product or lot; not another actor ("released the hostages").
MAKING = frozenset("launch open wage mount stage conduct commit publish issue file level air unveil announce produce "
                   "deliver offer drop promote peddle spread tout make made have has had write wrote written declare "
                   "proclaim carry_out put_out pump_out churn_out roll_out lay_out laid_out set_out give gave given"
                   .split())
WITH_PARTNERS = frozenset("deal cope meet talk negotiate work engage cooperate side clash compete grapple contend "
                          "reckon break".split())  # "deal with a new government": whom (but "with ruthless zeal": how)
HAVING = frozenset({"have", "has", "had", "having"})  # own only for a time ("a lousy year") or a disposition (below)
CALLING = frozenset("call see saw seen view regard describe portray depict paint brand label dub characterize "
                    "cast deem consider term".split())  # what their object is: "call X ruthless", "see X as a threat"
TIMES, OBJECT_CONTROL = frozenset({"DATE", "TIME"}), frozenset({"from", "of", "into", "for"})  # "stop X from -ing"
CLAUSE_ADVERBIALS = frozenset({"in fact", "of course", "in reality", "in truth", "without doubt", "in effect"})
SETTING_WORDS = frozenset("ahead before after during amid since until despite".split())  # and the clause adverbials
AIMED_PREPOSITIONS = frozenset({"against", "toward", "towards", "on", "at", "over", "for"})
STANCES = frozenset("line stance position view approach policy posture attitude hostility opposition support".split())
DISPOSITIONS = STANCES | frozenset("affection admiration contempt disdain fondness habit tendency record lack views"
                                    .split())  # "support" and "opposition" only for a thing ("support for X")
ENGAGING = frozenset({"engage", "indulge"})  # "engaged in scandalous conduct": the subject's own
OPPONENTS = frozenset("critics critic opponents opponent foes foe enemies enemy detractors".split())  # "critics of X"


def tie(doc: Doc, start: int, end: int, mentions: Mentions, speaker_at=None) -> tuple[str | None, str | None]:
    """(side, rule) for the device at ``start:end`` by the module's rules, (None, None) for no side;
    ``speaker_at(offset)`` gives the source span of the quotation holding ``offset``, for I/we."""
    inside = mentions.inside(start, end)
    tokens = doc.char_span(start, end, alignment_mode="expand")
    if tokens is None or not len(tokens):
        return (inside[0].side, "mention inside") if inside else (None, None)
    words = [t for t in tokens if not t.is_punct] or list(tokens)
    head = next((t for t in words if not (tokens.start <= t.head.i < tokens.end) or t.head == t), words[0])
    first = tokens[0]  # not doc.text, which joins the whole article on every call
    quoted = first.text[max(0, start - first.idx):][:1] in QUOTE_MARKS
    wording = _whose_wording(head, range(tokens.start, tokens.end), mentions, speaker_at) if quoted else (None, None)
    if wording[0]:
        return wording
    return (inside[0].side, "mention inside") if inside else _about(head, mentions, speaker_at, quoted)


def _whose_wording(head: Token, quote: range, mentions: Mentions, speaker_at) -> tuple[str | None, str | None]:
    """Whose words a quoted phrase holds at a distance: the subject of the reporting verb whose complement holds it
    ("what Washington calls ‘moderate rebels’") or making the noun it labels ("the Times dropped a ‘bombshell’")."""
    noun = head.head  # the noun a quoted modifier labels, if it has no owner of its own
    if head.dep_ in MODIFIER_DEPS and noun.i not in quote and not owner(noun, mentions, speaker_at, aimed=False)[0]:
        if (side := _subjects_own(noun, mentions, speaker_at)[0]):
            return side, "whose wording"
    x = head
    while x.head.i != x.i:
        if (x.dep_ in ("ccomp", "oprd") or _fronted_content(x)) and is_cue_verb(x.head):
            return subject_side(x.head, mentions, speaker_at, "whose wording")
        x = x.head
    return None, None


def _fronted_content(clause: Token) -> bool:
    """An adverbial clause before the cue, with a subject and no "when", "if", "because": "X broke the law, Y says"."""
    return clause.dep_ == "advcl" and clause.i < clause.head.i and any(c.dep_ in SUBJECTS for c in clause.children) \
        and not any(c.dep_ == "mark" or c.tag_ == "WRB" for c in clause.children)


def _about(head: Token, mentions: Mentions, speaker_at, quoted: bool = False) -> tuple[str | None, str | None]:
    """Rules 3 to 6 for the device whose head word is ``head``."""
    while head.dep_ == "conj" and head.tag_ in ("JJ", "JJR", "JJS", "VBN") and head.head.tag_.startswith("JJ") \
            and not any(c.dep_ == "agent" for c in head.children):  # "unfair and rigged by Putin": Putin's act
        head = head.head  # "ruthless and cruel", "curious and wrongheaded" (a participle): the first one's place
    noun = head
    if head.dep_ in MODIFIER_DEPS and is_nominal(head.head):
        noun = head.head
    elif head.dep_ == "advmod" and head.head.tag_.startswith("JJ") and head.head.dep_ in MODIFIER_DEPS:
        noun = head.head.head  # "deeply flawed plan"
    if is_nominal(noun):
        skip = head if head is not noun else None
        small = next((c for c in noun.children if c.dep_ == "nsubj"), None) if noun is head else None
        if small is not None and small.lower_ not in REFLEXIVES:  # whom a noun labels first: a small clause's subject
            found = owner(small, mentions, speaker_at, aimed=False)
        else:  # "made itself a liar": its verb's subject; "Obama was a Russian stooge": the clause's subject
            verb = noun.head if small is not None else _predicate_verb(noun) if noun is head else None
            found = subject_side(verb, mentions, speaker_at, "predicate of the subject") if verb is not None \
                else (None, None)
        if found[0]:
            return found
        for found in (owner(noun, mentions, speaker_at, skip, aimed=False), _subjects_own(noun, mentions, speaker_at),
                      owner(noun, mentions, speaker_at, skip), _described(noun, mentions, speaker_at)):
            if found[0]:
                return found
        if (verb := _predicate_verb(noun)) is not None:
            return subject_side(verb, mentions, speaker_at, "predicate of the subject")
        return _hedged_claim(noun, mentions, speaker_at, quoted) if quoted or head.lower_ in qualifier_forms() \
            else (None, None)
    if (found := _described(head, mentions, speaker_at))[0]:
        return found
    # also "is out of touch with"; not a scare-quoted “under investigation”, the author's distance from a charge
    verb = next((a for a in head.ancestors if a.tag_.startswith("VB")), head) if head.tag_ == "IN" else head.head
    if head.tag_.startswith("JJ") and head.dep_ in PREDICATE_DEPS or head.tag_ == "IN" and not quoted \
            and verb.lower_ in EXPLETIVE_VERBS:
        return subject_side(verb, mentions, speaker_at, "predicate of the subject")
    verb = head if head.tag_.startswith("VB") else head.head if head.dep_ in ("advmod", "aux", "neg", "prt") or (
        head.dep_ == "prep" and any(f"{head.lower_} {c.lower_}" in CLAUSE_ADVERBIALS for c in head.children)) else None
    if verb is not None and (verb.tag_.startswith("VB") or any(c.dep_ in SUBJECTS for c in verb.children)):
        found = subject_side(verb, mentions, speaker_at, "subject of the clause")
        # A reporting verb is about its source alone ("the board uncovered failures at the ministry").
        return found if found[0] or verb is not head or is_cue_verb(verb) else _aimed_at(verb, mentions)
    return None, None


def _described(word: Token, mentions: Mentions, speaker_at) -> tuple[str | None, str | None]:
    """The side of the phrase a verb of calling or seeing says ``word`` of: its object ("call X ruthless", "see X
    as an autocrat", "whom X calls terrorists"), or its subject in the passive ("X is seen as ruthless")."""
    verb = word.head.head if word.head.lower_ == "as" and word.dep_ in ("pobj", "amod") else word.head
    if not (word.dep_ == "oprd" or verb is not word.head or word.dep_ == "dobj") or not is_verb_of(verb, CALLING):
        return None, None
    described = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c is not word), None)
    return (owner(described, mentions, speaker_at, aimed=False)[0], "described") if described is not None \
        else (None, None)


def _hedged_claim(noun: Token, mentions: Mentions, speaker_at, quoted: bool) -> tuple[str | None, str | None]:
    """Rule 5: a hedge or booster on a noun with no owner (or a scare quote) is about the actor of the claim."""
    pair = [p for c in noun.children if c.lower_ == "between" for p in c.children if p.dep_ == "pobj"]
    if pair:
        side = mentioned(pair[0], mentions, core=True)
        return (side, "between") if side else (None, None)
    x = noun
    while not x.tag_.startswith("VB") and x.head.i != x.i and (quoted or x.lower_ not in SETTING_WORDS):
        x = x.head
    return subject_side(x, mentions, speaker_at, "subject of the clause") if x.tag_.startswith("VB") else (None, None)


def _aimed_at(word: Token, mentions: Mentions) -> tuple[str | None, str | None]:
    """The side of the object an evaluation is aimed at: "against X", "toward X" (not a direct object: "infuriated X"
    is X's anger, and tying it there made neutral sides negative on the tone dev halves)."""
    objects = [o for c in word.children if c.dep_ == "prep" and c.lower_ in AIMED_PREPOSITIONS
               for o in c.children if o.dep_ == "pobj"]
    found = next((side for side in (mentioned(o, mentions, core=True) for o in objects) if side), None)
    return (found, "aimed at") if found else (None, None)


def owner(noun: Token, mentions: Mentions, speaker_at=None, skip: Token | None = None,
          aimed: bool = True) -> tuple[str | None, str | None]:
    """(side, rule) of the owner of a noun phrase headed by ``noun`` (rule 3 of the module docstring); with
    ``aimed`` False, never the side an evaluation is aimed at ("attacks on X" is not X's)."""
    if own := mentions.overlapping(noun.idx, noun.idx + len(noun.text)):
        return own[0].side, "names the side"
    if noun.dep_ == "appos" and "poss" in {c.dep_ for c in noun.children} \
            and (own := mentions.overlapping(noun.head.idx, noun.head.idx + len(noun.head))):  # the noun's own words
        return own[0].side, "appositive"
    if noun.lower_ in PRONOUNS:
        return _resolved(noun, mentions, speaker_at, "pronoun")
    if noun.tag_ in ("WDT", "WP") and noun.head.dep_ in ("relcl", "advcl", "acl") \
            and noun.head.head.tag_.startswith("NN"):  # "Americans United for Change, which aired ads": the group
        found = owner(noun.head.head, mentions, speaker_at, skip, aimed)
        predicate = None if found[0] else _predicate_verb(noun.head.head)  # "He is an assistant who helped": he
        return subject_side(predicate, mentions, speaker_at, "subject of the predicate", aimed) if predicate else found
    if noun.lower_ in ("one", "another") and not any(c.dep_ == "prep" for c in noun.children):
        if (group := next((t for t in reversed(noun.doc[noun.sent.start:noun.i])  # "three whistle-blowers
                           if t.tag_ in ("NNS", "NNPS") and t.dep_ in SUBJECTS), None)) is not None:  # …, with one")
            return owner(group, mentions, speaker_at, skip, aimed)
    for child in (c for c in noun.children if c is not skip):
        if child.dep_ == "poss":
            if child.lower_ in PRONOUNS:
                return _resolved(child, mentions, speaker_at, "possessive pronoun")
            if found := mentioned(child, mentions):
                return found, "possessor"
    private = noun.lower_ in JOINT_NOUNS or any(t.lower_.rstrip("s") in PRIVATE_PERSONS for t in (noun, *noun.children))
    for child in noun.children:
        if child is not skip and child.dep_ in MODIFIER_DEPS and child.lower_ not in ACQUAINTED \
                and not (private or other_half_of_between(noun, child)):
            found = mentioned(child, mentions)
            if found:  # "Russian and American forces" are both sides', no one side's
                shared = {mentioned(c, mentions) for c in child.children if c.dep_ == "conj"} - {None, found}
                return (None, None) if shared else (found, "name on the noun")
    if any(c is not skip and (c.dep_ == "poss" or is_maker_name(c)) for c in noun.children):
        return None, None  # a name on no side owns it ("a Times report of Assad's crimes")
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "by", "including", "on") and noun.lower_ not in OPPONENTS:
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                pobj = part_of(pobj) if child.lower_ == "on" else pobj  # "incompetence on the part of Saudi Arabia"
                found = pobj is not None and mentioned(pobj, mentions, core=True)
                if found:
                    return found, "of object"
        if child.dep_ == "appos" and (found := mentioned(child, mentions, core=True)):
            return found, "appositive"
    if noun.dep_ == "appos" and noun.head.tag_.startswith("NN"):
        return owner(noun.head, mentions, speaker_at, aimed=aimed)
    earlier = repeated(noun)
    if earlier is not None:
        side = owner(earlier, mentions, speaker_at, aimed=False)[0] or _subjects_own(earlier, mentions, speaker_at)[0]
        if side:
            return side, "definite description"
    held = noun.lower_ in STANCES and any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in noun.children)
    return _aimed_at(noun, mentions) if aimed and not held else (None, None)


def _predicate_verb(noun: Token) -> Token | None:
    """The verb whose subject a predicate noun characterises ("X is a disaster", "X is among those …"), or None."""
    while noun.dep_ == "conj" and noun.head.tag_.startswith("NN"):
        noun = noun.head
    if noun.dep_ in PREDICATE_DEPS or noun.dep_ == "dobj" and noun.head.lower_ in COPULA_LIKE:
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "among" and noun.head.head.lower_ in COPULAS:
        return noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ in ("with", "without") and noun.head.head.tag_.startswith("VB") \
            and any(c.dep_ == "amod" for c in noun.children) and not (is_verb_of(noun.head.head, WITH_PARTNERS) and (
                noun.tag_ in ("NNS", "NNP", "NNPS") or any(c.dep_ == "det" for c in noun.children))):
        return noun.head.head  # a manner: "he uses it with reckless abandon"; not "went ahead with meddling bills"
    return None


def _subjects_own(noun: Token, mentions: Mentions, speaker_at) -> tuple[str | None, str | None]:
    """The side of the subject whose act, product or lot a noun is: the object of a verb of making or having ("the
    Times dropped a bombshell report", "Obama is having a lousy year", "has a wrongheaded affection for X"; not "has a
    problem"), of "engaged in", also in a relative clause ("the report Reuters issued") or a participle with an agent
    ("a report published by the Pentagon")."""
    while noun.dep_ == "conj" and noun.head.tag_.startswith("NN"):
        noun = noun.head
    verb = noun.head
    held = noun.lower_ in DISPOSITIONS and (noun.lower_ not in ("support", "opposition") or any(
        p.lower_ in ("for", "to", "of") for p in noun.children))  # not "has enthusiastic support among the rebels"
    if noun.dep_ == "dobj" and is_verb_of(verb, MAKING) and (verb.lower_ not in HAVING or noun.ent_type_ in TIMES
                                                             or held) \
            or noun.dep_ == "pobj" and verb.lower_ == "in" and is_verb_of(verb.head, ENGAGING):
        return subject_side(verb.head if noun.dep_ == "pobj" else verb, mentions, speaker_at, "the subject's own")
    for clause in (c for c in noun.children if c.dep_ in ("relcl", "acl") and is_verb_of(c, MAKING)):
        slots = {c.dep_ for c in clause.children if c.tag_ not in ("WDT", "WP")}  # "that", "which" stand for the noun
        if slots & {"nsubj", "agent"} and "dobj" not in slots:  # the noun is the object: "the report Reuters issued"
            return subject_side(clause, mentions, speaker_at, "the subject's own")
    return None, None


def subject_side(verb: Token, mentions: Mentions, speaker_at, rule: str,
                 aimed: bool = True) -> tuple[str | None, str | None]:
    """The side of a clause's subject (agent in a passive), climbing through coordinated and
    non-finite verbs that have none of their own."""
    x = verb
    for _ in range(6):
        agent = next((p for c in x.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
        subject = agent or next((c for c in x.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            clause = next((c for c in x.children if c.dep_ in ("ccomp", "xcomp", "csubj") and c is not verb), None)
            if subject.lower_ == "it" and subject.dep_ == "nsubj" and clause is not None and (
                    x.lower_ in EXPLETIVE_VERBS or any(c.dep_ == "acomp" for c in x.children)):
                x = clause  # "it is clear that …", "it seems …"; not "it claims …", which stands for an actor
                continue
            side, _ = owner(subject, mentions, speaker_at, aimed=aimed)
            return (side, rule) if side else (None, None)
        if x.dep_ == "acl" and (is_nominal(x.head) or x.head.tag_ == "DT"):
            side, _ = owner(x.head, mentions, speaker_at, aimed=aimed)  # "militiamen, freed up from liberating Mosul"
            predicate = None if side else _predicate_verb(x.head)  # "X is among those leveling allegations"
            if predicate is not None:
                return subject_side(predicate, mentions, speaker_at, rule, aimed)
            return (side, rule) if side else (None, None)
        if x.dep_ == "pcomp" and x.head.dep_ == "prep":
            governor = x.head.head  # "prevent the Syrians from liberating": the object does it, not "by invading";
            controller = next((c for c in governor.children if c.dep_ == "dobj" and x.head.lower_ in OBJECT_CONTROL
                               or c.dep_ == "poss" and governor.tag_.startswith("NN")), None)  # "its role in hiding"
            if controller is not None:
                side, _ = owner(controller, mentions, speaker_at, aimed=aimed)
                return (side, rule) if side else (None, None)
            x = governor
            continue
        if x.dep_ not in ("conj", "xcomp", "advcl") or x.head.i == x.i:
            return None, None
        x = x.head
    return None, None


def _resolved(pronoun: Token, mentions: Mentions, speaker_at, rule: str) -> tuple[str | None, str | None]:
    # "according to his own advisers", "In his speech, Trump …": a person subject's; not "After his murder, Assad …"
    verb = next((a for a in pronoun.ancestors if a.tag_.startswith("VB") and a.dep_ != "prep"), None)
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None) if verb is not None else None
    own = pronoun.i + 1 < len(pronoun.doc) and pronoun.nbor().lower_ == "own"
    fronted = subject is not None and pronoun.i < subject.i < subject.head.i and (subject.tag_ == "NNP" or any(
        c.lower_ == "the" for c in subject.children) and subject.lower_ in TITLES.values()) and (  # "the president"
        subject.ent_type_ not in ("GPE", "LOC", "FAC") or pronoun.lower_ in ("its", "their")) and all(
        t.dep_ in ("aux", "auxpass", "neg") for t in pronoun.doc[subject.i + 1:subject.head.i]) \
        and (pronoun.head.head.lower_ in FRONTING or pronoun.head.head.head.lower_ == "according")
    if subject is not None and subject.lower_ not in PRONOUNS and (own or fronted) \
            and not subject.left_edge.i <= pronoun.i <= subject.right_edge.i:  # not "His own generals deserted him"
        if side := owner(subject, mentions, speaker_at)[0]:
            return side, rule
    span = antecedent(pronoun.doc, pronoun, speaker_at(pronoun.idx) if speaker_at else None)
    if span is None:
        return None, None
    found = mentions.overlapping(*span)  # the mention may be longer than the antecedent ("Obama's")
    return (found[0].side, rule) if found else (None, None)
