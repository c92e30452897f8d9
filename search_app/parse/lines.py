"""Clean lines: the common currency every format reader produces.

PDF extraction leaves page furniture (footers, running headers, page numbers)
in the middle of sentences and splits paragraphs into wrapped lines; these
functions undo that so the segmenter sees only the minutes' own text.
"""

from __future__ import annotations

import codecs
import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache, wraps
from typing import TypeVar

from search_app.errors import UnreadableDocument

# Entries kept by the caches of pure judgements of a line's text ("could this be a
# title?"): a document asks again of the same line in every reading it tries. Only short
# texts are kept: the lines a cache holds are shared by all of them, and come to 16,384
# lines of 400 characters (6.5 MB) at worst, a megabyte or two in practice.
TEXT_CACHE = 1 << 14
T = TypeVar("T")
MAX_CACHED_TEXT = 400  # characters of a judgement's text arguments, at most, to be kept


def text_cache(function: Callable[..., T]) -> Callable[..., T]:
    """`function`, a pure judgement of texts, remembered for short texts (a page run onto
    one line is judged afresh each time rather than kept)."""
    cached = lru_cache(maxsize=TEXT_CACHE)(function)

    @wraps(function)
    def judged(*args: object, **kwargs: object) -> T:
        if not kwargs and len(args) == 1:  # most judgements: of one text, asked often
            text = args[0]
            if type(text) is str and len(text) > MAX_CACHED_TEXT:
                return function(text)
            return cached(text)
        for value in (*args, *kwargs.values()):
            if isinstance(value, str) and len(value) > MAX_CACHED_TEXT:
                return function(*args, **kwargs)
        return cached(*args, **kwargs)

    return judged


@dataclass
class Line:
    text: str
    # True when the reader knows from markup that this line is an item heading
    # (ModernGov's mgAiTitleTxt); text readers leave it to the segmenter.
    heading: bool = False
    page: int = 0  # from form feeds in PDF text; 0 throughout when pages are unknown
    number: str = ""  # the item number, for a heading the reader found in markup
    entry: bool = False  # a contents entry: dot leaders and a page number ended it
    linked: bool = False  # a link to a document ended it ("... Policies pdf icon PDF 167 KB")
    underlined: bool = False  # a rule ("-----", "=====") was printed under it
    indent: int = 0  # spaces before the printed text (a tab as four): a list's depth
    row_end: bool = False  # a blank line where a table's row ended (a "|" alone)


@dataclass
class SourceText:
    """What a format reader hands to the segmenter."""

    lines: list[Line]
    body_hint: str | None = None  # the council, when the format names it
    title_hint: str | None = None  # the document's own title (HTML <title>, PDF metadata)
    wrapped: bool = True  # lines are a page's wrapped lines (text, PDF), not whole paragraphs
    ocr: bool = False  # read from page images by OCR: expect recognition errors


# Private-use code points are what Word's Symbol/Wingdings bullets become.
BULLET_GLYPHS = "\u2022\u25aa\u25cf\u25e6\u2023\u2043\u00b7\u25a0\u25a1\u27a2\u2756\u2713"
INNER_BULLET = "\u2013 "  # a point under a bulleted title: a dash, not a bullet
MIN_BULLETS_OF_A_KIND = 2
LEADING_BULLET = re.compile(rf"^\s*(?:[\ue000-\uf8ff{BULLET_GLYPHS}]|[-*](?=\s))\s*")
# A heading set between the same marks: "-Continuation of the Meeting-", "**Finance**",
# "= Roads =".
MARKED_HEADING = re.compile(
    r"^\s*(?P<mark>[-*_=~\u2013\u2014]{1,3})\s*(?P<title>[A-Za-z][^-*_=~\u2013\u2014]{1,100}?)"
    r"\s*(?P=mark)\s*$"
)
# One pass of str.translate: ligatures spelled out, invisible characters dropped, and
# no-break spaces made plain.
LIGATURES = str.maketrans(
    {"\ufb01": "fi", "\ufb02": "fl", "\ufb00": "ff", "\ufb03": "ffi", "\u00a0": " "}
    | dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
)
OTHER_PRIVATE_USE = str.maketrans(dict.fromkeys(range(0xE000, 0xF900)))
PRIVATE_USE = re.compile("[\ue000-\uf8ff]")

PAGE_FURNITURE = [
    re.compile(r"^date of (?:issue|publication)\s*:?.*$", re.I),
    re.compile(r"^page\s*\|?\s*\d+(?:\s+of\s+\d+)?\.?$", re.I),  # "Page 12", "Page | 3"
    # A running header or footer with its page number: "CM 200707 Page 3 of 30", "Minutes
    # of the Annual Meeting Page | 2".
    re.compile(
        r"^(?:\S+\s+){1,8}(?:page\s+\d+\s+of\s+\d+|(?-i:Page|PAGE)\s*\|?\s*\d+)$"
        r"|^page\s+\d+\s+of\s+\d+\b.{1,60}$",
        re.I,
    ),
    re.compile(r"^-?\s*\d+\s*-$"),  # "- 3 -"
]
# A sum of money: "$ 33,383.85", "£310", "1,204.50" (pence or cents make a bare figure one).
AMOUNT = r"(?:[$£€]\s?\d[\d,]*(?:\.\d{2})?|\d[\d,]*\.\d{2})"
# ... within a line, where a bare "9.30" is as often a time: a currency sign or thousands
SUM_OF_MONEY = re.compile(r"[$£€]\s?\d|(?<![\w.,])\d{1,3}(?:,\d{3})+\.\d{2}(?!\d)")
PAGE_OF = re.compile(r"^(\d+)\s*/\s*(\d+)$")  # "3/7", but not minute "39/20"

PAGE_NUMBER = re.compile(r"^\d{1,3}$")
MAX_DATED_HEADER_WORDS = 6  # "February 6, 2023", "Council 12 May 2021": a header's date
MIN_PAGE_CHARACTERS = 800  # of text between two page counters ("3/7"), as a rule at least

