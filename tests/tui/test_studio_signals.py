"""SIGTERM and SIGHUP: the typing of the last moments reaches the autosave, and the terminal is given back."""

from __future__ import annotations

import os
import select
import signal
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest

from authoring.tui.app import StudioApp
from authoring.tui.session import Session
from tests.tui.conftest import type_text

ROOT = Path(__file__).resolve().parents[2]
LEAVE_ALT_SCREEN = b"\x1b[?1049l"


@pytest.fixture
def no_default_kill():
    """Should the studio not handle a signal, the test process must survive it (and the test fail)."""
    caught: list[int] = []
    previous = {sig: signal.signal(sig, lambda s, f: caught.append(s)) for sig in (signal.SIGTERM, signal.SIGHUP)}
    yield caught
    for sig, handler in previous.items():
        signal.signal(sig, handler)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
async def test_a_signal_flushes_the_autosave_and_exits(project_path: Path, checklist, no_default_kill, signum) -> None:
    # Long delays: the typed text is still waiting for both when the signal comes.
    app = StudioApp(project_path, checklist=checklist, autosave_delay=600, edit_delay=600)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        app.screen.select_item("5.2")
        await pilot.press("ctrl+o", "tab", "tab", "tab")
        await type_text(pilot, "宜明确员工职责")
        assert not Session.sidecar_of(project_path).exists()
        os.kill(os.getpid(), signum)
        for _ in range(100):
            await pilot.pause(0.02)
            if not app.is_running:
                break
    assert not no_default_kill, "the studio did not handle the signal"
    assert app.return_code == 128 + signum
    sidecar = Session.sidecar_of(project_path)
    assert "宜明确员工职责" in sidecar.read_text(encoding="utf-8")
    assert "宜明确员工职责" not in project_path.read_text(encoding="utf-8"), "a signal never saves over the file"
    assert signal.getsignal(signum) is not signal.SIG_DFL, "the handler in place before the studio is back"


def _read_until(fd: int, needle: bytes, limit: float) -> bytes:
    out = b""
    end = time.monotonic() + limit
    while time.monotonic() < end and needle not in out:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
    return out


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and pseudo-terminals")
def test_sigterm_in_a_real_terminal_restores_it(tmp_path: Path) -> None:
    """The launcher in a pseudo-terminal: typing, SIGTERM, then the alternate screen is left and the text kept."""
    import fcntl
    import pty
    import termios

    from authoring.checklist import load_packs
    from authoring.project import new_project

    project = tmp_path / "p.yaml"
    new_project("养老机构卓越服务指南", kind="GB/T", function="指南", checklist=load_packs().get("excellence-guide"), version=1).save(project)
    env = {**os.environ, "STDAUTHOR_CONFIG_DIR": str(tmp_path / "config"), "TERM": "xterm-256color",
           "COLUMNS": "120", "LINES": "32"}
    main, child = pty.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 32, 120, 0, 0))
    proc = subprocess.Popen([sys.executable, str(ROOT / "tui.py"), str(project)], stdin=child, stdout=child,
                            stderr=child, cwd=tmp_path, env=env, start_new_session=True)
    os.close(child)
    try:
        screen = _read_until(main, "覆盖度".encode(), 30)
        assert "覆盖度".encode() in screen, screen[-400:]
        os.write(main, b"\x0f")  # Ctrl+O: the outline
        time.sleep(0.3)
        os.write(main, b"\t\t")  # past the sentence starts into the provisions of 4.1 (no methods)
        time.sleep(0.3)
        os.write(main, "宜明确员工职责".encode())
        time.sleep(0.5)
        proc.send_signal(signal.SIGTERM)
        tail = _read_until(main, LEAVE_ALT_SCREEN, 15)
        assert proc.wait(timeout=15) == 128 + signal.SIGTERM
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(main)
    assert LEAVE_ALT_SCREEN in tail, "the terminal is back on the normal screen"
    assert "宜明确员工职责" in Session.sidecar_of(project).read_text(encoding="utf-8")
