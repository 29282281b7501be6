"""Inside a served studio process, files outside its folders cannot be reached."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path


def test_the_jail_refuses_everything_outside_the_folders(tmp_path: Path, built_draft: Path) -> None:
    inside, outside = tmp_path / "inside", tmp_path / "outside"
    inside.mkdir()
    outside.mkdir()
    (outside / "p.yaml").write_text("metadata: {}\n", encoding="utf-8")
    (outside / "d.docx").write_bytes(built_draft.read_bytes())
    (inside / "d.docx").write_bytes(built_draft.read_bytes())
    code = textwrap.dedent(f"""
        import os, socket, subprocess, sys
        from authoring.web.jail import confine
        confine([{str(inside)!r}])
        inside, outside = {str(inside)!r}, {str(outside)!r}
        def attempt(name, action):
            try:
                action()
            except PermissionError:
                print(name, "refused")
            except Exception as exc:
                print(name, "error", type(exc).__name__, str(exc).replace(chr(10), " "))
            else:
                print(name, "allowed")
        attempt("read-system", lambda: open("/etc/passwd").read())
        attempt("list-root", lambda: os.listdir("/"))
        attempt("list-outside", lambda: list(os.scandir(outside)))
        attempt("write-outside", lambda: open(os.path.join(outside, "x.md"), "w"))
        attempt("write-inside", lambda: open(os.path.join(inside, "x.md"), "w").write("ok"))
        attempt("move-out", lambda: os.rename(os.path.join(inside, "x.md"), os.path.join(outside, "x.md")))
        attempt("delete-outside", lambda: os.remove(os.path.join(outside, "p.yaml")))
        os.symlink(os.path.join(outside, "p.yaml"), os.path.join(inside, "link.yaml"))
        attempt("through-link", lambda: open(os.path.join(inside, "link.yaml")).read())
        attempt("relative-escape", lambda: (os.chdir(inside), open("../outside/p.yaml").read()))
        attempt("run-program", lambda: subprocess.run(["true"]))
        attempt("network", lambda: socket.create_connection(("127.0.0.1", 9), timeout=1))
        from authoring.docx.read import read_docx
        from authoring.project import load_project
        attempt("studio-reads-outside-draft", lambda: read_docx(os.path.join(outside, "d.docx")))
        attempt("studio-opens-outside-project", lambda: load_project(os.path.join(outside, "p.yaml")))
        attempt("studio-reads-inside-draft", lambda: read_docx(os.path.join(inside, "d.docx")))
        attempt("import-more-code", lambda: __import__("textual.widgets._data_table"))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    result = dict(line.split(" ", 1) for line in out.stdout.splitlines())
    for name in ("read-system", "list-root", "list-outside", "write-outside", "move-out", "delete-outside",
                 "through-link", "relative-escape", "run-program", "network"):
        assert result[name] == "refused", (name, result[name])
    for name in ("write-inside", "studio-reads-inside-draft", "import-more-code"):
        assert result[name] == "allowed", (name, result[name])
    # The studio's own readers turn the refusal into their one-line error naming the file.
    for name in ("studio-reads-outside-draft", "studio-opens-outside-project"):
        assert result[name].startswith("error InputError"), (name, result[name])
        assert "d.docx" in result[name] or "p.yaml" in result[name], (name, result[name])
    assert (outside / "p.yaml").exists() and not (outside / "x.md").exists()
