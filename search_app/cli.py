"""The `minutes-search` command: parse minutes (and, as they land, index, search, serve)."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import socket
import sys
import tempfile
import threading
import time
import tomllib
from datetime import date
from pathlib import Path

import click

from search_app.engines import ENGINES
from search_app.errors import MinutesError, UnreadableDocument
from search_app.facets import BY_NAME, FLAG, LISTED, NO, PROCEDURAL, YES, FacetFilters
from search_app.harvest import (
    SYSTEMS,
    WORKERS,
    Detection,
    HarvestReport,
    Source,
    detect,
    harvest,
    harvest_many,
)
from search_app.harvest.councils import REGISTER, find_council, read_register, save_register
from search_app.harvest.fetch import DEADLINE, FetchError, PoliteClient
from search_app.index import IndexReport, index_exists, update_index
from search_app.meaning import MODES
from search_app.models import ParsedDocument, item_label
from search_app.parse import explain_file, parse_file
from search_app.search import MAX_PAGE, MAX_PAGE_SIZE, SORTS, Searcher, SearchRequest
from search_app.vectors import embed_index

DEFAULT_CORPUS = Path("corpus")
DEFAULT_INDEX = Path("index")
EXIT_PARTIAL = 3  # indexing finished, but some files could not be parsed
EXIT_NOTHING = 4  # a harvest found no minutes at the address: said what it tried


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def cli() -> None:
    """Full-text search over the minutes of public bodies."""


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per file (JSON Lines).")
@click.option(
    "--explain",
    is_flag=True,
    help="Each line's role and why, the schemes considered, and where the committee and"
    " date came from: for minutes that were misread.",
)
def parse(files: tuple[Path, ...], as_json: bool, explain: bool) -> None:
    """Parse minutes FILES (text, HTML or PDF) into a meeting and its agenda items.

    A file that cannot be read is reported on stderr with the reason; the
    other files are still parsed, and the exit status is 1. What had to be
    guessed (no date, no headings) is a warning on stderr, and in the JSON.
    """
    failures = 0
    for path in files:
        try:
            document = parse_file(path)
        except UnreadableDocument as error:
            click.echo(f"minutes-search: error: {error}", err=True)
            failures += 1
            continue
        for note in document.fallbacks:
            click.echo(f"minutes-search: warning: {path}: {note}", err=True)
        if explain:
            click.echo(explain_file(path))
        elif as_json:
            click.echo(json.dumps(document.to_json_dict(), ensure_ascii=False))
        else:
            click.echo(describe(document))
    sys.exit(1 if failures else 0)


def describe(document: ParsedDocument) -> str:
    meeting = document.meeting
    when = meeting.date or "undated"
    lines = [f"{document.source} ({document.format})", f"  {meeting.committee}, {when}"]
    for item in document.items:
        flag = " [procedural]" if item.procedural else ""
        lines.append(f"  {item.number:>6}  {item.title}{flag}")
    return "\n".join(lines)


class Progress:
    """Progress of an indexing run: a live bar on a terminal, log lines otherwise."""

    def __init__(self, interactive: bool) -> None:
        self.interactive = interactive
        self.started = time.perf_counter()
        self.last_log = 0.0

    def __call__(self, done: int, total: int, items: int, current: str) -> None:
        elapsed = max(time.perf_counter() - self.started, 1e-6)
        rate = f"{done / elapsed:.1f} files/s, {items / elapsed:.0f} items/s"
        if self.interactive:
            filled = int(30 * done / max(total, 1))
            bar = "#" * filled + "-" * (30 - filled)
            click.echo(f"\r[{bar}] {done}/{total} files, {items} items, {rate}  ", nl=False)
            if done == total:
                click.echo()
        elif done == total or time.perf_counter() - self.last_log >= 2 or done == 1:
            self.last_log = time.perf_counter()
            click.echo(f"indexing: {done}/{total} files, {items} items, {rate} ({current})")


class VectorProgressLine:
    """Progress of the embedding stage, as `Progress` shows indexing."""

    def __init__(self, interactive: bool) -> None:
        self.interactive = interactive
        self.started = time.perf_counter()
        self.last_log = 0.0

    def __call__(self, done: int, total: int) -> None:
        elapsed = max(time.perf_counter() - self.started, 1e-6)
        line = f"meaning: {done}/{total} items have vectors"
        if self.interactive:
            click.echo(f"\r{line}  ", nl=False)
            if done == total:
                click.echo()
        elif done == total or time.perf_counter() - self.last_log >= 2:
            self.last_log = time.perf_counter()
            click.echo(f"{line} ({elapsed:.0f} s)")


def embed_stage(index_dir: Path) -> None:
    """Vectors for search by meaning, after the keyword commit: keyword search has the new
    items already; meaning catches up here (and resumes here after a kill)."""
    report = embed_index(index_dir, VectorProgressLine(sys.stdout.isatty()))
    if report.skipped:
        click.echo(f"meaning: not updated: {report.skipped}")
    else:
        click.echo(f"meaning: {report.embedded} items embedded, {report.kept} kept,"
                   f" {report.dropped} dropped; {report.total} items in all; subject areas"
                   f" written to {report.areas_written}")  # fmt: skip
    if report.areas_waiting:
        click.echo(f"meaning: subject areas wait for the next run: {report.areas_waiting}")


@cli.command("index")
@click.argument("corpus", default=DEFAULT_CORPUS, type=click.Path(path_type=Path, file_okay=False))
@click.option("--index", "index_dir", default=DEFAULT_INDEX, type=click.Path(path_type=Path))
@click.option(
    "--procs",
    type=int,
    default=None,
    help="Writer processes for Whoosh (default: all cores for big runs), indexing threads"
    " for tantivy (default: 1; the parse pool uses every core).",
)
@click.option(
    "--engine",
    type=click.Choice(ENGINES),
    default=None,
    help="Switch the index to this engine (a full rebuild; remembered). Default: keep the"
    " index's engine; a new index uses $MINUTES_SEARCH_ENGINE, else whoosh.",
)
def index_command(corpus: Path, index_dir: Path, procs: int | None, engine: str | None) -> None:
    """Index the minutes under CORPUS (default corpus/) into --index (default index/).

    Incremental: unchanged files are skipped, changed ones replaced, deleted
    ones removed. Exit status 3 means a partial run: some files could not be
    parsed (each is named with its reason); everything else was indexed.
    """
    if not corpus.is_dir():
        raise click.ClickException(
            f"{corpus}: no such folder of minutes; run `minutes-search index FOLDER`, FOLDER"
            " holding the minutes files (PDF, HTML or text)"
        )
    try:
        report = update_index(
            corpus, index_dir, Progress(sys.stdout.isatty()), procs=procs, engine=engine
        )
    except MinutesError as error:
        raise click.ClickException(str(error)) from error
    click.echo(summarise(report))
    for source, note in report.warnings:
        click.echo(f"minutes-search: warning: {source}: {note}", err=True)
    for error in report.failed:
        click.echo(f"minutes-search: skipped {error}", err=True)
    send_alerts_after(report, index_dir)
    embed_stage(index_dir)
    sys.exit(EXIT_PARTIAL if report.partial else 0)


def summarise(report: IndexReport) -> str:
    return (
        f"indexed {report.items_indexed} items from {len(report.added)} new and "
        f"{len(report.updated)} changed files; {len(report.removed)} removed, "
        f"{report.unchanged} unchanged, {len(report.failed)} failed "
        f"({report.seconds:.2f} s)"
    )


def council_options(command):
    """--council and --register: a council by name, its address from the register."""
    command = click.option(
        "--register", default=REGISTER, show_default=True,
        type=click.Path(path_type=Path, dir_okay=False), help="From `councils import`.",
    )(command)  # fmt: skip
    return click.option(
        "--council",
        help="The council's name (default: from the site); without URL, looked up in --register.",
    )(command)


@cli.command("harvest")
@click.argument("url", required=False)
@click.option(
    "--system", type=click.Choice(SYSTEMS),
    help="Committee system (default: detected from the address and its page).",
)  # fmt: skip
@click.option(
    "--since", type=click.DateTime(["%Y-%m-%d"]), help="Meetings from this date (YYYY-MM-DD)."
)
@click.option("--committee", help="Only committees whose name matches this pattern.")
@council_options
@click.option("--corpus", default=DEFAULT_CORPUS, type=click.Path(path_type=Path, file_okay=False))
@click.option("--contact", default="", help="Your contact, added to the user agent (email or URL).")
@click.option("--delay", default=1.0, show_default=True, help="Seconds between requests to a host.")
@click.option(
    "--deadline", default=DEADLINE, show_default=True,
    help="Seconds one fetch may take in all (retries and redirects included).",
)  # fmt: skip
def harvest_command(
    url, system, since, committee, council, register, corpus, contact, delay, deadline
) -> None:
    """Fetch the minutes published at URL into --corpus.

    URL may be any page of the site: a council's front page, its committee system's
    front page, a committee, councillors or meeting page; the system is detected from it
    (see `discover`). Incremental and polite: what was saved is not fetched again,
    meetings whose minutes are not out yet are looked at again next time, robots.txt is
    obeyed and a host gets at most one request per --delay seconds. Only public addresses
    are fetched unless MINUTES_ALLOW_PRIVATE_FETCH=1 (or a list of networks). Exit status
    3: some meetings failed (named); 4: no minutes found (what was tried is said).
    Without URL, --council names a council of the register `councils import` wrote.
    """
    url, system, council = address_of(url, system, council, register)
    client = PoliteClient(contact=contact, delay=delay, deadline=deadline)
    try:
        report = harvest(url, corpus, client, system, as_date(since), committee, council,
                         HarvestProgress(sys.stdout.isatty()))  # fmt: skip
    finally:
        client.close()
    show_harvest(report)
    sys.exit(EXIT_NOTHING if report.found_nothing else EXIT_PARTIAL if report.partial else 0)


def address_of(
    url: str | None, system: str | None, council: str | None, register: Path
) -> tuple[str, str | None, str | None]:
    """(url, system, council) to harvest: as given, or the register's for --council."""
    if url:
        return url, system, council
    if not council:
        raise click.UsageError("give a URL, or --council and a register (`councils import`)")
    try:
        found = find_council(register, council)
    except MinutesError as error:
        raise click.ClickException(str(error)) from error
    return found.base_url, system or found.system, found.name


