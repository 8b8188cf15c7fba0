"""Threadline in a real browser: Debian's Chromium driven by Playwright, with axe-core for accessibility.

The tests start their own hub: a fresh SQLite file in a temporary folder, the demo programme imported into it,
one editor account, and `threadline serve` on a free port of 127.0.0.1. Nothing else is reached over the network.

Environment:
  THREADLINE_BIN            the threadline binary (default .build/debug/threadline, relative to the repo root)
  CHROMIUM_PATH             the browser (default /usr/bin/chromium)
  SCREENSHOT_DIR            where screenshots go (default /tmp/threadline-screenshots)
  THREADLINE_REQUIRE_BROWSER=1  fail instead of skipping when Chromium or Playwright is missing (CI sets it)

Run: pytest -q browser-tests
"""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
DEMO_BUNDLE = REPO_ROOT / "Sources" / "ThreadlineServices" / "Resources" / "demo" / "local-pilot.json"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
EDITOR_EMAIL = "editor@ci.test"
EDITOR_PASSWORD = "the-password-123"
ADMIN_EMAIL = "admin@ci.test"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}

# WCAG 2.0, 2.1 and 2.2, levels A and AA (axe-core has no wcag22a tag: its 2.2 rules are all AA).
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}


def _missing_tooling(reason: str) -> None:
    """Skips the whole module, or fails it when the run must have a browser (CI)."""
    message = f"browser tests not run: {reason}"
    if os.environ.get("THREADLINE_REQUIRE_BROWSER") == "1":
        pytest.fail(message, pytrace=False)
    pytest.skip(message, allow_module_level=True)


try:
    from playwright.sync_api import Page, sync_playwright
except ImportError:
    _missing_tooling("the Python package 'playwright' is not installed (pip install -r browser-tests/requirements.txt)")

try:
    from axe_playwright_python.sync_playwright import Axe
except ImportError:
    Axe = None  # only the accessibility tests need it; they skip on their own

if not os.access(CHROMIUM, os.X_OK):
    _missing_tooling(f"no Chromium at {CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)")


# The hub ------------------------------------------------------------------------------------------------------------


def _binary() -> Path:
    configured = Path(os.environ.get("THREADLINE_BIN", ".build/debug/threadline"))
    binary = configured if configured.is_absolute() else REPO_ROOT / configured
    if not os.access(binary, os.X_OK):
        pytest.fail(f"no threadline binary at {binary}: run `swift build` or set THREADLINE_BIN", pytrace=False)
    return binary


def _run(binary: Path, *arguments: str, stdin: str | None = None) -> None:
    result = subprocess.run(
        [str(binary), *arguments], cwd=REPO_ROOT, input=stdin if stdin is not None else "",
        capture_output=True, text=True, timeout=120,
    )
    if result.returncode != 0:
        pytest.fail(
            f"`threadline {' '.join(arguments)}` exited {result.returncode}\n"
            f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}", pytrace=False,
        )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _tail(path: Path, lines: int = 40) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


@pytest.fixture(scope="session")
def hub():
    """A running hub on the demo data with one editor; yields its base URL and stops it afterwards."""
    binary = _binary()
    with tempfile.TemporaryDirectory(prefix="threadline-browser-") as folder:
        database = f"sqlite://{Path(folder) / 'hub.sqlite'}"
        # The editor first, then `demo`, which loads the demo programme into the empty database and installs
        # the demo testimony's recording into the media folder.
        _run(binary, "user", "add", "--db", database, "--email", EDITOR_EMAIL, "--role", "editor",
             stdin=EDITOR_PASSWORD + "\n")
        _run(binary, "user", "add", "--db", database, "--email", ADMIN_EMAIL, "--role", "admin",
             stdin=EDITOR_PASSWORD + "\n")

        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        log_path = Path(folder) / "serve.log"
        with open(log_path, "wb") as log:
            server = subprocess.Popen(
                [str(binary), "demo", "--db", database, "--host", "127.0.0.1", "--port", str(port),
                 "--media-path", str(Path(folder) / "media")],
                cwd=REPO_ROOT, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
            )
        try:
            deadline = time.monotonic() + 60
            while True:
                if server.poll() is not None:
                    pytest.fail(f"threadline serve exited {server.returncode}:\n{_tail(log_path)}", pytrace=False)
                try:
                    with urllib.request.urlopen(f"{base}/healthz", timeout=2) as response:
                        if response.status == 200:
                            break
                except (urllib.error.URLError, OSError):
                    pass
                if time.monotonic() > deadline:
                    pytest.fail(f"{base}/healthz did not answer within 60 s:\n{_tail(log_path)}", pytrace=False)
                time.sleep(0.2)
            yield base
        finally:
            if server.poll() is None:
                server.send_signal(signal.SIGTERM)
                try:
                    server.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    server.kill()
                    server.wait()


# The browser --------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-dev-shm-usage", "--autoplay-policy=no-user-gesture-required"],
        )
        try:
            yield chromium
        finally:
            chromium.close()


def _console_error(tab, message) -> None:
    """Keeps console errors, except the browser's own request for /favicon.ico (the hub serves no icon)."""
    if message.type != "error":
        return
    source = (message.location or {}).get("url", "")
    if source.endswith("/favicon.ico"):
        return
    tab.errors.append(f"{message.text} ({source})" if source else message.text)


@pytest.fixture
def page(browser):
    """A fresh browser context (no cookies) at desktop size; console errors are collected on `page.errors`."""
    context = browser.new_context(viewport=DESKTOP, locale="en-GB")
    context.set_default_timeout(15_000)
    tab = context.new_page()
    tab.errors = []
    tab.on("pageerror", lambda error: tab.errors.append(str(error)))
    tab.on("console", lambda message: _console_error(tab, message))
    try:
        yield tab
    finally:
        context.close()


def visit(page: Page, url: str) -> None:
    response = page.goto(url, wait_until="load")
    assert response is not None, f"no response for {url}"
    assert response.status == 200, f"{url} answered {response.status}"


def submit(page: Page, button) -> None:
    """Clicks a form's submit button and waits for the page that the POST leads to."""
    with page.expect_navigation(wait_until="load"):
        button.click()


def sign_in(page: Page, base: str, email: str = EDITOR_EMAIL) -> None:
    visit(page, f"{base}/workspace/login")
    page.locator("#email").fill(email)
    page.locator("#password").fill(EDITOR_PASSWORD)
    submit(page, page.get_by_role("button", name="Sign in"))
    assert "/workspace/login" not in page.url, (
        f"sign-in failed, still on {page.url}: {page.locator('.error-summary').all_inner_texts()}"
    )
    assert page.get_by_text("Signed in as").first.is_visible()


# (a) An editor writes a story, publishes it, and the public sees it on its place ------------------------------------


