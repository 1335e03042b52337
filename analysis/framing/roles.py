"""Roles: what each side does and suffers in the story, read from the parse.

A **role event** is a harm or help word (``lexicons/harm_help_verbs.tsv``; also "taken captive",
"held hostage") with a side in one of its slots:

- a verb's subject (or a passive's "by" agent) is its **agent**: "Russia bombed Aleppo", "Aleppo was bombed by Russia";
- its direct object, or a passive's subject, is its **patient**: "the rebels attacked the Kurds", "the Kurds were
  attacked";
- a noun's possessor, "by" object or a name on it is its agent (a person's name on a killing its patient, on a
  help noun neither), its "on", "against" or "of" object its patient: "Russia's bombing of Aleppo", "the Russian
  bombing", "strikes on Raqqa", "an attack by ISIS".

The side of a slot is that of its noun phrase (:func:`analysis.framing.targets.owner`: the phrase names the side, a
name modifies it, its possessor, its "of" object, its appositive; a pronoun resolved by ``text/reference.py``). A
negated act ("did not attack"), one asked about ("whether Trump colluded … to steal"), only planned or proposed
("proposed sanctions on Russia"), an attack on a policy or claim, or one in words (:func:`_in_words`) is no event.
Each keeps its voice (``Article.voice_at``). A headline's act that the body tells again, for the same side in the same
role, of the same lexicon entry ("shoots", "shot"; "detains", "detention"), and not only inside someone's quotation,
counts once ("FBI Arrests 3 Men", "arresting three men").

The narrative reading (:func:`narrative_role`) follows the Narrative Policy Framework's characters (Jones & McBeth
2010): a side mostly doing harm reads as the story's **villain**, mostly suffering it as a **victim**, mostly helping
as a **hero**.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass

from spacy.tokens import Token

from ..text.article import Article
from ..text.cues import SUBJECTS
from ..text.reference import PERSON_PRONOUNS, SPEAKER_PRONOUNS, person_words
from .acts import (ASKING, E_ENDS, ES_ENDS, PLAIN_ENDS, TRYING, forms, load_role_words, not_done, role_lemma,
                   second_verb_tells_the_act)
from .labels import names_military_object
from .targets import Mentions, owner, subject_side

ROLES = ("harm_agent", "harm_patient", "help_agent", "help_patient")
ASSISTING = frozenset({"assistance", "aid"})  # "with the assistance of X": X helps
PATIENT_PREPOSITIONS = frozenset({"on", "against", "of", "upon", "to"})  # "aid to rebel groups"
BLAMING = frozenset({"blame", "blames", "blamed", "blaming", "pin", "pins", "pinned", "pinning"})
NAME_ENTITIES = frozenset({"ORG", "WORK_OF_ART", "LAW", "EVENT", "FAC"})
SUBJECT_SLOTS = ("subject", "passive subject", "agent")
# Named-entity types of a name on a harm or help noun read as its doer ("FBI abuses", "Russian bombing"); a common
# noun there may be either party ("hostage killings", "rebel attacks"), so it is left alone.
DOER_ENTITIES = frozenset({"PERSON", "NORP", "ORG", "GPE"})
# Owner rules by which a phrase is a side itself, not a thing of the side's ("Trump's text messages").
NAMING_RULES = frozenset({"names the side", "pronoun", "appositive", "definite description"})
PERSONAL_PRONOUNS = PERSON_PRONOUNS | SPEAKER_PRONOUNS | {"you"}
# A narrative role needs this many author-voice events, and more of its kind than of any other.
MIN_ROLE_EVENTS = 2


@dataclass(frozen=True)
class RoleEvent:
    """One harm or help word with a side in one of its slots; ``start:end`` is the word in the text."""

    side: str
    role: str       # harm_agent, harm_patient, help_agent or help_patient
    word: str
    start: int
    end: int
    sentence: int
    voice: str
    slot: str       # subject, agent, object, passive subject, possessor, "of" object, …


@dataclass(frozen=True)
class Roles:
    """How often a side does and suffers harm and help in the author's voice, its speeches, and the reading."""

    harm_agent: int = 0
    harm_patient: int = 0
    help_agent: int = 0
    help_patient: int = 0
    speaker: int = 0
    quoted_events: int = 0   # role events of the side inside quoted or reported speech (not in the counts)
    narrative: str = "none"  # villain, victim, hero or none
    events: tuple[RoleEvent, ...] = ()  # every event of the side, author's and quoted, for evidence

    def to_dict(self) -> dict:
        """Plain data for the result document."""
        return asdict(self)


