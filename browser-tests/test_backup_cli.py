"""`threadline backup` and `threadline restore`, run as an operator runs them.

Like test_cli.py, these need only the binary (THREADLINE_BIN, default .build/debug/threadline). Each test makes a
hub from the shipped demo bundle (`threadline import`, since `threadline demo` starts a server) with the demo's
recording placed in its media folder the way the hub stores recordings: `media/<first two hex digits>/<sha256>`.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from test_cli import REPO_ROOT, threadline

DEMO = REPO_ROOT / "Sources" / "ThreadlineServices" / "Resources" / "demo"


def run_ok(tmp_path: Path, *arguments: str) -> str:
    result = threadline(*arguments, cwd=tmp_path)
    assert result.returncode == 0, f"{arguments}: {result.stderr}"
    return result.stdout


def make_hub(tmp_path: Path) -> tuple[Path, Path]:
    """A demo hub: its database file and its media folder, with the demo recording stored by hash."""
    database = tmp_path / "hub.sqlite"
    media = tmp_path / "media"
    run_ok(tmp_path, "import", str(DEMO / "local-pilot.json"), "--db", f"sqlite://{database}")
    recording = (DEMO / "testimony-salford.ogg").read_bytes()
    digest = hashlib.sha256(recording).hexdigest()
    (media / digest[:2]).mkdir(parents=True)
    (media / digest[:2] / digest).write_bytes(recording)
    return database, media


def back_up(tmp_path: Path, database: Path, media: Path) -> Path:
    archive = tmp_path / "hub-backup.zip"
    run_ok(tmp_path, "backup", "--out", str(archive), "--db", f"sqlite://{database}", "--media-path", str(media))
    return archive


def export(tmp_path: Path, database: Path, name: str) -> bytes:
    out = tmp_path / name
    run_ok(tmp_path, "export", "--out", str(out), "--db", f"sqlite://{database}")
    return out.read_bytes()


def rewrite_with_one_byte_changed(archive: Path, entry: str) -> None:
    """Rewrites the zip with one byte of `entry` flipped, keeping the zip itself valid (its CRC recomputed), so
    only the manifest's SHA-256 can catch the change."""
    with zipfile.ZipFile(archive) as source:
        entries = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(archive, "w") as target:
        for info, data in entries:
            if info.filename == entry:
                data = bytes([data[0] ^ 0x01]) + data[1:]
            target.writestr(info, data, compress_type=info.compress_type)


def test_backup_then_restore_gives_the_same_export_and_recordings(tmp_path):
    database, media = make_hub(tmp_path)
    archive = back_up(tmp_path, database, media)

    with zipfile.ZipFile(archive) as opened:
        names = set(opened.namelist())
        manifest = json.loads(opened.read("manifest.json"))
        assert hashlib.sha256(opened.read("threadline.sqlite")).hexdigest() == manifest["database"]["sha256"]
        for file in manifest["media"]:
            assert hashlib.sha256(opened.read(file["path"])).hexdigest() == file["sha256"]
            assert opened.getinfo(file["path"]).file_size == file["size"]
    assert manifest["format"] == "threadline-backup"
    assert manifest["format_version"] == 1
    assert manifest["schema_version"] >= 1
    assert len(manifest["media"]) == 1
    assert names == {"manifest.json", "threadline.sqlite", manifest["media"][0]["path"]}
    assert not [path for path in tmp_path.iterdir() if path.name.startswith(".")], "temporary files were left"

    restored = tmp_path / "restored"
    restored.mkdir()
    run_ok(tmp_path, "restore", str(archive), "--db", f"sqlite://{restored}/hub.sqlite",
           "--media-path", str(restored / "media"))

    assert export(tmp_path, database, "original.json") == export(tmp_path, restored / "hub.sqlite", "restored.json")
    relative = manifest["media"][0]["path"].removeprefix("media/")
    assert (restored / "media" / relative).read_bytes() == (media / relative).read_bytes()
    with sqlite3.connect(restored / "hub.sqlite") as opened:
        assert opened.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("damaged", ["media", "database"])
