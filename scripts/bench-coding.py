#!/usr/bin/env python3
"""Data and HTTP set-up for scripts/bench-coding.sh (the coding page's speed benchmark).

Subcommands (all deterministic from the seed; the same arguments give the same data):
  generate OUT             the 100,000-word document (OUT/document.md and the same text as OUT/document.html
                           for Taguette) and a REFI-QDA project OUT/project.qdpx with 200 codes, 100 text sources
                           and 5,000 codings, so the codebook has work on other sources
  fill-threadline ...      through the hub's API: uploads the document, creates a testimony and puts its WebVTT
                           transcript, then codes both sources as two coders; writes a JSON file of the IDs
  fill-taguette ...        the same document and transcript into a running Taguette, with 200 tags and highlights
  stats FILE               median, p95 and maximum of a file of seconds (one a line), printed in milliseconds
Only the standard library is used.
"""
import http.client
import json
import math
import random
import sqlite3
import sys
import time
import uuid
import zipfile
from urllib.parse import urlsplit
from xml.sax.saxutils import escape, quoteattr

SEED = 20240601

# Words of an evaluation report; the document's sentences are drawn from them.
WORDS = """
the of and to in a is that for it as was with by on not this are or from at which but have they were
their has would when if so will can more other into some could them than then these two only time new people
also after first any our most over community school health project partner trust change story learning report
family council youth training village market clinic teacher leader group meeting support funding network
evidence outcome impact system practice voice listen together local region road bridge season food money job
work home street neighbour volunteer staff officer worker nurse student parent library garden power phone bus
hospital safety risk hope pride care help share decide plan build repair grow learn teach speak hear write read
count measure improve reduce increase begin stop continue remember agree disagree leisure walking place board
strategy budget governance steering pilot partnership relationships leadership collective whole approach
residents centre activity sport park young older women men children families service services borough city
""".split()


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 20))]
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


def generate_document(rng, total_words):
    """Blocks of (kind, text): a heading every ten paragraphs, paragraphs of 40 to 160 words."""
    blocks = []
    written = 0
    paragraph = 0
    while written < total_words:
        if paragraph % 10 == 0:
            blocks.append(("heading", f"Section {paragraph // 10 + 1}: {rng.choice(WORDS)} and {rng.choice(WORDS)}"))
        target = min(rng.randint(40, 160), total_words - written)
        words = []
        while len(words) < target:
            words += sentence(rng).split()
        words = words[:target]
        if not words[-1].endswith("."):
            words[-1] += "."
        blocks.append(("paragraph", " ".join(words)))
        written += len(words)
        paragraph += 1
    return blocks


def write_project(rng, path, sources=100, codings=5000):
    """A REFI-QDA project: 5 users, 20 themes of 9 codes each (200 codes), `sources` texts of about 800 words."""
    guid = lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()
    users = [(guid(), f"Coder {i + 1}") for i in range(5)]
    themes = [(guid(), f"Theme {i + 1}") for i in range(20)]
    codes = [(theme, guid(), f"Code {i + 1}.{j + 1}") for i, (theme, _) in enumerate(themes) for j in range(9)]
    codable = [c[1] for c in codes] + [t[0] for t in themes]
    xml = ['<?xml version="1.0" encoding="utf-8"?>',
           '<Project xmlns="urn:QDA-XML:project:1.0" name="Coding benchmark" origin="bench-coding.py">', "<Users>"]
    xml += [f'<User guid="{g}" name="{n}"/>' for g, n in users]
    xml += ["</Users>", "<CodeBook><Codes>"]
    for theme, name in themes:
        xml.append(f'<Code guid="{theme}" name="{name}" isCodable="true">')
        xml += [f'<Code guid="{c}" name="{n}" isCodable="true"/>' for parent, c, n in codes if parent == theme]
        xml.append("</Code>")
    xml += ["</Codes></CodeBook>", "<Sources>"]
    per_source = codings // sources
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for number in range(sources):
            source = guid()
            text = " ".join(sentence(rng) for _ in range(60))
            archive.writestr(f"sources/{source}.txt", text)
            xml.append(f'<TextSource guid="{source}" name={quoteattr(f"Interview {number + 1}")} '
                       f'plainTextPath="internal://{source}.txt">')
            for _ in range(per_source):
                start = rng.randrange(0, len(text) - 300)
                end = start + rng.randrange(20, 300)
                user = rng.choice(users)[0]
                xml.append(f'<PlainTextSelection guid="{guid()}" startPosition="{start}" endPosition="{end}" '
                           f'creatingUser="{user}"><Coding guid="{guid()}" creatingUser="{user}">'
                           f'<CodeRef targetGUID="{rng.choice(codable)}"/></Coding></PlainTextSelection>')
            xml.append("</TextSource>")
        xml += ["</Sources>", "</Project>"]
        archive.writestr("project.qde", "\n".join(xml))
    return len(codes) + len(themes), sources, per_source * sources