def test_editor_publishes_a_story_that_appears_on_its_place(hub, page):
    suffix = secrets.token_hex(3)
    title = f"Walking football in Salford {suffix}"
    slug = f"walking-football-salford-{suffix}"
    sign_in(page, hub)

    visit(page, f"{hub}/workspace/stories/new")
    form = page.locator("form.entity-form")
    form.locator("#field-title").fill(title)
    form.locator("#field-slug").fill(slug)
    form.locator("#field-summary").fill("A weekly game in the park that started as a conversation.")
    form.locator("#field-body").fill(
        "It began with **one conversation** between a youth worker and a leisure centre manager.\n\n"
        "- Saturdays at ten\n- Anyone can play"
    )
    form.locator("#field-place_id").select_option(label="Salford")
    form.locator("#field-enabler_id").select_option(label="Effective work across and between sectors")
    form.get_by_label("Salford Community Leisure").check()
    form.get_by_label("Salford Youth Service").check()
    form.locator("#field-credit").fill("The Saturday walking football group")

    # Preview renders the Markdown without saving anything.
    submit(page, form.get_by_role("button", name="Preview"))
    preview = page.locator("section.preview")
    assert preview.is_visible(), "Preview showed no preview section"
    assert preview.locator("strong", has_text="one conversation").count() == 1

    submit(page, page.locator("form.entity-form").get_by_role("button", name="Save"))
    assert page.locator(".error-summary").count() == 0, page.locator(".error-summary").inner_text()
    assert "/workspace/stories/" in page.url and not page.url.endswith("/new"), f"after Save: {page.url}"
    publish = page.get_by_role("button", name="Publish", exact=True)
    assert publish.is_visible(), f"no Publish button on {page.url}"

    # A draft is not public yet.
    anonymous = page.context.browser.new_context()
    try:
        outsider = anonymous.new_page()
        visit(outsider, f"{hub}/places/salford")
        assert outsider.get_by_role("link", name=title).count() == 0, "a draft story shows on the public place page"
    finally:
        anonymous.close()

    submit(page, publish)
    assert page.get_by_role("button", name="Unpublish", exact=True).count() == 1, (
        f"after Publish, no Unpublish button on {page.url}"
    )

    # The public place page lists it, and its link leads to the story.
    anonymous = page.context.browser.new_context()
    try:
        outsider = anonymous.new_page()
        visit(outsider, f"{hub}/places/salford")
        link = outsider.locator("section[aria-labelledby='stories-title']").get_by_role("link", name=title)
        assert link.count() == 1, f"{title!r} is not among the stories on /places/salford"
        with outsider.expect_navigation(wait_until="load"):
            link.click()
        assert outsider.url == f"{hub}/stories/{slug}"
        assert outsider.get_by_role("heading", level=1).inner_text() == title
        assert outsider.locator(".prose strong", has_text="one conversation").count() == 1
        assert outsider.get_by_role("link", name="Salford", exact=True).count() >= 1
        assert "The Saturday walking football group" in outsider.locator(".credit").inner_text()
    finally:
        anonymous.close()
    assert page.errors == [], f"browser errors: {page.errors}"


# (b) Screenshots of the home page ----------------------------------------------------------------------------------


def test_home_page_screenshots(hub, browser, capsys):
    folder = Path(os.environ.get("SCREENSHOT_DIR") or "/tmp/threadline-screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    saved = []
    for name, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
        context = browser.new_context(viewport=viewport, locale="en-GB", device_scale_factor=1)
        try:
            tab = context.new_page()
            visit(tab, f"{hub}/")
            assert tab.get_by_role("heading", level=1).count() == 1
            # Nothing may be wider than the screen: that would mean sideways scrolling on a phone.
            overflow = tab.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 0, f"the home page scrolls sideways by {overflow}px at {viewport['width']}px wide"
            path = folder / f"home-{name}.png"
            tab.screenshot(path=str(path), full_page=True)
            assert path.stat().st_size > 10_000, f"{path} is suspiciously small"
            saved.append(path)
        finally:
            context.close()
    with capsys.disabled():
        for path in saved:
            print(f"\nscreenshot: {path}")


# (c) Accessibility with axe-core -----------------------------------------------------------------------------------

PUBLIC_PAGES = {
    "home": "/",
    "enabler": "/enablers/effective-work-across-and-between-sectors",
    "learning area": "/areas/sustaining-collaboration",
    "place": "/places/salford",
    "story": "/stories/salford-leisure-and-youth-service-partnership",
    "case study": "/case-studies/salford-community-leisure-and-youth-service-deep-dive",
    "news": "/news",
    "news post": "/news/local-pilot-learning-report-october-2022",
    "testimony index": "/testimony",
    "testimony": "/testimony/00000000-0000-4000-8000-000000000901",
    "clip": "/clips/00000000-0000-4000-8000-000000000951",
    "search": "/search?q=trust",
    "reports": "/reports",
    "report": "/reports/local-pilot-learning-october-2022",
    "place with counts and measures": "/places/stockport",
    "reflective log": "/reflective-logs/salford-one-summer-plan",
    "theories": "/theories",
    "theory": "/theories/working-across-sectors-2022-23",
}

DEMO_TESTIMONY = "/testimony/00000000-0000-4000-8000-000000000901"


def axe_check(page: Page, label: str) -> None:
    if Axe is None:
        _missing_tooling("the Python package 'axe-playwright-python' is not installed")
    results = Axe().run(page, options=AXE_OPTIONS)
    violations = results.response["violations"]
    if not violations:
        return
    lines = [f"{label} ({page.url}): {len(violations)} axe violation(s) of {', '.join(AXE_TAGS)}"]
    for violation in violations:
        lines.append(f"- {violation['id']} [{violation.get('impact')}] {violation['help']} ({violation['helpUrl']})")
        for node in violation["nodes"]:
            target = " ".join(str(part) for part in node["target"])
            lines.append(f"    at {target}: {node['html'][:160]}")
            summary = (node.get("failureSummary") or "").replace("\n", " / ")
            if summary:
                lines.append(f"       {summary}")
    report = "\n".join(lines)
    print(report)
    pytest.fail(report, pytrace=False)


@pytest.mark.parametrize("path", PUBLIC_PAGES.values(), ids=PUBLIC_PAGES.keys())
def test_public_page_has_no_accessibility_violations(hub, page, path):
    visit(page, f"{hub}{path}")
    axe_check(page, path)


def test_phone_home_page_has_no_accessibility_violations(hub, browser):
    context = browser.new_context(viewport=PHONE, locale="en-GB")
    try:
        tab = context.new_page()
        visit(tab, f"{hub}/")
        axe_check(tab, "home at 390px")
    finally:
        context.close()


def test_login_page_has_no_accessibility_violations(hub, page):
    visit(page, f"{hub}/workspace/login")
    axe_check(page, "workspace login")


def test_failed_login_has_no_accessibility_violations(hub, page):
    visit(page, f"{hub}/workspace/login")
    page.locator("#email").fill(EDITOR_EMAIL)
    page.locator("#password").fill("not-the-password")
    submit(page, page.get_by_role("button", name="Sign in"))
    assert page.locator(".error-summary").is_visible(), "a wrong password showed no error"
    axe_check(page, "workspace login with an error")


def test_new_story_form_has_no_accessibility_violations(hub, page):
    sign_in(page, hub)
    visit(page, f"{hub}/workspace/stories/new")
    assert page.locator("#field-title").is_visible()
    axe_check(page, "new story form")


def test_new_story_form_with_problems_has_no_accessibility_violations(hub, page):
    sign_in(page, hub)
    visit(page, f"{hub}/workspace/stories/new")
    submit(page, page.locator("form.entity-form").get_by_role("button", name="Save"))
    assert page.locator(".error-summary").is_visible(), "saving an empty story showed no problems"
    axe_check(page, "new story form with problems")


def test_axe_finds_a_planted_violation(hub, page):
    """Guards the checks above: under the hub's real content security policy axe must run and see a broken page."""
    if Axe is None:
        _missing_tooling("the Python package 'axe-playwright-python' is not installed")
    visit(page, f"{hub}/")
    page.evaluate(
        "document.querySelector('main').insertAdjacentHTML('beforeend', "
        "'<img src=\"/assets/threadline.css\"><input type=\"text\" name=\"unlabelled\">')"
    )
    results = Axe().run(page, options=AXE_OPTIONS)
    found = {violation["id"] for violation in results.response["violations"]}
    assert {"image-alt", "label"} <= found, f"axe did not report the planted problems; it found {sorted(found)}"


# (d) Testimony: the interactive transcript, by keyboard --------------------------------------------------------------


def wait_until(page: Page, expression: str, timeout: float = 15.0):
    """Polls `expression` with page.evaluate (wait_for_function would need eval, which the CSP forbids)."""
    deadline = time.monotonic() + timeout
    while True:
        value = page.evaluate(expression)
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"still false after {timeout} s: {expression}")
        time.sleep(0.1)


