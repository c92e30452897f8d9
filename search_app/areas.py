"""Subject areas: one vocabulary of topics that means the same in every council.

Each council words its business its own way ("carriageway defects", "potholes",
"road repairs"); an area ("Roads and transport") is what a reader compares across
councils. An item gets 0 to 3 areas, none when it is procedural, from three kinds of
evidence: how close its vector is to each area's description (the model), which of the
area's scope phrases its words contain, and a probe: per area, a logistic regression over
the item's vector and that evidence, trained on hand-labelled items of real minutes
(`benchmarks/areas.py --train` writes `areas_model.npz`; only the weights ship, not the
texts). The description keeps a share of every score, so an area with few labelled
items still has its meaning.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from whoosh.lang.porter import stem as stemmed

from search_app.analysis import STOP_WORDS
from search_app.embedding import Encoder


@dataclass(frozen=True)
class Area:
    name: str
    scope: str  # what it covers, as phrases separated by commas

    @property
    def description(self) -> str:
        """What the model compares items with."""
        return f"{self.name}: {self.scope}"


AREAS = (
    Area("Planning and building", "planning applications and appeals, local and neighbourhood plans, building control, planning enforcement, conservation areas, tree preservation"),  # noqa: E501
    Area("Licensing", "alcohol and entertainment premises, taxis and private hire, gambling, street trading, animal and other licences"),  # noqa: E501
    Area("Roads and transport", "highways, road repairs, traffic, parking, public transport, buses, rail, cycling, footpaths and rights of way, street lighting"),  # noqa: E501
    Area("Children and families", "children's social care, safeguarding children, looked-after children, fostering and adoption, youth services, early years"),  # noqa: E501
    Area("Schools and education", "schools, admissions, special educational needs, school governance, further and higher education, students and teaching"),  # noqa: E501
    Area("Adult social care", "care homes, home care, disabilities, carers, safeguarding adults"),
    Area("Health", "NHS services, hospitals, GPs, public health, mental health, health and wellbeing boards, clinical commissioning"),  # noqa: E501
    Area("Housing", "council and social housing, homelessness, private rented sector, affordable housing, housing co-operatives"),  # noqa: E501
    Area("Environment and waste", "waste collection, recycling, street cleaning, pollution, environmental health, flooding, trees and green spaces upkeep, biodiversity"),  # noqa: E501
    Area("Climate and energy", "climate emergency, carbon reduction, renewable energy, energy efficiency"),  # noqa: E501
    Area("Leisure, culture and community", "parks, sport, leisure centres, libraries, museums, arts, events, tourism, community halls, clubs and societies, voluntary and community groups, community grants"),  # noqa: E501
    Area("Economy and regeneration", "business support, jobs and skills, town centres, regeneration, markets, economic development, local enterprise"),  # noqa: E501
    Area("Finance and budget", "budgets, council tax and precepts, accounts and audit, treasury, fees and charges, grants received, financial reports, bank balances, payments"),  # noqa: E501
    Area("Governance and elections", "constitution, standing orders, standards and code of conduct, elections and appointments of chairs and members, committee structures, scrutiny arrangements, policies on how the body runs itself"),  # noqa: E501
    Area("Staff and organisation", "employees, pay, recruitment, restructures, clerk and officer posts"),  # noqa: E501
    Area("Property and assets", "land, buildings, asset transfers, leases, acquisitions and disposals, maintenance of the body's own property"),  # noqa: E501
    Area("Contracts and procurement", "tenders, contracts, suppliers, purchasing rules"),
    Area("Policing and community safety", "police, crime, antisocial behaviour, CCTV, police and crime commissioners and panels"),  # noqa: E501
    Area("Fire and emergencies", "fire and rescue services, emergency planning, resilience, civil contingencies"),  # noqa: E501
    Area("Ports, coast and water", "harbours, ports, moorings, coastal protection, rivers, water supply, drainage"),  # noqa: E501
    Area("Rural affairs and agriculture", "farming, commons and grazing, rural services, animal welfare on farms"),  # noqa: E501
    Area("Faith and worship", "church services, worship, clergy, church buildings and parish ministry"),  # noqa: E501
)  # fmt: skip
AREA_NAMES = tuple(area.name for area in AREAS)
MAX_AREAS = 3
AREAS_VERSION = 2  # bump when the vocabulary, the probe or the constants change: areas redone
# Calibrated by benchmarks/areas.py on the labelled items of real minutes.
WORD_WEIGHT = 0.15  # what one scope phrase found in the item's words adds to its similarity
MAX_PHRASES = 2  # phrases counted per area, at most
PROBE_SHARE = 0.85  # the probe's share of an area's score; the rest is the description's
THRESHOLD = 0.6  # an area's score from which the item is about it
MARGIN = 0.2  # ... and no further than this below the item's best area
PROBE_FILE = Path(__file__).with_name("areas_model.npz")
# Scope words too general to be evidence alone ("other licences", "community groups").
GENERAL_WORDS = frozenset("other own body services local community and how runs itself".split())
WORD = re.compile(r"[a-z][a-z'\u2019-]+")


def words_of(text: str) -> frozenset[str]:
    return frozenset(stemmed(w) for w in WORD.findall(text.lower()) if w not in STOP_WORDS)


@functools.cache
def scope_phrases() -> tuple[tuple[frozenset[str], ...], ...]:
    """Per area, each scope phrase as the stemmed words an item must all contain
    ("road repairs": road, repair); "planning applications and appeals" is two phrases."""
    per_area = []
    for area in AREAS:
        phrases = []
        for part in area.scope.split(","):
            for piece in re.split(r"\band\b", part) if "and" in part.split() else [part]:
                needed = words_of(piece) - GENERAL_WORDS
                if needed:
                    phrases.append(needed)
        per_area.append(tuple(phrases))
    return tuple(per_area)


def word_evidence(text: str) -> np.ndarray:
    """Per area, how many of its scope phrases the text contains (at most MAX_PHRASES)."""
    present = words_of(text)
    return np.array(
        [min(MAX_PHRASES, sum(p <= present for p in phrases)) for phrases in scope_phrases()],
        dtype=np.float32,
    )


@functools.cache
def area_vectors(encoder: Encoder) -> np.ndarray:
    return encoder.encode([area.description for area in AREAS])


@dataclass(frozen=True)
class Probe:
    """Per area, a logistic regression over an item's vector, the area's scope phrases
    found in its words and its similarity to the area's description."""

    vector_weights: np.ndarray  # (areas, dimensions)
    phrase_weights: np.ndarray  # (areas,)
    description_weights: np.ndarray  # (areas,)
    bias: np.ndarray  # (areas,)

    def probabilities(
        self, vectors: np.ndarray, evidence: np.ndarray, similarity: np.ndarray
    ) -> np.ndarray:
        logits = (
            vectors @ self.vector_weights.T
            + evidence * self.phrase_weights
            + similarity * self.description_weights
            + self.bias
        )
        return 1.0 / (1.0 + np.exp(-logits))

    def save(self, path: Path) -> None:
        np.savez(path, **{name: getattr(self, name) for name in self.__dataclass_fields__})


