"""Cues set inside or after the clause they report: "The move, critics said, would hand …", "…, as McGurk noted",
"Among the dead was X, the agency reported", and the parses a small parser gives them (both subjects on the cue,
the host clause joined to the cue with no "and"); in a headline, only such a trailing cue ("…, Microsoft says"), a
leading "X says …" and "Name: …". Also the asides around a reported clause: the condition opening the sentence before
a parenthetical cue (the speaker's), and a comma-set gloss or adjunct ending it (the author's)."""

from __future__ import annotations

from spacy.tokens import Token

from .clauses import PEOPLE_ENTITIES
from .cues import SUBJECTS, Reading, Speech, end_of, form_at, load_cues, record
from .descriptions import TITLES
from .parse import is_inverted_condition
from .reference import COLLECTIVE_NOUNS
from .source_phrase import RELATIVE_TAGS, phrase_span
from .sources import inverted_subject, is_nobody, speaker_of

# Nouns by which a headline's words after "Name:" describe that person rather than quote them
ROLE_NOUNS = frozenset(TITLES.values()) | {"author"}
# A clause opening with one of these before a parenthetical cue is part of what it reports ("If …, X said, …")
CONDITIONS = frozenset({"if", "unless"})
MEASURES = frozenset("bar threshold standard basis grounds difference distinction excuse reason need".split())
TELLING = frozenset("tell tells told telling inform informs informed informing remind reminds reminded reminding "
                    "assure assures assured assuring warn warns warned warning brief briefs briefed briefing".split())


def clause_before_trailing_cue(cue: Token) -> tuple[int, int] | None:
    """"Among the dead was X, Iran 's news agency reported .": the clause before a comma that opens the cue's
    own clause (its subject, the cue, adjuncts) when that clause ends the sentence; not the cue's own adverbial
    clause ("After an Iranian drone entered Israeli airspace, Israel responded by shooting it down")."""
    doc, sentence = cue.doc, cue.sent
    if any(c.dep_ == "advcl" and c.i < cue.i or c.dep_ == "prep" and c.left_edge.i == sentence.start
           or c.dep_ == "ccomp" and c.i < cue.i and is_inverted_condition(c) for c in cue.children):
        # "Speaking to reporters, Pompeo responded …", "Had Assad …, the world responded", "After months of holding
        # its fire …, Hamas has responded forcefully to …, firing rockets": the cue's own adverbial
        return None
    subjects = [c for c in cue.children if c.dep_ in SUBJECTS and c.i < cue.i]
    inverted = inverted_subject(cue) if not subjects else None  # "…, report US media ."
    if subjects and (subjects[-1].tag_ in RELATIVE_TAGS or is_nobody(subjects[-1])) or not (subjects or inverted):
        return None  # "…, who has been charged …", "…, none of which have been confirmed"
    # the nearest subject: the parser may give the cue another one from the clause before ("…, and Buttigieg, at 47
    # percent to 39 percent, pollsters found")
    comma = subjects[-1].left_edge.i - 1 if subjects else cue.i - 1
    comma -= doc[comma].tag_ == "''" and doc[comma - 1].text == "," and not any(  # "… becoming “an apartheid
        t.text == ":" for t in doc[sentence.start:comma])  # state,” Kerry told"; not "said as much: “…,” he said"
    kinds = ("prep", "npadvmod", "advmod", "punct") + (("dobj", "dative") if cue.lower_ in TELLING else ())
    adjuncts = {t.i for c in cue.children if c.i > cue.i and (c.dep_ in kinds  # "…, an official told The AP ."
                                                               or c.dep_ == "advcl" and c.tag_ == "VBG")
                for t in c.subtree} | ({t.i for t in inverted.subtree} if inverted is not None else set())
    if comma <= sentence.start or doc[comma].text != "," \
            or any(not t.is_punct and not t.is_space and t.i not in adjuncts for t in doc[cue.i + 1:sentence.end]):
        return None
    host = doc[sentence.start:comma]
    if not any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in host):
        return None
    return host.start_char, end_of(host[-1])


