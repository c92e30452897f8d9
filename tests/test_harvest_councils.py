"""A register of councils (search_app/harvest/councils.py): imported from the columns
public registers publish, then a council harvested or listed by any of its names."""

from __future__ import annotations

import subprocess
import sys

from search_app.harvest.councils import find_council, read_register, save_register

REGISTER = (
    "code,name,official_name,nation,start_date,end_date,system,base_url\n"
    "ANY,Anytown,Anytown Borough Council,ENG,1974-04-01,,ModernGov,{base}/moderngov\n"
    "OLD,Oldshire,Oldshire County Council,ENG,1974-04-01,2019-03-31,ModernGov,https://x.example\n"
    "EAS,Eastwick,Eastwick District Council,ENG,1974-04-01,,CMIS,{base}/cmis/Councillors.aspx\n"
    "NON,Nowhere,Nowhere Council,ENG,1974-04-01,,None,\n"
)
NAMES = "la-name,local-authority-code\nAnytown Council,ANY\nBorough of Anytown,ANY\n"


def write(tmp_path, base: str = "https://anytown.example"):
    councils, names = tmp_path / "councils.csv", tmp_path / "names.csv"
    councils.write_text(REGISTER.format(base=base), encoding="utf-8")
    names.write_text(NAMES, encoding="utf-8")
    return councils, names


def test_a_register_lists_current_councils_with_every_name_they_go_by(tmp_path):
    councils, names = write(tmp_path)
    listed = read_register(councils, names)
    assert [c.code for c in listed] == ["ANY", "EAS"]  # not abolished, not address-less
    save_register(tmp_path / "register.json", listed)
    for name in ("Anytown", "anytown borough council", "Borough of Anytown", "ANY"):
        found = find_council(tmp_path / "register.json", name)
        assert found.name == "Anytown Borough Council" and found.system == "moderngov"
    assert find_council(tmp_path / "register.json", "Eastwick").system == "cmis"


def test_harvest_and_sources_add_by_council_name(site, tmp_path):
    site_, base = site
    councils, names = write(tmp_path, base)
    register = tmp_path / "register.json"
    cli = [sys.executable, "-m", "search_app.cli"]
    env = {"MINUTES_ALLOW_PRIVATE_FETCH": "1"}
    imported = subprocess.run(cli + ["councils", "import", str(councils), "--names", str(names),
                                     "--register", str(register)],
                              capture_output=True, text=True, timeout=60)  # fmt: skip
    assert imported.returncode == 0 and "2 councils" in imported.stdout, imported.stderr
    harvested = subprocess.run(
        cli + ["harvest", "--council", "Borough of Anytown", "--register", str(register),
               "--corpus", str(tmp_path / "corpus"), "--delay", "0"],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert harvested.returncode == 0, harvested.stderr
    assert "8 documents saved" in harvested.stdout
    assert (tmp_path / "corpus" / "anytown-borough-council").is_dir()
    unknown = subprocess.run(cli + ["harvest", "--council", "Atlantis", "--register", str(register)],
                             capture_output=True, text=True, timeout=60)  # fmt: skip
    assert unknown.returncode == 1 and "no council known as 'Atlantis'" in unknown.stderr
    sources = tmp_path / "sources.toml"
    added = subprocess.run(cli + ["sources", "add", "--council", "Anytown", "--register",
                                  str(register), "--sources", str(sources)],
                           capture_output=True, text=True, timeout=60, env=env)  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert f'url = "{base}/moderngov"' in sources.read_text()
    assert 'council = "Anytown Borough Council"' in sources.read_text()