@cli.group()
def councils() -> None:
    """A register of councils and where they publish minutes, found by any of their names."""


@councils.command("import")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False, exists=True))
@click.option("--names", type=click.Path(path_type=Path, dir_okay=False, exists=True),
              help="Name variants: a name, then the council's code.")  # fmt: skip
@click.option("--register", default=REGISTER, show_default=True,
              type=click.Path(path_type=Path, dir_okay=False))  # fmt: skip
def councils_import(file: Path, names: Path | None, register: Path) -> None:
    """Read a register of councils (columns code, name, official_name, end_date, system,
    base_url, as public registers publish them) into --register."""
    try:
        listed = read_register(file, names)
    except MinutesError as error:
        raise click.ClickException(str(error)) from error
    save_register(register, listed)
    click.echo(f"{register}: {len(listed)} councils, {sum(len(c.names) for c in listed)} names")


@cli.command("discover")
@click.argument("url")
@click.option("--contact", default="", help="Your contact, added to the user agent (email or URL).")
def discover_command(url: str, contact: str) -> None:
    """Say which committee system publishes the minutes at URL, why, and how to harvest it.

    Exit status 4 when no system is recognised and the page links no minutes."""
    found = detected(url, contact)
    click.echo(f"{found.system.label} at {found.base}: {found.reason}")
    click.echo(f"harvest with: minutes-search harvest {found.base} --system {found.system.name}")


