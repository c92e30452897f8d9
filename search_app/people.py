"""People the minutes name: attendees and resolved speakers, one person per council.

"Cllr K Douglas", "Councillor K Douglas" and "K Douglas" in the minutes of one
council are one person (their name without titles); the same name in another
council's minutes is another person. The register is built from the index's
stored items once per index generation (Searcher.people) and answers the person
pages and the "person" box above search results.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from search_app.names import plain_name, slug


def person_id(council: str | None, name: str) -> str:
    return f"{slug(council or 'unknown-council')}--{slug(plain_name(name))}"


@dataclass
class Appearance:
    """One meeting or item a person is recorded at."""

    id: str  # the item's or meeting's id
    title: str
    committee: str
    date: date | None


@dataclass
class Person:
    id: str
    name: str
    council: str | None
    spoke: list[Appearance] = field(default_factory=list)
    attended: list[Appearance] = field(default_factory=list)
    apologies: list[Appearance] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)

    @property
    def committees(self) -> list[str]:
        return sorted({a.committee for a in self.spoke + self.attended + self.apologies})

    def newest_first(self) -> None:
        for appearances in (self.spoke, self.attended, self.apologies):
            appearances.sort(key=lambda a: (a.date or date.min, a.id), reverse=True)


class Register:
    """Every person, by id; built from stored items (see build_register)."""

    def __init__(self) -> None:
        self.people: dict[str, Person] = {}

    def person(self, council: str | None, name: str) -> Person:
        key = person_id(council, name)
        if key not in self.people:
            self.people[key] = Person(key, plain_name(name), council)
        return self.people[key]

    def matching(self, query: str, limit: int = 3) -> list[Person]:
        """People whose name has every word of the query ("quinton", "helen marsh")."""
        words = [w for w in re.findall(r"[a-z']+", query.lower()) if len(w) > 1]
        if not words or len(words) > 4:
            return []
        found = [p for p in self.people.values() if all(w in p.name.lower().split() for w in words)]
        return sorted(found, key=lambda p: -(len(p.spoke) + len(p.attended)))[:limit]


def build_register(stored_items) -> Register:
    """The register from each item's stored fields (speakers, and its meeting's attendance
    once per meeting)."""
    register, seen_meetings = Register(), set()
    for stored in stored_items:
        meeting = stored.get("meeting") or {}
        council, committee = stored.get("body_name"), stored["committee"]
        when = stored.get("date")
        for name in filter(None, stored.get("speakers", "").split("\n")):
            register.person(council, name).spoke.append(
                Appearance(stored["id"], stored["title"], committee, when)
            )
        if stored["meeting_id"] in seen_meetings:
            continue
        seen_meetings.add(stored["meeting_id"])
        here = Appearance(stored["meeting_id"], committee, committee, when)
        for attendee in meeting.get("present", []) + meeting.get("also_attended", []):
            person = register.person(council, attendee["name"])
            person.attended.append(here)
            if attendee.get("role"):
                person.roles.add(attendee["role"])
        for name in meeting.get("apologies", []):
            register.person(council, name).apologies.append(here)
    for person in register.people.values():
        person.newest_first()
    return register
