"""The `minutes-search` command: parse minutes (and, as they land, index, search, serve)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from search_app.errors import UnreadableDocument
from search_app.models import ParsedDocument
from search_app.parse import parse_file


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def cli() -> None:
    """Full-text search over the minutes of public bodies."""


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per file (JSON Lines).")
def parse(files: tuple[Path, ...], as_json: bool) -> None:
    """Parse minutes FILES (text, HTML or PDF) into a meeting and its agenda items.

    A file that cannot be parsed is reported on stderr with the reason; the
    other files are still parsed, and the exit status is 1.
    """
    failures = 0
    for path in files:
        try:
            document = parse_file(path)
        except UnreadableDocument as error:
            click.echo(f"minutes-search: error: {error}", err=True)
            failures += 1
            continue
        if as_json:
            click.echo(json.dumps(document.to_json_dict(), ensure_ascii=False))
        else:
            click.echo(describe(document))
    sys.exit(1 if failures else 0)


def describe(document: ParsedDocument) -> str:
    meeting = document.meeting
    lines = [f"{document.source} ({document.format})", f"  {meeting.committee}, {meeting.date}"]
    for item in document.items:
        flag = " [procedural]" if item.procedural else ""
        lines.append(f"  {item.number:>6}  {item.title}{flag}")
    return "\n".join(lines)


@cli.command()
def serve() -> None:
    """Serve the search site (arrives with the web issue)."""
    click.echo("minutes-search serve: the web front end is not built yet.")
    click.echo("Try `minutes-search parse corpus/*` to see what the parser reads.")


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
