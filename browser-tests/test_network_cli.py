"""`threadline network`, run as an operator runs it: make a wave, import its CSV files, print its figures, export it.

Like test_cli.py, these need only the binary (THREADLINE_BIN, default .build/debug/threadline). Each test works in
its own SQLite file under pytest's tmp_path.

The small network used throughout has four organisations and four ties:

    alpha -> beta   trust 4, value 3
    beta  -> alpha  trust 2, value blank
    alpha -> gamma  trust 3, value 2
    gamma -> delta  no ratings

and its figures are worked out by hand beside each assertion.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from test_cli import threadline

MEMBERS = """id,name,sector,type
alpha,Alpha Council,Public,Council
beta,Beta Trust,Voluntary and community,Charity
gamma,Gamma Leisure,Sport and leisure,Leisure trust
delta,Delta Health,Health,NHS trust
"""

TIES_HEADER = "from,to,frequency,reliability,mission,openness,power,involvement,resources\n"

TIES = TIES_HEADER + """alpha,beta,4,4,4,4,3,3,3
beta,alpha,2,2,2,2,,,
alpha,gamma,3,3,3,3,2,2,2
gamma,delta,,,,,,,
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text)
    return path


def database(tmp_path: Path) -> list[str]:
    return ["--db", f"sqlite://{tmp_path}/hub.sqlite"]


def run_ok(tmp_path: Path, *arguments: str) -> str:
    result = threadline(*arguments, *database(tmp_path), cwd=tmp_path)
    assert result.returncode == 0, f"{arguments}: {result.stderr}"
    return result.stdout


def metrics_json(tmp_path: Path, wave: str, *extra: str) -> dict:
    return json.loads(run_ok(tmp_path, "network", "metrics", "--wave", wave, "--json", *extra))


def import_small_network(tmp_path: Path, wave: str = "Baseline") -> str:
    members = write(tmp_path, "members.csv", MEMBERS)
    ties = write(tmp_path, "ties.csv", TIES)
    return run_ok(tmp_path, "network", "import", "--wave", wave, str(members), str(ties), "--period", "2024 H1")


