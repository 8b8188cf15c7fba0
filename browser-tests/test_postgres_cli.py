"""A hub moved to PostgreSQL with `threadline copy`, then served from there, as an operator would do it.

Needs a PostgreSQL server: THREADLINE_TEST_POSTGRES_URL names a database on it (postgres://USER@HOST:PORT/DB) whose
user may create databases, and `createdb` must be on PATH. Each test makes a database of its own. Without them the
tests skip, unless THREADLINE_REQUIRE_POSTGRES=1 (as in CI), which makes a missing server a failure.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import pytest

from test_backup_cli import export, make_hub, run_ok
from test_cli import REPO_ROOT, binary, threadline

SERVER_URL = os.environ.get("THREADLINE_TEST_POSTGRES_URL", "")


@pytest.fixture
def new_database() -> str:
    """The URL of a new, empty PostgreSQL database on the test server."""
    if not SERVER_URL or not shutil.which("createdb"):
        message = "needs THREADLINE_TEST_POSTGRES_URL and createdb (PostgreSQL's client tools)"
        if os.environ.get("THREADLINE_REQUIRE_POSTGRES") == "1":
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    parts = urllib.parse.urlsplit(SERVER_URL)
    name = "copy_" + uuid.uuid4().hex[:12]
    command = ["createdb", "-h", parts.hostname or "127.0.0.1", "-p", str(parts.port or 5432),
               "-U", parts.username or "postgres", "--locale=C.UTF-8", "--template=template0", name]
    environment = dict(os.environ)
    if parts.password:
        environment["PGPASSWORD"] = urllib.parse.unquote(parts.password)
    result = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=60)
    assert result.returncode == 0, result.stderr
    return urllib.parse.urlunsplit(parts._replace(path="/" + name))


def test_copy_moves_the_whole_programme_and_verifies_it(tmp_path, new_database):
    database, _ = make_hub(tmp_path)
    result = threadline("copy", "--from", f"sqlite://{database}", "--to", new_database, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Verified:" in result.stdout, result.stdout
    assert "DIFFERENT" not in result.stdout
    stories = next(line for line in result.stdout.splitlines() if line.strip().startswith("stories "))
    assert " ok" in stories
    # The programme reads back the same from either database, byte for byte.
    from_sqlite = export(tmp_path, database, "from-sqlite.json")
    out = tmp_path / "from-postgres.json"
    run_ok(tmp_path, "export", "--out", str(out), "--db", new_database)
    assert out.read_bytes() == from_sqlite

    # A second copy into the now-filled database is refused, and changes nothing there.
    again = threadline("copy", "--from", f"sqlite://{database}", "--to", new_database, cwd=tmp_path)
    assert again.returncode != 0
    assert "already holds data" in again.stderr, again.stderr
    run_ok(tmp_path, "export", "--out", str(tmp_path / "after.json"), "--db", new_database)
    assert (tmp_path / "after.json").read_bytes() == from_sqlite


def test_copy_refuses_a_missing_source_and_the_same_database(tmp_path, new_database):
    missing = threadline("copy", "--from", f"sqlite://{tmp_path / 'nope.sqlite'}", "--to", new_database, cwd=tmp_path)
    assert missing.returncode != 0
    assert "There is no database at" in missing.stderr
    same = threadline("copy", "--from", new_database, "--to", new_database, cwd=tmp_path)
    assert same.returncode != 0
    assert "same database" in same.stderr


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url: str, headers: dict[str, str] | None = None) -> tuple[int, str]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def test_serve_runs_the_hub_on_postgresql(tmp_path, new_database):
    database, media = make_hub(tmp_path)
    run_ok(tmp_path, "copy", "--from", f"sqlite://{database}", "--to", new_database)
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    token = "metrics-" + uuid.uuid4().hex
    log_path = tmp_path / "serve.log"
    with open(log_path, "wb") as log:
        server = subprocess.Popen(
            [str(binary()), "serve", "--db", new_database, "--port", str(port), "--media-path", str(media),
             "--log-format", "json", "--metrics-token", token],
            cwd=REPO_ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log,
        )
    try:
        deadline = time.monotonic() + 60
        while _try_health(base) is False:
            assert server.poll() is None, log_path.read_text(errors="replace")
            assert time.monotonic() < deadline, "the server did not answer /healthz within 60 s"
            time.sleep(0.2)

        status, home = _get(base + "/")
        assert status == 200 and "Local Pilot" in home
        status, place = _get(base + "/places/salford")
        assert status == 200 and "Salford" in place
        status, page = _get(base + "/search?q=steering")
        assert status == 200 and "<mark>" in page, page[:2000]
        status, body = _get(base + "/api/v1/search?q=steering")
        assert status == 200
        titles = [item["title"] for item in json.loads(body)["items"]]
        assert "Local Pilot steering group disbanded" in titles
        status, body = _get(base + "/api/v1/stories")
        assert status == 200 and json.loads(body)["items"]
        status, sign_in = _get(base + "/workspace")
        assert status == 200 and "Sign in" in sign_in

        status, metrics = _get(base + "/metrics", {"Authorization": f"Bearer {token}"})
        assert status == 200
        assert 'threadline_db_connections_max{engine="postgresql"}' in metrics
        assert "threadline_search_duration_seconds_count" in metrics
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
    # Every line the server logged is one JSON object; each request is one entry with its fields.
    entries = [json.loads(line) for line in log_path.read_text().splitlines() if line.strip()]
    requests = [entry for entry in entries if entry.get("path") == "/places/salford"]
    assert requests and requests[0]["status"] == "200" and requests[0]["method"] == "GET"


def _try_health(base: str) -> bool:
    try:
        with urllib.request.urlopen(base + "/healthz", timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False