@functools.cache
def probe() -> Probe:
    with np.load(PROBE_FILE) as saved:
        return Probe(*(saved[name].astype(np.float32) for name in Probe.__dataclass_fields__))


def area_scores(
    encoder: Encoder, vectors: np.ndarray, texts: list[str], trained: Probe | None = None
) -> np.ndarray:
    """(items, areas): the probe's probability, and the similarity to each area's
    description plus its word evidence, in the shares calibrated."""
    similarity = vectors @ area_vectors(encoder).T
    evidence = np.array([word_evidence(text) for text in texts]).reshape(similarity.shape)
    learned = (trained or probe()).probabilities(vectors, evidence, similarity)
    return combined_scores(learned, similarity, evidence)


def combined_scores(
    learned: np.ndarray, similarity: np.ndarray, evidence: np.ndarray, share: float = PROBE_SHARE
) -> np.ndarray:
    """The probe's probabilities and the descriptions' similarity plus word evidence, in
    `share` and the rest (benchmarks/areas.py tries other shares)."""
    return share * learned + (1 - share) * (similarity + WORD_WEIGHT * evidence)


def chosen_areas(
    scores: np.ndarray, threshold: float = THRESHOLD, margin: float = MARGIN
) -> list[str]:
    """The areas of one item: those scoring at least `threshold` and within `margin` of its
    best, best first, at most MAX_AREAS."""
    best = float(scores.max())
    order = np.argsort(-scores, kind="stable")[:MAX_AREAS]
    return [AREA_NAMES[i] for i in order if scores[i] >= max(threshold, best - margin)]


def assign_areas(
    encoder: Encoder, vectors: np.ndarray, texts: list[str], procedural: list[bool]
) -> list[list[str]]:
    """Each item's areas; none for a procedural item (apologies are about no subject)."""
    if not texts:
        return []
    scores = area_scores(encoder, vectors, texts)
    return [[] if skip else chosen_areas(row) for row, skip in zip(scores, procedural, strict=True)]
