"""Attribution: statements and who made them (direct and indirect speech, "according to").

:func:`statements` finds every attributed statement of an article with rules over the text,
its tokens and a few lexicons (``toolkit/data/sources/``); every sentence, or remainder of a
sentence, that no rule attributes is a *narrator* statement whose source is the outlet.
:func:`sources` sums them per source; :func:`highlight_statements` shows them coloured by source;
:func:`attribution_issues` lists the problems met on the way (unbalanced quote marks, quotes with
no identifiable speaker, unresolved pronouns).

>>> from toolkit.corpus import Article
>>> art = Article.from_text("“We will win,” said the army chief, Omar Khaled.", outlet="Demo")
>>> st = statements(art)
>>> st[["kind", "source", "cue"]].values.tolist()
[['direct', 'Omar Khaled', 'said']]
>>> st.loc[0, "text"]
'“We will win,”'

Choices (documented here because they shape the table):

- ``text`` of a direct quote includes its quote marks; indirect contents exclude the complementiser
  "that" and the sentence's final full stop.
- "according to A and B": when A and B are of different source types (media and a monitor) the
  statement is repeated once per source (same content span, one row per source); coordinated
  sources of one type ("an officer and two officials told Reuters") stay one group source.
- Quote marks: curly and straight double marks, single marks used as quotation marks (British
  and headline style; apostrophes and possessives are told apart) and « guillemets » alike.
- Pronoun speakers ("he said") are resolved to the most recent compatible source of an earlier
  statement, or to a person who is the subject of a sentence between it and the pronoun ("Tallis
  apologised. “…,” he said"); "he"/"she" skip a source of the other gender when a courtesy
  title, a gendered role or a given name (``given_names.tsv``) says it, and "the Italian", "the
  28-year-old", "one" (of a group) are read like pronouns. Their ``source_start``/``source_end``
  are missing (the name is not in that sentence).
- "The company", "the ministry", "a spokesperson" after a named body are that body (the noun goes
  to ``descriptor``). A transcript line ("Q: …", "SANDERS: …") is its speaker's; "Q" is the
  outlet.
- A singular definite role descriptor with no name ("Syria's defence minister said ...") followed
  at once by a newly named speaker ("General Ali Abbas said ...", or an appositive restating the
  role: "said the head of the force, Mazloum Abdi") is that speaker: its statements take the
  name, and the descriptor stays in the ``descriptor`` column. Cautious: adjacent sentences, no
  other speaker in between, a title that is a rank or agrees with the descriptor's office.
- A title or role glued before a name ("Housing Minister Elena Varga", "Acme Corp spokesman John
  Reed", "Gen. Omar Farid") is no part of the source: the source is the name, the role goes to
  ``descriptor`` (unless a descriptor link above gave one) for all the name's statements, and
  ``source_start``/``source_end`` still span the whole phrase. Courtesy titles ("Mr", "Ms",
  "Sir") are dropped without a descriptor; ranks, offices and "Dr" are kept. An appositive role
  ("Elena Varga, the housing minister, said", "said the finance minister, Ilse Novak") is the
  descriptor too, without its determiner ("housing minister") as the linked descriptors, when
  no glued title or link gave one and its head noun is a person word or an office ("Varga, 45",
  "Varga, in a statement", "Varga, who ..." give none).
- An office whose "of"/"for" complement names a government department ("Secretary of State",
  "Secretary of Defense") is typed ``government``; a named official, executive or aide of a
  body the phrase names is typed after that body ("Acme's chief executive": ``organisation``).
- Relays: a news outlet that passes a statement on is its ``via`` ("“…,” Putin said, according to
  TASS", "…, Zakharova said, RIA Novosti reported", "X was quoted by TASS as saying", "said in a
  statement carried by KCNA", "Yonhap reported, citing a government source, that ..." gives the
  source the government source, via Yonhap). "According to" a body that is no outlet keeps its
  own according-to statement, and the statement inside it is added with that body as ``via``
  ("Erdogan said the talks went well, according to his office": two rows).
- "A and B said" gives one row per source when both are named people or named bodies ("Trump
  and Clinton said", "Shell and BP said"); a body named with "and" ("Securities and Exchange
  Commission") is one source, and a group with a descriptor ("an officer and two officials")
  stays one group source.
- A document is a channel, not a source ("according to a statement from her office": the
  office, channel statement); a channel phrase ending an object content is cut off into
  ``channel`` ("denied the allegations in a statement"); "In the new CBS poll, ..." is the
  poll's according-to statement; "The jury heard that ..." is unnamed, ``reported_to`` the jury.
- No statement where nothing was said: "No group claimed responsibility", "Nobody said", "did
  not say whether", "has not commented", a speech verb with only an adverbial ("replied
  angrily"), "found dead", "declined to be drawn", "according to international law".
- A spokesperson is typed after whom they speak for when the phrase says it: a company, firm or
  named organisation gives ``organisation``, a ministry, department, army or police
  ``government``, a family ``person``; an unsaid or untypable body ("a spokesman said",
  "IDF"), or a bare name the article gives a person ("Clinton spokesman" beside "Hillary
  Clinton"), keeps ``government``.
"""

from __future__ import annotations

import itertools
import re
import sys
import types
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

import numpy as np
import pandas as pd

from toolkit.corpus import (
    FIRST_PERSON_RE,
    QUOTED_RE,
    SECOND_PERSON_RE,
    Article,
    Corpus,
    as_articles,
    is_interview_exchange,
    is_interview_question,
)
from toolkit.display import HTML, highlight
from toolkit.text import _check_backend, _tag, _token_columns, iter_sentence_spans, stopwords

__all__ = [
    "STATEMENT_COLUMNS",
    "SOURCE_COLUMNS",
    "ISSUE_COLUMNS",
    "statements",
    "sources",
    "attribution_issues",
    "highlight_statements",
]

STATEMENT_COLUMNS = [
    "statement_id",
    "doc_id",
    "sent_id",
    "start",
    "end",
    "text",
    "kind",
    "cue",
    "cue_start",
    "cue_end",
    "source",
    "source_type",
    "source_start",
    "source_end",
    "via",
    "reported_to",
    "channel",
    "confidence",
    "method",
    "descriptor",
]
SOURCE_COLUMNS = [
    "source",
    "source_type",
    "statements",
    "words_quoted",
    "first_start",
    "articles",
    "kinds",
    "descriptor",
]
ISSUE_COLUMNS = ["doc_id", "offset", "problem"]
KINDS = ("direct", "indirect", "mixed", "according-to", "narrator")
SOURCE_TYPES = ("person", "organisation", "media", "government", "anonymous", "outlet", "unknown")

OPEN_QUOTES = "“"
CLOSE_QUOTES = "”"
STRAIGHT_QUOTE = '"'
QUOTE_CHARS = OPEN_QUOTES + CLOSE_QUOTES + STRAIGHT_QUOTE
_CLAUSE_CUT_RE = re.compile(
    r",\s+(?:but|however|while|whereas|although|though|yet|which)\b|\s+[—–]\s+|;\s"
    r"|,\s+even\s+(?:as|though|while|after|before)\b"  # "…, even as families marched …"
    # another subject's act alongside: "…, as MPs accused him of hiding the cost"
    r"|,\s+as\s+(?:the\s+|some\s+|many\s+|other\s+)?[A-Za-z]+\s+[a-z]+ed\b"
    # the narrator's comment on what was said: "…, a claim the company denies", "…, a move
    # that could trigger …"
    r"|,\s+an?\s+(?:[\w-]+\s+)?(?:claim|charge|accusation|allegation|assertion|prediction"
    r"|characteri[sz]ation|remark|figure|forecast|estimate|promise|pledge|suggestion|move"
    r"|decision|step|view|position|sentiment|argument|assessment|message|point|notion"
    r"|contention|refrain|red\s+line|verdict|label|description|judgment|judgement)\b"
)
_NONWORD_RE = re.compile(r"[^\w]+")
# a quote a written message reads: "left a comment on the post reading, “…”"; a sign or a
# placard that reads something is no one's statement
_WRITTEN_READING_RE = re.compile(
    r"\b(?P<doc>comment|post|message|note|letter|tweet|caption|e-?mail|text|reply|photo"
    r"|picture|video|image)s?\b"
    # ("shared a photo of the picket line on Facebook, captioned “…”")
    r"[^.:;“”\"]{0,60}?\b(?P<cue>reading|(?:that|which)\s+read|(?<=,\s)captioned)\s*,?\s*$"
)
_CAPITALISED_RUN_RE = re.compile(r"[A-Z][\w&.-]*(?:\s+(?:&\s+)?[A-Z][\w&.-]*)+")
# a reporter's interview: "Channel 2's Tyisha Grant talked to a neighbor who …"
_INTERVIEWED_RE = re.compile(
    r"\s+(?:(?:talked|spoke|chatted)\s+(?:to|with)|interviewed|caught\s+up\s+with)\s+"
    r"(?P<who>(?:an?\s+|one\s+)?[^.,;:“”\"]+?)(?=\s+who\b|\s*[.,;:]|\s+(?:on|at|in|after)\s)"
)
_REPORTER_RE = re.compile(
    r"(?:’s|'s)\s+[A-Z]|\b(?:reporter|correspondent|journalist|editor|anchor)\b", re.I
)
# a quote that quotes someone: "“He said, ‘If anything happens to me, look at Dustin,’” …"
_QUOTED_SAYING_RE = re.compile(
    r"(?:[“\"]|[.!?]\s)\s*(?P<who>He|She)\s+(?P<cue>said|told\s+me|would\s+say|kept\s+saying)\s*,?\s*"
    r"(?P<open>[‘'])(?=\w)"
)
# a court's or an authority's ruling: "holding that the grounds were vague" (not "held that day")
_HELD_THAT_RE = re.compile(
    r"\s+that\s+(?!day|week|month|year|morning|afternoon|evening|night|time|meeting|session"
    r"|position|post|seat|title|record|office|view)\b"
)
# "expressed concern that …", "voiced hope that …": a stated concern or hope (the cue runs to
# the noun, and to a quote mark around both: 'the committee “expressed concern” that')
_EXPRESSED_RE = re.compile(
    r"\s+(?:(?:its|their|his|her|some|deep|grave|serious|strong|cautious)\s+)*"
    r"(?:concerns?|hopes?|confidence|regret|doubts?|fears?|optimism|surprise|disappointment"
    r"|frustration)[”\"]?(?=\s+that\b)"
)
# "made (it) clear that …", "made it plain": a claim (the cue runs to "clear")
_MADE_CLEAR_RE = re.compile(r"\s+(?:it\s+)?(?:abundantly\s+|very\s+)?(?:clear|plain)(?=\s+that\b)")
# a nickname in quote marks: '"Dags"', '“The Rock”'
_NICKNAME_RE = re.compile(r"[“\"‘'][A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}[”\"’']")
# a statement passed on in the passive: "had been informed by their union representative that"
_PASSIVE_RELAY_RE = re.compile(
    r"\b(?:had|have|has)\s+been\s+(?P<cue>told|informed|assured|warned|advised|promised)"
    r"\s+by\s+(?P<who>[^,;:“”\"]{3,80}?)\s+that\s+"
)
# the name an unnamed person goes by, after the descriptor: ", who goes by the call sign “Lis,”"
_CALL_SIGN_AFTER_RE = re.compile(
    r"[^,.;]{0,60}?,\s+who\s+(?:goes|went|is\s+known|was\s+known|asked\s+to\s+be\s+identified)"
    r"\s+(?:by|as)\s+(?:(?:the|a|his|her)\s+)?(?:call\s*sign|nickname|nom\s+de\s+guerre"
    r"|pseudonym|first\s+name|name)\s+(?:of\s+)?[“\"‘']?(?P<name>[A-Z][\w’'-]+)\b"
)
# participles that tie a person to a unit with "to": "an officer attached to the division"
_ATTACHED_PARTICIPLES = frozenset("attached assigned seconded deployed".split())
# participles between data and its source: "Figures released by the Department of Education show"
_DATA_PARTICIPLES = frozenset(
    "released published compiled collected provided obtained gathered issued".split()
)
# what opens an aside on a document between its name and the cue: "The memo, dated Sept. 3,
# recommends", "The draft, due to be presented on 3 December, says"
_DOCUMENT_ASIDE_WORDS = frozenset(
    "dated addressed signed sent written due expected scheduled published released seen"
    " obtained leaked circulated drawn".split()
)
# a name in quote marks, a comma inside its closing mark allowed: "“Lis,”"
_CALL_SIGN_RE = re.compile(r"[“\"‘'][A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2},?[”\"’']")
_QUOTED_SAYING_CLOSE = {"‘": "’", "'": "'"}
# a quote's words before a mid-quote "He said, ‘…’" that speak of "him"/"her" and name or
# describe no one else: "“I owe her my life, and I told her so. She said, ‘…’"
_QUOTE_OBJECT_ONLY_RE = re.compile(
    r"[“\"](?=[^”\"]*\b(?:her|him)\b)(?![^”\"]*(?:\b(?:[Oo]ne|[Aa]nother|[Ss]ome(?:one|body)"
    r"|[Aa]n?\s+(?:\w+\s+)?(?:man|woman|boy|girl|guy|lady|officer|soldier|doctor|nurse))\b"
    r"|(?<=[a-z,]\s)[A-Z][a-z]))[^”\"]*[.!?]"
)
# someone else's words inside a quote, after a sentence start: "“Her phone is off. The police
# told us she is ‘giving an explanation,’ nothing more,”", "“I put the money under the fruit.
# Khairul said it was safer that way …,”"
_QUOTE_RELAY_RE = re.compile(
    r"(?:(?<=[“\"])|(?<=[.!?]\s)|(?<=[.!?]\s\s))\s*"
    r"(?P<who>(?:[Tt]he|[Mm]y|[Oo]ur)\s+(?:[a-z]+\s+)?[a-z]+"
    r"|[A-Z][\w’'-]+(?:\s+(?:bin|binti|van|de|al|el)?\s*[A-Z][\w’'-]+){0,2})"
    r"\s+(?:also\s+|always\s+|once\s+|later\s+)?(?P<cue>said|told\s+(?:me|us|him|her|them)"
    r"|claimed|insisted|warned|promised|assured\s+(?:me|us)|kept\s+saying)\s*(?:that\s+)?,?\s*"
)
# where a sentence inside a quote ends: "… it was safer that way. Nobody …", "…,”"
_QUOTE_SENTENCE_END_RE = re.compile(r"[.!?](?=\s|[”\"’]|$)|,?\s*[”\"](?=\s|$)")
# a sentence's end or a paragraph's (a headline, a caption without a full stop)
_SENTENCE_BREAK_RE = re.compile(r"[.!?][”\"’']?\s+(?=[A-Z“\"‘'])|\n\s*\n")
_GENDERED_PRONOUN_RE = re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Ss]he|[Hh]er|[Hh]ers)\b")
_NOT_QUOTE_RELAY_WHO = frozenset(
    "it this that there these those they we i he she you everyone everybody nobody someone "
    "somebody people one what which who then so but and yes no mine ours as".split()
)
# a name word after "bin": "Abdul Rahman bin Said" (not the verb)
_PATRONYMIC_PARTICLES = frozenset({"bin", "bint", "ibn", "binti", "binte"})
_AFTER_NAME_PARTICLE_RE = re.compile(
    r"[A-Z][\w’'-]*\s+(?:" + "|".join(sorted(_PATRONYMIC_PARTICLES)) + r")\s+$"
)
# whom testimony is given to: "told jurors", "told the court"
_TESTIMONY_AUDIENCE_RE = re.compile(
    r"(?i)(?:the\s+)?(?:jurors|jury|court|hearing|inquiry|tribunal|committee|judge)"
)
# a lower-case role before a name in a source phrase: "the commander, Captain Oleh Marchenko"
_LEAD_ROLE_RE = re.compile(r"(?:(?:the|The)\s+)?([a-z][\w\s’'-]*?),\s")
_FRONTED_TIME_ENDS = frozenset("later earlier afterwards afterward then ago".split())
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "it": "it", "us": "we", "me": "i"}
_COLLECTIVES = frozenset("family families couple parents relatives band group team crew".split())
_TRAILING_CONJ_RE = re.compile(r"[\s,]+(?:and|but|or)$")
_DOCUMENT_NOUNS = frozenset(
    "report reports statement records data figures video memo letter documents filing filings"
    " survey poll study analysis".split()
)
# what is said or written that can defend or support something: "his speech defending …"
_SPOKEN_NOUNS = frozenset(
    "speech speeches remarks testimony interview op-ed article ad ads advert video post tweet"
    " essay column brief letter book editorial campaign message".split()
)
# a closing frame of another speaker after a content: "…, one Lib Dem aide said."
_CLOSING_FRAME_RE = re.compile(
    r",\s+(?P<src>(?:he|she)\s+|(?:(?:the|a|an|one|two|three|several|some|another|[A-Z][\w’'.-]*)\s+)"
    r"(?:[\w’'.-]+\s+){0,5}?)(?P<cue>said|says|added|told\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
    r"(?:\s+on\s+\w+day|\s+(?:late|early)?\s*\w+day)?"
    # "…, the company said Wednesday, dealing a blow to …": an aside on the news, no content
    r"(?:,\s+(?P<ger>[a-z]+ing)\b[^“”\"]*?)?\s*[.!]?\s*$"
)
# a passive quoting: "was quoted as saying"
_PASSIVE_QUOTED_RE = re.compile(r"(?:was|were|is)\s+(?:also\s+)?quoted\s+as\s+(?:saying|telling)")
# a name given to someone: "calling her “Lerato”."
_CALLING_NAME_RE = re.compile(
    r"call\w*\s+(?:her|him|them)\s+[“\"‘'][A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?[”\"’']\s*[.,;]"
)
# a name people at large give someone or something: "fans simply called her “la voix de
# Saint-Boniface,”", "roads that locals have taken to calling “förlossningsvägen”" (no article
# or adverb first, up to five words), when such people (``_GROUP_NAMERS_RE``) call it so
_GROUP_NAME_RE = re.compile(
    r"call\w*\s+(?:(?:her|him|them)\s+)?[“\"‘'](?!(?:a|an|the|his|her|their|its|my|our|so|too"
    r"|very|just|utterly|totally|completely|deeply|not)\b)(?:[^\W\d_][\w’'-]*[\s,]*){1,5}[”\"’']"
)
_GROUP_NAMERS_RE = re.compile(
    r"\b(?:fans|locals|friends|colleagues|people|residents|neighbou?rs|admirers|villagers"
    r"|regulars|everyone|pupils|students)\b[^.;:“”\"]{0,30}$"
)
# a name an outlet gives an unnamed source: "Daily Maverick is calling her “Lerato”"
_PSEUDONYM_RE = re.compile(
    r"\b(?:is|are|am|will\s+be|has\s+been|have\s+been)\s+(?:calling|referring\s+to)\s+(her|him)\s+"
    r"(?:as\s+)?[“\"‘']([A-Z][\w’'-]+)[”\"’']"
)
# a sentence closing on a claim a named person answered: "…, a charge Ho denied."
_REBUTTAL_END_RE = re.compile(
    r",\s+(?:a|an|the)\s+(?:charge|claim|accusation|allegation|suggestion)\s+(?:that\s+|which\s+)?"
    r"((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:strongly\s+|flatly\s+|repeatedly\s+)?(?:denied|denies|rejected|rejects|dismissed|dismisses"
    r"|disputed|disputes)(?:\s+[^.;:“”\"]{0,60})?\W*$"
)
# whom a speech verb's "to" phrase names when nothing else follows the verb: "complained to the
# paper" (and people: "to reporters", "to the minister")
_AUDIENCE_NOUNS = frozenset(
    "paper newspaper press media station broadcaster agency magazine outlet website channel"
    " podcast programme program show audience crowd committee inquiry panel court tribunal"
    " regulator council parliament senate congress assembly hearing meeting".split()
)
# a feature's "Ask Morrison what she wants from the weekend, and she laughs.": the one asked is
# the "she" (group 2) of the sentence's second clause and of the quote after it
_ASK_AND_RE = re.compile(
    r"\s*(?:Ask|Mention\s+[^.;:“”\"]{1,60}?\s+to)\s+((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)\s+"
    r"(?:what|whether|if|how|why|when|where|who|about)\b[^.;:“”\"]{0,120}?,?\s+and\s+(he|she)\s+"
    r"[a-z]+"
)
# a claim someone answers in a reduced relative: "…, a charge the minister dismissed as …"
_REBUTTED_NOUNS = frozenset(
    "charge claim accusation allegation assertion suggestion characterization characterisation"
    " description criticism account version assessment comparison argument notion".split()
)
# who a generic relative clause is about: "anyone who thinks …", "those who believe …"
_GENERIC_PEOPLE = frozenset(
    "anyone anybody everyone everybody someone somebody whoever those people one".split()
)
# why a source is unnamed, right before a cue: "speaking on condition of anonymity because they
# (were not authorised to discuss)/(feared)"
_ANONYMITY_REASON_RE = re.compile(
    r"(?:anonymity|not\s+to\s+be\s+(?:named|identified)),?\s+(?:because|as|since)\s+"
    r"(?:he|she|they|it|the\s+\w+|(?:his|her|their|its)\s+\w+)\s+"
    r"(?:(?:was|were|is|are|had|has|have|did|do|does)\s+"
    r"(?:not\s+|n[o’']t\s+)?(?:been\s+)?)?(?:\w+ly\s+)?(?:\w+\s+)?$"
    # ("… because the roadshow had not been formally announced, told the GNA")
)
# adverbs between "is" and the participle of a passive ("is now expected to")
_PASSIVE_ADVERBS = frozenset("not n't never also widely still now generally largely".split())
# a plural head with a list of names: "the finance ministers of the Netherlands, Sweden and
# Finland", "residents of Hull, Leeds and York"
_NAME_ITEM = r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
_PLURAL_OF_LIST_RE = re.compile(
    r"\b[A-Za-z][a-z]+s\s+(?:of|from)\s+"
    + _NAME_ITEM
    + r"(?:,\s+"
    + _NAME_ITEM
    + r")+,?\s+(?:and|or)\s+"
    + _NAME_ITEM
)
# a country before a person's name: "Poland's Tomasz Wróbel"
_PLACE_OWNER_RE = re.compile(
    r"\s*(?:[Tt]he\s+)?([A-Z][\w.-]+(?:\s+[A-Z][\w.-]+){0,2})(?:[’']s|(?<=s)[’'])\s+"
    # ("Pacífico Securities'", "The Progress Party's")
)
# a body's name listing its portfolios: "Faculty of Architecture, Design and Urbanism"
_BODY_OF_LIST_RE = re.compile(
    r"\b(?:of|for)\s+" + _NAME_ITEM + r"(?:,\s+" + _NAME_ITEM + r")+,?\s+(?:and|&)\s+" + _NAME_ITEM
)
_GOVERNMENTS_OF_RE = re.compile(
    r"(?:the\s+)?(?:governments|leaders|presidents|prime\s+ministers|foreign\s+ministers"
    r"|foreign\s+ministries|heads\s+of\s+state)\s+of\s+(?=[A-Z])",
    re.I,
)
# a channel's date after the cue: "said in a report (,) published on Tuesday"
_CHANNEL_DATED_RE = re.compile(
    r",?\s+(?:published|released|issued|posted|dated|filed|made\s+public|sent|seen)"
    r"(?:\s+(?:on|in|late|early|last|this|earlier|overnight|the\s+same)\b[^,;:“”\"]{0,40}?)?"
    r"(?=\s+that\b|\s*[,.;:]|\s*$)"
)
# what a narrator piece cut before a speaker ends with: "… — the army said", "…, where he said"
_NARRATOR_TAIL_RE = re.compile(
    r"[\s,;:—–]+(?:(?:the|a|an|The|A|An|and|but|where|when|(?:at|in|during)\s+which)\s*)?$"
)
# "In her telling, …", "In Okafor's view, …", "In the minister's words, …"
_IN_VIEW_RE = re.compile(
    r"In\s+(?P<who>his|her|their|its|(?:the\s+)?[\w.-]+(?:\s+[\w.-]+){0,3}['’]s?)\s+"
    r"(?:own\s+)?(?P<noun>view|telling|words|account|estimation|opinion|judge?ment|reckoning"
    r"|assessment|analysis|version)\s*,\s*"
)
# a sentence adverb opening a content that precedes its frame is the narrator's link
_LEAD_ADVERB_RE = re.compile(
    r"(?:Separately|Meanwhile|Elsewhere|In\s+addition|Additionally|Moreover|Furthermore"
    r"|Nonetheless|Nevertheless|However|Still|Instead|Also)\s*,\s*"
)
_SAY_LEMMAS = frozenset("say tell state announce report claim write argue insist warn".split())
_ONLY_TIME_RE = re.compile(
    r"(?:(?:just\s+|only\s+)?(?:a|an|one|two|three|several|some|a\s+few|\d+)\s+(?:more\s+)?"
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+(?:later|after(?:wards)?|ago)"
    r"|(?:soon|shortly|moments?|not\s+long|much|days|hours|weeks)\s+(?:after(?:wards)?|later)"
    r"|later(?:\s+that\s+\w+)?|afterwards|immediately|quickly|swiftly|promptly|publicly"
    r"|privately|(?:on|by|in)\s+(?:social\s+media|twitter|x|instagram|facebook))",
    re.I,
)
_THAT_RE = re.compile(r"\sthat\s")
_QUOTE_OR_BREAK_RE = re.compile("[" + re.escape(QUOTE_CHARS) + "]|\n\n")
_WORD_RE = re.compile(r"\w+(?:[-’']\w+)*")
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
_AUX = {
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "can",
    "did",
    "does",
    "do",
    "was",
    "is",
    "were",
    "are",
    "be",
    "been",
    "should",
    "may",
    "might",
    "must",
    "’s",
    "'s",
    "not",
    "n’t",
    "n't",
}


def _plural_head_before(toks: list[_Tok], k: int) -> bool:
    """Does a plural head open the prepositional phrase that ends before ``toks[k]``
    ("Records from the Ohio Department of Development", "Figures released by the Department of
    Education", "Figures from the CSSF"; not "the U.S. State …")?"""
    j = k - 1
    while j >= 1 and k - j < 10:
        if toks[j].lower in ("from", "of", "by", "at", "for"):
            head = toks[j - 1]
            if head.lower in _DATA_PARTICIPLES and j >= 2:
                head = toks[j - 2]  # "Figures released by the Department of Education"
            if (
                head.pos in ("NNS", "NNPS") and not head.lower.endswith(("'s", "’s"))
            ) or head.lower == "data":
                return True
        elif toks[j].pos not in ("NNP", "NNPS", "DT", "CC") and not (
            # ("Figures from the ministry show …": a common noun after "the" or an adjective;
            # "the CSSF": an acronym the tagger reads as a common noun)
            (
                toks[j].pos in ("NN", "JJ")
                and toks[j].text.islower()
                and (toks[j - 1].lower == "the" or toks[j - 1].pos in ("JJ", "NN", "VBG"))
            )
            or (len(toks[j].text) >= 2 and toks[j].text.isupper())
        ):
            return False
        j -= 1
    return False


def _is_finite(t: _Tok) -> bool:
    """A finite verb or an auxiliary: what makes a clause."""
    return t.pos in _FINITE or t.lower in _AUX


def _is_possessive(toks: list[_Tok], k: int) -> bool:
    """Is ``toks[k]`` a possessive "'s" before a noun or adjective ("Syria's defence minister"),
    whatever the tagger made of it (it often says VBZ)?"""
    return (
        toks[k].lower in ("'s", "’s")
        and k + 1 < len(toks)
        and (
            toks[k + 1].pos[:2] in ("NN", "JJ")
            # ("Harrow Freight's managing director": a participle as the role's adjective)
            or (
                toks[k + 1].pos in ("VBG", "VBN")
                and k + 2 < len(toks)
                and toks[k + 2].pos in ("NN", "NNS")
                and toks[k + 2].text.islower()
            )
        )
    )


_CUE_ADVERBS = {
    "also",
    "later",
    "previously",
    "repeatedly",
    "then",
    "often",
    "once",
    "again",
    "reportedly",
    "publicly",
    "privately",
    "recently",
    "first",
    "further",
    "separately",
    "frequently",
    "has",
    "had",
    "have",
    "never",
    "since",
    "long",  # "Scientists have long warned" (tagged an adjective)
    "consistently",
}


def _before_cue(t: _Tok) -> bool:
    """An auxiliary or adverb between a source and its cue ("has also", "officially")."""
    return t.lower in _AUX or t.lower in _CUE_ADVERBS or t.pos in ("RB", "RBR", "RBS")


# where or by whom before the question: "Asked on the call whether …"
_ASKED_PLACE_RE = re.compile(
    r"(?:(?:on|at|in|by|during)\s+(?:[\w’'.-]+\s+){1,4}?){1,3}"
    r"(?=(?:whether|if|why|how|what|when|who|where)\b)"
)
_ASKED_RE = re.compile(
    r"\b(?:(?:[Ww]hen|[Aa]fter|[Ii]f|[Oo]nce|[Ww]hile)\s+)?"
    # ("Pressed on whether some practices were refusing …, she denied": a question too)
    r"(?P<cue>[Aa]sked|(?:[Pp]ressed|[Qq]uestioned|[Cc]hallenged)(?:\s+(?:on|about|over))?(?=\s+(?:whether|if|why|how|what|when|who|where)\b))\b"
)
_ASKED_CONTENT_RE = re.compile(
    r"(?:about|whether|if|what|who|whom|whose|why|how|where|which|when)\b"
    r"(?:[^,;.?!:“”\"]|\.(?=\w|\s+[a-z])){2,200}"  # (an abbreviation's stop: "U.S. drones")
)
# "called the plan a disgrace", "calling him a liar": a verdict on someone (object + predicate)
_CALL_NP_RE = re.compile(
    r"\s+(?:him|her|them|it|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|(?:the|his|her|their|its)"
    r"\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)\s+(?:a|an)\s+[a-z]"
    # ("Ahirwar calls it the station’s most important programme")
    r"|\s+(?:it|this|that|him|her|them)\s+(?:the|one\s+of\s+the)\s+(?:[\w'’-]+[’']s\s+)?"
    r"(?:most|best|worst|biggest|greatest|only|single|first|last|least|real)\b"
)
# words that open a clause: a source phrase stops before them, and an embedded clause's subject
# ("... because officials said") counts only right after one
_CLAUSE_OPENERS = frozenset(
    "that because as while after when and but if though although since".split()
)
_PRONOUNS = {
    "he": "sg",
    "she": "sg",
    "they": "pl",
    "it": "it",
    "we": "we",
    "i": "i",
}
_MONTH_WORDS = frozenset(
    "january february march april may june july august september october november december"
    " jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_WEEKDAYS = {
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
}
# the last word of a fronted time phrase before its comma: "Hours later,", "Late Saturday,"
_FRONTED_TIME_WORDS = (
    _FRONTED_TIME_ENDS
    | _WEEKDAYS
    | frozenset("morning afternoon evening night weekend week month year today".split())
)
# pictures whose "showed" depicts, claims nothing: "a video showed waves crashing"
_PICTURE_NOUNS = frozenset(
    "video footage photo photograph image picture map clip livestream camera bulletin".split()
)
# verbs that name a thing, no claim, when "as" follows in an aside: "The park, often described
# as the “Amazon of Odisha”, …", "a stretch known locally as “the Wet Mile”"
_NAMING_VERBS = frozenset("described dubbed billed known called nicknamed".split())
# texts whose terms a gerund spells out, no speaker: "a resolution demanding a ceasefire"
_MEASURE_NOUNS = frozenset(
    "draft resolution resolutions bill bills motion petition amendment measure law legislation"
    " ordinance decree treaty".split()
)
# a name right before its appositive's article: "Mr. Guerrero, a "
_NAME_BEFORE_APPOSITIVE_RE = re.compile(
    r"((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z](?:[\w’'-]+|\.)(?:\s+[A-Z](?:[\w’'-]+|\.)){0,3}),\s+"
    r"(?:an?|the)\s+$"
)
_HONOURS = frozenset({"honour", "honor", "lordship", "ladyship", "worship"})
_DECLINING = frozenset(
    "declined declines declining refused refuses refusing unable unwilling reluctant".split()
)
# what makes a measure's terms no one's statement: "vetoed a draft resolution demanding …"
_REJECTING = frozenset(
    "draft vetoed vetoes veto rejected rejects blocked blocks defeated defeats killed kills"
    " opposed opposes voted".split()
)
# a wire dateline opening a story: "KYIV, March 3 (Reuters) - ", "BRUSSELS — ", "KINGSTON,
# Jamaica — ", "HURRICANE, Washington County - "
_DATELINE_RE = re.compile(
    r"[A-Z][A-Z.'’ /-]{2,30}(?:,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|[A-Z][\w.]+(?:\s+[A-Z][\w.]+){0,2}))?"
    r"\s*(?:\([^()]{1,30}\))?\s*[-—–]{1,2}\s+"
    # "Accra, March 25, GNA - ": a wire's place, date and name in title case
    r"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+[A-Z]{2,6}\s*[-—–]{1,2}\s+"
)
# a body's name listing its fields with commas: "the Philippine Atmospheric, Geophysical and
# Astronomical Services Administration" (the last word is checked against the body words)
_LISTED_BODY_RE = re.compile(
    r"(?:[Tt]he\s+)?(?P<first>[A-Z][\w-]*)(?:\s+(?:(?:for|of|on)\s+)?[A-Z][\w-]*)*"
    r"(?:,\s+[A-Z][\w-]*)+,?\s+and\s+(?:[A-Z][\w-]*\s+)*(?P<head>[A-Z][\w-]*)\b"
    # ("the Fish, Food and Allied Workers union": a body word in lower case after it)
    r"(?:\s+(?P<lhead>union|association|federation|council|party|alliance|group|society)\b)?"
)
# the first word of a body's name that makes it one: "Department for Environment, Food and …"
_BODY_FIRST_WORDS = frozenset(
    "department ministry office institute council commission bureau agency minister secretary"
    " commissioner".split()
)
# a portfolio listed before its office: "Environment, Forest and Climate Change Minister"
_LISTED_PORTFOLIO_RE = re.compile(
    r"[A-Z][\w-]*(?:,\s+[A-Z][\w-]*)+,?\s+and\s+(?:[A-Z][\w-]*\s+){0,3}"
    r"(?:Minister|Ministry|Secretary|Department|Commissioner)\b"
)


def _listed_body(m: re.Match | None) -> bool:
    """Is ``m`` (of _LISTED_BODY_RE or _NUMBERED_BODY_RE) a body's name: its last word a body
    word, or its first one ("Department for …")?"""
    if m is None:
        return False
    first = m.groupdict().get("first") or ""
    return (
        m.group("head").lower() in _lex().body_heads
        # ("The Meteorology, Climatology, and Geophysics Agency")
        or m.group("head").lower() in _BODY_NAME_HEADS
        or first.lower() in _BODY_FIRST_WORDS
        or bool(m.groupdict().get("lhead"))
    )


def _body_name_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the body names with commas in them in ``text[start:end]`` ("the Department for
    Environment, Food and Rural Affairs"): their commas split no phrase.

    >>> t = "A spokesman for the Department for Environment, Food and Rural Affairs said"
    >>> [t[a:b] for a, b in _body_name_spans(t)]
    ['the Department for Environment, Food and Rural Affairs']
    """
    end = len(text) if end is None else end
    spans = [m.span() for m in _LISTED_BODY_RE.finditer(text, start, end) if _listed_body(m)]
    return spans + [m.span() for m in _LISTED_PORTFOLIO_RE.finditer(text, start, end)]


# a channel after an inverted source: "… writes Anika Sorensen in the post"
_SOURCE_CHANNEL_TAIL_RE = re.compile(
    r"\s+(?:in|on)\s+(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+)?(?:post|statement|letter"
    r"|interview|blog|email|note|video|podcast|speech|memo|filing)\s*$"
)
# a seat's member before the name: "Nationals member for Wimmera West Greg Tolhurst"
_SEAT_MEMBER_RE = re.compile(
    r"(?:[A-Z][\w’'-]*\s+){0,3}(?:member|MP|MLA|MLC|MPP|MHA|TD)\s+for\s+(?:[A-Z][\w’'-]*\s+){1,3}?"
    r"(?P<given>[A-Z][\w’'-]+)\s+[A-Z][\w’'-]+"
)
# a speech frame closing the sentence after a comma: "…, league sources told The Athletic on
# Wednesday night."
_TRAILING_SPEECH_FRAME_RE = re.compile(
    r",\s+(?:[\w’'-]+\s+){1,4}(?:said|told|says|tells|reported|reports)"
    r"(?:\s+(?:[A-Z][\w’'.-]*|the|on|in|late|early|last|this|\w+day|night|morning|evening))*"
    r"\s*[.!?]?\s*$"
)
# an office at a department, then the holder's name: "Minister of State at the Department of
# Health Colm Breathnach"
_OFFICE_AT_DEPARTMENT_RE = re.compile(
    r"(?:[A-Z][\w’'-]*\s+(?:(?:of|for)\s+)?){1,4}at\s+the\s+(?:(?:[A-Z][\w’'-]*|of|for|and|&)\s+)"
    r"{1,8}(?P<given>[A-Z][\w’'-]+)\s+[A-Z][\w’'-]+"
)
# a body's name ending in a number: "Police Regional Office 2"
_NUMBERED_BODY_RE = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+)+(?P<head>[A-Z][\w-]*)\s+(?:\d{1,3}|[IVX]{1,4})"
)
# a time opening the clause before its subject: "On Thursday evening Eskom said"
_LEADING_TIME_RE = re.compile(
    r"(?:(?:late|early|earlier)\s+)?on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday)(?:\s+(?:morning|afternoon|evening|night))?\s"
    # "Last month the former accused the latter …"
    r"|(?:(?:late|early|earlier)\s+)?(?:last|this|earlier|later)\s+(?:week|weekend|month|year"
    r"|night|morning|afternoon|evening|spring|summer|autumn|fall|winter)\s"
)
# a time between a source and its cue: "The Commission on Wednesday said" (not "The Mail on Sunday")
_SUBJECT_TIME_RE = re.compile(
    r"\s(?:(?:late|early|earlier)\s+)?(?:on\s+)?(?:monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening|night))?$"
    r"|\s(?:(?:late|early|earlier)\s+)?(?:last|this)\s+(?:week|weekend|month|year|night|morning"
    r"|afternoon|evening)$"
)
# the people who name a thing "what they call …" (a name in use, no claim): "what locals still"
_GENERIC_NAMERS_RE = re.compile(
    r"\bwhat\s+(?:they|locals|residents|people|many|some|rivals|critics|fans|insiders|old-timers"
    r"|veterans|regulars|"
    r"officials|experts|economists|scientists|researchers|activists|campaigners)"
    r"(?:\s+(?:in|at|from|on)\s+[A-Z][\w’'-]*)?"  # ("what critics in Aden call")
    r"(?:\s+(?:still|often|now|sometimes|have|like\s+to))?\s+$",
    re.I,
)
# a content that opens by relaying another's words: "Ashdown had told him (in the tunnel) that",
# "a council engineer had told her", "the then Collector, R. Aravind, had said at a meeting that"
_RELAY_LEAD_RE = re.compile(
    # ("when she presented early results at a conference last year, a representative of one
    # manufacturer told her …": a fronted clause before the teller)
    r"(?:(?:when|after|before|while|once|as)\s[^,;:“”\"]{2,120},\s+)?"
    r"(?!(?:he|she|they|it|we|I|you)\s)[^,;:“”\"]{2,90}?(?:,[^,;:“”\"]{2,60},)?\s+"
    r"(?:had\s+(?:(?:already|previously|earlier|once|repeatedly|also)\s+)?(?:told|said|assured"
    r"|warned|promised|informed|insisted|admitted|claimed"
    r"|instructed|advised"
    # "his son had called him the night before, saying …": the caller's words, passed on
    r"|called|phoned|rung|rang|texted|emailed|messaged)|(?<!was\s)(?<!were\s)(?<!been\s)(?:told|assured|informed|reassured)"
    # "her foreman used to tell his crew that …": what someone said again and again
    r"|(?:used\s+to\s+|would\s+(?:often\s+|always\s+)?)(?:tell|warn|remind|assure))\s"
)
# the subject and teller before an aside cue inside a content: "Vidal, she [alleges]"
_ASIDE_TELLER_RE = re.compile(
    r"[^,;:“”\"]{2,60}(?:,\s+[A-Z][\w’'-]+)?,\s+(?:he|she|they|(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)"
    r"\s+"  # ("Her mother, Agnes, she said, had told her …": a named relative)
)
# ... or a named person's plain past speech verb: "He said Khairul claimed the money was …"
# "Aubin telling her, the week the third doctor died, that …" after "recalls"
_RECALLED_TELLER_RE = re.compile(
    r"((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)\s+"
    r"(?:(?P<cue>telling|warning|assuring)\s+(?:her|him|them|me|us)\b"
    r"|(?P<said>saying)(?:\s+to\s+(?:her|him|them|me|us)\b)?)"
    r"(?:\s*,[^,;:“”\"]{1,80},)?\s+that\s+"
)
_RELAY_NAMED_RE = re.compile(
    r"(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+\s+"
    r"(?:claimed|insisted|admitted|explained|said|conceded|confessed)\s+(?!that\s)"
)
_NOT_RELAY_NAMES = frozenset(
    "the a an this that these those it he she they we i there officials police".split()
)
# what presents an interview before its questions: "sat down with Rappler", "The interview has
# been edited for length and clarity", "[Q&A]", "spoke to the Gazette"
_INTERVIEW_INTRO_RE = re.compile(
    r"\b(?:sat\s+down\s+with|spoke\s+(?:to|with)|talked\s+(?:to|with)|interviewed|interview"
    r"|Q\s*&\s*A|Q\s+and\s+A|edited\s+for\s+(?:length|clarity)|conversation\s+with)\b",
    re.I,
)
# two roles named together, for a later "the former" and "the latter": "Both the Wapda member
# and the secretary were asked to respond"
_ROLE_PAIR_RE = re.compile(
    r"\b(?:[Bb]oth\s+)?the\s+(?P<a>(?:[A-Z][\w-]*\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+and\s+"
    r"the\s+(?P<b>(?:[A-Z][\w-]*\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+(?:were|have|had|are|both)\b"
)
# the same in the second of two coordinated clauses: "Radebe had brought the files to her office
# on a Friday and had told her the province was …"
_RELAY_CONJUNCT_RE = re.compile(
    r"(?!(?:he|she|they|it|we|I|you)\s)[^,;:“”\"]{2,90}?\s+had\s+[^;:“”\"]{2,160}?\s+and\s+"
    r"(?:had\s+)?(?:told|assured|warned|informed|promised)\s+(?:him|her|them|me|us)\s"
    # "… has licensed the test, and that the company has told him it hopes …": a second
    # that-clause with a teller of its own
    r"|[^;:“”\"]{2,200}?,?\s+and\s+that\s+(?:the\s+[a-z]+|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})"
    r"\s+(?:has\s+|had\s+)?(?:told|assured|informed|promised)\s+(?:him|her|them|me|us)\s"
)
# reporting verbs the tagger may read as nouns before "that": "minutes … record that …"
_REPORTING_NOUN_VERBS = frozenset(
    "record records show shows state states note notes suggest suggests indicate indicates"
    " reveal reveals claim claims".split()
)
# a post's words given as its caption: "posted a photo … with the caption “…”"
_CAPTION_RE = re.compile(
    r"\b(?:with|under|and)\s+(?:the\s+|a\s+)?(?:caption|words|message)\s*[:,]?\s*(?=[“\"])"
)
# what a profile page says of its owner, before the cue: "One fan, whose profile says …"
_PROFILE_RE = re.compile(
    r"\bwhose\s+(?:\w+\s+)?(?:profile|bio|biography|page|account|description)\s+$"
)
# kin and mentors whose words a speaker recalls ("She remembers her grandmother telling her: …")
_KIN_WORDS = frozenset(
    "grandmother grandfather grandma grandpa granny aunt uncle mum mom dad coach mentor boss".split()
)
# what a body is cited for in "Environment Agency data", "Eurostat figures" (the source's role)
_DATA_ROLES = ("data", "statistics", "records", "figures")
_LEGAL_SUFFIX_RE = re.compile(r",\s*(?:Inc|Ltd|LLC|Corp|PLC|plc|Pty|GmbH|S\.A|N\.V|AG|SA|NV)\b")
_THOUSANDS_RE = re.compile(r"(?<=\d),\d{3}\b")  # the comma of "11,000"
# a government body named by its field and its country: "Health Canada", "Parks Canada"
_FIELD_COUNTRY_BODY_RE = re.compile(
    r"(?:Health|Transport|Statistics|Parks|Environment|Fisheries|Justice|Tourism|Sport|Service|"
    r"Services|Infrastructure|Immigration|Employment|Heritage|Agriculture|Finance|Defence|"
    r"Public\s+Safety|Indigenous\s+Services|Global\s+Affairs|Natural\s+Resources|Veterans\s+Affairs)"
    # ("Fisheries and Oceans Canada", "Immigration, Refugees and Citizenship Canada")
    r"(?:(?:,\s+|\s+and\s+)[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?){0,3}\s+(?:Canada|Australia|Scotland|"
    r"Ireland|England|Wales|New\s+Zealand|NSW|Victoria|Queensland)"
)
_PP_TAIL_RE = re.compile(r"\s(?:across|from|at|in|of|on|near|with|for|outside|behind)\s")
_RELATIVE = {"who", "which", "that", "whose"}
# auxiliaries between a relative clause's pronoun subject and its verb ("the power it had planned")
_CONTACT_AUXILIARIES = frozenset("had has have would will was is were also once".split())
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
_ACRONYM_RE = re.compile(r"[A-Z]{2,4}|(?=[A-Z]{5,6}\b)[B-DF-HJ-NP-TV-Z]*[AEIOU]?[B-DF-HJ-NP-TV-Z]*")
# a second speaker named by a pronoun or quantifier alone: "…, while another said …"
_OTHER_SPEAKERS = frozenset("another others one some many most few he she they we i".split())
_QUANTIFIERS = frozenset("one some many most several two three four both all each none".split())
# a quantifier standing alone as a subject: "Several said …" (of a group just named)
_BARE_QUANTIFIERS = frozenset("several some many most few dozens".split())  # ("Others" are
# not the group's members just quoted)
# whom a source tells, asks or warns, when not a named outlet: "told reporters", "told analysts"
_TOLD_PEOPLE = tuple(
    "reporters journalists lawmakers legislators senators supporters analysts investors"
    " shareholders employees staff workers students voters jurors colleagues him her them us me"
    " you".split()
)
# "a statement from", "a post by", "a letter issued by": the document is the channel
_DOCUMENT_FROM_RE = re.compile(
    r"(?:(?:an?|the)\s+)?(?:\w+\s+)?(statement|post|letter|note|report|filing|video|press release"
    r"|memo|email|message|tweet|transcript|tally|count|tracker|database)"
    r"\s+(?:(?:issued|released|posted|published|sent|kept|compiled|maintained|signed)\s+)?"
    r"(?:from|by)\s+"
)
# a document as a source phrase, and who published it after a comma
_DOCUMENT_HEAD_RE = re.compile(
    r"(?:(?:an?|the|its|their)\s+)?(?:[\w-]+\s+)?(presentation|report|memo|letter|filing|paper"
    r"|document|submission|briefing|circular|note|statement|review|assessment|analysis)"
    r"(?:\s+(?:to|for|on)\s+[\w ’'-]{1,40})?"
)
_PUBLISHED_BY_RE = re.compile(
    r",\s+(?:published|issued|released|prepared|written|sent|filed|presented|posted|commissioned)"
    r"\s+by\s+(?P<who>(?:the\s+)?[A-Z][\w&’'.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&’'.-]*){0,6})"
)
# a document named as the speaker: "the statement said", "the company's statement said"
_DOCUMENT_SPEAKER_RE = re.compile(
    r"(?:the\s+)?(?:\w+(?:’s|'s)?\s+)?(statement|letter|note|press release|memo|email|post"
    r"|notice|petition|communiqu[eé]|circular|(?:news\s+)?release)",
    re.IGNORECASE,
)
_CONTACT_PRONOUNS = frozenset({"i", "we", "they", "you", "he", "she"})


def _contact_clause_head(chunk: list[_Tok]) -> list[_Tok]:
    """The noun phrase before a relative clause with no "who": "A nurse [I spoke to] said".

    >>> from toolkit.sources import _Tok
    >>> ws = [("A", "DT"), ("nurse", "NN"), ("I", "PRP"), ("met", "VBD")]
    >>> [t.text for t in _contact_clause_head([_Tok(0, 0, w, w.lower(), p, 0) for w, p in ws])]
    ['A', 'nurse']
    """
    for j in range(1, len(chunk) - 1):
        t = chunk[j]
        if (
            t.lower in _CONTACT_PRONOUNS
            and chunk[j - 1].pos in ("NN", "NNS")
            and chunk[j + 1].pos in ("VBD", "VBP", "VBZ")
            and _np_ok(chunk[:j])
        ):
            return chunk[:j]
        if (  # "A petition the group delivered to the office said": a document the body sent
            j == 2
            and chunk[0].lower in ("a", "an")
            and t.lower == "the"
            and chunk[1].pos in ("NN", "NNS")
            and len(chunk) > 4
            and chunk[3].pos in ("NN", "NNS")
            and chunk[4].pos == "VBD"
        ):
            return chunk[:2]
    return []


# a circumstance after a trailing frame ("..., the ministry said, as talks stalled"): not content
# "X, he said, and added that Y": a second cue coordinated after a mid-sentence frame
# ", a figure its chief executive, X, said had …": a noun the relative clause's "said" has no
# object for (its gap), then the clause's subject
_GAP_RELATIVE_RE = re.compile(
    r",\s+(?:a|an|the)\s+[a-z]+(?:\s+[a-z]+)?\s+((?:its|his|her|their|the|[A-Z]))"
)
_ROLE_THEN_NAME_RE = re.compile(r"(?:its|his|her|their|the)\s[^,]{1,60},\s+([A-Z][^,]{1,60}),\s*")
# speech verbs whose "to" infinitive is the speaker's own commitment ("promised to reassign")
_COMMITMENT_LEMMAS = frozenset(
    "promise pledge vow agree offer threaten plan vote decide refuse commit swear".split()
)
# a content that is a call by someone ("his son had called him the night before"), whose
# words a gerund after it gives
_CALLER_RE = re.compile(
    r"(?!(?:he|she|they|it|we|I|you)\s)([^,;:“”\"]{2,60}?)\s+(?:had\s+)?"
    r"(?:called|phoned|rung|rang|texted|emailed|messaged)\s+(?:him|her|them|me|us)\b"
)
# how the outlet came to know, closing a content: "…, The PUNCH learnt."
_OUTLET_LEARNT_RE = re.compile(
    r",\s+(?:[Tt]he\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,2}\s+(?:has\s+)?"
    r"(?:learnt|learned|gathered)\s*[.]?\s*$"
)
# a document opening its sentence as the subject ("The notice, signed by 17 lawmakers,")
_DOCUMENT_SUBJECT_RE = re.compile(
    r"\s*(?:The|This)\s+(?:[\w-]+\s+)?(notice|petition)\s*(?:,[^,;:“”\"]{2,80},\s*)?"
)
# a member for a ward or seat, named by it: "councillor for Newport North & West"
_MEMBER_FOR_RE = re.compile(
    r"(?i:councillor|councilor|member|mp|msp|mla|ms|td|alderman|alderwoman|supervisor)\s+for\s+"
    r"(?:the\s+)?([A-Z][\w’'&., -]{2,60})"
)
# a party's member named by the party: "the Labour member", "the Tory councillor"
_PARTY_MEMBER_RE = re.compile(
    r"(?i:(Labour|Conservative|Tory|Liberal Democrat|Lib Dem|Green|SNP|Independent|Reform|Plaid)"
    r"\s+(?:member|councillor|councilor|MP|MSP|MS|MLA))"
)
_PARTY_TAGS = {
    "labour": "Lab|Labour",
    "conservative": "Con|Conservative",
    "tory": "Con|Conservative",
    "liberal democrat": "LD|Lib Dem|Liberal Democrat",
    "lib dem": "LD|Lib Dem|Liberal Democrat",
    "green": "Green|Grn",
    "snp": "SNP",
    "independent": "Ind|Independent",
    "reform": "Reform|Ref",
    "plaid": "PC|Plaid",
}
# "by June's account, “…”", "in Mehta's words, “…”": whose words a quote is
_BY_ACCOUNT_RE = re.compile(
    r"\b(?:[Bb]y|[Ii]n)\s+(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})[’']s?\s+(?:own\s+)?"
    r"(?:account|words|telling|estimation|view),?\s*$"
)
# a warning or notice described before a colon: "A flash flood warning issued at 1:52 p.m. was
# unusually direct:"
_NOTICE_COLON_RE = re.compile(
    r"(?:An?|The|Its|Their)\s+(?:[\w-]+\s+){0,3}(?:warning|alert|advisory|notice|bulletin)\b"
    r"[^;“”\"]{0,60}?\s+(?:was|is|read|reads|said|says|stated|warned)\b[^:;“”\"]{0,30}$"
)
_OWN_WORDS = "own words"  # the mark of a colon source read from "His post was short:"
# a person's own words described before a colon: "His post was short:", "Her answer was
# blunt:", "His assessment of the decision was blunt:"
_OWN_WORDS_RE = re.compile(
    r"(His|Her|Their)\s+(?:\w+\s+)?(?:post|answer|reply|response|message|verdict|assessment"
    r"|statement|tweet|words|advice|view|reaction|explanation|comment|message)"
    r"(?:\s+(?:of|on|to|about)\s+[^:;“”\"]{1,40})?\s+(?:was|is|were|came)\b[^:;“”\"]{0,40}$"
)
# the sentence after a quote naming its speaker: "That line comes from Anjali Mehta, …",
# "The words were those of Mr Mackie's uncle, Steve Harland, who …", "That was Mai Nguyen, 29"
_NAMED_AFTER_RE = re.compile(
    r"[”\"’']?\s*(?:(?:That|This|The)\s+(?:line|quote|remark|comment|verdict|warning|sentence"
    r"|assessment|words?)\s+(?:comes?|came)\s+from|(?:The|Those)\s+words\s+(?:were|are)"
    r"\s+(?:those\s+)?of|That\s+(?:was|is)(?:\s+(?:the|a)\s+(?:assessment|view|verdict|experience"
    r"|message|warning|conclusion|reaction|take|complaint)\s+of|\s+how)?)\s+"
    r"(?:(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w’'-]+[’']s\s+[a-z]+,\s+)?"  # ("Mr Mackie's uncle, ")
    r"(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})(?=[,.;]|\s+(?:who|in|on)\b)"
)
# a person introduced at the start of the paragraph after a quote: "¶ Marjorie Hale, 74, has …"
_INTRODUCED_NEXT_RE = re.compile(
    r"[”\"’']?[ \t]*\n\s*\n(?P<who>[A-ZÀ-ÖØ-Þ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+){1,2}),\s+"
    r"(?:\d{1,3},|an?\s|the\s)"
)
# "…, attributing the quote to terminal manager Craig Ostrowski."
_ATTRIBUTING_RE = re.compile(
    r"[^.;“”\"]{0,40}?,\s+attributing\s+(?:the\s+)?(?:quotes?|remarks?|comments?|words|statement)"
    r"\s+to\s+(?P<who>[^.;,“”\"]{3,80}?)\s*[.;]?\s*$"
)
_GAP_AFTER_SAID_RE = re.compile(
    r"\s+(?:had|has|have|was|were|is|are|would|could|will|should|might|remained)\b"
)
_ADDED_AFTER_FRAME_RE = re.compile(
    r",\s*(?:and|but)\s+(?:also\s+|later\s+)?([a-z]+)(?=\s+(?:that\b|[“\"]))"
)
_FRAME_TAIL_CLAUSE_RE = re.compile(
    r"^[,;]?\s*(?:as|despite|amid|after|before|while|when|following|ahead\s+of|even\s+as"
    r"|although|though|whereas"
    r"|since|until|because|with|in\s+the\s+wake\s+of|(?:a|one|two|three|\d+)\s+(?:days?|weeks?"
    r"|months?)\s+(?:after|before))\b",
    re.IGNORECASE,
)
# an audience named before the cue: "Speaking to reporters in Kyiv, ...", "In an interview
# with The Associated Press, ...", "Rice, speaking to Sky Sports, said"
_FRAME_AUDIENCE_RE = re.compile(
    r"\b(?:[Ss]peaking|[Tt]alking)\s+(?:to|with)\s+"
    r"((?:the\s+)?(?:[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*)*|reporters|journalists|the\s+press"
    r"|supporters|students|[a-z]+\s+(?:reporters|journalists|supporters)))"
    r"|\b[Ii]n\s+an?\s+(?:\w+\s+)?interview\s+with\s+((?:the\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*)*)"
)
# cues with an object before their "that" clause ("told reporters after the meeting that")
_OBJECT_CUES = frozenset(
    "tell inform warn assure remind convince persuade promise notify advise urge ask show".split()
)
# a reduced relative naming who asked the source or saw the document: "Analysts polled by
# LSEG", "economists surveyed by Reuters", "Emails reviewed by The Post (show)"
_POLLED_BY_RE = re.compile(
    r"\s+(?:polled|surveyed|interviewed|contacted|consulted|questioned|reviewed|obtained|seen)"
    r"\s+by\s+",
    re.IGNORECASE,
)


# participles of a reduced relative on a subject: "Workers interviewed on one estate told …"
_REDUCED_RELATIVE_VERBS = frozenset(
    "interviewed contacted polled surveyed questioned consulted approached reached quoted"
    " commissioned compiled conducted prepared".split()
)


def _bare_one_word_name(name: str) -> bool:
    """A one-word capitalised name that is no given name ("Benfica", "Boeing"): a body the
    tagger cannot type, unlike "Maya".

    >>> _bare_one_word_name("Benfica"), _bare_one_word_name("Maya"), _bare_one_word_name("BP")
    (True, False, False)
    """
    return bool(re.fullmatch(r"[A-Z][a-z]{2,}", name)) and name.lower() not in _given_names()


# an appositive after a name: ", a nurse", ", the housing minister", ", 67"
_APPOSITIVE_AFTER_RE = re.compile(r"[^,]+,\s+(?:[a-z]|\d)")


def _appositive_pair(phrase: str) -> list[tuple[int, int]] | None:
    """The two halves of "Anna Berg, a nurse, and Piotr Nowak, a teacher" (or "Tom Ashworth, 67,
    and his neighbour Carol Ennis", "Anna Berg and Piotr Nowak, a teacher"): two people, one at
    least with an appositive; None for another phrase ("A, B and C", "A and B").

    >>> p = "Anna Berg, a nurse, and Piotr Nowak"
    >>> [p[a:b] for a, b in _appositive_pair(p)]
    ['Anna Berg, a nurse', 'Piotr Nowak']
    >>> _appositive_pair("Trump, Clinton, and Sanders") is None
    True
    """
    cuts = [m.start() for m in re.finditer(r", and ", phrase)]
    if len(cuts) == 1:
        a, b = cuts[0], cuts[0] + len(", and ")
    else:
        cuts = [m.start() for m in re.finditer(r" and ", phrase)]
        if len(cuts) != 1 or "," in phrase[: cuts[0]]:
            return None
        a, b = cuts[0], cuts[0] + len(" and ")
    left, right = phrase[:a], phrase[b:]
    head = re.sub(r"\s*\([^()]{1,15}\)", "", phrase.split(",")[0])
    if "," not in left and head.split()[-1].lower() in _BODY_NAME_HEADS and _one_body_name(head):
        return None  # "The Supervisory and Financial Information Authority (ASIF), the Vatican’s
        # financial watchdog": one body's name with an "and" in it
    role_first = r"[^,]{3,60},\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}"
    # "Clémence Aubry, France's trade minister": a role with a possessor after the name
    possessed = r"[A-Z][^,]{2,40},\s+[A-Z][\w-]*['’]s\s+[a-z][^,]*"
    if not (
        _APPOSITIVE_AFTER_RE.match(left)
        or _APPOSITIVE_AFTER_RE.match(right)
        or (re.fullmatch(possessed, left) and re.fullmatch(possessed, right))
        # "France's trade minister, Clémence Aubry, and Ireland's agriculture minister,
        # Darragh Kinsella": each role before its name
        or (re.fullmatch(role_first, left) and re.fullmatch(role_first, right))
    ):
        return None
    return [(0, a), (b, len(phrase))]


# trade words that end a company's name after "and": "Pacific Gas and Electric"
_TRADE_WORDS = frozenset(
    "electric electrical electronics gas water telephone telegraph steel chemical chemicals"
    " rubber mining oil energy engineering pharmaceuticals textiles shipbuilding".split()
)


def _one_body_name(phrase: str) -> bool:
    """Is "A and B" one capitalised body name ("Securities and Exchange Commission", "Centers
    for Disease Control and Prevention", "Health and Human Services Department")?

    >>> _one_body_name("the Securities and Exchange Commission"), _one_body_name("Trump and Clinton")
    (True, False)
    >>> _one_body_name("Department of Health and Human Services’ Office for Civil Rights")
    True
    """
    fc = _FIELD_COUNTRY_BODY_RE.search(phrase)
    if fc is not None and " and " in fc.group() and not phrase[fc.end() :].strip():
        return True  # "Fisheries and Oceans Canada"
    m = re.search(
        r"([A-Z][\w’'-]*(?:\s+(?:of|for|on|the|[A-Z][\w’'-]*))*)\s+and\s+"
        # ("Medicines and Healthcare products Regulatory Agency": a lower-case word inside)
        r"([A-Z][\w’'-]*(?:\s+(?:of|for|on|the|[a-z]+(?=\s+[A-Z])|[A-Z][\w’'-]*))*)\s*$",
        phrase,
    )
    if m is None:
        return False
    left, right = m.group(1), m.group(2)
    if (
        re.search(r"\s(?!(?:of|for|on|the)\s)[a-z]+\s", right)
        and right.split()[-1].lower() not in _BODY_NAME_HEADS
    ):
        return False  # (only inside a body's name: not "Trump and other Republican leaders")
    if re.search(r"\s(?:of|for|on)\s", left):
        return True  # "Centers for Disease Control and Prevention"
    words = right.split()
    return len(words) >= 1 and (
        words[-1].lower() in _BODY_NAME_HEADS
        # "Pacific Gas and Electric", "Texas Oil and Gas": a trade word, no second name
        or (len(words) == 1 and words[0].lower() in _TRADE_WORDS)
        or (
            len(words) == 1
            and words[0].lower() not in _given_names()
            and left.split()[-1]
            .lower()
            .endswith(("ies", "ics", "ment", "tion", "ure", "ity", "ence", "ance", "ing"))
        )
    )


# what a legislature's "House of …" names
_HOUSES = frozenset(
    "Assembly Representatives Commons Lords Delegates Keys Councillors Councilors Chiefs".split()
)
_BODY_NAME_HEADS = frozenset(
    "commission committee council department ministry office agency bureau authority board"
    " centre center institute institution foundation fund bank service services association"
    " union federation court tribunal corporation company group university college school"
    " hospital trust society league party alliance organisation organization administration"
    " development control prevention security affairs executive chambers academy society"
    " observatory network forum coalition movement front unit confederation assembly secretariat"
    " directorate inspectorate municipality branch chamber division force command corps"
    " regiment battalion brigade fleet".split()
)


# words opening a fronted adverbial clause before its subject ("Before the union announced ...,")
# the subordinators that never open a phrase: "while", not "after the vote"
_CLAUSE_SUBORDINATORS = frozenset(
    "when whenever because although though whereas while unless".split()
)
# a sentence opened by a kin word of someone just named: "Her mother rolls her eyes at that."
_KIN_SUBJECT_RE = re.compile(
    r"\s*(?:Her|His)\s+(mother|father|daughter|son|wife|husband|sister|brother|grandmother"
    r"|grandfather|aunt|uncle|mum|mom|dad)\s+(?!said|says|told|added)[a-z]+"
)
# a relative named in an appositive: "with her husband, Tom Reyes, a boatbuilder"
_KIN_NAMED_RE = re.compile(
    r"\b(?:[Hh]er|[Hh]is|[Tt]heir)\s+(mother|father|daughter|son|wife|husband|sister|brother"
    r"|grandmother|grandfather|aunt|uncle)\s*,\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s*[,.]"
)
_KIN_GENDER = {
    **dict.fromkeys("mother daughter wife sister grandmother aunt mum mom".split(), "f"),
    **dict.fromkeys("father son husband brother grandfather uncle dad".split(), "m"),
}
# family relations, whose bearer the text may name for more than one person ("June's daughter",
# "Carrie's daughter"): the gendered kin words but the familiar ones, and more
_FAMILY_WORDS = (frozenset(_KIN_GENDER) - {"mum", "mom", "dad"}) | frozenset(
    "niece nephew cousin grandson granddaughter widow widower stepson stepdaughter".split()
)
# a speaker heard in a recording, right before a gerund cue: "a caller can be heard telling"
_HEARD_RE = re.compile(
    r"\s+(?:(?:can|could|may|might)\s+(?:also\s+|clearly\s+)?be|(?:is|was|are|were)"
    r"(?:\s+(?:also|later|then|clearly))?)\s+(?:heard|seen)\s+$"
)
# degrees and honours after a name: "Rafael Quintana-Ortiz, MD, PhD, of …"
_CREDENTIALS = frozenset(
    "MD PHD MBBS MBCHB MPH DPHIL RN NP PA JD MBA DO DDS DMD FACC FACP FRCP FRCPC FRCS MSC BSC "
    "MA BA MS FRS OBE CBE MBE KC QC SC DNP PHARMD PSYD EDD LLM LLB".split()
)
_CREDENTIALS_AFTER_RE = re.compile(
    r"(?:\s*,\s*(?:" + "|".join(sorted(_CREDENTIALS)) + r"|Ph\.D|M\.D)\.?(?=[\s,.]))+",
    re.IGNORECASE,
)
# where a paper was presented: "at the European Society of Cardiology (ESC) Congress"
_MEETING_TAIL_RE = re.compile(
    r",?\s*(?:at|during|before)\s+(?:the|a|an)\s+[^,;:“”\"]{1,80}?"
    r"(?:[Cc]ongress|[Cc]onference|[Mm]eeting|[Ss]ummit|[Ss]ession|[Ff]orum|[Ss]ymposium"
    r"|[Cc]onvention)(?:\s+in\s+[A-Z][\w-]*)?\s*[.!?]?"
)
_FRONTING_SUBORDINATORS = frozenset(
    "before after when whenever since once until as because although though while if unless".split()
)
# the same words at the end of the text before a subject, in either case of their first letter
_SUBORDINATOR_RE = re.compile(
    r"(?:^|[\s,])(?:"
    + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in sorted(_FRONTING_SUBORDINATORS))
    + r")\s+(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+)?$"
)
_CHANNEL_HINT_RE = re.compile(r"\b(?:in|on|at|by|via|during)\s", re.IGNORECASE)
# audiences only "told" takes ("urged residents to boil water": the residents are content)
_TOLD_ONLY = r"|parents|residents|shareholders|fans|troops|officers|delegates"
# any short noun phrase told, right before "that": "told new hires that", "told the night staff
# that" (no verb, pronoun or preposition in it)
_TOLD_WHOM_THAT_RE = re.compile(
    r"((?:(?:the|his|her|their|its|some|several|all|many)\s+)?"
    r"(?:(?!(?:that|this|it|he|she|they|we|there|was|were|is|are|had|has|would|will|could|on|in"
    r"|at|by|for|with|from|during|after|before|last|this|about)\b)[\w’'-]+\s+){0,2}"
    r"(?!(?:that|this|it|he|she|they|we|there)\b)[a-z][\w’'-]*s)(?=\s+that\s)"
)
# a short speaker frame after a quote: "“…,” Lee said, (according to his office)"
_SAID_FRAME_RE = re.compile(
    r"\s*,?\s*(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|[Hh]e|[Ss]he|[Tt]hey|[Tt]he\s+\w+"
    # "the company's chief operating officer, Daniel Pruitt,"
    r"|[Tt]he\s+[\w’'-]+(?:\s+[\w’'-]+){0,4}?,\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},)"
    r"\s+(?:said|says|added|told\s+\w+|wrote|stated)"
    # "wrote to regional managers in April 2023"
    r"(?:\s+to\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+)?(?:\s+(?:in|on|last|this)\s+[\w’'-]+(?:\s+\d{4})?)?"
    r"\s*,?\s*"
)
_CARRIED_BY_RE = re.compile(
    r"\s*,?\s*(?:carried|published|released|issued|broadcast|posted)\s+by\s+(?:the\s+)?"
    # ("carried by the state-run Herald newspaper")
    r"(?:(?:state-run|state-owned|government-run|government-owned|pro-government|official)\s+)?"
    r"((?:[A-Z][\w’'.-]*|of|news|agency)(?:\s+(?:[A-Z][\w’'.-]*|of|news|agency)\b)*)"
    r"(?:\s+(?:newspaper|daily|broadcaster|television|channel|radio|website|tabloid))?"
)
# when a cue's speaker spoke, not what: "asked while addressing the protesters"
_CIRCUMSTANCE_GERUND = r"(?:while|whilst|when|after|before)\s+\w+ing\b"
_CITING_RE = re.compile(r"citing\s+((?:[^,;“”\"]|[“\"][^,;“”\"]{1,60}[”\"]){2,80}?)\s*,\s*")
# a trailing frame's relay ending the sentence: "…, Axios reported, citing two US officials."
_CITING_END_RE = re.compile(
    r"(?:\s+(?:on\s+)?(?:[A-Z][a-z]+day|yesterday|today|earlier|(?:late|last|this)\s+\w+))?"
    r",\s*citing\s+([^,;“”\"]{2,80}?)\s*[.!?]?\s*$"  # ("…, Kyodo reported Sunday, citing …")
)
# "according to a filing with Chile's financial market regulator CMF": a document and where it
# went, whose filer the text named before
_FILING_WITH_RE = re.compile(
    r"(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?((?:regulatory\s+|stock\s+exchange\s+)?"
    r"(?:filing|disclosure|submission)s?)\s+(?:with|to)\s+"
)
# a sentence opened by the document that says it: "In the new CBS poll, ...", "In his book, ..."
_IN_DOCUMENT_RE = re.compile(
    r"\s*(?P<cue>In)\s+(?P<doc>(?:the|a|an|its|his|her|their|this|that)\s+(?:[\w’'.-]+\s+){0,6}?"
    r"(?:poll|survey|study|report|book|memoir|memo|letter|analysis|op-ed|column|filing|lawsuit"
    r"|complaint|ruling|indictment|document|review|audit|paper|article|editorial|statement)s?"
    r"(?:\s+(?:of|by|from|for)\s+[^,;]{2,60}?)?)\s*(?:,[^,;“”\"]{0,60})?,\s*"
)
# what "according to" follows when it is no source: a norm, a plan, a measure
_NORM_HEADS_RE = re.compile(
    r"\b(?:laws?|need|needs|plans?|rules?|regulations?|schedule|custom|tradition|protocol|procedures?"
    r"|guidelines|the\s+book|instructions|merit|seniority|size|age|type|priority|script|form)\s*$",
    re.IGNORECASE,
)
# ... but a plan that is a document: "according to the authority's latest schedule"
_DATED_PLAN_RE = re.compile(
    r"\b(?:latest|new|revised|updated|draft|leaked|published|internal)\s+(?:\w+\s+)?"
    r"(?:schedule|plans?|regulations?|guidelines)\s*$",
    re.IGNORECASE,
)
_DEFINITE_BODY_RE = re.compile(
    r"\s*(?:The|the)\s+((?:ministry|company|group|army|military|government|police|agency|department"
    r"|council|commission|committee|party|union|firm|bank|charity|organisation|organization|court"
    r"|club|team|board|embassy|regime|administration))\s+(?!(?:said|says|told|added)\b)[a-z]+"
)
_COURT_HEARD_RE = re.compile(
    r"\s*(?:(?:[A-Z][a-z]+|On\s+\w+),\s+)?(?:[Tt]he\s+)?(?P<aud>jury|jurors|court|tribunal|inquest"
    r"|hearing|trial)\s+(?P<cue>(?:has\s+|had\s+|also\s+)?heard|(?:was|were|had\s+been|has\s+been)"
    r"\s+told)\s+(?:(?:on\s+\w+|earlier|previously)\s+)?(?:that\s+)?"
)
# the parts of "A and B" / "A, B and C"
_LIST_PART_RE = re.compile(r"(?:(?!\s+and\s)[^,])+")
# "told <modifiers> newspaper|broadcaster|... <Name>": the name is the audience, not the modifier
_TOLD_OUTLET_RE = re.compile(
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:newspaper|daily|broadcaster|radio(?:\s+station)?|TV(?:\s+(?:channel|station))?"
    r"|television(?:\s+(?:channel|station))?|channel|station|website|magazine|outlet"
    r"|news\s+agency|news\s+site|tabloid|weekly|podcast|programme|program|show)\s+"
    r"((?:[A-Z]|[a-z]+[A-Z])[\w’'.&-]*(?:\s+(?!(?:on|in|last|this|that|[A-Z][a-z]+day)\b)"
    r"[A-Z][\w’'.&-]*){0,3})"
)
_MEDIA_SUFFIX = {
    "news",
    "agency",
    "newspaper",
    "radio",
    "tv",
    "television",
    "channel",
    "broadcaster",
    "website",
    "daily",
    "magazine",
}
_MODIFIER_SUFFIXES = ("-based", "-backed", "-led", "-run", "-controlled", "-affiliated", "-aligned")
_SURNAME_PARTICLES = frozenset(
    "von van der den de la le du da di del dos das los las ter ten dela binte binti bint i y".split()
)
_NAME_CONNECTORS = {
    "for",
    "of",
    "in",
    "al",
    "el",
    "bin",
    "bint",
    "binte",
    "binti",
    "ibn",
    "de",
    "dela",
    "del",
    "da",
    "dos",
    "la",
    "van",
    "von",
    "the",
    "and",
    "&",
}


# ----------------------------------------------------------------------------------- lexicons
def _cue_class(lemma: str, kind: str) -> str:
    """The cue part of a ``method`` value: said / verb (other speech acts) / cognition / evidence.

    Reported thoughts, beliefs and plans ("believes", "expects") and evidence ("figures show")
    keep their class in ``method`` so that users can filter them apart from speech."""
    if lemma == "say":
        return "said"
    return kind if kind in ("cognition", "evidence", "stance") else "verb"


def _data_lines(name: str) -> list[str]:
    text = resources.files("toolkit").joinpath("data", "sources", name).read_text("utf-8")
    return [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


@dataclass(frozen=True)
class _Lexicons:
    verbs: dict[str, tuple[str, str, bool]]  # form -> (lemma, kind, inverts)
    according: tuple[str, ...]
    channels: tuple[tuple[re.Pattern, str], ...]
    types: tuple[tuple[str, str], ...]  # phrase -> type, longest first
    person_words: frozenset[str]
    titles: tuple[str, ...]
    discourse: frozenset[str]
    time_re: re.Pattern
    countries: frozenset[str] = field(default_factory=frozenset)
    not_content: re.Pattern | None = None
    # titles glued before a name and spokespeople (see _split_title, _body)
    role_words: frozenset[str] = field(default_factory=frozenset)  # role nouns beyond the above
    not_titles: frozenset[str] = field(default_factory=frozenset)
    courtesy: frozenset[str] = field(default_factory=frozenset)  # "mr", "sir": no descriptor
    office_changers: frozenset[str] = field(default_factory=frozenset)  # "vice", "deputy"
    title_abbreviations: dict[str, str] = field(default_factory=dict)  # "sen" -> "senator"
    spokes: frozenset[str] = field(default_factory=frozenset)  # "spokesman", ...
    capitals: frozenset[str] = field(default_factory=frozenset)  # "Beijing" (its government)
    body_heads: dict[str, str] = field(default_factory=dict)  # "company" -> "organisation"
    government_places: tuple[str, ...] = ()  # "downing street", ...
    departments: frozenset[str] = field(default_factory=frozenset)  # "state", "defense"
    not_roles: frozenset[str] = field(default_factory=frozenset)  # "woman": no role
    relational: frozenset[str] = field(default_factory=frozenset)  # "lawyers", "wife" (of X)


@lru_cache(maxsize=1)
def _lex() -> _Lexicons:
    verbs: dict[str, tuple[str, str, bool]] = {}
    for ln in _data_lines("speech_verbs.tsv"):
        lemma, forms, kind, inverts = (c.strip() for c in ln.split("\t"))
        for form in forms.split(","):
            verbs[form.strip()] = (lemma, kind, inverts == "yes")
    according = tuple(ln.split("\t")[0].strip() for ln in _data_lines("according_cues.tsv"))
    channels = tuple(
        (re.compile(ln.split("\t")[0], re.IGNORECASE), ln.split("\t")[1].strip())
        for ln in _data_lines("channels.tsv")
    )
    types = tuple(
        sorted(
            (
                (ln.split("\t")[0].strip(), ln.split("\t")[1].strip())
                for ln in _data_lines("source_types.tsv")
            ),
            key=lambda x: -len(x[0]),
        )
    )
    time_re = re.compile(
        r"(?:" + "|".join(_data_lines("time_adverbials.txt")) + r")\b", re.IGNORECASE
    )
    titles = tuple(sorted((t.strip() for t in _data_lines("titles.txt")), key=len, reverse=True))
    try:
        import pycountry

        countries = frozenset(c.name for c in pycountry.countries) | frozenset(
            getattr(c, "common_name", c.name) for c in pycountry.countries
        )
    except Exception:  # pragma: no cover - optional nicety
        countries = frozenset()
    return _Lexicons(
        verbs=verbs,
        according=according,
        channels=channels,
        types=types,
        person_words=frozenset(w.strip() for w in _data_lines("person_words.txt")),
        capitals=frozenset(w.strip() for w in _data_lines("capitals.txt")),
        titles=titles,
        discourse=frozenset(w.strip() for w in _data_lines("discourse_words.txt")),
        time_re=time_re,
        countries=countries,
        not_content=re.compile(
            r"(?:" + "|".join(_data_lines("not_content.txt")) + r")\b", re.IGNORECASE
        ),
        role_words=_word_set("role_words.txt"),
        not_titles=_word_set("not_titles.txt"),
        courtesy=_word_set("courtesy_titles.txt"),
        office_changers=_word_set("office_changers.txt"),
        title_abbreviations=_word_map("title_abbreviations.tsv"),
        spokes=_word_set("spokes_words.txt"),
        body_heads=_word_map("body_heads.tsv"),
        government_places=tuple(w.strip() for w in _data_lines("government_places.txt")),
        departments=_word_set("departments.txt"),
        not_roles=_word_set("not_roles.txt"),
        relational=_word_set("relational_words.txt"),
    )


def _word_set(name: str) -> frozenset[str]:
    """The words of a one-word-a-line data file."""
    return frozenset(w.strip() for w in _data_lines(name))


def _word_map(name: str) -> dict[str, str]:
    """First column -> second column of a TSV data file."""
    return {a.strip(): b.strip() for a, b, *_ in (ln.split("\t") for ln in _data_lines(name))}


@lru_cache(maxsize=1)
def _according_index() -> dict[str, tuple[list[str], ...]]:
    """The "according to"-like cues by first word (word lists, in the lexicon's order)."""
    index: dict[str, list[list[str]]] = {}
    for phrase in _lex().according:
        words = phrase.split()
        if words:
            index.setdefault(words[0], []).append(words)
    return {w: tuple(c) for w, c in index.items()}


@lru_cache(maxsize=1)
def _passive_re() -> re.Pattern:
    parts = "|".join(re.escape(w.strip()) for w in _data_lines("passive_cues.txt"))
    return re.compile(
        r"\b(?:is|are|was|were|(?:has|have|had)\s+been|being)\s+(?:(?:widely|also|still|now|"
        r"generally|not|largely)\s+)?(?P<part>" + parts + r")\s+to\s+(?!(?:the|a|an|his|her|"
        r"their|its|my|our|your)\b)(?=\w)",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _nominal_re() -> re.Pattern:
    nouns = "|".join(re.escape(w.strip()) for w in _data_lines("nominal_cues.txt"))
    return re.compile(
        r"(?P<poss>\b(?:[Hh]is|[Hh]er|[Tt]heir)|[\w.-]+(?:’s|'s|s’|s'))\s+(?:(?:[a-z]+ly|new|"
        r"earlier|latest|repeated|public|own)\s+)?(?P<cue>" + nouns + r")\s+that\s+"
    )


@lru_cache(maxsize=1)
def _colon_labels() -> frozenset[str]:
    return frozenset(w.strip().lower() for w in _data_lines("colon_labels.txt"))


def _is_colon_label(label: str) -> bool:
    """Does ``label`` open a "Label: text" line without naming a speaker ("CLAIM", "THE
    FACTS", "Analysis"), also after an outlet's initials ("AP FACT CHECK")?

    >>> _is_colon_label("THE FACTS"), _is_colon_label("AP FACT CHECK"), _is_colon_label("Trump")
    (True, True, False)
    """
    low = label.lower()
    first, _, rest = low.partition(" ")
    if re.fullmatch(r"(?:[A-Z0-9][\w’'&.-]*\s+){0,5}[A-Z0-9][\w’'&.-]*", label) and (
        re.search(r"\b(?:[A-Za-z]+\d\w*|\d+[A-Za-z]\w*|(?:19|20)\d\d)\b", label)
        or re.search(
            r"\b(?:Results|Earnings|Preview|Review|Recap|Highlights|Updates?|Verdict"
            # "Champions Cup: La Rochelle snatch late win": a competition, a topic
            r"|Cup|League|Championships?|Premiership|Olympics|Games|Open|Trophy|Series|Grand\s+Prix"
            r"|Tour|Final|Derby)$",
            label,
        )
    ):
        return True  # "Vardhan Consumer Q3 Results: Net profit falls 18%": a topic
    return low in _colon_labels() or (
        bool(rest) and label.split()[0].isupper() and len(first) <= 4 and rest in _colon_labels()
    )


# ------------------------------------------------------------------------------------- quotes
# prepositions opening a second fronted phrase ("In her kitchen, with a cup in hand, X …")
_SECOND_FRONTED_PREPOSITIONS = frozenset(
    "with without in at on after during from under over behind inside outside near beside"
    " despite amid through across along".split()
)
_SMALL_CAPS_LEDE_RE = re.compile(
    r"(?:^|(?<=\n))((?:[A-Z][A-Z’'.-]+\s+){2,7}[A-Z][A-Z’'.-]+)(?=\s+[a-z])"
)


def _small_caps_lede(text: str) -> str:
    """A paragraph opening in capitals, as a feature's small-caps lead-in ("MARCY TOLLIVER
    HAS KNOWN GUNNISON since …"), in title case, so its names read as names (offsets kept).

    >>> _small_caps_lede("MARCY TOLLIVER HAS KNOWN HER since 1990.")
    'Marcy Tolliver has known her since 1990.'
    """

    def title(m: re.Match) -> str:
        run = m.group(1)
        words = list(re.finditer(r"[A-Z][A-Z’'.-]+", run))
        cased = [w.group()[0] + w.group()[1:].lower() for w in words]
        tags = _tag(cased, _check_backend("auto"))
        out, last = [], 0
        for w, c, tag in zip(words, cased, tags, strict=True):
            # (its verbs and function words in lower case: "Fionn Gallagher insisted")
            low = tag[:2] in ("VB", "MD", "RB", "IN", "DT", "PR", "CC", "TO", "WD", "WP")
            if low or c.lower() in stopwords() or c.lower() in _lex().verbs:
                c = c.lower()
            out += [run[last : w.start()], c]
            last = w.end()
        new = "".join(out) + run[last:]
        return new if len(new) == len(run) else run

    return _SMALL_CAPS_LEDE_RE.sub(title, text)


def _double_apostrophes(text: str) -> tuple[str, frozenset[int], frozenset[int]]:
    """Text with ''quote marks'' (two apostrophes, as some archives print them) read as curly
    quotes, keeping every offset: an opening pair becomes ' “', a closing pair '” '. Returns the
    text and the offsets of the opening and closing pairs."""
    if "''" not in text:
        return text, frozenset(), frozenset()
    chars = list(text)
    opens, closes = set(), set()
    for m in re.finditer(r"(?<!')''(?!')", text):
        i = m.start()
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 2] if i + 2 < len(text) else " "
        if (prev.isspace() or prev in "([—–") and not nxt.isspace():
            chars[i], chars[i + 1] = " ", "“"
            opens.add(i)
        elif not prev.isspace():
            chars[i], chars[i + 1] = "”", " "
            closes.add(i)
    return "".join(chars), frozenset(opens), frozenset(closes)


# Single quote marks as quotation marks (British and headline style: ‘It is cruel,’ she said.)
# share their characters with apostrophes ("don’t", "Syria’s", "the rebels’ advance"): a mark
# opens a quote at a word's start (not "’90s", "’em") and closes one after a word or punctuation
# when a space, punctuation or the line's end follows (not "n’t", "’s"; a plural possessive "s’"
# before a lower-case word is no closer). Only marks outside double quotes are read this way (a
# quote inside a double-quoted one stays part of it), and only in pairs on one line, or an opener
# whose quote goes on in the next paragraph, opened again there.
_SINGLE_OPEN_RE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–]))[‘'](?=[^\W\d_]|[“\"])", re.M)
_SINGLE_NOT_OPEN_RE = re.compile(r"[‘'](?:em|n|til|tis|twas|cause|bout)\b", re.I)
_SINGLE_CLOSE_RE = re.compile(r"(?<=[^\s‘'])[’'](?=$|[\s,.;:!?)\]—–”\"])", re.M)


def _single_quotes(
    text: str, doubles: list[tuple[int, int]]
) -> tuple[str, frozenset[int], frozenset[int]]:
    """Text with single quote marks used as quotation marks turned into curly double ones,
    keeping every offset; also the offsets of the opening and closing marks turned.

    ``doubles`` are the double-quote spans of :func:`_quote_spans` (marks inside them stay).

    >>> t, o, c = _single_quotes("‘It is cruel,’ she said of the rebels’ advance.", [])
    >>> t, sorted(o), sorted(c)
    ('“It is cruel,” she said of the rebels’ advance.', [0], [13])
    """
    if "‘" not in text and "'" not in text:
        return text, frozenset(), frozenset()
    starts = [a for a, _ in doubles]

    def inside(i: int) -> bool:
        k = bisect_right(starts, i) - 1
        return k >= 0 and doubles[k][0] <= i < doubles[k][1]

    closers = []
    for m in _SINGLE_CLOSE_RE.finditer(text):
        i = m.start()
        after = text[i + 1 : i + 3]
        if text[i - 1] in "sS" and after[:1] == " " and after[1:2].islower():
            continue  # "the rebels’ advance": a plural possessive
        if not inside(i):
            closers.append(i)
    chars = list(text)
    opens, closes = set(), set()
    pos = 0
    for m in _SINGLE_OPEN_RE.finditer(text):
        i = m.start()
        if i < pos or inside(i) or _SINGLE_NOT_OPEN_RE.match(text, i):
            continue
        line_end = text.find("\n", i)
        line_end = len(text) if line_end < 0 else line_end
        k = bisect_right(closers, i)
        if k < len(closers) and closers[k] < line_end:
            j = closers[k]
            chars[i], chars[j] = "“", "”"
            opens.add(i)
            closes.add(j)
            pos = j + 1
        elif re.match(r"\n\s*[‘']", text[line_end : line_end + 8]) and text[i] == "‘":
            chars[i] = "“"  # the quote goes on in the next paragraph, opened again there
            opens.add(i)
            pos = line_end
    return "".join(chars), frozenset(opens), frozenset(closes)


def _quote_spans(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, str]]]:
    """Pair quote marks; returns spans (marks included) and problems (offset, message).

    Curly and straight marks are paired alike. A quote left open at a paragraph break continues
    if the next paragraph opens with a quote mark (the journalistic convention for long quotes);
    otherwise it is closed at the paragraph's end and recorded as unclosed.
    """
    spans: list[tuple[int, int]] = []
    issues: list[tuple[int, str]] = []
    open_pos: int | None = None
    n = len(text)
    search = _QUOTE_OR_BREAK_RE.search
    m = search(text)
    while m is not None:
        i = m.start()
        c = text[i]
        if c == "\n":  # a paragraph break
            if open_pos is None:
                m = search(text, i + 1)
                continue
            j = i
            while j < n and text[j].isspace():
                j += 1
            if j < n and text[j] in OPEN_QUOTES + STRAIGHT_QUOTE:
                m = search(text, j + 1)  # the quote continues in the next paragraph
                continue
            end = i
            spans.append((open_pos, end))
            issues.append(
                (open_pos, f"unclosed quote mark at {open_pos} (closed at paragraph end {end})")
            )
            open_pos = None
            m = search(text, j)
            continue
        if c in OPEN_QUOTES or (c == STRAIGHT_QUOTE and open_pos is None):
            if open_pos is not None:
                issues.append(
                    (i, f"opening quote mark at {i} inside the quote opened at {open_pos}")
                )
                spans.append((open_pos, _rstrip_pos(text, open_pos, i)))
            open_pos = i
        else:  # a closing or straight mark
            if open_pos is None:
                issues.append((i, f"stray closing quote mark at {i}"))
            else:
                spans.append((open_pos, i + 1))
                open_pos = None
        m = search(text, i + 1)
    if open_pos is not None:
        end = _rstrip_pos(text, open_pos, n)
        spans.append((open_pos, end))
        issues.append((open_pos, f"unclosed quote mark at {open_pos} (closed at text end)"))
    return [(s, e) for s, e in spans if e > s], issues


def _rstrip_pos(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


# ------------------------------------------------------------------------------ small records
@dataclass
class _Tok:
    start: int
    end: int
    text: str
    lower: str
    pos: str
    sent_id: int


@dataclass
class _Stmt:
    start: int
    end: int
    kind: str
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    source: str = "unknown"
    source_type: str = "unknown"
    source_start: int | None = None
    source_end: int | None = None
    via: str | None = None
    reported_to: str | None = None
    channel: str | None = None
    confidence: float = 0.5
    method: str = ""
    sent_id: int = 0
    plural: bool = False
    frame_start: int | None = None  # the whole attribution (source, cue, content) for narrator
    frame_end: int | None = None
    descriptor: str | None = None  # the role descriptor a named source was introduced by
    role: str | None = None  # the title or role glued before the name in its own mention
    personal: bool = False  # the source is a named person (see _Source.personal)
    # the mention of the coordinated names ("Karan Mehta and Swati Joshi wrote …") that a
    # plural pronoun source ("They argued …") stands for; split_named_pairs splits it
    group_span: tuple[int, int] | None = None

    @classmethod
    def by(cls, src: _Source, start: int, end: int, kind: str, **fields) -> _Stmt:
        """A statement attributed to ``src``: its name, type, mention span and number."""
        return cls(start, end, kind, **fields).attributed_to(src)

    def attributed_to(self, src: _Source) -> _Stmt:
        """Give this statement ``src`` as its source (name, type, mention span, number)."""
        self.source, self.source_type, self.plural = src.name, src.type, src.plural
        if "  " in src.name:  # (a nickname blanked out: see _Engine.drop_nicknames)
            self.source = " ".join(src.name.split())
        self.source_start, self.source_end = src.start, src.end
        self.role, self.personal = src.role or None, src.personal
        return self


@dataclass
class _Source:
    name: str
    type: str
    start: int | None
    end: int | None
    plural: bool = False
    named: bool = False  # a proper name was found in the phrase (else name is a descriptor)
    title: str = ""  # the title or role glued before the name ("General", "Housing Minister")
    appositive: str = ""  # the descriptor beside the name ("the head of the force")
    role: str = ""  # the title as a descriptor ("" when only a courtesy: "Mr"), else the
    # appositive when it is a role ("housing minister" for "Elena Varga, the housing minister")
    personal: bool = False  # a named person: typed person or government, or with a human role
    # ("Acme Corp spokesman John Reed", "Jo Bell, a spokeswoman for Acme"; typed organisation)


# --------------------------------------------------------------------------- source phrases
_NAME_PARTICLE_RE = re.compile(r"(?:al|el|bin|ibn|abu|de|van|von|ul|ad|as|ash|an)-[A-Z]")


def _is_cap(word: str) -> bool:
    return bool(word) and (word[0].isupper() or bool(_NAME_PARTICLE_RE.match(word)))


def _strip_det(words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    lex = _lex()
    while (
        words
        and (
            words[0][2].lower() in _DETERMINERS
            or words[0][2].lower() in lex.discourse
            # "Both Iustitia and …" (not "both of his senators")
            or (words[0][2].lower() == "both" and len(words) > 1 and words[1][2].lower() != "of")
        )
        and not (  # "those close to the president", "those familiar with the talks": a head
            words[0][2].lower() == "those"
            and len(words) > 1
            and words[1][2].lower() in ("close", "familiar", "involved", "briefed", "who", "with")
        )
    ):
        words = words[1:]
    return words


def _words(text: str, offset: int) -> list[tuple[int, int, str]]:
    return [(offset + m.start(), offset + m.end(), m.group()) for m in _WORD_RE.finditer(text)]


@lru_cache(maxsize=4096)
def _strip_title(name: str) -> str:
    for t in _lex().titles:
        if name.startswith(t + " ") and len(name) > len(t) + 1:
            rest = name[len(t) + 1 :]
            if rest.split()[0] in _PATRONYMIC_PARTICLES:
                return name  # "Sultan bin Rashid": a given name before "bin", no title
            return _strip_title(rest)
    return name


def _name_run(words: list[tuple[int, int, str]], text: str) -> tuple[int, int] | None:
    """The proper-name run (word indexes) that names the phrase, if any."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        w = words[i][2]
        # a surname that opens with its particle: "van der Berg said", "de los Reyes"
        particle_start = (
            w in _SURNAME_PARTICLES
            and (i == 0 or not _is_cap(words[i - 1][2]))
            and i + 1 < len(words)
            and (
                _is_cap(words[i + 1][2])
                or (
                    words[i + 1][2] in _SURNAME_PARTICLES
                    and i + 2 < len(words)
                    and _is_cap(words[i + 2][2])
                )
            )
        )
        if particle_start or (_is_cap(w) and not w.lower().endswith(_MODIFIER_SUFFIXES)):
            j = i + 1
            while j < len(words):
                wj = words[j][2]
                if _is_cap(wj) and (
                    not wj.lower().endswith(_MODIFIER_SUFFIXES)
                    or (  # "Royal Institute of British Architects"
                        words[j - 1][2] in ("of", "for")
                        and j + 1 < len(words)
                        and _is_cap(words[j + 1][2])
                    )
                ):
                    j += 1
                elif (
                    wj in _SURNAME_PARTICLES
                    and j + 2 < len(words)
                    and words[j + 1][2] in _SURNAME_PARTICLES
                    and _is_cap(words[j + 2][2])
                ):
                    j += 2  # "Ursula von der Leyen", "Juan de la Fuente"
                elif (
                    wj in _SURNAME_PARTICLES
                    and j + 1 < len(words)
                    and _is_cap(words[j + 1][2])
                    and (particle_start or words[j - 1][2].lower() in _SURNAME_PARTICLES)
                ):
                    j += 1  # "de los Reyes", "Van der Wal", "Mariam bint Saeed"
                elif (
                    wj.lower() in _NAME_CONNECTORS
                    and j + 1 < len(words)
                    and _is_cap(words[j + 1][2])
                    and (
                        wj.lower() != "and"
                        # "Department of Health and Social Care" (not "Trump and Clinton")
                        or any(w[2] in ("of", "for") for w in words[i:j])
                        or _one_body_name(" ".join(w[2] for w in words[i:]))  # "Securities
                        # and Exchange Commission"
                        # "U.S. Army Europe and Africa": a body's name ending in two places
                        or (
                            j - i >= 2
                            and j + 2 == len(words)
                            and _is_area(words[j - 1][2])
                            and _is_area(words[j + 1][2])
                            and not _is_place(" ".join(w[2] for w in words[i:j]))
                        )
                    )
                    and not (
                        wj.lower() in ("of", "for")
                        and _PERSON_NAME_RE.fullmatch(" ".join(w[2] for w in words[i:j]))
                        # ("National Association of Head Teachers", "Royal College of Nursing")
                        and words[j - 1][2].lower() not in _BODY_NAME_HEADS
                        # ("Ekiti State House of Assembly", "House of Representatives")
                        and not (words[j - 1][2] == "House" and words[j + 1][2] in _HOUSES)
                        and not any(
                            w[2].lower().rstrip(".") in _title_heads()[0] for w in words[i:j]
                        )
                    )  # "Hanne Kjeldsen of Aarhus University": the name ends before "of"
                ):
                    j += 1
                elif (
                    wj.lower() in ("of", "for")
                    and j + 2 < len(words)
                    and words[j + 1][2] == "the"
                    and _is_cap(words[j + 2][2])
                    and (
                        words[j - 1][2].lower().rstrip(".") in _title_heads()[0]
                        # "the UN Office for the Coordination of Humanitarian Affairs"
                        or words[j - 1][2].lower()
                        in (
                            "office",
                            "bureau",
                            "institute",
                            "centre",
                            "center",
                            "commission",
                            "council",
                            "organisation",
                            "organization",
                            "association",
                        )
                    )
                ):
                    # "Secretary-General of the United Nations António Guterres" (an office
                    # before "of the"; not "Samuel Achterberg of the University of Sussex")
                    j += 2
                else:
                    break
            runs.append((i, j))
            i = j
        else:
            i += 1
    for i, j in runs[:-1]:
        # "Energy analyst Chris Venter of the Pretoria-based consultancy GridWise": a person's
        # name, then where they work
        if (
            j < len(words)
            and words[j][2].lower() in ("of", "at", "from")
            and 2 <= j - i <= 3
            and _PERSON_NAME_RE.fullmatch(" ".join(w[2] for w in words[i:j]))
            and words[j - 1][2].lower() not in _BODY_NAME_HEADS
            and (
                _ascii_lower(words[i][2]) in _given_names()
                # a role word right before: "Energy analyst Chris Venter of …"
                or (i > 0 and words[i - 1][2].lower() in _lex().person_words)
            )
        ):
            return i, j
    for i, j in reversed(runs):
        p = i - 1
        while p >= 0 and (
            words[p][2].lower() in _DETERMINERS
            or re.fullmatch(r"\d+(?:st|nd|rd|th)?", words[p][2])
            # ("Lars Hoffmann of the center-left Social Democrats", "of the conservative
            # Christian Democrats": a party's modifier after its determiner)
            or (
                p > 0
                and (
                    re.fullmatch(r"[a-z]+-[a-z]+", words[p][2])
                    or (
                        re.fullmatch(r"[a-z]+(?:ive|al|ic|ist|ern|ing)", words[p][2])
                        and words[p - 1][2].lower() in _DETERMINERS
                    )
                )
            )
        ):
            p -= 1  # ("a commander in the 147th Separate Mechanized Brigade")
        if (
            p >= 0
            and words[p][2].lower() in _OWNER_PREPOSITIONS
            and (p == i - 1 or _name_start(words, i, j) == i)
        ):
            # "officials in Beirut", "the head of the Treasury", "aides to Moreau": a place,
            # body or person qualifying a descriptor, who is not the speaker (but "Speaker of
            # the House Rep. Paul Ryan" names Paul Ryan)
            continue
        if (
            p >= 2
            and words[p][2] == "and"
            and any(
                b == p
                and b - 2 >= a - 1 >= -1
                and words[b - 2][2].lower() in ("in", "from", "at", "across")
                for a, b in runs
            )
        ):
            continue  # "Veterinarians in Waikato and Taranaki": a second place
        q = i - 1
        while q >= 0 and i - q <= 6 and words[q][2].lower() not in _OWNER_PREPOSITIONS:
            q -= 1
        if (
            q >= 0
            and words[q][2].lower() in ("for", "to", "of")
            and any(
                words[x][2].lower() in _FORMER_WORDS or words[x][2].lower().startswith("ex-")
                for x in range(q + 1, i)
            )
        ):
            # "a spokesman for former president Donald Trump", "the daughter of the late
            # singer Tina Turner": the person the descriptor is about
            continue
        after = text[words[j - 1][1] : words[j - 1][1] + 2]
        if after.startswith(("’s", "'s")):
            continue  # possessive: "Syria's defence minister"
        rest = [w[2].lower() for w in words[j:]]
        if (
            rest
            and rest[0] in ("of", "at", "from")
            and j - i >= 2
            # ("Economy and Energy Minister Katja Reinholt of the Christian Democrats": a
            # portfolio with "and" before the title)
            and all(_is_cap(w[2]) or w[2] in ("and", "of", "for", "&") for w in words[:i])
        ):
            return i, j  # "Professor Samuel Achterberg of the University of Sussex"
        if not rest or all(r in _MEDIA_SUFFIX for r in rest):
            if j - i == 1 and i == 0 and rest and False:
                continue
            # a lone nationality adjective before a descriptor is no name ("Syrian rebel")
            if rest and j - i == 1 and words[i][2].endswith(("an", "ish", "ese", "i")):
                continue
            return i, j
    return None


# Titles and roles glued before a name ("Housing Minister Elena Varga", "Acme Corp spokesman John
# Reed"): the name is the source and the role its descriptor. The role nouns are the lexicons'
# person words, office titles and role words (data files role_words.txt, not_titles.txt,
# courtesy_titles.txt, office_changers.txt, title_abbreviations.tsv).
# Where the words before a name stop being its title:
_TITLE_STOPS = frozenset(
    "and or but to at after before with by on in from as than when while where who".split()
)
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# a name after one of these (and any determiners) qualifies a descriptor and is not the speaker
_OWNER_PREPOSITIONS = frozenset("in from at near of on for to with".split())
_MEMBER_BODIES = frozenset("council board assembly committee parliament congress".split())
_FORMER_WORDS = frozenset("former late then ousted jailed disgraced incoming outgoing ex".split())
# inside an office's of/for complement: "Secretary of State for Health Ann Lee"
_COMPLEMENT_CONNECTORS = frozenset({"of", "for", "and", "the"})
_PARTICLES = frozenset({"al", "el", "bin", "ibn", "de", "la", "van", "von", "da", "di", "du"})
_NAME_PARTICLE_WORDS = _PARTICLES | _SURNAME_PARTICLES | _PATRONYMIC_PARTICLES
_PARTICLE_ALT = "|".join(sorted(_NAME_PARTICLE_WORDS - {"ten", "ter"}))
# a person's name, with particles and Irish name words: "Catriona Mac an t-Saoir"
_PERSON_RUN_RE = re.compile(
    r"[A-ZÀ-ÖØ-Þ][\w’'-]*(?:\s+(?:(?:" + _PARTICLE_ALT + r"|an|ni)\s+)*"
    r"(?:[A-ZÀ-ÖØ-Þ][\w’'-]*|[a-z]-[A-Z][\w’'-]+)){0,5}"
)
# the person an outlet interviewed: "Meduza spoke to Lomakin briefly", "asked political
# scientist Lukas Gfeller"
_INTERVIEWEE_RE = re.compile(
    r"\b(?:(?:spoke|talked)\s+(?:briefly\s+)?(?:to|with)|asked|interviewed"
    # ("We met Sigrún at her office in Askja to talk about …")
    r"|(?<=[Ww]e\s)met|sat\s+down\s+with|caught\s+up\s+with)\s+"
    r"(?:[a-z]+\s+){0,3}((?!The\b)" + _PERSON_RUN_RE.pattern + ")"
)


@lru_cache(maxsize=1)
def _title_heads() -> tuple[frozenset[str], frozenset[str]]:
    """(role nouns that can end a title glued before a name, the offices among them, which may
    open a name's capitalised run: "Secretary of State Antony Blinken")."""
    honorifics = {h.rstrip(".") for h in _honorifics()}
    offices = {w.lower().rstrip(".") for t in _lex().titles for w in t.split()} - honorifics
    offices -= _COMPLEMENT_CONNECTORS | {"opposition", "house"}  # "Leader of the Opposition"
    offices = (offices | _lex().role_words) - _lex().not_titles
    return frozenset((_lex().person_words | offices) - _lex().not_titles), frozenset(offices)


@lru_cache(maxsize=1)
def _department_ends() -> frozenset[str]:
    """Last words of the departments an office's complement names ("affairs", "health"), and
    of the parliamentary offices "Leader of the Opposition" and "Leader of the House"."""
    return frozenset(d.split()[-1] for d in _lex().departments) | {"opposition", "house"}


def _name_start(words: list[tuple[int, int, str]], i: int, j: int) -> int:
    """Where the person's name starts in the capitalised run ``words[i:j]``: after the last role
    noun followed by a name ("Housing Minister Elena Varga", "Acme Corp Spokesman John Reed"),
    or after an office's "of"/"for" complement ("Secretary of State Antony Blinken": the last
    two words, one when only two follow "of"); ``i`` when the run holds no such title. A role
    noun opening the run must be an office ("Rebel Wilson", "Son Heung-min" are names)."""
    heads, offices = _title_heads()
    if words[j - 1][2].lower() in _BODY_NAME_HEADS:
        return i  # "Crown Prosecution Service": a body's name, no title before a person
    courtesy = _lex().courtesy | {"dr", "prof", "professor"}
    hon = [
        h
        for h in range(i + 1, j - 1)
        if words[h][2].lower().rstrip(".") in courtesy and _is_cap(words[h + 1][2])
    ]
    if hon:  # "County Executive Committee Member for Health Dr Fatuma Abu Mohamed": the name
        return hon[-1] + 1  # follows the last courtesy title
    if (
        j - i >= 3
        and words[i][2].lower().rstrip(".") in courtesy
        and not any(w[2].lower() in offices for w in words[i + 1 : j])
    ):
        return i  # "Mr Ally Saleh Juma": a given name that is also a role noun (the courtesy
        # title is split off with the name's words)
    for k in range(j - 2, i - 1, -1):
        # ("BGMEA Vice-President Tanvir Sobhan", "Union Co-Chair Ali Khan": the office's head)
        w = re.sub(r"^(?:vice|co|deputy)-(?=[a-z]{4})", "", words[k][2].lower())
        if w == "member" and k > i and words[k - 1][2].lower() in _MEMBER_BODIES:
            return k + 1  # "Council Member Angela Torres", "Board Member ..."
        if words[k + 1][2] in _PATRONYMIC_PARTICLES:
            continue  # "Sheikh Sultan bin Rashid Al Nuaimi": a given name before "bin"
        office_member = w == "member" and words[k + 1][2].lower() in ("for", "of")
        # ("Nationals member for Wimmera West Greg Tolhurst": a seat's member, as an MP)
        trade = (  # "Epidemiologist Hamish McAllister", "Fifth-grader Ava Lindqvist": a trade
            # or role noun the lexicons lack
            k == i
            and (
                w.endswith(("ologist", "ician", "ographer", "ist"))
                or re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[k][2]) is not None
            )
            and j - k >= 3
            and words[k + 1][2].lower() in _given_names()
        )
        if (
            not office_member
            and not trade
            and w not in heads
            or (
                k == i
                and w not in offices
                # a person word capitalised at the start of a sentence before a given name and a
                # surname: "Analyst Tom Gerrity" (but "Rebel Wilson" is a name)
                and not (j - k >= 3 and words[k + 1][2].lower() in _given_names())
            )
        ):
            continue
        if (
            j - k - 1 < 2
            and words[k + 1][2].lower() not in _given_names()
            and any(words[x][2].lower() in _BODY_NAME_HEADS for x in range(i, k))
        ):
            continue  # "National Association of Head Teachers": a body's words, no title
        if words[k + 1][2].lower() in ("of", "for"):
            if w in _BODY_NAME_HEADS:
                continue  # "School of Veterinary Science": a body's name, no office
            rest = list(range(k + 2, j))
            caps = [
                n
                for n in rest
                if _is_cap(words[n][2])
                or (words[n][2] in _NAME_PARTICLE_WORDS and 0 < n - k - 2 and n + 1 < j)
            ]  # ("Minister of State for Transport Faisal bin Rahman")
            if (
                len(rest) < 2
                or not all(n in caps for n in rest[-2:])
                or any(
                    words[n][2].lower() not in _COMPLEMENT_CONNECTORS for n in rest if n not in caps
                )
            ):
                continue
            n = j - 2 if len(caps) >= 3 else j - 1
            dept = [
                x
                for x in rest[:-2]
                if words[x][2].lower() in _department_ends()
                # ("Minister of State for Electronics and IT Rajiv Chandra": the complement
                # goes on after "State")
                and words[x + 1][2].lower() not in ("for", "of")
            ]
            if dept and dept[-1] + 1 < n:
                n = dept[-1] + 1  # "Minister for Parliamentary Affairs Rana Tahir Mehmood"
            if words[j - 1][2].lower() in _lex().body_heads:
                continue  # "Director of The Remembrance Project": a body, no name
            if n - 1 > k + 2 and words[n - 1][2].lower() in _PARTICLES:
                n -= 2  # "Bashar al Assad"
            return n
        if any(words[n][2].lower() not in _NAME_SUFFIXES for n in range(k + 1, j)):
            return k + 1
    return i


def _split_title(text: str, cw: list[tuple[int, int, str]], i: int, j: int) -> tuple[str, str]:
    """(name, title) of a phrase's name run ``cw[i:j]`` and the words before it in its chunk.

    The title is what precedes the name: a lexicon title ("General", "Mr"), a role noun inside
    the capitalised run ("Housing Minister"), and lower-case words before the run when they end
    in a role noun ("Acme Corp spokesman", "Labour leader") or modify a title ("former"), back
    to a conjunction or preposition ("Trump and House Speaker Paul Ryan": "House Speaker")."""
    k = _name_start(cw, i, j)
    if k > i and cw[k - 1][2].lower() in _lex().body_heads.keys() | _BODY_NAME_HEADS:
        rest = text[cw[k][0] : cw[j - 1][1]]
        # (the gazetteer has no "England", "Scotland" or "Wales")
        if _is_place(rest) or rest in ("England", "Scotland", "Wales", "Northern Ireland"):
            k = i  # "Arts Council England": a body named with its country, no titled person
    full = text[cw[k][0] : cw[j - 1][1]]
    name = _strip_title(full)
    if name.startswith(("of ", "for ")):  # "Secretary of Defense": a title and no name
        name = full
    elif name != full and (
        re.split(r"\s+(?:of|for)\s+", name)[0].split()[-1].lower()
        in _lex().body_heads.keys() | _BODY_NAME_HEADS
        or name.lower() in ("electric", "dynamics", "mills", "atomics")
    ):
        name = full  # "General Motors", "the General Confederation of Labour": a body's name
    if (
        " " not in name
        and k > i
        and (
            name.lower() in _title_heads()[1]
            # "the Attorney General", "the Controller and Auditor General": an office
            or text[cw[k - 1][0] : cw[j - 1][1]] in _lex().titles
        )
    ):
        k = i  # "the Chief Minister": an office, not "Minister" titled "Chief"
        full = name = text[cw[k][0] : cw[j - 1][1]]
    first = name.split(" ", 1)
    if len(first) == 2 and first[0].lower() in _lex().courtesy:  # "Sir Keir Starmer"
        name = first[1]
    title = " ".join(text[cw[i][0] : cw[k][0]].split() + full[: len(full) - len(name)].split())
    if len(first) == 2 and first[0].lower() in _lex().courtesy and title.endswith(first[0]):
        title = title[: -len(first[0])].rstrip()  # "Liberal Democrat leader Sir Ed Davey"
    if i > 1 and not title and cw[i - 1][2].islower():
        # "Opposition spokesman on land and environment Ravon Edwards": a role with its
        # portfolio in lower case before the name
        h = next(
            (
                h
                for h in range(i - 2, max(-1, i - 8), -1)
                if cw[h][2].lower() in _title_heads()[0]
                and cw[h + 1][2] in ("on", "for", "of")
                and all(re.fullmatch(r"[a-z][a-z-]*", w[2]) for w in cw[h + 1 : i])
            ),
            None,
        )
        if h is not None:
            p = h
            while p > 0 and cw[p - 1][2].lower() not in _TITLE_STOPS:
                p -= 1
            while p < h and cw[p][2].lower() in _DETERMINERS:
                p += 1
            title = " ".join(text[cw[p][0] : cw[i - 1][1]].split())
            return name, title
    if i > 0 and (title or cw[i - 1][2].lower() in _title_heads()[0]):
        p = i
        while p > 0 and cw[p - 1][2].lower() not in _TITLE_STOPS:
            p -= 1
        while p < i and cw[p][2].lower() in _DETERMINERS:
            p += 1
        if p < i:
            title = " ".join(text[cw[p][0] : cw[i - 1][1]].split() + title.split())
    portfolio = re.fullmatch(
        r"((?:and|&)\s+(?:[A-Z][\w’'-]+\s+)+?)([A-Z][\w’'-]+\s+[A-Z][\w’'-]+)", name
    )
    if portfolio and re.search(r"\b(?:of|for)\s+[A-Z][\w’'-]+$", title):
        # "Minister of Energy and Water Resources Manizha Saidova": the portfolio runs on
        # after "and"; the name is its last two words
        head, name = portfolio.group(1).split(), portfolio.group(2)
        while len(head) > 2 and is_given_name(head[-1]):
            name = f"{head.pop()} {name}"  # ("… Labour and Employment Abdur Rahim Sarkar")
        return name, f"{title} {' '.join(head)}"
    if (
        title[:1].isupper()
        and title.split()[-1].lower() in _BODY_NAME_HEADS
        and all(w[:1].isupper() for w in title.split())
        and _is_place(name)
    ):
        return f"{title} {name}", ""  # "Minerals Council South Africa": a body and its country
    return name, title


# Spokespeople are typed after whom they speak for, when the phrase says it: "a spokesman for
# Acme Corp", "Acme Corp spokesman", "the company's spokeswoman" (organisation); "the Interior
# Ministry's spokesman", "Downing Street spokesman" (government). Data files spokes_words.txt,
# body_heads.tsv (the body's head noun and the type it gives), government_places.txt.
@lru_cache(maxsize=1)
def _spokes_re() -> re.Pattern:
    words = sorted(_lex().spokes, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.I)


def _spokesperson_owner(phrase: str) -> str | None:
    """Whom the spokesperson of ``phrase`` speaks for, as written: the "for"/"of" complement
    after the spokes-word, else the words before it in its comma chunk; None without one."""
    m = _spokes_re().search(phrase)
    if m is None:
        return None
    after = re.match(r"\s+(?:for|of)\s+(.+)", phrase[m.end() :], re.S)
    return after.group(1) if after else phrase[: m.start()].rsplit(",", 1)[-1]


def _owner_type(phrase: str, head: str | None = None) -> str | None:
    """The type of the body a named official, executive or aide (role noun ``head``, see
    :func:`_role_owner`) of ``phrase`` belongs to, when the phrase names one the lexicons can
    type: the of/for/at complement after the role noun, else the possessive or the words before
    it ("Acme's chief executive", "a Foreign Ministry official", "an aide at Acme Corp"); None
    otherwise.

    >>> _owner_type("Acme's chief executive", "executive"), _owner_type("a senior aide", "aide")
    ('organisation', None)
    """
    owner = _role_owner(phrase, head)
    t = _body_type(owner) if owner else None
    return t if t in ("organisation", "government", "media") else None


def _role_owner(phrase: str, head: str | None = None) -> str | None:
    """The body named for the official, executive or aide of ``phrase``, as written (see
    :func:`_owner_type`); ``head`` the role noun, by default the last role noun the type lexicon
    gives as anonymous ("official", "aide"); None without one."""
    if head is None:
        anon = [
            w
            for w in _WORD_RE.findall(phrase.lower())
            if _type_map().get(w) == "anonymous" and w in _lex().person_words
        ]
        if not anon:
            return None
        head = anon[-1]
    found = list(re.finditer(r"\b" + re.escape(head) + r"\b", phrase, re.I))
    if not found:
        return None
    m = found[-1]
    after = re.match(r"\s+(?:for|of|at|with|to)\s+(.+)", phrase[m.end() :], re.S)
    if after:
        return after.group(1)
    before = phrase[: m.start()].rsplit(",", 1)[-1]
    poss = re.match(r".*?\w(?:’s|'s|s’|s')(?=\W|$)", before)
    return poss.group(0) if poss else before


def _spokesperson_type(phrase: str) -> str | None:
    """The type of the body the spokesperson of ``phrase`` speaks for; None when the phrase
    names no such body ("a spokesman said") or one the lexicons cannot type (an acronym, a
    nationality, a titled person)."""
    owner = _spokesperson_owner(phrase)
    return None if owner is None else _body_type(owner)


def _body_type(owner: str) -> str | None:
    """Type of a body named or described in ``owner`` ("Acme Corp", "the company's", "the
    Interior Ministry", "Hamas"): organisation / government / media / person (a family), or
    None when unsure.

    >>> _body_type("Acme Corp"), _body_type("the Israeli army"), _body_type("IDF")
    ('organisation', 'government', None)
    """
    return _body(owner)[0]


@lru_cache(maxsize=1024)
def _short_mismatch(phrase: str, cased: str) -> bool:
    """A short type word ("un", "ap") found in a name only in another case ("Kim Jong Un")."""
    return bool(cased) and len(phrase) <= 3 and phrase.upper() not in cased.split()


def _body(owner: str) -> tuple[str | None, str]:
    """(:func:`_body_type`, the bare name when only its capital made it an organisation)."""
    lex = _lex()
    owner = re.sub(r"(?:’s|'s|s’|s')(?=\W|$)", "", owner).strip(" ,")
    low = re.sub(r"[^\w\s’'-]", " ", owner.lower())
    words = [w for w in low.split() if w not in _DETERMINERS]
    if not words:
        return None, ""
    head_words = re.split(r"\s(?:of|for|in|at|on)\s", " " + " ".join(words) + " ")[0].split()
    head = head_words[-1] if head_words else words[-1]
    if head in lex.body_heads:
        return lex.body_heads[head], ""
    spaced = " " + " ".join(words) + " "
    if any(f" {p} " in spaced for p in lex.government_places):
        return "government", ""
    for probe in (f" {head} ", spaced):
        for phrase, typ in lex.types:
            if (
                f" {phrase} " in probe
                and typ != "anonymous"
                and phrase not in lex.spokes
                and not _short_mismatch(phrase, owner)
            ):
                return typ, ""
    if _strip_title(owner) != owner:
        return None, ""  # a person's spokesman ("Mr Trump's"): the lexicons do not say
    if owner in lex.countries:
        return "government", ""
    names = [w for w in owner.split() if w[:1].isupper()]
    if not names or all(w.isupper() or w.endswith(("an", "ish", "ese", "i")) for w in names):
        return None, ""  # an acronym ("IDF", "FBI") or a nationality ("Israeli"): unsure
    return "organisation", names[-1]  # a named body the lexicons do not list ("Hamas", "Acme")


# body words of names that are also surnames ("Thames Water", but "Samantha Power")
_SURNAME_BODY_HEADS = frozenset(
    "power steel water homes rail stores mills banks herald post".split()
)

_NOT_GIVEN_NAMES = frozenset(
    "the a an in at on but and for with by from as if when while after before this that"
    " these those its his her their our new".split()
)


def _refers_as_person(text: str, name: str) -> bool:
    """Is the one-word ``name`` a person's in ``text``: a given name or courtesy title before
    it ("Maria Whitcombe", "Ms Whitcombe"), or "Name, who …" / "Name has said she …" after it?
    Stricter than :func:`_names_a_person`, as a body's name follows other capitals too ("ISIS
    Twitter accounts", "Because Twitter …").

    >>> _refers_as_person("Chief Executive Officer Maria Whitcombe's plan.", "Whitcombe")
    True
    >>> _refers_as_person("Because Twitter changed its rules, users left.", "Twitter")
    False
    """
    for m in re.finditer(r"\b([A-Z][\w’'-]*)\.?\s+" + re.escape(name) + r"\b", text):
        w = m.group(1).lower()
        if w in _given_names() or w in _honorifics() or w + "." in _honorifics():
            return True
    return bool(
        re.search(
            r"\b" + re.escape(name) + r"(?:,\s+who\b|\s+(?:has\s+|had\s+)?(?:said|says|told"
            r"\s+\w+)\s+(?:that\s+)?(?:he|she)\b)",
            text,
        )
    )


def _names_a_person(text: str, name: str) -> bool:
    """Does ``text`` name a person ``name`` ("Hillary Clinton", "Mrs Clinton", "Gov. Snyder"):
    a capitalised given name or a title right before it, not a determiner, a nationality or a
    modifier ("The Hamas", "Palestinian Hamas", "Chicago-based Boeing")?"""
    for m in re.finditer(r"\b([A-Z][\w’'-]*)\.?\s+" + re.escape(name) + r"\b", text):
        w = m.group(1)
        if (
            w.lower() in _NOT_GIVEN_NAMES
            or w.lower() in _title_heads()[0]  # "Chief Financial Officer": a title, no name
            or w.isupper()
            or "-" in w
            or w.endswith(("an", "ish", "ese", "i"))
            or w.lower() in _lex().discourse
        ):
            continue
        return True
    return False


@lru_cache(maxsize=4096)
def _classify(descriptor: str, name: str | None) -> str:
    lex = _lex()
    low = " " + re.sub(r"[^\w\s’'-]", " ", descriptor.lower()) + " "

    def lookup(s: str, cased: str = "") -> str | None:
        for phrase, typ in lex.types:
            if f" {phrase} " in s and not _short_mismatch(phrase, cased):
                return typ
        return None

    if any(f" {w} " in low for w in ("unnamed", "anonymous", "unidentified", "anonymity")):
        return "anonymous"
    if not name and re.search(
        r"\b(?:people|persons?|sources?|someone|one|two|three|several|those)\s+"
        r"(?:close\s+to|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of)\s",
        low,
    ):
        return "anonymous"  # "people close to the bank", "a person with knowledge of the talks"
    if name:
        nlow = " " + name.lower() + " "
        if _FIELD_COUNTRY_BODY_RE.fullmatch(name):
            return "government"  # "Health Canada", "Transport Canada", "Tourism Australia"
        if " " in name and _strip_title(name) != name:
            t, bare = _body(name)  # "General Motors": a body's name opening with a rank
            if t in _BODY_TYPES and not bare:
                return t
        t = lookup(nlow, name)
        if t == "anonymous" and " " not in name.strip():
            return t  # "Sources said", "Officials said": a capitalised noun, no name
        if t and t != "anonymous":
            return t
        if name in lex.countries or (
            name in lex.capitals and name.lower() not in _given_names()
        ):  # "Beijing said", "Moscow denied": the capital's government
            return "government"
        t, bare = _body(name)
        if (
            t
            and not bare
            and t != "person"
            # a given name before a body word that is also a surname is a person's ("Samantha
            # Power", "David Steel"); "Florida Department" stays a body
            and not (
                len(name.split()) == 2
                and name.split()[1].lower() in _SURNAME_BODY_HEADS
                and name.split()[0].lower() in _given_names()
            )
        ):  # "Greltan Copper Co", "Kessler Bank", "Crestline Homes"
            return t
        if _ACRONYM_RE.fullmatch(name) and name not in lex.countries:  # "FBI", "NATO"
            return "organisation"
        region = re.fullmatch(r"([A-Z]{3,5})(?:\s+[A-Z][a-z]+){1,3}", name)
        if (
            region
            and _ACRONYM_RE.fullmatch(region.group(1))
            and region.group(1).lower() not in _title_set()
            and (
                _is_place(name[region.end(1) :].strip())
                or name[region.end(1) :].strip() in lex.countries
                or all(
                    w in ("North", "South", "East", "West", "Central", "Midlands", "Mid")
                    for w in name[region.end(1) :].split()
                )
            )
        ):  # "HSE South West", "NHS England": a body's regional arm
            return lookup(" " + region.group(1).lower() + " ") or "organisation"
        if re.fullmatch(
            r"(?!Mc|Mac|De|Di|Da|Du|La|Le|Lo|Van|Von|St|Fitz)[A-Z][a-z]+[A-Z]\w*", name
        ):
            return "organisation"  # "PitchBook", "YouTube", "LinkedIn" (not "McDonald")
    if name:
        # what the phrase says besides the name decides first: "the jihadi group X" (organisation),
        # "State news agency X" (media), "Transport minister X" (government), "X, a farmer" (person)
        rest = re.sub(r"[^\w\s’'-]", " ", descriptor.replace(name, " ")).strip().lower()
        # ("a longtime Carson friend who left the campaign": the head before the relative)
        rest = re.split(r"\s(?:who|whom|whose|which|that)\s", " " + rest + " ")[0].strip()
        rest_words = [w for w in rest.split() if w not in _DETERMINERS]
        if rest_words:
            head_r = re.split(
                r"\s(?:of|for|with|from|at|in|on)\s", " " + " ".join(rest_words) + " "
            )[0].split()
            hr = head_r[-1] if head_r else ""
            hr = lex.title_abbreviations.get(hr, hr)  # "Sen. X" as "Senator X"
            if hr in lex.spokes:  # "Acme Corp spokesman John Reed": whom the spokesman speaks for
                t = _spokesperson_type(descriptor.replace(name, " "))
                if t:
                    return t
            owner = (
                re.search(r"\b" + re.escape(hr) + r"\s+(?:of|for|at)\s+(.+)", rest)
                if hr in _BODY_OFFICERS
                else None
            )
            t = _body_type(owner.group(1)) if owner else None
            if t in ("organisation", "media"):
                return t  # "president of the American Hospital Association"
            t = (
                _type_map().get(" ".join(head_r[-2:]))  # a listed compound: "rebel commander"
                or lookup(" " + hr + " ")
                # a modifier types an office ("army general"), not a person word ("military
                # expert Song Zhiwen" is an expert, not the military)
                or (
                    lookup(" " + " ".join(head_r[-2:]) + " ")
                    if hr not in _INDEPENDENT_HEADS
                    else None
                )
            )
            if t == "anonymous":  # a named official, executive or aide: of the body named
                role_noun = hr if hr in _title_heads()[0] else None  # "executive director"
                t = _owner_type(descriptor.replace(name, " "), role_noun) or "government"
            if t:
                return t
            if _department_office(" ".join(rest_words)):  # "Secretary of State X"
                return "government"
            if hr in lex.person_words:
                return "person"
            if hr in _title_heads()[0]:  # a title naming its body: "White House Press Secretary"
                t = lookup(" " + " ".join(rest_words) + " ")
                if t and t != "anonymous":
                    return t
    # head noun of the descriptor: the last word before of/for/with/from/who, else the last word
    head_part = re.split(
        r"\s(?:of|for|with|from|at|in|on|to|who|which|that|close to)\s", low.strip()
    )[0]
    head_words = head_part.split()
    heads = [w for w in head_words if w not in {"and", ","}]
    head = heads[-1] if heads else ""
    if head in _QUANTIFIERS and not name and " of " in low:  # "one of the organisers"
        return _classify(descriptor.split(" of ", 1)[-1], None)
    if name and (not head or head == name.lower().split()[-1]):
        return "person"
    if head in lex.relational and not name:
        # people close to someone speak as people: "lawyers for the family", "the wife of
        # the former president", "supporters of the mayor" (not the office they serve);
        # a listed body named so is the body ("Friends of the Earth")
        for phrase, typ in lex.types:
            if phrase.startswith(head + " ") and f" {phrase} " in low:
                return typ
        return "person"
    if head in lex.spokes:
        # the body a spokesperson speaks for decides ("a spokesman for the water company")
        t = _spokesperson_type(descriptor)
        if t:
            return t
    if head in (
        "official",
        "officials",
        "officer",
        "officers",
        "source",
        "sources",
        "diplomat",
        "diplomats",
        "executive",
        "executives",
        "aide",
        "aides",
    ):
        if not name:
            if not _looks_named(descriptor):
                return "anonymous"
            # "the chief executive of Southmere Water": of the body named
            owned = re.search(r"\b" + head + r"\s+(?:of|for|at)\s+", descriptor, re.I)
            return (_owner_type(descriptor, head) if owned else None) or "government"
    if head in ("delegate", "delegates") and not name:
        return "anonymous"  # "a delegate from a Gulf producer", "One California delegate"
    t = (
        _type_map().get(" ".join(head_words[-2:]))  # a listed compound: "city council"
        or lookup(" " + head + " ")
        or lookup(" " + " ".join(head_words[-2:]) + " ")
        or (lex.body_heads.get(head) if not name else None)  # "the carmaker", "the bank"
    )
    if t == "anonymous" and name:
        t = "government"
    if t:
        return t
    if _department_office(low):  # "the Secretary of Defense", "the head of the Treasury"
        return "government"
    if head in lex.person_words or head in lex.role_words:
        return "person"
    if (
        name
        and _PERSON_NAME_RE.fullmatch(name)
        and is_given_name(name.split()[0])
        and re.search(r"\s(?:at|of|in|for|with|from)\s", low)
    ):
        return "person"  # "Gregory Lantz, a cardiologist at the Mercy Heart Institute"
    t = lookup(low)
    if t and t != "anonymous":
        return t
    if name:
        return "person"
    return "unknown"


def _department_office(phrase: str) -> bool:
    """Is ``phrase`` (lower case) an office whose "of"/"for" complement names a government
    department: a department word ("secretary of state", "secretary of state for health",
    "head of the treasury") or a government body ("head of the defence ministry")?

    >>> _department_office("secretary of defense"), _department_office("head of the union")
    (True, False)
    """
    m = re.match(r"\s*(.*?)\s(?:of|for)\s(.+)", phrase)
    if m is None or not m.group(1).split():
        return False
    if m.group(1).split()[-1].rstrip(".") not in _title_heads()[0]:
        return False
    comp = [w for w in m.group(2).split() if w not in _DETERMINERS]
    comp = re.split(r"\s(?:of|for|with|from|at|in|on)\s", " " + " ".join(comp) + " ")[0].split()
    if not comp:
        return False
    lex = _lex()
    if " ".join(comp) in lex.departments:
        return True
    types = _type_map()
    return "government" in (types.get(comp[-1]), types.get(" ".join(comp[-2:])))


@lru_cache(maxsize=1)
def _type_map() -> dict[str, str]:
    """The source-type lexicon as a dict (whole phrase -> type)."""
    return dict(reversed(_lex().types))


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Whole lower-case words of the encoder's WordPiece vocabulary: a list of common English
    words, to tell a plural noun ("Researchers") from a surname ("Albers")."""
    path = resources.files("toolkit") / "data" / "sources" / "wordpiece_vocab.txt"
    return frozenset(
        w for w in path.read_text(encoding="utf-8").split() if w.isalpha() and w.islower()
    )


@lru_cache(maxsize=4096)
def _is_human(source: str) -> bool:
    """Does a descriptor name a person ("spokesman for the water company")?"""
    head = re.split(r"\s(?:for|of|with|from|at)\s", source.lower())[0].split()
    return bool(head) and (
        head[-1] in _lex().person_words
        # the trades of people by their endings: "marine biologist", "physician",
        # "photographer", "psychiatrist"
        or re.search(r"..(?:ologists?|ographers?|icians?|iatrists?)$", head[-1]) is not None
    )


def _role_head(role: str) -> str:
    """The head noun of a role phrase, lower case: its last word before of/for/with/from/at/
    in/on ("spokeswoman" for "a spokeswoman for Acme"); "" for an empty phrase."""
    head = re.split(r"\s(?:of|for|with|from|at|in|on)\s", " " + role.lower() + " ")[0].split()
    return head[-1].rstrip(".") if head else ""


def _human_role(role: str) -> bool:
    """Does a title or appositive name a person's role ("Acme Corp spokesman", "a spokeswoman
    for Acme", "Clinton campaign communications director")?"""
    return _role_head(role) in _title_heads()[0]


def _appositive_role(appositive: str) -> str:
    """The appositive beside a name as its descriptor when it is a role, without its leading
    determiner as in the other descriptors: its head noun (before of/for/at/...) is a person
    word or an office ("the housing minister", "Acme's chief executive", "a spokeswoman for
    Acme"); "" for another noun phrase ("45", "a woman from Leeds") or a clause or phrase
    that is no noun phrase ("who served as a senator", "of Leeds").

    >>> _appositive_role("the housing minister"), _appositive_role("45")
    ('housing minister', '')
    """
    words = appositive.split()
    if not words or words[0].lower() in _RELATIVE | _TITLE_STOPS | {"of", "for"}:
        return ""
    while words and words[0].lower() in _DETERMINERS:
        words.pop(0)
    if words and re.fullmatch(r"[\d.,%]+", words[0]):
        return ""  # "54 percent of French people support the strike": a figure, no role
    role = " ".join(words)
    lex = _lex()
    head = _role_head(role)
    if head in lex.not_roles:
        return ""
    if head in _title_heads()[0] | lex.person_words:
        return role
    # an agent noun names a role too: "a plumber", "a state treasurer", "an entomologist who
    # led the research", "a shop steward"
    rel = re.search(r"\s(?:who|which|that)\s", role)
    head = _role_head(role[: rel.start()] if rel else role)
    if rel and (_ANONYMITY_RE.search(role, rel.start()) or "name" in role[rel.start() :]):
        role = role[: rel.start()]  # "a shopkeeper who asked that his surname not be used"
    return role if len(head) >= 5 and head.isalpha() and head.endswith(_AGENT_SUFFIXES) else ""


_DOCUMENT_PARTICIPLES = frozenset(
    "published released conducted issued posted seen obtained reviewed commissioned".split()
)
# how a document went to its addressee: "A report … submitted to the committee said"
_SENT_PARTICIPLES = frozenset(
    "submitted sent filed prepared written presented delivered addressed signed drafted leaked"
    " compiled".split()
)
# what a document-like source is called ("an Ifop poll published Thursday in Le Figaro")
_DOCUMENT_HEADS = _DOCUMENT_NOUNS | frozenset(
    "polls surveys studies research review audit draft document proposal".split()
)
_DATA_FROM_RE = re.compile(
    r"(?i:(?:the|a|an|new|latest|recent|official)\s+)*((?i:data|figures|statistics|numbers|"
    r"estimates|survey|poll|report|study|analysis|research|review|count|tally|records))"
    # "a survey of 350 farms by Massey University's School of Veterinary Science"
    r"(?:\s+of\s+(?:[\d,]+\s+)?[a-z]+(?:\s+[a-z]+)?(?=\s+by\s))?"
    r"\s+(?:from|by|of|at)\s+(?=(?:the\s+)?[A-Z])"
)
# what signs and placards show is no one's statement: "A notice on the door read “Closed”"
_SIGN_NOUNS = frozenset(
    "sign signs notice placard placards banner banners poster posters billboard chalkboard"
    " whiteboard noticeboard graffiti slogan plaque inscription sticker stickers t-shirt t-shirts"
    " shirts".split()
)
_SIGN_RE = re.compile(
    # ("her death notice on RIP.ie said": a notice that is a document, no sign)
    r"(?i)\b(?<!death\s)(?<!funeral\s)(?<!legal\s)(?<!public\s)(?:"
    + "|".join(sorted(_SIGN_NOUNS))
    + r"|(?:departure|arrivals?|notice)\s+board)"
    r"(?:\s+(?:still\s+|now\s+)?(?:\w+ed|hung|stuck|\w+ing)\b)?"  # "A notice taped to the"
    r"(?:\s+(?:in|on|at|of|to|with|from|under|behind|outside|above|beside|by|across|over|along|near|inside)\b"
    r"[^,;:“”\"]{0,60})?$"
)


def _is_sign(phrase: str) -> bool:
    """Is ``phrase`` a sign, a placard or a board that shows words (and so no source)?

    >>> _is_sign("A notice on the door of the water office"), _is_sign("the notice board")
    (True, True)
    >>> _is_sign("The school board"), _is_sign("Sign language interpreter Jo Ray")
    (False, False)
    """
    return bool(_SIGN_RE.search(phrase.strip()))


_TRAILING_TIME_RE = re.compile(
    r"\s+(?:(?:on|last|this|late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)(?:\s+(?:morning|afternoon|evening|night))?$|\s+(?:last|this)\s+(?:week|month|year|"
    r"weekend|night|morning|afternoon|evening)$|\s+(?:yesterday|today|tonight)$"
)
# nouns that refer back to a one-word name as an organisation ("Benfica ... the club")
_BODY_ANAPHORS = frozenset("club team side company firm group charity league federation".split())
_BODY_TYPES = ("organisation", "government", "media")
# last words of a place's name ("Gouldsboro Bay"), not a person's
_PLACE_HEADS = frozenset(
    "Bay River Harbor Harbour Lake Street Road Avenue County Island Islands Mountain Mountains"
    " Park Valley Beach Sound Point City Town Square Bridge Creek Falls Hill Hills Heights"
    " Coast Gulf Sea Ocean Canyon Peninsula Port Airport Station Center Centre World"
    # ("SOSNIVKA, Kharkiv Oblast — The woman …": an administrative area is no "she")
    " Oblast Province Prefecture Region District Governorate Krai Raion Voivodeship Canton"
    " Parish Borough Township Municipality Territory".split()
)
# heads of a title that speak for the body named after them ("president of the American Hospital
# Association"), unlike "a scientist at Texas Tech" or "an activist for Greenpeace"
_BODY_OFFICERS = frozenset(
    "chairman chairwoman chair chairperson ceo director founder boss president secretary head"
    " chief leader executive officer manager treasurer governor commander".split()
)


def _is_body_name(name: str) -> bool:
    """Does ``name`` name a body rather than a person ("NHS England", "Interior Ministry",
    "Acme Corp"; not "Ann Lee")?

    >>> _is_body_name("NHS England"), _is_body_name("Interior Ministry"), _is_body_name("Ann Lee")
    (True, True, False)
    """
    typ, bare = _body(name)
    return not _PERSON_NAME_RE.fullmatch(name) or (typ in _BODY_TYPES and not bare)


def _is_business_name(name: str) -> bool:
    """Can ``name`` be what a story later calls "the company": no possessive, and no other kind
    of body named by its last word ("Trump's campaign", "Labour Party")?

    >>> _is_business_name("Orvana Motors"), _is_business_name("Trump’s campaign")
    (True, False)
    """
    if re.search(r"[’']s\b", name):
        return False
    last = name.split()[-1].lower()
    return last in _BUSINESS_NOUNS or (last not in _type_map() and last not in _NON_BUSINESS_HEADS)


def _says_business(name: str) -> bool:
    """Does the last word of ``name`` say it is a business ("Lethabo Metering Solutions", "Acme
    Corp"; not "SIU", "Columbia University")?

    >>> _says_business("GDR Builders Corporation"), _says_business("SIU")
    (True, False)
    """
    last = name.split()[-1].lower().rstrip(".")
    return (
        (_lex().body_heads.get(last) == "organisation" or last in _BUSINESS_NOUNS)
        and last not in _NON_BUSINESS_HEADS
        and _is_business_name(name)
    )


# people who speak for themselves whatever body a modifier names ("military expert Song
# Zhiwen", "Kremlin analyst Ivan Petrov")
_INDEPENDENT_HEADS = frozenset(
    "expert experts analyst analysts scholar scholars researcher researchers academic academics"
    " economist economists commentator commentators professor historian historians".split()
)
# body words of names that a story never calls "the company" ("Columbia University")
_NON_BUSINESS_HEADS = frozenset(
    "university college academy school hospital charity department office treasury parliament"
    " administration navy court judiciary senate congress legislature bureau society front"
    " association observatory institute union federation forum coalition caucus constabulary"
    " chambers family families relatives project fund".split()
)


# verbs before "to" and a speech verb that leave the speech to their subject: "Opposition
# parties lined up to criticise …", "Critics were quick to condemn …"
_CATENATIVE_VERBS = frozenset(
    "lined rushed hurried moved raced went sought tried rose stood".split()
)
# a spokesperson for an office named with "for": "a spokesperson for the Commissioner for Older
# People (for Northern Ireland)", "a spokesman for the Minister for Health"
_SPOKES_FOR_TITLED_BODY_RE = re.compile(
    r"(?:[Aa]n?\s+|[Tt]he\s+)?((?:spokes\w+|representative)\s+for\s+(?:the\s+)?"
    r"((?:Commissioner|Minister|Ombudsman|Secretary|Office|Department|Commission|Committee)"
    r"\s+(?:for|of)\s+[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|for|of|and|the))*))"
)
# a named person opening the second of two clauses: "…, and Denise Marchetti is on her knees"
_AND_NAME_CLAUSE_RE = re.compile(
    r",\s+(?:and|but)\s+((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)\s+"
    r"(?:is|was|has|had|does|did|doesn[’']t|didn[’']t|[a-z]+ed|[a-z]+s)\b"
)
# a person's thing opening a sentence: "Dr. Lindqvist's lab has started …"
_PERSON_OWNS_RE = re.compile(
    r"\s*(?:(?:But|And|So|Yet|Still|Now|Then)\s+)?(?P<title>(?:Dr|Mr|Ms|Mrs|Prof|Sen|Rep)\.?\s+)?"
    r"(?P<owner>(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)"
    r"[’']s\s+(?P<thing>[a-z]+)\s+(?:has|had|is|was|have|will|[a-z]+ed|[a-z]+s)\b"
)
# a thing before a preposition and a name opening a sentence: "The wind off Deer Isle
# Thoroughfare could make your eyes water" (the name is a place in a phrase, no one)
_THING_OF_NAME_RE = re.compile(
    r"(?:The|A|An)\s+([a-z]+)\s+(?:off|of|from|in|at|on|near|over|across|along|around)\s+[A-Z]"
)
# a time of day or season said with a determiner: "one afternoon", "that evening", "last summer"
_PART_OF_DAY_RE = re.compile(
    r"(?:one|that|this|an|each|every|last)\s+(?:\w+\s+)?(?:morning|afternoon|evening|night"
    r"|day|week|weekend|summer|winter|spring|autumn|fall)\b"
)
# courtesy words before a surname that are no given names: "Mr Babb", "Dr Okafor"
_COURTESY_WORDS = frozenset("Mr Mrs Ms Miss Mx Dr Sir Dame Lady Lord Prof Rev Fr Sr".split())
# role nouns a story uses for one office after naming it by another: "Captain X …, the skipper"
# titles a role descriptor's head takes up before a name ("the judge": "Justice X")
_TITLE_VARIANTS = {"judge": ("judge", "justice")}
_ROLE_SYNONYMS = {"skipper": "captain", "gaffer": "manager", "chair": "chairman"}
# a court report's lawyer named by role alone: "counsel", "defence counsel", "counsel for the State"
_COUNSEL_RE = re.compile(
    r"(?i)(?:(?:defence|defense|prosecuting|prosecution|state|crown)\s+)?counsel"
    r"(?:\s+for\s+(?:the\s+)?(?:defence|defense|prosecution|state|crown|accused|DPP))?"
)


def _counsel_side(phrase: str) -> str:
    """The side a counsel phrase names: "defence", "prosecution" or "" (none)."""
    low = phrase.lower()
    if re.search(r"defen[cs]e|accused", low):
        return "defence"
    if re.search(r"prosecut|state|crown|dpp", low):
        return "prosecution"
    return ""


def _lawyer_side(text: str, name: str) -> str | None:
    """Is ``name`` introduced as a lawyer ("defence barrister Brendan Kearney SC", "Aoife
    Crowley BL, prosecuting", "his solicitor, Tom Hale")? The side ("defence", "prosecution",
    "" when not given), or None when the text gives no such role."""
    for m in re.finditer(re.escape(name) + r"\b", text):
        before = text[max(0, m.start() - 40) : m.start()]
        after = text[m.end() : m.end() + 30]
        role = re.search(
            r"\b(?i:barrister|counsel|solicitor|lawyer|attorney|advocate)s?\b[,\s]+"
            r"(?:[A-Z][\w’'.-]*\s+){0,3}$",
            before,
        )
        post = re.match(r",?\s+(?:SC|BL|KC|QC|SA)\b", after)
        if role or post:
            return _counsel_side(before + " " + after[:25])
    return None


# someone reading out another's words: "read a victim impact statement on behalf of Mr Ó Sé",
# "read out a letter from her mother, Jane Hale"
_READ_FOR_RE = re.compile(
    r"\bread(?:\s+out)?\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}"
    r"(?:statement|letter|message|tribute|note|eulogy|poem)\s+"
    r"(?:on\s+behalf\s+of|from|written\s+by|by)\s+(?:(?:his|her|their)\s+[a-z]+,\s+)?"
    r"(?P<who>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-ZÀ-ÖØ-Þ][\w’'.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w’'.-]*){0,3})"
)
# an office with its portfolio in capitals before the name: "Opposition Spokesperson on
# Education Sharlene Dawkins-Bailey", "NDP Critic for Housing Jenny Kwan"
_PORTFOLIO_TITLE_RE = re.compile(
    r"(?:[A-Z][\w-]*\s+){0,3}(?:Spokes(?:person|man|woman)|Critic)"
    r"\s+(?:on|for|of)\s+(?:[A-Z][\w-]*,?\s+(?:(?:and|&)\s+)?){1,4}?"
    r"(?P<given>[A-ZÀ-ÖØ-Þ][\w’'-]+)(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]+){1,2}"
)
# the AP abbreviations of US states after a town: "Cambridge, Mass.", "Austin, Texas"
_US_STATE_ABBR_RE = re.compile(
    r"Ala\.|Ariz\.|Ark\.|Calif\.|Colo\.|Conn\.|Del\.|Fla\.|Ga\.|Ill\.|Ind\.|Kan\.|Ky\.|La\."
    r"|Md\.|Mass\.|Mich\.|Minn\.|Miss\.|Mo\.|Mont\.|Neb\.|Nev\.|N\.H\.|N\.J\.|N\.M\.|N\.Y\."
    r"|N\.C\.|N\.D\.|Okla\.|Ore\.|Pa\.|R\.I\.|S\.C\.|S\.D\.|Tenn\.|Vt\.|Va\.|Wash\.|W\.Va\."
    r"|Wis\.|Wyo\."
)
# a relative clause saying what a business does: "…, which manages the complex"
_BUSINESS_RELATIVE_RE = re.compile(
    r",\s+(?:which|that)\s+(?:owns|manages|operates|runs|makes|sells|builds|develops|supplies"
    r"|manufactures|distributes|leases|rents|produces)\b"
)
# what a story calls a business it has named: "the company", "the carmaker"
_BUSINESS_NOUNS = frozenset(
    "company firm carmaker automaker airline retailer insurer lender manufacturer maker operator"
    " producer developer supermarket bank group conglomerate miner business".split()
)
# verbs that are cues only in some contexts, told apart by not_content.txt ("ruled that" / "ruled
# over", "posted on X that" / "posted a loss")
_SENSE_BY_CONTEXT = frozenset({"rule", "post", "put", "hold", "project", "find", "charge"})
# a transcript's speaker label: "Q: ...", "Brennholt: ...", "TAPPER: ..."
_SPEAKER_LABEL_RE = re.compile(
    r"(Q|A|Question|Answer|[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,4})\s*:\s+(?![“\"‘'])(\S)"
)
# what follows a headline's colon when it names no statement
_HEADLINE_LABEL_RE = re.compile(
    r"(?:live(?:\s+(?:updates?|blog|coverage))?|(?:the\s+)?latest|what\s+we\s+know|as\s+it\s+happened|in\s+"
    r"(?:pictures|numbers|charts|maps)|explained|timeline|key\s+points|analysis|opinion|watch|video|"
    r"photos|q\s*&\s*a|everything\s+you\s+need\s+to\s+know|how\s+it\s+happened)\b",
    re.I,
)
# a definite epithet for the person just named: "the Italian", "the Portuguese", "the 28-year-old"
_EPITHET_RE = re.compile(
    # ("The Australian" is a newspaper; "the Australian said" the coach just named)
    r"(?:the\s+|The\s+(?!Australian\b))(?!(?:Guardian|Standard|Scotsman|Oklahoman|Spokesman"
    r"|Guardsman|Vatican|Tennessean|Oregonian|Coloradoan)\b)"
    r"(?:(?:former\s+)?[A-Z][a-z]+(?:an|ese|ish|ard|man|woman|i)"
    # "the 24-year-old Berbician"; "the Player of the Match" (a match report's award)
    r"|\d{1,3}-year-old(?:\s+[A-Z][a-z]+(?:an|ese|ish|i)\b)?"
    r"|(?:Player|Man|Woman)\s+of\s+the\s+(?:Match|Series|Tournament)"
    # a player's position alone: "“…,” the fly-half told TNT Sports"
    r"|(?:fly-half|scrum-half|full-back|winger|flanker|hooker|striker|goalkeeper|midfielder|defender"
    r"|centre-back|wicketkeeper|seamer|spinner|batter|batsman|quarterback|point\s+guard|lock|prop"
    r"|pacer|paceman|leg-spinner|off-spinner|all-rounder|opener|fast\s+bowler|pitcher|catcher"
    r"|shortstop|outfielder|left-back|right-back)"
    r"|world\s+(?:No\.?|number)\s+\w+|(?:No\.?|number)\s+\d{1,3}\s+seed"
    r"|Dane|Swede|Scot|Greek|Swiss|Finn|Pole|Turk|Czech|Serb|Croat|Brit|Kiwi|Aussie|Argentine"
    r"|(?:former\s+)?[A-Z][a-z]+(?=\s+(?:striker|forward|midfielder|defender|goalkeeper|winger"
    r"|captain|skipper|coach|manager|boss|driver|rider|star|player|international)\b)"
    # "the Umno veteran", "the Tory grandee": a party's long-serving member, no office
    r"|(?:former\s+)?[A-Z][A-Za-z]+(?=\s+(?:veteran|stalwart|loyalist|grandee|firebrand)\b))"
    r"(?:\s+(?:singer|actor|actress|star|player|striker|midfielder|defender|forward|goalkeeper"
    r"|winger|captain|skipper|coach|manager|boss|driver|rider|champion|boxer|fighter|rapper"
    r"|musician|artist"
    r"|writer|author|director|entrepreneur|billionaire|businessman|businesswoman|veteran"
    r"|mother|father|man|woman|teenager|student|teacher|nurse|doctor|lawyer))?"
)
_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "ard")
_ASIDE_ADVERBS = frozenset(
    "however meanwhile though too also instead nevertheless nonetheless moreover separately".split()
)
_PARTY_TAG_RE = re.compile(r"[DRI]-[A-Z][\w.]*(?:\s*[A-Z][\w.]*)?|\([DRI]-[A-Z][\w. ]*\)")
# an impersonal passive: "It was announced on Thursday that ...", "It is understood that ..."
_IMPERSONAL_PASSIVE_RE = re.compile(
    r"\b[Ii]t\s+(?:is|was|has\s+been|had\s+been)\s+(?:(?:also|widely|now|since)\s+)?"
    r"(?P<part>announced|reported|revealed|confirmed|disclosed|understood|claimed|alleged|said|"
    r"believed|thought|feared|agreed|decided|learned|learnt)"
    r"(?:\s+(?:on|last|this|in|earlier|late|early)\s+\w+(?:\s+\w+)?)?,?\s+that\s+"
)
# a document an outlet saw: "an internal memo seen by Reuters"
# where a study came out: "a study published (on Wednesday) in the journal Nature"
_PUBLISHED_IN_RE = re.compile(
    r"\s+(?:published|released|appearing|out)\s+(?:(?:on\s+)?\w+day\s+|last\s+\w+\s+|this\s+\w+\s+)?"
    r"in\s+(?:the\s+)?(?:(?:scientific|medical|academic|peer-reviewed)\s+)?(?:journal\s+)?"
    r"(?P<journal>[A-Z][\w.’'&-]*(?:\s+(?:of\s+|for\s+|and\s+|the\s+)?[A-Z][\w.’'&-]*)*)\s*$"
)
_SEEN_BY_RE = re.compile(
    r"\s+(?:seen|reviewed|obtained|viewed|examined|read)\s+by\s+((?:[Tt]he\s+)?[A-Z][\w.’'&-]*"
    r"(?:\s+[A-Z][\w.’'&-]*)*)\s*$"
)
# "a letter the chief executive, Greg Tolliver, sent to …": a document and, in a relative clause
# with no "that", who wrote or sent it
_DOCUMENT_SENT_BY_RE = re.compile(
    r"(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+)?(?:letter|memo|email|e-mail|note|report"
    r"|statement|filing|submission|message)\s+(?:that\s+)?"
    r"(?P<who>(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,5}(?:,\s+[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3},)?)"
    r"\s+(?:had\s+)?(?:sent|wrote|issued|filed|submitted|signed|gave|addressed)\b"
)
_CITED_BY_RE = re.compile(
    r"\s+(?:cited|quoted)\s+by\s+((?:[Tt]he\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*)*)\s*$"
)
# a source said to be unnamed in the clause between it and its cue: "A senior MP who asked not
# to be named said", "Two officials, speaking on condition of anonymity, said"
_ANONYMITY_RE = re.compile(
    r"\b(?:asked|asking|requested|requesting|declined|refused|wished)\s+(?:not\s+to\s+be\s+"
    r"(?:named|identified|quoted)|to\s+(?:remain\s+)?(?:anonymous|unnamed)|(?:for\s+)?anonymity)"
    r"|\b(?:on|under)\s+(?:the\s+)?condition\s+of\s+anonymity|\bspeaking\s+anonymously"
    r"|\bnot\s+(?:authori[sz]ed|allowed|permitted)\s+to\s+(?:speak|talk|comment|discuss|be\s+named)"
    r"|\b(?:declined|refused|did\s+not\s+want|didn[’']t\s+want)\s+to\s+(?:give|share|provide)\s+"
    r"(?:his|her|their)\s+(?:full\s+|last\s+|sur)?names?",
    re.I,
)


# a first name given in the clause between a descriptor and its cue: "who asked that only her
# first name, Khadija, be used", "who gave only his first name, Ali,"
# "gave his name only as Junior"
_GAVE_NAME_AS = (
    r"gave\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+|given\s+)?name\s+(?:only\s+)?as\s+"
    r"([A-Z][\w’'-]+)"
)
_FIRST_NAME_GIVEN_RE = re.compile(
    r"\b(?:his|her|their)\s+(?:first|given)\s+name,\s+([A-Z][\w’'-]+),"
    # "who gave his name only as Junior,"
    r"|\b" + _GAVE_NAME_AS + ","
)
# a sentence opening with someone who gave only a name: "One of them, who gave his name only as
# Junior, was blunter."
_NAME_GIVEN_SUBJECT_RE = re.compile(
    r"(?:One|Another|A|An|The)\b[^,.;“”\"]{0,40},\s+who\s+" + _GAVE_NAME_AS + "(?=,)"
)


def _anonymous_if_said(text: str, src: _Source, cue_start: int) -> _Source:
    """``src`` typed anonymous, named by its whole phrase, when the words between it and its cue
    say it is not named ("A senior Conservative MP who asked not to be named said")."""
    given = _FIRST_NAME_GIVEN_RE.search(text, src.end or 0, cue_start)
    if given and src.end is not None:
        # "Another witness, who asked that only her first name, Khadija, be used, said": Khadija
        g = 1 if given.group(1) else 2
        return _Source(
            given.group(g), "person", given.start(g), given.end(g), named=True, personal=True
        )
    if (
        src.end is None
        or src.type == "anonymous"
        or src.name.lower() in _given_names()  # "Maya, who gave only her first name": named
        or not _ANONYMITY_RE.search(text, src.end, cue_start)
    ):
        return src
    words = (
        _strip_det(_words(text[src.start : src.end], src.start)) if src.start is not None else []
    )
    name = text[words[0][0] : words[-1][1]] if words else src.name
    return replace(src, name=name, type="anonymous", named=False, personal=False, title="", role="")


# Gender for "he" / "she": a courtesy title or a gendered role in the source's mention, else its
# given name (data file given_names.tsv, derived from nomquamgender by
# benchmarks/build_given_names.py); None when nothing says.
_FEMALE_WORDS = frozenset(
    "ms mrs miss dame lady madam woman women spokeswoman chairwoman congresswoman councilwoman"
    " assemblywoman alderwoman selectwoman"
    " businesswoman mother daughter wife sister widow grandmother aunt queen princess girl"
    " actress mother-in-law daughter-in-law sister-in-law stepmother stepdaughter niece"
    " granddaughter".split()
)
_MALE_WORDS = frozenset(
    "mr sir lord man men spokesman congressman councilman businessman chairman father son husband"
    " brother widower grandfather uncle king prince boy actor assemblyman alderman selectman"
    " father-in-law son-in-law brother-in-law stepfather stepson nephew grandson".split()
)


# offices named for men that women hold too ("committee chairman Teh Mei Ling"): a man's unless
# the given name is a woman's
_OFFICE_MALE_WORDS = frozenset("spokesman chairman".split())


_PERSON_NAME_RE = re.compile(
    r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+|-(?:de|da|van|von|le|la|del)(?=\s))?"  # ("Karamanli-de Wit")
    r"(?:(?:\s+(?:" + _PARTICLE_ALT + r")){0,2}\s+[A-Z][\w.-]*(?:['’][A-Z][\w.-]*)?){1,3}"
)


@lru_cache(maxsize=1)
def _title_set() -> frozenset[str]:
    """The lexicon's titles, lower case ("prime minister", "chancellor")."""
    return frozenset(t.lower() for t in _lex().titles)


@lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    names = dict(_word_map("given_names.tsv"))
    for word in _ROLE_NOT_GIVEN:  # ("County Judge Dana Whitcomb": the office gives no gender)
        names.pop(word, None)
    return names


# titles the name data lists as (men's) given names, though women hold them as often
_ROLE_NOT_GIVEN = frozenset("judge major general sheriff pastor bishop".split())


def _gender(mention: str, name: str) -> str | None:
    """ "f", "m" or None for a source mentioned as ``mention`` and named ``name``.

    >>> _gender("Ms Harrington", "Harrington"), _gender("Ivo Petrov", "Ivo Petrov")
    ('f', 'm')
    >>> _gender("the minister", "minister") is None, _gender("My husband", "My husband")
    (True, 'm')
    >>> _gender("Her son, Joaquim Braga", "Joaquim Braga")
    'm'
    """
    # "Billie Jean King" is no king; "my husband" is a man
    named = {w.lower() for w in _WORD_RE.findall(name) if w[:1].isupper()}
    words = [w.lower().rstrip(".") for w in _WORD_RE.findall(mention) if w.lower() not in named]
    while len(words) > 1 and words[0] in ("her", "his", "their"):
        words = words[1:]  # "Her son, Joaquim …": the possessor's gender is not his
    if any(w in _FEMALE_WORDS for w in words):
        return "f"
    male = [w for w in words if w in _MALE_WORDS]
    if male and not set(male) <= _OFFICE_MALE_WORDS:
        return "m"
    if not _PERSON_NAME_RE.fullmatch(name):
        return "m" if male else None  # no "Given Surname" ("Media Research Center’s Bozell")
    parts = name.lower().split()
    if len(parts) >= 3 and parts[0] in _NAME_PARTICLE_WORDS and parts[1] in _NAME_PARTICLE_WORDS:
        return "m" if male else None  # a surname with particles ("Van den Bossche")
    given = _given_names()
    gender = given.get(_ascii_lower(parts[0]))
    if male:  # "committee chairman Teh Mei Ling": women hold the office under its old name
        if gender is None and len(parts) == 3:  # (a surname first: "Teh Mei Ling")
            gender = given.get(_ascii_lower(parts[1]))
        return "f" if gender == "f" else "m"
    return gender


@lru_cache(maxsize=2048)
def _is_place(name: str) -> bool:
    """Is ``name`` a place the gazetteer knows ("New York", not "Paris Hilton")?"""
    from toolkit.entities import lookup_place

    return lookup_place(name) is not None


_CONTINENTS = frozenset(
    "Africa Asia Europe Eurasia Oceania Americas Antarctica Arctic Pacific".split()
)


def _is_area(name: str) -> bool:
    """Is ``name`` a continent ("Africa") or a country or region of the gazetteer?"""
    return name in _CONTINENTS or _is_region(name)


def _is_region(name: str) -> bool:
    """Is ``name`` a country or region of the gazetteer ("Germany", "Texas"; not the towns
    "Obama" or "Clinton")?"""
    from toolkit.entities import lookup_place

    place = lookup_place(name)
    return place is not None and place.kind in ("country", "region")


def _ascii_lower(word: str) -> str:
    """ "María" -> "maria": the form the given-name list keys on."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


def is_given_name(word: str) -> bool:
    """Is ``word`` a given name of the attribution lexicon (accents and case ignored)?

    >>> is_given_name("María"), is_given_name("Jorge"), is_given_name("Damascus")
    (True, True, False)
    """
    return _ascii_lower(word) in _given_names()


_GROUP_COUNT_RE = re.compile(
    r"(?i)(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|several|some|many|most|both"
    r"|all|a\s+few|a\s+number|a\s+group|dozens|hundreds|\d+)\s+of\s+(.+)"
)


def _one_of(group: str) -> str:
    """The member of a group source that "one (of them)" names.

    >>> _one_of("Two of the sources"), _one_of("Several diplomats"), _one_of("Residents")
    ('one of the sources', 'one of the diplomats', 'one of the residents')
    """
    m = _GROUP_COUNT_RE.fullmatch(group)
    if m:
        return "one of " + m[1]
    words = group.split()
    if len(words) > 1 and _GROUP_COUNT_RE.fullmatch(words[0] + " of x"):
        words = words[1:]  # "Several diplomats", "Three officials"
    if words[0].lower() in ("the", "these", "those", "their", "his", "her", "its", "our"):
        return "one of " + words[0].lower() + " " + " ".join(words[1:])
    first = words[0] if _looks_named(group) else words[0].lower()
    return "one of the " + " ".join([first, *words[1:]])


def _looks_named(descriptor: str) -> bool:
    return bool(re.search(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+", descriptor))


def _relative_speaker(words: list[_Tok]) -> list[_Tok]:
    """The speaker of a relative clause on a head noun, before its speech verb: "analysts" in
    "a move (that) analysts said …", "the ministry" in "a figure the ministry said …", "its
    partners" in "a demand its partners have described as …"; [] when the words are one noun
    phrase ("the party leaders", "The Platte River employee")."""
    rel = next(
        (j for j, t in enumerate(words) if t.lower in ("that", "which", "who", "whom", "what")),
        None,
    )
    if rel is not None:
        speaker = words[rel + 1 :]
    elif words and words[0].lower in ("a", "an", "the", "this", "that", "another"):
        k = next(
            (
                j
                for j in range(2, len(words))
                if words[j].lower in _DETERMINERS
                or words[j].pos in ("NNS", "PRP", "PRP$")
                or (words[j].pos in ("NNP", "NNPS") and words[j - 1].pos in ("NN", "JJ"))
                # "An Ipswich man police allege was the driver": a plural with no "s"
                or (
                    words[j].lower == "police"
                    and words[j - 1].pos in ("NN", "NNP")
                    and (j + 1 == len(words) or words[j + 1].lower not in ("'s", "’s"))
                )
            ),
            None,
        )
        if k is not None and any(not t.pos.startswith(("NN", "JJ")) for t in words[1:k]):
            k = None  # "a spokesman for the club": the head noun takes a complement
        speaker = words[k:] if k is not None else []
    else:
        return []
    return speaker if speaker and _np_ok(speaker) else []


# a person with the team they lead: "Sandberg and her colleagues"
_LEAD_AND_TEAM_RE = re.compile(
    r"(.+?)\s+and\s+(?:(?:his|her|their)\s+)?(?:colleagues|co-?authors|team|collaborators"
    r"|fellow\s+\w+)"  # ("Whitfield and colleagues found")
)


# a public body named in lower case for the places it serves: "the high court of Jammu and
# Kashmir and Ladakh", "the state government of Sabah"
_BODY_OF_PLACES_RE = re.compile(
    r"\s*(?:[Tt]he\s+)?((?:[a-z]+\s+){0,2}(?:court|government|parliament|legislature|assembly)"
    r"\s+(?:of|for)\s+[A-Z][\w’'.-]*(?:\s+(?:(?:and|of|the|&)\s+)?[A-Z][\w’'.-]*)*)\s*"
)
# the words that open a region's name: "West Java", "Southeast Sulawesi"
_COMPASS_WORDS = frozenset(
    "north south east west central northeast northwest southeast southwest".split()
)


# "the former" of a "the former … the latter" pair
_THE_FORMER_RE = re.compile(r"\b[Tt]he\s+former\b")
# three or more names joined by dashes with no spaces: "Villeray—Saint-Michel—Parc-Extension"
_DASHED_NAME_RE = re.compile(r"[A-Z][\w’'-]*[a-z](?:[—–][A-Z][\w’'-]*[a-z]){2,}")


def _names_region(name: str) -> bool:
    """Whether ``name`` after a place and a comma is that place's region: a known area or a
    compass word and a name ("West Java", "North Maluku")."""
    words = name.split()
    return _is_area(name) or (len(words) == 2 and words[0].lower() in _COMPASS_WORDS)


# a place and its region closing a phrase: "in Bogor, West Java", "of Halmahera, North Maluku"
_PLACE_REGION_END_RE = re.compile(
    r"\b(?:in|of|at|from|near)\s+(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*(?P<comma>,)\s+"
    r"(?P<region>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
)


def _describe(text: str, start: int, end: int) -> _Source | None:
    """Name and type of the source phrase ``text[start:end]`` (None when it is no noun phrase)."""
    native = _NATIVE_SCRIPT_RE.search(text, start, end)
    if native is not None:
        # "Chen Ting-an (陳亭安), a member of …": the name in its own script, read as blanks
        # (the offsets stay those of the text)
        blank = (
            text[: native.start()] + " " * (native.end() - native.start()) + text[native.end() :]
        )
        return _describe(blank, start, end)
    address = re.fullmatch(
        r"\s*((?:No\.|Number)\s?\d{1,3}\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s*",
        text[start:end],
    )
    if address is not None:
        # "No.6 Convent Place said": the address that stands for a government ("Number 10")
        a = start + address.start(1)
        return _Source(address.group(1), "government", a, a + len(address.group(1)), named=True)
    body_of = _BODY_OF_PLACES_RE.match(text, start, end)
    if body_of is not None and not re.fullmatch(
        r"\s*(?:(?:on|last|this|late|early|earlier)\b[^,;]*)?\s*", text[body_of.end() : end]
    ):
        body_of = None  # (only a time may follow: "… and Ladakh on Thursday")
    if body_of is not None:
        # "The high court of Jammu and Kashmir and Ladakh": one body of the places named
        return _Source(
            body_of.group(1), "government", start + body_of.start(1) - start, end, named=True
        )
    region = _PLACE_REGION_END_RE.search(text, start, end)
    if region is not None and region.end() == end:
        if _names_region(region.group("region")):
            # "a marine ecologist at IPB University in Bogor, West Java": the region of the
            # place before it, no name after an appositive
            inner = _describe(text, start, region.start("comma"))
            return replace(inner, end=end) if inner is not None else None
    lead = _LEAD_AND_TEAM_RE.fullmatch(text, start, end)
    if lead is not None and re.fullmatch(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}", lead.group(1)):
        # "Sandberg and her colleagues estimate": the lead author speaks for the team
        src = _describe(text, start, lead.end(1))
        if src is not None and (src.type == "person" or src.personal):
            return src
    group = re.fullmatch(
        r"([A-Z][a-z]+s)\s+(?:in|from|across|near|around|outside)\s+(?:[a-z-]+\s+){0,2}"
        r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*",
        text[start:end],
    )
    if group is not None and _is_human(group.group(1)[:-1]):
        # "Farmers in northern Laos say …": a sentence's capital on a group of people from a
        # place, no name
        return _Source(text[start:end], "person", start, end, plural=True)
    member = re.match(
        r"(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)\s+(?:at|in|with|from|of)\s+"
        r"(?:(?:the|a|an)\s+)?(?:[A-Z][\w-]*\s+)?[\w-]+[’']s\s+[A-Z]",
        text[start:end],
    )
    if (
        member is not None
        and _is_human(member.group(1))
        and member.group(1) not in _lex().spokes
        and text[start:end].rstrip()[-1:].isalpha()
    ):
        # "An official at La district's Natural Resources and Environment Office": the
        # official, not the office the possessive names (as without the possessive)
        plain = (
            text[:start]
            + re.sub(
                r"\s(?:(?:the|a|an)\s+)?(?:[A-Z][\w-]*\s+)?[\w-]+[’']s\s",
                lambda m: " the" + " " * (len(m.group()) - 4),
                text[start:end],
                count=1,
            )
            + text[end:]
        )
        src = _describe_phrase(plain, start, end)
        if src is not None and not src.named:
            a = src.start if src.start is not None else start
            b = src.end if src.end is not None else end
            return replace(src, name=" ".join(text[a:b].split()))
    label = re.match(r"(?:Quotes?|Comment|Statement)\s+(?:from|by)\s+(?=[A-Z])", text[start:end])
    if label is not None:
        # "Quote from Prokopchuk: “…”" (Ukrainska Pravda's layout): the one quoted
        return _describe(text, start + label.end(), end)
    age = re.search(r"(?<=[a-z])\s*\(\d{1,3}\)", text[start:end])
    if age is not None:
        # "Tjiueza (61) said", "Maria Tjiueza (61), a farmer, said": an age in brackets after
        # the name, read as blanks (the offsets stay those of the text)
        a, b = start + age.start(), start + age.end()
        blank = text[:a] + " " * (b - a) + text[b:]
        src = _describe(blank, start, end)
        if src is not None:
            return replace(src, name=" ".join(src.name.split()))
    mission = re.fullmatch(
        r"(?:[Tt]he\s+)?((?:[A-Z][\w.-]*\s+){0,3}(?:Delegation|Mission|Embassy|High\s+Commission"
        r"|Consulate|Representation)\s+(?:to|in)\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*)*))",
        text[start:end],
    )
    if mission is not None and " and " in mission.group(2) and _is_place(mission.group(2)):
        # "The EU Delegation to Bosnia and Herzegovina said": one body, not "Herzegovina"
        a = start + mission.start(1)
        return _Source(mission.group(1), "government", a, end, named=True)
    party = re.fullmatch(
        r"(.+?)\s+of\s+(?:the\s+)?(?:[a-z]+\s+){0,3}(?:[A-Z][\w’'-]*\s+){1,4}Party",
        text[start:end],
    )
    if party is not None:
        inner = _describe(text, start, start + len(party.group(1)))
        if inner is not None and inner.named and inner.type == "person" and inner.title:
            # "Rep. Kim Tae-ho of the main opposition People Power Party": the titled member,
            # not his party
            return inner
    within = re.match(
        r"(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo)\s+(?:[a-z-]+\s+){0,2}?(?:source|insider|official|member)s?"
        r"\s+(within)\s",
        text[start:end],
    )
    if within is not None:
        # "a source within Perak Umno": as "a source in Perak Umno", a member, no name
        at = start + within.start(1)
        src = _describe(text[:at] + "in    " + text[at + 6 :], start, end)
        if src is not None and not src.named and src.start is not None and src.end is not None:
            return replace(src, name=" ".join(text[src.start : src.end].split()))
        return src
    spokes = _PORTFOLIO_TITLE_RE.fullmatch(text, start, end)
    if spokes is not None and is_given_name(spokes.group("given")):
        # "Opposition Spokesperson on Education Sharlene Dawkins-Bailey": a capitalised
        # portfolio between the office and the name
        title = " ".join(text[start : spokes.start("given")].split())
        return _Source(
            text[spokes.start("given") : end],
            "person",
            spokes.start("given"),
            end,
            named=True,
            title=title,
            role=title,
            personal=True,
        )
    src = _describe_phrase(text, start, end)
    if (
        src is not None
        and src.named
        and " " not in src.name
        and src.name[1:].islower()
        and src.name.lower() in _lex().person_words
        and src.name.endswith("s")
    ):
        # "Analysts polled by LSEG had expected …" (a sentence's capital): people, no name
        src = replace(src, plural=True, named=False, personal=False)
    if (
        src is not None
        and src.named
        and not src.personal
        and src.title
        and src.type == "organisation"
        and src.title.split()[-1].lower() in _lex().person_words | _lex().role_words
        and _PERSON_NAME_RE.fullmatch(src.name)
    ):
        # "Federation of Trade Unions lawmaker Mok Kin-wah": a body in the title, a person
        return replace(src, type="person", personal=True)
    if src is not None and src.named and (silk := re.search(r"\s+(?:SC|BL|KC|QC)$", src.name)):
        # "defence barrister Brendan Kearney SC": a barrister's rank, no part of the name
        cut = len(src.name) - silk.start()
        src = replace(src, name=src.name[: silk.start()], end=(src.end or end) - cut)
    study = _STUDY_IN_PLACES_RE.fullmatch(text, start, end)
    if study is not None and src is not None and src.named and _is_place(src.name):
        # "results from a randomized trial of 138,000 people in the United Kingdom and
        # Denmark": the trial, not the last place it ran in
        return _Source(study.group("study"), "organisation", start, end)
    return src


_STUDY_IN_PLACES_RE = re.compile(
    r"(?:(?:results|findings|data)\s+(?:from|of)\s+)?(?:an?|the|its|their)\s+"
    r"(?P<study>(?:[\w-]+\s+){0,2}(?:trial|study|survey|poll|analysis|review|census|audit)"
    r"(?:\s+of\s+[^;]{1,60}?)?)\s+in\s+[^,;]{2,80}"
)


def _describe_phrase(text: str, start: int, end: int) -> _Source | None:
    """:func:`_describe` before a titled person is told from a body in the title."""
    spokes = _SPOKES_FOR_TITLED_BODY_RE.fullmatch(text, start, end)
    if spokes is not None:
        # "A spokesperson for the Commissioner for Older People for Northern Ireland": the
        # body's spokesperson (its name holds "for"s and a title word, no person)
        body = spokes.group(2)
        kind = _body_type(body)
        return _Source(
            text[spokes.start(1) : end],
            kind if kind in _BODY_TYPES else "government",
            start,
            end,
        )
    owner = _PLACE_OWNER_RE.match(text, start, end)
    if (
        owner
        and (
            _is_place(owner.group(1))
            # ("Enhedslisten’s Pernille Dahl Holm", "Labour's Angela Rayner": a party or body
            # before a full name with a given name)
            or is_given_name((text[owner.end() : end].split() or [""])[0])
            # ("The Progress Party's Kjetil Haugen": a party by its name's head)
            or (_body(owner.group(1))[0] in _BODY_TYPES and not _body(owner.group(1))[1])
        )
        and len(text[owner.end() : end].split()) >= 2
        # ("Poland's Tomasz Wróbel (EPP)": a party tag after the name)
        and _PERSON_NAME_RE.fullmatch(
            re.sub(r"\s*\([^()]*\)$", "", text[owner.end() : end].strip())
        )
    ):
        # "Poland's Tomasz Wróbel (EPP)": the country is no part of the name (but "Oman's
        # Foreign Ministry" is the ministry's)
        inner = _describe(text, owner.end(), end)
        kind, bare = _body(inner.name) if inner is not None else (None, "")
        first = inner.name.split()[0] if inner is not None else ""
        if (
            inner is not None
            and inner.type == "person"
            and not (kind in _BODY_TYPES and not bare)
            # ("Poland's Constitutional Tribunal": an adjective, no given name)
            and (
                is_given_name(first)
                or not re.search(r"(?:al|ic|ive|ous|ary|ory|ion|ment|ty|ed)$", first)
            )
        ):
            return replace(inner, role=inner.role or owner.group(1), start=start)
    body_list = _BODY_OF_LIST_RE.search(text, start, end)
    if (
        body_list
        and body_list.end() == end
        # ("Osama Al-Otaibi, a spokesman for the Ministry of Environment, Water and
        # Agriculture": a person before the body)
        and "," not in text[start : body_list.start()]
        and not _PLURAL_OF_LIST_RE.search(text, start, end)
        and not _names_people(text[body_list.start() : end])
    ):
        # "a spokesperson for Housing, Infrastructure and Communities Canada", "the UBA's
        # Faculty of Architecture, Design and Urbanism": the commas list a body's portfolios
        blank = text[:start] + text[start:end].replace(",", " ") + text[end:]
        inner = _describe(blank, start, end)
        if inner is None:
            return None
        # the name runs from the first listed portfolio, or from the capitalised head before
        # "of"/"for" ("Faculty of …"), to the end
        first = body_list.start() + re.match(r"(?:of|for)\s+(?:the\s+)?", body_list.group()).end()
        head = re.search(r"(?:\b(?!The\b)[A-Z][\w’'-]*\s+)+$", text[start : body_list.start()])
        name_start = start + head.start() if head else first
        name = text[name_start:end]
        if inner.name.split()[-1] == name.split()[-1]:
            return replace(inner, name=name)
    listed = _PLURAL_OF_LIST_RE.search(text, start, end)
    if listed and listed.end() == end and not _names_people(text[listed.start() : end]):
        # "the finance ministers of the Netherlands, Sweden, Denmark, Austria and Finland": the
        # commas list the countries, they open no appositive
        head = _describe(text, start, text.index(" ", listed.start()))
        if head is not None:
            return replace(
                head,
                name=f"{head.name}{text[head.end : end]}",
                end=end,
                type="government" if _GOVERNMENTS_OF_RE.match(text, head.start) else head.type,
                plural=True,
                named=False,
            )
    acronym = re.search(
        r"\s*\([A-Z][A-Z&]{1,9}\)(?:$|(?=,\s+(?:the|an?)\s+[^,]+$))", text[start:end]
    )
    if acronym and acronym.start() > 0 and " and " in text[start : start + acronym.start()]:
        # "the Irish Nurses and Midwives Organisation (INMO)": the name before its acronym
        # (and its appositive: "(ASIF), the Vatican’s financial watchdog")
        inner = _describe(text, start, start + acronym.start())
        appositive = text[start + acronym.end() : end].lstrip(", ")
        if inner is not None and appositive and not inner.appositive:
            inner = replace(inner, appositive=appositive)
        return replace(inner, end=end) if inner is not None else None
    pm = _POLLED_BY_RE.search(text, start, end)
    if pm and pm.start() > start:  # "Analysts polled by LSEG": the analysts, not the poller
        end = pm.start()
    words = _strip_det(_words(text[start:end], start))
    tm = _TRAILING_TIME_RE.search(text, start, end)
    if tm and words and tm.start() >= words[0][1]:  # "Senate Republicans on Thursday"
        words = [w for w in words if w[1] <= tm.start()]
    if len(words) > 1 and words[-1][2].lower() in _DOCUMENT_PARTICIPLES:
        words = words[:-1]  # "a large study published (on Monday)"
    part = next(
        (
            k
            for k in range(1, len(words) - 1)
            if words[k][2].lower() in _DOCUMENT_PARTICIPLES
            and words[k - 1][2].lower() in _DOCUMENT_HEADS
        ),
        None,
    )
    by = part is not None and next(
        (k for k in range(part + 1, len(words) - 1) if words[k][2] == "by"), None
    )
    if by and any(_is_cap(w[2]) for w in words[by + 1 :]):
        # "a national poll released Sunday by The Washington Post and ABC News": the pollster
        inner = _describe(text, words[by + 1][0], words[-1][1])
        if inner is not None and inner.named:
            typ, personal = inner.type, inner.personal
            if typ == "unknown" or (
                typ == "person"
                and (" " not in inner.name or not is_given_name(inner.name.split()[0]))
            ):
                # ("conducted by Gallup", "figures released by Cricket West Indies")
                typ, personal = "organisation", False
            role = words[part - 1][2].lower()
            return replace(
                inner, start=words[0][0], role=inner.role or role, type=typ, personal=personal
            )
    if part is not None:
        words = words[:part]  # "an Ifop poll published Thursday in Le Figaro": the poll
    client = next(
        (
            k
            for k in range(1, len(words) - 1)
            if words[k][2] == "for"
            and (
                words[k - 1][2].lower() in _DOCUMENT_HEADS
                # "a survey of 2,400 parents carried out for the charity X": its client
                or (
                    words[k - 1][2].lower() in ("out", "conducted", "done", "prepared")
                    and any(w[2].lower() in _DOCUMENT_HEADS for w in words[:k])
                )
            )
            and (_is_cap(words[k + 1][2]) or words[k + 1][2] == "the")
            and not any(w[2] == "by" for w in words[k:])  # ("a report for Oxfam … by E3G")
        ),
        None,
    )
    if client is not None:
        words = words[:client]  # "an Ifop poll for Le Journal du Dimanche": the paper paid
        while len(words) > 1 and words[-1][2].lower() in ("out", "carried", "conducted", "done"):
            words = words[:-1]  # ("a survey … carried out for the charity X")
    if len(words) > 1 and words[-1][2].lower() in ("himself", "herself", "itself", "themselves"):
        words = words[:-1]  # "Takahashi himself told reporters"
    pp = _SOURCE_CHANNEL_TAIL_RE.search(text, words[0][1], words[-1][1]) if len(words) > 3 else None
    if pp:  # "“…,” writes CEO Anika Sorensen in the post": the channel is no part of her
        words = [w for w in words if w[1] <= pp.start()]
    if not words or (len(words) > 1 and words[0][2].lower() == "you"):
        return None  # ("If you or anyone you know needs help": the reader, no source)
    if _is_sign(text[words[0][0] : words[-1][1]]):
        return None  # "A notice on the door of the water office read “Closed”": a sign
    dm = _DATA_FROM_RE.match(text[words[0][0] : words[-1][1]])
    if dm:  # "data from LSEG", "a survey by Gallup": the body is the source, the noun its role
        inner = _describe(text, words[0][0] + dm.end(), words[-1][1])
        if inner is not None and inner.named:
            typ = "organisation" if inner.type in ("person", "unknown") else inner.type
            return replace(
                inner, start=words[0][0], role=inner.role or dm.group(1).lower(), type=typ
            )
    if len(words) > 1 and words[-1][2] in _DATA_ROLES:
        # "Environment Agency data": the body is the source, the data its role
        inner = _describe(text, words[0][0], words[-2][1])
        if (
            inner is not None
            and len(words) == 2
            and inner.named
            and inner.type in ("person", "unknown")
            and not inner.title
            and not is_given_name(inner.name)
            and re.fullmatch(r"[A-Z][\w&-]*", inner.name)
        ):
            inner = replace(inner, type="organisation")  # "NielsenIQ data", "Eurostat figures"
        if inner is not None and inner.named and inner.type != "person":
            return replace(
                inner,
                start=words[0][0],
                end=words[-1][1],
                role=words[-1][2].lower(),
                personal=False,
            )
    start, end = words[0][0], words[-1][1]
    if text.count("(", start, end) > text.count(")", start, end) and text[end : end + 1] == ")":
        end += 1
    phrase = text[start:end]
    seat = _SEAT_MEMBER_RE.fullmatch(phrase) or _OFFICE_AT_DEPARTMENT_RE.fullmatch(phrase)
    if seat and _ascii_lower(seat.group("given")) in _given_names():
        # "Nationals member for Wimmera West Greg Tolhurst": the seat's member, named last
        inner = _describe(text, start + seat.start("given"), end)
        if inner is not None:
            office = phrase[: seat.start("given")].strip()
            return replace(
                inner, start=start, title=office, role=office, type="government", personal=True
            )
    if re.fullmatch(
        r"(?:[Tt]he\s+)?(?:[A-Z][\w’'-]*\s+){0,3}(?:MP|MSP|MLA|MHA|TD|[Mm]ember)\s+for\s+"
        r"[A-Z][\w’'-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w’'-]*){0,4}",
        phrase,
    ):  # "the Liberal Democrat MP for Brackwell and Deptford Vale": a seat, no name
        name = re.sub(r"^[Tt]he\s+", "", phrase)
        return _Source(name, "government", start, end, named=False, role=name, personal=True)
    bare = re.sub(r"\s*\([^)]*\)\s*$", "", phrase)
    listed = _LISTED_BODY_RE.fullmatch(bare) or _NUMBERED_BODY_RE.fullmatch(bare)
    if _listed_body(listed):
        # "the Philippine Atmospheric, Geophysical and Astronomical Services Administration":
        # one body's name, its commas no appositions
        name = re.sub(r"^[Tt]he\s+", "", listed.group(0))
        return _Source(name, _classify(phrase, name), start, end, named=True)
    # appositions: "the monitor's chief, Rami Abdulrahman" / "Mohamed Hussein, a fighter"
    # a body's name with commas in it is one chunk ("a spokesperson for the Department for
    # Environment, Food and Rural Affairs")
    kept = _body_name_spans(phrase)
    pieces, last = [], 0
    for sep in re.finditer(r"\s*[,—–]\s*", phrase):
        if _THOUSANDS_RE.match(phrase, sep.start()):
            continue  # "A survey of 1,200 small firms": a number, no apposition
        if (
            sep.group() in ("–", "—")
            and phrase[sep.start() - 1 : sep.start()].isalpha()
            and phrase[sep.end() : sep.end() + 1].isupper()
        ):
            continue  # "Homeland Union–Lithuanian Christian Democrats MP X": one party's name
        if not any(a <= sep.start() < b for a, b in kept):
            pieces.append(phrase[last : sep.start()])
            last = sep.end()
    pieces.append(phrase[last:])
    chunks = [
        c
        for c in pieces
        if c.strip() and not re.fullmatch(r"(?:(?:now|aged)\s+)?\d{1,3}", c.strip())
    ]  # an age is no appositive: "Maria Lopez, 31, a nurse"; dashes set off one too
    name = None
    descriptor = phrase
    offset = start
    best_chunk = None
    heads = _title_heads()[0]
    for k, c in enumerate(chunks):
        c_off = text.find(c, offset)
        cw = _strip_det(_words(c, c_off))
        run = _name_run(cw, text)
        if (
            run is not None
            and len(chunks) > 1
            and (
                all(w[2].lower().rstrip(".") in heads for w in cw[run[0] : run[1]])
                or " ".join(w[2] for w in cw[run[0] : run[1]]).lower() in _title_set()
                # "The Home Secretary, Yvette Cooper": a title ends the run, a name follows;
                # "The Minister for Health, Mark Butler", "The MP for Warringah, Zali Steggall":
                # a title opens it with its office
                or (
                    k + 1 < len(chunks)
                    and run[1] == len(cw)
                    and (
                        cw[run[1] - 1][2].lower().rstrip(".") in heads
                        or (
                            run[1] - run[0] > 2
                            # (not "Gov. X of Ohio"; "The Labour MP for Medway Valley, …")
                            and any(
                                cw[p][2].lower().rstrip(".") in heads | {"member", "mp"}
                                and cw[p + 1][2] in ("for", "of")
                                # ("Chief District Officer of Gorkha, …"; not a given name
                                # first: "Gov. Jane Officer of …")
                                and not any(
                                    _ascii_lower(w[2]) in _given_names() for w in cw[run[0] : p]
                                )
                                for p in range(run[0], min(run[0] + 3, run[1] - 1))
                            )
                        )
                    )
                )
            )
        ):
            run = None  # "The Prime Minister, Mark Fenwick": a capitalised title is no name
        if run is not None and best_chunk is None:
            best_chunk = (cw, run, k)
        offset = c_off + len(c)
    title = appositive = role = ""
    if best_chunk is not None:
        cw, (i, j), k_chunk = best_chunk
        name, title = _split_title(text, cw, i, j)
        name = re.sub(r"\s*\([^)]*\)?\s*$", "", name)
        om = re.fullmatch(
            r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+)+)\s+of\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+){0,5}", name
        )
        if (
            om
            and om.group(1).split()[0].lower() in _given_names()
            and om.group(1).split()[-1].lower() not in _BODY_NAME_HEADS  # ("General
            # Confederation of Labour")
        ):
            name = om.group(1)  # "Gov. Gretchen Whitmer of Michigan": her state is no name
        role = "" if all(w in _lex().courtesy for w in _WORD_RE.findall(title.lower())) else title
        others = [c.strip() for k, c in enumerate(chunks) if k != k_chunk and c.strip()]
        if len(chunks) == 2 and len(others) == 1:
            appositive = re.sub(r"\s+", " ", others[0])
            if not role or role.rstrip(".").lower() in {
                h.rstrip(".").lower() for h in _honorifics()
            }:
                role = _appositive_role(appositive) or role  # "Dr X, an entomologist"
    counted = phrase
    if title and name and _PERSON_NAME_RE.fullmatch(name) and " and " in title:
        counted = counted.replace(title, " ")  # ("spokesman on land and environment X": one)
    if name and _PERSON_NAME_RE.fullmatch(name) and "," in phrase:
        # "Sen. Rick Halvorsen, R-Idaho, one of the two Republicans to oppose it": one person
        counted = next((p for p in phrase.split(",") if name in p), phrase)
    if (
        title
        and name
        and _PERSON_NAME_RE.fullmatch(name)
        and title in phrase
        and (
            portfolio := re.fullmatch(
                r"(?:[a-z][\w-]*,?\s+)+and\s+", phrase[: phrase.index(title)].lstrip()
            )
        )
        and not any(
            w in _lex().person_words or w.rstrip("s") in _lex().person_words
            for w in re.findall(r"[a-z][\w-]*", portfolio.group())
        )
    ):  # "(state public works,) infrastructure and transport committee chairman X": one office
        counted = phrase[phrase.index(title) :]
    plural = (
        bool(
            re.search(
                r"\b(?:two|three|four|several|many|some|sources|officials|officers|and)\b",
                # "and" inside a capitalised name is no pair: "Law and Justice leader Pawel Nowak"
                re.sub(r"\b([A-Z][\w’'-]*)\s+and\s+(?=[A-Z])", r"\1 ", counted).lower(),
            )
        )
        or (
            # "people with knowledge of the request" (not "one of those passengers")
            not re.match(r"(?:the\s+)?(?:one|another)\b", counted.lower())
            and bool(re.search(r"\b(?:people|persons|those|others|men|women|children)\b", counted))
        )
        or (
            not name
            and bool(
                re.search(
                    r"s\b",
                    re.split(
                        r"\s(?:of|for|to|at|in|from|with|close)\s", phrase.split(",")[0].strip()
                    )[0].split(" ")[-1]
                    if phrase
                    else "",
                )
            )  # the head noun: "Allies of the chancellor"
            and not phrase.lower().endswith(("news", "forces", "us", "ss", "media"))
        )
    )
    if (
        not plural
        and name
        and (
            (
                re.fullmatch(r"[A-Z][a-z]+(?:ers|ors|ists|ents|ants|ians|esses|ees|ives)", name)
                # (a word, not a surname: "Albers said", "Peters said" are people)
                and (
                    _is_human(name[:-1])
                    or (name[:-1].lower() in _common_words() and not is_given_name(name[:-1]))
                )
            )
            # ("Regulars describe it as …"; not "Lars")
            or (re.fullmatch(r"[A-Z][a-z]{3,}ars", name) and not is_given_name(name))
        )
        and len(words) == 1
    ):
        plural = True  # "Witnesses said", "Researchers found": a group, not a name
    typ = _classify(descriptor, name)
    if (
        typ == "organisation"
        and appositive.startswith(("who ", "whose "))
        and name
        and _PERSON_NAME_RE.fullmatch(name)
        and not title
    ):
        typ = "person"  # "Dela Cruz, who chairs the committee": what she chairs is no type
    before_name = phrase[: phrase.find(name)].split() if name and name in phrase else []
    personal = best_chunk is not None and (
        typ in ("person", "government")
        or _human_role(title)
        # "Trekking Agencies' Association of Nepal President Dhan Bahadur Gurung": the title's
        # last word is its head before a name
        or (
            bool(title)
            and _PERSON_NAME_RE.fullmatch(name or "") is not None
            and _human_role(title.split()[-1])
        )
        or _human_role(appositive)
        or appositive.startswith(("who ", "whose "))  # "Jane Doe, who runs the company"
        # "PAS central committee member Khairul Anuar Yusof": a person word before the name
        or (
            bool(before_name)
            and before_name[-1].lower() in _lex().person_words | _lex().role_words
            and _PERSON_NAME_RE.fullmatch(name) is not None
        )
    )
    if name is None:
        desc = re.sub(r"\s+", " ", chunks[0].strip()) if chunks else phrase
        dw = _strip_det(_words(desc, 0))
        name = desc[dw[0][0] :] if dw else desc
        name = re.sub(r"\s+(?:who|which|that)\b.*$", "", name)
    return _Source(
        name=name,
        type=typ,
        start=start,
        end=end,
        plural=plural,
        named=best_chunk is not None,
        title=title,
        appositive=appositive,
        role=role,
        personal=personal,
    )


# ------------------------------------------------------------------- descriptor and name links
@lru_cache(maxsize=1)
def _honorifics() -> frozenset[str]:
    return frozenset(w.strip().lower() for w in _data_lines("honorifics.txt"))


@lru_cache(maxsize=1)
def _role_heads() -> frozenset[str]:
    """Head nouns of role descriptors: human heads and office titles ("minister", "mayor")."""
    offices = {w.lower() for t in _lex().titles for w in t.split()} - _honorifics()
    return _lex().person_words | offices


_OF_FOR_RE = re.compile(r"\s(?:of|for)\s")
_ROLE_PREP_RE = re.compile(r"\s(?:of|for|from|in|at|on)\s")


def _role_split(phrase: str, prep: re.Pattern) -> tuple[list[str], list[str], str]:
    """A role phrase cut at its first preposition: the words before it (no determiners or
    possessives), the words after it (no determiners), and the cleaned lower-case phrase."""
    low = " " + re.sub(r"[^\w\s’'-]", " ", phrase.lower()) + " "
    m = prep.search(low)
    pre, post = (low[: m.start()], low[m.end() :]) if m else (low, "")
    words = [w for w in pre.split() if w not in _DETERMINERS and not w.endswith(("’s", "'s"))]
    return words, [w for w in post.split() if w not in _DETERMINERS], low


def _role_parts(phrase: str) -> tuple[list[str], str, str]:
    """(modifiers, head, head of the "of"/"for"/"in"/… complement) of a descriptor, lower case
    ("a company commander in the brigade": the commander)."""
    words, comp, _ = _role_split(phrase, _ROLE_PREP_RE)
    head = words[-1] if words else ""
    return words[:-1], head, (comp[-1].removesuffix("s") if comp else "")


def _role_words(role: str) -> tuple[set[str], str, set[str]]:
    """(all words, head, complement words) of a name's title or appositive, lower case:
    "the senator from Ohio" -> head "senator", complement {"ohio"}; "head of the Syrian
    Observatory for Human Rights" -> head "head", complement {"syrian", "observatory", ...}."""
    words, comp, low = _role_split(role, _ROLE_PREP_RE)
    comp_set = {w.removesuffix("s") for w in comp}
    return set(low.split()) | comp_set, (words[-1] if words else ""), comp_set


def _definite(text: str, src: _Source, phrase: str) -> bool:
    """Is the descriptor definite: 'the ...' or a possessive ('Syria's defence minister')?"""
    at = text.find(phrase, max(0, (src.start or 0) - 1), (src.end or len(text)) + 1)
    if at < 0:
        return False
    before = text[max(0, at - 4) : at].lower()
    return before == "the " or bool(re.match(r"[\w.-]+(?:’s|'s)\s", phrase))


def _role_descriptor(text: str, src: _Source, definite: bool = True) -> bool:
    """A singular definite role descriptor with no name ("the defence minister"); with
    ``definite=False`` an indefinite one too ("a company commander in the brigade")."""
    if (src.named and not _capital_role(text, src)) or src.plural:
        return False
    if src.type not in ("person", "government", "organisation"):
        return False
    _mods, head, _comp = _role_parts(src.name)
    return head in _role_heads() and (not definite or _definite(text, src, src.name))


def _capital_role(text: str, src: _Source) -> bool:
    """A capitalised office after "the", read as a name ("the Speaker", "the Deputy
    Governor"): a role descriptor all the same."""
    words = src.name.split()
    return (
        src.named
        and src.start is not None
        and 0 < len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and text[max(0, src.start - 4) : src.start].lower() == "the "
        and _role_parts(src.name.lower())[1] in _role_heads()
        and not any(is_given_name(w) for w in words)
    )


def _new_titled_name(text: str, src: _Source, desc: _Source) -> bool:
    """A full name with a title, first seen here, whose title suits the descriptor."""
    words = src.name.split()
    if len(words) < 2 or not src.title or src.start is None:
        return False
    if re.search(r"\b" + re.escape(words[-1]) + r"\b", text[: src.start]):
        return False  # named before: not a newly introduced person
    title = src.title.lower().split()
    if all(w in _honorifics() for w in title):
        return True
    dwords = set(re.sub(r"[^\w\s’'-]", " ", desc.name.lower()).split())
    return all(w in dwords for w in title)  # "Defence Minister X" after "the defence minister"


def _title_modifier_fits(before: str, mods: list[str], desc: str) -> bool:
    """Does the word before a title ("foreign" in "the foreign minister, Ali Bakr") fit a
    descriptor with the modifiers ``mods`` ("defence minister": no)? A determiner, a capital
    word, a generic word or one of the descriptor's own words fits."""
    words = re.findall(r"[\w’'-]+", re.split(r"[.!?\n]", before)[-1])  # (this sentence's)
    if not words:
        return True
    w = words[-1]
    return (
        w.lower() in _DETERMINERS
        or w.lower() in stopwords()  # ("respect for Governor Mike Pence")
        or w[:1].isupper()
        or w.lower()
        in (
            *("local", "senior", "former", "new", "veteran", "longtime", "its", "his", "her"),
            *("head", "chief", "lead", "principal", "interim", "caretaker", "acting"),
        )
        or w.lower() in mods
        or w.lower() in desc.lower().split()
    )


def _same_role(text: str, src: _Source, desc: _Source) -> bool:
    """Does the name's appositive ("the head of the force") restate the descriptor's role?"""
    if not _definite(text, src, src.appositive):
        return False
    mods, head, comp = _role_parts(src.appositive)
    dmods, dhead, dcomp = _role_parts(desc.name)
    if not head or head != dhead or (comp and comp != dcomp):
        return False  # (no complement: "the commander" takes up "a commander in the brigade")
    return all(m in dmods for m in mods)


# ----------------------------------------------------------------------------------- NP tests
def _participle_at(toks: list[_Tok], n: int) -> bool:
    """Is ``toks[n]`` a participle opening a phrase ("signed by", "organized by")?"""
    return (
        n + 1 < len(toks)
        and toks[n].pos in ("VBN", "VBD")
        and toks[n].lower.endswith("ed")
        and toks[n + 1].pos in ("IN", "TO")
    )


def _no_claim(text: str, cs: int, c_start: int, c_end: int, *, direct: bool = False) -> bool:
    """Is what the cue at ``cs`` frames (``c_start:c_end``) no one's claim: what a profile page
    says of its owner ("One fan, whose profile says she has followed the group, wrote: …"), and,
    unless the content is a direct quote, a relative clause's verb with no content
    (:func:`_relative_without_content`) or a "so-called" term ("evict tenants by claiming
    so-called “own use”")? The rules and the learned layers both drop such rows."""
    if _PROFILE_RE.search(text, max(0, cs - 40), cs):
        return True
    return not direct and bool(
        _relative_without_content(text, cs, c_start, c_end)
        or re.match(r"so-called\s", text[c_start:c_end])
    )


def _relative_without_content(text: str, cs: int, c_start: int, c_end: int) -> bool:
    """Is the cue at ``cs`` the verb of a relative clause with no content of its own, the main
    clause running on after it ("One audience member who shouted during the end credits was
    told to leave")?"""
    return bool(
        re.search(r"\bwho\s+(?:\w+ly\s+)?$", text[max(0, cs - 20) : cs])
        and re.match(r"(?:during|throughout|at|on|in|from|after|before)\s", text[c_start:c_end])
        and not any(q in text[c_start:c_end] for q in QUOTE_CHARS)
    )


def _listed_names_end(chunk: list[_Tok]) -> bool:
    """Does ``chunk`` end a comma list of names: "Ben Jones and Carl Brown", "and Carl Brown"?"""
    if chunk and chunk[0].lower == "and":
        return _listed_name(chunk[1:])
    ands = [n for n, t in enumerate(chunk) if t.lower == "and"]
    return len(ands) == 1 and _listed_name(chunk[: ands[0]]) and _listed_name(chunk[ands[0] + 1 :])


def _listed_name(chunk: list[_Tok]) -> bool:
    """Is ``chunk`` one name of a comma list of speakers ("Ana Smith" in "Ana Smith, Ben Jones
    and Carl Brown said"): one to four proper nouns, no weekday or month?"""
    return (
        0 < len(chunk) <= 4
        and all(t.pos in ("NNP", "NNPS") or t.text == "." for t in chunk)
        and chunk[0].pos == "NNP"
        and not any(t.lower in _WEEKDAYS or t.lower in _MONTH_WORDS for t in chunk)
    )


# given names and name words the tagger may read as verbs
_VERB_LIKE_NAMES = frozenset(
    "Said Ally Will Hope Faith Grace Bill Mark Pat Rich Sue Guy Rob Chase Drew Grant Wade Dean "
    "Gene Art Jack".split()
)


def _is_name_item(chunk: list[_Tok], final: bool) -> bool:
    """Is ``chunk`` one item of a list of names ("Sweden", "Climate Change"), or with ``final``
    its last items ("Austria and Finland", "and Finland")?"""
    words = [t for t in chunk if t.lower not in ("the", "&")]
    joins = [t for t in words if t.lower in ("and", "or")]
    names = [t for t in words if t.lower not in ("and", "or")]
    return (
        0 < len(names) <= 6
        and all(t.text[:1].isupper() and t.pos.startswith(("NN", "JJ")) for t in names)
        and not any(t.lower in _WEEKDAYS or t.lower in _MONTH_WORDS for t in names)
        and (bool(joins) if final else not joins)
        and not (final and chunk[-1].lower in ("and", "or"))
    )


def _names_people(phrase: str) -> bool:
    """Does ``phrase`` hold a given name followed by another capitalised word?"""
    words = phrase.split()
    return any(is_given_name(w) and words[n + 1][:1].isupper() for n, w in enumerate(words[:-1]))


def _join_listed_names(chunks: list[list[_Tok]]) -> list[list[_Tok]]:
    """Chunks split at the commas of a list of names after "of"/"for"/"from", or from the
    start, are one noun phrase again: "the finance ministers of the Netherlands, Sweden,
    Denmark, Austria and Finland", "the Union Ministry of Environment, Forest and Climate
    Change", "Shell, BP and Total"."""
    out: list[list[_Tok]] = []
    i = 0
    while i < len(chunks):
        c = chunks[i]
        k = next((n for n in range(len(c) - 1, 0, -1) if c[n].lower in ("of", "for", "from")), None)
        if i == 0 and k is None and _is_name_item(c, final=False):
            k = -1  # "Shell, BP and Total said": a list of names from the start
        if k is not None and k + 1 < len(c) and _is_name_item(c[k + 1 :], final=False):
            j = i + 1
            while j < len(chunks) and _is_name_item(chunks[j], final=False):
                j += 1
            if (
                j < len(chunks)
                and _is_name_item(chunks[j], final=True)
                # ("two members of Congress from Florida, Ileana Ros-Lehtinen and Carlos
                # Curbelo": people named after the description)
                and not _names_people(" ".join(t.text for t in chunks[j]))
            ):
                out.append([t for part in chunks[i : j + 1] for t in part])
                i = j + 1
                continue
        out.append(c)
        i += 1
    return out


# a name's rendering in its own script in brackets after it: "Chen Ting-an (陳亭安)"
_NATIVE_SCRIPT_RE = re.compile(
    r"(?<=[\w.])\s*\((?:[^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff]|\s){1,40}\)"
)


def _drop_tag(chunk: list[_Tok]) -> list[_Tok]:
    """A name's closing parenthetical tag of party or seat dropped: "Mr Boniphace Masanja
    Butondo (CCM)", "Mr Ally Saleh Juma (Malindi, ACT Wazalendo)"."""
    if len(chunk) < 4 or chunk[-1].text != ")":
        return chunk
    o = max((n for n, t in enumerate(chunk) if t.text == "("), default=0)
    inner = chunk[o + 1 : -1]
    if (
        o >= 1
        and 0 < len(inner) <= 6
        and chunk[o - 1].text[:1].isupper()
        and all(t.text[:1].isupper() or t.text in (",", "-", "–") for t in inner)
        # a person's tag, not a body's acronym ("the Superintendency of Water Resources (SWR)")
        and (
            any(t.lower.rstrip(".") in _TAGGED_TITLES for t in chunk[:o])
            or any(t.text in (",", "-", "–") for t in inner)
            or (len(inner) == 1 and len(inner[0].text) == 1)
        )
    ):
        return chunk[:o]
    return chunk


_TAGGED_TITLES = frozenset("mr mrs ms miss dr sen rep hon prof sir dame mp senator".split())


def _np_ok(toks: list[_Tok], *, max_len: int = 14) -> bool:
    """Is this token run a plausible source noun phrase (relative clause allowed after the head)?"""
    if not toks:
        return False
    head: list[_Tok] = []
    for t in toks:
        if t.lower in _RELATIVE and head:
            break
        head.append(t)
    words = [t for t in head if not _NONWORD_RE.fullmatch(t.text)]
    if not words or len(words) > max_len:
        return False
    if any(_is_finite(t) for t in head if t.lower not in ("’s", "'s")):
        # allow possessive 's tagged as VBZ
        bad = [
            t
            for i, t in enumerate(head)
            if _is_finite(t)
            and t.lower not in ("’s", "'s")
            # a given name the tagger reads as a verb ("Will Doyle", "Mr Ally Saleh Juma")
            and not (
                t.text in _VERB_LIKE_NAMES
                and (i == 0 or head[i - 1].lower.rstrip(".") in ("mr", "mrs", "ms", "miss", "dr"))
                and i + 1 < len(head)
                and head[i + 1].text[:1].isupper()
                and head[i + 1].pos in ("NNP", "NNPS")
                and (i == 0 or head[i - 1].text[:1].isupper())
            )
            and not (  # "researchers not involved in the work": a negated reduced relative
                t.lower == "not"
                and 0 < i < len(head) - 2
                and head[i - 1].pos in ("NN", "NNS")
                and head[i + 1].pos == "VBN"
                and head[i + 2].pos == "IN"
            )
            and not (  # reduced relative: "an official briefed on the talks"
                t.lower.endswith("ed")
                and 0 < i < len(head) - 1
                and (
                    head[i + 1].pos == "IN"
                    or head[i + 1].lower in _WEEKDAYS
                    # ("a senior officer attached to the Port of Spain Division")
                    or (head[i + 1].lower == "to" and t.lower in _ATTACHED_PARTICIPLES)
                )
                and head[i + 1].lower not in _CLAUSE_OPENERS  # "Shares jumped after the ..."
                and (
                    head[i - 1].pos in ("NN", "NNS")  # ("Philip Lane warned against": a verb)
                    # "researchers not involved in the work"
                    or (head[i - 1].lower == "not" and i > 1 and head[i - 2].pos in ("NN", "NNS"))
                )
            )
        ]
        if bad:
            return False
    if any(t.text in QUOTE_CHARS for t in head):
        return False
    for i, t in enumerate(head[:-1]):
        if t.pos in ("VBD", "VBN") and head[i + 1].pos in ("DT", "PRP$") and i > 0:
            return False  # a verb with its object: "issued a statement"

    if (
        words[0].pos in ("VBN", "VBG")
        and len(words) > 1
        and words[0].lower.endswith(("ed", "ing"))
        and words[1].pos == "IN"
    ):
        return False  # a fronted participial phrase: "Courted by most candidates, ..."
    if words[0].lower in _lex().discourse or words[0].lower in (
        "to",
        "of",
        "for",
        "in",
        "on",
        "with",
    ):
        return False
    if all(t.lower in _DETERMINERS or t.lower in _lex().discourse for t in words):
        return False
    return any(
        t.pos.startswith(("NN", "PRP", "CD", "JJ", "VB"))
        or _is_cap(t.text)
        or t.lower in _PRONOUNS
        or t.lower in _lex().person_words
        for t in words
        if t.lower not in _RELATIVE
    )


# ------------------------------------------------------------------------------- the engine
def _infinitive_object(toks: list[_Tok]) -> bool:
    """'to veto any bill': "to", a lower-case word the tagger may call a noun, then a determiner.

    Such a "to" opens an infinitive, not an audience ("said to reporters that ..."), so a "that"
    after it starts a relative clause ("pledged to veto any bill that reaches her desk").
    """
    return (
        len(toks) >= 3
        and toks[0].lower == "to"
        and toks[1].text.islower()
        and toks[2].pos in ("DT", "PRP$")
    )


class _Engine:
    def __init__(self, article: Article) -> None:
        self.art = article
        self.text, self.dq_open, self.dq_close = _double_apostrophes(article.text)
        ledes = [m.span(1) for m in _SMALL_CAPS_LEDE_RE.finditer(self.text)]
        self.text = _small_caps_lede(self.text)
        self.lex = _lex()
        self.issues: list[tuple[int, str]] = []
        self.acronym_glosses: dict[str, str] = {}  # "KPDN": the body it stands for
        g_open = frozenset(m.start() for m in re.finditer("«", self.text))
        g_close = frozenset(m.start() for m in re.finditer("»", self.text))
        if g_open or g_close:  # « guillemets » quote like curly double marks
            self.text = self.text.replace("«", "“").replace("»", "”")
        spans, q_issues = _quote_spans(self.text)
        self.text, self.sq_open, self.sq_close = _single_quotes(self.text, sorted(spans))
        if self.sq_open:
            spans, q_issues = _quote_spans(self.text)
        self.sq_open, self.sq_close = self.sq_open | g_open, self.sq_close | g_close
        self.quotes = sorted(spans)
        self.issues.extend(q_issues)
        self.q_starts = [s for s, _ in self.quotes]
        spans = list(iter_sentence_spans(article))
        self.sents = [(s, e) for s, e, _b, _k in spans]
        self.sent_starts = [s for s, _e in self.sents]
        self.headline_spans = [(s, e) for s, e, _b, k in spans if k == "headline"]
        # surnames the text gives after a given name ("Tonya Barefoot"), read as names later
        # whatever the tagger makes of them ("Barefoot wasn't convinced")
        self.given_surnames = frozenset(
            m.group(2)
            for m in re.finditer(r"\b([A-Z][a-z]+)\s+([A-Z][a-z]*[A-Z’']?[a-z]{2,})\b", self.text)
            if is_given_name(m.group(1)) and m.group(2).lower() not in stopwords()
        )
        self.headlines = {s for s, _e in self.headline_spans}
        cols = _token_columns(article, _check_backend("auto"), True)  # iter_tokens' columns
        self.toks = [
            _Tok(s, e, w, w.lower(), t or "", sid)
            for sid, s, e, w, t in zip(
                cols["sent_id"], cols["start"], cols["end"], cols["text"], cols["pos"], strict=True
            )
        ]
        if self.dq_open or self.dq_close:
            # ''quoted'' (two apostrophes as quote marks): one quote token per pair
            toks = []
            for t in self.toks:
                if t.start in self.dq_close:
                    t = _Tok(t.start, t.end, "”", "”", "''", t.sent_id)
                elif t.start - 1 in self.dq_open:
                    t = _Tok(t.start, t.end, "“", "“", "``", t.sent_id)
                elif t.start in self.dq_open or t.start - 1 in self.dq_close:
                    continue
                toks.append(t)
            self.toks = toks
        if ledes:
            # a small-caps lead-in: its sentences tagged again in title case
            sids = {t.sent_id for t in self.toks if any(a <= t.start < b for a, b in ledes)}
            for sid in sids:
                idx = [n for n, t in enumerate(self.toks) if t.sent_id == sid]
                words = [self.text[self.toks[n].start : self.toks[n].end] for n in idx]
                for n, w, pos in zip(idx, words, _tag(words, _check_backend("auto")), strict=True):
                    t = self.toks[n]
                    self.toks[n] = _Tok(t.start, t.end, w, w.lower(), pos or "", t.sent_id)
        self.toks = [self.retag(t) for t in self.toks]
        for n in range(1, len(self.toks) - 1):
            t, prev, nxt = self.toks[n], self.toks[n - 1], self.toks[n + 1]
            if (
                t.text in _VERB_LIKE_NAMES
                and t.text != "Will"
                and not any(a <= t.start < b for a, b in self.headline_spans)
                and prev.pos in ("NNP", "NNPS")
                and prev.text[:1].isupper()
                and prev.sent_id == t.sent_id
                and nxt.text[:1].isupper()
                and nxt.text.isalpha()
            ):  # "Mr Juma Said Mketo", "Mr Ally Saleh Juma": a name word, no verb
                self.toks[n] = _Tok(t.start, t.end, t.text, t.lower, "NNP", t.sent_id)
        self.drop_nicknames()
        self.tok_starts = [t.start for t in self.toks]
        self.out: list[_Stmt] = []
        self.made: list[_Stmt] = []  # the statements of the unit being read
        # spans the rules read as no one's statement, kept from the learned layers too
        self.no_statement: list[tuple[int, int]] = []
        self.cue_extras: dict[int, dict] = {}  # by cue end: relay ("carried by"), "citing" span
        self.labelled: list[tuple[int, int]] = []  # transcript answers (see speaker_label)
        self.answer: _Stmt | None = None  # the transcript answer the current unit is in
        # the gender of "he"/"she" resolved to a named person ("Dr Lim … “…,” he said"): a
        # later "she" is someone else
        self.pronoun_gender: dict[str, str] = {}
        self.surnames: dict[str, frozenset[str]] = {}  # see surname_in_text
        self.given_names_before: dict[str, frozenset[str]] = {}  # see given_before
        self.named_genders: dict[str, str | None] = {}  # see named_gender

    def retag(self, t: _Tok) -> _Tok:
        """A token as the rules read it: a single quote mark or guillemet used as a quotation
        mark is a curly double one; "el-Sayed", "al-Assad" are names, whatever the tagger made
        of their "-ed"; "WHO" is a name, not "who"."""
        if t.end == t.start + 1 and t.start in self.sq_open:
            return _Tok(t.start, t.end, "“", "“", "``", t.sent_id)
        if t.end == t.start + 1 and t.start in self.sq_close:
            return _Tok(t.start, t.end, "”", "”", "''", t.sent_id)
        if t.pos != "NNP" and _NAME_PARTICLE_RE.match(t.text):
            return _Tok(t.start, t.end, t.text, t.lower, "NNP", t.sent_id)
        if (
            t.pos == "FW"
            and t.text[:1].isupper()
            and t.text[1:].islower()
            and is_given_name(t.text)
            and re.match(r"\s+[A-Z]", self.text[t.end : t.end + 3])
        ):
            # "Maya Soto has taken …": a given name the tagger read as a foreign word
            return _Tok(t.start, t.end, t.text, t.lower, "NNP", t.sent_id)
        if t.pos != "NNP" and (
            (
                t.text[:1].isupper()
                and _AFTER_NAME_PARTICLE_RE.search(self.text, max(0, t.start - 40), t.start)
            )
            or (
                t.text in _PATRONYMIC_PARTICLES
                and re.match(r"\s+[A-Z]", self.text[t.end : t.end + 3])
                and self.text[max(0, t.start - 2) : t.start].strip()[-1:].isalpha()
            )
        ):  # "Haji Abdul Rahman bin Said told residents": "bin Said" is a name
            return _Tok(t.start, t.end, t.text, t.lower, "NNP", t.sent_id)
        if (
            t.pos not in ("NNP", "NNPS")
            and t.text[:1].isupper()
            and t.text in self.given_surnames
            and not any(a <= t.start < b for a, b in self.headline_spans)
            and re.match(
                r"\s+(?:(?:was|is|were|are|had|has|did|does|would|will|could|can)(?:n[’']t)?"
                r"|said|says|told|added|[a-z]+ed)\b",
                self.text[t.end : t.end + 14],
            )
        ):  # "Barefoot wasn't convinced" after "Tonya Barefoot": the surname, no adverb
            return _Tok(t.start, t.end, t.text, t.lower, "NNP", t.sent_id)
        if t.pos.startswith("VB") and re.fullmatch(
            r"[\w’'.]+-(?:based|led|backed|owned|run|funded|born|made|listed|controlled)", t.text
        ):  # "Abu Dhabi-based Al Manara Capital": an adjective, no verb
            return _Tok(t.start, t.end, t.text, t.lower, "JJ", t.sent_id)
        if t.pos == "MD" and re.fullmatch(r"[A-Z]{2,6}", t.text):
            return _Tok(t.start, t.end, t.text, t.lower, "NNP", t.sent_id)  # "CA said": a name
            # (the tagger's "ca" of "can't")
        if t.text == "WHO":  # the World Health Organization, not the relative pronoun
            return _Tok(t.start, t.end, t.text, "w.h.o.", "NNP", t.sent_id)
        if t.lower == "think" and re.match(r"[\s-]+tanks?\b", self.text[t.end : t.end + 8]):
            return _Tok(t.start, t.end, t.text, t.lower, "NN", t.sent_id)  # "the think tank"
        if (
            t.pos.startswith("VB")
            and t.lower in self.lex.person_words
            and re.search(
                r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Tt]he|[Aa]n?|[\w’']+[’']s?)\s+(?:[a-z-]+\s+)?$",
                self.text[max(0, t.start - 30) : t.start],
            )
        ):  # "His bandmate said": a person word the tagger does not know, after a determiner
            return _Tok(
                t.start, t.end, t.text, t.lower, "NNS" if t.lower.endswith("s") else "NN", t.sent_id
            )
        if (
            t.pos.startswith("VB")
            and re.fullmatch(r"[A-Z][a-z]+[A-Z][A-Za-z]*", t.text)
            and not any(a <= t.start < b for a, b in self.headline_spans)
        ):
            return _Tok(t.start, t.end, t.text, t.lower, "NNP", t.sent_id)  # "GridWise"
        return t

    # -- helpers
    def drop_nicknames(self) -> None:
        """A quoted nickname inside a name is no quote and no part of the source's name:
        'Coach Darren "Dags" Wheeler admitted …' (blanked in the engine's copy of the text;
        the article's text, from which contents are cut, keeps it)."""
        nicks = [
            (s, e)
            for s, e in self.quotes
            if _NICKNAME_RE.fullmatch(self.text, s, e)
            and (before := re.search(r"\b([A-Z][\w’'-]*[a-z])\s$", self.text[max(0, s - 30) : s]))
            and is_given_name(before.group(1))
            and re.match(r"\s[A-Z][\w’'-]*[a-z]", self.text[e : e + 30])
            and not any(a <= s < b for a, b in self.headline_spans)
        ]
        # a name given in quote marks after what names it: "a drone operator …, who goes by
        # the call sign “Lis,” or “Fox,” said …" (the marks go; the name and commas stay)
        signs = [
            (s, e)
            for s, e in self.quotes
            if _CALL_SIGN_RE.fullmatch(self.text, s, e)
            and re.search(
                r"(?:\b(?:call\s*sign|nom\s+de\s+guerre|pseudonym|nickname|alias|goes\s+by"
                r"|known\s+as|nicknamed|dubbed)|[”\"’'],?\s+or)\s+$",
                self.text[max(0, s - 30) : s],
            )
            and (s, e) not in nicks
        ]
        for s, e in signs:
            self.text = self.text[:s] + " " + self.text[s + 1 : e - 1] + " " + self.text[e:]
        if not nicks and not signs:
            return
        for s, e in nicks:
            self.text = self.text[:s] + " " * (e - s) + self.text[e:]
        self.quotes = [q for q in self.quotes if q not in nicks and q not in signs]
        self.q_starts = [s for s, _ in self.quotes]
        self.toks = [
            t
            for t in self.toks
            if not any(s <= t.start < e for s, e in nicks)
            and not any(t.start in (s, e - 1) for s, e in signs)
        ]

    def quote_at(self, pos: int) -> tuple[int, int] | None:
        i = bisect_right(self.q_starts, pos) - 1
        if i >= 0 and self.quotes[i][0] <= pos < self.quotes[i][1]:
            return self.quotes[i]
        return None

    def in_quote(self, pos: int) -> bool:
        q = self.quote_at(pos)
        return q is not None and q[0] < pos

    def toks_in(self, start: int, end: int) -> list[_Tok]:
        i = bisect_right(self.tok_starts, start - 1)
        j = bisect_left(self.tok_starts, end, i)
        return [t for t in self.toks[i:j] if t.end <= end]

    def units(self) -> list[tuple[int, int, int]]:
        """Sentences merged where a quote spans them: (start, end, first sent_id)."""
        out: list[list[int]] = []
        for sid, (s, e) in enumerate(self.sents):
            if out and (self.in_quote(s) or self._quote_crosses(out[-1][1], s)):
                out[-1][1] = e
                continue
            out.append([s, e, sid])
        return [tuple(u) for u in out]  # type: ignore[misc]

    def _quote_crosses(self, prev_end: int, start: int) -> bool:
        q = self.quote_at(prev_end - 1)
        return q is not None and q[1] > prev_end

    def body_place_suffix(self, dash: int, end: int) -> bool:
        """Does the spaced dash at offset ``dash`` add a place to a capitalised name before
        ``end``?

        "The Department of Culture and Tourism – Abu Dhabi, which …, said": one body's name,
        not an aside between dashes."""
        before = re.search(r"([A-Z][\w’'-]*)\s*$", self.text[max(0, dash - 40) : dash])
        if before is None:
            return False
        tail = re.match(r"\s*([A-Z][^,;:—–()]*?)\s*(?:[,;:]|$)", self.text[dash + 1 : end])
        return tail is not None and _is_place(tail.group(1))

    def skip_ws(self, pos: int, end: int, chars: str = " \t\n") -> int:
        while pos < end and self.text[pos] in chars:
            pos += 1
        return pos

    def trim(self, start: int, end: int, *, strip_final: bool = True) -> tuple[int, int]:
        text = self.text
        while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
            end -= 1
        if strip_final:
            if text[end - 1 : end] == ")" and "(" not in text[start:end]:
                end -= 1  # "(It said it had cancelled 312 operations.)": the aside's bracket
            while end > start and text[end - 1] in ".!?" and not self.in_quote(end - 1):
                end -= 1
            while end > start and text[end - 1] in ",;: " and not self.in_quote(end - 1):
                end -= 1
            # (the suffix test first: trim runs for every content, the search is rarely needed)
            m = text.endswith(("and", "but", "or"), start, end) and _TRAILING_CONJ_RE.search(
                text, start, end
            )
            if m and m.start() > start and not self.in_quote(m.start()):
                end = m.start()  # "the investigation is ongoing and" (before "asked …")
        return start, end

    def content_kind(self, start: int, end: int, default: str) -> str:
        qs = [q for q in self.quotes if q[0] < end and q[1] > start]
        if not qs:
            return default
        if len(qs) == 1 and qs[0][0] <= start and qs[0][1] >= end:
            return "direct"
        return "mixed"

    def channel_in(self, start: int, end: int) -> tuple[str | None, tuple[int, int] | None]:
        seg = self.text[start:end]
        if not _CHANNEL_HINT_RE.search(seg):
            return None, None  # every channel phrase opens with in/on/at/by/via/during
        for rx, label in self.lex.channels:
            m = rx.search(seg)
            if m:
                return label, (start + m.start(), start + m.end())
        return None, None

    # -- cue candidates
    def trailing_frame_verb(self, toks: list[_Tok], k: int) -> bool:
        """Is the noun-tagged ``toks[k]`` the verb of a frame closing its sentence after a
        comma: "…, researchers report (in Nature today)." (a plural or a name before it, a
        comma at most four words back, nothing after it but a place or a time)."""
        if k < 2 or not toks[k].text.islower():
            return False  # ("Doing Favors")
        document = toks[k - 1].lower in _DOCUMENT_NOUNS | {
            "paper",  # ("…, the paper reports.")
            "study",
            "analysis",
            "survey",
            "review",
            "audit",
            "assessment",
        } and toks[k - 2].lower in ("the", "its", "this")
        if toks[k - 1].pos not in ("NNS", "NNP", "NNPS") and not document:
            return False  # ("…, Nevada and Washington State."); '“…,” the report states.'
        if not any(t.text == "," or t.text in QUOTE_CHARS for t in toks[max(0, k - 5) : k - 1]):
            return False
        rest = toks[k + 1 :]
        end = next((n for n, t in enumerate(rest) if t.text in (".", "!", "?", ";")), len(rest))
        tail = rest[:end]
        return not tail or (
            (tail[0].pos == "IN" or tail[0].lower in ("today", "yesterday", "tonight"))
            and len(tail) <= 6
            and not any(t.pos.startswith(("VB", "MD")) or t.text == "," for t in tail)
        )

    def cues(self, toks: list[_Tok]) -> list[tuple[int, int, int, str, str]]:
        """(tok index, start, end, lemma, kind) of speech cues outside quotes."""
        out = []
        verbs = self.lex.verbs
        firsts = _according_index()
        for k, t in enumerate(toks):
            low = t.lower
            if (
                low in ("made", "makes", "make", "making")
                and t.pos.startswith("VB")
                # (not an aside: "But Obama, making it clear that …, stood beside …")
                and not (
                    low == "making"
                    and k > 1
                    and toks[k - 1].text == ","
                    and toks[k - 2].pos == "NNP"
                )
                and (clear := _MADE_CLEAR_RE.match(self.text, t.end))
                and not self.in_quote(t.start)
            ):  # "the judges made it clear that …"
                out.append((k, t.start, clear.end(), "say", "speech"))
                continue
            if (
                low in ("held", "holding", "holds")
                and t.pos.startswith("VB")
                and _HELD_THAT_RE.match(self.text, t.end)
                and not self.in_quote(t.start)
            ):  # "The high court quashed the detention, holding that the grounds were vague"
                out.append((k, t.start, t.end, "say", "speech"))
                continue
            if (
                low in ("expressed", "expresses", "express", "expressing", "voiced", "voices")
                and (felt := _EXPRESSED_RE.match(self.text, t.end))
                and (
                    not self.in_quote(t.start)
                    # ('the committee “expressed concern” that …': the quoted words are the cue)
                    or self.text[felt.end() - 1 : felt.end()] in '”"'
                )
            ):
                k0 = k - 1 if k and toks[k - 1].text in ("“", '"', "``") else k
                out.append((k0, toks[k0].start, felt.end(), "say", "speech"))
                continue
            if low not in verbs and low not in firsts and low not in ("quoted", "cited"):
                continue  # no cue can start here (the common case, tested first)
            if self.in_quote(t.start):
                continue
            phrase = self.according_at(toks, k)
            if (
                phrase
                and low == "per"
                and not ((k == 0 and t.text == "Per") or (k > 0 and toks[k - 1].text == ","))
            ):
                continue  # "$5 per person": a rate ("Per sources briefed on the deal, …" and
                # "…, per ESPN" cite)
            if phrase:
                out.append((k, t.start, toks[k + phrase - 1].end, "according to", "according"))
                continue
            passive = (
                _PASSIVE_QUOTED_RE.match(self.text, toks[k - 1].start)
                if t.lower == "quoted" and k > 0 and toks[k - 1].lower in ("was", "were", "is")
                else None
            )
            if passive:  # "“…,” Park was quoted as saying during a visit …": Park speaks
                out.append((k - 1, toks[k - 1].start, passive.end(), "say", "speech"))
                continue
            if (
                t.lower.endswith("ed")
                and 0 < k < len(toks) - 1
                and toks[k - 1].pos in ("CD", "DT", "PRP$")
                and toks[k + 1].pos in ("NNS", "NNPS")
                and not self.in_quote(t.start)
            ):
                continue  # "the first 40 declared seats": a participle before its noun
            if t.lower in ("quoted", "cited") and t.pos.startswith("VB"):
                out.append((k, t.start, t.end, "quote", "nested"))
                continue
            v = self.lex.verbs.get(t.lower)
            if v is None:
                continue
            if (
                k > 0
                and t.lower in ("blame", "accusations", "insults", "barbs", "threats")
                and toks[k - 1].lower in ("trade", "trades", "traded", "trading", "swap", "swapped")
            ):
                continue  # "APC, PDP trade blame": a noun, the object of "trade"
            if k > 0 and t.text[:1].isupper() and toks[k - 1].lower in _NAME_PARTICLE_WORDS:
                continue  # "village head Haji Abdul Rahman bin Said told residents": a name
            if (
                t.text == "Said"
                and 0 < k < len(toks) - 1
                and toks[k - 1].pos in ("NNP", "NNPS")
                and toks[k - 1].text[:1].isupper()
                and toks[k + 1].text[:1].isupper()
            ):
                continue  # "Mr Juma Said Mketo": a name
            lemma, kind, _inv = v
            nxt_tok = toks[k + 1].lower if k + 1 < len(toks) else ""
            if t.lower == "finding" and nxt_tok != "that":
                continue  # "…, finding that the pothole contributed" (not "finding a way")
            if (
                k > 0
                and t.lower not in ("said", "says", "told", "tells")
                and (
                    toks[k - 1].lower in ("a", "an", "the", "this", "these", "those", "every")
                    or toks[k - 1].pos in ("PRP$", "POS")
                    or (
                        toks[k - 1].pos == "JJ"
                        and toks[k - 1].lower not in _CUE_ADVERBS
                        and t.pos in ("NN", "NNS", "VB", "VBP")
                    )
                )
                and nxt_tok not in ("that", ":")
            ):
                continue  # a noun: "after public comment", "a claim", "his report"
            if (
                t.lower not in ("said", "says", "told", "tells")
                and not t.pos.startswith("VB")
                and not self.verb_after_subject(toks, k)
                and not (
                    nxt_tok in ("that", ":") and k > 0 and toks[k - 1].lower not in _DETERMINERS
                )
                # "a team of researchers … reports in Nature that": a venue, then the clause
                and not (
                    k > 0
                    and toks[k - 1].lower not in _DETERMINERS
                    and re.match(
                        r"\s+(?:in|on|to)\s+(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4}"
                        r"\s+that\s",
                        self.text[t.end : t.end + 80],
                    )
                )
                and not self.trailing_frame_verb(toks, k)
                # "…, notes lead author Hannah Leclerc, a …": an inverted frame's verb
                and not (
                    k > 1
                    and toks[k - 1].text == ","
                    and t.text.islower()
                    and t.lower.endswith("s")  # (a present tense: not "…, state representative X")
                    and v[2]
                    and k + 1 < len(toks)
                    and toks[k + 1].pos not in ("IN", "TO", "CC", ",")
                    and any(
                        x.pos == "NNP" and x.text[:1].isupper() and is_given_name(x.text)
                        for x in toks[k + 1 : k + 6]
                    )
                )
                # "…, they report in Environmental Science & Technology." (the tagger's noun)
                and not (k > 0 and toks[k - 1].lower in ("they", "we", "he", "she", "i", "you"))
                # "Chandrasekhar … points out that …" (a tagger's plural noun)
                and not (
                    t.lower in ("points", "point")
                    and k > 0
                    and toks[k - 1].lower not in _DETERMINERS
                    and re.match(r"\s+out\s+(?:that\b|:)", self.text[t.end : t.end + 12])
                )
            ):
                continue
            b = k - 1
            while b > 0 and toks[b].lower in _PASSIVE_ADVERBS:
                b -= 1  # "are not thought to be serious", "is now expected to open"
            if (
                k > 0
                and toks[b].lower in ("is", "was", "are", "were", "be", "been", "being")
                and (
                    t.pos == "VBN"
                    or t.lower.endswith("ed")
                    or t.lower in ("told", "shown", "thought", "known")
                )
            ):
                continue  # passive: "is expected to peak", "was told"
            if (
                lemma in _SENSE_BY_CONTEXT
                and self.lex.not_content.match(self.text, t.start)
                and not (lemma == "post" and _CAPTION_RE.search(self.text, t.end, t.end + 200))
            ):
                continue  # "ruled over", "posted a loss": not the speech sense (but "posted a
                # photo … with the caption “…”" is)
            if lemma == "put":  # "as one critic put it": the cue is "put it"
                if nxt_tok == "it":
                    out.append((k, t.start, toks[k + 1].end, lemma, kind))
                elif t.lower != "putting":  # "Officials put the death toll at 2,000"
                    out.append((k, t.start, t.end, lemma, kind))
                continue
            if self.not_a_cue(toks, k, lemma, kind):
                continue
            if (
                lemma == "advise"
                and not re.match(
                    r"\s+(?:him|her|them|me|us|you|people|(?:(?:the|its|his|her|their)\s+)?[a-z]+s"
                    r"(?:\s+of\s+the\s+[a-z]+)?)\s+(?:that|to|not\s+to|never\s+to|against)\s",
                    self.text[t.end : t.end + 40],
                )
                # ("advised anyone whose salary is close to the threshold to raise it")
                and not re.match(
                    r"\s+(?:anyone|anybody|everyone|everybody|those|people)\b[^.;:“”\"]{0,70}?"
                    r"\s(?:to|not\s+to|that)\s",
                    self.text[t.end : t.end + 90],
                )
                and not (  # "“Keep your blood pressure under control,” Lantz advised."
                    re.match(r"\s*[.,;]", self.text[t.end : t.end + 2])
                    and re.search(
                        r"[,!?][”\"’']\s+[^.!?”\"\n]{1,60}$",
                        self.text[max(0, t.start - 100) : t.start],
                    )
                )
            ):
                continue  # "her lawyer had advised her that …", "advised residents to boil
                # water"; not "advising Pfizer on its merger" (counsel, no words)
            if (
                lemma == "understand"
                and not (
                    nxt_tok == "that"
                    or (
                        k > 0
                        and toks[k - 1].text[:1].isupper()
                        and k + 1 < len(toks)
                        and toks[k + 1].pos != "PRP$"  # ("understands their frustrations")
                        and any(_is_finite(x) for x in toks[k + 2 : k + 10])
                    )
                )
            ):
                continue  # "BBC Sport understands the board was split" (not "he understands
                # the problem")
            if lemma == "record" and nxt_tok != "that":
                continue  # "the committee had recorded that …", not "recorded 40 cases"
            if lemma == "observe" and nxt_tok not in ("that", ":", ",", ".", "in", "on", "”", '"'):
                continue  # "the bench observed that …", "“…,” the judge observed.", not
                # "observed a minute's silence"
            if lemma in ("counter", "maintain") and t.lower in ("counter", "counters", "maintain"):
                if nxt_tok == "that":  # "Critics counter that ...", not "counter the threat"
                    out.append((k, t.start, t.end, lemma, kind))
                continue
            if t.lower == "found" and k > 0 and toks[k - 1].lower == "to":
                continue  # "She went on to found the Patient Alliance": to establish, no finding
            if lemma == "point":
                if nxt_tok == "out":
                    out.append((k, t.start, toks[k + 1].end, lemma, kind))
                continue
            if lemma == "call":
                if _CALLING_NAME_RE.match(self.text, t.start) or (
                    _GROUP_NAME_RE.match(self.text, t.start)
                    and _GROUP_NAMERS_RE.search(self.text[max(0, t.start - 60) : t.start])
                ):
                    continue  # "Daily Maverick is calling her “Lerato”.", "fans simply called
                    # her “la voix de Saint-Boniface”": a name, no claim (but "Trump called
                    # him “Lyin' Ted”" is a speaker's jibe)
                nxt = toks[k + 1].lower if k + 1 < len(toks) else ""
                if nxt in ("for", "on"):
                    out.append((k, t.start, toks[k + 1].end, lemma, kind))
                    continue
                window = toks[k + 1 : k + 8]
                if (
                    not any(x.text in QUOTE_CHARS for x in window[:5])
                    # "called the book’s middle section “airless”" (no comma on the way)
                    and not (
                        any(x.text in QUOTE_CHARS for x in window)
                        and not any(x.text in ",;:." for x in window)
                    )
                    and not _CALL_NP_RE.match(self.text, t.end)
                ):
                    continue
            if (
                k > 0
                and (
                    toks[k - 1].lower in _DETERMINERS
                    # "Two proposed class-action lawsuits accuse …": a number's noun
                    or (
                        toks[k - 1].pos == "CD"
                        and toks[k - 1].text[:1].isalpha()
                        and t.lower.endswith("ed")
                        and k + 1 < len(toks)
                        and toks[k + 1].pos.startswith(("NN", "JJ"))
                    )
                    or (toks[k - 1].lower.endswith("ly") and toks[k - 1].lower not in _CUE_ADVERBS)
                    # ... but "The union officially endorsed Clinton": a subject before the adverb
                    and not (k >= 2 and toks[k - 2].pos.startswith(("NN", "PRP")))
                    and t.lower.endswith("ed")
                    and k + 1 < len(toks)
                    and toks[k + 1].pos.startswith(("NN", "JJ"))
                )
            ):
                continue  # a participle used as an adjective: "the newly announced government"
            out.append((k, t.start, t.end, lemma, kind))
        return out

    @staticmethod
    def not_a_cue(toks: list[_Tok], k: int, lemma: str, kind: str) -> bool:
        """Is the speech verb at ``toks[k]`` used otherwise here? Asides naming a thing
        ("often described as", "said to be"), a measure's terms ("a draft resolution
        demanding …" that was vetoed), how someone spoke ("commenting via"), a text read out,
        nothing said ("declined to comment"), which ones ("the Republicans to oppose"), a
        participle on a noun ("patients admitted through"), and "submit"/"accept" without
        "that"."""
        t = toks[k]
        nxt_tok = toks[k + 1].lower if k + 1 < len(toks) else ""
        if lemma == "admit" and re.match(
            r"(?:[\w-]+\s+)?(?:patients|students|pupils|members|refugees|visitors|migrants"
            r"|children|applicants)\b",
            " ".join(x.lower for x in toks[k + 1 : k + 3]),
        ):
            return True  # "stop admitting patients covered by the scheme": let in, not own up
        if (
            kind == "cognition"
            and k > 1
            and toks[k - 1].lower == "to"
            and toks[k - 2].pos in ("NNP", "NNPS", "PRP", "NNS")
            and t.lower == lemma
        ):
            return True  # "had asked Haddad and Khoury to agree on a compromise": a request
        if lemma == "apologize" and (not nxt_tok or nxt_tok in (".", ",", ";", "!", "?")):
            return True  # "the only mistake in politics is to apologize.": nothing said
        if (
            t.lower == "recall"
            and k > 0
            and k + 1 < len(toks)
            and toks[k + 1].pos in ("NN", "NNS")
            and toks[k - 1].lower in ("which", "the", "a", "in", "of", "for", "and", "mayoral")
        ):
            return True  # "the period in which recall signatures can be collected": a noun
        if lemma == "decline" and (
            nxt_tok in ("by", "from", "in", "sharply", "slightly", "steeply", "modestly")
            or (k + 1 < len(toks) and re.match(r"[\d$€£¥₹]|Rs", toks[k + 1].text) is not None)
            or (
                nxt_tok == "to"
                and k + 2 < len(toks)
                and re.match(r"[\d$€£¥₹]|Rs|[A-Z]", toks[k + 2].text) is not None
            )
        ):
            return True  # "Net sales declined 9pc to Rs18.6 billion": a fall, not a refusal
        if (
            lemma == "post"
            and k > 0
            and toks[k - 1].pos in ("NN", "NNS")
            and nxt_tok in ("to", "on", "online")
            and "by"
            in [
                x.lower
                for x in itertools.takewhile(lambda x: not _is_finite(x), toks[k + 1 : k + 8])
            ]
        ):
            return True  # "A video posted to Facebook by resident Jake Holloway showed …"
        if lemma in ("recommend", "endorse") and k > 0 and t.lower.endswith("ed"):
            j = k - 1
            while j > 0 and toks[j].pos == "RB":
                j -= 1
            if toks[j].lower in ("is", "are", "was", "were", "be", "been", "being"):
                return True  # "The shot is currently recommended for adults over 50": the
                # subject is what is recommended, not who recommends it
        if (
            t.lower in _NAMING_VERBS
            and k > 0
            and (
                toks[k - 1].text == ","
                or (toks[k - 1].pos == "RB" and k > 1 and toks[k - 2].text == ",")
            )
            and nxt_tok == "as"
        ):
            return True  # "The park, often described as the “Amazon of Odisha”, is closed"
        if (
            t.lower.endswith("ing")
            and k > 0
            and toks[k - 1].lower == "from"
            and not (k > 1 and toks[k - 2].lower in ("aside", "apart"))
        ):
            return True  # "a law that bars providers from disclosing …", "refrained from saying"
            # (but "offered few ideas aside from stating that …" states it)
        if (
            t.lower in ("expected", "believed", "thought", "set")
            and k > 0
            and toks[k - 1].text == ","
            and nxt_tok == "to"
        ):
            return True  # "The trial, expected to last two weeks, resumes": an aside
        if (
            t.lower == "said"
            and k > 0
            and toks[k - 1].text == ","
            and nxt_tok == "to"
            and k + 2 < len(toks)
            and toks[k + 2].lower in ("be", "have")
        ):
            return True  # "The villa, said to be owned by a financier, …": hearsay, no speaker
        if (
            t.lower.endswith("ing")
            and k > 0
            and toks[k - 1].lower in _MEASURE_NOUNS
            and any(x.lower in _REJECTING for x in toks[max(0, k - 8) : k])
        ):
            return True  # "Russia vetoed a draft resolution demanding a ceasefire": the text's
            # terms, no one's statement ("the council passed a resolution condemning …" is)
        if (
            t.lower in ("commenting", "writing", "speaking", "talking")
            and k > 0
            and (toks[k - 1].text == "," or toks[k - 1].pos == "RB")
            and nxt_tok in ("via", "through", "for", "from", "at")
        ):
            return True  # "Dr Rao, also commenting via the Science Media Exchange, said": how
        if (
            lemma == "read"
            and (
                nxt_tok in _DETERMINERS
                or nxt_tok in ("his", "her", "their", "its", "out", "from")
                # ("where Dunmore read to children every Saturday": reading aloud, no words given)
                or (
                    nxt_tok == "to"
                    # (not "A statement from his wife was read to the court")
                    and not (k and toks[k - 1].lower in ("was", "were", "is", "are", "been"))
                    and not any(
                        x.text in QUOTE_CHARS or x.text == ":" for x in toks[k + 1 : k + 12]
                    )
                )
            )
        ):
            return True  # "read a briefing on behalf of …": an object, not quoted words
        if (
            k > 1
            and toks[k - 1].lower == "to"
            and toks[k - 2].lower in _DECLINING
            and nxt_tok not in ("that", "“", '"', ":")  # ("refusing to concede that …")
        ):
            return True  # "The owner declined to comment when approached": nothing said
        if (
            k > 1
            and toks[k - 1].lower == "to"
            and (
                (kind == "stance" and toks[k - 2].pos in ("NNS", "NNPS"))
                # "a startup that uses software to predict when batteries fail": a purpose
                or (kind != "stance" and toks[k - 2].pos in ("NN", "NNS"))
            )
        ):
            return True  # "one of the two Republicans to oppose the bill": which ones, no stance
        if (
            t.lower == "admitted"
            and k > 0
            and toks[k - 1].pos in ("NNS", "NN")
            and nxt_tok in ("to", "through", "into", "at", "by", "with", "from", "on", "in")
        ):
            return True  # "patients admitted through A&E": a participle on a noun
        if lemma in ("submit", "accept") and nxt_tok != "that":
            return True  # "She submitted that the evidence …", not "submitted a report"
        if (
            t.lower == "accused"
            and k > 0
            and toks[k - 1].lower
            in _DETERMINERS
            | {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"}
            | {"ninth", "tenth", "other", "both", "all", "co", "two", "three", "four", "five"}
        ):
            return True  # "representing the first and second accused": the noun, no charge
        return _Engine.participle_on_noun(toks, k, lemma)

    @staticmethod
    def participle_on_noun(toks: list[_Tok], k: int, lemma: str) -> bool:
        """ "A drone operator in a unit defending the approaches to Sosnivka, …, said": a
        stance participle on a noun that is no person, text or speech says what the thing
        does, no statement (not "his speech defending his administration")."""
        return (
            lemma in ("defend", "guard", "protect", "represent", "support", "oppose", "back")
            and toks[k].lower.endswith("ing")
            and k > 1
            and k + 1 < len(toks)
            and toks[k - 1].pos in ("NN", "NNS")
            and toks[k - 1].text.islower()
            and not _is_human(toks[k - 1].lower)
            and toks[k - 1].lower not in _DOCUMENT_NOUNS | _SPOKEN_NOUNS | _OTHER_SPEAKERS
            and toks[k + 1].lower in _DETERMINERS | {"his", "her", "their", "its"}
        )

    @staticmethod
    def verb_after_subject(toks: list[_Tok], k: int) -> bool:
        """A cue word the tagger read as a noun right after a plural or pronoun subject
        ("Residents fear the ...", "They hope ..."): a verb when a clause or object follows."""
        if k == 0 or k + 1 >= len(toks):
            return False
        prev, t, nxt = toks[k - 1], toks[k], toks[k + 1]
        subj = prev.lower in ("i", "we", "they", "you") or (
            prev.pos in ("NNS", "NNPS") and not prev.lower.endswith("'s")
        )
        if t.lower.endswith("ed"):
            subj = subj or prev.lower in ("he", "she", "it") or prev.pos in ("NNP", "NN")
        elif t.lower.endswith("s"):
            subj = (
                prev.lower in ("he", "she", "it")
                or prev.pos == "NNP"
                # "The driver claims he was blocked": a subject pronoun opens the content
                or (prev.pos == "NN" and nxt.lower in ("he", "she", "they", "we", "i"))
            )
        elif prev.text == ",":
            # "The documents, which include …, show the company was …": a plural subject
            # before its relative clause
            j = next(
                (
                    j
                    for j in range(k - 2, max(0, k - 45), -1)
                    if toks[j].lower in ("which", "who") and toks[j - 1].text == ","
                ),
                None,
            )
            subj = j is not None and j >= 2 and toks[j - 2].pos in ("NNS", "NNPS")
            if not subj and t.text.islower():
                # "Figures from the financial regulator, the CSSF, show …": the phrase before
                # a name's appositive
                m = next((i for i in range(k - 2, max(0, k - 8), -1) if toks[i].text == ","), None)
                if m is not None and toks[m + 1].lower in ("the", "a", "an"):
                    subj = _plural_head_before(toks, m)  # (subj was False here)
        elif t.text.islower():  # "Records from the Ohio Department of Development show …": a
            # plural head before a name in a prepositional phrase (not "the U.S. State …")
            subj = subj or _plural_head_before(toks, k)
        return subj and (
            nxt.pos in ("DT", "PRP", "PRP$", "TO", "NNP", "NNS", "CD")
            or nxt.lower == "that"
            # ("Figures … show about 17,500 applicants had …": a figure's hedge)
            or (
                nxt.lower in ("about", "around", "nearly", "almost", "roughly", "just", "more")
                and k + 2 < len(toks)
                and toks[k + 2].pos == "CD"
            )
        )

    def according_at(self, toks: list[_Tok], k: int) -> int:
        """Number of tokens of an "according to"-like cue starting at token k (0 if none)."""
        cands = _according_index().get(toks[k].lower)
        if not cands:
            return 0
        for words in cands:
            if [t.lower for t in toks[k : k + len(words)]] == words:
                return len(words)
        return 0

    # -- run
    def run(self) -> list[_Stmt]:
        for ustart, uend, sid in self.units():
            try:
                self.unit(ustart, uend, sid)
            except Exception as exc:  # messy text must never crash the article
                self.issues.append(
                    (ustart, f"attribution rules failed on the sentence at {ustart}: {exc!r}")
                )
        self.out.sort(key=lambda s: (s.start, s.end))
        self.out = [s for s in self.out if not self.misread(s)]
        self.narrator()
        if self.dq_open or self.dq_close:
            for st in self.out:  # spans cover both apostrophes of a ''quote''
                if st.start - 1 in self.dq_open:
                    st.start -= 1
                if st.end - 1 in self.dq_close:
                    st.end += 1
        for step in (
            "recalled_sayings",
            "document_sources",
            "document_speakers",
            "quotes_attributed_to",
            "quotes_named_after",
            "statements_read_for",
            "call_signs",
            "passive_relays",
            "names_given_after",
            "question_answers",
            "relayed_coordinated_cues",
            "unquoted_answers",
            "labelled_answers",
            "answer_first_person",
            "split_named_pairs",
            "merge_aliases",
            "whose_sources",
            "former_latter",
            "generic_anaphora",
            "glossed_acronyms",
            "link_descriptors",
            "pronouns_after_anaphora",
            "retry_unresolved",
            "unify_types",
            "own_outlet",
        ):
            # one pass that fails on odd text loses its own refinement, not the statements
            saved = [replace(st) for st in self.out]
            try:
                getattr(self, step)()
            except Exception as exc:
                self.out = saved
                self.issues.append((0, f"attribution pass {step} failed: {exc!r}"))
        self.out.sort(key=lambda s: (s.start, s.end, s.source))
        return self.out

    def glossed_acronyms(self) -> None:
        """ "The Domestic Trade and Cost of Living Ministry (KPDN) …. KPDN said": an acronym
        the text glosses in brackets takes the type of the body it stands for (so "the
        ministry" can take it up)."""
        for st in self.out:
            if (
                st.kind == "narrator"
                or st.source_type not in ("organisation", "unknown")
                or not re.fullmatch(r"[A-Z][A-Z&]{1,7}", st.source)
            ):
                continue
            m = re.search(
                r"((?:[A-Z][\w&’'-]*\s+(?:(?:of|and|for|the|on|&)\s+)*){1,8})\(\s*"
                + re.escape(st.source)
                + r"\s*\)",
                self.text,
            )
            if m is None:
                # "the Environment and Resources Authority …. The ERA said": a name whose
                # initials spell the acronym, when only one does
                spelled = [
                    n
                    for n in re.finditer(
                        r"(?<![\w’'-])((?:[A-Z][\w’'-]*\s+(?:(?:of|and|for|on|&)\s+)?){1,7}"
                        r"[A-Z][\w’'-]*)",
                        self.text,
                    )
                    if "".join(w[0] for w in n.group(1).split() if w[:1].isupper()) == st.source
                    and n.group(1).split()[-1].lower() in _BODY_NAME_HEADS
                ]
                if len({n.group(1) for n in spelled}) != 1:
                    continue
                m = spelled[0]
            body = _describe(self.text, m.start(1), m.start(1) + len(m.group(1).rstrip()))
            if body is not None and body.type in _BODY_TYPES:
                if body.type == "government":
                    st.source_type = body.type
                self.acronym_glosses[st.source] = body.name

    def recalled_sayings(self) -> None:
        """ "“That's not a dissertation, Hanna,” she remembers him saying": the words are his
        (the "him" resolved like a "he"), relayed by her."""
        for st in self.out:
            if st.cue_end is None or st.kind != "direct":
                continue
            if self.lex.verbs.get((st.cue or "").lower(), ("",))[0] not in ("remember", "recall"):
                continue
            m = re.match(r"\s+(him|her)\s+(?:saying|telling|say|tell)\b", self.text[st.cue_end :])
            if m is None:
                continue
            teller = st.source
            gender = "m" if m.group(1) == "him" else "f"
            # the last person of that gender the two sentences before name ("her adviser was
            # the ice-sheet modeler Peter Gallo. When she told him …")
            named = [
                n.group()
                for a, b in reversed(self.sentences_before(st.start, 2))
                for n in _PERSON_RUN_RE.finditer(self.text, a, b)
                if _gender(n.group(), n.group()) == gender
            ]
            if not named or named[-1].split()[-1] == teller.split()[-1]:
                continue
            for x in self.out:  # the quote's continuation goes with it
                if x is st or (
                    x.cue is None and x.source == teller and 0 <= x.start - st.end <= 40
                ):
                    x.via = teller if teller != "unknown" else None
                    x.source, x.source_type, x.plural = named[-1], "person", False
                    x.role, x.personal = None, True
                    x.source_start = x.source_end = None

        for st in self.out:
            # "She remembers her grandmother - Evelyn's mother, Lena Tallekpalek - telling her
            # as a girl: “…”": the grandmother's words, relayed by her
            if st.cue_end is None or st.kind not in ("mixed", "indirect"):
                continue
            if self.lex.verbs.get((st.cue or "").lower(), ("",))[0] not in ("remember", "recall"):
                continue
            m = re.match(
                r"(?:her|his|their|my)\s+([a-z]+)(?:\s+[-—–]\s+([^-—–\n]{1,80}?)\s+[-—–])?\s+"
                r"(?:telling|saying\s+to)\s+(?:her|him|them|me|us)\b[^:“\"\n]{0,40}:\s*(?=[“\"])",
                self.text[st.start : st.end],
            )
            if (
                m is None
                or m.group(1) not in _KIN_WORDS | self.lex.relational | self.lex.person_words
            ):
                continue
            q = self.quote_at(st.start + m.end())
            if q is None or q[1] > st.end + 2:
                continue
            name = None
            if m.group(2):
                runs = list(_PERSON_RUN_RE.finditer(m.group(2)))
                name = runs[-1].group() if runs else None
            src = name or self.text[st.start : st.start + m.end(1)]  # ("her grandmother")
            st.via = st.source if st.source != "unknown" else None
            st.source, st.source_type, st.plural = src, "person", False
            st.role, st.personal = None, bool(name)
            st.source_start = st.source_end = None
            st.start, st.end, st.kind = q[0], q[1], "direct"

        passed: list[_Stmt] = []
        for st in self.out:
            # "She recalls Aubin telling her, the week the third doctor died, that “…”": the
            # words of the one named, relayed by the one who recalls them (her recalling stays
            # hers)
            if st.cue_end is None or st.kind not in ("mixed", "indirect"):
                continue
            if self.lex.verbs.get((st.cue or "").lower(), ("",))[0] not in ("remember", "recall"):
                continue
            m = _RECALLED_TELLER_RE.match(self.text, st.start, st.end)
            if m is None or self.in_quote(m.start()):
                continue
            src = _describe(self.text, m.start(1), m.end(1))
            name = self.full_name(m.group(1))
            if (
                src is None
                or not (src.type == "person" or src.personal)
                or name.split()[-1] == st.source.split()[-1]
            ):
                continue
            cue = "cue" if m.group("cue") else "said"
            passed.append(
                replace(
                    st,
                    via=st.source if st.source != "unknown" else None,
                    source=name,
                    source_type="person",
                    plural=False,
                    role=None,
                    personal=True,
                    source_start=m.start(1),
                    source_end=m.end(1),
                    cue=m.group(cue),
                    cue_start=m.start(cue),
                    cue_end=m.end(cue),
                    start=m.end(),
                    kind=self.content_kind(m.end(), st.end, "indirect"),
                    method=st.method + "-passed-on",
                )
            )
        self.out.extend(passed)

    def relayed_coordinated_cues(self) -> None:
        """ "Ho said Lam admitted under caution that he had written the posts, but told
        officers he …": a second verb right after a relayed speaker's is that speaker's, relayed
        too (not "added", which goes on with the teller)."""
        for c in self.out:
            if c.method != "coordinated-cue" or c.cue_start is None or c.cue_end is None:
                continue
            if self.lex.verbs.get((c.cue or "").lower(), ("",))[0] in ("add", "continue", "say"):
                continue
            if not re.search(r"(?:,\s*|\s)(?:but|and|yet)\s+$", self.text[: c.cue_start][-8:]):
                continue
            inner = [
                p
                for p in self.out
                if p.method.endswith("-passed-on")
                and p.sent_id == c.sent_id
                and p.cue_start is not None
                and p.cue_start < c.cue_start
                and p.end <= c.cue_start
                and p.source not in (c.source, "unknown")
            ]
            if not inner:
                continue
            p = max(inner, key=lambda x: x.cue_start or 0)
            a = self.toks_in(p.cue_start or 0, p.cue_end or 0)
            b = self.toks_in(c.cue_start, c.cue_end)
            if not a or not b or a[0].pos != b[0].pos:
                continue  # (the two verbs in one form: "admitted …, but told")
            c.via = self.full_name(c.source)
            c.source, c.source_type, c.plural = p.source, p.source_type, p.plural
            c.role, c.personal = p.role, p.personal
            c.source_start, c.source_end = p.source_start, p.source_end
            c.method += "-passed-on"

    def pronouns_after_anaphora(self) -> None:
        """ "In a statement, the agency said …. The condition is expected to persist, it
        said.": an "it" that took up "the agency" before the agency was named takes its name."""
        rows = sorted(self.out, key=lambda x: x.start)
        for n, st in enumerate(rows):
            if not st.method.startswith("pronoun") or st.source_start is not None:
                continue
            if (
                " " in st.source
                or not st.source.islower()
                or _body_type(st.source) not in _BODY_TYPES
            ):
                continue
            named = next(
                (
                    x
                    for x in reversed(rows[:n])
                    if 0 <= st.sent_id - x.sent_id <= 2
                    and x.descriptor == st.source.lower()
                    and x.source.lower() != st.source.lower()
                ),
                None,
            )
            if named is not None:
                st.source, st.source_type = named.source, named.source_type

    def retry_unresolved(self) -> None:
        """A "he" or "she" left unresolved is tried once more after the descriptors took their
        names ("Magistrate Jennifer Atkins sentenced him. … the magistrate said. … She
        accepted that …": the magistrate is named now, so she can be the "she")."""
        prev: _Stmt | None = None
        for st in sorted(self.out, key=lambda x: x.start):
            if (
                st.source == "unknown"
                and st.method == "coordinated-cue"
                and prev is not None
                and prev.sent_id == st.sent_id
                and prev.method.startswith("pronoun-")
            ):
                # "She accepted that …, but said …": the second cue's speaker is the first's
                st.source, st.source_type, st.plural = prev.source, prev.source_type, prev.plural
                st.role, st.personal = prev.role, prev.personal
            if st.kind != "narrator":
                prev = st
            if st.source != "unknown" or not st.method.startswith("pronoun-"):
                continue
            if st.cue_start is None or st.cue_end is None:
                continue
            m = re.search(r"\b([Hh]e|[Ss]he)\s+(?:\w+ly\s+)?$", self.text[: st.cue_start][-16:])
            if m:
                at = st.cue_start - len(self.text[: st.cue_start][-16:]) + m.start(1)
            else:
                m = re.match(r"\s+(he|she)\b", self.text[st.cue_end : st.cue_end + 6])
                if m is None:
                    continue
                at = st.cue_end + m.start(1)
            word = m.group(1)
            self.resolve(st, _Source(word, "pronoun", at, at + len(word)))

    def own_outlet(self) -> None:
        """ "…, the Clarion can reveal" in The Daily Clarion: the outlet itself, no person."""
        outlet = self.art.outlet or ""
        words = re.sub(r"^[Tt]he\s+", "", outlet).split()
        names = {" ".join(words[i:]) for i in range(len(words))} - {"unknown"}
        for st in self.out:
            if st.kind != "narrator" and st.source_type != "outlet" and st.source in names:
                st.source, st.source_type = outlet, "outlet"

    def misread(self, st: _Stmt) -> bool:
        """ "read" is a cue only for quoted words ("The email read: “…”", "“Anybody but Trump,”
        read one", "At the bottom it reads, “…”"), not for a text someone reads ("the judge read
        his decision")."""
        if (
            re.match(
                r"(?:super\s+)?(?:typhoon|hurricane|cyclone|tropical\s+storm|storm)\s+[A-Z]",
                st.source,
                re.I,
            )
            and st.source[:1].isupper()
        ):
            return True  # "Typhoon Dindo slams Catanduanes": a storm, no speaker
        if (st.cue or "").lower() in ("show", "shows", "showed", "shown"):
            head = re.split(
                r"\s(?:by|from|of|posted|circulated|released|shared|published|filmed|taken)\s",
                st.source.lower(),
            )[0].split()[-1:]
            if (
                head
                and head[0].rstrip("s") in _PICTURE_NOUNS
                # (not "The central bank's quarterly bulletin showed that …": a finding)
                and not (
                    head[0] == "bulletin" and re.match(r"\s+that\b", self.text[st.cue_end or 0 :])
                )
            ):
                return True  # "A video posted by a councillor showed waves …": what it depicts
        return (st.cue or "").lower().rstrip(":") in ("read", "reads") and st.kind not in (
            "direct",
            "mixed",
        )

    def document_sources(self) -> None:
        """ "According to a statement from her office": the office is the source, the statement
        its channel (any rule that named the document as the source)."""
        text = self.text
        for st in self.out:
            if st.source_start is None or st.kind == "narrator":
                continue
            ss, se = st.source_start, st.source_end or st.source_start
            doc = _DOCUMENT_HEAD_RE.fullmatch(text, ss, se)
            by = _PUBLISHED_BY_RE.match(text, se) if doc is not None else None
            if by is not None:
                # "A presentation to investors, published by the Ministry ahead of …, said":
                # the body that published it
                src = _describe(text, *by.span("who"))
                if src is not None and src.named:
                    for other in self.out:
                        if other.via == st.source:
                            other.via = src.name
                    st.attributed_to(src)
                    st.channel = st.channel or doc.group(1).lower()
                    continue
            m = _DOCUMENT_FROM_RE.match(text, ss, se)
            if m is None or m.end() >= se:
                continue
            to = re.search(r"\s+(?:with|to)\s", text[m.end() : se])
            if to:  # "A filing by AEP Ohio with the Public Utilities Commission": the addressee
                se = m.end() + to.start()
            src = _describe(text, m.end(), se)
            if src is None:
                continue
            for other in self.out:  # a statement it relays names it by its new name too
                if other.via == st.source:
                    other.via = src.name
            st.attributed_to(src)
            st.channel = st.channel or m.group(1).lower()

    def quotes_named_after(self) -> None:
        """ "“A stage shift is a promise, not a payment.” ¶ That line comes from Anjali Mehta,
        an oncologist …": a quote with no reporting clause whose speaker the next sentence
        names ("The words were those of …", "That was Mai Nguyen, 29, …")."""
        drop: list[_Stmt] = []
        for st in self.out:
            if st.kind != "direct" or st.cue_start is not None:
                continue
            m = _NAMED_AFTER_RE.match(self.text, st.end)
            if m is None:
                continue
            who = _describe(self.text, *m.span("who"))
            if who is None or not who.named or not (who.type == "person" or who.personal):
                continue
            if " " not in who.name and not self.given_before(who.name):
                continue  # ("That was Monday": no one)
            st.attributed_to(who)
            st.via = None
            st.method = "quote-named-after"
            if re.search(r"\s+how\s+$", self.text[m.start() : m.start("who")]):
                # "That is how Sofia Lindqvist … describes the situation further north": the
                # quote is what she describes, no statement of its own
                i = bisect_right(self.sent_starts, m.start("who")) - 1
                end = self.sents[i][1] if i >= 0 else m.end()
                drop.extend(
                    x
                    for x in self.out
                    if x is not st and x.cue_start is not None and m.end() <= x.cue_start < end
                )
                self.no_statement.append((self.sents[i][0] if i >= 0 else m.end(), end))
        for st in self.out:
            # "“I was baptized in that sanctuary. …” ¶ Marjorie Hale, 74, has attended Hope
            # United Methodist Church for more than 50 years.": a quote paragraph of its own
            # whose speaker the next paragraph introduces, by full name with an age or a role
            if st.method != "unattributed-quote" or st.source != "unknown":
                continue
            para = self.text.rfind("\n\n", 0, st.start)
            if self.text[para if para >= 0 else 0 : st.start].strip():
                continue
            m = _INTRODUCED_NEXT_RE.match(self.text, st.end)
            if m is None or not is_given_name(m.group("who").split()[0]):
                continue
            if m.group("who").split()[-1] in self.text[: st.start]:
                continue  # (someone met before: the quote may be another's)
            who = _describe(self.text, *m.span("who"))
            if who is None or not who.named or who.type != "person":
                continue
            st.attributed_to(who)
            st.method = "quote-introduced-after"
            i = bisect_right(self.sent_starts, m.start("who")) - 1
            if i >= 0:  # (the introducing sentence is narration, for the learned layers too)
                self.no_statement.append((m.start("who"), self.sents[i][1]))
        if drop:
            self.out = [x for x in self.out if not any(x is d for d in drop)]

    def call_signs(self) -> None:
        """ "A drone operator in a unit …, who goes by the call sign “Lis,” or “Fox,” said …":
        an unnamed person known by a call sign, nickname or pseudonym is that name, on every
        statement given to the descriptor (the descriptor kept)."""
        names: dict[str, str] = {}
        for st in self.out:
            if (
                st.kind == "narrator"
                or st.source_end is None
                or st.source in names
                or st.source[:1].isupper()
                or not (st.source_type in ("person", "anonymous") or st.personal)
            ):
                continue
            m = _CALL_SIGN_AFTER_RE.match(self.text, st.source_end)
            if m is not None:
                names[st.source] = m.group("name")
        if not names:
            return
        for st in self.out:
            if st.kind != "narrator" and st.source in names:
                st.descriptor = st.descriptor or st.source
                st.source, st.source_type, st.personal = names[st.source], "person", True

    def passive_relays(self) -> None:
        """ "A senior teacher … told The Gleaner that she and her colleagues had been informed
        by their union representative that the ministry had “lost” a batch of forms": the
        one named after "by" said what follows "that", relayed by the statement's source."""
        made = []
        for st in self.out:
            if st.kind not in ("indirect", "mixed") or st.source == "unknown":
                continue
            m = _PASSIVE_RELAY_RE.search(self.text, st.start, st.end)
            if m is None or self.in_quote(m.start()):
                continue
            who = _describe(self.text, *m.span("who"))
            c_start, c_end = self.trim(m.end(), st.end)
            if who is None or who.type == "pronoun" or c_end - c_start < 8:
                continue
            if any(x.start == c_start and x.end == c_end for x in self.out):
                continue
            relayed = _Stmt.by(
                _anonymous_if_said(self.text, who, m.start("cue")),
                c_start,
                c_end,
                self.content_kind(c_start, c_end, "indirect"),
                cue=m.group("cue"),
                cue_start=m.start("cue"),
                cue_end=m.end("cue"),
                via=st.source,
                confidence=round(st.confidence - 0.1, 2),
                method="passive-relayed",
                sent_id=st.sent_id,
            )
            made.append(relayed)
        self.out.extend(made)
        self.out.sort(key=lambda x: (x.start, x.end))

    def names_given_after(self) -> None:
        """ "“…,” she told the Kyiv Independent. ¶ Her name is Halyna Sydorenko.": a "he" or
        "she" left unresolved is the person the next sentences name with "Her name is …" ("His
        name is …"), and so is the quote continuing it."""
        for st in self.out:
            if st.source != "unknown" or st.cue_start is None or st.cue_end is None:
                continue
            pron = re.search(
                r"\b([Hh]e|[Ss]he)\s+$", self.text[max(0, st.cue_start - 5) : st.cue_start]
            )
            if pron is None:
                continue
            poss = "Her" if pron.group(1).lower() == "she" else "His"
            after = max(st.end, st.cue_end)
            m = re.compile(
                r".{0,400}?\b" + poss + r"\s+name\s+is\s+(?P<name>(?:[A-ZÀ-ÖØ-Þ][\w’'-]+\s+)"
                r"{0,2}[A-ZÀ-ÖØ-Þ][\w’'-]+)\b",
                re.S,
            ).match(self.text, after)
            if m is None or any(
                x.source != "unknown"
                and x.kind != "narrator"
                and after <= x.start < m.start("name")
                for x in self.out
            ):
                continue  # (someone else speaks in between)
            name = m.group("name")
            for x in self.out:
                if x is st or (
                    x.source == "unknown"
                    and x.method in ("quote-continuation", "unattributed-quote")
                    and 0 <= x.start - st.end <= 200
                    and "\n" not in self.text[st.end : x.start]
                ):
                    x.source, x.source_type, x.personal = name, "person", True
                    x.source_start = x.source_end = None

    def statements_read_for(self) -> None:
        """ "Prosecution barrister Aoife Crowley BL read a victim impact statement on behalf of
        Mr Ó Sé, …. ¶ “I have been driving a taxi …”": a quote paragraph with no speaker right
        after a sentence that has someone read a statement, letter or tribute on behalf of (or
        from) a named person is that person's, relayed by the reader."""
        for st in self.out:
            if st.method != "unattributed-quote" or st.source != "unknown":
                continue
            para = self.text.rfind("\n\n", 0, st.start)
            if para < 0 or self.text[para : st.start].strip():
                continue  # (the quote opens its paragraph)
            i = bisect_right(self.sent_starts, para) - 1
            if i < 0:
                continue
            m = _READ_FOR_RE.search(self.text, self.sents[i][0], para)
            if m is None:
                continue
            who = _describe(self.text, *m.span("who"))
            if who is None or not who.named or not (who.type == "person" or who.personal):
                continue
            a, b = self.sents[i][0], m.start()
            while a < b and self.text[a].isspace():
                a += 1
            while b > a and self.text[b - 1].isspace():
                b -= 1
            reader = (a, b) if 0 < b - a <= 80 and "," not in self.text[a:b] else None
            st.attributed_to(who)
            st.source = self.full_name(st.source)
            fuller = re.search(
                r"\b([A-ZÀ-ÖØ-Þ][\w’'-]+)\s+" + re.escape(st.source) + r"\b", self.text
            )
            if fuller is not None and is_given_name(fuller.group(1)):
                st.source = fuller.group(1) + " " + st.source  # "Tadhg Ó Sé, 57" named before
            st.source_start = st.source_end = None
            if reader is not None:
                rsrc = _describe(self.text, *reader)
                st.via = rsrc.name if rsrc is not None and rsrc.named else None  # (no "BL")
            st.method = "statement-read-for"

    def quotes_attributed_to(self) -> None:
        """ "“…,” the release said, attributing the quote to terminal manager Craig
        Ostrowski": the person the document puts the words in the mouth of speaks, the
        document's source relays."""
        for st in self.out:
            if st.kind != "direct" or st.cue_end is None:
                continue
            i = bisect_right(self.sent_starts, st.cue_end) - 1
            end = self.sents[i][1] if i >= 0 else len(self.text)
            m = _ATTRIBUTING_RE.match(self.text, st.cue_end, end)
            if m is None:
                continue
            who = _describe(self.text, *m.span("who"))
            if who is None or not who.named or not (who.type == "person" or who.personal):
                continue
            st.via = st.source if st.source != "unknown" else None
            st.attributed_to(who)

    def document_speakers(self) -> None:
        """ "X said in a statement that …. “…,” the statement said.": the document named as the
        speaker is the channel of the latest earlier statement made through it; its source
        speaks (the statement keeps its mention and takes the channel)."""
        for st in sorted(self.out, key=lambda x: x.start):
            m = _DOCUMENT_SPEAKER_RE.fullmatch(st.source) if st.kind != "narrator" else None
            if m is None:
                continue
            noun = m.group(1).lower()
            earlier = [
                o
                for o in self.out
                if o.start < st.start
                and o.channel
                and noun in o.channel.lower()
                and _DOCUMENT_SPEAKER_RE.fullmatch(o.source) is None
                and o.source != "unknown"
            ]
            if not earlier:
                # "Monroe’s family released a statement on Friday. “…,” the statement said."
                src = self.document_issuer(noun, st.start)
                if src is not None:
                    st.attributed_to(src)
                    st.channel = st.channel or noun
                continue
            o = max(earlier, key=lambda x: x.start)
            st.source, st.source_type, st.plural = o.source, o.source_type, o.plural
            st.role, st.personal = o.role, o.personal
            st.channel = st.channel or o.channel
            mention = (
                self.text[o.source_start : o.source_end]
                if o.source_start is not None and o.source_end is not None
                else ""
            )
            courtesy = re.match(r"(?:Mrs|Mr|Ms|Miss|Mx)\.?\s+", mention)
            if courtesy is not None and " " not in o.source:
                # ("Mrs Whitfield described …. “…,” the statement said": her title goes with
                # her name, so the name is read as hers, not her son's)
                st.source = courtesy.group().strip() + " " + o.source

    def document_issuer(self, noun: str, pos: int) -> _Source | None:
        """Who released, issued or put out the latest ``noun`` ("statement", "letter") in the
        three sentences before ``pos``: the subject opening that sentence, or None; the one
        on whose behalf a statement was read ("Patrick read a victim impact statement on behalf
        of the dead man's wife, Anne, who …")."""
        for ss, se in self.sentences_before(pos, 3):
            behalf = re.search(
                r"\b(?:read|read\s+out|delivered|presented)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
                + re.escape(noun)
                + r"\s+on\s+behalf\s+of\s+([^.;]+?)(?=,\s+(?:who|which)\b|[.;]|$)",
                self.text[ss:se],
            )
            if behalf:
                src = _describe(self.text, ss + behalf.start(1), ss + behalf.end(1))
                if src is not None:
                    return src
            found = list(
                re.finditer(
                    r"\s(?:released|issued|put\s+out|published|posted|sent|served|filed|submitted"
                    r"|circulated)\s+(?:a|an|the)\s+"
                    r"(?:[\w-]+\s+){0,2}?" + re.escape(noun) + r"\b",
                    self.text[ss:se],
                )
            )
            m = found[-1] if found else None
            if m is None or "," in self.text[ss : ss + m.start()]:
                continue  # ("Days after its report, the group issued a statement": unsure)
            src, _, _, _ = self.opening_subject(self.toks_in(ss, se), ss, ss + m.start() + 1)
            return src if src is not None and src.type != "pronoun" else None
        return None

    def split_named_pairs(self) -> None:
        """ "Trump and Clinton said ...": one row per named person of a coordinated subject.

        The subject rule gives the whole phrase one source (the last name); when every part of
        "A and B" / "A, B and C" is a named person, each gets the statement, with its own
        mention, as "according to A and B" of different types does. Groups with a descriptor
        ("an officer and two officials") stay one source.
        """
        text = self.text
        extra: list[_Stmt] = []
        for st in self.out:
            if st.kind == "narrator" or (st.source_start is None and st.group_span is None):
                continue
            ss, se = st.group_span or (st.source_start, st.source_end or st.source_start)
            phrase = text[ss:se]
            if " and " not in phrase:
                continue
            if re.search(r"\b(?:MP|MPs|MSP|MLA|TD|member|senator|councillor)\s+for\s", phrase):
                continue  # "the Liberal Democrat MP for Brackwell and Deptford Vale": one seat
            m = _GOVERNMENTS_OF_RE.match(phrase)
            if m:  # "the governments of Austria and Slovenia": one row per country
                ss, phrase = ss + m.end(), phrase[m.end() :]
            m = re.match(r"[Bb]oth\s+", phrase)
            if m:  # "Both Iustitia and the Polish Bar Council"
                ss, phrase = ss + m.end(), phrase[m.end() :]
            both = (
                bool(m)
                or bool(re.match(r"\s+(?:both|all)\b", text[se : se + 6]))
                or bool(re.search(r"\b[Bb]oth\s+(?:the\s+)?$", text[max(0, ss - 10) : ss]))
            )
            split = None
            for cut in re.finditer(r" and ", phrase) if both and "," not in phrase else ():
                # "The office of the UN envoy and the EU's delegation both said", "Both the
                # Met Center and the Committee for Disaster Prevention and Control warned":
                # each body speaks, named or not (the first split that gives two bodies)
                pair = [
                    _describe(text, ss, ss + cut.start()),
                    _describe(text, ss + cut.end(), se),
                ]
                if (
                    all(
                        x is not None
                        and x.type in (*_BODY_TYPES, "unknown")
                        and not x.plural
                        and not x.personal
                        for x in pair
                    )
                    and len({x.name for x in pair if x}) == 2
                ):
                    split = pair
                    break
            if split is not None:
                st.attributed_to(split[0])
                extra += self.pair_rows(st, split)
                continue
            parts = _appositive_pair(phrase)
            if parts:  # "Anna Berg, a nurse, and Piotr Nowak, a teacher": each with its role
                srcs = [_describe(text, ss + a, ss + b) for a, b in parts]
                if all(
                    x is not None
                    and x.named
                    and (
                        x.type == "person"
                        or x.personal
                        # "Iustitia, the country's largest association of judges, and the
                        # Polish Bar Council": named bodies
                        or (x.type in _BODY_TYPES and x.name[:1].isupper())
                    )
                    for x in srcs
                ):
                    extra += self.pair_rows(st, srcs)
                continue
            if len(phrase) > 120:
                continue
            parts = [m for m in _LIST_PART_RE.finditer(phrase) if m.group().strip()]
            bare = re.sub(r"\s*\([^()]{1,15}\)", "", phrase)  # (without "(INMO)")
            if re.match(
                r"(?:[Tt]he\s+)?(?:[A-Z][\w-]+\s+){0,2}(?:Minister|Secretary|Commissioner"
                r"|Director|Chair(?:man|woman|person)?|Head|Minister\s+of\s+State|Undersecretary"
                r"|Under-Secretary|Vice-Minister|Director-General|Secretary-General)\s+(?:of|for)\s"
                r"[^,]*\sand\s[^,]*,\s*[A-Z]",
                phrase,
            ):
                continue  # "The Minister for Lands and Natural Resources, Emmanuel …, told": one
                # office whose portfolio has an "and"
            if (
                len(parts) < 2
                or _one_body_name(phrase)
                or _body_name_spans(phrase)
                or _one_body_name(bare)
                or _body_name_spans(bare)
            ):
                continue  # ("Minister of Environment, Forest and Climate Change B. Yadav")
            if re.search(r"\s(?:in|from|at|across)\s+[A-Z][\w-]+\s+and\s+[A-Z][\w-]+$", phrase):
                continue  # "Veterinarians in Waikato and Taranaki": two places, one group
            if _PLURAL_OF_LIST_RE.search(phrase):
                continue  # "Residents of Hull, Leeds and York": one group
            # ("The Reds (Rødt) and the Greens": a party's short name in brackets goes)
            spans = [
                (
                    ss + m.start(),
                    ss + m.start() + len(re.sub(r"\s*\([^()]{1,15}\)\s*$", "", m.group())),
                )
                for m in parts
            ]
            srcs = [_describe(text, a, b) for a, b in spans]
            if any(  # "Mills and another Clinton aide": a description, not a second name
                x is not None
                and not (x.name.split() and text[a:b].rstrip(" .").endswith(x.name.split()[-1]))
                for x, (a, b) in zip(srcs, spans, strict=True)
            ):
                continue
            if (
                any(
                    x is None
                    or not x.named
                    or x.appositive
                    or not (
                        x.type == "person"
                        or (x.personal and x.title)
                        # named bodies: "Shell and BP said", "Unite and the GMB said"
                        or (x.type in _BODY_TYPES and x.name[:1].isupper())
                    )
                    for x in srcs
                )
                or len({x.name for x in srcs if x}) < len(srcs)
                # "Environment and Climate Change Canada meteorologist Terri Lang": a body's
                # name with "and" in it, not two people
                # (a bare title is no such role: "Prof Farah and Dr Lim said")
                or any(x.role and x.role.lower() not in _title_set() for x in srcs)
                and any(" " not in x.name for x in srcs if x)
                # ("Fisheries and Oceans Canada biologist Ana Ruiz": a role the lexicon lacks)
                or (
                    len(srcs) == 2
                    and srcs[0] is not None
                    and srcs[1] is not None
                    and " " not in srcs[0].name
                    and not srcs[0].title
                    and srcs[0].name.lower() not in _given_names()
                    and re.search(
                        r"[A-Z][\w.-]*\s+[a-z]+\s+[A-Z]", text[srcs[1].start : srcs[1].end]
                    )
                    is not None
                )
                # "U.S. Army Europe and Africa": a body's name ending in two places
                or (
                    len(srcs) == 2
                    and srcs[0] is not None
                    and srcs[1] is not None
                    and " " in srcs[0].name
                    and not _is_place(srcs[0].name)
                    and _is_area(srcs[0].name.split()[-1])
                    and " " not in srcs[1].name
                    and _is_area(srcs[1].name)
                )
                # "Garment Manufacturers and Exporters Association Vice-President Tanvir
                # Sobhan": the officer of one body whose name has an "and" in it
                or (
                    len(srcs) == 2
                    and srcs[0] is not None
                    and srcs[1] is not None
                    and srcs[0].type == "person"
                    and not srcs[0].title
                    and not any(w.lower() in _given_names() for w in srcs[0].name.split())
                    and srcs[1].title[:1].isupper()
                    and any(w.lower() in _BODY_NAME_HEADS for w in srcs[1].title.split()[:-1])
                )
                # "the Work and Pensions Secretary, Helen Carver": an office with "and" in it
                or any(
                    x.name.split()[-1].lower() in _title_heads()[1]
                    and not (
                        x.type in _BODY_TYPES
                        and len(x.name.split()) > 2
                        and x.name.split()[-1].lower() in _BODY_NAME_HEADS  # not "Minister"
                    )
                    for x in srcs
                    if x
                )  # ("the Polish Bar Council and Iustitia": a body's name ends in "Council")
            ):
                continue
            if any(x.type in _BODY_TYPES for x in srcs if x):
                # "Shell and BP": a one-word name beside a body is a body too
                srcs = [
                    replace(x, type="organisation", personal=False)
                    if x
                    and x.type == "person"
                    and " " not in x.name
                    and x.name.lower() not in _given_names()
                    and not x.title
                    else x
                    for x in srcs
                ]
            extra += self.pair_rows(st, srcs)
        if extra:
            self.out += extra
            self.out.sort(key=lambda s: (s.start, s.end))

    def relative_speech(self, made: list[_Stmt]) -> None:
        """ "He acknowledged that the method statement, which Mr Pryce said he had never been
        shown, required outriggers": the statement in the relative clause ends at its comma,
        and the one it interrupts runs on past it."""
        text = self.text
        for inner in made:
            if (
                inner.method.startswith("relative")
                and inner.via is None
                and inner.cue_start is not None
                and re.match(r",\s+which\s+$", text[inner.source_end or 0 : inner.cue_start])
            ):
                # "She said she had spoken with the governor's office, which told her that …":
                # the office's words, passed on by her
                teller = next(
                    (
                        o
                        for o in made
                        if o is not inner
                        and o.end == inner.source_end
                        and o.source not in ("unknown", inner.source)
                    ),
                    None,
                )
                if teller is not None:
                    inner.via = teller.source
        for inner in made:
            if inner.source_start is None or inner.kind == "direct":
                continue
            ss = inner.source_start
            if re.match(r"(?:which|whom|who)\s", text[ss : ss + 6]) is None:
                continue  # (the source phrase holds the relative pronoun: "which Mr Pryce")
            at = ss - len(text[:ss]) + len(text[:ss].rstrip())
            if text[at - 1 : at] != ",":
                continue
            at -= 1
            comma = text.find(",", inner.start, inner.end)
            if comma < 0 or not text[comma + 1 : inner.end].strip():
                continue
            outer = next(
                (
                    o
                    for o in made
                    if o is not inner
                    and o.sent_id == inner.sent_id
                    and o.end <= at
                    and not text[o.end : at].strip(' ”"')
                ),
                None,
            )
            if outer is None:
                continue
            outer.end = inner.end
            if outer.kind == "indirect" and any(c in text[outer.start : outer.end] for c in '“"'):
                outer.kind = "mixed"
            inner.end = comma
            inner.kind = self.content_kind(inner.start, inner.end, "indirect")
            # (", but insisted …" after the clause is the outer speaker's only)
            made[:] = [
                m
                for m in made
                if not (
                    m.method == "coordinated-cue"
                    and m.source == inner.source
                    and m.cue_start is not None
                    and m.cue_start >= outer.end
                    and any(o.cue_start == m.cue_start and o.source == outer.source for o in made)
                )
            ]

    @staticmethod
    def pair_rows(st: _Stmt, srcs: list[_Source | None]) -> list[_Stmt]:
        """``st`` given to the first source of a pair; a copy for each other source."""
        extra = []
        bare = re.sub(r"^[Tt]he\s+", "", st.source)
        own = next(
            (x for x in srcs if x is not None and re.sub(r"^[Tt]he\s+", "", x.name) == bare), None
        )
        if own is None:  # ("the governments of Austria, Italy and Slovenia": none is the phrase)
            own = next((x for x in srcs if x is not None), None)
        span = st.source_start, st.source_end  # (a pronoun's, kept: "They argued")
        for x in srcs:
            if x is None:
                continue
            row = st if x is own else replace(st, method=st.method + "-pair")
            row.attributed_to(x)
            row.plural = False
            if st.group_span is not None:
                row.source_start, row.source_end = span
            if row is not st:
                extra.append(row)
        return extra

    def unit(self, ustart: int, uend: int, sid: int) -> None:
        # inside a transcript answer already attributed to its speaker, only the words of
        # others it passes on are new statements ("Hanh: One of our Korean customers told me
        # last year, “We came for the cost …”")
        answer = next(
            (
                st
                for st in self.out
                if st.method == "speaker-label"
                and st.frame_start is not None
                and st.frame_start <= ustart < st.end
            ),
            None,
        )
        if answer is None:
            labelled = self.speaker_label(ustart, uend, sid)
            if labelled is not None:
                self.out.append(labelled)
                answer = labelled
                ustart = labelled.start
        if answer is None:
            ustart = self.after_label(ustart, uend)
        self.answer = answer
        toks = self.toks_in(ustart, uend)
        consumed: list[tuple[int, int]] = []
        made: list[_Stmt] = []
        self.made = made

        def free(pos: int) -> bool:
            return not any(a <= pos < b for a, b in consumed)

        cues = self.cues(toks)
        # 0. a relay: "“…,” Putin said, according to TASS." / "…, Zakharova said, RIA Novosti
        # reported." / "According to Interfax, a diplomat said …": the outlet relays the
        # statement inside, it is its ``via``
        relay = self.relay(toks, cues, ustart, uend)
        if relay is not None:
            via, fs, fe, uend = relay
            consumed.append((fs, fe))
            cues = [c for c in cues if not fs <= c[1] < fe]
            toks = self.toks_in(ustart, uend)
        # 1. according to
        for k, cs, ce, _lemma, kind in cues:
            if kind == "according" and free(cs):
                made += self.according(toks, k, cs, ce, ustart, uend, sid, consumed)
        # 2. nested: X quoted Y saying ...
        for k, cs, ce, _lemma, kind in cues:
            if kind == "nested" and free(cs):
                made += self.nested(toks, k, cs, ce, ustart, uend, sid, consumed, made)
        # 2b. "When asked whether ...," / "Asked about ...,": the question, asker unnamed
        made += self.asked(ustart, uend, sid, consumed)
        made += self.in_view(ustart, uend, sid, consumed)
        # 2c. "In the new CBS poll, Trump leads by 13 points": the document says it
        if not made:
            made += self.in_document(ustart, uend, sid, consumed, cues)
        # 2d. "The jury heard that ...", "The court was told ...": unnamed, told to the court
        made += self.court_heard(ustart, uend, sid, consumed)
        # 3. speech verbs, left to right; a belief or evidence cue inside the content of a
        # trailing "..., the Commerce Department said." is left to it
        trailing = self.trailing_cue(cues, ustart, uend)
        trailing_kind = next((c[4] for c in cues if c[1] == trailing), None)
        for k, cs, ce, lemma, kind in cues:
            if kind in ("according", "nested") or not free(cs):
                continue
            if (
                trailing is not None
                and cs < trailing
                and (
                    kind in ("cognition", "evidence", "stance")
                    or self.spokes_trailer(trailing, uend)
                )
                # (a closing "…, records show" takes over only another evidence cue: "He
                # agreed to sell it, records show" keeps his agreement for a later "he said")
                and (kind == "evidence" or trailing_kind != "evidence")
                # ("Clinton plans to …, the campaign told USA TODAY": only "found" or "show"
                # gives way to a closing "told")
                and (kind == "evidence" or not self.text.startswith("told", trailing))
            ):
                continue  # (also "X condemned ..., his spokesman Y said": the spokesman's)
            st = self.verb(toks, k, cs, ce, lemma, kind, ustart, uend, sid, consumed, made, cues)
            made += st
        # 3b. passive attributions with no named source: "X is expected to ..."
        made += self.passive(toks, ustart, uend, sid, consumed, cues)
        # 3d. "the mayor's claim that ..." (possessive source, nominal cue)
        made += self.nominal(toks, ustart, uend, sid, consumed, cues)
        # 4. quotes not yet attributed
        made += self.loose_quotes(ustart, uend, sid, consumed, made)
        # 5. "Speaker Name: claim" headlines
        if not made and (ustart in self.headlines or sid == 0):
            made += self.headline_colon(ustart, uend, sid)
        if relay is not None:
            for st in made:
                if st.via is None and st.source != relay[0]:
                    st.via = relay[0]
        made += self.inner_statements(made, sid)
        made = [st for st in made if not self.negated(st) and not self.adverbial(st)]
        self.relative_speech(made)
        for st in made:
            extra = self.cue_extras.get(st.cue_end) if st.cue_end is not None else None
            if not extra and st.source_start is not None and st.cue_start is not None:
                base = st.source_start
                aside = re.search(
                    r",\s*citing\s+([^,;“”\"]{2,80}?)\s*,\s*$",
                    self.text[st.source_start : st.cue_start],
                )
                if aside is None:  # "Citing people familiar with the matter, the news portal X
                    # reported that …": the same, fronted
                    base = ustart
                    aside = re.match(
                        r"\s*Citing\s+([^,;“”\"]{2,80}?)\s*,\s*(?:the\s+)?(?:[\w’'-]+\s+){0,4}$",
                        self.text[ustart : st.source_start],
                    )
                if aside and not (
                    st.source_type == "media"
                    # ("The Tages-Anzeiger, citing people familiar with the discussions,
                    # reported": unnamed people relayed by any name; a ministry "citing new
                    # data" speaks itself)
                    or re.match(
                        r"(?:(?:two|three|several|four|unnamed|anonymous|senior)\s+)*"
                        r"(?:people|persons|sources|officials|diplomats|insiders)\b",
                        aside.group(1),
                    )
                ):
                    aside = None
                if aside:  # "Le Monde, citing two advisers to the president, reported that"
                    extra = {"citing": (base + aside.start(1), base + aside.end(1))}
            if not extra:
                continue
            if "citing" in extra:  # the cited source speaks, the citer relays
                cited = _describe(self.text, *extra["citing"])
                if cited is not None:
                    relayer = st.source
                    st.attributed_to(_anonymous_if_said(self.text, cited, cited.end or 0))
                    st.via = relayer
            elif st.via is None and "via" in extra:
                st.via = extra["via"]
        self.trailing_channels(made)
        self.frame_extras(made, ustart)
        if self.answer is not None:
            made[:] = self.passed_on_in_answer(made, self.answer)
        self.out.extend(made)

    def passed_on_in_answer(self, made: list[_Stmt], answer: _Stmt) -> list[_Stmt]:
        """The statements inside a transcript answer that pass on someone else's words, with
        the answering speaker as their ``via``, and the speaker's own first-person ones ("I
        think …", as PolNeAR marks them and as on the paragraphs after the line, see
        :meth:`answer_first_person`); unresolved ones are the answer itself."""
        out = []
        for st in made:
            if st.method.startswith("first-person"):
                if answer.source_type != "outlet":  # (an answer's speaker not yet known
                    # stays "unknown": :meth:`labelled_answers` may name the interviewee)
                    st.source, st.source_type, st.plural = answer.source, answer.source_type, False
                    st.role, st.personal = answer.role, answer.personal
                    out.append(st)
                continue
            if (
                st.kind == "narrator"
                or st.source in ("unknown", answer.source)
                or st.source.lower() in _PRONOUNS
                or st.source.lower() == "you"
                or st.source_type == "outlet"
                # only words said ("told me", "said to me"), not what people want or think
                or re.search(r"-(?:cognition|stance|evidence)-", st.method)
                or (" " not in st.source and st.source[:1].islower())  # ("mainstream")
            ):
                continue
            st.via = st.via or answer.source
            out.append(st)
        return out if answer.source_type != "outlet" else []  # (a question's premises)

    def answer_first_person(self) -> None:
        """A first-person statement in a paragraph that continues a transcript answer ("Hanh:
        …" then "If someone finds a problem, I want to hear it from them first") is the
        answering speaker's, not the writer's."""
        labels = sorted(
            (x for x in self.out if x.method == "speaker-label" and x.source_type != "outlet"),
            key=lambda x: x.start,
        )
        if not labels:
            return
        starts = [x.frame_start or x.start for x in labels]
        for st in self.out:
            if not st.method.startswith("first-person"):
                continue
            i = bisect_right(starts, st.start) - 1
            if i < 0:
                continue
            lab = labels[i]
            between = self.text[lab.end : st.start]
            if re.search(r"(?m)^\s*[A-Z][\w .]{0,30}:\s", between) or between.count("\n\n") > 2:
                continue  # (another label, or the answer is far back)
            st.source, st.source_type, st.plural = lab.source, lab.source_type, False
            st.role, st.personal = lab.role, lab.personal

    def trailing_channels(self, made: list[_Stmt]) -> None:
        """ "denied the allegations in a statement on Monday": the channel (and its time) ends
        the content; it is the statement's channel, not what was said."""
        text = self.text
        for st in made:
            if st.kind not in ("indirect", "mixed") or st.channel is not None:
                continue
            content = text[st.start : st.end]
            if not _CHANNEL_HINT_RE.search(content):
                continue  # every channel phrase opens with one of these words
            if any(
                _is_finite(t) and t.lower not in ("'s", "’s")
                for t in self.toks_in(st.start, st.end)
            ):
                continue  # "the order came in a phone call": the clause's own phrase
            for rx, label in self.lex.channels:
                found = list(rx.finditer(content))
                m = found[-1] if found else None
                if m is None or m.start() < 8:
                    continue
                rest = self.lex.time_re.sub("", content[m.end() :]).strip(" ,.")
                if rest and not re.fullmatch(r"(?:on|late|early|last|this)\s+\w+", rest):
                    continue
                _s, e = self.trim(st.start, st.start + m.start())
                if e - st.start >= 3:
                    st.end, st.channel = e, label
                break

    def adverbial(self, st: _Stmt) -> bool:
        """ "Chen conceded shortly before midnight", "He replied angrily": the verb has no
        content, only an adverbial (a short indirect content opening with an adverb or a
        preposition, with no verb of its own)."""
        if st.kind != "indirect" or st.method.startswith(("according", "asked", "in-document")):
            return False
        toks = [t for t in self.toks_in(st.start, st.end) if t.text[:1].isalnum()]
        # ("Both testified before the Assembly Insurance Committee in February": where, no what)
        longest = 8 if toks and toks[0].lower in ("before", "at", "during") else 5
        return (
            0 < len(toks) <= longest
            and toks[0].pos in ("RB", "IN")
            and toks[0].lower not in ("about", "around", "nearly", "over", "almost", "some")
            and not any(t.pos.startswith(("VB", "MD")) for t in toks)
        )

    def negated(self, st: _Stmt) -> bool:
        """No statement was made: "No group claimed responsibility", "Nobody said ...", "The
        minister did not say whether ...", "X has not commented publicly"."""
        text = self.text
        if st.source_start is not None and re.match(
            r"(?:[Nn]o\s+(?:one\b|\w+)|[Nn]obody\b|[Nn]one\s+of\b|[Nn]either\b)",
            text[st.source_start : st.source_end or st.source_start],
        ):
            return True
        if st.cue_start is None or st.cue_end is None:
            return False
        before = text[max(0, st.cue_start - 24) : st.cue_start].lower()
        if not re.search(
            r"\b(?:not|n[’']t|never)\s+(?:\w+ly\s+|yet\s+)?$", before
        ) and not re.search(r"\b(?:not|never)\b|n[’']t\b", text[st.cue_start : st.cue_end]):
            return False
        content = text[st.start : st.end].strip(' “”"')
        return bool(
            re.match(r"(?:whether|if|how|when|what|why|who|where|which)\b", content)
            # "The Inquirer could not independently verify all the figures": no claim
            or re.search(r"\bverif", (st.cue or "").lower())
            or len(_WORD_RE.findall(content)) <= 2
            # "The campaign did not respond to follow-up questions about …": what went unanswered
            or (
                re.search(r"\b(?:respond|repl|react|comment)", (st.cue or "").lower())
                and (re.match(r"to\s", content) or re.search(r"\sto\b", st.cue or ""))
                and st.kind != "direct"
            )
        )

    def quote_relays(self, st: _Stmt, sid: int) -> list[_Stmt]:
        """Words of a third party the quoted speaker passes on, opening a sentence of the
        quote: "“Her phone is off. The police told us she is ‘giving an explanation,’ nothing
        more,” she said" (the police, via her). Pronoun speakers are left to the rules for
        "“He said, ‘…’”"; the speaker's own "I"/"we" are no third party."""
        text = self.text
        out: list[_Stmt] = []
        for m in _QUOTE_RELAY_RE.finditer(text, st.start, st.end):
            who = m.group("who")
            opening = not self.text[st.start : m.start("who")].strip(' “"')
            if (
                who in ("He", "She")
                and opening
                and text[m.end()] not in "‘'"
                and (st.source not in ("unknown", "he", "she", "they", "it"))
            ):
                # "“He said he thought it was a dream at first,” she said" (her father, named
                # just before; a quoted "He said, ‘…’" is the rule for quoted sayings')
                out += self.pronoun_quote_relay(st, m, sid)
                continue
            if (
                who.split()[0].lower() in _NOT_QUOTE_RELAY_WHO
                or who.lower() in _PRONOUNS
                or re.search(r"[’'](?:ve|s|re|ll|d|m)\b", who)  # "I’ve said", "He's said"
                or who.split()[0].lower().endswith("ing")  # "Having said that"
                # ("“the market has told us clearly what it wants”": a figure of speech)
                or (who.split()[-1].lower() in _AUX and not who[:1].isupper())
            ):
                continue
            if not self.in_quote(m.start("who")):
                continue  # (the reporter's own sentence)
            if who[:1].isupper() and who.split()[0].lower() not in ("the", "my", "our"):
                if not _PERSON_NAME_RE.fullmatch(who) and not re.fullmatch(r"[A-Z][\w’'-]+", who):
                    continue
            c_start = m.end()
            if c_start >= st.end:
                continue
            opener = text[c_start]
            if opener in "‘'":
                close = text.find("’" if opener == "‘" else "'", c_start + 1, st.end)
                if close < 0:
                    continue
                c_end, kind = close + 1, "direct"
            else:
                e = _QUOTE_SENTENCE_END_RE.search(text, c_start, st.end)
                c_end, kind = (e.start() if e else st.end), "indirect"
                if "‘" in text[c_start:c_end] or "'" in text[c_start:c_end]:
                    kind = "mixed"
            c_start, c_end = self.trim(c_start, c_end)
            if len(_WORD_RE.findall(text[c_start:c_end])) < 3:
                continue
            if kind == "indirect" and not any(_is_finite(t) for t in self.toks_in(c_start, c_end)):
                continue  # "Khairul said nothing", "The police told us to wait": no claim
            if re.match(r"to\s", text[c_start:c_end]):
                continue
            src = _describe(text, m.start("who"), m.end("who"))
            if src is None or src.name.lower() in _PRONOUNS:
                continue
            if src.type == "person" and " " not in src.name:
                full = self.full_name(src.name)
                if full != src.name:
                    src = replace(src, name=full)
            if src.name == st.source:
                continue
            it = _Stmt.by(
                src,
                c_start,
                c_end,
                kind,
                cue=m.group("cue"),
                cue_start=m.start("cue"),
                cue_end=m.end("cue"),
                confidence=0.5,
                method="quote-relayed",
                sent_id=sid,
            )
            it.via = st.source if st.source != "unknown" else None
            out.append(it)
        return out

    def pronoun_quote_relay(self, st: _Stmt, m: re.Match, sid: int) -> list[_Stmt]:
        """A quote opening with "He said …"/"She said …" (no inner quote marks): the words of
        the person the pronoun names, when that is a named person other than the quote's
        speaker, named in the 400 characters before the quote; else nothing."""
        text = self.text
        e = _QUOTE_SENTENCE_END_RE.search(text, m.end(), st.end)
        c_start, c_end = self.trim(m.end(), e.start() if e else st.end)
        if len(_WORD_RE.findall(text[c_start:c_end])) < 3 or not any(
            _is_finite(t) for t in self.toks_in(c_start, c_end)
        ):
            return []
        it = _Stmt(
            c_start,
            c_end,
            "indirect",
            cue=m.group("cue"),
            cue_start=m.start("cue"),
            cue_end=m.end("cue"),
            confidence=0.45,
            method="quote-relayed",
            sent_id=sid,
        )
        self.resolve(it, _Source(m.group("who"), "pronoun", None, None))
        if not self.named_before_quote(it, st):
            return []
        it.via = st.source if st.source not in ("unknown", "he", "she") else None
        it.method = "quote-relayed"
        return [it]

    def named_before_quote(self, it: _Stmt, st: _Stmt) -> bool:
        """Is the resolved source of ``it`` (a "he"/"she" inside the quote ``st``) a named
        person other than the quote's speaker, named in the 400 characters before the quote
        (not a cellist two paragraphs back)?"""
        speaker = st.source.split()[-1] if st.source else ""
        return bool(
            it.source_type == "person"
            and _PERSON_NAME_RE.fullmatch(it.source)
            and it.source.split()[-1] != speaker
            and it.source.split()[-1] in self.text[max(0, st.start - 400) : st.start]
        )

    def inner_statements(self, made: list[_Stmt], sid: int) -> list[_Stmt]:
        """The statement inside an according-to content, relayed by its source: "Erdogan said
        the talks went well, according to his office" (Erdogan, via his office) beside the
        office's own according-to statement; "According to the complaint, Hale told an employee
        that ..." (Hale, via the complaint); and a named person's words inside testimony."""
        out: list[_Stmt] = []
        for st in made:
            if st.method.endswith("closing-frame"):
                continue  # (its first speaker's statement is made with it)
            if st.kind in ("direct", "mixed"):
                out += self.quote_relays(st, sid)
            # testimony relays what others said: "Baptiste told jurors that Kreuger initially told
            # investigators he had been …"; "“He said, ‘If anything happens to me, look at
            # Dustin,’” his sister told jurors" (his words, relayed by her)
            testimony = st.cue is not None and (
                st.cue.lower().startswith("testif")
                or _TESTIMONY_AUDIENCE_RE.fullmatch(st.reported_to or "") is not None
            )
            # (also outside testimony: "“He said, ‘Lindiwe, if we don't pay …’ Those were his
            # words,” she said")
            m = (
                _QUOTED_SAYING_RE.search(self.text, st.start, st.end)
                if st.kind == "direct"
                else None
            )  # (at the quote's start or a sentence of it: "“I owe her my life, and I told her
            # so. She said, ‘You owe me a kilo of red mullet.’”")
            if m:
                cm = re.compile(
                    re.escape(_QUOTED_SAYING_CLOSE[m.group("open")]) + r"(?=[\s,.;:!?”\"]|$)"
                ).search(self.text, m.end(), st.end)
                close = cm.start() if cm else -1
                if close > m.end():
                    it = _Stmt(
                        m.start("open"),
                        close + 1,
                        "direct",
                        cue=m.group("cue"),
                        cue_start=m.start("cue"),
                        cue_end=m.end("cue"),
                        confidence=0.5,
                        method="quoted-saying-relayed",
                        sent_id=sid,
                    )
                    told = next(
                        (
                            x
                            for x in reversed(self.out)
                            if x.method.endswith(("-passed-on", "-relayed"))
                            and x.via == st.source
                            and 0 <= sid - x.sent_id <= 2
                            and _PERSON_NAME_RE.fullmatch(x.source)
                        ),
                        None,
                    )
                    if told is not None:  # "… Radebe had told her …. “He said, ‘…’,” she said"
                        it.source, it.source_type = told.source, told.source_type
                        it.personal = told.personal
                    else:  # (outside testimony, a named person other than the speaker)
                        pron = _Source(m.group("who"), "pronoun", None, None)
                        self.resolve_pronoun(it, pron)
                        # (mid-quote, "He" may be someone the quote names: "One of them
                        # laughed at me. He said, ‘…’"; not when the quote named no one and
                        # only spoke of "her": "I owe her my life. She said, ‘…’")
                        object_only = (
                            m.start() != st.start
                            and _QUOTE_OBJECT_ONLY_RE.fullmatch(self.text, st.start, m.start() + 1)
                            is not None
                        )
                        speaker = st.source.split()[-1:]
                        top = None
                        if object_only:
                            # (the speaker's "her" is not the speaker: the woman the text
                            # quotes most, other than the speaker, also when the pronoun found
                            # her by itself)
                            gender = "m" if pron.name.lower() == "he" else "f"
                            top = self.most_quoted(
                                self.quoted_people(gender, st.start), " ".join(speaker)
                            )
                            if top is not None and it.source.split()[-1:] not in (
                                speaker,
                                top.source.split()[-1:],
                            ):
                                top = None
                            if top is not None:
                                it.source, it.source_type = top.source, top.source_type
                                it.personal = top.personal
                        if (
                            testimony
                            or top is not None
                            or (
                                (m.start() == st.start or object_only)
                                and self.named_before_quote(it, st)
                            )
                        ):
                            self.note_gender(it, pron)
                        else:
                            it.source = "unknown"
                    if it.source not in ("unknown", st.source):
                        it.via = st.source
                        out.append(it)
            testimony = testimony and st.kind == "indirect"
            # "He said Ashdown had told him in the tunnel that …", "Two EU diplomats said X had
            # told ambassadors that …": someone else's words the speaker passes on
            relay = st.kind in ("indirect", "mixed") and bool(
                _RELAY_LEAD_RE.match(self.text, st.start, st.end)
                or (
                    (named := _RELAY_NAMED_RE.match(self.text, st.start, st.end)) is not None
                    and named.group().split()[0].lower() not in _NOT_RELAY_NAMES
                )
            )
            # "… testified that Radebe had brought the files to her office … and had told her
            # the province was …": the relay in the second of two coordinated clauses
            second = (
                st.kind in ("indirect", "mixed")
                and not relay
                and _RELAY_CONJUNCT_RE.match(self.text, st.start, st.end) is not None
            )
            # "Vidal, she alleges, replied the next day that …": the teller's cue is an aside
            # inside its content, between the subject and the verb of what it passes on
            aside = (
                st.kind in ("indirect", "mixed")
                and st.cue_start is not None
                and st.cue_end is not None
                and st.start < st.cue_start < st.end
                and _ASIDE_TELLER_RE.fullmatch(self.text, st.start, st.cue_start) is not None
                and re.match(r"\s*,\s", self.text[st.cue_end : st.end]) is not None
            )
            # "Her mother, Agnes, she said, had told her as a girl that …": the aside's content
            # starts after it, on the verb of what it passes on
            span_start = st.start
            if (
                not aside
                and st.kind in ("indirect", "mixed")
                and st.cue_start is not None
                and st.cue_end is not None
                and st.cue_end <= st.start
                and re.match(
                    r"(?:had\s+)?(?:told|said|warned|assured)\b", self.text[st.start : st.end]
                )
            ):
                i = bisect_right(self.sent_starts, st.cue_start) - 1
                sent_start = self.sents[i][0] if i >= 0 else st.start
                if _ASIDE_TELLER_RE.fullmatch(self.text, sent_start, st.cue_start) is not None:
                    aside, span_start = True, sent_start
            relay = relay or second or aside
            if (
                st.kind != "according-to" and not testimony and not relay
            ) or st.end - span_start < 12:
                continue
            toks = self.toks_in(span_start, st.end)
            cues = [c for c in self.cues(toks) if c[4] == "speech" and c[1] != st.cue_start]
            if aside:
                cues = cues[:1] if cues and cues[0][1] > st.cue_end else []
            gap = None
            if cues and not aside:
                lead = [t for t in toks if t.end <= cues[0][1]]
                q = self.quote_at(st.start)
                if q is not None:  # "“…,” Lee said"
                    lead = [t for t in lead if t.start >= q[1] and t.text != ","]
                while lead and _before_cue(lead[-1]):
                    lead = lead[:-1]
                if len(lead) > 2 and [t.lower for t in lead[-2:]] == ["used", "to"]:
                    lead = lead[:-2]  # "her foreman used to tell his crew that …"
                commas = [i for i, t in enumerate(lead) if t.text == ","]
                if (
                    len(commas) == 2
                    and commas[1] == len(lead) - 1
                    and lead[commas[0] + 1].lower in ("who", "whose", "which")
                ):
                    # "a longtime friend on the block, whose house was the first to go up, had
                    # told her …": the aside on the teller goes
                    lead = lead[: commas[0]]
                if lead and (
                    lead[0].lower in ("when", "after", "before", "while", "once", "as")
                    or (lead[0].pos == "IN" and st.kind == "according-to")
                ):
                    commas = [i for i, t in enumerate(lead) if t.text == ","]
                    if commas:  # ("when she presented …, a representative … told her"; "In a
                        # complete response letter, the agency told Corvane that …, according
                        # to a summary released by the company")
                        lead = lead[commas[-1] + 1 :]
                vbn = next(
                    (
                        i
                        for i, t in enumerate(lead)
                        if i and (t.pos == "VBN" or t.lower in _REDUCED_RELATIVE_VERBS)
                    ),
                    None,
                )
                gap = (
                    _GAP_RELATIVE_RE.search(self.text, lead[0].start, cues[0][1])
                    if lead and _GAP_AFTER_SAID_RE.match(self.text, cues[0][2])
                    else None
                )
                if gap is not None:
                    # "According to the NPA, pharmacies receive £15 per check, a figure its
                    # chief executive, Graham Tulley, said had “not moved …”": the relative
                    # clause on the figure is his statement
                    span_start = gap.start(1)
                    named = _ROLE_THEN_NAME_RE.fullmatch(self.text, span_start, cues[0][1])
                    if named is not None:  # (the name after its role, as a subject gives it)
                        span_start = named.start(1)
                    toks = self.toks_in(span_start, st.end)
                elif (
                    not second
                    and not (
                        lead
                        and len(lead) <= 14
                        and (
                            _np_ok(lead)
                            # "Workers interviewed on one estate told JPM's researchers that …":
                            # a reduced relative on the subject
                            or (
                                vbn is not None
                                and _np_ok(lead[:vbn])
                                and not any(_is_finite(t) for t in lead[vbn + 1 :])
                            )
                        )
                    )
                ):
                    continue  # the speech verb is no main verb of the content's first clause
            for k, cs, ce, lemma, kind in cues[:1]:
                try:
                    inner = self.verb(
                        toks, k, cs, ce, lemma, kind, span_start, st.end, sid, [], [], cues
                    )
                except Exception:  # pragma: no cover - a sub-span the rules cannot read
                    inner = []
                for it in inner:
                    if it.source in ("unknown", st.source) or it.end - it.start < 3:
                        continue
                    if (
                        re.match(
                            r"to\s+(?!(?:him|her|them|me|us|you|the|a|an|his|their|its|my|our)\b)"
                            r"[“\"‘']?[a-z]+\b",
                            self.text[it.start : it.end],
                        )
                        and self.lex.verbs.get((it.cue or "").lower(), ("",))[0]
                        not in _COMMITMENT_LEMMAS
                    ):
                        continue  # ("broadcasts had told residents to be off the roads": an order;
                        # "the district had promised to reassign …" is a promise)
                    if testimony and not (it.source[:1].isupper() and it.source_type == "person"):
                        continue  # (in testimony, only a named person's words are relayed)
                    if relay and not testimony and it.source.lower() in _PRONOUNS:
                        continue  # ("She said he had told her …": no pronoun is passed on)
                    # (no teller found: "unknown" relays nothing)
                    if gap is None:  # (the relative clause is its own statement, not relayed)
                        it.via = it.via or (st.source if st.source != "unknown" else None)
                    else:  # the outer content ends before the figure's relative clause
                        st.end = gap.start()
                    it.method += (
                        "-relative"
                        if gap is not None
                        else "-relayed"
                        if testimony or not relay
                        else "-passed-on"
                    )
                    out.append(it)
        return out

    def frame_extras(self, made: list[_Stmt], ustart: int) -> None:
        """Audience and channel said before the cue: "Speaking to reporters, X said", "In an
        interview with the AP, X said", "Acme, in a statement, said" (first statement of a
        sentence only; what the cue's own words give comes first)."""
        text = self.text
        cued = sorted((s for s in made if s.cue_start is not None), key=lambda s: s.cue_start)
        if not cued:
            return
        st = cued[0]
        seg_end = min(st.cue_start, st.start) if st.start > ustart else st.cue_start
        seg = text[ustart:seg_end]
        if not seg.strip():
            return
        if st.reported_to is None:
            m = next(
                (
                    x
                    for x in _FRAME_AUDIENCE_RE.finditer(seg)
                    if not self.in_quote(ustart + x.start())
                ),
                None,
            )  # ('“We are speaking to Barcelona,” the agent said': the quote's words)
            if m:
                st.reported_to = re.sub(r"^(?:[Tt]he)\s+", "", (m.group(1) or m.group(2)).strip())
        if st.channel is None:
            label, _span = self.channel_in(ustart, seg_end)
            if label is None and re.search(r",\s*in\s+a\s+(?:\w+\s+)?statement\s*,", seg):
                label = "statement"
            if label is not None:
                st.channel = label

    def relay(self, toks, cues, ustart: int, uend: int) -> tuple[str, int, int, int] | None:
        """A relaying frame around a statement: (via, frame start, frame end, new unit end).

        "…, Putin said, according to TASS." and "…, Peskov said, Interfax reported." (at the
        end, the frame after the last comma) or "According to Interfax, a diplomat said …" (at
        the start); only when the relay is a news outlet and a speech verb outside quotes
        remains for the statement itself ("…, farmers insisted, according to their union" stays
        the union's according-to statement).
        """
        text = self.text
        speech = [c for c in cues if c[4] == "speech" and not self.in_quote(c[1])]
        if not speech:
            return None
        last = cues[-1]
        tail = text[last[2] : uend]
        if last[4] == "according" or (
            last[4] in ("speech", "evidence") and last[3] in ("report", "say")
        ):
            comma = text.rfind(",", ustart, last[1])
            inner = [c for c in speech if c[1] < comma] if comma >= 0 else []
            if not inner or not (
                # the statement's own frame opens the sentence ("Peskov said ...") or closes it
                # ("..., Peskov said, according to TASS")
                len(self.toks_in(ustart, inner[0][1])) <= 8
                or len(self.toks_in(inner[-1][2], comma)) <= 1
                or re.search(r"[”\"]\s*,?\s*(?:\S+\s+){0,4}$", text[ustart : inner[-1][1]])
            ):
                pass
            elif last[4] == "according":
                np_span = self.np_after(last[2], uend)
                if np_span and re.fullmatch(r"[\s.!?”’\"]*", text[np_span[1] : uend]):
                    src = _describe(text, *np_span)
                    if src is not None and src.type == "media":
                        return src.name, comma, uend, comma
            elif re.fullmatch(r"(?:\s+[\w’'-]+){0,3}\s*[.!?]?\s*", tail) and not text[
                comma + 1 : last[1]
            ].strip().lower().startswith(("he ", "she ", "they ", "it ")):
                src = _describe(text, comma + 1, last[1])
                if src is not None and src.type == "media":
                    return src.name, comma, uend, comma
        first = cues[0]
        if first[4] == "according" and not re.search(r"\w{3,}", text[ustart : first[1]]):
            np_span = self.np_after(first[2], uend)
            if np_span is None:
                return None
            m = re.match(r"\s*,\s*", text[np_span[1] : uend])
            if m is None:
                return None
            head = np_span[1] + m.end()
            first_speech = next((c for c in speech if c[1] > np_span[1]), None)
            if first_speech is None:
                return None
            subj = [t for t in toks if head <= t.start and t.end <= first_speech[1]]
            while subj and _before_cue(subj[-1]):
                subj = subj[:-1]
            if not (subj and len(subj) <= 10 and _np_ok(subj)):
                return None  # "According to the Post, officials looked into what ... announced"
            src = _describe(text, *np_span)
            rest = text[np_span[1] + m.end() : uend]
            if src is not None and src.type == "media" and not self.frame_tail_ok(rest):
                return src.name, first[1], np_span[1] + m.end(), uend
        return None

    def spokes_trailer(self, cs: int, uend: int) -> bool:
        """Is the trailing frame at ``cs`` a spokesperson's ("..., his spokesman X said")?"""
        comma = self.text.rfind(",", 0, cs)
        return comma >= 0 and bool(_spokes_re().search(self.text, comma, cs))

    def trailing_cue(self, cues, ustart: int, uend: int) -> int | None:
        """Start of an inverted speech cue closing the unit after a comma and a short noun
        phrase ("..., the Commerce Department said (on Tuesday)."); None when there is none."""
        text = self.text
        for _k, cs, ce, lemma, kind in reversed(cues):
            if kind not in ("speech", "evidence") or self.in_quote(cs):
                continue
            if (
                kind == "speech"
                and not self.lex.verbs.get(text[cs:ce].lower(), ("", "", False))[2]
                and lemma != "tell"
            ):
                return None  # ("…, she told the court." closes a unit too; so does "…, the
                # study found.": "workers showed signs …, the study found" is the study's)
            tail = text[ce:uend]
            if len(tail) < 90 and _CHANNEL_HINT_RE.search(tail):
                for rx, _label in self.lex.channels:  # "..., the companies said in a statement."
                    tail = rx.sub("", tail)
            if (
                re.fullmatch(r"(?:\s+[\w’'-]+){0,3}\s*[.!?]?\s*", tail)
                and re.search(
                    r",\s*(?:[\w’'.()-]+\s+){1,10}$",
                    text[ustart:cs],  # ("… (NUS) researchers")
                )
                # ("…, even among workers who reported drinking water regularly": a relative
                # clause, no closing frame)
                and not re.search(r"\b(?:who|that|which)\s+$", text[ustart:cs])
            ):
                return cs
            return None
        return None

    # -- region before a cue: where the clause that holds the cue starts
    def region_start(
        self, ustart: int, cs: int, consumed: list[tuple[int, int]], *, quotes: bool = True
    ) -> int:
        r = ustart
        for _a, b in consumed:
            if b <= cs:
                r = max(r, b)
        seg = self.text[r:cs]
        # a closing quote, ';', ':' or a dash is a hard boundary
        best = r
        pattern = r"[;:—–]\s|[”\"](?=\s*,?\s)" if quotes else r"[;:—–]\s"
        dashes = [m for m in re.finditer(r"\s[—–]\s", seg)]
        aside = (
            {dashes[-2].start() + 1, dashes[-1].start() + 1}
            if len(dashes) >= 2 and not seg[dashes[-1].end() :].strip()
            else set()
        )  # "The mayor — who asked not to be named — said": an aside, no boundary
        if not aside and dashes and len(dashes) % 2 == 0:
            # "regulated prices – including electricity, gas and fares – climbed 3.9 percent,
            # INDEC said": a pair of dashes around a list of examples is inside the content
            for a, b in zip(dashes[::2], dashes[1::2], strict=True):
                if re.match(
                    r"(?:including|excluding|notably|especially|mainly|mostly)\b", seg[a.end() :]
                ):
                    aside |= {a.start() + 1, b.start() + 1}
        for m in re.finditer(pattern, seg):
            if m.start() in aside or (
                seg[m.start()] in "—–" and self.body_place_suffix(r + m.start(), cs)
            ):
                continue  # ("The Department of Culture and Tourism – Abu Dhabi said")
            if seg[m.start()] in ";:—–" and self.in_quote(r + m.start()):
                continue  # (inside quote marks: 'the author of "Hot Work: Labor and …,"')
            if (
                seg[m.start()] in "—–"
                and len(dashes) == 1
                and re.search(r"[A-Z][\w-]*,\s+[A-Z][^,]*[A-Za-z]\s$", seg[: m.start()])
                and re.match(r"[—–]\s+[A-Z]", seg[m.start() :])
            ):
                continue  # "Anagha Rao, Senior Vice-President – Technical Research at …,
                # said": a dash inside a title
            q = self.quote_at(r + m.start()) if seg[m.start()] in '”"' else None
            if (
                q is not None
                and len(self.text[q[0] : q[1]].split()) <= 2
                and re.search(
                    r"\b(?:an?|the|its|his|her|their)\s+$", self.text[max(0, q[0] - 8) : q[0]]
                )
                and re.match(r"\s+[a-z]+\s*,", self.text[q[1] : q[1] + 30])
            ):
                continue  # 'kept a "buy" rating, arguing …': a quoted word inside a noun phrase
            if q is not None and re.search(
                r"\b(?:titled|entitled|called|named|dubbed|nicknamed|(?:known|described) as"
                r"|what\s+(?:\w+\s+){1,3}(?:call|calls|dub|dubs|term|terms|describe\s+as)"
                # ("the author of the 2021 book “Salt Water Women,” says")
                r"|book|novel|memoir|film|documentary|album|song|play|series|podcast|poem|essay"
                r"|(?:co-?)?author\s+of|editor\s+of|host\s+of|creator\s+of)\s*$",
                self.text[max(0, q[0] - 40) : q[0]],
            ):
                continue  # "A report, titled ‘Waiting in the Wings’, found …": a title
            if q is not None and re.search(
                # (also after a comma inside it: "who starred in three of the films, including
                # “Northbound,”")
                r"(?:^|,\s+)(?:who|which|whose|where)\s[^,;:.“”\"]*(?:,\s+(?:(?:including|such\s+as|like)\s)?)?$",
                self.text[r : q[0]],
            ):
                continue  # "Ms. Farouk, who has a “market perform” rating on the stock, had
                # noted": a quote inside a relative clause on the subject
            pos = r + m.end()
            if not self.in_quote(r + m.start()) or self.text[r + m.start()] in '”"':
                best = pos
        return best

    def subject(
        self, toks: list[_Tok], rstart: int, cs: int
    ) -> tuple[_Source | None, int, int, str]:
        """Source phrase just before the cue at ``cs``: (source, span start, end, how)."""
        if self.text[cs : cs + 12].split()[0].endswith("ing") and re.search(
            r"\b(?:a|an|the|with|of|to|for|on|in|at|from)\s*$",
            self.text[max(0, rstart - 8) : rstart],
        ):
            return None, -1, -1, ""  # "… told reporters as she left a meeting with group
            # leaders, adding that …": the phrase before the gerund is an object, cut mid-way
        # drop auxiliaries and adverbs right before the cue ("has also said", "officially
        # endorsed", "has already said")
        before = [t for t in toks if rstart <= t.start and t.end <= cs]
        while before and _before_cue(before[-1]) and before[-1].lower != "forward":
            before = before[:-1]  # ("The England forward said": a noun the tagger calls RB)
        glossed = [
            i
            for i in range(1, len(before) - 1)
            if before[i].text == "("
            and before[i - 1].text[:1].isupper()
            and any(before[j].text == ")" for j in range(i + 2, min(i + 11, len(before))))
        ]
        for i in reversed(glossed):
            # "The Reds (Rødt) and the Greens (MDG) have said", "Councillor Gareth Evans (Con,
            # Newport North & West), whose ward …, said": a short name, party or ward in
            # brackets is no chunk of the subject
            close = next(j for j in range(i + 2, min(i + 11, len(before))) if before[j].text == ")")
            if close < len(before) - 1 and (
                before[close + 1].text == "," or before[close + 1].lower in ("and", "&")
            ):  # (one closing the subject stays: "… (SWR) had told"; "Lima (AFP) - …" too)
                before = before[:i] + before[close + 1 :]
        titled = next(
            (
                i
                for i in range(1, len(before) - 2)
                if before[i].lower in ("titled", "entitled", "headlined")
                and before[i - 1].text == ","
                and before[i + 1].text in QUOTE_CHARS
            ),
            None,
        )
        closing = (
            next(
                (j for j in range(titled + 2, len(before) - 1) if before[j].text in QUOTE_CHARS),
                None,
            )
            if titled is not None
            else None
        )
        if closing is not None and before[closing + 1].text == ",":
            # "the deputy governor, in a statement by his press secretary, Mr Tunde Akinola,
            # titled ‘Impeachment plot: We are ready’, described": the title goes (its commas
            # and colon are no chunks of the subject)
            before = before[: titled - 1] + before[closing + 1 :]
        if (
            len(before) > 2
            and before[-1].lower == "to"
            and before[-2].lower
            in ("likes", "liked", "loves", "loved", "used", "emailed", "wrote", "phoned", "rang")
            # (also "Patricia from Maynooth, emailed to say …": she says it by email)
            # (not "a term Rubio has used to describe Trump": a term used, no habit)
            and not (before[-2].lower == "used" and before[-3].lower in _AUX)
        ):
            before = before[:-2]  # "Mr. Phuc likes to say that …", "her foreman used to tell
            # his crew that …": a habit of saying
            while before and _before_cue(before[-1]):
                before = before[:-1]
        elif len(before) > 2 and before[-1].lower == "to":
            fin = next((i for i, t in enumerate(before) if _is_finite(t)), None)
            if (
                fin
                and (
                    before[fin].lower in _CATENATIVE_VERBS
                    or (
                        before[fin].lower in ("was", "were", "is", "are")
                        and before[fin + 1].lower in ("quick", "swift", "keen", "eager", "first")
                    )
                )
                and _np_ok(before[:fin])
                and not any(_is_finite(t) for t in before[fin + 1 : -1])
            ):
                before = before[:fin]  # "Opposition parties lined up to criticise the plan"
                while len(before) > 1 and _before_cue(before[-1]):
                    before = before[:-1]  # ("Groberg then went on to explain")
        joined = " ".join(t.lower for t in before)
        when = _SUBJECT_TIME_RE.search(joined)
        n = len(when.group().split()) if when else 0
        if (
            when
            and when.start() > 0
            and not re.search(r"\bmail(?: on)?$", joined[: when.start()])
            and before[-n - 1].pos not in ("VBN", "VBD")  # ("an article published Friday")
            and before[0].pos not in ("IN", "TO")  # ("During their phone call Tuesday, …")
        ):
            # "The European Commission on Wednesday said": the time is no part of the source
            before = before[:-n]
            while before and _before_cue(before[-1]):
                before = before[:-1]
        if (
            len(before) >= 2
            and before[-1].lower in ("he", "she", "they", "we", "i")
            and before[-2].pos in ("NN", "NNS")
            and before[-2].text.islower()
            # (a speech verb only: "the niche he sees for himself" is no statement of his; and
            # a clause after it: not "the book she wrote helped lay …")
            and self.lex.verbs.get(self.text[cs:].split(" ", 1)[0].lower(), ("", ""))[1] == "speech"
            and re.match(
                r"\S+\s+(?:that\s+)?(?:he|she|they|it|we|I|there|the|a|an|his|her|their)\s"
                r"|describ\w+\s+as\s+[“\"]",  # ("a sound he described as “a freight train”")
                self.text[cs : cs + 40],
            )
        ):
            before = before[-1:]  # "… — content she said she had not been warned about": a
            # relative clause without "that", whose subject is the pronoun
        rr = next(
            (
                k
                for k in range(1, len(before) - 1)
                if before[k].lower in _REDUCED_RELATIVE_VERBS
                and before[k - 1].pos.startswith("NN")
                and before[k + 1].pos == "IN"
            ),
            None,
        )
        if (
            rr is not None
            and not any(_is_finite(t) or t.text == "," for t in before[rr + 1 :])
            and before[0].pos not in ("IN", "TO")  # ("In a statement quoted by AFP, Varga")
        ):
            # "Workers interviewed on one estate told …", "Residents contacted on Monday said":
            # a reduced relative on the subject
            before = before[:rr]
        several = len(before) > 1 and before[-1].lower in ("both", "all", "each")
        if several:
            before = before[:-1]  # "Solberg and Asante both insisted": several speakers
            while before and _before_cue(before[-1]):
                before = before[:-1]
        elif (
            len(before) > 3
            and before[0].lower == "both"
            and before[1].lower != "of"
            and any(t.lower == "and" for t in before)
            and not any(t.text == "," for t in before)
        ):
            several = True  # "Both the Southern Center and the Steering Committee warned"
        if not before:
            return None, -1, -1, ""
        # split on commas at depth 0, not inside a body's name ("a spokesperson for the
        # Department for Environment, Food and Rural Affairs")
        kept = _body_name_spans(self.text, rstart, cs)
        chunks: list[list[_Tok]] = [[]]
        depth = 0
        in_dash = False  # commas inside a dashed aside do not split it
        # ("Anagha Rao, Senior Vice-President – Technical Research at Vantage Broking, said": a
        # lone dash inside a title is no aside)
        lone_dash = (
            sum(t.text in ("—", "–") for t in before) == 1
            and (d := next(n for n, t in enumerate(before) if t.text in ("—", "–"))) > 0
            and d + 1 < len(before)
            and before[d - 1].text[:1].isupper()
            and before[d + 1].text[:1].isupper()
            and any(t.text == "," for t in before[:d])
        )
        for t in before:
            if t.text == "(":
                depth += 1
            elif t.text == ")":
                depth = max(0, depth - 1)
            if (
                t.text in ("—", "–")
                and depth == 0
                and not lone_dash
                # ("the University of Wisconsin–Madison": a dash inside a name)
                and not (
                    t.text == "–"
                    and self.text[t.start - 1 : t.start].isalpha()
                    and self.text[t.end : t.end + 1].isupper()
                )
                # ("the Villeray—Saint-Michel—Parc-Extension borough": three names joined by
                # dashes with no spaces are one name)
                and not any(
                    m.start() < t.start < m.end()
                    for m in _DASHED_NAME_RE.finditer(self.text, rstart, cs)
                )
                and not self.body_place_suffix(t.start, cs)
            ):  # "The mayor — who asked ... — said"
                in_dash = not in_dash
                chunks.append([])
            elif (
                t.text == ","
                and depth == 0
                and not in_dash
                and not any(a <= t.start < b for a, b in kept)
                # ("signed by more than 11,000 homeowners": a thousands separator)
                and not _THOUSANDS_RE.match(self.text, t.start)
                # ("Eastbridge Securities, Inc.,": a company's legal suffix)
                and not _LEGAL_SUFFIX_RE.match(self.text, t.start)
            ):
                chunks.append([])
            else:
                chunks[-1].append(t)
        trailing_comma = not chunks[-1]
        # a party tag, an age or a discourse adverb is no appositive: "Sen. Dana Okafor,
        # D-Ohio, the bill's sponsor, said", "Maria Lopez, 31, a nurse, said", "X, however, said"
        chunks = [
            c
            for c in chunks
            if c
            and not _PARTY_TAG_RE.fullmatch(" ".join(t.text for t in c))
            and not _PARTY_TAG_RE.fullmatch("".join(t.text for t in c))  # ("R-Fla" ".")
            and not (len(c) == 1 and (c[0].text.isdigit() or c[0].lower in _ASIDE_ADVERBS))
            # ("Ald. Brendan Moriarty, 41st, a frequent critic of the mayor,": a ward)
            and not (len(c) == 1 and re.fullmatch(r"\d{1,3}(?:st|nd|rd|th)", c[0].text))
            # "Olusegun Bamgbose, MBBS, PhD, of King's College London,": degrees, no appositive
            and not all(t.text.replace(".", "").upper() in _CREDENTIALS for t in c)
            and not (len(c) == 2 and c[0].lower in ("now", "aged") and c[1].text.isdigit())
        ]
        chunks = _join_listed_names([_drop_tag(c) for c in chunks])
        for j in range(len(chunks) - 1, 0, -1):
            if (
                _US_STATE_ABBR_RE.fullmatch("".join(t.text for t in chunks[j]))
                and chunks[j - 1][-1].text[:1].isupper()
            ):
                # "Corvane, based in Cambridge, Mass., said": the state of the town before it
                chunks[j - 1 : j + 1] = [chunks[j - 1] + chunks[j]]
            elif (
                1 <= len(chunks[j]) <= 3
                and all(t.text[:1].isupper() and t.text.isalpha() for t in chunks[j])
                and (
                    chunks[j][0].lower not in _given_names() or chunks[j][0].lower in _COMPASS_WORDS
                )
                and len(chunks[j - 1]) >= 2
                and chunks[j - 1][-1].text[:1].isupper()
                and (
                    chunks[j - 1][-2].lower in ("in", "of", "at", "from", "near")
                    or (
                        len(chunks[j - 1]) >= 3
                        and chunks[j - 1][-2].text[:1].isupper()
                        and chunks[j - 1][-3].lower in ("in", "of", "at", "from", "near")
                    )
                )
                and _names_region(" ".join(t.text for t in chunks[j]))
            ):
                # "a marine ecologist at IPB University in Bogor, West Java, said", "Fishing
                # communities on the coast of Halmahera, North Maluku, say": the region of the
                # place before it
                chunks[j - 1 : j + 1] = [chunks[j - 1] + chunks[j]]
        j = 1
        while j < len(chunks):
            if (
                len(chunks[j]) > 1
                and chunks[j][0].text in QUOTE_CHARS
                and sum(t.text in QUOTE_CHARS for t in chunks[j - 1]) % 2 == 1
            ):
                # ('Hemsley, the co-author of "Going Viral," about the spread of …, said': a
                # title's comma inside its marks, the appositive running on after it)
                chunks[j - 1 : j + 1] = [
                    [t for t in chunks[j - 1] + chunks[j] if t.text not in QUOTE_CHARS]
                ]
            else:
                j += 1
        while len(chunks) > 2 and chunks[-1][0].lower == "or" and len(chunks[-1]) <= 5:
            chunks = chunks[:-1]  # "Bakyt Osmonov, head of the aiyl okmotu, or rural council,
            # acknowledged": a gloss of the word before, no one else
        gloss = next(
            (
                j
                for j in range(2, len(chunks) - 1)
                if chunks[j][0].lower == "or"
                and len(chunks[j]) == 2
                and sum(ch.isupper() for ch in chunks[j][1].text) >= 2
                and chunks[j + 1][0].pos in ("IN", "TO")
            ),
            None,
        )
        if gloss is not None:
            # "…, who has studied kidney disease of unknown cause, or CKDu, among cane cutters,
            # called": an acronym glossing the aside's term, whose phrase runs on after it
            chunks = [
                *chunks[: gloss - 1],
                chunks[gloss - 1] + chunks[gloss + 1],
                *chunks[gloss + 2 :],
            ]
        if (
            len(chunks) >= 2
            and chunks[-1][0].lower in _DOCUMENT_ASIDE_WORDS
            and any(t.lower in _DOCUMENT_HEADS for t in chunks[-2])
        ):
            chunks = chunks[:-1]  # "The five-page memo, dated Sept. 3 and addressed to X,
            # recommends that …": the document, not the one it was sent to
        if (
            trailing_comma
            and len(chunks) >= 2
            and chunks[-1][0].lower in ("where", "when")
            and len(chunks[-2]) <= 8
            and _np_ok(chunks[-2])
        ):
            chunks = chunks[:-1]  # "Hebden Bridge Library, where Dunmore read to children
            # every Saturday, posted …": a clause on the place, not its speaker
        if (
            not trailing_comma
            and len(chunks) >= 3
            and chunks[-1][0].lower in ("in", "during", "at")
            and 2 <= len(chunks[-1]) <= 6
            and not any(_is_finite(t) or t.lower in ("and", "or") for t in chunks[-1])
            and (
                any(t.text.isdigit() for t in chunks[-1])
                or _SOURCE_CHANNEL_TAIL_RE.fullmatch(" " + " ".join(t.lower for t in chunks[-1]))
            )
        ):
            # "Karl Meyer, the veteran coach, in a 1998 interview told the Tribune that …": a
            # phrase of when or how between the appositive's comma and the cue
            chunks = chunks[:-1]
            trailing_comma = True
        if not chunks:
            return None, -1, -1, ""
        rel = next(
            (j for j in range(1, len(chunks) - 1) if chunks[j][0].lower in ("who", "which")), None
        )

        def list_item(c: list[_Tok]) -> bool:  # "Manila", "and Cebu": a place in a list
            words = c[1:] if c and c[0].lower in ("and", "or") else c
            return 0 < len(words) <= 3 and all(t.text[:1].isupper() for t in words)

        if (
            trailing_comma
            and rel is not None
            and (
                not any(
                    c[0].lower in ("and", "or")
                    # (not an acronym glossing the clause's term: "kidney disease of unknown
                    # cause, or CKDu, among cane cutters")
                    and not (
                        c[0].lower == "or"
                        and len(c) == 2
                        and sum(ch.isupper() for ch in c[1].text) >= 2
                    )
                    for c in chunks[rel + 1 :]
                    if c
                )
                # "Lumora, which … employs 4,000 people across Nairobi, Manila, and Cebu,
                # describes itself": the list is inside the relative clause
                or (len(chunks) - rel > 2 and all(list_item(c) for c in chunks[rel + 1 :]))
            )
        ):
            chunks = chunks[: rel + 1]  # "The documents, which include invoices, site logs and
            # emails between managers, show": the relative clause runs to the cue's comma
        if (
            trailing_comma
            and len(chunks) >= 3
            and len(chunks[-2]) >= 3
            and chunks[-2][0].pos in ("VBG", "VBN")
            and chunks[-2][1].pos in ("IN", "TO")
            and len(chunks[-1]) <= 3
            and all(t.text[:1].isupper() for t in chunks[-1])
        ):
            chunks = chunks[:-1]  # "Kovač, speaking at a rally in the capital, Lerin, thanked":
            # the place names the aside's last noun (the aside goes below)
        elif (
            trailing_comma
            and len(chunks) >= 3
            and len(chunks[-1]) <= 3
            and len(chunks[-2]) >= 2  # ("Dolores Whitaker, 71, of Decatur, Georgia, said")
            and chunks[-2][-2].lower in ("in", "at", "of", "from")
            and chunks[-2][-1].pos == "NNP"
            and _is_place(self.text[chunks[-1][0].start : chunks[-1][-1].end])
        ):
            chunks = chunks[:-1]  # "X, a microbiologist at KAUST in Thuwal, Saudi Arabia,
            # says": the country closes the appositive's place
        if (
            trailing_comma
            and len(chunks) >= 3
            and chunks[-2][0].pos == "IN"
            and len(chunks[-2]) > 2
            and 1 < len(chunks[-1]) <= 4
            and all(t.text[:1].isupper() for t in chunks[-1])
            and chunks[-2][-1].lower in self.lex.person_words | self.lex.role_words | _title_set()
        ):
            chunks = chunks[:-1]  # "Governor X, in a statement signed by his Chief Press
            # Secretary, Dakon Pwajok, condemned": the name is the aside's, the aside goes below
        # a parenthetical between subject and cue: "Snyder, for his part, has denied",
        # "Zucker, who has long wanted to run, told ..."
        if (
            not trailing_comma
            and len(chunks) >= 2
            and all(t.text in QUOTE_CHARS for t in chunks[-1])
            and any(t.text in QUOTE_CHARS for t in chunks[-2])
            and re.search(
                r"\b(?:book|novel|memoir|film|documentary|album|song|play|series|podcast|poem"
                r"|essay|titled|entitled|(?:co-?)?author\s+of|editor\s+of|host\s+of|creator\s+of)"
                r"\s*[“\"‘']",
                self.text[chunks[-2][0].start : chunks[-1][-1].end],
            )
        ):
            # ('Amrita Sandhu, …, the author of the 2021 book “Salt Water Women,” says': the
            # title's comma inside its marks ends the appositive)
            opening = next(n for n, t in enumerate(chunks[-2]) if t.text in QUOTE_CHARS)
            while opening > 1 and chunks[-2][opening - 1].lower in ("of", "the"):
                opening -= 1  # ('the author of "Hot Work: …,"': "the author", its head)
            chunks = chunks[:-2] + ([chunks[-2][:opening]] if opening else [])
            trailing_comma = True
        if (
            trailing_comma
            and len(chunks) >= 3
            and all(t.text in QUOTE_CHARS for t in chunks[-1])
            and any(t.text in QUOTE_CHARS for t in chunks[-2])
        ):
            # ('Ray Dumont, who starred in three of the films, including “Northbound,” said':
            # the closing mark of a title after its comma belongs to the aside before it)
            chunks = chunks[:-2] + [chunks[-2] + chunks[-1]]
        before_chunks = list(chunks)
        while (
            trailing_comma
            and len(chunks) >= 2
            and (
                chunks[-1][0].pos in ("IN", "TO")
                or chunks[-1][0].lower
                in ("who", "whose", "which", "including", "when", "whilst", "where")
                # ('Tomas Ferrer, who worked on Voss' final feature, “Dry Season” (2004),
                # recalled': a title in apposition inside the aside)
                or (
                    chunks[-1][0].text in QUOTE_CHARS
                    and len(chunks) >= 3
                    and chunks[-2][0].lower in ("who", "whose", "which", "where")
                )
                # "A cardiologist who has advised …, and who asked not to be named …, said"
                or (
                    len(chunks[-1]) > 1
                    and chunks[-1][0].lower in ("and", "but")
                    and chunks[-1][1].lower in ("who", "whose", "which")
                )
                # "…, a copy of which was obtained by Al-Monitor,": a relative clause
                or re.match(
                    r"(?:an?|the|some|one|none|most|all|each|both)\s+(?:\w+\s+){0,2}of\s+(?:which|whom)\b",
                    " ".join(t.lower for t in chunks[-1]),
                )
                # ("Mr Mehmood, when asked about the orders, said")
                # "Mark Tennant, head of Riverside Academy, one of the trial schools, said": an
                # aside on the school, after the appositive
                or (
                    len(chunks) >= 3
                    and len(chunks[-1]) > 2
                    and chunks[-1][0].lower == "one"
                    and chunks[-1][1].lower == "of"
                )
                # "The letter, dated 17 March, accuses": when it was written
                or (len(chunks[-1]) > 1 and chunks[-1][0].lower in ("dated", "signed"))
                or (  # "A diplomat, speaking on condition of ..., said" (not "acting director"),
                    # "The prime minister, asked about it last week, said"; "A report, titled
                    # ‘Waiting’, found"
                    len(chunks[-1]) > 1
                    and chunks[-1][0].pos in ("VBG", "VBN", "VBD")
                    and (
                        chunks[-1][1].pos in ("IN", "TO", "DT", "PRP", "PRP$", "RB")
                        or chunks[-1][1].text in QUOTE_CHARS
                    )
                )
                or (  # "Dr Rajiv Menon-Pillai, now at the Karolinska Institute, said"
                    len(chunks[-1]) > 2
                    and chunks[-1][0].lower in ("now", "formerly", "previously", "later", "then")
                    and chunks[-1][1].pos == "IN"
                )
                or (  # "…, also commenting via the Science Media Exchange, said" / "A
                    # presentation, also reviewed by The Times, projected"
                    len(chunks[-1]) > 2
                    and chunks[-1][0].pos == "RB"
                    and chunks[-1][1].pos in ("VBG", "VBN")
                    and chunks[-1][2].pos in ("IN", "TO")
                )
                or (  # "Vidal, she alleges, replied that …": the teller's aside (its own
                    # statement holds the whole sentence)
                    2 <= len(chunks[-1]) <= 4
                    and (
                        chunks[-1][0].lower in ("he", "she", "they")
                        or all(t.text[:1].isupper() for t in chunks[-1][:-1])
                    )
                    and self.lex.verbs.get(chunks[-1][-1].lower, ("", ""))[1]
                    in ("speech", "cognition")
                    and chunks[-1][-1].pos in ("VBZ", "VBD", "VBP")
                )
            )
            and not (len(chunks[-1]) == 1)
        ):
            chunks = chunks[:-1]
        if (
            trailing_comma
            and len(chunks) == 2
            and chunks[-1][0].pos == "CD"
            and len(chunks[-2]) >= 3
            and chunks[-2][-2].lower in ("the", "this", "that")
            and chunks[-2][-3].lower in ("on", "in", "at", "of", "from", "near")
            and chunks[-2][0].pos in ("NNS", "NNPS")
        ):
            # "Tenants on the estate, six tower blocks built in the 1960s, said": the
            # appositive describes the estate, the tenants speak
            chunks = chunks[:-1]
        if (
            trailing_comma
            and len(chunks) >= 2
            and chunks[-1][0].lower in ("a", "an")
            and len(chunks[-2]) > 3
            and chunks[-2][0].pos == "DT"
        ):
            # "A lawsuit filed in March by the family of Harold Jenkins, a 71-year-old former
            # mail carrier, alleges": the appositive is on the last noun of a reduced
            # relative; the subject is the noun phrase before its participle
            c2 = chunks[-2]
            k = next(
                (
                    n
                    for n, t in enumerate(c2)
                    if n > 1
                    and t.pos in ("VBN", "VBD")
                    and t.lower not in _AUX  # ("The suit was among those where X, a …,")
                    # ("A woman later identified as X, an activist, demanded": X is she)
                    and t.lower not in _NAMING_VERBS | {"identified", "named"}
                    and n + 1 < len(c2)
                    and c2[n + 1].pos == "IN"
                ),
                None,
            )
            if k is not None and _np_ok(chunks[-2][:k]):
                chunks = [*chunks[:-2], chunks[-2][:k]]
        last = chunks[-1]
        if len(chunks) < len(before_chunks):
            # "The opposition party had, in a statement on Saturday, alleged": the auxiliary
            # before the dropped aside is no part of the source
            while len(last) > 1 and _before_cue(last[-1]):
                last = last[:-1]
        while len(last) > 1 and last[0].text in ("(", "["):
            last = last[1:]  # "(It said …)": a statement in brackets
        if (
            len(last) > 2
            and last[0].pos == "VBG"
            and last[0].lower in ("saying", "adding", "noting", "arguing", "insisting", "claiming")
        ):
            last = last[1:]  # "…, saying the city's inspector general had warned that …": the
            # inspector general's words, inside the gerund's content
        if (
            not trailing_comma
            and len(chunks) >= 2
            and len(last) > 2
            and last[0].lower == "and"
            and _participle_at(last, 1)
        ):
            # "A letter signed by 17 aldermen, including Wierzbicki, and delivered to the mayor's
            # office Monday warns": the head of the first participle phrase
            for c in chunks[:-1]:
                k = next((n for n in range(1, len(c)) if _participle_at(c, n)), None)
                if k is not None and c[0].lower in ("a", "an", "the") and _np_ok(c[:k]):
                    last = c[:k]
                    chunks = [c[:k]]
                    break
        if (
            len(last) >= 2
            and last[-1].lower in ("who", "that")
            and last[-2].lower in _GENERIC_PEOPLE
        ):
            return None, -1, -1, ""  # "Anyone who thinks they have been targeted should …"
        if len(chunks) >= 2 and len(last) >= 2 and last[0].lower in ("where", "when"):
            last = last[1:]  # "…, where he told supporters": a relative adverb, no question
        elif (
            len(chunks) >= 2
            and len(last) >= 3
            and last[0].pos == "IN"
            and last[1].lower in ("which", "whom")
        ):
            last = last[2:]  # "a briefing, at which its chief executive said": the executive
        elif (
            len(last) >= 4
            and (
                n := next(
                    (
                        n
                        for n in range(1, len(last) - 2)
                        if last[n].pos == "IN"
                        and last[n + 1].lower in ("which", "whom")
                        # (not "which" as a determiner: "Depending on which poll you believe")
                        and not (
                            last[n + 2].pos == "NN"
                            and n + 3 < len(last)
                            and last[n + 3].pos in ("PRP", "DT")
                        )
                    ),
                    None,
                )
            )
            is not None
            # (not inside a fronted phrase: "And in an election year in which a majority of
            # Americans say …, even some allies questioned …", "Depending on which poll …")
            and not (
                (last[0].pos in ("IN", "VBG") and last[0].lower != "including")
                or last[0].lower in _FRONTING_SUBORDINATORS
                or (last[0].pos in ("RB", "CC") and last[1].pos in ("IN", "DT"))
            )
        ):
            last = last[n + 2 :]  # "referred reporters to a statement in which the authority
            # said": the authority
        elif (
            len(last) >= 4
            and self.text[: last[0].start].rstrip().endswith(",")
            and last[0].lower in ("a", "an", "the")
            and last[1].lower in _REBUTTED_NOUNS
        ):
            k = 3 if last[2].lower in ("which", "that") else 2
            if k < len(last) and (
                last[k].pos in ("DT", "PRP", "PRP$", "NNP") or last[k].lower in _PRONOUNS
            ):
                last = last[k:]  # "…, a charge the minister dismissed as “false”": the minister
        if last[0].lower in ("what", "how", "why", "where", "when", "whether") or (
            last[0].lower in ("if", "unless") and len(last) <= 6
        ):
            return None, -1, -1, ""  # "what we know so far": a question, no source; "If the
            # Commission concludes that …": a condition, no one says it
        if len(last) == 1 and last[0].pos == "VBG":
            return None, -1, -1, ""  # "…, clapping, singing, chanting and waving": no one
        if len(last) > 1 and last[0].lower == "you":
            return None, -1, -1, ""  # "If you or anyone you know needs help": the reader
        if (
            len(last) > 3
            and last[-1].lower == "and"
            and last[-2].pos in ("VBD", "VBN")
            and last[-3].pos.startswith("NN")
        ):
            last = last[:-2]  # "the Palace manager smiled and said": an intransitive verb first
        if len(last) > 1 and last[-1].lower in ("and", "or", "but"):
            return None, -1, -1, ""  # "…, directed all affiliates to withdraw and warned": a
            # coordinated verb phrase, no noun phrase
        dash = [n for n, t in enumerate(last) if t.text in ("—", "–", "--", "-")]
        if (
            dash
            and dash[-1] + 1 < len(last)
            and (
                any(any(c.isdigit() for c in t.text) or t.text == "(" for t in last[: dash[-1]])
                or all(t.text.isupper() and len(t.text) > 2 for t in last[: dash[-1]])
            )
        ):
            last = last[dash[-1] + 1 :]  # "09:12 GMT — The Met Office said": a live-blog stamp;
            # "BRUSSELS - The European Commission proposed": a dateline
        # strip leading discourse words / channel / time phrases from the last chunk
        while last and (last[0].lower in self.lex.discourse) and len(last) > 1:
            last = last[1:]
        if len(last) > 2 and last[0].lower == "even" and last[1].lower in _FRONTING_SUBORDINATORS:
            last = last[1:]  # "…, even though he had acknowledged that …": he
        lead = _LEADING_TIME_RE.match(" ".join(t.lower for t in last))
        if lead and len(lead.group().split()) < len(last):
            last = last[len(lead.group().split()) :]  # "On Thursday evening Eskom said"
        opened = bool(last) and (  # a fronted phrase: "In a 2009 interview he", "Before the …"
            last[0].lower in _FRONTING_SUBORDINATORS
            or (last[0].pos == "IN" and last[0].lower not in _CLAUSE_OPENERS)
        )
        if len(last) > 1 and last[0].lower in _FRONTING_SUBORDINATORS and last[1].pos != ",":
            last = last[1:]  # "Before the union announced ...": the union
        # a subordinate clause's subject: "… wondering when the former president …", and in a
        # headline, where "as"/"after" rarely open a phrase: "Leaders hail win as rival refuses"
        headline = any(a <= rstart < b for a, b in self.headline_spans)
        subs = _FRONTING_SUBORDINATORS if headline else _CLAUSE_SUBORDINATORS
        sub = [
            n
            for n, t in enumerate(last[1:-1], 1)
            if t.lower in subs
            and t.pos in ("IN", "WRB")
            and last[n - 1].lower not in ("such", "well", "even")
            and last[n + 1].lower not in ("well", "much", "many", "long", "far", "soon", "of")
            # ("A neighbor who asked not to be named because she feared … told": inside the
            # relative clause)
            and not any(x.lower in ("who", "whose") for x in last[1:n])
        ]
        if sub and sub[-1] >= 3:
            last = last[sub[-1] + 1 :]  # "Leaders welcome Kovač victory as rival refuses"
        elif headline and trailing_comma:
            names = next((n for n, t in enumerate(last) if not t.text[:1].isupper()), 0)
            if names and last[names].pos in ("VBZ", "VBD", "NNS") and last[names].text.islower():
                last = last[:names]  # "SC strikes down shutdowns, says orders …": the SC (the
                # tagger reads a headline's verb as a plural noun)
        if (
            len(last) > 1
            and last[0].lower == "with"
            and self.text[cs : cs + 12].split()[0].endswith("ing")
        ):
            last = last[1:]  # "…, with allies of the chancellor insisting it would": the allies
        if (
            len(last) >= 3
            and last[-1].lower == "by"
            and (
                last[-2].pos in ("VBD", "VBN")
                or (last[-2].lower in ("up", "on") and last[-3].pos in ("VBD", "VBN"))
            )
        ):
            # "Zucker responded by saying", "Hannity followed up by asking": Zucker, Hannity
            cut = len(last) - (3 if last[-2].lower in ("up", "on") else 2)
            if cut > 0:
                last = last[:cut]
        if not last or (len(last) >= 2 and last[-1].lower in ("of", "the", "a", "an", "no")):
            return None, -1, -1, ""  # "the number of reported cases": a participle, no cue
        if last[0].pos in ("VBD", "VBZ", "VBN") and self.text[cs : cs + 12].split()[0].endswith(
            "ing"
        ):
            return None, -1, -1, ""  # "tabled a written question asking …": a verb phrase
        if len(last) == 2 and last[0].lower in ("which", "that") and last[1].lower in _PRONOUNS:
            # "the plan, which she called “essential”": she, the pronoun
            t = last[1]
            return _Source(t.text, "pronoun", t.start, t.end), t.start, t.end, "pronoun"
        if (
            len(last) >= 2
            and last[0].lower in ("which", "whom")
            and last[1].pos in ("DT", "NNP", "NNPS", "NNS", "PRP$", "JJ")
            and _np_ok(last[1:])
            and len(chunks) >= 2
        ):
            # "the UAE, which Sudan's army-aligned government accuses of …", "the plan, which
            # the minister called “essential”,": the subject of the relative clause speaks
            src = _describe(self.text, last[1].start, last[-1].end)
            if src is not None:
                return src, src.start or last[1].start, src.end or last[-1].end, "relative"
        rel_chunk = last
        if (
            len(chunks) >= 2
            and last
            and last[0].lower in ("a", "an", "the")
            and _appositive_role(self.text[last[0].start : last[-1].end])
        ):
            rel_chunk = chunks[-2]  # ("a gap that co-author Catriona Baird, a cardiologist at
            # NHS Greater Glasgow, describes as …": the name before its appositive)
        that = next(
            (
                k
                for k in range(2, len(rel_chunk) - 1)
                if rel_chunk[k].lower == "that"
                and rel_chunk[k - 1].pos in ("NN", "NNS")
                and rel_chunk[k - 2].lower in ("a", "an", "the")
            ),
            None,
        )
        cue_word = self.text[cs : cs + 30].split()[0].lower()
        if (
            that is not None
            and any(t.pos == "NNP" for t in rel_chunk[that + 1 :])
            and (
                # "…, a figure that creative producer Morven Baird describes as “…”"
                (
                    cue_word in ("describes", "described", "calls", "called")
                    and _np_ok(rel_chunk[that + 1 :])
                )
                # "a measure that Raúl Medina, the councilor for urban planning, says is
                # already having an effect"
                or (
                    cue_word in ("says", "said", "believes", "claims")
                    and re.match(
                        r"\S+\s+(?:is|was|are|were|has|had|will|would|could|can|may|might)\b",
                        self.text[cs : cs + 30],
                    )
                )
            )
        ):
            # the name inside the relative clause speaks
            src = _describe(self.text, rel_chunk[that + 1].start, rel_chunk[-1].end)
            if src is not None and (src.type == "person" or src.personal):
                return (
                    src,
                    src.start or rel_chunk[that + 1].start,
                    src.end or rel_chunk[-1].end,
                    "relative",
                )
        if len(last) == 1 and last[0].lower in ("who", "which"):
            # relative pronoun: the antecedent is the noun phrase before the comma
            if len(chunks) >= 2:
                prev = chunks[-2]
                participle = (
                    last[0].lower == "which"
                    and len(chunks) >= 3
                    and bool(prev)
                    and prev[0].pos == "VBN"
                    and prev[0].text.islower()
                )
                if participle:
                    prev = chunks[-3]  # "a report by Transport for the North, published last
                    # month, which found …": the report's author, not its participle
                    by = max((n for n, t in enumerate(prev) if t.lower == "by"), default=None)
                    if by is not None and by + 1 < len(prev) and prev[by + 1].text[:1].isupper():
                        prev = prev[by + 1 :]
                ante = prev if participle and _np_ok(prev) else self.np_suffix(prev, prep=True)
                k = next(
                    (
                        n
                        for n in range(2, len(prev) - 1)
                        if _participle_at(prev, n) and prev[n - 1].pos in ("NN", "NNS")
                    ),
                    None,
                )
                if last[0].lower == "which" and k is not None:
                    # "a petition presented to the meeting, which states that …": the petition
                    j = max((n for n in range(k) if prev[n].pos == "DT"), default=None)
                    if j is not None and _np_ok(prev[j:k]):
                        ante = prev[j:k]
                if ante and last[0].lower == "who":
                    ante = self.who_antecedent(chunks, prev, ante)
                if ante:
                    src = _describe(self.text, ante[0].start, ante[-1].end)
                    if src:
                        src = _anonymous_if_said(self.text, src, cs)
                        return src, src.start or ante[0].start, src.end or ante[-1].end, "relative"
            elif (
                last[0].lower == "which"
                and self.text[cs:].startswith("told")
                and self.text[: last[0].start].rstrip().endswith(",")
            ):
                # "She said she had spoken with the governor's office, which told her that …"
                # (the region starts at the comma: the office ends the statement before it)
                comma = len(self.text[: last[0].start].rstrip()) - 1
                s0 = self.sents[bisect_right(self.sent_starts, comma) - 1][0]
                m = re.search(
                    r"(?:\b(?:[Tt]he|[Aa]n?)\s+(?:[\w’'-]+\s+){0,3}[\w-]+"
                    r"|\b[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,4})$",
                    self.text[s0:comma],
                )
                if m is not None:
                    a0 = s0 + m.start()
                    src = _describe(self.text, a0, comma)
                    if src is not None and src.type in _BODY_TYPES:
                        return src, src.start or a0, src.end or comma, "relative"
            return None, -1, -1, ""
        if (
            len(last) == 3
            and last[0].lower in ("one", "another")
            and last[1].lower == "of"
            and last[2].lower in ("them", "those", "these")
        ):  # "One of them described …": one of the group named before
            return (
                _Source("one", "pronoun", last[0].start, last[2].end),
                last[0].start,
                last[2].end,
                "pronoun",
            )
        if (
            len(last) == 2
            and last[0].lower in ("what", "which")
            and last[1].pos == "PRP"
            and last[1].lower in _PRONOUNS
        ):  # "after what it described as “fierce battles”": the pronoun speaks
            last = last[1:]
            chunks = [*chunks[:-1], last]
        if len(last) == 1 and (last[0].lower in _PRONOUNS or last[0].lower in ("one", "another")):
            # "one said" after "Allies of the chancellor said": one of that group
            return (
                _Source(last[0].text, "pronoun", last[0].start, last[0].end),
                last[0].start,
                last[0].end,
                "pronoun",
            )
        if (
            opened
            and len(chunks) == 1  # the phrase opens the clause: "In a 2009 interview he told"
            and len(last) >= 2
            and last[-1].lower in _PRONOUNS
            and last[-1].pos == "PRP"
            and last[-2].pos in ("NN", "NNS", "NNP", "NNPS", "CD")
        ):  # "In a 2009 interview he told …": a fronted phrase with no comma, then the pronoun
            t = last[-1]
            return _Source(t.text, "pronoun", t.start, t.end), t.start, t.end, "pronoun"
        if (
            len(chunks) >= 2
            and chunks[-2]
            and last[0].pos == "CD"
            and re.search(r"[—–]\s*$", self.text[chunks[-2][-1].end : last[0].start])
            and re.match(r"\s*[—–]", self.text[last[-1].end : cs])
            and _np_ok(chunks[-2])
        ):  # "The crew – 14 Indians, three Myanmar nationals and two Egyptians – say": who
            # they are, between dashes, after the speaker
            chunks = chunks[:-1]
            last = chunks[-1]
        k0 = (
            1
            if len(last) > 2 and (last[0].pos == "RB" or last[0].lower in ("first", "originally"))
            else 0
        )
        if (
            trailing_comma
            and len(chunks) >= 2
            and chunks[-2]
            and last[k0].pos in ("VBN", "VBD")
            and any(t.lower == "by" for t in last[k0 + 1 : k0 + 3])
            and chunks[-2][-1].pos.startswith("NN")
            and _np_ok(chunks[-2])
        ):  # "A Form D filing with the SEC, first spotted by TechCrunch last month, shows":
            # the document, not the one who spotted it
            chunks = chunks[:-1]
            last = chunks[-1]
        dated = next(
            (
                n
                for n, t in enumerate(last)
                if n >= 2 and t.lower in _DOCUMENT_PARTICIPLES and last[n - 1].pos.startswith("NN")
            ),
            None,
        )
        if (
            dated is not None
            and dated + 1 < len(last)
            and self.lex.time_re.fullmatch(self.text, last[dated + 1].start, last[-1].end)
        ):  # "A government inquiry published last autumn found that …": the document
            last = last[:dated]
            chunks = [*chunks[:-1], last]
        rel = next((n for n, t in enumerate(last) if n > 0 and t.lower in _RELATIVE), None)
        tail = list(last)
        while len(tail) > 2 and tail[-1].lower in _CONTACT_AUXILIARIES:
            tail.pop()
        if (
            rel is not None
            and len(tail) - 2 > rel
            and tail[-1].pos == "PRP"
            and tail[-1].lower in ("it", "he", "she", "they", "we", "i", "you")
            and tail[-2].pos in ("NN", "NNS")
        ):
            return None, -1, -1, ""  # "raising concerns that Nepal will lose the electricity
            # it had planned to sell": the verb of a relative clause with no "that", inside
            # another clause (its object is the noun before it: no statement)
        if last and last[0].pos in ("VBN", "VBD") and len(last) > 3:
            # "…, sold to a publisher in an auction her agent has described as …": the speaker
            # of a relative clause on the phrase's last noun
            dets = [n for n, t in enumerate(last) if t.lower in ("a", "an", "the") and n > 0]
            speaker = _relative_speaker(last[dets[-1] :]) if dets else []
            if (
                speaker
                and speaker[0].pos in ("PRP$", "DT")
                and speaker[-1].pos.startswith("NN")
                and not any(t.lower in ("and", "or") for t in speaker)
            ):
                last = speaker
                chunks = [*chunks[:-1], last]
        if not _np_ok(last):
            contact = _contact_clause_head(last)
            if contact:  # "A nurse I spoke to in Sheffield said": the nurse
                last = contact
                chunks = [*chunks[:-1], last]
        that = next((n for n in range(1, len(last) - 1) if last[n].lower == "that"), None)
        if (
            that is not None
            and last[that - 1].lower in _REPORTING_NOUN_VERBS
            and last[that - 1].pos.startswith("NN")
            and _np_ok(last[that + 1 :])
        ):
            # "minutes of the meeting, released under FOI, record that several board members
            # warned": a reporting verb the tagger read as a noun, then its clause's subject
            last = last[that + 1 :]
            chunks = [*chunks[:-1], last]
        k = next((n for n in range(2, len(last) - 1) if last[n].lower == "dated"), None)
        if k is not None and last[0].lower in ("a", "an", "the"):
            last = last[:k]  # "A WhatsApp message from Khairul to the witness dated March 3":
            # when it was written is no part of the source
            chunks = [*chunks[:-1], last]
        if not _np_ok(last) and last[0].lower in ("a", "an", "the"):
            # "A 62-year-old retired cleaner living in a 70 sq ft cubicle in Sham Shui Po
            # said": the head before a participle phrase too long for one noun phrase
            part = next(
                (
                    n
                    for n in range(2, len(last) - 1)
                    if (
                        last[n].pos in ("VBG", "VBN")
                        # "A report by the department submitted to the committee said": a past
                        # form the tagger calls finite, after a document
                        or (
                            last[n].pos == "VBD"
                            and last[n].lower in _DOCUMENT_PARTICIPLES | _SENT_PARTICIPLES
                            and any(t.lower in _DOCUMENT_HEADS for t in last[:n])
                        )
                    )
                    and last[n - 1].pos in ("NN", "NNS", "JJR")  # (the tagger's "cleaner")
                    and last[n + 1].pos in ("IN", "TO", "RP")
                ),
                None,
            )
            if (
                part is not None
                and _np_ok(last[:part])
                # ("the risks created by … that investigators said": the relative's subject)
                and not any(
                    (
                        t.lower in _RELATIVE
                        or t.lower in _CLAUSE_OPENERS
                        or (_is_finite(t) and not _is_possessive(last, n))  # ("People's")
                    )
                    # ("A petition organized by X and signed by 82,000 people demands": a second
                    # participle phrase)
                    and not (t.lower == "and" and _participle_at(last, n + 1))
                    and not (last[n - 1].lower == "and" and _participle_at(last, n))
                    for n, t in enumerate(last)
                    if n > part
                )
            ):
                last = last[:part]
                chunks = [*chunks[:-1], last]
        sub = next(
            (
                n
                for n in range(len(last) - 2, 0, -1)
                if last[n].lower in ("after", "before", "because", "since", "until", "when")
                and last[n].pos == "IN"
                and last[0].pos == "VBG"
            ),
            None,
        )
        if sub is not None and _np_ok(last[sub + 1 :]):
            # "…, falling 4.1 per cent after the company said …": the subordinate clause's
            # subject, not the participle phrase before it
            last = last[sub + 1 :]
            chunks = [*chunks[:-1], last]
        ands = [n for n, t in enumerate(last) if t.lower == "and"]
        if (
            ands
            and (
                last[0].lower == "with"
                or re.search(r"\bwith\s+$", self.text[max(0, last[0].start - 6) : last[0].start])
            )
            and any(t.pos == "VBG" for t in last[: ands[-1]])
            and ands[-1] + 1 < len(last)
            and last[ands[-1] + 1].lower not in ("then", "also")
            and _np_ok(last[ands[-1] + 1 :])
        ):
            # "…, with food and fresh water running low and the ship’s Dubai-based manager
            # insisting it is no longer responsible": the second absolute clause's subject
            last = last[ands[-1] + 1 :]
            chunks = [*chunks[:-1], last]
            ands = []
        long_pair = (
            several
            and len(ands) >= 1
            and _np_ok(last[: ands[0]])
            and _np_ok(last[ands[0] + 1 :])
            and _np_ok(last, max_len=24)
        )  # "The office of the UN special envoy for Yemen and the European Union's delegation
        # to Yemen both said": two long names
        long_appositive = (
            trailing_comma
            and len(chunks) >= 2
            and (
                last[0].lower in ("a", "an", "the")
                # ("Alice Ng Mei-ling, associate professor in the Department of Real Estate and
                # Construction at the University of Hong Kong, said")
                or bool(_appositive_role(self.text[last[0].start : last[-1].end]))
            )
            and bool(chunks[-2])
            and _PERSON_NAME_RE.fullmatch(self.text[chunks[-2][0].start : chunks[-2][-1].end])
            is not None
            and _np_ok(last, max_len=22)
        )  # "Anna Rossi, a professor of financial ethics at the Catholic University of the
        # Sacred Heart in Milan, said": a name's long appositive
        if not long_pair and not long_appositive and not _np_ok(last):
            suff = self.np_suffix(last)
            if not suff or len(suff) == len(last):
                return None, -1, -1, ""
            # embedded clause subject: only after a subordinator ("... because officials said")
            k = len(last) - len(suff) - 1
            prev_tok = last[k]
            if (
                prev_tok.lower == "and"
                and len(suff) == 1
                and suff[0].pos == "NNP"
                and k >= 3
                and last[k - 1].pos == "NNP"
                and last[k - 2].lower in ("in", "from", "at", "across")
                and _np_ok(last[: k - 2])
            ):
                suff = last  # "Veterinarians in Waikato and Taranaki told …": one group
            elif prev_tok.lower not in _CLAUSE_OPENERS:
                return None, -1, -1, ""
            if (
                prev_tok.lower == "and"
                and trailing_comma
                and re.match(r"\w+ing\b", self.text[cs : cs + 20])
            ):
                # "… a warning for the Tarrant and Lowe valleys, saying …": before a gerund, "and"
                # joins two nouns after a preposition or a verb (an object), not two clauses
                j = len(last) - len(suff) - 2
                while j >= 0 and last[j].pos in ("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "CD"):
                    j -= 1
                if (
                    0 <= j < len(last) - len(suff) - 2
                    and last[j].lower not in _CLAUSE_OPENERS
                    and last[j].pos in ("IN", "VB", "VBD", "VBZ", "VBP", "VBG", "VBN")
                ):
                    return None, -1, -1, ""
            last = suff
            if len(last) == 1 and last[0].lower in _PRONOUNS:
                return (
                    _Source(last[0].text, "pronoun", last[0].start, last[0].end),
                    last[0].start,
                    last[0].end,
                    "pronoun",
                )
            chunks = [last]
        k = next(
            (
                n
                for n in range(2, len(last) - 1)
                if last[0].lower in ("a", "an", "the")
                and last[n].pos == "VBG"
                # (not an affiliation: "a spokesman representing Acme Corp")
                and last[n].lower
                not in ("representing", "working", "acting", "serving", "leading", "heading")
                and last[n - 1].pos in ("NN", "NNS")
                and _is_human(last[n - 1].lower)
                and any(t.text[:1].isupper() for t in last[n + 1 :])
            ),
            None,
        )
        if k is not None:
            last = last[:k]  # "a state engineer inspecting the Lake Wahnetah Dam found": the
            # engineer, not the dam the participle names
        span_start = last[0].start
        # appositive: "Name, a descriptor," / "the descriptor, Name," before the cue
        first = chunks[-2] if len(chunks) >= 2 else []
        while first and (first[0].lower in self.lex.discourse or first[0].lower in ("but", "and")):
            first = first[1:]  # "But the shadow home secretary, Tom Ellery, said"
        if (
            trailing_comma
            and first
            and _np_ok(first)
            # ("At an evacuation centre in Linao, Remedios Cabrera, 54, said": a fronted
            # phrase, no descriptor; "about two-thirds, 67 percent, say" is one)
            and not (
                first[0].pos in ("IN", "TO")
                and first[0].lower not in ("about", "around", "nearly", "almost", "over", "under")
            )
            # ("Recently, Tom Emanuel of Laconia, N.H., stood … to say": an adverb)
            and not (len(first) == 1 and first[0].pos.startswith("RB"))
            # ("In Orlando East, Soweto, Thandiwe Nkosi, …, said": a place, no descriptor)
            and not (
                _PERSON_NAME_RE.fullmatch(self.text[last[0].start : last[-1].end])
                and all(t.text[:1].isupper() for t in first)
                and _is_place(self.text[first[0].start : first[-1].end])
            )
        ):
            if (
                _np_ok(first)
                and len(chunks) == 2
                or (len(chunks) > 2 and self.boundaryish(chunks[-3]))
            ):
                span_start = first[0].start
        if (
            trailing_comma
            and len(chunks) >= 3
            and span_start == last[0].start
            and last[0].lower in ("a", "an")
            and chunks[-2]
            and chunks[-2][0].text[:1].islower()
            and chunks[-2][0].lower not in ("a", "an", "the", "who", "which", "that")
            and any(t.lower in ("at", "of", "for", "with") for t in chunks[-2])
            and chunks[-3]
            and _PERSON_NAME_RE.fullmatch(self.text[chunks[-3][0].start : chunks[-3][-1].end])
            and (len(chunks) == 3 or self.boundaryish(chunks[-4]))
        ):
            # "Jordan Alcott, program director at the Citizens Action Coalition of Indiana, a
            # consumer and environmental group that has intervened, called …": the name, its
            # role and the role's body's appositive
            span_start = chunks[-3][0].start
        if (
            trailing_comma
            and len(chunks) >= 3
            and span_start == last[0].start
            and (
                last[0].lower in ("a", "an", "the", "then", "now", "formerly", "former")
                # "Her supervisor, Harold Pruitt, chief of the state's Safe Dams Program,"
                or (len(last) > 2 and last[1].lower == "of" and last[0].lower in _role_heads())
            )
            and 1 <= len(chunks[-2]) <= 8
            and (cap := next((i for i, t in enumerate(chunks[-2]) if t.text[:1].isupper()), None))
            is not None
            and cap <= 3
            and all(t.text.islower() for t in chunks[-2][:cap])  # ("state representative X")
            and len(chunks[-2]) - cap <= 5
            and _PERSON_NAME_RE.fullmatch(self.text[chunks[-2][cap].start : chunks[-2][-1].end])
        ):
            # "His lawyer, Ola Shittu, a Senior Advocate of Nigeria, told": the name between
            # the role before it and the appositive after it
            span_start = chunks[-2][0].start
        coord = self.appositive_coordination(chunks, trailing_comma)
        if coord is not None:
            span_start = coord  # both people; split_named_pairs gives each a row
        elif not trailing_comma and _listed_names_end(chunks[-1]):
            # "Ana Smith, Ben Jones and Carl Brown said": the names listed before the last two
            n = len(chunks) - 1
            while n > 0 and _listed_name(chunks[n - 1]):
                n -= 1
            if n < len(chunks) - 1:
                span_start = chunks[n][0].start
        end = last[-1].end
        # relative clause: keep the head only for naming, the span covers the head
        head = []
        for t in self.toks_in(span_start, end):
            if t.lower in _RELATIVE and head and coord is None:
                break
            head.append(t)
        if head:
            end = head[-1].end
        if self.text[max(0, span_start - 4) : span_start].lower() == "the ":
            if _EPITHET_RE.fullmatch(self.text[span_start - 4 : end]):
                span_start -= 4  # "The England forward" (the tagger's "forward" ends the phrase)
        em = _EPITHET_RE.fullmatch(self.text[span_start:end])
        if em and self.is_outlet(self.text[span_start:end]):
            # ("The Namibian asked Kandjii …": the newspaper, not a Namibian)
            src = _Source(self.art.outlet or "", "outlet", span_start, end, named=True)
            return src, span_start, end, "subject"
        if em:  # "the Italian said", "the 28-year-old told": the person just named, as "he"
            return (
                _Source(self.text[span_start:end], "pronoun", span_start, end),
                span_start,
                end,
                "pronoun",
            )
        if (
            self.text[cs : cs + 12].split()[0].endswith("ing")
            and self.text[span_start : span_start + 1].isupper()
            and re.search(
                r"\b[A-Z][\w’'-]*\s+(?:and|&)\s+$",
                self.text[max(0, span_start - 30) : span_start],
            )
        ):
            return None, -1, -1, ""  # "write to the Health and Disability Commissioner asking
            # for an inquiry": an "and" inside a name, no clause with a gerund of its own
        src = _describe(self.text, span_start, end)
        if src is None:
            return None, -1, -1, ""
        src = _anonymous_if_said(self.text, src, cs)
        if several and not src.plural:
            src = replace(src, plural=True)
        return (
            src,
            src.start if src.start is not None else span_start,
            src.end if src.end is not None else end,
            "subject",
        )

    def gapped_source(
        self, toks: list[_Tok], ss: int, cs: int, c_start: int
    ) -> tuple[_Source, int, int] | None:
        """The speaker inside a relative clause whose subject is the content's gap.

        In "a move analysts said was aimed at …" the content opens with its verb: its subject is
        "a move", and the speaker is what follows the head noun ("analysts"; "the ministry" in
        "a figure the ministry said was final", "analysts" in "which analysts said was …").
        """
        first = next((t for t in toks if t.start >= c_start), None)
        if first is None or not (_is_finite(first) or first.pos == "VBN") or first.pos == "VBG":
            return None  # (a past form right after the cue is the verb: "said left civilians")
        words = [t for t in toks if ss <= t.start and t.end <= cs]
        det = [t for t in toks if t.end <= ss][-1:]
        if det and det[0].lower in ("a", "an", "the", "another"):
            words = det + words  # the source's span leaves out the article: "a move analysts"
        while words and _before_cue(words[-1]):
            words = words[:-1]
        if len(words) < 2 or any(t.text in ",;:—–()" for t in words):
            return None
        if self.text[: words[0].start].rstrip().endswith(",") and re.match(
            r"\w*\s*,", self.text[cs:]
        ):
            return None  # "The first step, the senator's allies say, will be …": an aside
        speaker = _relative_speaker(words)
        if not speaker:
            return None
        if len(speaker) == 1 and speaker[0].lower in _PRONOUNS:
            t = speaker[0]
            return _Source(t.text, "pronoun", t.start, t.end), t.start, t.end
        src = _describe(self.text, speaker[0].start, speaker[-1].end)
        if src is None:
            return None
        src = _anonymous_if_said(self.text, src, cs)
        return src, src.start if src.start is not None else speaker[0].start, speaker[-1].end

    def discourse_back(self, rstart: int, pos: int) -> int:
        """Extend a frame's start back over discourse words ("Meanwhile", "But") and commas."""
        seg = self.text[rstart:pos]
        words = _WORD_RE.findall(seg)
        if all(w.lower() in self.lex.discourse for w in words):
            return rstart
        return pos

    def appositive_coordination(self, chunks: list[list[_Tok]], trailing_comma: bool) -> int | None:
        """Start of "Anna Berg, a nurse, and Piotr Nowak, a teacher," before a cue (or of "Anna
        Berg, a nurse at the hospital, and Piotr Nowak", "Joan Whitby, who runs the bakery, and
        her daughter Leanne", "Tom Ashworth, 67, and his neighbour Carol Ennis, a retired
        teacher,"): two named people, one at least with an appositive; None when the comma chunks
        before the cue are not that."""
        if not chunks:
            return None
        start = self.role_first_coordination(chunks, trailing_comma)
        if start is not None:
            return start
        # "…, and B, a teacher," / "…, and B," (a "who" clause after B already dropped) / "…, and B"
        k = 4 if trailing_comma and chunks[-1][0].lower != "and" else 3
        if len(chunks) < 3:
            return None
        if (
            k == 4
            and chunks[-2][0].lower == "and"
            and chunks[-3][0].text[:1].isupper()
            # ("Clémence Aubry, France's trade minister, and …": a role, the appositive)
            and not _appositive_role(self.text[chunks[-3][0].start : chunks[-3][-1].end])
        ):
            k = 3  # no appositive on the first ("Tom Ashworth, 67, and his neighbour Carol Ennis,
            # a retired teacher,": the age chunk is dropped before)
            name, desc, conj = chunks[-3], None, chunks[-2]
        elif len(chunks) < k:
            return None
        else:
            name, desc, conj = chunks[-k], chunks[-k + 1], chunks[-k + 2]
        while len(name) > 1 and name[0].lower in self.lex.discourse:
            name = name[1:]  # "But Anna Berg, ..."
        rest = conj[1:]
        while len(rest) > 1 and rest[0].pos == "PRP$" or (rest and rest[0].pos == "JJ"):
            rest = rest[1:]  # "and his neighbour Carol Ennis"
        if (
            len(conj) < 2
            or conj[0].lower != "and"
            or not any(t.text[:1].isupper() for t in rest)
            or not _np_ok(conj[1:])
            or not (_np_ok(name) and name[-1].text[:1].isupper())
            or (
                desc is not None
                and not (_np_ok(desc) and desc[0].text[:1].islower())
                and desc[0].lower != "who"  # "Joan Whitby, who runs the bakery, and …"
                # "Clémence Aubry, France's trade minister, and …": a role with a possessor
                and not _appositive_role(self.text[desc[0].start : desc[-1].end])
            )
            or (
                chunks[-1] is not conj
                and not (
                    chunks[-1][0].text[:1].islower()
                    and (
                        _np_ok(chunks[-1]) or _appositive_role(" ".join(t.text for t in chunks[-1]))
                    )
                )
                and not _appositive_role(self.text[chunks[-1][0].start : chunks[-1][-1].end])
            )
            or (len(chunks) > k and not self.boundaryish(chunks[-k - 1]))
        ):
            return None
        return name[0].start

    def role_first_coordination(self, chunks: list[list[_Tok]], trailing_comma: bool) -> int | None:
        """Start of "France's trade minister, Clémence Aubry, and Ireland's agriculture minister,
        Darragh Kinsella," before a cue: two people, each named after a role; else None."""
        if not trailing_comma or len(chunks) < 4:
            return None
        role, name, conj, name2 = chunks[-4:]
        while len(role) > 1 and (role[0].lower in self.lex.discourse or role[0].lower == "but"):
            role = role[1:]  # "But the trade minister, …"
        span = lambda c: self.text[c[0].start : c[-1].end]  # noqa: E731
        if (
            len(conj) < 2
            or conj[0].lower != "and"
            or not _appositive_role(span(role))
            or not _appositive_role(span(conj[1:]))
            or not _PERSON_NAME_RE.fullmatch(span(name))
            or not _PERSON_NAME_RE.fullmatch(span(name2))
            or (len(chunks) > 4 and not self.boundaryish(chunks[-5]))
        ):
            return None
        return role[0].start

    def trailing_named_source(self, toks: list[_Tok], rstart: int, cs: int) -> int | None:
        """Start of the source in "CONTENT, Anna Berg, a nurse, said" (no quote marks), or of the
        pair in "CONTENT, Anna Berg, a nurse, and Piotr Nowak(, a teacher), said"; else None."""
        chunks: list[list[_Tok]] = [[]]
        for t in toks:
            if rstart <= t.start and t.end <= cs:
                if t.text == ",":
                    chunks.append([])
                else:
                    chunks[-1].append(t)
        trailing = not chunks[-1]
        chunks = [c for c in chunks if c]
        if len(chunks) < 3:
            return None  # content, name, appositive at least
        if len(chunks) >= 5 or (len(chunks) == 4 and not trailing):
            start = self.appositive_coordination(chunks, trailing)
            if start is not None:
                return start
        name, desc = chunks[-2], chunks[-1]
        if (
            trailing
            and _np_ok(name)
            and (
                (name[0].text[:1].isupper() and name[-1].text[:1].isupper())
                # "…, one of the officials, a Gulf diplomat who …, said": one of a group
                or (len(name) >= 3 and name[0].lower == "one" and name[1].lower == "of")
            )
            and (
                _appositive_role(" ".join(t.text for t in desc))
                or (_np_ok(desc) and desc[0].lower in ("a", "an", "the"))  # "a Republican"
                or (len(desc) == 1 and desc[0].text.isdigit())  # "Maria Lopez, 31, said"
            )
            # the content is a clause: "We will stay, fight and win, Anna Berg, a nurse, said"
            and any(t.pos.startswith("VB") for c in chunks[:-2] for t in c)
        ):
            return name[0].start
        desc, name = chunks[-2], chunks[-1]
        if (
            trailing
            and len(desc) >= 2
            and desc[0].lower == "the"
            and _np_ok(desc)
            and len(name) <= 4
            and all(t.text[:1].isupper() for t in name)
            and _np_ok(name)
            and any(t.pos.startswith("VB") for c in chunks[:-2] for t in c)
        ):
            return desc[0].start  # "CONTENT, the UN refugee agency, UNHCR, said"
        return None

    def boundaryish(self, chunk: list[_Tok]) -> bool:
        # (a fronted place or time phrase too: "At the diner, Tom Yates, a welder, said"; or a
        # participle's phrase: "Speaking to The New Times, Emmanuel Habimana, RSSB Deputy …,")
        return (
            not _np_ok(chunk)
            or (bool(chunk) and chunk[0].pos in ("IN", "TO", "RB"))
            or (
                len(chunk) >= 2
                and chunk[0].text.endswith(("ing", "ed"))
                and chunk[0].pos in ("VBG", "VBN")
                and chunk[1].pos in ("IN", "TO", "RP")
            )
        )

    def np_suffix(self, toks: list[_Tok], *, prep: bool = False) -> list[_Tok]:
        out: list[_Tok] = []
        for t in reversed(toks):
            if prep and t.pos in ("IN", "TO") and out and not _is_cap(out[0].text):
                break
            if (
                prep
                and t.pos in ("IN", "TO")
                and out
                and t.lower not in _NAME_CONNECTORS
                # ("Books Before Bedtime", "Reporters Without Borders": a name's capitalised
                # preposition)
                and not (t.text[:1].isupper() and _is_cap(out[0].text))
            ):
                break
            if (
                t.pos in _FINITE
                or t.lower in _AUX
                or t.text in QUOTE_CHARS
                or t.lower in _CLAUSE_OPENERS
                or t.lower == "to"
            ):
                break
            out.insert(0, t)
        while out and (out[0].lower in self.lex.discourse or out[0].text in "(),"):
            out = out[1:]
        return out if _np_ok(out) else []

    def np_after(self, start: int, end: int) -> tuple[int, int] | None:
        """A source noun phrase right after ``start``: up to a comma, period or end."""
        toks = self.toks_in(start, end)
        out: list[_Tok] = []
        depth = 0
        # "the Philippine Atmospheric, Geophysical and Astronomical Services Administration": a
        # body's name with commas in it (a capitalised list ending in a body word)
        listed = _LISTED_BODY_RE.match(self.text, self.skip_ws(start, end), end)
        if not _listed_body(listed):
            listed = None
        for t in toks:
            if t.text == "(":
                depth += 1
            if t.text == ")":
                depth -= 1
            if listed and t.text == "," and t.start < listed.end():
                out.append(t)
                continue
            if depth <= 0 and (
                t.text in {",", ".", ";", ":", "!", "?", "—", "–"} or t.text in QUOTE_CHARS
            ):
                break
            out.append(t)
        if out and not _np_ok(out, max_len=16):
            # a reduced relative after the head: "a national poll taken last week"
            for i, t in enumerate(out[1:], 1):
                if (t.pos in ("VBD", "VBN", "VBG") or t.lower in _RELATIVE) and not (
                    # ("results from a randomized trial of …": a participle before its noun)
                    t.pos in ("VBN", "VBG") and out[i - 1].lower in ("a", "an", "the")
                ):
                    out = out[:i]
                    break
        if not out or not _np_ok(out, max_len=16):
            return None
        if out[0].pos == "IN" and out[0].lower not in ("about", "around", "nearly", "over"):
            return None  # "…,” Ken Pons, the president, said outside the court hall": a place
        if (out[0].lower in _WEEKDAYS or out[0].lower in ("today", "tonight")) and (
            len(out) == 1 or out[1].lower in ("that", "night", "morning", "afternoon", "evening")
        ):
            return None  # "…, said Friday that …": when, no source ("said Monday Okafor": one)
        return out[0].start, out[-1].end

    # -- rules
    def according(self, toks, k, cs, ce, ustart, uend, sid, consumed) -> list[_Stmt]:
        text = self.text
        if (
            text[cs:ce].lower().startswith("based ")
            and text[ustart:cs].strip()
            and not (text[ustart:cs].rstrip().endswith(","))
        ):
            return []  # "The film is based on data from the census": no attribution
        # "according to a letter sent by X": the phrase runs past the participle
        doc = _DOCUMENT_FROM_RE.match(text, self.skip_ws(ce, uend))
        np_span = self.np_after(doc.end() if doc else ce, uend)
        if np_span is None:
            return []
        head_np = re.split(  # ("according to figures obtained … under freedom of information
            # laws": the figures are the source, the laws how they were got)
            r"\s(?:under|through)\s",
            text[np_span[0] : np_span[1]],
        )[0]
        # (the norm is the head, not a noun inside a phrase on a source: "according to an
        # internal memorandum and three officials familiar with the plan")
        head_np = re.split(r"\s(?:and|with|of|about|on|familiar|who|that)\s", head_np)[0]
        if _NORM_HEADS_RE.search(head_np) and not _DATED_PLAN_RE.search(
            text, np_span[0], np_span[1]
        ):
            return []  # "treated according to international law", "according to plan"
        ns, ne = (doc.start() if doc else np_span[0]), np_span[1]
        done = re.search(
            r"\s(?:conducted|carried\s+out|run|done|held)\s+(?:in|at|across|among|on|over)\s",
            text[ns:ne],
        )
        if done is not None and re.match(r"(?:an?|the|its|their)\s", text[ns:ne], re.I):
            ne = ns + done.start()  # "according to a large trial conducted in 84 schools in the
            # Netherlands and Belgium": the trial, not the places it ran in
        sent_by = _DOCUMENT_SENT_BY_RE.match(text, ns, uend)
        if sent_by is not None:
            # "according to a letter the hospital's chief executive, Greg Tolliver, sent to
            # county commissioners": the letter's writer
            ns, ne = sent_by.span("who")
        rel = re.search(r"\s+(?:he|she|they|we|I)\b|\s+[-—–]\s", text[ns:ne])
        if rel and rel.start() > 0:
            ne = ns + rel.start()  # "a 2024 analysis he co-authored": the analysis ("according
            # to organisers - a record": the organisers)
        seen_by = via = None
        m = _SEEN_BY_RE.search(text, ns, ne)
        pub = _PUBLISHED_IN_RE.search(text, ns, ne)
        cited = _CITED_BY_RE.search(text, ns, ne)
        filed = _FILING_WITH_RE.match(text, ns, ne)
        filer = None
        if filed and re.match(r"(?:its|their)\s", text[ns:ne]):
            # "Paysetu's revenue … rose 41%, according to its filings with the Registrar of
            # Companies": the owner the sentence opens with filed them
            i = bisect_right(self.sent_starts, ns) - 1
            owner = (
                re.match(
                    r"\s*((?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*)[’']s\s",
                    text[self.sents[i][0] : ns],
                )
                if i >= 0
                else None
            )
            if owner is not None and not is_given_name(owner.group(1).split()[0]):
                a = self.sents[i][0] + owner.start(1)
                filer = _Source(
                    owner.group(1), "organisation", a, a + len(owner.group(1)), named=True
                )
        if filed and filer is None:
            filer = self.earlier_body(ns) or self.business_before(ns)
        if filed and filer is None:
            # "according to a filing with Chile's regulator CMF": the filing, not the
            # regulator it went to (who filed it is the company the story is about)
            srcs = [_Source(filed.group(1), "organisation", ns + filed.start(1), ns + filed.end(1))]
        elif filer is not None:
            srcs = [filer]
        elif m and m.start() > ns:
            # "according to a memo seen by Reuters": the memo is the source, Reuters saw it
            seen_by = re.sub(r"^[Tt]he\s+", "", m.group(1))
            srcs = self.split_sources(ns, m.start())
        elif cited and cited.start() > ns:
            # "according to NielsenIQ data cited by Meridian": the data, relayed by Meridian
            srcs = self.split_sources(ns, cited.start())
            via = re.sub(r"^[Tt]he\s+", "", cited.group(1))
        elif pub and pub.start() > ns:
            # "according to a study published on Wednesday in the journal Nature": the study,
            # relayed by the journal
            srcs = self.split_sources(ns, pub.start())
            via = pub.group("journal")
        else:
            srcs = self.split_sources(ns, ne)
        more = re.match(
            r",\s+(?:an?|the)\s+[^,;:“”\"]{2,90},\s+and\s+([^,;:“”\"]{2,90}?)\s*[.;]?\s*$",
            text[ne:uend],
        )
        if more is not None and len(srcs) == 1:
            # "according to Abrager, an association …, and consultancy Energia Pura
            # Analytics": a second source after the first one's appositive
            second = _describe(text, ne + more.start(1), ne + more.end(1))
            if second is not None and second.named:
                srcs = [*srcs, second]
        rstart = self.region_start(ustart, cs, consumed)
        left = text[rstart:cs]
        q = self.quote_at(rstart - 1) if rstart > ustart and not left.strip(" ,") else None
        if q is None and rstart > ustart and _SAID_FRAME_RE.fullmatch(left):
            q = self.quote_at(rstart - 1)  # "“Peace first,” Lee said, according to his office"
        if q is not None and q[1] == rstart and q[0] >= ustart:
            # "“It is over,” according to the coach." / "He was “a cheat”, according to ...":
            # the quote and what leads into it (and the speaker's frame after it)
            c_start, c_end = self.trim(self.region_start(ustart, q[0], consumed), cs)
            method = "according-to-final"
        elif re.fullmatch(r"[\s,]*(?:(?:\w+\s*,?\s*){0,2})?", left) and not re.search(
            r"\w{3,}.*\w{3,}", left
        ):
            # "According to X, content." (maybe after a discourse word)
            after = self.skip_ws(ne, uend, " ,\t\n")
            aside = re.match(r"[^,;“”\"]{2,90}?,\s*", text[after:uend])
            asides = 0
            while aside and not seen_by and asides < 2:
                asides += 1
                # "According to Maria Kova, who led the study, ..." / "..., the bank's deputy
                # governor, ...": the aside is about the source, not what it said
                words = aside.group().strip(" ,")
                named = None
                if asides == 1 and srcs and not srcs[0].named and _human_role(srcs[0].name):
                    named = _describe(text, after, after + len(words))
                    if not (
                        named is not None
                        and named.named
                        and named.personal
                        and _PERSON_NAME_RE.fullmatch(named.name)
                    ):
                        named = None  # "According to the press officer, Lt Iryna Kovalchuk, …"
                if (
                    named is not None
                    # ("According to the minutes, which were prepared by the staff, …")
                    or words.split()[0].lower() in ("who", "whose", "which")
                    # "According to a communique issued at the end of the meeting, …"
                    or re.match(
                        r"(?:issued|released|published|signed|obtained|seen|cited|conducted"
                        r"|carried\s+out|compiled|commissioned|posted)\s+"
                        r"(?:(?:shortly|soon|just|hours|days|weeks|minutes)\s+)?"
                        r"(?:by|at|on|in|after|before|late|early|last)\b"
                        # "According to the results sent to the Pakistan Stock Exchange, …"
                        r"|(?:sent|submitted|filed|presented|delivered|provided|shared)\s+to\b",
                        words,
                    )
                    or (
                        _appositive_role(words)
                        # ("According to the ILO report, the System now covers 96 percent of
                        # workers, up from …": a clause with a figure, no appositive)
                        and not re.search(
                            r"\b(?:now|also|still|has|have|had|is|are|was|were|will|would)\b|\d",
                            words,
                        )
                        # ("According to two sources, the dispute came to a head at
                        # Monday's meeting, which …": a clause, its verb past tense)
                        and not any(
                            t.pos == "VBD" and t.start > after
                            for t in self.toks_in(after, after + len(words))
                        )
                    )
                    or (  # "According to the ISW, a Washington-based think tank, ..."
                        words.split()[0].lower() in ("a", "an")
                        and not any(  # ("think tank": a VBP to the tagger)
                            t.pos in ("VBD", "VBZ", "MD") or t.lower in _AUX
                            for t in self.toks_in(after, after + len(words) + 1)
                        )
                        # ("According to Dr Voss, a trial in 40 schools, in which pupils …, is
                        # due": the content's subject with its relative clause)
                        and not re.match(
                            r"(?:in\s+|at\s+|under\s+)?(?:which|whom|who|where|that)\b",
                            text[after + aside.end() : uend],
                        )
                    )
                ):
                    if (_appositive_role(words) or named is not None) and asides == 1:
                        srcs = self.split_sources(ns, after + len(aside.group().rstrip(" ,")))
                    after += aside.end()
                    # "According to X, Sudan's envoy, who addressed the council, …": one more
                    aside = re.match(r"[^,;“”\"]{2,90}?,\s*", text[after:uend])
                else:
                    break
            c_start, c_end = self.trim(after, uend)
            method = "according-to-initial"
        else:
            if rstart > ustart + 1 and text[rstart - 1] in '”"' and text[rstart - 2] not in ",.!?…":
                # "… want a ‘quiet, normal’ Christmas away from …, according to X": a quoted
                # phrase inside the clause is no boundary
                rstart = self.region_start(ustart, cs, consumed, quotes=False)
            c_start, c_end = self.trim(rstart, cs)
            method = "according-to-final"
            # "X crossed the border after, according to him, the network censured ...":
            # the longer side of a parenthetical "according to" is the content
            after = self.skip_ws(ne, uend, " \t\n")
            if text[ne:after].strip() == "" and text[after : after + 1] == ",":
                r_start, r_end = self.trim(after + 1, uend)

                def clause(a: int, b: int) -> bool:
                    return any(_is_finite(t) for t in self.toks_in(a, b))

                left_clause, right_clause = clause(c_start, c_end), clause(r_start, r_end)
                if re.match(
                    r"(?:and|but|while|yet|even\s+as|even\s+though|although|though|whereas)\b",
                    text[r_start:r_end],
                ) and (left_clause or len(_WORD_RE.findall(text[c_start:c_end])) >= 4):
                    pass  # "X happened, according to the company, and NASA confirmed …": X
                    # ("…, according to data from the DLD, even as analysts cautioned …")
                elif re.match(r"(?:who|whose|which)\b", text[r_start:r_end]) and left_clause:
                    pass  # "X, according to a party official, whose colleagues …": the clause
                    # after is about the source
                elif left_clause and re.match(
                    r"(?:on|with|for|from|despite|amid|against|compared\s+with|versus|up|down)\s",
                    text[r_start:r_end],
                ):
                    pass  # "“Salt Year” grossed $48 million, according to Comscore, on a
                    # reported price of under $5 million": a phrase of the clause before
                elif (
                    left_clause
                    and _appositive_role(text[r_start:r_end].split(",")[0])
                    # (an appositive has no verb: not "…, the NLD has won 82 percent")
                    and not any(
                        _is_finite(t)
                        for t in self.toks_in(
                            r_start, r_start + len(text[r_start:r_end].split(",")[0])
                        )
                    )
                    # (nor is the content a quote's frame: "“…,” he told advisers afterward,
                    # according to Uzi Arad, Mr. Netanyahu's former adviser")
                    and not re.search(r"[”\"’']\s*,?\s*$", text[max(0, c_start - 4) : c_start])
                ):
                    pass  # "X, according to Tom Brennan, chief technology officer at Fluorex,
                    # a start-up that sells …": the source's appositive
                elif (right_clause and not left_clause) or (
                    right_clause == left_clause
                    and len(_WORD_RE.findall(text[r_start:r_end]))
                    > len(_WORD_RE.findall(text[c_start:c_end]))
                ):
                    c_start, c_end = r_start, r_end
                    method = "according-to-parenthetical"
        dl = _DATELINE_RE.match(text, c_start, c_end)
        if dl:  # "SANTIAGO, April 8 (Reuters) - X lobbied …, according to …": not the dateline
            c_start = dl.end()
        if c_end - c_start < 3:
            return []
        out = []
        for src in srcs:
            if (
                src.type == "person"
                and re.fullmatch(r"[A-Z][\w&-]+", src.name)
                and not src.title
                and not is_given_name(src.name)
                and not self.surname_in_text(src.name)
                and not re.search(r"\b[A-Z][a-z]+\s+" + re.escape(src.name) + r"\b", self.text)
            ):
                # "according to Opta", "according to Nielsen": one bare name the text never
                # gives a person is a body (a data firm, an agency), no "he" later
                src = _Source(src.name, "organisation", src.start, src.end, named=True)
            out.append(
                _Stmt.by(
                    src,
                    c_start,
                    c_end,
                    "according-to",
                    cue=text[cs:ce],
                    cue_start=cs,
                    cue_end=ce,
                    confidence=0.85,
                    method=method,
                    sent_id=sid,
                    reported_to=seen_by,
                    via=via,
                )
            )
            obj = _OBJECT_PRONOUNS.get(text[ns:ne].strip().lower())
            if obj is not None:  # "According to her, …": the person she is (not "her plan")
                self.resolve(out[-1], _Source(obj, "pronoun", src.start, src.end))
        consumed.append((min(c_start, cs), max(c_end, ne)))
        for st in out:
            st.frame_start, st.frame_end = consumed[-1]
        return out

    def split_sources(self, ns: int, ne: int) -> list[_Source]:
        """One source, or one per coordinated part when the parts are of different types."""
        phrase = self.text[ns:ne]
        parts = list(re.finditer(r"(?:(?!\s+and\s+).)+", phrase))
        whole = _describe(self.text, ns, ne)
        listed = _LISTED_BODY_RE.fullmatch(phrase.split(" (")[0])
        bare = phrase.split(" (")[0]  # ("the Irish Nurses and Midwives Organisation (INMO)")
        if len(parts) == 2 and not _one_body_name(bare) and not listed:
            a = _describe(self.text, ns + parts[0].start(), ns + parts[0].end())
            b = _describe(self.text, ns + parts[1].start(), ns + parts[1].end())
            if (
                a
                and b
                and a.type != b.type
                and all(
                    x.type != "unknown"
                    # "internal company documents reviewed by Reuters and three people
                    # familiar with the matter": a document beside people
                    or x.name.split()[-1].lower() in _DOCUMENT_NOUNS
                    for x in (a, b)
                )
            ):
                return [a, b]
        return [whole] if whole else []

    def nested(self, toks, k, cs, ce, ustart, uend, sid, consumed, made) -> list[_Stmt]:
        text = self.text
        m = re.match(
            r"\s+(.+?)\s+(?:as\s+)?(saying|telling|stating|as\s+having\s+said"
            # ("TASS quoted an unnamed official as calling the construction “a provocation”")
            r"|(?<=\bas\s)(?:calling|describing|warning|claiming|insisting|accusing|denying"
            r"|urging|arguing|predicting))\b",
            text[ce:uend],
        )
        if not m:
            return []
        ns, ne = ce + m.start(1), ce + m.end(1)
        obj = text[ns:ne].lower()
        if obj in ("him", "her", "them"):  # "Kazinform quoted him as saying": the one before
            src = _Source(_OBJECT_PRONOUNS[obj], "pronoun", ns, ne)
        else:
            src = _describe(text, ns, ne)
        if src is None:
            return []
        rstart = self.region_start(ustart, cs, consumed)
        via_src, vs, ve, how = self.subject(toks, rstart, cs)
        via = via_src.name if via_src else None
        if via_src is not None and via_src.type == "media" and text[vs:ve].split()[-1].islower():
            via = re.sub(r"^[Tt]he\s+", "", text[vs:ve])  # "State television", not "State"
        passive = re.search(
            # ("Mr Pichai was later quoted by the Thai News Agency as saying")
            r"\b(?:is|was|were|are|been|being)\s+(?:(?:later|also|then|once|widely|earlier)\s+)?$",
            text[rstart:cs],
        )
        if passive and m.group(1).startswith("by ") and via_src is not None:
            # "Putin was quoted by TASS as saying": Putin speaks, TASS relays
            relayer = _describe(text, ns + 3, ne)
            if relayer is None:
                return []
            src, via = via_src, relayer.name
        after = ce + m.end()
        after = self.skip_ws(after, uend)
        when = self.lex.time_re.match(text, after, uend)
        if when and when.end() > after and text.startswith("that ", self.skip_ws(when.end(), uend)):
            after = self.skip_ws(when.end(), uend)  # "as saying on Friday that …"
        if text.startswith("that ", after):
            after += 5
        told = None
        if m.group(2) == "telling" and re.fullmatch(
            r"(?:the\s+|a\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}\W*", text[after:uend]
        ):
            # "“…,” RIA Novosti quoted prosecutor X as telling the court.": the one told, no
            # content after it (the quote before is the content)
            told = text[after:uend].strip(" .!,")
            after = uend
        elif m.group(2) == "telling" and (
            aud := re.match(
                r"((?:the\s+|a\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)\s+that\s+", text[after:uend]
            )
        ):
            told, after = aud.group(1), after + aud.end()  # "as telling reporters that …"
        c_start, c_end = self.trim(after, uend)
        q = self.quote_at(rstart - 1) if passive and rstart > ustart else None
        if q is not None and q[1] == rstart and not re.match(r"\s*[“\"‘]", text[after:uend]):
            # "“We never refused,” Putin was quoted by TASS as saying (during a meeting)."
            c_start, c_end = q
        lead = re.search(r"[”\"]\s*,?\s+(?:the\s+)?[^“”\",;]{2,60}$", text[ustart:cs])
        if c_end - c_start < 3 and not passive and lead:
            # "“Investing in them is …,” the ministry's statement quoted State Secretary X as
            # saying.": the quote before the relaying subject
            q = self.quote_at(ustart + lead.start())
            if q is not None:
                c_start, c_end = q
        if c_end - c_start < 3:
            return []
        kind = self.content_kind(c_start, c_end, "indirect")
        if kind == "direct":
            c_start, c_end = self.quote_at(c_start) or (c_start, c_end)
        st = _Stmt.by(
            src,
            c_start,
            c_end,
            kind,
            cue=text[cs:ce],
            cue_start=cs,
            cue_end=ce,
            via=via,
            reported_to=told,
            confidence=0.8,
            method="nested-quoted-saying",
            sent_id=sid,
        )
        if src.type == "pronoun":
            self.resolve(st, src)
        consumed.append((min(vs if vs >= 0 else cs, cs), c_end))
        st.frame_start, st.frame_end = self.discourse_back(rstart, consumed[-1][0]), c_end
        return [st]

    def verb(
        self, toks, k, cs, ce, lemma, kind, ustart, uend, sid, consumed, made, cues
    ) -> list[_Stmt]:
        text = self.text
        gerund = text[cs:ce].split()[0].lower().endswith("ing")  # ("pointing out")
        caller_via = document = None
        if (
            lemma in ("ask", "decline", "refuse", "request", "wish", "want")
            and self.lex.not_content is not None
            and self.lex.not_content.match(text, cs)
        ):
            return []  # "…,” a nurse, who asked not to be named, said": "asked" is no cue
        if _ANONYMITY_REASON_RE.search(text, max(ustart, cs - 120), cs):
            return []  # "… on condition of anonymity because they feared reprisals": why unnamed
        if kind in ("cognition", "stance") and _TRAILING_SPEECH_FRAME_RE.search(text, ce, uend):
            return []  # "The Kings have agreed to trade X, league sources told The Athletic":
            # the frame at the end reports the whole clause, the plan inside it is its content
        inverts = self.lex.verbs.get(text[cs:ce].lower(), ("", "", False))[2]
        rstart = self.region_start(ustart, cs, consumed, quotes=False)
        left_text = text[rstart:cs]
        left_stripped = left_text.rstrip()
        # (a) "CONTENT, said SOURCE." — cue right after a comma or closing quote, source after it
        # (never a gerund: "…, arguing that they feed the war" is the subject's)
        if (
            inverts
            and not gerund
            and (
                left_stripped.endswith((",", "”", '"'))
                or re.search(r"[,”\"]\s*$", left_stripped)
                # '“Zalim!” (Tyrant!) shouted the crowd': a translation after the quote
                or re.search(r"[”\"]\s*\([^()]{1,80}\)\s*,?$", left_stripped)
            )
        ):
            content_end = rstart + len(left_stripped)
            np_span = self.np_after(ce, uend)
            if np_span is not None and any(
                rx.match(text, np_span[0], np_span[1]) for rx, _label in self.lex.channels
            ):
                np_span = None  # "Rosa Quispe, 58, said through a translator that …": no source
            if np_span is not None:
                when = self.lex.time_re.match(
                    text, np_span[0], np_span[1]
                ) or _PART_OF_DAY_RE.match(text, np_span[0], np_span[1])
                if when is not None and re.match(
                    r"\s*(?:that\b|,|$|(?:in|at|on|outside|inside|near|during|after|before)\s)",
                    text[when.end() : np_span[1]],
                ):
                    np_span = None  # "Okafor, she alleges, replied the next day that", "“…,”
                    # Tess said one afternoon in the shed": when (and where), not who
            if np_span is not None:
                # "said John Smith in a statement": the channel is no part of the source
                cut = [
                    m.start()
                    for rx, _label in self.lex.channels
                    for m in [rx.search(text, np_span[0], np_span[1])]
                    if m is not None and m.start() > np_span[0]
                ]
                place = re.search(  # "said Sadowska in the oral justification": a setting
                    r"\b[A-Z][\w’'.-]*(\s+(?:in|at|during|before|outside)\s+"
                    r"(?:the|a|an|his|her|its|their)\s+(?:[a-z-]+\s+)*[a-z])",  # (not "at the
                    # Home Office": a body, part of the source)
                    text[np_span[0] : np_span[1]],
                )
                if place:
                    cut.append(np_span[0] + place.start(1))
                if cut:
                    np_span = (np_span[0], self.trim(np_span[0], min(cut))[1])
            left_toks = [t for t in toks if rstart <= t.start and t.end <= content_end]
            left_is_np = (
                _np_ok([t for t in left_toks if t.text != ","], max_len=20)
                # ("Meanwhile, head of the Makassar Search and Rescue Office, Mohammad Arief
                # Lubis, said 240 joint personnel …": a subject and its role, no clause)
                or (
                    len(words_left := [t for t in left_toks if t.text != ","]) >= 3
                    and words_left[-1].pos in ("NNP", "NNPS")
                    and not any(_is_finite(t) for t in words_left)
                )
            ) and not any(t.text in QUOTE_CHARS for t in left_toks)
            if (
                np_span is not None
                and re.search(r"\w", text[rstart:content_end])
                and not left_is_np
            ):
                ns, ne = np_span
                src = self.appositive_source(ns, ne, uend)
                if src is not None:
                    rest = text[src.end : uend]
                    degrees = _CREDENTIALS_AFTER_RE.match(rest)
                    if degrees:  # "…, reported Rafael Quintana-Ortiz, MD, PhD, of …"
                        rest = rest[degrees.end() :]
                        aff = re.match(r"\s*,\s*(?:of|at|from)\s+[^,;:“”\"]+", rest)
                        if aff:  # the affiliation after the degrees belongs to the name
                            rest = rest[aff.end() :]
                        if _MEETING_TAIL_RE.fullmatch(rest.strip()):
                            rest = ""  # "…, at the European Society of Cardiology Congress."
                    team = re.match(
                        r"\s*,?\s+and\s+(?:(?:his|her|their)\s+)?(?:colleagues|co-?authors|team)\b",
                        rest,
                    )
                    if team:  # "…, reported Priya Raman, MD, of Emory …, and colleagues."
                        rest = rest[team.end() :]
                    quoted = self.opens_clause_quote(
                        rstart, rstart + len(left_stripped.rstrip(","))
                    )
                    if self.frame_tail_ok(rest) or quoted:
                        return self.make_trailer(
                            rstart,
                            content_end,
                            cs,
                            ce,
                            src,
                            sid,
                            consumed,
                            "quote-said-source",
                            uend,
                        )
        # (b) "CONTENT, SOURCE said." — source between the comma/closing quote and the cue
        kept = _body_name_spans(text, rstart, cs)  # ("…,” Minister of Environment, Forest
        # and Climate Change Bhupender Yadav said": the commas of a portfolio split nothing)
        found = [
            f
            for f in re.finditer(r"[,”\"]", left_text)
            if not any(a <= rstart + f.start() < b for a, b in kept)
        ]
        m = found[-1] if found else None
        cue_at = cs
        if (
            m is not None
            and len(found) > 1
            and text[rstart + m.start()] == ","
            and all(_before_cue(t) for t in toks if rstart + m.end() <= t.start and t.end <= cs)
            # (a name between the two commas: not "X, who served as CFO …, was testifying")
            and re.fullmatch(
                r"\s*(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'-]+\s*",
                left_text[found[-2].end() : m.start()],
            )
        ):
            # "…, the returning officer, Gareth Lewis, has just announced": the comma closes
            # the appositive, the source is before it
            cue_at = rstart + m.start()
            m = found[-2]
            if (
                len(found) > 2
                and text[rstart + found[-3].start()] in ',”"'
                and (
                    _appositive_role(
                        role := text[rstart + found[-3].end() : rstart + m.start()].strip()
                    )
                    # "…, his daughter, Isabelle Ouellet-Brandt, announced": a relative
                    or (
                        re.fullmatch(r"(?:his|her|their|its)\s+(?:[a-z-]+\s+){0,2}[a-z-]+", role)
                        and role.split()[-1] in self.lex.relational | self.lex.person_words
                    )
                )
                and re.fullmatch(
                    r"\s*(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'-]+\s*",
                    text[rstart + m.end() : cue_at],
                )
            ):
                m = found[-3]  # (the role before the name goes with it, not the content)
        if m is not None:
            bpos = rstart + m.start()
            chunk_start = rstart + m.end()
            if text[bpos] == "," and bpos > 0 and text[bpos - 1] in '”"':
                bpos -= 1
            sub_toks = [t for t in toks if chunk_start <= t.start and t.end <= cue_at]
            while sub_toks and _before_cue(sub_toks[-1]) and sub_toks[-1].lower != "forward":
                sub_toks = sub_toks[:-1]
            heard = [t.lower for t in sub_toks[-3:]]
            if text[cs:ce].lower() == "saying" and heard[-2:] == ["be", "heard"]:
                sub_toks = sub_toks[:-3]  # "“…,” Holloway can be heard saying": his words
            elif text[cs:ce].lower() == "saying" and heard[-2:] in (
                ["is", "heard"],
                ["was", "heard"],
            ):
                sub_toks = sub_toks[:-2]
            if len(sub_toks) > 1 and sub_toks[0].lower == "as":
                sub_toks = sub_toks[1:]  # "..., as one critic put it."
            described = False
            if len(sub_toks) > 1 and sub_toks[0].lower in ("a", "an", "what"):
                # "…, a demand its partners have described as …", "…, what organisers called …"
                rel = _relative_speaker(sub_toks)
                # "…, a gap that Baird describes as “reassuringly small”": her words are the
                # quote after "as" (read by the subject rules), not the clause before
                described = bool(
                    rel
                    and lemma == "describe"
                    and any(t.lower == "that" for t in sub_toks[: len(sub_toks) - len(rel)])
                    and re.match(r"\s+as\s+[“\"‘']", text[ce : ce + 8])
                )
                sub_toks = rel or sub_toks
            content_end = bpos + (1 if text[bpos] in '”"' else 0)
            long_role = False
            if not (sub_toks and _np_ok(sub_toks)) and not described:
                # '“...,” Trump, the frontrunner ..., said when ...': the name after the quote
                qm = list(re.finditer(r"[”\"],?\s+", left_text))
                if qm:
                    q_end = rstart + qm[-1].start() + 1
                    after_q = rstart + qm[-1].end()
                    first = []
                    for t in toks:
                        if after_q <= t.start < cs:
                            if t.text == ",":
                                break
                            first.append(t)
                    if first and _np_ok(first) and first[-1].end < cs:
                        sub_toks, content_end = first, q_end
                        # '“...,” Mariam Haddad, a teacher, said': the role goes with the name
                        am = re.match(r",\s*([^,“”\"]{2,80}?)\s*,", text[first[-1].end : cs])
                        if am and (
                            _appositive_role(am.group(1))
                            # '“…,” his widow, Ruth, said': the name after the descriptor
                            # (or "the mission's chief observer, Portuguese MEP Helena Ramos
                            # Faria, told": a titled name)
                            or re.fullmatch(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]+){0,4}", am.group(1))
                        ):
                            role_end = first[-1].end + am.end(1)
                            sub_toks = [t for t in toks if after_q <= t.start and t.end <= role_end]
                            # ('“…,” Dr. Yael Mizrahi-Kaplan, head of the internal medicine
                            # division at Meir Medical Center in Kfar Saba, told Ynet': a name's
                            # long appositive)
                            long_role = True
            np_len = 22 if long_role else 14
            if not (sub_toks and _np_ok(sub_toks, max_len=np_len)):
                # "…, Anna Berg, a nurse, said" (and "…, Anna Berg, a nurse, and Piotr Nowak said")
                ns = self.trailing_named_source(toks, rstart, cs)
                if ns is not None:
                    sub_toks = [t for t in toks if ns <= t.start and t.end <= cs]
                    while sub_toks and sub_toks[-1].text == ",":
                        sub_toks = sub_toks[:-1]
                    content_end = text.rfind(",", rstart, ns)
            if (
                sub_toks
                and _np_ok(sub_toks, max_len=np_len)
                and content_end - rstart > 2
                and not described
                # ("Instead, she said, the data suggested …": a linking word is no content;
                # the clause after the aside is, read as "she said …")
                and not _LEAD_ADVERB_RE.fullmatch(text[rstart : content_end + 1].strip() + " ")
                # ("Rejecting the argument, the Court said:" + the quote: a fronted phrase
                # before a colon is no content, what follows the colon is)
                and not (
                    text[ce:uend].lstrip().startswith(":")
                    and (first_tok := next((t for t in toks if t.start >= rstart), None))
                    is not None
                    and (
                        first_tok.pos in ("IN", "VBG", "VBN")
                        or first_tok.lower in _FRONTING_SUBORDINATORS
                    )
                )
                # ("…, Low Water, sold to a publisher in an auction her agent has described";
                # but "…,” managing director Anjali Mehra said": a title)
                and (
                    sub_toks[0].pos not in ("VBN", "VBD", "VBG")
                    or (
                        len(sub_toks) > 2
                        and sub_toks[1].lower.rstrip(".") in _title_heads()[0]
                        and sub_toks[-1].text[:1].isupper()
                    )
                )
                # "…, below the $4.5 billion analysts had expected": a comparison with what
                # they expected, which the words before the comma are not
                and not (
                    (
                        sub_toks[0].pos in ("IN", "JJR", "RBR")
                        or sub_toks[0].lower in ("short", "above", "below", "ahead")
                    )
                    and sub_toks[0].text.islower()  # ("…,” From said": Al From)
                    # ("“…,” that diplomat said": a demonstrative after the quote)
                    and not (
                        sub_toks[0].lower in ("that", "this")
                        and len(sub_toks) == 2
                        and text[content_end - 1 : content_end] in '”"'
                    )
                )
            ):
                after = self.after_cue(ce, uend, lemma)
                rest = text[after["pos"] : uend]
                skipped = text[ce : after["pos"]]
                if "," in skipped and not re.search(r"\bthat\b", skipped):
                    rest = ", " + rest  # the comma skipped before a gerund ("..., adding")
                quoted = self.opens_clause_quote(rstart, content_end)
                if self.frame_tail_ok(rest) or quoted:
                    src = self.source_from_toks(sub_toks)
                    if src is not None and src.type != "pronoun":
                        # '“…,” one worker, who asked not to be named, said'
                        src = _anonymous_if_said(text, src, cs)
                    if src is not None:
                        st = self.make_trailer(
                            rstart,
                            content_end,
                            cs,
                            ce,
                            src,
                            sid,
                            consumed,
                            "content-source-said",
                            uend,
                            after,
                        )
                        return st
        # (c) "SOURCE said (that) CONTENT" — source before the cue
        if (
            self.lex.not_content is not None
            and self.lex.not_content.match(text, cs)
            and not (lemma == "post" and _CAPTION_RE.search(text, ce, uend))
        ):
            return []  # "who asked not to be named", "declined to comment": no content
        rstart = self.region_start(ustart, cs, consumed)
        left_text = text[rstart:cs]
        left_stripped = left_text.rstrip()
        src, ss, se, how = self.subject(toks, rstart, cs)
        if (
            src is not None
            and how == "subject"
            and gerund
            and left_stripped.endswith(",")
            and not made
            and any(
                _is_finite(t)
                for t in toks
                if rstart <= t.start and t.end <= (ss if ss >= 0 else cs)
            )
            and (
                # (the subject's own chunk holds no verb: "…, fuel depots and oil terminals,
                # arguing")
                not any(
                    _is_finite(t)
                    for t in toks
                    if text.rfind(",", rstart, ss if ss >= 0 else cs) < t.start and t.end <= cs
                )
                # "… have blocked the corridor since January 27, accusing …": the object of a
                # preposition is no subject
                or (self.pp_object(toks, ss) and re.fullmatch(r"\s*,\s*", text[se:cs]))
                # "Maddox disputed that account, saying …": a verb's object is no subject
                or (
                    not src.named
                    and re.fullmatch(r"\s*,\s*", text[se:cs])
                    and any(
                        _is_finite(t) and t.end <= ss
                        for t in toks
                        if rstart <= t.start
                        and not any(u.text == "," for u in toks if t.end <= u.start and u.end <= ss)
                    )
                )
            )
        ):
            # "Ukraine has targeted refineries, fuel depots and oil terminals, arguing …": the
            # gerund's subject is the clause's, not the list item before its comma
            own = self.opening_subject(toks, ustart, cs)
            first = next((t for t in toks if t.start >= ustart), None)
            pron = self.fronted_pronoun(toks, ustart, cs) or self.nearest_named_subject(
                toks, ustart, cs
            )
            if pron is not None:
                src, ss, se, how = pron
            elif own[0] is not None and first is not None and first.pos not in ("IN", "RB"):
                src, ss, se, how = own  # (not after a fronted phrase: "Outside the arena, …")
            elif self.pp_object(toks, ss) and re.fullmatch(r"\s*,\s*", text[se:cs]):
                # "Speaking at a town hall in Salem, Trump went after Bush, calling him …": the
                # sentence's subject, else no one named (not "since January 27, accusing …")
                sub = self.name_before_verb(toks, ustart, cs)
                if sub is not None:
                    src, ss, se = sub, sub.start, sub.end
                    how = "pronoun" if sub.type == "pronoun" else "subject"
                else:
                    src, ss, se, how = None, -1, -1, ""
        if src is None:
            # a gerund continuing the previous statement: ", saying ...", ", adding ..."
            if (
                made
                and not left_text.strip(" ,")
                and (
                    made[-1].method.startswith("relative")
                    # "Another, a recruiter who said …, wrote that …": the head noun's verb
                    or (
                        made[-1].source_end is not None
                        and made[-1].cue_start is not None
                        and re.fullmatch(
                            r"\s+who\s+", text[made[-1].source_end : made[-1].cue_start]
                        )
                        and left_text.strip() == ","
                    )
                )
            ):
                prev = made[-1]
                src = _Source(
                    prev.source, prev.source_type, prev.source_start, prev.source_end, prev.plural
                )
                named = (
                    _NAME_BEFORE_APPOSITIVE_RE.search(text, 0, prev.source_start)
                    if prev.source_start is not None and not prev.method.startswith("relative")
                    else None
                )
                if named and named.group(1).lower() not in _OTHER_SPEAKERS:
                    # "Mr. Guerrero, a Republican who described …, said": Guerrero
                    src = _describe(text, named.start(1), named.end(1)) or src
                how = "relative-main"
            elif (
                made
                and re.fullmatch(r"\s*,\s*who\s+", left_text)
                and made[-1].method.startswith("according-to")
                and made[-1].frame_end is not None
                and not text[made[-1].frame_end : rstart].strip(" ,")
            ):
                # "…, according to a police spokesman, who said …": the same source
                prev = made[-1]
                src = _Source(
                    prev.source, prev.source_type, prev.source_start, prev.source_end, prev.plural
                )
                how = "relative"
            elif (
                gerund
                and made
                and left_stripped.endswith(",")
                or (gerund and made and not left_text.strip(" ,"))
                # "“…,” she said, before adding that …"
                or (
                    gerund
                    and made
                    and re.fullmatch(r"\s*,\s*(?:before|after|then|and then)\s+", left_text)
                )
            ):
                prev = made[-1]
                src = _Source(prev.source, prev.source_type, None, None, prev.plural)
                how = "gerund"
                caller = (
                    _CALLER_RE.match(text, prev.start, prev.end)
                    if prev.kind == "indirect"
                    and prev.end <= cs
                    and not text[prev.end : cs].strip(" ,")
                    else None
                )
                named = _describe(text, *caller.span(1)) if caller is not None else None
                if named is not None and named.type not in ("pronoun", "unknown"):
                    # "He said his son had called him the night before, saying …": the
                    # caller's words, passed on by the one who took the call
                    src, caller_via = named, prev.source
                recalled = (
                    prev.cue is not None
                    and self.lex.verbs.get(prev.cue.lower(), ("",))[0] in ("recall", "remember")
                    and prev.start < cs
                    and not any(
                        _is_finite(t)
                        for t in self.toks_in(
                            prev.start, prev.start + len(text[prev.start : cs].split(",")[0])
                        )
                    )
                )
                actor = (
                    _describe(
                        text, prev.start, prev.start + len(text[prev.start : cs].split(",")[0])
                    )
                    if recalled
                    else None
                )
                if actor is not None and (
                    actor.type == "person" or actor.personal or not actor.named
                ):
                    # "She recalls one participant, a retired bus driver …, telling a study
                    # nurse: “…”": the one recalled speaks, she passes it on
                    src, caller_via = actor, prev.source
            elif gerund and (heard := _HEARD_RE.search(text[rstart:cs])):
                # "In the recording, a caller can be heard telling a dispatcher: “…”": the one
                # heard speaks
                src, ss, se, how = self.subject(toks, rstart, rstart + heard.start())
                if src is None:
                    return []
            else:
                src, ss, se, how = self.coordinated_subject(toks, rstart, cs)
                said = (
                    made[-1]
                    if src is None
                    and not gerund
                    and made
                    and made[-1].method == "according-to-final"
                    and made[-1].frame_end == rstart
                    # (the according-to phrase may run on: "figures kept by the committee")
                    and re.fullmatch(
                        r"[^,;:“”\"]{0,80}?,\s*and\s+(?:also\s+|then\s+|later\s+)?", left_text
                    )
                    else None
                )
                first = (
                    next(
                        (c for c in cues if c[4] == "speech" and said.start < c[1] < said.end),
                        None,
                    )
                    if said is not None
                    else None
                )
                if first is not None:
                    # "He said practices had received 17 referrals, according to figures
                    # compiled by his committee, and claimed …": the subject of the clause
                    # the according-to phrase closes, not the phrase
                    src, ss, se, how = self.opening_subject(toks, said.start, first[1])
                if (
                    src is None
                    and gerund
                    and (
                        left_stripped.endswith(",")
                        # "Helen Dykes tabled a question last week asking whether …"
                        or any(_is_finite(t) for t in toks if rstart <= t.start < cs)
                    )
                ):
                    src, ss, se, how = (
                        self.fronted_pronoun(toks, ustart, cs)
                        or self.nearest_named_subject(toks, ustart, cs)
                        or self.opening_subject(toks, ustart, cs)
                    )
                    span = (
                        self.sentence_subject(ustart, cs)
                        if src is None
                        and left_stripped.endswith(",")
                        and not any(a <= ustart < b for a, b in self.headline_spans)
                        else None
                    )
                    named = _describe(text, *span) if span is not None else None
                    if (
                        named is not None
                        and named.named
                        and (named.type == "person" or named.personal)
                        and not _is_place(named.name)
                    ):
                        # "In October, Judge Margaret Ellison denied the motion, writing that
                        # …": the person opening the clause after a fronted phrase
                        src, ss, se, how = named, span[0], span[1], "subject"
                doc = (
                    _DOCUMENT_SUBJECT_RE.fullmatch(left_text)
                    if src is None and not gerund
                    else None
                )
                issuer = self.document_issuer(doc.group(1).lower(), cs) if doc else None
                if issuer is not None:
                    # "The Assembly served an impeachment notice on …. The notice, signed by
                    # 17 lawmakers, accused …": the body that served it (a notice is read as
                    # a sign otherwise)
                    src, ss, se, how = issuer, -1, -1, "document"
                    document = doc.group(1).lower()
                if src is None:
                    return []
        after = self.after_cue(ce, uend, lemma)
        c_start = after["pos"]
        # content ends at a coordinated speech cue ("said X and vowed Y") or the unit's end
        c_end = uend
        nxt = None
        for k2, cs2, ce2, lemma2, kind2 in cues:
            if (
                kind2 == "evidence"
                and (src.type in ("person", "pronoun") or src.personal)
                and not re.match(r"\s+that\b", text[ce2 : ce2 + 6])
                and re.search(r"\bthat\s*$", text[ce:c_start])
            ):
                continue  # "told CBC News that he had toured the shelter and found conditions
                # there “not acceptable”": the finding is part of what he said
            if cs2 > c_start and kind2 not in ("according", "nested"):
                between = text[c_start:cs2]
                mm = re.search(r",?\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$", between)
                if mm is None and text[cs2:ce2].lower().endswith("ing"):
                    # "described the risks as “broadly balanced”, while cautioning that …"
                    mm = re.search(r",\s+(?:while|whilst)\s+(?:also\s+)?$", between)
                    if mm is not None and re.search(r"\bthat\s*$", between[: mm.start()]):
                        mm = None  # ("a statement that, while condemning violence, accused …")
                if (
                    mm
                    and "," not in mm.group()
                    and re.match(r"\s+(?:about|by|over|with|at)\b", text[ce2 : ce2 + 8])
                    and re.search(
                        r"\b(?:was|were|is|are|been|felt|feels|seemed)\s+\w+$",
                        between[: mm.start()],
                    )
                ):
                    continue  # "anyone who was pregnant and worried about their birth plan
                    # should …": a feeling coordinated with an adjective, no second cue
                if mm and not self.in_quote(cs2):
                    c_end = c_start + mm.start()
                    nxt = (k2, cs2, ce2, lemma2, kind2)
                    break
        c_end = self.clause_end(c_start, c_end, cues)
        learnt = _OUTLET_LEARNT_RE.search(text, c_start, c_end)
        if learnt is not None:
            c_end = learnt.start()  # "…, The PUNCH learnt.": how the outlet knows, no content
        if lemma == "describe":
            named = re.compile(r"\bas\s+[“\"][^“”\"]{1,120}[”\"]").search(text, c_start, c_end)
            if named is not None and re.match(
                r",?\s+[a-z]+\s+(?:that|which)\s", text[named.end() : c_end]
            ):
                # "It describes stocks as “tight but not critical,” language that two board
                # members said contradicted …": the description ends with its quote
                c_end = named.end()
        frame = _CLOSING_FRAME_RE.search(text, c_start, c_end) if kind == "speech" else None
        if frame is not None and (
            self.in_quote(frame.start())
            or (frame.group("ger") and frame.group("ger").lower() in self.lex.verbs)
        ):
            frame = None  # (", the company said, adding that …": a second statement)
        if frame is not None:
            c_end = frame.start()  # "The chief had said the plan was dead, one aide said.":
            # the closing frame is another speaker's (made below), not part of the content
        if how == "relative" or (ss >= 0 and text[ss : ss + 6].lower() == "whose "):
            # "Hale, who argued in his opening statement that X, returned to the theme" (or
            # "The Greens, whose leader said X, voted …"): the relative clause closes at the
            # comma before the main clause's verb
            which = ss >= 0 and re.search(
                r"\b(?:which|whom)\s+(?:(?:the|a|an|its|his|her|their)\s+)?$",
                text[max(0, ss - 14) : ss],
            )
            for t in self.toks_in(c_start, c_end):
                if t.text == "," and not self.in_quote(t.start):
                    following = self.toks_in(t.end, c_end)[:1]
                    if following and (
                        (_is_finite(following[0]) and following[0].lower not in _AUX)
                        # ("The plan, which the minister called “essential”, was dropped")
                        or (
                            which
                            and (
                                _is_finite(following[0])
                                or following[0].lower in _AUX
                                or following[0].pos in ("VBD", "VBN", "MD")
                            )
                        )
                    ):
                        c_end = t.start
                        break
        if ss >= 0 and _SUBORDINATOR_RE.search(text[rstart:ss]):
            # "Before the union announced the strike, it said ...": the fronted clause ends at
            # its comma, the main clause is another statement
            comma = next(
                (
                    t.start
                    for t in self.toks_in(c_start, c_end)
                    if t.text == ","
                    and not self.in_quote(t.start)
                    and not re.match(r"\d,\d", text[t.start - 1 : t.start + 2])  # ("Sh50,000")
                ),
                None,
            )
            if comma is not None:
                c_end = comma
        c_start, c_end = self.trim(c_start, c_end)
        if (
            c_end - c_start < 2
            or not re.search(r"\w", text[c_start:c_end])
            # ("“…?” Mr Warraich asked while addressing the protesters.": when, not what)
            or re.fullmatch(_CIRCUMSTANCE_GERUND + r"[^,;:“”\"]*", text[c_start:c_end])
        ):
            # '“...!” Murphy, the group's head, tweeted.': the quote just before has its speaker
            prev = [s for s in self.out if s.end <= ustart and s.kind == "direct"]
            if (
                prev
                and how in ("subject", "pronoun")
                and not text[prev[-1].end : ustart].strip()
                and "\n" not in text[prev[-1].end : ustart]  # (a new paragraph: another matter)
                and not re.search(r"\b(?:not|never|declined|refused)\b|n[’']t\b", text[ustart:cs])
            ):
                q = prev[-1]
                if q.method in ("unattributed-quote", "quote-continuation"):
                    q.attributed_to(src)
                    q.cue, q.cue_start, q.cue_end = text[cs:ce], cs, ce
                    q.method, q.confidence = "quote-then-speaker", 0.7
                    q.frame_end = uend
                    if src.type == "pronoun":
                        self.resolve(q, src)
                    self.issues = [i for i in self.issues if i[0] != q.start]
                    consumed.append((ustart, uend))
            return []
        if how == "subject" and ss >= 0:
            gap = self.gapped_source(toks, ss, cs, c_start)
            if gap is not None:
                src, ss, se = gap
                rstart = ss  # the content does not reach back over the head noun
                ctoks = [t for t in toks if c_start <= t.start < c_end]
                own_verb = next(
                    (
                        t
                        for n, t in enumerate(ctoks)
                        if n > 1
                        and (t.pos == "MD" or t.pos in ("VBD", "VBZ", "VBP"))
                        and ctoks[n - 1].pos in ("NN", "NNS", "NNP", "NNPS")
                        and not any(x.lower in _RELATIVE | {"and", "or", "but"} for x in ctoks[:n])
                        and not any(x.text in ',;:“”"' for x in ctoks[:n])
                    ),
                    None,
                )
                if own_verb is not None:  # "An Ipswich man police allege was the driver behind
                    # the raids will stay behind bars": the head noun's own verb ends the clause
                    c_end = self.trim(c_start, own_verb.start)[1]
        if ss > rstart and text[c_start] != "“":
            # "The plan, Ms Carr said, was doomed": the content's subject comes before the
            # source, and the content after the cue goes on with its verb
            head = [t for t in toks if rstart <= t.start and t.end <= ss]
            while head and head[-1].lower in _DETERMINERS:
                head = head[:-1]  # "the" of "the minister added"
            after_cue = [t for t in toks if t.start >= c_start][:2]
            first = after_cue[0] if after_cue else None
            adverb = first is not None and first.pos == "RB" and len(after_cue) > 1
            if adverb:
                first = after_cue[1]  # "Parties facing voters, she noted, rarely volunteer …"
            if (
                head
                and head[-1].text == ","
                and first is not None
                and (_is_finite(first) or (adverb and first.pos in ("NN", "VB")))
                and 1 < len(head) <= 12
                and not any(_is_finite(t) or t.text in ',;:“”"' for t in head[:-1])
            ):
                c_start = head[0].start
        cap = _CAPTION_RE.search(text, c_start, c_end) if lemma == "post" else None
        if cap:  # "posted a photo of himself … with the caption “Minor setback.”": the caption
            c_start = cap.end()
        if lemma == "warn" and re.match(r"of\s+[\w“\"‘]", text[c_start:c_end]):
            c_start = self.skip_ws(c_start + 2, c_end)  # "warned of storm surges": the danger
        kind_out = self.content_kind(c_start, c_end, "indirect")
        if (
            kind_out != "direct"
            and re.match(
                r"(?:by|at(?!\s+(?:least|most|the\s+(?:very\s+)?least)\b)|from|with|about(?!\s+(?:\d|half|a\s+(?:third|quarter|dozen|hundred|thousand|million)|one|two|three|four|five|six|seven|eight|nine|ten|a\s+\w+\s+of))|of|into|against)\b",
                text[c_start:c_end],
            )
            and not (
                re.search(r"\bthat\s*$", text[ce:c_start])
                # (but "He recalled that at their first session, she told him …" is her
                # telling, which the rules read as its own statement)
                and not any(
                    c_start < c[1] < c_end
                    and c[4] == "speech"
                    and re.search(r",\s*(?:he|she|they|[A-Z][\w’'-]+)\s+$", text[c_start : c[1]])
                    for c in cues
                )
            )
        ):
            # ("he estimates that at the roughly £600 per test …, screening would cost": a
            # that-clause opening with a phrase)
            return []  # "was described by ...", "wrote at ...": no reported content follows
        if (
            kind_out != "direct"
            and ustart not in self.headlines  # ("Cruz Refuses to Disavow Graham Endorsement")
            and re.fullmatch(
                r"to\s+(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3}",
                text[c_start:c_end],
            )
        ):
            return []  # "a point Feinstein also acknowledged to Bloomberg": only the audience
        audience = re.fullmatch(
            r"to\s+(?:(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?)?"
            r"([a-z]+)(?:\s+(?:on|last|this|late|early|earlier|in)\s+\w+(?:\s+\w+)?)?",
            text[c_start:c_end].strip(),
        )
        if (
            kind_out != "direct"
            and audience is not None
            and (
                audience.group(1) in _AUDIENCE_NOUNS
                or _is_human(re.sub(r"(?<=[^s])s$", "", audience.group(1)))  # ("reporters")
            )
        ):
            return []  # "Several musicians complained to the paper.": the audience, no content
        if _no_claim(text, cs, c_start, c_end, direct=kind_out == "direct"):
            return []  # a profile's words, a relative clause with no content, a "so-called" term
        if lemma == "dub" or (
            lemma == "call"
            and re.search(r"\bwhom\s+(?:[\w’'-]+\s+){1,4}$", text[max(0, cs - 50) : cs])
        ):
            return []  # "Commuter forums had dubbed the line the “Metro Tunnel of Doom”", "the
            # rapporteur, whom some deputies mockingly call “Monsieur 49.3,”": a name
        if (
            lemma == "call"  # ("dub" has returned above)
            and not text[cs:ce].lower().endswith("ed")
            and _GENERIC_NAMERS_RE.search(text, max(0, cs - 40), cs)
        ):
            return []  # "over what rivals call a “cloud tax”": a name for a thing, no claim
        if lemma == "call" and re.search(
            r"\b(?:against|over|about|of|on|at|to|with|for|from|by)\s+what\s+(?:it|they|he|she)\s+$",
            text[max(0, cs - 40) : cs],
        ):
            return []  # "in protest against what they called a “hurried” process", "a campaign
            # against what it called the “heating hammer”": a label in passing, as above
        if (
            lemma == "tell"
            and kind_out != "direct"
            and text[ce - 4 : ce].lower() == "told"
            and not text[ce:c_start].strip()  # ("told Jeb Bush to quiet down": an order given)
            and re.match(
                r"to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|[A-Z])[a-z]+\b", text[c_start:c_end]
            )
        ):
            return []  # "Lismore residents told to leave": an order received, no speech
        if (
            lemma == "warn"
            and kind_out != "direct"
            and re.match(r"(?:[\w’'-]+\s+){1,3}?(?:not\s+)?to\s+[a-z]", text[c_start:c_end])
            and not any(
                _is_finite(t) and t.lower not in ("not", "n't", "n’t")
                for t in self.toks_in(c_start, c_end)
            )
        ):
            return []  # "her landlord had warned tenants not to talk to reporters": an order
        if (
            lemma == "tell"
            and kind_out != "direct"
            and re.match(
                r"(?:the|his|her|their|its)\s+[^,;:“”\"]{1,40},\s+(?:[A-Z][\w’'.-]+\s+){0,3}"
                r"[A-Z][\w’'-]+,\s+to\s+(?!the\b|a\b|an\b)[a-z]+\b",
                text[c_start:c_end],
            )
        ):
            return []  # "told the family's barrister, Nadia Bowes, to confine her questions":
            # an order given to the one named
        if (
            lemma == "tell"
            and re.match(r"\s*(?:the|a|an|its|their)\s+(?:\w+\s+)?(?:story|tale)\b", text[ce:c_end])
            and src.type not in ("person", "anonymous", "pronoun")
            and not src.personal
            and not _is_human(src.name.split()[-1].lower())
        ):
            return []  # "The numbers told the story of a side that …": a figure of speech
        if lemma == "put" and re.fullmatch(
            r"(?:(?:more|most|less|rather|even|very|so)\s+)?\w+ly|(?:it\s+)?this\s+way|differently",
            text[c_start:c_end].strip(),
        ):
            return []  # "Theo Lind put it more bluntly": how, not what (the quote follows)
        if (
            lemma == "add"
            and kind_out == "indirect"
            and re.match(r"to\s+(?!reporters\b|journalists\b)[a-z]", text[c_start:c_end])
        ):
            return []  # "The findings add to growing evidence that …": no words added
        if (
            lemma == "add"
            and kind_out == "indirect"
            and not re.search(r"\bthat\b", text[ce:c_start])
            and not self.first_clause_has_verb(c_start, c_end)
        ):
            return []  # "the delay would add $90 million to the cost": a sum, not speech
        if (
            lemma == "report"
            and kind_out == "indirect"
            and not re.search(r"\bthat\b", text[ce:c_start])
            and re.match(
                r"(?:damage|injur|fault|defect|crack|leak|problem|theft|crash|incident|symptom|sighting)",
                text[c_start:c_end],
            )
            and not self.first_clause_has_verb(c_start, c_end)
        ):
            return []  # "after a colleague reported damage to it": a fault reported, no words
        if (
            lemma == "answer"
            and kind_out == "indirect"
            and re.match(r"(?:\d[\d,]*|all|most|some|many|none|half)\s+of\b", text[c_start:c_end])
            and not self.first_clause_has_verb(c_start, c_end)
        ):
            return []  # "She has answered 140 of them" (pager calls): how many, not what was
            # said (PolNeAR keeps "answering general questions from the media")
        if (
            lemma == "find"
            and kind_out == "indirect"
            and not re.search(r"\bthat\b", text[ce:c_start])
        ):
            found = text[c_start:c_end]
            if re.match(
                r"(?:an?|(?:his|her|their|its)(?:\s+new)?)\s+[\w-]+\s+in\s", found
            ) and not self.first_clause_has_verb(c_start, c_end):
                return []  # "the left-hander found an ally in Sooklal", "found a bomb in the
                # car": something got or come upon, no finding stated
            if (
                len(found.split()) <= 4
                and re.match(r"(?:(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+)?[A-Z]|(?:him|her|them)\b", found)
                and not self.first_clause_has_verb(c_start, c_end)
            ):
                return []  # "Bethany Moore, who found Mr Whitfield, said …": someone come upon
            if (
                re.match(r"[a-z]+(?:ing|ful|ous|ive|ible|able|ic|al)?\s*(?:[,.;]|$)", found)
                and (first_tok := next(iter(self.toks_in(c_start, c_end)), None)) is not None
                and first_tok.pos in ("JJ", "VBG")
            ):
                return []  # "a name she privately found mortifying, …": a feeling, no finding
        if (
            lemma == "maintain"
            and kind_out == "indirect"
            and not re.search(r"\bthat\b", text[ce:c_start])
            and not self.first_clause_has_verb(c_start, c_end)
            and not re.match(
                r"(?:his|her|their|its)\s+(?:\w+\s+)?(?:innocence|position|stance|view|line"
                r"|claim|denial|opposition|support)\b",
                text[c_start:c_end],
            )
        ):
            return []  # "The company maintained its annual dividend forecast", "Clinton
            # maintains a wide lead": something kept, no claim (not "maintained his innocence")
        if (
            lemma == "continue"
            and kind_out == "indirect"
            and not re.search(r"\bthat\b", text[ce:c_start])
        ):
            return []  # "Shelling continued overnight": speech only before a quote
        when = _ONLY_TIME_RE.match(text, c_start, c_end)
        if (
            kind_out != "direct"
            and when is not None
            and re.fullmatch(r"(?:\s*,\s*\w+ing\b.*)?", text[when.end() : c_end], re.S)
        ):
            return []  # "Varma responded a few hours later, posting …": when, not what
        if when is not None and re.match(r"\s*[,:]?\s*[“\"]", text[when.end() : c_end]):
            c_start = self.skip_ws(when.end(), c_end, " \t\n,:")  # "He said later, “…”"
            kind_out = self.content_kind(c_start, c_end, "indirect")
        if kind_out == "direct":
            q = self.quote_at(c_start)
            if q:
                c_start, c_end = q
        conf = {"subject": 0.8, "pronoun": 0.65, "relative": 0.7, "gerund": 0.7}.get(how, 0.6)
        if kind in ("cognition", "stance"):
            conf -= 0.15
        st = _Stmt.by(
            src,
            c_start,
            c_end,
            kind_out,
            cue=text[cs:ce],
            cue_start=cs,
            cue_end=ce,
            reported_to=after.get("to"),
            # "In a televised statement, the minister said": a channel before the source too
            channel=after.get("channel") or self.channel_in(rstart, ss if ss >= 0 else cs)[0],
            confidence=round(conf, 2),
            method=f"{how}-{_cue_class(lemma, kind)}-content",
            sent_id=sid,
        )
        if src.type == "pronoun":
            self.resolve(st, src)
        elif src.name.lower() in _BARE_QUANTIFIERS:
            self.quantified_group(st)
        if how == "gerund":
            st.source_start = st.source_end = None
            st.via = caller_via
        if document is not None:
            st.channel = st.channel or document
        consumed.append((min(ss if ss >= 0 else cs, cs), c_end))
        st.frame_start, st.frame_end = self.discourse_back(rstart, consumed[-1][0]), c_end
        out = [st]
        teller = (
            _describe(text, frame.start("src"), frame.end("src"))
            if frame is not None and frame.start() == c_end
            else None
        )
        if teller is not None and teller.name.lower() in ("he", "she"):
            teller = replace(teller, type="pronoun")
        if teller is not None and ss >= 0 and (teller.type != "pronoun" or src.type != "pronoun"):
            # the closing frame's speaker says the whole clause; the first speaker's words
            # are relayed by them
            det = re.search(r"\b(?:[Tt]he|[Aa]n?)\s+$", text[max(0, ss - 5) : ss])
            outer = _Stmt.by(
                _anonymous_if_said(text, teller, frame.start("cue")),
                ss - len(det.group()) if det else ss,
                c_end,
                "indirect",
                cue=frame.group("cue"),
                cue_start=frame.start("cue"),
                cue_end=frame.end("cue"),
                confidence=0.6,
                method="closing-frame",
                sent_id=sid,
            )
            if teller.type == "pronoun":  # "The council had told staff …, he said."
                self.resolve(outer, teller)
            st.via = outer.source
            consumed.append((ss, frame.end()))
            out.append(outer)
        if nxt is not None:
            # the coordinated cue shares the subject
            k2, cs2, ce2, lemma2, kind2 = nxt
            vetoed = self.lex.not_content is not None and self.lex.not_content.match(text, cs2)
            st2 = None if vetoed else self.second_cue(st, cs2, ce2, lemma2, uend, conf, consumed)
            if st2 is not None and lemma in ("recall", "remember") and kind2 == "speech":
                # "She recalled that a graduate student, Kenta Morioka, walked into her office
                # … and said: “…”": the one the recollection is about speaks, she relays
                actor = self.recalled_actor(st)
                if actor is not None:
                    st2.attributed_to(actor)
                    st2.via = st.source
                    st2.method = "recalled-actor-cue"
            if st2 is not None:
                out.append(st2)
        return out

    def recalled_actor(self, st: _Stmt) -> _Source | None:
        """The person a recollection's content opens with, when a verb of action (no speech)
        follows it: "a graduate student in her lab, Kenta Morioka, walked into her office"."""
        toks = self.toks_in(st.start, st.end)
        k = next(
            (
                n
                for n, t in enumerate(toks)
                # the verb after a name's closing comma ("…, Bilal Haddad, burst …"; the
                # tagger may call "burst" a noun), else the first finite verb
                if n >= 3
                and toks[n - 1].text == ","
                and toks[n - 2].text[:1].isupper()
                and t.text[:1].islower()
                and (t.pos.startswith("VB") or t.pos == "NN")
            ),
            None,
        )
        if k is None:
            k = next((n for n, t in enumerate(toks) if _is_finite(t)), None)
        if k is None or k == 0 or toks[k].lower in self.lex.verbs or toks[k].lower in _AUX:
            return None
        src = _describe(self.text, toks[0].start, toks[k - 1].end)
        if src is None or not src.named or src.type != "person" or src.name == st.source:
            return None
        return src

    def clause_end(self, c_start: int, c_end: int, cues) -> int:
        """Cut an indirect content before ', but/however/while ...' or ', <cue>' (outside quotes)."""
        seg = self.text[c_start:c_end]
        skip_to = c_start
        for m in _CLAUSE_CUT_RE.finditer(seg):
            pos = c_start + m.start()
            if pos < skip_to or self.in_quote(pos):
                continue
            if m.group().endswith("which"):
                inner = self.subject_relative_end(c_start, pos, c_end)
                if inner is not None:
                    skip_to = inner  # "the group, which captured ..., had taken": all content
                    continue
            if m.group().strip() in "—–" and re.search(r"\s[—–]\s", seg[m.end() :]):
                continue  # a parenthetical between dashes stays inside
            nxt = self.toks_in(c_start + m.end(), c_end)[:1]
            if (
                nxt
                and (nxt[0].pos.startswith(("VB", "MD")) or nxt[0].lower in _AUX)
                and not m.group().endswith("which")
            ):
                continue  # "..., but couldn't provide ...": the same subject goes on
            if m.group().rstrip().endswith("but") and nxt and nxt[0].lower == "that":
                continue  # "said X, but that Y": the same speech verb goes on
            return pos
        for _k, cs2, _ce2, _l, kind2 in cues:
            if c_start < cs2 < c_end and kind2 != "nested" and not self.in_quote(cs2):
                between = self.text[c_start:cs2]
                mm = re.search(r",\s*$", between)
                if mm and re.search(r",\s+(?:who|which|whose)\s[^,]*,\s*$", between):
                    continue  # "the employee, who is cooperating with them, reported ...": the
                    # relative clause closes, the content goes on
                if mm and re.search(
                    r",\s+(?:if|when|though|although|once|unless)\s+[^,]{1,30},\s*$", between
                ):
                    continue  # "the memo, if authentic, showed that …": a parenthetical
                    # condition closes, the content goes on
                if mm and re.search(r",\s+[\d.,]+\s*(?:%|percent|per\s+cent)?\s*,\s*$", between):
                    continue  # "a narrow majority of Socialist voters, 54%, want …": a figure
                    # in apposition closes, the content goes on
                if mm:
                    return c_start + mm.start()
                mm = re.search(r",[”\"]\s*$", between)
                if mm:  # '... “a quote,” adding, ...': keep the closing mark
                    return c_start + mm.start() + 2
                # "…, with one TD describing the mood as “grim”": another speaker's gerund
                mw = re.search(r",\s+with\s+[^,;“”\"]{1,60}$", between)
                if mw and kind2 == "speech" and self.text[cs2:_ce2].lower().endswith("ing"):
                    return c_start + mw.start()
                # "..., and more than half said ...": a new subject after a conjunction (not
                # "heard Monroe and a man arguing": a gerund after an object)
                # (also "…, after lawmakers complained that …": a later clause's own speaker)
                # (and "…, as lawmakers from across the camp accused officials of …")
                conj = list(
                    re.finditer(
                        r",?\s+(?:and|but|while|(after))\s+|,\s+(as)\s+(?!well\s+as\b)", between
                    )
                )
                if conj and not (
                    self.text[cs2:_ce2].lower().endswith("ing")
                    and (
                        re.search(r"\b(?:heard|saw|seen|watched|noticed|spotted)\b", between)
                        # ("write to the Health and Disability Commissioner asking for …")
                        or re.search(r"\b[A-Z][\w’'-]*\s+(?:and|&)\s+[A-Z][^,]*$", between)
                    )
                ):
                    subj = between[conj[-1].end() :]
                    if 0 < len(_WORD_RE.findall(subj)) <= 8 and not re.search(r"[“”\",;]", subj):
                        subj_toks = self.toks_in(c_start + conj[-1].end(), cs2)
                        if (conj[-1].group(1) or conj[-1].group(2)) and (
                            subj_toks[0].pos in ("PRP", "VBG") or subj_toks[0].lower in _PRONOUNS
                        ):
                            continue  # ("… after he said", "after having slammed")
                        if re.search(
                            r"\bthat\s*$", self.text[max(0, c_start - 8) : c_start]
                        ) and not any(
                            _is_finite(t) or (k and head[k - 1].pos == "PRP" and t.pos == "NNS")
                            for head in [self.toks_in(c_start, c_start + conj[-1].start())]
                            for k, t in enumerate(head)
                        ):
                            continue  # "wrote that the title, history and text of the law
                            # showed …": the content's own subject, no clause before it
                        if _np_ok(subj_toks) or (
                            # "…, while another said …", "… and others said …"
                            len(subj_toks) == 1 and subj_toks[0].lower in _OTHER_SPEAKERS
                        ):
                            return c_start + conj[-1].start()
        return c_end

    def subject_relative_end(self, c_start: int, pos: int, c_end: int) -> int | None:
        """End of a non-restrictive ', which ...,' clause on the content's subject: no finite
        verb between the content's start and the clause, and the content's own finite verb
        right after the clause's closing comma. None when the clause is not such."""
        before = self.toks_in(c_start, pos)
        that = [
            k
            for k, t in enumerate(before)
            if t.lower == "that" and k and before[k - 1].lower in ("and", "but")
        ]
        if that:
            before = before[that[-1] + 1 :]  # "X was … and that core inflation, which …,
            # had remained …": the second that-clause's own subject
        if any(_is_finite(t) and not _is_possessive(before, k) for k, t in enumerate(before)):
            return None  # the content's verb came first: the clause comments on it
        for t in self.toks_in(pos + 1, c_end):
            if t.text in ",;:—–" or t.text in QUOTE_CHARS:
                if t.text != ",":
                    return None
                nxt = self.toks_in(t.end, c_end)[:2]
                if nxt and nxt[0].text in QUOTE_CHARS:
                    nxt = nxt[1:]  # "rules, which are pegged to …, “may underestimate …”"
                if nxt and (
                    _is_finite(nxt[0])
                    # ("…, reached 4.6 million tons": a past tense the tagger calls VBN)
                    or (
                        nxt[0].pos == "VBN"
                        and nxt[0].lower.endswith("ed")
                        and len(nxt) > 1
                        and nxt[1].pos == "CD"
                    )
                ):
                    return t.end
                if nxt and nxt[0].pos in ("IN", "TO") and nxt[0].lower not in _CLAUSE_OPENERS:
                    continue  # "the route, which runs from China through Kazakhstan, across
                    # the Caspian Sea …, reached": the clause's own phrases go on
                return None
        return None

    def coordinated_subject(self, toks, rstart: int, cs: int):
        """'The senator survived ... and says X': the subject opening the sentence."""
        before = [t for t in toks if rstart <= t.start and t.end <= cs]
        while (
            before
            and _before_cue(before[-1])
            and not (before[-1].lower == "then" and len(before) > 1 and before[-2].text == ",")
        ):
            before = before[:-1]
        if len(before) > 1 and before[-1].lower == "then" and before[-2].text == ",":
            before = before[:-1]  # "She pauses for a long time, then admits …": ", then" joins
        elif not before or before[-1].lower not in ("and", "but"):
            return None, -1, -1, ""  # ("declined to give details but said ...")
        if len(before) == 1:
            q = next((q for q in self.quotes if 0 <= rstart - q[1] <= 3 and q[0] < rstart), None)
            i = bisect_right(self.sent_starts, q[0]) - 1 if q is not None else -1
            if q is not None and i >= 0 and self.sent_starts[i] < q[0]:
                # "The CFDT welcomed “a step in the right direction,” but said …": the subject
                # before the quote the first verb took
                src, ss, se, how = self.opening_subject(toks, self.sent_starts[i], q[0])
                if (
                    src is not None
                    and how != "pronoun"
                    # (a subject and its verb before the quote: not "The Rove ad hits
                    # Clinton for taking “…”", read as one phrase)
                    and 1 <= len(self.text[se : q[0]].split()) <= 3
                ):
                    return src, ss, se, "coordinated-subject"
        comma = next((n for n, t in enumerate(before[:5]) if t.text == ","), None)
        if (
            comma
            and before[0].lower in ("around", "behind", "outside", "inside", "beside", "near")
            and comma + 1 < len(before)
            and before[comma + 1].pos in ("NNS", "NN", "DT", "NNP", "CD")
        ):
            # "Around him, traders waved twigs and chanted …": the traders, after the place
            before = before[comma + 1 :]
            rstart = before[0].start
        # "Spain's environment minister, Teresa Ruiz, visited ... and promised": the subject
        # read as at the opening of a sentence (possessive, appositive)
        src, ss, se, how = self.opening_subject(toks, rstart, cs)
        if src is not None:
            return src, ss, se, how if how == "pronoun" else "coordinated-subject"
        span = self.sentence_subject(rstart, cs)  # "On Monday, Governor Ann Lee thanked ... and"
        if span is not None:
            src = _describe(self.text, *span)
            if src is not None and src.named:
                return src, src.start, src.end, "coordinated-subject"
        head = []
        i = bisect_right(self.sent_starts, before[0].start) - 1
        opens = i >= 0 and self.sent_starts[i] == before[0].start  # (the sentence's first word)
        fronted = False
        for t in before:
            if (
                t.text == ","
                and opens
                and head
                and head[0] is before[0]
                and (head[0].pos == "IN" or head[0].lower in _FRONTING_SUBORDINATORS)
            ):
                head = []  # "After the second one, the district engineer called me and said":
                opens, fronted = False, True  # a fronted phrase, then the subject
                continue
            if _is_finite(t) or t.text == "," or (fronted and t.pos.startswith("VB")):
                break
            head.append(t)
        if len(head) == len(before):
            return None, -1, -1, ""  # (no verb before the cue: no clause, no subject)
        while len(head) > 1 and head[-1].pos in ("RB", "DT", "CC"):
            head = head[:-1]  # "Manafort all but begged": Manafort
        while head and head[0].lower in self.lex.discourse:
            head = head[1:]
        if (
            not head
            or not _np_ok(head)
            or (
                head[0].pos == "VBG"
                and len(head) > 1
                and head[1].pos in ("IN", "DT", "TO", "PRP", "PRP$", "WDT")
            )
        ):
            return None, -1, -1, ""  # ("While saying that he …, he … and made clear": no noun)
        if len(head) == 1 and head[0].lower in _PRONOUNS:
            t = head[0]
            return _Source(t.text, "pronoun", t.start, t.end), t.start, t.end, "pronoun"
        src = _describe(self.text, head[0].start, head[-1].end)
        if src is None:
            return None, -1, -1, ""
        return src, src.start, src.end, "coordinated-subject"

    def who_antecedent(
        self, chunks: list[list[_Tok]], prev: list[_Tok], ante: list[_Tok]
    ) -> list[_Tok]:
        """The person a "who" after the comma chunk ``prev`` stands for, given the noun phrase
        ``ante`` ending it: not a place after a person word ("a pensioner from Thabong-Wes,
        who said": the pensioner), and the name a role describes ("Mmaditaba Sekhonyana, a
        67-year-old pensioner from Thabong-Wes, who said": Mmaditaba Sekhonyana)."""
        i = next((n for n, t in enumerate(prev) if t is ante[0]), None)
        if (
            i is not None
            and i >= 2
            and prev[i - 1].lower in ("from", "in", "at")
            and self.person_word(prev[i - 2].lower)
        ):
            ante = self.np_suffix(prev[: i - 1], prep=True) or ante  # the person, not
            # where they are from
        bare = bool(prev) and prev[0].lower not in ("a", "an", "the") and prev[0].text.islower()
        run = []  # the role's noun run: "a marine biologist at …" (biologist)
        for t in prev[0:4] if bare else prev[1:5]:
            if not (t.pos.startswith(("NN", "JJ")) or t.pos == "VBG"):
                break
            run.append(t)
        head = next((t for t in reversed(run) if t.pos.startswith("NN")), None)
        if (
            ante
            and len(chunks) >= 3
            # ("Omar Haddad, managing director of Dubai brokerage Keystone Homes, who said")
            and (prev[0].lower in ("a", "an", "the") or bare)
            and (
                self.person_word(self.text[ante[0].start : ante[-1].end])
                # ("Judy Kwok, a lawmaker from the Democratic Alliance for the Betterment and
                # Progress of Hong Kong (DAB), who said": the role's head, not the party)
                or (head is not None and self.person_word(head.lower))
            )
        ):
            name = chunks[-3]
            k = len(name)
            while (
                k > 0
                and name[k - 1].text[:1].isupper()
                # ("Judy Kwok Wai-ling": a hyphenated part the tagger calls an adjective)
                and (name[k - 1].pos.startswith("NNP") or "-" in name[k - 1].text)
            ):
                k -= 1
            span = self.text[name[k].start : name[-1].end] if k < len(name) else ""
            if _PERSON_NAME_RE.fullmatch(span):
                return name[k:]
        return ante

    def name_before_verb(self, toks: list[_Tok], ustart: int, cs: int) -> _Source | None:
        """The named person right before the last finite verb ahead of ``cs``, after a comma or
        at the clause's start ("Speaking at a town hall in Salem, New Hampshire, Trump went
        after Bush, calling him …": Trump), or a "he"/"she" there; None when neither stands
        there."""
        before = [t for t in toks if ustart <= t.start and t.end <= cs]
        verb = max((n for n, t in enumerate(before) if _is_finite(t)), default=None)
        if verb is None:
            return None
        if verb > 0 and before[verb - 1].lower in ("he", "she"):
            t = before[verb - 1]  # "… in which he continued his assault on Mr. Bush, mocking"
            return _Source(t.text, "pronoun", t.start, t.end)
        run = verb
        while run > 0 and before[run - 1].pos in ("NNP", "NNPS"):
            run -= 1
        if run == verb or (run > 0 and before[run - 1].text != ","):
            return None
        src = _describe(self.text, before[run].start, before[verb - 1].end)
        if (
            src is None
            or not src.named
            or not (src.type == "person" or src.personal)
            or _is_place(src.name)
        ):
            return None
        return src

    @staticmethod
    def person_word(phrase: str) -> bool:
        """Does ``phrase`` name a person by a person word or a role ("pensioner", "cleaner")?"""
        return _is_human(phrase) or bool(_appositive_role(phrase))

    @staticmethod
    def pp_object(toks: list[_Tok], ss: int) -> bool:
        """Does a preposition stand right before the phrase at ``ss`` ("since January 27")?"""
        prev = [t for t in toks if t.end <= ss]
        return bool(prev) and prev[-1].pos in ("IN", "TO") and prev[-1].lower not in ("that",)

    def nearest_named_subject(self, toks, ustart: int, cs: int):
        """The named person right before the last finite verb ahead of a comma gerund at
        ``cs``: "The deal comes five months after Judge Margaret Ellison denied the motion,
        writing that …" (Margaret Ellison), as (source, start, end, "subject"); None when no
        full name stands there."""
        before = [t for t in toks if ustart <= t.start and t.end <= cs]
        if len(before) < 4 or before[-1].text != ",":
            return None
        verb = max(
            (n for n, t in enumerate(before) if _is_finite(t) and not _is_possessive(before, n)),
            default=None,
        )
        if verb is None or verb < 2:
            return None
        run = verb
        while run > 0 and (before[run - 1].pos == "NNP" or before[run - 1].text == "."):
            run -= 1
        if verb - run < 2 or run < 1 or before[run - 1].lower not in _FRONTING_SUBORDINATORS:
            return None  # (only a subordinate clause's subject: "… after Judge X denied …,")
        src = _describe(self.text, before[run].start, before[verb - 1].end)
        if (
            src is None
            or not src.named
            or not (src.type == "person" or src.personal)
            or not _PERSON_NAME_RE.fullmatch(src.name)
        ):
            return None
        return src, src.start, src.end, "subject"

    def fronted_pronoun(self, toks, ustart: int, cs: int):
        """The pronoun subject after a fronted description, before ``cs``: "An economist who
        spent a decade at the bank, she rejected …, insisting that …" (she), as
        (source, start, end, "pronoun"); None when the clause has none."""
        first = next((t for t in toks if t.start >= ustart), None)
        if first is None or first.lower not in ("a", "an"):
            return None  # (only after an indefinite description: "In 2011, he resigned …")
        for n, t in enumerate(toks[:-1]):
            if (
                ustart < t.start < cs
                and t.lower in ("he", "she", "they")
                and toks[n - 1].text == ","
                and _is_finite(toks[n + 1])
            ):
                return _Source(t.text, "pronoun", t.start, t.end), t.start, t.end, "pronoun"
        return None

    def opening_subject(self, toks, ustart: int, cs: int):
        """'Trump posted a photo, saying ...': the noun phrase that opens the sentence."""
        dl = _DATELINE_RE.match(self.text, ustart, cs)
        if dl:  # "KINGSTON, Jamaica — The Supreme Court quashed …, ruling that …"
            ustart = dl.end()
        colon = re.match(r"\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?:\s+(?=[A-Z])", self.text[ustart:cs])
        if colon and ustart == self.sents[bisect_right(self.sent_starts, ustart) - 1][0]:
            ustart += colon.end()  # "Srinagar: The high court … quashed …, holding that …"
        first = next((t for t in toks if ustart <= t.start < cs), None)
        if first is not None and first.lower in _CLAUSE_SUBORDINATORS:
            # "When she ran for the Senate in 2010, Barbara Boxer attacked Fiorina by reminding
            # voters …": the main clause's subject, after the fronted clause
            comma = next((t for t in toks if first.start < t.start < cs and t.text == ","), None)
            if comma is not None:
                ustart = comma.end
        head = []
        skip = skip_paren = False
        apposition = 0  # tokens left in an appositive between commas ("X, Ali Abbas, rejected")
        aside = False
        for i, t in enumerate(toks):
            if t.start < ustart or t.start >= cs:
                continue
            if skip:
                skip = t.text != ","  # "Farmers, who ..., have ...": the relative clause is skipped
                continue
            if apposition:
                apposition -= 1
                if t.text != "," and not aside:
                    head.append(t)
                aside = aside and apposition > 0
                continue
            if (
                t.text == ","
                and head
                and i + 1 < len(toks)
                and toks[i + 1].lower in ("who", "which", "whose")
            ):
                skip = True
                continue
            if t.text == "," and head:
                n = self.appositive_length(toks, i + 1, cs)
                if n:
                    apposition = n + 1  # the appositive and its closing comma
                    continue
                if i + 1 < len(toks) and toks[i + 1].pos in ("VBG", "VBN"):
                    # "X, speaking on Match of the Day, disagreed, arguing …": an aside, which
                    # names no one, up to the comma before the verb
                    close = next(
                        (
                            j
                            for j in range(i + 2, min(len(toks) - 1, i + 14))
                            if toks[j].text == "," and toks[j].start < cs
                        ),
                        None,
                    )
                    if (
                        close is not None
                        and _is_finite(toks[close + 1])
                        and not any(x.text in '“”"();:' for x in toks[i + 1 : close])
                    ):
                        apposition, aside = close - i, True
                        continue
            if (
                t.text == "("
                and head
                and re.match(r"\([A-Z][A-Za-z.&]{1,9}\)", self.text[t.start : t.start + 12])
                # ("WASHINGTON (AP) — …", "Washington (AFP) – …": a dateline)
                and not re.match(r"\([^)]*\)\s*[—–-]", self.text[t.start : t.start + 16])
            ):
                skip_paren = True  # "The India Meteorological Department (IMD) issued …"
                continue
            if skip_paren:
                skip_paren = t.text != ")"
                continue
            if t.text == ":" and len(head) == 1 and head[0].text.isupper():
                head = []  # "BHUBANESWAR: The IMD …": a dateline
                continue
            if t.text in ',“”"(':
                return None, -1, -1, ""  # a dateline or a fronted phrase: no plain subject
            if _is_possessive(toks, i):
                head.append(t)  # a possessive ("Syria's defence minister"), not "is"
                continue
            if (
                _is_finite(t)
                and head
                and head[-1].lower in _DOCUMENT_NOUNS
                and t.lower.endswith("ed")
                and i + 1 < len(toks)
                and toks[i + 1].lower == "by"
            ):
                head.append(t)  # "A statement signed by the union's General Secretary, …"
                continue
            if _is_finite(t) or (
                # "The mission struck a more positive tone, describing …": a past form the
                # tagger calls a participle, with its object after it
                t.pos == "VBN"
                and head
                and (
                    head[-1].pos.startswith("NN")
                    # ("Shetty later shared a photo …, writing": an adverb between)
                    or (head[-1].pos == "RB" and len(head) > 1 and head[-2].pos == "NNP")
                )
                and not any(h.lower == "by" for h in head)  # ("A statement signed by …")
                and i + 1 < len(toks)
                and toks[i + 1].pos in ("DT", "PRP$")
            ):
                break
            head.append(t)
        while head and head[0].lower in self.lex.discourse:
            head = head[1:]
        while len(head) > 1 and _before_cue(head[-1]):
            head = head[:-1]  # "Palace sources also played down …, describing": no "also"
        if not head or not _np_ok(head, max_len=12):
            return None, -1, -1, ""
        if len(head) > 1 and (
            head[0].lower in _FRONTING_SUBORDINATORS
            or (head[0].pos == "VBG" and head[1].pos in ("IN", "DT", "TO", "PRP", "PRP$", "WDT"))
        ):
            return None, -1, -1, ""  # "After I went public, pages … started calling me": a
            # fronted clause, no subject of the sentence ("While saying that he …": no noun)
        if len(head) == 1 and head[0].lower in _PRONOUNS:
            t = head[0]
            return _Source(t.text, "pronoun", t.start, t.end), t.start, t.end, "pronoun"
        src = _describe(self.text, head[0].start, head[-1].end)
        if src is None:
            return None, -1, -1, ""
        return src, src.start, src.end, "opening-subject"

    @staticmethod
    def appositive_length(toks: list[_Tok], k: int, cs: int) -> int:
        """Length of a short noun phrase at ``toks[k]`` closed by a comma that a finite verb (or
        an adverb and one) follows, before ``cs``: the appositive of "Syria's defence minister,
        Ali Abbas, rejected ..."; 0 otherwise."""
        limit = k + 7
        skip_to = -1
        for j in range(k, len(toks)):
            if j >= limit:
                break
            t = toks[j]
            if j <= skip_to:
                continue
            if t.start >= cs:
                return 0
            if t.text == "(" and j > k:  # "Mr Boniphace Masanja Butondo (CCM),": a party tag
                close = next(
                    (n for n in range(j + 1, min(len(toks), j + 8)) if toks[n].text == ")"), 0
                )
                if close and all(
                    x.text[:1].isupper() or x.text in (",", "-", "–") for x in toks[j + 1 : close]
                ):
                    skip_to = close
                    limit += close - j + 1
                    continue
            if t.text == ",":
                nxt = toks[j + 1 : j + 3]
                if j == k or not nxt:
                    return 0
                if nxt[0].pos == "RB" and len(nxt) > 1:
                    nxt = nxt[1:]
                return j - k if _is_finite(nxt[0]) else 0
            if t.pos.startswith(("VB", "MD")) or t.text in '“”"();:' or t.lower in _RELATIVE:
                return 0
        return 0

    def opens_clause_quote(self, rstart: int, end: int) -> bool:
        """Is text[rstart:end] one quote (what a trailing '..., he said' attributes)?"""
        if end <= rstart or self.text[end - 1] not in '”"':
            return False
        q = self.quote_at(end - 1)
        return q is not None and not self.text[rstart : q[0]].strip(" \t\n,")

    def frame_tail_ok(self, rest: str) -> bool:
        """After the source of a trailing frame: only the end, time/channel words or a gerund."""
        r = rest.strip()
        if not r or re.fullmatch(r"[.!?…”\"’)]*", r):
            return True
        if re.match(r"^[,;]\s*(?:\w+ing)\b", r):
            return True
        if re.fullmatch(
            # ("…, researchers report March 4 in Nature Medicine.": the day first)
            r"(?:(?:online\s+)?(?:on\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
            r"[a-z]*\.?\s+\d{1,2}\s+)?"
            r"in\s+(?:the\s+)?(?:journals?\s+)?[A-Z][\w&’'-]*(?:\s+(?:&\s+|and\s+)?[A-Z][\w&’'-]*){0,4}"
            r"(?:\s+(?:today|this\s+week|on\s+\w+day))?\s*[.!?]?",
            r,
        ):
            return True  # "…, researchers report in Nature today.": where it was published
        if re.fullmatch(
            r"(?:from|on|at|outside|inside|behind)\s+(?:the|a|an|his|her|their|its)\s+"
            r"[a-z-]+(?:\s+[a-z-]+)?\s*[.!?]?",
            r,
        ):
            return True  # "…, the returning officer has just announced from the stage.": where
        if re.fullmatch(
            r"(?:in|on|via|by)\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+)?(?:email|e-mail"
            r"|statement|letter|post|memo|note|message|video|interview|speech|release|update"
            r"|newsletter)(?:\s+(?:to|with|on)\s+[^,;:“”\"]{1,40}?)?"
            r"(?:\s+(?:on\s+)?[A-Z][a-z]+day|\s+(?:yesterday|today|tonight))?\s*[.!?]?",
            r,
        ):
            return True  # "…, Dean Harold Whitcombe announced in an email to students Monday."
        if re.match(_CIRCUMSTANCE_GERUND, r):
            return True  # "“…?” Mr Warraich asked while addressing the protesters."
        if re.match(r"^,\s*(?:who|which)\s", r):
            return True  # a relative clause on the source: "..., say some farmers, who ..."
        if re.match(r"^,\s*(?:of|in|among)\s+which\s", r):
            return True  # "Russia launched 146 drones overnight, the Air Force reported, of
            # which 119 were shot down": the content's figure goes on
        if re.match(
            r"^,\s*(?:(?:an?|the|his|her|its|their)\s+(?:(?!(?:is|was|were|are|has|had|have)\b)"
            r"[^,;:“”\"]){2,90},\s*)?and\s+(?!(?:he|she|they|it|we|I)\b)[a-z][\w-]*"
            r"(?:\s+[\w-]+){0,3}\s+(?:will|would|is|was|are|were|has|have|had|can|could)\b",
            r,
        ):
            return True  # "…, notes lead author Hannah Leclerc, a cancer epidemiologist at …,
            # and mortality follow-up will continue until 2030": the writer goes on
        if re.match(
            r"^,\s*(?:released|issued|published|posted|delivered|presented|circulated|sent)"
            r"\s+(?:on|at|in|after|before|late|early|last|this|to|by)\b",
            r,
        ):
            return True  # "…, the central bank said in its monetary policy statement, released
            # at the end of …": a participle on the channel
        if re.match(r"^,\s*(?:a|an|the)\s+[^,;:“”\"]*?\b(?:whose|who|which)\s", r):
            return True  # "…, said Ann Mulcahy, a historian at … whose 2019 book, “…,” traces
            # …": an appositive with a relative clause, both on the source
        if re.match(
            r"^\s*[-—–]{1,2}\s+(?:the|an?)\s+(?:first|latest|last|second|third|biggest|largest"
            r"|strongest|clearest|most|best|worst|only|fastest|highest|lowest)\b",
            r,
        ):
            return True  # "X, researchers reported Sunday - the first hard evidence that …": the
            # writer's comment on X
        if re.fullmatch(
            r",\s*(?:in|with|amid)\s+(?:the|a|an|its|his|her|their)\s+[^,;:“”\"]{1,80}?[.!?]?", r
        ) and not re.search(r"\b(?:is|was|are|were|has|have|had|will|would|said|says)\b", r):
            return True  # "…, the DMRC announced on Friday, in the steepest fare revision since
            # 2017.": how the writer places it, no clause
        if re.match(r"^(?:;\s|,\s*(?:if|unless)\s)", r):
            return True  # "…, reckons Ms Mwangi; it may …", "…, says Ms Mwangi, if too many …":
            # a clause of its own after a semicolon, a condition on the content
        if (
            re.match(r"^,\s*(?:but|and|yet)\s+(?=[a-z])(?!\w+ed\b|\w+s\b)", r)
            or re.match(
                # ("…, she said, and margins would recover": a subject of its own, no "and added")
                r"^,\s*(?:but|and|yet)\s+[a-z]\w+s\s+(?:would|will|could|had|have|were|are|should"
                r"|might|may|can|did|do)\b",
                r,
            )
            or re.match(
                r"^,\s*(?:slightly|roughly|nearly|almost|well|far|much|(?:more|less|fewer)\s+than"
                # ("…, fishermen said, barely above last year's", "…, up from 2.1 percent")
                r"|barely|just|only|little|scarcely|hardly|above|below|(?:up|down)\s+(?:from|on))\s",
                r,
            )
        ):
            return True  # "X, officials said, but no homes were lost": X was said; the rest is
            # the writer's, or a comparison on X ("…, she said, slightly lower than in 2023")
        if re.fullmatch(
            # ("…, she said, the fastest pace in six quarters, led by smaller towns.")
            r",\s*(?:an?|the)\s+[a-z][^,;:“”\"]{1,80}?(?:,\s+(?:led|driven|helped|boosted|hit|dragged"
            r"|pushed|weighed)\s+(?:down\s+|up\s+)?by\s[^;:“”\"]{1,120}?)?[.!?]?",
            r,
        ) and not re.search(r"\b(?:is|was|are|were|has|have|had|will|would|could|said|says)\b", r):
            return True  # "…, noted Helena Marková, a researcher at X, a think tank in Prague."
        if re.match(
            r",\s*(?:an?|the)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3}\s+(?:that|who|which)\s", r
        ):
            return True  # "…, said X, head of Y, a union that has broken away from …"
        m = _ADDED_AFTER_FRAME_RE.match(r)
        if m and m.group(1) in self.lex.verbs:
            return True  # "X, he said, and added that Y": Y is a second statement of its own
        if _FRAME_TAIL_CLAUSE_RE.match(self.lex.time_re.sub("", r).strip()):
            return True  # "..., the ministry said on Sunday, as talks stalled": a circumstance

        r2 = self.lex.time_re.sub("", r)
        # ("…, it said in a statement to the exchanges."): whom the document went to
        r2 = re.sub(
            r"(?:^|(?<=statement)|(?<=filing)|(?<=release)|(?<=notice))\s*to\s+(?:the\s+)?"
            r"(?:(?:stock\s+)?(?:exchanges?|bourses?|regulators?)\b"
            # ("in a filing to the Stock Exchange of Thailand")
            r"|(?:[A-Z][\w&.-]*\s+){0,4}(?:Exchange|Bourse|Commission|Regulator|Authority)"
            r"(?:\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?)",
            "",
            r2,
        )
        if _CHANNEL_HINT_RE.search(r2):
            for rx, _label in self.lex.channels:
                r2 = rx.sub("", r2)
        r2 = re.sub(
            r"\b(?:on condition of anonymity|in a statement|late|early"
            r"|(?:released|published|issued|posted|seen)(?:\s+(?:by|on|through)(?:\s+[\w.’'-]+){1,5})?"
            r"|in\s+(?:the\s+)?(?:scientific\s+|medical\s+)?(?:journal|magazine)(?:\s+[A-Z][\w.’'&-]*)+)\b",
            "",
            r2,
        )
        return bool(re.fullmatch(r"[\s,.!?”\"]*", r2)) or bool(
            re.match(r"^\s*[,;]\s*\w+ing\b", r2)  # ("said funding was …": a noun, no gerund)
        )

    def appositive_source(self, ns: int, ne: int, uend: int) -> _Source | None:
        """Source after an inverted cue, with a following appositive ('said the chief, Name.')."""
        text = self.text
        end = ne
        m = re.match(r",\s*", text[ne:uend])
        if m:
            ap = self.np_after(ne + m.end(), uend)
            if ap is not None:
                ap_end = ap[1]
                age = re.match(r",\s*\d{1,3}\b", text[ap_end:uend])
                if age:  # "said the commander, Captain Oleh Marchenko, 41, a former teacher"
                    ap_end += age.end()
                    m3 = re.match(r",\s*(?=an?\s|the\s)", text[ap_end:uend])
                    more = self.np_after(ap_end + m3.end(), uend) if m3 else None
                    if more is not None and self.frame_tail_ok(text[more[1] : uend]):
                        ap_end = more[1]
                rest = text[ap_end:uend]
                if not re.match(r"\s*\w+ing\b", text[ap[0] : ap[1]]):
                    if self.frame_tail_ok(rest):
                        end = ap_end
                    elif text[ap[0] : ap[0] + 1].islower():
                        end = self.second_person(ap[1], uend) or end
        if end == ne and _EPITHET_RE.fullmatch(text[ns:ne]):
            # '“…,” said the Umno veteran': the person just named, as "he" would be
            return _Source(text[ns:ne], "pronoun", ns, ne)
        return _describe(text, ns, end)

    def second_person(self, end: int, uend: int) -> int | None:
        """End of ", and Piotr Nowak(, a teacher)" after "said Anna Berg, a nurse" (a second named
        person with an optional appositive, then the end of the frame), else None."""
        text = self.text
        m = re.match(r", and (?=[A-Z])", text[end:uend])
        b = self.np_after(end + m.end(), uend) if m else None
        if b is None:
            return None
        new_end = b[1]
        m2 = re.match(r",\s*(?=(?:an?|the|[a-z]))", text[new_end:uend])
        d = self.np_after(new_end + m2.end(), uend) if m2 else None
        if d is not None and self.frame_tail_ok(text[d[1] : uend]):
            new_end = d[1]
        return new_end if self.frame_tail_ok(text[new_end:uend]) else None

    def source_from_toks(self, toks: list[_Tok]) -> _Source | None:
        if len(toks) == 1 and (toks[0].lower in _PRONOUNS or toks[0].lower == "one"):
            t = toks[0]
            return _Source(t.text, "pronoun", t.start, t.end)
        if (
            len(toks) == 3
            and toks[0].lower in ("one", "another")
            and toks[1].lower == "of"
            and toks[2].lower in ("them", "those", "these")
        ):  # '“…,” one of them said': one of the group named before
            return _Source("one", "pronoun", toks[0].start, toks[2].end)
        if len(toks) == 2 and toks[0].lower in ("her", "his") and toks[1].lower in _HONOURS:
            # '“…,” Her Honour said': the judge just named, as "she" would be
            return _Source(
                "she" if toks[0].lower == "her" else "he", "pronoun", toks[0].start, toks[1].end
            )
        if (
            toks
            and _EPITHET_RE.fullmatch(self.text[toks[0].start : toks[-1].end])
            and not self.is_outlet(self.text[toks[0].start : toks[-1].end])
        ):
            # '“...,” the Italian said': the person just named, as "he" would be
            return _Source(
                self.text[toks[0].start : toks[-1].end], "pronoun", toks[0].start, toks[-1].end
            )
        head = []
        for t in toks:
            if t.lower in _RELATIVE and head:
                break
            head.append(t)
        return _describe(self.text, head[0].start, head[-1].end)

    def after_cue(self, ce: int, uend: int, lemma: str) -> dict:
        """Skip what sits between a cue and its content: object, channel, time, 'that'."""
        text = self.text
        pos = ce
        info: dict = {}
        for _ in range(6):
            pos0 = pos
            pos = self.skip_ws(pos, uend, " \t\n,")
            seg = text[pos:uend]
            ch = None
            for rx, label in self.lex.channels:
                m = rx.match(seg)
                if m:
                    ch = (label, m.end())
                    break
            if ch:
                info.setdefault("channel", ch[0])
                pos += ch[1]
                m = re.match(
                    r"\s+with\s+(?:the\s+)?((?:[A-Z][\w’'.&-]*)(?:\s+[A-Z][\w’'.&-]*)*)",
                    text[pos:uend],
                )
                if m and ch[0] == "interview" and "to" not in info:
                    info["to"] = m.group(1).rstrip(".")  # "in an interview with the Yorkshire Post"
                    pos += m.end()
                m = re.match(
                    r"\s+to\s+(?:(?:the|its|his|her|their|all)\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
                    r"(?=\s+(?:on\s+)?[A-Z][a-z]+day\b|\s+(?:yesterday|today|that)\b|\s*[,.;]|\s*$)",
                    text[pos:uend],
                )
                if m and ch[0] in ("email", "letter", "memo", "note", "message", "statement"):
                    # "said in an email to students Monday": whom the document went to
                    info.setdefault("to", m.group(1))
                    pos += m.end()
                m = _CARRIED_BY_RE.match(text, pos, uend)
                if m:  # "in a statement carried by the Korean Central News Agency"
                    self.cue_extras.setdefault(ce, {})["via"] = m.group(1)
                    pos = m.end()
                m = _CHANNEL_DATED_RE.match(text, pos, uend)
                if m:  # "in a report published on Tuesday (that …)": when, no content
                    pos = m.end()
                m = re.match(
                    r"\s+(?:submitted|sent|addressed|filed|delivered|issued|posted|published"
                    r"|circulated|presented|written)\s+(?:to|with|on|at|in|by|for)\s"
                    r"[^,;:“”\"]{1,90}?(?=\s+that\s)",
                    text[pos:uend],
                )
                if m:  # "in a legal opinion submitted to the committee last month that …"
                    pos += m.end()
                continue
            m = _CITING_RE.match(seg)
            if m:  # "reported, citing a government source, that ..."
                self.cue_extras.setdefault(ce, {})["citing"] = (pos + m.start(1), pos + m.end(1))
                pos += m.end()
                continue
            m = self.lex.time_re.match(seg)
            if (
                m
                and m.end() > 0
                and not (
                    m.group().strip().lower() in ("late", "early")
                    and not re.match(
                        r"\s*(?:on|in|last|this|next|\w+day|night|morning|afternoon|evening)\b",
                        seg[m.end() :],
                    )
                )
                and not re.match(r"[’']s\b", seg[m.end() :])
                # ("said the next morning would bring rain": the time is the content's subject)
                and not re.match(
                    r"\s+(?:would|will|could|might|may|should|must|can|was|is|were|are|had|has)\b",
                    seg[m.end() :],
                )
            ):
                pos += m.end()  # ("warned that late and unpaid wages …", "said Tuesday's
                # eruption …": no time)
                continue
            m = (
                re.match(r"(?:at|in|during|on)\s+(?:[\w’'.-]+\s+){1,6}?(?=that\s)", seg)
                if "to" in info and "that" not in info
                # "claimed during the debate on the Water Supply (Amendment) Enactment that …"
                # (not "reported at least 20 victims at a center that works with …")
                else re.match(
                    r"(?:at\s+(?:the|a|an)|during|(?:before|after)\s+(?:the|a|an|his|her|their|its))"
                    r"\s+(?:[\w’'().-]+\s+){1,9}?"
                    r"(?=that\s+(?:the|a|an|he|she|they|it|we|I|there|this|his|her|its|their|[A-Z])\b)",
                    seg,
                )
                if "that" not in info
                else None
            )
            if m:  # "had told her at a 2022 permit hearing that …": where, then what
                pos += m.end()
                continue
            m = re.match(r"on condition of anonymity\b|in an apparent\b", seg)
            if m and seg.startswith("on condition"):
                pos += m.end()
                continue
            if (
                lemma in ("tell", "inform", "ask", "urge", "warn", "assure", "advise")
                and "to" not in info
                and "that" not in info  # "warned that workers would ...": workers are content
            ):
                m = re.match(
                    r"(?:a|the)\s+(?:regular\s+|daily\s+|weekly\s+)?(?:(?:news|press)\s+)?"
                    r"(?:conference|briefing)\b",
                    seg,
                )
                if m:  # "told a news conference": how, not whom
                    info.setdefault("channel", "news conference")
                    pos += m.end()
                    continue
                m = re.match(
                    r"(?:(?:the|a|an|his|her|their|its)\s+((?:[\w’'-]+\s+){0,3}?[\w’'-]+)"
                    # ("asked arap Langat what …": a name, a particle first)
                    r"|((?:[a-z]{2,4}\s+)?[A-Z][\w’'-]+(?:\s+(?:[a-z]{2,4}\s+)*[A-Z][\w’'-]+){0,3}))"
                    r"\s+(?=(?:whether|if|why|how|what|when|where|who|about)\b)",
                    seg,
                )
                if m and lemma == "ask":  # "asked the minister whether …": whom, not what
                    info["to"] = m.group(1) or m.group(2)
                    pos += m.end()
                    continue
                m = re.match(
                    r"((?:[A-Z][a-z]+\s+)?(?:[A-Z][a-z]+(?:an|ern|ese|ish|i))\s+[a-z]+s)\b",
                    seg,
                )
                if m and m.group(1).split()[-1] not in ("that", "this", "was", "has", "is"):
                    info["to"] = m.group(1)  # "told Western diplomats", "urged European leaders"
                    pos += m.end()
                    continue
                m = _TOLD_OUTLET_RE.match(seg)
                if m:  # "told Portuguese newspaper Record", "told state broadcaster RTS"
                    info["to"] = re.sub(r"(?<=[a-z]{2})\.$", "", m.group(1))  # (its full stop)
                    pos += m.end()
                    continue
                m = re.match(
                    # ("told Channel 12 news", "told BBC Match of the Day")
                    r"((?:[Tt]he\s+)?(?:state-run\s+|state-owned\s+|state-controlled\s+)?(?:(?:[A-Z]|[a-z]+[A-Z])[\w’'./-]*\+?(?:\s+\d{1,3}\b)?(?:\s+(?:of|for|al|el)(?:\s+the)?\s+[A-Z][\w’'-]*)*\s*)+(?:(?:news\s+)?agency|newspaper|radio|TV|television|news|channel)?"
                    # ("told BBC Radio 4's Today programme that …")
                    r"(?:[’']s\s+(?:(?:[A-Z][\w’'-]*\s+){0,3}(?:programme|program|show|podcast|bulletin)"
                    # ("told Channel 2's Tasha Reynolds": the outlet's reporter)
                    r"|(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+))?"
                    r"|(?:(?:his|her|their|its|cheering|angry|local|foreign|visiting|fellow|assembled)\s+)"
                    r"(?:supporters|reporters|journalists|lawmakers|voters|students|workers|staff"
                    r"|employees|colleagues|followers|fans|troops|members|investors|researchers)"
                    # "She told her aunt it could work": a relative, not "her" and a clause
                    r"|(?:his|her|their|my|our)\s+(?:aunt|uncle|mother|father|mum|mom|dad|sister"
                    r"|brother|husband|wife|son|daughter|niece|nephew|cousin|grandmother"
                    r"|grandfather|friend|friends|boss|partner|parents|children|kids|family"
                    r"|neighbou?r|neighbou?rs|doctor|lawyer|teacher|coach)(?=\s+(?:that\b|it\b"
                    r"|he\b|she\b|they\b|we\b|I\b|the\b|there\b|[“\"]))"
                    r"|" + "|".join(_TOLD_PEOPLE) + r"|a\s+(?:news\s+)?conference"
                    r"|parliament|congress|the\s+(?:senate|house|assembly|media|press)"
                    r"|(?:council|board|committee|cabinet|party)\s+members|members\s+of\s+(?:parliament|congress|the\s+\w+)"
                    + (_TOLD_ONLY if lemma in ("tell", "inform") else "")
                    + r"|(?:local|state|foreign|national|international)\s+(?:media|television|TV|radio|journalists|reporters)"
                    r"|an?\s+(?:interviewer|rally|gathering|crowd|audience|inquest|hearing|tribunal"
                    r"|court|meeting|panel|committee|jury|briefing|forum|summit)"
                    r"|the\s+(?:crowd|audience|committee|court|council|jury|board|newspaper|paper"
                    r"|magazine|station|broadcaster|network|agency|website|programme|program"
                    r"|podcast|show)"
                    # ("told the inquest the base …"; not "told the conference organisers to")
                    r"|the\s+(?:same\s+)?(?:inquest|hearing|inquiry|tribunal|panel|meeting|jurors"
                    r"|chamber|rally|conference|summit|forum|commission|briefing"
                    # ("told the same call that …": an earnings call)
                    r"|(?:conference\s+|earnings\s+)?call)(?!\s+[a-z]+s\b|[’']s\b))\b",
                    seg,
                )
                if (
                    m
                    and m.group(1)
                    and not re.match(r"(?:That|A|An|It|He|She|They|We|I)\s", seg[: m.end() + 1])
                ):
                    to = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", m.group(1).strip())
                    if to in ("me", "us"):  # "told me", "told us": the outlet's reporter
                        to = self.art.outlet or to
                    info["to"] = (
                        re.sub(
                            r"(?<=\w)\s+(?:news\s+)?(?:agency|newspaper|radio|TV|television|news|channel)$",
                            "",
                            to,
                        )
                        or to
                    )
                    pos += m.end()
                    continue
                if m and m.group(0).startswith(_TOLD_PEOPLE):
                    info["to"] = m.group(0).strip()
                    pos += m.end()
                    continue
                m = _TOLD_WHOM_THAT_RE.match(seg) if lemma in ("tell", "inform", "assure") else None
                if m:  # "had told new hires that …", "told the night staff that …": whom
                    info["to"] = re.sub(r"^[Tt]he\s+", "", m.group(1))
                    pos += m.end(1)
                    continue
            m = (
                re.match(
                    r"(?:a|an|the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+\s*[:,]\s*(?=[“\"])",
                    seg,
                )
                if lemma in ("tell", "ask", "warn", "assure", "inform") and "to" not in info
                else None
            )
            if m:  # "telling a dispatcher: “…”": whom, then the quote
                info["to"] = re.sub(r"\s*[:,]\s*$", "", m.group())
                pos += m.end()
                continue
            m = re.match(
                r"(?:from|in|at|on|outside|inside|across|behind|near)\s+(?:the|a|an|his|her|their)"
                r"\s+[^,;:“”\"]{1,50}?\s*:\s*(?=[“\"])",
                seg,
            )
            if m:  # "shouted from the western stand: “…”": where, then the quote
                pos += m.end()
                continue
            m = (
                re.match(
                    # ("…, which ran the interview under the headline “Traitors …,” that …")
                    r"(?:which|who)\s+(?:[^,;:“”\"]{2,90},|[^,;:“”\"]{2,90}[“\"][^”\"]{1,80}[”\"])\s*(?=that\s)",
                    seg,
                )
                if "to" in info and "that" not in info and text[pos - 2 : pos].strip() == ","
                else None
            )
            if m:  # "told Il Sole 24 Ore, which reported on the dispute on Tuesday, that …"
                pos += m.end()
                continue
            m = (
                re.match(
                    r"(?:that\s+(?:was|were|had\s+been|has\s+been|is|are)\s+(?:\w+ly\s+)?"
                    r"|(?:also|first|later|exclusively)\s+)"  # ("in a letter also seen by X")
                    r"(?:obtained|seen|reviewed|shared|leaked|viewed|published|posted|circulated"
                    r"|sent|made\s+public|read\s+out|heard)\b(?:(?!\s+that\s)[^,;:“”\"])*",
                    seg,
                )
                if "channel" in info and "that" not in info
                else None
            )
            if m:  # "told staff in a memo on Tuesday that was obtained by The Verge": the
                # memo's relative clause, no content after it
                pos += m.end()
                continue
            if seg.startswith(("that ", "that,")) and not re.match(
                r"that\s+(?:was|is|were|are|has|had|will|would|could|can|may|might|should|seems?"
                r"|seemed|remains?|remained)\b",
                seg,
            ):  # ("said that was unusual": "that" is the subject)
                pos += 4
                info["that"] = True
                continue
            if lemma in ("warn", "caution") and seg.startswith("against "):
                pos += 8  # "warned against cutting rates too early"
                continue
            m = re.match(r"to\s+((?:his|her|their|its|the)\s+[^,;“”\"]{1,60}?),\s*(?=[“\"])", seg)
            if m and "to" not in info:
                info["to"] = m.group(1)
                pos += m.end()
                continue
            m = re.match(
                r"to\s+((?:the\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,4})"
                r"(?=\s*(?:[,.;]|$)|\s+(?:on|late|early|last|this|earlier)\b)",
                seg,
            )
            if m and "to" not in info and lemma in ("confirm", "say", "explain", "describe"):
                # "…, the agency confirmed to Devex, after receiving …": the outlet told
                info["to"] = m.group(1)
                pos += m.end()
                continue
            m = re.match(r"(?:—[^—“”\"]{1,80}—|–[^–“”\"]{1,80}–|\([^()“”\"]{1,80}\))", seg)
            if m:
                ch, _ = self.channel_in(pos, pos + m.end())
                if ch:
                    info.setdefault("channel", ch)
                pos += m.end()
                continue
            m = re.match(r"((?:[\w’'.,-]+\s+){1,14}?)that\s", seg)
            if (
                m
                and not any(
                    w.lower() in _AUX or w.lower() in self.lex.verbs or w.lower() in _PRONOUNS
                    for w in m.group(1).split()
                )
                and not any(
                    t.pos.startswith(("VB", "MD")) for t in self.toks_in(pos, pos + m.end(1))
                )
                and (
                    lemma in _OBJECT_CUES
                    or (self.toks_in(pos, pos + m.end(1)) or [None])[0] is None
                    or (
                        self.toks_in(pos, pos + m.end(1))[0].pos in ("IN", "TO", "RB", "RBR")
                        and not re.match(r"at\s+(?:least|most)\b", seg)
                    )
                )  # "reported revenue that beat forecasts", "reported at least 20 victims at a
                # centre that works with …": a relative clause, no content
                and not _infinitive_object(self.toks_in(pos, pos + m.end(1)))
            ):
                pos += m.end() - 1  # "told reporters after the meeting that ..."
                info["that"] = True
                continue
            if seg.startswith(":"):
                pos += 1
                continue
            if pos == pos0:
                break
        info["pos"] = self.skip_ws(pos, uend)
        return info

    def make_trailer(
        self, rstart, content_end, cs, ce, src, sid, consumed, method, uend, after=None
    ) -> list[_Stmt]:
        text = self.text
        c_start, c_end = self.trim(rstart, content_end, strip_final=False)
        dl = _DATELINE_RE.match(text, c_start, c_end)
        if dl:  # "KYIV, March 3 (Wire) - Drones struck …, an official said": not the dateline
            c_start = dl.end()
        # the content is the quote when the clause is one quote
        kind = self.content_kind(c_start, c_end, "indirect")
        if kind == "direct":
            q = self.quote_at(c_start)
            if q:
                c_start, c_end = q
        elif kind == "indirect":
            c_start, c_end = self.trim(c_start, c_end)
            lead = _LEAD_ADVERB_RE.match(text, c_start, c_end)
            if lead:  # "Separately, the two unions reached a deal …, a spokesman said"
                c_start = lead.end()
        if c_end - c_start < 2:
            return []
        after = after or self.after_cue(ce, uend, "")
        ch, _ = self.channel_in(ce, uend)
        st = _Stmt.by(
            src,
            c_start,
            c_end,
            kind,
            cue=text[cs:ce],
            cue_start=cs,
            cue_end=ce,
            reported_to=after.get("to"),
            channel=after.get("channel") or ch,
            confidence=0.85 if kind == "direct" else 0.7,
            method=method,
            sent_id=sid,
        )
        if src.type == "pronoun":
            self.resolve(st, src)
        elif src.name.lower() in _BARE_QUANTIFIERS:
            self.quantified_group(st)
        end = max(ce, src.end or ce)
        # the frame runs to the next gerund ("..., adding ..."), clause or quote
        m = re.search(
            # (not "during the debate": a preposition, part of the frame)
            r",?\s*\b(?!during\b)\w+ing\b|,\s+(?:though|although|but|and|while|as|before|after|when)\b"
            r"|[“\"]",
            text[end:uend],
        )
        frame_end = end + m.start() if m else uend
        cm = _CITING_END_RE.match(text, end, uend)
        cited = _describe(text, cm.start(1), cm.end(1)) if cm else None
        if cited is not None and src.type == "media":
            # "…, Axios reported, citing two US officials.": the officials speak, Axios relays
            # (a person's "…, Reeves wrote, citing precedent" is her own words)
            st.attributed_to(_anonymous_if_said(text, cited, cited.end or 0))
            st.via = src.name
            m, frame_end = None, uend
        consumed.append((c_start, frame_end))
        st.frame_start, st.frame_end = c_start, frame_end
        out = [st]
        q = self.quote_at(frame_end) if m and m.group() in '“"' else None
        if (
            q is not None
            and kind == "direct"
            and (
                not text[end:frame_end].strip(" ,")
                or self.skip_ws(max(end, after.get("pos", end)), uend, " ,") >= frame_end
            )
        ):
            # '“We were,” Ms Carr said, “completely alone.”': the quote goes on after the cue
            # (also after what the cue took: '“…,” she told The Guardian, “…”')
            st2 = replace(
                st,
                start=q[0],
                end=q[1],
                kind="direct",
                cue=None,
                cue_start=None,
                cue_end=None,
                confidence=round(st.confidence - 0.05, 2),
                method="quote-continuation",
                frame_start=q[0],
                frame_end=q[1],
            )
            consumed.append(q)
            out.append(st2)
        m2 = _ADDED_AFTER_FRAME_RE.match(text, frame_end, uend)
        if m2 and self.lex.verbs.get(m2.group(1).lower()):
            # "The talks failed, he said, and added that …": a second statement, same source
            cs2, ce2 = m2.span(1)
            lemma2 = self.lex.verbs[m2.group(1).lower()][0]
            st2 = self.second_cue(st, cs2, ce2, lemma2, uend, st.confidence, consumed)
            if st2 is not None:
                out.append(st2)
        return out

    def second_cue(self, st, cs2: int, ce2: int, lemma2: str, uend: int, conf: float, consumed):
        """The statement of a second cue that shares ``st``'s source ("X said A and warned
        B", "A, he said, and added that B"): what follows the cue up to ``uend``, at a little
        less than ``conf``; None when under three characters."""
        after2 = self.after_cue(ce2, uend, lemma2)
        s2, e2 = self.trim(after2["pos"], uend)
        if e2 - s2 <= 2:
            return None
        st2 = replace(
            st,
            start=s2,
            end=e2,
            kind=self.content_kind(s2, e2, "indirect"),
            cue=self.text[cs2:ce2],
            cue_start=cs2,
            cue_end=ce2,
            reported_to=after2.get("to"),
            channel=after2.get("channel") or st.channel,
            confidence=round(conf - 0.05, 2),
            method="coordinated-cue",
            frame_start=cs2,
            frame_end=e2,
        )
        if st2.kind == "direct" and (q := self.quote_at(s2)):
            st2.start, st2.end = q
        consumed.append((cs2, e2))
        return st2

    def loose_quotes(self, ustart, uend, sid, consumed, made) -> list[_Stmt]:
        out = []
        for qs, qe in self.quotes:
            if qs < ustart or qs >= uend:
                continue
            if any(a <= qs < b for a, b in consumed) or any(s.start <= qs < s.end for s in made):
                continue
            words = len(_WORD_RE.findall(self.text[qs:qe]))
            unit_words = len(_WORD_RE.findall(self.text[ustart:uend]))
            written = _WRITTEN_READING_RE.search(self.text, ustart, qs)
            introduced = written or re.search(r":\s*$", self.text[ustart:qs])
            account = _BY_ACCOUNT_RE.search(self.text, ustart, qs)
            if account is not None:
                # "That was Mai Nguyen, … and, by June's account, “the best natural grower
                # I've ever hired”": the one whose account it is
                who = account.group("who")
                known = next(
                    (
                        x
                        for x in (*self.out, *made)
                        if x.kind != "narrator"
                        and who in (x.source.split()[0], x.source.split()[-1])
                    ),
                    None,
                )
                src = (
                    _Source(known.source, known.source_type, *account.span("who"), named=True)
                    if known is not None
                    else _describe(self.text, *account.span("who"))
                )
                if src is not None and (src.type == "person" or src.personal):
                    st = _Stmt.by(
                        src,
                        qs,
                        qe,
                        "direct",
                        confidence=0.5,
                        method="quote-by-account",
                        sent_id=sid,
                        frame_start=account.start(),
                        frame_end=qe,
                    )
                    src_name = self.full_name(src.name)
                    if src_name != src.name:
                        st.source = src_name
                    out.append(st)
                    consumed.append((qs, qe))
                    continue
            short = words < 0.6 * unit_words or (words < 4 and words < unit_words)
            if short and not (introduced and words >= 4 and not self.text[qe:uend].strip(" .")):
                # a scare quote or title inside narration: stays in the narrator's text (a short
                # quote that is the whole sentence, “Nothing more.”, is a quote)
                continue
            colon = self.colon_source(ustart, qs, consumed, written)
            if (
                short
                and colon is not None
                and re.search(r":\s*$", self.text[ustart:qs])
                and words >= 4
                and not self.text[qe:uend].strip(" .")
                and colon[0].name.split()[-1].lower()
                in ("voice", "voices", "shout", "shouts", "cry", "cries", "someone", "somebody")
            ):
                # "…, one voice carried from the stand: “That's an opener!”": a quote whole
                # after its colon, from a voice no one names: kept, under that voice
                colon = (replace(colon[0], type="anonymous"), colon[1], colon[2])
            elif short and (
                colon is None
                # (a pronoun only for the words a colon describes: "His post was short:")
                # ("she offered up this sound bite …:" too; not "they will hold banners
                # proclaiming:")
                or not (
                    colon[0].named
                    or colon[0].appositive == _OWN_WORDS
                    or colon[0].name.lower() in ("he", "she")
                )
                or colon[0].type not in ("person", "organisation", "government", "media", "pronoun")
            ):
                # ... and so is a quote a named source's colon or post introduces after a longer
                # lead: "Hours later, Dalton left a comment on the post reading, “…”"
                continue
            prev = None if colon else self.last_speaker(qs)
            actor = None if colon else self.actor_before(ustart, qs)
            if actor is not None and (prev is None or prev.source != actor.name):
                st = _Stmt.by(
                    actor,
                    qs,
                    qe,
                    "direct",
                    confidence=0.5,
                    method="quote-after-actor",
                    sent_id=sid,
                    frame_start=qs,
                    frame_end=qe,
                )
                if actor.type == "pronoun":
                    self.resolve(st, actor)
                if st.source != "unknown" or prev is None:
                    out.append(st)
                    consumed.append((qs, qe))
                    continue
            if colon is not None:
                src, cpos, cend = colon
                st = _Stmt.by(
                    src,
                    qs,
                    qe,
                    "direct",
                    cue=self.text[cpos:cend],
                    cue_start=cpos,
                    cue_end=cend,
                    channel=written.group("doc").lower() if written else None,
                    confidence=0.6,
                    method="colon-quote",
                    sent_id=sid,
                    frame_start=src.start,
                    frame_end=qe,
                )
                if src.type == "pronoun":
                    self.resolve(st, src)
            elif prev is not None:
                st = replace(
                    prev,
                    start=qs,
                    end=qe,
                    kind="direct",
                    cue=None,
                    cue_start=None,
                    cue_end=None,
                    confidence=0.6 if prev.kind in ("direct", "mixed") else 0.5,
                    method="quote-continuation",
                    sent_id=sid,
                    via=prev.via,
                )
                asked = self.asked_person(prev)
                if asked is not None and not re.search(
                    r"\?\W*$", self.text[qs:qe]
                ):  # "The Namibian asked //Hoëseb what a fair deal would
                    # look like. / “Ten percent …”": the answer is the one asked's
                    st.source, st.source_type, st.plural = asked, "person", False
                    st.source_start = st.source_end = None
                    st.role, st.personal, st.via = None, True, None
            else:
                st = _Stmt(
                    qs, qe, "direct", confidence=0.2, method="unattributed-quote", sent_id=sid
                )
                self.issues.append((qs, f"quote at {qs} with no identifiable speaker"))
            out.append(st)
            consumed.append((qs, qe))
        return out

    def actor_before(self, ustart: int, qs: int) -> _Source | None:
        """The person a short sentence just before an unattributed quote is about, in the same
        paragraph ("Sam Ortega paused. “It is over.”", "She shook her head. “Never.”")."""
        if self.text[ustart:qs].strip():
            return None
        prevs = self.sentences_before(qs, 1)
        if not prevs:
            return None
        s, e = prevs[0]
        if "\n" in self.text[e:qs] and not (
            # a paragraph of one sentence before the quote's own: "Asked whether …, the
            # Thistle boss paused.\n\n“I've seen it once.”"
            not self.text[e:qs].strip() and (s == 0 or "\n" in self.text[max(0, s - 2) : s])
        ):
            return None
        if any(c in QUOTE_CHARS for c in self.text[s:e]):
            return None
        asked = [
            st for st in self.out if st.kind != "narrator" and s <= st.start < e and st.cue_start
        ]
        if len(asked) == 1 and asked[0].method.startswith("asked") and asked[0].end < e:
            # "Asked whether the family would appeal, the 49-year-old did not hesitate. “…”":
            # the one asked, after the question
            rest = [t for t in self.toks_in(asked[0].end, e) if t.text != ","]
            k = next((n for n, t in enumerate(rest) if _is_finite(t)), None)
            if k:
                a, b = rest[0].start, rest[k - 1].end
                if _EPITHET_RE.fullmatch(self.text[a:b]) or (
                    k == 1 and rest[0].lower in ("he", "she")
                ):
                    return _Source(self.text[a:b], "pronoun", a, b)
                src = _describe(self.text, a, b)
                if src is not None and src.named and (src.type == "person" or src.personal):
                    return src
            return None
        if len(_WORD_RE.findall(self.text[s:e])) > 12:
            return None
        if any(st.kind != "narrator" and s <= st.start < e for st in self.out):
            return None
        toks = self.toks_in(s, e)
        if len(toks) > 1 and toks[0].lower in ("he", "she") and _is_finite(toks[1]):
            # "She paused.": the person named as a subject in the sentences before
            return self.earlier_subject(s, "sg", "m" if toks[0].lower == "he" else "f")
        span = self.sentence_subject(s, e)
        if span is None:
            return None
        src = _describe(self.text, *span)
        if (
            src is not None
            and src.named
            and (src.type == "person" or src.personal)
            and not src.plural
            and (
                _PERSON_NAME_RE.fullmatch(src.name)
                # (or a speaker's surname: "McAvoy paused.")
                or any(x.kind != "narrator" and x.source.split()[-1] == src.name for x in self.out)
            )
        ):
            return src
        return None

    def colon_source(
        self, ustart: int, qs: int, consumed, written: re.Match | None
    ) -> tuple[_Source, int, int] | None:
        """'Name: “...”' or 'The senator put it bluntly: “...”' -> the source before the colon
        (or before "reading" after a post or letter, ``written``, the match of
        ``_WRITTEN_READING_RE`` before the quote: 'X left a comment reading, “...”'), with the
        colon's (or the word's) offsets."""
        m = re.search(r":\s*$", self.text[ustart:qs])
        cend = None
        label = False
        if written and not m:
            cpos, cend = written.span("cue")
            rstart = self.region_start(ustart, cpos, consumed)
        elif m:
            cpos = ustart + m.start()
            rstart = self.region_start(ustart, cpos, consumed)
        else:
            # 'Janet Hughes said:' closing the paragraph before the quote's own
            before = self.text[:ustart].rstrip()
            if self.text[ustart:qs].strip() or not before.endswith(":"):
                return None
            cpos = len(before) - 1
            i = bisect_right(self.sent_starts, cpos) - 1
            if i < 0:
                return None
            rstart = self.sents[i][0]
            label = True
        toks = list(self.toks_in(rstart, cpos))
        # ("As Persaud walked off, one voice carried from the stand:": the voice's)
        fronted = bool(toks) and toks[0].lower in _FRONTING_SUBORDINATORS
        while toks and toks[0].lower in self.lex.discourse:
            toks = toks[1:]
        comma = next((n for n, t in enumerate(toks) if t.text == ","), None)
        if comma is not None and (
            toks[0].pos in ("IN", "VBG", "VBN")
            or fronted
            or (comma <= 4 and toks[comma - 1].lower in _FRONTED_TIME_WORDS)
        ):
            toks = toks[comma + 1 :]  # "In a statement, the council said:", "Rejecting the
            # argument, the Court said:", "Hours later, Dalton wrote:"
            while True:  # "At a rally in Aspen, Colo., the senator said:"; "In Birmingham,
                # Alabama, on Saturday, …"
                comma = next((n for n, t in enumerate(toks[:4]) if t.text == ","), None)
                if not comma:
                    break
                head = toks[:comma]
                place = all(t.pos == "NNP" or t.text == "." for t in head) and (
                    head[-1].text.endswith(".") or _is_place(" ".join(t.text for t in head))
                )
                if not (place or head[0].pos == "IN"):
                    break
                toks = toks[comma + 1 :]
        if not toks:
            return None
        cend = cend if cend is not None else cpos + 1
        notice = _NOTICE_COLON_RE.match(self.text, toks[0].start, cpos)
        if notice is not None:
            # "The National Weather Service said …. A flash flood warning issued at 1:52 p.m.
            # was unusually direct: “…”": the body that issued it, if the sentence before
            # has it speak
            i = bisect_right(self.sent_starts, toks[0].start) - 1
            prev_s = self.sents[i - 1] if i > 0 else None
            body = next(
                (
                    x
                    for x in reversed([*self.out, *self.made])
                    if prev_s is not None
                    and prev_s[0] <= x.start < prev_s[1]
                    and x.source_type in _BODY_TYPES
                ),
                None,
            )
            if body is not None:
                return (
                    _Source(body.source, body.source_type, toks[0].start, toks[0].end, named=True),
                    cpos,
                    cend,
                )
        own = _OWN_WORDS_RE.match(self.text, toks[0].start, cpos)
        if own is not None:
            # "Cllr Gareth Evans later took to Facebook. His post was short: “…”": the
            # words are his (the pronoun resolved like a "he")
            pron = {"his": "he", "her": "she", "their": "they"}[own.group(1).lower()]
            return (
                _Source(pron, "pronoun", toks[0].start, toks[0].end, appositive=_OWN_WORDS),
                cpos,
                cend,
            )
        if _np_ok(toks, max_len=8) or (
            # a label line over the quote: "• Mrs Bukola Famuyiwa, Executive Director, Ekiti
            # Civil Society Coalition:" (a name, its role and its body, no verb)
            label
            and _np_ok(toks, max_len=16)
            and toks[0].pos != "IN"
            and not any(_is_finite(t) or t.pos in ("VBG", "VBN") for t in toks)
        ):
            src = self.source_from_toks(toks)
            return (src, cpos, cend) if src else None
        # "<subject> <verb> ...:" with the subject opening the clause
        head = []
        for t in toks:
            if _is_finite(t):
                break
            head.append(t)
        if head and len(head) < len(toks) and _np_ok(head, max_len=8):
            src = self.source_from_toks(head)
            return (src, cpos, cend) if src else None
        return None

    def passive(self, toks, ustart: int, uend: int, sid: int, consumed, cues) -> list[_Stmt]:
        """'The mayor is expected to resign': content = subject + infinitive, source unknown."""
        text = self.text
        out = []
        for m in _passive_re().finditer(text, ustart, uend):
            cs, ce = m.start(), m.end("part")
            if self.in_quote(cs) or any(a <= cs < b for a, b in consumed):
                continue
            rstart = self.region_start(ustart, cs, consumed)
            before = [t for t in toks if rstart <= t.start and t.end <= cs]
            cut = max((i + 1 for i, t in enumerate(before) if t.text == ","), default=0)
            chunk = before[cut:]
            subj = (chunk if _np_ok(chunk) else self.np_suffix(chunk)) if chunk else []
            if not chunk and cut:
                # "The extension, originally due in 2025, is now expected to …": the subject
                # before the aside
                first = before[: next(i for i, t in enumerate(before) if t.text == ",")]
                if first and _np_ok(first) and before[cut - 2].text != ",":
                    subj = first
            if subj and subj[0].lower in self.lex.discourse and len(subj) > 1:
                subj = subj[1:]
            hedged = self.hedged_speech(m.end(), subj, uend, sid, cues)
            if hedged is not None:
                out.append(hedged)
                consumed.append((hedged.frame_start, hedged.end))
                continue
            c_start = subj[0].start if subj else cs
            c_end = self.clause_end(m.end(), uend, cues)
            if before and before[-1].lower in _RELATIVE:
                # "X, which is expected to ..., will": the relative clause ends at its comma
                c_start = before[-1].start
                comma = text.find(",", m.end(), c_end)
                c_end = comma if comma > 0 else c_end
            c_start, c_end = self.trim(c_start, c_end)
            if c_end - m.end() < 3:
                continue
            lemma = m.group("part").lower()
            kind = "evidence" if lemma in ("reported", "said") else "cognition"
            out.append(self.unnamed(c_start, c_end, cs, ce, f"passive-{kind}", sid, c_start))
            consumed.append((c_start, c_end))
        for m in _IMPERSONAL_PASSIVE_RE.finditer(text, ustart, uend):
            # "It was announced on Thursday that ...": said, by no one named
            cs, ce = m.start("part"), m.end("part")
            if self.in_quote(cs) or any(a <= cs < b for a, b in consumed):
                continue
            c_start, c_end = self.trim(m.end(), self.clause_end(m.end(), uend, cues))
            if c_end - c_start < 3:
                continue
            out.append(self.unnamed(c_start, c_end, cs, ce, "passive-impersonal", sid, m.start()))
            consumed.append((m.start(), c_end))
        return out

    def hedged_speech(self, pos: int, subj: list[_Tok], uend: int, sid: int, cues):
        """ "The minister is understood to have told colleagues that ...": the subject spoke.

        The passive ("is understood / said / believed to have") is the reporter's hedge on
        who heard it, not an attribution with no source.
        """
        text = self.text
        m = re.match(r"have\s+([a-z]+)\b", text[pos:uend])
        entry = self.lex.verbs.get(m.group(1)) if m else None
        if not subj or entry is None or entry[1] != "speech":
            return None
        src = _describe(text, subj[0].start, subj[-1].end)
        if src is None:
            return None
        cs, ce = pos + m.start(1), pos + m.end(1)
        info = self.after_cue(ce, uend, entry[0])
        c_start, c_end = self.trim(info["pos"], self.clause_end(info["pos"], uend, cues))
        if c_end - c_start < 3:
            return None
        return _Stmt.by(
            src,
            c_start,
            c_end,
            self.content_kind(c_start, c_end, "indirect"),
            cue=text[cs:ce],
            cue_start=cs,
            cue_end=ce,
            confidence=0.6,
            method="hedged-speech",
            sent_id=sid,
            reported_to=info.get("to"),
            channel=info.get("channel"),
            frame_start=subj[0].start,
            frame_end=c_end,
        )

    def unnamed(
        self, c_start: int, c_end: int, cs: int, ce: int, method: str, sid: int, frame_start: int
    ) -> _Stmt:
        """A statement whose source the text does not name ("X is expected to ...", "It was
        announced that ...", "When asked whether ..."): source unknown, confidence 0.4."""
        return _Stmt(
            c_start,
            c_end,
            self.content_kind(c_start, c_end, "indirect"),
            cue=self.text[cs:ce],
            cue_start=cs,
            cue_end=ce,
            confidence=0.4,
            method=method,
            sent_id=sid,
            frame_start=frame_start,
            frame_end=c_end,
        )

    def first_clause_has_verb(self, c_start: int, c_end: int) -> bool:
        """Does the content's first clause hold a finite verb? The first clause ends at ", and"
        when a second clause follows ("adds €1.2bn to the bill, and the longer …") and before a
        clause of time ("the pair added 84 for the seventh wicket before Ramlal pulled …")."""
        m_and = re.search(
            r",\s+and\s|\s(?:before|after|until|while|when)\s", self.text[c_start:c_end]
        )
        end = c_start + m_and.start() if m_and else c_end
        toks = self.toks_in(c_start, end)
        # (a possessive "'s" read as "is": "his conversion of Ferrand's try")
        return any(
            _is_finite(t) and t.pos != "POS" and not _is_possessive(toks, k)
            for k, t in enumerate(toks)
        )

    def in_view(self, ustart: int, uend: int, sid: int, consumed) -> list[_Stmt]:
        """ "In her telling, every year of delay adds …", "In Okafor's view, …": the rest of the
        sentence is the possessor's, as after "according to"."""
        text = self.text
        m = _IN_VIEW_RE.match(text, ustart, uend)
        if m is None or self.in_quote(m.start()):
            return []
        c_start, c_end = self.trim(m.end(), uend)
        if c_end - c_start < 8 or any(
            self.lex.verbs.get(t.lower, ("",))[0] in _SAY_LEMMAS
            and t.pos.startswith("VB")  # ("diverse states that …")
            and not self.in_quote(t.start)
            for t in self.toks_in(c_start, c_end)
        ):
            return []  # ("In its analysis, the fund said …": the speech verb's statement)
        who = m.group("who")
        if who.lower() in ("his", "her", "their", "its"):
            pron = {"his": "he", "her": "she", "their": "they", "its": "it"}[who.lower()]
            src = _Source(pron, "pronoun", m.start("who"), m.end("who"))
        else:
            name_end = m.start("who") + len(re.sub(r"['’]s?$", "", who))
            src = _describe(text, m.start("who"), name_end)
            if src is None:
                return []
        st = _Stmt.by(
            src,
            c_start,
            c_end,
            "according-to",
            cue=text[m.start() : m.end("noun")],
            cue_start=m.start(),
            cue_end=m.end("noun"),
            confidence=0.7,
            method="in-view",
            sent_id=sid,
            frame_start=ustart,
            frame_end=c_end,
        )
        if src.type == "pronoun":
            self.resolve(st, src)
        consumed.append((ustart, c_end))
        return [st]

    def court_heard(self, ustart: int, uend: int, sid: int, consumed) -> list[_Stmt]:
        """ "The jury heard that Fenwick confronted the victim", "The court was told ...": what
        a court hears is said by someone unnamed (the prosecution, a witness) to the court."""
        text = self.text
        m = _COURT_HEARD_RE.match(text, ustart, uend)
        if m is None or self.in_quote(m.start("cue")):
            return []
        c_start, c_end = self.trim(m.end(), uend)
        if c_end - c_start < 8:
            return []
        if not m.group().rstrip().endswith("that") and not any(
            _is_finite(t) for t in self.toks_in(c_start, c_end)
        ):
            return []  # "The court heard the case on Monday": a hearing, no content
        st = self.unnamed(c_start, c_end, m.start("cue"), m.end("cue"), "court-heard", sid, ustart)
        st.reported_to = m.group("aud").lower()
        consumed.append((ustart, c_end))
        return [st]

    def in_document(self, ustart: int, uend: int, sid: int, consumed, cues) -> list[_Stmt]:
        """ "In the new Morning Consult poll, conducted March 11-13, 40 percent back Sanders":
        the poll (a study, report, book, ruling ...) is the source of the sentence after it,
        when no speech verb of the sentence says otherwise."""
        text = self.text
        m = _IN_DOCUMENT_RE.match(text, ustart, uend)
        if m is None or any(c[1] >= m.end("doc") and c[4] == "speech" for c in cues):
            return []  # ("In the paper, the researchers wrote that …": the writers' statement)
        src = _describe(text, m.start("doc"), m.end("doc"))
        c_start, c_end = self.trim(m.end(), uend)
        if src is None or c_end - c_start < 8 or self.in_quote(c_start):
            return []
        if len(_WORD_RE.findall(text[c_start:c_end])) < 4:
            return []
        st = _Stmt.by(
            src,
            c_start,
            c_end,
            "according-to",
            cue=text[m.start("cue") : m.end("cue")],
            cue_start=m.start("cue"),
            cue_end=m.end("cue"),
            confidence=0.6,
            method="in-document",
            sent_id=sid,
            frame_start=ustart,
            frame_end=c_end,
        )
        consumed.append((ustart, c_end))
        return [st]

    def asked(self, ustart: int, uend: int, sid: int, consumed) -> list[_Stmt]:
        """'When asked whether ..., X said': the question is content; who asked is not named."""
        text = self.text
        out = []
        if not re.search(r"sked|ressed|uestioned|hallenged", text[ustart:uend]):
            return out
        for m in _ASKED_RE.finditer(text, ustart, uend):
            cs, ce = m.start("cue"), m.end("cue")
            if self.in_quote(cs) or any(a <= cs < b for a, b in consumed):
                continue
            passive = bool(
                re.search(
                    r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$", text[ustart : m.start()]
                )
            )  # "Clinton was asked about the border": the question, asker unnamed
            if (
                m.start() > ustart
                and not passive
                and not re.search(r"(?:^|[,;(—–]\s*)$", text[ustart : m.start()])
            ):
                continue
            before = [t for t in self.toks_in(ustart, m.start()) if t.text != ","]
            if before and not any(_is_finite(t) for t in before) and before[0].pos != "IN":
                continue  # "The prime minister, asked about it, said ...": an aside on the subject
                # (not "At the Cannes press conference, asked whether …, Voss replied")
            pos = self.skip_ws(ce, uend)
            tm = self.lex.time_re.match(text, pos) or re.match(r"on\s+\w+day\b", text[pos:uend])
            if tm is not None and tm.end() > (tm.pos if tm.re is self.lex.time_re else 0):
                pos = self.skip_ws(tm.end() if tm.re is self.lex.time_re else pos + tm.end(), uend)
            pm = _ASKED_PLACE_RE.match(text, pos, uend)
            if pm:  # "Asked on the call whether …", "Asked by reporters on Monday if …"
                pos = pm.end()
            wm = _ASKED_CONTENT_RE.match(text, pos, uend)
            if not wm:
                continue
            c_start, c_end = self.trim(wm.start(), wm.end())
            if c_end - c_start < 4 or re.fullmatch(
                r"(?:about|of|on)\s+(?:this|that|it|them|him|her)", text[c_start:c_end]
            ):
                continue  # ("Asked about this, van der Berg pauses.": no question is given)
            st = self.unnamed(c_start, c_end, cs, ce, "asked-question", sid, m.start())
            bm = re.match(r"by\s+(.+?)\s*$", text[pm.start() : pm.end()]) if pm else None
            if bm:  # "Asked by BMO analyst Nadia Farouk whether …": the asker is named
                asker = _describe(text, pm.start() + bm.start(1), pm.start() + bm.end(1))
                if asker is not None and asker.named and not asker.plural:
                    st.attributed_to(asker)
            out.append(st)
            consumed.append((m.start(), c_end))
        return out

    def nominal(self, toks, ustart: int, uend: int, sid: int, consumed, cues) -> list[_Stmt]:
        """'X rejected the mayor's claim that ...': the possessor said the that-clause.
        Only after the sentence's verb (a nominal subject's content has no clear end)."""
        text = self.text
        out = []
        if not _THAT_RE.search(text, ustart, uend):
            return out  # the pattern needs "... claim that"
        for m in _nominal_re().finditer(text, ustart, uend):
            cs, ce = m.start("cue"), m.end("cue")
            if self.in_quote(cs) or any(a <= cs < b for a, b in consumed):
                continue
            if not any(
                t.pos in _FINITE for t in toks if ustart <= t.start < m.start()
            ):  # subject position
                continue
            ps, pe = m.start("poss"), m.end("poss")
            poss = text[ps:pe]
            if poss.lower() in ("his", "her", "their"):
                src = _Source(poss, "pronoun", ps, pe)
            else:
                pe = ps + len(re.sub(r"(?:’s|'s|’|')$", "", poss))
                before = [t for t in toks if ustart <= t.start and t.end <= pe]
                # ("appeared doubtful of a streaming company's argument that": the company)
                np_toks = self.np_suffix(before, prep=True)
                if not np_toks:
                    continue
                src = _describe(text, np_toks[0].start, pe)
                if src is None:
                    continue
                ps = np_toks[0].start
            c_start = m.end()
            c_end = self.clause_end(c_start, uend, cues)
            c_start, c_end = self.trim(c_start, c_end)
            if c_end - c_start < 4:
                continue
            st = _Stmt.by(
                src,
                c_start,
                c_end,
                self.content_kind(c_start, c_end, "indirect"),
                cue=text[cs:ce],
                cue_start=cs,
                cue_end=ce,
                confidence=0.5,
                method="nominal-cue",
                sent_id=sid,
                frame_start=ps,
                frame_end=c_end,
            )
            if src.type == "pronoun":
                self.resolve(st, src)
                st.method = "pronoun-nominal-cue"
            consumed.append((ps, c_end))
            out.append(st)
        return out

    def after_label(self, ustart: int, uend: int) -> int:
        """Where a paragraph's words start after a bullet ("• ") and a section label that names
        no speaker ("What they're saying: “…,” she tells Axios", "Why it matters: …")."""
        if self.text[max(0, ustart - 40) : ustart].rstrip(" \t")[-1:] not in ("\n", ""):
            return ustart  # (only at a paragraph's start)
        m = re.match(r"[•·▪◦‣∙*–-]\s+", self.text[ustart:uend])
        pos = ustart + (m.end() if m else 0)
        m = re.match(r"([^\n:“”\"]{2,40}):\s+(?=\S)", self.text[pos:uend])
        if m and _is_colon_label(m.group(1)):
            pos += m.end()
        return pos

    def speaker_label(self, ustart: int, uend: int, sid: int) -> _Stmt | None:
        """A transcript line: a paragraph opening with a speaker label ("Q:", "Brennholt:",
        "TAPPER:") is that speaker's words, to the paragraph's end (a direct statement with
        cue ":"); "Q:" is the interviewer, the outlet. The label must be "Q"/"A", in capitals,
        or a name the article gives elsewhere; headlines are left to :meth:`headline_colon`."""
        text = self.text
        if (
            ustart in self.headlines
            or sid == 0
            or text[max(0, ustart - 40) : ustart].rstrip(" \t")[-1:] not in ("\n", "")
        ):
            return None
        m = _SPEAKER_LABEL_RE.match(text, ustart, uend)
        if m is None or _is_colon_label(m.group(1)):
            return None
        label = m.group(1)
        if len(label.split()) > 3 and not (
            _PERSON_NAME_RE.fullmatch(" ".join(label.split()[-2:]))
            and is_given_name(label.split()[-2])
        ):
            return None  # ("STAT OF THE WEEK: …"; a long label ends in a person's name:
            # "Executive Vice President Noriko Sato:")
        if not re.search(r"[^\W\d_]{2}", text[m.start(2) : uend]) or re.fullmatch(
            r"\S+@\S+|https?://\S+", text[m.start(2) : uend].strip().rstrip(".")
        ):
            return None  # "Clinton: 1,769.", "EMAIL: desk@example.com": a list, not words said
        body = text[m.start(2) : uend]
        if body.count(";") >= 2 and all(
            len(part.split()) <= 4 for part in re.split(r"[;,]", body.split(".")[0])
        ):
            return None  # "Hull KR: Cole; Ashworth, Daley, Whitehead; …": a team sheet
        if (
            (label.isupper() or _is_place(label))  # ("Dubai: Private-sector employees …")
            and (
                sum(h < ustart for h in self.headlines) >= sid  # the first sentence of the body
                # (or of the story after a byline, a read time and a caption: "Mumbai: Varuna
                # Paints Ltd on Thursday reported …", near the top and in no transcript)
                or (
                    not label.isupper()
                    and ustart < 1500
                    and not any(s.cue == ":" for s in self.out)
                    and not re.search(r"\b[A-Z][a-z]+\s+" + re.escape(label) + r"\b", text)
                )
                # (or a place in capitals after a byline and a caption: "LUCKNOW: A …")
                or (
                    label.isupper()
                    and len(label) > 2
                    and _is_place(label.title())
                    # (not "CLINTON:" where the text names "Hillary Clinton")
                    and not re.search(r"\b[A-Z][a-z]+\s+" + re.escape(label.title()) + r"\b", text)
                )
            )
            and len(re.findall(r"(?m)^[ \t]*" + re.escape(label) + r":", text)) == 1
        ):
            return None  # "MUMBAI: Seat-sharing talks …": a dateline, not a transcript speaker
        if label in ("Q", "A", "Question", "Answer"):
            if label in ("Q", "Question"):
                src = _Source(self.art.outlet or "unknown", "outlet", None, None)
            else:
                src = self.interviewee() or _Source("unknown", "unknown", None, None)
        elif (
            label.isupper()
            or len(re.findall(r"\b" + re.escape(label.split()[-1]) + r"\b", text)) >= 2
        ):
            src = _describe(text, m.start(1), m.end(1))
            if src is None:
                return None
        else:
            return None
        para_end = text.find("\n", m.end())
        para_end = len(text) if para_end < 0 else para_end
        c_start, c_end = self.trim(m.start(2), para_end, strip_final=False)
        if c_end - c_start < 2:
            return None
        self.labelled.append((ustart, para_end))
        return _Stmt.by(
            src,
            c_start,
            c_end,
            "direct",
            cue=":",
            cue_start=m.end(1),
            cue_end=m.end(1) + 1,
            confidence=0.6,
            method="speaker-label",
            sent_id=sid,
            frame_start=ustart,
            frame_end=c_end,
        )

    def document_before(self, pos: int) -> tuple[_Source, str] | None:
        """(author, document) when the sentence before ``pos`` opens with a document from
        someone: "A statement from Mr Arkwright's family was read to the inquest …"."""
        prevs = self.sentences_before(pos, 1)
        if not prevs:
            return None
        s, e = prevs[0]
        m = _DOCUMENT_FROM_RE.match(self.text, s, e)
        if m is None:
            return None
        owner: list[_Tok] = []
        toks = self.toks_in(m.end(), e)
        for k, t in enumerate(toks):
            if not _is_possessive(toks, k) and (
                _is_finite(t) or t.lower in _AUX or t.text in ",;:"
            ):
                break
            owner.append(t)
        if not owner or not _np_ok(owner):
            return None
        named = re.match(
            r",\s+((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+),", self.text[owner[-1].end : e]
        )
        if named is not None and _KIN_GENDER.get(owner[-1].lower) is not None:
            # "A statement from Mr Corcoran's wife, Gemma, was read …": the name she is given
            owner_end = owner[-1].end
            return (
                _Source(
                    self.full_name(named.group(1)),
                    "person",
                    owner_end + named.start(1),
                    owner_end + named.end(1),
                    named=True,
                    personal=True,
                ),
                m.group(1).lower(),
            )
        src = self.source_from_toks(owner)
        if src is None or src.type == "pronoun":
            return None
        return src, m.group(1).lower()

    def question_answers(self) -> None:
        """An interview set as questions and quoted answers: "Van der Merwe spoke to The
        Athletic afterwards. / Did the referee explain the decision? / “He said …”". A quote
        with no speaker that makes a paragraph after a question paragraph (no quote marks) is
        the answer of the person named as the subject of the sentence before the questions
        began, else of the person quoted most (:meth:`interviewee`)."""
        text = self.text
        paras = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text)]
        starts = [a for a, _b in paras]

        def question(a: int, b: int) -> bool:
            return is_interview_question(text[a:b])

        for st in self.out:
            if st.method != "unattributed-quote" or st.source != "unknown":
                continue
            i = bisect_right(starts, st.start) - 1
            if i < 1 or text[paras[i][0] : st.start].strip() or not question(*paras[i - 1]):
                continue
            j = i - 1
            while j > 0 and (
                question(*paras[j]) or text[paras[j][0] : paras[j][1]].lstrip()[:1] in QUOTE_CHARS
            ):
                j -= 1  # back over the questions and answers to the paragraph before them
            src = None
            a, b = paras[j]
            told = [
                x
                for x in self.out
                if a <= x.start < b
                and x.kind != "narrator"
                and x.source != "unknown"
                and (x.source_type == "person" or x.personal)
                and not (x.cue or "").lower().startswith("ask")  # ("The Standard asked X …")
            ]
            if told:  # "In the same conversation, she answered a few more questions.": hers
                x = told[-1]
                src = _Source(x.source, x.source_type, None, None, named=True, personal=x.personal)
            sent = next((x for x in reversed(self.sents) if a <= x[0] < b), None)
            # ("swissinfo.ch asked political scientist Lukas Gfeller …")
            spoke = _INTERVIEWEE_RE.search(text, a, b)
            if src is None and spoke and spoke.group(1) not in (self.art.outlet or ""):
                # "Meduza spoke to Lomakin briefly after the hearing.": the one who answers
                src = _Source(self.full_name(spoke.group(1)), "person", None, None, named=True)
            span = self.sentence_subject(*sent) if sent and src is None else None
            if span is not None:
                src = _describe(text, *span)
                if src is not None and not (src.type == "person" or src.personal):
                    src = None
            if src is None:
                src = self.interviewee()
            if src is None:
                continue
            st.source, st.source_type, st.plural = src.name, src.type, False
            st.role, st.personal = src.role, src.personal
            st.method, st.confidence = "interview-answer", 0.6

    def unquoted_answers(self) -> None:
        """An interview set as questions and answers with no quote marks ("When did you first
        realize …? / During Kiko, actually. I was on a rubber boat …"): each answer paragraph
        is the interviewee's direct statement, and its "I"/"we" is the interviewee, not the
        writer. Only for an article with at least three question paragraphs each followed by
        an unquoted answer; an answer runs on over the paragraphs after it that speak in the
        first person, to the next question or the first paragraph that does not."""
        text = self.text
        paras = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text)]
        paras = [(a, b) for a, b in paras if not any(a <= h < b for h in self.headlines)]

        def asks(a: int, b: int) -> bool:  # an interviewer's line
            p = text[a:b].strip()
            if is_interview_question(p):
                return True
            bare = QUOTED_RE.sub("", p)
            return len(p) <= 300 and (
                p.endswith("?")
                # "Some of your critics say you are using this issue to run for governor.":
                # a prompt in the second person
                or (SECOND_PERSON_RE.search(bare) and not FIRST_PERSON_RE.search(bare))
            )

        def interjects(j: int) -> bool:  # "Seriously." between two answers: a prompt
            p = text[paras[j][0] : paras[j][1]].strip()
            return (
                j + 1 < len(paras)
                and len(p.split()) <= 2
                and p.endswith((".", "!", "?"))
                and FIRST_PERSON_RE.search(
                    QUOTED_RE.sub("", text[paras[j + 1][0] : paras[j + 1][1]])
                )
                is not None
            )

        labelled = re.compile(r"\s*[A-Z][\w .]{0,30}:\s")  # "Q: …", "A: …" (a transcript)
        strict = [
            i
            for i, ((a, b), (c, d)) in enumerate(zip(paras, paras[1:], strict=False))
            if is_interview_exchange(text[a:b], text[c:d])
            and not labelled.match(text, a, b)
            and not labelled.match(text, c, d)
        ]
        if len(strict) < 3:
            return
        first = strict[0]
        intro = text[: paras[first][0]]
        if not _INTERVIEW_INTRO_RE.search(intro):
            return  # (no interview presented before the questions: a column's own questions)
        src = self.interviewer_subject(paras[first - 1]) if first > 0 else None
        if src is None:
            src = self.interviewee()
        if src is None or not (
            is_given_name(src.name.split()[0])
            or any(x.source == src.name for x in self.out if x.kind != "narrator")
        ):
            return  # (no person the interview presents: a column's rhetorical questions)
        answers: list[tuple[int, int]] = []
        i = first  # a question line; the paragraph after it answers, whatever its person
        while i + 1 < len(paras):
            a, b = paras[i + 1]
            if text[a:b].lstrip()[:1] in QUOTE_CHARS or text[a:b].rstrip().endswith("?"):
                break
            answers.append((a, b))
            j = i + 2
            while j < len(paras) and not asks(*paras[j]) and not interjects(j):
                a, b = paras[j]
                bare = QUOTED_RE.sub("", text[a:b])
                if not FIRST_PERSON_RE.search(bare) or src.name.split()[-1] in bare:
                    break  # "After the interview, the mayor's office posted …": narration
                answers.append((a, b))
                j += 1
            if j >= len(paras) or not (asks(*paras[j]) or interjects(j)):
                break
            i = j
        if not answers:
            return
        inside = lambda x: any(a <= x.start < b for a, b in answers)  # noqa: E731
        kept = []
        for st in self.out:
            if st.kind == "narrator" and inside(st):
                continue  # (the answer's own row covers it)
            if inside(st) and st.method.startswith("first-person-"):
                st.source, st.source_type, st.plural = src.name, src.type, False
                st.role, st.personal = src.role, src.personal
            if inside(st) and re.match(r"(?:I|We|No|Yes)\b", st.source):
                continue  # ("I understand why people say it": the answer's own words)
            kept.append(st)
        for a, b in answers:
            c_start, c_end = self.trim(a, b, strip_final=False)
            if c_end - c_start < 2:
                continue
            st = _Stmt.by(
                _Source(src.name, src.type, None, None, named=src.named, personal=src.personal),
                c_start,
                c_end,
                "direct",
                confidence=0.6,
                method="interview-answer",
                sent_id=bisect_right(self.sent_starts, c_start) - 1,
                frame_start=c_start,
                frame_end=c_end,
            )
            kept.append(st)
        kept.sort(key=lambda s: (s.start, s.end))
        self.out = kept

    def labelled_answers(self) -> None:
        """An interview set out as "Q." and "A." lines ("Grist spoke with Priya Raman, the
        group's senior policy director. / Q. What does this change? / A. It flips the
        burden."): each answer is the interviewee's direct statement, each question no one's
        statement. Only with two questions and two answers at least, after an introduction
        that names the person spoken to."""
        text = self.text
        paras = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*", text)]
        marked = []
        for a, b in paras:
            m = re.match(r"\s*(Q|A)(?:\.|:)\s+(?=\S)", text[a:b])
            if m is not None:
                marked.append((a, b, m.group(1), a + m.end()))
        questions = [x for x in marked if x[2] == "Q"]
        answers = [x for x in marked if x[2] == "A"]
        if len(questions) < 2 or len(answers) < 2:
            return
        first = min(x[0] for x in marked)
        spoke = next(reversed(list(_INTERVIEWEE_RE.finditer(text, 0, first))), None)
        if spoke is None:
            return
        name = self.full_name(spoke.group(1))
        journalist = re.compile(
            r"(?:writer|reporter|correspondent|editor|journalist|columnist|host|anchor)s?\s+$"
        )
        if (
            spoke.group(1) in (self.art.outlet or "")
            or spoke.group(1).isupper()
            or journalist.search(text[max(0, spoke.start(1) - 40) : spoke.start(1)])
            or re.match(
                r"\s+(?:[a-z]+\s+){0,2}(?:writer|reporter|correspondent|editor|journalist)s?\b",
                text[spoke.end(1) : spoke.end(1) + 40],
            )
            or any(
                journalist.search(text[max(0, m.start() - 40) : m.start()])
                and m.group().split()[-1] == spoke.group(1).split()[-1]
                for m in _PERSON_RUN_RE.finditer(text, 0, first)
            )
        ):
            # "… where he spoke with POLITICO senior writer Michael Grunwald": the one who
            # spoke with the journalist, the first person the introduction names
            runs = [
                m
                for m in _PERSON_RUN_RE.finditer(text, 0, first)
                if not journalist.search(text[max(0, m.start() - 40) : m.start()])
                and not m.group().isupper()
                and " " in m.group()
            ]
            if not runs:
                return
            d = _describe(text, runs[0].start(), runs[0].end())
            name = self.full_name(d.name if d is not None and d.named else runs[0].group())
        name = _strip_title(name)
        # an answer runs on over the paragraphs after it, to the next line with a label
        ends = sorted(a for a, _b, _k, _s in marked)
        answers = [
            (
                a,
                max(
                    [b]
                    + [
                        pb
                        for pa, pb in paras
                        if pa > a and pa < next((x for x in ends if x > a), len(text))
                    ]
                ),
                kind,
                body,
            )
            for a, b, kind, body in answers
        ]
        for st in self.out:  # "I think …" in an answer, on its line or after it: the
            # interviewee's (a statement inside the answer, as PolNeAR marks it)
            if st.method.startswith("first-person-") and any(
                a <= st.start < b for a, b, _k, _s in answers
            ):
                st.source, st.source_type, st.plural = name, "person", False
                st.role, st.personal = None, True
        spans = [(a, b) for a, b, _k, _s in marked]
        kept = [
            st
            for st in self.out
            if not any(a <= st.start < b for a, b in spans)
            # (the lines' own rows go: "Q: …" read as a colon label, the answer's narration;
            # a statement the answer reports stays: "Even my own folks say …")
            or not (
                st.kind == "narrator" or st.source == "unknown" or (st.cue or ":").strip() == ":"
            )
        ]
        for st in kept:
            label = re.match(r"[QA][.:]\s+", st.source)
            if label is not None and any(a <= st.start < b for a, b in spans):
                st.source = st.source[label.end() :]  # ("Q. Critics say …": the critics)
                if st.source_start is not None:
                    st.source_start += label.end()
        spans += [(a, b) for a, b, _k, _s in answers]
        kept = [
            st
            for st in kept
            if not any(a <= st.start < b for a, b in spans)
            or not (st.kind == "narrator" or st.source == "unknown")
        ]
        for _a, b, _kind, body in answers:
            c_start, c_end = self.trim(body, b, strip_final=False)
            if c_end - c_start < 2:
                continue
            kept.append(
                _Stmt.by(
                    _Source(name, "person", None, None, named=True, personal=True),
                    c_start,
                    c_end,
                    "direct",
                    confidence=0.6,
                    method="interview-answer",
                    sent_id=bisect_right(self.sent_starts, c_start) - 1,
                    frame_start=c_start,
                    frame_end=c_end,
                )
            )
        kept.sort(key=lambda s: (s.start, s.end))
        self.out = kept

    def interviewer_subject(self, para: tuple[int, int]) -> _Source | None:
        """The person an interview's introduction presents: the one an outlet "spoke to",
        "asked" or "interviewed", else the person opening one of its sentences ("Dimaculangan-
        Reyes sat down with Rappler at the municipal hall on Wednesday.")."""
        a, b = para
        spoke = _INTERVIEWEE_RE.search(self.text, a, b)
        if spoke and spoke.group(1) not in (self.art.outlet or ""):
            return _Source(self.full_name(spoke.group(1)), "person", None, None, named=True)
        for sent in reversed([x for x in self.sents if a <= x[0] < b]):
            span = self.sentence_subject(*sent)
            if span is None:
                continue
            src = _describe(self.text, *span)
            if src is not None and (src.type == "person" or src.personal) and src.named:
                name = self.full_name(src.name)
                given = re.search(r"\b([A-Z][\w’'-]+)\s+" + re.escape(name) + r"\b", self.text)
                if " " not in name and given and is_given_name(given.group(1)):
                    name = f"{given.group(1)} {name}"  # "Anneliese Brandt has run …. Brandt sat"
                return _Source(name, src.type, None, None, named=True, personal=True)
        return None

    def interviewee(self) -> _Source | None:
        """Who answers an interview's "A:": the person quoted most so far (the latest of a tie)."""
        counts: dict[str, int] = {}
        last: dict[str, int] = {}  # the position of each person's latest statement
        for k, st in enumerate(self.out):
            if (
                st.kind != "narrator"
                and (st.source_type == "person" or st.personal)
                and _PERSON_NAME_RE.fullmatch(st.source)  # a named person, not "cast members"
            ):
                counts[st.source] = counts.get(st.source, 0) + 1
                last[st.source] = k
        if not counts:
            return None
        best = max(counts, key=lambda n: (counts[n], last[n]))
        st = self.out[last[best]]
        return _Source(st.source, st.source_type, None, None, named=True, personal=st.personal)

    def headline_colon(self, ustart: int, uend: int, sid: int) -> list[_Stmt]:
        text = self.text
        m = re.match(
            r"((?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*):\s+(\S.*)$", text[ustart:uend], re.S
        )
        if not m or _is_colon_label(m.group(1)):
            return []
        if _HEADLINE_LABEL_RE.match(m.group(2)):
            return []  # "Storm Ilsa: live updates", "Strike talks: what we know so far"
        if m.group(1).isupper() and re.match(r"(?:The|A|An)\s", m.group(2)):
            return []  # a dateline: "NEW DELHI: The opposition staged a walkout ..."
        ns, ne = ustart + m.start(1), ustart + m.end(1)
        src = _describe(text, ns, ne)
        if src is None:
            return []
        cs = ustart + m.end(1)
        c_start, c_end = self.trim(ustart + m.start(2), uend, strip_final=False)
        kind = self.content_kind(c_start, c_end, "indirect")
        if kind != "direct" and _is_region(m.group(1)):
            return []  # "Germany: Coalition row over electricity tax cut escalates": a topic
            # (not "Obama: …", which the gazetteer also knows as a town)
        return [
            _Stmt.by(
                src,
                c_start,
                c_end,
                "direct" if kind == "direct" else kind,
                cue=":",
                cue_start=cs,
                cue_end=cs + 1,
                confidence=0.5,
                method="headline-colon",
                sent_id=sid,
                frame_start=ns,
                frame_end=c_end,
            )
        ]

    def last_speaker(self, pos: int) -> _Stmt | None:
        """The speaker of a direct quote just before ``pos`` (same or previous paragraph), or
        of a named source's paraphrase in the sentence just before it ("Reyes said his side
        would recover. “We will come back.”")."""
        cands = [
            s
            for s in self.out
            if s.end <= pos and s.kind in ("direct", "mixed", "indirect") and s.source != "unknown"
        ]
        if not cands:
            return None
        prev = max(cands, key=lambda s: s.end)
        gap = self.text[prev.end : pos]
        if gap.count("\n\n") > 1 or len(gap) > 400:
            return None
        if prev.kind == "indirect" and (
            len(re.findall(r"[.!?](?=[\s”\"]|$)", gap)) > 1  # a sentence in between
            or prev.method.startswith(("learned", "passive", "first-person"))
            or _lex().verbs.get((prev.cue or "").lower(), ("", ""))[1] != "speech"
            and not (  # ("…,” Ms. Hughes said, pointing out where …. “…”": the gerund's)
                prev.method.startswith("gerund")
                and _lex().verbs.get((prev.cue or " ").lower().split()[0], ("", ""))[1] == "speech"
            )
        ):
            return None  # a paraphrase lends its speaker only to a quote right after it
        # no other attributed statement in between
        if any(prev.end <= s.start < pos and s.kind != "narrator" for s in self.out):
            return None
        return prev

    def resolve(self, st: _Stmt, pron: _Source) -> None:
        """Resolve a pronoun speaker to the latest compatible earlier source."""
        self.resolve_pronoun(st, pron)
        self.note_gender(st, pron)

    def note_gender(self, st: _Stmt, pron: _Source) -> None:
        """Note the gender of the "he"/"she" resolved to ``st``'s named source."""
        gender = {"he": "m", "she": "f"}.get(pron.name.lower())
        name = st.source
        if re.fullmatch(r"[A-Z][\w’'-]+", name):
            name = self.full_name(name)  # (a surname alone under the one full name the text
            # gives it: "Baird tells me …. She is, she admits, …" for "Morven Baird")
        if gender and st.source_type == "person" and _PERSON_NAME_RE.fullmatch(name):
            known = self.pronoun_gender.setdefault(name, gender)
            if known != gender:
                self.pronoun_gender[name] = ""  # both "he" and "she": no evidence

    def resolve_pronoun(self, st: _Stmt, pron: _Source) -> None:
        """:meth:`resolve` without noting the gender it finds."""
        if any(x.source in ("former", "latter") for x in (*self.out, *self.made)):
            self.former_latter()  # ("The latter said …. Later, she said …": name them first)
        p = pron.name.lower()
        if p == "another":  # "…, one of the people said. Another said …": another of them
            group = next(
                (
                    x.source
                    for x in sorted(
                        (x for x in (*self.out, *self.made) if x.start < st.start),
                        key=lambda x: x.start,
                        reverse=True,
                    )
                    if x.kind != "narrator"
                    and st.sent_id - x.sent_id <= 3
                    and (
                        x.source.startswith("one of ")
                        or (x.plural and " and " not in x.source)
                        # "said a New Hampshire Republican. … Yet another said": another one
                        or (
                            x.source_start is not None
                            and re.search(
                                r"\b(?:an?|another|one)\s+$",
                                self.text[max(0, x.source_start - 9) : x.source_start],
                                re.I,
                            )
                        )
                        or x.source.lower().startswith("one ")
                    )
                ),
                None,
            )
            st.method = "pronoun-" + st.method.replace("pronoun-", "")
            st.source_start = st.source_end = None
            if group is None:
                st.source, st.source_type, st.confidence = "unknown", "unknown", 0.3
            else:
                plural = next(x.plural for x in (*self.out, *self.made) if x.source == group)
                if plural and not group.startswith("one of "):
                    group = _one_of(group)  # "Residents said …. Another said": one of them
                words = group.split(" ", 1)
                rest = words[1] if words[0].lower() in ("one", "another") else group
                st.source, st.source_type = "another " + rest, "anonymous"
            return
        want = "pl" if p == "one" else _PRONOUNS.get(p, "sg")  # "one" of a group named before
        st.method = "pronoun-" + st.method.replace("pronoun-", "")
        st.source_start = st.source_end = None
        if want in ("i", "we"):
            # first person outside quotes: the writer, i.e. the narrator's voice
            st.source, st.source_type = self.art.outlet or "unknown", "outlet"
            st.method = st.method.replace("pronoun-", "first-person-")
            return
        if want == "it":
            doc = self.document_before(st.start)
            if doc is not None:  # "A statement from the family was read out. “…,” it said."
                src, label = doc
                st.source, st.source_type, st.plural = src.name, src.type, src.plural
                st.role, st.personal = src.role, src.personal
                st.channel = st.channel or label
                return
        gender = {"he": "m", "she": "f"}.get(p)
        kin = self.kin_subject(st, gender) if gender is not None else None
        if kin is not None:  # "Her mother rolls her eyes at that. “…,” she says": the mother
            st.source, st.source_type, st.plural = kin.source, kin.source_type, False
            st.role, st.personal, st.confidence = kin.role, kin.personal, 0.4
            return
        doc = self.document_before(st.start) if gender else None
        if doc is not None and _gender(doc[0].name, doc[0].name) == gender:
            # "A statement from the daughter of one victim was read to the court. “…,” she
            # wrote": the one whose statement it is
            src, label = doc
            st.source, st.source_type, st.plural = src.name, "anonymous", False
            if src.named:
                st.source_type = src.type
            st.role, st.personal = src.role, True
            st.channel = st.channel or label
            return
        named = self.named_in_sentence_before(st, gender) if gender else None
        if named is not None:
            st.source, st.source_type, st.plural = named, "person", False
            st.role, st.personal = None, True
            return
        own = self.own_subject(st, pron, gender) if gender is not None else None
        if own is None and p == "they":
            own = self.own_plural_subject(st, pron)
        if own is not None:  # "Ms Patel spoke in Berlin, where she said …": Ms Patel
            st.source, st.source_type, st.plural = own.name, own.type, own.plural
            st.role, st.personal = own.role, own.personal
            return
        earlier = [
            s
            for s in (*self.out, *self.made)  # also this sentence's: "Before the union
            # announced the strike, it said ..."
            if s is not st
            and (s.cue_start if s.cue_start is not None else s.start) < (st.cue_start or st.start)
            and s.kind != "narrator"
            and s.source_type != "pronoun"
            and s.source.lower() not in _PRONOUNS  # (one of this sentence's, not yet resolved)
            # (the teller is the topic, not the told)
            and not s.method.endswith(("-passed-on", "quote-relayed"))
            # (a headline's speaker is no antecedent in the body)
            and not (
                any(a <= s.start < b for a, b in self.headline_spans)
                and not any(a <= st.start < b for a, b in self.headline_spans)
            )
        ]
        earlier.sort(key=lambda s: s.cue_start if s.cue_start is not None else s.start)
        asked = self.addressee(st, earlier[-1]) if earlier and want == "sg" else None
        if asked is not None:  # "One reporter asked Moura whether … “…,” he replied": Moura
            st.source, st.source_type, st.plural = asked.name, asked.type, False
            st.role, st.personal = asked.role, asked.personal
            return
        if gender is not None and want == "sg" and p in ("he", "she"):
            # "Among the buyers yesterday was Leung, an IT engineer who …. He said …": the
            # person the sentence before introduces with "was"
            before = self.sentences_before(st.cue_start or st.start, 1)
            intro = (
                re.search(
                    r"\b(?:was|were|is)\s+((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+),\s+(?:an?|the)\s"
                    # "For Jeanne d’Arc Uwimana, a 46-year-old mother of four …, the
                    # announcement came as a relief. She told …": the one it is for
                    r"|^\s*For\s+((?:(?:[A-Z]|d[’'])[\w’'-]+\s+){0,3}[A-Z][\w’'-]+),\s+(?:an?|the)\s",
                    self.text[before[0][0] : before[0][1]],
                )
                if before
                else None
            )
            who = intro.group(1) or intro.group(2) if intro is not None else ""
            if (
                intro is not None
                and _gender(who, who) in (None, gender)
                # (the sentence before says nothing itself)
                and not any(
                    x.sent_id == st.sent_id - 1 and x.kind != "narrator"
                    for x in (*self.out, *self.made)
                )
            ):
                name = self.full_name(who)
                st.source, st.source_type, st.plural = name, "person", False
                st.role, st.personal = None, True
                return
        epithet = p not in _PRONOUNS and p != "one"  # "the German", "the 27-year-old"
        if epithet and want == "sg" and earlier:
            # "Haan also confirmed that Vermeulen would be given a protected role. The
            # Dutchman, however, conceded …": a speaker the sentence before names, though
            # another speaks in it
            before = self.sentences_before(st.cue_start or st.start, 1)
            last_speaker = self.full_name(earlier[-1].source)
            named = (
                {
                    self.full_name(x.source)
                    for x in earlier
                    if self.full_name(x.source) != last_speaker
                    and x.source_type == "person"
                    and _PERSON_NAME_RE.fullmatch(self.full_name(x.source))
                    and re.search(
                        r"\b" + re.escape(x.source.split()[-1]) + r"\b",
                        self.text[before[0][0] : before[0][1]],
                    )
                }
                if before
                else set()
            )
            if len(named) == 1 and earlier[-1].sent_id == st.sent_id - 1:
                x = next(e for e in reversed(earlier) if self.full_name(e.source) in named)
                st.source, st.source_type, st.plural = x.source, x.source_type, False
                st.role, st.personal = x.role, x.personal
                return
        replies = self.lex.verbs.get((st.cue or "").lower(), ("",))[0] in (
            "reply",
            "answer",
            "respond",
            "retort",
        )
        answering = self.answer
        for s in reversed(earlier):
            if s.source == "unknown":
                continue
            if s.method.startswith("asked") and s.sent_id == st.sent_id:
                continue  # "Asked by presenter Ciara Moynihan whether …, she said": the one
                # asked answers, not the presenter
            if answering is not None and s.source == answering.source and p != "i":
                continue  # (inside an answer its speaker is "I": "My mother … She told me")
            if (
                replies
                and s is earlier[-1]
                and (
                    (s.kind == "direct" and re.search(r"\?\W*$", self.text[s.start : s.end]))
                    # "The coroner asked whether anyone had re-inspected the tower. “Not that
                    # I know of,” he replied": the witness, not the coroner
                    or (
                        self.lex.verbs.get((s.cue or "").lower(), ("",))[0] == "ask"
                        and re.match(
                            r"(?:whether|if|what|why|how|when|where|who)\b",
                            self.text[s.start : s.end],
                        )
                        is not None
                    )
                )
                and st.sent_id - s.sent_id <= 2  # ("…?” X asked." may be two sentences)
            ):
                continue  # "“So you paid …?” Van der Merwe asked. “Yes,” she replied": the
                # one asked answers, not the asker
            if (
                want == "sg"
                and (not s.plural or s.source.lower().startswith("one of "))
                and self.person_like(s, gender)
                and (gender is None or self.gender_fits(s, st, gender, earlier))
                # ("said the 46-year-old" after "as the Trump team sought to …": a person)
                and (
                    not epithet
                    or s.source_type == "person"
                    or s.personal
                    or _PERSON_NAME_RE.fullmatch(s.source) is not None
                )
            ):
                break
            if want == "pl" and (
                s.plural or s.source_type in ("organisation", "government", "media", "anonymous")
            ):
                break
            if (
                want == "pl"
                and s.source_start is not None
                and s.source_end is not None
                and re.search(
                    r"[A-Z][\w’'.-]*,?\s+and\s+(?:the\s+)?[A-Z]",
                    self.text[s.source_start : s.source_end],
                )
                and (s.source_type == "person" or s.personal)
            ):
                # "Analysts Karan Mehta and Swati Joshi wrote …. They argued …": both
                st.group_span = (s.source_start, s.source_end)
                break
            if (
                want == "it"
                and (
                    s.source_type in ("organisation", "government", "media")
                    # "the league" (unknown); not "senior executive at the company"
                    or re.split(r"\s(?:of|at|for|from|with|in)\s", s.source)[0].split()[-1].lower()
                    in _BODY_ANAPHORS
                    # "The 94-page draft … states that …. It also proposes …": the document
                    # (not when "it" speaks through a channel: "…, according to a regulatory
                    # filing. …, it said in a statement to the exchanges": the company)
                    or (
                        s.source.split()[-1].lower() in _DOCUMENT_NOUNS | {"draft", "bill"}
                        and not st.channel
                    )
                )
                # "Health Minister Jane Mwangi": she is no "it"; "The Treasury" is one
                and not (s.personal and not self.body_only(s.source))
            ):
                break
        else:
            s = None
        if s is None and want == "it" and p == "it":
            # "The study, published in Nature Geoscience, uses … . It finds that …": the
            # document the sentence before opens with, quoted or not
            before = self.sentences_before(st.cue_start or st.start, 1)
            m = (
                re.match(
                    r"\s*(?:[Tt]he|[Tt]his|[Tt]heir|[Ii]ts)\s+((?:[\w-]+\s+){0,2}?(?:study|report"
                    r"|survey|analysis|paper|audit|review|poll|assessment))\b",
                    self.text[before[0][0] : before[0][1]],
                )
                if before
                else None
            )
            if m is not None:
                a = before[0][0] + m.start(1)
                doc = _describe(self.text, a, a + len(m.group(1)))
                if doc is not None:
                    st.source, st.source_type, st.plural = doc.name, doc.type, False
                    st.role, st.personal = doc.role, False
                    return
        if s is None and gender == "f" and want == "sg":
            # "Halcyon Road chairman Dana Okafor said …. She told Variety …": no woman before,
            # but a "chairman" whose name gives no gender
            s = next(
                (
                    x
                    for x in reversed(earlier)
                    if 0 <= st.sent_id - x.sent_id <= 2
                    and not x.plural
                    and self.office_male_only(x)
                ),
                None,
            )
        if (
            s is not None
            and gender is not None
            and not s.personal
            and self.source_gender(s) is None
        ):
            # "In her memoir she wrote that …, after a visiting inspector told her class that
            # …. “…,” she wrote": the sentence's main speaker, of that gender, not the one of
            # unknown gender in its subordinate clause
            main = next(
                (
                    x
                    for x in earlier
                    if x.sent_id == s.sent_id
                    and x is not s
                    and (x.cue_start or x.start) < (s.cue_start or s.start)
                    and (x.source_type == "person" or x.personal)
                    # ("Asked by Farah Nadiah who …, the witness said …": the asker is
                    # no main speaker)
                    and not x.method.startswith("asked")
                    and gender
                    in (
                        self.source_gender(x),
                        self.pronoun_gender.get(self.full_name(x.source)),
                        self.pronoun_before_cue(x),  # (itself a "she" given a name)
                    )
                ),
                None,
            )
            if main is not None:
                s = main
        if (
            s is not None
            and gender is not None
            and p in ("he", "she")
            and s.source_start is not None
            and re.search(
                r"\b(?:her|his|their)\s+(?:daughter|son|husband|wife|widow|widower|sister"
                r"|brother|mother|father|partner|niece|nephew|grandson|granddaughter)\s*,?\s*$",
                self.text[max(0, s.source_start - 30) : s.source_start],
            )
            and "\n\n" in self.text[s.end : st.start]
        ) or (
            s is not None
            and gender is not None
            and p in ("he", "she")
            and self.obituary_narration(s, st, gender)
        ):
            # "Her death was announced by her daughter, Sólveig Ólafsdóttir, who said …. [a
            # new paragraph on the novelist's life] “…,” she told Morgunblaðið": the person the
            # obituary or profile is about, not the relative who announced it
            lead = self.lead_person(gender)
            if lead is not None and lead != s.source:
                st.source, st.source_type, st.plural = lead, "person", False
                st.role, st.personal, st.confidence = None, True, 0.4
                return
        if s is not None and gender is not None and p in ("he", "she"):
            topic = self.topic_before(st, gender)
            if topic is not None and topic != s.source and self.full_name(s.source) != topic:
                # "None of that seems to weigh on Pardy, who sits on the board …. On a grey
                # afternoon, she tells a visitor …": the person the sentence before is about
                st.source, st.source_type, st.plural = topic, "person", False
                st.role, st.personal, st.confidence = None, True, 0.4
                return
        adds = self.lex.verbs.get((st.cue or "").lower(), ("",))[0] == "add" and bool(
            re.match(r"\s+in\s+the\s+same\s+", self.text[st.cue_end or st.end :])
        )
        if want == "sg" and (gender is not None or epithet) and not (adds and s is not None):
            # ("“…,” he added in the same interview": the last speaker goes on, whoever the
            # sentence between is about)
            # a person who is the subject of a sentence after that source's statement, and
            # before this one, is nearer: "Fenwick asked for leniency. Tallis apologised.
            # “I am sorry,” he said." (Tallis)
            after = s.end if s is not None else -1
            s2 = self.earlier_subject(st.start, want, gender, after)
            if s2 is not None and not (replies and earlier and s2.name == earlier[-1].source):
                st.source, st.source_type, st.plural = s2.name, s2.type, s2.plural
                st.confidence = round(st.confidence - 0.1, 2)
                return
        if want == "it":
            # "Acme published its plan on Monday. It said ...": a body opening one of the two
            # sentences before (after that statement's own sentence) is nearer
            body = self.earlier_body(st.start, s.end if s is not None else -1)
            if body is not None:
                st.source, st.source_type, st.plural = body.name, body.type, False
                st.confidence = round(st.confidence - 0.15, 2)
                return
        if want in ("sg", "pl") and s is None:
            # fall back to a person named as the subject of an earlier sentence
            s2 = self.earlier_subject(st.start, want, gender)
            if s2 is not None and not (replies and earlier and s2.name == earlier[-1].source):
                st.source, st.source_type, st.plural = s2.name, s2.type, s2.plural
                st.confidence = round(st.confidence - 0.15, 2)
                return
        if s is None and gender is not None:
            only = self.only_person(st.start, gender)
            if only is not None:  # "… as Fuentes took the stage. “…,” she told the crowd."
                st.source, st.source_type, st.plural = only, "person", False
                st.personal, st.confidence = True, 0.4
                return
            # the one named speaker of that gender so far: a profile's "she said" paragraphs
            # after the founder last spoke
            same = {
                x.source: x
                for x in earlier
                if x.source[:1].isupper()
                and (x.source_type == "person" or x.personal)
                and self.source_gender(x) == gender
            }
            if len(same) == 1:
                x = next(iter(same.values()))
                st.source, st.source_type, st.plural = x.source, x.source_type, False
                st.role, st.personal, st.confidence = x.role, x.personal, 0.4
                return
            lead = self.lead_person(gender)
            if lead is not None:  # an obituary's or a profile's "she would later recall"
                st.source, st.source_type, st.plural = lead, "person", False
                st.personal, st.confidence = True, 0.4
                return
        if s is None and epithet:
            recent = self.named_recently(st.cue_start or st.start)
            if recent is not None:  # "As Persaud walked off, …. …, the Player of the Match
                # said": the person the text named last
                st.source, st.source_type, st.plural = recent, "person", False
                st.personal, st.confidence = True, 0.4
                return
        if s is None:
            st.source, st.source_type = "unknown", "unknown"
            st.confidence = 0.3
            self.issues.append(
                (
                    pron.start or st.start,
                    f"unresolved pronoun speaker “{pron.name}” at {pron.start}",
                )
            )
            return
        st.source, st.source_type, st.plural = s.source, s.source_type, s.plural
        st.role, st.personal = s.role, s.personal
        if want == "sg" and s.source.lower().startswith("one of "):
            st.plural = False  # ("He said" after "one of the officials told …": one of them)
        if p == "one" and s.plural:  # "Two of the sources said …. One of them described …"
            st.source, st.plural = _one_of(s.source), False

    def speaker_of_role(
        self, src: _Source | None, pos: int, gender: str | None, start: int, end: int
    ) -> _Source | None:
        """The source of the latest statement before ``pos`` whose source is the role
        descriptor ``src`` ("the judge said …") or took it up as its descriptor (its name
        since), of ``gender`` or of none known, as a mention at ``start:end``; None when
        ``src`` is no role descriptor or no such statement is made."""
        if src is None or not _role_descriptor(self.text, src):
            return None
        known = [
            x
            for x in (*self.out, *self.made)
            if x.start < pos
            and x.kind != "narrator"
            and not x.plural
            and (x.source == src.name or x.descriptor == src.name)
        ]
        said = max(known, key=lambda x: x.start) if known else None
        if said is None or (gender is not None and self.source_gender(said) not in (None, gender)):
            return None
        return _Source(said.source, said.source_type, start, end, named=True, personal=True)

    def obituary_narration(self, s: _Stmt, st: _Stmt, gender: str) -> bool:
        """In an obituary, is there a paragraph between the statement ``s`` and the "he"/"she"
        of ``st`` that speaks of a "her"/"his" outside quote marks and names no one of that
        gender ("“…,” Ms. Jennings said. ¶ The fight for which Homestead will best remember
        her began in 1986 …. ¶ She testified …": the pianist the obituary is about)?"""
        gap_start = self.text.find("\n\n", s.end, st.start)
        if gap_start < 0 or not re.search(
            r"\b(?:obituary|died|dies|has\s+died|passed\s+away)\b", self.text[:800], re.I
        ):
            return False
        i = bisect_right(self.sent_starts, st.cue_start or st.start) - 1
        end = self.sents[i][0] if i >= 0 else st.start
        if end <= gap_start or any(
            x is not st and x.kind != "narrator" and gap_start <= (x.cue_start or x.start) < end
            for x in (*self.out, *self.made)
        ):
            return False  # (narration only: "Ms Akhtar put it to him that …. “…,” he replied")
        pron = re.compile(r"\b(?:she|her|hers)\b" if gender == "f" else r"\b(?:he|him|his)\b", re.I)
        return any(
            not self.in_quote(m.start()) for m in pron.finditer(self.text, gap_start, end)
        ) and not any(
            _gender(n.group(), n.group()) == gender
            for n in _PERSON_RUN_RE.finditer(self.text, gap_start, end)
        )

    def named_recently(self, pos: int) -> str | None:
        """The full name of the person the text names last in the two sentences before ``pos``
        (by full name or surname, outside quotes), for an epithet ("the 24-year-old", "the
        Player of the Match"); None when no one is."""
        before = self.sentences_before(pos, 2)
        if not before:
            return None
        start = before[-1][0] if before[-1][0] < before[0][0] else before[0][0]
        people: dict[str, str] = {}
        for a, b in self.full_names(0, pos):
            src = _describe(self.text, a, b)
            if (
                src is not None
                and src.type == "person"
                and _PERSON_NAME_RE.fullmatch(src.name)
                and (
                    is_given_name(src.name.split()[0])
                    # (or a surname the text uses alone: "Keshan Persaud" … "Persaud")
                    or re.search(
                        r"(?<!"
                        + re.escape(src.name.split()[0])
                        + r" )\b"
                        + re.escape(src.name.split()[-1])
                        + r"\b(?!\s+[A-Z])",
                        self.text[b:],
                    )
                )
            ):
                people[src.name.split()[-1]] = src.name
        for m in re.finditer(  # 'Keshan "Boom Boom" Persaud': the nickname splits the name
            r"\b([A-Z][a-z]+)\s+[“\"‘'][^”\"’'\n]{1,30}[”\"’']\s+([A-Z][\w’'-]+)",
            self.text[:pos],
        ):
            if m.group(2) not in people and m.group(1) not in ("The", "A", "An", "In", "On"):
                people[m.group(2)] = f"{m.group(1)} {m.group(2)}"
        best = None
        for surname, full in people.items():
            for m in re.finditer(r"\b" + re.escape(surname) + r"\b", self.text[start:pos]):
                at = start + m.start()
                if not self.in_quote(at) and (best is None or at > best[0]):
                    best = (at, full)
        return best[1] if best else None

    def lead_person(self, gender: str) -> str | None:
        """The person the article is about: the full name opening its first body sentence
        ("Conceição Teixeira, the Brazilian-born architect …, died on Sunday"), when the text
        names them again and nothing gives them the other gender; else None."""
        body = [x for x in self.sents if not any(a <= x[0] < b for a, b in self.headline_spans)]
        # (the first of the first three body sentences to open on a name: a deck may come first,
        # "Franco-Manitoban folk singer recorded 14 albums …")
        spans = [sp for x in body[:5] if (sp := self.lead_subject(*x)) is not None]
        if not spans:
            return None
        # (a deck may open on the surname alone: "Dunmore, who fronted …, was remembered as …";
        # the first full name then)
        span = next((sp for sp in spans if " " in self.text[sp[0] : sp[1]].strip()), spans[0])
        src = _describe(self.text, *span)
        if (
            src is None
            or not src.named
            # (a presenter or an actor may be typed by the trade: "Peggy Dunmore, the
            # children's television presenter who …" is media)
            or (src.type != "person" and not is_given_name(src.name.split()[0]))
            or not _PERSON_NAME_RE.fullmatch(src.name)
            or len(re.findall(r"\b" + re.escape(src.name.split()[-1]) + r"\b", self.text)) < 3
        ):
            return None
        g = _gender(self.text[span[0] : span[1]], src.name)
        if g is None:
            g = self.own_pronoun_gender(src.name, span[1], len(self.text))
        return src.name if g in (None, gender) else None

    def lead_subject(self, s: int, e: int) -> tuple[int, int] | None:
        """The subject of a lead sentence ``s:e``, for :meth:`lead_person`: a full name before
        a long appositive ("Harlan Voss, the combative director whose westerns …, died
        Tuesday"), and never a relative ("His son, Daniel Voss, said …")."""
        if re.match(r"(?:His|Her|Their)\s+[a-z]+\s*,", self.text[s:e]):
            return None
        span = self.sentence_subject(s, e)
        if span is None:
            named = re.match(r"((?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'-]+),\s", self.text[s:e])
            if named is not None and _PERSON_NAME_RE.fullmatch(named.group(1)):
                span = (s + named.start(1), s + named.end(1))
        return span

    def only_person(self, pos: int, gender: str) -> str | None:
        """The one person of ``gender`` named in the two sentences before ``pos`` (in full,
        or by a surname the text gives in full elsewhere), when there is exactly one."""
        found: list[str] = []
        neutral: set[str] = set()  # names of either gender with that pronoun after them
        for s, e in self.sentences_before(pos, 2):
            if any(a <= s < b for a, b in self.headline_spans):
                continue  # (a headline's capitals are no names)
            spans = self.full_names(s, e)
            names = [_strip_title(self.text[a:b]) for a, b in spans]  # ("Gen. Wesley Clark")
            names = [n for n in names if len(n.split()) <= 3]
            names += [
                t.text
                for t in self.toks_in(s, e)
                if t.pos == "NNP"
                and re.fullmatch(r"[A-Z][\w’'-]+", t.text)
                # (not a word of a full name: "Whitcomb" of "Dana Whitcomb" is no "Tess
                # Whitcomb")
                and not any(a <= t.start < b for a, b in spans)
            ]
            pron = r"\b(?:she|her|herself)\b" if gender == "f" else r"\b(?:he|him|his|himself)\b"
            for name in names:
                full = self.full_name(name) if " " not in name else name
                if not _PERSON_NAME_RE.fullmatch(full):
                    continue
                g = _gender(full, full)
                if (
                    g is None
                    and " " in name
                    and not _is_place(name)
                    and name.split()[-1] not in _PLACE_HEADS
                    and _classify(name, name) == "person"
                    # ("Trump World": a known person's surname opens it)
                    and self.full_name(name.split()[0]) == name.split()[0]
                ):
                    # a name of either gender with a "she" or "her" after it in its sentence
                    # ("the thermometer on Dana Whitcomb's skiff reads 19 degrees, and the kelp
                    # she is pulling …")
                    at = self.text.find(name, s, e)
                    if (
                        at >= 0
                        and re.search(pron, self.text[at + len(name) : e])
                        # ("a mother of four who fled to the town of Shewa Robit, said her
                        # brother …": a place)
                        and not re.search(
                            r"\b(?:(?:town|city|village|district|region|province|county|island"
                            r"|camp|port|capital|municipality)\s+of|in|at|from|to|near|into"
                            r"|outside|across)\s+$",
                            self.text[max(s, at - 30) : at],
                        )
                    ):
                        neutral.add(full)
                if g == gender:
                    found.append(full)
        if not found and len(neutral) == 1:
            return next(iter(neutral))
        people: list[set[str]] = []
        for name in found:  # "María José" and "María José Fuentes Larraín": one person
            words = set(name.split())
            for p in people:
                if words <= p or p <= words:
                    p |= words
                    break
            else:
                people.append(words)
        if len(people) != 1:
            return None
        return self.name_now(max(found, key=len))

    def name_now(self, name: str) -> str:
        """The name the text gives a person born ``name`` ("Born Nóra Considine in 1941" is
        "Nóra Curtin", the one other full name with her given name); else ``name``."""
        if " " not in name or not re.search(
            r"\b[Bb]orn\s+(?:as\s+)?" + re.escape(name) + r"\b", self.text
        ):
            return name
        given = name.split()[0]
        others = {
            full
            for a, b in self.full_names(0, len(self.text))
            if (full := _strip_title(self.text[a:b])).split()[0] == given
            and full != name
            and _PERSON_NAME_RE.fullmatch(full)
        }
        return others.pop() if len(others) == 1 else name

    def addressee(self, st: _Stmt, prev: _Stmt) -> _Source | None:
        """The named person ``prev`` put a question to ("asked Moura whether …"), when ``st``
        answers it ("replied", "answered", "responded", "retorted"); else None."""
        lemma = self.lex.verbs.get((st.cue or "").lower(), ("",))[0]
        answers = (
            lemma in ("reply", "answer", "respond", "retort")
            or (
                # "Reporters asked Vance whether …. “I do,” he said": a quote said just after
                # (or one sentence on: "I asked Lindqvist what … She took the headphones back …
                # “Faster,” she said finally")
                lemma == "say"
                # ("The Namibian asked Kandjii whether …. He said the prosecution …": an answer
                # in the next sentence, quoted or not)
                and (st.kind == "direct" or st.sent_id - prev.sent_id == 1)
                and (
                    0 <= st.sent_id - prev.sent_id <= 1
                    or (
                        st.sent_id - prev.sent_id == 2
                        and re.match(
                            r"(?:whether|if|what|why|how|when|where|who)\b",
                            self.text[prev.start : prev.end],
                        )
                        is not None
                    )
                )
            )
        )
        asked = prev.reported_to
        if self.lex.verbs.get((prev.cue or "").lower(), ("",))[0] != "ask":
            # counsel's "Ms Bowes put it to Mr Molloy that …. He rejected that, saying …"
            put = (
                re.match(
                    r"\s+to\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)"
                    r"\s+that\b",
                    self.text[prev.cue_end : prev.cue_end + 80],
                )
                if (prev.cue or "").lower() == "put it" and prev.cue_end is not None
                else None
            )
            asked = put.group(1) if put else None
        if not answers or not asked:
            return None
        name = self.full_name(asked)
        src = _Source(name, "person", None, None, named=True, personal=True)
        if not _PERSON_NAME_RE.fullmatch(name) and not re.fullmatch(r"[A-Z][\w’'-]+", name):
            return None  # ("asked reporters", "asked the minister": no name)
        pron = re.search(
            r"\b(he|she)\b", self.text[max(0, (st.cue_start or 0) - 6) : st.cue_end or 0]
        )
        if pron and _gender(name, name) not in (None, {"he": "m", "she": "f"}[pron.group(1)]):
            return None  # (a "she" answers no man asked)
        return src

    def own_subject(self, st: _Stmt, pron: _Source, gender: str) -> _Source | None:
        """The named person opening the sentence of the speaker pronoun ``pron`` of ``st``,
        before the pronoun, outside the content and quote marks, and of its ``gender`` or of
        none known ("Ms Patel spoke in Berlin, where she said …"); None when the sentence opens
        otherwise ("The State Department screened 6,800 applicants, he said")."""
        if pron.start is None:
            return None
        i = bisect_right(self.sent_starts, pron.start) - 1
        if i < 0:
            return None
        # (also the topic of "For Lindqvist, the performance came a day after he admitted")
        span = self.sentence_subject(*self.sents[i])
        if (
            span is None
            or span[1] > pron.start
            or (span[0] < st.end and span[1] > st.start)
            or self.in_quote(span[0])
        ):
            return None
        src = _describe(self.text, *span)
        if src is None:
            return None
        full = self.full_name(src.name)
        if re.fullmatch(r"[A-Z][\w’'-]+", full):
            # "Attorney General Loretta Lynch. Lynch still has the final say, and though she
            # has said …": the one given name the text puts before that surname
            given = {
                m.group()
                for m in re.finditer(r"\b([A-Z][a-z]+)\s+" + re.escape(full) + r"\b", self.text)
                if is_given_name(m.group(1))
            }
            full = given.pop() if len(given) == 1 else full
        if (
            not src.named
            or src.plural
            or not (src.type == "person" or src.personal)
            or not (  # a full name, or a surname with a title ("Ms Patel") or a full name
                # before it ("Anika Sorensen … Sorensen hinted …, where she said")
                _PERSON_NAME_RE.fullmatch(src.name)
                or (src.title and re.fullmatch(r"[A-Z][\w’'-]+", src.name))
                or _PERSON_NAME_RE.fullmatch(full)
            )
        ):
            return None
        g = _gender(self.text[span[0] : span[1]], full)
        return src if g in (None, gender) else None

    def quantified_group(self, st: _Stmt) -> None:
        """Give a bare quantifier's statement ("Residents said …. Several said …") the group it
        counts: the plural subject of the sentence before ("Dozens of nurses gathered. Several
        told …"), else the plural source of a statement of the two sentences before; else the
        source stays as written."""
        before = self.sentences_before(st.cue_start or st.start, 1)
        subject = None
        if before:
            toks = [t for t in self.toks_in(*before[0]) if not self.in_quote(t.start)]
            k = next(
                (
                    n
                    for n in range(len(toks) - 1)
                    if toks[n].pos in ("NNS", "NNPS") and _is_finite(toks[n + 1])
                ),
                None,
            )
            if k is not None:
                subject = self.people_phrase(toks, k)
        if subject is not None:
            st.source, st.source_type, st.plural = subject.name, subject.type, True
            return
        group = next(
            (
                x
                for x in sorted((*self.out, *self.made), key=lambda x: x.start, reverse=True)
                if x is not st
                and x.start < st.start
                and x.kind != "narrator"
                and x.plural
                and 0 <= st.sent_id - x.sent_id <= 2
                and x.source.lower() not in _BARE_QUANTIFIERS
            ),
            None,
        )
        if group is not None:
            st.source, st.source_type = group.source, group.source_type
            st.plural, st.role, st.personal = True, group.role, group.personal

    def own_plural_subject(self, st: _Stmt, pron: _Source) -> _Source | None:
        """The plural subject of a clause before the "they" ``pron`` of ``st`` in its sentence,
        outside the content ("Opposition legislators walked out in protest against what they
        called a “hurried” process"); else None."""
        if pron.start is None:
            return None
        i = bisect_right(self.sent_starts, pron.start) - 1
        if i < 0:
            return None
        toks = [t for t in self.toks_in(self.sents[i][0], pron.start) if not self.in_quote(t.start)]
        k = next(
            (
                n
                for n in range(len(toks) - 2, -1, -1)
                if toks[n].pos in ("NNS", "NNPS")
                and toks[n + 1].pos in ("VBD", "VBP")
                and not (st.start <= toks[n].start < st.end)
            ),
            None,
        )
        return self.people_phrase(toks, k) if k is not None else None

    def people_phrase(self, toks: list[_Tok], k: int) -> _Source | None:
        """The plural noun phrase ending on ``toks[k]``, with up to three modifiers before it
        ("Opposition legislators"), when it names people; None otherwise ("net worths",
        "the numbers showed …, they said")."""
        head = toks[k].lower
        if not (_is_human(head) or _is_human(re.sub(r"(?<=[^s])s$", "", head))):
            return None
        first = k
        while first > 0 and k - first < 3 and toks[first - 1].pos in ("JJ", "NN", "NNP", "NNS"):
            first -= 1
        src = _describe(self.text, toks[first].start, toks[k].end)
        return src if src is not None and src.plural else None

    def topic_before(self, st: _Stmt, gender: str) -> str | None:
        """The full name of a person the sentence just before ``st`` (same paragraph) describes
        with a who-clause ("…, Pardy, who sits on the co-op's board …") and no statement, when
        that is the one person it names and the name is of ``gender`` or of none known."""
        pos = st.cue_start if st.cue_start is not None else st.start
        before = self.sentences_before(pos, 1)
        if not before:
            return None
        a, b = before[0]
        if (
            (
                "\n\n" in self.text[b:pos]
                # (unless that sentence is a paragraph of its own: "Earlier, the jury heard from
                # Buchan's sister, Morag Buchan, 47, who …" / "She told the court …")
                and not (a == 0 or "\n" in self.text[max(0, a - 2) : a])
            )
            or any(a <= x.start < b and x.source != "unknown" for x in self.out)
        ):
            return None  # (but "The jury heard from Buchan's sister, …" names no speaker)
        pron = r"\b(?:she|her)\b" if gender == "f" else r"\b(?:he|him|his)\b"
        if re.search(pron, self.text[a:b], re.I):
            return None  # ("But he could not resist swipes at Marco Rubio, who he dubbed …")
        names = re.findall(
            r"\b([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)(?:,\s+\d{1,3})?,\s+who\s", self.text[a:b]
        )  # ("Morag Buchan, 47, who was office manager")
        names = [
            n.split(" ", 1)[1] if n.split()[0].lower() in self.lex.discourse and " " in n else n
            for n in names  # ("Meanwhile Rihanna, who …")
        ]
        people = {
            self.full_name(n)
            for n in names
            # (not an epithet: "The Welshman, who first came to prominence …")
            if n.split()[0] not in ("The", "A", "An", "This", "That")
            and not _EPITHET_RE.fullmatch("the " + n.lower())
        }
        if len(people) != 1:
            return None
        name = next(iter(people))
        if not (
            _PERSON_NAME_RE.fullmatch(name)
            # (a surname alone that speaks elsewhere: "Pardy")
            or any(x.source == name and x.source_type == "person" for x in self.out)
        ) or _gender(name, name) not in (None, gender):
            return None
        if len(self.full_names(a, b)) > 1:
            return None
        span = self.sentence_subject(a, b)
        subject = _describe(self.text, *span) if span is not None else None
        if (
            subject is not None
            and subject.named
            and subject.type == "person"
            and subject.name.split()[-1] not in name.split()
        ):
            return None  # ("Vos declined to say whether Dufresne, who came off …, would be
            # available": the sentence is Vos's)
        return name

    def pronoun_before_cue(self, s: _Stmt) -> str | None:
        """The gender of a "he"/"she" right before the cue of a pronoun-sourced ``s``."""
        if not s.method.startswith("pronoun") or s.cue_start is None:
            return None
        m = re.search(
            r"\b([Hh]e|[Ss]he)\s+(?:\w+ly\s+)?$", self.text[max(0, s.cue_start - 20) : s.cue_start]
        )
        return None if m is None else {"he": "m", "she": "f"}[m.group(1).lower()]

    def source_gender(self, s: _Stmt) -> str | None:
        """The gender ("f", "m" or None) of a statement's source: its mention's courtesy title
        or role, else its given name (see :func:`_gender`)."""
        mention = ""
        if s.source_start is not None and s.source_end is not None:
            mention = self.text[s.source_start : s.source_end]
        full = self.full_name(s.source)
        g = _gender(" ".join(x for x in (mention, s.role or "") if x), full)
        if (
            g is None
            and re.fullmatch(r"[A-Z][^\W\d_]+", full)  # (also "Pádraig")
            and full[1:].islower()
            and is_given_name(full)
            and not re.search(
                r"(?:\b[A-Z][\w’'-]*\s+" + full + r"|\b" + full + r"\s+[A-Z][\w’'-]*)\b", self.text
            )
        ):
            g = _given_names().get(_ascii_lower(full))  # ("Her mother, Ingrid, …": a first name
            # the text never gives with a surname)
        return g

    def person_like(self, s: _Stmt, gender: str | None) -> bool:
        """Can the source of ``s`` be a "he", "she" (``gender``) or a singular "they" later: a
        person, an unnamed source, a titled office holder, a spokesperson, not a document or a
        body's own name ("he said" after "The army said" is not the army)?"""
        if s.source_type == "unknown" and s.source.split()[-1].lower() in _DOCUMENT_NOUNS | {
            "document",
            "post",
            "page",
            # ("she cautioned" after "According to the Lancet paper")
            *"paper article ruling judgment complaint lawsuit indictment book audit minutes".split(),
            *"release website blog journal decree draft transcript".split(),
        }:
            return False  # ("she said" after "according to a support document")
        return bool(
            s.source_type in ("person", "anonymous")
            or (
                s.source_type == "unknown"
                # ("The festival said …. She said she had not read …": no body is she)
                and (
                    gender is None
                    or _is_human(_PP_TAIL_RE.split(s.source)[0].split()[-1])
                    or (
                        s.source[:1].isupper()
                        # ("One entry, in a child's handwriting, reads: …": no person)
                        and not re.match(
                            r"(?:One|Another|Each|Every|Some|Many|Most|An?|The|This|That)"
                            r"\s+(?!former\b|latter\b)[a-z]",
                            s.source,
                        )
                    )
                )
            )
            or (
                s.source_type == "government"
                and (
                    gender is None
                    # (not "Ministry of Tourism": a body's name, no person)
                    or (s.personal and (s.role or not self.body_only(s.source)))
                    or _role_head(s.source) in _title_heads()[0]  # "the minister"
                )
            )
            or _is_human(s.source)
            # "Acme Corp spokesman John Reed" (organisation); not a body's own name
            or (s.personal and (gender is None or s.role or not self.body_only(s.source)))
            # "Evacuation centre coordinator Priya Nair" (organisation): a given name
            or (
                _PERSON_NAME_RE.fullmatch(s.source) is not None
                and s.source.split()[0].lower() in _given_names()
                and s.source.split()[-1].lower() not in _BODY_NAME_HEADS
            )
        )

    def office_male_only(self, s: _Stmt) -> bool:
        """Is a man's office ("chairman", "spokesman") all that makes the source of ``s`` a
        man ("Halcyon Road chairman Dana Okafor"; not "Mr Reed", not a "he" before)?"""
        if s.source_start is None or s.source_end is None:
            return False
        mention = self.text[s.source_start : s.source_end]
        words = {w.lower() for w in _WORD_RE.findall(" ".join((mention, s.role or "")))}
        if not words & _OFFICE_MALE_WORDS or self.pronoun_gender.get(s.source) == "m":
            return False
        bare = " ".join(w for w in _WORD_RE.findall(mention) if w.lower() not in _OFFICE_MALE_WORDS)
        full = self.full_name(s.source)
        return _PERSON_NAME_RE.fullmatch(full) is not None and _gender(bare, full) is None

    def gender_fits(self, s: _Stmt, st: _Stmt, gender: str, earlier: list[_Stmt]) -> bool:
        """Can the source of ``s`` be the "he" (``gender`` "m") or "she" ("f") of ``st``?"""
        if self.role_gender(s, earlier, gender, st.start) not in (None, gender):
            return False
        if self.pronoun_gender.get(s.source) not in (None, "", gender) and (
            self.source_gender(s) is None
        ):
            return False  # ("Dr Lim …. “…,” he said. She noted …": not Dr Lim)
        last = s.source.split()[-1].lower()
        if last in _COLLECTIVES or last in _DOCUMENT_NOUNS:
            return False  # "his family said …" (a group); "“…,” the statement said" (a document)
        if self.business_word_after(s.source) and not re.search(
            r"\b[A-Z][a-z]+\s+" + re.escape(s.source) + r"\b(?!\s+[A-Z])(?![’']s\s+[A-Z])",
            self.text,
        ):
            return False  # ("Meridian said …. She wrote": the "Meridian Labs" of the text; but
            # "Zanele Khumalo" of "Khumalo Water Logistics" is a person the text names in full)
        if (
            " " in s.source
            and s.source_type == "person"
            and not s.role
            and not is_given_name(s.source.split()[0])
            and re.search(re.escape(s.source) + r"\s+[A-Z][a-z]+s\b(?!\s+[A-Z])", self.text)
        ):
            return False  # ("Atlantic Shore blamed …. …, she insists": "Atlantic Shore Seafoods",
            # a longer name ending in a plural noun)
        if (
            s.source.lower().startswith("one of ")
            and not (
                s.source_start is not None
                and (
                    role := re.search(
                        r",\s+an?\s+([\w-]+)", self.text[s.source_start : s.source_end]
                    )
                )
                and _is_human(role.group(1))
            )
            # "…,” one of the officials told the news agency, speaking on condition of anonymity
            # because he was not authorised to speak": the reason gives the gender
            and self.anonymity_gender(s) != gender
        ):
            return False  # ("…, though one said …. Her contracts, she said, …": a member; but
            # "One of those passengers, a nurse from Sunbury, said …. “…,” she said")
        unnamed = s.source_type == "anonymous" or (
            # (not "van den Broeck": a name with a particle first)
            s.source[:1].islower()
            and not _PERSON_NAME_RE.fullmatch(s.source[:1].upper() + s.source[1:])
        )
        if unnamed and st.sent_id - s.sent_id > 2:
            # an unnamed source more than two sentences back, counted from the end of its
            # statement when nothing is said in between (a quote of three sentences is just
            # before)
            between = any(
                s.end <= x.start < st.start and x.kind != "narrator"
                for x in (*self.out, *self.made)
            )
            if between or st.sent_id - (bisect_right(self.sent_starts, s.end - 1) - 1) > 2:
                return False
        # "her publisher says …. The book began, she tells me": not her publisher ("his brother
        # added. “…,” he said": a brother is a "he"); but "Her co-author Lindiwe Mahlangu notes
        # …. She adds": a person named in full is the one the next sentence goes on with
        return not (
            s.source_start is not None
            and self.text[s.source_start : s.source_start + 4].lower()
            == ("her " if gender == "f" else "his ")
            and self.source_gender(s) is None
            and not (
                _PERSON_NAME_RE.fullmatch(s.source) is not None
                and len(s.source.split()) > 1
                and st.sent_id - s.sent_id == 1
            )
        )

    def anonymity_gender(self, s: _Stmt) -> str | None:
        """The gender a reason given with ``s``'s source gives it: "m", "f", or "n" for a
        singular "they"; else None. The reason stands between the source and the cue ("A
        senior county official, who asked not to be named because he was not authorised to
        speak, told …") or after a quote's cue ("…,” said one musician, who asked not to be
        named because they did not want to jeopardise future bookings")."""
        spans = []
        if s.source_end is not None and s.cue_start is not None and s.source_end <= s.cue_start:
            spans.append(self.text[s.source_end : s.cue_start])
        if s.cue_end is not None and s.cue_start is not None and s.end <= s.cue_start:
            after = self.text[s.cue_end : s.cue_end + 200].split(".")[0]
            # (after the cue, only a reason for anonymity: not "…, adding that staff left
            # because they feared …")
            if re.search(r"\b(?:named|identified|anonymity|anonymously|authori[sz]ed)\b", after):
                spans.append(after)
        for span in spans:
            why = re.search(r"\b(?:because|as|since)\s+(he|she|they)\b", span)
            if why is None:
                continue
            if why.group(1) == "they":
                # (a singular "they" only: "…, two officials said, because they …" are two)
                return None if s.plural else "n"
            return "m" if why.group(1) == "he" else "f"
        return None

    def role_gender(self, s: _Stmt, earlier: list[_Stmt], want: str, until: int) -> str | None:
        """The gender of ``s``'s source, or for a bare role ("the minister said") the gender of
        the person named with that role in a statement of the three sentences before
        ("Minister Marsha Reid urged …. “…,” the minister said"): the link is made later.

        For a "she" (``want`` "f"), a surname alone is also a man's when the text gives it
        after a man's given name only ("Gregory T. Whitcombe", then "Whitcombe said"). Not the
        other way: women's given names are borne by men more often ("Lindsey Graham")."""
        if s.source_end is not None:
            own = re.match(r"\s+(herself|himself)\b", self.text[s.source_end : s.source_end + 12])
            if own:  # "Chartrand herself told Radio-Canada …" (whoever else bears the name)
                return "f" if own.group(1) == "herself" else "m"
        g = self.source_gender(s)
        if g is None and want == "f" and self.mans_surname(s.source):
            return "m"
        if g is None:
            why = self.anonymity_gender(s)
            if why is not None:
                return why
        if g is None and s.source[:1].isupper():
            own = self.own_pronoun_gender(s.source, s.end, until)
            # (unless a "he"/"she" already went to the name: "Baird says his management told
            # …" about a man of the sentence before, after "“…,” she admits" went to Baird)
            noted = self.pronoun_gender.get(
                s.source, self.pronoun_gender.get(self.full_name(s.source))
            )
            if own is not None and noted in (None, "", own):
                return own
        if g is not None or not s.source[:1].islower() or s.source_start is None:
            return g
        head = s.source.split()[-1].lower()
        for e in reversed(earlier):
            if e is s or e.start >= s.start or e.source_start is None:
                continue
            if s.sent_id - e.sent_id > 3:
                break
            mention = self.text[e.source_start : e.source_end or e.source_start]
            if e.source[:1].isupper() and re.search(
                rf"\b{re.escape(head)}\b", f"{mention} {e.role or ''}", re.I
            ):
                return self.source_gender(e)
        return None

    def own_pronoun_gender(self, name: str, start: int, until: int) -> str | None:
        """The gender the text gives ``name`` by an own possessive: "Kwok shook his head" (from
        ``start``), "Vorontsova said her lawyer had advised her" (anywhere before ``until``)."""
        names = "|".join(re.escape(w) for w in name.split() if w[:1].isupper())
        if not names:
            return None
        own = (
            re.search(
                r"\b(?:" + names + r")\s+[a-z]+\s+(his|herself)\b",  # (any part: "Kwok" of "Kwok
                self.text[start:until],  # Wai-keung", the surname first)
            )
            or re.search(
                r"\b(?:" + names + r")\s+(?:said|says)\s+(his|her)\s+[a-z]", self.text[:until]
            )
        )
        return {"his": "m", "herself": "f", "her": "f"}[own.group(1)] if own else None

    @staticmethod
    def body_only(name: str) -> bool:
        """Is ``name`` a body's own name ("Ministry of Tourism", "State Department"), with no
        person's name in it ("Hillary Clinton" is read as a capitalised name, not a body)?"""
        kind, bare = _body(name)
        return (kind in _BODY_TYPES and not bare) or bool(_FIELD_COUNTRY_BODY_RE.fullmatch(name))

    def business_word_after(self, name: str) -> bool:
        """Does the text give the one-word ``name`` as the first word of a business's name
        ("Meridian" of "Meridian Labs")?"""
        return " " not in name and self.given_as_business(name)

    def given_as_business(self, name: str) -> bool:
        """Does the text give ``name`` as the first words of a business's name ("Meridian" of
        "Meridian Labs", "Tokai Seiki" of "Tokai Seiki Co.")?"""
        if not name[:1].isupper():
            return False
        return any(
            _says_business(m.group())
            for m in re.finditer(re.escape(name) + r"(?:\s+[A-Z][\w&.-]*){1,2}", self.text)
        )

    def mans_surname(self, name: str) -> bool:
        """Does the text give the one-word ``name`` only after men's given names ("Gregory T.
        Whitcombe")? Used to keep a "she" off it, not to make a "he" of it."""
        if not re.fullmatch(r"(?:[a-z]{1,3}-)?[A-Z][\w’'-]+", name):  # ("al-Rashidi")
            return False
        given = {
            _given_names().get(_ascii_lower(m.group(1)))
            for m in re.finditer(
                r"\b([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?(?i:"
                + re.escape(name[0])
                + ")"
                + re.escape(name[1:])
                + r"\b",  # ("Karim al-Masri" for "Al-Masri")
                self.text,
            )
        }
        return given == {"m"}

    def full_name(self, name: str) -> str:
        """A one-word name ("Clinton") as the fuller name of a source of the article ending
        with it ("Hillary Clinton"), when there is exactly one such name; else ``name``."""
        if " " in name:
            first = name.split()[0]
            if (
                is_given_name(first) and first.lower() not in _NAME_PARTICLE_WORDS
            ) or not _PERSON_NAME_RE.fullmatch(name):
                return name  # (but "Van der Wal" may be "Hendrik van der Wal")
            # "Elizondo Barragán" for "Deputy Governor Tomás Elizondo Barragán": two surnames
            # (and "Van der Wal" for "Prof. Hendrik van der Wal": the particle's case varies)
            pattern = r"\b([A-Z][\w’'-]+)\s+(?i:" + re.escape(name[:1]) + ")" + re.escape(name[1:])
            given = {
                (m.group(1), m.group())
                for m in re.finditer(pattern + r"\b", self.text)
                if is_given_name(m.group(1))
            }
            return given.pop()[1] if len({g for g, _ in given}) == 1 else name
        fuller = {
            s.source
            for s in self.out
            if s.source.endswith(" " + name) and _PERSON_NAME_RE.fullmatch(s.source)
        }
        if not fuller and re.fullmatch(r"[A-Z][\w’'-]+", name):
            fuller = set(self.surname_in_text(name))
        return fuller.pop() if len(fuller) == 1 else name

    def given_before(self, surname: str) -> frozenset[str]:
        """The given names the text puts right before ``surname`` ("Yvette", "Luc" for
        "Chartrand"). Read once per name."""
        if surname not in self.given_names_before:
            self.given_names_before[surname] = frozenset(
                m.group(1)
                for m in re.finditer(
                    r"(?<![\w’'-])([A-Z][a-z]+)\s+" + re.escape(surname) + r"\b(?![’'-])",
                    self.text,
                )
                if is_given_name(m.group(1))
                # (or a first name the tagger reads as a name: "Hartley Babb", not "Mr Babb")
                or (
                    m.group(1) not in _COURTESY_WORDS
                    and m.group(1).lower() not in _title_set()
                    and m.group(1).lower() not in stopwords()
                    and any(
                        t.start == m.start(1) and t.pos == "NNP"
                        for t in self.toks_in(m.start(1), m.end(1))
                    )
                )
            )
        return self.given_names_before[surname]

    def surname_in_text(self, name: str) -> frozenset[str]:
        """The full names the text gives with ``name`` as the first of two surnames, after a
        given name: "Rodrigo Alarcón Vidal" for "Alarcón" (a last name alone keeps to the
        sources' full names). Read once per name: it depends on the text alone."""
        if name not in self.surnames:
            self.surnames[name] = frozenset(
                m.group(1) + " " + name
                for m in re.finditer(
                    r"\b([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+"
                    + re.escape(name)
                    + r"\s+[A-Z][\w’'-]+",
                    self.text,
                )
                if _ascii_lower(m.group(1).split()[0]) in _given_names()
            )
        return self.surnames[name]

    def kin_subject(self, st: _Stmt, gender: str) -> _Stmt | None:
        """For a "he"/"she" right after a sentence opened by a kin word of the last speaker
        ("Her mother rolls her eyes at that"): the speaker of that gender the text quotes most
        often, other than the last one (the profile's subject, whose daughter spoke last);
        None otherwise."""
        before = self.sentences_before(st.cue_start or st.start, 1)
        if not before:
            return None
        m = _KIN_SUBJECT_RE.match(self.text, before[0][0], before[0][1])
        if m is None or _KIN_GENDER.get(m.group(1).lower()) != gender:
            return None
        named = self.quoted_people(gender, before[0][0])
        if len(named) < 2:
            return None
        return self.most_quoted(named, named[-1].source.split()[-1])

    def named_in_sentence_before(self, st: _Stmt, gender: str) -> str | None:
        """The person a "he"/"she" (``gender``) of ``st`` stands for when the sentence before
        names them in one of five ways, else None: a name the outlet gives ("Daily Maverick
        is calling her “Lerato”"), the one a feature asks ("Ask Morrison what she wants, and
        she laughs") or turns to ("And Holm?"), a relative in an appositive whose gender fits while the
        subject's does not ("Lindqvist lives … with her husband, Tom Reyes, …. “…,” he told
        me"), or the one who answered a claim ("…, a charge Ho denied. She said …")."""
        before = self.sentences_before(min(st.start, st.cue_start or st.start), 1)
        if not before:
            return None
        s, e = before[0]
        alias = _PSEUDONYM_RE.search(self.text, s, e)
        if alias is not None and {"her": "f", "him": "m"}[alias.group(1).lower()] == gender:
            return alias.group(2)
        pron = {"m": "he", "f": "she"}[gender]
        asked = _ASK_AND_RE.match(self.text, s, e)
        if asked is not None and asked.group(2).lower() == pron:
            return self.full_name(asked.group(1))
        turn_re = (
            r"\s*(?:And|But|So|What\s+about|And\s+what\s+about)\s+"
            r"((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)\s*\?\s*"
            # "Is Aubin ready to hand the night shifts over?"
            r"|\s*(?:Is|Was|Will|Would|Can|Could|Does|Did|Has|Should)\s+"
            r"((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)\s+[a-z][^?“”\"]{0,120}\?\s*"
        )
        turn = re.fullmatch(turn_re, self.text[s:e])
        if turn is None and re.match(
            r"(?:[A-Z][^.;:“”\"]{0,60},\s+)?" + pron + r"\s+[a-z]+", self.text[s:e]
        ):
            # "Is Aubin ready …? When I ask her, she is quiet …. “…,” she finally says": a
            # sentence about her between
            two = self.sentences_before(min(st.start, st.cue_start or st.start), 2)
            if len(two) == 2:
                turn = re.fullmatch(turn_re, self.text[two[1][0] : two[1][1]])
        if turn is not None:  # "And Holm? “Until they reopen the ward,” she says": the one
            # the writer turns to
            full = self.full_name(turn.group(1) or turn.group(2))
            if _gender(full, full) in (None, gender):
                return full
        kin = _KIN_NAMED_RE.search(self.text, s, e)
        if kin is None and re.match(
            r"(?:[A-Z][^.;:“”\"]{0,60},\s+)?" + pron + r"\s+[a-z]+ed\b", self.text[s:e], re.I
        ):
            # "Her husband, Nurlan, now drives the van. Asked about …, he laughed …. “…,” he
            # said": a sentence about him between
            two = self.sentences_before(min(st.start, st.cue_start or st.start), 2)
            if len(two) == 2:
                s, e = two[1]
                kin = _KIN_NAMED_RE.search(self.text, s, e)
        if kin is not None and _KIN_GENDER[kin.group(1).lower()] == gender:
            subj = self.sentence_subject(s, e)
            phrase = self.text[subj[0] : subj[1]] if subj else ""
            opener = re.match(r"\s*(?:[A-Z][^.;:“”\"]{0,40},\s+)?(he|she)\b", self.text[s:e], re.I)
            if (
                subj is None
                and not (opener and opener.group(1).lower() == pron)  # ("She has gone public
                # …, as … his wife, Hillary Clinton, …": the sentence is about the "she")
            ) or (
                subj is not None and (kin.group(2) in phrase or _gender(phrase, phrase) != gender)
            ):
                return kin.group(2)
        rebut = _REBUTTAL_END_RE.search(self.text, s, e)
        if rebut is not None and rebut.group(1).split()[-1] not in (st.source, "unknown"):
            full = self.full_name(rebut.group(1))
            if _gender(rebut.group(1), full) in (gender, None) and self.pronoun_gender.get(
                full, gender
            ) in (gender, ""):
                return full
        return None

    def quoted_people(self, gender: str, before: int) -> list[_Stmt]:
        """The statements before ``before`` of named people of ``gender`` (or of none known),
        in text order."""
        return [
            x
            for x in sorted(self.out, key=lambda x: x.start)
            if x.start < before
            and x.kind != "narrator"
            and x.source_type == "person"
            and _PERSON_NAME_RE.fullmatch(x.source)
            and self.source_gender(x) in (gender, None)
        ]

    @staticmethod
    def most_quoted(named: list[_Stmt], other_than: str) -> _Stmt | None:
        """The latest statement of the person ``named`` holds most often, by surname, other
        than ``other_than``."""
        counts: dict[str, int] = {}
        for x in named:
            if x.source.split()[-1] != other_than:
                counts[x.source.split()[-1]] = counts.get(x.source.split()[-1], 0) + 1
        if not counts:
            return None
        top = max(counts, key=lambda k: counts[k])
        return next(x for x in reversed(named) if x.source.split()[-1] == top)

    def sentences_before(self, pos: int, n: int, after: int = -1) -> list[tuple[int, int]]:
        """The ``n`` sentences before the one holding ``pos``, the nearest first, none that
        starts before ``after``."""
        i = bisect_right(self.sent_starts, pos) - 1
        out = []
        for j in range(i - 1, max(-1, i - 1 - n), -1):
            if self.sents[j][0] < after:
                break
            out.append(self.sents[j])
        return out

    def earlier_subject(
        self, pos: int, want: str, gender: str | None = None, after: int = -1
    ) -> _Source | None:
        """A person named as the subject opening one of the three previous sentences (the
        nearest first); with ``gender``, only one of that gender or of none known, and only in
        sentences starting after ``after``."""
        for s, e in self.sentences_before(pos, 3, after):
            named = _NAMED_AFTER_RE.match(self.text, s, e) if want == "sg" else None
            if named is not None:
                # "That line comes from Anjali Mehta, an oncologist …. She wrote …"
                who = _describe(self.text, *named.span("who"))
                if (
                    who is not None
                    and who.named
                    and (who.type == "person" or who.personal)
                    and (gender is None or _gender(who.name, who.name) in (None, gender))
                ):
                    return who
            span = self.sentence_subject(s, e)
            second = _AND_NAME_CLAUSE_RE.search(self.text, s, e)
            thing = _THING_OF_NAME_RE.match(self.text, span[0]) if span is not None else None
            if thing is not None and not _is_human(thing.group(1)):
                span = None  # ("The wind off Deer Isle Thoroughfare …, but Jess Carver …")
            owner = _PERSON_OWNS_RE.match(self.text, s, e) if span is None else None
            if owner is not None and not _is_human(owner.group("thing")):
                # "Dr. Lindqvist's lab has started sampling …. She says …": the lab's owner
                full = self.full_name(owner.group("owner"))
                if (
                    " " in full
                    and _PERSON_NAME_RE.fullmatch(full)
                    and (gender is None or _gender(full, full) in (None, gender))
                    and want == "sg"
                ):
                    a, b = owner.span("owner")
                    return _Source(full, "person", a, b, named=True, personal=True)
            if second is not None and (
                span is None
                or not re.match(r"[A-Z]", self.text[span[0] : span[0] + 1])
                or self.text[span[0] : span[1]].split()[0]
                in ("It", "There", "Neither", "Both", "None", "Nobody", "Everyone", "Each", "All")
            ):
                # "It is four days before New Year's, and Denise Marchetti is on her knees": the
                # person of the second clause
                span = second.span(1)
            head = self.text[span[0] : span[1]].split(",")[0] if span is not None else ""
            if (
                span is not None
                and (
                    _EPITHET_RE.fullmatch(head)
                    or _EPITHET_RE.fullmatch(self.text[max(0, span[0] - 4) : span[0]] + head)
                )
                # ("The 61-year-old goalkeeper, dairy farmer Colin Ruddock, …": named at once)
                and not re.search(
                    r",[^,]*\b[A-Z][\w’'-]+\s+[A-Z][\w’'-]+$", self.text[span[0] : span[1]]
                )
            ):
                continue  # "The Welshman, who …, went on to describe …. He said": the person the
                # epithet stands for is named further back
            told = _INTERVIEWED_RE.match(self.text, span[1], e) if span and want == "sg" else None
            if told and _REPORTER_RE.search(self.text, span[0], span[1]):
                # "Channel 2's Tyisha Grant talked to a neighbor who …. She said …": the
                # person the reporter interviewed
                src = _describe(self.text, *told.span("who"))
                if src is not None and not src.plural and (src.type == "person" or src.personal):
                    return _anonymous_if_said(self.text, src, e)  # ("who did not want to be
                    # identified")
            role = (
                re.match(r"\s*(?:(?:But|And|Yet|So)\s+)?[Tt]he\s", self.text[s:e])
                if span is None and want == "sg"
                else None
            )
            if role is not None:
                # "The judge rejected that argument. He said …": a role a speaker has had (the
                # shortest "the …" before a finite verb)
                words = self.toks_in(s + role.end(), e)[:4]
                k = next(
                    (
                        n
                        for n in range(1, len(words))
                        if _is_finite(words[n]) and all(w.text.islower() for w in words[:n])
                    ),
                    None,
                )
                rs = s + role.end() - 4
                src = _describe(self.text, rs, words[k - 1].end) if k else None
                said = self.speaker_of_role(src, pos, gender, rs, words[k - 1].end if k else rs)
                if said is not None:
                    return said
            if span is None:
                chain = re.match(r"\s*(she|he)\s+[a-z]", self.text[s:e], re.I)
                if (
                    chain is not None
                    and gender is not None
                    and {"she": "f", "he": "m"}[chain.group(1).lower()] == gender
                ):
                    continue  # "She keeps a copy of Colin Woodard's book …": the same "she"
                    # goes on; the name inside is no antecedent
                if (
                    gender is not None
                    and any(
                        self.text[a:b].split()[-1].lower() not in _BODY_NAME_HEADS
                        and not re.match(r"\s+[A-Z]", self.text[b : b + 3])  # ("Calder Valley
                        # Hospitals NHS Trust": a longer name)
                        and not _is_place(self.text[a:b])  # ("he never moved to New York")
                        for a, b in self.full_names(s, e)
                    )
                ):
                    break  # "..., when Hillary Clinton called ...": someone named, not as subject
                continue  # (a body's name is no such person: "at Calder Valley Hospitals")
            after = self.toks_in(span[1], min(e, span[1] + 40))
            if (
                len(after) >= 2
                and after[0].pos in ("NNS", "NN")
                and after[0].text.islower()
                and _is_finite(after[1])
            ):
                continue  # "Stadium officials estimated …": the name only modifies the subject
                # (not "Perez lobbies for …", a verb the tagger reads as a noun)
            src = _describe(self.text, *span)
            kind, bare = _body(src.name) if src else (None, "")
            if src is not None and self.lex.time_re.fullmatch(src.name.lower()):
                continue  # "Last December, the Commissioners Court voted …": a time, no one
            if (
                src is not None
                and want == "sg"
                and " " not in src.name
                and _is_place(src.name)
                and not self.given_before(src.name)
                and not any(x.source.split()[-1:] == [src.name] for x in (*self.out, *self.made))
                # (a place the text uses as one: "at Toronto Metropolitan University"; not
                # "Reyes was asked …")
                and (
                    src.name in self.lex.capitals
                    or src.name in self.lex.countries
                    or re.search(
                        r"\b(?:in|at|from|across|around|outside|near)\s+"
                        + re.escape(src.name)
                        + r"\b",
                        self.text,
                    )
                )
            ):
                continue  # ("Toronto has lost a third of its coin laundries …. “…,” he says")
            said = self.speaker_of_role(src, pos, gender, *span) if want == "sg" else None
            if said is not None:
                return said  # "The judge rejected that argument. He said …": a role a speaker
                # has had
            if (
                src
                and src.named
                and (src.type == "person" or src.personal)
                # ("The Hatay Metropolitan Municipality did not respond …. She later added":
                # a body's name is no person)
                and not (
                    kind in _BODY_TYPES and not bare and src.type != "person" and not src.title
                )
                # ("… employed by Humber Cladding Ltd. … Humber Cladding will have 56 days to
                # respond. … she said": the firm's short name is no "she")
                and not (want == "sg" and not src.title and self.given_as_business(src.name))
                # "they" is no single named person ("Bill Clinton"), but may be "Millennials";
                # nor is "he" "The Riders"
                and (want != "pl" or src.plural or not _PERSON_NAME_RE.fullmatch(src.name))
                and (
                    want != "sg"
                    or not src.plural
                    or _PERSON_NAME_RE.fullmatch(src.name)
                    # (a surname in -s is one person: "Sanders laughed", "Days after …, Nega
                    # volunteered"; not "The Riders were", "Advisers to Mr. Rubio")
                    or (
                        re.fullmatch(r"[A-Z][\w’'-]+", src.name) is not None
                        and any(
                            t.text == src.name and t.pos == "NNP"
                            for t in self.toks_in(span[0], span[1])
                        )
                        and not re.search(
                            r"\b[Tt]he\s+" + re.escape(src.name), self.text[span[0] : span[1]]
                        )
                        # (a name the text also gives inside a sentence: not "States typically
                        # decentralize …")
                        and re.search(
                            r"(?:(?<![\w’'-])[a-z]+|[,;:])\s+" + re.escape(src.name) + r"\b",
                            self.text,
                        )
                        is not None
                    )
                )
                and (
                    _PERSON_NAME_RE.fullmatch(src.name[:1].upper() + src.name[1:])  # ("van der
                    # Berg pauses")
                    or re.fullmatch(r"[A-Z][\w’'-]+", src.name)
                )
            ):
                if gender is None:
                    return src
                if (
                    self.business_word_after(src.name)
                    or _FIELD_COUNTRY_BODY_RE.fullmatch(src.name)
                    or (self.body_only(src.name) and not src.title and not src.role)
                ):
                    continue  # ("Meridian said …. She wrote": the "Meridian Labs" of the text;
                    # "Health Canada did not respond …. She said": a body)
                if " " not in src.name and not src.title and len(self.given_before(src.name)) > 1:
                    lead = self.lead_person(gender)
                    if lead is not None and lead.split()[-1] == src.name:
                        # "Dunmore was not afraid of politics. In 2011 she told …": in an
                        # obituary, the surname alone is the person it is about (not her son
                        # "Tom Dunmore" or her husband, "Mr Dunmore")
                        return replace(src, name=lead)
                g = _gender(self.text[span[0] : span[1]], self.full_name(src.name))
                if g is None and gender == "f" and self.mans_surname(src.name):
                    g = "m"  # ("Gregory T. Whitcombe …. Whitcombe replied …. She said")
                if g is None:  # "Kwok shook his head as she spoke. She later told …": his own
                    g = self.own_pronoun_gender(src.name, span[0], pos)
                if g is None:  # ("Dr Lim …. “…,” he said. She noted …")
                    g = self.pronoun_gender.get(self.full_name(src.name)) or None
                if g in (None, gender):
                    return src
        return None

    def earlier_mono(self, pos: int) -> _Source | None:
        """A one-word name that is no given name opening one of the two sentences before
        ``pos`` ("Boeing delivered 40 jets."): a body the tagger cannot type."""
        for sent in self.sentences_before(pos, 2):
            span = self.sentence_subject(*sent)
            if span is None:
                continue
            src = _describe(self.text, *span)
            if (
                src is not None
                and _bare_one_word_name(src.name)
                and not src.title
                and not _refers_as_person(self.text, src.name)  # ("Dana Whitcombe …")
            ):
                return src
            return None
        return None

    def business_before(self, pos: int) -> _Source | None:
        """The business named last in the two sentences before ``pos``: a name whose last word
        says it is a company ("Lethabo Metering Solutions", "GDR Builders Corporation"); the
        same sentence before ``pos`` first ("a diagnostics company, Lumara Diagnostics, has
        licensed the test, and that the company …")."""
        i = bisect_right(self.sent_starts, pos) - 1
        own = [(self.sents[i][0], pos)] if i >= 0 else []
        for s, e in own + list(self.sentences_before(pos, 2)):
            names = list(_CAPITALISED_RUN_RE.finditer(self.text, s, e))
            for m in reversed(names):
                if len(m.group().split()) < 2 or self.appositive_workplace(m.start()):
                    continue
                if (
                    _BUSINESS_RELATIVE_RE.match(self.text, m.end(), e) is not None
                    or re.search(
                        r"\b(?:" + "|".join(sorted(_BUSINESS_NOUNS)) + r"),\s+$",
                        self.text[max(s, m.start() - 40) : m.start()],
                    )
                    # "Chilean lithium producer Litio Andino" (not "producer Jane Roe")
                    or (
                        re.search(
                            r"\b[a-z]+\s+(?:" + "|".join(sorted(_BUSINESS_NOUNS)) + r")\s+$",
                            self.text[max(s, m.start() - 40) : m.start()],
                        )
                        and not is_given_name(m.group().split()[0])
                    )
                ):
                    # "Gateway Residential, which manages the complex", "a diagnostics company,
                    # Lumara Diagnostics of San Diego,": what it does or is says so
                    return _Source(m.group(), "organisation", m.start(), m.end(), named=True)
                if _says_business(m.group()):
                    src = _describe(self.text, m.start(), m.end())
                    if src is not None and src.type == "organisation" and src.named:
                        return src
        return None

    def earlier_body(self, pos: int, after: int = -1) -> _Source | None:
        """A named organisation, government body or outlet opening one of the two sentences
        before ``pos`` (the nearest first), starting after ``after``."""
        for sent in self.sentences_before(pos, 2, after):
            dm = _DEFINITE_BODY_RE.match(self.text, *sent)
            if dm:  # "The ministry published new figures."
                src = _describe(self.text, dm.start(1), dm.end(1))
                if src is not None and src.type in _BODY_TYPES:
                    return src
            span = self.sentence_subject(*sent)
            if span is None:
                continue
            src = _describe(self.text, *span)
            if src is not None and src.type in _BODY_TYPES and not src.plural and not src.personal:
                return src  # (not "Vantor chief executive Eric Halvorsen", typed by his company)
            if src is not None and src.type == "person" and self.given_as_business(src.name):
                # "Tokai Seiki supplies brake parts …. It said …", after "Tokai Seiki Co."
                return _Source(src.name, "organisation", src.start, src.end, named=True)
        return None

    def full_names(self, s: int, e: int) -> list[tuple[int, int]]:
        """Spans of the full names (two or more name-tagged words in a row) in ``s:e``."""
        out: list[tuple[int, int]] = []
        run: list[_Tok] = []
        for t in [*self.toks_in(s, e), None]:
            name_tok = t is not None and t.pos == "NNP" and t.text[:1].isupper()
            # (a line break ends a name: a byline over the first paragraph)
            if name_tok and not (run and "\n" in self.text[run[-1].end : t.start]):
                run.append(t)
                continue
            if len(run) >= 2:
                out.append((run[0].start, run[-1].end))
            run = [t] if name_tok else []
        return out

    def bodies_named(self, noun: str, start: int, end: int) -> list[str]:
        """The capitalised names ending in ``noun`` ("Saudi Ports Authority" for "authority")
        the text gives between ``start`` and ``end``, in order: outside quotes, not after a
        courtesy title ("‘Mr Mayor, …’"), not cut before their "for …" ("General Authority
        for Statistics"), not as the workplace in a person's appositive ("Sheila Mutua, an
        investment analyst at Ridgeway Investment Bank")."""
        return [
            m.group(1)
            for m in re.compile(
                # (a comma list in the name: "the Meteorology, Climatology, and Geophysics Agency")
                r"\b((?:(?!The\b)[A-Z][\w’'&-]*(?:,?\s+and\s+|,\s+(?=[A-Z])|\s+)){1,6}"
                + re.escape(noun.capitalize())
                + r")\b"
            ).finditer(self.text, start, end)
            if not self.in_quote(m.start(1))
            and m.group(1).split()[0].rstrip(".").lower() not in self.lex.courtesy
            and not re.match(r"\s+(?:for|of|on)\s+(?:the\s+)?[A-Z]", self.text[m.end(1) :])
            and not self.appositive_workplace(m.start(1))
        ]

    def appositive_workplace(self, pos: int) -> bool:
        """Is the name at ``pos`` the workplace in a person's appositive ("Sheila Mutua, an
        investment analyst at Ridgeway Investment Bank"), not a body the text speaks of?"""
        return (
            re.search(
                r"[A-Z][\w’'-]*,\s+(?:an?|the)\s+(?:[\w-]+\s+){1,4}at\s+(?:the\s+)?$",
                self.text[max(0, pos - 60) : pos],
            )
            is not None
        )

    def asked_person(self, st: _Stmt) -> str | None:
        """The named person a question statement ``st`` ("asked X whether/what …") was put
        to; None when ``st`` asks no named person."""
        if self.lex.verbs.get((st.cue or "").lower(), ("",))[0] != "ask":
            return None
        name = st.reported_to
        if not name:
            m = re.match(
                r"((?://)?[A-Z][\w’'-]*(?:\s+(?://)?[A-Z][\w’'-]*){0,3})\s+"
                r"(?:whether|if|what|why|how|when|where|who)\b",
                self.text[st.start : st.end],
            )
            name = m.group(1) if m else None
        if not name or not re.match(r"(?://)?[A-Z]", name):
            return None
        return self.full_name(name)

    def is_outlet(self, phrase: str) -> bool:
        """Is ``phrase`` the article's own outlet ("The Namibian", "the Namibian")?"""
        outlet = (self.art.outlet or "").strip()
        return (
            bool(outlet)
            and re.sub(r"^[Tt]he\s+", "", phrase.strip()).lower()
            == re.sub(r"^[Tt]he\s+", "", outlet).lower()
        )

    @staticmethod
    def skip_relative_aside(toks: list[_Tok]) -> list[_Tok]:
        """``toks`` without a relative clause between commas after a name at their start, when
        a finite verb follows its closing comma ("Interior Minister Antoine Mercier, whom his
        supporters like to call “le premier flic de France” (…), has taken …")."""
        for k in range(1, min(len(toks) - 2, 8)):
            if toks[k].text != "," or toks[k + 1].lower not in ("who", "whom", "whose", "which"):
                continue
            depth, quoted = 0, False
            for j in range(k + 2, min(len(toks) - 1, k + 40)):
                t = toks[j]
                if t.text in ("(", "["):
                    depth += 1
                elif t.text in (")", "]"):
                    depth = max(0, depth - 1)
                elif t.text in QUOTE_CHARS:
                    quoted = not quoted
                elif t.text == "," and not depth and not quoted:
                    nxt = toks[j + 1]
                    if _is_finite(nxt) or nxt.lower in _AUX:
                        return toks[:k] + toks[j + 1 :]
                    break
            break
        return toks

    def sentence_subject(self, s: int, e: int) -> tuple[int, int] | None:
        """The span of a capitalised subject opening the sentence ``s:e`` before its first
        finite verb, without an appositive between commas ("Maria Kova, his deputy,
        disagreed": Maria Kova); None when the sentence opens otherwise."""
        named = _NAME_GIVEN_SUBJECT_RE.match(self.text, s, e)
        if named:  # "One of them, who gave his name only as Junior, was blunter."
            return s, named.end()
        toks = self.toks_in(s, e)
        stamp = next(
            (n for n, t in enumerate(toks[:6]) if t.text in ("–", "—", "-", "--", "|")), None
        )
        if (
            stamp
            and (
                any(c.isdigit() for t in toks[:stamp] for c in t.text)
                # "TAMARACK BUTTE LOOKOUT -- At 5:40 …, Margo Delacroix-Whitfield steps": a dateline
                or all(t.text.isupper() and len(t.text) > 1 for t in toks[:stamp] if t.text != ",")
                # "SOSNIVKA, Kharkiv Oblast — The woman in the green headscarf has …"
                or (
                    stamp > 2
                    and toks[0].text.isupper()
                    and len(toks[0].text) > 1
                    and toks[1].text == ","
                    and all(t.text[:1].isupper() for t in toks[2:stamp])
                )
            )
        ):
            toks = toks[stamp + 1 :]  # "09:26 GMT – First Minister Alasdair Kerr has …": a stamp
        if len(toks) > 4 and toks[0].lower == "as" and toks[1].lower == "for":
            toks = toks[1:]  # "As for Trump, he said …": as "For …"
        if len(toks) > 3 and toks[0].lower == "for" and toks[1].pos == "NNP":
            # "For Margaret Holroyd, 67, the numbers are personal.": the person is the topic
            run = first = 1
            while run < len(toks) and (
                (toks[run].pos == "NNP" and toks[run].text[:1].isupper())
                or (toks[run].pos == "POS" and run == first + 1)  # "For France's Camille …"
            ):
                if toks[run].pos == "POS":
                    first = run + 1
                run += 1
            end = run
            if run < len(toks) and toks[run].text == "(":  # ("Camille Arnaud (Renew Europe),")
                close = next(
                    (n for n in range(run, min(len(toks), run + 8)) if toks[n].text == ")"), None
                )
                if close is not None:
                    run = close + 1
            if (
                (
                    end - first >= 2
                    # (or a surname the story gives in full: "For Mair, the goal was little
                    # consolation.")
                    or (
                        end - first == 1
                        and re.fullmatch(r"[A-Z][\w’'-]+", toks[first].text) is not None
                        and bool(self.given_before(toks[first].text))
                    )
                )
                and run < len(toks)
                and toks[run].text == ","
            ):
                return toks[first].start, toks[end - 1].end
        if toks and toks[0].lower == "among":
            # "Among the patients is Mercy Banda, 34, …": the subject follows the verb
            be = next((n for n, t in enumerate(toks[:10]) if t.lower in ("is", "was")), None)
            if be is None:
                return None
            name = []
            for t in toks[be + 1 :]:
                if not (t.pos in ("NNP", "NNPS") or (name and t.text[:1].isupper())):
                    break
                name.append(t)
            return (name[0].start, name[-1].end) if len(name) >= 2 else None
        while (
            len(toks) > 1
            and toks[0].lower in self.lex.discourse
            and toks[0].pos in ("RB", "CC")
            and toks[1].text != ","
        ):
            toks = toks[1:]  # "Then Sarah Keane spoke", "But Tallis disagreed"
        lead_comma = next((n for n, t in enumerate(toks[:4]) if t.text == ","), None)
        if lead_comma and toks[lead_comma - 1].lower in _FRONTED_TIME_WORDS:
            toks = toks[lead_comma + 1 :]  # "Months earlier, Dr. Maeve O'Callaghan … had …"
        if (
            toks
            and (
                toks[0].pos in ("IN", "VBG", "VBN", "RB", "CC", "WRB")
                or (toks[0].lower == "asked" and len(toks) > 1 and toks[1].pos in ("IN", "WRB"))
            )
            and toks[0].lower not in _PRONOUNS
        ):
            # an opening phrase: "In his statement Saturday, Sanders said", "Repeating ...,",
            # "Asked about the result, Nowak smiled"
            comma = next((n for n, t in enumerate(toks[:20]) if t.text == ","), None)
            if comma is None:
                return None
            toks = toks[comma + 1 :]
            while toks and toks[0].text in ("”", '"', "’", "'"):
                toks = toks[1:]  # ('Known on sets as “the Sheriff,” Voss clashed …')
            for _ in range(3):
                # ("Born in Clarksdale, Mississippi, in 1941, Whitfield moved …": the state and
                # the year close the opening phrase)
                comma = next((n for n, t in enumerate(toks[:5]) if t.text == ","), None)
                if not comma:
                    break
                chunk = " ".join(t.text for t in toks[:comma])
                if not (_is_place(chunk) or (toks[0].pos == "IN" and toks[0].lower != "as")):
                    break
                toks = toks[comma + 1 :]
            comma = next((n for n, t in enumerate(toks[:16]) if t.text == ","), None)
            if (
                comma
                and toks[0].lower in ("the", "a", "an")
                and comma + 1 < len(toks)
                and toks[comma + 1].text[:1].isupper()
                and toks[comma + 1].pos in ("NNP", "NNPS")
                and any(_is_human(t.lower) or t.lower in _KIN_WORDS for t in toks[1:comma])
            ):
                # "Born in Leeds in 1941, the daughter of a bus driver and a school cook,
                # Dunmore trained …": an appositive before the subject it describes
                toks = toks[comma + 1 :]
            opened = True
            while (
                toks
                and (
                    toks[0].lower in ("as", "like", "unlike", "including")
                    # a second opening phrase: "At 5:40 every morning, before the coffee is ready
                    # …, Margo Delacroix-Whitfield steps"
                    or (toks[0].pos == "IN" and toks[0].lower in _FRONTING_SUBORDINATORS)
                    # "In her kitchen afterward, with a coffee cup the size of a soup bowl,
                    # Gunnison talked …": a second phrase before a capitalised subject
                    or (
                        toks[0].pos == "IN"
                        and toks[0].lower in _SECOND_FRONTED_PREPOSITIONS
                        and (
                            comma2 := next(
                                (n for n, t in enumerate(toks[:25]) if t.text == ","), None
                            )
                        )
                        is not None
                        and comma2 + 1 < len(toks)
                        and toks[comma2 + 1].text[:1].isupper()
                        and toks[comma2 + 1].pos in ("NNP", "NNPS")
                    )
                )
            ):
                # "Asked whether …, as other First Nations have done, Meekis paused": an aside
                # on the opening phrase
                comma = next((n for n, t in enumerate(toks[:25]) if t.text == ","), None)
                if comma is None:
                    return None
                toks = toks[comma + 1 :]
        else:
            opened = False
        toks = self.skip_relative_aside(toks)
        toks = [  # ("Jonathan Reiss, MD, a cardiologist …, was": degrees, not a modal verb)
            t
            for n, t in enumerate(toks)
            if not (
                t.text.rstrip(".").replace(".", "").upper() in _CREDENTIALS
                and n
                and toks[n - 1].text == ","
                and t.text[:1].isupper()
            )
            and not (
                t.text == ","
                and n + 1 < len(toks)
                and toks[n + 1].text.rstrip(".").replace(".", "").upper() in _CREDENTIALS
                and toks[n + 1].text[:1].isupper()
            )
        ]
        for k, t in enumerate(toks[:20]):
            if _is_possessive(toks, k):
                continue  # a possessive ("The company's chief executive, Jane Doe, was ...")
            if t.pos in _FINITE or (t.lower in _AUX and k):
                break
            if (
                t.pos in ("VBN", "VB")
                and k
                and (
                    toks[k - 1].pos in (",", "NNP", "NNPS")
                    # ("Shetty later shared a photo": a past tense read as a participle)
                    or (
                        t.pos == "VBN"
                        and toks[k - 1].pos == "RB"
                        and k > 1
                        and toks[k - 2].pos in ("NNP", "NNPS")
                    )
                )
            ):
                break  # a past tense the tagger read as a participle ("Mr Fenwick, rustled")
                # or a base form ("Theo Lind put it more bluntly")
            if (
                t.pos == "NNS"
                and t.text.islower()
                and k
                and toks[k - 1].pos in ("NNP", ",")
                and (
                    k + 1 == len(toks)
                    or toks[k + 1].pos not in ("NN", "NNS", "NNP")
                    # "Tokai Seiki supplies brake parts to …": no other verb follows
                    or not any(x.pos in _FINITE or x.lower in _AUX for x in toks[k + 1 :])
                )
            ):
                break  # a present tense read as a plural noun ("Piotr Nowak lives nearby")
        else:
            return None
        subj = toks[:k]
        if len(subj) > 3 and subj[-1].text == ")":
            opening = max((n for n, t in enumerate(subj) if t.text == "("), default=0)
            if opening >= 1:
                subj = subj[:opening]  # "Mohd Fadhli Ismail (PN-Bukit Chandan) was": a tag
        if subj and (
            subj[-1].pos == "RB" or subj[-1].lower in ("last", "first", "once", "recently")
        ):  # "Tallis later apologised", "Jack Hollis, last played" (an adverb read as JJ)
            subj = subj[:-1]
        if subj and subj[-1].lower in ("himself", "herself", "themselves"):
            subj = subj[:-1]  # "Keane himself was more understated"
        while subj and subj[-1].text == ",":
            subj = subj[:-1]
        if len(subj) > 2 and subj[-1].text.isdigit() and subj[-2].text == ",":
            subj = subj[:-2]  # an age: "trader Mercy Njeri, 41, was unconvinced"
        if (
            not subj
            # after an opening phrase a role may lead: "At Fenwick & Lowe, analyst Tom Gerrity"
            or not (subj[0].text[:1].isupper() or (opened and subj[-1].pos == "NNP"))
            or (subj[0].lower in _PRONOUNS and subj[0].pos != "PRP$" and subj[0].text != "US")
        ):
            return None  # ("Her neighbour, Padraig Sullivan, ..." is a subject)
        head_end = next((n for n, t in enumerate(subj) if t.text == ","), len(subj))
        if (
            head_end + 1 < len(subj)
            and (
                subj[head_end + 1].pos in ("VBG", "VBN")
                # "And Keene, for all his worry about women laboring on the highway, is wary"
                or (
                    subj[head_end + 1].pos == "IN"
                    and subj[head_end + 1].lower in ("for", "despite", "like", "unlike", "after")
                    and all(t.text[:1].isupper() for t in subj[:head_end])
                )
            )
        ):
            subj = subj[:head_end]  # "Ms Kovač, speaking at a rally in the capital, Lerin,"
        if (
            len(subj) > 10
            and head_end < len(subj)
            and 2 <= head_end <= 4
            and (
                subj[head_end + 1].lower in ("a", "an", "the", "who")
                # "Ana Figueroa, Dolores Figueroa's daughter and Mateo's mother, spoke …"
                or re.match(
                    r"(?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+\s*[’']s\s+[a-z]",
                    self.text[subj[head_end + 1].start : subj[-1].end],
                )
                # "Fernando de Borja Sanz, president of the Valencian Association of …,"
                or (
                    subj[head_end + 1].text.islower()
                    and _appositive_role(
                        self.text[subj[head_end + 1].start : subj[-1].end].split(",")[0]
                    )
                )
            )
            # (a title may lead the name: "Dr. Noelani Akana, a fisheries ecologist at …")
            and _PERSON_NAME_RE.fullmatch(
                _strip_title(self.text[subj[0].start : subj[head_end - 1].end])
            )
        ):
            # "Mwangi Kiprono, a coral biologist at the Kenya Marine and Fisheries Research
            # Institute in Mombasa, is also wary": a long appositive on a given name (or a
            # relative clause: "Lindiwe Mahlangu-Nkosi, who served as CFO from 2018 until …,")
            subj = subj[:head_end]
        last = max((n for n, t in enumerate(subj) if t.text == ","), default=0)
        if len(subj) > 10 and last and all(t.text[:1].isupper() for t in subj[last + 1 :]):
            # "The chairman of the St Thomas Municipal Corporation and Mayor of Morant Bay,
            # Councillor Marsha Grant-Ellis, rejected …": a long role, then the name (a title
            # may lead it)
            for lead in range(3):
                name = subj[last + 1 + lead :]
                if len(name) >= 2 and _PERSON_NAME_RE.fullmatch(
                    self.text[name[0].start : name[-1].end]
                ):
                    subj = subj[last + 1 :]
                    break
        second = next((n for n in range(head_end + 1, len(subj)) if subj[n].text == ","), len(subj))
        if (
            1 <= head_end < second < len(subj)
            and subj[head_end - 1].lower in self.lex.relational
            and 1 <= second - head_end - 1 <= 3
            and all(t.pos == "NNP" for t in subj[head_end + 1 : second])
        ):
            # "Aubin's husband, Michel, a retired grain farmer, has learned …": the kin and
            # the name, without the appositive after them
            subj = subj[:second]
        if (
            len(subj) > 10
            or any(
                t.pos.startswith(("VB", "MD", "W"))
                and t.lower not in ("'s", "’s")
                # (a participle as a role's adjective: "Sherwood Logistics' managing director")
                and not (
                    (t.pos == "VBG" or (t.pos == "VBN" and "-" in t.text))
                    and n + 1 < head_end
                    and subj[n + 1].pos in ("NN", "NNS", "NNP")
                )  # ("Labour's Northland-based list MP, Reuben Tane,": a compound adjective)
                for n, t in enumerate(subj[:head_end])
            )
        ):
            return None  # (an appositive may hold a participle: "Piotr Nowak, a retired ...,")
        # a name tagged as one ends the subject or its first part: "Tallis", "Stonebridge boss
        # Mark Ellery", "The Prime Minister, Mr Fenwick," ("On Wednesday", "Maybe Trump": no)
        cut = next((n for n, t in enumerate(subj) if t.text == ","), len(subj))
        parts = [subj[:cut], subj[cut + 1 :]] if cut < len(subj) else [subj]
        if not any(
            p and (p[-1].pos in ("NNP", "NNPS") or re.fullmatch(r"[A-Z][a-z]+-[a-z]+", p[-1].text))
            for p in parts
        ):
            return None  # (a hyphenated given name the tagger reads as an adjective: "Tae-min")
        if (
            subj[0].pos not in ("NNP", "NNPS", "DT", "NN", "JJ", "PRP$")
            and subj[0].text != "US"
            and not (len(subj) > 1 and subj[1].pos == "POS" and subj[0].text[:1].isupper())
        ):  # ("People’s Party list MP Sirilak Boonmee": a party's name)
            return None
        if len(subj) == 1 and (
            subj[0].lower in stopwords() or (subj[0].lower.endswith("ing") and subj[0].pos != "NNP")
        ):
            return None  # "Having", "Nothing": a capitalised word, no name ("Boeing" is one)
        return subj[0].start, subj[-1].end  # an appositive is :func:`_describe`'s to read

    # -- narrator rows and alias merging
    def narrator(self) -> None:
        outlet = self.art.outlet or "unknown"
        covered: list[tuple[int, int]] = []
        for s in self.out:
            pts = [s.start, s.end] + [
                p
                for p in (
                    s.cue_start,
                    s.cue_end,
                    s.source_start,
                    s.source_end,
                    s.frame_start,
                    s.frame_end,
                )
                if p is not None
            ]
            covered.append((min(pts), max(pts)))
        covered.sort()
        # only spans overlapping a sentence cut it: those starting before its end (a prefix,
        # covered being sorted) whose running maximum end passes its start
        cov_starts = [a for a, _b in covered]
        run_max: list[int] = []
        for _a, b in covered:
            run_max.append(max(b, run_max[-1]) if run_max else b)
        rows = []
        for sid, (s, e) in enumerate(self.sents):
            pieces = [(s, e)]
            lo = bisect_right(run_max, s)
            hi = bisect_left(cov_starts, e)
            for a, b in covered[lo:hi]:
                nxt = []
                for ps, pe in pieces:
                    if b <= ps or a >= pe:
                        nxt.append((ps, pe))
                        continue
                    if a > ps:
                        nxt.append((ps, a))
                    if b < pe:
                        nxt.append((b, pe))
                pieces = nxt
            for ps, pe in pieces:
                ps, pe = self.trim(ps, pe, strip_final=False)
                tail = _NARRATOR_TAIL_RE.search(self.text, ps, pe)
                if tail and pe < e:  # the source's determiner: "... — the army said", or a
                    # link to the speaker's clause: "…, where he told", "… and she said"
                    pe = tail.start()
                seg = self.text[ps:pe]
                whole = ps == s and pe >= e - 1
                if len(_WORD_RE.findall(seg)) < 3 and not whole:
                    continue
                if not whole and not any(_is_finite(t) for t in self.toks_in(ps, pe)):
                    continue  # "Speaking in the Commons, she said ...": a phrase, no clause
                if not re.search(r"\w", seg):
                    continue
                rows.append(
                    _Stmt(
                        ps,
                        pe,
                        "narrator",
                        source=outlet,
                        source_type="outlet",
                        confidence=1.0 if (ps, pe) == self.trim(s, e, strip_final=False) else 0.7,
                        method="narrator",
                        sent_id=sid,
                    )
                )
        self.out.extend(rows)

    def spokespeople_of_people(self) -> None:
        """A spokesperson (or a named aide, official) typed organisation only because a bare
        name precedes the role word ("Clinton spokesman Brian Fallon", "Jo Bell, a Clinton
        aide") speaks for a person when the article names that person elsewhere ("Hillary
        Clinton"): typed as a spokesperson of an unsaid body."""
        text = self.text
        seen: dict[tuple[int, int], bool] = {}
        people = {  # surnames of the article's named people ("Sanders" of "Bernie Sanders")
            s.source.split()[-1] for s in self.out if s.source_type == "person" and " " in s.source
        }
        for s in self.out:
            if s.source_type != "organisation" or s.source_start is None or s.source_end is None:
                continue
            key = (s.source_start, s.source_end)
            if key not in seen:
                phrase = text[key[0] : key[1]]
                owner = _spokesperson_owner(phrase) or _role_owner(phrase)
                bare = _body(owner)[1] if owner else ""
                caps = [
                    w
                    for w in (owner or "").split()
                    if w[:1].isupper() and w.lower() not in _NOT_GIVEN_NAMES | _QUANTIFIERS
                ]
                if (
                    len(caps) >= 2
                    and _strip_title(owner) == owner
                    and caps[-2].lower() not in _given_names()
                    and bare not in people
                ):
                    bare = ""  # "a spokesman for Exxon Mobil": a body's name, no person's
                seen[key] = bool(bare) and _names_a_person(text, bare)
            if seen[key]:
                s.source_type = _classify("spokesman", None)

    def unify_types(self) -> None:
        self.spokespeople_of_people()
        first: dict[str, str] = {}
        for s in sorted(self.out, key=lambda x: x.start):
            if s.kind == "narrator" or s.source == "unknown":
                continue
            first.setdefault(s.source, s.source_type)
            s.source_type = first[s.source]

    def link_descriptors(self) -> None:
        """A role descriptor and the name that follows it are one source (news convention).

        (a) "Syria's defence minister said ... ." then, in the next sentence or the one after,
        "General Ali Abbas said ...": a singular definite role descriptor with no name, followed
        at once by a full name never seen before, with a title that is a rank or courtesy (or an
        office the descriptor states), with no other speaker in between. (b) "the head of the
        Kurdish forces said ..." then "..., said the head of the force, Mazloum Abdi": the
        name's appositive has the descriptor's role (head noun, "of" complement, modifiers).
        The descriptor's statements take the name; every statement of the name keeps the
        descriptor in ``descriptor``."""
        text = self.text
        found: dict[tuple[int, int], _Source | None] = {}

        def mention(st: _Stmt) -> _Source | None:
            if st.source_start is None or st.source_end is None:
                return None
            key = (st.source_start, st.source_end)
            if key not in found:
                found[key] = _describe(text, *key)
            return found[key]

        def pos(st: _Stmt) -> int:
            if st.source_start is not None:
                return st.source_start
            return st.cue_start if st.cue_start is not None else st.start

        said = sorted(
            (s for s in self.out if s.kind != "narrator" and s.source != "unknown"), key=pos
        )
        links: dict[str, str] = {}
        seen: set[str] = set()
        for i, n in enumerate(said):
            if n.source in seen or n.source_start is None or not n.source[:1].isupper():
                seen.add(n.source)
                continue  # cheap tests first: describing a phrase again costs more
            seen.add(n.source)
            src = mention(n)
            if (
                src is None
                or not src.named
                or not src.personal
                or src.name != n.source
                or not (src.title or src.appositive)
            ):
                continue
            # the role before the name: "said the commander, Captain Oleh Marchenko, 41, a
            # former history teacher"
            lead = _LEAD_ROLE_RE.match(text, src.start or 0)
            roles = [r for r in (src.appositive, lead[1] if lead else "") if r]
            latest: _Stmt | None = None  # the last statement before the name
            for d in reversed(said[:i]):
                if d.source in links or d.source == n.source:
                    break
                if latest is None:
                    latest = d
                elif d.source != latest.source:
                    break  # another speaker in between: no link
                if d.source_start is None:
                    continue  # "He added ...": the descriptor's mention comes earlier
                dsrc = mention(d)
                # ("A company commander said … . “…,” said the commander, Oleh Marchenko": an
                # indefinite descriptor, taken up by the name's definite role)
                if dsrc is None or not _role_descriptor(text, dsrc, definite=not roles):
                    break
                gap = n.sent_id - latest.sent_id
                ok = (
                    0 <= gap <= 3
                    and any(
                        _same_role(text, replace(src, appositive=r), dsrc)
                        # ("Her daughter confirmed …" is not "Carrie's daughter, Lily Lane": the
                        # kin of someone else the text names)
                        and not (
                            re.match(r"[A-Z][\w’'-]+[’']s\s", r)
                            and re.search(
                                r"\b(?:[Hh]er|[Hh]is|[Tt]heir)\s+\S*$",
                                text[max(0, d.source_start - 6) : d.source_end or d.source_start],
                            )
                        )
                        for r in roles
                    )
                )
                if not ok and 0 <= gap <= 1 and not _definite(text, dsrc, dsrc.name):
                    # "A senior consultant at the hospital warned …. “…,” said a consultant in
                    # emergency medicine at CUH, Dr Aoife Cronin-Walsh": the same head noun,
                    # restated at once with the name
                    at = src.start or 0
                    ok = bool(
                        re.search(r"\b(?:an?|one)\s+$", text[max(0, at - 5) : at], re.I)
                    ) and any(_role_parts(r)[1] == _role_parts(dsrc.name)[1] != "" for r in roles)
                if not ok and not src.appositive and _definite(text, dsrc, dsrc.name):
                    ok = 1 <= gap <= 2 and _new_titled_name(text, src, dsrc)
                if ok:
                    links[d.source] = n.source
                break
        links.update(self.earlier_role_names(said, mention, links))
        links.update(self.titled_names(said, mention, links))
        links.update(self.ward_members(said, links))
        links.update(self.kin_of_speaker(said, links))
        if links:
            for s in self.out:
                if s.kind != "narrator" and s.source in links:
                    s.descriptor = s.source
                    s.source = links[s.source]
            first = {v: k for k, v in reversed(list(links.items()))}
            for s in self.out:
                if s.kind != "narrator" and s.source in first and s.descriptor is None:
                    s.descriptor = first[s.source]
        self.role_descriptors(said)
        self.counsel_speakers(said)
        self.body_anaphora(said)

    def counsel_speakers(self, said: list[_Stmt]) -> None:
        """(i) "Mr Kearney said …. “…,” counsel said": in a court report, a bare "counsel"
        ("defence counsel", "counsel for the State", "the lawyer") is the latest lawyer to speak
        before it, of that side when the phrase gives one; a lawyer is a person named with
        "barrister", "counsel", "solicitor", "lawyer" or "attorney" before the name or "SC",
        "BL", "KC", "QC" after it."""
        asked = [
            d
            for d in said
            if d.source_start is not None
            and (
                _COUNSEL_RE.fullmatch(d.source)
                # "The lawyer then put it to the witness …": a definite lawyer, not "a lawyer"
                or (
                    d.source in ("lawyer", "attorney", "barrister", "solicitor")
                    and self.after_the(d)
                )
            )
        ]
        if not asked:
            return
        lawyers: dict[str, str] = {}  # name -> side ("defence", "prosecution" or "")
        for d in said:
            if d.source_type != "person" or not d.source[:1].isupper():
                continue
            if d.source not in lawyers:
                side = _lawyer_side(self.text, d.source)
                if side is not None:
                    lawyers[d.source] = side
        for d in asked:
            want = _counsel_side(d.source)
            before = [
                x
                for x in said
                if x.source in lawyers
                and (x.source_start or x.start) < d.source_start
                and (not want or lawyers[x.source] in ("", want))
            ]
            if not before:
                continue
            latest = max(before, key=lambda x: x.source_start or x.start)
            d.descriptor = d.descriptor or d.source
            d.source, d.source_type, d.personal = latest.source, latest.source_type, True

    def body_anaphora(self, said: list[_Stmt]) -> None:
        """(e) "Orvana Motors said ... . The carmaker said ...": a bare definite body noun
        ("the company", "the ministry", "the agency") is the nearest earlier named source of
        the type the noun gives (organisation, government or media); it takes that name and
        keeps the noun as its descriptor."""
        named: list[_Stmt] = []
        mono: list[_Stmt] = []  # one-word names typed person for want of a cue ("Benfica")
        read: list[_Stmt] = []  # the anaphors read so far
        for d in said:
            phrase = (
                self.text[max(0, d.source_start - 4) : d.source_end]
                if d.source_start is not None
                else ""
            )
            m = re.fullmatch(
                r"(?:^|.*\W)(?:[Tt]he|[Aa]n?)\s+"
                # ("The Nairobi Securities Exchange-listed lender said": the lender)
                r"(?:(?:[A-Z][\w.&’']*\s+){0,4}[A-Z][\w.&’']*-(?:listed|based)\s+)?"
                r"([a-z][\w-]+)",
                phrase,
                re.S,
            )
            if m is not None and d.source[:1].isupper() and _PERSON_NAME_RE.fullmatch(d.source):
                m = None  # "Rajendra Prasad Bhattarai, director at the department": his name
            if m is not None and d.source_type == "anonymous":
                continue  # "An official at the company, who requested anonymity": no spokesman
            sp = re.fullmatch(
                r"(?:^|.*\W)(?:[Tt]he|[Aa]n?)\s+(spokes\w+)\s*,\s*[A-Z][^,]*", phrase, re.S
            )
            if m is None and sp is not None and sp.group(1) in _lex().spokes:
                # "Crestview said … . A spokeswoman, Laura Benton, said …": she speaks for the
                # body named just before
                ante = next(
                    (
                        n
                        for n in sorted(named + mono, key=lambda x: x.start, reverse=True)
                        if n.source_type in _BODY_TYPES and _is_body_name(n.source)
                    ),
                    None,
                )
                if ante is not None and d.sent_id - ante.sent_id <= 3:
                    d.source_type = ante.source_type
                    d.descriptor = d.descriptor or sp.group(1)
                    d.personal = True
                continue
            if m is None:
                if (
                    d.source[:1].isupper()
                    and d.source_type in _BODY_TYPES
                    and not (  # "Vantor chief executive Eric Halvorsen" (typed organisation)
                        _PERSON_NAME_RE.fullmatch(d.source)
                        and d.source.split()[0].lower() in _given_names()
                    )
                ):
                    named.append(d)  # (a person typed by the body is never "the company")
                elif (
                    d.source_type == "person"
                    and _bare_one_word_name(d.source)
                    and d.source.lower() not in self.lex.person_words  # ("Analysts … had …")
                    and not d.role
                    # ("Chief Executive Officer Dana Whitcombe's effort … . Whitcombe said":
                    # a person's surname is no club or company)
                    and not _refers_as_person(self.text, d.source)
                    and not d.descriptor
                    and d.source_start is not None
                    and phrase.endswith(d.source)
                    and _gender(self.text[d.source_start : d.source_end], d.source) is None
                ):
                    mono.append(d)
                continue
            noun = m.group(1)
            read.append(d)
            if noun in _lex().spokes:
                # "A spokesperson for the Commissioner … described …. “…,” the spokesperson
                # added": the spokesperson just quoted, for whichever body
                same = next(
                    (
                        x
                        for x in sorted(said, key=lambda x: x.start, reverse=True)
                        if x.start < d.start
                        and x is not d
                        and 0 <= d.sent_id - x.sent_id <= 2
                        and x.source_start is not None
                        and re.match(
                            r"(?:[Aa]n?|[Tt]he)\s+" + re.escape(noun) + r"\s+(?:for|of|at)\s",
                            self.text[x.source_start : x.source_end],
                        )
                    ),
                    None,
                )
                if same is not None:
                    d.descriptor = d.descriptor or noun
                    d.source, d.source_type = same.source, same.source_type
                    continue
                # "NHS England said ... . A spokesperson said ...": the body's spokesperson
                ante = next((n for n in reversed(named) if _is_body_name(n.source)), None)
                if ante is not None and d.sent_id - ante.sent_id <= 3:
                    d.descriptor = d.descriptor or noun
                    d.source, d.source_type = ante.source, ante.source_type
                continue
            if not phrase.lstrip().lower().startswith("the") and " the " not in phrase.lower():
                continue
            typ = _body_type(noun)
            if typ not in _BODY_TYPES:
                continue
            ante = next(
                (
                    n
                    for n in reversed(named)
                    if n.source_type == typ
                    # (a body cited for its data is no "the company": "According to NielsenIQ
                    # data, …. …, the company said in its filing"; "the authority" may be)
                    and not (noun in _BUSINESS_NOUNS and n.role in _DATA_ROLES)
                    # ("Internal minutes and a forensic report reveal …": two documents, and
                    # "the report" is one of them, not both)
                    and not re.search(
                        r"\s(?:and|&)\s+(?:an?|the|its|their|his|her)\s+(?:\S+\s+){0,3}"
                        + re.escape(noun)
                        + r"$",
                        n.source.lower(),
                    )
                    and (
                        noun in n.source.lower().split()  # "the ministry": "Interior Ministry"
                        # ("the charity Books Before Bedtime, which says …. The charity said")
                        or re.search(
                            r"\b" + re.escape(noun) + r",?\s+" + re.escape(n.source) + r"\b",
                            self.text,
                            re.I,
                        )
                        # ("KPDN" glossed as "The Domestic Trade and … Ministry (KPDN)")
                        or noun in self.acronym_glosses.get(n.source, "").lower().split()
                        # ("the Hong Kong Civic Monitor, an overseas advocacy group, said …. The
                        # group called …": the noun of its appositive)
                        or (
                            n.source_start is not None
                            and re.search(
                                r",\s+(?:an?|the)\s+(?:[\w’'-]+\s+){0,4}"
                                + re.escape(noun)
                                + r"(?:,|$)",
                                self.text[n.source_start : (n.source_end or 0) + 1],
                                re.I,
                            )
                            is not None
                        )
                        or (
                            noun in _BUSINESS_NOUNS
                            and typ == "organisation"
                            and not n.personal
                            and _is_business_name(n.source)
                        )
                    )
                ),
                None,
            )
            if ante is not None and d.source_start is not None:
                # ("A spokesperson for the Red Sea Ports Authority declined …, in which the
                # authority said": the body of that head the text named since, if another)
                since = self.bodies_named(noun, ante.start, d.source_start)
                if since and since[-1] != ante.source:
                    d.descriptor = d.descriptor or noun
                    d.source, d.source_type = since[-1], typ
                    continue
            if (
                noun in _BUSINESS_NOUNS
                and typ == "organisation"
                and d.source_start is not None
                and (ante is None or not _says_business(ante.source))
            ):
                # "… to probe payments to the contractor, Lethabo Metering Solutions. On X, the
                # SIU said …. The company has denied …": a business the two sentences before
                # name, quoted or not, before a body that is no business by its name
                biz = self.business_before(d.source_start)
                if biz is not None:
                    d.descriptor = d.descriptor or noun
                    d.source, d.source_type = biz.name, biz.type
                    continue
            if (
                ante is None
                and noun == "agency"
                and not any(n.source_type == "government" for n in named)
            ):
                # "Starwave Entertainment announced … . The agency said": a talent or ad
                # agency, when no government body was named
                ante = next(
                    (
                        n
                        for n in reversed(named)
                        if n.source_type == "organisation" and d.sent_id - n.sent_id <= 2
                    ),
                    None,
                )
            if ante is None and noun in _BUSINESS_NOUNS and d.source_start is not None:
                # "A spokesperson for Zestly, one of the largest delivery apps, told …. The
                # company denied …": the business whose spokesperson spoke just before
                spoke = next(
                    (
                        m.group(1)
                        for n in reversed(said)
                        if n.start < d.start
                        and 0 <= d.sent_id - n.sent_id <= 3
                        and (
                            m := re.fullmatch(
                                r"(?:spokes\w+|representative|chief executive|CEO)\s+(?:for|of|at)"
                                r"\s+((?:[A-Z][\w&’'.-]*\s*)+)",
                                n.source,
                            )
                        )
                    ),
                    None,
                )
                if spoke is not None:
                    d.descriptor = d.descriptor or noun
                    d.source, d.source_type = spoke.strip(), "organisation"
                    continue
            if ante is None and noun in ("organization", "organisation"):
                # "The Medef employers' federation … said …. “…,” the organization said": the
                # body named in the two sentences before, whatever its name's head
                ante = next(
                    (
                        n
                        for n in reversed(named)
                        if n.start < d.start
                        and n.source_type == "organisation"
                        and 0 <= d.sent_id - n.sent_id <= 2
                    ),
                    None,
                )
            if ante is None and noun in _BODY_ANAPHORS and typ == "organisation":
                # "Benfica confirmed the deal. The club said ...": the one-word name just
                # before is that club (and an organisation, whatever its first reading)
                last = next((n for n in reversed(mono) if n.start < d.start), None)
                newer = next((n for n in reversed(named) if n.start < d.start), None)
                if (
                    last is not None
                    and d.sent_id - last.sent_id <= 2
                    and (newer is None or newer.start < last.start)
                ):
                    for n in said:
                        if n.source == last.source:
                            n.source_type = "organisation"
                            n.personal = False
                    ante = last
            if ante is None and d.source_start is not None:
                # "Boeing delivered 40 jets in March. The company said ...": a body opening a
                # sentence just before, quoted or not; for "the company", a business the two
                # sentences before name anywhere ("… to probe payments to the contractor,
                # Lethabo Metering Solutions. On X, the SIU said …. The company has denied …")
                body = self.earlier_body(d.source_start)
                if body is None:
                    body = self.earlier_mono(d.source_start)
                if body is not None and (
                    noun in body.name.lower().split()
                    or (
                        typ == "organisation"
                        and noun in (_BUSINESS_NOUNS | _BODY_ANAPHORS)
                        and (body.type == "organisation" or " " not in body.name)
                        and not (  # "Halden University … . The company said": no
                            noun in _BUSINESS_NOUNS
                            and body.name.split()[-1].lower() in _NON_BUSINESS_HEADS
                        )
                    )
                ):
                    d.descriptor = d.descriptor or noun
                    d.source, d.source_type = body.name, typ
                    continue
            if (ante is None or d.sent_id - ante.sent_id > 8) and (
                noun in _BUSINESS_NOUNS and typ == "organisation"
            ):
                # "the company" far from the one business quoted in the story: that business
                # (named properly, not "Pune-based packaged foods maker"; not a data provider)
                proper = {
                    n.source: n
                    # (or named by an anaphor read before: "The Nairobi Securities
                    # Exchange-listed lender said …. … The bank said")
                    for n in named + [x for x in read if x is not d and x.source[:1].isupper()]
                    if n.source_type == "organisation"
                    and not n.personal
                    and n.role not in _DATA_ROLES
                    and _is_business_name(n.source)
                    and all(w[:1].isupper() or w in ("of", "and", "&") for w in n.source.split())
                }
                at = d.source_start if d.source_start is not None else d.start
                near = "".join(self.text[a:b] for a, b in self.sentences_before(at, 1))
                near += self.text[self.sents[bisect_right(self.sent_starts, at) - 1][0] : at]
                first = next(iter(proper)).split()[0] if len(proper) == 1 else ""
                if first and (
                    re.search(r"\b" + re.escape(first) + r"\b", near)
                    # (or the story's own company: a coined name it repeats, never a common
                    # word in lower case: "Neovance", not "Bank")
                    or (
                        len(re.findall(r"\b" + re.escape(first) + r"\b", self.text)) >= 3
                        and not re.search(r"\b" + re.escape(first.lower()) + r"\b", self.text)
                    )
                ):
                    # (its name in this sentence or the one before: "Vardhan's board also
                    # approved …, the company said"; not "Alphabet …. The company reported")
                    ante = next(iter(proper.values()))
                    d.descriptor = d.descriptor or noun
                    d.source, d.source_type = ante.source, ante.source_type
                    continue
            if ante is not None and d.sent_id - ante.sent_id <= 8:
                d.descriptor = d.descriptor or noun
                d.source = ante.source
                d.source_type = ante.source_type

    def role_descriptors(self, said: list[_Stmt]) -> None:
        """(d) A title or role glued before the name ("Housing Minister Elena Varga", "Acme Corp
        spokesman John Reed") is the descriptor of every statement of that name that the links
        above left without one ("Varga added ...", "She said ..."): the first one met."""
        roles: dict[str, str] = {}
        for s in said:
            if s.role and s.source not in roles:
                roles[s.source] = s.role
        if not roles:
            return
        for s in self.out:
            if s.descriptor is None and s.kind != "narrator" and s.source in roles:
                s.descriptor = roles[s.source]

    def earlier_role_names(self, said: list[_Stmt], mention, links: dict[str, str]) -> dict:
        """(c) The other order: "Senator Jane Roe said ..." (or "Jane Roe, the senator, said")
        and later "the senator added ...": a singular definite role descriptor whose head noun
        (and "of" complement) is the title or appositive role of exactly one person named as a
        speaker before it, its modifiers among that role's words. Two senators named before:
        no link."""
        text = self.text
        named: list[tuple[str, tuple[set[str], str, str]]] = []  # (name, role) in text order
        out: dict[str, str] = {}
        for st in said:
            if st.source_start is None:
                continue
            if st.source in links or st.source in out:
                continue
            src = mention(st)
            if src is None:
                continue
            if src.named and not _capital_role(text, src):
                if src.personal and src.name == st.source:
                    for role in (src.title, src.appositive):
                        if role:
                            named.append((st.source, _role_words(role)))
                continue
            if not named or src.name != st.source or not _role_descriptor(text, src):
                continue  # (a descriptor already linked to its name keeps that link)
            dmods, dhead, dcomp = _role_parts(src.name)
            # same head, but "Vice President" is no "president": another office
            same = [
                (name, words, comp)
                for name, (words, head, comp) in named
                # ("Captain Rohan Kadam, …, said …. “…,” the skipper said": one office)
                if _ROLE_SYNONYMS.get(head, head) == _ROLE_SYNONYMS.get(dhead, dhead)
                and not (words & self.lex.office_changers) - set(dmods)
            ]
            fits = {
                name
                for name, words, comp in same
                if (not dcomp or dcomp in comp) and all(m in words for m in dmods)
            }
            heads = {name for name, _w, _c in same}
            if len(fits) == 1 and heads == fits and not self.indefinite_before(st, dhead):
                out[st.source] = fits.pop()
        return out

    def titled_names(self, said: list[_Stmt], mention, links: dict[str, str]) -> dict:
        """(f) "Magistrate Jennifer Atkins sentenced Morris …. “…,” the magistrate said": a
        role descriptor with no name whose head noun is the title glued before exactly one full
        name in the text (a person who need not speak under that name), when no named speaker
        holds that title."""
        text = self.text
        out: dict[str, str] = {}
        titled_speakers = {
            _role_parts(m.title)[1] for m in map(mention, said) if m is not None and m.title
        }
        for st in said:
            if st.source in links or st.source in out or st.source_start is None:
                continue
            if st.source_type == "anonymous" or re.match(
                r"(?i)(?:one|an?|another)\s", text[st.source_start : st.source_end]
            ):
                continue  # ("One resident, who asked not to be named, said": not the resident
                # the text names later)
            src = mention(st)
            if src is None or src.name != st.source:
                continue
            mods, head, comp = _role_parts(src.name)
            if not _role_descriptor(text, src, False) and not (
                not src.named and head in ("mp", "msp", "mla", "td", "mep")
            ):
                continue  # ("the Liberal Democrat MP for Brackwell": a seat's member)
            if (
                not head
                or (comp and head not in ("mp", "msp", "mla", "td", "senator", "member"))
                or head in titled_speakers
            ):
                continue  # ("the head of the force": a complement names its own body; "the MP
                # for Deptford Vale" names a seat)
            first = min((x.start for x in said if x.source == st.source), default=st.start)
            # ("… quoted a senior Finance Ministry official" after "the former official, X":
            # an indefinite one is someone new, not a titled name met before it)
            indefinite = re.search(
                r"(?i)\b(?:one|an?|another)\s+$",
                text[max(0, st.source_start - 9) : st.source_start],
            )
            other_titles = {
                x.source for x in said if x.role and _role_parts(x.role)[1] not in ("", head)
            }
            names = {
                m.group("name")
                for m in re.finditer(
                    r"\b"
                    + "(?i:"
                    # ("the judge" is "Assistant Justice Kiernan Darrell")
                    + "|".join(re.escape(h) for h in _TITLE_VARIANTS.get(head, (head,)))
                    # "Magistrate Jennifer Atkins", "The local MP, Daniel Whitcombe," (one line)
                    + r")(?:[ \t]+|,[ \t]+)"
                    # ("the Deputy Governor, Mr Adebayo Olorunfemi,": a courtesy title)
                    + r"((?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?[ \t]+)?"
                    + r"(?P<name>(?:[A-Z][\w’'-]+[ \t]+){1,2}[A-Z][\w’'-]+)",
                    text,
                )
                if not (indefinite and m.start() < st.source_start)
                # ("Her daughter confirmed …" is not "Carrie's daughter, Lily Lane", the kin of
                # someone else the text names)
                and not (
                    head in _FAMILY_WORDS
                    and re.search(
                        r"[A-Z][\w’'-]+[’']s\s+$", text[max(0, m.start() - 30) : m.start()]
                    )
                )
                and (
                    is_given_name(m.group("name").split()[0])
                    # (a courtesy title makes a person of a given name the data lacks)
                    or (m.group(1) is not None and len(m.group("name").split()) >= 2)
                    # (or a name that speaks elsewhere: "head coach Petr Kratochvíl")
                    or any(x.source == m.group("name") for x in said)
                )
                # the word before the title is no other office's ("the foreign minister, Ali
                # Bakr" is not "the defence minister")
                and _title_modifier_fits(text[max(0, m.start() - 30) : m.start()], mods, src.name)
                # no other named speaker between the titled name and the descriptor ("President
                # Jim Yong Kim said …. Obama said …. The president also said": Obama)
                and not any(
                    m.end() < x.start < first
                    and x.source[:1].isupper()
                    and x.source != st.source
                    # (one who holds another title does not: "Captain Rohan D'Souza insisted
                    # …. The Czech coach …" is still the coach)
                    and x.source not in other_titles
                    and x.source != m.group("name")  # (the titled name itself, speaking since)
                    and x.source != m.group("name").split()[-1]  # (by its surname: "McAvoy")
                    # (a body holds no person's title: "The Assembly served a notice on the
                    # Deputy Governor, Mr X. The notice accused …. But the deputy governor")
                    and not (_body(x.source)[0] in _BODY_TYPES and not _body(x.source)[1])
                    for x in said
                )
            }
            if len(names) == 1:
                out[st.source] = names.pop()
        return out

    def kin_of_speaker(self, said: list[_Stmt], links: dict[str, str]) -> dict:
        """(h) "In a 2019 interview, June said …. “…,” she told the station. ¶ Her daughter
        confirmed …": the kin the text names of the speaker the "her" is ("June's daughter,
        Carrie Thibodeau-Lane"), when it names one only."""
        out: dict[str, str] = {}
        for i, st in enumerate(said):
            if st.source_start is None or st.source in links or st.source in out:
                continue
            m = re.search(
                r"(?<![\w’'])(?:[Hh]er|[Hh]is)\s+([a-z-]+)$",
                self.text[max(0, st.source_start - 4) : st.source_end or st.source_start],
            )
            if m is None or m.group(1) not in self.lex.relational:
                continue
            gender = "f" if m.group().lower().startswith("her") else "m"
            owner = next(
                (
                    x
                    for x in reversed(said[:i])
                    if x.source != st.source
                    and _PERSON_NAME_RE.fullmatch(x.source)
                    and self.source_gender(x) == gender
                ),
                None,
            )
            if owner is None:
                continue
            parts = "|".join(re.escape(w) for w in owner.source.split() if len(w) > 2)
            names = {
                k.group(1)
                for k in re.finditer(
                    r"\b(?:"
                    + parts
                    + r")[’']s\s+"
                    + re.escape(m.group(1))
                    + r",\s+((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)",
                    self.text,
                )
            }
            if len(names) == 1:
                out[st.source] = names.pop()
        return out

    def ward_members(self, said: list[_Stmt], links: dict[str, str]) -> dict:
        """(g) "Councillor Gareth Evans (Con, Newport North & West) said …. The councillor for
        Newport North & West told the chamber …": a member for a ward, seat or district is the
        one named person whose bracket gives that ward."""
        out: dict[str, str] = {}
        for st in said:
            if st.source in links or st.source in out:
                continue
            party = _PARTY_MEMBER_RE.fullmatch(st.source)
            if party is not None and st.source_start is not None:
                if re.search(
                    r"(?i)\b(?:an?|one|another)\s+$",
                    self.text[max(0, st.source_start - 8) : st.source_start],
                ):
                    continue  # ("a Labour member said": someone else)
                # "The Labour member hit back": the one "(Lab, …)"
                name = self.bracketed_name(
                    r"(?:" + _PARTY_TAGS[party.group(1).lower()] + r")\s*[,)]"
                )
            else:
                m = _MEMBER_FOR_RE.fullmatch(st.source)
                ward = re.escape(m.group(1)) if m is not None else None
                name = self.bracketed_name(r"(?:[^()]*,\s*)?" + ward + r"\)") if ward else None
            if name is not None:
                out[st.source] = name
        return out

    def bracketed_name(self, bracket: str) -> str | None:
        """The one name the text gives with a bracket that ``bracket`` (a pattern of what
        follows its "(") matches: "Councillor Gareth Evans (Con, Newport North & West)"; None
        when there is none or more than one."""
        names = {
            _strip_title(n.group(1))
            for n in re.finditer(
                r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\s*\(" + bracket, self.text
            )
        }
        return names.pop() if len(names) == 1 else None

    def after_the(self, st: _Stmt) -> bool:
        """Does "the" stand right before ``st``'s source mention ("The lawyer then put it …")?"""
        a = st.source_start
        return (
            a is not None and re.search(r"\b[Tt]he\s+$", self.text[max(0, a - 5) : a]) is not None
        )

    def indefinite_before(self, st: _Stmt, head: str) -> bool:
        """Does an indefinite noun phrase with the role ``head`` open one of the two sentences
        before ``st`` ("A senior Likud minister, speaking on condition of anonymity, was
        dismissive. “…,” the minister told …": that minister, no one named earlier)?"""
        for s, e in self.sentences_before(st.source_start or st.start, 2):
            m = re.match(r"\s*(?:An?|One)\s+([\w’' -]{1,60})", self.text[s:e])
            if m and head in m.group(1).lower().split()[:5]:
                return True
        return False

    def former_latter(self) -> None:
        """ "Graham O'Brien … and Catriona Mac an t-Saoir … have both sat on the committee. The
        former accused ministers …, while the latter said …": the first and the second of the
        last two people named before, in this sentence or the one before."""
        self.former_latter_mentions()
        # a gerund or a second cue that took "the former" from its sentence's statement
        # ("The former denied …, saying …") takes what that statement's "former" became
        done = {
            (x.sent_id, x.start): x
            for x in (*self.out, *self.made)
            if x.source_start is None and x.source.lower() not in ("former", "latter")
        }
        for st in (*self.out, *self.made):
            if st.source_start is None and st.source.lower() in ("former", "latter"):
                prev = [
                    x
                    for (sid, start), x in done.items()
                    if sid == st.sent_id and start < st.start and x.method != st.method
                ]
                if prev:
                    x = max(prev, key=lambda y: y.start)
                    st.source, st.source_type, st.plural = x.source, x.source_type, x.plural
                    st.role, st.personal = x.role, x.personal

    def former_latter_mentions(self) -> None:
        """:meth:`former_latter` for the statements whose source mention is the word."""
        for st in (*self.out, *self.made):
            if st.source_start is None or st.source.lower() not in ("former", "latter"):
                continue
            # this sentence and the two before ("A and B failed to agree. The former will run
            # the bank. The latter, who will step down, conceded …")
            window = self.sentences_before(st.source_start, 2)
            own = self.sents[max(0, bisect_right(self.sent_starts, st.source_start) - 1)][0]
            s0 = window[-1][0] if window else min(own, st.source_start)
            former = (
                list(_THE_FORMER_RE.finditer(self.text, max(0, s0 - 1500), st.source_start))
                if st.source.lower() == "latter"
                else []
            )
            if former:  # ("The former argued …. “…,” she said. The latter warned …": the two
                # named before the former's paragraph)
                back = self.sentences_before(former[-1].start(), 2)
                s0 = back[-1][0] if back else s0
            until = former[-1].start() if former else st.source_start
            people: list[str] = []
            runs: list[tuple[int, int, list[str]]] = []
            said = {x.source for x in self.out if x.kind != "narrator" and x.source[:1].isupper()}
            speakers = {
                x.source
                for x in self.out
                if x.source_type == "person"
                or x.personal
                # ("Ingrid Søndergaard, a microbial ecologist at the University of …")
                or (x.kind != "narrator" and _PERSON_NAME_RE.fullmatch(x.source) and x.role)
            }
            for m in _PERSON_RUN_RE.finditer(self.text, s0, until):
                if re.search(r"[’']s\b", self.text[m.start() : m.end() + 3]):
                    continue  # a possessive: "Labour's MSP"
                words = m.group().split()
                while words and words[0].lower() in _DETERMINERS | {"both", "neither", "either"}:
                    words = words[1:]  # "Both Raghavan and Al-Amin"
                runs.append((m.start(), m.end(), words))
                while (
                    len(words) > 2
                    and not is_given_name(words[0])
                    and any(is_given_name(w) for w in words[1:-1])
                ):
                    words = words[1:]  # "Maltese MEP Daniel Azzopardi": the name after the title
                cap = next(
                    (i for i in range(1, len(words) - 1) if re.fullmatch(r"[A-Z]{2,5}", words[i])),
                    None,
                )
                courtesy = len(words) >= 2 and words[0].lower().rstrip(".") in _lex().courtesy | {
                    "dr",
                    "prof",
                }
                if courtesy:
                    words = words[1:]  # "Mr Onyekachi and his counsel, Chinwe Uzoma-Okeke"
                titled = courtesy or (cap is not None and len(words) - cap - 1 >= 2)
                if titled and not courtesy:
                    words = words[cap + 1 :]  # ("German MEP Ulrike …": "German" is a given name;
                    # "Labour TD Aoife Ní Fhloinn": a name after an office's letters)
                if not words:
                    continue
                name = self.full_name(" ".join(words))
                if name in people:
                    people.remove(name)  # named again: the latest mention counts
                    people.append(name)
                elif (
                    name in speakers
                    or (courtesy and words)
                    or (len(words) >= 2 and (titled or is_given_name(words[0])))
                    # ("Chinwe Uzoma-Okeke", later a speaker as "Uzoma-Okeke")
                    or (len(words) >= 2 and any(x.split()[-1] == words[-1] for x in said))
                ):
                    people.append(name)  # (a person of the article, or a given name first)

            def known(words: list[str], said: set[str] = said) -> str:
                """The article's speaker a name stands for: "Phurba Tenzing" for "Phurba
                Tenzing Sherpa", "Fagundes" for "Marcelo Fagundes"."""
                name = self.full_name(" ".join(words))
                longer = [x for x in said if x.startswith(name + " ")]
                return longer[0] if len(longer) == 1 else name

            said_words = {x for x in said if " " not in x}  # surnames the text quotes alone

            def core(words: list[str], said_words: set[str] = said_words) -> list[str]:
                """The name in a titled run: "Hsieh Ming-tsung" of "Economic Affairs Hsieh
                Ming-tsung" (a surname quoted alone, else a given name, after any office's
                letters such as "TD"), else its last two words."""
                caps = [i for i, w in enumerate(words[:-1]) if re.fullmatch(r"[A-Z]{2,5}", w)]
                start = caps[-1] + 1 if caps else 0
                k = next(
                    (i for i in range(start, len(words)) if words[i] in said_words),
                    next(
                        (i for i in range(start, len(words) - 1) if is_given_name(words[i])),
                        max(start, len(words) - 2),
                    ),
                )
                return words[k:]

            pair = [
                (a, b)
                for a, b in zip(runs, runs[1:], strict=False)
                # ("Hsieh Ming-tsung (謝明宗) and Chiayi County Commissioner Huang Shu-fen")
                if re.fullmatch(r"(?:\s*\([^()]{1,30}\))?,?\s+and\s+", self.text[a[1] : b[0]])
                and (
                    known(core(a[2])) in people
                    or re.match(r"(?:[Bb]oth|[Nn]either|[Ee]ither)\s", self.text[a[0] : a[1]])
                    or any(w in said_words for w in a[2][-3:])
                    # "Rangi and Hona were named joint players": surnames the text gives in full
                    or (
                        len(a[2]) == 1
                        and len(b[2]) == 1
                        and all(
                            any(
                                g.lower() not in stopwords()
                                for g in re.findall(
                                    r"\b([A-Z][a-z]+)\s+" + re.escape(w[2][0]) + r"\b",
                                    self.text,
                                )
                            )
                            for w in (a, b)
                        )
                    )
                )
            ]
            if pair:  # "Suns coach Raúl Etxeberria and Osei both checked on him": those two
                a, b = pair[-1]
                first = known(core(a[2]))
                second = known(core(b[2]))
                if second != first and re.fullmatch(r"[A-Z][\w’'-]+(?:\s+[\w’'-]+){0,3}", second):
                    people = [first, second]
            kin = re.search(
                r"\b(?:He|She)\s+and\s+(?:his|her)\s+[a-z]+,\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}),",
                self.text[s0 : st.source_start],
            )
            if len(people) < 2 and kin and st.source.lower() == "latter":
                people = ["", kin.group(1)]  # "He and his wife, Keo Sreymom, …. The latter said"
            outside = [r for r in runs if self.text[r[0] - 1 : r[0]] != "("]  # (not a tag)
            bodies = [
                (_describe(self.text, a[0], a[1]), _describe(self.text, b[0], b[1]))
                for a, b in zip(outside, outside[1:], strict=False)
                if re.fullmatch(
                    r"(?:\s*\([^()]{1,30}\))?,?\s+and\s+(?:the\s+)?", self.text[a[1] : b[0]]
                )
            ]
            if len(people) < 2 and bodies:
                # "Harambee Bank and Rift Valley Commercial Bank both have the capital …. The
                # former says …": two named bodies; "Datuk Lim Wei Keong (PH-Pasir Pinji) and
                # Datuk Ramlan Osman (BN-Kampung Gajah)": two titled names
                a_src, b_src = bodies[-1]
                if (
                    a_src is not None
                    and b_src is not None
                    and a_src.named
                    and b_src.named
                    and a_src.name != b_src.name
                    and (
                        {a_src.type, b_src.type} <= set(_BODY_TYPES)
                        # "asset manager Calder Investors and the Hallam Pension Trust": a body
                        # and a name with no given name
                        or (
                            {a_src.type, b_src.type} & set(_BODY_TYPES)
                            and not any(
                                x.type == "person"
                                and is_given_name(x.name.split()[0])
                                and not re.search(r"(?:ers|ors|ies|Group|Partners)$", x.name)
                                for x in (a_src, b_src)
                            )
                        )
                        or all(
                            x.type == "person" and len(x.name.split()) >= 2 for x in (a_src, b_src)
                        )
                    )
                ):
                    x = a_src if st.source.lower() == "former" else b_src
                    st.attributed_to(x)
                    st.source_start = st.source_end = None
                    continue
            if len(people) >= 2:
                st.source = people[-2] if st.source.lower() == "former" else people[-1]
                st.source_type, st.plural, st.personal = "person", False, True
                st.source_start = st.source_end = None
                continue
            roles = list(_ROLE_PAIR_RE.finditer(self.text, s0, st.source_start))
            if roles:  # "Both the Wapda member and the secretary were asked to respond. The
                # former denied …": two roles, no names
                m = roles[-1]
                a, b = m.span("a") if st.source.lower() == "former" else m.span("b")
                x = _describe(self.text, a, b)
                if x is not None and (x.type == "person" or x.personal or _is_human(x.name)):
                    st.attributed_to(x)
                    st.source_start = st.source_end = None

    def generic_anaphora(self) -> None:
        """ "One banker who worked on the deal said …. “…,” the person said.": a generic "the
        person" / "the source" / "the individual" is the unnamed source of the statement just
        before it (in this sentence or the two before)."""
        text = self.text
        said = sorted((x for x in self.out if x.kind != "narrator"), key=lambda x: x.start)
        for k, st in enumerate(said):
            if st.source.lower() not in ("person", "source", "individual", "insider"):
                continue
            if st.source_start is None or not re.match(
                r"the\s", text[max(0, st.source_start - 4) : st.source_start].lower()
            ):
                continue
            prev = next(
                (
                    x
                    for x in reversed(said[:k])
                    if x.source not in ("unknown", st.source) and st.sent_id - x.sent_id <= 2
                ),
                None,
            )
            if prev is not None and (
                prev.source_type == "anonymous"
                or prev.source[:1].islower()
                or prev.source.lower().startswith(("one ", "a "))
            ):
                st.source, st.source_type, st.plural = prev.source, prev.source_type, False
                st.role, st.personal = prev.role, prev.personal

    def whose_sources(self) -> None:
        """ "…, according to a party official, whose colleagues have complained that …": the
        relative "whose" is the noun phrase before its comma ("party official’s colleagues",
        "Ann Kowal’s aides"), a source named by a statement ending there, else a capitalised
        name."""
        for st in self.out:
            if st.source_start is None or not st.source.lower().startswith("whose "):
                continue
            before = self.text[: st.source_start].rstrip()
            if not before.endswith(","):
                continue
            end = len(before) - 1
            ante = next(
                (
                    o.source
                    for o in self.out
                    if o is not st
                    and o.source_end is not None
                    and o.source_end == len(self.text[:end].rstrip())
                    and o.source != "unknown"
                ),
                None,
            )
            if ante is None:
                m = re.search(
                    r"(?:[A-Z][\w’'.-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?){0,4}[A-Z][\w’'-]*$",
                    self.text[:end].rstrip(),
                )
                words = m.group(0).split() if m else []
                if words and words[0].lower() in _DETERMINERS:
                    words = words[1:]  # "The Greens, whose leader …"
                if not words:
                    continue
                ante = " ".join(words)
            ante = _strip_title(ante)
            owner = ante + ("’" if ante.endswith("s") else "’s")
            st.source = f"{owner} {st.source.split(' ', 1)[1]}"
            st.source_type = _classify(st.source, None)
            st.personal = False

    def merge_aliases(self) -> None:
        """'General Abbas' -> 'Ali Mahmoud Abbas' when a fuller name with that surname came first."""
        # a bare descriptor ("the official") after a fuller one ("an official briefed on ...")
        seen: list[str] = []
        last_at: dict[str, int] = {}
        for s in sorted(self.out, key=lambda x: x.start):
            if s.kind == "narrator" or s.source == "unknown":
                continue
            if " " not in s.source and s.source[:1].islower():
                other = None
                if seen and s.source_start is not None:
                    # "One EU diplomat said …. A second diplomat, from …, was blunter. “…,”
                    # that diplomat said": the one introduced since
                    other = list(
                        re.compile(
                            r"\b(?:[Aa]nother|[Aa]\s+(?:second|third|fourth|different))\s+"
                            r"(?:[\w-]+\s+){0,2}?" + re.escape(s.source) + r"\b"
                        ).finditer(self.text, max(last_at.values()), s.source_start)
                    )
                if other:
                    words = other[-1].group().split()
                    s.source = " ".join(words[1:] if words[0].lower() == "a" else words)
                for prev in reversed(seen) if not other else ():
                    # "an official briefed on ..." / "a senior official (of the ministry)"
                    last_word = prev.split()[-1].lower()
                    if last_word in _DOCUMENT_NOUNS and last_word != s.source.lower():
                        continue  # "police" is not the "police report" ("poll" is "new poll")
                    if re.fullmatch(r"\w+ and \w+", prev) or (
                        re.search(
                            r"\s(?:and|&)\s+(?:(?:an?|the)\s+)?(?:\w+\s+)?"
                            + re.escape(s.source)
                            + r"$",
                            prev,
                        )
                        and prev[:1].isupper()
                    ):
                        continue  # "the agency" is not the headline's "agency and broadcaster",
                        # nor "the report" the deck's "Internal minutes and a forensic report"
                    if re.search(
                        r"\bnot\s+(?:involved|part|associated|affiliated)\b|\buninvolved\b", prev
                    ):
                        continue  # "the researchers write" are not the "researchers not
                        # involved in the work" who warned before
                    if re.search(
                        r"\b(?:by|from)\s+(?:the\s+)?" + re.escape(s.source) + r"\b", prev
                    ):
                        continue  # "the police" is not "an advisory issued by the police"
                    if prev.startswith(s.source + " ") or re.split(
                        r"\s(?:of|for|at|in|from|with)\s", prev
                    )[0].endswith(" " + s.source):
                        # ("the authority said" after "the Saudi Ports Authority, Mawani": the
                        # body of that head the text named since, if another)
                        since = self.bodies_named(
                            s.source,
                            last_at.get(prev, 0),
                            s.source_start if s.source_start is not None else s.start,
                        )
                        s.source = (
                            since[-1]
                            if since
                            and since[-1] != prev
                            and _body_type(s.source) in _BODY_TYPES
                            # (a body, not an office: "the minister" is no "Finance Minister")
                            and s.source
                            not in self.lex.person_words | self.lex.role_words | _title_set()
                            else prev
                        )
                        break
            seen.append(s.source)
            last_at[s.source] = s.start
        names = [
            s.source
            for s in self.out
            if (s.personal or s.source_type in ("person", "government")) and " " in s.source
        ]
        runs: list[tuple[int, str]] | None = None
        chosen: dict[str, tuple[int, str]] = {}
        for s in sorted(self.out, key=lambda x: x.start):
            if s.kind == "narrator" or not (
                s.personal or s.source_type in ("person", "government")
            ):
                continue
            short = _strip_title(s.source)
            if s.source_start is not None and s.source_end is not None:
                elder = self.elder_bearer(s.source_start, s.source_end, names)
                if elder is not None:
                    s.source = elder
                    continue
            # a name ending with it first ("Teixeira" is "Conceição Teixeira" before her son
            # "Joaquim Teixeira Braga", whose middle name it is)
            ends = [f for f in names if f.endswith(" " + short) or f.split()[-1] == short]
            at = s.source_start if s.source_start is not None else chosen.get(short, (s.start,))[0]
            if (
                ends
                and at is not None
                and re.fullmatch(r"[A-Z][\w’'-]+", short)
                # (or several people of the text bear it: "Chartrand" in the obituary of
                # Yvette Chartrand, whose son Luc Chartrand speaks before "Chartrand herself
                # told")
                and (not self.named_before(ends[0], at) or len(self.given_before(short)) > 1)
            ):
                # a surname several people of the text bear, the first source of them named
                # only later ("Asante said" in the obituary of Papa Yaw Asante, whose daughter
                # Efua Asante speaks further down): the bearer the text named first before it
                if runs is None:
                    runs = [
                        (a, self.bearer_name(self.text[a:b], names))
                        for a, b in self.full_names(0, len(self.text))
                        if not self.in_quote(a)
                    ]
                # (of the gender a title gives: "Mr. Clinton" is not Hillary Clinton, and "Ms
                # Nguyen" is Thuy Nguyen, not her son Riley, whatever a name leaves open)
                titled = (
                    _gender(self.text[s.source_start : s.source_end], short)
                    if s.source_start is not None and s.source_end is not None
                    else None
                ) or (_gender(s.source, short) if s.source != short else None)
                if titled is not None and any(
                    _gender(n, n) == titled for _a, n in runs if n.endswith(" " + short)
                ):
                    # (a name the list leaves open by the pronoun after it: "Gerry Devlin …
                    # his family said" is "Mr Devlin" before his son "Niall Devlin")
                    runs_here = [(a, n) for a, n in runs if self.named_gender(n) == titled]
                else:
                    runs_here = runs
                prev_sent = self.sentences_before(at, 1)
                near = (
                    [
                        n
                        for a, n in runs_here
                        if prev_sent
                        and prev_sent[0][0] <= a < at
                        # (introduced by kin: "survived by her husband of 58 years, the retired
                        # architect Geoffrey Dunmore"; not "a visit by Chelsea Clinton")
                        and re.search(
                            r"\b(?:husband|wife|son|daughter|brother|sister|father|mother|widow"
                            r"|widower|partner)\b[^.;:]{0,60}$",
                            self.text[prev_sent[0][0] : a],
                        )
                        and n.endswith(" " + short)
                        and _PERSON_NAME_RE.fullmatch(n)
                        and is_given_name(n.split()[0])
                        and _gender(n, n) in (None, titled)
                    ]
                    if titled is not None
                    else []
                )
                if near:
                    # "… survived by her husband, the retired architect Geoffrey Dunmore. Mr
                    # Dunmore said …": the bearer of that title the sentence before names
                    chosen[short] = (at, near[-1])
                    s.source = near[-1]
                    continue
                first = next(
                    (
                        n
                        for a, n in runs_here
                        if a < at
                        and n.endswith(" " + short)
                        and _PERSON_NAME_RE.fullmatch(n)
                        and (
                            n in names
                            or is_given_name(n.split()[0])
                            or n.split()[0] in self.given_before(short)  # ("Hartley Babb")
                        )
                        and (titled is None or _gender(n, n) in (None, titled))
                    ),
                    None,
                )
                if first is not None:
                    chosen[short] = (at, first)
                    s.source = first
                    continue
            for full in ends + [f for f in names if f not in ends]:
                if (
                    full != s.source
                    # ("Rubio" is not "Advisers to Mr. Rubio": a descriptor ending in the name)
                    and not re.search(r"\s(?:to|of|for|at|with|from|and)\s", full)
                    # ("Germany" is not "Alternative for Germany": a body named after a place)
                    # (nor is "the Department of X" "a current employee of the Department of X")
                    and not re.search(
                        r"\b(?:for|of|in|at|from)\s+(?:the\s+)?" + re.escape(short) + "$", full
                    )
                    and (
                        full.endswith(" " + short)
                        or full.split()[-1] == short
                        # two surnames: "Claudia Sheinbaum Pardo" ... "Sheinbaum said"
                        or (
                            " " not in short
                            and short in full.split()[1:-1]
                            and short[:1].isupper()
                            and _PERSON_NAME_RE.fullmatch(full) is not None  # (not "former
                            # Halden site manager" for the company Halden)
                        )
                    )
                ):
                    s.source = full
                    break
            else:
                # "Xi Jinping ... Xi said", "Maya Patel ... Maya said": the first word of one
                # fuller name (surname-first names, first names in features), when unambiguous
                firsts = {
                    full
                    for full in names
                    if full.split()[0] == short
                    and full != short
                    and _PERSON_NAME_RE.fullmatch(full)  # ("Police" is not the "Police chief")
                }
                if " " not in short and short[:1].isupper() and len(firsts) == 1:
                    s.source = firsts.pop()
        self.short_body_names()
        self.lead_author_team()

    def elder_bearer(self, start: int, end: int, names: list[str]) -> str | None:
        """The person "the elder Mr Buchan" (or "the younger …") at ``start:end`` names, of
        the full names the text gives before it with that surname and the title's gender; None
        when it is no such mention or the text does not tell them apart."""
        elder = re.match(r"(elder|older|younger)\s+", self.text[start:end])
        if elder is not None:
            start += elder.end()  # (the tagger's span "elder Mr Buchan")
        else:
            elder = re.search(r"\b(elder|older|younger)\s+$", self.text[max(0, start - 12) : start])
        surname = _strip_title(self.text[start:end])
        if elder is None or not re.fullmatch(r"[A-Z][\w’'-]+", surname):
            return None
        titled = _gender(self.text[start:end], surname)
        bearers = [
            n
            for a, b in self.full_names(0, start)
            if not self.in_quote(a)
            and (n := self.bearer_name(self.text[a:b], names)).endswith(" " + surname)
            and _PERSON_NAME_RE.fullmatch(n)
            and (titled is None or _gender(n, n) in (None, titled))
        ]
        return self.bearer_by_age(bearers, elder=elder.group(1) != "younger")

    def bearer_by_age(self, names: list[str], elder: bool) -> str | None:
        """Of people sharing a surname, the elder (or younger) by the ages the text gives after
        their names ("Alexander Buchan, 78,") or else by a kin word before them ("Their father,
        Alexander Buchan"); None when the text does not tell them apart."""
        names = list(dict.fromkeys(names))
        ages: dict[str, float] = {}
        for n in names:
            age = re.search(re.escape(n) + r",\s+(?:aged\s+)?(\d{1,3}),", self.text)
            kin = re.search(
                r"\b(?:(grand)?(father|mother|dad|mum|mom)|(grand)?(son|daughter)),?\s+"
                + re.escape(n),
                self.text,
                re.I,
            )
            if age is not None:
                ages[n] = float(age.group(1))
            elif kin is not None:
                ages[n] = 1000.0 if kin.group(2) else -1000.0
        if len(ages) == 1 and len(names) == 2 and abs(next(iter(ages.values()))) == 1000.0:
            # "Her mother, Diane Carver, …" beside a Jess Carver of no age or kin word: the
            # other one is of the other generation
            known, value = next(iter(ages.items()))
            ages[next(n for n in names if n != known)] = -value
        if len(ages) < 2 or len(set(ages.values())) < len(ages):
            return None
        return (max if elder else min)(ages, key=ages.__getitem__)

    def named_gender(self, name: str) -> str | None:
        """The gender of the full ``name``: its given name's, else the first "he"/"she" (his,
        her …) the text puts after it, outside quotes, in its sentence or the next ("Gerry
        Devlin … . Mr Devlin died …, his family said"). Read once per name."""
        if name not in self.named_genders:
            g = _gender(name, name)
            if g is None:
                for m in re.finditer(r"\b" + re.escape(name) + r"\b", self.text):
                    if self.in_quote(m.start()):
                        continue
                    ends = list(
                        itertools.islice(_SENTENCE_BREAK_RE.finditer(self.text, m.end()), 2)
                    )
                    stop = ends[-1].start() if len(ends) == 2 else len(self.text)
                    pron = next(
                        (
                            p
                            for p in _GENDERED_PRONOUN_RE.finditer(self.text, m.end(), stop)
                            if not self.in_quote(p.start())
                        ),
                        None,
                    )
                    if pron is not None:
                        g = "f" if pron.group().lower() in ("she", "her", "hers") else "m"
                        break
            self.named_genders[name] = g
        return self.named_genders[name]

    def named_before(self, name: str, at: int) -> bool:
        """Does the text give ``name`` in full before offset ``at``?"""
        return re.compile(r"\b" + re.escape(name) + r"\b").search(self.text, 0, at) is not None

    def bearer_name(self, run: str, names: list[str]) -> str:
        """A run of capitalised words as the person's name: the source name it ends with, else
        without a title or a capitalised role before it ("Guitarist Kwesi Mensah")."""
        fuller = [f for f in names if run.endswith(" " + f) or run == f]
        if fuller:
            return max(fuller, key=len)
        words = _strip_title(run).split()
        lex = self.lex
        while len(words) > 2 and words[0].lower() in lex.role_words | lex.person_words:
            words = words[1:]
        return " ".join(words)

    def lead_author_team(self) -> None:
        """ "…, reported Priya Raman, MD, of Emory …, and colleagues. … the group wrote": "the
        group" (team, researchers, authors) is the lead author named with "and colleagues" in a
        statement of the three sentences before."""
        for s in self.out:
            if (
                s.source.lower() not in ("group", "team", "researchers", "authors")
                or s.source_start is None
                or not self.after_the(s)
            ):
                continue
            lead = next(
                (
                    x
                    for x in reversed(self.out)
                    if x.start < s.start
                    and 0 < s.sent_id - x.sent_id <= 3
                    and x.source_end is not None
                    and (x.source_type == "person" or x.personal)
                    and re.match(
                        r"[^.;“”\"]{0,120}?,?\s+and\s+(?:(?:his|her|their)\s+)?colleagues\b",
                        self.text[x.source_end : x.source_end + 140],
                    )
                ),
                None,
            )
            if lead is not None:
                s.source, s.source_type, s.personal = lead.source, lead.source_type, lead.personal

    def short_body_names(self) -> None:
        """ "Carrowind Health Technologies said … . Carrowind said …": a one-word name read as a
        person's opens the name of a body in the article ending in a body word ("Technologies",
        "LLC", "Analytics"), and no person is named so ("Rob Walton", "Mr Walton") nor is it a
        common noun ("one Republican involved …"): it is that body, full name and type."""
        lex = _lex()

        def body_name(words: list[str]) -> str | None:
            for k in range(len(words), 1, -1):  # the longest run ending in a body word
                name = " ".join(words[:k])
                typ, bare = _body(name)
                if words[k - 1].lower() in lex.body_heads and typ in _BODY_TYPES and not bare:
                    return name
            return None

        def opens_body_first(name: str) -> bool:
            # "… the contractor, Lethabo Metering Solutions. … Lethabo Metering insisted": a
            # two-word name first met inside a body's name
            m = re.search(r"\b" + re.escape(name) + r"\b", self.text)
            tail = m and re.match(r"(?:\s+(?:&\s+)?[A-Z][\w&’'-]*){1,3}", self.text[m.end() :])
            return bool(len(name.split()) == 2 and tail and body_name((name + tail[0]).split()))

        for s in self.out:
            if (
                s.kind == "narrator"
                or s.source_type != "person"
                or not (_bare_one_word_name(s.source) or opens_body_first(s.source))
                or s.role
                or s.source_start is None
                or _names_a_person(self.text, s.source)
                or re.search(
                    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ee]ach|[Ee]very|[Ss]ome)\s+$",
                    self.text[max(0, s.source_start - 12) : s.source_start],
                )
            ):
                continue
            full = None
            for m in re.finditer(
                r"\b" + re.escape(s.source) + r"(?:\s+(?:&\s+)?[A-Z][\w&’'-]*){1,3}\b", self.text
            ):
                full = body_name(m.group(0).split())
                if full:
                    break
            if full is not None:
                s.source, s.source_type = full, _body(full)[0] or "organisation"
                s.personal = False


# ------------------------------------------------------------------------------- public API
def _title_in_entity(entity: str, name: str, descriptor: object) -> bool:
    """Does the entity found around a source's name take in words of its title ("State for
    Health Ann Lee" for Ann Lee, Secretary of State for Health)? Then it is not her name.

    >>> _title_in_entity("State for Health Ann Lee", "Ann Lee", "Secretary of State for Health")
    True
    >>> _title_in_entity("Omar Khaled (general)", "Omar Khaled", "Gen.")
    False
    """
    if not isinstance(descriptor, str) or name not in entity:
        return False
    extra = set(_WORD_RE.findall(entity.replace(name, " ")))
    return bool(extra & set(_WORD_RE.findall(descriptor)))


def _joined_bodies(phrase: str) -> list[str]:
    """The bodies the lexicons know that ``phrase`` runs together with "and" or commas
    ("Sonargaon Securities and Bay Capital Brokerage"); [] when it is no such list ("Canada
    Mortgage and Housing Corp": one name).

    >>> _joined_bodies("Sonargaon Securities and Bay Capital Brokerage")
    ['Sonargaon Securities', 'Bay Capital Brokerage']
    >>> _joined_bodies("Canada Mortgage and Housing Corp")
    []
    """
    parts = re.split(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+", phrase)
    two = len(parts) >= 2 and all(
        _body(p)[0] in _BODY_TYPES and not _body(p)[1] and " " in p.strip() for p in parts
    )
    return parts if two else []


def _is_role_tail(tail: str) -> bool:
    """Is ``tail`` a lower-case person or role noun after a name ("judge" of "Cobb County
    judge", "deputy mayor")?"""
    words = tail.split()
    return (
        bool(words)
        and len(words) <= 3
        and tail.strip() == tail.strip().lower()
        and (words[-1] in _lex().person_words or words[-1] in _lex().role_words)
    )


_BODY_MEMBER_TAIL_RE = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:officials?|officers?|sources?|employees?|workers?|insiders?"
    r"|staffers?|members?|engineers?|investigators?|inspectors?|aides?|advisers?|advisors?)"
)


def _entity_names(article: Article, df: pd.DataFrame) -> pd.DataFrame:
    """Map source spans to canonical entity names when ``toolkit.entities`` is available."""
    try:
        from toolkit.entities import mentions  # noqa: PLC0415
    except Exception:
        return df
    try:
        men = mentions(article)
    except Exception:
        return df
    if men is None or len(men) == 0 or "entity" not in men.columns:
        return df
    # plain lists: filtering the mentions frame costs more than the whole matching
    n = len(men)
    typs = men["type"].tolist() if "type" in men.columns else ["PERSON"] * n
    roles = men["role"].tolist() if "role" in men.columns else [None] * n
    spans = [
        (ms, me, ent, typ)
        for ms, me, ent, typ, role in zip(
            men["start"].tolist(),
            men["end"].tolist(),
            men["entity"].tolist(),
            typs,
            roles,
            strict=True,
        )
        if typ in ("PERSON", "ORG") and role != "descriptor" and isinstance(ent, str) and ent
    ]
    if not spans:
        return df
    text = article.text
    kinds = df["kind"].tolist()
    types_ = df["source_type"].tolist()
    old = df["source"].tolist()
    new = list(old)
    starts = df["source_start"].tolist()
    ends = df["source_end"].tolist()
    descs = df["descriptor"].tolist() if "descriptor" in df.columns else [None] * len(df)
    rename: dict[str, str] = {}
    for i, kind in enumerate(kinds):
        s = starts[i]
        if kind == "narrator" or s is pd.NA or s is None:
            continue
        e = ends[i]
        best = None
        for ms, me, ent, typ in spans:
            if ms < e and me > s and (best is None or (me - ms) > (best[1] - best[0])):
                best = (ms, me, ent, typ)
        if (
            best is not None
            and best[3] == "PERSON"
            and types_[i] in ("organisation", "media")
            and " " not in old[i]
        ):
            continue  # "Brennard denied …" (the company) is not the chief executive Martin Brennard
        if best is not None and types_[i] != "anonymous":
            name = old[i]
            mtext = text[best[0] : best[1]]
            # only when the mention is the name itself, not a word inside a descriptor
            if (
                (
                    name in mtext
                    # (not two bodies the entity step ran together: "Sonargaon Securities and
                    # Bay Capital Brokerage" for "Sonargaon Securities said")
                    # (only when the name is one of them: "Department for Transport and West
                    # Yorkshire" still takes up its "Combined Authority")
                    and name not in _joined_bodies(mtext)
                )
                or (
                    mtext in name
                    and len(mtext) >= 0.6 * len(name)
                    # ("chief of Kashkewan Lake First Nation": a role of the body, not the body;
                    # its spokesperson, office or council speaks for it)
                    # ("Delhi Metro Commuters' Forum": a name the tagger cut at its apostrophe;
                    # "Oman's Foreign Ministry": the possessor tells the ministries apart)
                    and not re.match(
                        r"[’'](?:s\s+)?\s*[A-Z]", name[name.find(mtext) + len(mtext) :]
                    )
                    # (nor "Stonington Fishermen's Co-op" cut before its "'s Co-op")
                    # ("Ministry of Housing, Communities and Local Government": a name the
                    # tagger cut at its list's last "and")
                    and not re.match(
                        r",?\s+(?:and|&)\s+[A-Z]", name[name.find(mtext) + len(mtext) :]
                    )
                    and not re.search(r"[’']s\s+$", name[: name.find(mtext)])
                    # ("Royal Malaysian Customs Department official": one of its people, not
                    # the body's own voice as its spokesperson is)
                    and not _BODY_MEMBER_TAIL_RE.fullmatch(name[name.find(mtext) + len(mtext) :])
                    # ("A Cobb County judge": a person of the place, not the place)
                    and not _is_role_tail(name[name.find(mtext) + len(mtext) :])
                    and not (
                        # ("filing to the Shenzhen Stock Exchange": a document sent to a body)
                        re.search(
                            r"\s(?:of|for|at|with|to)\s+(?:the\s+)?$", name[: name.find(mtext)]
                        )
                        and name.split()[0].lower() not in _lex().spokes
                        and name.split()[0].lower() not in ("office", "council", "board")
                    )
                )
            ):
                if _title_in_entity(best[2], name, descs[i]) or (
                    best[2] in name and re.search(r"\b(?:bin|ibn|Al|al|Abu|el|Abdel)\b", name)
                ):
                    continue  # the entity took in a title word, or lost part of an Arabic name
                courtesy = re.match(r"(Mrs|Ms|Miss|Mr)\.?\s", text[s:e])
                if courtesy and _gender(best[2], best[2]) == (
                    "m" if courtesy.group(1) != "Mr" else "f"
                ):
                    continue  # ("Mrs Kettering described her husband": not "Stephen Kettering")
                head = name[: -len(best[2]) - 1] if name.endswith(" " + best[2]) else ""
                if re.fullmatch(r"[A-Z][a-z]+", head) and head.lower() not in _title_set():
                    continue  # ("Wong Mei Ling": the tagger's "Mei Ling" lost her surname)
                rename[name] = best[2]
                new[i] = best[2]
    if rename:
        new = [x if kinds[i] == "narrator" else rename.get(x, x) for i, x in enumerate(new)]
        if "via" in df.columns:  # a relayer named as a source elsewhere: "via Delgado" too
            via = df["via"].tolist()
            mapped = [rename.get(v, v) if isinstance(v, str) else v for v in via]
            if mapped != via:
                df["via"] = pd.Series(mapped, index=df.index, dtype=df["via"].dtype)
    if new != old:
        df["source"] = pd.Series(new, index=df.index, dtype=df["source"].dtype)
    return df


def _frame(article: Article, stmts: list[_Stmt]) -> pd.DataFrame:
    if not stmts:
        df = pd.DataFrame([], columns=STATEMENT_COLUMNS)
        for c in ("cue_start", "cue_end", "source_start", "source_end"):
            df[c] = df[c].astype("Int64")
        return df
    text = article.text
    n = len(stmts)
    data = {  # column by column: much faster than rows for pandas to type
        "statement_id": np.arange(n, dtype=np.int64),
        "doc_id": [article.id] * n,
        "sent_id": np.array([s.sent_id for s in stmts], dtype=np.int64),
        "start": np.array([s.start for s in stmts], dtype=np.int64),
        "end": np.array([s.end for s in stmts], dtype=np.int64),
        "text": [text[s.start : s.end] for s in stmts],
        "kind": [s.kind for s in stmts],
        "cue": [s.cue for s in stmts],
        "cue_start": pd.array([s.cue_start for s in stmts], dtype="Int64"),
        "cue_end": pd.array([s.cue_end for s in stmts], dtype="Int64"),
        "source": [" ".join(s.source.split()) if "  " in s.source else s.source for s in stmts],
        "source_type": [
            s.source_type if s.source_type in SOURCE_TYPES else "unknown" for s in stmts
        ],
        "source_start": pd.array([s.source_start for s in stmts], dtype="Int64"),
        "source_end": pd.array([s.source_end for s in stmts], dtype="Int64"),
        "via": [s.via for s in stmts],
        "reported_to": [s.reported_to for s in stmts],
        "channel": [s.channel for s in stmts],
        "confidence": [s.confidence for s in stmts],
        "method": [s.method for s in stmts],
        "descriptor": [s.descriptor for s in stmts],
    }
    return pd.DataFrame(data, columns=STATEMENT_COLUMNS)


def _analyse(
    article: Article, canonical: bool = True, learned: bool | str = True
) -> tuple[pd.DataFrame, list[tuple[int, str]]]:
    eng = _Engine(article)
    from toolkit.attribution_tagger import model_name

    model = model_name(learned)  # a bad value is the caller's error, raised before the try
    try:
        stmts = eng.run()
        if model:  # the learned layer of toolkit.attribution_tagger, stacked on the rules
            from toolkit.attribution_tagger import augment

            stmts = augment(eng, stmts, model)
            if eng.no_statement:  # what the rules read as no one's statement stays so
                stmts = [
                    x
                    for x in stmts
                    if not (
                        x.method.startswith("learned")
                        and any(a < x.end and x.start < b for a, b in eng.no_statement)
                    )
                ]
    except Exception as exc:  # pragma: no cover - last resort: keep the text as narration
        eng.issues.append((0, f"attribution failed: {exc!r}"))
        eng.out = []
        eng.narrator()
        stmts = eng.out
    df = _frame(article, stmts)
    if canonical:
        df = _entity_names(article, df)
    return df, eng.issues


def statements(
    article: Article | Corpus | Iterable[Article],
    *,
    narrator: bool = True,
    canonical: bool = True,
    learned: bool | str = True,
) -> pd.DataFrame:
    """One row per statement: who said what, where, and how it was attributed.

    Columns: statement_id, doc_id, sent_id, start, end, text (the content; direct quotes keep
    their marks), kind (direct / indirect / mixed / according-to / narrator), cue, cue_start,
    cue_end, source (a name, a descriptor such as "unnamed military official", "unknown", or the
    outlet for narrator rows), source_type (person, organisation, media, government, anonymous,
    outlet, unknown), source_start, source_end (the source mention; a quote continuing an earlier
    one points to that earlier mention; missing for pronoun-resolved and narrator rows), via (relaying source), reported_to, channel, confidence,
    method (the rule; reported thoughts, plans and stances are marked in it so they can be
    filtered apart from speech: ``*-cognition-content`` (believes, expects, wants, ...),
    ``*-stance-content`` (supports, opposes, ...), ``*-evidence-content`` (figures show ...),
    ``passive-cognition`` / ``passive-evidence`` ("is expected to", no named source),
    ``asked-question`` ("When asked whether ..."), ``nominal-cue`` ("the mayor's claim that")),
    descriptor (the role descriptor a named source was first introduced by, when a descriptor
    subject such as "Syria's defence minister" is followed at once by the newly named speaker,
    "General Ali Abbas said ...": the descriptor's statements take the name; else the title or
    role glued before the name, or its appositive role, where it first comes with one,
    "Housing Minister" for "Housing Minister Elena Varga", "housing minister" for "Elena Varga,
    the housing minister", on all its statements; else missing).
    ``narrator=False`` leaves out the narrator rows. Problems met are listed
    in ``df.attrs["issues"]`` (records) and by :func:`attribution_issues`. ``canonical=True`` maps
    named sources to the canonical ``entity`` of an overlapping person/organisation mention from
    :func:`toolkit.entities.mentions` when that module works (names are kept as written
    otherwise; ``canonical=False`` skips it, which is much faster). Problems met are in
    ``attribution_issues(df)``. ``learned=True`` (or ``"crf"``) adds the contents found by the CRF
    layer of :mod:`toolkit.attribution_tagger` that no rule found (``method`` ``learned*``);
    ``learned="encoder"`` uses the fine-tuned transformer of :mod:`toolkit.attribution_encoder`
    instead (content F1 0.74 against 0.69 on PolNeAR dev, but about 1.1 s of CPU per 1,000-word
    article against 0.03 s: see ``benchmarks/README.md``); ``learned=False`` gives the rules alone.

    >>> from toolkit.corpus import Article
    >>> art = Article.from_text(
    ...     "The port was closed, according to the harbour authority. Officials said it would reopen.",
    ...     outlet="Demo")
    >>> statements(art)[["kind", "source", "text"]].values.tolist()
    [['according-to', 'harbour authority', 'The port was closed'], ['indirect', 'Officials', 'it would reopen']]
    """
    frames = []
    issues = []
    for art in as_articles(article):
        df, iss = _analyse(art, canonical, learned)
        frames.append(df)
        issues.extend((art.id, off, msg) for off, msg in iss)
    if not frames:
        out = pd.DataFrame(columns=STATEMENT_COLUMNS)
    else:
        out = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    if not narrator:
        out = out[out["kind"] != "narrator"].reset_index(drop=True)
    out["statement_id"] = range(len(out))
    # plain records (not a DataFrame) so that concat and Parquet keep working
    out.attrs["issues"] = [{"doc_id": d, "offset": int(o), "problem": str(p)} for d, o, p in issues]
    return out


def attribution_issues(
    article: Article | Corpus | Iterable[Article] | pd.DataFrame,
) -> pd.DataFrame:
    """Problems met while attributing: doc_id, offset, problem.

    Accepts articles (analysed again) or a table returned by :func:`statements`.

    >>> from toolkit.corpus import Article
    >>> art = Article.from_text("He said “we will stay.\\n\\nNobody knows.")
    >>> bool(attribution_issues(art)["problem"].str.contains("unclosed").any())
    True
    """
    if isinstance(article, pd.DataFrame):
        return pd.DataFrame(article.attrs.get("issues", []), columns=ISSUE_COLUMNS)
    rows = []
    for art in as_articles(article):
        _df, iss = _analyse(art, False)
        rows.extend((art.id, off, msg) for off, msg in iss)
    return pd.DataFrame(rows, columns=ISSUE_COLUMNS)


def sources(
    article_or_corpus: Article | Corpus | Iterable[Article] | pd.DataFrame, *, narrator: bool = True
) -> pd.DataFrame:
    """One row per source: source, source_type, statements, words_quoted, first_start, articles, kinds,
    descriptor.

    ``words_quoted`` counts the words of the source's statements; ``first_start`` is the offset
    of its first statement (in the first article it appears in); ``articles`` lists the doc_ids;
    ``descriptor`` is the role descriptor the source was introduced by, if any (see
    :func:`statements`).
    Accepts an article, a corpus, or a statements table.

    >>> from toolkit.corpus import Article
    >>> art = Article.from_text("“We will win,” said Omar Khaled. He said the war would end.", outlet="Demo")
    >>> sources(art, narrator=False)[["source", "statements"]].values.tolist()
    [['Omar Khaled', 2]]
    """
    st = (
        article_or_corpus
        if isinstance(article_or_corpus, pd.DataFrame)
        else statements(article_or_corpus)
    )
    if not narrator:
        st = st[st["kind"] != "narrator"]
    if len(st) == 0:
        return pd.DataFrame(columns=SOURCE_COLUMNS)
    st = st.assign(_words=st["text"].map(lambda t: len(_WORD_RE.findall(str(t)))))
    # a descriptor capitalised only where it opens a sentence is the same source ("Sources
    # close to the player" / "sources close to the player"): one row, its most frequent form
    key = st["source"].map(_descriptor_key)
    forms = st.groupby(key)["source"].agg(lambda x: x.value_counts().index[0])
    st = st.assign(source=key.map(forms))
    rows = []
    order = []
    for (src, typ), g in st.groupby(["source", "source_type"], sort=False):
        first_doc = g["doc_id"].iloc[0]
        rows.append(
            (
                src,
                typ,
                len(g),
                int(g["_words"].sum()),
                int(g.loc[g["doc_id"] == first_doc, "start"].min()),
                list(dict.fromkeys(g["doc_id"])),
                sorted(set(g["kind"])),
                next((d for d in g["descriptor"] if isinstance(d, str)), None)
                if "descriptor" in g.columns
                else None,
            )
        )
        order.append((typ == "outlet", list(st["doc_id"]).index(first_doc), int(g["start"].min())))
    out = pd.DataFrame(rows, columns=SOURCE_COLUMNS)
    out["_o"] = order
    return out.sort_values("_o", kind="stable").drop(columns="_o").reset_index(drop=True)


def _descriptor_key(name: object) -> object:
    """``name`` with its first letter lower-cased when no other word of it is capitalised (a
    descriptor such as "Sources close to the player"); proper names as they are.

    >>> _descriptor_key("Sources close to the player"), _descriptor_key("Ann Lee")
    ('sources close to the player', 'Ann Lee')
    """
    if not isinstance(name, str) or not name[:1].isupper():
        return name
    rest = _WORD_RE.findall(name)[1:]
    if not rest or any(w[:1].isupper() for w in rest):
        return name
    return name[0].lower() + name[1:]


def highlight_statements(
    article: Article, statements_df: pd.DataFrame | None = None, *, narrator: bool = False
) -> HTML:
    """The article with statements coloured by source, cues marked, tooltips naming the source.

    >>> from toolkit.corpus import Article
    >>> art = Article.from_text("“We will win,” said Omar Khaled.")
    >>> "Omar Khaled" in highlight_statements(art).data
    True
    """
    st = statements(article) if statements_df is None else statements_df
    st = st[st["doc_id"] == article.id]
    if not narrator:
        st = st[st["kind"] != "narrator"]
    spans = []
    for r in st.itertuples(index=False):
        extra = ", ".join(
            f"{k}: {v}"
            for k, v in (("via", r.via), ("to", r.reported_to), ("channel", r.channel))
            if isinstance(v, str)
        )
        tip = f"{r.source} ({r.source_type}; {r.kind}{'; ' + extra if extra else ''})"
        spans.append((int(r.start), int(r.end), str(r.source), tip))
        if pd.notna(r.cue_start):
            spans.append((int(r.cue_start), int(r.cue_end), "cue", f"cue of {r.source}: {r.cue}"))
    return highlight(article.text, spans, colors={"cue": "#dddddd"})


class _CallableModule(types.ModuleType):
    """``toolkit.sources`` is both this module and the :func:`sources` function (lazy export)."""

    def __call__(self, *args, **kwargs):
        return sources(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
