"""Query language: user text -> a bounded Whoosh query.

Words are ANDed; OR, NOT, -word, "phrases", word* prefixes, field:terms
(council:, committee:, speaker:, topic:, title:) and date ranges (date:2015,
date:[2014 to 2016]) are understood. Whatever is typed, the result is a
query of bounded cost: prefixes need two letters and expand to a capped
number of terms, and bad syntax degrades to a plain-words search.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from whoosh import query as q
from whoosh.qparser import (
    AndGroup,
    FieldAliasPlugin,
    GtLtPlugin,
    MultifieldParser,
    PlusMinusPlugin,
)
from whoosh.qparser.dateparse import DateParserPlugin
from whoosh.reading import IndexReader

from search_app.index import TEXT_ANALYZER

# Decisions are part of the body text; "decision:" still searches them alone.
SEARCH_FIELDS = ["title", "body", "agenda", "topics", "speakers", "committee", "body_name"]
TEXT_FIELDS = frozenset({"title", "body", "agenda", "topics", "decisions"})
FIELD_ALIASES = {
    "speakers": ["speaker", "by"],
    "topics": ["topic"],
    "committee": ["panel"],
    "body_name": ["council", "body"],
    "decisions": ["decision"],
}
MAX_QUERY_CHARS = 1000
MAX_TERMS = 64  # leaves of the query tree after prefix expansion
MIN_PREFIX = 2
MAX_PREFIX_TERMS = 50
MAX_PREFIX_SCAN = 5000


@dataclass
class ParsedQuery:
    query: q.Query
    note: str | None = None  # told to the user when their syntax was not understood


def make_parser(schema) -> MultifieldParser:
    parser = MultifieldParser(SEARCH_FIELDS, schema, group=AndGroup)
    parser.add_plugin(FieldAliasPlugin(FIELD_ALIASES))
    parser.add_plugin(PlusMinusPlugin())
    parser.add_plugin(GtLtPlugin())
    parser.add_plugin(DateParserPlugin(free=False))
    return parser


def plain_words(text: str) -> str:
    """The words of a query with every operator character removed."""
    return " ".join(re.findall(r"\w+", text))[:MAX_QUERY_CHARS]


def parse_query(
    text: str, parser: MultifieldParser, reader: IndexReader, acronyms: dict[str, str]
) -> ParsedQuery:
    text = clean_query_text(text)
    if not text:
        return ParsedQuery(q.Every())
    try:
        parsed = parser.parse(text)
        if has_errors(parsed):
            raise ValueError("syntax")
        return ParsedQuery(bound_query(parsed, reader, acronyms), syntax_notes(text))
    except Exception:  # whoosh's parser raises many kinds on odd input; degrade, never fail
        return plain_words_query(text, parser, reader, acronyms)


def syntax_notes(text: str) -> str | None:
    """What the query asked for that was read differently, said rather than done silently:
    a one-letter prefix ("e*") is left out, a date range written backwards is turned round."""
    notes = []
    short = re.findall(r"(?<![\w*?])\w[*?]", text)
    if short:
        listed = ", ".join(f"“{s}”" for s in short)
        notes.append(f"Word beginnings need at least {MIN_PREFIX} letters: {listed} left out.")
    for start, end in re.findall(r"\[\s*(\d{4})\S*\s+to\s+(\d{4})", text, re.IGNORECASE):
        if start > end:
            notes.append(f"The date range was the wrong way round: searched {end} to {start}.")
    return " ".join(notes) or None


def plain_words_query(
    text: str, parser: MultifieldParser, reader: IndexReader, acronyms: dict[str, str]
) -> ParsedQuery:
    words = plain_words(text)
    try:
        fallback = bound_query(parser.parse(words), reader, acronyms) if words else None
    except Exception:
        fallback = None
    if fallback is None:
        return ParsedQuery(q.NullQuery, "Nothing searchable was left in that query.")
    return ParsedQuery(fallback, "The query syntax was not understood; searched for the words.")


def clean_query_text(text: str) -> str:
    text = re.sub(r"[\x00-\x1f\x7f]", " ", text or "")
    return text[:MAX_QUERY_CHARS].strip()


def walk(node: q.Query):
    yield node
    for child in node.children():
        yield from walk(child)


def has_errors(node: q.Query) -> bool:
    """Whoosh marks what it could not parse with an `error` attribute on the node."""
    return any(getattr(n, "error", None) for n in walk(node))


def bound_query(node: q.Query, reader: IndexReader, acronyms: dict[str, str]) -> q.Query:
    bounded = node.accept(lambda n: expand_node(n, reader, acronyms))
    if count_leaves(bounded) > MAX_TERMS:
        raise ValueError("query too complex")
    return bounded.normalize()


def count_leaves(node: q.Query) -> int:
    return sum(1 for n in walk(node) if n.is_leaf())


def expand_node(node: q.Query, reader: IndexReader, acronyms: dict[str, str]) -> q.Query:
    if isinstance(node, (q.Prefix, q.Wildcard)):
        return expand_prefix(node, reader)
    if isinstance(node, (q.FuzzyTerm, q.Regex)):
        return q.Term(node.fieldname, node.text)
    if isinstance(node, q.Term) and node.fieldname in TEXT_FIELDS:
        return with_expansion(node, acronyms)
    if isinstance(node, q.Phrase) and node.fieldname in TEXT_FIELDS:
        return with_acronym(node, acronyms)
    return node


def expand_prefix(node: q.Query, reader: IndexReader) -> q.Query:
    """ "exploit*" -> the most frequent matching terms, capped; a one-letter prefix, nothing."""
    text = node.text
    literal = re.split(r"[*?]", text, maxsplit=1)[0]
    if len(literal) < MIN_PREFIX:
        return q.NullQuery
    pattern = re.compile(re.escape(text).replace(r"\*", ".*").replace(r"\?", ".") + "$")
    candidates = []
    for scanned, term in enumerate(reader.expand_prefix(node.fieldname, literal)):
        if scanned >= MAX_PREFIX_SCAN:
            break
        word = term.decode("utf-8") if isinstance(term, bytes) else term
        if pattern.match(word):
            candidates.append((reader.doc_frequency(node.fieldname, word), word))
    candidates.sort(reverse=True)
    terms = [q.Term(node.fieldname, word) for _, word in candidates[:MAX_PREFIX_TERMS]]
    return q.Or(terms) if terms else q.NullQuery


def analysed(text: str) -> list[str]:
    return [token.text for token in TEXT_ANALYZER(text)]


def with_expansion(node: q.Term, acronyms: dict[str, str]) -> q.Query:
    """A query for "WSCB" also finds "Worcestershire Safeguarding Children Board"."""
    expansion = acronyms.get(str(node.text).upper())
    if not expansion:
        return node
    words = analysed(expansion)
    return q.Or([node, q.Phrase(node.fieldname, words)]) if words else node


def with_acronym(node: q.Phrase, acronyms: dict[str, str]) -> q.Query:
    """A query for "child sexual exploitation" also finds "CSE"."""
    for acronym, expansion in acronyms.items():
        if analysed(expansion) == list(node.words):
            return q.Or([node, q.Term(node.fieldname, acronym.lower())])
    return node
