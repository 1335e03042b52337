"""Pronouns: whom "he", "its" or "they" stands for, by one documented rule (no coreference model ships offline).

- a subject pronoun that is its sentence's first subject: the subject of the previous sentence's main verb when it
  agrees (a person's name for he/she, counting a one-word name the tagger calls an organisation, "Trump", but no
  acronym; a singular noun not a person for it; a plural for they), before any nearer noun inside that sentence's
  subordinate clauses (centering: "The group warned that … Hezbollah stops …. It also demanded": the group); a pronoun
  subject there passes on its own antecedent. A previous sentence that is quoted (a speaker's words), or for he/she one
  whose subject has the other gender or is a quote's "I", is passed over, up to three of them. A pronoun that is itself
  a speech's source first takes the source of a speech in its own or the previous sentence when the two agree
  ("According to a report from Eli Lake and Josh Rogin …. Furthermore, they write"); else, by the pronoun:
- he, him, his, she, her (and -self forms): the nearest earlier PERSON entity, singular proper noun that is a subject
  or possessor and not tagged a place or an organisation (the small tagger often calls a surname NORP: "Rogin
  imagines"), or singular source of an earlier quote ("The president argued…. “…,” he said"); after a speech whose
  source is a common noun or a name the tagger calls a person, only a PERSON entity comes between ("“…,” said
  Fleischer. Freedom’s Watch “…,” he recalled": Fleischer); a nearer noun for a man or woman of the pronoun's gender
  ("I asked this great man …. He looked at me") is a person the text never names: no antecedent;
- it, its: the nearest earlier singular noun that does not contain the pronoun; if that noun is not an ORG or GPE
  entity, the possessor of a subject, an object or an "of" object if that is one ("China's behavior …. It's
  belligerent"; not "in Ukraine's favor"), else no antecedent (a common noun names no side);
- they, them, their: in a clause of reason or time, the main clause's subject if it names a group ("The administration
  avoided it because they argue"); else the nearest earlier plural noun that is a subject, in the same or the previous
  sentence (a name ending in -s after "the" is plural: the tagger calls "the Houthis" a singular PERSON), or the
  speaker whose clause it is in ("officials say Russia and Assad have …; they suggest": the officials); else the
  nearest earlier ORG, GPE or NORP entity;
- I, me, my, we, us, our inside a quotation: the quotation's speaker (its source phrase).

A new definite description as a speech's source and first subject ("The political operative, who …, said") stands for
the previous sentence's subject as he/she would (:func:`described_person`), and a he/she after it for the same person.
A subject he/she is the same pronoun earlier in its sentence ("While he thought …, he argued"), else the named person
subject of the clause its own is joined to or follows as a clause of time or reason with no person for an object
("Mulvaney denied …, but he acknowledged", "Bharara was investigating X before he was fired"; not "Trump praised Putin
after he said"), and a subject "it" the organisation or country subject there ("the UN agency said …, but it now
says"); one after a previous subject that is a title the text gave a name ("the senator" after "Sen. Rand Paul") is
that person; the owner of a reporting noun inside another speech is no previous speaker ("Mr Mueller's demand"). An
object pronoun never stands for its own verb's subject ("Trump fired him"), a subject pronoun never for a name later in
its clause ("He was to serve Obama's term"), nor a pronoun for a name quoted earlier in its sentence ("“I never met
Putin,” he told CNN": not Putin, nor the quotation's "I").

A name's gender is what the article settles (:mod:`analysis.text.gender`): he/she never stands for one of the other; an
unknown one agrees with both. What the pronoun rule cannot do: it knows no gender beyond that ("he" may take the
nearest "Sen. Harris"), no cataphora ("Before he spoke, Smith…"; a tie reads "In his speech, Smith …" itself:
:mod:`analysis.framing.targets`), no generic "they" or dummy "it"; it trusts the entity recogniser (a person tagged ORG
is missed); and a pronoun inside a quote resolves as if the author had written it, but that he/she there is never a
person named as the quotation's speaker is ("“He just said it's not Russia,” Trump said": Trump would say "I").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .descriptions import FINDINGS, GROUP_NOUNS, SUBJECTS, TITLES, repeated, titled_name
from .gender import GENDERED_NOUNS, PERSON_PRONOUNS, PRONOUN_GENDER, first_names, gender, other_gender
from .parse import (entity_at, follows_its_main_clause, in_caption, in_quotation, name_span, named_group,
                    nearest_entity, quoted_before)

THING_PRONOUNS = frozenset("it its itself".split())
PLURAL_PRONOUNS = frozenset("they them their theirs themselves".split())
SPEAKER_PRONOUNS = frozenset("i me my mine myself we us our ours ourselves".split())
QUOTE_PERSONS = frozenset("i we you".split())
# Things that speak for no person: "The dossier, which alleges …" is no description of the last sentence's subject.
DOCUMENTS = FINDINGS | frozenset("dossier memo memorandum letter statement document filing complaint indictment "
                                 "lawsuit book article constitution charter law treaty".split())
PRONOUNS = PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS | SPEAKER_PRONOUNS
GROUP_ENTITIES = ("ORG", "GPE", "NORP")
COLLECTIVE_NOUNS = GROUP_NOUNS | frozenset("administration government company committee campaign party team council "
                                           "department ministry coalition alliance army police crowd audience".split())
NOT_PEOPLE = ("GPE", "ORG", "LOC", "FAC", "DATE", "TIME")
PERSON_ROLES = frozenset(TITLES.values()) | frozenset("envoy spokesman spokeswoman adviser aide minister".split())
TITLE_WORDS = frozenset(TITLES) | frozenset(TITLES.values()) | {"mr.", "mrs.", "ms.", "dr."}  # "President", "Sen."
REPLIES = frozenset("replied replies responded responds answered answers retorted countered".split())  # a new turn


def antecedent(doc: Doc, pronoun: Token, speaker: tuple[int, int] | None = None,
               sources: tuple[tuple[int, int], ...] = ()) -> tuple[int, int] | None:
    """Character span of what ``pronoun`` stands for, by the module's rule, or None. ``speaker`` is the source span of
    the quotation the pronoun stands in, if any (for I/we); ``sources`` the source spans of the article's speeches."""
    found = _antecedent(doc, pronoun, speaker, sources)
    names = [[w for w in doc.text[slice(*span)].split() if w.lower() not in TITLE_WORDS and not (len(w) == 2 and w[1]
              == ".")] for span in (found, speaker) if span is not None]  # "President Trump", "Donald J. Trump"
    same = pronoun.lower_ in PERSON_PRONOUNS and in_quotation(pronoun) and len(names) == 2 and all(names) and (
        names[0] == names[1] or min(map(len, names)) == 1 and names[0][-1] == names[1][-1])  # not "Eric Trump"
    return None if same else found  # "“He just said it's not Russia,” Trump said": Trump would say "I"


