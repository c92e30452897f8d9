"""Reader for HTML minutes pages from council committee systems.

ModernGov pages ("Agenda and minutes", ieListDocuments.aspx) mark items up
explicitly, so their headings are certain; other systems (CMIS, plain council
pages) are flattened to lines and left to the text segmenter's heading rules.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import replace

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.builder import ParserRejectedMarkup
from bs4.dammit import EncodingDetector
from bs4.element import PreformattedString

from search_app.errors import UnreadableDocument
from search_app.models import SystemItem
from search_app.parse.lines import Line, SourceText, decode_bytes, normalise_line, split_lines

BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "h1", "h2",
    "h3", "h4", "h5", "h6", "header", "footer", "hr", "li", "main", "ol", "p", "pre",
    "section", "table", "tbody", "td", "th", "tr", "ul",
}  # fmt: skip
NOISE_TAGS = ["script", "style", "noscript", "nav", "form", "iframe", "svg", "template"]
ITEM_NUMBER = re.compile(r"^\s*([A-Z]{0,4}\d+[A-Za-z]?(?:/\d+)?|[A-Z]{1,3}/\d+)\s*[.):]?\s*(?!\S)")
# Links ModernGov puts inside item rows: document sizes and "view the background" links.
MODERNGOV_CHROME = re.compile(
    r"\b(?:PDF|DOC|DOCX)\s+\d+\s*[KM]B\b|^View the (?:background|reasons|decision)|"
    r"^Additional documents:?$|^Supporting documents:?$",
    re.IGNORECASE,
)
COUNCIL_NAME = re.compile(r"\b(?:Council|Authority|Borough|Assembly|Board)\b")


def read_html(data: bytes, path: str) -> SourceText:
    soup = parse_markup(decode_bytes(data, path, declared_encoding(data)), path)
    for tag in soup.find_all(NOISE_TAGS):
        tag.decompose()
    body_hint, title_hint = council_from_title(soup), page_title(soup)
    item_rows = moderngov_item_rows(soup)
    lines = moderngov_lines(soup, item_rows) if item_rows else block_lines(soup.body or soup)
    return SourceText(lines, body_hint, title_hint, wrapped=False)


# HTML5 reads these labels as other encodings: browsers decode "latin-1" pages as
# Windows-1252 (its curly quotes and dashes), and a UTF-16 label found by reading the page
# as ASCII cannot be true.
AS_BROWSERS_READ = {"iso8859-1": "cp1252", "ascii": "cp1252", "utf-16": "utf-8",
                    "utf-16-le": "utf-8", "utf-16-be": "utf-8"}  # fmt: skip


def declared_encoding(data: bytes) -> str | None:
    """The encoding a page's <meta charset> or <meta http-equiv="Content-Type"> names, near
    its start, if Python knows it: a Shift-JIS page is not UTF-8 gone wrong."""
    label = EncodingDetector.find_declared_encoding(data[:4096], is_html=True)
    try:
        name = codecs.lookup(label).name if label else None
    except LookupError:
        return None
    return AS_BROWSERS_READ.get(name, name) if name else None


DATE_META = ("date", "dc.date", "dcterms.date", "article:published_time", "meeting_date")


def page_title(soup: BeautifulSoup) -> str | None:
    """The page's <title>, and a date from its metadata: where committee systems put both."""
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    for meta in soup.find_all("meta"):
        name = str(meta.get("name") or meta.get("property") or "").lower()
        if name in DATE_META and meta.get("content"):
            title = f"{title} {meta['content']}".strip()
            break
    return title or None


def parse_markup(text: str, path: str) -> BeautifulSoup:
    try:
        return BeautifulSoup(text, "html.parser")
    except (ParserRejectedMarkup, RecursionError, AssertionError) as error:
        raise UnreadableDocument(path, f"HTML could not be parsed ({error})") from error


def council_from_title(soup: BeautifulSoup) -> str | None:
    """ModernGov titles end " - <Council name>"; other sites often do the same."""
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    for part in reversed(re.split(r"\s+[-|\u2013]\s+", title)):
        if COUNCIL_NAME.search(part):
            return part.strip()
    return None


