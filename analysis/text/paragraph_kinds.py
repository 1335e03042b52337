"""What kind each block of an article is: headline, body, caption (no count includes it) or block quote.

A caption is a photo caption or credit, a related link or promo ("See more coverage …:") and the title-case links
listed after it (after a link or poll label, "Read more:", any line not ended by a full stop), a video or audio
player's label, a page's "Advertisement" or "AD" slot, a widget ("Story Continued Below"), an update or contributor
line, the name line under a pull quote, the writer's closing bio, or the headline repeated as a title line."""

from __future__ import annotations

import itertools
import re

from .block_quotes import POST_SIGNATURE, signature_line
from .quotations import WORD_RE, in_marks_throughout

HEADLINE_MAX_WORDS = 25
CAPTION_MAX_WORDS = 40

# A caption line: CNN's "JUST WATCHED … Replay"; "Cover: [photo]"; a related link ("More: Bannon calls Trump a 'great
# man'", "READ: North Korea might …", "Related : Trump Lays Out Case …", "see also …", "Related Video …"); a
# newsletter teaser ("Want the best from … in your inbox?", "Get the Monitor Stories you care about", "Sign up for
# Daily Newsletters"); a copyright line ("© 2018 …", "Copyright © 2019 The Washington Times, LLC."); an editor's note
# on the text ("(This version … corrects", "— Updated Oct. 28.", "(This post was last updated at 1:31 p.m. ET.)"); a
# page's "Advertisement" or "AD" slot, Politico's "Story Continued Below" and a scraper's placeholder ("[pullquote]");
# a contributor line ("— Max Greenwood contributed.", "The Associated Press contributed to this report.", "Jon
# Gambrell in Dubai contributed."); "Click for more from …"; Fox's "More On This..."; NPR's "Enlarge this image toggle
# caption …"; the BBC's "Media playback is unsupported on your device Media caption …"; a promo's label ("Latest:",
# "PHOTOS: Team Obama, where are they now?"), a poll teaser ("… Vote Here Now", "Vote Now:"), a promo ("Special:", "…
# (See Them Now)"), a video's label ("Play Video 2:19 …"), ABC's "Interested in X? Add X as an interest …", a photo
# credit alone ("J. Scott Applewhite/AP", "ABC News")
_PROMO_LABELS = r"urgent|editor['’]s note"  # Newsmax's "Urgent:", "Editor's Note:" over a promo line
_CAPTION_RE = re.compile(r"^\(?\s*(?:©|copyright\s+(?:©|\(c\)|\d{4})|"
                         r"(photo|image|picture|video|photograph|caption|credit|file photo|pictured|"
                         r"just watched|must watch|story highlights|correction|"
                         r"(?:cover|more|related|photos|videos|images|read)(?=\s*:)|"
                         r"see also|see more|related video|"
                         r"want the best from|get the \w+ stories you care about|sign up for [\w ]{0,30}newsletters?|"
                         r"(this|an earlier) version of (this|the) (story|article)"
                         r"|[—–-]*\s*this (story|article|post) (has been|was) (last )?(corrected|updated)"
                         r"|[—–-]*\s*this report (has been|was) last updated)\b"
                         r"|(?:story continues below )?advertisement\s*$|story continued below\s*$"
                         r"|read more(?: from [^:\n]{1,40})?\s*:\s*$|(?-i:AD)\s*$|\[\w+\]\s*$"
                         r"|[—–-]*\s*updated:?\s+(?:on\s+|at\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                         r"[a-z]*\.?\s+\d|\d{1,2}:\d\d)"
                         r"|[—–-]+\s*[\w.’' ]+ contributed\.?\s*$"
                         r"|[—–-]*\s*[\w.,’' ]+ contributed to this (?:report|story)\.?\s*$"
                         r"|(?-i:[A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+)+) (?:and|in) [\w.,’' ]+ contributed\.?\s*$"
                         r"|click (?:here )?for more\b|more on this\W*$|enlarge this image\b"
                         r"|media (?:playback is unsupported|caption)\b"
                         r"|(?:latest|trending|related|sponsored|special|" + _PROMO_LABELS + r")\s*:?\s*$"
                         r"|vote now\s*:?\s*$"
                         r"|.*(?:\?\s*vote here|\bvote here now)\s*$|play video\s+\d{1,2}:\d\d\b[^.]*$"
                         r"|interested in (?P<topic>[^?\n]{1,60})\? add (?P=topic) as an interest\b"
                         r"|.*\(see (?:them|it|more) now\)\s*$|(?:abc|cbs|nbc) news\s*$"
                         r"|[a-z][\w.' -]{1,40}/(?:ap|reuters|afp|getty images|epa)\s*$)", re.I)
