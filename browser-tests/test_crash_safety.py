"""`kill -9` in the middle of writes leaves a whole database holding each transaction entirely or not at all.

Like test_cli.py, these need only the binary (THREADLINE_BIN, default .build/debug/threadline). Each run starts a
write in a child process, kills it with SIGKILL at a chosen moment, and then opens the database with Python's own
sqlite3: the file must pass SQLite's integrity and foreign-key checks, and the data each transaction writes must be
there entirely or not at all. Some kills land while the file is read, some while the commit is being
written to SQLite's write-ahead log, some just after; both whole outcomes are accepted, a half is not.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import time
import uuid
from pathlib import Path

import pytest

from test_cli import REPO_ROOT, binary

DEMO_BUNDLE = REPO_ROOT / "Sources" / "ThreadlineServices" / "Resources" / "demo" / "local-pilot.json"
EXTRA_STORIES = 600
MEMBERS = 600
TIES = 12_000
# When to kill. "early": seconds after the start, while the file is read and checked or the schema made. "commit":
# seconds after the write-ahead log starts to grow past what the schema left in it. Each write keeps its pages in
# SQLite's cache until it commits, so the log grows only while the commit is written (some tens of milliseconds);
# killing by the clock alone would almost never land there.
KILLS = [("early", 0.2), ("early", 1.0), ("commit", 0.0), ("commit", 0.001), ("commit", 0.003), ("commit", 0.008)]
def start(tmp_path: Path, *arguments: str) -> subprocess.Popen:
    return subprocess.Popen([str(binary()), *arguments], cwd=tmp_path, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)


def kill(process: subprocess.Popen, database: Path, moment: str, seconds: float) -> None:
    if moment == "early":
        time.sleep(seconds)
    else:
        wait_for_commit(process, database)
        time.sleep(seconds)
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)


def wait_for_commit(process: subprocess.Popen, database: Path) -> None:
    """Returns once the write-ahead log grows past the size it settled at after the schema was made (unchanged
    for 0.2 s), or once the process has ended."""
    log = Path(f"{database}-wal")
    settled = None
    last, changed_at = -1, time.monotonic()
    while process.poll() is None:
        size = log.stat().st_size if log.exists() else 0
        now = time.monotonic()
        if size != last:
            if settled is not None and size > settled:
                return
            last, changed_at = size, now
        elif settled is None and size > 0 and now - changed_at > 0.2:
            settled = size
        time.sleep(0.0005)


def check_whole(database: Path) -> sqlite3.Connection:
    """Opens the file as a fresh process would after the crash (replaying the WAL) and checks its structure."""
    opened = sqlite3.connect(database)
    assert opened.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert opened.execute("PRAGMA foreign_key_check").fetchall() == []
    return opened


def count(opened: sqlite3.Connection, table: str, where: str = "", *values) -> int:
    try:
        return opened.execute(f"SELECT COUNT(*) FROM {table} {where}", values).fetchone()[0]
    except sqlite3.OperationalError as error:
        # Killed while the schema was being made: the migration is one transaction, so no table means no schema.
        assert "no such table" in str(error)
        return 0


@pytest.fixture(scope="module")
def large_bundle(tmp_path_factory) -> Path:
    """The demo programme plus thousands of stories: one import transaction that takes a while to write."""
    bundle = json.loads(DEMO_BUNDLE.read_text())
    template = bundle["stories"][0]
    for n in range(EXTRA_STORIES):
        story = dict(template)
        story["id"] = str(uuid.UUID(int=0x10000000_0000_4000_8000_000000000000 + n))
        story["slug"] = f"generated-story-{n}"
        story["title"] = f"Generated story {n}"
        bundle["stories"].append(story)
    path = tmp_path_factory.mktemp("bundle") / "large.json"
    path.write_text(json.dumps(bundle))
    return path


@pytest.fixture(scope="module")
def large_network(tmp_path_factory) -> tuple[Path, Path]:
    """600 members and 12,000 ties (20 each), imported by `network import` in one transaction."""
    folder = tmp_path_factory.mktemp("network")
    members = folder / "members.csv"
    members.write_text("id,name,sector,type\n" + "".join(f"m{n},Member {n},Health,Trust\n" for n in range(MEMBERS)))
    ties = folder / "ties.csv"
    per_member = TIES // MEMBERS
    rows = (f"m{n},m{(n + step) % MEMBERS},3,3,2,4,1,2,3\n"
            for n in range(MEMBERS) for step in range(1, per_member + 1))
    ties.write_text("from,to,frequency,reliability,mission,openness,power,involvement,resources\n" + "".join(rows))
    return members, ties


@pytest.mark.parametrize(("moment", "seconds"), KILLS)
def test_a_killed_bundle_import_leaves_all_or_none_of_the_programme(tmp_path, large_bundle, moment, seconds):
    database = tmp_path / "hub.sqlite"
    process = start(tmp_path, "import", str(large_bundle), "--db", f"sqlite://{database}")
    kill(process, database, moment, seconds)
    if not database.exists():
        return  # Killed before SQLite made the file: nothing to check, and nothing half-written.
    with check_whole(database) as opened:
        stories = count(opened, "stories")
        places = count(opened, "places")
        documents = count(opened, "search_documents")
    expected = len(json.loads(DEMO_BUNDLE.read_text())["stories"]) + EXTRA_STORIES
    assert (stories, places > 0) in [(0, False), (expected, True)], f"a half import: {stories} stories"
    # The search index is rebuilt in the same transaction, so it is empty exactly when the content is.
    assert (documents == 0) == (stories == 0)
    if process.returncode == 0:
        assert stories == expected


@pytest.mark.parametrize(("moment", "seconds"), KILLS)
def test_a_killed_network_import_leaves_all_or_none_of_the_wave(tmp_path, large_network, moment, seconds):
    members, ties = large_network
    database = tmp_path / "hub.sqlite"
    process = start(tmp_path, "network", "import", "--wave", "Large", "--period", "2024 H1", str(members), str(ties),
                    "--db", f"sqlite://{database}")
    kill(process, database, moment, seconds)
    if not database.exists():
        return
    with check_whole(database) as opened:
        stored_members = count(opened, "network_members")
        stored_ties = count(opened, "network_ties")
    assert (stored_members, stored_ties) in [(0, 0), (MEMBERS, TIES)], "a half import"


def test_a_killed_burst_of_small_writes_leaves_each_wave_whole(tmp_path):
    folder = tmp_path / "files"
    folder.mkdir()
    members = folder / "members.csv"
    members.write_text("id,name,sector,type\n" + "".join(f"m{n},Member {n},Health,Trust\n" for n in range(40)))
    ties = folder / "ties.csv"
    ties.write_text("from,to,frequency,reliability,mission,openness,power,involvement,resources\n"
                    + "".join(f"m{n},m{(n + 1) % 40},3,3,2,4,1,2,3\n" for n in range(40)))
    database = tmp_path / "hub.sqlite"
    # One shell runs the commands back to back, so the kill lands somewhere inside a stream of transactions.
    script = "\n".join(
        f"'{binary()}' network import --wave 'Wave {n}' --period '2024 H1' '{members}' '{ties}' "
        f"--db 'sqlite://{database}' >/dev/null 2>&1"
        for n in range(200)
    )
    for seconds in [0.3, 0.8, 1.6]:
        process = subprocess.Popen(["sh", "-c", script], cwd=tmp_path, start_new_session=True)
        time.sleep(seconds)
        # The whole group, so the threadline child being run is killed mid-write, not just the shell.
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
        if not database.exists():
            continue
        with check_whole(database) as opened:
            waves = opened.execute(
                "SELECT w.name, (SELECT COUNT(*) FROM network_members m WHERE m.wave_id = w.id), "
                "(SELECT COUNT(*) FROM network_ties t WHERE t.wave_id = w.id) FROM network_waves w"
            ).fetchall() if count(opened, "network_waves") else []
        for name, stored_members, stored_ties in waves:
            assert (stored_members, stored_ties) in [(0, 0), (40, 40)], f"{name} is half there"
