"""Item numbers as councils print them, and which of them can follow which.

A number is read as a token ("5", "112/23", "AM119", "(139)", "21.44", "2211_[1]",
"II") and each token is given every reading of the form (style, running number):
"AM119" is AM-1-19 or AM-119, "21.44" is 21.44 or 21-.44. Two headings follow each
other when they share a style and the running number goes up by one to three; the
segmenter keeps the longest such chain, so the right reading wins by itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# "Item 3", "Minute No. 4", and a kind of item ("Agenda Item 3", "Headed Item 2", "Action
# Item 5": a word with a capital before "Item", not a preposition: "Regarding Item 6.J, ...").
NOT_A_KIND = (
    r"(?:regarding|re|under|see|per|on|in|at|to|from|for|about|with|of|and|the|this|that|each|"
    r"every|any|an?|refer)\s"
)
NAMED_NUMBERS = ("item", "minute", "min", "motion", "article")  # "Article 2", "Minute No. 4"
# ... whose number follows "No." or "#": "ORDER OF BUSINESS NO. 3", "Report No. 1.2", "Agenda
# No. 16.1"
NUMBERED_ORDERS = ("order of business", "order", "resolution", "report", "agenda")
NUMBER_WORD = (
    # ... the word set apart from its number, or glued to a figure ("Item5"), never to a
    # letter ("Minutes." is no minute "s")
    rf"(?:(?:(?!{NOT_A_KIND})(?-i:[A-Z][a-z]+|[A-Z]+)\s+item|{'|'.join(NAMED_NUMBERS)})"
    r"(?:\.?\s+|\.|:\s*(?=\d)|(?=[\d#(\-\u2013]))"  # "Item: 117 Apologies": a column's
    r"(?:no\.?|number|[-\u2013](?=\s*\d))?"  # label before the first row's number
    rf"|(?:{'|'.join(NUMBERED_ORDERS)})\s+(?:no\.?|(?=#))"  # "ORDER NO. 3", "RESOLUTION #91"
    r"|section(?=\s+\d{1,2}\s*:)"  # "SECTION 2: APOLOGIES" (not "Section 106 Agreement")
    r"|no\.(?=\s?\d{1,3}\.?\s+[A-Z])"  # "No. 1 Apologies": the word alone, with its stop
    r"|agenda(?=\s+\d{1,2}\s*(?::|$)))\s*"  # "Agenda 01 :" or "Agenda 3" alone over its text
)
TOKEN = (
    # 19-20/FRA/15, GBP/2122/214, "GBP/2122/ 216": compound minute references
    r"(?:\d{2}-\d{2}|[A-Z]{1,5}\d{0,3})/(?:[A-Z]{1,5}|\d{2,4})/\s?\d{1,4}(?:-\d{2}(?=\s))?"
    r"(?:(?![\w/])|(?=[A-Z][a-z]))"  # Cou/285/07-08: minute 285 of the year 2007-08
    # P-164, CC/2/22, 1/20/BC: a body's letters and numbers, any of which may run (not
    # "F-1", a section's point or an exhibit, as often as a minute)
    # FG/23/6/1, F01:04/24: or four parts, or a part of letters and numbers before a colon;
    # E/09.20/01: a month and year in the middle
    # (nor "1-CALL TO ORDER": a number, a dash and the title's first word)
    # 01/20/F&R: a committee's initials joined by "&"; M21/02#22: minute 22 after a "#"
    r"|(?-i:(?![A-Z]{1,4}-\d(?![\d/-]))(?!\d{1,4}-[A-Z]{3})(?=[A-Z\d/:&#-]*[A-Z])(?=[A-Z\d/:&#-]*\d)"
    r"(?:[A-Z]{1,4}\d{0,4}|\d{1,4})(?:(?:[/-]|[:#](?=\d))(?:[A-Z]{1,4}(?:&[A-Z]{1,3})?|\d{1,2}\.\d{2}(?=/)|\d{1,4})){1,3})"
    r"(?![\w/-]|:\d)"  # "MIN01/03/12/2020: TITLE": its colon the delimiter
    # 06/21:01: the year and meeting, then after a colon the item (a time or a date has no
    # slash before a colon)
    r"|\d{2}/\d{1,3}:\d{1,3}(?![\w/:.])"
    r"|\d{1,3}\.\d{1,2}/\d{2}[A-Z]?(?![\w/])"  # 1.3/23E: item 1 of meeting 3 of 2023
    r"|[A-Z]{0,4}\d{2,4}/\d{2,4}\.\d{1,4}(?![\w/.])"  # T11/12.26: minute 26 of the year 2011/12
    # 017-03-014: meeting 03 of 2017, motion 14 (but 1994-06-14 and 09-07-2000 are dates)
    r"|(?!(?:19|20)\d\d-[01]\d-[0-3]\d\b|[0-3]?\d-[0-3]?\d-(?:19|20)\d\d\b)"  # not a date
    r"\d{2,4}-\d{2}-\d{1,4}(?![\w/-])"  # 05-01-3: of 2005, meeting 01, minute 3
    r"|(?:19|20)\d\d-\d{1,2}-\d{1,3}(?=\s*$)"  # 2020-7-1 alone: the year's meeting 7, resolution 1
    r"|\d{2}/\d{2}/\d{2}(?![\w/-])"  # 01/25/01: meeting 25, minute 1 (not "06/07/10-Approved")
    r"|\d{3,4}/\d{1,3}/\d{2}(?![\w/-])"  # 325/32/11: minute 325 of meeting 32 of 2011 (no date)
    r"|[A-Z]{2,4}\s\d{2}/\d{2}/\d{2}(?![\w/])"  # SPC 03/05/19: the body's item 3 of May 2019
    r"|[A-Z]{1,4}(?:\.\d{1,4}){2,3}(?![\w/.])"  # C.23.38: council C, of 2023, minute 38
    r"|[A-Z]{1,4}\.\d{2,5}(?![\w/.])"  # B.1260: the board's running minute number
    r"|[A-Z]{1,4}\.\d{2}-\d{1,4}(?![\w/.-])"  # S.99-211: the senate's minute 211 of 1999
    # CM.056/24: the council's report 56 of 2024; "C. 87/10": its minute 87 of 2010
    r"|[A-Z]{1,4}\.\s?\d{2,4}/\d{2,4}(?![\w/])"
    r"|(?:19|20)\d\d\.\s?[A-Z]{1,3}\d{1,3}\.\d{1,3}(?![\w/])"  # 2011. M8.1: of 2011, meeting 8
    r"|\(\d{1,4}\)"  # (139)
    r"|\(\d{2}-\d{2,3}\)(?=\s+[A-Z])"  # "(19-20) APPROVAL ...": the year's 20th, in brackets
    r"|\(#\d{1,5}\)(?=\s+[-\u2013\u2014]\s)"  # "(#773) – CONDUIT ...": a docket's number
    r"|\((?![ivx]\))[A-Z]\)(?=\s|$)"  # (a), (B): items lettered in brackets; (i) is a point
    r"|(?-i:\(?[ivx]{1,5}\))(?=\s|[A-Z])"  # (iv), ii): small roman numerals in brackets
    r"|(?-i:\([IVX]{1,5}\))(?=\s|[A-Z])"  # (IV), "(II)PUBLIC COMMENT": capital ones
    r"|\d{1,3}\.?\s*(?:&|and)\s*\d{1,3}(?=[.)]?\s)"  # 1. & 2. (two items taken together)
    r"|\d{1,2}-[A-Z](?=\s)"  # 8-A, 8-C: the letters of agenda section 8
    r"|\d{1,3}-\d{2,4}/\d{1,4}(?![\w/])"  # 1-0607/8: item 1 of the year 2007/8
    r"|(?:19|20)?\d\d/\d\d-\d{1,4}(?![\w/-])"  # 18/19-84: minute 84 of the year 2018/19
    r"|\d{1,4}-\d{2}(?=\s*$)"  # "Motion 84-09" alone: motion 84 of 2009
    r"|\d{2,4}-\d{2}(?=\s+[A-Z][a-z])"  # "53-10 Record of Attendance": of the 53rd meeting
    r"|\d{1,3}-(?:19|20)\d\d(?=\s+[-\u2013\u2014]\s+[A-Z])"  # "2-2021 - Apologies": of 2021
    r"|(?!(?:19|20)\d\d-)\d{2,4}-\d{1,2}(?=\.(?:\s+|(?-i:[A-Z])))"  # "304-1.To ...": meeting 304's
    r"|\d{2}/\d{2}:\d{1,2}(?=\s+[A-Z])"  # "08/15:01 APOLOGIES": meeting 08/15, item 1
    r"|\d{2}-\d{3}(?=\s+[A-Z])"  # "21-045 Budget": the year's minute 45
    r"|\[\d{1,3}\](?=\.?\s|\.\d)"  # "[3] Budget": a number in square brackets
    r"|[A-Z]{1,4}\d{1,6}(?:/\d{2,4})?(?![\w/])"  # AM119, P031/22, MM21/03, GC041401
    r"|[A-Z]{1,2}\d{1,2}(?=[A-Z][a-z]{2,})"  # A1Declarations: glued by a PDF's text
    r"|[A-Z]{2,5}\(\d{2}\)\d{1,3}(?![\w/])"  # UPB(15)16: the body's minute 16 of 2015
    r"|[A-Z]{2,4}\s\d{1,3}(?=[.)]?\s)"  # PAR 1
    # PCP 4/12, C 08/042, hpc 004/14: the panel's minute 4 of 2012 (not "for 2021/22")
    r"|(?!(?:for|of|to|in|on|at|by|per|and|the)\s)[A-Z]{1,4}\s\d{1,4}/\d{2,4}(?![\w/])"
    r"|[A-Z](?:\s|\.)\d{1,2}(?=\.?\s)"  # A 1. or A.5: item 1 of the agenda's part A
    r"|[A-Z]{1,3}/\d{1,4}(?![\w/])"  # C/152
    r"|\d{4}_\[\d{1,3}\]"  # 2211_[1]
    r"|\d{4}-\d{2}_\d{1,3}"  # 2022-02_1
    # 1.0, 4.1.2, 3.23-, 4.01), 15.125 (minute 125 of 2015)
    r"|\d{1,4}(?:\.\d{1,2}){1,2}(?=[.:)]?(?:\s|$)|[-\u2013\u2014]|\.[A-Z][a-z])"
    r"|\d{2}\.\d{3}(?=\s+[A-Z]|\.[A-Z][a-z])"  # 21.105 Apologies, 21.105.Apologies
    r"|\d{1,3}\.(?:\d{2}|0)(?=[A-Z][a-z])"  # 4.00Business, 1.0Minutes: glued by a PDF's text
    r"|\d{6}\.\d{2,3}"  # 140617.01: item 1 of the meeting of 17 June 2014
    r"|\d{1,4}[a-z]/\d{2,4}(?![\w/])"  # 41a/19: minute 41, part a
    r"|\d{1,3}[a-h](?=[.)]?(?:\s|$))"  # 1a, 1b: the points of item 1 (as 1.1, 1.2)
    r"|(?-i:\d{1,3}\.[a-h](?:\.[ivx]{1,4})?)(?=[.)]?(?:\s|$))"  # 1.a, 1.a.ii: with stops
    r"|\d{2}/\d{2}\.\d{1,2}(?:\.\d{1,2})?(?=[.:)]?\s)"  # 08/15.1.2: the meeting's, then 1.2
    r"|0*\d{1,4}/\d{2,4}(?![\w/])"  # 112/23, 00583/15 (zeros to a width)
    r"|\d{1,4}\s/\d{2}(?=\s+[A-Z])"  # "75 /16 Apologies": a stray space before the slash
    r"|\d{2}/\s\d{2,4}(?=\s+[A-Z])"  # "13/ 222 Apologies": ... or after it
    r"|\d{2}/\d{1,2}/\d{1,3}(?=\s+[A-Z])"  # 20/2/1 Apologies: the meeting of February 2020's 1st
    r"|\d{1,4}/\d{2}[A-Z](?=\s+[A-Z])"  # 161/10C CHIEF ...: minute 161 of 2010, the council's
    r"|(?:19|20)?\d\d/\d(?=\)?\s+[A-Z])"  # 21/1, 2021/1, "2019/2)": minute 2 of the year
    r"|\d{1,3}/\d{1,3}(?=\.\s+[A-Z])"  # "1/2. Welcome/Apologies": items 1 and 2 together
    r"|\d{1,4}/\d{2,3}(?=[A-Z][A-Za-z])"  # 423/17PRESENT, 17/104Apologies: the title glued on
    r"|\d{4}/\d(?=[A-Z][a-z])"  # 1706/1Apologies: item 1 of the meeting of June 2017, glued
    r"|(?:19|20)\d\d/\d{1,2}/\d{1,2}(?=[A-Z][a-z])"  # 2016/12/1Apologies: of December 2016
    r"|[A-Z]{1,4}\d{1,4}/\d{2,3}(?=[A-Z][A-Za-z])"  # A23/024COMMITTEE FEES: the same
    r"|\d{1,3}(?=/\s+[A-Z])"  # 1/ Welcome and Apologies
    r"|\d{1,4}(?![\d/]|,(?!\s+[A-Z][a-z])|:\d)"  # 5, and "5, Apologies" but not 5,000
    # 14365 POLICE MATTERS, 12931. Budget: a long-lived body's minute count
    r"|\d{5}(?=\s+[A-Z][A-Z'\u2019]+\b|\.\s+[A-Z])"
    r"|[IVXL]{1,6}(?=\.(?![A-Za-z\d]\.)|\)\s)"  # II. or II), not "V.A." (a point of V)
    r"|[IVX]{1,5}(?=\s+[A-Z]{3,}\b)"  # "II APPROVAL OF AGENDA": roman before capitals
    r"|[IVX]{1,5}(?=\s+[-\u2013\u2014]\s?[A-Z])"  # "ITEM II \u2013 Minutes": before a dash
    r"|I(?=\s*$)"  # "I" alone above its title, in an outline of "II.", "III."
    r"|[A-Z](?=[.)](?:\s|$))"  # B. or B) before its title, or alone above it
)
# A heading line: number (with "Item"/"Minute No." before it), a delimiter, the title.
NUMBERED_LINE = re.compile(
    # "ABC DEF MIN01/04/05/2021: TITLE": the body's initials before its minute reference
    r"^(?:(?-i:[A-Z]{2,6}\s+){1,2}(?=(?-i:[A-Z]{1,4}\d{0,4}(?:/[A-Z\d]{1,4}){2,3}:\s)))?"
    rf"(?P<word>{NUMBER_WORD})?(?P<sign>#|\u00a7\s?)?(?P<token>{TOKEN})"  # "#2", "§ 2": no part
    r"(?(word)(?:\s+on\s+the\s+agenda(?=\s*[:.\u2013-]))?)"  # "Item 2 on the Agenda:"
    # "ITEM 4 (261) Minutes": the agenda's number, then the running minute's in brackets
    r"(?:(?<=\d)\.?\s\((?:\d{1,5}|\d{1,4}/\d{2,4})\)(?=\s+[A-Z]))?"
    r"(?P<delim>\.\s:(?=\s)|\.[-\u2013)]?|\s?[)\]]\.?|:-?|/|,(?=\s)|\s+[-\u2013\u2014:]|[-\u2013\u2014](?=\s*[A-Z])"
    r"|\s\.(?=[A-Z]|\s+[A-Z]))?"  # "2 .DECLARATIONS", "210 . APOLOGIES": the stop set apart
    # "176/16 / Planning Matters", "1. / Welcome": a table's cell mark between them
    r"(?:\s+(?:/\s+)?(?P<title>\S.*)|(?:(?<=[.):\-\u2013\u2014])|(?<=[./]\d\d)|(?<=/\d\d\d)|(?<=\d\d\d\d/\d)|(?<=^[A-Z]\d)|(?<=^[A-Z]{2}\d)"
    r"|(?<=^[A-Z]\d\d)|(?<=^[A-Z]{2}\d\d)"
    # "2016/12/1Apologies": a minute of December 2016's meeting, glued
    r"|(?<=\d{4}/\d\d/\d)|(?<=\d{4}/\d\d/\d\d)|(?<=\d{4}/\d/\d)|(?<=\d{4}/\d/\d\d)"
    # "1Appointment of Chairman": a table's number cell glued to its title cell
    r"|(?<=^\d)(?=(?-i:[A-Z][a-z]{2}))|(?<=^\d\d)(?=(?-i:[A-Z][a-z]{2}))"
    # "1.0Minutes": a heading's number, its points' "1.1Approved" being read as text
    r"|(?<=^\d\.0)(?=(?-i:[A-Z][a-z]{2}))|(?<=^\d\d\.0)(?=(?-i:[A-Z][a-z]{2}))"
    # ... or to a title in capitals: "1PUBLIC QUESTION TIME", "12DECLARATIONS"
    r"|(?<=^\d)(?=(?-i:[A-Z]{4}))|(?<=^\d\d)(?=(?-i:[A-Z]{4})))(?P<glued>(?:[A-Z]|(?<=\]\.)\d).*))?$",
    re.IGNORECASE,
)
# A minute number printed after the title: "APOLOGIES FOR ABSENCE LIC052/19".
TRAILING_NUMBER = re.compile(r"^(?P<title>[A-Z].*?)\s+(?P<token>[A-Z]{2,4}\d{2,4}/\d{2,4})$")
# ... or between a title in capitals and its minute: "APOLOGIES FOR ABSENCE 5215 Cllr Bee ...",
# "CALL TO ORDER 1. Mayor Bee called ...", "APPROVAL OF AGENDA (with Late Items) 1A. THAT ..."
CAPITALS_THEN_NUMBER = re.compile(
    r"^(?P<title>(?:[A-Z][A-Z'\u2019&/()-]*\s+){0,9}[A-Z][A-Z'\u2019&/()-]+"
    r"(?:\s+\([^()]{1,60}\))?)"
    r"\s+(?P<token>\d{1,5}[A-Z]?)\.?\s+(?P<rest>[A-Z].*)$"
)
# ... or in brackets, named: "Ngā whakapāha/Apologies (Item 1.0)".
TRAILING_ITEM = re.compile(
    r"^(?P<title>[A-Z].*?)\s+\((?:agenda\s+)?item\s+(?P<token>\d{1,3}(?:\.\d{1,2}){0,2})\)$",
    re.IGNORECASE,
)
MAX_STEP = 8  # numbers a run may skip, less one: "3" then "9" when items 4 to 8 had no business
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


@dataclass(frozen=True)
class Reading:
    """One way to read a number: the parts that stay the same, and the part that runs."""

    style: tuple[str, str, str]  # (kind, prefix, suffix)
    running: int


SCANNED_ROMAN = re.compile(r"111|(?=[1Il]*[Il])[1Il]{1,3}")  # not "1", "11": numbers too


def readings(token: str, word: str = "") -> list[Reading]:
    """Every (style, running number) a printed number could be. "Item 1." may also be
    the plain "1." of a list whose first entry alone names its kind ("No. Item 1. Election
    of Mayor ... 2. Appointment of Deputy Mayor ...")."""
    return list(all_readings(token, word))


@lru_cache(maxsize=1 << 12)
def all_readings(token: str, word: str) -> tuple[Reading, ...]:
    """`readings`, remembered: the same numbers are read again in every reading tried."""
    found = word_readings(token, word)
    if word and word.strip().lower().startswith("item"):
        found += [r for r in word_readings(token) if r not in found]
    if token == "(l)":  # a scan's "l" for "1", where "(2)", "(3)" follow
        found += word_readings("(1)", word)
    if SCANNED_ROMAN.fullmatch(token):  # a scan's "1." for "I.", "Il." for "II.", "111." for "III."
        found += [r for r in word_readings("I" * len(token)) if r not in found]
    return tuple(found)


def word_readings(token: str, word: str = "") -> list[Reading]:
    """The readings of a number, with `word` ("Item", "Minute No.") part of its style."""
    kind = re.sub(r"\W+", " ", word.lower()).strip().split(" ")[0] if word else ""
    token = re.sub(r"(?<=^[A-Za-z]\.)\s(?=\d)", "", token.strip())  # "C. 87/10" as "C.87/10"
    if re.fullmatch(r"[IVXL]+|[ivxl]+", token):
        value = roman_value(token)
        found = [Reading(("roman", "", ""), value)] if value else []
        letter = len(token) == 1 and token.isupper()
        return found + ([Reading(("letter", "", ""), ord(token) - 64)] if letter else [])
    if re.fullmatch(r"[A-Z]", token):
        return [Reading(("letter", "", ""), ord(token) - 64)]
    if meeting := re.fullmatch(r"(\d{2}/\d{2}\.)(\d+(?:\.\d+)*)", token):  # 08/15.1.2
        return [
            Reading((r.style[0], meeting[1] + r.style[1], r.style[2]), r.running)
            for r in word_readings(meeting[2], word)
        ]
    if bracketed := re.fullmatch(r"\((\d{2}-\d{2,3})\)", token):  # "(19-20)" as "19-20"
        return word_readings(bracketed[1], word)
    if bracketed := re.fullmatch(r"\(([A-Za-z])\)", token):  # "(a)": a letter in brackets
        return word_readings(bracketed[1], word)
    if bracketed := re.fullmatch(r"\(?([ivx]+|[IVX]+)\)", token):  # "(iv)", "ii)", "(IV)"
        return word_readings(bracketed[1], word)
    if re.fullmatch(r"[a-z]", token):  # "a. Rebrand Consultation": items lettered in lower case
        return [Reading(("small letter", "", ""), ord(token) - 96)]
    if match := re.fullmatch(r"(\d+)([a-z])(/\d+)", token):
        return [Reading((kind, match[1], match[3]), ord(match[2]) - 96)]
    if match := re.fullmatch(r"(\d+)\.?([a-h])", token, re.IGNORECASE):  # 1a, 1.a: point a
        return [Reading((kind, f"{match[1]}.", ""), ord(match[2].lower()) - 96)]
    if match := re.fullmatch(r"(\d+\.[a-h]\.)([ivx]+)", token, re.IGNORECASE):  # 1.a.ii
        return [Reading((kind, match[1].lower(), ""), roman_value(match[2].upper()) or 0)]
    if match := re.fullmatch(r"(\d{1,3})-((?:19|20)\d\d)", token):  # 2-2021: minute 2 of 2021
        return [Reading((kind, "", f"-{match[2]}"), int(match[1]))]
    if match := re.fullmatch(r"(\d+)-(\d{2})", token):  # 84-09: motion 84 of 2009, or
        return [  # 53-10: item 10 of the 53rd meeting
            Reading((kind, "", f"-{match[2]}"), int(match[1])),
            Reading((kind, f"{match[1]}-", ""), int(match[2])),
        ]
    if match := re.fullmatch(r"(\d{3,4})(/\d{1,3}/\d{2})", token):  # 325/32/11: minute 325
        found = [Reading((kind, "", match[2]), int(match[1]))]
        if re.fullmatch(r"(?:19|20)\d\d/(?:0?[1-9]|1[0-2])/\d\d", token):  # 2016/12/10: of a month
            found.append(Reading((kind, token[: token.rindex("/") + 1], ""), int(token[-2:])))
        return found
    if match := re.fullmatch(r"(\d{1,2})(/(\d{1,2})/\d{2})", token):
        last_runs = Reading((kind, f"{match[1]}/{match[3]}/", ""), int(token[-2:]))  # 19/20/15
        if 1 <= int(match[3]) <= 12:  # 04/11/20: item 4 of the meeting of November 2020
            return [Reading((kind, "", match[2]), int(match[1])), last_runs]
        return [last_runs]
    if match := re.fullmatch(r"(\d+/\d+-)(\d+)", token):  # 18/19-84: the year's minute 84
        return [Reading((kind, match[1], ""), int(match[2]))]
    if match := re.fullmatch(r"(\d+)-(\d+)(/\d+)", token):
        found = [Reading((kind, "", f"-{match[2]}{match[3]}"), int(match[1]))]
        if int(match[1]) == int(match[2]):  # 3-03/24: item 3, minute 3 of the year 24
            found.append(Reading((kind, "", f"-#{match[3]}"), int(match[1])))
        return found
    if match := re.fullmatch(r"(\d{1,2}-)([A-Z])", token):
        return [Reading((kind, match[1], "letter"), ord(match[2]) - 64)]
    if COMPOUND.fullmatch(closed := closed_up(token)):  # "GBP/2122/ 216"
        return compound_readings(closed, kind)
    if match := re.fullmatch(r"([A-Z]{2,4}\s)(\d{2})(/\d{2}/)(\d{2})", token):
        return [  # SPC 03/05/19: item 3 of May 2019, or minute 19 of meeting 05
            Reading((kind, match[1], f"{match[3]}{match[4]}"), int(match[2])),
            Reading((kind, f"{match[1]}{match[2]}{match[3]}", ""), int(match[4])),
        ]
    if match := re.fullmatch(r"([A-Z]{1,5}/)(\d{1,4})(/\d{2,4}-\d{2})", token, re.IGNORECASE):
        return [Reading((kind, match[1].upper(), match[3]), int(match[2]))]  # Cou/285/07-08
    match = re.fullmatch(r"(\S+/)\s?(\d+)", token)
    if match and "/" in match[1][:-1]:  # 19-20/FRA/15: the last part runs
        return [Reading((kind, match[1].upper(), ""), int(match[2]))]
    if match := re.fullmatch(r"(\d+)\.?\s*(?:&|and)\s*(\d+)", token):
        return [Reading((kind, "", ""), int(match[2]))]
    if match := re.fullmatch(r"\((\d+)\)", token):
        return [Reading(("paren", "", ""), int(match[1]))]
    if match := re.fullmatch(r"(\d+)(/\d+[A-Z])", token):  # 161/10C: minute 161
        return [Reading((kind, "", match[2]), int(match[1]))]
    if match := re.fullmatch(r"(\d+)(\.\d+/\d+[A-Z]?)", token, re.IGNORECASE):
        return [Reading((kind, "", match[2].upper()), int(match[1]))]
    if match := re.fullmatch(r"(\d+)\.(\d+)(\.\d+)?", token):
        whole, part, deeper = match[1], match[2], match[3] or ""
        if deeper:
            found = [Reading((kind, f"{whole}.{part}.", ""), int(deeper[1:]))]
            if deeper == ".0":  # 34.1.0, 34.2.0: the meeting's items 1 and 2, as "1.0", "2.0"
                found.append(Reading((kind, f"{whole}.", ".0"), int(part)))
            # 4.3.22: minute 4 of March 2022; 1.06.0: item 1 of the June meeting
            if 1 <= int(part) <= 12 and (len(deeper) == 3 or len(part) == 2):
                found.append(Reading((kind, "", f".{part}{deeper}"), int(whole)))
            return found
        found = [Reading((kind, f"{whole}.", ""), int(part))]
        # 1.0, 2.0: items numbered with their sub-items; 1.23, 2.23: items of the year 2023
        # (16.08, 17.08: of the year 2008)
        if int(part) == 0 or len(part) == 2:
            found.append(Reading((kind, "", f".{part}"), int(whole)))
        return found
    if match := re.fullmatch(r"(\d+)\s?/(\d+)", token):
        first, second = match[1], match[2]
        found = [
            Reading((kind, "", f"/{second}"), int(first)),
            Reading((kind, f"{first}/", ""), int(second)),
        ]
        if int(second) == int(first) + 1:  # "Item 1/2. Welcome/Apologies": two items in one
            found.append(Reading((kind, "", ""), int(second)))
        return found
    if match := re.fullmatch(r"(\d+)", token):
        return [Reading((kind, "", ""), int(match[1]))]
    if match := re.fullmatch(r"([A-Z]+)\s?(\d+)(?:/(\d+))?", token, re.IGNORECASE):
        prefix, digits, year = match[1].upper(), match[2], match[3]
        if year:
            return [
                Reading((kind, prefix, f"/{year}"), int(digits)),
                Reading((kind, f"{prefix}{digits}/", ""), int(year)),
            ]
        found = [Reading((kind, prefix, ""), int(digits))]
        if len(digits) >= 3:  # AM119: item 1 of 2019
            found.append(Reading((kind, prefix, digits[-2:]), int(digits[:-2])))
        return found
    if match := re.fullmatch(r"([A-Z]+)[\s.](\d+)", token, re.IGNORECASE):
        # "A 1.", "A2", "A.5": one part's items, however the page spaced them
        return [Reading((kind, match[1].upper(), ""), int(match[2]))]
    if match := re.fullmatch(r"(.*?)(\d+)(\D*)", token):
        return [Reading((kind, match[1], match[3]), int(match[2]))]
    return []


# A reference of letters and numbers joined by "/", "-" or ".", with both: "P-164",
# "CC/2/22", "CMD.14.20".
COMPOUND = re.compile(r"(?=.*[A-Z])(?=.*\d)(?:[A-Z]+\d*|\d+)(?:[/.:-](?:[A-Z]+(?:&[A-Z]+)?|\d+))+")


def compound_readings(token: str, kind: str) -> list[Reading]:
    """One reading for each of a reference's numbers, the rest its style: "CC/2/22" is
    item 2 of the committee's 2022, "1/20/BC" item 1 of its 2020, "M/140/2006" minute
    140 of 2006, "P-164" minute 164. A separator after the letters is no part of the
    style ("CC1/22" is "CC/1/22")."""
    parts = re.split(r"(\d+)", token)
    found = []
    for at, part in enumerate(parts):
        if part.isdigit():
            prefix = re.sub(r"(?<=[A-Z])[/.-]$", "", "".join(parts[:at]))
            found.append(Reading((kind, prefix, "".join(parts[at + 1 :])), int(part)))
    return found


def closed_up(token: str) -> str:
    """A reference without the stray space a page left by a slash ("GBP/2122/ 216")."""
    return re.sub(r"(?<=/)\s+|\s+(?=/)", "", token)  # ... or before it ("75 /16")


def roman_value(token: str) -> int | None:
    total, previous = 0, 0
    for char in reversed(token.upper()):
        value = ROMAN[char]
        total += -value if value < previous else value
        previous = max(previous, value)
    return total if 0 < total <= 60 else None


def printed_number(token: str) -> str:
    """The number as the minutes print it, tidied: "(139)" -> "139", "1. & 2." -> "1 & 2"."""
    token = closed_up(re.sub(r"\s+", " ", token.strip()))  # "GBP/2122/ 216"
    if re.fullmatch(r"\(\d+\)|\(?[ivx]+\)", token):  # "(139)", "(iv)", "ii)"
        return token.strip("()")
    return re.sub(r"(?<=\d)\.?\s*(&|and)\s*(?=\d)", r" \1 ", token).strip()


def next_numbers(reading: Reading) -> list[tuple[tuple[tuple[str, str, str], int], int]]:
    """The readings of the same style that may come next (the next one to MAX_STEP), each
    with how many numbers it skips."""
    return [((reading.style, reading.running + step), step - 1) for step in range(1, MAX_STEP + 1)]


def outline_parent(reading: Reading) -> int | None:
    """The item a point of an outline belongs to: 4 for "4.2"; None for other readings."""
    parent = re.fullmatch(r"(\d{1,2})\.", reading.style[1])
    return int(parent[1]) if parent and not reading.style[2] else None