ATTACKS, KILLS = forms("attack", PLAIN_ENDS), forms("kill", PLAIN_ENDS)
ARGUMENTS = frozenset("policy policies plan plans proposal proposals record remarks comments claims argument arguments "
    "views agenda decision decisions idea ideas reputation credibility character motives stance position bill law "
    "ruling deal deals agreement agreements accord treaty nomination".split())
SAYING = frozenset("saying calling accusing arguing writing claiming charging tweeting".split())  # "attacked X, saying"
CONFLICTS = frozenset("clash clashes fighting battle battles skirmish skirmishes".split())  # its parties do harm
MODIFIER = ("compound", "amod", "nmod", "poss")
CAPTURING, CAPTIVES = frozenset("take takes took taken taking hold holds held holding".split()), frozenset({
    "captive", "hostage", "prisoner"})


def find_role_events(article: Article, mentions: Mentions, speaker_at=None) -> list[RoleEvent]:
    """Every role event of the article (module docstring), in text order; a headline's act the body tells, once."""
    verbs, nouns, patients = load_role_words()
    events = []
    for token in article.doc:
        word = token.lower_
        if token.ent_type_ in NAME_ENTITIES or token.text[:1].isupper() and not token.is_sent_start \
                and article.sentences[article.sentence_at(token.idx) or 0].kind != "headline":
            continue  # "the Committee to Protect Journalists": a word of a name, no act
        read = _act_of(token, verbs, nouns, patients)
        if read is None:
            continue
        kind, slots = read
        if word in patients and not any(not is_agent and _is_patient(phrase, patients[word], mentions)
                                        for _, phrase, is_agent in slots):
            continue  # "fired missiles", "supports military action": no person fired, no party helped
        if word in ATTACKS | KILLS and any(not agent and phrase.lower_ in ARGUMENTS for _, phrase, agent in slots) \
                or word in ATTACKS and _in_words(token):
            continue  # "attacks on Merkel’s open door policy", "kill the deal", "attacked X, saying …": no harm
        sentence = article.sentence_at(token.idx)
        if sentence is None or not article.sentences[sentence].counted:
            continue
        # "A Taliban bombing killed 10": one act, counted once, as the noun with its doer
        if kind == "help" and any(not agent and nouns.get(phrase.lower_) == "harm" for _, phrase, agent in slots):
            continue  # "to support Mr. Morsi's ouster": help to an act of harm, told by the harm noun itself
        for slot, side, is_agent in _sides_in_slots(token, slots, nouns, mentions, speaker_at):
            role = f"{kind}_{'agent' if is_agent else 'patient'}"
            if side and (side, role, token.idx) not in {(e.side, e.role, e.start) for e in events[-4:]}:  # 1 per side
                events.append(RoleEvent(side, role, token.text, token.idx, token.idx + len(token.text), sentence,
                                        article.voice_at(token.idx), slot))  # "Turkey launched its assault": one act
    headline = {i for i, s in enumerate(article.sentences) if s.kind == "headline"}  # it sums the body up
    told = {_act(e) for e in events if e.sentence not in headline}
    return [e for e in events if e.sentence not in headline or _act(e) not in told]


def _act(event: RoleEvent) -> tuple:
    """What makes two events one act: "FBI Arrests 3 Men" and "arresting three men" (not one inside a quotation)."""
    return event.side, event.role, event.voice == "quoted", role_lemma(event.word)


def _in_words(verb: Token) -> bool:
    """"attacked the Obama administration, saying …", "attacked Flores as politically motivated": an attack in words
    on a named person or organisation (not "attacked Ukraine, claiming …") with a speech participle, or a judging
    "as" with no subject of its own (not "attacked Kyiv as expected", "as it was parked")."""
    if not any(c.dep_ == "dobj" and any(t.ent_type_ in ("PERSON", "ORG") or t.lower_ in PERSONAL_PRONOUNS
                                        for t in c.subtree) for c in verb.children):
        return False
    # the participle may hang on the object past the verb's own words: "attacked the FBI director again Sunday
    # tweeting, “…”" (not "attacked supporters calling for elections": the supporters' words)
    said = [g for o in verb.children if o.dep_ == "dobj" for g in o.children if g.dep_ == "acl"
            and any(t.head == verb for t in verb.doc[o.i + 1:g.i])]
    return any(c.lower_ in SAYING or c.left_edge.lower_ == "as" and not any(k.dep_ in SUBJECTS for k in c.subtree)
               and any(p.tag_ == "JJ" or p.tag_ == "VBN" and any(a.dep_ == "advmod" for a in p.children)
                       for p in (c, *c.children)) for c in (*verb.children, *said))


