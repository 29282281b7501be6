"""The server's own rules, without a browser: token, Host, Origin, uploads, downloads, the page."""

from __future__ import annotations

import asyncio
import io
import json
import zipfile
from pathlib import Path

import pytest

pytest.importorskip("textual_serve")

from aiohttp import FormData  # noqa: E402
from aiohttp.test_utils import TestClient, TestServer  # noqa: E402

from authoring.web.access import COOKIE, Policy  # noqa: E402
from authoring.web.folders import Folders  # noqa: E402
from authoring.web.server import StudioServer, content_disposition  # noqa: E402



def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]

TOKEN = "committee-token-1234"


def _server(tmp_path: Path, *, token: str | None = TOKEN, port: int = 0, limit: int = 20 * 1024 * 1024,
            font: Path | None = None) -> StudioServer:
    project, drafts = tmp_path / "project", tmp_path / "project" / "drafts"
    drafts.mkdir(parents=True, exist_ok=True)
    (project / "标准.yaml").write_text("metadata: {}\n", encoding="utf-8")
    state = tmp_path / "state"
    state.mkdir(exist_ok=True)
    return StudioServer(policy=Policy("127.0.0.1", port, token), folders=Folders(project, drafts), state=state,
                        upload_limit=limit, cjk_font=font)


def run(server: StudioServer, scenario, *, port: int | None = None) -> None:
    async def main() -> None:
        app = await server._make_app()
        client = TestClient(TestServer(app, host="127.0.0.1", port=port or free_port()))
        await client.start_server()
        try:
            await scenario(client)
        finally:
            await client.close()

    asyncio.run(main())


def _origin(client: TestClient) -> dict[str, str]:
    host = f"127.0.0.1:{client.port}"
    return {"Origin": f"http://{host}"}


async def _login(client: TestClient) -> None:
    response = await client.get(f"/?token={TOKEN}", allow_redirects=False)
    assert response.status == 303 and response.headers["Location"] == "/"
    cookie = response.cookies[COOKIE]
    assert cookie.value == TOKEN and cookie["httponly"] and cookie["samesite"] == "Strict"


