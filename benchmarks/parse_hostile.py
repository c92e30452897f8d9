"""Benchmark: parsing time on hostile text (long runs of one character, token or line).

    python benchmarks/parse_hostile.py [--size 80000]

A harvested file is whatever a remote server sent: a pattern that backtracks on a long
run ("1111…", spaces, dots) would hold a harvest for minutes. Each input is a title line,
a run of `size` characters (or of lines, or of items numbered 1, 2, 3 ...) and an end
line; the figure is the parse time of
each, and the worst. Parsing time should grow in proportion to the size, so the run is
timed at two sizes and the ratio printed: about 4 for a linear parser when the size is
multiplied by 4.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from search_app.parse import parse_bytes  # noqa: E402

RUNS = [
    ".", "-", "|", "A", "1", "\u2013", ":", "/", "a ", "A ", "1 ", ". ", "A. ", "1. ", "| ",
    "\t", "(", ")", "'", ";", ",", "THE ", "1a", "a1", "1-", "_", "1/", "1.1", " ",
    "THE\n", "PUBLIC WORKS\nThe roads\n",  # many lines and no blank line between them
    "\n", " \n", "-\n",  # a long run of blank (or blanked) lines
    "1. A\n", "I. A\n", "1. A\n1.1 B\n", "APOLOGIES\n",  # thousands of headings alike
    "A. O ", "1.1 A b.\n", "meeting of the A No. ", "A b.\nMinutes:\n", "AB – 1) Ab ",
    "minutes of meeting of 1 May 2019 ", "Chairman's\nReport\n", "I.AB ", "ITEM - 1 A ",
    "x. A. AB CD: ", "Ab Bc (AB) ",  # many definitions of one acronym
    "the Ab Committee ", "The Committee was ",  # a body named again and again
    "JULY 11, 2023 ", "Thursday, May 8,  2014 ", "2nd July 2007, Council Chamber ",  # dates
    "• Moved by:Councillor S. Martin ",  # a sentence that never ends: initials throughout
    "Ab Cd: None Ef:None ", ". I ABC OF ", "at 7:05 PM ABC DEF Ab ",  # flattened labels
    "AB/23/6/1 | Ab cd |\n", "C01:05/24 Ab cd.\n",  # references of four parts, after a colon
    "Dydd Iau, 9fed Hydref, 2014 ", "Mai ",  # dates in Welsh
    "ok. Approval Of Minutes Of The Board Of ",  # known business after every sentence
    "MINUTES: 3\n\n", "|\nA b. c d.\n",  # a contents column of pages; rows parted by "|"
    "ABCD EF 2000-2001 GH ", "Page 28. AB ",  # long headings in capitals; pages before them
    "F01:04/24 Ab ",  # references counting before their month and year, flattened
    "ok. Minutes of the previous meeting The ",  # known business in sentence case, flattened
    "AB/23/6/1 | Ab cd ",  # references of four parts in a flattened table's cells
    "Ab | cd ef. | ",  # a two-column table run together
    "ab 1.     CD ",  # a flattened list's numbers before the PDF's wide gaps
    "ab - CD EF Gh ",  # bulleted headings in capitals, flattened
    "ab 2895: Cd ",  # minute numbers with a colon after them, flattened
    "AM119 Ab ",  # a count glued between letters and the year, flattened
    "Ab Cd: \u2022 ef ",  # a title and colon over bullets, flattened
    "ab (i) Cd ",  # small roman numerals bracketed, flattened
    "Ab: No report ",  # flattened labels after "No report"
    "ok. Ab Cd \u2013 EF GH: Ij ",  # flattened labels marked "– ACTION ITEM:"
    "Motion by Ab.\n1. Cd\n2. Ef\n",  # lists a motion puts, no blank line between them
    "Moved by Ab. 1. Cd 2. Ef carried. ",  # ... and flattened
    "ITEM - 1     AB.. 1 ",  # an item's number with its word before a wide gap
    "to 0. AB ", "ab I) Cd II) Ef ",  # a tally's zero before capitals; Roman numerals with ")"
    "ab. ROLL CALL was ", "1 ab 2 cd 3 ef ",  # known business opening a sentence; line numbers
    "ab 1          Ab ", "ab. I. Ab cd II. Ef ",  # a number before a wide gap; flattened numerals
    "ab. Cd Minutes: ef ", "ab. 1.0\nAB cd\n",  # flattened rows' labels; numbers at lines' ends
    "II.Ab cd\n", "Ab \u2013Cd ef\n", "Ab cd ef:\nGh ij kl.\n",  # glued numerals and dashes; colons
    "the meeting of the Ab Cd to order ", "MEETING OF : AB (Special Meeting) ",  # bodies named
    "1 Prayer His Ab the Cd ef. ",  # an honorific opening the text after a title
    "1. 207-2025 Ab\n", "Item 7: Ab\nItem 3: Cd\n",  # resolution numbers; items out of order
    "3. A. AB CD - ef ", "Ab 5.00\n", "Ab cd:\nThe following were:\n",  # a part's letter; sums
    "Mr. Ab: Cd ef. ", "1. AB \u2013 7:04 pm\n",  # speakers' turns, flattened; a time after a dash
    "3. Ab cd ef gh (ij)\n", "ORDER OF BUSINESS NO. 1 Ab\n",  # a closing note; named numbers
    "A. 05:32:42 PM Ab\n",  # a recording's time after the number
    "AB CD {n} Ef gh.\n", "AB CD 1A. Ef\n",  # a minute's number between its title and text
    "Ab cdEf{n}.Gh ij ",  # a page's lost line breaks, before glued item numbers too
    "Date: 1 May 2019\nMinutes of Ab held on 2 May 2019\n",  # a post's date, then the heading's
    "{n}.19 Ab cd. ", "ab 1234.19 Ab ",  # a running count with the year after a stop, flattened
    "It was moved and seconded {n:03d}/14 THAT the ab. CARRIED AB ",  # resolutions' numbers
    "ab. 0058 ABCDEF GHIJKL. Ab ", "AB CD \u2022 Ef ",  # stopped capitals, flattened; bullets
    "Item 2 on the Agenda: Ab\n", "Proposed Ab cd\n",  # where a number is printed; "Proposed"
    "SECTION 1: AB\n", "Ab Call To Order: Cd ",  # sections; known business labelled, flattened
    "ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op Ab\nCd Ef\n",  # a margin
    "- Ab \u2013 CD EF: Gh ij\nkl mn\n", "AB.001/24 Cd ef\nGh.\n",  # wrapped bullets; entries
    "1.\nAb\n(a) Cd ef\ngh;\n", "Page 1 of 2\nAb Cd\n",  # lettered points; a page's header
    "Ab:\n1. Cd ef of\nGh ij.\n",  # a list's entries wrapped on to lines opening in capitals
    "Ab Cd \u2013 Ef gh ij a\nkl.\n",  # "Title – text" paragraphs wrapped mid-sentence
    "J. AB CD.\n", "Ab Present:\nAb Cd\nEf Gh\n",  # initials; names under attendance labels
    "May 1, 2020\n", "Ab Cd:\nEf $1,000.00\n",  # one day again and again; titles over sums
    "2. Ab\n- Cd Ef\nGh ij kl.\n5. Mn\n",  # numbers skipped, bulleted titles between
    "Ab Cd: a) Ef gh. b) Ij kl.\n\n",  # counts in brackets inside paragraphs
    "2019 Ab Cd: Ef gh ij.\n\n", "Councillor ab: Cd ef.\n\n",  # a year's title; a post's
    "Ab motion/Cd second ", "- approved ",  # credited motions; outcomes after dashes
    "Motion: Ab / Cd: Ef, second Gh ",  # a motion credited after its wording, again and again
    "Ab's\nCd: ef gh.\n",  # labels broken after a possessive, line after line
    "Ab Cd\nPage 1 of 2\nAb Cd\n",  # page footers, each beside lines in the heading's words
    "1.a Ab cd\n",  # points lettered after a number and a stop, thousands alike
    "2019 June 5 ", "Dydd Mawrth, 21ain Mai, 2019 ",  # dates year first; Welsh, a weekday
    "Minutes of the meeting of May 4, 2021\n", "Ab Cd and Ef Gh via Zoom ",  # headings; names
    "21/1 Ab cd\n",  # minutes numbered in their year from one digit, thousands alike
    "Ab:\n1. Cd\n2. Ef\n2. Gh\n",  # lists that end where the count goes on
    "The ab was denied and the cd were authorised. ",  # outcomes in the passive
    "Signed: ........ Ab\n", "Ab cd ____ ef\n",  # blanks to sign on or fill in
    "Ab cd. The ef was agreed.\n\n",  # topics of a few words before a full stop
    "Ab cd \u2013 The ef was agreed.\n\n",  # topics in sentence case before a dash
    "Ab. 2 CD EF. 3 GH ",  # flattened numbers without a stop before capitals
    "Date of Next Meeting\n",  # known business after the last number, line after line
    "Ab To note cd. Additional documents:\nDecision: Ef.\n",  # rows whose label fell below
    "MINUTES 12 JANUARY 2023 Ab\n", "Ab reported:\n",  # dated minutes; lists after a verb
    "Apologies for non-attendance\n", "Minutes\nPRESENT: Ab\n",  # business; the title
    "RESOLVEDthat ab ", "were confirmed (ab) as ",  # outcomes glued or with an aside
    "304-1.Ab cd\n", "08/15:01 AB\n", "304-1.Ab cd ",  # a meeting's number, then the item's
    "ab. LA 17/27 Cd ef ",  # references whose letters stand apart, flattened
    "Ab cd\n\n61. There were none.\n\n",  # titles over their minutes' numbered paragraphs
    "ab 1 Cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh "
    "ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op qr st uv wx yz ab cd ef gh ij kl mn op "
    "qr st uv wx yz ab cd ef gh ij kl mn op qr st uv wx yz.\n",  # flattened pages, counting on
    "[1] Ab\n", "21-045 Ab\n", "Ab cd from Cllr Ef.\nGh\n",  # bracketed; year's; names ended
    "Present: Ab Cd. Absent: Ef. ",  # labels of the attendance on one line
    "Apologies were received from Ab.\n",  # apologies said in the opening text
    "1 Ab\n2\n3 Cd\n4\n5 Ef\n6\n7\n8\n9\n10\n11 Gh\n12\n",  # pages' line numbers
    "1. DOC-2017-151 : Ab\n",  # a document's reference between the number and the title
    "(#773) – AB CD\n",  # dockets' numbers in brackets
    "18/19-84: Ab\n", "[3].11/834. Ab. Cd ef.\n", "Ab.? ?Cd.? ",  # year's range; two; lost spaces
    "Ab cd. Ef gh ij.\n", "AB CD ef gh.\n\n",  # a short title at its stop; capitals run in
    "Ab cd. 1\n\n", "  1. 1. AB\n", "31/12 / Ab\n",  # contents pages; doubled; cells
    "AB CD EF GH IJ KL MN OP, 2010:\nAb cd ef.\n", "06/07/10-Ab\n",  # long labels; dated
    "1. Dr. Ab Cd Member Dean, Ef Gh\n",  # people with posts, numbered
    "1.Ab cd ef. 2. Gh ij ", "Ab:\n- cd\n",  # next numbers after a stop; titles over bullets
    "Ab To cd ef.\n|\n||\n",  # rows closed by pipes
    "Consider ab cd,\n2016.\n",  # the agenda's wording opening paragraphs
    "20/07 AB\n20/07/01 Cd\n",  # points of a referenced item
    "ab. ______ AB 8705 Cd ef ",  # rules in flattened text
    "ab. 1 Cd Ef Gh ij. ",  # a flattened page's two counted items
    "ATTENDANCE\nThe ab cd.\n",  # the attendance told among headings
    "Ab Cd a ef was gh\n", "4 Ab\n4 Cd\n5 Ef\n",  # a lower-case minute; a number twice
    "AB CD 12/477 Ef gh\n", "ab 18/19-84: Cd ef ",  # margin titles; flattened references
    "It was so voted. ", "Prop Ab\nSec Cd\n",  # outcomes and credits
    ", the Ab Cd ", "Ab Council at 8:45PM Ab Council at 8:45PM ",  # the body that met; leftovers
    "ab held from 1 March 2019 to ", "Minute of Meeting of the Ab Board ",  # periods; openings
    "| 2 Ab cd. ",  # counts after a table's cell marks
    "Motion made by Ab Cd Ef Gh Ij ", "Ab moved to approve cd. ",  # motions put
    "Present: Councillor Ab Cd ", "Present: | | ", "Present: Cllr Ab The Chairman\n",  # entries
    "|---", "|||||\n", "| No. | Item |\n|---|---|\n",  # table rules and empty rows
    "AB CD\u2014", "TO ELECT a ", "APPROVED 12/01098/B: Ab ",  # titles in capitals
    "Ab. AB CD PLA147/14 Ab cd ", "2a. Ab\n", "1 CALL TO ORDER - ",  # references, business
    "Decision The ", "Comments from Ab, ",  # decisions and subjects
    "ab 1 Cd ef ", "ab 1 Cd ef 2 Gh ",  # counts from one, the last reading of a page
    "21-80 | AB cd |\n", "ab (II)CD ef ",  # rows without a first pipe; bracketed numerals
    "the ab, unanimously, decided ", "this eleventh day of ",  # outcomes; days in words
    "Present: Ab Cd,\n\n",  # an attendance list that runs on, line after line
    "C1. Ab cd. ", "04/11/20 Ab\n", "1-2021 - Ab\n", "00583/15 Ab ",  # references, flattened too
    "Cr. A.....Ab ", "8\nth\nMay 2021 ", "(TC) / AB\n",  # dots between; ordinals; code columns
    "V.A.1. Ab\n", "LET THE RECORD SHOW Ab ",  # a roman outline's points; a record's formula
    "V.A.{n}. Ab {n}\n", "{n}) Ab {n} cd. ", "{n}. Ab {n} cd. ", "{n:05d}/15 Ab cd. ",  # counting
    "ab cd. {n}: AB CD Ef gh ", "OrderThe ab cdEf. ", "Ab 23 - 24 March 2010 ",  # colons; joins
    "Home > Ab > Cd 2010\n", "1. AB CD 19.{n} Ef gh ",  # paths; agenda over running numbers
]  # fmt: skip


def parse_seconds(run: str, size: int) -> float:
    """The parse time of `size` characters of `run` repeated; a run with "{n}" in it counts
    up ("{n}) Ab cd. ": 1), 2), 3) ...), as a page of thousands of items does."""
    if "{n}" in run:
        text, count = "Title\n", 0
        while len(text) < size:
            count += 1
            text += run.format(n=count)
        text += "\nEnd"
    else:
        text = "Title\n" + run * (size // len(run)) + "\nEnd"
    started = time.perf_counter()
    parse_bytes(text.encode(), "hostile.txt")
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=80_000)
    size = parser.parse_args().size
    worst = ("", 0.0, 0.0)
    for run in RUNS:
        small, large = parse_seconds(run, size // 4), parse_seconds(run, size)
        print(f"  {run!r:8} {size // 4:>7} chars {small:6.3f} s   {size:>7} chars {large:6.3f} s")
        if large > worst[2]:
            worst = (run, small, large)
    run, small, large = worst
    ratio = large / small if small else float("inf")
    print(f"worst: {run!r}, {large:.3f} s for {size} chars ({ratio:.1f}x for 4x the size)")


if __name__ == "__main__":
    main()
