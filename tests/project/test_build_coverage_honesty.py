"""A built draft is credited only for what its author wrote: the chapter headings the guide's
arrangement supplies (服务提供, 服务内容设计) are no evidence on their own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ruamel.yaml import YAML

from authoring.check import check_file
from authoring.checklist import load_packs
from tests.project.conftest import V1_EXAMPLE

WRITTEN = {"5.2", "5.3", "6.1"}


def test_only_written_items_are_credited(tmp_path: Path) -> None:
    yaml = YAML()
    project = yaml.load(V1_EXAMPLE.read_text(encoding="utf-8"))
    for item_id, entry in project["items"].items():
        if str(item_id) not in WRITTEN:
            entry["status"] = "todo"
            for key in ("provisions", "methods", "indicators", "reason"):
                entry.pop(key, None)
    path = tmp_path / "p.yaml"
    with path.open("w", encoding="utf-8") as fh:
        yaml.dump(project, fh)
    out = tmp_path / "draft.docx"
    done = subprocess.run([sys.executable, "-m", "authoring", "build", str(path), "-o", str(out)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode in (0, 1), done.stderr
    result = check_file(out, load_packs()["excellence-guide"])
    status = {i.id: i.status for i in result.coverage.items}
    assert status["5.2"] != "missing"
    assert status["6.3"] == "missing" and status["6.4"] == "missing", {
        i.id: [(e.location, e.excerpt) for e in i.evidence] for i in result.coverage.items if i.id in ("6.3", "6.4")}