def _upload_form(name: str, data: bytes) -> FormData:
    form = FormData()
    form.add_field("file", io.BytesIO(data), filename=name,
                   content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    return form


def test_without_the_token_nothing_is_served(tmp_path: Path) -> None:
    async def scenario(client: TestClient) -> None:
        for path in ("/", "/ws", "/files", "/files/project/标准.yaml", "/static/js/textual.js", "/fonts/cjk.otf",
                     "/sessions"):
            response = await client.get(path)
            assert response.status == 403, path
        page = await client.get("/")
        assert "token" in await page.text()
        wrong = await client.get("/?token=committee-token-9999", allow_redirects=False)
        assert wrong.status == 403
        upload = await client.post("/upload", data=_upload_form("a.docx", b"x"), headers=_origin(client))
        assert upload.status == 403

    run(_server(tmp_path), scenario)


def test_the_token_becomes_a_cookie_and_the_page_loads(tmp_path: Path) -> None:
    async def scenario(client: TestClient) -> None:
        await _login(client)
        page = await client.get("/")
        assert page.status == 200
        text = await page.text()
        assert 'id="terminal"' in text and "/static/js/textual.js" in text
        # Everything the page loads comes from this server: no CDN, no web fonts from outside.
        assert "https://" not in text and "http://" not in text and "googleapis" not in text
        assert page.headers["X-Frame-Options"] == "DENY"
        for asset in ("/static/js/textual.js", "/static/css/xterm.css", "/studio/studio.js", "/studio/studio.css",
                      "/static/fonts/RobotoMono-VariableFont_wght.ttf"):
            response = await client.get(asset)
            assert response.status == 200, asset
        script = await (await client.get("/static/js/textual.js")).text()
        assert "fonts.googleapis" not in script

    run(_server(tmp_path), scenario)


def test_a_websocket_from_another_site_is_refused(tmp_path: Path) -> None:
    async def scenario(client: TestClient) -> None:
        await _login(client)
        for path in ("/ws", "/ws/" + "ab" * 16):  # a tab's terminal carries the tab's id
            response = await client.get(path, headers={"Origin": "http://evil.example", "Connection": "Upgrade",
                                                       "Upgrade": "websocket", "Sec-WebSocket-Version": "13",
                                                       "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ=="})
            assert response.status == 403, path

    run(_server(tmp_path), scenario)


def test_loopback_without_token_checks_host_and_origin(tmp_path: Path) -> None:
    port = free_port()

    async def scenario(client: TestClient) -> None:
        assert (await client.get("/")).status == 200
        rebound = await client.get("/", headers={"Host": f"evil.example:{port}"})
        assert rebound.status == 421
        upload = await client.post("/upload", data=_upload_form("a.docx", b"x"),
                                   headers={"Origin": "http://evil.example"})
        assert upload.status == 403

    run(_server(tmp_path, token=None, port=port), scenario, port=port)


def test_upload_keeps_a_good_draft_and_refuses_hostile_ones(tmp_path: Path, built_draft: Path) -> None:
    server = _server(tmp_path, limit=2 * 1024 * 1024)
    drafts = server.folders.drafts
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (150 * 1024 * 1024))

    async def scenario(client: TestClient) -> None:
        await _login(client)
        headers = _origin(client)
        good = await client.post("/upload", data=_upload_form("../../养老机构服务规范.docx", built_draft.read_bytes()),
                                 headers=headers)
        body = await good.json()
        assert good.status == 200 and body["ok"], body
        assert body["name"] == "养老机构服务规范.docx" and "养老" in body["title"]
        assert (drafts / "养老机构服务规范.docx").read_bytes() == built_draft.read_bytes()
        again = await (await client.post("/upload", data=_upload_form("养老机构服务规范.docx", built_draft.read_bytes()),
                                         headers=headers)).json()
        assert again["name"] == "养老机构服务规范 (2).docx", "an upload never replaces a file"

        cases = {
            "fake.docx": (b"%PDF-1.7 not a word file", 422),
            "bomb.docx": (bomb.getvalue(), 422),
            "truncated.docx": (built_draft.read_bytes()[:4000], 422),
            "notes.txt": (b"hello", 415),
            "huge.docx": (b"\0" * (3 * 1024 * 1024), 413),
        }
        for name, (data, status) in cases.items():
            response = await client.post("/upload", data=_upload_form(name, data), headers=headers)
            result = await response.json()
            assert response.status == status, (name, result)
            assert not result["ok"] and "\n" not in result["message"] and result["message"], name
            if status == 422:
                assert result["message"].startswith(name), result["message"]
        left = sorted(p.name for p in drafts.iterdir())
        assert left == ["养老机构服务规范 (2).docx", "养老机构服务规范.docx"], "refused uploads leave nothing behind"

    run(server, scenario)


@pytest.fixture
def chinese():
    """The server's words in Chinese, whatever an earlier test left (the language is the process's)."""
    from authoring.i18n import get_lang, set_lang

    before = get_lang()
    set_lang("zh")
    yield
    set_lang(before)


def test_a_refusal_names_the_file_as_sent(tmp_path: Path, built_draft: Path, chinese) -> None:
    """QA pass 9, finding A5: notes.txt was refused as ``notes.txt.docx: 只接受 Word 草案…``, a file the user never sent."""
    server = _server(tmp_path)

    async def scenario(client: TestClient) -> None:
        await _login(client)
        headers = _origin(client)
        for sent in ("notes.txt", "noext", "evil.yaml", "C:\\Users\\王\\笔记.txt"):
            response = await client.post("/upload", data=_upload_form(sent, built_draft.read_bytes()), headers=headers)
            result = await response.json()
            assert response.status == 415, (sent, result)
            shown = sent.split("\\")[-1]
            assert result["message"].startswith(f"{shown}: "), result["message"]
            assert ".docx:" not in result["message"] and "只接受 Word 草案" in result["message"], result["message"]
        fake = await (await client.post("/upload", data=_upload_form("a<b>.docx", b"%PDF-1.7"), headers=headers)).json()
        assert fake["message"].startswith("a<b>.docx: "), fake["message"]

    run(server, scenario)


