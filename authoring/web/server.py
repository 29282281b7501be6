"""textual-serve's server for the studio, with access control, files in and out, and fonts.

Imported only by ``stdauthor serve`` (it needs textual-serve and aiohttp). Routes:

* ``/`` – the page: the browser terminal, a toolbar to upload a draft and a list of files to
  download. ``/?token=…`` sets the token cookie and redirects to ``/``.
* ``/ws/{tab}`` (or ``/ws``) – a browser tab's terminal: each connection starts its own studio process
  (:mod:`authoring.web.session`), at most ``max_sessions`` at once; ``tab`` is the page's own random id,
  under which its studio records the files it writes (:mod:`authoring.web.written`).
* ``/sessions`` – how many studios run and how many may (the page says so when its tab was refused).
* ``/files`` (JSON list; ``?tab=`` marks the files that tab's studio just wrote, to offer them),
  ``/files/{folder}/{name}`` (one file) – downloads from the two folders.
* ``/upload`` (POST, multipart field ``file``) – a .docx (or Word 97 .doc) into the drafts folder
  (a .doc is converted here, where LibreOffice may run: see :mod:`authoring.web.converted`).
* ``/download/{key}`` – files the studio itself sends (``App.deliver_binary``).
* ``/static/…`` (textual-serve's xterm.js, css, Roboto Mono), ``/studio/…`` (this page's own
  script and style), ``/fonts/cjk.otf`` (see :mod:`authoring.web.fonts`).
"""

from __future__ import annotations

import asyncio
import contextvars
import html
import json
import logging
import mimetypes
import os
import shlex
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

import aiohttp_jinja2
import jinja2
from markupsafe import Markup
from aiohttp import web
from textual_serve.server import Server

from authoring.i18n import get_lang, tr
from authoring.web import converted, upload, written
from authoring.web.access import COOKIE, Policy
from authoring.web.folders import Folders, portable_name
from authoring.web.fonts import UNICODE_RANGE

HERE = Path(__file__).resolve().parent
UPLOADS_AT_ONCE = 2
log = logging.getLogger("stdauthor.serve")
#: The tab whose terminal is being opened, set in that request's own task, where textual-serve reads
#: :attr:`StudioServer.command`.
_TAB: contextvars.ContextVar[str | None] = contextvars.ContextVar("stdauthor_tab", default=None)

_SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": "frame-ancestors 'none'",
}


def session_command(folders: Folders, state: Path, *, lang: str, file: Path | None,
                    record: Path | None = None) -> str:
    """The shell command textual-serve runs for each browser tab (its studio records what it writes in
    ``record``)."""
    argv = [sys.executable, "-m", "authoring.web.session", "--cwd", str(folders.drafts), "--lang", lang,
            "--doc-store", str(converted.store(folders.drafts)), "--temp", str(state / "tmp")]
    for root in [*folders.roots(), state]:
        argv += ["--root", str(root)]
    if record is not None:
        argv += ["--record", str(record)]
    if file is not None:
        argv.append(str(file))
    # The studio's own state (recent files, parsed-pack cache) lives in the server's state folder,
    # one of the folders the session may write.
    env = {"STDAUTHOR_CONFIG_DIR": str(state), "STDAUTHOR_CACHE_DIR": str(state / "cache"),
           "PYTHONDONTWRITEBYTECODE": "1", "STDAUTHOR_LANG": lang}
    return " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items()) + " exec " + shlex.join(argv)


def content_disposition(name: str, *, inline: bool = False) -> str:
    """``attachment; filename="ascii"; filename*=UTF-8''…`` so Chinese names arrive whole, and under a name
    Windows can create (``CON.md`` as ``_CON.md``)."""
    name = portable_name(name)
    ascii_name = "".join(c if 32 <= ord(c) < 127 and c not in '"\\' else "_" for c in name) or "download"
    kind = "inline" if inline else "attachment"
    return f"{kind}; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name, safe='')}"


