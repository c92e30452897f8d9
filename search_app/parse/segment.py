"""Split a document's lines into preamble, agenda items and closing lines.

Minutes number their items in many ways, or not at all, so segmenting is a
choice between schemes, each scored by how well it explains the document:

- numbered: a number at the start of a line ("5", "112/23", "AM119", "(139)",
  "21.44", "II.") is a heading only if it looks like one (a short capitalised
  title) and fits the sequence: the longest chain of consecutive numbers wins,
  so "68 children were referred" or a numbered list inside an item never
  starts an item;
- unnumbered: short title lines ("Apologies", "CALL TO ORDER") followed by
  the text they head;
- sections: when neither finds anything, one item per page (or one for the
  whole document), so that no document is ever lost.

Flattened text (a whole document on a few very long lines) is first broken
at the numbers inside it, and the same choice is made.

The stages live in modules of their own, each importing only those before it:
candidates (what the stages hand each other), titles (where a title ends), numbered
(numbered headings and their chain), layout (layouts taken apart first), unnumbered
(title lines), paragraphs (the fallbacks) and item_text (an item's parts and title);
this module chooses between the schemes and cuts the items.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import replace

from search_app.parse.candidates import HeadingCandidate, RawItem, Segments
from search_app.parse.capitals import in_printed_case, in_the_printed_case, is_all_capitals
from search_app.parse.item_text import (
    drop_labels_and_signatures,
    join_titles_of_a_narrow_column,
    rejoin_wrapped_title,
    repair_split_title,
    split_off_closing,
    split_parts,
)
from search_app.parse.layout import (
    CONTENTS_LABEL,
    at_sentence_ends,
    counted_from_one,
    entry_title,
    is_flattened,
    split_at_leaders,
    split_pipe_rows,
    split_slash_rows,
    split_table_rows,
    unflatten,
    with_broken_titles_mended,
    with_glued_dashes_spaced,
    with_glued_numbers_spaced,
    with_item_references_rejoined,
    with_page_column_read,
    with_times_after,
    with_trailing_headings_moved_down,
    with_trailing_numbers_moved_down,
    without_margin_captions,
    without_printed_line_numbers,
    without_subject_markers,
)
from search_app.parse.lines import (
    AMOUNT,
    LIST_MARKER,
    MINUTES_WORD,
    PAGE_NUMBER,
    TERMINAL,
    WRAPPED_AT,
    YEAR,
    Line,
    cell_text,
    margin_width,
    opens_a_row,
)
from search_app.parse.meeting import first_date
from search_app.parse.numbered import (
    BETWEEN,
    ISSUE_PAGE,
    MARKED_NUMBER,
    MIN_LISTED_ENTRIES,
    PAGE_AFTER_TITLE,
    PAGE_THEN_ITEM,
    SENTENCE_ENDS,
    best_heading_chain,
    comparable,
    first_clause,
    heading_candidates,
    heads_running_text,
    is_lettered,
    is_section_title,
    minutes_after_their_agenda,
    names_the_minutes,
    next_text,
    numbers_over_letters,
    opens_a_sentence,
    previous_text,
    roman_outline,
    same_style_readings,
    succeeds,
    with_items_taken_out_of_order,
    with_restarted_lists,
)
from search_app.parse.numbering import NUMBERED_LINE, printed_number, readings
from search_app.parse.paragraphs import (
    DATED_TITLE,
    ONE_ITEM_PAGE,
    bullet_outline,
    is_row_table,
    paragraph_headings,
    sections,
)
from search_app.parse.procedural import is_procedural
from search_app.parse.roles import (
    ANOTHER_MEETING,
    APOLOGIES_HEADING,
    ATTENDANCE_LABEL,
    DANGLING_DASH,
    DATE_IN_TEXT,
    DECISION_ALONE,
    HEADING,
    ITEM_PART,
    OUTCOME,
    PERSON,
    TITLE_CONNECTIVES,
    Evidence,
    could_be_title,
    has_a_verb,
    is_attendee_entry,
    is_body_text,
    is_capitals_line,
    is_list_of_names,
    is_part_label,
    looks_like_title,
    this_meeting,
)
from search_app.parse.titles import ROLL_LABEL, split_title_from_body
from search_app.parse.unnumbered import (
    ATTENDANCE_LINE,
    HEADING_LINES,
    ITEM_MARKER,
    MAX_SECTION_WORDS,
    MEETING_WORD,
    MIN_LABEL_STYLE,
    capitals_style,
    every_line_a_paragraph,
    heading_date_line,
    may_head,
    runs_to_the_margin,
    says_meeting_held,
    standing_alone,
    titled_line,
    unnumbered_headings,
    wrap_margin,
)

# A committee system's page of one agenda item, or of one decision (its title next).
DECISION_PAGE = re.compile(r"^\s*decision details\s*$", re.IGNORECASE)

# "08/11/2019 - Housing Fund ref: 1235    Recommendations Approved": a decision listed
LISTED_DECISION = re.compile(
    r"^\d{1,2}/\d{1,2}/\d{4}\s+[-\u2013]\s+(?P<title>[A-Z].*?)(?:\s+ref:\s*\d+)?"
    r"(?:\s{2,}(?P<status>\S.*))?$"
)
MIN_LISTED_DECISIONS = 2
MEETING_HEADING_WORDS = re.compile(
    r"\b(?:meeting|minutes|agenda)(?:\b|(?=(?-i:[A-Z])))"  # "MinutesMembers": a line glued on
    r"|[-\u2013]\s+(?:[A-Z][\w&/-]*\s+){0,4}"  # "- Regular", "- City Council Regular"
    r"(?:regular|special|annual|organi[sz]ational|adjourned|emergency)\s*$",
    re.IGNORECASE,
)  # "12/23/1980 - Regular": a meeting of that kind, not an item

HEADING_REACH = 200  # characters of a heading's line after its title that may still be its
PAGE_HEADING_LINES = 3  # ... and that may hold a committee system's page heading
STAMPED_MINUTES_LINES = 8  # lines under an agenda pack's stamp that may say who attended
STRONG_TITLE = 2.0  # evidence of a title line that heads an item even alone below text

NUMBER_ADVANTAGE = 3  # numbered headings win unless title lines explain three times as much
RUNNING_TEXT_BELOW = 0.5  # evidence beyond a heading's a title in capitals has over its text

REFERENCE_AFTER = re.compile(r"\.?\s+Ref\.?:?\s*[\w/-]*\d[\w/-]*$")

MAX_KEPT_NUMBERS = 2  # numbered headings kept among title lines (more would be a scheme)
MAX_KEPT_TITLE_WORDS = 10  # ... each with a title of so many words at most: longer is a sentence

POINT_NUMBER = re.compile(r"(\d{1,3})\.\d{1,2}")  # "3.1": a point of item 3
POINT_LINE = re.compile(r"(\d{1,3})\.\d{1,2}\.?\s")  # a line that opens with a point
STRAY_POINTS_SHARE = 3  # points taken as headings, fewer than a third of them all: strays

# A page number after a contents entry's title: "... May 19, 2015. 1", "... Amendment4".
PAGE_NUMBER_AFTER = re.compile(r"(?:(?<=\.)\s+|(?<=[a-z]{4}))\d{1,3}$")

STYLE_SHARE = 0.6  # ... which are this share of its title lines at least

# A label and an amount: "Fundraising: $1954.70", "Balance: 868.08".
LABELLED_AMOUNT = re.compile(rf":\s*{AMOUNT}\s*$")

SECOND_ITEM = re.compile(r"^2[.)]?\s+[A-Z]{3,}")  # "2. PUBLIC COMMENT"
FIRST_ITEM = re.compile(r"^1[.)]?\s+[A-Z]")

MAX_START_SKIP = 3  # numbers a run's first heading may be above the line it would start at

FIRST_INSIDE = re.compile(r"^[A-Z][A-Za-z]+(?:\s+[A-Za-z]+){0,2}\s+1\.\s+(?P<title>[A-Z].*)$")
MISREAD_ONE = re.compile(r"^[lLI|!](?:[.,)]\s*|\s+)(?P<title>[A-Z]{3,}\b.*)$")
# ... or "1." behind the names of a table's columns: "Item Minutes No 1. TO RECEIVE ..."
HEADED_ONE = re.compile(
    r"^(?:(?:Item|Items|Minutes?|No\.?|Number|Ref\.?|Agenda|Subject)\s+){1,3}"
    r"1[.)]?\s+(?P<title>(?-i:[A-Z]{2,})\b.*)$",
    re.IGNORECASE,
)
MAX_FIRST_ITEM_LINES = 40  # lines above "2." the misread first title may be, at most

MIN_TITLED_PARAGRAPHS = 2  # numbered sentences with a title line above, at least
MIN_TITLES_ABOVE_POINTS = 2  # title lines above bullets that make them one section's points


def split_agenda_items(lines: list[Line], width: int | None = None) -> Segments:
    """Preamble (meeting header and attendance), items in order, and closing lines.

    `width` is the wrap width of the text (if it wraps), for titles that wrap.
    """
    if any(line.heading for line in lines):
        headings = [
            HeadingCandidate(i, line.number, line.text, "", 1)
            for i, line in enumerate(lines)
            if line.heading
        ]
        return segments_from(lines, headings, "markup", width)
    read, scheme, headings, _, recased = read_structure(lines, width)
    segments = segments_from(read, headings, scheme, width) if headings else sections(read)
    return in_the_printed_case(segments, lines) if recased else segments


def read_structure(
    lines: list[Line], width: int | None = None
) -> tuple[list[Line], str, list[HeadingCandidate], list[str], bool]:
    """The lines as the segmenter reads them and the scheme chosen for them (see
    read_scheme), a heading printed twice in a row read once; a text all in capitals is
    read in the case it would have been printed in, and the last of the five says so: its
    words are to be given back as printed."""
    recased = is_all_capitals(lines)
    found = read_scheme(
        in_printed_case(lines) if recased else lines, width, by_sentences=not recased
    )
    if recased and len(found[2]) < 2:
        # ... unless that finds nothing: its numbers before the capitals then tell the
        # headings ("... 9:30 AM 1 WELCOME 2 ACKNOWLEDGEMENT WE ACKNOWLEDGE ...")
        as_printed = read_scheme(lines, width, by_sentences=False)
        if len(as_printed[2]) > len(found[2]):
            found, recased = as_printed, False
    lines, scheme, headings, notes = found
    if recased:
        notes.insert(0, "all in capitals: read in title and sentence case, kept as printed")
    if heading_over_the_attendance(headings, lines):
        notes.append("the first heading is the document's own, over who attended: no item")
        headings = headings[1:]
    return lines, scheme, without_repeated_titles(headings, lines), notes, recased


def heading_over_the_attendance(headings: list[HeadingCandidate], lines: list[Line]) -> bool:
    """The first heading stands over the meeting's opening and who attended ("1 THE RURAL
    MUNICIPALITY OF ELM" over "The minutes of the regular meeting ..." and "PRESENT: ...",
    a page's number before the body's name): the document's own heading, not an item, unless
    it names business ("1. Attendance and Apologies" over "Present: ...") or labels a value
    ("CTO: 7:05 PM" over "ATTENDANCE: ...", the time the meeting was called to order)."""
    if len(headings) < 2:
        return False
    first, following = headings[0], headings[1]
    labelled = f"{first.title}:" in lines[first.index].text  # "CTO: 7:05 PM": called to order
    if labelled or is_procedural(first.title) or attendance_label_line(first.title):
        return False
    above = lines[: first.index]
    within = lines[first.index + first.lines_used : following.index]
    return not any(map(attendance_label_line, (line.text for line in above))) and any(
        attendance_label_line(line.text) for line in within
    )


def weakly_opening(heading: HeadingCandidate) -> bool:
    """A title in capitals before the numbers that needs more than a heading's evidence to
    be an item: anything but the meeting's opening business ("OPENING PRAYER", "CALL TO
    ORDER"), which the minutes' own title ("MINUTES") and who came ("APOLOGIES") are not."""
    title = heading.title
    return not is_procedural(title) or bool(MINUTES_WORD.match(title) or ROLL_LABEL.match(title))