def detected(url: str, contact: str) -> Detection:
    """The system at URL, with what was tried; exit status 4 when there is none."""
    client = PoliteClient(contact=contact)
    try:
        found = detect(client, url)
    except FetchError as error:
        raise click.ClickException(str(error)) from error
    finally:
        client.close()
    for line in found.tried:
        click.echo(f"tried: {line}")
    if found.system is None:
        click.echo(f"{url}: no committee system recognised, and the page links no minutes")
        sys.exit(EXIT_NOTHING)
    return found


@cli.group()
def sources() -> None:
    """The sites `update` harvests (sources.toml)."""


@sources.command("add")
@click.argument("url", required=False)
@click.option(
    "--sources", "path", default=Path("sources.toml"),
    type=click.Path(path_type=Path, dir_okay=False), show_default=True,
)  # fmt: skip
@council_options
@click.option("--committee", help="Only committees whose name matches this pattern.")
@click.option("--contact", default="", help="Your contact, added to the user agent (email or URL).")
def sources_add(url: str | None, path: Path, council: str | None, register: Path,
                committee: str | None, contact: str) -> None:  # fmt: skip
    """Find the committee system at URL (any page of the site) and add the site to --sources,
    for `update` to harvest. A site already listed is not added twice. Without URL,
    --council names a council of the register `councils import` wrote."""
    url, _, council = address_of(url, None, council, register)
    found = detected(url, contact)
    try:
        listed = tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise click.ClickException(f"{path}: {error}") from error
    if any(isinstance(s, dict) and s.get("url") == found.base for s in listed.get("source", [])):
        click.echo(f"{path}: {found.base} is already listed")
        return
    fields = {"url": found.base, "system": found.system.name, "council": council,
              "committee": committee}  # fmt: skip
    table = "".join(f"{key} = {toml_string(value)}\n" for key, value in fields.items() if value)
    with path.open("a", encoding="utf-8") as handle:
        handle.write(f"\n[[source]]\n{table}")
    click.echo(f"{path}: added {found.system.label} at {found.base} ({found.reason})")