def test_a_long_chinese_name_is_shortened_and_kept(tmp_path: Path, built_draft: Path) -> None:
    """QA pass 9, finding A6: 200 × 长 + .docx (600 bytes) gave HTTP 500 and ``File name too long``."""
    server = _server(tmp_path)
    drafts = server.folders.drafts
    sent = "关于征求《养老机构服务规范》意见的函附件" + "长" * 200 + ".docx"

    async def scenario(client: TestClient) -> None:
        await _login(client)
        headers = _origin(client)
        names = []
        for _ in range(2):
            response = await client.post("/upload", data=_upload_form(sent, built_draft.read_bytes()), headers=headers)
            result = await response.json()
            assert response.status == 200 and result["ok"], result
            names.append(result["name"])
        for name in names:
            assert name.endswith(".docx") and len(name.encode("utf-8")) <= 255, name
            assert name.startswith("关于征求《养老机构服务规范》意见的函附件")
            assert (drafts / name).read_bytes() == built_draft.read_bytes()
        assert names[0] != names[1], "a second upload never replaces the first"

    run(server, scenario)


def test_a_name_too_long_for_the_folder_is_refused_in_chinese(tmp_path: Path, built_draft: Path,
                                                              monkeypatch: pytest.MonkeyPatch, chinese) -> None:
    """A file system with shorter names than 255 bytes (eCryptfs): a 4xx and a Chinese reason, never a 500 in English."""
    import errno

    from authoring.web import upload

    def too_long(*_):
        raise OSError(errno.ENAMETOOLONG, "File name too long")

    monkeypatch.setattr(upload.os, "link", too_long)
    server = _server(tmp_path)

    async def scenario(client: TestClient) -> None:
        await _login(client)
        response = await client.post("/upload", data=_upload_form("长" * 60 + ".docx", built_draft.read_bytes()),
                                     headers=_origin(client))
        result = await response.json()
        assert response.status == 400, result
        assert "文件名过长" in result["message"] and "File name" not in result["message"], result["message"]
        assert sorted(p.name for p in server.folders.drafts.iterdir()) == [], "nothing is left behind"

    run(server, scenario)


def test_a_word_97_doc_is_uploaded_as_it_is_and_read_through_libreoffice(tmp_path: Path, built_draft: Path) -> None:
    import subprocess

    from tests.conftest import soffice_or_skip

    soffice = soffice_or_skip()
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--headless", "--convert-to",
                    "doc:MS Word 97", "--outdir", str(tmp_path / "doc"), str(built_draft)],
                   check=True, capture_output=True, timeout=180)
    doc = (tmp_path / "doc" / built_draft.name).with_suffix(".doc")
    server = _server(tmp_path)
    drafts = server.folders.drafts

    async def scenario(client: TestClient) -> None:
        await _login(client)
        headers = _origin(client)
        response = await client.post("/upload", data=_upload_form("旧稿.doc", doc.read_bytes()), headers=headers)
        body = await response.json()
        assert response.status == 200 and body["ok"], body
        assert body["name"] == "旧稿.doc" and "养老" in body["title"]
        assert (drafts / "旧稿.doc").read_bytes() == doc.read_bytes()
        fake = await client.post("/upload", data=_upload_form("fake.doc", b"%PDF-1.7 not a word file"), headers=headers)
        result = await fake.json()
        assert fake.status == 422 and result["message"].startswith("fake.doc"), result
        listing = await (await client.get("/files")).json()
        assert ("drafts", "旧稿.doc") in {(f["folder"], f["name"]) for f in listing["files"]}
        assert sorted(p.name for p in drafts.iterdir() if not p.name.startswith(".")) == ["旧稿.doc"]
        # LibreOffice's .docx of it is kept for the studio, which may not run LibreOffice (test_serve_doc).
        assert [p.suffix for p in (drafts / ".stdauthor-doc").iterdir()] == [".docx"]

    run(server, scenario)