def test_create_import_and_metrics_give_the_hand_computed_figures(tmp_path):
    made = run_ok(tmp_path, "network", "create", "--wave", "Baseline", "--period", "2024 H1",
                  "--closes", "2024-06-30")
    assert "Baseline" in made
    imported = import_small_network(tmp_path)
    # Alpha, beta and gamma are `from` in a tie, so they count as having answered.
    assert "Imported 4 members and 4 ties into “Baseline” (3 answered)." in imported

    waves = run_ok(tmp_path, "network", "waves")
    row = next(line for line in waves.splitlines() if line.startswith("Baseline"))
    assert row.split() == ["Baseline", "Whole", "programme", "2024", "H1", "4", "3"]

    report = metrics_json(tmp_path, "Baseline")
    assert report["wave"] == {"name": "Baseline", "place": None, "period": "2024 H1"}
    assert report["change"] is None
    network = report["network"]
    assert (network["members"], network["ties"], network["answered"]) == (4, 4, 3)
    assert network["completion_rate"] == pytest.approx(0.75)
    assert network["density"] == pytest.approx(4 / 12)  # m / (n(n - 1))
    assert network["reciprocity"] == pytest.approx(0.5)  # alpha <-> beta: 2 of the 4 ties
    assert network["in_centralization"] == pytest.approx(0)  # every in-degree is 1
    assert network["out_centralization"] == pytest.approx(4 / 9)  # out 2,1,1,0: (0+1+1+2) / 3^2
    assert network["undirected_centralization"] == pytest.approx(1 / 3)  # degrees 2,1,2,1: 2 / (3 x 2)
    assert network["mean_reach"] == pytest.approx(0.5)  # reach 1, 2/3, 1/3, 0
    assert network["mean_trust"] == pytest.approx(3.0)  # ties' trust 4, 2, 3
    assert network["mean_value"] == pytest.approx(2.5)  # ties' value 3, 2
    assert network["trust_percent"] == pytest.approx(75.0)
    assert network["value_percent"] == pytest.approx(62.5)

    members = {member["key"]: member for member in report["members"]}
    assert [member["key"] for member in report["members"]] == ["alpha", "beta", "gamma", "delta"]
    assert members["alpha"]["name"] == "Alpha Council" and members["alpha"]["type"] == "Council"
    # Alpha lies on beta -> gamma and beta -> delta; gamma on alpha -> delta and beta -> delta; over (n-1)(n-2) = 6.
    assert members["alpha"]["betweenness"] == pytest.approx(2 / 6)
    assert members["gamma"]["betweenness"] == pytest.approx(2 / 6)
    assert members["beta"]["betweenness"] == 0
    assert members["alpha"]["betweenness_raw"] == pytest.approx(2)
    assert members["beta"]["reach"] == pytest.approx(2 / 3)  # alpha, then gamma through alpha
    assert (members["alpha"]["in_degree"], members["alpha"]["out_degree"]) == (1, 2)
    assert members["alpha"]["trust"] == pytest.approx(2) and members["alpha"]["value"] is None
    assert members["delta"]["trust"] is None and members["delta"]["responded"] is False
    assert members["gamma"]["value"] == pytest.approx(2)

    text = run_ok(tmp_path, "network", "metrics", "--wave", "Baseline")
    assert re.search(r"^Density\s+0\.3333$", text, re.M), text
    assert re.search(r"^Answered\s+3 of 4 \(75\.0%\)$", text, re.M), text
    assert re.search(r"^Out-degree centralization\s+0\.4444$", text, re.M), text
    assert re.search(r"^Trust\s+3\.00 out of 4 \(75\.0% of the maximum\)$", text, re.M), text
    rows = [line for line in text.splitlines() if line.startswith(("Alpha", "Beta", "Gamma", "Delta"))]
    # Sorted by name; alpha: in 1, out 2, betweenness 0.3333, reach 1, trust 2.00, no value.
    assert [row.split()[0] for row in rows] == ["Alpha", "Beta", "Delta", "Gamma"]
    assert rows[0].split()[-6:] == ["1", "2", "0.3333", "1.0000", "2.00", "–"]


@pytest.mark.parametrize("existing", [False, True])
def test_bad_files_are_reported_by_file_and_line_and_nothing_is_stored(tmp_path, existing):
    if existing:
        import_small_network(tmp_path)
    else:
        run_ok(tmp_path, "network", "create", "--wave", "Baseline", "--period", "2024 H1")
    before = metrics_json(tmp_path, "Baseline")

    members = write(tmp_path, "new-members.csv", MEMBERS + "epsilon,,Public,Council\n")
    ties = write(tmp_path, "new-ties.csv", TIES_HEADER + """alpha,beta,1,1,1,1,1,1,1
alpha,zeta,,,,,,,
gamma,gamma,,,,,,,
beta,gamma,5,,,,,,
alpha,beta,,,,,,,
""")
    result = threadline("network", "import", "--wave", "Baseline", str(members), str(ties), *database(tmp_path),
                        cwd=tmp_path)
    assert result.returncode != 0
    errors = result.stderr
    assert re.search(r"new-members\.csv line 6: .*name", errors), errors  # a blank name
    assert re.search(r"new-ties\.csv line 3: .*zeta", errors), errors  # an unknown member
    assert re.search(r"new-ties\.csv line 4: .*itself", errors), errors  # a self-tie
    assert re.search(r"new-ties\.csv line 5: .*1 to 4", errors), errors  # a rating of 5
    assert re.search(r"new-ties\.csv line 6: .*already", errors), errors  # the same ordered pair again
    assert "Nothing was imported" in errors
    assert metrics_json(tmp_path, "Baseline") == before


def test_a_bad_import_into_a_new_wave_makes_no_wave(tmp_path):
    members = write(tmp_path, "members.csv", MEMBERS)
    ties = write(tmp_path, "ties.csv", TIES + "delta,delta,,,,,,,\n")
    result = threadline("network", "import", "--wave", "Later", str(members), str(ties), "--period", "2025 H1",
                        *database(tmp_path), cwd=tmp_path)
    assert result.returncode != 0
    assert "ties.csv line 6:" in result.stderr
    assert "Later" not in run_ok(tmp_path, "network", "waves")