class StudioServer(Server):
    """The studio served to browsers. ``policy`` says who may connect, ``folders`` what they reach."""

    def __init__(
        self, *, policy: Policy, folders: Folders, state: Path, file: Path | None = None,
        upload_limit: int = upload.DEFAULT_LIMIT, max_sessions: int = 8, cjk_font: Path | None = None,
        title: str = "stdauthor",
    ) -> None:
        self.policy, self.folders, self.state, self.file = policy, folders, state, file
        self.lang = get_lang()
        self.records = state / "written"  # what each tab's studio wrote (authoring.web.written)
        super().__init__(self.command, host=policy.host, port=policy.port, title=title,
                         templates_path=HERE / "templates")
        self.upload_limit = upload_limit
        self.max_sessions = max_sessions
        self.cjk_font = cjk_font
        self.sessions = 0
        self.upload_slots: asyncio.Semaphore | None = None
        self.runner: web.AppRunner | None = None
        self.bound_port: int | None = None
        self.converting: asyncio.Task | None = None

    @property
    def command(self) -> str:
        """The command textual-serve runs for the tab whose terminal is being opened."""
        return session_command(self.folders, self.state, lang=self.lang, file=self.file,
                               record=written.record_path(self.records, _TAB.get()))

    @command.setter
    def command(self, value: str) -> None:
        """textual-serve's constructor sets its one command; the studio's is made for each tab."""

    # -- the aiohttp application ---------------------------------------------------

    async def _make_app(self) -> web.Application:
        app = web.Application(middlewares=[self.guard], client_max_size=self.upload_limit + 1024 * 1024)
        aiohttp_jinja2.setup(app, loader=jinja2.FileSystemLoader(self.templates_path), autoescape=True)
        app.add_routes([
            web.get("/", self.handle_index, name="index"),
            web.get("/ws", self.handle_websocket, name="websocket"),
            web.get("/ws/{tab}", self.handle_websocket, name="tab-websocket"),
            web.get("/download/{key}", self.handle_download, name="download"),
            web.get("/sessions", self.handle_sessions, name="sessions"),
            web.get("/files", self.handle_files, name="files"),
            web.get("/files/{folder}/{name}", self.handle_file, name="file"),
            web.post("/upload", self.handle_upload, name="upload"),
            web.get("/fonts/cjk.otf", self.handle_font, name="font"),
            web.get("/favicon.ico", self.handle_favicon, name="favicon"),
            web.static("/static", self.statics_path, name="static"),
            web.static("/studio", HERE / "static", name="studio"),
        ])
        app.on_startup.append(self.on_startup)
        app.on_shutdown.append(self.on_shutdown)
        return app

    @web.middleware
    async def guard(self, request: web.Request, handler: Callable) -> web.StreamResponse:
        """Host, token and Origin checks (downloads: not for another site's page) before any handler;
        security headers after."""
        if not self.policy.host_ok(request.headers.get("Host")):
            return self._refuse(request, 421, tr("地址不符", "misdirected request"))
        query_token = request.query.get("token")
        if request.path == "/" and query_token is not None:
            if not self.policy.token_ok(query_token):
                return self._refuse(request, 403, tr("口令不对", "wrong token"))
            response = web.Response(status=303, headers={"Location": "/"})
            response.set_cookie(COOKIE, query_token, httponly=True, samesite="Strict", path="/")
            return self._harden(response)
        if not self.policy.token_ok(request.cookies.get(COOKIE)):
            return self._refuse(request, 403, tr(
                "此工作室需要口令：请打开 stdauthor serve 打印的完整地址（含 ?token=…）",
                "this studio needs its token: open the whole address stdauthor serve printed (with ?token=…)"))
        terminal = request.path == "/ws" or request.path.startswith("/ws/")
        if (terminal or request.method != "GET") and not Policy.origin_ok(
                request.headers.get("Origin"), request.headers.get("Host")):
            return self._refuse(request, 403, tr("来源不符", "cross-site request refused"))
        if (request.path == "/files" or request.path.startswith("/files/")) and not Policy.download_ok(
                request.headers.get("Origin"), request.headers.get("Host"), request.headers.get("Sec-Fetch-Site"),
                request.headers.get("Referer")):
            return self._refuse(request, 403, tr("来源不符：文件只能从工作室页面下载",
                                                 "cross-site request refused: files download from the studio's own page"))
        try:
            response = await handler(request)
        except web.HTTPException as exc:
            raise self._harden(exc)
        return self._harden(response)

    @staticmethod
    def _harden(response):
        for key, value in _SECURITY_HEADERS.items():
            response.headers.setdefault(key, value)
        return response

    def _refuse(self, request: web.Request, status: int, message: str) -> web.Response:
        if request.path == "/":
            body = (f"<!DOCTYPE html><html lang=\"{self.lang}\"><head><meta charset=\"utf-8\">"
                    f"<title>stdauthor</title></head><body><p id=\"refused\">{html.escape(message)}</p></body></html>")
            response = web.Response(status=status, text=body, content_type="text/html")
        else:
            response = web.Response(status=status, text=message)
        return self._harden(response)

    # -- the page and the terminal -------------------------------------------------

    async def handle_index(self, request: web.Request) -> web.Response:
        labels = _labels()
        labels["limit"] = tr(f"同时打开的会话已达上限（{self.max_sessions}个），本标签页的工作室没有启动。请关闭另一个标签页，再点“重新开始”。",
                             f"The limit of {self.max_sessions} session{'s' if self.max_sessions != 1 else ''} open at "
                             "once is reached: this tab's studio did not start. Close another tab, then press Restart.")
        config = {"labels": labels, "uploadLimit": self.upload_limit,
                  "uploadMb": f"{self.upload_limit / (1024 * 1024):g}"}
        context = {
            "lang": self.lang,
            "title": self.title,
            "font_size": max(8, min(40, _int(request.query.get("fontsize"), 16))),
            "cjk_font": self.cjk_font is not None,
            "unicode_range": UNICODE_RANGE,
            "t": labels,
            # JSON inside <script>: "<" escaped so no "</script>" can close it early.
            "config_json": Markup(json.dumps(config, ensure_ascii=False).replace("<", "\\u003c")),
        }
        response = aiohttp_jinja2.render_template("studio.html", request, context)
        response.headers["Cache-Control"] = "no-store"
        return response

    async def handle_websocket(self, request: web.Request) -> web.StreamResponse:
        """One studio process per connection, refused past ``max_sessions``; what it writes is recorded
        for its tab while it runs."""
        if self.sessions >= self.max_sessions:
            return web.Response(status=503, text=tr(
                f"同时打开的会话已达上限（{self.max_sessions}）", f"too many sessions at once (limit {self.max_sessions})"))
        self.sessions += 1
        tab = request.match_info.get("tab")
        opening = _TAB.set(tab)
        try:
            return await super().handle_websocket(request)
        finally:
            _TAB.reset(opening)
            self.sessions -= 1
            record = written.record_path(self.records, tab)
            if record is not None:
                record.unlink(missing_ok=True)

    async def handle_sessions(self, request: web.Request) -> web.Response:
        """How many studios run now and how many may: a tab whose terminal closed before it ever opened
        asks, to say it was the limit (a refused handshake tells the page nothing)."""
        return web.json_response({"open": self.sessions, "max": self.max_sessions},
                                 headers={"Cache-Control": "no-store"})

    async def handle_download(self, request: web.Request) -> web.StreamResponse:
        """textual-serve's download, with a file name that survives Chinese characters."""
        key = request.match_info["key"]
        try:
            meta = await self.download_manager.get_download_metadata(key)
        except KeyError:
            raise web.HTTPNotFound(text="no such download")
        response = web.StreamResponse()
        content_type = meta.mime_type + (f"; charset={meta.encoding}" if meta.encoding else "")
        response.headers["Content-Type"] = content_type
        response.headers["Content-Disposition"] = content_disposition(meta.file_name, inline=meta.open_method == "browser")
        self._harden(response)
        await response.prepare(request)
        async for chunk in self.download_manager.download(key):
            await response.write(chunk)
        await response.write_eof()
        return response

    # -- files in and out ----------------------------------------------------------

    async def handle_files(self, request: web.Request) -> web.Response:
        """The files of the two folders, newest first in each; ``offer``: the studio of the tab asking
        (``?tab=``) wrote the file last of all tabs, and it is no backup (:func:`authoring.web.written.offered`)."""
        folders = self.folders.keyed()
        mine = written.offered(self.records, request.query.get("tab"))
        listing = [{"folder": e.folder, "name": e.name, "size": e.size, "mtime": e.mtime,
                    "url": f"/files/{e.folder}/{quote(e.name, safe='')}",
                    "offer": os.path.realpath(folders[e.folder] / e.name) in mine}
                   for e in self.folders.listing()]
        names = {"project": tr("项目文件夹", "project folder"), "drafts": tr("草案文件夹", "drafts folder")}
        return web.json_response({
            "folders": [{"key": k, "label": names[k], "name": p.name} for k, p in folders.items()],
            "files": listing,
        }, headers={"Cache-Control": "no-store"})

    async def handle_file(self, request: web.Request) -> web.StreamResponse:
        path = self.folders.find(request.match_info["folder"], request.match_info["name"])
        if path is None:
            raise web.HTTPNotFound(text=tr("没有这个文件", "no such file"))
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return web.FileResponse(path, headers={
            "Content-Disposition": content_disposition(path.name),
            "Content-Type": mime, "Cache-Control": "no-store",
        })

    async def handle_upload(self, request: web.Request) -> web.Response:
        length = request.content_length
        if length is not None and length > self.upload_limit + 64 * 1024:
            outcome = upload.too_big(self.upload_limit)
        else:
            try:
                reader = await request.multipart()
            except (AssertionError, ValueError, KeyError):
                return web.json_response({"ok": False, "message": tr("上传格式不对", "not a file upload")}, status=400)
            if self.upload_slots is None:
                self.upload_slots = asyncio.Semaphore(UPLOADS_AT_ONCE)
            async with self.upload_slots:  # each upload is read in a process of its own
                outcome = await upload.receive(reader, self.folders.drafts, limit=self.upload_limit)
        return web.json_response(outcome.json(), status=outcome.status)

    async def handle_font(self, request: web.Request) -> web.StreamResponse:
        if self.cjk_font is None or not self.cjk_font.is_file():
            raise web.HTTPNotFound()
        return web.FileResponse(self.cjk_font, headers={"Content-Type": "font/otf",
                                                        "Cache-Control": "private, max-age=86400"})

    async def handle_favicon(self, request: web.Request) -> web.Response:
        return web.Response(status=204)

    # -- running -------------------------------------------------------------------

    async def on_startup(self, app: web.Application) -> None:
        """Convert the .doc drafts already in the folders, in the background, for the studio.

        (textual-serve prints a banner here; ``serve`` prints the address itself.)"""
        self.records.mkdir(parents=True, exist_ok=True)
        self.converting = asyncio.get_running_loop().create_task(self._convert_present())

    async def _convert_present(self) -> None:
        if self.upload_slots is None:
            self.upload_slots = asyncio.Semaphore(UPLOADS_AT_ONCE)
        async with self.upload_slots:  # takes one of the upload slots while it works
            try:
                await upload.convert_present(self.folders.roots(), self.folders.drafts, first=self.file)
            except Exception as exc:  # noqa: BLE001 - a courtesy: the studio says what to do without it
                log.warning("stdauthor serve: .doc conversion stopped: %s", exc)

    async def on_shutdown(self, app: web.Application) -> None:
        if self.converting is not None and not self.converting.done():
            self.converting.cancel()
        await super().on_shutdown(app)

    async def start(self) -> int:
        """Bind and start serving; returns the port (useful with port 0)."""
        app = await self._make_app()
        self.runner = web.AppRunner(app, handle_signals=False, access_log=None)
        await self.runner.setup()
        site = web.TCPSite(self.runner, self.policy.host, self.policy.port, reuse_address=True)
        await site.start()
        server = getattr(site, "_server", None)
        sockets = getattr(server, "sockets", None) or []
        self.bound_port = sockets[0].getsockname()[1] if sockets else self.policy.port
        if self.bound_port != self.policy.port:
            self.policy = Policy(self.policy.host, self.bound_port, self.policy.token)
        return self.bound_port

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()
            self.runner = None

    def run_forever(self, on_ready: Callable[[int], None]) -> None:
        """Serve until Ctrl+C or SIGTERM; ``on_ready(port)`` once the port is bound."""
        logging.basicConfig(level=logging.WARNING, format="%(message)s")

        async def main() -> None:
            done = asyncio.Event()
            loop = asyncio.get_running_loop()
            for signum in (signal.SIGINT, signal.SIGTERM):
                try:
                    loop.add_signal_handler(signum, done.set)
                except (NotImplementedError, RuntimeError):
                    pass
            port = await self.start()
            on_ready(port)
            try:
                await done.wait()
            finally:
                await self.stop()

        asyncio.run(main())


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _labels() -> dict[str, str]:
    return {
        "upload": tr("上传草案（.docx / .doc）", "Upload a draft (.docx / .doc)"),
        "files": tr("下载文件", "Download files"),
        "new_file": tr("新文件，点击下载：", "new file, click to download: "),
        "close": tr("关闭", "Close"),
        "refresh": tr("刷新", "Refresh"),
        "uploading": tr("正在上传并读取…", "uploading and reading…"),
        "stop": tr("。", ". "),  # ends the upload's sentence before the hint
        "uploaded_hint": tr("在工作室中按 c（开始页）或 F7（编写页）检查草案，它在草案文件夹中。",
                            "In the studio, press c (start) or F7 (author screen) to check it: it is in the drafts folder."),
        "empty": tr("（没有文件）", "(no files)"),
        "ended": tr("会话已结束。", "Session ended."),
        "not_started": tr("工作室没有启动：服务器拒绝了连接，或已停止。", "The studio did not start: the server refused the "
                          "connection, or has stopped."),
        "restart": tr("重新开始", "Restart"),
        "too_big": tr("文件太大", "the file is too big"),
        "failed": tr("上传失败", "upload failed"),
        "starting": tr("正在启动工作室…", "starting the studio…"),
    }