def test_a_changed_backup_is_refused_naming_the_file_and_nothing_is_written(tmp_path, damaged):
    database, media = make_hub(tmp_path)
    archive = back_up(tmp_path, database, media)
    with zipfile.ZipFile(archive) as opened:
        manifest = json.loads(opened.read("manifest.json"))
    entry = manifest["media"][0]["path"] if damaged == "media" else "threadline.sqlite"
    rewrite_with_one_byte_changed(archive, entry)

    target = tmp_path / "target"
    target.mkdir()
    result = threadline("restore", str(archive), "--db", f"sqlite://{target}/hub.sqlite",
                        "--media-path", str(target / "media"), cwd=tmp_path)
    assert result.returncode != 0
    assert entry in result.stderr, result.stderr
    assert "Nothing was restored" in result.stderr, result.stderr
    assert list(target.iterdir()) == [], "a refused restore wrote files"


def test_a_flipped_byte_in_the_zip_itself_is_refused_naming_the_file(tmp_path):
    database, media = make_hub(tmp_path)
    archive = back_up(tmp_path, database, media)
    with zipfile.ZipFile(archive) as opened:
        info = next(info for info in opened.infolist() if info.filename.startswith("media/"))
    # Recordings are stored uncompressed: the data starts after the 30-byte local header, name and extra field.
    raw = bytearray(archive.read_bytes())
    name_length = int.from_bytes(raw[info.header_offset + 26:info.header_offset + 28], "little")
    extra_length = int.from_bytes(raw[info.header_offset + 28:info.header_offset + 30], "little")
    raw[info.header_offset + 30 + name_length + extra_length + 100] ^= 0xFF
    archive.write_bytes(bytes(raw))

    target = tmp_path / "target"
    target.mkdir()
    result = threadline("restore", str(archive), "--db", f"sqlite://{target}/hub.sqlite",
                        "--media-path", str(target / "media"), cwd=tmp_path)
    assert result.returncode != 0
    assert info.filename in result.stderr, result.stderr
    assert list(target.iterdir()) == []


def test_restore_onto_an_existing_database_needs_force(tmp_path):
    database, media = make_hub(tmp_path)
    archive = back_up(tmp_path, database, media)
    other = tmp_path / "other"
    other.mkdir()
    run_ok(tmp_path, "import", str(DEMO / "local-pilot.json"), "--db", f"sqlite://{other}/hub.sqlite")
    before = (other / "hub.sqlite").read_bytes()

    refused = threadline("restore", str(archive), "--db", f"sqlite://{other}/hub.sqlite",
                         "--media-path", str(other / "media"), cwd=tmp_path)
    assert refused.returncode != 0
    assert "already exists" in refused.stderr and "--force" in refused.stderr, refused.stderr
    assert (other / "hub.sqlite").read_bytes() == before
    assert not (other / "media").exists()

    run_ok(tmp_path, "restore", str(archive), "--db", f"sqlite://{other}/hub.sqlite",
           "--media-path", str(other / "media"), "--force")
    assert export(tmp_path, database, "a.json") == export(tmp_path, other / "hub.sqlite", "b.json")


def test_restore_into_a_non_empty_media_folder_needs_force(tmp_path):
    database, media = make_hub(tmp_path)
    archive = back_up(tmp_path, database, media)
    target = tmp_path / "target"
    shutil.copytree(media, target / "media")
    refused = threadline("restore", str(archive), "--db", f"sqlite://{target}/hub.sqlite",
                         "--media-path", str(target / "media"), cwd=tmp_path)
    assert refused.returncode != 0
    assert "not empty" in refused.stderr, refused.stderr
    assert not (target / "hub.sqlite").exists()


def test_postgres_backups_are_pointed_at_pg_dump_without_showing_the_password(tmp_path):
    result = threadline("backup", "--out", str(tmp_path / "b.zip"), "--db", "postgres://hub:s3cret@db.example/hub",
                        cwd=tmp_path)
    assert result.returncode != 0
    assert "pg_dump -Fc" in result.stderr, result.stderr
    assert "s3cret" not in result.stderr
    assert not (tmp_path / "b.zip").exists()
    restored = threadline("restore", str(tmp_path / "b.zip"), "--db", "postgres://hub@db.example/hub", cwd=tmp_path)
    assert restored.returncode != 0
    assert "pg_restore" in restored.stderr, restored.stderr


def test_backing_up_a_database_that_does_not_exist_is_refused_without_making_one(tmp_path):
    result = threadline("backup", "--out", str(tmp_path / "b.zip"), "--db", f"sqlite://{tmp_path}/missing.sqlite",
                        cwd=tmp_path)
    assert result.returncode != 0
    assert "no database" in result.stderr, result.stderr
    assert not (tmp_path / "missing.sqlite").exists()
    assert not (tmp_path / "b.zip").exists()