def test_files_are_listed_and_downloaded_by_name_only(tmp_path: Path) -> None:
    server = _server(tmp_path)
    (server.folders.drafts / "草案.report.md").write_text("# 报告\n", encoding="utf-8")
    (tmp_path / "secret.md").write_text("secret", encoding="utf-8")

    async def scenario(client: TestClient) -> None:
        await _login(client)
        listing = await (await client.get("/files")).json()
        names = {(f["folder"], f["name"]) for f in listing["files"]}
        assert names == {("project", "标准.yaml"), ("drafts", "草案.report.md")}
        entry = next(f for f in listing["files"] if f["name"] == "草案.report.md")
        response = await client.get(entry["url"])
        assert response.status == 200
        assert (await response.read()).decode("utf-8") == "# 报告\n"
        assert "filename*=UTF-8''%E8%8D%89%E6%A1%88.report.md" in response.headers["Content-Disposition"]
        for path in ("/files/drafts/..%2F..%2Fsecret.md", "/files/drafts/../../secret.md", "/files/project/drafts",
                     "/files/etc/passwd", "/static/../../authoring/web/server.py"):
            assert (await client.get(path)).status == 404, path

    run(server, scenario)


def test_content_disposition_keeps_chinese_names() -> None:
    value = content_disposition("养老 规范.report.md")
    assert value.startswith('attachment; filename="') and "filename*=UTF-8''%E5%85%BB" in value
    assert value.isascii()


def test_sessions_past_the_limit_are_refused(tmp_path: Path) -> None:
    server = _server(tmp_path)
    server.max_sessions = 1
    server.sessions = 1  # one tab already open

    async def scenario(client: TestClient) -> None:
        await _login(client)
        response = await client.get("/ws", headers={**_origin(client), "Connection": "Upgrade", "Upgrade": "websocket",
                                                     "Sec-WebSocket-Version": "13",
                                                     "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ=="})
        assert response.status == 503 and "1" in await response.text()

    run(server, scenario)


def test_the_printed_addresses() -> None:
    from authoring.cli.serve_cmd import addresses

    assert addresses("127.0.0.1", 8000, None) == ["http://127.0.0.1:8000/"]
    assert addresses("::1", 8000, "tok") == ["http://[::1]:8000/?token=tok"]
    wildcard = addresses("0.0.0.0", 8080, "tok")
    assert wildcard[-1] == "http://127.0.0.1:8080/?token=tok" and len(wildcard) == 2


@pytest.mark.parametrize("how", ["timeout", "server-stops"])
def test_a_stopped_reading_leaves_no_libreoffice_running(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                         how: str) -> None:
    """LibreOffice runs in a session of its own; stopping the reading child (its time limit, or the server
    stopping while it reads) stops LibreOffice too, instead of leaving it to run on its own."""
    import os
    import time

    from authoring.docx import legacy
    from authoring.web import upload

    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    pid_file = tmp_path / "soffice.pid"
    fake = bin_dir / "soffice"
    fake.write_text(f"#!/bin/sh\necho $$ > {pid_file}\nsleep 60\n", encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    doc = tmp_path / "旧稿.doc"
    doc.write_bytes(legacy.OLE_MAGIC + b"\0" * 504 + "WordDocument".encode("utf-16-le"))

    async def reading() -> None:
        if how == "timeout":
            ok, said = await upload.validate(doc, doc.name, timeout=4, keep=tmp_path / "kept.docx")
            assert not ok and said.startswith("旧稿.doc") and "4" in said, said
            return
        task = asyncio.ensure_future(upload.validate(doc, doc.name, timeout=60, keep=tmp_path / "kept.docx"))
        for _ in range(200):
            if pid_file.is_file() and pid_file.read_text().strip():
                break
            await asyncio.sleep(0.05)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    began = time.monotonic()
    asyncio.run(reading())
    assert time.monotonic() - began < 30
    pid = int(pid_file.read_text())
    for _ in range(100):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.05)
    else:
        os.kill(pid, 9)
        pytest.fail("LibreOffice was left running")
    assert not (tmp_path / "kept.docx").exists()