# What committee systems and web pages wrap around the minutes: document links with
# their sizes ("pdf icon PDF 365 KB", CMIS's "pdf MINUTES (132Kb)"), "View directions",
# and lines that are only navigation or labels of the page itself.
INLINE_CHROME = [
    # ... and in Welsh, "pdf eicon PDF 281 KB"
    re.compile(r"\s*\bpdf e?icon\b(?:\s+(?:PDF|DOC|DOCX)\s+\d+(?:\.\d+)?\s*[KM]B\b)?", re.I),
    re.compile(r"\s+(?:PDF|DOCX?|XLSX?|MP3|MP4)\s+\d+(?:\.\d+)?\s*[KM]B$"),
    re.compile(r"\s*\(\d+(?:\.\d+)?\s*[KM]b\)", re.I),
    re.compile(r"(?<![\w-])(?:pdf|doc|docx)\s+(?=[A-Z])"),
    re.compile(r"\.?\s*\bView directions\b\.?", re.I),
    # a document viewer's trail, and the number its file name may start with ("2. DRAFT ...")
    re.compile(r"^(?:Loading\.{3}\s*)?HomeMy WebLinkAbout\s*(?:\d{1,3}[.)]\s+)?"),
    # a committee system's link list after a title, perhaps run on into its minute
    re.compile(r"\s+Additional documents:?(?=\s+Minutes:|$)"),
    re.compile(r"\s+Powered by\s+\w+$", re.I),  # a document-sharing site's name after a title
]
# Notices a web page carries around the minutes: cookies, webcasts, breadcrumbs, feedback.
# A motion's label and the name in the next cell, their space lost: "MovedDirector Bee".
GLUED_CREDIT = re.compile(r"^(Moved|Seconded|Proposed|Mover|Seconder)(?=[A-Z][a-z])")
MAX_CHROME_LINE = 400  # characters: a longer line is text, whatever it opens with
CHROME_NOTICE = re.compile(
    r"^(?:we use (?:essential )?cookies\b|this (?:site|website) uses cookies\b"
    r"|(?:accept|reject|allow|manage)\b.{0,40}\bcookies\b|cookie (?:settings|preferences|policy)\b"
    r"|this meeting (?:will be|is being|was|may be) (?:webcast|broadcast|live[- ]?streamed)\b"
    r"|watch (?:the )?(?:webcast|live stream|recording)\b|was this page (?:useful|helpful)\b"
    r"|decisions published\s*$)",  # a committee system's label over its list of decisions
    re.IGNORECASE,
)
# A site's path to the page ("Home > Assembly > Assembly Decisions 23 March 2010"): chrome,
# but a last step that dates a meeting is the page's own title, the document's heading.
BREADCRUMB = re.compile(r"^home\s*[>\u203a\u00bb]\s(?:.*[>\u203a\u00bb]\s*)?", re.IGNORECASE)
FLATTENED_LINE = 400  # characters: longer lines hold several paragraphs run together

# A line break a page's markup left in its text: the line breaks there. A paragraph's
# tags ("</p><p>") leave a blank line, the gap between two paragraphs.
LINE_BREAK_MARKUP = re.compile(r"<br\s*/?>", re.IGNORECASE)
PARAGRAPH_MARKUP = re.compile(r"</?p(?:\s[^<>]{0,200})?>", re.IGNORECASE)
# A label's colon in a cell of its own, between the label's cell and its value's, the
# cells parted by "|" lines or none: "Date" / "|" / ":" / "|" / "Tuesday, 9 May 2023".
COLON_ALONE = re.compile(r"^[ \t]*:[ \t]*$", re.MULTILINE)
# A page's formatting markup left in its text ("<strong>", "<br />"): dropped. Anything
# else that looks like markup (a link, a script) is kept as text, and escaped wherever shown.
MARKUP_DEBRIS = re.compile(r"</?(?:strong|b|i|em|u|br|p)\s*/?>", re.IGNORECASE)
# "Page 1: Council Meeting", "Agenda, decisions and minutes | Planning Committee - ...":
# what a viewer or a committee system's page title puts before the document's own.
PAGE_PREFIX = re.compile(
    r"^(?:page\s+\d+\s*:|agenda(?:, decisions)? and (?:minutes|decisions)\s*\|)\s*(?=\S)",
    re.IGNORECASE,
)
# Every piece of inline chrome has one of these in it: most lines skip the patterns.
DOCUMENT_LINK = re.compile(r"\b(?:PDF|DOCX?)\s+\d+(?:\.\d+)?\s*[KM]B\s*\|?$", re.IGNORECASE)
CHROME_HINTS = (
    "pdf", "doc", "kb", " mb", "mp3", "mp4", "xls", "view directions", "weblink", "documents:",
    "powered by",
)  # fmt: skip
CELL_MARK = re.compile(r"\s*\|$")  # a table cell flattened to "text |": a clue, then dropped
# A rule drawn in characters: "-----", "=====", "_____", "~~~~", "* * *".
RULE = re.compile(r"^\s*([-=_~*\u2013\u2014\u2500\u2550])(?:\s?\1){2,}\s*$")
# A table's rule between its header and its rows, as text: "---|---|", "| --- | :---: |".
TABLE_RULE = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?$")
MAX_UNDERLINED = 80  # characters: a heading's length; a rule under a longer line is a break
CHROME_LINE = re.compile(
    r"^(?:share this item|additional documents|supporting documents|background papers|"
    r"dogfennau ychwanegol|eitemau|rhif\.?\s+eitem|rhaglen a chofnodion|"  # the same in Welsh
    r"view the webcast|webcast: view the webcast|view directions|media|items|"
    r"(?:view|watch) (?:the )?(?:live )?(?:meetings? )?(?:webcast )?(?:live )?on youtube|"
    r"(?:note\s+)?no\.?\s+item|no\.?\s*\|\s*item(?:\s*\|.*)?|"
    r"item no\.?\s+item(?: under discussion)?|table of contents|"
    r"loading\.*|skip (?:to (?:the )?(?:main |primary )?(?:content|navigation|menu)|navigation)|"
    r"print this (?:page|document)|"
    r"continue reading|download|this table is used for column layout\.?|"
    r"view (?:the )?recorded votes? for this item|agenda(?:, decisions)? and minutes|"
    r"agenda and decisions|transcription|size:\s*px|start display at page|download\s+\".*\"|"
    r"total page:\s*\d+|file type:\s*\w+,\s*size:.*|upload|view|others|embed size \(px\)|"
    r"citation preview|document sample|home|no preview available|"
    r"(?:link:\s*)?link to (?:the )?live ?stream|"
    r"click here to (?:download|view|open|read)\b.*|"  # "Click here to download a .pdf of ..."
    # a document-sharing page's own lines: "Upload: others", "Post on 04-Feb-2022", "3 views"
    r"upload:\s*\S+|post on \d{1,2}-[a-z]{3}-\d{4}|\d+ views?|\d+ downloads?|category|"
    r"documents|transcript|"
    # ... and another's: "Date post: 25-Aug-2018", "View: 213 times", "Share this document ..."
    r"date post:\s*\S+|(?:view|download):\s*\d+ times|share this document with a friend|"
    r"\+ all categories|"
    # ... and an e-paper site's: "13.07.2015 Views", "SHOW MORE", "No tags were found..."
    r"\d{1,2}\.\d{1,2}\.\d{4} views|show (?:more|less)|no tags were found\.*|"
    r"create successful epaper yourself|turn your pdf publications into a flip-book\b.*|"
    # ... and a PDF's file title, as a viewer prints it: "Read Microsoft Word - Minutes.doc"
    r"(?:read\s+)?microsoft (?:word|excel|powerpoint) - .*\.docx?\b.*|"
    # ... and a records portal's viewer around the document: "Entry Properties", "Pages to
    # print", "View plain text", "Document management portal powered by ..."
    r"my weblink|sign out|sign in|log in|help|about|browse|search|metadata|thumbnails|"
    r"annotations|entry properties|last modified|"
    r"creation date|there are no annotations on this page\.?|show annotations|view images|"
    r"view plain text|pages to print|document management portal powered by .*|"
    r"laserfiche(?: weblink)?\.?|all rights reserved\.?|"  # the portal's name and copyright
    r"enter page numbers and/or page ranges .*|after downloading, print the document .*|"
    r"you are on page \d+\s*of\s*\d+|"  # a viewer's place in the document
    # ... and a council web site's own: its section, its language and accessibility links
    r"council and democracy|language selection|accessibility links)"
    r"\s*:?$",
    re.IGNORECASE,
)
# Text laid out in columns (an attendance table, a heading beside its text) keeps a
# wide gap between the columns when saved as text: three spaces or a tab.
COLUMN_GAP = re.compile(r"(?<=\S)(?:[ \u00a0]{3,}|\t+)(?=\S)")
LONE_NUMBER = re.compile(r"^\(?\d{1,3}[.)]?$")  # "12", "12.", "(12)" in a table's first column
LONE_ROMAN = re.compile(r"^[IVX]{1,5}\.?$")  # "II" or "IV." in a margin, the title beside it
BINARY_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