def _wait_for_metadata(page: Page) -> None:
    wait_until(page, "document.querySelector('[data-player]').readyState >= 1")


def test_transcript_line_plays_from_its_moment_by_keyboard(hub, page):
    visit(page, f"{hub}{DEMO_TESTIMONY}")
    _wait_for_metadata(page)
    third = page.locator(".transcript .cue").nth(2)
    third.focus()
    page.keyboard.press("Enter")
    wait_until(page, "document.querySelector('[data-player]').currentTime >= 10.2")
    # While it plays, the line being spoken is marked for assistive technology and highlighted.
    wait_until(page, "document.querySelector('.cue[aria-current=\"true\"]') !== null")
    current = page.locator('.cue[aria-current="true"]').first.inner_text()
    assert "turning point" in current or "skills" in current, current
    assert page.errors == [], page.errors


def test_media_fragment_opens_the_player_at_the_range(hub, page):
    visit(page, f"{hub}{DEMO_TESTIMONY}#t=20.957,24.201")
    _wait_for_metadata(page)
    wait_until(page, "Math.abs(document.querySelector('[data-player]').currentTime - 20.957) < 0.5")
    assert page.errors == [], page.errors


def test_captions_track_loads(hub, page):
    visit(page, f"{hub}{DEMO_TESTIMONY}")
    _wait_for_metadata(page)
    wait_until(
        page,
        "(() => { const t = document.querySelector('[data-player]').textTracks[0];"
        " if (!t) return false; t.mode = 'hidden'; return t.cues !== null && t.cues.length === 6; })()")


def test_workspace_media_page_has_no_accessibility_violations(hub, page):
    sign_in(page, hub)
    visit(page, f"{hub}/workspace{DEMO_TESTIMONY}/media")
    assert page.locator("#recording-file").count() == 1
    axe_check(page, "testimony recording and transcript page")


# (e) Reports: clips that play only their range, print layout, the authoring pages -----------------------------------

DEMO_REPORT = "/reports/local-pilot-learning-october-2022"
DEMO_REPORT_ID = "00000000-0000-4000-8000-000000000a01"
CLIP_PLAYER = "document.querySelector('[data-clip-player]')"


def test_report_clip_plays_only_its_range(hub, page):
    visit(page, f"{hub}{DEMO_REPORT}")
    page.locator("[data-clip-player]").first.evaluate("player => { player.preload = 'auto'; player.load(); }")
    wait_until(page, f"{CLIP_PLAYER}.readyState >= 1")
    # The player starts at the clip's start (24.601 s), not at the start of the recording.
    wait_until(page, f"Math.abs({CLIP_PLAYER}.currentTime - 24.601) < 0.5")
    page.locator("[data-clip-player]").first.evaluate("player => { player.muted = true; return player.play(); }")
    # …and stops by itself at the clip's end (30.03 s).
    wait_until(page, f"{CLIP_PLAYER}.paused && {CLIP_PLAYER}.currentTime >= 29.5", timeout=30.0)
    assert page.evaluate(f"{CLIP_PLAYER}.currentTime") < 31.0
    assert page.errors == [], page.errors


def test_report_prints_clips_as_quotes_without_players(hub, page):
    visit(page, f"{hub}{DEMO_REPORT}")
    page.emulate_media(media="print")
    assert not page.locator("[data-clip-player]").first.is_visible(), "the player shows in print"
    assert page.locator(".clip-embed .print-only").first.is_visible(), "the clip's address is not printed"
    assert page.locator(".clip-embed blockquote").first.is_visible(), "the quote is not printed"
    assert not page.locator("nav.contents").is_visible(), "the contents list is printed"


def test_report_authoring_pages_have_no_accessibility_violations(hub, page):
    sign_in(page, hub)
    for path in [
        f"/workspace/reports/{DEMO_REPORT_ID}/manage",
        "/workspace/coverage",
        "/workspace/clip-picker?q=trust",
        "/workspace/clip-picker/00000000-0000-4000-8000-000000000901",
    ]:
        visit(page, f"{hub}{path}")
        axe_check(page, path)


def test_live_preview_shows_the_clip_while_writing(hub, page):
    sign_in(page, hub)
    visit(page, f"{hub}/workspace/report-sections/new?report_id={DEMO_REPORT_ID}&position=9")
    page.locator("#field-body").fill("A new passage.\n\n{{clip 00000000-0000-4000-8000-000000000951}}")
    wait_until(page, "document.querySelector('[data-live-preview-output] .clip-embed blockquote') !== null")
    quote = page.locator("[data-live-preview-output] .clip-embed blockquote").inner_text()
    assert "Trust grows" in quote, quote
    axe_check(page, "new report section with its live preview")
    assert page.errors == [], page.errors


