"""Items 2 and 11: a draft the check reads never loses its report to ``--annotate``.

A ``w:body`` root or a missing ``styles.xml`` is repaired in memory, as Word would, and the
copy is written; a package python-docx still cannot annotate costs only the copy, on one line,
with the report printed. The exit code of a draft does not depend on ``--annotate`` unless the
copy could not be written (then 2: an output that was asked for is missing).
"""

from __future__ import annotations

import json
from pathlib import Path

import hostile_docs as hd
import pytest
from docx import Document

from authoring.docx.read import read_docx


@pytest.mark.parametrize("make", [hd.body_root, hd.no_styles], ids=["body-root", "no-styles"])
def test_repaired_draft_is_annotated_and_exits_as_without(tmp_path: Path, make) -> None:  # noqa: ANN001
    draft = make(tmp_path / "draft.docx")
    before = draft.read_bytes()
    plain = hd.run_cli("check", draft, "--format", "json")
    copy = tmp_path / "copy.docx"
    annotated = hd.run_cli("check", draft, "--format", "json", "--annotate", copy)
    assert "Traceback" not in plain.stderr + annotated.stderr
    assert plain.err_lines == [] and annotated.err_lines == [], annotated.stderr
    assert plain.code == annotated.code == 1  # the small draft has errors: findings, either way
    assert json.loads(plain.stdout)["coverage"] == json.loads(annotated.stdout)["coverage"]
    assert draft.read_bytes() == before  # the original is never written
    comments = Document(str(copy)).part._comments_part.element
    assert len(comments) > 0
    assert [c.number for c in read_docx(copy).clauses] == [c.number for c in read_docx(draft).clauses]


def test_unannotatable_draft_keeps_its_report(tmp_path: Path) -> None:
    draft = hd.bogus_comments(tmp_path / "draft.docx")
    copy = tmp_path / "copy.docx"
    logs = tmp_path / "logs"
    run = hd.run_cli("check", draft, "--format", "json", "--annotate", copy, env={"STDAUTHOR_LOG_DIR": str(logs)})
    line = hd.one_line(run, str(copy), "AttributeError", str(logs))
    assert "报告不受影响" in line
    assert json.loads(run.stdout)["file"] == str(draft)  # the report printed
    assert run.code == 2 and not copy.exists()
    assert any("AttributeError" in p.read_text() for p in logs.glob("*.log"))


def test_english_messages(tmp_path: Path) -> None:
    draft = hd.bogus_comments(tmp_path / "draft.docx")
    copy = tmp_path / "copy.docx"
    run = hd.run_cli("--lang", "en", "check", draft, "--annotate", copy, env={"STDAUTHOR_LOG_DIR": str(tmp_path)})
    hd.one_line(run, "the annotated copy could not be written", "report is unaffected")