def attendance_label_line(text: str) -> bool:
    """A line that opens with the label of who attended ("PRESENT:", "Members Present: Ann
    Bee, ...", "PRESENT" alone)."""
    label = text.split(":", 1)[0].strip() if ":" in text[:MAX_LABEL_CHARACTERS] else text.strip()
    return bool(WHO_CAME_LABEL.match(label))


MAX_LABEL_CHARACTERS = 40
# ... who came, not who else was there ("Staff:", "Officers:", a list inside an item)
WHO_CAME_LABEL = re.compile(
    r"^(?:(?:members|councillors|trustees|directors|those)\s+)?"
    r"(?:present|in\s+attendance|attendance|attendees)$",
    re.IGNORECASE,
)


def without_repeated_titles(
    headings: list[HeadingCandidate], lines: list[Line]
) -> list[HeadingCandidate]:
    """A heading said again straight below itself ("ADDITION TO AND ADOPTION OF AGENDA" /
    "Addition to and Adoption of Agenda 404/08 Moved by ..."), as a margin's label repeats
    the title in flattened text: one item, the second line its text."""
    kept: list[HeadingCandidate] = []
    for heading in headings:
        before = kept[-1] if kept else None
        repeated = (
            before is not None
            and not heading.number
            and comparable(heading.title) == comparable(before.title)
            and not before.body_start
            and next_text(lines, before.index + before.lines_used - 1) == heading.index
        )
        if not repeated:
            kept.append(heading)
    return kept


def read_scheme(
    lines: list[Line], width: int | None = None, rejoined: bool = False, by_sentences: bool = True
) -> tuple[list[Line], str, list[HeadingCandidate], list[str]]:
    """The lines as the segmenter reads them (contents leaders, table rows and flattened
    text taken apart) and the scheme chosen for them. Flattened text is broken at its
    numbers; unless that finds numbered items, it is also broken at headings in capitals
    between sentences ("... 1985. FIRE Referring to ..."), and read so when that finds
    more headings; numbered text never needs it. Where neither finds more than one
    heading, it is read a sentence a line (`by_sentences`; not a text typed in capitals,
    whose every sentence opens as a title would)."""
    if decision := decision_page_heading(lines):
        return lines, "unnumbered", [decision], ["a committee system's page of one decision"]
    if len(decisions := listed_decisions(lines)) >= MIN_LISTED_DECISIONS:
        return lines, "unnumbered", decisions, ["a committee system's list of decisions"]
    row_table = is_row_table(lines)
    if every_line_a_paragraph(lines) and sentences_run_across_blanks(lines):
        lines = without_single_blanks(lines)
    prepared = with_item_references_rejoined(with_first_number_read(lines))
    prepared = with_trailing_headings_moved_down(with_trailing_numbers_moved_down(prepared))
    prepared = without_subject_markers(with_glued_dashes_spaced(with_times_after(prepared)))
    prepared = with_glued_numbers_spaced(prepared)
    prepared = with_broken_titles_mended(without_margin_captions(prepared))
    prepared = split_at_leaders(without_printed_line_numbers(prepared))
    prepared = with_page_column_read(prepared)
    prepared = split_table_rows(split_pipe_rows(split_slash_rows(prepared)))
    lines = unflatten(prepared)
    scheme, headings, notes = choose_scheme(lines, width)
    if len(headings) > 1 and (one := one_item_page_headings(lines)) is not None:
        notes.append("a committee system's page of one item: its lettered or numbered parts "
                     "are its text")  # fmt: skip
        return lines, scheme if one else "sections", one, notes
    if is_flattened(prepared):  # read at its headings in capitals as well
        at_capitals = unflatten(prepared, at_capitals=True)
        retry = choose_scheme(at_capitals, width)
        if (
            len(retry[1]) >= needed_at_capitals(scheme, headings)
            or adds_to_the_numbers(headings, retry[1])
            or numbers_more_items(headings, retry[1])
            or numbers_the_points_items(headings, retry[1])
        ):
            notes.append("flattened text broken at headings in capitals as well")
            return at_capitals, retry[0], retry[1], notes + retry[2]
    joined = prepared if rejoined else wrapped_lines_joined(prepared)
    if joined is not prepared and is_flattened(joined):
        retry = read_scheme(joined, width, rejoined=True, by_sentences=by_sentences)
        # as many headings as at the lines' starts or more (the page as printed, its titles
        # whole), and numbered where those were (one number alone is no numbering: "1 Page 1
        # of 13 STATE OF ...")
        numbers_kept = scheme != "numbered" or len(headings) < 2 or retry[1] == "numbered"
        if numbers_kept and len(retry[2]) >= max(2, len(headings)):
            notes.append("a flattened page wrapped at a margin: its lines joined again")
            return retry[0], retry[1], retry[2], notes + retry[3]
    if headings and scheme != "numbered" and row_table:
        rows = paragraph_headings(lines, row_table)
        if len(rows) > len(headings):
            notes.append(f"instead: the table's rows ({len(rows)} items, a row each)")
            return lines, "paragraphs", rows, notes
    if len(headings) <= 1 and by_sentences and is_flattened(prepared):
        sentenced = at_sentence_ends(lines)
        retry = choose_scheme(sentenced, width)
        if len(retry[1]) > max(1, len(headings)):
            notes.append("flattened text read a sentence a line (no headings found otherwise)")
            return sentenced, retry[0], retry[1], notes + retry[2]
    if headings or is_single_item_page(lines):
        return lines, scheme, headings, notes
    if paragraphs := paragraph_headings(lines, row_table):
        notes.append(f"instead: paragraphs ({len(paragraphs)} items, each a paragraph or "
                     "a title line with the paragraphs under it)")  # fmt: skip
        return lines, "paragraphs", paragraphs, notes
    counted = counted_from_one(lines)
    if counted is not lines and len((retry := choose_scheme(counted, width))[1]) >= 2:
        notes.append("instead: numbers counting from one across the lines")
        return counted, retry[0], retry[1], notes + retry[2]
    return lines, scheme, headings, notes


def wrapped_lines_joined(lines: list[Line]) -> list[Line]:
    """The text's lines joined where one ran to the margin the text wraps at: a page of
    paragraphs whose words a plain-text copy wrapped, read as the paragraphs it printed.
    `lines` itself when they wrap at no margin."""
    lengths = [len(line.text) for line in lines if line.text]
    if len(lengths) < MIN_WRAPPED:
        return lines
    margin = margin_width(lengths)
    at_it = sum(WRAPPED_AT * margin <= length <= margin for length in lengths)
    if margin < MIN_MARGIN or at_it < MOST_AT_THE_MARGIN * len(lengths):
        return lines  # lines of many lengths: paragraphs a line each, or a wrapped page's list
    joined: list[Line] = []
    ran_on = False  # the line before ran to the margin: this one goes on its paragraph
    for line in lines:
        if joined and ran_on and line.text:
            joined[-1] = replace(joined[-1], text=f"{joined[-1].text} {line.text}")
        else:
            joined.append(line)
        ran_on = len(line.text) >= WRAPPED_AT * margin
    return joined


MIN_WRAPPED = 10  # lines, at least, to tell the margin they wrap at
MOST_AT_THE_MARGIN = 0.6  # of the lines, ending near the margin: a page's words wrapped
MIN_MARGIN = 40  # characters: a page narrower than this is a list, never wrapped words


def sentences_run_across_blanks(lines: list[Line]) -> bool:
    """A wrapped text with a blank line after every line ("... the minutes of the" / "" /
    "meeting held on ..."): sentences go on across the blank lines, so they part nothing,
    unlike a web page's paragraphs, a line each, whose blank lines part them."""
    texts = [line.text for line in lines if line.text]
    running_on = sum(
        not first.endswith(TERMINAL) and second[:1].islower()
        for first, second in itertools.pairwise(texts)
    )
    return running_on >= RUNNING_ON_SHARE * len(texts)


def without_single_blanks(lines: list[Line]) -> list[Line]:
    """The lines without the blank after each: a single blank line was a line's break, and
    two or more a paragraph's, which one blank line keeps."""
    kept: list[Line] = []
    for index, line in enumerate(lines):
        blanks_before = index > 0 and not lines[index - 1].text
        if not line.text and (not blanks_before or (kept and not kept[-1].text)):
            continue  # a break's blank, or a paragraph's run kept as one already
        kept.append(line)
    return kept


RUNNING_ON_SHARE = 0.08  # of the lines, going on in lower case on the next


def needed_at_capitals(scheme: str, headings: list[HeadingCandidate]) -> int:
    """How many headings flattened text broken at capitals as well must find to be read so:
    more than its numbers found; where they found numbered items, twice as many and more
    (a few numbered points under headings in capitals are not the items). Points of one
    item ("6.1", "6.2", "6.3") count as that one item. Numbers before no title ("7. Public
    Works 9 Ce) Move to 7(h)", a list inside a motion) count for nothing."""
    if scheme != "numbered":
        return max(2, len(headings) + 1)
    found = len({h.number.split(".")[0] for h in headings if h.weight >= HEADING})
    return 2 * len(headings) + 1 if found >= 2 else max(2, found + 1)


def numbers_more_items(
    numbered: list[HeadingCandidate], at_capitals: list[HeadingCandidate]
) -> bool:
    """Flattened text broken at capitals as well numbers every item the first reading did,
    and more ("2, 3, 5, 6, 7" then "1, 2, 3, 4, 5, 6, 7"): the items whose titles in capitals
    ran into the text before them."""
    first, again = top_level_numbers(numbered), top_level_numbers(at_capitals)
    return len(first) >= 2 and first < again


def numbers_the_points_items(
    numbered: list[HeadingCandidate], at_capitals: list[HeadingCandidate]
) -> bool:
    """The first reading found points only ("4.2", "4.3", "5.1") and the text broken at
    capitals as well finds their items ("4", "5") among others ("1, 2, 3, 4, 5"): the items
    are those, their points inside them."""
    if not numbered or not all(re.fullmatch(r"\d+\.\d+", h.number) for h in numbered):
        return False
    items = top_level_numbers(at_capitals)
    return len(items) >= 2 and {h.number.split(".")[0] for h in numbered} <= items


def top_level_numbers(headings: list[HeadingCandidate]) -> set[str]:
    """The items' own numbers ("7"), not their points' ("7.1")."""
    return {h.number for h in headings if h.number.isdigit()}


