"""How text is cut into words: shared by the Whoosh engine and the highlighter, so that
marked words are the words the default engine matched."""

from __future__ import annotations

from whoosh.analysis import STOP_WORDS, StandardAnalyzer, StemmingAnalyzer

TEXT_ANALYZER = StemmingAnalyzer()  # "exploit" finds "exploitation"
# Same stop words as the text fields: a query word every field ignores drops out of the
# query, instead of demanding that a name contain "from".
NAME_ANALYZER = StandardAnalyzer()

__all__ = ["NAME_ANALYZER", "STOP_WORDS", "TEXT_ANALYZER"]