# Coding evidence ------------------------------------------------------------------------------------------------------

DEMO_STORY_ID = "00000000-0000-4000-8000-000000000604"


def test_selecting_text_fills_its_positions_and_codes_it(hub, page):
    sign_in(page, hub)
    visit(page, f"{hub}/workspace/coding/story/{DEMO_STORY_ID}")
    axe_check(page, "coding page")
    # What a mouse drag does: a selection over characters 5 to 15 of the first piece of the text.
    page.evaluate(
        """() => {
            const piece = document.querySelector('#source-text [data-o]');
            const range = document.createRange();
            range.setStart(piece.firstChild, 5);
            range.setEnd(piece.firstChild, 15);
            const selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
        }"""
    )
    wait_until(page, "document.getElementById('start').value === '5' && document.getElementById('end').value === '15'")
    selected = page.locator("#quote").input_value()
    assert len(selected) == 10, selected
    page.locator("#new-code").fill("Chosen in a browser")
    submit(page, page.get_by_role("button", name="Code the passage"))
    assert page.get_by_text("Coded.").first.is_visible()
    assert page.locator("#codings + article blockquote, .coding-item blockquote").first.inner_text() == selected
    assert page.locator("#source-text mark.coded").count() >= 1
    axe_check(page, "coding page with a coding")
    assert page.errors == [], page.errors


def test_a_passage_is_coded_from_the_keyboard_by_its_words(hub, page):
    sign_in(page, hub)
    visit(page, f"{hub}/workspace/coding/story/{DEMO_STORY_ID}")
    words = page.locator("#source-text").inner_text().split()[2:5]
    page.locator("#quote").focus()
    page.keyboard.type(" ".join(words))
    page.locator("#new-code").focus()
    page.keyboard.type("Typed from the keyboard")
    with page.expect_navigation(wait_until="load"):
        page.keyboard.press("Enter")
    assert page.get_by_text("Coded.").first.is_visible()
    assert " ".join(words) in page.locator(".coding-item blockquote").all_inner_texts()


DEMO_DOCUMENT_ID = "00000000-0000-4000-8000-000000000a01"
DEMO_TESTIMONY_ID = "00000000-0000-4000-8000-000000000901"


def code_by_keyboard(page: Page, words: str, key: str = "", new_code: str = "") -> None:
    """Types a passage's words into the form, then codes it: with a new code's name and Enter, or by leaving the
    box (Shift+Tab) and pressing a quick coding key."""
    page.locator("#quote").focus()
    page.keyboard.type(words)
    if new_code:
        page.locator("#new-code").focus()
        page.keyboard.type(new_code)
        with page.expect_navigation(wait_until="load"):
            page.keyboard.press("Enter")
    else:
        page.keyboard.press("Shift+Tab")
        with page.expect_navigation(wait_until="load"):
            page.keyboard.press(key)
    assert page.get_by_text("Coded.").first.is_visible()


def test_a_document_story_and_recording_are_coded_by_keyboard_then_queried_and_downloaded(hub, page, tmp_path):
    sign_in(page, hub)
    # A document added from a file, one kept with the demo.
    visit(page, f"{hub}/workspace/documents/upload")
    axe_check(page, "document upload")
    notes = tmp_path / "site-visit.txt"
    notes.write_text("Site visit notes\n\nThe youth club now opens on Fridays because residents asked for it.\n")
    page.locator("#files").set_input_files(str(notes))
    submit(page, page.get_by_role("button", name="Add the documents"))
    assert page.get_by_text("Added as drafts").is_visible()
    axe_check(page, "documents added")

    visit(page, f"{hub}/workspace/coding/document/{DEMO_DOCUMENT_ID}")
    axe_check(page, "document coding page")
    assert page.locator("#source-text h3, #source-text h4").count() >= 3  # headings as they read
    code_by_keyboard(page, "meeting every month in a community venue", new_code="Meeting places")
    assert page.locator("#source-text mark.coded").count() >= 1
    # The stripe beside the text, and Undo by its key: the coding just made goes, then is made again.
    wait_until(page, "document.querySelector('#stripes.laid-out') !== null")
    page.keyboard.press("Shift+Tab")
    with page.expect_navigation(wait_until="load"):
        page.keyboard.press("u")
    assert page.get_by_text("The coding was undone.").is_visible()
    code_by_keyboard(page, "meeting every month in a community venue", key="1")
    axe_check(page, "document coded")

    visit(page, f"{hub}/workspace/coding/story/{DEMO_STORY_ID}")
    words = " ".join(page.locator("#source-text").inner_text().split()[3:7])
    code_by_keyboard(page, words, key="1")
    assert "Meeting places" in page.locator(".coding-item h3").all_inner_texts()[-1] or any(
        "Meeting places" in text for text in page.locator(".coding-item h3").all_inner_texts())

    visit(page, f"{hub}/workspace/coding/testimony/{DEMO_TESTIMONY_ID}")
    assert page.locator("#coding-player").count() == 1
    assert page.locator("#source-text .cue-time").count() >= 2
    line = page.locator("#source-text p [data-o]").first.inner_text().split()
    code_by_keyboard(page, " ".join(line[:3]), key="r")
    times = page.locator(".coding-item .meta").all_inner_texts()
    assert any("–" in text and ":" in text for text in times), times
    axe_check(page, "recording coded")

    # The coding query finds all three, and its passages download.
    visit(page, f"{hub}/workspace/queries")
    axe_check(page, "coding query")
    page.select_option("#query-a", label="Meeting places")
    page.get_by_role("button", name="Run the query").focus()
    with page.expect_navigation(wait_until="load"):
        page.keyboard.press("Enter")
    assert page.get_by_text("3 passages in 3 sources.").is_visible()
    axe_check(page, "coding query results")
    with page.expect_download() as download:
        page.get_by_role("link", name="CSV").click()
    saved = tmp_path / "passages.csv"
    download.value.save_as(saved)
    csv_text = saved.read_text(encoding="utf-8")
    assert "meeting every month in a community venue" in csv_text, csv_text
    assert "Meeting places" in csv_text
    assert page.errors == [], page.errors


def _seek_coding_player(page: Page, seconds: float) -> None:
    """Moves the coding page's player to `seconds`, as dragging its position would, and leaves the focus on the
    page rather than in a box, where the quick coding keys act."""
    page.evaluate(f"document.getElementById('coding-player').currentTime = {seconds}")
    wait_until(page, f"Math.abs(document.getElementById('coding-player').currentTime - {seconds}) < 0.01")
    page.evaluate("document.activeElement && document.activeElement.blur()")