def _act_of(token: Token, verbs: dict, nouns: dict, patients: dict) -> tuple[str, list] | None:
    """(harm or help, its slots) when the token is a harm or help word told as done, else None."""
    word = token.lower_
    if token.tag_.startswith("VB") and (word in verbs or word in CAPTURING and any(
            c.dep_ in ("oprd", "acomp") and c.lower_ in CAPTIVES for c in token.children)):
        if not_done(token):
            return None  # "did not attack", "whether Russia helped …", "declined to defend": nothing told as done
        if verbs.get(word) == "help" and second_verb_tells_the_act(token, verbs):
            return None
        return verbs.get(word, "harm"), _verb_slots(token)  # "was taken captive by": a light verb's harm
    if not (token.tag_.startswith("NN") and word in nouns):
        return None
    if token.dep_ == "dobj" and (token.head.lower_ in LIGHT_VERBS and not_done(token.head)
                                 or token.head.lower_ in WEIGHING):
        return None  # "whether Congress would pass sanctions on Russia", "did not launch strikes": not done
    slots = _noun_slots(token)
    if patients.get(word) == "person" and all(is_agent for _, _, is_agent in slots):
        # "Comey's firing", "the Morsi ouster": with no "of" object, the person named on it was fired
        slots = [(slot, phrase, is_agent and slot not in ("possessor", "name on the noun"))
                 for slot, phrase, is_agent in slots]
    return nouns[word], slots


def _sides_in_slots(token: Token, slots: list, nouns: dict, mentions: Mentions,
                    speaker_at) -> list[tuple[str, str | None, bool]]:
    """(slot, side, is agent) for each slot of the act, and for the subject it shares when it has none."""
    found = [(slot, owner(phrase, mentions, speaker_at, aimed=False)[0], is_agent)
             for slot, phrase, is_agent in slots
             if not (slot == "subject" and token.tag_.startswith("VB") and phrase.lower_ in nouns)]
    raised = token.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in token.children)
    if token.tag_.startswith("VB") and not any(s in (*SUBJECT_SLOTS, "possessor") for s, _, _ in slots) \
            and (raised or not _is_passive_participle(token)):
        # No subject of its own: the one it shares ("the Syrians seeking to liberate", "militiamen, freed
        # up from liberating Mosul"), as the target rules read it; in a passive infinitive, as the one who
        # suffers it ("fighters are reported to have been killed"; not "besieged as it is by ISIS": "it").
        found.append(("shared subject", subject_side(token, mentions, speaker_at, "", aimed=False)[0], not raised))
    if token.tag_.startswith("NN") and _light_verb_without_subject(token):
        # "continuing to commit murders": the doer is the subject the light verb shares
        found.append(("shared subject", subject_side(token.head, mentions, speaker_at, "", aimed=False)[0], True))
    # A pronoun suffering what a group of its own side does was resolved to the wrong antecedent ("Maybe they [the
    # Russians] are blackmailing him": Trump, not Putin named before; but "Schumer blackmailed her": Pelosi)
    groups = {owner(p, mentions, speaker_at, aimed=False)[0] for _, p, is_agent in slots if is_agent and (
        p.tag_ in ("NNS", "NNPS") or p.lower_ == "they" or p.ent_type_ in ("GPE", "ORG", "NORP")
        and p.text not in person_words(p.doc))}  # not "Trump attacked him", a person's name the tagger left untyped
    pronouns = {slot for slot, p, is_agent in slots if not is_agent and p.lower_ in ("him", "her", "he", "she", "them",
                                                                                     "they")}
    return [(slot, side, is_agent) for slot, side, is_agent in found
            if is_agent or slot not in pronouns or side not in groups]