MATCHED_TITLE = 20  # characters of a title that say it is the same heading, read again


def adds_to_the_numbers(
    numbered: list[HeadingCandidate], at_capitals: list[HeadingCandidate]
) -> bool:
    """Flattened text broken at capitals as well keeps every numbered heading and finds
    more around them ("CALL TO ORDER ... 1. DISCUSS ITEMS ... 2. DISCUSS ..."): its
    headings in capitals stand beside the numbers, not over them as their points' titles."""
    numbers = [h.number for h in numbered if h.number]
    kept = [h.number for h in at_capitals if h.number]
    added = [h for h in at_capitals if not h.number]
    # ... but a label of who came ("PRESENT: ... APOLOGIES: ...") is the attendance's
    roll = any(ROLL_LABEL.match(h.title) for h in added)
    more = len(at_capitals) > len(numbered) and not roll
    # ... or keeps them and fills the gaps between ("1 APOLOGIES ... 2 MINUTES ... 3 MAYOR'S
    # ANNOUNCEMENTS ..."): the numbers the first reading skipped, titled in capitals
    first = {(h.number, h.title[:MATCHED_TITLE]) for h in numbered if h.number}
    again = {(h.number, h.title[:MATCHED_TITLE]) for h in at_capitals if h.number}
    filled = not added and first < again and len(set(kept)) == len(kept)
    return len(numbers) >= 2 and (kept == numbers or filled) and more


def with_first_number_read(lines: list[Line]) -> list[Line]:
    """A scan's "1" misread as a letter before the first title ("L CALL TO ORDER", "l.
    APOLOGIES"), or printed behind a table's column names ("Item Minutes No 1. APOLOGIES"),
    where the items run on from "2." and no line opens with "1.": read as "1."."""
    second = next((i for i, line in enumerate(lines) if SECOND_ITEM.match(line.text)), None)
    if second is None or any(FIRST_ITEM.match(line.text) for line in lines[:second]):
        return lines
    for at in range(second - 1, max(-1, second - MAX_FIRST_ITEM_LINES), -1):
        if misread := MISREAD_ONE.match(lines[at].text) or HEADED_ONE.match(lines[at].text):
            out = list(lines)
            out[at] = replace(lines[at], text=f"1. {misread['title']}")
            return out
    return lines


def one_item_page_headings(lines: list[Line]) -> list[HeadingCandidate] | None:
    """On a committee system's page of one item ("Agenda item" or "Issue - meetings" at
    the top, perhaps under a line of the site's), that item's heading alone: the issue's
    numbered title, or none (the page's title names the item). None on any other page."""
    top = [line.text for line in lines if line.text][:PAGE_HEADING_LINES]
    if any(ISSUE_PAGE.match(text) for text in top):
        return heading_candidates(lines)[:1]
    return [] if is_single_item_page(lines) else None


def decision_page_heading(lines: list[Line]) -> HeadingCandidate | None:
    """ "Decision details", then the decision's title, then its labelled facts ("Decision
    Maker:", "Decision:", "Reasons for the decision:"): one item, the decision, whose
    labels are parts of its text, not titles of their own."""
    shown = [index for index, line in enumerate(lines) if line.text]
    if len(shown) < 2 or not DECISION_PAGE.match(lines[shown[0]].text):
        return None
    title = lines[shown[1]].text
    if not could_be_title(title):
        return None
    evidence = Evidence()
    evidence.add(1, "the title under 'Decision details': a page of one decision")
    return HeadingCandidate(shown[1], "", title, "", 1, evidence=evidence)


def listed_decisions(lines: list[Line]) -> list[HeadingCandidate]:
    """A committee system's list of a meeting's decisions: each entry the date, a dash and
    the business ("08/11/2019 - Housing Fund ref: 1235   Recommendations Approved"), its
    labelled facts below; the reference is the decision's, not an item's number."""
    found = []
    for index, line in enumerate(lines):
        entry = LISTED_DECISION.match(line.text)
        if entry and not MEETING_HEADING_WORDS.search(entry["title"]):
            evidence = Evidence()
            evidence.add(1, "an entry of a list of decisions: its date, a dash and its business")
            status = entry["status"] or ""
            found.append(HeadingCandidate(index, "", entry["title"], status, 1, evidence=evidence))
    return found


def is_single_item_page(lines: list[Line]) -> bool:
    """A committee system's page of one item: headed "Agenda item", or by the date a
    decision was taken and its title ("08/03/2021 - School Uniform"; not "14/03/2022 -
    Parish Council Meeting", a meeting's own heading). Its paragraphs and lettered parts
    are that one item's, no items of their own. "Agenda Item" over a meeting's record of
    who attended is an agenda pack's stamp on whole minutes, not a page of one item."""
    shown = [line.text for line in lines if line.text]
    first = shown[0] if shown else ""
    if ONE_ITEM_PAGE.match(first) and records_attendance(shown[1:STAMPED_MINUTES_LINES]):
        return False
    return bool(ONE_ITEM_PAGE.match(first) or DECISION_PAGE.match(first)) or any(
        DATED_TITLE.match(line.text) and not MEETING_HEADING_WORDS.search(line.text)
        for line in lines[:HEADING_LINES]
    )


def records_attendance(texts: list[str]) -> bool:
    """Lines that say who attended ("PRESENT: ...", "Councillors Present: ..."), before
    any "Minutes:" label (on a page of one item, the minute itself may say who came)."""
    for text in texts:
        if ITEM_PART.match(text):
            return False
        if ATTENDANCE_LINE.search(text):
            return True
    return False


def choose_scheme(
    lines: list[Line], width: int | None = None
) -> tuple[str, list[HeadingCandidate], list[str]]:
    """The scheme that explains the document best, its headings, and the reasons (for
    `parse --explain`). A numbered heading is stronger evidence than a title line: numbers
    win unless title lines explain the document several times better; headings in
    capitals before the first number or after the last join them ("CALL TO ORDER",
    "ADJOURNMENT" around numbered business)."""
    candidates = heading_candidates(lines, width)
    numbered = minutes_after_their_agenda(best_heading_chain(candidates), candidates, lines)
    numbered = without_the_documents_heading(
        with_restarted_lists(numbered, candidates, lines), lines
    )
    numbered = with_items_taken_out_of_order(numbered, candidates)
    numbered = with_numbers_printed_twice(numbered, candidates)
    outline = roman_outline(candidates, numbered) or numbers_over_letters(candidates, numbered)
    numbered = outline or agenda_over_running_numbers(candidates, numbered) or numbered
    numbered = with_lost_numbers(with_gaps_filled(numbered, lines), lines, width)
    numbered = with_first_inside(numbered, lines)
    numbered = with_start_filled(numbered, candidates)
    numbered = without_stray_points(numbered, lines)
    numbered = without_points_opening_lists(numbered, lines)
    numbered = with_titles_over_restarts(numbered, candidates, lines)
    numbered = with_an_earlier_section(numbered, candidates, lines)
    numbered = with_titles_over_first_points(numbered, lines)
    numbered = with_unnumbered_rows(numbered, lines)
    numbered = with_the_lists_other_entries(numbered, candidates, lines)
    if len(numbered) == 1 and numbered[0].evidence.score <= 0:
        numbered = []  # one number with no evidence left ("- 0": a menu's count) is no scheme
    # Letters are weaker evidence than numbers: "A." to "D." are as often points of an item.
    lettered = numbered and all(is_lettered(h) for h in numbered)
    # ... and one number alone is no numbering ("a reading from 1.Corinthians").
    side_titled = side_titled_paragraphs(numbered, lines)
    # ... nor are the entries of one list a line introduces, every number of the run ("The
    # directors suggested:" then "1. Use bill stuffers ...", "2. Talk to ...").
    one_list = bool(numbered) and all(h.evidence.listed for h in numbered)
    # ... nor is one number beside a list's entries ("1. Approve Minutes of ..." over the
    # motion's "1. Approve Claims", "2. Approve ...")
    alone = sum(not h.evidence.listed for h in numbered) < 2
    advantage = 1 if lettered or alone or side_titled or one_list else NUMBER_ADVANTAGE
    # ... and a list's entries one under another ("Winners:" then "1. Ruby Kessler", "2.
    # Omar Haddad") are no numbering of items, however many.
    by_numbers = sum(h.weight * (1 if is_list_entry(h) else advantage) for h in numbered)
    # ... a paragraph under its side heading counts as the heading's, not its own
    by_numbers -= sum(h.weight for h in side_titled)
    notes = [f"numbered: {len(numbered)} headings, plausibility {plausibility(numbered):.1f}"]
    # Each title line weighs at most 1: when the numbers outweigh even every line that could
    # be one, the title lines need no weighing (most numbered minutes), unless their style
    # may add headings around the numbers.
    if (
        numbered
        and not side_titled
        and not capitals_style(numbered)
        and not contents_style(numbered, lines)
        and starts_at_one(numbered[0])
        and not any(starts_at_one(h) for h in numbered[1:])  # numbered again: weigh titles
        and outweighs_title_lines(by_numbers, lines)
    ):
        notes.append("unnumbered: not weighed (fewer lines of a title's shape than that)")
        notes.append("chosen: numbered")
        # Known business headed before the first number ("Open Forum.") or after the last
        # ("Date of Next Meeting") still counts.
        prefix = lines[: numbered[0].index]
        last = numbered[-1].index + numbered[-1].lines_used
        edges = []
        if any(is_procedural(titled_line(line.text)) for line in prefix if line.text):
            edges = unnumbered_headings(prefix, candidates, wrap_margin(prefix, width))
        if any(may_be_business_heading(line.text) for line in lines[last:]):
            after = unnumbered_headings(lines, candidates, wrap_margin(lines, width))
            edges += [h for h in after if h.index >= last and is_strong_business(h)]
        return "numbered", with_edge_headings(numbered, edges, lines) if edges else numbered, notes
    margin = wrap_margin(lines, width)  # once: the title lines and their style both use it
    unnumbered = unnumbered_headings(lines, candidates, margin)
    notes.append(
        f"unnumbered: {len(unnumbered)} headings, plausibility {plausibility(unnumbered):.1f}"
    )
    if numbered and not any(h.number for h in numbered):  # an agenda's titles repeated below it
        notes.append("chosen: the minutes under the agenda listed above them, and title lines")
        taken = {h.index for h in numbered}
        below = [h for h in unnumbered if h.index > numbered[0].index and h.index not in taken]
        return "unnumbered", sorted(numbered + below, key=lambda h: h.index), notes
    outline = bullet_outline(lines)
    if len(outline) > max(len(unnumbered), by_numbers) and not under_one_title(outline, unnumbered):
        notes.append(f"chosen: a bulleted outline's top level ({len(outline)} bullets)")
        return "bullets", outline, notes
    pointed = points_of(numbered, unnumbered)
    if pointed:
        notes.append("numbered again from 1 under title lines: the titles' points")
    # The document's own heading ("MINUTES" over who attended) explains none of its items.
    titled = [h for h in unnumbered if not heads_the_attendance(h, lines)]
    if numbered and by_numbers >= plausibility(titled) and not pointed:
        notes.append(f"chosen: numbered ({NUMBER_ADVANTAGE}x its plausibility is at least "
                     "the unnumbered scheme's)")  # fmt: skip
        return "numbered", with_edge_headings(numbered, unnumbered, lines), notes
    if len(unnumbered) == 1 and under_the_meetings_opening(lines, unnumbered[0]):
        notes.append("chosen: unnumbered (one strong title line under the meeting's opening)")
        return "unnumbered", unnumbered, notes
    if len(unnumbered) == 1 and (opening := untitled_opening(lines, unnumbered[0])):
        notes.append("chosen: unnumbered (one strong title line, and the untitled text above it)")
        return "unnumbered", [opening, unnumbered[0]], notes
    if len(unnumbered) > 1 or (unnumbered and not body_before(lines, unnumbered[0].index)):
        notes.append("chosen: unnumbered (title lines explain the document better)")
        if contents_style(unnumbered, lines):  # a contents table: its numbered entries too
            entries = [h for h in numbered if lines[h.index].entry]
            titled = numbers_above(unnumbered, candidates)
            return "unnumbered", sorted(titled + entries, key=lambda h: h.index), notes
        styled = with_the_documents_style(unnumbered, lines, margin)
        if len(styled) > len(unnumbered):
            notes.append(f"{len(styled) - len(unnumbered)} more title lines of the headings' style")
        titled = numbers_on_the_line(numbers_above(styled, candidates), candidates)
        titled = with_titles_over_the_numbered(
            numbers_below(titled, candidates, lines), numbered, lines
        )
        titled = with_numbers_from_a_column(titled, lines)
        if len(titled) > 1 and heads_the_document(titled[0], lines):
            titled = titled[1:]  # its text stays the meeting's opening
        if pointed:
            return "unnumbered", titled, notes
        return "unnumbered", with_numbers_kept(titled, numbered, candidates, lines), notes
    notes.append("chosen: sections (no headings found)")
    return "sections", [], notes


