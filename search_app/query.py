"""Query language: user text -> a small syntax tree of our own, the same for every engine.

Words are ANDed; OR, AND, NOT, -word, +word, (groups), "phrases", word*
prefixes, field:terms (council:, committee:, speaker:, topic:, title:,
decision:) and dates (date:2015, date:2015-05, date:[2014 to 2016],
date:>2018) are understood. Whatever is typed, the tree has bounded cost: at
most MAX_TERMS leaves, prefixes need two letters and expand (per engine,
`resolve`) to a capped number of index terms, and bad syntax degrades to a
plain-words search with a note saying so.

Words stay as typed in the tree; each engine analyses them with its own
analyzers when it compiles the tree (`search_app/engines/`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

# Where an unfielded word is looked for. Decisions are part of the body text;
# "decision:" still searches them alone.
SEARCH_FIELDS = (
    "title", "body", "agenda", "around", "topics", "speakers", "committee", "body_name",
)  # fmt: skip
# "around": the meeting's text before its first item or after its last, kept with those
TEXT_FIELDS = frozenset({"title", "body", "agenda", "around", "topics", "decisions"})
NAME_FIELDS = frozenset({"speakers", "committee", "body_name"})
FIELD_BOOSTS = {"title": 3.0, "topics": 2.0}
FIELD_ALIASES = {
    "speaker": "speakers", "by": "speakers", "speakers": "speakers",
    "topic": "topics", "topics": "topics",
    "committee": "committee", "panel": "committee",
    "council": "body_name", "body": "body_name", "body_name": "body_name",
    "decision": "decisions", "decisions": "decisions",
    "title": "title", "agenda": "agenda", "text": "body",
}  # fmt: skip
MAX_QUERY_CHARS = 1000
MAX_TERMS = 64  # leaves of the tree as typed
MIN_PREFIX = 2
MAX_DEPTH = 32  # brackets and NOTs inside one another
MAX_PREFIX_TERMS = 50  # index terms one prefix expands to, the most frequent first


# The tree. `field` None means "any of SEARCH_FIELDS".
@dataclass(frozen=True)
class Word:
    text: str  # as typed; analysed by the engine
    field: str | None = None


@dataclass(frozen=True)
class Phrase:
    text: str
    field: str | None = None


@dataclass(frozen=True)
class Prefix:
    text: str  # the letters before the *, lower-cased
    field: str | None = None


@dataclass(frozen=True)
class Term:
    """An index term exactly as stored (a prefix's expansion): not analysed again."""

    text: str
    field: str


@dataclass(frozen=True)
class DateRange:
    start: date | None
    end: date | None


@dataclass(frozen=True)
class And:
    children: tuple


@dataclass(frozen=True)
class Or:
    children: tuple


@dataclass(frozen=True)
class Not:
    child: object


@dataclass(frozen=True)
class Everything:
    pass


@dataclass(frozen=True)
class Nothing:
    pass


Node = Word | Phrase | Prefix | Term | DateRange | And | Or | Not | Everything | Nothing


@dataclass
class ParsedQuery:
    query: Node
    note: str | None = None  # told to the user when their syntax was not understood


class QuerySyntaxError(ValueError):
    """The text is not in the query language; the caller searches its words instead."""


def parse_query(text: str, acronyms: dict[str, str] | None = None) -> ParsedQuery:
    """The tree for the user's text; never raises."""
    text = clean_query_text(text)
    if not text:
        return ParsedQuery(Everything())
    try:
        tree = Parser(tokenize(text)).parse()
        if count_leaves(tree) > MAX_TERMS:
            raise QuerySyntaxError("too many terms")
        note = syntax_notes(text)
    except QuerySyntaxError:
        words = plain_words(text).split()[:MAX_TERMS]
        if not words:
            return ParsedQuery(Nothing(), "Nothing searchable was left in that query.")
        tree = And(tuple(Word(w) for w in words))
        note = "The query syntax was not understood; searched for the words."
    return ParsedQuery(with_acronym_forms(tree, acronyms or {}), note)


def clean_query_text(text: str) -> str:
    text = re.sub(r"[\x00-\x1f\x7f]", " ", text or "")
    return text[:MAX_QUERY_CHARS].strip()


def plain_words(text: str) -> str:
    """The words of a query with every operator character removed."""
    return " ".join(re.findall(r"\w+", text))[:MAX_QUERY_CHARS]


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


# Tokens: a quoted phrase, a bracketed range, a bracket, or a run of other characters.
TOKEN = re.compile(r'"[^"]*"?|\[[^\]]*\]?|[()]|[^\s()"\[]+')
OPERATORS = {"AND", "OR", "NOT"}


def tokenize(text: str) -> list[str]:
    """Split the text into tokens; a field name stays joined to its value
    ("speaker:" followed by a phrase or a range is one token)."""
    tokens: list[str] = []
    for match in TOKEN.finditer(text):
        token = match.group(0)
        joins = tokens and (tokens[-1].endswith(":") or tokens[-1] in ("-", "+"))
        if token[0] in '"[' and joins and not text[match.start() - 1].isspace():
            tokens[-1] += token
        else:
            tokens.append(token)
    return tokens


class Parser:
    """Recursive descent: or := and (OR and)*; and := unary ([AND] unary)*;
    unary := (NOT | - | +) unary | atom; atom := ( or ) | field:value | value."""

    def __init__(self, tokens: list[str]) -> None:
        self.tokens = tokens
        self.at = 0
        self.depth = 0  # brackets and NOTs open: bounded, so "((((…" cannot exhaust the stack

    def deeper(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise QuerySyntaxError("nested too deeply")

    def parse(self) -> Node:
        tree = self.parse_or()
        if self.at < len(self.tokens):
            raise QuerySyntaxError(f"unexpected {self.tokens[self.at]!r}")
        return tree

    def peek(self) -> str | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def take(self) -> str:
        if self.at >= len(self.tokens):
            raise QuerySyntaxError("the query ends too soon")
        self.at += 1
        return self.tokens[self.at - 1]

    def parse_or(self) -> Node:
        children = [self.parse_and()]
        while self.peek() == "OR":
            self.take()
            children.append(self.parse_and())
        return children[0] if len(children) == 1 else Or(tuple(children))

    def parse_and(self) -> Node:
        children = [self.parse_unary()]
        while self.peek() not in (None, ")", "OR"):
            if self.peek() == "AND":
                self.take()
            children.append(self.parse_unary())
        return children[0] if len(children) == 1 else And(tuple(children))

    def parse_unary(self) -> Node:
        token = self.peek()
        if token == "NOT":
            self.take()
            self.deeper()
            return Not(self.parse_unary())
        if token and len(token) > 1 and token[0] in "-+" and token[1] not in "-+":
            self.tokens[self.at] = token[1:]
            self.deeper()
            inner = self.parse_unary()
            return Not(inner) if token[0] == "-" else inner
        return self.parse_atom()

    def parse_atom(self) -> Node:
        token = self.take()
        if token == "(":
            self.deeper()
            inner = self.parse_or()
            if self.take() != ")":
                raise QuerySyntaxError("unclosed bracket")
            return inner
        if token == ")" or token in OPERATORS:
            raise QuerySyntaxError(f"unexpected {token!r}")
        return value_node(token)


FIELDED = re.compile(r"^(\w+):(.+)$", re.DOTALL)


def value_node(token: str) -> Node:
    """One token: a phrase, a prefix, a word, a field:value or date:..."""
    fielded = FIELDED.match(token)
    if fielded and fielded.group(1).lower() == "date":
        return date_node(fielded.group(2))
    if fielded and fielded.group(1).lower() in FIELD_ALIASES:
        field, token = FIELD_ALIASES[fielded.group(1).lower()], fielded.group(2)
    elif token.endswith(":"):
        raise QuerySyntaxError(f"{token!r} has no value")
    else:
        field = None
    if token.startswith('"'):
        if len(token) < 2 or not token.endswith('"'):
            raise QuerySyntaxError("unclosed quote")
        return Phrase(token[1:-1], field)
    if token.startswith("["):
        raise QuerySyntaxError("a range is only for date:")
    if token.strip("*?") == "":
        return Everything()
    if token.endswith("*") and "*" not in token[:-1] and "?" not in token:
        literal = token[:-1].lower()
        return Prefix(literal, field) if len(literal) >= MIN_PREFIX else Nothing()
    if "*" in token or "?" in token:  # wildcards inside a word: its letters as words
        return Nothing() if len(re.split(r"[*?]", token)[0]) < MIN_PREFIX else Word(token, field)
    return Word(token, field)


DAY = timedelta(days=1)
DATE_TEXT = re.compile(r"^(\d{4})(?:[-/](\d{1,2}))?(?:[-/](\d{1,2}))?$")


def date_node(text: str) -> DateRange:
    """date:2015, date:2015-05, date:2015-05-22, date:[2014 to 2016], date:>2018, <=, ..."""
    comparison = re.match(r"^([<>]=?)(.+)$", text)
    if comparison:
        sign, value = comparison.groups()
        start, end = date_span(value)
        bound = {">": end + DAY, ">=": start, "<": start - DAY, "<=": end}[sign]
        return DateRange(bound, None) if sign.startswith(">") else DateRange(None, bound)
    ranged = re.match(r"^\[\s*(\S*?)\s*\bto\b\s*(\S*?)\s*\]$", text, re.IGNORECASE)
    if ranged:
        low, high = ranged.groups()
        start = date_span(low)[0] if low else None
        end = date_span(high)[1] if high else None
        if start and end and start > end:  # written backwards: turned round (and noted)
            start, end = date_span(high)[0], date_span(low)[1]
        return DateRange(start, end)
    return DateRange(*date_span(text))


def date_span(text: str) -> tuple[date, date]:
    """The first and last day a written date covers: a year, a month or a day."""
    found = DATE_TEXT.match(text.strip())
    if not found:
        raise QuerySyntaxError(f"not a date: {text!r}")
    year, month, day = (int(part) if part else None for part in found.groups())
    try:
        if day:
            start = end = date(year, month, day)
        elif month:
            start = date(year, month, 1)
            end = (start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        else:
            start, end = date(year, 1, 1), date(year, 12, 31)
    except ValueError as error:
        raise QuerySyntaxError(str(error)) from error
    return start, end


def children(node: Node) -> tuple:
    if isinstance(node, (And, Or)):
        return node.children
    if isinstance(node, Not):
        return (node.child,)
    return ()


def walk(node: Node) -> Iterator[Node]:
    yield node
    for child in children(node):
        yield from walk(child)


def count_leaves(node: Node) -> int:
    return sum(1 for n in walk(node) if not children(n))


def rebuild(node: Node, change: Callable[[Node], Node]) -> Node:
    """The tree with `change` applied to every leaf."""
    if isinstance(node, And):
        return And(tuple(rebuild(c, change) for c in node.children))
    if isinstance(node, Or):
        return Or(tuple(rebuild(c, change) for c in node.children))
    if isinstance(node, Not):
        return Not(rebuild(node.child, change))
    return change(node)


def simple_words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def with_acronym_forms(tree: Node, acronyms: dict[str, str]) -> Node:
    """ "WSCB" also finds "Worcestershire Safeguarding Children Board", and a quoted
    expansion also finds its acronym, in the item text fields."""
    if not acronyms:
        return tree
    by_expansion = {tuple(simple_words(e)): a for a, e in acronyms.items()}

    def expand(node: Node) -> Node:
        if not isinstance(node, (Word, Phrase)) or node.field not in TEXT_FIELDS | {None}:
            return node
        if isinstance(node, Word) and node.text.upper() in acronyms:
            return Or((node, Phrase(acronyms[node.text.upper()], node.field)))
        acronym = by_expansion.get(tuple(simple_words(node.text)))
        if isinstance(node, Phrase) and acronym:
            return Or((node, Word(acronym, node.field)))
        return node

    return rebuild(tree, expand)


PrefixTerms = Callable[[str, str, int], list[str]]  # (field, prefix, limit) -> index terms


def resolve_prefixes(tree: Node, expand: PrefixTerms) -> Node:
    """Each prefix replaced by the index terms it stands for (the engine knows them):
    at most MAX_PREFIX_TERMS in all, so "co*" costs no more than fifty words."""

    def resolve(node: Node) -> Node:
        if not isinstance(node, Prefix):
            return node
        fields = (node.field,) if node.field else SEARCH_FIELDS
        terms = [
            Term(word, field)
            for field in fields
            for word in expand(field, node.text, MAX_PREFIX_TERMS)
        ]
        return Or(tuple(terms[:MAX_PREFIX_TERMS])) if terms else Nothing()

    return rebuild(tree, resolve)


def ranks_by_words(tree: Node) -> bool:
    """Whether the query has words to rank by: without any (a date, a filter, only NOTs)
    every match scores alike, and results go newest first."""
    if isinstance(tree, Not):
        return False
    if isinstance(tree, (And, Or)):
        return any(ranks_by_words(child) for child in tree.children)
    return isinstance(tree, (Word, Phrase, Prefix, Term))


def looked_for(tree: Node, fields: set[str]) -> list[Node]:
    """The words, phrases and terms the query looks for in these fields (not those it
    excludes): what highlighting marks."""
    found: list[Node] = []

    def visit(node: Node, negated: bool) -> None:
        if isinstance(node, Not):
            visit(node.child, not negated)
        elif isinstance(node, (And, Or)):
            for child in node.children:
                visit(child, negated)
        elif isinstance(node, (Word, Phrase, Term)) and not negated and searches(node, fields):
            found.append(node)

    visit(tree, False)
    return found


def searches(node: Word | Phrase | Term, fields: set[str]) -> bool:
    return node.field in fields or (node.field is None and bool(set(SEARCH_FIELDS) & fields))


class Compiler:
    """What an engine supplies to turn a tree into its own query: its leaves and its
    ways of combining them. `compile_tree` owns what AND, OR and NOT mean, so they mean
    the same in every engine."""

    def leaf(self, node: Node) -> object | None:
        """The engine query for a Word, Phrase, Term or DateRange; None when the words
        analyse to nothing (stop words), so that they drop out."""
        raise NotImplementedError

    def all_of(self, must: list, must_not: list) -> object:
        """Every `must` matches and no `must_not` does; no `must`: everything else."""
        raise NotImplementedError

    def any_of(self, should: list) -> object:
        raise NotImplementedError

    def everything(self) -> object:
        raise NotImplementedError

    def nothing(self) -> object:
        raise NotImplementedError


EVERYTHING, NOTHING = Everything(), Nothing()


@dataclass(frozen=True)
class _Negated:
    query: object


def compile_tree(tree: Node, compiler: Compiler) -> object:
    """The engine query for a (resolved) tree. A query of stop words only finds nothing."""
    result = _compiled(tree, compiler)
    if isinstance(result, _Negated):
        return compiler.all_of([], [result.query])
    if result is None or result == NOTHING:
        return compiler.nothing()
    return compiler.everything() if result == EVERYTHING else result


def _compiled(node: Node, compiler: Compiler) -> object:
    if isinstance(node, (Everything, Nothing)):
        return node
    if isinstance(node, Not):
        inner = _compiled(node.child, compiler)
        if inner is None or isinstance(inner, _Negated):
            return None if inner is None else inner.query
        return {EVERYTHING: NOTHING, NOTHING: EVERYTHING}.get(inner) or _Negated(inner)
    if isinstance(node, And):
        return _all_of([_compiled(c, compiler) for c in node.children], compiler)
    if isinstance(node, Or):
        return _any_of([_compiled(c, compiler) for c in node.children], compiler)
    return compiler.leaf(node)


def _all_of(parts: list, compiler: Compiler) -> object:
    parts = [p for p in parts if p is not None and p != EVERYTHING]
    if NOTHING in parts:
        return NOTHING
    must = [p for p in parts if not isinstance(p, _Negated)]
    must_not = [p.query for p in parts if isinstance(p, _Negated)]
    if not must_not:
        return None if not must else must[0] if len(must) == 1 else compiler.all_of(must, [])
    return compiler.all_of(must, must_not)


def _any_of(parts: list, compiler: Compiler) -> object:
    if EVERYTHING in parts:
        return EVERYTHING
    kept = [p for p in parts if p is not None and p != NOTHING]
    kept = [compiler.all_of([], [p.query]) if isinstance(p, _Negated) else p for p in kept]
    if not kept:
        return NOTHING if NOTHING in parts else None
    return kept[0] if len(kept) == 1 else compiler.any_of(kept)