# The writer's note that ends an opinion piece ("Andrew P. Napolitano, a former judge, is the senior judicial analyst
# at Fox News", "Ramin Jahanbegloo, the Iranian philosopher, … he is author of …", "… is Senior Editor-at-Large at"):
# about the writer, not the story.
_BIO_RE = re.compile(r"^[A-Z][\w’'-]+(?:\s+[A-Z]\.?)*\s+[A-Z][\w’'-]+\b.*?\b(?:is|was)\s+(?:the\s+|an?\s+)?"
                     r"(?:[\w-]+\s+){0,3}(?i:author|columnist|contributor|fellow|professor|analyst|writer|editor)\b",
                     re.S)
# An agency photo caption ("In this photo released by …, Rouhani briefs media … ( Iranian Presidency Office via AP )",
# "A 2006 file photo shows …", "FILE PHOTO: Mueller departs … REUTERS/Joshua Roberts/File Photo", "… (AP Photo/Evan
# Vucci)", "… at Trump’s inauguration in 2017. Drew Angerer/Getty Images"): longer than other captions, it describes a
# picture, not the story.
# A media player's label ("… Listen · 4:23 4:23", "NPR's Deb Amos On Morning Edition Listen") is one too, and so are
# a photo's line that shows someone at something and ends in its date after a comma ("Adam Schiff speaks … in
# Washington, September 25, 2019.") and a related link led by a label with no space after the colon ("GOP LEADER ON …
# COMMITTEE:Articles establish …", "Russia investigation:Michael Cohen offered …").
_PHOTO_RE = re.compile(r"^(?:In this|An?(?: \d{4})? file) (?:[\w-]+ ){0,3}(?:photo|image|picture)\b|^FILE PHOTO\s*:"
                       r"|\b(?:REUTERS|AFP|AP)/[A-Z][a-z]+(?: [A-Z][\w’'-]*){1,3}(?:/File Photo)?\s*$"
                       r"|\((?:[^()]*\b(?:AP|Reuters|AFP|Getty) Photo|[^()]*\bvia (?:AP|Reuters|AFP|Getty))[^()]*\)\s*$"
                       r"|\b(?:Listen|Watch)\s*·\s*\d{1,2}:\d{2}\b"
                       r"|^(?=.*\b(?:NPR|Morning Edition|All Things Considered|Weekend Edition)\b)"  # a program named
                       r"[^.!?“”\"\n]{3,80}\sListen\s*$"
                       r"|\s\|\s*(?:Getty|AP|Reuters|AFP)\b"  # Politico's credit: "… top diplomat . | Getty"
                       r"|\([^()]*/\s*(?:AP|Reuters|AFP|Getty(?: Images)?)\s*\)\s*$"  # "( Joshua Roberts/Reuters )"
                       r"|^(?![^\n]*\b(?:said|says|told)\b)[^\n“\"]*[.!?]\s+[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
                       r"/(?:Getty Images|AP|Reuters|AFP|EPA)\b[\w/ ]*$"  # no speech: a credit glued to a paragraph
                       r"|\bRead more\s*$"  # a related link: "Why US elections remain 'dangerously …' … Read more"
                       r"|\bCopy this code to your website\b"  # a video player's embed label: "Embed Donald Trump …"
                       r"|^(?!.*\b(?:said|says|told)\b).*?\b(?:speaks|stands|walks|arrives|gestures|listens|looks"
                       r"|waves|attends|leaves|delivers|holds|sits|talks|poses|is seen|are seen)\b.+,\s(?:January"
                       r"|February|March|April|May|June|July|August|September|October|November|December)\s\d{1,2},"
                       r"\s\d{4}\.?\s*$"
                       r"|^[A-Z][A-Z’'.,-]+(?:\s+[A-Z][A-Z’'.,-]+){2,}:(?=[A-Z][a-z])(?!.*[.!?”\"]\s*$)"
                       r"|^[A-Z][\w’'-]*(?: [\w’'-]+){0,4}:(?=[A-Z][a-z])(?!.*[.!?”\":]\s*$)")  # "More Cohen:Top …"