def _antecedent(doc: Doc, pronoun: Token, speaker: tuple[int, int] | None,
                sources: tuple[tuple[int, int], ...]) -> tuple[int, int] | None:
    word = pronoun.lower_
    if word in SPEAKER_PRONOUNS:
        return speaker
    found = _previous_speaker(doc, pronoun, sources) or _previous_subject(doc, pronoun, speaker, sources)
    if found is not None:
        return found
    earlier = [t for t in doc[pronoun.sent.start:pronoun.i] if t.dep_ in SUBJECTS and not in_quotation(t)] \
        if pronoun.dep_ in SUBJECTS and word in PERSON_PRONOUNS | THING_PRONOUNS else []
    same = next((t for t in earlier if t.lower_ == word), None)  # "While he thought …, he argued": the same he
    if same is not None:
        return antecedent(doc, same, speaker, sources)
    # "Mulvaney denied …, but he acknowledged": Mulvaney; "the UN agency said …, but it now says": the UN, not past
    # an object of that clause's verb ("Israel dismissed the UN report, but it says …": the report)
    first = next((t for t in earlier if t.head == pronoun.head.head and t.tag_ in ("NNP", "NN")), None) \
        if pronoun.head.dep_ == "conj" or follows_its_main_clause(pronoun.head) else None
    if first is not None and word in PERSON_PRONOUNS and _agrees(word, first) and (
            first.ent_type_ == "PERSON" or first.tag_ == "NNP" and (first.ent_type_ in ("", "NORP") or first.text
            in person_words(doc) or any(t.i and t.text == first.text and t.nbor(-1).lower_ in first_names()
                                        for t in doc))):  # "Jared Kushner" … "Kushner"; not "the Pentagon"
        return name_span(first)  # a name, also one the tagger calls no person ("Trump doubled down …, but he said")
    named = named_group(first) if first is not None and word in THING_PRONOUNS and not any(
        c.dep_ in ("dobj", "dative") for c in first.head.children) else None
    if named is not None:
        return named.start_char, named.end_char
    if word in PERSON_PRONOUNS:
        return _nearest_person(doc, pronoun, sources, _own_subject(pronoun))
    if word in THING_PRONOUNS:
        return _nearest_thing(doc, pronoun)
    return _plural_antecedent(doc, pronoun) if word in PLURAL_PRONOUNS else None


