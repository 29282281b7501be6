"""Keep a served studio process inside its folders: a Python audit hook refuses the rest.

Each browser session runs the studio in a process of its own. Before the studio starts,
:func:`confine` installs an audit hook (PEP 578) that sees every file the process opens,
lists, creates, renames or deletes, and every program it would start:

* writing, creating, renaming and deleting are allowed only inside the given folders, and
  each file written may be told to a callback (:mod:`authoring.web.written`);
* reading and listing are allowed there and in what the program itself is made of (the
  Python installation, site-packages, stdlib, stdauthor's package and data folders) and a
  few system files (time zones, MIME types);
* starting another program, and network connections, are refused.

A refusal is a ``PermissionError`` the studio shows on one line like any other (the author
typed a path outside: "permission denied"). An audit hook cannot be removed once installed.
It guards what runs in Python, which is all of the studio; it is not an operating-system
sandbox against native code, which the studio does not load from user input.
"""

from __future__ import annotations

import os
import site
import socket
import sys
import sysconfig
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

#: Readable system files outside the program's own folders.
SYSTEM_READ = ("/etc/localtime", "/usr/share/zoneinfo", "/etc/mime.types", "/dev/null", "/dev/urandom",
               "/proc/self", "/etc/os-release", "/usr/lib/os-release")
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
_NET_FAMILIES = tuple(f for f in (getattr(socket, "AF_INET", None), getattr(socket, "AF_INET6", None)) if f is not None)
_state = threading.local()
_installed: dict[str, object] = {}


def _real(path: object) -> str | None:
    """An absolute, link-free path for an audit argument, or None for a file descriptor."""
    if isinstance(path, int) or path is None:
        return None
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    if isinstance(path, os.PathLike):
        path = os.fspath(path)
        if isinstance(path, bytes):
            path = os.fsdecode(path)
    if not isinstance(path, str):
        return None
    return os.path.realpath(os.path.abspath(path))


def _under(path: str, roots: Iterable[str]) -> bool:
    for root in roots:
        if path == root or path.startswith(root.rstrip(os.sep) + os.sep):
            return True
    return False


def program_folders() -> list[str]:
    """What the running program is made of: the installation, its libraries, stdauthor's data."""
    from authoring._paths import data_dir

    paths = {sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix}
    for key in ("stdlib", "platstdlib", "purelib", "platlib"):
        value = sysconfig.get_paths().get(key)
        if value:
            paths.add(value)
    try:
        paths.update(site.getsitepackages())
    except AttributeError:
        pass
    import authoring

    paths.add(os.path.dirname(authoring.__file__))
    for name in ("checklists", "templates", "examples"):
        paths.add(str(data_dir(name)))
    return sorted({os.path.realpath(p) for p in paths if p})


class Jail:
    """The allowed folders; :meth:`check` raises PermissionError for anything else."""

    def __init__(self, roots: Iterable[str | Path], *, read_only: Iterable[str | Path] = (),
                 on_write: Callable[[str], None] | None = None) -> None:
        self.roots = [os.path.realpath(r) for r in roots]
        self.on_write = on_write  # told of each file written (real path), once it is allowed
        self.readable = [*self.roots, *program_folders(), *(os.path.realpath(p) for p in read_only),
                         *(os.path.realpath(p) for p in SYSTEM_READ)]
        self.refused: list[str] = []

    def _refuse(self, what: str, path: object) -> None:
        from authoring.i18n import tr

        first = f"{what} {path}" not in self.refused
        self.refused.append(f"{what} {path}")
        try:  # the server prints a session's stderr when it ends: the operator sees what was tried
            stream = sys.__stderr__  # not sys.stderr, which a running Textual app captures
            if stream is not None and first:  # once each (path completion asks again per key)
                stream.write(f"stdauthor serve: refused {what} {path}\n")
                stream.flush()
        except (OSError, ValueError):
            pass
        if what in ("run", "network"):
            reason = tr("在浏览器中提供的工作室不能启动程序或连网", "a served studio may not start programs or connect out")
        else:
            reason = tr("不在此工作室可用的文件夹内", "outside the folders this studio may use")
        raise PermissionError(13, reason, str(path))

    def read(self, path: object, what: str = "read") -> None:
        real = _real(path)
        if real is not None and not _under(real, self.readable):
            self._refuse(what, path)

    def write(self, path: object, what: str = "write", *, content: bool = False) -> None:
        """Refuse ``path`` outside the folders; ``content``: a file's bytes land there (opened for writing, or
        the target of a rename, link or copy), which :attr:`on_write` is told of."""
        real = _real(path)
        if real is not None and not _under(real, self.roots):
            self._refuse(what, path)
        if content and real is not None and self.on_write is not None:
            self.on_write(real)

    def check(self, event: str, args: tuple) -> None:
        if event == "open":
            path, mode, flags = (list(args) + [None, None, None])[:3]
            writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
                isinstance(flags, int) and flags & _WRITE_FLAGS)
            if writing:
                self.write(path, content=True)
            else:
                self.read(path)
        elif event in ("os.listdir", "os.scandir"):
            self.read(args[0] if args else ".", "list")
        elif event in ("os.remove", "os.rmdir", "os.mkdir", "os.chmod", "os.chown", "os.utime", "os.truncate",
                       "os.chflags", "os.lchflags", "os.setxattr", "os.removexattr", "shutil.rmtree"):
            if args:
                self.write(args[0], event)
        elif event in ("os.rename", "os.link", "os.symlink", "shutil.copyfile", "shutil.copytree", "shutil.move"):
            if len(args) >= 2:
                if event in ("shutil.copyfile", "shutil.copytree"):
                    self.read(args[0], event)
                elif event != "os.symlink":
                    self.write(args[0], event)
                self.write(args[1], event, content=True)
        elif event in ("subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork",
                       "os.forkpty", "os.startfile", "pty.spawn"):
            self._refuse("run", args[0] if args else event)
        elif event in ("socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"):
            sock = args[0] if args else None
            if getattr(sock, "family", None) in _NET_FAMILIES:
                self._refuse("network", args[1] if len(args) > 1 else event)


def confine(roots: Iterable[str | Path], *, read_only: Iterable[str | Path] = (),
            on_write: Callable[[str], None] | None = None) -> Jail:
    """Install the audit hook for this process (once; a second call returns the first jail).

    ``on_write`` is told of each file written (its real path), inside the hook: what it writes itself is
    not looked at again."""
    if "jail" in _installed:
        return _installed["jail"]  # type: ignore[return-value]
    jail = Jail(roots, read_only=read_only, on_write=on_write)

    def hook(event: str, args: tuple) -> None:
        if getattr(_state, "busy", False):
            return
        _state.busy = True
        try:
            jail.check(event, args)
        finally:
            _state.busy = False

    sys.dont_write_bytecode = True
    sys.addaudithook(hook)
    _installed["jail"] = jail
    return jail
