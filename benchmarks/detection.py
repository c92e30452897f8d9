"""Detection over the UK councils' catalogue: every current ModernGov and CMIS council,
its site served on loopback at that council's own address (its host name resolved to
127.0.0.1, as an /etc/hosts line would; its folder, root or councillors page as listed).

    python benchmarks/detection.py [--catalogue ../shared/catalogue/uk-councils.csv]

For each council the fake site (tests/harvest_site.py) answers as its system does, at
the folder the catalogue's address says: ModernGov's web service under the address's
folder; CMIS installed at the address's root folder (the path up to the folder naming
CMIS, else its first folder), its councillors page at the listed address with a menu
of the site's pages. Detection is asked from the site's front page and from the
catalogue's address, and must give the system and the site's root. Prints the counts
by system, each miss, and the time taken. The catalogue is third-party data and stays
in ../shared/: it is read, never copied.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from search_app.harvest import detect, detect_system  # noqa: E402
from search_app.harvest.fetch import FetchError, PoliteClient  # noqa: E402
from tests.harvest_site import Site, cmis_page, moderngov_home, resolving, serve  # noqa: E402

SYSTEMS = {"ModernGov": "moderngov", "CMIS": "cmis"}


def councils(catalogue: Path) -> list[dict]:
    with catalogue.open(encoding="utf-8") as file:
        return [row for row in csv.DictReader(file)
                if row["system"] in SYSTEMS and not row["end_date"]]  # fmt: skip


def cmis_root(path: str) -> str:
    """Where the benchmark installs a CMIS site whose councillors page is at `path`."""
    folders = [f for f in path.split("/")[:-1] if f]
    naming = next((n for n, f in enumerate(folders) if "cmis" in f.lower()), None)
    kept = folders[: naming + 1] if naming is not None else folders[:1]
    return "".join(f"/{f}" for f in kept)


def install(site: Site, system: str, path: str) -> tuple[str, str]:
    """Serve one council's site; (its root folder, its front page's path)."""
    site.pages.clear()
    site.moderngov_folders, site.cmis_roots = set(), set()
    if system == "moderngov":
        folder = path.rstrip("/")
        site.moderngov_folders.add(folder)
        site.pages[f"{folder}/"] = moderngov_home(folder)
        if folder:  # as a server answers a folder's address without its slash
            site.pages[folder] = moderngov_home(folder)
        return folder, f"{folder}/"
    root = cmis_root(path if path.endswith((".aspx", "/")) else path + "/")
    site.cmis_roots.add(root)
    if path.rstrip("/") != root:
        site.pages[path] = cmis_page(root, "tabid" in path)
    return root, f"{root}/"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default = ROOT.parent / "shared" / "catalogue" / "uk-councils.csv"
    parser.add_argument("--catalogue", type=Path, default=default)
    args = parser.parse_args()
    if not args.catalogue.exists():
        sys.exit(f"detection benchmark: no catalogue at {args.catalogue}")
    rows = councils(args.catalogue)
    hosts = {urlsplit(row["base_url"]).hostname for row in rows}
    with tempfile.TemporaryDirectory() as folder:
        site = Site(Path(folder))
        server, base = serve(site)
        port = base.rsplit(":", 1)[1]
        client = PoliteClient(delay=0.0, timeout=5.0, allow_private="127.0.0.1")
        totals, by_address, missed = Counter(), Counter(), []
        started = time.perf_counter()
        with resolving(hosts):
            for row in rows:
                system = SYSTEMS[row["system"]]
                parts = urlsplit(row["base_url"])
                by_address[system] += detect_system(row["base_url"]) == system
                root, front = install(site, system, parts.path)
                address = f"http://{parts.hostname}:{port}"
                for kind, page in (("front page", front), ("catalogue address", parts.path or "/")):
                    try:
                        found = detect(client, address + page)
                        what = f"{found.system.name} at {found.base}" if found.system else "nothing"
                    except FetchError as error:
                        what = str(error)
                    right = what == f"{system} at {address}{root}"
                    totals[(system, kind)] += right
                    if not right:
                        missed.append(f"{row['name']} ({kind} {address}{page}): {what}")
        elapsed = time.perf_counter() - started
        server.shutdown()
    counts = Counter(SYSTEMS[row["system"]] for row in rows)
    print(f"detection over {len(rows)} current ModernGov and CMIS councils ({elapsed:.1f} s)")
    for system, count in sorted(counts.items()):
        front, listed = totals[(system, "front page")], totals[(system, "catalogue address")]
        print(f"  {system:10} {count:4} councils: from the front page {front}/{count}, "
              f"from the catalogue's address {listed}/{count}; "
              f"from the address alone, no fetch: {by_address[system]}/{count}")  # fmt: skip
    for line in missed:
        print(f"  missed: {line}")
    print(f"missed: {len(missed)}")


if __name__ == "__main__":
    main()