def _plural_antecedent(doc: Doc, pronoun: Token) -> tuple[int, int] | None:
    """They, them, their: the module docstring's rule."""
    main = pronoun.head.head if pronoun.dep_ in SUBJECTS and pronoun.head.dep_ == "advcl" else None
    group = next((c for c in main.children if c.dep_ == "nsubj" and (
        c.lower_ in COLLECTIVE_NOUNS or c.ent_type_ == "ORG")), None) if main is not None else None
    if group is not None:  # "The administration has avoided it because they argue …": the administration
        return group.left_edge.idx, group.idx + len(group.text)
    first = doc[pronoun.sent.start - 1].sent.start if pronoun.sent.start > 0 else 0
    own_subject = _own_subject(pronoun)
    for token in reversed(doc[first:pronoun.i]):
        if _is_plural(token) and token.dep_ in SUBJECTS and token.i not in own_subject:
            speaker = next((c for c in token.head.head.children if c.dep_ == "nsubj" and c.i < token.i and _is_plural(
                c) and c.i not in own_subject), None) if token.head.dep_ == "ccomp" else None
            token = speaker or token  # "officials say Russia and Assad have not …; they suggest": the officials
            return token.left_edge.idx, token.idx + len(token.text)
    return nearest_entity(doc, pronoun, GROUP_ENTITIES)


def described_person(doc: Doc, noun: Token, sources: tuple[tuple[int, int], ...]) -> tuple[int, int] | None:
    """"The political operative, who helped launch …, said": a definite singular description that is its
    sentence's first subject and a speech's source, with a noun the text has not used before ("the affidavit" after
    "the affidavit filed against Winner" is no Winner) that names a group or has a clause or apposition saying who it
    is, and no document ("The dossier, which alleges …"), stands for the previous sentence's subject as "he" or "she"
    would (its gender unknown); else None."""
    if noun.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
            or noun.lower_ in DOCUMENTS \
            or not (noun.lower_ in GROUP_NOUNS or any(c.dep_ in ("relcl", "appos", "acl") for c in noun.children)) \
            or not any(a <= noun.idx < b for a, b in sources) or repeated(noun) is not None:
        return None
    return _previous_subject(doc, noun, None, sources, "he") or _previous_subject(doc, noun, None, sources, "she")


