"""End to end: ``stdauthor serve`` driven in real headless Chromium (Debian's ``chromium``).

The test starts ``serve`` on a free loopback port with ``--token auto``, opens the printed
address, and works as a person would: moves to an item of the bundled example, types a
provision, saves (the project file on disk holds it), uploads a draft from the toolbar,
checks it in the studio, saves its report and downloads it from the files panel. What the
terminal shows is read by replaying the websocket's bytes into a terminal emulator (pyte).

Screenshots are kept in ``out/web/`` (or ``$STDAUTHOR_ARTIFACTS``). Every request the page
makes must go to 127.0.0.1; the browser resolves no other name.

Skipped where Chromium or Playwright is missing, except under CI (``CI=true``), where
``./dev test`` installs Chromium and its absence is a failure.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROVISION = "应建立健全网页端的试用制度。"
pytestmark = pytest.mark.browser


def _chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    missing = []
    if path is None:
        missing.append("Debian's chromium")
    try:
        import playwright.sync_api  # noqa: F401
        import pyte  # noqa: F401
    except ImportError as exc:
        missing.append(f"python package {exc.name}")
    if missing:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI must have {', '.join(missing)} (./dev test installs them)")
        pytest.skip(f"needs {', '.join(missing)}")
    return path


def artifacts() -> Path:
    folder = Path(os.environ.get("STDAUTHOR_ARTIFACTS") or ROOT / "out" / "web")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def screen_text(screen) -> str:  # noqa: ANN001
    """A pyte screen's lines. Not pyte's ``display``: that fails (IndexError) on the empty cell a
    redraw can leave out of step with the wide characters (a deleted character among them)."""
    from wcwidth import wcwidth

    lines = []
    for y in range(screen.lines):
        row, out, skip = screen.buffer[y], [], False
        for x in range(screen.columns):
            data = row[x].data
            if skip or not data:
                skip = False
                continue
            out.append(data)
            skip = wcwidth(data[0]) == 2
        lines.append("".join(out))
    return "\n".join(lines)


def test_the_screen_reads_after_a_wide_character_is_cut_in_two() -> None:
    import pyte

    screen = pyte.Screen(10, 2)
    stream = pyte.ByteStream(screen)
    stream.feed("ab中文".encode())
    stream.feed("\x1b[1;1H中\x1b[1;2H\x1b[1P".encode())  # a wide character over "ab", then one deleted
    with pytest.raises(IndexError):
        screen.display  # noqa: B018 - pyte's own reading fails here
    assert screen_text(screen).splitlines()[0].rstrip() == "中文"


class Terminal:
    """The studio's screen as the browser received it, replayed into pyte."""

    def __init__(self, page) -> None:
        import pyte

        self.page = page
        self.screen = pyte.Screen(80, 24)
        self.stream = pyte.ByteStream(self.screen)
        page.on("websocket", self._opened)

    def _opened(self, ws) -> None:
        query = parse_qs(urlparse(ws.url).query)
        if "width" in query:
            self.screen.resize(int(query["height"][0]), int(query["width"][0]))
        ws.on("framereceived", self._received)
        ws.on("framesent", self._sent)

    def _received(self, payload) -> None:
        if isinstance(payload, (bytes, bytearray)):
            self.stream.feed(bytes(payload))

    def _sent(self, payload) -> None:
        if isinstance(payload, str) and payload.startswith('["resize"'):
            size = json.loads(payload)[1]
            self.screen.resize(size["height"], size["width"])

    def text(self) -> str:
        return screen_text(self.screen)

    def wait(self, wanted: str, timeout: float = 90) -> None:  # generous: CI shares two cores
        """Until the screen shows ``wanted`` (a regular expression)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if re.search(wanted, self.text()):
                return
            self.page.wait_for_timeout(100)
        (artifacts() / "last-screen.txt").write_text(self.text(), encoding="utf-8")
        self.page.screenshot(path=str(artifacts() / "failed.png"))
        raise AssertionError(f"the studio never showed {wanted!r}; screen:\n{self.text()}")


def _until(condition, timeout: float, page, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def served(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory):
    """``stdauthor serve --port 0 --token auto`` on the bundled example; yields (url, data folder)."""
    yield from _serve(tmp_path, tmp_path_factory)


def _serve(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory, *args: str, token: str | None = "auto"):
    data = tmp_path / "data"
    data.mkdir()
    env = {**os.environ, "STDAUTHOR_DATA_DIR": str(data), "STDAUTHOR_CONFIG_DIR": str(tmp_path / "config"),
           "STDAUTHOR_LANG": "zh", "XDG_CACHE_HOME": str(tmp_path_factory.getbasetemp() / "cache"),
           "PYTHONUNBUFFERED": "1"}
    access = ["--token", token] if token is not None else []
    proc = subprocess.Popen([sys.executable, "-m", "authoring", "serve", "--port", "0", *access, *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            start_new_session=True)
    url = None
    deadline = time.monotonic() + 120  # the first run cuts the CJK font down (about 10 s)
    try:
        assert proc.stdout is not None
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            found = re.search(r"http://127\.0\.0\.1:\d+/(?:\?token=\S+)?", line)
            if found:
                url = found.group(0)
                break
        assert url, f"serve printed no address: {proc.stderr.read() if proc.poll() is not None else ''}"
        yield url, data
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
    out = (proc.stdout.read() if proc.stdout else "") + (proc.stderr.read() if proc.stderr else "")
    assert proc.returncode == 0, out
    # Working normally the studio never reached outside its folders: what was refused is the typed
    # path (read) and, while it was typed, path completion listing its folders.
    secret = tmp_path / "outside" / "secret.docx"
    refused = [line.split("stdauthor serve: refused ", 1)[1] for line in out.splitlines()
               if "stdauthor serve: refused" in line]
    if not secret.exists():
        return  # the test stopped before that step; its own failure says why
    assert f"read {secret}" in refused, out
    allowed = {f"read {secret}"} | {f"list {folder}" for folder in secret.parents}
    assert set(refused) <= allowed, out
    assert len(refused) == len(set(refused)), "each refusal is told once"


def test_the_studio_in_a_browser(served, built_draft: Path) -> None:
    chromium = _chromium()
    from playwright.sync_api import sync_playwright

    url, data = served
    outside = data.parent / "outside" / "secret.docx"
    project = data / "elderly-care.yaml"
    drafts = data / "drafts"
    host = urlparse(url).netloc
    requests: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium, headless=True,
            # root needs --no-sandbox; no name but 127.0.0.1 resolves, so nothing leaves the machine.
            args=["--no-sandbox", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
                  "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        )
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 800}, accept_downloads=True)
            page = context.new_page()
            page.on("request", lambda request: requests.append(request.url))
            term = Terminal(page)

            # The printed address (with its token) opens the studio on the bundled example.
            page.goto(url)
            assert urlparse(page.url).query == "", "the token leaves the address bar"
            term.wait(r"4\.1 行业现状与特点")
            term.wait(r"覆盖度 \d+%")

            # Move to 4.2, pick the first sentence start, type the rest of the provision, save.
            page.keyboard.press("ArrowDown")
            term.wait(r"▕ 4\.2 愿景、使命和战略")
            page.keyboard.press("Tab")
            page.wait_for_timeout(300)
            page.keyboard.press("Enter")
            term.wait(r"▊ 应建立 +▎")  # the stub, without its ellipsis, with the cursor after it
            page.wait_for_timeout(300)
            page.keyboard.type(PROVISION[len("应建立"):], delay=20)
            term.wait(re.escape(PROVISION))
            page.screenshot(path=str(artifacts() / "studio-author.png"))
            page.keyboard.press("Control+s")
            _until(lambda: PROVISION in project.read_text(encoding="utf-8"), 15, page, "the project file to be saved")
            term.wait("已保存")

            # Upload a draft from the toolbar: it lands in the drafts folder, read like `check` reads it.
            # The upload is held past the next files poll, and the project file changes meanwhile:
            # the file's announcement must not take the status bar from the upload in flight.
            def held(route) -> None:  # noqa: ANN001
                time.sleep(3.5)  # the page polls the files every 3 s
                route.continue_()

            page.route("**/upload", held)
            os.utime(project, (time.time() + 5, time.time() + 5))
            page.set_input_files("#upload-input", str(built_draft))
            page.wait_for_selector("#status.ok, #status.error", timeout=60_000)
            status = page.text_content("#status") or ""
            assert "已上传：养老机构服务规范.docx" in status, status
            assert re.search(r"\S。在工作室中按 c", status), f"a Chinese sentence ends in 。: {status}"
            assert (drafts / built_draft.name).read_bytes() == built_draft.read_bytes()

            # Check it in the studio (F7, its name: the studio works in the drafts folder), save the report.
            page.keyboard.press("F7")
            term.wait(r"检查 \(Ctrl\+R\)")
            page.keyboard.type(built_draft.name)
            page.keyboard.press("Enter")
            term.wait(r"养老机构卓越服务规范.*覆盖度 \d+%", timeout=60)
            page.keyboard.press("F5")
            term.wait("报告保存到")
            page.wait_for_timeout(300)
            page.screenshot(path=str(artifacts() / "studio-dialog.png"))  # borders and tree guides
            page.keyboard.press("Enter")
            report = drafts / "养老机构服务规范.report.md"
            _until(report.is_file, 20, page, "the report to be written")
            term.wait("报告已保存")
            # The toolbar offers the new file at once.
            page.wait_for_selector('#new-file-link:has-text("养老机构服务规范.report.md")', timeout=10_000)

            # Download it from the files panel, under its Chinese name.
            page.click("#files-button")
            link = page.locator("a.file-link", has_text="养老机构服务规范.report.md")
            link.wait_for(timeout=10_000)
            with page.expect_download() as waiting:
                link.click()
            download = waiting.value
            assert download.suggested_filename == "养老机构服务规范.report.md"
            saved = artifacts() / download.suggested_filename
            download.save_as(str(saved))
            assert saved.read_bytes() == report.read_bytes()
            assert "养老机构卓越服务规范" in saved.read_text(encoding="utf-8")
            page.screenshot(path=str(artifacts() / "studio-files.png"))

            # A draft outside the two folders cannot be read, even by typing its path in the studio.
            outside.parent.mkdir()
            outside.write_bytes(built_draft.read_bytes())
            page.click("#files-close")
            page.keyboard.press("Escape")
            term.wait(r"▕ 4\.2 愿景、使命和战略")
            page.keyboard.press("F7")
            term.wait(r"检查 \(Ctrl\+R\)")
            page.keyboard.type(str(outside))
            page.keyboard.press("Enter")
            term.wait("不在此工作室可用的文件夹内")

            # The CJK font came from this server, and Chinese fills two cells.
            faces = page.evaluate("[...document.fonts].map(f => [f.family, f.status, f.unicodeRange])")
            cjk = [f for f in faces if "4E00" in f[2].upper()]
            assert cjk and cjk[0][1] == "loaded", faces
            widths = page.evaluate("""() => {
                const c = document.createElement('canvas').getContext('2d');
                c.font = '16px "Roboto Mono"';
                return [c.measureText('中').width, c.measureText('MM').width];
            }""")
            assert abs(widths[0] - widths[1]) <= widths[1] * 0.25, widths
        finally:
            browser.close()
    elsewhere = [u for u in requests if not u.startswith((f"http://{host}/", f"ws://{host}/", "data:", "blob:"))]
    assert not elsewhere, f"requests left 127.0.0.1: {elsewhere}"
    assert any(u.endswith("/fonts/cjk.otf") for u in requests), "\n".join(requests)


@pytest.fixture
def served_once(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory):
    """``serve`` as :func:`served`, with ``--max-sessions 1``."""
    yield from _serve(tmp_path, tmp_path_factory, "--max-sessions", "1")


def _browser(playwright, chromium: str):
    return playwright.chromium.launch(
        executable_path=chromium, headless=True,
        args=["--no-sandbox", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
              "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    )


def test_a_tab_over_the_session_limit_is_told_so(served_once) -> None:
    """QA pass 9, finding B5: a tab over --max-sessions said 会话已结束 (its session never started), not why."""
    chromium = _chromium()
    from playwright.sync_api import sync_playwright

    url, _ = served_once
    with sync_playwright() as playwright:
        browser = _browser(playwright, chromium)
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 800})
            first = context.new_page()
            term = Terminal(first)
            first.goto(url)
            term.wait(r"4\.1 行业现状与特点")

            second = context.new_page()
            second.goto(url.split("?")[0])  # the cookie is the context's already
            message = second.locator(".closed-dialog .message")
            _until(lambda: "上限" in (message.text_content() or ""), 30, second, "the limit to be said")
            assert message.is_visible()
            said = message.text_content() or ""
            assert "1" in said and "会话已结束" not in said, said
            second.screenshot(path=str(artifacts() / "studio-session-limit.png"))

            first.close()  # a tab closes: its place is free, 重新开始 opens the studio
            second.wait_for_timeout(1000)
            again = Terminal(second)
            second.click("#restart")
            again.wait(r"4\.1 行业现状与特点")
        finally:
            browser.close()


def test_a_download_from_the_toolbar_gives_the_keys_back_to_the_studio(served) -> None:
    """QA pass 9, finding B3: after clicking 新文件，点击下载 the link kept the focus, and F5 did nothing."""
    chromium = _chromium()
    from playwright.sync_api import sync_playwright

    url, _ = served
    with sync_playwright() as playwright:
        browser = _browser(playwright, chromium)
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 800}, accept_downloads=True)
            page = context.new_page()
            term = Terminal(page)
            page.goto(url)
            term.wait(r"4\.1 行业现状与特点")
            page.wait_for_timeout(3500)  # the first listing is taken: what comes next is new
            page.keyboard.press("F5")  # the studio writes a Word draft: the toolbar offers it
            term.wait("Word 草案保存到")
            page.keyboard.press("Enter")
            term.wait("Word 草案已生成")
            page.keyboard.press("Enter")
            link = page.locator("#new-file-link")
            link.wait_for(state="visible", timeout=15000)
            with page.expect_download():
                link.click()
            page.wait_for_timeout(300)
            focused = page.evaluate("document.activeElement && document.activeElement.className")
            assert "xterm-helper-textarea" in (focused or ""), focused
            page.keyboard.press("F1")  # the studio has the keys: its help opens
            term.wait(r"按键")
        finally:
            browser.close()


@pytest.fixture
def served_open(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory):
    """``serve`` as :func:`served`, without a token (loopback only): no cookie keeps another site's page out."""
    yield from _serve(tmp_path, tmp_path_factory, token=None)