def read_headline_cue(reading: Reading, start: int, end: int) -> None:
    """The cues read in a headline (whose parse is otherwise too rough to trust): a verb cue that ends it after a
    comma, with its subject ("Russian hackers targeting US thinktanks, Microsoft says"), a name and a present-tense
    cue that open it ("Trump says 'rogue killers' could be to blame"), or a person's full name and a colon before a
    clause that names no role ("Rep. Adam Schiff: House Republicans poised to derail probe"; not "Jeff Sessions: US
    attorney general hits back"); recorded if found."""
    colon = reading.text.find(":", start, end)
    name = reading.doc.char_span(start, colon, alignment_mode="expand") if colon > start else None
    after = reading.doc.char_span(colon + 1, end, alignment_mode="contract") if name is not None else None
    if name is not None and after is not None and 2 <= len(name) <= 5 and name[-1].ent_type_ == "PERSON" \
            and all(t.tag_ == "NNP" or t.is_punct for t in name) and any(t.tag_.startswith("VB") for t in after) \
            and not any(t.lower_ in ROLE_NOUNS for t in after):  # "Jeff Sessions: US attorney general hits back"
        reading.found.append(Speech("indirect", (start, end_of(name[-1])), None, ((after.start_char, end),), (),
                                    None, "headline after a name and a colon"))
        return
    words = [t for t in reading.doc.char_span(start, end, alignment_mode="expand") or () if t.is_alpha]
    if _read_leading_cue(reading, words, end):
        return
    found = form_at(reading, words[-1], reading.cues.verbs) if words else None
    content = clause_before_trailing_cue(words[-1]) if found and found[1] == 1 else None
    subject = speaker_of(words[-1], reading.quoted_tokens) if content else None
    if subject is not None:
        record(reading, words[-1], found[0], 1, phrase_span(subject), [content], "clause before a cue that ends it")


SETTINGS = frozenset("over amid after during before since despite following".split())  # "… over hacking"


def _read_leading_cue(reading: Reading, words: list[Token], end: int) -> bool:
    """"Trump says 'rogue killers' could be to blame": a headline that opens with a name of up to four words (or a
    people's institution: "Indian army says …", or a plural: "Senate Republicans claim …") and a present-tense cue
    before a clause with a verb of its own, not a gerund on a noun or in a setting ("US charges seven Russian spies
    over cyber-hacking" is an act; "Lavrov accuses US of meddling" reports), from after its "that"; recorded if
    found."""
    cue = next((t for t in words[1:5] if t.tag_ == "VBZ" or t.lower_.endswith("s") and t.tag_ == "NNP"
                or t.tag_ == "VBP" and t.nbor(-1).tag_ in ("NNPS", "NNS")), None)  # "Senate Republicans claim that"
    found = form_at(reading, cue, reading.cues.verbs) if cue is not None else None
    if found is None or found[1] != 1 or found[0].complement == "np":
        return False
    name, rest = words[:words.index(cue)], [t for t in words if t.i > cue.i]
    if not all((t.text[:1].isupper() or t is name[-1] and t.lower_ in COLLECTIVE_NOUNS) and not t.tag_.startswith("VB")
               for t in name) \
            or not any(t.ent_type_ in PEOPLE_ENTITIES for t in name) \
            or not any(t.tag_.startswith("VB") and not (t.tag_ == "VBG" and (t.dep_ == "amod" or t.dep_ in (
                "pcomp", "pobj") and t.head.lower_ in SETTINGS)) or t.tag_ == "MD" for t in rest[1:]):
        return False
    first = cue.doc[cue.i + 2] if cue.doc[cue.i + 1].lower_ == "that" and cue.i + 2 < len(cue.doc) else cue.nbor()
    record(reading, cue, found[0], 1, (name[0].idx, end_of(name[-1])), [(first.idx, end)],
           "headline opening with a cue")
    return True


def around_parenthetical_cue(cue: Token) -> list[tuple[int, int]] | None:
    """"Right-wing media, Obama argued, shoulder some of the blame": the parser may give the cue both subjects; the
    host clause is the one before the cue's own (its subject) and the words after the cue's closing comma."""
    doc = cue.doc
    subjects = [c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i]
    if len(subjects) != 2 or doc[subjects[0].right_edge.i + 1].text != "," or cue.i + 2 >= cue.sent.end \
            or doc[cue.i + 1].text != "," or not any(c.i > cue.i + 1 and c.tag_.startswith("VB") for c in cue.children):
        return None
    rest = [t for t in doc[cue.i + 2:cue.sent.end] if not t.is_punct and not t.is_space]
    host = subjects[0]
    return [(host.left_edge.idx, end_of(host.right_edge)), (rest[0].idx, end_of(rest[-1]))] if rest else None


