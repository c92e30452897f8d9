"""The word classes the parser asks of English words."""

from __future__ import annotations

import pytest

from search_app.parse.lexicon import describes_or_acts, is_a_known_word


@pytest.mark.parametrize(
    "word", ["approved", "convened", "reserved", "away", "inward", "financial"]
)
def test_participles_adverbs_and_lone_adjectives_only_describe_or_act(word):
    """What became of a thing, or how: never the thing a subject names."""
    assert describes_or_acts(word)


@pytest.mark.parametrize(
    "word",
    ["audit", "watershed", "hundred", "allotments", "update", "mowing", "parking", "licensing",
     "website", "cctv", "allow", "payable"],
)  # fmt: skip
def test_nouns_gerunds_base_verbs_and_unknown_words_may_name_a_thing(word):
    """Nouns, even those ending like a past tense; any "-ing" word, which minutes use as a
    noun ("Mowing", "Parking") though the lexicon may list it only as a verb; a verb's base
    form, which may be a noun or an abbreviation the lexicon lacks; an "-able" adjective,
    which follows its noun ("accounts payable"); and words the lexicon does not know."""
    assert not describes_or_acts(word)


def test_the_lexicon_knows_english_words_not_surnames():
    assert is_a_known_word("quill") and is_a_known_word("green")
    assert not is_a_known_word("vantongeren")
