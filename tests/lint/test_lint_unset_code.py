"""wording.placeholder on the cover's number (QA pass 10, B2): a group, enterprise, local or industry
standard built before its code was set prints T/XXXX XXXXX—XXXX; the code is the body's own name, known
from the start, so it is reported, while the sequence number and year a draft awaits are not."""

from __future__ import annotations

import pytest

from lint_docs import conformant_guide, of_rule
from authoring.document import Kind
from authoring.i18n import set_lang
from authoring.lint import run_lint


@pytest.fixture(autouse=True)
def _chinese() -> None:
    set_lang("zh")
    yield
    set_lang("zh")


def _cover(kind: Kind, code: str) -> list:
    doc = conformant_guide()
    doc.metadata.kind, doc.metadata.code, doc.metadata.number, doc.metadata.year = kind, code, "XXXXX", "XXXX"
    return [f for f in of_rule(run_lint(doc), "wording.placeholder") if f.location == "封面"]


@pytest.mark.parametrize(("kind", "code", "said"), [
    (Kind.GROUP, "XXXX", "社会团体代号尚未填写（T/XXXX）"),
    (Kind.ENTERPRISE, "XXXX", "企业代号尚未填写（Q/XXXX）"),
    (Kind.LOCAL, "DBXX", "行政区划代码尚未填写（DBXX/T）"),
    (Kind.INDUSTRY, "XX", "行业代号尚未填写（XX/T）"),
])
def test_an_unset_code_is_a_placeholder(kind: Kind, code: str, said: str) -> None:
    found = _cover(kind, code)
    assert len(found) == 1 and said in found[0].message and found[0].severity == "warning", found


@pytest.mark.parametrize(("kind", "code"), [(Kind.GROUP, "CNSS"), (Kind.LOCAL, "DB31"), (Kind.INDUSTRY, "MZ"),
                                            (Kind.GBT, "")])
def test_a_set_code_or_a_national_kind_is_not_told(kind: Kind, code: str) -> None:
    assert _cover(kind, code) == []


def test_a_group_draft_built_without_its_code_is_told_on_check(tmp_path) -> None:  # noqa: ANN001
    from authoring.check import check_file
    from authoring.checklist import load_packs
    from authoring.cli.main import main

    project, draft = tmp_path / "g.yaml", tmp_path / "g.docx"
    assert main(["new", "-o", str(project), "--kind", "T", "--title", "社区助餐服务规范"]) == 0
    assert main(["build", str(project), "-o", str(draft)]) == 0
    result = check_file(draft, load_packs()["excellence-guide"])
    assert any(f.rule == "wording.placeholder" and f.location == "封面" and "T/XXXX" in f.message
               for f in result.findings)
