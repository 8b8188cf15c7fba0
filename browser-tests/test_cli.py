"""The `threadline` command line, run as a user runs it: `agreement` and `refi import|export`.

No browser is needed; these run wherever the binary is (THREADLINE_BIN, default .build/debug/threadline). The
REFI-QDA tests read the shared samples from ../shared/interop beside the repository (or /work/shared/interop) and
skip, saying so, when they are not there.
"""

from __future__ import annotations

import json
import os
import subprocess
import zipfile
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
INTEROP = next(
    (folder for folder in [REPO_ROOT.parent / "shared" / "interop", Path("/work/shared/interop")] if folder.exists()),
    REPO_ROOT.parent / "shared" / "interop",
)
QC_SAMPLE = INTEROP / "samples" / "qualitative-coding-demo.qdpx"


def binary() -> Path:
    configured = Path(os.environ.get("THREADLINE_BIN", ".build/debug/threadline"))
    path = configured if configured.is_absolute() else REPO_ROOT / configured
    if not os.access(path, os.X_OK):
        pytest.fail(f"no threadline binary at {path}: run `swift build` or set THREADLINE_BIN", pytrace=False)
    return path


def threadline(*arguments: str, cwd: Path, input: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(binary()), *arguments], cwd=cwd, capture_output=True, text=True, timeout=300, input=input
    )


def project_xml(archive: Path) -> bytes:
    with zipfile.ZipFile(archive) as opened:
        return opened.read("project.qde")


def test_agreement_prints_kappa_and_percent_agreement_as_json(tmp_path):
    table = tmp_path / "table.csv"
    table.write_text("A,B\n" + "".join(f"{a},{b}\n" for a, b in zip("1111000000", "1100100000")))
    result = threadline("agreement", str(table), "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    pair = report["pairs"][0]
    # Po = 7/10; Pe = 0.4 x 0.3 + 0.6 x 0.7 = 0.54; kappa = (0.7 - 0.54) / 0.46.
    assert pair["percent_agreement"] == pytest.approx(0.7, abs=1e-12)
    assert pair["kappa"] == pytest.approx(0.16 / 0.46, abs=1e-12)
    assert report["units"] == 10


def test_agreement_names_the_line_of_a_bad_row(tmp_path):
    table = tmp_path / "table.csv"
    table.write_text("A,B\n1,1\n1\n")
    result = threadline("agreement", str(table), cwd=tmp_path)
    assert result.returncode != 0
    assert "Line 3" in result.stderr, result.stderr


@pytest.mark.skipif(not QC_SAMPLE.exists(), reason=f"the shared REFI-QDA samples are not at {INTEROP}")
def test_refi_import_export_import_export_keeps_the_project(tmp_path):
    first_db = f"sqlite://{tmp_path}/first.sqlite"
    second_db = f"sqlite://{tmp_path}/second.sqlite"
    media = str(tmp_path / "media")
    imported = threadline("refi", "import", str(QC_SAMPLE), "--db", first_db, "--media-path", media, "--json",
                          cwd=tmp_path)
    assert imported.returncode == 0, imported.stderr
    report = json.loads(imported.stdout)
    assert report["read"] == {"users": 1, "codes": 262, "sources": 2, "codings": 205, "notes": 0, "cases": 0}
    assert report["added"]["codings"] == 205

    exported = threadline("refi", "export", "--out", str(tmp_path / "one.qdpx"), "--db", first_db,
                          "--media-path", media, "--json", cwd=tmp_path)
    assert exported.returncode == 0, exported.stderr
    assert json.loads(exported.stdout)["codings"] == 205

    again = threadline("refi", "import", str(tmp_path / "one.qdpx"), "--db", second_db, "--media-path", media,
                       cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "Added:" in again.stdout
    threadline("refi", "export", "--out", str(tmp_path / "two.qdpx"), "--db", second_db, "--media-path", media,
               cwd=tmp_path)
    assert project_xml(tmp_path / "one.qdpx") == project_xml(tmp_path / "two.qdpx")

    codebook = threadline("refi", "export", "--out", str(tmp_path / "book.qdc"), "--db", first_db, cwd=tmp_path)
    assert codebook.returncode == 0, codebook.stderr
    assert "262 codes" in codebook.stdout


def test_refi_import_refuses_a_file_that_is_not_a_project_and_writes_nothing(tmp_path):
    database = f"sqlite://{tmp_path}/db.sqlite"
    bad = tmp_path / "bad.qdpx"
    bad.write_text("this is not a zip")
    refused = threadline("refi", "import", str(bad), "--db", database, "--media-path", str(tmp_path / "m"),
                         cwd=tmp_path)
    assert refused.returncode != 0
    assert "not a zip" in refused.stderr and "Nothing was imported" in refused.stderr, refused.stderr
    exported = threadline("refi", "export", "--out", str(tmp_path / "empty.qdpx"), "--db", database,
                          "--media-path", str(tmp_path / "m"), "--json", cwd=tmp_path)
    counts = json.loads(exported.stdout)
    assert counts["codes"] == 0 and counts["codings"] == 0 and counts["sources"] == 0


DEMO_BUNDLE = REPO_ROOT / "Sources" / "ThreadlineServices" / "Resources" / "demo" / "local-pilot.json"


def test_commands_in_the_demos_folder_use_the_demos_database_and_say_so(tmp_path):
    loaded = threadline("import", str(DEMO_BUNDLE), "--db", "sqlite://./threadline-demo.sqlite", cwd=tmp_path)
    assert loaded.returncode == 0, loaded.stderr
    added = threadline(
        "user", "add", "--email", "newcomer@demo.threadline", "--role", "admin", cwd=tmp_path,
        input="a long enough password\n",
    )
    assert added.returncode == 0, added.stderr
    assert "using the demo's database, ./threadline-demo.sqlite" in added.stderr
    token = threadline("token", "create", "--email", "newcomer@demo.threadline", "--name", "first", cwd=tmp_path)
    assert token.returncode == 0, token.stderr
    assert token.stdout.strip(), "no token printed"
    assert not (tmp_path / "threadline.sqlite").exists(), "an empty default database was made beside the demo's"
    missing = threadline("token", "create", "--email", "nobody@example.org", "--name", "x", cwd=tmp_path)
    assert missing.returncode != 0
    assert "There is no user nobody@example.org in sqlite://./threadline-demo.sqlite" in missing.stderr
    # Said once per run, even by a command that asks more than once (backup).
    backup = threadline("backup", "--out", str(tmp_path / "demo.tar"), cwd=tmp_path)
    assert backup.returncode == 0, backup.stderr
    assert backup.stderr.count("using the demo's database") == 1, backup.stderr
    # A restore makes a database, so it never lands on the demo's.
    restore = threadline("restore", str(tmp_path / "demo.tar"), cwd=tmp_path)
    assert "using the demo's database" not in restore.stderr
    assert restore.returncode == 0, restore.stderr
    assert (tmp_path / "threadline.sqlite").exists()
    (tmp_path / "threadline.sqlite").unlink()
    # Once the default database exists, it is the one used, as before.
    (tmp_path / "threadline.sqlite").touch()
    other = threadline("token", "create", "--email", "newcomer@demo.threadline", "--name", "y", cwd=tmp_path)
    assert "using the demo's database" not in other.stderr