def test_a_stretch_of_recording_without_transcript_is_marked_in_and_out_and_coded_by_keyboard(hub, page):
    sign_in(page, hub)
    visit(page, f"{hub}/workspace/coding/testimony/{DEMO_TESTIMONY_ID}")
    wait_until(page, "document.getElementById('coding-player').readyState >= 1")
    assert page.get_by_role("button", name="Mark in").is_visible()
    assert page.get_by_role("button", name="Mark out").is_visible()
    axe_check(page, "recording coding page with in and out marks")
    # The demo transcript leaves 0.4 s between lines: 4.477 s to 4.877 s is said by no line.
    _seek_coding_player(page, 4.55)
    page.keyboard.press("i")
    _seek_coding_player(page, 4.85)
    page.keyboard.press("o")
    assert page.locator("#from-time").input_value() == "0:04.5"
    assert page.locator("#to-time").input_value() == "0:04.8"
    assert "In 0:04.5 — Out 0:04.8" in page.locator("#stretch-status").inner_text()
    page.locator("#new-code").focus()
    page.keyboard.type("Pauses")
    with page.expect_navigation(wait_until="load"):
        page.keyboard.press("Enter")
    assert page.get_by_text("Coded.").first.is_visible()
    # Again between the next two lines (9.872 s to 10.272 s), coded with the code just used by its key.
    wait_until(page, "document.getElementById('coding-player').readyState >= 1")
    _seek_coding_player(page, 9.95)
    page.keyboard.press("I")
    _seek_coding_player(page, 10.25)
    page.keyboard.press("O")
    with page.expect_navigation(wait_until="load"):
        page.keyboard.press("1")
    assert page.get_by_text("Coded.").first.is_visible()
    stretches = page.locator(".coding-item .recording-stretch").all_inner_texts()
    assert any(text.startswith("0:04.5–0:04.8") for text in stretches), stretches
    assert any(text.startswith("0:09.9–0:10.2") for text in stretches), stretches
    axe_check(page, "recording with timed codings")
    assert page.errors == [], page.errors


def test_analysis_pages_have_no_accessibility_violations(hub, page):
    sign_in(page, hub)
    for path in [
        "/workspace/coding",
        "/workspace/codes",
        "/workspace/matrices?rows=codes&columns=places",
        "/workspace/matrices?rows=codes&columns=codes",
        "/workspace/agreement",
        "/workspace/refi",
        f"/workspace/coding/story/{DEMO_STORY_ID}?view=all",
        "/workspace/documents",
        "/workspace/queries",
        "/workspace/queries/text",
        "/workspace/queries/text?q=meeting+OR+trust&similar=1",
        "/workspace/words",
        "/workspace/counts",
        "/workspace/figures/new",
        "/workspace/reflective-logs/new",
        "/workspace/theories/new",
        "/workspace/theory-overview",
        "/workspace/theory-overview/00000000-0000-4000-8000-000000001502",
    ]:
        visit(page, f"{hub}{path}")
        axe_check(page, path)
    # Cases: the table of cases, one case's page, and the matrix of codes by an attribute's values.
    visit(page, f"{hub}/workspace/cases")
    axe_check(page, "/workspace/cases")
    first_case = _links(page, "table.cases tbody th a")[0]
    visit(page, f"{hub}{first_case}")
    axe_check(page, "a case's page")
    visit(page, f"{hub}/workspace/matrices?rows=codes&columns=places")
    by_attribute = _links(page, "a[href*='columns=attribute:']")[0]
    visit(page, f"{hub}{by_attribute}")
    axe_check(page, "code by attribute matrix")
    visit(page, f"{hub}/workspace/words?cases=case:{first_case.rsplit('/', 1)[1]}")
    assert page.locator("#cases-filter").input_value().startswith("case:")
    axe_check(page, "word frequency of a case")
    # A text search that cannot run answers 422 with its problem above the form it keeps.
    response = page.goto(f"{hub}/workspace/queries/text?q=-funding", wait_until="load")
    assert response is not None and response.status == 422
    assert page.locator("#text-query").input_value() == "-funding"
    axe_check(page, "text search with a problem")


def test_text_search_on_a_small_phone_codes_every_hit(hub, browser):
    context = browser.new_context(viewport={"width": 320, "height": 640}, locale="en-GB")
    try:
        phone = context.new_page()
        sign_in(phone, hub)
        visit(phone, f"{hub}/workspace/queries")
        with phone.expect_navigation(wait_until="load"):
            phone.get_by_role("link", name="text search").click()
        phone.locator("#text-query").fill("\"community venue\"")
        phone.get_by_role("button", name="Search").focus()
        with phone.expect_navigation(wait_until="load"):
            phone.keyboard.press("Enter")
        status = phone.locator("#results + [role=status]").inner_text()
        assert " in " in status and not status.startswith("0 "), status
        marks = phone.locator(".query-passages mark").all_inner_texts()
        assert marks and all(m.lower().split() == ["community", "venue"] for m in marks), marks
        width = phone.evaluate("document.documentElement.scrollWidth")
        assert width <= 320, f"the text search is {width}px wide on a 320px screen"
        axe_check(phone, "text search results at 320px")
        phone.select_option("#code-all", index=1)
        with phone.expect_navigation(wait_until="load"):
            phone.get_by_role("button", name="Code all hits").click()
        notice = phone.locator(".notice").inner_text()
        assert "coded with" in notice, notice
        axe_check(phone, "text search after coding every hit")
    finally:
        context.close()


# (g) The maturity survey: a respondent on a 320-pixel phone, and the results pages ----------------------------------