def _previous_subject(doc: Doc, pronoun: Token, speaker: tuple[int, int] | None,
                      sources: tuple[tuple[int, int], ...], word: str | None = None) -> tuple[int, int] | None:
    """The subject of the previous sentence's main verb, when the pronoun (or a description read as the pronoun
    ``word``) is its own sentence's first subject and the two agree (module docstring), else None."""
    word = word or pronoun.lower_
    sentence = pronoun.sent
    quoted = quoted_before(pronoun)
    holder = pronoun.head if pronoun.dep_ == "poss" else pronoun  # "His dishonesty creates …": its subject's place
    if holder.dep_ not in SUBJECTS or sentence.start == 0 or any(  # not a relative's: "Under attack from all who
            t.dep_ in SUBJECTS and t.tag_ not in ("WP", "WDT") and t.i not in quoted  # trail him, he said"
            for t in doc[sentence.start:holder.i]):
        return None
    start = sentence.start
    for _ in range(4):  # past up to three sentences whose subject is quoted, or for he/she of the other gender
        while start and in_caption(doc[start - 1].sent[0]):  # a photo's caption between is no sentence of the story
            start = doc[start - 1].sent.start
        subject = next((c for c in doc[start - 1].sent.root.children if c.dep_ in SUBJECTS), None) if start else None
        if subject is None:
            return None
        # a quoted sentence is its speaker's, not the author's narration
        if other_gender(word, subject) or in_quotation(subject) and not in_quotation(pronoun) \
                or PRONOUN_GENDER.get(word) and subject.lower_ in QUOTE_PERSONS \
                or subject.lower_ in _named_after(pronoun):
            start = doc[start - 1].sent.start  # "She said he …. He then asked": not what "she" stands for
            continue
        break
    else:
        return None
    if any(word in c and subject.lower_ in c for c in (PERSON_PRONOUNS, THING_PRONOUNS, PLURAL_PRONOUNS)):
        return antecedent(doc, subject, speaker, sources)
    gendered = PRONOUN_GENDER.get(word) is not None and GENDERED_NOUNS.get(subject.lower_) == PRONOUN_GENDER[word]
    named = next((c for c in subject.children if c.dep_ == "appos" and c.tag_ == "NNP"), None) \
        if subject.ent_type_ != "PERSON" else None  # not "Sen. Bob Corker, the top Republican on …"
    if named is not None and (gendered or _agrees(word, named)):
        subject = named  # "Trump's wife, Melania, is speaking out …. She told CNN": the name the noun is given
    elif not gendered and not _agrees(word, subject):
        if word not in PERSON_PRONOUNS:
            return None
        titled = titled_name(subject) or repeated(subject)  # "the governor …. He said": "Gov. Chris Christie"
        if titled is not None and titled.ent_type_ == "PERSON" and not other_gender(word, titled):
            return name_span(titled)
        return described_person(doc, subject, sources)  # "The political operative … said …. But he later told"
    if subject.ent_type_ and subject.ent_iob_ != "O":
        return name_span(subject)
    # The subject's phrase up to a clause or comma of its own: "U.S. Ambassador to the EU Gordon Sondland"
    cut = next((t.i for t in subject.subtree if t.i > subject.i and (t.dep_ in ("relcl", "acl", "advcl")
                                                                      or t.text in ",(—–")), len(doc))
    words = [t for t in subject.subtree if t.i < cut and not t.is_punct and not t.is_space]
    return words[0].idx, words[-1].idx + len(words[-1].text)


def _previous_speaker(doc: Doc, pronoun: Token, sources: tuple[tuple[int, int], ...]) -> tuple[int, int] | None:
    """For a pronoun speaker that is its sentence's first subject: the source of the last speech before it in this
    or the previous sentence (past sentences wholly quoted, unless it replies), outside the quotation it closes, when
    the two agree ("According to a report from Eli Lake and Josh Rogin, …. Furthermore, they write"; not "Bob Jones
    disagreed, and he said"), else None."""
    # the subjects of the quotation or clause it reports, ending right before it, do not count: "Any revenue that
    # Facebook made from ads run by the IRA was “immaterial,” it added" (after "the company said")
    last = next((t for t in reversed(doc[pronoun.sent.start:pronoun.i]) if not t.is_punct), None)
    reported = next((c for c in pronoun.head.children if c.dep_ == "ccomp" and last in c.subtree), None)
    inside = quoted_before(pronoun) | ({t.i for t in reported.subtree} if reported is not None else set())
    aside = pronoun.head.dep_ == "parataxis"  # "The two groups, he said, share …": the host clause's subject
    if any(t.dep_ in SUBJECTS and t.i not in inside and not (aside and t.head != pronoun.head)
           for t in doc[pronoun.sent.start:pronoun.i]):
        return None
    first = doc[pronoun.sent.start - 1].sent if pronoun.sent.start else None
    while first is not None and first.start and pronoun.head.lower_ not in REPLIES and all(
            in_quotation(t) for t in first if t.is_alpha):  # “What kind of checks …?” between: the same speech goes on
        first = doc[first.start - 1].sent
    first = first.start_char if first is not None else 0
    quoted = {doc[i].idx for i in inside}
    earlier = [s for s in sources if first <= s[0] and s[1] <= pronoun.idx and s[0] not in quoted]
    phrases = [doc.char_span(*s, alignment_mode="expand") for s in sorted(earlier)]
    # not the owner of a reporting noun inside another speech ("… said he would not comply with Mr Mueller's demand")
    phrase = next((p for p in reversed(phrases) if p is not None and p.root.dep_ != "poss"), None)
    if phrase is not None and phrase.root.lower_ == pronoun.lower_ and phrase.root.i < pronoun.i:
        return antecedent(doc, phrase.root, None, sources)  # "…, he said. He said they paid him well": the same he
    if phrase is None or phrase.root.lower_ in PRONOUNS:
        return None
    if pronoun.lower_ in PERSON_PRONOUNS and not _agrees(pronoun.lower_, phrase.root):
        return described_person(doc, phrase.root, sources)
    names = any(t.dep_ == "conj" and t.tag_ == "NNP" and t.head.tag_ == "NNP" for t in phrase)  # "Lake and Rogin"
    plural = names or _is_plural(phrase.root)
    agrees = plural if pronoun.lower_ in PLURAL_PRONOUNS else not plural and _agrees(pronoun.lower_, phrase.root)
    return (phrase.start_char, phrase.end_char) if agrees else None