def test_unknown_waves_and_places_fail_with_what_to_do(tmp_path):
    members = write(tmp_path, "members.csv", MEMBERS)
    ties = write(tmp_path, "ties.csv", TIES)
    missing = threadline("network", "import", "--wave", "Nowhere", str(members), str(ties), *database(tmp_path),
                         cwd=tmp_path)
    assert missing.returncode != 0
    assert "There is no wave “Nowhere”; give --period (and --place) to create it" in missing.stderr

    place = threadline("network", "create", "--wave", "Salford", "--period", "2024 H1", "--place", "salford",
                       *database(tmp_path), cwd=tmp_path)
    assert place.returncode != 0
    assert "There is no place “salford”" in place.stderr

    period = threadline("network", "create", "--wave", "Salford", "--period", "2024 Q1", *database(tmp_path),
                        cwd=tmp_path)
    assert period.returncode != 0
    assert "--period" in period.stderr and "2024 H1" in period.stderr

    metrics = threadline("network", "metrics", "--wave", "Nowhere", *database(tmp_path), cwd=tmp_path)
    assert metrics.returncode != 0
    assert "threadline network waves" in metrics.stderr


def test_export_then_import_into_a_new_wave_gives_the_same_figures(tmp_path):
    import_small_network(tmp_path)
    members = tmp_path / "out" / "members.csv"
    ties = tmp_path / "out" / "ties.csv"
    members.parent.mkdir()
    exported = run_ok(tmp_path, "network", "export", "--wave", "Baseline", "--members", str(members),
                      "--ties", str(ties))
    assert "4 members" in exported and "4 ties" in exported
    assert members.read_text().splitlines()[0] == "id,name,sector,type"

    run_ok(tmp_path, "network", "import", "--wave", "Copy", str(members), str(ties), "--period", "2024 H2")
    original = metrics_json(tmp_path, "Baseline")
    copy = metrics_json(tmp_path, "Copy")
    assert copy["wave"]["name"] == "Copy"
    del original["wave"], copy["wave"]
    assert copy == original


def test_compare_reports_the_change_between_two_waves(tmp_path):
    import_small_network(tmp_path)
    members = write(tmp_path, "later-members.csv", MEMBERS + "epsilon,Epsilon Arts,Arts,Charity\n")
    # Beta now trusts alpha fully (2 -> 4); gamma -> delta is gone; delta -> epsilon is new.
    ties = write(tmp_path, "later-ties.csv", TIES_HEADER + """alpha,beta,4,4,4,4,3,3,3
beta,alpha,2,4,4,4,,,
alpha,gamma,3,3,3,3,2,2,2
delta,epsilon,1,2,2,2,2,2,2
""")
    run_ok(tmp_path, "network", "import", "--wave", "Year on", str(members), str(ties), "--period", "2025 H1")

    report = metrics_json(tmp_path, "Year on", "--compare", "Baseline")
    change = report["change"]
    assert change["earlier_wave"] == "Baseline"
    assert change["member_count_change"] == 1
    assert change["tie_count_change"] == 0
    assert change["members_joined"] == ["epsilon"] and change["members_left"] == []
    assert change["ties_gained"] == [{"from": "delta", "to": "epsilon"}]
    assert change["ties_lost"] == [{"from": "gamma", "to": "delta"}]
    assert len(change["ties_kept"]) == 3
    assert change["density_change"] == pytest.approx(4 / 20 - 4 / 12)
    # Trust: (4 + 4 + 3 + 2) / 4 = 3.25 against 3.0.
    assert change["mean_trust_change"] == pytest.approx(0.25)
    alpha = next(member for member in change["member_changes"] if member["key"] == "alpha")
    assert alpha["trust_change"] == pytest.approx(2)
    assert "1 organisation joined: Epsilon Arts." in change["sentences"]

    text = run_ok(tmp_path, "network", "metrics", "--wave", "Year on", "--compare", "Baseline")
    assert "Change since “Baseline”" in text
    assert "Trust in Alpha Council rose the most, from 2.00 to 4.00 out of 4." in text