def test_the_page_can_ask_whether_the_session_limit_is_reached(tmp_path: Path, chinese) -> None:
    """QA pass 9, finding B5: a tab refused for --max-sessions asks /sessions to say so."""
    server = _server(tmp_path)
    server.max_sessions = 2

    async def scenario(client: TestClient) -> None:
        await _login(client)
        assert await (await client.get("/sessions")).json() == {"open": 0, "max": 2}
        server.sessions = 2
        assert await (await client.get("/sessions")).json() == {"open": 2, "max": 2}
        page = await (await client.get("/")).text()
        assert "同时打开的会话已达上限（2个）" in page

    run(server, scenario)


def test_a_download_asked_for_by_another_site_is_refused(tmp_path: Path, chinese) -> None:
    """QA pass 9, finding B10: ``GET /files/…`` answered 200 with a foreign Origin. Chromium sends no Origin
    for a link's GET, only ``Sec-Fetch-Site`` (cross-site, or same-site from another port), so both are
    looked at; the studio's own links (same-origin), a typed address (none) and clients that send neither
    still download. Served on loopback without a token, where no cookie stops another site's page."""
    port = free_port()

    async def scenario(client: TestClient) -> None:
        url = "/files/project/" + "%E6%A0%87%E5%87%86.yaml"  # 标准.yaml
        foreign = [{"Origin": "http://evil.example"}, {"Origin": "null"},
                   {"Origin": "http://evil.example", "Sec-Fetch-Site": "cross-site"},
                   {"Sec-Fetch-Site": "cross-site"}, {"Sec-Fetch-Site": "same-site"}]
        for headers in foreign:
            for path in (url, "/files"):
                response = await client.get(path, headers=headers)
                said = await response.text()
                assert response.status == 403, (path, headers)
                assert said.startswith("来源不符") and "\n" not in said and "标准" not in said, said
        for headers in ({}, _origin(client), {"Sec-Fetch-Site": "same-origin"}, {"Sec-Fetch-Site": "none"},
                        {**_origin(client), "Sec-Fetch-Site": "same-origin"}):
            response = await client.get(url, headers=headers)
            assert response.status == 200, headers
            assert await response.text() == "metadata: {}\n"
            assert (await client.get("/files", headers=headers)).status == 200, headers

    run(_server(tmp_path, token=None, port=port), scenario, port=port)


def test_a_download_whose_only_sign_is_a_foreign_referer_is_refused(tmp_path: Path, chinese) -> None:
    """QA pass 12, finding B10: a browser that sends neither Origin nor ``Sec-Fetch-Site`` with a link's GET
    (older Safari) still sends the linking page as ``Referer``: another site's page got 200. A Referer from
    the studio's own page downloads, and so does a request without one (curl, a typed address)."""
    port = free_port()

    async def scenario(client: TestClient) -> None:
        url = "/files/project/" + "%E6%A0%87%E5%87%86.yaml"  # 标准.yaml
        own = f"http://127.0.0.1:{client.port}"
        for referer in ("https://evil.example/page.html", "http://evil.example/", f"http://127.0.0.1:{client.port + 1}/",
                        f"https://127.0.0.1:{client.port}.evil.example/", f"http://localhost:{client.port}@evil.example/",
                        "about:blank", "not an address"):
            for path in (url, "/files"):
                response = await client.get(path, headers={"Referer": referer})
                said = await response.text()
                assert response.status == 403, (path, referer)
                assert said.startswith("来源不符") and "\n" not in said and "标准" not in said, said
        for headers in ({}, {"Referer": own + "/"}, {"Referer": own}, {"Referer": f"https://127.0.0.1:{client.port}/x?y"},
                        {"Referer": ""}, {"Referer": own + "/", "Sec-Fetch-Site": "same-origin"}):
            response = await client.get(url, headers=headers)
            assert response.status == 200, headers
            assert await response.text() == "metadata: {}\n"

    run(_server(tmp_path, token=None, port=port), scenario, port=port)