def test_maturity_survey_on_a_small_phone_and_results(hub, browser, page):
    sign_in(page, hub)
    visit(page, f"{hub}/workspace/maturity")
    survey = page.locator("table a[href^='/workspace/maturity/surveys/']").first
    with page.expect_navigation(wait_until="load"):
        survey.click()
    page.locator("#field-count").fill("1")
    submit(page, page.get_by_role("button", name="Make links"))
    link = page.locator("code.secret").first.inner_text().strip()
    assert "/survey/" in link, f"no link shown: {link!r}"
    axe_check(page, "a survey's page with new links")

    context = browser.new_context(viewport={"width": 320, "height": 640}, locale="en-GB")
    try:
        phone = context.new_page()
        visit(phone, link)
        width = phone.evaluate("document.documentElement.scrollWidth")
        assert width <= 320, f"the survey form is {width}px wide on a 320px screen"
        axe_check(phone, "survey form at 320px")
        # Sending it half-answered shows the problems, linked, and keeps the answers.
        phone.locator("#role").fill("Youth worker")
        phone.locator("fieldset.survey-question").first.locator("label").nth(2).click()
        submit(phone, phone.get_by_role("button", name="Send my answers"))
        assert phone.locator(".error-summary").is_visible(), "a half-answered survey showed no problems"
        assert phone.locator("fieldset.survey-question input:checked").count() == 1
        axe_check(phone, "survey form with problems at 320px")
        for fieldset in phone.locator("fieldset.survey-question").all():
            fieldset.locator("label").nth(3).click()
        submit(phone, phone.get_by_role("button", name="Send my answers"))
        assert phone.get_by_role("heading", name="Thank you").is_visible()
        # The link takes one set of answers.
        again = phone.goto(link, wait_until="load")
        assert again is not None and again.status == 409
    finally:
        context.close()

    # An editor loads a CSV file into the import form (the script reads it into the box) and imports it.
    visit(page, f"{hub}/workspace/maturity/import")
    csv_text = (
        "respondent,place,year,role,enabler,level\n"
        "r1,Manchester,2024,Officer,1,4\n"
        "r1,Manchester,2024,Officer,2,\n"
    )
    page.locator("#csv-file").set_input_files(
        files=[{"name": "answers.csv", "mimeType": "text/csv", "buffer": csv_text.encode("utf-8")}]
    )
    page.wait_for_function("document.getElementById('csv').value.startsWith('respondent,')")
    assert "answers.csv" in page.locator("#csv-file-status").inner_text()
    submit(page, page.get_by_role("button", name="Check and import"))
    assert "Imported 1 response with 2 answers" in page.locator(".notice").inner_text()

    for path in [
        "/workspace/maturity",
        "/workspace/maturity/scale",
        "/workspace/maturity/import",
        "/workspace/maturity/results",
        "/workspace/maturity/places/manchester",
    ]:
        visit(page, f"{hub}{path}")
        axe_check(page, path)
    assert page.locator("svg.radar-chart").count() == 1, "the place's results page has no radar chart"


# (h) Counts and Measures on a phone, and a CSV file loaded into the import form -------------------------------------


def test_counts_table_scrolls_on_a_phone_and_a_csv_file_fills_the_import(hub, browser, page, tmp_path):
    phone = browser.new_page(viewport={"width": 390, "height": 844})
    try:
        visit(phone, f"{hub}/places/stockport")
        region = phone.locator(".counts-part .table-wrap").first
        # The wide table scrolls inside its own region, which a keyboard user can reach, not the whole page.
        assert region.get_attribute("tabindex") == "0"
        width = phone.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"the place page is {width}px wide on a 390px phone"
        axe_check(phone, "place page with Counts and Measures at 390px")
    finally:
        phone.close()
    sign_in(page, hub)
    visit(page, f"{hub}/workspace/counts")
    csv = tmp_path / "returns.csv"
    csv.write_text("place,period,enabler,example\nWigan,2024 H1,4,Coaches met to share what worked\n")
    page.set_input_files("#csv-file", str(csv))
    page.wait_for_function("document.getElementById('csv').value.includes('Coaches met')")
    page.click("button:text('Import')")
    page.wait_for_selector("p.notice")
    assert "1 new example" in page.inner_text("p.notice")
    axe_check(page, "Counts and Measures after an import")



# (j) Partnership networks: a member's respondent on a 320-pixel phone, and the results side by side ----------------


def test_network_survey_on_a_small_phone_and_results(hub, browser, page):
    sign_in(page, hub)
    visit(page, f"{hub}/workspace/networks")
    axe_check(page, "/workspace/networks")
    with page.expect_navigation(wait_until="load"):
        page.get_by_role("link", name="Salford 2023").click()
    axe_check(page, "a network wave's page")
    submit(page, page.get_by_role("button", name="Make links"))
    link = page.locator("code.secret").first.inner_text().strip()
    assert "/network-survey/" in link, f"no link shown: {link!r}"
    axe_check(page, "a network wave's page with new links")

    context = browser.new_context(viewport={"width": 320, "height": 640}, locale="en-GB")
    try:
        phone = context.new_page()
        visit(phone, link)
        width = phone.evaluate("document.documentElement.scrollWidth")
        assert width <= 320, f"the network survey form is {width}px wide on a 320px screen"
        axe_check(phone, "network survey form at 320px")
        # Answering only the first organisation lists the others as problems, linked, and keeps the answer.
        first = phone.locator("fieldset.survey-question").first
        first.get_by_label("Yes").check()
        first.locator("select").first.select_option("3")
        submit(phone, phone.get_by_role("button", name="Send our answers"))
        assert phone.locator(".error-summary").is_visible(), "a half-answered form showed no problems"
        assert phone.locator("fieldset.survey-question").first.get_by_label("Yes").is_checked()
        axe_check(phone, "network survey form with problems at 320px")
        for fieldset in phone.locator("fieldset.survey-question").all()[1:]:
            fieldset.get_by_label("No").check()
        submit(phone, phone.get_by_role("button", name="Send our answers"))
        assert phone.get_by_role("heading", name="Thank you").is_visible()
        again = phone.goto(link, wait_until="load")
        assert again is not None and again.status == 409
    finally:
        context.close()

    visit(page, f"{hub}/workspace/networks")
    with page.expect_navigation(wait_until="load"):
        page.get_by_role("link", name="Salford 2023").click()
    assert "Yes, through its link" in page.locator("table").first.inner_text()
    with page.expect_navigation(wait_until="load"):
        page.get_by_role("link", name="Results: figures, diagram and the change since another wave").click()
    page.locator("#compare").select_option(label="Salford 2022 (2022 H1)")
    page.locator("#trust").select_option("3")
    submit(page, page.get_by_role("button", name="Show"))
    assert page.locator("figure.network-diagram svg[role=img]").count() == 2
    assert "What changed" in page.content()
    axe_check(page, "network results, two waves side by side")

    phone = browser.new_page(viewport={"width": 390, "height": 844})
    try:
        visit(phone, page.url)
        width = phone.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"the results page is {width}px wide on a 390px screen"
    finally:
        phone.close()


# (k) Every page at 1280 and at 320 pixels: axe clean, nothing wider than the screen, the workspace's groups ---------

SMALL_PHONE = {"width": 320, "height": 640}
SCREENSHOT_PAGES = {"coding page": "coding", "place page": "place", "network results": "network-results"}


def _links(tab, selector: str) -> list[str]:
    return tab.locator(selector).evaluate_all("links => links.map(a => a.getAttribute('href'))")


