"""What English words can be: a subject ends in a thing ("parking", "the hall roof",
"accounts payable"), never in a word that says what became of it or how ("approved",
"away"); a surname no lexicon knows ("Pareya") is a person's, one it knows ("Green") may
be a thing.

The word classes come from LemmInflect's lexicon (the NIH SPECIALIST Lexicon), which knows
what a suffix rule cannot: "watershed" and "hundred" are nouns, "convened" and "reserved"
are not. Words it does not know (names, "website", "CCTV") may be anything.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1 << 14)
def word_classes(word: str) -> dict[str, tuple[str, ...]]:
    """A lower-case word's classes ("NOUN", "VERB", "ADJ" ...), each with the word's base
    forms in that class; empty when the lexicon does not know the word. The lexicon is
    imported on the first word, not with the parser: the search commands never ask."""
    import lemminflect

    return lemminflect.getAllLemmas(word.strip("'’"))


def is_a_known_word(word: str) -> bool:
    return bool(word_classes(word))


def describes_or_acts(word: str) -> bool:
    """Whether a lower-case word can only say how or what became of a thing: an adverb
    ("away"), an inflected verb ("approved", "convened"), an adjective alone ("financial").
    Not a word that can be a noun, nor an "-ing" word (minutes say "Mowing", "Parking"),
    nor a verb's base form (the lexicon lacks some nouns and abbreviations it spells), nor
    an adjective in "-able" that follows its noun ("accounts payable")."""
    classes = word_classes(word)
    if not classes or "NOUN" in classes or "PROPN" in classes or word.endswith("ing"):
        return False
    if "ADV" in classes or word not in classes.get("VERB", (word,)):
        return True
    return set(classes) == {"ADJ"} and not word.endswith(("able", "ible"))