def toml_string(value: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped, whatever a
    site's address or a user's words hold."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return (
        '"'
        + "".join(
            f"\\u{ord(char):04x}" if ord(char) < 0x20 or ord(char) == 0x7F else char
            for char in escaped
        )
        + '"'
    )


class HarvestProgress:
    """Documents and bytes as they arrive: a live line on a terminal, log lines otherwise."""

    def __init__(self, interactive: bool) -> None:
        self.interactive = interactive

    def __call__(self, report: HarvestReport, name: str) -> None:
        line = f"harvest: {len(report.saved)} documents, {report.bytes / 1024:.0f} kB ({name})"
        click.echo(f"\r{line[:110]:110}" if self.interactive else line, nl=not self.interactive)


def show_harvest(report: HarvestReport) -> None:
    click.echo(
        f"\n{report.site} ({report.system}, {report.council or 'unknown council'}): "
        f"{len(report.saved)} documents saved, {report.skipped} already harvested, "
        f"{report.pending} meetings awaiting minutes, {len(report.failed)} failed"
        + (f", {report.login} behind a login (skipped)" if report.login else "")
    )
    for error in report.failed:
        click.echo(f"minutes-search: harvest failed: {error}", err=True)
    if report.unfiltered:
        click.echo(f"{report.unfiltered} meetings kept: their listing names no committee to"
                   " filter on")  # fmt: skip
    if report.found_nothing:
        click.echo(f"minutes-search: {report.site}: found no minutes", err=True)
        for line in report.tried:
            click.echo(f"  tried: {line}", err=True)