def with_preposed_condition(cue: Token, clause: Token, span: tuple[int, int]) -> list[tuple[int, int]]:
    """The content spans of a cue's clause after it, with the condition that opens the sentence before the cue's
    subject when a comma sets the clause off after the cue ("If the president is prepared …, Mr. McConnell said,
    “I believe he will have support”"; not "If Trump was bothered, he told reporters that …": the author's)."""
    subject = next((c for c in cue.children if c.dep_ in SUBJECTS and c.i < cue.i), None)
    condition = next((c for c in cue.children if c.dep_ == "advcl" and c.i < cue.i and any(
        m.dep_ == "mark" and m.lower_ in CONDITIONS and m.i == c.left_edge.i == cue.sent.start for m in c.children)
        and any(k.dep_ in SUBJECTS for k in c.children)), None)
    set_off = any(t.text == "," and t.idx < span[0] for t in cue.doc[cue.i + 1:clause.i])
    if clause.i < cue.i or condition is None or subject is None or not set_off:
        return [span]
    before = cue.doc[subject.left_edge.i - 1]
    closing = before.tag_ == "''" and cue.doc[before.i - 1].text == ","  # “…, ” Mr. X said
    if not (before.text == "," or closing):
        return [span]
    return [(condition.left_edge.idx, end_of(before if closing else cue.doc[before.i - 1])), span]


def opens_after_colon(reading: Reading, cue: Token, clause: Token) -> bool:
    """Whether the cue's own clause opens after a colon that follows ``clause``, its subject there ("The precedent
    exists: … a federal judge granted the House access"; not a colon inside the quotation the cue follows)."""
    quoted = reading.quoted_tokens
    colon = next((t.i for t in cue.doc[clause.i:cue.i] if t.text == ":" and (t.i not in quoted or cue.i in quoted)),
                 None)
    return colon is not None and any(k.dep_ in SUBJECTS and colon < k.i < cue.i for k in cue.children)


def past_opening_adjunct(cue: Token, clause: Token, span: tuple[int, int]) -> tuple[int, int]:
    """A that-clause the parser ended after the adjunct that opens it, run on to the end of its main clause: in "The
    Post reported that, after the source stopped paying, a lawyer … retained Fusion GPS", the parser makes "retained"
    the head of the cue."""
    doc, head = cue.doc, cue.head
    mark = next((m for m in clause.children if m.dep_ == "mark" and m.lower_ == "that"), None)
    if mark is None or cue.dep_ != "ccomp" or doc[mark.i + 1].text != "," or head.i <= clause.right_edge.i \
            or (head.lower_,) in load_cues().verbs:  # "… that, in 2016, the firm was paid, officials said"
        return span
    last = max((t for t in head.subtree if not t.is_punct), key=lambda t: t.i)
    return span[0], end_of(last)


def without_trailing_gloss(reading: Reading, clause: Token, span: tuple[int, int]) -> tuple[int, int]:
    """A reported clause's span without the author's gloss that ends it after a comma: an indefinite description of
    a name ("… the fate of Jamal Khashoggi, [a U.S.-based journalist whose disappearance has sparked an outcry]") or
    of the clause's event ("…, [an attack the intelligence community has blamed on Russia]"); not of a common noun
    ("arrested a suspect, a 24-year-old man …": the source's), nor inside a quotation (the speaker's)."""
    doc = clause.doc
    words = [t for t in clause.subtree if not t.is_punct and span[0] <= t.idx < span[1]]
    if not words:
        return span
    gloss = next((g for g in clause.subtree if g.dep_ in ("appos", "npadvmod") and g.tag_ in ("NN", "NNS")
                  and g.right_edge.i >= words[-1].i and doc[g.left_edge.i - 1].text == ","
                  and g.left_edge.lower_ in ("a", "an") and not any(t.i in reading.quoted_tokens for t in g.subtree)
                  and (g.dep_ == "npadvmod" or g.head.tag_ == "NNP")  # not "a suspect, a 24-year-old man …"
                  and span[0] < g.left_edge.idx), None)
    return (span[0], end_of(doc[gloss.left_edge.i - 2])) if gloss is not None else span


