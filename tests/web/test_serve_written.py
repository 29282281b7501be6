"""Which files a browser tab's studio wrote: recorded in the studio process, offered to that tab only."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from authoring.web.written import offered, record_path

TAB_1, TAB_2, TAB_3 = "ab" * 16, "cd" * 16, "ef" * 16


def test_a_studio_records_the_files_it_writes_that_the_list_shows(tmp_path: Path) -> None:
    """Through the jail's audit hook: a file written in place or put there by a rename (the atomic writes),
    not a hidden file (an autosave, a temporary file), one in a subfolder or of a kind never listed."""
    folder, state = tmp_path / "project", tmp_path / "state"
    (folder / "NAME.assets").mkdir(parents=True)
    (state / "written").mkdir(parents=True)
    record = record_path(state / "written", TAB_1)
    code = textwrap.dedent(f"""
        import os
        from pathlib import Path
        from authoring.atomic import atomic_write_text
        from authoring.web.jail import confine
        from authoring.web.written import Recorder
        folder = Path({str(folder)!r})
        confine([str(folder), {str(state)!r}], on_write=Recorder(Path({str(record)!r}), [str(folder), {str(state)!r}]))
        atomic_write_text(folder / "标准.yaml", "metadata: {{}}\\n")
        with open(folder / "标准.report.md", "w", encoding="utf-8") as out:
            out.write("# 报告")
        atomic_write_text(folder / ".标准.yaml.autosave", "x")
        (folder / "NAME.assets" / "a.docx").write_bytes(b"x")
        (folder / "notes.exe").write_bytes(b"x")
        try:
            open({str(tmp_path / "outside.md")!r}, "w")
        except PermissionError:
            print("refused")
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and out.stdout.strip() == "refused", out.stderr
    written = json.loads(record.read_text(encoding="utf-8"))
    assert set(written) == {str((folder / "标准.yaml").resolve()), str((folder / "标准.report.md").resolve())}
    assert all(isinstance(when, float) for when in written.values())


def _record(folder: Path, tab: str, written: dict[str, float]) -> None:
    folder.mkdir(exist_ok=True)
    record_path(folder, tab).write_text(json.dumps({f"/p/{name}": when for name, when in written.items()}),
                                        encoding="utf-8")


def test_a_tab_is_offered_what_its_studio_wrote_last_never_a_backup(tmp_path: Path) -> None:
    records = tmp_path / "written"
    _record(records, TAB_1, {"ec.yaml": 10.0, "ec.docx": 20.0, "ec.bak.docx": 19.0, "report.md": 30.0})
    _record(records, TAB_2, {"ec.docx": 25.0, "ec.未保存的修改-20261204-184303.yaml": 12.0, "report.md": 5.0})
    (records / "broken.json").write_text("{", encoding="utf-8")
    assert offered(records, TAB_1) == {"/p/ec.yaml", "/p/report.md"}, "ec.docx was replaced by tab 2 since"
    assert offered(records, TAB_2) == {"/p/ec.docx", "/p/ec.未保存的修改-20261204-184303.yaml"}
    _record(records, TAB_3, {"draft-2.bak.docx": 40.0, "draft.BAK.DOCX": 41.0, "drafts.report.md": 42.0})
    assert offered(records, TAB_3) == {"/p/drafts.report.md"}, "NAME.bak.EXT and NAME-2.bak.EXT are backups"
    for tab in (None, "", "../" + TAB_1, TAB_1.upper(), "broken", "0" * 32):
        assert offered(records, tab) == set(), tab
    assert record_path(records, "../x") is None and record_path(records, TAB_1) == records / f"{TAB_1}.json"