@cli.command("update")
@click.option(
    "--sources", default=Path("sources.toml"), type=click.Path(path_type=Path, dir_okay=False)
)
@click.option("--corpus", default=DEFAULT_CORPUS, type=click.Path(path_type=Path, file_okay=False))
@click.option("--index", "index_dir", default=DEFAULT_INDEX, type=click.Path(path_type=Path))
@click.option(
    "--workers", type=click.IntRange(1, 512), default=None,
    help=f"Sites harvested at once (default: [harvest] workers, else {WORKERS}).",
)  # fmt: skip
def update_command(sources: Path, corpus: Path, index_dir: Path, workers: int | None) -> None:
    """Harvest every site in --sources, then index what changed: one command for cron.

    sources.toml lists [[source]] tables with url and, optionally, system, council,
    committee and since; [harvest] may set contact, delay, deadline and workers. Sites are
    harvested side by side, each host asked one request at a time with its own pause.
    Exit status 3 when any site, meeting or file failed, or a site had no minutes (each is
    named); the rest is harvested and indexed.
    """
    try:
        config = tomllib.loads(sources.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise click.ClickException(f"{sources}: {error}") from error
    settings = config.get("harvest", {})
    listed, problems = read_sources(config.get("source", []), sources)
    for problem in problems:
        click.echo(f"minutes-search: {problem}", err=True)
    client = PoliteClient(
        settings.get("contact", ""), float(settings.get("delay", 1.0)),
        deadline=float(settings.get("deadline", DEADLINE)),
    )  # fmt: skip
    progress = RunProgress(len(listed), sys.stdout.isatty())
    workers = workers or int(settings.get("workers", WORKERS))
    try:
        reports = harvest_many(listed, corpus, client, workers, progress, progress.site_done)
    finally:
        client.close()
    for report in reports:
        show_harvest(report)
    partial = bool(problems) or any(r.partial or r.found_nothing for r in reports)
    try:
        index_report = update_index(corpus, index_dir, Progress(sys.stdout.isatty()))
    except MinutesError as error:
        raise click.ClickException(str(error)) from error
    click.echo(summarise(index_report))
    for error in index_report.failed:
        click.echo(f"minutes-search: skipped {error}", err=True)
    embed_stage(index_dir)
    sys.exit(EXIT_PARTIAL if partial or index_report.partial else 0)


def read_sources(tables: list, path: Path) -> tuple[list[Source], list[str]]:
    """The sources a sources.toml lists, and a line for each one that cannot be used."""
    found, problems = [], []
    for number, table in enumerate(tables, start=1):
        where = f"{path}: source {number}"
        if not isinstance(table, dict) or not table.get("url"):
            problems.append(f"{where}: a [[source]] without a url")
            continue
        if table.get("system") and table["system"] not in SYSTEMS:
            problems.append(
                f"{where}: system {table['system']!r} is not one of {', '.join(SYSTEMS)}"
            )
            continue
        try:
            since = date.fromisoformat(str(table["since"])) if table.get("since") else None
        except ValueError:
            problems.append(f"{where}: since {table['since']!r} is not a date (YYYY-MM-DD)")
            continue
        found.append(Source(str(table["url"]), table.get("system"), since,
                            table.get("committee"), table.get("council")))  # fmt: skip
    return found, problems


class RunProgress:
    """One progress display for a run over many sites: sites done, documents, errors."""

    def __init__(self, sites: int, interactive: bool) -> None:
        self.sites, self.interactive = sites, interactive
        self.done = self.documents = self.errors = 0
        self.last_line = 0.0
        self.lock = threading.Lock()

    def __call__(self, report: HarvestReport, name: str) -> None:
        with self.lock:
            self.documents += 1
            self.show()

    def site_done(self, report: HarvestReport) -> None:
        with self.lock:
            self.done += 1
            self.errors += len(report.failed) + report.found_nothing
            self.show(always=True)

    def show(self, always: bool = False) -> None:
        if not (always or self.interactive or time.monotonic() - self.last_line >= 2):
            return
        self.last_line = time.monotonic()
        line = (f"harvest: {self.done}/{self.sites} sites done, {self.documents} documents,"
                f" {self.errors} errors")  # fmt: skip
        click.echo(f"\r{line:80}" if self.interactive else line, nl=not self.interactive)


def facet_options(command):
    """An option per facet of `FACETS` (--council, --year ...), each repeatable: any of."""
    for facet in reversed(LISTED):
        choices = click.Choice([YES, NO]) if facet.kind == FLAG else None
        command = click.option(
            f"--{facet.name}", multiple=True, type=choices, callback=facet_checked,
            help=facet.help,
        )(command)  # fmt: skip
    return command


def facet_checked(context: click.Context, parameter: click.Parameter, values: tuple) -> tuple:
    facet = BY_NAME[parameter.name]
    for value in values:
        try:
            facet.index_value(value)
        except ValueError as error:
            raise click.BadParameter(str(error)) from None
    return values


@cli.command("search")
@click.argument("query", default="")
@click.option(
    "--index", "index_dir", default=DEFAULT_INDEX, type=click.Path(path_type=Path),
    show_default=True, help="The index folder `minutes-search index` wrote.",
)  # fmt: skip
@click.option("--json", "as_json", is_flag=True, help="Print the full results as JSON.")
@facet_options
@click.option("--procedural", is_flag=True, help=PROCEDURAL.help)
@click.option("--from", "date_from", type=click.DateTime(["%Y-%m-%d"]), help="From YYYY-MM-DD.")
@click.option("--to", "date_to", type=click.DateTime(["%Y-%m-%d"]), help="To YYYY-MM-DD.")
@click.option("--sort", type=click.Choice(SORTS), default="relevance", show_default=True)
@click.option(
    "--mode",
    type=click.Choice(MODES),
    default=None,
    help="Match by words, by meaning, or both (hybrid; the default when the model is installed).",
)
@click.option("--page", default=1, show_default=True, type=click.IntRange(1, MAX_PAGE))
@click.option("--page-size", default=10, show_default=True, type=click.IntRange(1, MAX_PAGE_SIZE))
def search_command(query: str, index_dir: Path, as_json: bool, **options) -> None:
    """Search the index: words, "phrases", OR, NOT, -word, word*, field:term, date:2015."""
    filters = FacetFilters(
        chosen={facet.name: list(options[facet.name]) for facet in LISTED},
        include_procedural=options["procedural"],
        date_from=as_date(options["date_from"]),
        date_to=as_date(options["date_to"]),
    )
    request = SearchRequest(
        query, filters, options["sort"], options["page"], options["page_size"],
        mode=options["mode"] or "",
    )  # fmt: skip
    try:
        results = Searcher(index_dir).search(request)
    except MinutesError as error:
        raise click.ClickException(str(error)) from error
    if as_json:
        click.echo(json.dumps(results.to_json_dict(), ensure_ascii=False))
        return
    click.echo(
        f"{results.total} items"
        + (f" ({results.word_total} by words, {results.meaning_total} more by meaning)"
           if results.mode == "hybrid" else f" (by {MATCHED_BY[results.mode]})")
        + (f" (did you mean: {results.suggestion})" if results.suggestion else "")
    )  # fmt: skip
    if results.note:
        click.echo(results.note)
    for hit in results.hits:
        how = "" if hit.match == "words" else f"  ({MATCHED_BY[hit.match]})"
        label = item_label(hit.number, "item")
        click.echo(f"{hit.date}  {hit.committee}, {label}: {hit.title}  [{hit.id}]{how}")


MATCHED_BY = {"keyword": "words", "words": "words", "meaning": "meaning",
              "both": "words and meaning"}  # fmt: skip


def as_date(value) -> date | None:
    return value.date() if value else None


@cli.command()
@click.option("--index", "index_dir", default=DEFAULT_INDEX, type=click.Path(path_type=Path))
@click.option("--corpus", default=DEFAULT_CORPUS, type=click.Path(path_type=Path, file_okay=False))
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True)
@click.option("--threads", default=8, show_default=True, help="Threads per worker process.")
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=None,
    help="Server processes sharing the port (default: one per core).",
)
@click.option(
    "--follow",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Serve the generations `publish` puts in this folder (a web node of several); "
    "--index is then where this node keeps its copies.",
)
def serve(
    index_dir: Path, corpus: Path, host: str, port: int, threads: int, workers: int | None,
    follow: Path | None,
) -> None:  # fmt: skip
    """Bring the index up to date with the corpus (with progress), then serve the site;
    or, with --follow, serve what the indexing machine publishes.

    Serves with waitress, a production WSGI server, in one process per core (Python
    runs one thread at a time per process); each refreshes its searcher by itself when
    a later `minutes-search index` run commits. Each request is logged as a JSON line.
    """
    if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):  # set before any worker starts
        folder = tempfile.mkdtemp(prefix="minutes-metrics-")
        atexit.register(shutil.rmtree, folder, True)
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = folder
    log_requests()
    from search_app.web import create_app

    state = index_dir  # alerts and the key, without a shared database: never in a copy
    if follow:
        served = start_following(follow, index_dir)
    else:
        served = index_dir
        if corpus.is_dir():
            report = update_index(corpus, index_dir, Progress(sys.stdout.isatty()))
            click.echo(summarise(report))
            for error in report.failed:
                click.echo(f"minutes-search: skipped {error}", err=True)
        if index_exists(index_dir):
            embed_stage(index_dir)
    app = create_app({"INDEX_DIR": str(served.absolute()), "STATE_DIR": str(state.resolve()),
                      "CORPUS_DIR": str(corpus.resolve())})  # fmt: skip
    workers = workers or len(os.sched_getaffinity(0))
    click.echo(f"Serving Minutes Search on http://{host}:{port}/ with {workers} worker"
               f"{'s' if workers > 1 else ''} (Ctrl-C to stop)")  # fmt: skip
    serve_workers(app, socket.create_server((host, port)), workers, threads)