def before_comma_adjunct(noun: Token) -> Token:
    """The last token of an object, before a prepositional phrase or relative clause set off by a comma ("announced
    the arrest of 11 princes, in what appears to be a decisive move", "denied any knowledge of that meeting, which has
    become …": the comment is the author's)."""
    asides = [c for c in noun.children if c.dep_ == "prep"] + [c for c in noun.subtree if c.dep_ == "relcl"]
    aside = min((c for c in asides if c.left_edge.i > noun.i + 1 and noun.doc[c.left_edge.i - 1].text == ","),
                key=lambda c: c.i, default=None)  # ", which has become …": the author's
    return noun.doc[aside.left_edge.i - 2] if aside is not None else noun.right_edge


def is_spliced_clause(cue: Token, clause: Token) -> bool:
    """"Before the elections, sources tell Fox News, Republicans sought to …": the parser joins the clause a
    parenthetical cue comments on to the cue as a conjunct with no "and"; it has its own subject, after a comma."""
    return clause.dep_ == "conj" and clause.i > cue.i and not any(c.dep_ == "cc" for c in cue.children) \
        and clause.doc[clause.left_edge.i - 1].text == "," and any(c.dep_ in SUBJECTS for c in clause.children)


def is_parenthetical(token: Token) -> bool:
    """"The move, critics said, would…", "…, as McGurk noted": a cue set off inside or after its host clause."""
    marks = [c.lower_ for c in token.children if c.dep_ == "mark"]
    if token.dep_ == "advcl":  # not "as the US maintained an alert": an object other than a listener makes it an act
        return marks == ["as"] and (token.lower_ in TELLING or not any(c.dep_ == "dobj" for c in token.children))
    first = token.left_edge
    return not marks and (first.text in ",—–" or first.i > 0 and token.doc[first.i - 1].text in ",—–")


def host_spans(token: Token) -> list[tuple[int, int]]:
    """The host clause of a parenthetical cue, without the cue's own words: the quotation opening after the cue when
    no subject of the host nor quotation stands before it; both halves when the cue stands inside it ("The move,
    critics said, would hand…", "“In the current situation …,” Lewis says, “I think …”"), else the larger side."""
    host, doc = token.head, token.doc
    if host.dep_ in ("aux", "auxpass"):  # "Russia, he said, is “strengthening …”": the parser hangs it on "is"
        host = host.head
    # A semicolon before the aside ends an independent clause the parser may have hung on the host ("It’s unlikely
    # …; in fact, as the AP notes, it’s their …"): the host starts after it. (One after it may join a list.)
    semicolons = [t.i for t in doc[host.left_edge.i:token.left_edge.i] if t.text == ";"]
    clause = doc[([host.left_edge.i - 1] + semicolons)[-2] + 1:semicolons[-1]] if semicolons else ()
    left = semicolons[-1] + 1 if any(t.dep_ in ("nsubj", "nsubjpass") and t.head in clause for t in clause) \
        else host.left_edge.i  # not a list's: "Representatives of Aleppo, Syria; Mosul, Iraq; and Kabul, he said, …"
    before = (doc[left].idx, end_of(doc[token.left_edge.i - 1])) if left < token.left_edge.i else None
    after_start = token.right_edge.i + 1
    after = (doc[after_start].idx, end_of(host.right_edge)) if after_start <= host.right_edge.i else None
    opens_quote, quoted_before = after is not None and doc[after_start - 1].tag_ == "``", doc[left].tag_ == "``"
    if opens_quote and not quoted_before and not any(c.dep_ in SUBJECTS and c.i < token.i for c in host.children):
        return [after]  # "In March, as he sought immunity …, Kelner said, “Mr. Flynn has …”": not the lead-in
    if before and after and (opens_quote and quoted_before or "," in (doc[token.right_edge.i].text,
                                                                     doc[after_start].text)):
        return [before, after]
    if not after or before and before[1] - before[0] > after[1] - after[0]:
        return [before] if before else []
    return [after]


def is_generic_deed(gerund: Token) -> bool:
    """A gerund after a preposition on an indefinite noun of measure or comparison, naming a kind of deed rather than
    someone's speech: "a relatively high bar for calling on the president to resign", "a difference between asking X
    and …" (not "faced a backlash for claiming that …", "his purpose in saying …")."""
    noun = gerund.head.head
    return gerund.dep_ == "pcomp" and noun.lower_ in MEASURES and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "no", "any") for c in noun.children)
