"""Snippets with the matched terms marked; every other character HTML-escaped.

Snippets are made straight from the stored text with whoosh.highlight, for the
page of hits only, so no search result object (and none of its groupedby
costs) is involved.
"""

from __future__ import annotations

import re
from html import escape

from whoosh import highlight
from whoosh import query as q

from search_app.index import TEXT_ANALYZER

MAX_SNIPPETS = 3


class MarkFormatter(highlight.Formatter):
    """<mark>term</mark>, with the text around and inside escaped (quotes too)."""

    between = " … "

    def _text(self, text: str) -> str:
        return escape(text, quote=True)

    def format_token(self, text: str, token, replace: bool = False) -> str:
        return f"<mark>{escape(highlight.get_text(text, token, replace), quote=True)}</mark>"


FORMATTER = MarkFormatter()
FRAGMENTER = highlight.ContextFragmenter(maxchars=240, surround=70)
WHOLE = highlight.WholeFragmenter()


def query_words(query: q.Query, fields: set[str]) -> frozenset[str]:
    """The analysed words the query looks for in these fields."""
    words = set()
    for fieldname, text in query.iter_all_terms(phrases=True):
        if fieldname in fields:
            words.add(text.decode("utf-8") if isinstance(text, bytes) else text)
    return frozenset(words)


def snippets(text: str, words: frozenset[str], top: int = MAX_SNIPPETS) -> list[str]:
    """The best fragments of the text around the words, escaped and marked."""
    if not words or not text:
        return []
    fragments = highlight.top_fragments(
        FRAGMENTER.fragment_tokens(text, matched_tokens(text, words)),
        top,
        highlight.BasicFragmentScorer(),
        order=highlight.FIRST,
    )
    # A fragment may span paragraphs; HTML would run them together ("weather. - A ...").
    return [
        re.sub(r"\s*\n\s*(?:- )?", " · ", FORMATTER.format_fragment(fragment)).strip(" ·")
        for fragment in fragments
    ]


def marked(text: str, words: frozenset[str]) -> str:
    """The whole text escaped, with the words marked (for titles and item pages)."""
    if not words:
        return escape(text, quote=True)
    fragments = list(WHOLE.fragment_tokens(text, matched_tokens(text, words)))
    return FORMATTER.format(fragments) if fragments else escape(text, quote=True)


def matched_tokens(text: str, words: frozenset[str]):
    # The analyzer reuses one token object; the fragmenters copy the matched ones they keep.
    for token in TEXT_ANALYZER(text, chars=True, removestops=False):
        token.matched = token.text in words
        yield token


def opening(text: str, length: int = 240) -> str:
    """The start of a text, escaped: the snippet of an item matched only by its filters."""
    short = text if len(text) <= length else text[:length].rsplit(" ", 1)[0] + " …"
    return escape(short, quote=True)