def decode_bytes(data: bytes, path: str, declared: str | None = None) -> str:
    """Decode minutes text whatever the encoding councils saved it in.

    A BOM (UTF-8, UTF-16) is exact; then the encoding the document declares, if the
    reader found one (an HTML page's <meta charset>); then UTF-8; anything else is read
    as Windows-1252, which is what Word on a council desktop writes.
    """
    if not data.strip():
        raise UnreadableDocument(path, "file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        if b"\x00" in data[:4096]:
            raise UnreadableDocument(path, "binary data, not text (NUL bytes found)")
        if declared and not data.startswith(codecs.BOM_UTF8):
            text = data.decode(declared, errors="replace")
        else:
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = data.decode("cp1252", errors="replace")
    sample = text[:8192]
    if len(BINARY_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise UnreadableDocument(path, "binary data, not text (control characters found)")
    if not text.strip():
        raise UnreadableDocument(path, "file is empty")
    return text


@text_cache
def normalise_line(raw: str) -> str:
    """One physical line with bullets made plain, a heading's marks around it dropped,
    invisible characters and chrome gone."""
    text = raw if raw.isascii() else raw.translate(LIGATURES)  # every ligature is beyond ASCII
    if marked := MARKED_HEADING.match(text):
        text = marked["title"]
    elif bullet := LEADING_BULLET.match(text):
        text = "- " + text[bullet.end() :]
    if not text.isascii() and PRIVATE_USE.search(text):
        text = text.translate(OTHER_PRIVATE_USE)
    if "<" in text:  # a page's markup left in its text: "Verbal Reports: <strong>Council</strong>"
        text = MARKUP_DEBRIS.sub(" ", text)
    text = PAGE_PREFIX.sub("", " ".join(text.split()))
    if len(text) > 2 and not text.strip("|"):  # "|||||": a row of empty cells ends a row
        return "|"
    text = DOUBLED_NUMBER.sub("", text)  # "1. 1. APOLOGIES": a page's list, and the number
    text = GLUED_CREDIT.sub(r"\1 ", text)  # "MovedDirector Campsall": a label's cell
    # A site's line is short: a long one that opens like one is a flattened page, all of
    # whose text would go with it ("No. | Item | Election of the Chair Minutes: ...").
    short = len(text) <= MAX_CHROME_LINE
    if short and CHROME_NOTICE.match(text):
        return ""
    if short and (path := BREADCRUMB.match(text)):
        text = text[path.end() :] if YEAR.search(text, path.end()) else ""
    lowered = text.lower()
    if any(hint in lowered for hint in CHROME_HINTS):
        for pattern in INLINE_CHROME:
            text = pattern.sub("", text).strip()
    chrome = short and CHROME_LINE.match(text.removeprefix("- "))
    return "" if chrome or text == "-" else text


def links_a_document(raw: str) -> bool:
    """A committee system's link to an item's report after its title: "PDF 167 KB"."""
    return "B" in raw and DOCUMENT_LINK.search(raw) is not None


def cell_text(text: str) -> str:
    """A line without the "|" that marked it as a table cell (the segmenter uses the mark)."""
    return CELL_MARK.sub("", text)


# A list's own number before the same number printed in its entry: "2. 2. INTERESTS"
DOUBLED_NUMBER = re.compile(r"^(\d{1,3}[.)])\s+(?=\1\s)")
MIN_LOST_SPACES = 3
LOST_SPACE_AFTER_STOP = re.compile(r"[.:;]\?+(?=\s|[A-Z])")
LOST_SPACE = re.compile(r"(?<=[.:;,\]])[ ?]*\?[ ?]*|(?<= )\?[ ?]*(?=[A-Z])")
MIN_SPACED_COMMAS = 5
SPACE_BEFORE_STOP = re.compile(r"[^\S\n]+([.,:;])(?=\s|$)")


YEAR = re.compile(r"\b(?:19|20)\d\d\b")
STAMP_WORDS = frozenset("draft unconfirmed confirmed approved unapproved".split())
HEADING_LINES = 8  # the lines of text at the top that hold a document's heading
MIN_HEADER_CHARACTERS = 20  # two lines repeated from the heading, together, at least
MIN_HEADING_LINES = 2  # a heading above the first sentence, its lines at least
MAX_HEADING_LINE_WORDS = 10  # a line of a document's heading, at most; more is running text


def split_lines(text: str, columns: bool = False) -> list[Line]:
    """Physical lines of a text, normalised; blank lines kept as paragraph gaps.

    With `columns`, a line laid out in columns becomes one line per column, and a
    left-hand heading that wraps beside its text is put back together.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lowered = text.lower()
    if "<br" in lowered:  # "... alternate. <br /> <br />C. Library ..."
        text = LINE_BREAK_MARKUP.sub("\n", text)
    if "<p" in lowered:  # "<p>Apologies.</p><p>Ann Bee, Cy Dee.</p>"
        text = PARAGRAPH_MARKUP.sub("\n\n", text)
    text = with_lost_spaces_restored(with_spaced_stops_closed(with_mojibake_spaces(text)))
    if "\n" in text:
        text = LOWERED_ORDINAL.sub(r"\1\2 ", text)
    text = with_colon_cells_joined(text)
    if ":" in text:
        text = GLUED_LABEL.sub("\n", text)
    lines = []
    outer = outer_bullet(text)
    for page, page_text in enumerate(text.split("\x0c")):
        raws = page_text.split("\n")
        for raw in unfold_columns(raws) if columns else raws:
            if RULE.match(raw):
                underline_last(lines)
                continue
            if DOCUMENTS_LABEL.match(raw):
                mark_row_title_linked(lines)
            spaced = raw.expandtabs(4)
            indent = len(spaced) - len(spaced.lstrip())
            if outer and (glyph := bullet_glyph(raw)) and glyph != outer:
                raw = INNER_BULLET + raw.lstrip()[1:].lstrip()
            lines.append(
                Line(normalise_line(raw), page=page, linked=links_a_document(raw), indent=indent)
            )
    return lines


def with_mojibake_spaces(text: str) -> str:
    """A no-break space saved by one program and read as another's character set: "Â " (UTF-8
    read as Latin-1) always; "†" (Mac Roman) when it runs in threes somewhere ("1.†††††
    PLEDGE ... CALL.† The"), as a tab's spaces do; one dagger alone is a footnote's mark."""
    if "\u00c2" in text:
        text = text.replace("\u00c2\u00a0", " ")
    if "\u2020\u2020\u2020" in text:
        text = text.replace("\u2020", " ")
    return text


MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
# A day's ordinal set as a superscript, which a PDF's text puts on the next line: "held on
# Monday 8" / "th December 2020" (or "8" / "th" / "December 2020", blank lines between
# them as a web page's paragraphs put them) is the one date.
LOWERED_ORDINAL = re.compile(  # a digit looked for first: twice as fast on a whole page
    r"(?=\d)"
    rf"(?<![\d.,/])(\d{{1,2}})[ \t]*(?:\n[ \t]*)+(st|nd|rd|th)(?:[ \t]*\n)*[ \t]*(?={MONTH}\b)"
)
# A label glued after the sentence that ends the paragraph before, alone at the line's
# end: "... to join the federation.Announcements:", "... not done yet.New Business:".
GLUED_LABEL = re.compile(
    r"(?<=[A-Za-z0-9)][.!?])(?=[A-Z][\w'\u2019]*(?:[ \t]+[A-Z][\w'\u2019]*){0,3}:[ \t]*$)",
    re.MULTILINE,
)
DOCUMENTS_LABEL = re.compile(r"^\s*(?:Additional|Supporting) documents:?\s*$")
MAX_ROW_TITLE_LINES = 3  # text lines of a row above its documents' label: title and wording


def mark_row_title_linked(lines: list[Line]) -> None:
    """A committee system's row, "Title" / "To note the report." / "Additional documents:":
    the row's first line is its title, and the label says documents are linked to it, as
    "PDF 167 KB" after a title does. The row starts after two blank lines."""
    texts, blanks = [], 0
    for line in reversed(lines):
        if line.text:
            texts.append(line)
            blanks = 0
        elif texts:
            blanks += 1
        if len(texts) > MAX_ROW_TITLE_LINES:
            return
        if blanks >= 2:
            break
    if texts:
        texts[-1].linked = True


def with_colon_cells_joined(text: str) -> str:
    """A heading's table saved a cell a line, its labels' colons in cells of their own:
    each colon joins the cell before it to the cell after, the "|" lines between dropped
    ("Date" / "|" / ":" / "|" / "Tuesday" is "Date: Tuesday"). Line by line, so a long run
    of spaces costs no more than its length."""
    if not COLON_ALONE.search(text):
        return text
    out: list[str] = []
    raws = text.split("\n")
    at = 0
    while at < len(raws):
        value = past_bars(raws, at + 1) if raws[at].strip() == ":" else len(raws)
        if value < len(raws) and out:
            while len(out) > 1 and out[-1].strip() == "|":
                out.pop()
            out[-1] = f"{out[-1].rstrip()}: {raws[value].strip()}"
            at = value + 1
            continue
        out.append(raws[at])
        at += 1
    return "\n".join(out)


def past_bars(raws: list[str], at: int) -> int:
    """The first line from `at` that is not a "|" alone."""
    while at < len(raws) and raws[at].strip() == "|":
        at += 1
    return at


def with_spaced_stops_closed(text: str) -> str:
    """A typescript read by OCR sets a space before every stop and comma ("I . CALL TO
    ORDER", "M . Kearns , J . Paul", "8 : 15 P . M ."): where most of a text's commas have a
    space before them, every such space goes, so numbers, initials and sentences read as
    they were typed. A text with a few spaced commas ("Bee , Dee" once) is left alone."""
    spaced = text.count(" ,")
    if spaced < MIN_SPACED_COMMAS or spaced * 2 < text.count(","):
        return text
    return SPACE_BEFORE_STOP.sub(r"\1", text)


def with_lost_spaces_restored(text: str) -> str:
    """A page saved in one encoding and read in another shows its no-break spaces as
    "?" ("Apologies.? K. Reed", "11/833.? ?Apologies"): where stops and colons are
    followed by "?" again and again, those marks, and any standing alone between
    words, are spaces. A text asking a question now and then is left alone."""
    if len(LOST_SPACE_AFTER_STOP.findall(text)) < MIN_LOST_SPACES:
        return text
    return LOST_SPACE.sub(" ", text)


def underline_last(lines: list[Line]) -> None:
    """A rule under a short line underlines it, as a heading is; any other rule (between
    paragraphs, under a blank) only parts the text, as a blank line does."""
    last = lines[-1] if lines else None
    if last is not None and last.text and len(last.text) <= MAX_UNDERLINED:
        last.underlined = True
    else:
        lines.append(Line("", page=last.page if last else 0))


def bullet_glyph(raw: str) -> str | None:
    """The bullet a line starts with, if any."""
    bullet = LEADING_BULLET.match(raw)
    return raw[bullet.start() : bullet.end()].strip()[:1] if bullet else None


def outer_bullet(text: str) -> str | None:
    """In a list of two kinds of bullet ("· Roadside Project" / "- Jarrod advised ..."),
    the kind used first is the outer level: its lines may be titles, the other kind's
    lines are their points (written as text, not bullets). None for one kind or none."""
    if text.count("\n") < 2:
        return None
    kinds = Counter(glyph for raw in text.split("\n") if (glyph := bullet_glyph(raw)))
    counted = [kind for kind, count in kinds.items() if count >= MIN_BULLETS_OF_A_KIND]
    return counted[0] if len(counted) >= 2 else None


# Words no title or column ends with: a line or cell ending so is a sentence that runs on.
JOINING_WORDS = frozenset("the a an of from to for with by at in on and or as".split())
POSSESSIVE = re.compile(r"(?:['\u2019]s|s['\u2019])$", re.IGNORECASE)  # "Secretary's", "Members'"
# ... or a number with its stop after any word: "... 2018 1." / "CALLED TO ORDER" (flattened)
# ... or a number with its word: "... DETERMINATION.. 1 ITEM - 1" / "APPLICATIONS FOR LEAVE"
NUMBER_BEFORE_GAP = re.compile(
    r"(?<=[.!?:;)]\s)(\d{1,3}\.?)$|(?<=\s)(\d{1,3}\.)$"
    # "... sdclogo 1" / "Apologies", "... CARRIED 3" / "Declaration ...": the item's, bare
    r"|(?<=[A-Za-z\d]\s)(?P<bare>\d{1,2})$"
    r"|(?<=\s)((?:ITEM|Item|MINUTE|Minute)\s*(?:No\.?\s*|NO\.?\s*)?[-\u2013]?\s*\d{1,3}[.:]?)$"
)


# Words whose number follows them: "Page 1", "Table 3", "Room 2".
NUMBERED_WORDS = frozenset("page item no table section part room floor level ward".split())


MAX_COLUMNS_LINE = 400  # characters: a page's printed line is shorter, columns and all
CELL_GAP = re.compile(r"\s{10,}|\t+")  # a cell's gap: ten spaces at least


CURRENCY_SIGNS = frozenset("$£€¥")


def column_parts(raw: str) -> list[str]:
    """The columns of one line: split at wide gaps, but a lone bullet or item number stays
    with the column after it ("1    Apologies    Received": the row's number and title,
    then its third column)."""
    if "   " not in raw and "\t" not in raw and "\u00a0" not in raw:
        return [raw.strip()]
    # A page run onto one line: only its widest gaps part cells ("Welcome            The
    # chair opened ..."); a few spaces there are a table's spacing inside one text.
    gap = CELL_GAP if len(raw) > MAX_COLUMNS_LINE else COLUMN_GAP
    parts = gap.split(raw.strip())
    if len(parts) > 1 and not re.search(r"[^\W\d_]", parts[0]) and len(parts[0]) < 2:
        return [raw] if len(parts) == 2 else [f"{parts[0]} {parts[1]}", *parts[2:]]
    if len(parts) > 1 and (LONE_NUMBER.match(parts[0]) or LONE_ROMAN.match(parts[0])):
        parts = [f"{parts[0]} {parts[1]}", *parts[2:]]  # "II      ATTENDANCE", "1.<tab>Apologies"
    parts = with_numbers_moved_right(with_sentences_rejoined(with_currency_rejoined(parts)))
    # The first column keeps the line's indent: a list's depth ("    1.<tab>Apologies").
    return [raw[: len(raw) - len(raw.lstrip())] + parts[0], *parts[1:]]


def with_currency_rejoined(parts: list[str]) -> list[str]:
    """A currency sign set apart from its amount ("Expenditure:   $    1.20 Bank Fees") is
    one cell with it: "1.20 Bank Fees" alone would read as item 1.20."""
    out: list[str] = []
    for part in parts:
        if out and out[-1] in CURRENCY_SIGNS:
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return out


def with_sentences_rejoined(parts: list[str]) -> list[str]:
    """A wide gap after a comma or a joining word ("COUNCILLORS, COMMUNITY POLICING,      LOCAL
    ORGANISATIONS", "reported that the      figures") is spacing inside one text, not a
    gap between columns: no column ends there."""
    out = parts[:1]
    for part in parts[1:]:
        runs_on = out[-1].endswith(",") or out[-1].rsplit(None, 1)[-1].lower() in JOINING_WORDS
        alike = part[:1].islower() or is_capitals_line(out[-1]) == is_capitals_line(part)
        if runs_on and alike:  # not a heading's cell beside its text ("PRAYER OF   The prayer")
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return out


def with_numbers_moved_right(parts: list[str]) -> list[str]:
    """ "... on 19 July 2022. 1" / "Present: ...": a number after a sentence's end (or
    with its stop after any word) and before a wide gap numbers the cell after the gap
    (a table's number column, a flattened list's item), not the text before it."""
    out = list(parts)
    for at in range(len(out) - 1):
        number = NUMBER_BEFORE_GAP.search(out[at])
        if number and number["bare"] and names_its_number(out[at][: number.start()]):
            continue  # "Page 1", "Room 2": the number of what the word before names
        if number and out[at + 1][:1].isupper():
            out[at] = out[at][: number.start()].rstrip()
            out[at + 1] = f"{next(filter(None, number.groups()))} {out[at + 1]}"
    return [part for part in out if part]


def names_its_number(text: str) -> bool:
    """The text ends with a word that a number after it belongs to ("Page", "Room")."""
    words = text.split()
    return bool(words) and words[-1].lower() in NUMBERED_WORDS


def unfold_columns(raws: list[str]) -> list[str]:
    """ "HEADING, PART ONE    text" / "PART TWO    more text" -> heading, then its text."""
    out: list[str] = []
    left: list[str] = []
    right: list[str] = []

    def flush() -> None:
        if left:
            out.append(" ".join(left))
            out.extend(right)
        left.clear()
        right.clear()

    for raw in raws:
        parts = column_parts(raw) if raw.strip() else []
        continuing = bool(left) and ends_mid_sentence(left[-1]) and left[-1].isupper()
        if not parts:
            if not continuing:
                flush()
                out.append(raw)
        elif len(parts) > 1:
            if not continuing:
                flush()
            left.append(parts[0])
            right.extend(parts[1:])
        elif continuing and len(parts[0].split()) <= 8 and parts[0].isupper():
            left.append(parts[0])
        else:
            flush()
            out.append(raw)
    flush()
    return out


def is_page_furniture(text: str) -> bool:
    page_of = PAGE_OF.match(text)
    if page_of:
        return int(page_of[1]) <= int(page_of[2])
    return any(pattern.match(text) for pattern in PAGE_FURNITURE)


def counters_too_close(lines: list[Line]) -> set[int]:
    """Lines like "1/17", "2/17" only a few lines apart are minute numbers (minute 1 of
    2017), not "page 1 of 17": a page holds more text than that."""
    found = [index for index, line in enumerate(lines) if PAGE_OF.match(line.text)]
    if len(found) < 2:
        return set()
    gaps = sorted(
        sum(len(line.text) for line in lines[start:end]) for start, end in itertools.pairwise(found)
    )
    return set(found) if gaps[len(gaps) // 2] < MIN_PAGE_CHARACTERS else set()


PAGE_EDGE_LINES = 3  # running headers and footers sit within this many lines of a page edge


def page_edge_lines(lines: list[Line]) -> set[int]:
    """Indexes of the first and last few non-blank lines of each page (when pages are known)."""
    by_page: dict[int, list[int]] = {}
    for index, line in enumerate(lines):
        if line.text:
            by_page.setdefault(line.page, []).append(index)
    if len(by_page) < 2:
        return set()
    return {
        index
        for indexes in by_page.values()
        for index in indexes[:PAGE_EDGE_LINES] + indexes[-PAGE_EDGE_LINES:]
    }


def without_glued_running_headers(lines: list[Line]) -> list[Line]:
    """Lines that open with the document's first words, dated, as a page's running header
    glued to the page's first line ("2 Approved Board meeting 11/19 30th October 2019
    464/19 - Minutes"): the header and the page number before it dropped, the rest kept.
    Twice after a page number, or three times, is a header; on the first line it stays,
    a line of its own above the document's heading."""
    shown = [index for index, line in enumerate(lines) if line.text]
    if not shown:
        return lines
    first = lines[shown[0]].text.split()
    # A longer header opens only lines the shortest one opens: those are all to read again.
    shortest = glued_header(" ".join(first[:MIN_HEADER_WORDS]))
    opened = [index for index in shown[1:] if shortest.match(lines[index].text)]
    if len(first) <= MIN_HEADER_WORDS or len(opened) < MIN_PAGED_HEADERS:
        return lines
    for length in range(min(len(first) - 1, MAX_HEADER_WORDS), MIN_HEADER_WORDS - 1, -1):
        header = " ".join(first[:length])
        if not YEAR.search(header):
            continue
        pattern = glued_header(header)
        glued = {
            index: match
            for index in opened
            if (match := pattern.match(lines[index].text)) and match["rest"]
        }
        paged = sum(bool(match["page"]) for match in glued.values())
        if paged >= MIN_PAGED_HEADERS or len(glued) >= MIN_UNPAGED_HEADERS:
            top = lines[shown[0]]
            heading = [replace(top, text=header), replace(top, text=" ".join(first[length:]))]
            return [
                *lines[: shown[0]],
                *heading,
                *(
                    replace(line, text=glued[index]["rest"]) if index in glued else line
                    for index, line in enumerate(lines[shown[0] + 1 :], start=shown[0] + 1)
                ),
            ]
    return lines


def glued_header(header: str) -> re.Pattern:
    return re.compile(rf"^(?P<page>\d{{1,3}}\s+)?{re.escape(header)}\s+(?P<rest>\S.*)$")


MIN_HEADER_WORDS, MAX_HEADER_WORDS = 4, 12
MIN_PAGED_HEADERS, MIN_UNPAGED_HEADERS = 2, 3


def running_headers(lines: list[Line], edges: set[int]) -> set[str]:
    """Text repeated at the edges of most pages: a council's running header or footer.

    Only page edges count, so a decision repeated in the body ("RESOLVED that
    the report be noted") is never mistaken for one.
    """
    pages = len({line.page for line in lines})
    counts = Counter(lines[index].text for index in edges if not lines[index].heading)
    return {text for text, count in counts.items() if count >= max(2, pages // 2)}


def furniture_neighbours(lines: list[Line]) -> set[int]:
    """Lines beside a page-number line whose text stands beside one more than once
    ("August 14, 2019" under "Regular Meeting Minutes  Page 1 of 3"): the rest of a
    running header, when the text has lost its page breaks. Elsewhere the same text
    (the meeting's own date at the top) is kept."""
    shown = [index for index, line in enumerate(lines) if line.text]
    top = {lines[index].text for index in shown[:HEADING_LINES]}
    below_top = shown[HEADING_LINES - 1] if len(shown) >= HEADING_LINES else len(lines)
    beside: dict[str, list[int]] = {}
    for position, index in enumerate(shown):
        if is_page_furniture(lines[index].text):
            for near in shown[max(0, position - 1) : position + 2]:
                if near != index and len(lines[near].text.split()) <= 8:
                    beside.setdefault(lines[near].text, []).append(near)
    # twice means at two places, not one line between two numbers ("54/2021" / "TITLE" /
    # "55/2021": minute numbers that look like pages); once will do for the document's
    # own heading printed again by a page's number, below that heading, or for a line in
    # the heading's words ("Minutes of the meeting (draft)" under "Minutes of the Annual
    # Meeting"): a short text shows one page break, no more
    top_words = set(heading_words(" ".join(text for text in top if not text.endswith("."))))
    return {
        index
        for text, found in beside.items()
        if len(set(found)) >= 2
        or (min(found) > below_top and (text in top or repeats_the_heading(text, top_words)))
        for index in found
    }


def dated_page_headers(lines: list[Line]) -> set[int]:
    """A running header that prints only a date beside a bare page number ("February 6,
    2023" / "2" ... "February 6, 2023" / "3"), the text having lost its page breaks: the
    same dated text beside two numbers or more that count up is the header, and the
    numbers are pages, though no "Page" word says so."""
    shown = [index for index, line in enumerate(lines) if line.text]
    beside: dict[str, set[int]] = {}  # a dated short text -> the number lines beside it
    for position, index in enumerate(shown):
        if not PAGE_NUMBER.match(lines[index].text):
            continue
        for near in shown[max(0, position - 1) : position + 2]:
            text = lines[near].text
            if near != index and YEAR.search(text) and len(text.split()) <= MAX_DATED_HEADER_WORDS:
                beside.setdefault(text, set()).add(index)
    headers = [
        text
        for text, numbers in beside.items()
        if len(numbers) >= 2
        and all(
            int(lines[a].text) < int(lines[b].text) for a, b in itertools.pairwise(sorted(numbers))
        )
    ]
    if not headers:
        return set()
    found = set().union(*(beside[text] for text in headers))
    wanted = set(headers)  # each header found wherever it stands, in one pass over the lines
    return found | {index for index in shown if lines[index].text in wanted}


def heading_words(text: str) -> list[str]:
    return [word for word in re.findall(r"[a-z]{3,}", text.lower()) if word not in JOINING_WORDS]


def repeats_the_heading(text: str, top_words: set[str]) -> bool:
    """Two words at least, every one the document's heading's (or a draft's stamp), and no
    number first: a running header, not the next page's first item ("5. Planning")."""
    words = [word for word in heading_words(text) if word not in STAMP_WORDS]
    return len(words) >= 2 and set(words) <= top_words and not text[:1].isdigit()


def heading_repeated(lines: list[Line]) -> set[int]:
    """Lines that print the document's heading again further down ("Planning Committee" /
    "Minutes" / "September 8, 2008" at the top of page 2): a running header, though the
    text kept no page breaks and no page number beside it. Two lines in a row at least,
    as they stand in the heading above the first line of running text, one with the year
    (a short line said twice under two items, "To receive the report.", is no header)."""
    shown = [index for index, line in enumerate(lines) if line.text]
    top = list(
        itertools.takewhile(is_heading_line, (lines[index].text for index in shown[:HEADING_LINES]))
    )
    pairs = set(zip(top, top[1:], strict=False))
    found: set[int] = set()
    run: list[int] = []  # the lines of one repeat of the heading, in order
    for first, second in zip(shown[len(top) :], shown[len(top) + 1 :], strict=False):
        if (lines[first].text, lines[second].text) in pairs:
            run += [first, second] if not run or run[-1] != first else [second]
            continue
        found |= header_run(lines, run)
        run = []
    return found | header_run(lines, run)


def heading_line_repeated(lines: list[Line]) -> set[int]:
    """A line in the heading's words said twice or more below it ("Minutes of the meeting -
    draft" at the top of each page, the page breaks lost), or a label of the minutes said
    three times or more: a running header. One line said once may be the first item's
    ("Minutes of the last meeting"); said again at every page's top, it is the page's."""
    shown = [index for index, line in enumerate(lines) if line.text]
    texts = (lines[index].text for index in shown[:HEADING_LINES])
    top = list(itertools.takewhile(lambda text: is_heading_line(text) and text[-1] != ".", texts))
    top_words = set(heading_words(" ".join(top)))  # the heading, to its first sentence
    if len(top) < MIN_HEADING_LINES:
        return set()  # no heading: "RESOLVED that the report be noted" first, said again
    below: dict[str, list[int]] = {}
    for index in shown[len(top) :]:
        text = lines[index].text
        if not text.endswith(".") and ":" not in text:  # no sentence, no "Decision Maker: ..."
            below.setdefault(text, []).append(index)
    return {
        index
        for text, found in below.items()
        if (len(found) >= 2 and repeats_the_heading(text, top_words))
        or (len(found) >= MIN_STAMPED_PAGES and labels_the_minutes(text))
        for index in found
    }


def labels_the_minutes(text: str) -> bool:
    """ "Minutes of the meeting (draft)", "Council Minutes – unconfirmed": a page's own
    label for the minutes, a few words, no number first ("Minutes" alone is the label of
    each item's minutes on a committee system's page); not an item's title wrapped after
    its first words ("TO RECEIVE AND NOTE THE MINUTES OF" / "THE ALLOTMENT COMMITTEE ..."),
    agenda wording or a line that stops at a joining word."""
    return (
        bool(MINUTES_WORD.search(text))
        and 2 <= len(text.split()) <= MAX_STAMP_WORDS  # "Minutes" alone labels an item's part
        and not text[:1].isdigit()
        and not AGENDA_WORDING_START.match(text)
        and text.split()[-1].lower() not in JOINING_WORDS
    )


AGENDA_WORDING_START = re.compile(r"to\s+[a-z]+\b", re.IGNORECASE)  # "To receive the minutes"


MINUTES_WORD = re.compile(r"\bminutes\b", re.IGNORECASE)
MIN_STAMPED_PAGES = 3  # a label said at three pages' tops at least
MAX_STAMP_WORDS = 8


def header_run(lines: list[Line], run: list[int]) -> set[int]:
    """A repeat of the heading's lines is a running header when it dates the meeting."""
    texts = [lines[index].text for index in run]
    dated = any(map(YEAR.search, texts))
    return set(run) if dated and len(" ".join(texts)) >= MIN_HEADER_CHARACTERS else set()


def is_heading_line(text: str) -> bool:
    return len(text.split()) <= MAX_HEADING_LINE_WORDS


def remove_page_furniture(lines: list[Line]) -> list[Line]:
    """Drop footers, page numbers and running headers wherever they fall, and the
    second copy of a text a document viewer printed twice."""
    lines = without_glued_running_headers(lines)
    edges = page_edge_lines(lines)
    repeated = running_headers(lines, edges)
    header_parts = furniture_neighbours(lines) | heading_repeated(lines) | dated_page_headers(lines)
    header_parts |= heading_line_repeated(lines)
    numbers = counters_too_close(lines)
    kept = [
        line
        for index, line in enumerate(lines)
        if line.heading
        or index in numbers
        or not (
            is_page_furniture(line.text)
            or line.text in repeated
            or index in header_parts
            or (index in edges and PAGE_NUMBER.match(line.text))
        )
    ]
    return without_a_second_copy(kept)


def without_a_second_copy(lines: list[Line]) -> list[Line]:
    """A document-sharing page prints the first page run together as a summary (after
    a count of pages), its own lines and a search snippet, then the text again line by
    line ("TRANSCRIPT"). Read once: the line-by-line copy when it holds the whole
    summary, else (the text was cut short) the summary, which then holds more."""
    shown = [index for index, line in enumerate(lines) if line.text][:SUMMARY_LINES]
    if not any(len(lines[at].text) > SUMMARY_LENGTH for at in shown):
        return lines
    words = [comparable_words(line.text) for line in lines]
    for at in shown:
        if len(lines[at].text) <= SUMMARY_LENGTH:
            continue
        summary = words[at][:MAX_COMPARED_WORDS]
        start = copy_start(words, at, summary[:COPY_START_WORDS]) if summary else None
        if start is None:
            continue
        copy = [word for line in words[start:] for word in line]
        copy = copy[: len(summary) + COPY_START_WORDS]
        blocks = SequenceMatcher(None, summary, copy, autojunk=False).get_matching_blocks()
        shared = sum(block.size for block in blocks)
        count = [i for i in shown if i < at and lines[i].text.isdigit()][-1:]  # pages: "34"
        between = range(at + 1, start)  # the viewer's own lines and its search snippet
        if shared >= COPY_SHARE * len(summary):
            dropped = {*count, at, *between}
        elif shared >= COPY_SHARE * len(copy):
            dropped = {*count, *between, *range(start, len(lines))}
        else:
            continue
        return [line for index, line in enumerate(lines) if index not in dropped]
    return lines


def holds_word(text: str, word: str) -> bool:
    """Whether `text` holds `word` (a name, an acronym, a surname) whole, not inside a
    longer word: "Bee" in "Cllr Bee spoke", not in "Beeston"."""
    return re.search(rf"\b{re.escape(word)}\b", text) is not None


def comparable_words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def copy_start(words: list[list[str]], summary_at: int, opening: list[str]) -> int | None:
    """The line below the summary where its first words are printed again."""
    for start in range(summary_at + 1, len(words)):
        if not words[start] or words[start][0] != opening[0]:
            continue
        following = list(itertools.chain.from_iterable(words[start : start + len(opening)]))
        if following[: len(opening)] == opening:
            return start
    return None


SUMMARY_LINES = 6  # a viewer's summary comes within the page's first lines
SUMMARY_LENGTH = 400  # characters: a summary runs a page together, far past any line
COPY_START_WORDS = 8  # words that must be printed again to start the second copy
MAX_COMPARED_WORDS = 3000  # a summary is a page: compare no more (the matcher is quadratic)
COPY_SHARE = 0.9  # of the shorter copy's words the two share, at least

CONNECTIVES = frozenset(
    "a an and any are as at be been between but by for from had has have her his in into "
    "is its of on or than that the their to was were whether which who whose with".split()
)
TERMINAL = (".", "!", "?", ":", ";")
WRAPPED_AT = 0.85  # of the wrap width: a line this long ran to the margin, if it goes on
TITLES_BEFORE_NAMES = frozenset("mr. mrs. ms. dr. prof. cllr. cr. rev. hon. sgt. st.".split())
# ... and as British and Commonwealth minutes print them, without the stop ("Mr" / "CHAN").
TITLES_UNSTOPPED = frozenset("mr mrs ms dr prof cllr councillor cr revd".split())
# "- ", "(a) ", "b) ", "(iv) ", "2. ": an entry of a list, never a wrapped continuation.
LIST_MARKER = re.compile(r"^(?:- |\(?[a-z]\)(?:\s|(?=[A-Z]))|\(?[ivx]+\)\s|\(?\d+[.)]\s|\u2022)")


POINT_MARK_AT_END = re.compile(r"\S\s+\(?(?:[a-h]|[ivx]{1,4})\)$")  # "... council. b)"


def ends_mid_sentence(text: str) -> bool:
    """True when a line visibly stops in the middle of a sentence."""
    if not text:
        return False
    if text[:1] in "-\u2013" and text[-1:] in "-\u2013":
        return False  # "-CARRIED-", "– 4 –": set between dashes, not broken by one
    if text.endswith((",", "-", "\u2013", "(", "&")):
        return True
    if text.count("(") > text.count(")"):  # a bracket still open, unless the sentence ended
        return not text.endswith((".", "!", "?"))
    if POINT_MARK_AT_END.search(text):
        return True  # "... the meeting. c)": the point's text is on the next line
    last_word = text.rsplit(" ", 1)[-1]
    if last_word == "A" and " " in text and not is_capitals_line(text):
        return False  # "Scotty Bee District A", "Appendix A": a letter that names, no article
    last_word = last_word.lower()
    return last_word in CONNECTIVES or last_word in TITLES_BEFORE_NAMES  # "... Mr." / "Kelly"


def breaks_off_in_a_name(text: str) -> bool:
    """A line that stops inside a person's name: at their title, or at their title and
    first name ("Councillor Neil" then "BENNY", a surname set in capitals below)."""
    words = text.split()
    titles = TITLES_BEFORE_NAMES | TITLES_UNSTOPPED
    if words and words[-1].lower() in titles:
        return True
    if len(words) < 2 or words[-2].lower() not in titles or not words[-1][:1].isupper():
        return False
    return not (words[-1].endswith((".", "!", "?")) and len(words[-1]) > 3)  # "Cllr Gee.": ended


def wrap_width(source: SourceText) -> int | None:
    """The width at which a PDF's text wraps (90th percentile of line lengths), if it wraps:
    none for a reader's whole paragraphs (HTML)."""
    lengths = [len(line.text) for line in source.lines if line.text]
    if not source.wrapped or len(lengths) < 20:
        return None
    return margin_width(lengths)


def margin_width(lengths: list[int]) -> int:
    """The width lines wrap at: the 90th percentile of their lengths (a paragraph's last
    line and a short heading fall below it, a stray long line above)."""
    ordered = sorted(lengths)
    return ordered[int(len(ordered) * 0.9)]


def continues_paragraph(previous: str, text: str, width: int | None = None) -> bool:
    """Whether `text` is the wrapped continuation of the paragraph whose last line is `previous`.

    With a wrap width, a line that ran (nearly) to the margin without ending its
    sentence continues on the next line even when that starts with a capital.
    """
    if not previous or previous.endswith(TERMINAL):
        return False
    if width and len(previous) >= WRAPPED_AT * width and not LIST_MARKER.match(text):
        return True
    if text.startswith("- "):
        # A bullet glyph the PDF put at the start of a wrapped line: "- child had been ..."
        return text[2:3].islower() and not LIST_MARKER.match(text[2:])
    if LIST_MARKER.match(text):
        return False
    if is_capitals_line(text) and not is_capitals_line(previous):
        return False  # "... called the" / "SYCAMORE CITY COUNCIL – REGULAR MEETING": a heading
    return text[:1].islower() or ends_mid_sentence(previous)


def is_capitals_line(text: str) -> bool:
    """A line in capitals (four letters or more): a heading's, not a sentence's."""
    return text.isupper() and sum(c.isalpha() for c in text) >= 4


def shouts(text: str) -> bool:
    """Mostly capitals ("MINUTES OF THE MEETING HELD ON 24th SEPTEMBER 2019, ."): a heading."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) >= 0.85 * len(letters)


def join_wrapped_lines(lines: list[str], width: int | None = None) -> list[str]:
    """Rejoin paragraphs that PDF extraction broke into lines (and over blank lines)."""
    paragraphs: list[list[str]] = []  # each paragraph's pieces, joined once at the end
    last_line = ""
    for text in lines:
        if not text:
            continue
        if paragraphs and continues_paragraph(last_line, text, width):
            append_wrapped(paragraphs[-1], text.removeprefix("- "))
        else:
            paragraphs.append([text])
        last_line = text
    return ["".join(pieces) for pieces in paragraphs]


def join_two(left: str, right: str) -> str:
    """Join a wrapped line, undoing a hyphen that only split a word across lines.

    "reconsid-" + "ered" -> "reconsidered"; "Vice-" + "Chair" keeps its hyphen.
    """
    pieces = [left]
    append_wrapped(pieces, right)
    return "".join(pieces)


def append_wrapped(pieces: list[str], right: str) -> None:
    """Add a wrapped line to a paragraph's pieces (see join_two), without copying the
    paragraph: a page of thousands of short lines stays linear."""
    left = pieces[-1]
    if left.endswith("-") and left[-2:-1].isalpha():
        if right[:1].islower():
            pieces[-1] = left[:-1]
        pieces.append(right)
    else:
        pieces.append(f" {right}")


def opens_a_row(lines: list[Line], index: int) -> bool:
    """The line is the first of a table's row: the row above closed on the line before."""
    return index > 0 and lines[index - 1].row_end


def ends_on_joining_word(title: str) -> bool:
    """ "... Lots 1 and 2, Block A of the": a title cut after a word that must go on, whose
    rest below may be as long as a whole line."""
    return title.rsplit(None, 1)[-1].lower() in JOINING_WORDS


def ends_unfinished(title: str) -> bool:
    """A title whose last word must go on: a possessive or a joining word."""
    return bool(POSSESSIVE.search(title)) or ends_on_joining_word(title)