NUMBER_CELL = re.compile(r"\d{1,4}(?:\.\d{1,2})?\.?")  # "91.", "97.1": a number alone
MIN_COLUMN_NUMBERS = 3  # numbers one a line, at least, to be a table's column
MAX_COLUMN_LABELS = 2  # lines between the column and the first title ("Agenda Item")


def with_numbers_from_a_column(
    headings: list[HeadingCandidate], lines: list[Line]
) -> list[HeadingCandidate]:
    """A table whose number column came out of the PDF apart from its titles: "Minute No."
    then "91.", "92.", "93." one a line, then the titles, one under another. The titles
    take the column's numbers in order, where the column counts on one by one at least as
    far as the titles go (a point's number, "97.1", among them would mislead the count)."""
    if not headings or any(h.number for h in headings):
        return headings
    numbers = number_column(lines, headings[0].index)[: len(headings)]
    if not numbers:
        return headings
    counts = [int(n.rstrip(".")) if n.rstrip(".").isdigit() else None for n in numbers]
    if None in counts or any(b != a + 1 for a, b in itertools.pairwise(counts)):
        return headings
    return [
        replace(h, number=str(count)) for h, count in zip(headings, counts, strict=False)
    ] + headings[len(numbers) :]


def number_column(lines: list[Line], before: int) -> list[str]:
    """The numbers printed one a line, blank lines between them allowed, that end a
    couple of lines (the title column's label) above line `before`, or none."""
    texts = [line.text.strip() for line in lines[:before]]
    end = len(texts)
    labels = 0
    while end > 0 and not NUMBER_CELL.fullmatch(texts[end - 1]):
        labels += bool(texts[end - 1])
        if labels > MAX_COLUMN_LABELS:
            return []
        end -= 1
    start = end
    while start > 0 and (NUMBER_CELL.fullmatch(texts[start - 1]) or not texts[start - 1]):
        start -= 1
    column = [text for text in texts[start:end] if text]
    return column if len(column) >= MIN_COLUMN_NUMBERS else []


def agenda_over_running_numbers(
    candidates: list[HeadingCandidate], chain: list[HeadingCandidate]
) -> list[HeadingCandidate]:
    """Two numberings interleaved: the agenda's items in capitals ("1. APOLOGIES FOR
    ABSENCE", "2. DECLARATION OF INTEREST") and the minutes' running numbers under them
    ("19.337 Apologies were received ...", "19.338 Register of Interests", "19.339 ..."). The
    running numbers make the longer run, but they number paragraphs; the items are the
    agenda's, when its run starts at 1, every title is in capitals, none of the paragraphs
    comes before the first and half of them at least hold one or more."""
    taken = {id(h) for h in chain}
    rest = [c for c in candidates if id(c) not in taken]
    if not any(starts_at_one(c) and is_capitals_line(c.title) for c in rest):
        return []  # no agenda's first item beside the run: no second run to weigh
    agenda = best_heading_chain(rest)
    if not (MIN_AGENDA_OVER_NUMBERS <= len(agenda) < len(chain)) or not starts_at_one(agenda[0]):
        return []
    if not all(is_capitals_line(h.title) for h in agenda) or chain[0].index < agenda[0].index:
        return []
    paragraphs = [h.index for h in chain]  # in the order of the text, as a run is
    starts = [h.index for h in agenda]
    held = [
        bisect.bisect_left(paragraphs, b) > bisect.bisect_right(paragraphs, a)
        for a, b in itertools.pairwise(starts)
    ]
    return agenda if 2 * sum(held) >= len(held) else []


MIN_AGENDA_OVER_NUMBERS = 2  # agenda items over running numbers, at least


def under_one_title(outline: list[HeadingCandidate], titles: list[HeadingCandidate]) -> bool:
    """Bullets all under the last of several title lines ("Old Business", "New Business",
    "Director's Report" / "- Director reviewed ...", "- New roof ..."): that section's
    points, however many, not the document's outline."""
    first, last = outline[0].index, outline[-1].index
    above = [h for h in titles if h.index < first]
    return len(above) >= MIN_TITLES_ABOVE_POINTS and not any(first < h.index < last for h in titles)


def is_list_entry(heading: HeadingCandidate) -> bool:
    """An entry of a list the line before opens, with no text of its own under it."""
    return heading.evidence.listed and heading.evidence.row


def explain_lines(lines: list[Line], width: int | None = None) -> list[str]:
    """Each line with its role and why, then the schemes considered and the choice: what
    `minutes-search parse --explain` prints, for a reader who asks why minutes were
    split as they were."""
    if any(line.heading for line in lines):
        return ["scheme: markup (the page's own markup marks each item's heading)"]
    lines, scheme, headings, notes, _ = read_structure(lines, width)
    candidates = heading_candidates(lines, width)
    margin = wrap_margin(lines, width)
    too_weak: list[HeadingCandidate] = []
    titles = unnumbered_headings(lines, candidates, margin, too_weak)
    considered = {h.index: h for h in too_weak + candidates + titles}
    chosen = {h.index: h for h in headings}
    first = min(chosen, default=len(lines))
    out = []
    for index, line in enumerate(lines):
        if not line.text:
            continue
        role, why = line_role(line.text, chosen.get(index), considered.get(index), index < first)
        out.append(f"{index + 1:>5}  {role:<12} {line.text[:80]}")
        if why:
            out.append(f"{'':19}{why}")
    return [*out, "", f"scheme: {scheme}", *(f"  {note}" for note in notes)]


def line_role(
    text: str, chosen: HeadingCandidate | None, considered: HeadingCandidate | None, early: bool
) -> tuple[str, str]:
    """(role, why) of one line for --explain."""
    if chosen:
        number = f" {chosen.number}" if chosen.number else ""
        return f"heading{number}", f"evidence {chosen.evidence}"
    why = f"considered, not chosen: evidence {considered.evidence}" if considered else ""
    if ITEM_PART.match(text) or is_part_label(text):
        return "part label", why
    if ATTENDANCE_LABEL.search(text.split(":", 1)[0]):  # "Directors Present: Ann Bee, ..."
        return "attendance", why
    if considered:
        return "not heading", why
    return ("preamble" if early else "body"), ""


def under_a_side_title(heading: HeadingCandidate, lines: list[Line]) -> bool:
    """ "Matters arising" / "3. There were no matters arising.": a numbered sentence
    straight under a title line of its own."""
    above = previous_text(lines, heading.index)
    return (
        above is not None
        and opens_a_sentence(heading.title)
        and is_section_title(lines[above].text, lines[heading.index].text)
    )


def side_titled_paragraphs(
    numbered: list[HeadingCandidate], lines: list[Line]
) -> list[HeadingCandidate]:
    """Numbered paragraphs under title lines ("Matters arising" / "3. There were no
    matters arising."), when title lines stand directly above several of them and most
    numbers head a sentence or every numbered sentence stands under one (the other numbers
    carrying titles of their own, as matters arising do): the numbers count paragraphs and
    the titles head items. None otherwise."""
    sentences = [h for h in numbered if opens_a_sentence(h.title)]
    titled = [h for h in sentences if under_a_side_title(h, lines)]
    if len(sentences) * 2 <= len(numbered) and len(titled) < len(sentences):
        return []
    return titled if len(titled) >= MIN_TITLED_PARAGRAPHS else []


def with_gaps_filled(numbered: list[HeadingCandidate], lines: list[Line]) -> list[HeadingCandidate]:
    """A chain that skips one number ("2." then "4.") takes the line between that starts
    with the missing one ("3 Minutes from the Meeting held on January the 9th ..."), however
    unlike a title its text reads: the sequence is the evidence."""
    filled = list(numbered)
    for here, following in itertools.pairwise(numbered):
        missing = {
            (reading.style, reading.running + 1)
            for reading, after in same_style_readings(here, following)
            if after.running == reading.running + 2
        }
        start = here.index + here.lines_used
        for index in range(start, following.index) if missing else ():
            if gap := gap_heading(lines, index, missing):
                filled.append(gap)
                break
    return sorted(filled, key=lambda h: h.index)


def with_lost_numbers(
    numbered: list[HeadingCandidate], lines: list[Line], width: int | None
) -> list[HeadingCandidate]:
    """A chain that skips numbers ("4." then "7.") takes the strong title lines between
    ("- Correspondence", "- Treasurer's Report:" over their text) when there are as many as
    it skips: a list's markup replaced their numbers, and the sequence says items stood
    there (fewer or more, and the lines are something else: a flattened page's pieces)."""
    filled = list(numbered)
    for here, following in itertools.pairwise(numbered):
        skipped = max(
            (
                after.running - reading.running - 1
                for reading, after in same_style_readings(here, following)
            ),
            default=0,
        )
        start = here.index + here.lines_used
        if skipped < 1 or following.index - start < 2:
            continue
        gap = lines[start : following.index]
        titles = [
            h
            for h in unnumbered_headings(gap, [], wrap_margin(gap, width))
            if not h.number and h.evidence.score >= STRONG_TITLE
        ]
        if len(titles) == skipped:
            filled += [replace(h, index=h.index + start) for h in titles]
    return sorted(filled, key=lambda h: h.index)


