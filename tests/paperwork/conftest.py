"""Fixtures: the example draft, and copies of it returned by two reviewers (built once per session)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.paperwork import builders as B

# Two reviewers. 华东养老服务研究院 comments in python-docx under a person's name (张三: the table lists the unit
# the file name names) and rewrites one sentence with tracked changes; 康宁颐养中心 works as "Administrator" (a generic
# author, so its unit comes from the file name) with comments and all three kinds of revision.
FIRST = "华东养老服务研究院.docx"
SECOND = "康宁颐养中心-意见.docx"
CLEAN = "中和标准化咨询有限公司.docx"


@pytest.fixture(autouse=True)
def _language_restored():
    """A test that switches the interface language (``--lang en``) leaves it as it found it."""
    from authoring.i18n import get_lang, set_lang

    before = get_lang()
    yield
    set_lang(before)


def run_zh(args: list[str], capsys) -> tuple[int, str, str]:  # noqa: ANN001
    """``stdauthor ARGS`` in Chinese unless ``--lang`` is given: the exit code, stdout and stderr."""
    from authoring.cli.main import main

    code = main(args if "--lang" in args else [*args, "--lang", "zh"])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture(scope="session")
def draft(tmp_path_factory) -> Path:
    return B.build_draft(tmp_path_factory.mktemp("draft") / "养老机构卓越服务规范（征求意见稿）.docx")


def make_first(draft: Path, target: Path) -> Path:
    d = B.open_docx(draft)
    B.comment(d, "本文件规定了养老机构提供卓越服务", "范围宜补充不适用的机构类型。", "张三")
    B.comment(d, "授权一线护理员", "建议明确“规定额度”的具体数值。", "张三")
    B.comment(d, "护理员年度在岗培训时间", "建议将培训时间提高到32 h。", "张三")
    B.track(d, "应验证其可行性和安全性", "验证其可行性和安全性", "评估其可行性、安全性和适老性", "张三")
    d.save(target)
    return target


def make_second(draft: Path, target: Path) -> Path:
    d = B.open_docx(draft)
    B.comment(d, "本文件由中华人民共和国民政部提出", "提出单位的表述请与民政部核实。", "Administrator")
    B.comment(d, "员工提出的改进建议应在10个工作日内得到答复", "10个工作日偏长，建议改为5个工作日。", "Administrator")
    B.track(d, "每年至少组织一次愿景", "每年至少组织一次", "每半年至少组织一次", "Administrator")
    B.track(d, "在24 h内响应", "", "（节假日除外）", "Administrator")
    B.track(d, "并评估其效果", "，并评估其效果", "", "Administrator")
    d.save(target)
    return target


@pytest.fixture(scope="session")
def reviewed(draft: Path, tmp_path_factory) -> Path:
    """A folder with the two reviewers' copies and one copy returned without comments."""
    folder = tmp_path_factory.mktemp("reviewed")
    make_first(draft, folder / FIRST)
    make_second(draft, folder / SECOND)
    shutil.copyfile(draft, folder / CLEAN)
    return folder


@pytest.fixture
def copies(reviewed: Path, tmp_path: Path) -> Path:
    """A private copy of the reviewed folder (tests write tables beside the copies)."""
    target = tmp_path / "copies"
    shutil.copytree(reviewed, target)
    return target