def _every_workspace_page(tab, hub: str) -> dict[str, str]:
    """Every workspace page the dashboard's map leads to (an admin's, so users and the audit trail are among them),
    one item page of each list, and the pages found deeper."""
    sign_in(tab, hub, ADMIN_EMAIL)
    visit(tab, f"{hub}/workspace")
    pages = {"dashboard": "/workspace"}
    for href in _links(tab, ".workspace-map a"):
        pages.setdefault(href, href)
        visit(tab, f"{hub}{href}")
        # The first item of a list: its edit form, and the page that asks before deleting it.
        for item in _links(tab, "table tbody th a[href^='/workspace/'], table tbody td a[href$='/edit']")[:1]:
            pages.setdefault(item, item)
    visit(tab, f"{hub}/workspace/networks")
    wave = _links(tab, "table a[href^='/workspace/networks/']")[0]
    pages["network wave"] = wave
    visit(tab, f"{hub}{wave}")
    pages["network results"] = _links(tab, "a[href*='/results']")[0]
    pages.update({
        "coding": f"/workspace/coding/story/{DEMO_STORY_ID}?view=all",
        "testimony media": f"/workspace{DEMO_TESTIMONY}/media",
        "refi": "/workspace/refi",
        "text search": "/workspace/queries/text?q=meeting+OR+trust&similar=1",
        "cases": "/workspace/cases",
        "new story": "/workspace/stories/new",
        "story delete": f"/workspace/stories/{DEMO_STORY_ID}/delete",
        "report authoring": f"/workspace/reports/{DEMO_REPORT_ID}/manage",
        "clip range": "/workspace/clip-picker/00000000-0000-4000-8000-000000000901",
    })
    return pages


def _page_problems(tab, label: str, width: int) -> list[str]:
    problems = []
    overflow = tab.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    if overflow > 0:
        wide = tab.evaluate(
            "[...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right >"
            " document.documentElement.clientWidth + 1 && !e.closest('.table-wrap, .matrix, .coverage, pre'))"
            ".slice(0, 3).map(e => e.tagName + '.' + e.className)")
        problems.append(f"{label}: scrolls sideways by {overflow}px at {width}px ({', '.join(wide)})")
    if Axe is None:
        _missing_tooling("the Python package 'axe-playwright-python' is not installed")
    for violation in Axe().run(tab, options=AXE_OPTIONS).response["violations"]:
        targets = "; ".join(" ".join(str(p) for p in node["target"]) for node in violation["nodes"][:3])
        problems.append(f"{label} at {width}px: axe {violation['id']} ({violation['help']}) at {targets}")
    return problems