def with_start_filled(
    numbered: list[HeadingCandidate], candidates: list[HeadingCandidate]
) -> list[HeadingCandidate]:
    """A run that starts a few numbers late ("PCP 3/12", "PCP 4/12", ...) takes the line
    numbered as its start above it ("PCP 1/12 | Members considered ..."): skipping a
    number costs a weak heading more than it brings, but the run starts near 1."""
    if not numbered:
        return numbered
    first = numbered[0]
    for candidate in reversed([c for c in candidates if c.index < first.index]):
        if candidate.delimiter != first.delimiter or candidate.evidence.score <= 0:
            continue
        if candidate.evidence.listed:
            continue
        if any(
            1 <= reading.running < after.running <= reading.running + MAX_START_SKIP
            for reading, after in same_style_readings(candidate, first)
        ):
            return [candidate, *numbered]
    return numbered


def with_first_inside(
    numbered: list[HeadingCandidate], lines: list[Line]
) -> list[HeadingCandidate]:
    """A chain that starts at "2." whose "1." stands inside the line above, after a short
    label ("Items 1. Petition for a Voting System" / "2. River Claims Settlement"): that
    line heads item 1, its label left to the text before."""
    if not numbered or numbered[0].number != "2" or numbered[0].delimiter != ".":
        return numbered
    above = previous_text(lines, numbered[0].index)
    inside = FIRST_INSIDE.match(lines[above].text) if above is not None else None
    if not inside or not looks_like_title(inside["title"]):
        return numbered
    title, body = split_title_from_body(inside["title"])
    evidence = Evidence()
    evidence.add(HEADING, "the sequence's first number, inside the line above the second")
    first = HeadingCandidate(above, "1", title, body, 1, readings("1"), ".", evidence)
    return [first, *numbered]


def gap_heading(lines: list[Line], index: int, missing: set) -> HeadingCandidate | None:
    """The line at `index` as the heading numbered as the chain misses, if it is one."""
    match = NUMBERED_LINE.match(lines[index].text)
    if not match:
        return None
    token, word = match["token"], match["word"] or ""
    if not any((r.style, r.running) in missing for r in readings(token, word)):
        return None
    text, lines_used = match["title"] or match["glued"], 1
    above = previous_text(lines, index)
    if not text and above is not None and is_capitals_line(lines[above].text):
        return None  # "DECLARATIONS OF LOBBYING (...)" / "PLA148/14": printed under its title
    if not text:  # "2." alone, its title below
        following = next_text(lines, index)
        if following is None or following - index > 2 or NUMBERED_LINE.match(lines[following].text):
            return None
        text, lines_used = lines[following].text, following - index + 1
    title, body = split_title_from_body(text) if looks_like_title(text) else first_clause(text)
    evidence = Evidence()
    evidence.add(HEADING, "the number the items' sequence skips")
    delimiter = (match["delim"] or "").strip()
    return HeadingCandidate(
        index, printed_number(token), title, body, lines_used, readings(token, word), delimiter,
        evidence,
    )  # fmt: skip


def with_the_lists_other_entries(
    numbered: list[HeadingCandidate], candidates: list[HeadingCandidate], lines: list[Line]
) -> list[HeadingCandidate]:
    """A chain that is a list, one numbered line under another with no text between, under
    a "Contents" label, takes the other numbered lines of that list too, numbered in another
    style: "6. Declarations of interest", "COM.001/24 Confirmation of Minutes", then the
    chain's "CM.056/24 ...", "CM.057/24 ...", then "15. Urgent business"."""
    if len(numbered) < MIN_LIST_CHAIN:
        return numbered
    numbered_lines = {c.index: c for c in candidates if c.title and c.evidence.score > 0}
    texts = [i for i, line in enumerate(lines) if line.text]
    at = {index: position for position, index in enumerate(texts)}
    if numbered[0].index not in at or numbered[-1].index not in at:
        return numbered  # a heading read from a blank line's place: no list here
    first, last = at[numbered[0].index], at[numbered[-1].index]
    entries = set(numbered_lines) | entries_wrapped_rests(lines, texts, numbered_lines)
    if any(i not in entries for i in texts[first : last + 1]):
        return numbered  # text between the chain's headings: minutes, not a list
    while first > 0 and texts[first - 1] in entries:
        first -= 1
    while last + 1 < len(texts) and texts[last + 1] in entries:
        last += 1
    if first == 0 or not CONTENTS_LABEL.fullmatch(lines[texts[first - 1]].text.strip()):
        return numbered  # only under its label: a list of an item's points is no contents
    # ... in other styles only: the chain's own sub-entries ("1.1" under "1.0") stay points
    shapes = {number_shape(h.number) for h in numbered}
    block = [numbered_lines[i] for i in texts[first : last + 1] if i in numbered_lines]
    others = {h.index: h for h in block if number_shape(h.number) not in shapes}
    return sorted({**others, **{h.index: h for h in numbered}}.values(), key=lambda h: h.index)


def entries_wrapped_rests(
    lines: list[Line], texts: list[int], numbered_lines: dict[int, HeadingCandidate]
) -> set[int]:
    """Lines between two numbered lines that finish the one above, which stopped short of
    a sentence's end ("CM.063/24 Motions for the State Council 23" / "August 2024."): a
    list's entry wrapped, not text between entries."""
    rests = set()
    for above, index, below in zip(texts, texts[1:], texts[2:], strict=False):
        wrapped = above in numbered_lines and not lines[above].text.endswith(TERMINAL)
        if wrapped and index not in numbered_lines and below in numbered_lines:
            rests.add(index)
    return rests


def number_shape(number: str) -> str:
    """ "CM.056/24" -> "CM.9/9", "6" -> "9": a number's style, its figures aside."""
    return re.sub(r"\d+", "9", number)


MIN_LIST_CHAIN = 3  # a chain this long, one line under another, is a list


def without_stray_points(
    numbered: list[HeadingCandidate], lines: list[Line]
) -> list[HeadingCandidate]:
    """Points of the chain's items that are sentences ("1.1 None received.", "3.1 Minutes
    agreed and signed.") taken as headings when most points of the document, numbered
    alike, are not ("2.1 Councillors signed the book."): a short sentence that happens to
    read as a title is its item's text, as its neighbours are. Titled points ("3.1 Speed
    indicator device" over its text) stay."""
    tops = top_numbers(numbered)
    taken = [
        h
        for h in numbered
        if (m := POINT_NUMBER.fullmatch(h.number))
        and m[1] in tops
        and lines[h.index].text.rstrip().endswith(".")
    ]
    points = sum(bool((m := POINT_LINE.match(line.text)) and m[1] in tops) for line in lines)
    if not taken or len(taken) * STRAY_POINTS_SHARE >= points:
        return numbered
    return [h for h in numbered if h not in taken]


def without_points_opening_lists(
    numbered: list[HeadingCandidate], lines: list[Line]
) -> list[HeadingCandidate]:
    """ "4. WATER SUPPLY" / "4.1 The Board:" / "i) noted the report;" / "ii) instructed
    ...": a point whose words open a sentence its list's entries finish (the first opening
    in lower case) is its item's text, not a heading of its own."""
    tops = top_numbers(numbered)
    return [h for h in numbered if not opens_a_listed_sentence(h, lines, tops)]


def top_numbers(numbered: list[HeadingCandidate]) -> set[str]:
    """The numbers of the items themselves, not of their points ("3", not "3.1")."""
    return {h.number for h in numbered if POINT_NUMBER.fullmatch(h.number) is None}


def opens_a_listed_sentence(heading: HeadingCandidate, lines: list[Line], tops: set[str]) -> bool:
    point = POINT_NUMBER.fullmatch(heading.number)
    if not point or point[1] not in tops or not lines[heading.index].text.endswith(":"):
        return False
    following = next_text(lines, heading.index + max(1, heading.lines_used) - 1)
    entry = LIST_MARKER.match(lines[following].text) if following is not None else None
    return bool(entry) and lines[following].text[entry.end() :][:1].islower()


def with_titles_over_restarts(
    numbered: list[HeadingCandidate], candidates: list[HeadingCandidate], lines: list[Line]
) -> list[HeadingCandidate]:
    """Numbered items, then a title with a colon alone on its line over a list numbered
    again from "1." ("3. Set Agenda. ..." / "Clerk's Report:" / "1. Presentation of
    Minutes ..."): the title heads an item of its own, the list is its points. Not a
    part's label ("RESOLVED:"), the attendance, or a sentence ending with a colon ("The
    following were approved:")."""
    if len(numbered) < 2 or list_title(lines, numbered[0]) is not None:
        return numbered  # every list under its title: the titles are the items, if any
    last = numbered[-1].index
    added = []
    for candidate in candidates:
        if candidate.index <= last or not starts_at_one(candidate):
            continue
        above = list_title(lines, candidate)
        if above is None or above <= last:
            continue
        title = lines[above].text.rstrip(" :")
        evidence = Evidence()
        evidence.add(HEADING, "a title over a list numbered again from 1")
        added.append(HeadingCandidate(above, "", title, "", 1, evidence=evidence))
    return sorted(numbered + added, key=lambda h: h.index)


def with_an_earlier_section(
    numbered: list[HeadingCandidate], candidates: list[HeadingCandidate], lines: list[Line]
) -> list[HeadingCandidate]:
    """A chain counting from 1 again under a section's title, and above that title an
    earlier run also counting from 1, its titles printed as the section's ("1. MINUTES",
    "2. COMMITTEE REPORT" / "BUSINESS -" / "1. CEO REPORT", "2. FINANCIALS" ...): each
    section numbered its own items, all of them items, though the chain kept only the
    earlier run's first. The earlier run's headings must be as strong as headings and end
    above the section's title with no other number between."""
    for at, heading in enumerate(numbered):
        if at == 0 or not starts_at_one(heading):
            continue
        title = previous_text(lines, heading.index)
        if title is None or not is_section_label(lines[title].text.rstrip(" :-\u2013\u2014")):
            continue
        earlier = counted_run_above(heading, candidates, title)
        kept = {h.index for h in numbered[:at]}
        if len(earlier) > at and kept <= {h.index for h in earlier}:
            return earlier + numbered[at:]
    return numbered


def counted_run_above(
    heading: HeadingCandidate, candidates: list[HeadingCandidate], end: int
) -> list[HeadingCandidate]:
    """The headings above line `end` counting 1, 2, 3 ... in `heading`'s print (its
    delimiter, capitals or not), each as strong as a heading, no other number after them."""
    style = (is_capitals_line(heading.title), heading.delimiter)
    run: list[HeadingCandidate] = []
    for candidate in (c for c in candidates if c.index < end and c.number):
        printed = (is_capitals_line(candidate.title), candidate.delimiter)
        if candidate.number == str(len(run) + 1) and printed == style:
            run.append(candidate)
        elif run:
            return []  # another number after the run began: not one section's count
    return run if all(h.evidence.score >= HEADING for h in run) else []


