"""A Word 97 .doc in the served studio: converted by the server, checked in the jailed studio.

The studio process may not start LibreOffice (its jail refuses programs, /dev/null for writing
and /tmp); the server converts a .doc when it is uploaded, or when it is already in the folders
at start, and the studio reads that conversion. These tests run the studio exactly as the server
starts it (:func:`authoring.web.server.session_command`) and check the draft on its check screen.
"""

from __future__ import annotations

import asyncio
import json
import os
import shlex
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytest.importorskip("textual_serve")

from aiohttp.test_utils import TestClient

from authoring.web import converted
from authoring.web.server import session_command
from tests.web.test_serve_server import _login, _origin, _server, _upload_form, run


@pytest.fixture(scope="module")
def word97(tmp_path_factory: pytest.TempPathFactory, built_draft: Path) -> Path:
    """The built example saved as a Word 97 .doc by LibreOffice."""
    from tests.conftest import soffice_or_skip

    soffice = soffice_or_skip()
    folder = tmp_path_factory.mktemp("word97")
    subprocess.run([soffice, f"-env:UserInstallation=file://{folder / 'lo'}", "--headless", "--convert-to",
                    "doc:MS Word 97", "--outdir", str(folder), str(built_draft)],
                   check=True, capture_output=True, timeout=180)
    doc = (folder / built_draft.name).with_suffix(".doc")
    assert doc.is_file()
    return doc


# In the studio process as served: the studio's start page, "c", the file's name, Enter.
_STUDIO = textwrap.dedent("""
    import asyncio, json, sys
    from authoring.web.session import enter, parse

    names = json.loads(sys.argv[1])
    app_class = enter(parse(sys.argv[2:]))

    async def main():
        from authoring.tui.screens.check import CheckScreen
        from authoring.tui.screens.start import StartScreen
        out = {}
        app = app_class(path=None, lang="zh")
        async with app.run_test(size=(120, 36)) as pilot:
            for name in names:
                for _ in range(200):
                    if isinstance(app.screen, CheckScreen):
                        break
                    if isinstance(app.screen, StartScreen):
                        await pilot.press("c")
                    await pilot.pause(0.05)
                screen = app.screen
                assert isinstance(screen, CheckScreen), app.screen_stack
                app.clear_notifications()
                screen.query_one("#check-path").value = name
                await pilot.pause()
                await pilot.press("enter")
                for _ in range(1200):
                    await pilot.pause(0.05)
                    if screen.result is not None or app._notifications:
                        break
                if screen.result is not None:
                    out[name] = ["ok", screen.result.document.title or "",
                                 screen.result.document.converted_from or ""]
                else:
                    out[name] = ["failed", " | ".join(str(n.message) for n in app._notifications)]
                await pilot.press("escape")
                await pilot.pause(0.1)
            app.exit(0)
        from authoring.web.jail import _installed
        out["refused"] = _installed["jail"].refused
        print(json.dumps(out, ensure_ascii=False))

    asyncio.run(main())
""")


def _check_in_studio(server, names: list[str]) -> dict:
    """Check each draft of the drafts folder in a studio started as the server starts it."""
    command = shlex.split(session_command(server.folders, server.state, lang="zh", file=None))
    at = command.index("exec")
    env = dict(item.split("=", 1) for item in command[:at])
    argv = command[at + 1:]
    assert argv[1:3] == ["-m", "authoring.web.session"]
    out = subprocess.run([sys.executable, "-c", _STUDIO, json.dumps(names), *argv[3:]], capture_output=True,
                         text=True, timeout=300, env={**os.environ, **env}, cwd=server.folders.drafts,
                         check=False)
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_an_uploaded_doc_is_checked_in_the_jailed_studio(tmp_path: Path, word97: Path) -> None:
    server = _server(tmp_path)
    drafts = server.folders.drafts

    async def scenario(client: TestClient) -> None:
        await _login(client)
        response = await client.post("/upload", data=_upload_form("旧稿.doc", word97.read_bytes()),
                                     headers=_origin(client))
        body = await response.json()
        assert response.status == 200 and body["ok"], body

    run(server, scenario)
    store = converted.store(drafts)
    assert [p.name for p in store.iterdir()] == [f"{converted.digest(word97)}.docx"], "one copy, named by its bytes"
    # A .doc put there by other means (its bytes differ, so no conversion matches): one line what to do.
    (drafts / "另一稿.doc").write_bytes(word97.read_bytes() + b"\0")

    result = _check_in_studio(server, ["旧稿.doc", "另一稿.doc"])
    assert result["旧稿.doc"][0] == "ok", result
    assert "养老" in result["旧稿.doc"][1] and result["旧稿.doc"][2] == "doc", result
    state, message = result["另一稿.doc"]
    assert state == "failed" and "另一稿.doc" in message and "尚未由服务器转换" in message, message
    assert "内部错误" not in message and "\n" not in message, message
    assert result["refused"] == [], "the jail was never asked to let anything out"


def test_a_doc_already_in_the_folders_is_converted_when_the_server_starts(tmp_path: Path, word97: Path) -> None:
    server = _server(tmp_path)
    drafts = server.folders.drafts
    (drafts / "旧稿.doc").write_bytes(word97.read_bytes())

    async def scenario(client: TestClient) -> None:
        assert server.converting is not None
        await asyncio.wait_for(server.converting, 180)

    run(server, scenario)
    assert converted.stored(converted.store(drafts), converted.digest(word97)).is_file()
    assert not [p for p in converted.store(drafts).iterdir() if p.name.startswith(".")], "no half-made copy left"
    result = _check_in_studio(server, ["旧稿.doc"])
    assert result["旧稿.doc"][0] == "ok", result


def test_copies_of_doc_files_no_longer_there_are_removed_at_start(tmp_path: Path) -> None:
    """The store kept every conversion for ever; at start, copies whose .doc is gone (and half-made ones) go,
    a copy whose .doc is still there stays, and so does one newer than the listing (an upload's)."""
    import time

    from authoring.web import upload

    drafts = tmp_path / "drafts"
    store = converted.store(drafts)
    store.mkdir(parents=True)
    kept_doc = drafts / "留下.doc"
    kept_doc.write_bytes(b"not converted here: its copy is already stored")
    kept = converted.stored(store, converted.digest(kept_doc))
    gone = converted.stored(store, "0" * 64)
    half = store / ".present-abc.docx"
    for path in (kept, gone, half):
        path.write_bytes(b"docx")
        os.utime(path, (time.time() - 3600, time.time() - 3600))

    newer = converted.stored(store, "1" * 64)  # an upload's copy, made after the server listed the folders
    newer.write_bytes(b"docx")
    os.utime(newer, (time.time() + 60, time.time() + 60))

    assert asyncio.run(upload.convert_present([tmp_path, drafts], drafts)) == 0
    assert sorted(p.name for p in store.iterdir()) == sorted([kept.name, newer.name])