def test_another_sites_page_cannot_start_a_download(served_open) -> None:
    """QA pass 9, finding B10: a link on another site's page downloaded a file of the studio. Chromium sends
    no Origin with a link's GET, only Sec-Fetch-Site; the studio's own link still downloads."""
    chromium = _chromium()
    from urllib.parse import quote

    from playwright.sync_api import sync_playwright

    url, data = served_open
    (data / "drafts").mkdir(exist_ok=True)
    (data / "drafts" / "草案.report.md").write_text("# 报告\n", encoding="utf-8")
    target = f"{url}files/drafts/{quote('草案.report.md')}"
    with sync_playwright() as playwright:
        browser = _browser(playwright, chromium)
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 800}, accept_downloads=True)
            page = context.new_page()
            # Another site's page (made up here by Playwright: no name but 127.0.0.1 resolves) links to the file.
            page.route("http://foreign.example/", lambda route: route.fulfill(
                content_type="text/html", body=f'<a id="link" href="{target}" download>草案</a>'))
            page.goto("http://foreign.example/")
            with page.expect_response(lambda r: r.url == target) as answered:
                page.click("#link")
            assert answered.value.status == 403
            assert answered.value.request.headers.get("origin") is None, "a link's GET carries no Origin"
            page.wait_for_load_state()
            assert (page.text_content("body") or "").startswith("来源不符")

            page.goto(url)
            page.click("#files-button")
            link = page.locator("a.file-link", has_text="草案.report.md")
            link.wait_for(timeout=15_000)
            with page.expect_download() as waiting:
                link.click()
            assert waiting.value.suggested_filename == "草案.report.md"
            assert Path(waiting.value.path()).read_text(encoding="utf-8") == "# 报告\n"
        finally:
            browser.close()


