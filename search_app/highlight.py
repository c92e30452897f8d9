"""Snippets with the matched terms marked; every other character HTML-escaped.

Snippets are made straight from the stored text with whoosh.highlight, for the
page of hits only, so no search result object (and none of its groupedby
costs) is involved.
"""

from __future__ import annotations

import functools
import re
from html import escape

from whoosh import highlight
from whoosh.lang.porter import stem

from search_app.analysis import NAME_ANALYZER, STOP_WORDS, TEXT_ANALYZER

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
SCORER = highlight.BasicFragmentScorer()
SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+|\n\s*")
SENTENCE_REACH = 60  # characters a fragment may reach back to start at its sentence


def snippets(text: str, words: frozenset[str], top: int = MAX_SNIPPETS) -> list[str]:
    """The best fragments of the text around the words, best first, escaped and marked.

    The choice is by score then position, never by object identity (Whoosh's
    top_fragments), so the same request always gives the same bytes. Each fragment
    is widened to whole words, starts at its sentence when one begins just before,
    and says where it was cut with "…".
    """
    if not words or not text:
        return []
    fragments = [
        f for f in FRAGMENTER.fragment_tokens(text, matched_tokens(text, words)) if f.matches
    ]
    best = sorted(fragments, key=lambda f: (-SCORER(f), f.startchar))[:top]
    return [snippet_html(text, fragment) for fragment in best]


def snippet_html(text: str, fragment: highlight.Fragment) -> str:
    last_match = max(token.endchar for token in fragment.matches)
    start, end = word_edges(text, fragment.startchar, fragment.endchar, last_match)
    fragment.startchar, fragment.endchar = start, end
    html = one_line(FORMATTER.format_fragment(fragment))
    before = "… " if text[:start].strip() else ""
    after = " …" if text[end:].strip() else ""
    return f"{before}{html}{after}"


def word_edges(text: str, start: int, end: int, last_match: int) -> tuple[int, int]:
    """The span widened to whole words, back to a sentence start close before it, and
    ended at a sentence end close before its end (not before its last match)."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    ends = list(SENTENCE_END.finditer(text, max(0, start - SENTENCE_REACH), start))
    if ends:
        start = ends[-1].end()
    ends = list(SENTENCE_END.finditer(text, max(last_match, end - SENTENCE_REACH), end))
    if ends:
        end = ends[-1].start()
    return start, end


def marked(text: str, words: frozenset[str], analyzer=TEXT_ANALYZER) -> str:
    """The whole text escaped, with the words marked (for titles and item pages); names
    are read with the analyzer of their field."""
    if not words:
        return escape(text, quote=True)
    fragments = list(WHOLE.fragment_tokens(text, matched_tokens(text, words, analyzer)))
    return FORMATTER.format(fragments) if fragments else escape(text, quote=True)


def matched_tokens(text: str, words: frozenset[str], analyzer=TEXT_ANALYZER) -> list:
    """The text's tokens, each marked `matched` when it is a word looked for or inside a
    phrase looked for (stop words inside a phrase, as in "transfers of care", included)."""
    if analyzer is TEXT_ANALYZER:
        tokens = text_tokens(text)
    else:  # the analyzer reuses one token object: keep copies
        tokens = [token.copy() for token in analyzer(text, chars=True, removestops=False)]
    for token in tokens:
        token.matched = token.text in words and not token.stopped
    phrases = [phrase.split(" ") for phrase in words if " " in phrase]
    if phrases:
        mark_phrases(tokens, phrases)
    return tokens


class WordToken:
    """What the fragmenter and formatter read of a token: a slotted object is several
    times cheaper than Whoosh's, and snippets are most of a results page's time."""

    __slots__ = ("text", "startchar", "endchar", "stopped", "matched", "boost")

    def __init__(self, text: str, startchar: int, endchar: int, stopped: bool) -> None:
        self.text, self.startchar, self.endchar = text, startchar, endchar
        self.stopped, self.matched, self.boost = stopped, False, 1.0

    def copy(self) -> WordToken:
        twin = WordToken(self.text, self.startchar, self.endchar, self.stopped)
        twin.matched = self.matched
        return twin


WORD = re.compile(r"\w+(?:\.?\w+)*")  # Whoosh's RegexTokenizer default


@functools.lru_cache(maxsize=100_000)
def stemmed(word: str) -> str:
    return stem(word)


def text_tokens(text: str) -> list[WordToken]:
    """TEXT_ANALYZER's tokens (lower case; stop words and one-letter words marked, not
    removed; the rest Porter-stemmed), made directly: the same tokens, test-checked."""
    tokens = []
    for match in WORD.finditer(text):
        word = match.group().lower()
        stopped = len(word) < 2 or word in STOP_WORDS
        tokens.append(
            WordToken(word if stopped else stemmed(word), match.start(), match.end(), stopped)
        )
    return tokens


def mark_phrases(tokens: list, phrases: list[list[str]]) -> None:
    content = [i for i, token in enumerate(tokens) if not token.stopped]
    texts = [tokens[i].text for i in content]
    for phrase in phrases:
        size = len(phrase)
        for start in range(len(texts) - size + 1):
            if texts[start : start + size] == phrase:
                for token in tokens[content[start] : content[start + size - 1] + 1]:
                    token.matched = True


def why_matched(values: dict[str, list[str]], words: dict[str, frozenset[str]]) -> list[str]:
    """For an item matched only by a speaker's name or a topic, lines that say so, with
    the words marked ("Speaker: <mark>Gail Quinton</mark>"), as the snippet."""
    reasons = []
    for field, label, analyzer in (
        ("speakers", "Speaker", NAME_ANALYZER), ("topics", "Topic", TEXT_ANALYZER),
    ):  # fmt: skip
        for value in values.get(field, []):
            html = marked(value, words.get(field, frozenset()), analyzer)
            if "<mark>" in html:
                reasons.append(f"{label}: {html}")
    return reasons[:MAX_SNIPPETS]


def one_line(html: str) -> str:
    """A fragment may span paragraphs; HTML would run them together ("weather. - A ...")."""
    return re.sub(r"\s*\n\s*(?:- )?", " · ", html).strip(" ·")


def opening(text: str, length: int = 240) -> str:
    """The start of a text, escaped: the snippet of an item matched only by its filters."""
    short = text if len(text) <= length else text[:length].rsplit(" ", 1)[0] + " …"
    return one_line(escape(short, quote=True))