def with_titles_over_first_points(
    numbered: list[HeadingCandidate], lines: list[Line]
) -> list[HeadingCandidate]:
    """An outline whose items' headings lost their numbers, their points kept them
    ("CONFIRMATION OF MINUTES" / "2.1 Confirmation of ..."): a title in capitals straight
    above an item's first point, the item itself not printed, is that item's heading."""
    printed = {re.sub(r"\.0?$", "", h.number) for h in numbered}  # "2", "2.", "2.0"
    taken = {h.index + at for h in numbered for at in range(max(1, h.lines_used))}
    added = []
    for heading in numbered:
        first = re.fullmatch(r"(\d{1,2})\.1", heading.number)
        above = previous_text(lines, heading.index)
        if not first or first[1] in printed or above is None:
            continue
        title = lines[above].text.rstrip(" :")
        if not is_capitals_line(title) or not could_be_title(title):
            continue
        if NUMBERED_LINE.match(title) or above in taken or says_meeting_held(title):
            continue  # ... not the document's heading ("MINUTES OF THE 16TH MEETING ... HELD ON")
        evidence = Evidence()
        evidence.add(HEADING, "a title in capitals over an item's first point: the item's own")
        added.append(HeadingCandidate(above, first[1], title, "", 1, evidence=evidence))
    return sorted(numbered + added, key=lambda h: h.index)


def with_unnumbered_rows(
    numbered: list[HeadingCandidate], lines: list[Line]
) -> list[HeadingCandidate]:
    """A contents table's unnumbered entry among the numbered rows chosen as the items
    ("ITEM-13 FIRE INSPECTION REPORT 5" / "QUESTIONS WITHOUT NOTICE 7" / "ITEM-14 ..."): a
    title in capitals with its page number, between two rows, is an entry of its own."""
    rows = [h for h in numbered if h.evidence.row or with_its_page(h, lines)]
    if len(rows) < MIN_LISTED_ENTRIES or len(rows) * 2 < len(numbered):
        return numbered
    added = []
    for here, following in itertools.pairwise(rows):
        for index in range(here.index + here.lines_used, following.index):
            text = lines[index].text
            title = text.rsplit(None, 1)[0] if PAGE_AFTER_TITLE.search(text) else ""
            if len(title.split()) >= 2 and is_capitals_line(title) and could_be_title(title):
                evidence = Evidence()
                evidence.add(
                    HEADING, "an unnumbered entry of the contents table, its page after it"
                )
                evidence.row = True
                added.append(HeadingCandidate(index, "", title, "", 1, evidence=evidence))
    return sorted(numbered + added, key=lambda h: h.index)


def with_its_page(heading: HeadingCandidate, lines: list[Line]) -> bool:
    """A contents table's row: its page number after its title, or alone on the next line."""
    if PAGE_AFTER_TITLE.search(lines[heading.index].text):
        return True
    following = next_text(lines, heading.index + heading.lines_used - 1)
    return following is not None and bool(PAGE_NUMBER.match(lines[following].text))


def list_title(lines: list[Line], first: HeadingCandidate) -> int | None:
    """The line above a list's first entry, when it is a section's title with a colon
    ("Clerk's Report:"), not a part's label ("Minutes:") or a numbered line."""
    above = previous_text(lines, first.index)
    if above is None:
        return None
    text = lines[above].text
    if NUMBERED_LINE.match(text) or ITEM_PART.match(text) or is_part_label(text.split(":")[0]):
        return None  # ... nor "Seconded: Cr Bee" over a motion's numbered parts
    if not text.endswith(":"):  # ... or a short title alone ("General Discussion and suggestions")
        return above if standing_alone(lines, above) and section_title_alone(text) else None
    return above if is_section_label(text.rstrip(" :")) else None


def section_title_alone(text: str) -> bool:
    """A few words, the first capitalised, no verb and no stop: a section's title."""
    words = text.split()
    return (
        2 <= len(words) <= MAX_SECTION_WORDS + 1 and could_be_title(text) and not has_a_verb(text)
    )


def is_section_label(title: str) -> bool:
    """A few words, each capitalised, or known business, that may head a section
    ("Clerk's Report", "Old Business"), not a label of a part or of who came, nor a clause
    ("The Board resolved")."""
    words = title.split()
    return (
        0 < len(words) <= MAX_SECTION_WORDS
        and could_be_title(title)
        and (
            all(w[:1].isupper() or w.lower() in TITLE_CONNECTIVES for w in words)
            or is_procedural(title)  # "Business arising from previous Minutes"
        )
        and not has_a_verb(title)
        and not is_part_label(title)
        and not ATTENDANCE_LABEL.search(title)
    )


def outweighs_title_lines(weight: float, lines: list[Line]) -> bool:
    """Whether `weight` is at least the number of lines that could head, an upper bound of
    the unnumbered scheme's plausibility; counted only as far as that takes."""
    count = 0
    for line in lines:
        if may_head(line.text, False) or ITEM_MARKER.match(line.text):
            count += 1
            if count > weight:
                return False
    return True


def with_edge_headings(
    numbered: list[HeadingCandidate], unnumbered: list[HeadingCandidate], lines: list[Line]
) -> list[HeadingCandidate]:
    """Numbered headings, and the headings in capitals before the first of them or after
    the last, when the numbered titles are in capitals too (a consistent style); known
    business strongly headed before the first ("Declaration of Interest"); when the
    numbered headings are a contents table's entries, its unnumbered entries too
    ("Apologies ..... 1" among "3. Iwi Engagement ..... 9")."""
    first, last = numbered[0].index, numbered[-1].index + numbered[-1].lines_used - 1
    capitals, contents = capitals_style(numbered), contents_style(numbered, lines)
    above_first = previous_text(lines, first) if starts_at_two(numbered[0]) else None
    # "Cemetery – Walker burial ...", "Roads – On Lee Hill ...": the minutes go on after the
    # numbered items as "Title – text" paragraphs, three at least (reports, one a line).
    after = [h for h in unnumbered if h.index > last and not h.number]
    last_text = next(  # the last item's first running text, on its heading's line or below
        (i for i in range(last + 1, len(lines)) if is_body_text(lines[i].text)), len(lines)
    )
    if is_body_text(numbered[-1].body_start):  # "1 Minute The minute of ... was approved"
        last_text = last
    labels_after = after if sum(bool(h.body_start) for h in after) >= MIN_LABEL_STYLE else []
    added = [
        h
        for h in unnumbered
        if not h.number
        and not (h.index < first and is_the_documents_heading(h, lines))
        and (
            (contents and lines[h.index].entry)
            or (
                (capitals or is_procedural(h.title))  # "CALL TO ORDER", "ADJOURNMENT"
                and (h.index < first or h.index > last)
                and is_capitals_line(h.title)
                # ... the opening's business ("OPENING PRAYER") needs no more than a heading's
                and h.evidence.score >= HEADING + (0.3 if weakly_opening(h) else 0)
            )
            or (h.index < first and is_strong_business(h))
            # "Date of Next Meeting" below the last item's text, not its agenda's wording
            or (h.index > last_text and is_strong_business(h))
            # "Call To Order: Chair Bee called ..." straight above "II. Approval of Minutes":
            # the first item, its number lost
            or (h.index == above_first and h.evidence.score >= HEADING and is_procedural(h.title))
            # ... or business the numbers skip, in capitals between them
            or (capitals and first < h.index < last and between_numbered(h, numbered, lines))
        )
    ]
    # "APOLOGIES: Cllr Bee" in the heading, then "1 APOLOGIES Apologies were noted as shown
    # above": business the numbers head is no item of its own above them; nor, a label with
    # its names, when a numbered title holds all its words ("49/20 RECEIVE APOLOGIES FOR
    # ABSENCE"). "Minutes" alone over "210504.01 Minutes Regular Session" is an item.
    numbered_business = {comparable(h.title) for h in numbered}
    numbered_words = [set(title.split()) for title in numbered_business]
    added = [
        h
        for h in added
        if h.index > first
        or not (
            heads_numbered_business(h, numbered_business, numbered_words)
            or names_who_sent_apologies(h, lines)
        )
    ]
    chosen = {h.index: h for h in [*added, *labels_after, *numbered]}  # a number wins a line
    return sorted(chosen.values(), key=lambda h: h.index)


def between_numbered(
    heading: HeadingCandidate, numbered: list[HeadingCandidate], lines: list[Line]
) -> bool:
    """A heading in capitals of two words or more between numbered ones in capitals, after
    one's text and over text of its own ("... no apologies." / "MAJOR ITEM NOT ON THE AGENDA"
    / "Members noted ..."): business the numbers skip. Not a numbered title's rest, nor one
    repeated as a subheading."""
    title = comparable(heading.title)
    # ... one word only with running text below ("RECOGNITION" / "Mayor Bee informed ...")
    alone = len(title.split()) < 2 and heading.evidence.score < HEADING + RUNNING_TEXT_BELOW
    if not is_capitals_line(heading.title) or alone:
        return False
    if heading.evidence.score < HEADING or any(
        title in (other := comparable(h.title)) or other in title for h in numbered
    ):
        return False
    after = next_text(lines, heading.index + heading.lines_used - 1)
    before = previous_text(lines, heading.index)
    return (
        after is not None
        and before is not None
        and is_body_text(lines[after].text)
        and lines[before].text.endswith((".", "!", "?"))
    )


def names_who_sent_apologies(heading: HeadingCandidate, lines: list[Line]) -> bool:
    """ "APOLOGIES: Councillor I Davies" or "Apologies:" over "Cllr Pat Daly." above the
    first numbered item: who sent apologies, the attendance's last part, where the numbers
    head the business."""
    if not APOLOGIES_HEADING.match(heading.title.rstrip(" :")):
        return False
    named = heading.body_start
    if not named and (below := next_text(lines, heading.index + heading.lines_used - 1)):
        named = lines[below].text
    named = named.strip(" .;")
    return bool(named) and (is_list_of_names(named) or bool(PERSON.match(named)))


def heads_numbered_business(
    heading: HeadingCandidate, titles: set[str], words: list[set[str]]
) -> bool:
    """Whether a heading above the numbers names business a numbered title heads: the same
    title, or, for a label with its names, words a numbered title holds all of."""
    title = comparable(heading.title)
    labelled = bool(heading.body_start)  # "APOLOGIES: Phillippa Bee, Borough Councillor"
    return title in titles or (labelled and any(set(title.split()) <= w for w in words))


def may_be_business_heading(text: str) -> bool:
    """A line that could head known business below the last numbered item: title-shaped,
    not running text (the cheap tests first: most lines of an item's text are sentences)."""
    return could_be_title(text) and not is_body_text(text) and is_procedural(titled_line(text))


def is_strong_business(heading: HeadingCandidate) -> bool:
    """Known business headed strongly ("Declaration of Interest", "Date of Next Meeting"):
    an item of its own beside numbered ones, before the first or after the last."""
    return is_procedural(heading.title) and heading.evidence.score >= 2 * HEADING


def with_numbers_printed_twice(
    chain: list[HeadingCandidate], candidates: list[HeadingCandidate]
) -> list[HeadingCandidate]:
    """ "4 Matters arising" ... "4 St John's Items" ... "5 Clergy Items": a number printed
    twice by mistake between two items that count on; the second heads an item too. A
    mistake is rare: numbers printed twice again and again are a table's, its number
    cell beside the title and again beside the minute ("519 | Title |" / "519 | Approved
    ... |"), and the second is the item's text."""
    by_index = {c.index: c for c in candidates}
    twice = []
    for here, following in itertools.pairwise(chain):
        if not succeeds(here, following):
            continue
        twice += [
            by_index[index]
            for index in range(here.index + here.lines_used, following.index)
            if index in by_index
            and by_index[index].number == here.number
            and by_index[index].evidence.score >= HEADING
            and not has_a_verb(by_index[index].title)  # "2. Copies were ...": its paragraph
            and comparable(by_index[index].title) != comparable(here.title)
        ]
    if not twice or len(twice) > max(1, len(chain) * MISTAKES_SHARE):
        return chain
    return sorted(chain + twice, key=lambda h: h.index)


