"""What an item decided, in the many ways minutes record it.

A paragraph is a decision by its evidence, not by one fixed phrase:

- an outcome: "RESOLVED that ...", "It was agreed", "were approved as a correct record",
  "approved as presented", "Motion carried", "Motion prevailed", "Motion carries",
  "CARRIED", "LOST", "Accepted." alone, a resolution's own list ("That the Council:
  1. Confirms the minutes ...");
- a vote: "5-0" after an outcome, "(4/1)", "Ayes: ... Nays: ...", "All in favour",
  "Roll call vote", "Bee Aye, Cole Aye";
- a motion ("Moved by A, seconded by B", "M/S/C A/B", "MOTION: A/B", "Motion by A,
  second by B"), which is a decision only once an outcome or a vote follows it, in the
  same paragraph or in the short lines after it ("That ...", "Carried");
- a label ("Council resolution", "Resolution 449/2019", "RESOLVED" alone) announcing
  the paragraph after it as the decision.

"The motion was discussed" or "a motion will be brought" has no outcome and is no decision.

Minutes record decisions in more ways than any list of patterns holds, so an item no
pattern recognises is also weighed by its words (`evident_decision`): a logistic model over
the common words and word pairs of an item ("agreed", "_ seconded", "it was"), trained on
hand-labelled real minutes by `benchmarks/decisions.py --train`. It knows no names: a word
minutes rarely write in lower case (a person, a place, a month) is read as "_".
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from search_app.parse.lines import LIST_MARKER, is_capitals_line, text_cache

TERMS_FILE = Path(__file__).with_name("decision_terms.json")
NOTHING_DECIDED = re.compile(
    r"\bno (?:formal )?(?:decisions?|resolutions?|action) (?:was |were |has been |had been )?"
    r"(?:made|taken|reached|required|needed)"
)
WORD = re.compile(r"[A-Za-z][a-z]+|[A-Z]{2,}")  # "agreed", "Carried", "CARRIED"; not "Mr" alone
NAME = "_"  # any word outside the common words: a person's, a place's, a month's

DECISION_START = re.compile(
    r"^(?:\(?[\divx]{1,4}(?:\.\d{1,2})?[.)]?\s+)?"  # "8.2 Resolved - ...", "(ii) AGREED"
    r"(?:(?:UNANIMOUSLY\s+)?(?:RESOLVED|AGREED|RECOMMENDED|DECIDED|DECISION|ORDERED|RESOLUTION(?=\s*:))"
    r"|(?:Resolved|Agreed|Recommended|Decided|Decision|Ordered|Resolution(?=\s*:))"
    r"|PENDERFYNWYD|Penderfynwyd|CYTUNWYD|Cytunwyd"  # Welsh minutes: resolved, agreed
    r"(?=\s*(?:[:\u2013\u2014(-]|that\b|to\b|and\b|,|$))"  # "Agreed and completed"
    r"|NOTED(?=\s*(?::|that\b)))\b",  # "NOTED that ...": a committee's outcome, in capitals
)
BODY = (
    r"(?:council|committee|sub-committee|board|panel|cabinet|members?|trustees?|meeting|commission|"
    r"councillors?|directors|commissioners|supervisors|governors|bureau|authority|executive|"
    r"assembly|association|body|house|group|society|session)(?:\s+present|\s+of\s+management)?"
)
# What lies between a body and its outcome: a space, or a word ("It was also agreed", "The
# Board then resolved"), or a word set apart by commas ("the Trustees, unanimously, decided").
ADVERB = (
    r"(?:\s+(?:also|further|then|therefore|subsequently|unanimously|generally|formally)\s+"
    r"|,\s*(?:also|further|then|therefore|subsequently|unanimously|generally|formally),\s+|\s+)"
)
# An outcome: in capitals ("RESOLVED", "CARRIED"), or in words of any case, which are
# matched on the lower-cased text (a case-insensitive pattern of this size is slow).
OUTCOME_CAPITALS = re.compile(
    r"\b(?:UNANIMOUSLY\s+)?(?:RESOLVED|AGREED|CARRIED|DECIDED|APPROVED|ADOPTED|LOST|DEFEATED)\b"
    r"|\b(?:RESOLVED|AGREED|DECIDED)(?=that\b)"  # "RESOLVEDthat": the space lost in extraction
    r"|(?:\b|(?<=\d))(?:Carried|CARRIED)\b"  # "208Carried": a resolution's number glued on
    r"|\bM/S/[CP]\b|\bMSC\b"
    r"|\bMSP(?=\s*:|\s+to\b)"  # moved, seconded, passed ("MSP to accept"; not a Scottish MSP)
    r"|\bResolved:?\s+that\b"  # "... Cllr S.A. Sebolai Resolved that leave be not granted"
    r"|[-\u2013]\s*(?:PASS|FAIL)\b"  # "... as National Poetry Month.- PASS": a motion's result
)
# An outcome in words of any case, matched on the lower-cased text. The forms are grouped
# by words one of which every match of the group contains: a group is tried only where
# one of its words stands (a substring test is many times faster than a pattern, and a
# sentence holds few of these words).
# fmt: off
OUTCOME_FORMS = (
    (("resolved", "agreed", "decided", "carried"), (
        rf"\b(?:it\s+was|we|{BODY}){ADVERB}(?:resolved|agreed|decided)\b"  # "We decided to"
        # "seconded and carried", "... reviewed the designs and decided to send a comment"
        r"|\b(?:and|&)\s+(?:unanimously\s+)?(?:resolved|agreed|carried|decided\s+(?:to|that))\b"
        # "Resolved to accept the quotation." opening a sentence (or glued to a minute number)
        r"|(?<![a-z])(?<![a-z]\s)resolved\s+(?:unanimously\s+)?(?:that|to)\s"
        # "... discussed the precept and after a debate decided to increase it"
        r"|\bafter\s+(?:a\s+|some\s+|much\s+|further\s+)?(?:debate|discussion),?\s+"
        r"(?:it\s+was\s+)?(?:unanimously\s+)?(?:resolved|agreed|decided)\s+(?:to|that)\b"
    )),
    (("decision",), (
        # "... and came to the following decision on dates", "the Board reached a decision"
        r"(?<!has\s)(?<!have\s)(?<!had\s)"  # not another's reported ("the applicant has ...")
        r"\b(?:came\s+to|reached)\s+(?:the\s+following|a|the|this)\s+decisions?\b"
        r"(?!\s+(?:was|is|will|would|has|had)\b)"
    )),
    (("agree",), (
        # "All present agreed", "All Cllrs agreed that ..."
        rf"\ball\s+(?:those\s+)?(?:present\s+)?(?:(?:{BODY}|cllrs)\s+)?(?:present\s+)?"
        r"(?:agreed|in\s+agreement)\b"
        r"|\b(?:everybody|everyone)\s+(?:present\s+)?agreed\b"  # "... and everybody agreed to this"
        rf"|\b{BODY}\s+were\s+in\s+agreement\s+(?:to|that|with)\b"  # "Members were in agreement to"
        # "... bodies: Agreed; submission to be made ...", "Action 4/22: Agreed that Ann would ..."
        r"|(?:^|(?<=[.;:]\s))agreed\s*(?:[:;]\s|\s(?:to|that)\b)"
        r"|\b(?:dates?|terms?|following)\s+(?:\w+\s+)?(?:was|were)\s+agreed\b"
        r"|^agreed\s+(?:as\s+)?(?:a\s+)?(?:true|correct|accurate)\b"
        r"|^agreed\s+(?:to|that|unanimously|\d+)\b"  # "Agreed 11 copies @ £3.70 each"
    )),
    (("signed", "received as"), (
        # "These were read and signed by the Chairman", "were taken as read and signed": the
        # minutes' approval, in the act
        r"\b(?:was|were)\s+(?:duly\s+)?(?:taken\s+as\s+)?read\s+and\s+(?:duly\s+)?signed\b"
        # "The Minutes of the meeting held on 13 June were signed by the Chair": approved
        r"|(?<!whether\sthe\s)(?<!\bif\sthe\s)\bminutes\b[^.;]{0,160}?\b(?:was|were)\s+"
        r"(?:duly\s+)?signed\b"  # ... not asked about: "will ask whether the minutes were signed"
        # "Minutes of the meeting held on 3 May were received as accurate."
        r"|\bminutes\b[^.;]{0,100}?\b(?:was|were)\s+received\s+as\s+(?:a\s+)?"
        r"(?:true|correct|accurate)\b"
    )),
    (("approv", "adopt", "accept", "agree", "endorse", "ratifi", "homologated", "confirmed",
      "found to be", "voted", "carried", "passed"), (
        r"\bwe\s+(?:agree|approve|accept)\s+(?:that|to)\b"  # a Quaker minute: "We AGREE that ..."
        # "All approved the motion.", "Everyone present accepted the new agenda."
        r"|\b(?:all|everyone|everybody)\s+(?:present\s+)?(?:approved|accepted|adopted|endorsed)"
        r"\s+(?:the|this)\b"
        # "Members considered several statements and following discussion adopted the following:"
        rf"|\b{BODY}\s+(?:considered|discussed|reviewed|debated|received|noted)\b[^.;]{{0,100}}?"
        r"\band\s+(?:\w+\s+){0,3}?(?<!\bbe\s)(?<!\bnot\s)(?:approved|adopted|accepted|endorsed)\b"
        # "The Board reviewed and approved the June accounts"
        rf"|\b{BODY}{ADVERB}(?:(?:reviewed|considered|discussed|received|read)\s+and\s+)?"
        r"(?:approved|adopted|accepted|endorsed|ratified|homologated|confirmed|voted\s+to)\b"
        r"|\b(?:minutes|agenda)\s+(?:(?:was|were)\s+)?(?:unanimously\s+)?"  # "agenda was confirmed"
        r"(?:approved|adopted|accepted|agreed(?=\s+and\s+signed|\s*[.;]?$)"
        r"|(?:(?<=was\s)|(?<=were\s))confirmed|confirmed(?=\s*[.;]?$))\b"  # "Minutes Confirmed"
        # "taken as read, approved", "Minutes agreed and signed."
        r"|\bread,?\s+(?:and\s+)?approved\b|\b(?:approved|agreed)\s+and\s+signed\b"
        # "were read and accepted", "received and accepted", "seconded, and approved that ...",
        # "were read and confirmed", "was read out and confirmed"
        r"|\b(?:read(?:\s+out)?|received|seconded),?\s+(?:and|&)\s+"
        r"(?:accepted|approved|adopted|carried|passed|confirmed)\b"
        # ... after a long subject: "The minutes of meetings 3/99, held on 3 May, and 4/99, ...,
        # copies of which had been distributed, were confirmed"
        r"|\bminutes\b[^.;]{0,200}?\b(?:was|were)\s+(?:duly\s+)?confirmed\b"
        # "Minutes for the AGM held on 13th April 2016 agreed as accurate."
        r"|\bminutes\b[^.;]{0,100}?(?<!\bbe\s)\b(?:agreed|approved|accepted|adopted)\s+as\s+(?:a\s+)?"
        r"(?:true|correct|accurate)\b"
        # "The minutes of the meeting held on 16 October were found to be correct."
        r"|\bminutes\b[^.;]{0,80}?\b(?:was|were)\s+found\s+to\s+be\s+(?:a\s+)?"
        r"(?:correct|true|accurate)\b"
        r"|(?:^|[-\u2013\u2014]\s)(?:accepted|approved|adopted)\s+as\s+(?:correct|presented|read)\b"
        r"|\bconfirmed\s+as\s+(?:a\s+)?(?:true|correct|accurate)\b"
        # "..., seconded by B and approved by the board", not "as may be approved by the Committee"
        rf"|(?:\band|,)\s+(?:approved|accepted|adopted)\s+by\s+(?:the\s+)?{BODY}\b"
        # "Accepted subject to amendment ...", "Accepted by Consent": the outcome opening its text
        r"|^(?:-\s+)?(?:accepted|approved|adopted)\s+(?:by|subject|with|without|as|unanimously)\b"
        r"|\botherwise\s+approved\b|\baccepted\s+as\s+(?:a\s+)?(?:true|correct|accurate)\b"
        # "Minutes of the last meeting – approved as sent out", "Agenda - accepted"
        r"|[-\u2013\u2014]\s+(?:approved|accepted|adopted)\b(?!\s+(?:to|that|by\s+the\s+(?!group)))"
        # "Approved by all.", "approved by the group", "adopted by acclamation"
        r"|\b(?:approved|accepted|adopted|agreed)\s+by\s+(?:all|everyone|(?:the\s+)?group|acclamation)\b"
        r"|\bapproved\s+as\s+(?:presented|amended|written|circulated|read|corrected|submitted|"
        r"distributed|printed)\b"
        r"|^(?:approved|adopted)\s*(?:by)?\s*:"  # "Approved: Jim Bee" / "Seconded: Ann Dee"
        # "Minutes of last meeting; passed pending ...": the outcome opening a clause (after
        # a semicolon, or the text a title's line went on with)
        r"|(?:^|;\s+)(?:passed|approved|accepted|adopted|agreed)\b"
    )),
    (("approved", "adopted", "carried", "agreed", "passed", "accepted", "granted", "refused",
      "elected", "appointed", "opted", "ratified", "endorsed", "chosen", "awarded",
      "homologated", "deferred", "postponed", "confirmed", "signed", "denied", "rejected",
      "authori"), (
        r"\b(?:was|were)\s+(?:unanimously\s+|duly\s+)?(?:approved|adopted|carried|agreed|passed|accepted|"
        r"granted|refused|(?:re-?)?elected|(?:re-?)?appointed|co-?opted|ratified|endorsed|chosen|awarded|"
        r"denied|rejected|authori[sz]ed(?!\s+(?:by|under)\b)|"
        # "... was confirmed as a true record", "This was confirmed.", not "It was confirmed that";
        # an aside may come between ("were confirmed (as previously agreed) as 16 April")
        r"homologated|deferred|postponed|confirmed(?=\s+(?:\([^)]{1,60}\)\s+)?(?:as|and)\b|\s*[.;]?$)"
        r"|signed(?=\s+(?:as|and)\b))\b"
        # "was proposed and elected as Chair", "was nominated, seconded and appointed",
        # "The following appointments were made and confirmed"
        # "There were submitted and approved Report No 355 ..."
        r"|\b(?:was|were)\s+(?:proposed|nominated|moved|made|submitted)(?:,?\s+seconded)?,?\s+and\s+"
        r"(?:unanimously\s+|duly\s+)?(?:elected|re-?elected|appointed|co-?opted|approved|adopted|carried|"
        r"confirmed)\b"
    )),
    (("denied", "rejected", "ordered", "approval", "set at"), (
        rf"\b{BODY}{ADVERB}(?:denied|rejected)\b"  # "The Board denied the request"
        r"|\b(?:was|were)\s+ordered\s+(?:paid|filed|placed|received)\b"  # "bills were ordered paid"
        r"|\bgave\s+(?:its\s+|their\s+)?approval\b"  # "The Council gave approval for the works"
        # "The precept for 2020/21 was set at £25,000": a sum the body fixed
        r"|\b(?:budget|precept|rates?|fees?|charges?|levy)\b[^.;]{0,60}?\b(?:was|were)\s+set\s+at\s+[\u00a3$\u20ac\d]"
    )),
    (("unanimously",), (
        rf"\b{BODY}\s+unanimously\s+[a-z]+ed\b"  # "the Board unanimously added the item"
        r"|\b(?:approved|adopted|carried|passed|agreed|resolved)\s+unanimously\b"
        r"|\bunanimously\s+(?:carried|resolved|agreed|approved|adopted|passed)\b"
        r"|(?:^|(?<=[.;]\s))unanimously\s+agree\s+(?:to|that)\b"  # "Unanimously agree to purchase."
        # "Votes of sympathy were unanimously extended"
        r"|\b(?:was|were)\s+unanimously\s+[a-z]+ed\b"
    )),
    # New England town meetings and US boards: "it was voted that the sum ... be raised",
    # "Voted: By taxation, $12,440", "Motion and Vote to approve ...", "the vote was
    # unanimously in favor"
    (("voted", "vote"), (
        r"\bit\s+was\s+(?:unanimously\s+)?voted\b|^voted\s*:"
        r"|\bmotion\s+and\s+vote\s+to\b"
        r"|\bvote\s+was\s+(?:unanimous(?:ly)?|(?:\w+\s+)?in\s+favou?r)\b"
    )),
    (("decision", "approval", "action", "excluded"), (
        r"\bdecision\s+was\s+(?:\w+\s+)?(?:taken|made)\b|\bapproval\s+was\s+(?:given|granted)\b"
        # "Chair's Action was taken to approve the minutes": the approval, by delegation
        r"|\baction\s+was\s+taken\s+to\s+(?:approve|accept|adopt|agree|confirm)\b"
        # "The press and public were excluded from the meeting": the resolution, carried out
        r"|\b(?:was|were)\s+excluded\s+from\s+the\s+(?:meeting|remainder)\b"
    )),
    (("that",), (
        # A resolution's own wording: "That the minutes be approved as a true record."
        # (the subjunctive: no verb after "that", no "should" or "will" before "be")
        # ... numbered as one of several: "(1) That the driver be granted leave to speak."
        # ... or with its grounds first: "That, under Section 12 of the Act, the public be
        # excluded ..."
        r"^(?:\(?(?:\d{1,2}|[a-z])\)\s*)?[\"'\u201c\u2018]?that,?\s+(?!(?:was|is|were|are|has|had|will|would)\b)"
        r"(?:[^.;]{0,200}?\s)?(?<!should\s)(?<!would\s)(?<!will\s)(?<!must\s)(?<!could\s)"
        r"(?<!can\s)(?<!may\s)(?<!to\s)be\s+(?:approved|adopted|accepted|agreed|"
        r"confirmed|signed|granted|refused|endorsed|ratified|received|noted|appointed|"
        r"authori[sz]ed|invited|excluded)\b"
        # A resolution's own list: "That the Regional Council: 1. Confirms the minutes ..."
        rf"|^that\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,6}}?{BODY}\s*:\s*(?:\(?[\da-z]{{1,2}}[.)]\s*)?"
        r"(?:receives|confirms|approves|adopts|agrees|notes|endorses|appoints|accepts|authori[sz]es|"
        r"delegates|requests|resolves|declines|refuses|grants)\b"
    )),
    (("elected", "voted", "declared", "nomination", "took"), (
        rf"\b{BODY}\s+(?:unanimously\s+)?(?:re-?)?elected\b"
        # "voted unanimously to", "Voted 48 in favor"
        r"|\bvoted\s+(?:unanimously\s+|\d+\s+)?(?:in\s+favou?r|for|against|to)\b"
        r"|\ball\s+(?:\w+\s+){0,2}?voted\s+(?:aye|yes|yea)\b"  # "and all voted aye"
        rf"|\b{BODY}{ADVERB}voted\b"  # "The Board voted, signed and forwarded ..."
        r"|\bdeclared\s+(?:\S+\s+){0,4}(?:elected|chair(?:person|man|woman)?|president|mayor)\b"
        r"|\belected\s+unopposed\b"
        # "Tim re-elected as Chair, nominated by ...": an election recorded without "was"
        r"|\b(?:re-?)?elected\s+as\s+(?:the\s+)?(?:vice[\s-]+|deputy\s+)?"
        r"(?:chair|president|mayor|secretary|treasurer|leader|convenor|convener)"
        r"|\baccepted\s+the\s+nomination\b|\btook\s+the\s+chair\b"
    )),
    (("sign", "seconds"), (
        # "signed as a true record", "signed by the Chairman as a correct record", "duly signed
        # off by the Chair to be a true record"
        r"\bsign(?:ed)?\b[^.;]{0,40}?\b(?:as|to\s+be)\s+(?:a\s+)?(?:true|correct|accurate)\b"
        # "Ms Bee approves Mr Dee seconds"
        r"|\b(?:approves|moves|proposes)\b[^.;]{0,40}?\bseconds\b"
    )),
    (("consensus",), (
        # "Consensus was reached", "agreed by consensus"; not "no consensus was reached"
        r"(?<!\bno\s)\bconsensus\s+(?:was\s+)?reached\b|\bby\s+consensus\b"
        r"|\bthere\s+was\s+(?:a\s+)?consensus\s+(?:to|that)\b"
        rf"|\b(?:the\s+)?consensus\s+of\s+(?:the\s+)?{BODY}\s+(?:was\s+)?(?:to|that)\b"
    )),
    # "By proper motion, the meeting was adjourned": a decision taken by motion; "On motion of
    # Commissioner Dee the request was referred to the Roads Committee": what the motion did
    (("motion",), (
        r"^by\s+(?:a\s+)?(?:proper|unanimous|duly\s+seconded)\s+motion\b"
        r"|\b(?:up)?on\s+(?:the\s+)?motion\s+(?:of|by)\b[^.;]{0,120}?\b(?:was|were)\s+(?:duly\s+)?"
        r"(?:referred|allowed|approved|adopted|accepted|granted|tabled|received|appointed|elected|"
        r"authori[sz]ed|passed|filed|ordered)\b"
    )),
    # "After discussion it was determined that the hall would close", "The levy required was
    # determined to be $2,140": what the meeting settled, in the impersonal passive
    (("determined",), (
        r"\bit\s+was\s+(?:unanimously\s+)?determined\s+(?:that|to)\b"
        r"|\b(?:was|were)\s+determined\s+to\s+be\b"
    )),
    (("motion", "carried", "lost", "defeated", "failed"), (
        r"\bmotion\s+(?:was\s+)?(?:passed|carried|approved|adopted|lost|defeated|failed|prevailed)\b"
        r"|\bmotion\s+(?:carries|passes|prevails|fails)\b"  # "Motion carries unanimously"
        r"|^(?:the\s+)?(?:motion\s+)?(?:carried|lost|defeated|failed)\b"
    )),
    # A consultee's response, a planning application's most often: "No objection.", "The
    # Council had no objections", "Members supported the application", the verdict alone
    # after the application ("... to café. Supported."); not "No member objected".
    (("objection", "object", "support", "refused"), (
        r"\bno\s+objections?\b"
        r"|(?:^|(?<=[.;]\s))(?:supported|support|objection|object|objected|refused)\.(?=\s|$)"
        rf"|(?:^|(?<=[.;]\s)|\bthe\s)(?:\w+\s+)?{BODY}{ADVERB}(?:objected|objects|supported|supports|raised\s+no\s+objection)\b"
    )),
    # What the body did, opening its sentence: "The Council fixed 10 October as the date",
    # "Members allocated £200 to the fete", "The Board declined the request".
    (("fixed", "set", "select", "allocat", "authori", "instruct", "award", "grant", "donat",
      "defer", "declin", "refus", "reject"), (
        r"(?:^|(?<=[.;]\s)|\bthe\s)(?:\w+\s+)?"
        rf"{BODY}{ADVERB}(?:fixed|set|selected|allocated|authori[sz]ed|instructed|awarded|granted|"
        r"donated|deferred|declined|refused|rejected)\b"
    )),
    # Outcomes in a board's or commission's words: "Staff was directed to ...", "Permission
    # was given", "The Commission recommends approval", "Consensus to proceed".
    (("directed", "instructed", "permission", "consent", "recommend", "consensus"), (
        r"\b(?:staff|the\s+clerk|the\s+manager|the\s+administrator)\s+(?:was|were)\s+"
        r"(?:directed|instructed)\s+to\b"
        r"|\b(?:permission|consent)\s+was\s+(?:given|granted|refused|withheld)\b"
        r"|\brecommend(?:s|ed)?\s+(?:approval|denial|adoption)\b"
        r"|(?:^|(?<=[.;]\s))consensus\s+(?:to|that|was)\b"
    )),
    # "Order: Noted."
    (("order",), (
        r"^order\s*:\s*(?:noted|agreed|adopted|approved|passed|carried|deferred|granted|refused)\b"
    )),
    # "Councillor Bee moved that the permit be granted. It was so voted.", "So ordered."
    (("voted", "ordered"), r"\b(?:it\s+was\s+)?so\s+(?:voted|ordered)\b"),
    # A communication's formal disposition: "Upon motion the documents were received and
    # filed", "Proof of publication ... received and filed"
    (("filed",), r"(?<!\bbe\s)\breceived\s+and\s+filed\b"),
)
# fmt: on
OUTCOME_WORDS = tuple((words, re.compile(pattern)) for words, pattern in OUTCOME_FORMS)
TALLY = r"\d{1,2}\s*[-\u2013/]\s*\d{1,2}(?:\s*[-\u2013/]\s*\d{1,2})?"
# A one-word outcome ending the text ("Minutes of the last meeting ... Approved", "UNAM."),
# not one still to come ("will be approved"); tried on the text's last words only.
FINAL_OUTCOME = re.compile(
    r"(?<!\bbe\s)(?<!been\s)(?<!\bnot\s)(?<!\bto\s)(?<!\bhas\s)(?<!\bhad\s)(?<!\bhave\s)"
    r"\b(?:approved|agreed|carried|unam|accepted|adopted|passed)\.?$"
)
# A vote, matched on the lower-cased text.
VOTE = re.compile(
    rf"\b(?:vote[sd]?|carried|passed|approved|adopted|failed|defeated|lost)\s*:?\s*\(?{TALLY}\b"
    r"|\b(?:ayes?|yeas?|nays?|noes|abstentions?)\s*[:\u2013-]"
    r"|\b(?:all|everyone|everybody)\s+(?:else\s+)?(?:members\s+)?(?:present\s+)?"
    r"(?:were\s+|was\s+|voting\s+)?in\s+favou?r\b"  # "all in favour", "all voting in favor"
    r"|\b\d{1,3}\s+votes?\s+(?:to|viz\.?|against|vs\.?|versus)\s+\d{1,3}\b"  # "by 8 votes to 3"
    r"|\b\d{1,2}\s+for\s*(?:,|and)\s*\d{1,2}\s+against\b"  # "(3 for and 2 against)"
    # "-vote, all approve up to $5", "Vote: 5 for, 0 against", "Vote results: 17 for"
    r"|\bvote[sd]?\s*[,:]\s*(?:all|everyone)\s+(?:approve|agree|in\s+favou?r)"
    r"|\bvote(?:[sd]|\s+results?)?\s*:\s*\d{1,2}\s+(?:for|in\s+favou?r|yes|ayes?)\b"
    r"|\broll[-\s]call\s+vote\b"
    r"|\bvote\s+(?:was\s+)?(?:passed|carried)\b"  # "Vote passed - will start in May"
    r"|\bput\s+to\s+(?:a\s+)?(?:the\s+)?vote\b"
    # "The vote by ... was unanimous", "Seconded by B. Unam.", "Voted unan."
    r"|\bunanimous\b|\bunam\b|\bvoted\s+unan\b"
    r"|\b[a-z'’-]+\s+(?:aye|yea|nay)\s*,\s*[a-z'’-]+\s+(?:aye|yea|nay)\b",  # "Bee Aye, Cole Aye"
)
# "(5-0)" or a tally standing alone: a vote only where a motion was moved.
BARE_TALLY = re.compile(rf"\(\s*{TALLY}\s*\)|(?:^|\s){TALLY}\.?$")
# A motion: its words, matched on the lower-cased text, or "M/S/C" and "MOTION" in capitals.
MOTION = re.compile(
    r"\bmoved\b(?!\s+(?:on|onto|into|away|back|forward|from|out|house|to\s+(?:item|agenda))\b)"
    r"|\bseconded\b|\bsecond(?:ed)?\s+by\b|\bmotion\s+(?:by|from)\b|\bproposed\s+by\b(?!-)"
    r"|\bmotion\s+(?:was\s+)?made\b|\bmade\s+a\s+motion\b"  # "A motion was made to ..."
    r"|^(?:motion|moved|proposed|seconded|proposer|seconder)\s*:"
)
# A motion both moved and seconded: recorded in the minutes, it was put and decided.
SECONDED_MOTION = re.compile(
    r".*(?<!not )\b(?:moved|proposed|nominated|motion(?:s|ed)?\s+to|motion(?:ed)?\s+by)\b"
    r".*\b(?:seconded|seconds|2nd|second\s+by)\b"  # "upon a motion by Bee, second by Dee"
    r"|.*\bseconded\s+by\b.*\bmoved\s+to\b"  # "Trustee Ash, seconded by Trustee Bee, moved to"
    r"|.*\b[a-z]+\s+motion\s*/\s*[a-z]+\s+second\b"  # "(Kay motion/Lee second)"
    r"|.*\bprop\.?\s+[a-z][^/]*/?\s*\bsec\.?\s+[a-z]",  # "Ann Bee Prop Cy Dee Sec Eve Fay"
    re.DOTALL,
)
# "Approval of Agenda Doug / Terri", "Motion: that Ann write to the district. Ann / Raj",
# "Motion to approve the loan: L.Dee, second M. Fay": an approval or a motion with its
# mover and seconder after it.
CREDITED_MOTION = re.compile(
    r"^(?:\d{1,2}[.)]\s+)?(?i:(?:approval|adoption|acceptance)\s+of\b|motion\b)"
    r"(?:.*\s[A-Z][\w.]*\s+/\s+[A-Z][a-z]+"
    r"|.*:\s*[A-Z][\w.]*(?:\s+[A-Z][a-z]+)?,\s*(?:second|2nd)(?:ed)?\s+(?:by\s+)?"
    r"[A-Z][\w.]*(?:\s+[A-Z][a-z]+)?)\.?\s*$",
    re.DOTALL,
)
MOTION_CAPITALS = re.compile(r"\bM/S(?:/C)?\b|\bMOTION\b")
# Every motion and vote pattern has one of these (lower-cased) words.
MOTION_WORDS = ("moved", "second", "motion", "propos", "m/s")
VOTE_WORDS = (
    "vote", "carried", "passed", "approved", "adopted", "failed", "defeated", "lost", "aye",
    "yea", "nay", "noes", "abstention", "favo", "roll", "unan", "against",
)  # fmt: skip
# A motion put to do something, recorded where nothing says how it went: "Trustee Ash moved
# to approve the consent agenda", "Motion made by Commissioner Bee to hire ...".
MOTION_PUT = re.compile(
    r"\b(?:moved|made\s+a\s+motion|(?i:motion)\s+(?:was\s+)?made\s+by\s+(?:[A-Z][\w.]*\s+){1,4})"
    r"\s*to\s+(?:approve|adopt|accept|authori[sz]e|award|grant|deny|appoint|ratify|hire|purchase|"
    r"pay|enter\s+into|go\s+into)\b"
)
# A numbered resolution opening a paragraph records one: "Resolution 449/2019 Moved: ...".
RESOLUTION_NUMBER = re.compile(r"^(?:\w+\s+)?resolution\s+(?:no\.?\s*|number\s+)?[\w./-]*\d", re.I)
# A paragraph that only announces the decision that follows it (with its mover and seconder).
DECISION_LABEL = re.compile(
    r"^(?:(?:\w+\s+){0,2}resolution(?:\s+[\d/]+)?|resolved(?:\s*\([^)]*\))?|decisions?|agreed|"
    r"penderfynwyd|cytunwyd|"
    rf"(?:the\s+)?{BODY}\s+(?:resolved|agreed|decided))\s*[:\u2013\u2014-]*"
    r"(?:\s+(?:moved|seconded|proposed)\b(?:(?!\bthat\b).)*)?\s*$",
    re.IGNORECASE,
)
# A resolution after its mover's name, as prairie councils record them: "SWANSTROM: That
# Sask Energy be permitted to ...", "Reg Pointe – that the Cheque Listing ... be accepted".
MOVER_THEN_RESOLUTION = re.compile(
    r"^(?:[A-Z][\w'\u2019.-]*\s+){0,3}[A-Z][\w'\u2019.-]*\s*(?::|\s[-\u2013\u2014])\s*"
    r"[Tt]hat\s+(?:[^.]|\.(?=\d)){3,300}?\bbe\s+(?:\w+\s+)?\w+(?:ed|en)\b"
)
# "That consideration is deferred ...", "That this Council agrees to appoint ...": a
# resolution's wording standing as a paragraph of its own is what was resolved.
RESOLUTION_PARAGRAPH = re.compile(
    r"^(?:\d{1,4}/\d{2,4}\s+)?"  # "109/2016 That Parks bylaws are changed ...": its number first
    r"(?:[A-Z]{1,3}\s?\(\d{1,3}\)\s+)?"  # "C (2) THAT the apology ...": the meeting's count of it
    r"[\"\u201c]?(?:That|THAT),?\s+(?!(?:is|was|are|were|would|will|could|has|had)\b)[\w'\u2019-]+\s"
    r"[^.;]{0,120}?\b(?:be|is|are|"
    r"agrees?|approves?|notes?|receives?|accepts?|adopts?|authori[sz]es?|endorses?|requests?|"
    r"instructs?|supports?|delegates?|confirms?|appoints?|welcomes?|defers?|refuses?|grants?)\b"
)
DECISIONS_FOLLOW = re.compile(
    r"\bfollowing\s+(?:decisions|resolutions)\s+(?:were|was)\s+(?:\w+\s+)?"
    r"(?:taken|made|passed|adopted|reached|agreed)|\b(?:resolved|decided|agreed)\s+as\s+follows\b",
    re.IGNORECASE,
)
PREAMBLE_CLOSING_LINES = 3  # where a preamble announces the decisions listed below it
LABEL_ONLY = re.compile(r"^(?:decision|resolved|agreed|recommended)\s*:?$", re.IGNORECASE)
MOTION_LINE = re.compile(r"^(?:moved|seconded|proposed|second)\b", re.IGNORECASE)
RESOLUTION_WORDING = re.compile(r"^[\"'\u201c\u2018]?(?:that|to)\s+\w", re.IGNORECASE)
CLAUSE = re.compile(r"\b(?:that|to)\s+\w", re.IGNORECASE)
VOTE_LINE = re.compile(r"^(?:ayes?|yeas?|nays?|noes|abstentions?|roll[-\s]call|vote)\b", re.I)
MAX_OUTCOME_LINE_WORDS = 12
MAX_MOTION_PARAGRAPHS = 6
MOTION_CREDIT_PARAGRAPHS = 4  # a mover and a seconder, each a label and a name


def item_decisions(title: str, paragraphs: list[str], labelled: list[str]) -> list[str]:
    """An item's decisions: a labelled "Decision:" block, the decisions its paragraphs
    record, a title that records its outcome ("Minutes of the July meeting were accepted
    as presented"); failing those, the sentence its words as a whole say decided."""
    if recorded := recorded_decisions(title, paragraphs, labelled):
        return recorded
    evident = evident_decision(title, paragraphs)
    return [evident] if evident else []


def announces_decisions(preamble: list[str]) -> bool:
    """The text before the first item says the items are decisions ("The following
    decisions were taken.", "The Board resolved as follows:")."""
    closing = " ".join(text for text in preamble[-PREAMBLE_CLOSING_LINES:] if text)
    return bool(DECISIONS_FOLLOW.search(closing))


def recorded_decisions(title: str, paragraphs: list[str], labelled: list[str]) -> list[str]:
    """The decisions the patterns recognise (without the words model)."""
    decisions = (["\n".join(labelled)] if labelled else []) + find_decisions(paragraphs)
    capitals = is_capitals_line(title)
    if not decisions and not capitals and records_decision(title):
        decisions = [title]
    elif not decisions and capitals and FINAL_OUTCOME.search(title.lower()):
        decisions = [title]  # "USE OF STAND-BY AMBULANCE APPROVED": the heading is the outcome
    elif not decisions and CREDITED_MOTION.match(title):
        decisions = [title]
    elif not decisions:
        decisions = seconded_motions([title])  # "APPROVAL OF MINUTES MOVED BY ANN 2ND CARL"
    return list(dict.fromkeys(decisions))


def find_decisions(paragraphs: list[str]) -> list[str]:
    """Each decision: the opening paragraph and the list entries that belong to it,
    the paragraph a decision label announces, a motion with its outcome, or the
    sentences that record one."""
    decisions: list[str] = []
    index = 0
    while index < len(paragraphs):
        text = paragraphs[index]
        if DECISION_LABEL.match(text):
            index, block = announced_decision(paragraphs, index + 1)
            block = block or text  # "Resolution 449/2019 Moved: A Seconded: B Council adjourn."
        elif opens_a_resolution(text):
            index, block = decision_block(paragraphs, index)
        elif not mentions_a_decision(text):
            index, block = index + 1, ""
        elif is_motion(text) or RESOLUTION_NUMBER.match(text):
            index, block = motion_decision(paragraphs, index)
        else:
            index, block = index + 1, decision_sentences(text)
        if block and block not in decisions:
            decisions.append(block)
    return decisions or seconded_motions(paragraphs)


def opens_a_resolution(text: str) -> bool:
    """ "RESOLVED that ...", "Cllr Bee - That the report be noted", "That Council agrees ..."."""
    return any(
        pattern.match(text)
        for pattern in (DECISION_START, MOVER_THEN_RESOLUTION, RESOLUTION_PARAGRAPH)
    )


def seconded_motions(paragraphs: list[str]) -> list[str]:
    """Where nothing else records a decision, a motion both moved and seconded does
    ("Cllr Bee proposed Cllr Dee as chair, seconded by Cllr Fay"): minutes record the
    motions that were put, and a lost one says so."""
    for index, text in enumerate(paragraphs):
        if CREDITED_MOTION.match(text) or MOTION_PUT.search(text):
            return [text]
        # "Proposed by A" / "Seconded by B", or "PROPOSED BY:" / "A" / "SECONDED BY:" / "B"
        motion = "\n".join(paragraphs[index : index + MOTION_CREDIT_PARAGRAPHS])
        lowered = motion.lower()
        if has_any(lowered, ("second", "2nd", "sec ")) and SECONDED_MOTION.match(lowered):
            return [motion if SECONDED_MOTION.match(text.lower()) is None else text]
    return []


def decision_block(paragraphs: list[str], index: int) -> tuple[int, str]:
    """ "RESOLVED that:" with its list entries, or a bare "RESOLVED" with the paragraph
    after it; a "Carried" or vote line after the decision belongs to it."""
    text = paragraphs[index]
    block = [] if LABEL_ONLY.match(text) else [text]
    index += 1
    expects_more = not block or text.rstrip().endswith((":", "that", "-", "\u2013"))
    while index < len(paragraphs) and (
        LIST_MARKER.match(paragraphs[index]) or (expects_more and not block)
    ):
        if DECISION_START.match(paragraphs[index]):
            break
        block.append(paragraphs[index])
        index += 1
    while index < len(paragraphs) and block and is_outcome_line(paragraphs[index]):
        block.append(paragraphs[index])
        index += 1
    return index, "\n".join(block)


def announced_decision(paragraphs: list[str], index: int) -> tuple[int, str]:
    """ "Resolution 2020/21" / "Moved: ..." / "That the apology be accepted." -> the last."""
    index = past_the_credits(paragraphs, index)
    if index >= len(paragraphs):
        return index, ""
    return decision_block(paragraphs, index)


def past_the_credits(paragraphs: list[str], index: int) -> int:
    """The first paragraph after "Moved: A" / "Seconded:" + "B": who moved a resolution
    is not what it decided."""
    while index < len(paragraphs) and MOTION_LINE.match(paragraphs[index]):
        named_below = paragraphs[index].rstrip().endswith(":")
        index += 1
        if (
            named_below
            and index < len(paragraphs)
            and not RESOLUTION_WORDING.match(paragraphs[index])
        ):
            index += 1
    return index


def motion_decision(paragraphs: list[str], index: int) -> tuple[int, str]:
    """A motion and the short lines that complete it ("That ...", "Carried", "Ayes: ..."):
    a decision when they record an outcome or a vote (or it is a numbered resolution)."""
    block = [paragraphs[index]]
    end = index + 1
    while (
        end < len(paragraphs)
        and len(block) < MAX_MOTION_PARAGRAPHS
        and continues_motion(paragraphs[end], block)
    ):
        block.append(paragraphs[end])
        end += 1
    joined = "\n".join(block)
    if not (records_decision(joined, moved=True) or RESOLUTION_NUMBER.match(block[0])):
        return index + 1, decision_sentences(paragraphs[index])
    return end, "\n".join([from_the_motion(block[0]), *block[1:]])


def continues_motion(text: str, block: list[str]) -> bool:
    """The resolution's wording (when the motion line had none), another mover or
    seconder line, or an outcome or vote line."""
    if RESOLUTION_WORDING.match(text):
        return not any(CLAUSE.search(line) for line in block)
    return bool(MOTION_LINE.match(text)) or is_outcome_line(text)


def is_outcome_line(text: str) -> bool:
    """ "Carried", "Motion passed 5-0.", "Ayes: Bee, Dee. Nays: none.", "4/1"."""
    if VOTE_LINE.match(text):
        return True
    return len(text.split()) <= MAX_OUTCOME_LINE_WORDS and records_decision(text, moved=True)


def from_the_motion(text: str) -> str:
    """The paragraph from its first motion sentence: the discussion before is not the decision."""
    sentences = split_sentences(text)
    first = next((i for i, s in enumerate(sentences) if is_motion(s)), 0)
    return " ".join(sentences[first:])


@text_cache
def records_decision(text: str, moved: bool = False) -> bool:
    """An outcome or a vote; a bare tally ("(5-0)", "4/1") counts only after a motion;
    never a note that nothing was decided ("No decision was made.")."""
    lowered = text.lower()
    if NOTHING_DECIDED.search(lowered):
        return False
    outcome = has_any(lowered, OUTCOME_HINTS) and (
        OUTCOME_CAPITALS.search(text)
        or says_outcome(lowered)
        or FINAL_OUTCOME.search(lowered[-30:])
    )
    vote = has_any(lowered, VOTE_WORDS) and VOTE.search(lowered)
    return bool(outcome or vote or (moved and BARE_TALLY.search(text)))


@text_cache
def says_outcome(lowered: str) -> bool:
    """Whether a lower-cased text words an outcome ("it was agreed", "motion carried")."""
    return any(
        has_any(lowered, words) and pattern.search(lowered) for words, pattern in OUTCOME_WORDS
    )


@text_cache
def is_motion(text: str) -> bool:
    """ "Moved by ...", "M/S/C", "MOTION:"; tried only where one of its words stands."""
    lowered = text.lower()
    if not has_any(lowered, MOTION_WORDS):
        return False
    return bool(MOTION.search(lowered) or MOTION_CAPITALS.search(text))


def has_any(lowered: str, words: tuple[str, ...]) -> bool:
    """A substring test before a pattern: many times faster, and most text has none."""
    return any(map(lowered.__contains__, words))


# The words of a consultee's response, of what a body did and of a board's own outcome
# ("No objection", "The Council fixed ...", "Staff was directed ...", "received and filed"):
# both word lists below need them, their patterns being outcomes.
RESPONSE_WORDS = tuple(
    "objection object support fixed set select allocat instruct donat defer declin refus "
    "reject directed permission consent recommend filed".split()
)
# Every outcome pattern has one of these (lower-cased) words.
OUTCOME_HINTS = (
    tuple(
        "resolv agree decid approv adopt vot carri pass accept grant refus elect appoint co-opt "
        "coopt ratif endors confirm sign lost defeat fail took unam m/s/ msc msp homolog "
        "decision approval unanim noted receives notes authori delegates requests declines "
        "award consensus deferred postponed declared penderfynwyd cytunwyd motion "
        "denied ordered exclud determined".split()
    )
    + RESPONSE_WORDS
    + ("found to be", "received as")  # "The minutes ... were found to be correct."
    + ("set at",)
)
# Every outcome, vote, motion and resolution pattern has one of these words (a tally its
# motion's): paragraphs and sentences without any skip the patterns (a substring test is
# many times faster).
DECISION_WORDS = (
    tuple(
        "resolv agree carried decided approv adopted pass motion elected confirmed signed "
        "accepted granted refused lost defeat fail m/s msc msp moved second aye yea nay noes "
        "abstention favo roll vote propos resolution unam appoint co-opt coopt ratif endorse "
        "homolog decision 2nd noted confirms receives approves adopts notes endorses "
        "appoints accepts authori delegates requests declines refuses grants awarded "
        "consensus deferred postponed declared against penderfynwyd cytunwyd denied "
        "rejected excluded ordered determined".split()
    )
    + ("set at",)  # "... was set at £25,000"
    + RESPONSE_WORDS
    + ("- unanimous", "\u2013 unanimous", "found to be", "received as")  # "... - Unanimous"
)


# "Decision The Committee noted ...", "Decision: Secretary to look into costs ..."
LABEL_BEFORE_SENTENCE = re.compile(
    r"^(?:DECISION|Decision)(?:\s*:\s*(?=[A-Z])|\s+(?=(?:The|That|It|Members)\s))"
)


def decision_sentences(text: str) -> str:
    """The sentences of a paragraph that record a decision, each with the motion
    sentences before it ("Cllr A moved ... Cllr B seconded. Motion carried.")."""
    if not mentions_a_decision(text):
        return ""
    picked: list[str] = []
    motion_at: int | None = None
    sentences = split_sentences(text)
    for position, sentence in enumerate(sentences):
        if not mentions_a_decision(sentence):
            continue
        if motion_at is None and is_motion(sentence):
            motion_at = position
        labelled = LABEL_BEFORE_SENTENCE.match(sentence)  # "Decision The Committee noted ..."
        if labelled or records_decision(sentence, moved=motion_at is not None):
            picked += sentences[position if motion_at is None else motion_at : position + 1]
            motion_at = None
    return " ".join(picked)


def split_sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?])(?<!:\s\d\.)\s+(?=[A-Z(])", text)  # not "Council: 1. Confirms"


@text_cache
def mentions_a_decision(text: str) -> bool:
    return has_any(text.lower(), DECISION_WORDS)


@dataclass(frozen=True)
class DecisionTerms:
    """The learned weights of words and word pairs, and the probability above which an
    item's words say it decided something. The common words are the single-word terms."""

    weights: dict[str, float]
    bias: float
    threshold: float

    @classmethod
    def load(cls, path: Path = TERMS_FILE) -> DecisionTerms:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(data["weights"], data["bias"], data["threshold"])

    def terms(self, text: str) -> set[str]:
        """The words and adjacent pairs of a text, each uncommon word read as NAME."""
        words = [w.lower() for w in WORD.findall(text)]
        words = [w if w in self.weights else NAME for w in words]
        return {*words, *(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))}

    def probability(self, text: str) -> float:
        score = self.bias + sum(self.weights.get(term, 0.0) for term in self.terms(text))
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, score))))

    def evidence(self, text: str) -> float:
        """How strongly a sentence's own words speak for a decision: which one to quote."""
        return sum(max(0.0, self.weights.get(term, 0.0)) for term in self.terms(text))


@lru_cache(maxsize=1)
def decision_terms() -> DecisionTerms:
    return DecisionTerms.load()


def evident_decision(title: str, paragraphs: list[str], terms: DecisionTerms | None = None) -> str:
    """The sentence that most says an item decided something, when its words as a whole
    do ("Moved by | Trustee Bee Seconded by: Trustee Cole That the agenda be adopted")
    though no pattern matched; "" when they do not."""
    text = "\n".join([title, *paragraphs])
    if not mentions_a_decision(text):  # the words "agreed", "seconded", ... weigh most
        return ""
    terms = terms or decision_terms()
    if terms.probability(text) < terms.threshold:
        return ""
    sentences = [s for text in paragraphs for s in split_sentences(text) if s.strip()]
    return max(sentences or [title], key=terms.evidence)