def _own_subject(pronoun: Token) -> frozenset[int]:
    """The tokens of the subject of the verb whose object the pronoun is: "Trump fired him" cannot mean Trump
    (an object pronoun that is not reflexive never stands for its own clause's subject)."""
    if pronoun.dep_ not in ("dobj", "dative") or pronoun.lower_.endswith(("self", "selves")):
        return frozenset()
    return frozenset(t.i for c in pronoun.head.children if c.dep_ in SUBJECTS for t in c.subtree)


def _named_after(pronoun: Token) -> frozenset[str]:
    """Names later in the clause a subject pronoun heads, which it cannot stand for: "He was expected to serve all
    four years of Obama's second term" is not Obama."""
    return frozenset(t.lower_ for t in pronoun.head.subtree if t.i > pronoun.i and t.tag_ == "NNP"  # not "the Trump
                     and t.dep_ != "compound") if pronoun.dep_ in SUBJECTS else frozenset()  # administration"


def _agrees(word: str, subject: Token) -> bool:
    """Whether a subject may be what the pronoun ``word`` stands for: a person's name for he/she (the tagger
    may call a surname NORP, or ORG and even a common noun: "Trump has long denounced …", or a verb: "Blinken
    made clear"; a word of a PERSON name elsewhere in the article is a name, and a name whose appositive is a
    person's role), a singular noun naming no person for it, a plural for they."""
    if word in PERSON_PRONOUNS:
        one_word_org = _surname_tagged_org(subject)
        return not other_gender(word, subject) and (subject.ent_type_ == "PERSON" or subject.tag_ == "NNP" and (
            subject.ent_type_ in ("", "NORP") or one_word_org) or subject.text in person_words(subject.doc)
            or subject.tag_ == "NN" and one_word_org or subject.tag_ == "NNP" and any(
                c.dep_ == "appos" and c.lower_ in PERSON_ROLES for c in subject.children))  # "Nikki Haley, the envoy"
    if word in THING_PRONOUNS:
        return subject.tag_ == "NN" and subject.ent_type_ in ("", "ORG", "GPE", "NORP") \
            or subject.tag_ == "NNP" and subject.ent_type_ in ("ORG", "GPE") and not _is_plural(subject)
    return word in PLURAL_PRONOUNS and _is_plural(subject)


def person_words(doc: Doc) -> frozenset[str]:
    """Words of the article's PERSON names: "Heitkamp" tagged a place once is "Heidi Heitkamp" named before."""
    if "person_words" not in doc.user_data:
        doc.user_data["person_words"] = frozenset(t.text for t in doc if t.ent_type_ == "PERSON" and t.tag_ == "NNP")
    return doc.user_data["person_words"]


def _surname_tagged_org(token: Token) -> bool:
    """A one-word name the tagger calls ORG is most often a surname ("Trump called", "McCain"; not "FBI")."""
    return token.ent_type_ == "ORG" and len(entity_at(token)) == 1 and token.text[:1].isupper() \
        and not token.text.isupper()


