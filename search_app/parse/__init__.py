"""Parse stage: a minutes document (text, HTML or PDF) -> one Meeting and its AgendaItems.

Each format has a reader that turns the file into clean lines; everything
after that (segmenting, meeting header, speakers, acronyms, topics) is shared,
so a new format is a new reader and nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

from search_app.errors import UnreadableDocument
from search_app.models import (
    AgendaItem,
    Attendee,
    Meeting,
    ParsedDocument,
    Sidecar,
    SystemItem,
    unlabelled,
)
from search_app.parse.acronyms import acronyms_in_item, find_acronyms
from search_app.parse.candidates import RawItem
from search_app.parse.decisions import (
    announces_decisions,
    decision_terms,
    evident_decision,
    item_decisions,
    recorded_decisions,
)
from search_app.parse.html_reader import read_html, with_system_items
from search_app.parse.lines import (
    FLATTENED_LINE,
    SourceText,
    comparable_words,
    join_wrapped_lines,
    remove_page_furniture,
    wrap_width,
)
from search_app.parse.meeting import (
    MeetingHeader,
    apologies_from_text,
    apologies_said,
    best_date_line,
    body_named_in_opening,
    committee_the_text_calls_itself,
    parse_meeting_header,
)
from search_app.parse.metadata import date_from_name, header_from_title, read_sidecar
from search_app.parse.paragraphs import sections
from search_app.parse.pdf_reader import read_pdf
from search_app.parse.procedural import is_procedural
from search_app.parse.roles import is_body_text
from search_app.parse.segment import explain_lines, split_agenda_items
from search_app.parse.speakers import people_named_in, resolve_speakers
from search_app.parse.text_reader import read_text
from search_app.parse.topics import COMMITTEE_CODE_FIRST, EXPLAINED, extract_topics
from search_app.parse.unnumbered import ATTENDANCE_LINE

READERS: dict[str, Callable[[bytes, str], SourceText]] = {
    "text": read_text,
    "html": read_html,
    "pdf": read_pdf,
}
SUFFIX_FORMATS = {
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".aspx": "html",
    ".txt": "text",
    ".text": "text",
}
SUPPORTED_SUFFIXES = frozenset(SUFFIX_FORMATS)
UNKNOWN_COMMITTEE = "Unknown committee"
OPENING_LINES = 2  # lines of the first item's text that may still name the meeting's body
MAX_FILE_BYTES = 25 * 1024 * 1024  # the longest real minutes are a few MB; beyond, refuse

__all__ = ["SUPPORTED_SUFFIXES", "detect_format", "explain_file", "parse_bytes", "parse_file"]


def detect_format(path: str, data: bytes) -> str:
    """The format by content first (a PDF saved as .txt is still a PDF), then by name."""
    head = data.lstrip()[:1024].lower()
    if head.startswith(b"%pdf-"):
        return "pdf"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "html"
    return SUFFIX_FORMATS.get(Path(path).suffix.lower(), "text")


def parse_file(path: str | Path) -> ParsedDocument:
    """Parse one minutes file; raises UnreadableDocument naming the file and the problem."""
    path = Path(path)
    try:
        if path.is_symlink():
            raise UnreadableDocument(path, "symbolic link, not followed (copy the file in)")
        if path.exists() and not path.is_file():
            raise UnreadableDocument(path, "not a regular file (a folder, pipe or device?)")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            megabytes = f"{size / 2**20:.0f} MB; the limit is {MAX_FILE_BYTES // 2**20} MB"
            raise UnreadableDocument(path, f"file too large ({megabytes})")
        data = path.read_bytes()
    except OSError as error:
        raise UnreadableDocument.unreadable(path, error) from error
    sidecar, warning = read_sidecar(path)
    document = parse_bytes(data, str(path), items=sidecar.items if sidecar else None)
    if sidecar:
        apply_sidecar(document, sidecar)
    if warning:
        document.fallbacks.append(warning)
    return document


def explain_file(path: str | Path) -> str:
    """How a file was read: each line's role and why, the schemes considered, the meeting's
    date line, each item's subjects and the candidates passed over, and what came from
    elsewhere (`minutes-search parse --explain`)."""
    path = Path(path)
    collected = EXPLAINED.set([])
    try:
        document = parse_file(path)
        subjects = EXPLAINED.get() or []
    finally:
        EXPLAINED.reset(collected)
    data = path.read_bytes()
    source_text = READERS[detect_format(str(path), data)](data, str(path))
    clean = remove_page_furniture(source_text.lines)
    width = wrap_width(source_text)
    lines = explain_lines(clean, width)
    meeting = document.meeting
    preamble = [text for text in split_agenda_items(clean, width).preamble if text]
    found = best_date_line(preamble)
    date_line = f"from the line {preamble[found[0]]!r}" if found else "no date in the heading"
    return "\n".join([
        f"{path} ({document.format}): {len(document.items)} items",
        *lines,
        "",
        f"committee: {meeting.committee}",
        f"date: {meeting.date or 'undated'} ({date_line})",
        *decisions_by_their_words(document.items),
        *subjects_and_why(subjects),
        *(f"note: {note}" for note in document.fallbacks),
    ])  # fmt: skip


def subjects_and_why(
    subjects: list[tuple[str, list[str], list[tuple[str, str]]]],
) -> list[str]:
    """Each item's subjects, and each candidate passed over with why: what a reader who
    finds a name or a scrap among the topics (or misses one) needs to see."""
    out = []
    for title, kept, passed_over in subjects:
        out.append(f"subjects of {title[:60]!r}: {', '.join(kept) or 'none'}")
        out += [f"    not {candidate!r}: {why}" for candidate, why in passed_over]
    return out


def decisions_by_their_words(items: list[AgendaItem]) -> list[str]:
    """The items said to decide something by the words model, not by a pattern: the
    guesses a reader may want to check."""
    out = []
    for item in items:
        paragraphs = item.body.split("\n\n") if item.body else []
        if not item.decisions or recorded_decisions(item.title, paragraphs, []):
            continue
        if item.decisions == [evident_decision(item.title, paragraphs)]:
            chance = decision_terms().probability("\n".join([item.title, *paragraphs]))
            name = f"{item.number} {item.title}".strip()
            out.append(f"decision: by its words (probability {chance:.2f}): {name[:60]}")
    return out


def apply_sidecar(document: ParsedDocument, sidecar: Sidecar) -> None:
    """What the harvester recorded is right where the parser guessed: it wins."""
    meeting = document.meeting
    meeting.body = sidecar.council or meeting.body
    meeting.committee = sidecar.committee or meeting.committee
    meeting.date = sidecar.date or meeting.date
    meeting.start_time = sidecar.start_time or meeting.start_time
    meeting.venue = sidecar.venue or meeting.venue
    meeting.source_url = sidecar.source_url or meeting.source_url
    if sidecar.present and not meeting.present:
        meeting.present = [Attendee(name) for name in sidecar.present]
    settled = {"date": sidecar.date, "committee": sidecar.committee, "council": sidecar.council}
    document.fallbacks = [
        note for note in document.fallbacks if not settled.get(note.split(":", 1)[0])
    ]


def parse_bytes(
    data: bytes, source: str, fmt: str | None = None, items: list[SystemItem] | None = None
) -> ParsedDocument:
    """The document in `data`; `items`, when its committee system gave them already split
    (the sidecar's), are its items instead of those the parser would find."""
    fmt = fmt or detect_format(source, data)
    source_text = None
    try:
        source_text = READERS[fmt](data, source)
        if items:
            source_text = with_system_items(source_text, items)
        return build_document(source_text, source, fmt)
    except UnreadableDocument:
        raise
    except (RecursionError, MemoryError) as error:
        reason = f"document is too deeply nested or too large ({type(error).__name__})"
        raise UnreadableDocument(source, reason) from error
    except Exception as error:
        # A parser bug must cost no document: read it again without looking for headings.
        problem = f"unexpected parser error ({type(error).__name__}: {error}); please report it"
        if source_text is None:
            raise UnreadableDocument(source, problem) from error
        try:
            document = build_document(source_text, source, fmt, find_headings=False)
        except Exception:
            raise UnreadableDocument(source, problem) from error
        document.fallbacks.append(f"items: {problem}; read without looking for headings")
        return document


def build_document(
    source_text: SourceText, source: str, fmt: str, find_headings: bool = True
) -> ParsedDocument:
    """The meeting and its items; without `find_headings`, one item per page (or one for
    the whole text), the fallback when a parser error stopped the ordinary reading."""
    if not any(line.text for line in source_text.lines):
        raise UnreadableDocument(source, "no text in the document")
    width = wrap_width(source_text)
    clean = remove_page_furniture(source_text.lines)
    segments = split_agenda_items(clean, width) if find_headings else sections(clean)
    all_lines = [line.text for line in source_text.lines]
    header = parse_meeting_header(segments.preamble, segments.closing, all_lines, width)
    opening = segments.preamble + first_item_opening(segments.items)
    fallbacks = fill_from_metadata(header, source_text, source, opening)
    fallbacks += STRUCTURE_NOTES.get(segments.scheme, [])
    if source_text.ocr:
        fallbacks.append("text: read by OCR from scanned pages (expect recognition errors)")
    paragraphs = [join_wrapped_lines(raw.lines, width) for raw in segments.items]
    meeting = build_meeting(header, source_text.body_hint, segments.items, paragraphs)
    meeting.structure = segments.scheme
    meeting.ocr = source_text.ocr
    if meeting.split_into_items:  # a page or whole text kept as items holds these itself
        came = bool(meeting.present or meeting.also_attended or meeting.apologies)
        meeting.opening = running_text(join_wrapped_lines(segments.preamble, width), came)
        meeting.closing = running_text(join_wrapped_lines(segments.closing, width), came)
    last = len(segments.items) - 1
    listed = announces_decisions(segments.preamble)  # "The following decisions were taken."
    document = "\n".join(all_lines)
    named = people_named_in(document)  # "Mrs Ann Bee" anywhere: a person's name
    items = [
        build_item(raw, item_paragraphs, meeting, width, index == last, listed, named, document)
        for index, (raw, item_paragraphs) in enumerate(zip(segments.items, paragraphs, strict=True))
    ]
    with_decisions_of_points(items)
    if not meeting.apologies:  # ... in the apologies item, or said in the opening text
        meeting.apologies = apologies_from_items(items) or apologies_in_opening(segments.preamble)
    return ParsedDocument(source, fmt, meeting, items, fallbacks)


def running_text(paragraphs: list[str], attendance_kept: bool = True) -> str:
    """The paragraphs of running text ("The Mayor opened the meeting with ..."), not the
    heading's lines nor the attendance, which the meeting keeps as facts already
    (`attendance_kept`): a name searched for should find what its person said, not every
    meeting they came to. Where the attendance could not be read, its paragraphs are the
    only record of who came, and stay."""
    kept = [
        p
        for p in paragraphs
        if is_body_text(p) and (not attendance_kept or not ATTENDANCE_LINE.search(p))
    ]
    return "\n\n".join(kept)


def with_decisions_of_points(items: list[AgendaItem]) -> None:
    """An item whose points are items of their own ("4 By-Laws" over "4.1", "4.2") decided
    what its points decided: a reader asking what item 4 decided means them too."""
    for at, item in enumerate(items):
        stem = re.sub(r"\.0$", "", unlabelled(item.number).rstrip(".)"))
        if item.decisions or not stem:
            continue
        for point in items[at + 1 :]:
            if not unlabelled(point.number).startswith(f"{stem}."):
                break
            item.decisions.extend(d for d in point.decisions if d not in item.decisions)


STRUCTURE_NOTES = {
    "unnumbered": ["items: no item numbers; items start at title lines"],
    "paragraphs": ["items: no headings found; one item per paragraph or title line"],
    "pages": ["items: no headings found; one item per page"],
    "whole": ["items: no headings found; the whole text is one item"],
}


def first_item_opening(items: list[RawItem]) -> list[str]:
    """The first item's title and first lines, its agenda's wording first, where the body
    may still be named ("I. Call to order" / "Ann Bee called the Board of Trustees meeting
    to order ...", "To approve the Minutes of the meeting of the Fire Authority ...")."""
    if not items:
        return []
    texts = [text for text in [*items[0].agenda, *items[0].lines] if text.strip()]
    return [items[0].title, *texts[:OPENING_LINES]]


def fill_from_metadata(
    header: MeetingHeader, source_text: SourceText, source: str, opening: list[str]
) -> list[str]:
    """Date, committee and council the heading did not give: from the title or file name,
    and last the first body the opening text (the preamble and first title) names."""
    notes = []
    titled = header_from_title(source_text.title_hint)
    if header.date is None and titled.date:
        header.date, header.start_time = titled.date, header.start_time or titled.start_time
        notes.append("date: from the page title or document metadata")
    elif header.date is None and (named := date_from_name(source)):
        header.date = named
        notes.append("date: from the file name")
    elif header.date is None:
        notes.append("date: none found (undated)")
    if header.committee is None and titled.committee:
        header.committee = titled.committee
        notes.append("committee: from the page title or document metadata")
    elif header.committee is None and header.body:  # "X Community Council / Minutes of the meeting"
        header.committee = header.body
        notes.append("committee: none named; the meeting of the council itself")
    elif header.committee is None and (named := body_named_in_opening(opening)):
        header.committee = named
        notes.append("committee: no heading names it; the first body named in the opening text")
    elif header.committee is None and (
        named := committee_the_text_calls_itself([line.text for line in source_text.lines])
    ):
        header.committee = named
        notes.append("committee: no heading names it; the one the minutes call 'the Committee'")
    elif header.committee is None:
        notes.append(f"committee: none found ({UNKNOWN_COMMITTEE})")
    return notes


def build_meeting(
    header: MeetingHeader, body_hint: str | None, raws: list[RawItem], paragraphs: list[list[str]]
) -> Meeting:
    all_text = "\n".join(
        [raw.title for raw in raws] + [p for item_paragraphs in paragraphs for p in item_paragraphs]
    )
    return Meeting(
        committee=header.committee or UNKNOWN_COMMITTEE,
        date=header.date,
        body=header.body or body_hint,
        start_time=header.start_time,
        end_time=header.end_time,
        venue=header.venue,
        date_of_issue=header.date_of_issue,
        present=header.present,
        also_attended=header.also_attended,
        apologies=header.apologies,
        acronyms=find_acronyms(all_text),
    )


def build_item(
    raw: RawItem,
    paragraphs: list[str],
    meeting: Meeting,
    width: int | None,
    ends_document: bool = False,
    listed_decision: bool = False,
    named: Sequence[str] = (),
    document: str = "",
) -> AgendaItem:
    """One item; `listed_decision` when the minutes list their decisions as the items;
    `named` the people the whole document names with a title (never its topics), in the
    `document`'s text."""
    body = "\n\n".join(paragraphs)
    decisions = item_decisions(raw.title, paragraphs, join_wrapped_lines(raw.decision, width))
    if listed_decision and not decisions:
        decisions = [" ".join([raw.title, *paragraphs[:1]])]
    procedural = is_procedural(raw.title)
    acronyms = acronyms_in_item(f"{raw.title}\n{body}", meeting.acronyms)
    speakers = resolve_speakers(body, meeting.attendees, meeting.acronyms)
    people = [a.name for a in meeting.attendees] + meeting.apologies + speakers + [*named]
    heading = names_the_meeting(raw.title, meeting)  # the minutes' own heading, read as an item
    topics = (
        []
        if procedural or heading
        else extract_topics(raw.title, body, acronyms, people, ends_document, document)
    )
    return AgendaItem(
        number=raw.number,
        title=item_title(raw.title),
        body=body,
        speakers=speakers,
        topics=topics,
        decisions=decisions,
        procedural=procedural,
        acronyms=acronyms,
        agenda_text="\n\n".join(join_wrapped_lines(raw.agenda, width)),
    )


def names_the_meeting(title: str, meeting: Meeting) -> bool:
    """A title that is the meeting's own body or committee ("Elmshire County Council"): the
    minutes' heading, not a subject to file the item under."""
    names = [comparable_words(name) for name in (meeting.committee, meeting.body) if name]
    return comparable_words(title) in names


def apologies_in_opening(preamble: list[str]) -> list[str]:
    """A line of the opening text that records apologies ("Apologies were received from
    ..."), not a flattened page (its names run into the rest of the page)."""
    lines = (text for text in preamble if len(text) <= FLATTENED_LINE)
    return next((said for text in lines if (said := apologies_said(text))), [])


def apologies_from_items(items: list[AgendaItem]) -> list[str]:
    """Some minutes record apologies only inside the apologies item."""
    for item in items:
        if item.procedural and "apolog" in item.title.lower():
            return apologies_from_text(item.body)
    return []


TITLE_END_MARKS = re.compile(r"\s*(?::-|;|,)$")


def item_title(title: str) -> str:
    """The title without the mark that led to its text ("DECLARATION OF INTERESTS:",
    "Matters Arising:-", "Matters arising from the minutes;"), nor a table's column label
    left before it where the page ran onto one line ("No. Item Declarations of Interest")."""
    title = COLUMN_LABEL_FIRST.sub("", title)
    return TITLE_END_MARKS.sub("", title.rstrip(" :")) or title


COLUMN_LABEL_FIRST = re.compile(
    rf"^(?:No\.?\s+)?(?:Agenda\s+)?[Ii]tem\s+(?=[A-Z][A-Za-z])|{COMMITTEE_CODE_FIRST.pattern}"
)