@pytest.mark.parametrize("viewport", [DESKTOP, SMALL_PHONE], ids=["1280px", "320px"])
def test_every_page_is_axe_clean_and_fits_the_screen(hub, browser, viewport, capsys):
    context = browser.new_context(viewport=viewport, locale="en-GB", device_scale_factor=1)
    context.set_default_timeout(15_000)
    folder = Path(os.environ.get("SCREENSHOT_DIR") or "/tmp/threadline-screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    problems, saved = [], []
    try:
        tab = context.new_page()
        workspace = _every_workspace_page(tab, hub)
        assert len(workspace) > 60, f"only {len(workspace)} workspace pages were found from the dashboard"
        assert "/workspace/audit" in workspace and "/workspace/users" in workspace
        for label, path in list(PUBLIC_PAGES.items()) + list(workspace.items()):
            visit(tab, f"{hub}{path}")
            problems += _page_problems(tab, label, viewport["width"])
            shot = SCREENSHOT_PAGES.get(label)
            if shot and viewport is SMALL_PHONE:
                path = folder / f"{shot}-phone.png"
                tab.screenshot(path=str(path), full_page=True)
                saved.append(path)
    finally:
        context.close()
    with capsys.disabled():
        for path in saved:
            print(f"\nscreenshot: {path}")
    assert not problems, "\n".join(problems)


def test_workspace_navigation_shows_groups_and_the_group_you_are_in(hub, browser):
    context = browser.new_context(viewport=SMALL_PHONE, locale="en-GB")
    try:
        tab = context.new_page()
        sign_in(tab, hub)
        visit(tab, f"{hub}/workspace/codes")
        nav = tab.get_by_role("navigation", name="Workspace")
        groups = nav.locator(".nav-groups a").all_inner_texts()
        assert groups == ["Dashboard", "Gather", "Analyse", "Publish", "Administer"], groups
        assert nav.locator("a[aria-current=true]").inner_text() == "Analyse"
        assert nav.locator(".nav-group-pages a[aria-current=page]").inner_text() == "Codebook"
        # The header takes less than a third of a small phone's first screen.
        height = nav.bounding_box()["height"]
        assert height < 640 / 3, f"the workspace navigation is {height}px tall on a 320px phone"
        # A group's link opens its part of the dashboard, which lists every page of the group.
        with tab.expect_navigation(wait_until="load"):
            nav.get_by_role("link", name="Gather").click()
        assert tab.url.endswith("/workspace#gather")
        gather = tab.locator("#gather")
        assert gather.get_by_role("link", name="Testimonies").is_visible()
        assert gather.get_by_role("link", name="Partnership networks").is_visible()
    finally:
        context.close()


# (l) A stale form loses nothing; controls fit a finger; the URL name follows the title ------------------------------


def test_a_stale_form_keeps_the_text_and_signing_in_returns_to_it(hub, page):
    sign_in(page, hub)
    visit(page, f"{hub}/workspace/stories/new")
    suffix = secrets.token_hex(3)
    title = f"Kept through a sign-out {suffix}"
    body = "Typed before the sign-in ran out, and not lost."
    form = page.locator("form.entity-form")
    form.locator("#field-title").fill(title)
    form.locator("#field-body").fill(body)
    # The URL name follows the title as it is typed, by the server's own rule.
    assert form.locator("#field-slug").input_value() == f"kept-through-a-sign-out-{suffix}"

    # The form's security token has run out (as after signing in again in another tab).
    page.evaluate("document.querySelector('form.entity-form input[name=csrf_token]').value = 'stale'")
    page.wait_for_timeout(600)  # the draft is kept a moment after the last key
    submit(page, form.get_by_role("button", name="Save"))
    assert page.get_by_role("heading", level=1).inner_text() == "This form was open too long"
    assert "What you typed is kept in this browser" in page.content()
    axe_check(page, "the page for a form open too long")
    with page.expect_navigation(wait_until="load"):
        page.get_by_role("link", name="Back to the form").click()
    assert page.url.endswith("/workspace/stories/new"), page.url
    assert page.locator("#field-title").input_value() == title
    assert page.locator("#field-body").input_value() == body
    assert page.locator(".draft-notice").is_visible()

    # Signed out meanwhile: the sign-in page says so, and signing in leads back to the form, text and all.
    page.context.clear_cookies()
    submit(page, page.locator("form.entity-form").get_by_role("button", name="Save"))
    assert "/workspace/login" in page.url, page.url
    assert page.get_by_text("You were signed out").is_visible()
    page.locator("#email").fill(EDITOR_EMAIL)
    page.locator("#password").fill(EDITOR_PASSWORD)
    submit(page, page.get_by_role("button", name="Sign in"))
    assert page.url.endswith("/workspace/stories/new"), page.url
    assert page.locator("#field-title").input_value() == title
    assert page.locator("#field-body").input_value() == body

    # Saved at last: the notice says so, and the draft is gone from the browser.
    submit(page, page.locator("form.entity-form").get_by_role("button", name="Save"))
    assert page.locator("[data-saved]").is_visible(), page.url
    visit(page, f"{hub}/workspace/stories/new")
    assert page.locator("#field-title").input_value() == ""
    assert page.locator(".draft-notice").count() == 0
    # The refused save is the one error the browser reports; nothing else may go wrong.
    others = [error for error in page.errors if "status of 403" not in error]
    assert others == [], f"browser errors: {others}"


def test_form_controls_are_finger_sized_and_dates_get_a_keyboard_with_dashes(hub, browser):
    context = browser.new_context(viewport=PHONE, locale="en-GB", has_touch=True, is_mobile=True)
    try:
        tab = context.new_page()
        sign_in(tab, hub)
        for path in ["/workspace/stories/new", "/workspace/milestones/new", f"/workspace{DEMO_TESTIMONY}/media",
                     "/workspace/codes", "/search?q=trust"]:
            visit(tab, f"{hub}{path}")
            small = tab.evaluate(
                "[...document.querySelectorAll('main input, main select, main textarea, main button')]"
                ".filter(e => e.type !== 'hidden' && e.type !== 'checkbox' && e.type !== 'radio'"
                " && e.getClientRects().length > 0 && e.getBoundingClientRect().height < 44)"
                ".map(e => (e.id || e.name || e.textContent.trim()) + ' ' + Math.round(e.getBoundingClientRect().height))")
            assert small == [], f"{path}: controls under 44px tall on a touch screen: {small}"
            numeric_dates = tab.evaluate(
                "[...document.querySelectorAll('input[inputmode=numeric]')].filter(e =>"
                " /YYYY-MM-DD/.test((e.placeholder || '') + (e.getAttribute('aria-describedby') ? "
                " document.getElementById(e.getAttribute('aria-describedby')).textContent : ''))).map(e => e.id)")
            assert numeric_dates == [], f"{path}: date fields offer a keyboard with no dash: {numeric_dates}"
    finally:
        context.close()


# (m) Charts: legible, whole, and steady from one wave to the next ---------------------------------------------------


def test_charts_are_legible_whole_and_steady(hub, page):
    # A journey in a report is drawn at least at its own size, whichever drawing the width shows.
    visit(page, f"{hub}{DEMO_REPORT}")
    scale = page.evaluate(
        "(() => { const s = [...document.querySelectorAll('.journey-embed svg')].find(s => s.getClientRects().length);"
        " return s.getBoundingClientRect().width / s.viewBox.baseVal.width; })()")
    assert scale >= 0.95, f"the report's journey is drawn at {scale:.2f} of its size"
    # No legend entry of a journey ends in an ellipsis while the drawing has room.
    legend = page.locator(".journey-embed .journey-wide .journey-legend text").all_text_contents()
    assert legend and not any(text.endswith("…") for text in legend), legend

    sign_in(page, hub)
    visit(page, f"{hub}/workspace/networks")
    with page.expect_navigation(wait_until="load"):
        page.get_by_role("link", name="Salford 2023").click()
    with page.expect_navigation(wait_until="load"):
        page.get_by_role("link", name="Results: figures, diagram and the change since another wave").click()
    page.locator("#compare").select_option(label="Salford 2022 (2022 H1)")
    submit(page, page.get_by_role("button", name="Show"))
    places = page.evaluate(
        "[...document.querySelectorAll('figure.network-diagram svg')].map(svg => Object.fromEntries("
        "[...svg.querySelectorAll('g.nodes > g')].map(g => [g.querySelector('title').textContent.split(' — ')[0],"
        " g.querySelector('circle').getAttribute('cx') + ',' + g.querySelector('circle').getAttribute('cy')])))")
    assert len(places) == 2
    shared = set(places[0]) & set(places[1])
    assert shared, "the two waves share no organisation"
    moved = [name for name in shared if places[0][name] != places[1][name]]
    assert moved == [], f"organisations moved between the waves: {moved}"
    # Every label lies inside its drawing, and none is cut short with an ellipsis.
    outside = page.evaluate(
        "[...document.querySelectorAll('figure.network-diagram svg')].flatMap(svg => {"
        " const box = svg.getBoundingClientRect();"
        " return [...svg.querySelectorAll('g.nodes text')].filter(t => { const r = t.getBoundingClientRect();"
        " return r.left < box.left - 1 || r.right > box.right + 1 || t.textContent.endsWith('…'); })"
        ".map(t => t.textContent); })")
    assert outside == [], f"network labels cut or past the edge: {outside}"

    # Passages several coders applied are marked beneath the words, never through them.
    visit(page, f"{hub}/workspace/coding/story/{DEMO_STORY_ID}?view=all")
    style = page.evaluate(
        "(() => { const key = document.querySelector('.coder-key.coders-several'); const s = getComputedStyle(key);"
        " return [s.boxShadow, s.borderBottomStyle, s.textDecorationLine]; })()")
    assert style == ["none", "double", "none"], style


def test_deleting_asks_first_and_works_without_scripts(hub, browser):
    context = browser.new_context(viewport=DESKTOP, locale="en-GB", java_script_enabled=False)
    try:
        tab = context.new_page()
        sign_in(tab, hub)
        title = f"To be deleted {secrets.token_hex(3)}"
        visit(tab, f"{hub}/workspace/stories/new")
        tab.locator("#field-title").fill(title)
        tab.locator("#field-body").fill("Written to be deleted.")
        submit(tab, tab.locator("form.entity-form").get_by_role("button", name="Save"))
        edit_url = tab.url.split("?")[0]
        # Delete is a link to a page that asks, naming the item; asking deletes nothing.
        with tab.expect_navigation(wait_until="load"):
            tab.get_by_role("link", name="Delete…", exact=True).click()
        assert tab.get_by_role("heading", level=1).inner_text() == f"Delete the story “{title}”?"
        assert "This cannot be undone." in tab.locator(".warning-box").inner_text()
        with tab.expect_navigation(wait_until="load"):
            tab.get_by_role("link", name="Keep it").click()
        assert tab.url.split("?")[0] == edit_url
        visit(tab, edit_url)
        # Asked again and confirmed: gone, and the list says so.
        with tab.expect_navigation(wait_until="load"):
            tab.get_by_role("link", name="Delete…", exact=True).click()
        submit(tab, tab.get_by_role("button", name="Delete"))
        assert tab.get_by_text("Deleted.").is_visible()
        response = tab.goto(edit_url)
        assert response is not None and response.status == 404
    finally:
        context.close()