# A byline under the headline: a name alone ("Gregory Korte", "By Jane Doe") or an outlet in capitals ("USA TODAY")
_BYLINE = re.compile(r"^\s*(?:(?:By\s+)?[A-Z][a-z][\w.'’-]*(?:\s+[A-Z]\.?)?(?:\s+[A-Z][a-z][\w'’-]*){1,2}"
                     r"|[A-Z][A-Z&.'’-]+(?:\s+[A-Z][A-Z&.'’-]+){0,2})\s*$")

# A related link set in a paragraph as a sentence of its own: "( RELATED : 58 Percent Of Dems Think … )".
INLINE_LINK = re.compile(r"\(\s*(?:related|read more|see also|also read|watch)\s*:[^()]*\)\s*$", re.I)


def paragraph_kinds(text: str, blocks: list[tuple[int, int, str]]) -> list[str]:
    """Headline, body, caption or block_quote (a structural one) for each block."""
    kinds = []
    headline = _words(text, *blocks[0][:2]) if blocks else []
    for i, (start, end, kind) in enumerate(blocks):
        body = text[start:end]
        n_words = len(WORD_RE.findall(body))
        if kind == "heading":
            kind = "headline" if i == 0 else "body"
        elif kind == "body" and i == 0 and len(blocks) > 1 and n_words <= HEADLINE_MAX_WORDS \
                and not body.rstrip("”’\"' ").endswith((".", ":")):  # a lead ending '… a crime . ”' is no headline
            kind = "headline"
        elif kind == "body" and (_CAPTION_RE.match(body) and n_words <= CAPTION_MAX_WORDS
                                 or not re.search(r"[^\W_]", body)  # a rule set as text: "____", "* * *"
                                 or _PHOTO_RE.search(body) and n_words <= 2 * CAPTION_MAX_WORDS
                                 or i > 0 and kinds[0] == "headline" and _words(body) == headline):
            kind = "caption"  # … or the headline again, as a page's title line
        elif kind == "body" and i >= len(blocks) - 2 and i > 1 and n_words <= 2 * CAPTION_MAX_WORDS \
                and _BIO_RE.match(body):
            kind = "caption"  # the writer's note at the end
        elif kind == "body" and 0 < i <= 2 and kinds[0] == "headline" and set(kinds[1:]) <= {"caption"} \
                and _BYLINE.match(body):
            kind = "caption"  # a byline
        elif kind == "body" and i > 1 and kinds[-1] == "caption" and n_words <= HEADLINE_MAX_WORDS and (
                _is_title_line(body) or _after_link_label(text, blocks, kinds)
                and not body.rstrip(" ”’\"'").endswith(".")):
            kind = "caption"  # links listed after "See more coverage …:" ("Exxon’s Climate Cover-Up Just Got …"), or
            # any unfinished line after "Read more:" ("Can Trump fire Attorney General Jeff Sessions?")
        elif kind == "body" and i > 1 and signature_line(body) and in_marks_throughout(text[slice(*blocks[i - 1][:2])]):
            kind = "caption"  # the name line under a pull quote: "Jonah Goldberg, National Review"
        elif kind == "body" and POST_SIGNATURE.search(body):
            kind = "block_quote"  # an embedded social-media post, signed by its author: their words
        kinds.append(kind)
    return kinds


def _after_link_label(text: str, blocks: list[tuple[int, int, str]], kinds: list[str]) -> bool:
    """Whether the captions just before a block hold a link, poll or promo label ("Read more from The Hill:", "Vote
    Now:", "Urgent:", "Editor's Note:")."""
    run = itertools.takewhile(lambda j: kinds[j] == "caption", range(len(kinds) - 1, -1, -1))
    return any(_LINK_LABEL.match(text, *blocks[j][:2]) for j in run)


_LINK_LABEL = re.compile(rf"\s*(?:read more|related|more|see also|vote now|{_PROMO_LABELS})\b[^.!?\n]{{0,40}}:\s*$",
                         re.I)


def _is_title_line(body: str) -> bool:
    """Title case with no closing punctuation: at least three words of four letters or more, nearly all capitalised."""
    long_words = [w for w in WORD_RE.findall(body) if len(w) > 3]
    return len(long_words) >= 3 and sum(w[:1].isupper() for w in long_words) >= 0.85 * len(long_words) \
        and not body.rstrip().endswith((".", "?", "!", ":", "”", '"', "’", "'"))


def _words(text: str, start: int = 0, end: int | None = None) -> list[str]:
    return WORD_RE.findall(text[start:end].lower())