MISTAKES_SHARE = 0.25  # of a run's numbers printed twice by mistake, at most


def without_the_documents_heading(
    chain: list[HeadingCandidate], lines: list[Line]
) -> list[HeadingCandidate]:
    """A first heading numbered like the next ("1 BOARD MEETING Minutes of the meeting held
    on ..." over "1 Agenda and Announcements"): a page's number before the document's own
    heading, which says what meeting was held; no item. Not when the text above has dated
    this meeting already, another day ("HELD ON MONDAY, 21ST JULY 2008" over "1. Minutes of
    meeting held on 21st April 2008": the last meeting's minutes, this one's first item)."""
    if chain and repeats_the_first_line(chain[0], lines):
        return chain[1:]  # "1 ELM TOWNSHIP BOARD Meeting Minutes ...": a page's number, the title
    if len(chain) < 2 or chain[0].number != chain[1].number or dated_apart(chain[0], lines):
        return chain
    opening = f"{chain[0].title} {chain[0].body_start[:HEADING_REACH]}"
    dated = MINUTES_WORD.search(chain[0].title) and DATE_IN_TEXT.search(chain[0].title)
    # "1 Elm Township Meeting of Council Minutes" over "1. Call to Order": a bare page number
    named = not chain[0].delimiter and chain[1].delimiter and names_a_meeting(chain[0].title)
    return chain[1:] if says_meeting_held(opening) or dated or named else chain  # "Minutes May 3"


def names_a_meeting(title: str) -> bool:
    """ "... Meeting of Council Minutes", "Regular Meeting Minutes": a meeting or its minutes,
    not the last one's."""
    return bool(MEETING_WORD.search(title)) and not ANOTHER_MEETING.search(title)


def repeats_the_first_line(heading: HeadingCandidate, lines: list[Line]) -> bool:
    """ "1", then the document's first line, a dated title of four words or more, printed
    again below it to its date ("ELM TOWNSHIP BOARD Meeting Minutes May 3, 2017" / ... / "1
    ELM TOWNSHIP BOARD Meeting Minutes May 3, 2017 Board Members ..."): the first page's
    number before the title. (An item approving minutes names another day than the title's.)"""
    first = next((i for i, line in enumerate(lines) if line.text), None)
    if first is None or heading.index <= first or heading.number != "1":
        return False
    title, printed = lines[first].text, f"{heading.title} {heading.body_start}"
    year = YEAR.search(title)
    if not year:
        return False
    # ... to its date at least: the page's text may part from the first line after it
    # ("... January 4, 2011 Town Hall, 7 Elm Street" / "1 ... January 4, 2011 Present: ...")
    dated = title[: year.end()]
    return len(dated.split()) >= MIN_REPEATED_TITLE_WORDS and printed.startswith(dated)


MIN_REPEATED_TITLE_WORDS = 4


def dated_apart(heading: HeadingCandidate, lines: list[Line]) -> bool:
    """The text above says when this meeting was held, and the heading names another day."""
    above = " ".join(line.text for line in lines[: heading.index] if line.text)
    if not says_meeting_held(above):
        return False
    # the day its title names, or the first words of its text ("Minutes of Last AGM: The
    # minutes of the AGM held on 18th May 2016 ...")
    own = first_date(heading.title) or first_date(heading.body_start[:HEADING_REACH])
    held = first_date(above)
    return own is not None and held is not None and own != held


def heads_the_document(heading: HeadingCandidate, lines: list[Line]) -> bool:
    """ "Minutes of Meeting", "Special Meeting Minutes" first, no running text above it, or a
    meeting's name as the document's first line: the document's own heading over its first
    item, not an item ("Minutes" alone may head the last meeting's minutes)."""
    if this_meeting(heading.title) and not body_before(lines, heading.index):
        return True
    # ... or the meeting's name alone as the document's first line ("Group's Annual General
    # Meeting" over "Notes of the AGM held on ...")
    first = next((i for i, line in enumerate(lines) if line.text), None)
    short = len(heading.title.split()) <= MAX_MEETING_NAME_WORDS
    return heading.index == first and short and bool(MEETING_NAMED.search(heading.title))


MAX_MEETING_NAME_WORDS = 6
MEETING_NAMED = re.compile(r"\bmeeting$", re.IGNORECASE)  # "... Annual General Meeting"


def is_the_documents_heading(heading: HeadingCandidate, lines: list[Line]) -> bool:
    """ "MINUTES" over the text that opens the minutes, no running text above it: the
    document's own heading. Below the attendance it heads the minutes' approval."""
    return names_the_minutes(heading.title) and not body_before(lines, heading.index)


def with_numbers_kept(
    unnumbered: list[HeadingCandidate],
    numbered: list[HeadingCandidate],
    candidates: list[HeadingCandidate],
    lines: list[Line],
) -> list[HeadingCandidate]:
    """Title lines, and the one or two numbered headings among them that head text of
    their own ("- APOLOGIES", "- MATTERS ARISING", "7. DALC subscription", "- Risk
    Assessment": a list whose other numbers were lost), or open a table's row however
    long their title ("1. To approve the following minutes ..." after the row above). A
    number with no mark after it counts before a title in capitals where the title lines
    are in capitals too ("1 SUSPENSION OF STANDING ORDERS." above "ADOPTION OF MINUTES.").
    A number and a title alone on their line over running text heads an item wherever it
    stands, though no other number is of its style ("1. Iwi Engagement" / "Ann Bee,
    Officer, reports:")."""
    taken = {h.index for h in unnumbered}
    given = {h.number for h in unnumbered if h.number}  # a title line took it from below
    shouting = 2 * sum(is_capitals_line(h.title) for h in unnumbered) > len(unnumbered)
    kept = [
        h
        for h in (numbered if len(numbered) <= MAX_KEPT_NUMBERS else [])
        if h.index not in taken
        and h.number not in given
        and (h.delimiter or (shouting and is_capitals_line(h.title)))  # "1 SUSPENSION OF ..."
        and h.evidence.score >= HEADING
        and (len(h.title.split()) <= MAX_KEPT_TITLE_WORDS or opens_a_row(lines, h.index))
    ]  # "7. DALC subscription", not "35 North 1st East" (an address), a page's number or
    # a numbered sentence ("1. Approve the minutes of the July 19, 2022 regular meeting ...")
    taken |= {h.index for h in kept}
    alone = [c for c in candidates if c.index not in taken and is_title_alone(c, lines)]
    return sorted(unnumbered + kept + alone, key=lambda h: h.index)


def is_title_alone(candidate: HeadingCandidate, lines: list[Line]) -> bool:
    """A number, its mark and a short title alone on one line, running text under it: no
    list's entry, nor a sentence numbered."""
    return (
        bool(candidate.number and candidate.delimiter)
        and not candidate.body_start
        and candidate.lines_used == 1
        and candidate.evidence.score >= HEADING
        and not candidate.evidence.listed
        and len(candidate.title.split()) <= MAX_KEPT_TITLE_WORDS
        and looks_like_title(candidate.title)
        and not is_body_text(candidate.title)  # "61. There were none."
        and heads_running_text(lines, candidate.index)
    )


def numbers_above(
    headings: list[HeadingCandidate], candidates: list[HeadingCandidate]
) -> list[HeadingCandidate]:
    """A title line under a number alone ("1.0" / "PRESENTATIONS") keeps that number, though
    the numbers as a whole lost to the title lines."""
    by_title_line = {c.index + c.lines_used - 1: c for c in candidates if c.lines_used == 2}
    return [
        number
        if (number := by_title_line.get(h.index))
        and comparable(number.title) == comparable(h.title)  # "Minutes." and "Minutes"
        else h
        for h in headings
    ]


def numbers_on_the_line(
    headings: list[HeadingCandidate], candidates: list[HeadingCandidate]
) -> list[HeadingCandidate]:
    """A title line that opens with its own mark ("A. ORAL COMMUNICATIONS" among capitals
    titles unnumbered) keeps it as its number, though the numbers as a whole lost."""
    by_index = {c.index: c for c in candidates if c.lines_used == 1 and c.delimiter}
    out = []
    for heading in headings:
        own = by_index.get(heading.index)
        mark_before = (
            own
            and not own.body_start
            and heading.title != own.title
            and heading.title.endswith(own.title)
        )
        # ... or between the title and its text ("CALL TO ORDER 1. Mayor Bee called ...")
        mark_after = own and own.delimiter == BETWEEN and heading.title == own.title
        if heading.number or not (mark_before or mark_after):
            out.append(heading)
            continue
        out.append(
            replace(
                heading,
                number=own.number,
                title=own.title,
                readings=own.readings,
                delimiter=own.delimiter,
            )
        )
    return out


def numbers_below(
    headings: list[HeadingCandidate], candidates: list[HeadingCandidate], lines: list[Line]
) -> list[HeadingCandidate]:
    """A title line over its minute's first paragraph, numbered ("Declarations of interests"
    / "61. There were none."): the title takes that number, the one a reader cites the
    minute by; the paragraph stays its text."""
    by_index = {c.index: c for c in candidates if c.lines_used == 1}
    out = []
    for heading in headings:
        below = next_text(lines, heading.index + heading.lines_used - 1)
        number = by_index.get(below) if below is not None and below - heading.index <= 2 else None
        if heading.number or number is None or not is_paragraph_under_a_title(number):
            out.append(heading)
            continue
        out.append(replace(heading, number=number.number, readings=number.readings))
    return out


def with_titles_over_the_numbered(
    headings: list[HeadingCandidate], numbered: list[HeadingCandidate], lines: list[Line]
) -> list[HeadingCandidate]:
    """Titles in capitals, each over a numbered paragraph ("DECLARATIONS OF INTEREST" /
    "1. There were no declarations ..."): where most of the numbered paragraphs take their
    numbers from the titles above them, the others' titles head them too, though judged
    alone they fell short ("MINUTE OF BOARD MEETING, 20 JUNE 2018" holds a date)."""
    taken = {h.number for h in headings if h.number}
    covered = sum(c.number in taken for c in numbered)
    if covered < MIN_TITLED_PARAGRAPHS or 2 * covered < len(numbered):
        return headings
    chosen = {h.index for h in headings}
    added = []
    for paragraph in numbered:
        above = previous_text(lines, paragraph.index)
        if paragraph.number in taken or above is None or above in chosen:
            continue
        text = lines[above].text
        if (
            is_paragraph_under_a_title(paragraph)
            and is_capitals_line(text)
            and could_be_title(text)
        ):
            evidence = Evidence()
            evidence.add(1, "a title in capitals over a numbered paragraph, as the others are")
            added.append(
                HeadingCandidate(
                    above, paragraph.number, text, "", 1, paragraph.readings, "", evidence
                )
            )
    return sorted(headings + added, key=lambda h: h.index)