def generate(out, words):
    rng = random.Random(SEED)
    blocks = generate_document(rng, words)
    with open(f"{out}/document.md", "w", encoding="utf-8") as md:
        md.write("\n\n".join(("## " + text) if kind == "heading" else text for kind, text in blocks) + "\n")
    with open(f"{out}/document.html", "w", encoding="utf-8") as html:
        html.write("<html><body>\n")
        for kind, text in blocks:
            tag = "h2" if kind == "heading" else "p"
            html.write(f"<{tag}>{escape(text)}</{tag}>\n")
        html.write("</body></html>\n")
    counted = sum(len(text.split()) for kind, text in blocks if kind == "paragraph")
    codes, sources, codings = write_project(rng, f"{out}/project.qdpx")
    print(f"document: {counted} words in {sum(k == 'paragraph' for k, _ in blocks)} paragraphs under "
          f"{sum(k == 'heading' for k, _ in blocks)} headings; project: {codes} codes, {sources} sources, "
          f"{codings} codings")


class Client:
    """One keep-alive connection to a local server."""

    def __init__(self, base, headers=None):
        parts = urlsplit(base)
        self.connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=120)
        self.headers = headers or {}

    def call(self, method, path, body=None, headers=None, expect=(200, 201)):
        merged = dict(self.headers)
        merged.update(headers or {})
        if isinstance(body, (dict, list)):
            body = json.dumps(body).encode()
            merged.setdefault("Content-Type", "application/json")
        started = time.perf_counter()
        self.connection.request(method, path, body=body, headers=merged)
        response = self.connection.getresponse()
        data = response.read()
        elapsed = time.perf_counter() - started
        if response.status not in expect:
            raise SystemExit(f"{method} {path}: HTTP {response.status}: {data[:500]!r}")
        return data, elapsed


def multipart(fields, file_field, file_name, content, content_type):
    boundary = "bench" + uuid.uuid4().hex
    lines = []
    for name, value in fields.items():
        lines.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    lines.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{file_field}"; filename="{file_name}"\r\n'
                 f"Content-Type: {content_type}\r\n\r\n".encode() + content + b"\r\n")
    lines.append(f"--{boundary}--\r\n".encode())
    return b"".join(lines), f"multipart/form-data; boundary={boundary}"


def spread_passages(rng, length, count):
    """`count` passages of 20 to 400 characters spread over a text of `length` characters."""
    passages = []
    for _ in range(count):
        start = rng.randrange(0, length - 401)
        passages.append((start, start + rng.randrange(20, 400)))
    return passages


def fill_threadline(base, token_a, token_b, work, codings):
    """Adds the document and the testimony through the API and codes each `codings` times as two coders."""
    rng = random.Random(SEED + 1)
    a = Client(base, {"Authorization": f"Bearer {token_a}"})
    b = Client(base, {"Authorization": f"Bearer {token_b}"})
    with open(f"{work}/document.md", "rb") as file:
        body, content_type = multipart({"title": "Benchmark report (100,000 words)"}, "file", "benchmark-report.md",
                                       file.read(), "text/markdown")
    data, upload_s = a.call("POST", "/api/v1/sources", body, {"Content-Type": content_type})
    document = json.loads(data)["sources"][0]
    testimony_fields = {"title": "Benchmark testimony (3,000 cues)", "speaker_role": "resident",
                        "consent_given_by": "Benchmark speaker", "consent_given_on": "2024-06-01",
                        "consent_scope": "internal"}
    data, _ = a.call("POST", "/api/v1/testimony", testimony_fields)
    testimony = json.loads(data)
    with open(f"{work}/testimony.vtt", "rb") as file:
        data, transcript_s = a.call("PUT", f"/api/v1/testimony/{testimony['id']}/transcript?name=testimony.vtt",
                                    file.read(), {"Content-Type": "text/vtt"})
    cues = len(json.loads(data)["cues"])
    codes = [code["id"] for code in json.loads(a.call("GET", "/api/v1/codes")[0])]
    transcript = json.loads(a.call("GET", f"/api/v1/sources/{testimony['id']}")[0])
    timings = []
    for source, length, passages in [
        (document["id"], document["length"], spread_passages(rng, document["length"], codings)),
        (testimony["id"], transcript["length"], None),
    ]:
        if passages is None:
            ranges = transcript["cues"]
            passages = []
            for _ in range(codings):
                first = rng.randrange(0, len(ranges) - 3)
                passages.append((ranges[first]["start"], ranges[first + rng.randrange(0, 3)]["end"]))
        for index, (start, end) in enumerate(passages):
            client = a if index % 2 == 0 else b
            _, elapsed = client.call("POST", "/api/v1/codings",
                                     {"source_id": source, "code_id": rng.choice(codes), "start": start, "end": end})
            timings.append(elapsed)
    timings.sort()
    ids = {"document": document["id"], "document_length": document["length"], "testimony": testimony["id"],
           "testimony_length": transcript["length"], "cues": cues, "codes": codes}
    with open(f"{work}/ids.json", "w") as file:
        json.dump(ids, file)
    print(f"threadline: document {document['length']} characters uploaded in {upload_s * 1000:.0f} ms; "
          f"transcript of {cues} cues put in {transcript_s * 1000:.0f} ms; {len(codes)} codes; "
          f"{len(timings)} codings through the API as two coders, median {median(timings) * 1000:.1f} ms, "
          f"max {timings[-1] * 1000:.1f} ms")