def test_a_file_windows_takes_for_a_device_downloads_under_a_name_it_can_make(served) -> None:
    """QA pass 9, finding B9: a file called NUL.report.md was offered under that name, which Windows cannot
    create. The list shows the file's own name; Chromium saves it as the server names it, not as the link's
    download attribute does."""
    chromium = _chromium()
    from playwright.sync_api import sync_playwright

    url, data = served
    (data / "drafts").mkdir(exist_ok=True)
    (data / "drafts" / "NUL.report.md").write_text("# 报告\n", encoding="utf-8")
    with sync_playwright() as playwright:
        browser = _browser(playwright, chromium)
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 800}, accept_downloads=True)
            page = context.new_page()
            page.goto(url)
            page.click("#files-button")
            link = page.locator("a.file-link", has_text="NUL.report.md")
            link.wait_for(timeout=15_000)
            with page.expect_download() as waiting:
                link.click()
            assert waiting.value.suggested_filename == "_NUL.report.md"
            assert Path(waiting.value.path()).read_text(encoding="utf-8") == "# 报告\n"
        finally:
            browser.close()


def _type_a_provision(page, term: Terminal, rest: str) -> None:  # noqa: ANN001
    """In the author screen of the bundled example: 4.2, its first sentence start, ``rest`` typed after it."""
    page.bring_to_front()
    page.keyboard.press("ArrowDown")
    term.wait(r"▕ 4\.2 愿景、使命和战略")
    page.keyboard.press("Tab")
    page.wait_for_timeout(300)
    page.keyboard.press("Enter")
    term.wait(r"▊ 应建立 +▎")
    page.wait_for_timeout(300)
    page.keyboard.type(rest, delay=20)
    term.wait("应建立" + re.escape(rest))