def is_paragraph_under_a_title(candidate: HeadingCandidate) -> bool:
    """A numbered line that is a sentence, not a title: its paragraph's number."""
    title = candidate.title
    return candidate.body_start.startswith(title) or (
        bool(SENTENCE_ENDS.search(title)) and has_a_verb(title)
    )


def with_the_documents_style(
    headings: list[HeadingCandidate], lines: list[Line], margin: int | None = None
) -> list[HeadingCandidate]:
    """Title lines printed as most of the document's headings are (a word or two in title
    case on a line of its own, say), with running text under them, head items too: a
    document keeps one style for its headings, and a line judged alone can fall short
    ("Juniors" under "Dugouts to be sited on far pitch. PH/BP") where its style does not."""
    titles = [h for h in headings if not h.body_start and not h.number]
    shapes = Counter(title_style(lines[h.index].text) for h in titles)
    style, count = shapes.most_common(1)[0] if shapes else (None, 0)
    if count < MIN_LABEL_STYLE or count < STYLE_SHARE * len(titles) or style[0] > 6:
        return headings
    chosen = {h.index for h in headings}
    added = []
    for index in range(min(chosen) + 1, len(lines)):
        text = lines[index].text
        if index in chosen or not text or title_style(text) != style:
            continue
        above = previous_text(lines, index)
        if above in chosen:  # "OPENING" / "PRAYER": a title wrapped
            continue
        if above == index - 1 and runs_to_the_margin(lines[above].text, margin):
            continue  # "... at the show of the Oakley" / "Riverside Growers": its rest
        if not could_be_title(text.removeprefix("- ")) or ATTENDANCE_LABEL.search(text):
            continue
        if DECISION_ALONE.match(text) or OUTCOME.match(text):
            continue  # "RESOLVED" over its resolution, "CARRIED": a part, not a title
        if LABELLED_AMOUNT.search(text):  # "Fundraising: $1954.70": a balance, not a title
            continue
        following = next_text(lines, index)
        if following is None or following in chosen or not text_follows(lines, following):
            continue
        if is_attendee_entry(text):
            continue
        evidence = Evidence()
        evidence.add(HEADING, "a title line in the style of the document's headings")
        title = text.removeprefix("- ").rstrip(" :")
        added.append(HeadingCandidate(index, "", title, "", 1, evidence=evidence))
    return sorted(headings + added, key=lambda h: h.index)


def text_follows(lines: list[Line], following: int) -> bool:
    """Running text on the line below, or the start of it where an excerpt stops ("Abatement
    Request" / "Treasurer S"): the page's last line, cut off mid-word."""
    text = lines[following].text
    cut = next_text(lines, following) is None and not text.endswith((".", "!", "?", ":", "|"))
    return is_body_text(text) or cut


def title_style(text: str) -> tuple[int, str, str, bool]:
    """How a title line is printed: its length (up to 3 words, up to 6, more), its case,
    its last mark and whether a bullet stands before it."""
    words = len(text.split())
    length = 3 if words <= 3 else 6 if words <= 6 else 7
    case = "capitals" if is_capitals_line(text) else "title" if text[:1].isupper() else "lower"
    mark = text[-1] if text[-1:] in ":.-" else ""
    return length, case, mark, text.startswith("- ")


MIN_SECTION_RUN = 3  # items numbered from 1 under a section's title, on average at least


def points_of(numbered: list[HeadingCandidate], titles: list[HeadingCandidate]) -> bool:
    """Numbers that start again from 1 under each of the title lines between them
    ("PUBLIC COMMENT ... TOWN MANAGER REPORT" / "1. Weekly Update" ... "CONSENT AGENDA" /
    "1. Approve ..."): the titles are the items, the numbers their points."""
    restarts = [at for at in range(1, len(numbered)) if starts_at_one(numbered[at])]
    if not restarts:
        return False
    # ... but runs of three and more after each title are sections of items ("BUSINESS -"
    # over "1. CEO REPORT", "2. FINANCIALS", "3. WORKS REPORT" ...), not an item's points
    if len(numbered) - restarts[0] >= MIN_SECTION_RUN * len(restarts):
        return False
    return all(
        any(numbered[at - 1].index < title.index < numbered[at].index for title in titles)
        for at in restarts
    )


def starts_at_one(first: HeadingCandidate) -> bool:
    """The numbers start at 1 ("1.", "1.0", "(1)"): nothing unnumbered comes before them."""
    return bool(re.fullmatch(r"\(?0?1(?:\.0)?\)?", first.number))


def starts_at_two(first: HeadingCandidate) -> bool:
    """The numbers start at 2 ("2.", "II.", "B."): the first item lost its number."""
    return any(reading.running == 2 for reading in first.readings)


def contents_style(headings: list[HeadingCandidate], lines: list[Line]) -> bool:
    """Most of a scheme's headings are a contents table's entries (dot leaders after them)."""
    return sum(lines[h.index].entry for h in headings) * 2 > len(headings)


def plausibility(headings: list[HeadingCandidate]) -> float:
    """How well a scheme's headings explain the document: the sum of their evidence."""
    return sum(heading.weight for heading in headings)


def untitled_opening(lines: list[Line], heading: HeadingCandidate) -> HeadingCandidate | None:
    """One title line of known business, strongly headed ("Public Participation"), below
    running text: a page whose first title was lost ("Members are reminded ..." under
    the item table's header). The text above is an item of its own, titled by its first
    clause, so that neither is folded into the other or into the page's heading."""
    first = running_text_above(lines, heading)
    if first is None:
        return None
    title, rest = first_clause(lines[first].text)
    evidence = Evidence()
    evidence.add(HEADING, "running text above the one title line: an item whose title was lost")
    return HeadingCandidate(first, "", title, rest, 1, evidence=evidence)


def under_the_meetings_opening(lines: list[Line], heading: HeadingCandidate) -> bool:
    """The same strong title line, below running text that opens the meeting ("Chair Bee
    called the meeting to order ..."): the text is the meeting's, the heading its only item."""
    first = running_text_above(lines, heading)
    return first is not None and bool(OPENS_THE_MEETING.search(lines[first].text))


def running_text_above(lines: list[Line], heading: HeadingCandidate) -> int | None:
    """The first line of running text below the heading's date and above a strong title line."""
    if heading.evidence.score < STRONG_TITLE or not body_before(lines, heading.index):
        return None
    start = heading_date_line(lines) + 1
    return next((i for i in range(start, heading.index) if is_body_text(lines[i].text)), None)


OPENS_THE_MEETING = re.compile(
    r"\bcalled\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:meeting\s+)?to\s+order\b", re.IGNORECASE
)
LABELLED_REFERENCE = re.compile(r"\d/\d\d")  # "18/08", "1/13": not items 1 and 2 ("1/2")
INITIALS_BEFORE = re.compile(r"^(?:[A-Z]{2,6}\s+){1,2}$")  # "ABC DEF " before "MIN01/03/..."
LABEL_END = re.compile(r"[\s:#\-\u2013\u2014]+$")  # "ITEM - 1", "Item: 117", "Resolution #91"
MIN_LABELLED_COUNTS = 2  # items whose count is printed with its label, for any to keep it


def printed_numbers(headings: list[HeadingCandidate], texts: list[str]) -> list[str]:
    """Each heading's number as the minutes print it (see labelled). A count's label is
    the numbering's ("Item 1", "Item 2") only when two headings or more carry it; one
    alone is a table column's ("Item: 117 Apologies" over rows "118", "119")."""
    printed = [labelled(h.number, texts[h.index]) for h in headings]
    labelled_count = [
        number != h.number and not LABELLED_REFERENCE.search(h.number)
        for number, h in zip(printed, headings, strict=True)
    ]
    if sum(labelled_count) >= MIN_LABELLED_COUNTS:
        return printed
    return [
        h.number if label_of_a_count else number
        for number, h, label_of_a_count in zip(printed, headings, labelled_count, strict=True)
    ]


def labelled(number: str, text: str) -> str:
    """The number as printed, with its label ("Item 3", "Minute No. 12", "Min. 18/08",
    "ORDER NO. 3") or the body's initials before it ("ABC DEF MIN01/03/12/2020"): how the
    minutes and those who cite them name the item. The marks between label and number
    are left out ("ITEM - 1" is "ITEM 1"). A page's number before it is no part of it."""
    if after_page := PAGE_THEN_ITEM.match(text):  # "1 Item 2: Minutes of ..."
        text = after_page["item"]
    text = MARKED_NUMBER.sub("", text)  # "th ITEM 4 ...": no part of it either
    match = NUMBERED_LINE.match(text)
    if not match or printed_number(match["token"]) != number:
        return number
    if initials := INITIALS_BEFORE.match(text[: match.start("token")]):
        return f"{' '.join(initials[0].split())} {number}"
    label = LABEL_END.sub("", " ".join((match["word"] or "").split()))
    return f"{label} {number}" if label else number


def heads_the_attendance(heading: HeadingCandidate, lines: list[Line]) -> bool:
    """ "MINUTES" above who attended, no running text above it: the document's heading."""
    return is_the_documents_heading(heading, lines) and not any(
        ATTENDANCE_LABEL.search(line.text) for line in lines[: heading.index]
    )


def body_before(lines: list[Line], index: int) -> bool:
    """Whether running text comes before a heading: then one title line is no structure,
    and splitting there would leave that text out of every item."""
    return sum(is_body_text(line.text) for line in lines[:index]) >= 2


def segments_from(
    lines: list[Line], headings: list[HeadingCandidate], scheme: str, width: int | None
) -> Segments:
    texts = [cell_text(line.text) for line in lines]
    numbers = printed_numbers(headings, texts)
    items = []
    for position, heading in enumerate(headings):
        end = headings[position + 1].index if position + 1 < len(headings) else len(texts)
        start = heading.index + heading.lines_used
        body = ([heading.body_start] if heading.body_start else []) + texts[start:end]
        title = cell_text(heading.title)
        title = title[:-1] if title.endswith(".") and is_capitals_line(title) else title
        title = PAGE_NUMBER_AFTER.sub("", title)  # a contents line's page: "... Amendment4"
        if lines[heading.index].entry:
            title = entry_title(title)  # "CITY PLANNING COMMITTEE 38", "MINUTES: 3"
        title = REFERENCE_AFTER.sub("", title)  # "Public Questions. Ref 19/054"
        title = re.sub(r"\s*\.{2,}$", "", title)  # and its leader's dots: "... ABSENCE.."
        title = re.sub(
            r"\s*[\u2022\u25cf\u25aa]$", "", title
        )  # a bullet after it: "MATTERS ARISING •"
        items.append(RawItem(numbers[position], title, body))
    closing = split_off_closing(items[-1])
    join_titles_of_a_narrow_column(items, [bool(heading.body_start) for heading in headings])
    for item, heading in zip(items, headings, strict=True):
        split_parts(item)
        item.lines = drop_labels_and_signatures(item.lines)
        repair_split_title(item)
        if not heading.body_start:
            rejoin_wrapped_title(item, width, texts[heading.index])
        item.title = DANGLING_DASH.sub("", item.title)  # "Report –" with its text below
    return Segments(texts[: headings[0].index], items, closing, scheme)