FOLLOW_SECONDS = 1.0  # how often a web node looks for a new published generation


def start_following(location: Path, node_dir: Path) -> Path:
    """Take what is published now, then keep looking in a thread; the folder to serve
    (the node's `serving` link, switched to each new generation once it is whole)."""
    from search_app.publish import Follower

    follower = Follower(location, node_dir, log=lambda line: click.echo(line, err=True))
    follower.check()
    threading.Thread(target=follower.run, args=(FOLLOW_SECONDS, threading.Event()),
                     name="follower", daemon=True).start()  # fmt: skip
    click.echo(f"Following {location}: each generation published there is served once whole")
    return follower.serving


@cli.command()
@click.argument("location", type=click.Path(path_type=Path, file_okay=False))
@click.option("--index", "index_dir", default=DEFAULT_INDEX, type=click.Path(path_type=Path))
def publish(location: Path, index_dir: Path) -> None:
    """Publish the index's committed generation to LOCATION (a folder every web node
    reads with `serve --follow LOCATION`): whole, checked, then announced."""
    from search_app.publish import PublishError
    from search_app.publish import publish as publish_generation

    try:
        name = publish_generation(index_dir, location)
    except (PublishError, OSError) as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"published generation {name} to {location}")


def log_requests() -> None:
    """The access log (search_app/web/ops.py): one JSON line a request, on stdout."""
    import logging

    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(message)s"))
    access = logging.getLogger("minutes_search.access")
    access.addHandler(handler)
    access.setLevel(logging.INFO)
    access.propagate = False