def fill_taguette(base, cookie, xsrf, work, codings, database):
    """Project 1 with document 1 (the 100,000 words as HTML) and 2 (the transcript), 200 tags and highlights.

    Ten highlights of each document go through Taguette's API; the rest are written into its SQLite file, in the
    rows its API writes (a highlight and its tag), because each API call re-reads the whole document's HTML and
    takes about a second and a half here: `codings` of them would take most of an hour.
    """
    rng = random.Random(SEED + 1)
    client = Client(base, {"Cookie": cookie, "X-XSRFToken": xsrf})
    started = time.perf_counter()
    for name, file_name, content_type in [("Benchmark report", "document.html", "text/html"),
                                          ("Benchmark testimony", "testimony.vtt", "text/vtt")]:
        with open(f"{work}/{file_name}", "rb") as file:
            body, multipart_type = multipart({"name": name, "description": "benchmark"}, "file", file_name,
                                             file.read(), content_type)
        client.call("POST", "/api/project/1/document/new", body, {"Content-Type": multipart_type})
    upload_s = time.perf_counter() - started
    tags = []
    for theme in range(20):
        for code in range(10):
            data, _ = client.call("POST", "/api/project/1/tag/new",
                                  {"path": f"theme{theme + 1}.code{code + 1}", "description": ""})
            tags.append(json.loads(data)["id"])
    timings = []
    rows = []
    for document in (1, 2):
        contents = json.loads(client.call("GET", f"/api/project/1/document/{document}/contents")[0])["contents"]
        html = contents[-1]["contents"]
        # Offsets count text characters only: keep passages in the first half, which the text surely fills.
        for index, (start, end) in enumerate(spread_passages(rng, len(html) // 2, codings)):
            tag = rng.choice(tags)
            if index < 10:
                _, elapsed = client.call("POST", f"/api/project/1/document/{document}/highlight/new",
                                         {"start_offset": start, "end_offset": end, "tags": [tag]})
                timings.append(elapsed)
            else:
                rows.append((document, start, end, html[start:end], tag))
    with sqlite3.connect(database) as db:
        for document, start, end, snippet, tag in rows:
            cursor = db.execute(
                "INSERT INTO highlights (document_id, start_offset, end_offset, snippet) VALUES (?, ?, ?, ?)",
                (document, start, end, snippet))
            db.execute("INSERT INTO highlight_tags (highlight_id, tag_id) VALUES (?, ?)", (cursor.lastrowid, tag))
    timings.sort()
    with open(f"{work}/taguette-tags.json", "w") as file:
        json.dump(tags, file)
    print(f"taguette: document and transcript uploaded in {upload_s * 1000:.0f} ms; {len(tags)} tags; "
          f"{len(timings)} highlights through its API (median {median(timings) * 1000:.1f} ms, "
          f"max {timings[-1] * 1000:.1f} ms) and {len(rows)} written to its database")


def median(values):
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def stats(path):
    values = sorted(float(line.split()[0]) for line in open(path) if line.strip())
    p95 = values[max(0, math.ceil(0.95 * len(values)) - 1)]
    print(f"{median(values) * 1000:.1f} {p95 * 1000:.1f} {values[-1] * 1000:.1f}")


def main(argv):
    if len(argv) < 2 or argv[1] in ("-h", "--help"):
        print(__doc__)
        return
    command = argv[1]
    if command == "generate":
        generate(argv[2], int(argv[3]) if len(argv) > 3 else 100_000)
    elif command == "fill-threadline":
        fill_threadline(argv[2], argv[3], argv[4], argv[5], int(argv[6]))
    elif command == "fill-taguette":
        fill_taguette(argv[2], argv[3], argv[4], argv[5], int(argv[6]), argv[7])
    elif command == "stats":
        stats(argv[2])
    else:
        raise SystemExit(f"unknown subcommand {command}")


if __name__ == "__main__":
    main(sys.argv)