def _offered(page) -> str | None:  # noqa: ANN001
    """The name the toolbar's 新文件，点击下载 offers, or None."""
    link = page.query_selector("#new-file-link")
    return link.text_content() if link else None


def _listed(page, name: str) -> bool:  # noqa: ANN001
    """Whether the page's files list (shown or not) has taken in ``name``."""
    return page.locator("a.file-link", has_text=name).count() > 0


def test_the_toolbar_offers_the_file_this_tab_wrote_never_another_tabs_or_a_backup(served) -> None:
    """QA pass 12, finding A4: the toolbar offered every file new since the last poll, the oldest last, so
    with two tabs on one project the tab whose save was refused offered the other tab's save, not its own
    rescue copy, and the other tab later offered that rescue copy. An F5 replacing a draft writes the
    draft and its backup (with the old draft's date); both in one poll, the backup was offered."""
    chromium = _chromium()
    from playwright.sync_api import sync_playwright

    url, data = served
    project = data / "elderly-care.yaml"
    draft, backup = data / "elderly-care.docx", data / "elderly-care.bak.docx"

    def polls(route) -> None:  # noqa: ANN001 - a page's files poll fails while held
        route.abort()

    def is_poll(address: str) -> bool:
        return urlparse(address).path == "/files"

    with sync_playwright() as playwright:
        browser = _browser(playwright, chromium)
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 800})
            first, second = context.new_page(), context.new_page()
            one, two = Terminal(first), Terminal(second)
            first.goto(url)
            one.wait(r"4\.1 行业现状与特点")
            second.goto(url.split("?")[0])  # the cookie is the context's already
            two.wait(r"4\.1 行业现状与特点")
            second.wait_for_timeout(3500)  # both pages have taken their first listing: what comes next is new
            _type_a_provision(first, one, "甲方案。")
            _type_a_provision(second, two, "乙方案。")

            # Tab 1 saves; tab 2's save is refused and writes its rescue copy. Tab 2 sees both files in one poll.
            second.route(is_poll, polls)
            first.bring_to_front()
            first.keyboard.press("Control+s")
            _until(lambda: "应建立甲方案。" in project.read_text(encoding="utf-8"), 15, first, "tab 1's save")
            one.wait("已保存")
            _until(lambda: _offered(first) == project.name, 10, first, "tab 1 to offer its save")
            second.bring_to_front()
            second.keyboard.press("Control+s")
            two.wait("你的修改已另存为")
            rescues = list(data.glob("elderly-care.未保存的修改-*.yaml"))
            assert len(rescues) == 1, rescues
            rescue = rescues[0].name
            second.unroute(is_poll, polls)
            _until(lambda: _listed(second, rescue), 10, second, "tab 2 to list the rescue copy")
            assert _offered(second) == rescue, "tab 2 offers its own rescue copy, not tab 1's save"
            _until(lambda: _listed(first, rescue), 10, first, "tab 1 to list the rescue copy")
            assert _offered(first) == project.name, "tab 1 is not offered tab 2's rescue copy"

            # Tab 1 exports a draft (offered), then replaces it: the draft and its backup come in one poll.
            second.keyboard.press("Enter")  # tab 2's dialog closed
            first.bring_to_front()
            first.keyboard.press("F5")
            one.wait("Word 草案保存到")
            first.keyboard.press("Enter")
            one.wait("Word 草案已生成")
            first.keyboard.press("Enter")
            _until(lambda: _offered(first) == draft.name, 10, first, "tab 1 to offer its draft")
            first.route(is_poll, polls)
            first.evaluate("document.getElementById('new-file-link').dataset.before = 'yes'")
            first.keyboard.press("F5")
            one.wait("Word 草案保存到")
            first.keyboard.press("Enter")
            one.wait("旧文件将另存为")
            first.keyboard.press("Shift+Tab")  # from 取消 to 覆盖
            first.wait_for_timeout(300)
            first.keyboard.press("Enter")
            one.wait("Word 草案已生成")
            assert backup.is_file() and backup.stat().st_mtime < draft.stat().st_mtime
            first.keyboard.press("Enter")
            first.unroute(is_poll, polls)
            _until(lambda: _listed(first, backup.name), 10, first, "tab 1 to list the backup")
            _until(lambda: first.evaluate("!document.getElementById('new-file-link').dataset.before"), 10, first,
                   "tab 1 to offer the replaced draft anew")
            assert _offered(first) == draft.name, "the draft just written, not its backup"
            first.screenshot(path=str(artifacts() / "studio-offered-draft.png"))

            _until(lambda: _listed(second, backup.name), 10, second, "tab 2 to list the draft and its backup")
            assert _offered(second) == rescue, "tab 2 is offered none of tab 1's files"
        finally:
            browser.close()