def serve_workers(app, listening: socket.socket, workers: int, threads: int) -> None:
    """Waitress in `workers` processes accepting on one socket. The processes are forked
    by multiprocessing, so they die with this one (see index._DieWithParent); one that
    dies (a crash, the OOM killer) is replaced, so the site keeps every core."""
    import multiprocessing
    from multiprocessing.connection import wait

    import waitress

    def run() -> None:
        waitress.serve(app, sockets=[listening], threads=threads, ident="minutes-search")

    if workers == 1:
        run()
        return
    context = multiprocessing.get_context("fork")

    def started() -> multiprocessing.Process:
        process = context.Process(target=run, daemon=True)
        process.start()
        return process

    processes = [started() for _ in range(workers)]
    try:
        while True:
            wait([process.sentinel for process in processes])
            for n, process in enumerate(processes):
                if not process.is_alive():
                    ended = f"worker {process.pid} ended (exit {process.exitcode})"
                    click.echo(f"minutes-search: {ended}; starting another", err=True)
                    processes[n] = started()
    except KeyboardInterrupt:
        pass
    finally:
        for process in processes:
            process.terminate()


@cli.group()
def alerts() -> None:
    """Email, feed and webhook alerts for saved searches."""


@alerts.command("send")
@click.option("--index", "index_dir", default=DEFAULT_INDEX, type=click.Path(path_type=Path))
@click.option("--dry-run", is_flag=True, help="Say what would be sent; send and change nothing.")
def alerts_send(index_dir: Path, dry_run: bool) -> None:
    """Send what is due: new items for each confirmed alert, and any deliveries an
    earlier run left unsent. Run it from cron or a systemd timer (see README)."""
    try:
        report = deliver_alerts(index_dir, dry_run)
    except MinutesError as error:
        raise click.ClickException(str(error)) from error
    for line in report.planned:
        click.echo(f"would send: {line}")
    click.echo(
        f"alerts: {report.alerts_due} due, {report.sent} deliveries sent, {report.items} items,"
        f" {len(report.failed)} failed"
    )
    for failure in report.failed:
        click.echo(f"minutes-search: alert delivery failed: {failure}", err=True)
    sys.exit(EXIT_PARTIAL if report.failed else 0)


def deliver_alerts(index_dir: Path, dry_run: bool = False):
    from search_app.alerts.deliver import send_due
    from search_app.alerts.mail import mail_settings
    from search_app.alerts.tokens import Tokens, secret_key

    searcher = Searcher(index_dir)
    tokens = Tokens(secret_key(index_dir))
    return send_due(index_dir, searcher, mail_settings(), tokens, dry_run=dry_run)


def send_alerts_after(report: IndexReport, index_dir: Path) -> None:
    """After a run that added items, send the alerts that are due, when mail is set up."""
    from search_app.alerts.mail import mail_settings
    from search_app.alerts.store import AlertStore

    if not report.item_ids or mail_settings() is None or not AlertStore.in_use(index_dir):
        return
    sent = deliver_alerts(index_dir)
    click.echo(f"alerts: {sent.sent} deliveries sent, {len(sent.failed)} failed")
    for failure in sent.failed:
        click.echo(f"minutes-search: alert delivery failed: {failure}", err=True)


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