# ModernGov's classes for its table of items and for an item's title (and its number).
TABLE_CLASS, TITLE_CLASS = "mgItemTable", "mgAiTitleTxt"


def moderngov_item_rows(soup: BeautifulSoup) -> list[Tag]:
    """The item table's rows that hold an item's title. Found by tag and class, not by CSS
    selectors: a selector's first use costs a quarter of a second (soupsieve compiling its
    patterns), more than reading the page."""
    rows = []
    for table in soup.find_all("table", class_=TABLE_CLASS):
        rows.extend(row for row in table.find_all("tr") if row.find("p", class_=TITLE_CLASS))
    return rows


ITEMS_GO_HERE = "\u2063items\u2063"  # invisible marker where the item table stood


def moderngov_lines(soup: BeautifulSoup, rows: list[Tag]) -> list[Line]:
    """Page text before the item table, the items, then what follows ("The meeting ended")."""
    item_lines = [line for row in rows for line in moderngov_item(row)]
    tables = soup.find_all("table", class_=TABLE_CLASS)
    tables[0].replace_with(ITEMS_GO_HERE)
    for table in tables[1:]:
        table.decompose()
    page = block_lines(soup.find(id="modgov") or soup.body or soup)
    split = next((i for i, line in enumerate(page) if ITEMS_GO_HERE in line.text), len(page))
    return page[:split] + item_lines + page[split + 1 :]


def moderngov_item(row: Tag) -> list[Line]:
    # ModernGov repeats the item number in a second mgAiTitleTxt (its own cell),
    # and sometimes again in front of the title.
    titles = [p.get_text(" ", strip=True) for p in row.find_all("p", class_=TITLE_CLASS)]
    # Some councils' "No. Item" tables leave the number cell empty: the row is still an item.
    number = next((m.group(1) for t in titles if (m := ITEM_NUMBER.match(t))), "")
    title = normalise_line(max((ITEM_NUMBER.sub("", t, count=1) for t in titles), key=len))
    if not title:
        return []
    for paragraph in row.find_all("p", class_=TITLE_CLASS):
        paragraph.decompose()
    body = [line for line in block_lines(row) if not MODERNGOV_CHROME.search(line.text)]
    return [Line(title, heading=True, number=number), *body]


def with_system_items(source: SourceText, items: list[SystemItem]) -> SourceText:
    """The document read with its items as the committee system split them: what comes
    before the first item's title stays (the heading, attendance), then each item as a
    certain heading, its agenda wording and, after "Minutes:", the minute."""
    first = normalise_line(items[0].title).lower() if items else ""
    lines = source.lines
    start = next((i for i, line in enumerate(lines) if first and line.text.lower().endswith(first)),
                 len(lines))  # fmt: skip
    given = [line for item in items for line in system_item_lines(item)]
    return replace(source, lines=lines[:start] + given, wrapped=False)


def system_item_lines(item: SystemItem) -> list[Line]:
    title = normalise_line(item.title)
    if not title:
        return []
    agenda = html_lines(item.agenda_html)
    minutes = html_lines(item.minutes_html)
    return [Line(title, heading=True, number=item.number.strip().rstrip(".")), *agenda,
            *([Line("Minutes:"), *minutes] if minutes else [])]  # fmt: skip


def html_lines(fragment: str) -> list[Line]:
    return block_lines(parse_markup(fragment, "item")) if fragment.strip() else []


def block_lines(root: Tag) -> list[Line]:
    """The text of an element as lines, one per block element, lists as bullets.

    One iterative walk: bs4's insert_after is quadratic and recursion overflows
    on the deeply nested markup some generated pages (and hostile ones) carry.
    """
    parts: list[str] = []
    end_of_block = object()
    stack: list[object] = [root]
    while stack:
        node = stack.pop()
        if node is end_of_block:
            parts.append("\n")
        elif isinstance(node, PreformattedString):
            continue  # comments, doctypes, processing instructions
        elif isinstance(node, NavigableString):
            parts.append(str(node))
        elif isinstance(node, Tag):
            if node.name in BLOCK_TAGS:
                parts.append("\n- " if node.name == "li" else "\n")
                stack.append(end_of_block)
            stack.extend(reversed(node.contents))
    return [line for line in split_lines("".join(parts)) if line.text]
