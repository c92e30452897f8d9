"""Minutes typed in capitals throughout: capitals mark no heading there, and a line of
them may be running text. Such a text is read as it would have been printed in mixed case
(short lines and the labels opening a line in title case, the rest in sentence case), and
what was read takes the printed letters back, so a reader sees the minutes as printed."""

from __future__ import annotations

import re
from dataclasses import replace

from search_app.parse.candidates import Segments
from search_app.parse.lines import Line
from search_app.parse.roles import TITLE_CONNECTIVES


def is_all_capitals(lines: list[Line]) -> bool:
    """A typescript or a scan in capitals throughout: capitals mark no heading there, and
    a line of capitals may be running text."""
    sample = "\n".join(line.text for line in lines)[:CAPITALS_SAMPLE]
    capitals, small = len(CAPITAL.findall(sample)), len(SMALL_LETTER.findall(sample))
    letters = capitals + small
    return letters >= MIN_CAPITALS_LETTERS and capitals >= ALL_CAPITALS_SHARE * letters


MIN_CAPITALS_LETTERS = 400
ALL_CAPITALS_SHARE = 0.9
CAPITALS_SAMPLE = 5_000  # characters from the top: enough to tell, cheap on a long text
CAPITAL, SMALL_LETTER = re.compile(r"[A-Z]"), re.compile(r"[a-z]")


def in_printed_case(lines: list[Line]) -> list[Line]:
    """Each line as the minutes would print it had they not been typed in capitals: a short
    line that ends no sentence in title case ("Treasurers Report:", "Councillor Ann Bee"),
    any other in sentence case (known business, numbers and the shape of a line then tell
    a heading from its text)."""
    return [replace(line, text=printed_case(line.text)) for line in lines]


def printed_case(text: str) -> str:
    """A line in capitals as it would be printed (see in_printed_case); an outline's Roman
    numeral before it stays in capitals ("IV. Consent Agenda"), and so does a word with a
    figure in it: a reference ("FC49/08/9", "C/152"), or one glued to its title
    ("429/17SUBMITTED", as a text in mixed case prints "429/17Submitted")."""
    mixed = ROMAN_MARK.sub(lambda match: match[0].upper(), in_mixed_case(text))
    return WORD_WITH_A_FIGURE.sub(lambda match: match[0].upper(), mixed)


def in_mixed_case(text: str) -> str:
    """Title case for a short line and for the labels before a colon or dash that open a
    long one ("CALL TO ORDER – ...", "PUBLIC COMMENT – VOTING ITEMS ONLY – ..."), a few at
    most; sentence case for the rest."""
    labels = ""
    for _ in range(MAX_LABELS_IN_CASE):
        if reads_as_a_title(text):
            break
        label = LABEL_FIRST.match(text)
        if not label or len(label[1].split()) > MAX_TITLE_CASE_WORDS:
            break
        labels, text = labels + in_title_case(label[0]), text[label.end() :]
    return labels + (in_title_case(text) if reads_as_a_title(text) else in_sentence_case(text))


def reads_as_a_title(text: str) -> bool:
    """A short line that ends no sentence."""
    return len(text.split()) <= MAX_TITLE_CASE_WORDS and not text.rstrip().endswith((".", ",", ";"))


def in_sentence_case(text: str) -> str:
    text = SENTENCE_START.sub(lambda match: match[0][:-1] + match[0][-1].upper(), text.lower())
    return FIRST_WORD.sub(lambda match: match[0].upper(), text)  # "Item 5 (262) Police ..."


def in_title_case(text: str) -> str:
    return TITLE_WORD.sub(title_word, text.lower())


def title_word(match: re.Match) -> str:
    word = match[0]
    return word if word in TITLE_CONNECTIVES and match.start() else word.capitalize()


MAX_TITLE_CASE_WORDS = 8
MAX_LABELS_IN_CASE = 3  # labels opening one line, read in title case, at most
LABEL_FIRST = re.compile(r"^([^:\u2013\u2014]{3,80}?)(?::|\s[-\u2013\u2014])\s+")  # "TITLE: text"
FIRST_WORD = re.compile(r"^[a-z](?=[a-z])")  # a word's, not a letter's ("a) ...")
# ... tried at a word's start only: at every letter of a long word it would be quadratic
WORD_WITH_A_FIGURE = re.compile(r"(?<!\S)(?=\S*\d)(?=\S*[a-z])\S+")
TITLE_WORD = re.compile(r"(?<![\w'\u2019])[a-z][a-z'\u2019]*")  # not "st" in "21st"
ROMAN_MARK = re.compile(r"^\W*[ivxl]{1,5}(?=[.)]\s)", re.IGNORECASE)
# A line's first letter, after its item's mark if any ("1) call to order", "(a) a bylaw",
# "2016/27declarations", "item 5 (262) police report"), and a sentence's, after its number
# if any
SENTENCE_START = re.compile(
    r"^(?:\W*(?:(?:item|minute|min\.?|no\.)\s+)?(?:\d+[.):\]]?|[a-z]{1,4}[.):\]])"
    r"(?:\s+\(\d+\))?\s+)?[^a-z]*[a-z]"
    r"|(?<=[.!?]\s)(?:[\w./()-]*\d[\w./()-]*\s+)?[a-z]"  # "... above. 2.3.22 to receive"
    r"|(?<=\d:)[a-z]"  # "Item 1:apologies for absence"
)


def in_the_printed_case(segments: Segments, lines: list[Line]) -> Segments:
    """The segments of a text read in another case, their words as printed again: each
    piece found in the printed text (in order, however spaced), its letters taken from
    there; a piece not found there (one the reading rewrote) stays as read."""
    printed = "\n".join(line.text for line in lines)
    lowered = printed.lower()
    cursor = 0

    def restored(text: str) -> str:
        nonlocal cursor
        if not text.strip():
            return text
        pattern = r"\s+".join(map(re.escape, text.lower().split()))
        found = re.compile(pattern).search(lowered, cursor) or re.search(pattern, lowered)
        if not found:
            return text
        cursor = found.end()
        words = iter(printed[found.start() : found.end()].split())
        return re.sub(r"\S+", lambda _: next(words), text)

    def each(texts: list[str]) -> list[str]:
        return [restored(text) for text in texts]

    preamble = each(segments.preamble)
    items = [
        replace(
            item,
            number=item.number.upper(),  # "(a)" was printed "(A)", as all else was
            title=restored(item.title),
            lines=each(item.lines),
            agenda=each(item.agenda),
            decision=each(item.decision),
        )
        for item in segments.items
    ]
    return replace(segments, preamble=preamble, items=items, closing=each(segments.closing))