def test_the_files_list_marks_what_the_asking_tabs_studio_wrote(tmp_path: Path) -> None:
    """QA pass 12, finding A4: the toolbar offered any new file, another tab's too. ``/files?tab=`` marks
    ``offer`` on the files that tab's studio wrote last (its record, authoring.web.written), not a backup."""
    server = _server(tmp_path)
    project, drafts = server.folders.project, server.folders.drafts
    (project / "标准.docx").write_bytes(b"x")
    (project / "标准.bak.docx").write_bytes(b"x")
    (drafts / "草案.report.md").write_text("x", encoding="utf-8")
    mine, other = "ab" * 16, "cd" * 16

    async def scenario(client: TestClient) -> None:
        await _login(client)
        records = server.state / "written"
        assert records.is_dir(), "made when the server starts"
        record = {str((project / name).resolve()): 1.0 for name in ("标准.yaml", "标准.docx", "标准.bak.docx")}
        (records / f"{mine}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        (records / f"{other}.json").write_text(json.dumps({str((project / "标准.docx").resolve()): 2.0,
                                                           str((drafts / "草案.report.md").resolve()): 1.0},
                                                          ensure_ascii=False), encoding="utf-8")

        async def offers(query: str) -> set[str]:
            listing = await (await client.get("/files" + query)).json()
            return {f["name"] for f in listing["files"] if f["offer"]}

        assert await offers(f"?tab={mine}") == {"标准.yaml"}, "标准.docx was written by the other tab since"
        assert await offers(f"?tab={other}") == {"标准.docx", "草案.report.md"}
        for query in ("", "?tab=", "?tab=../written/" + mine, f"?tab={'ef' * 16}"):
            assert await offers(query) == set(), query

    run(server, scenario)


def test_a_windows_device_name_is_neither_kept_nor_offered(tmp_path: Path, built_draft: Path, chinese) -> None:
    """QA pass 9, finding B9: ``CON.docx`` was accepted as it was and offered for download under a name Windows
    cannot create. It is kept as ``_CON.docx``, and the upload's message says why; a file already called so
    in a folder is listed under its own name and downloaded as ``_NUL.report.md``."""
    server = _server(tmp_path)
    drafts = server.folders.drafts
    (drafts / "NUL.report.md").write_text("# 报告\n", encoding="utf-8")

    async def scenario(client: TestClient) -> None:
        await _login(client)
        headers = _origin(client)
        kept = []
        for sent in ("CON.docx", "lpt1 .docx", "Aux.docx.", "com¹.doc x.docx", "COM0.docx"):
            response = await client.post("/upload", data=_upload_form(sent, built_draft.read_bytes()), headers=headers)
            result = await response.json()
            assert response.status == 200 and result["ok"], (sent, result)
            assert "Windows" in result["message"] and "\n" not in result["message"], result["message"]
            kept.append(result["name"])
        assert kept == ["_CON.docx", "_lpt1.docx", "_Aux.docx", "_com¹.doc x.docx", "_COM0.docx"]
        assert (drafts / "_CON.docx").read_bytes() == built_draft.read_bytes()
        plain = await (await client.post("/upload", data=_upload_form("CONTROL.docx", built_draft.read_bytes()),
                                         headers=headers)).json()
        assert plain["name"] == "CONTROL.docx" and "Windows" not in plain["message"], plain

        listing = await (await client.get("/files")).json()
        entry = next(f for f in listing["files"] if f["name"] == "NUL.report.md")
        response = await client.get(entry["url"])
        assert response.status == 200 and await response.text() == "# 报告\n"
        disposition = response.headers["Content-Disposition"]
        assert 'filename="_NUL.report.md"' in disposition and "filename*=UTF-8''_NUL.report.md" in disposition

    run(server, scenario)
