"""Highlighting reads text as the default engine's analyzer does."""

from __future__ import annotations

from search_app.analysis import TEXT_ANALYZER
from search_app.highlight import snippets, text_tokens
from tests.conftest import CORPUS, FIXTURES


def test_the_fast_tokens_are_the_analyzers_tokens():
    texts = [p.read_text(errors="replace") for p in sorted(CORPUS.glob("*.txt"))]
    texts += [p.read_text(errors="replace") for p in sorted(FIXTURES.rglob("*.txt"))]
    texts += ["e-mail s.106 U.K. Café naïve 2015-05-22 x I'm it's A1 ~ ½ ²"]
    for text in texts:
        expected = [
            (t.text, t.startchar, t.endchar, t.stopped)
            for t in TEXT_ANALYZER(text, chars=True, removestops=False)
        ]
        assert [(t.text, t.startchar, t.endchar, t.stopped) for t in text_tokens(text)] == expected


def test_a_snippet_marks_the_stemmed_word_and_escapes_the_rest():
    html = snippets("The <panel> discussed exploitation & safeguarding.", frozenset({"exploit"}))
    assert html == ["The &lt;panel&gt; discussed <mark>exploitation</mark> &amp; safeguarding."]