def _is_plural(noun: Token) -> bool:
    """A plural noun or quantity ("many who fled"), two joined by "and", or a group's name in the plural: "the
    Houthis", "the Kurds" (not a country: "the United States")."""
    # "Ms Caleno and her children"; "Ed and Paula Kassig" (the parser joins "Ed and Paula" under the surname)
    joined = [noun, *(c for c in noun.children if c.dep_ in ("compound", "nmod") and noun.tag_ == "NNP")]
    if noun.tag_ in ("NNS", "NNPS") or noun.lower_ in ("many", "those", "others", "several", "both") \
            or any(any(c.dep_ == "cc" and c.lower_ == "and" for c in t.children)
                   and any(c.dep_ == "conj" for c in t.children) for t in joined):
        return True
    return noun.tag_ == "NNP" and noun.text.endswith("s") and not noun.text.endswith("ss") \
        and noun.ent_type_ not in ("GPE", "LOC", "FAC") \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _nearest_person(doc: Doc, pronoun: Token, sources: tuple[tuple[int, int], ...],
                    own_subject: frozenset[int] = frozenset()) -> tuple[int, int] | None:
    latest = max((s for s in sources if s[1] <= pronoun.idx), default=None)  # the last speech's source
    source = doc.char_span(*latest, alignment_mode="expand") if latest else None
    heads = [t for t in source if t.head.i < source.start or t.head.i >= source.end or t.head == t] if source else []
    # a speaking name the tagger calls a place is a person ("Schiff claimed …" with Schiff tagged LOC)
    person_source = latest if heads and (heads[0].tag_ == "NN" and heads[0].lower_ not in DOCUMENTS | COLLECTIVE_NOUNS
                                         or heads[0].ent_type_ == "PERSON" or heads[0].tag_
                                         == "NNP" and heads[0].ent_type_ in ("", "LOC", "FAC")) \
        and not other_gender(pronoun.lower_, heads[0]) else None
    quoted = quoted_before(pronoun)
    cue = heads[0].head if person_source else None  # its speech's verb: who is spoken with or to is no new subject
    for token in reversed(doc[:pronoun.i]):
        if person_source and token.idx < person_source[1]:  # the source phrase is one unit ("Warsame, like Mr. Nur")
            return person_source
        if cue is not None and token.sent == cue.sent and any(a.dep_ in ("prep", "dative") and a.head == cue
                                                               for a in token.ancestors):
            continue  # "Obama said in an interview with The Atlantic’s Jeffrey Goldberg …. He spoke …": Obama
        if token.tag_ == "NN" and GENDERED_NOUNS.get(token.lower_) == PRONOUN_GENDER[pronoun.lower_] \
                and token.i not in own_subject and not in_quotation(token) and token.dep_ != "appos" \
                and token.head.ent_type_ != "PERSON" \
                and any(c.dep_ == "det" for c in token.children):  # not "their father", said in passing
            return None  # "I asked this great man …. He looked at me": a person the text never names
        if token.i in own_subject or token.i in quoted or other_gender(pronoun.lower_, token) or in_caption(token) \
                or token.lower_ in _named_after(pronoun) or not token.is_alpha or token.text.islower():
            continue  # not "’s" of "Hillary Clinton’s", a lowercase word the tagger calls a person, a byline
        # After a named speaker, only a name the tagger calls a person comes between ("“…,” said Fleischer. Freedom’s
        # Watch “…,” he recalled": not "Watch"), or a surname tagged ORG the article names with a first name.
        # A surname the tagger read as a plural noun counts as a subject ("Sessions was a senior member …, and his
        # spokeswoman": Sessions, named "Jeff Sessions" earlier)
        if token.ent_type_ == "PERSON" or _surname_tagged_org(token) and token.lower_ in gender(doc) \
                or (token.tag_ == "NNP" and (token.ent_type_ not in NOT_PEOPLE or _surname_tagged_org(token))
                    or token.text[:1].isupper() and token.text in person_words(doc)) \
                and token.dep_ in ("nsubj", "nsubjpass", "poss") and not person_source:
            left = token
            while left.i > 0 and doc[left.i - 1].tag_ == "NNP" and doc[left.i - 1].ent_type_ == token.ent_type_:
                left = doc[left.i - 1]
            return left.idx, token.idx + len(token.text)
    return person_source


def _nearest_thing(doc: Doc, pronoun: Token) -> tuple[int, int] | None:
    holders = {pronoun.i}  # the phrases the pronoun sits in ("the permission of its government"), up to a
    x = pronoun            # coordination, whose first conjunct may be the antecedent ("the US and its proxies")
    while x.head != x and x.dep_ != "conj":
        x = x.head
        holders.add(x.i)
    for token in reversed(doc[:pronoun.i]):
        if token.tag_ in ("NN", "NNP") and token.i not in holders and token.dep_ != "compound":
            owner = next((c for c in token.children if c.dep_ == "poss"), None) if token.dep_ in (
                "nsubj", "nsubjpass", "dobj") or token.head.lower_ == "of" else None  # "of China's behavior. It's …"
            named = named_group(token) or (named_group(owner) if owner is not None else None)  # "The PYM organization"
            return (named.start_char, named.end_char) if named is not None else None
    return None