def _verb_slots(verb: Token) -> list[tuple[str, Token, bool]]:
    """(slot, phrase head, is agent) of a harm/help verb."""
    slots = []
    for child in verb.children:
        if child.dep_ == "nsubj" and verb.lower_ in VICTIM_NOUNS and (
                child.tag_ == "PRP$" or child.i + 1 < len(verb.doc) and verb.doc[child.i + 1].tag_ == "POS"):
            slots.append(("possessor", child, False))  # "about Khashoggi's killing": the noun read as a gerund
        elif child.dep_ == "nsubj":  # "the US, which supports …": the relative pronoun stands for the noun
            relative = child.tag_ in ("WDT", "WP") and verb.dep_ == "relcl"
            slots.append(("subject", verb.head if relative else child, True))
            hurt = {t.lower_ for n in _victim_nouns(verb) for t in (n, *(c for c in n.children if c.dep_ in MODIFIER))
                    } if child.lower_ in CONFLICTS else set()
            slots += [("'between' object", p, True) for b in child.children if b.lower_ == "between"
                      and child.lower_ in CONFLICTS for o in b.children if o.dep_ == "pobj"
                      for p in (o, *o.conjuncts) if p.lower_ not in hurt]  # "Clashes between militias killed dozens"
        elif child.dep_ == "nsubjpass":  # "he 's fired someone": a contracted "has" read as passive "is"
            has = any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in verb.children) \
                and any(c.dep_ == "dobj" for c in verb.children)
            slots.append(("subject", child, True) if has else ("passive subject", child, False))
        elif child.dep_ == "dobj":  # "Comey, whom he fired": the relative pronoun stands for the noun
            slots.append(("object", verb.head if child.tag_ == "WP" and verb.dep_ == "relcl" else child, False))
        elif child.dep_ == "agent":
            slots += [("agent", p, True) for p in child.children if p.dep_ == "pobj"]
        elif child.dep_ == "prep" and (child.lower_, verb.lower_) in PATIENT_OBJECTS:  # "stole emails from the
            slots += [(f"'{child.lower_}' object", p, False) for p in child.children if p.dep_ == "pobj"]  # DNC"
        elif child.dep_ == "prep" and child.lower_ == "at":  # "killed at the hands of ISIS"
            slots += [("agent", o, True) for h in child.children if h.lower_ == "hands" for p in h.children
                      if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    if verb.dep_ == "acl" and _is_passive_participle(verb) and verb.head.tag_.startswith("NN"):
        slots.append(("participle's noun", verb.head, False))  # "civilians killed in the strike"
    return slots


def _victim_nouns(verb: Token) -> list[Token]:
    """The nouns a verb's object names as its sufferers: its head, its "of" noun and their conjuncts ("dozens of Hamas
    fighters and civilians"), not a place ("30 people in Israel")."""
    heads = [o for o in verb.children if o.dep_ == "dobj"]
    heads += [p for o in heads for c in o.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return [x for n in heads for x in (n, *n.conjuncts)]


def _is_patient(head: Token, needed: str, mentions: Mentions) -> bool:
    """Whether the phrase is the patient the word needs (``patient`` column): a ``person`` the parse names or a
    personal pronoun; ``people`` also an organisation, country, people, noun of people or places, a side, or "them"
    ("the hostages", not "text messages"); a ``party`` also a thing of a side's ("a Hezbollah surge")."""
    if head.ent_type_ == "PERSON" or head.lower_ in PERSONAL_PRONOUNS:
        return True
    if needed == "person":
        return False
    if head.ent_type_ in DOER_ENTITIES or head.lower_ == "them" or names_military_object(head.lower_):
        return True
    side, rule = owner(head, mentions, aimed=False)
    return rule in NAMING_RULES or needed == "party" and side is not None


def _is_passive_participle(verb: Token) -> bool:
    """"besieged as it is by ISIS", "civilians killed in the strike": a participle without "have" is passive."""
    participle = verb.tag_ == "VBN" or verb.tag_ == "VBD" and verb.dep_ == "acl"  # "militiamen, freed up …"
    return participle and not any(c.dep_ == "aux" and c.lower_ in ("have", "has", "had", "having") for c in
                                  verb.children) or any(c.dep_ == "auxpass" for c in verb.children)  # "have been"


# A preposition whose object is the one harmed: "stole emails from the DNC", "hacking into Burisma"
PATIENT_OBJECTS = {("from", verb) for verb in "steal steals stole stolen stealing rob robs robbed robbing loot loots "
                   "looted looting".split()} | {("into", verb) for verb in "hack hacks hacked hacking".split()}
# Nouns of an act done to a person, whose person possessor suffered it ("his killing", not "Russia's killing spree").
VICTIM_NOUNS = frozenset("killing murder assassination slaying execution kidnapping abduction death".split())
# Verbs that only carry out the act their object names ("imposed sanctions", "launched strikes against", "provided
# aid to").
LIGHT_VERBS = forms("impos wag stag provid perpetrat approv authoriz authoris", E_ENDS) \
    | forms("launch conduct mount pass order", ES_ENDS) | {"lay", "lays", "laid", "laying"} \
    | {"commit", "commits", "committed", "committing", "carry", "carries", "carried", "carrying"}
# Verbs whose object names an act looked ahead to, not done: "proposed new sanctions on Russia", "plotted attacks"
# (not one "discussed", "opposed" or "called" a crime: the act may have happened, even "new attacks")
WEIGHING = ASKING - forms("call", PLAIN_ENDS) | forms("consider weigh mull threaten demand", PLAIN_ENDS) \
    | forms("propos", E_ENDS) | TRYING


def _noun_slots(noun: Token) -> list[tuple[str, Token, bool]]:
    """(slot, phrase head, is agent) of a harm/help noun: possessor and "by" object act, on/against/of suffer; as
    the object of a light verb, the verb's subject acts and its on/against object suffers."""
    slots = []
    if noun.lower_ in ("defense", "defence") and noun.head.lower_ == "in" and any(c.dep_ == "poss"
                                                                                  for c in noun.children):
        return slots  # "In Hagel's defense": an excuse made for him, not an act
    for child in noun.children:
        if child.dep_ == "poss":  # "Russia's bombing"; but "his killing", "Khashoggi's murder": the one killed
            victim = noun.lower_ in VICTIM_NOUNS and (child.ent_type_ == "PERSON" or child.tag_ == "PRP$")
            slots.append(("possessor", child, not victim))
        elif child.dep_ == "prep" and (child.lower_ in ("by", "from") or child.lower_ == "of" and noun.lower_ in
                                       ASSISTING and noun.head.lower_ not in ("to", "in")):  # "under renewed
            # assault from Russian forces", "with the aid of X" (but "came to the aid of X", "in aid of X": X is helped)
            slots += [(f"'{child.lower_}' object", p, True) for p in child.children if p.dep_ == "pobj"]
        elif child.dep_ in ("compound", "amod") and child.ent_type_ == "PERSON" and (
                noun.lower_ in VICTIM_NOUNS or load_role_words()[1].get(noun.lower_) == "help"):
            slots += [("name on the noun", child, False)] if noun.lower_ in VICTIM_NOUNS else []  # "Mueller protection"
        elif child.dep_ in ("compound", "amod") and child.ent_type_ in DOER_ENTITIES:
            slots.append(("name on the noun", child, True))  # "FBI abuses", "Russian bombing": a name does
        elif child.dep_ == "prep" and child.lower_ in PATIENT_PREPOSITIONS and not (
                child.lower_ == "on" and noun.head.lower_ in BLAMING):  # "blamed the attacks on Iran": the accused
            slots += [(f"'{child.lower_}' object", p, False) for p in child.children
                      if p.dep_ == "pobj" and p.lower_ != "behalf"]  # "attacks on behalf of X": X suffered none
    verb = noun.head  # "Trump imposed sanctions on Iran"; not "did not impose", "declined to impose"
    if noun.dep_ == "dobj" and verb.lower_ in LIGHT_VERBS and not not_done(verb):
        slots += [("subject", c, True) for c in verb.children if c.dep_ == "nsubj"]
        slots += [(f"'{c.lower_}' object", p, False) for c in verb.children
                  if c.dep_ in ("prep", "dative") and c.lower_ in PATIENT_PREPOSITIONS for p in c.children
                  if p.dep_ == "pobj"]
    return slots


def _light_verb_without_subject(noun: Token) -> bool:
    """Whether the noun is the object of a light verb told as done that has no subject of its own."""
    verb = noun.head
    return noun.dep_ == "dobj" and verb.lower_ in LIGHT_VERBS and not not_done(verb) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def side_roles(events: list[RoleEvent], side: str, n_speeches: int) -> Roles:
    """The :class:`Roles` of ``side``: author-voice event counts, its speeches, and the narrative reading."""
    own = tuple(e for e in events if e.side == side)
    counts = Counter(e.role for e in own if e.voice == "author")
    return Roles(**{role: counts[role] for role in ROLES}, speaker=n_speeches,
                 quoted_events=sum(e.voice != "author" for e in own), narrative=narrative_role(counts), events=own)


def narrative_role(counts: Counter) -> str:
    """Villain (mostly harm done), victim (harm suffered) or hero (help given): the kind with at least
    :data:`MIN_ROLE_EVENTS` events and more than each other kind; else "none"."""
    kinds = {"villain": counts["harm_agent"], "victim": counts["harm_patient"], "hero": counts["help_agent"]}
    best = max(kinds, key=kinds.get)
    return "none" if kinds[best] < MIN_ROLE_EVENTS or any(n >= kinds[best] for k, n in kinds.items() if k != best) \
        else best
