"""What ``new``, ``build`` and ``skeleton`` write, and how a project file is read (QA pass 10, the "emit" findings).

Each test builds a small made-up project through the real entry point and opens the draft with python-docx.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from authoring.cli.main import main


@pytest.fixture(autouse=True)
def _chinese_after_each_test():
    """A test that runs with --lang en leaves the next one in Chinese, as the CLI starts."""
    from authoring.i18n import get_lang, set_lang

    before = get_lang()
    set_lang("zh")
    yield
    set_lang(before)


def _paragraphs(draft: Path) -> list[str]:
    return [p.text for p in Document(str(draft)).paragraphs]


def _foreword(draft: Path) -> list[str]:
    """The 前言's paragraphs (list items included), up to the body's title."""
    document = Document(str(draft))
    out: list[str] = []
    inside = False
    for p in document.paragraphs:
        if p.style.name.startswith("标准文件_前言"):
            inside = True
            continue
        if inside and (p.style.name == "标准文件_正文标准名称" or p.style.name.startswith("标准文件_前言")):
            break
        if inside and p.text.strip():
            out.append(p.text)
    return out


def _scope(draft: Path) -> list[str]:
    paragraphs = Document(str(draft)).paragraphs
    start = next(k for k, p in enumerate(paragraphs) if p.style.name == "标准文件_章标题" and p.text == "范围")
    out = []
    for p in paragraphs[start + 1:]:
        if p.style.name == "标准文件_章标题":
            break
        out.append(p.text)
    return out


def _new_and_build(tmp_path: Path, *args: str, name: str = "p") -> Path:
    project = tmp_path / f"{name}.yaml"
    assert main(["new", "-o", str(project), *args]) == 0
    draft = tmp_path / f"{name}.docx"
    assert main(["build", str(project), "-o", str(draft)]) == 0
    return draft


def _edit_metadata(project: Path, **values: str) -> None:
    """Set metadata fields of a project ``new`` wrote, as a person would in an editor (a field the file
    does not list yet is added at the top of ``metadata:``)."""
    text = project.read_text(encoding="utf-8")
    for key, value in values.items():
        line = next((line for line in text.splitlines() if line.startswith(f"  {key}:")), None)
        if line is None:
            text = text.replace("\nmetadata:\n", f"\nmetadata:\n  {key}: {value}\n", 1)
        else:
            text = text.replace(line, f"  {key}: {value}", 1)
    project.write_text(text, encoding="utf-8")


def _check(draft: Path, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    main(["check", str(draft)])
    return capsys.readouterr().out


# -- finding 3: a part ------------------------------------------------------------------------------------------


def test_a_parts_foreword_states_its_series_and_its_scope_names_the_parts_own_subject(tmp_path, capsys):
    draft = _new_and_build(tmp_path, "--title", "养老服务　第2部分：居家上门服务规范", "--kind", "DB")
    foreword = _foreword(draft)
    assert foreword[1] == "本文件是DBXX/T XXXXX《养老服务》的第2部分。DBXX/T XXXXX已经发布了以下部分："
    assert foreword[2:4] == ["第1部分：【请填写】；", "第2部分：居家上门服务规范。"]
    scope = _scope(draft)
    assert scope[0].startswith("本文件规定了居家上门服务的") and scope[1] == "本文件适用于居家上门服务的提供和评价。"
    assert not any("第2部分" in s for s in scope)
    out = _check(draft, capsys)
    assert "boilerplate.part-statement" not in out
    # what the committee still has to fill in is pointed out
    assert "【请填写】" in out and "wording.placeholder" in out


def test_a_part_numbered_in_chinese_and_a_generic_part_speak_of_the_series(tmp_path):
    draft = _new_and_build(tmp_path, "--title", "养老服务　第一部分：总则", "--function", "规范")
    foreword = _foreword(draft)
    assert foreword[1] == "本文件是GB/T XXXXX《养老服务》的第1部分。GB/T XXXXX已经发布了以下部分："
    assert foreword[2] == "第1部分：总则。"
    assert _scope(draft)[0].startswith("本文件规定了养老服务的")


def test_check_flags_a_parts_foreword_without_the_series_statement() -> None:
    from authoring.document import Clause, Metadata, Paragraph, Section, StandardDocument
    from authoring.lint import run_lint
    from authoring.project.compose import generated_foreword

    meta = Metadata(title_zh="养老服务　第2部分：居家上门服务规范", number="12345.2", year="2025")
    scope = Clause(number="1", title="范围", blocks=[Paragraph(text="本文件规定了居家上门服务的要求。")])
    bare = Section(blocks=[b for b in generated_foreword(Metadata()).blocks])
    doc = StandardDocument(metadata=meta, foreword=bare, clauses=[scope])
    found = [f for f in run_lint(doc) if f.rule == "boilerplate.part-statement"]
    assert len(found) == 1 and "本文件是GB/T 12345《养老服务》的第2部分" in found[0].message
    doc.foreword = generated_foreword(meta)
    assert not [f for f in run_lint(doc) if f.rule == "boilerplate.part-statement"]
    # a title that names no part needs none
    doc = StandardDocument(metadata=Metadata(title_zh="居家上门服务规范"), foreword=bare, clauses=[scope])
    assert not [f for f in run_lint(doc) if f.rule == "boilerplate.part-statement"]


# -- finding 4: replaced and adopted documents in the 前言 ---------------------------------------------------------


def test_replaced_and_adopted_documents_are_stated_in_the_foreword_in_the_order_of_the_spec(tmp_path):
    project = tmp_path / "r.yaml"
    assert main(["new", "-o", str(project), "--title", "社区助餐服务规范", "--seed", "blank"]) == 0
    _edit_metadata(project, replaces='["GB/T 35796—2017 养老机构服务质量基本规范", "MZ/T 032—2012"]',
                   adoption='"ISO 22000:2018, MOD"', proposer="民政部", committee="民政部")
    draft = tmp_path / "r.docx"
    assert main(["build", str(project), "-o", str(draft)]) == 0
    paragraphs = _paragraphs(draft)
    # the cover gives the numbers alone and the degree of correspondence
    assert "代替 GB/T 35796—2017、MZ/T 032—2012" in paragraphs and "(ISO 22000:2018, MOD)" in paragraphs
    foreword = _foreword(draft)
    assert foreword[1] == ("本文件代替GB/T 35796—2017《养老机构服务质量基本规范》和MZ/T 032—2012《【请填写】》，"
                           "与GB/T 35796—2017和MZ/T 032—2012相比，除结构调整和编辑性改动外，主要技术变化如下：")
    assert foreword[2].startswith("【请填写：")
    assert foreword[3] == "本文件修改采用ISO 22000:2018《【请填写】》。本文件与ISO 22000:2018的技术差异及其原因如下："
    assert foreword[5].startswith("请注意本文件的某些内容可能涉及专利")
    # the history of editions comes last (spec §2.1 h), the replaced editions by year
    assert foreword[-4:] == ["本文件及其所代替文件的历次版本发布情况为：", "2012年发布为MZ/T 032—2012；",
                             "2017年发布为GB/T 35796—2017；", "本次为第【请填写】次修订。"]
    assert not any("首次发布" in p for p in foreword)


def test_a_first_edition_says_so_last_in_its_foreword(tmp_path):
    foreword = _foreword(_new_and_build(tmp_path, "--title", "社区助餐服务规范", "--seed", "blank"))
    assert foreword[-1] == "本文件为首次发布。"
    assert foreword[-2].startswith("本文件主要起草人：")


@pytest.mark.parametrize(("adoption", "sentence"), [
    ("ISO 9001:2015《质量管理体系　要求》, IDT", "本文件等同采用ISO 9001:2015《质量管理体系　要求》。"),
    ("(ISO 9001:2015, NEQ)", "本文件参考ISO 9001:2015《【请填写】》起草，与ISO 9001:2015的一致性程度为非等效。"),
    ("ISO 9001:2015", "本文件与ISO 9001:2015《【请填写】》的一致性程度为【请填写：等同／修改／非等效】。"),
])
def test_the_adoption_statement_follows_the_degree_of_correspondence(adoption: str, sentence: str) -> None:
    from authoring.document import Metadata
    from authoring.project.compose import generated_foreword

    texts = [getattr(b, "text", "") for b in generated_foreword(Metadata(adoption=adoption)).blocks]
    assert texts[1] == sentence


# -- finding 6: the code of a local, group or enterprise standard ------------------------------------------------


def _cover(draft: Path) -> dict[str, str]:
    return {p.style.name: p.text for p in Document(str(draft)).paragraphs if p.style.name.startswith("标准文件_封面")}


def test_a_local_code_written_as_its_digits_prints_as_db_and_check_reads_the_number_back(tmp_path, capsys):
    project = tmp_path / "db.yaml"
    assert main(["new", "-o", str(project), "--title", "居家上门服务规范", "--kind", "DB", "--seed", "blank"]) == 0
    assert 'code: ""' in project.read_text(encoding="utf-8")  # the template names the field
    _edit_metadata(project, code='"31"', number='"1234"', year='"2025"')
    draft = tmp_path / "db.docx"
    assert main(["build", str(project), "-o", str(draft)]) == 0
    cover = _cover(draft)
    assert cover["标准文件_封面标准代号"] == "DB31"
    assert cover["标准文件_封面标准编号"] == "DB31/T 1234—2025"
    assert cover["标准文件_封面抬头"] == "上海市地方标准"
    assert "标准: DB31/T 1234—2025" in _check(draft, capsys)


@pytest.mark.parametrize(("kind", "code", "logo", "number"), [
    ("T", "", "T/XXXX", "T/XXXX XXXXX—XXXX"),
    ("Q", "", "Q/XXXX", "Q/XXXX XXXXX—XXXX"),
    ("DB", "", "DBXX", "DBXX/T XXXXX—XXXX"),
    ("T", '"T/CNSS"', "T/CNSS", "T/CNSS XXXXX—XXXX"),
    ("industry", '"MZ/T"', "MZ", "MZ/T XXXXX—XXXX"),
])
def test_a_code_not_given_prints_a_placeholder_and_one_given_with_its_kinds_letters_prints_once(
        tmp_path, capsys, kind: str, code: str, logo: str, number: str) -> None:
    project = tmp_path / "k.yaml"
    assert main(["new", "-o", str(project), "--title", "居家上门服务规范", "--kind", kind, "--seed", "blank"]) == 0
    if code:
        _edit_metadata(project, code=code)
    draft = tmp_path / "k.docx"
    assert main(["build", str(project), "-o", str(draft)]) == 0
    cover = _cover(draft)
    assert (cover["标准文件_封面标准代号"], cover["标准文件_封面标准编号"]) == (logo, number)
    assert f"标准: {number}" in _check(draft, capsys)
    capsys.readouterr()
    assert main(["preview", str(project)]) == 0
    assert number in capsys.readouterr().out


# -- finding 7: new writes YAML under a YAML name only ------------------------------------------------------------


@pytest.mark.parametrize("name", ["proj.docx", "proj.txt", "proj"])
def test_new_refuses_a_project_name_not_ending_in_yaml(tmp_path, capsys, name: str) -> None:
    target = tmp_path / name
    assert main(["new", "-o", str(target), "--title", "测试规范"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and ".yaml" in err and name in err
    assert not target.exists()
    assert main(["--lang", "en", "new", "-o", str(target)]) == 2
    assert "must end in .yaml or .yml" in capsys.readouterr().err
    assert main(["new", "-o", str(tmp_path / "proj.YML"), "--title", "测试规范"]) == 0


# -- finding 9: --chapters repeating chapters 1 to 3, and duplicate chapter titles ---------------------------------


def _chapter_titles(draft: Path) -> list[str]:
    return [p.text for p in Document(str(draft)).paragraphs if p.style.name == "标准文件_章标题"]


def test_new_leaves_out_the_fixed_chapters_and_repeats_given_in_chapters(tmp_path, capsys):
    draft = _new_and_build(tmp_path, "--title", "助餐服务规范",
                           "--chapters", "范围、规范性引用文件、术语和定义、基本要求、服务内容、基本要求")
    assert _chapter_titles(draft) == ["范围", "规范性引用文件", "术语和定义", "基本要求", "服务内容"]
    out = capsys.readouterr().out
    assert "已略去 --chapters 中的范围、规范性引用文件、术语和定义" in out and "重复的章只保留一次：基本要求" in out
    assert _scope(draft)[0] == "本文件规定了助餐服务的基本要求、服务内容等方面的要求。"
    # nothing of its own left: one line, exit 2, nothing written
    assert main(["new", "-o", str(tmp_path / "x.yaml"), "--chapters", "范围、术语和定义"]) == 2
    assert "第4章" in capsys.readouterr().err and not (tmp_path / "x.yaml").exists()


def test_check_flags_two_chapters_with_one_title() -> None:
    from authoring.document import Clause, Paragraph, StandardDocument
    from authoring.lint import run_lint

    def chapter(number: str, title: str) -> Clause:
        return Clause(number=number, title=title, blocks=[Paragraph(text="服务机构应配备助餐人员。")])

    doc = StandardDocument(clauses=[chapter("1", "范围"), chapter("2", "规范性引用文件"), chapter("3", "术语和定义"),
                                    chapter("4", "范围"), chapter("5", "基本要求"), chapter("6", "基本 要求")])
    found = [(f.location, f.severity) for f in run_lint(doc) if f.rule == "structure.duplicate-chapter"]
    assert found == [("4", "error"), ("6", "warning")]


# -- finding 10: the tool's own output passes its own check --------------------------------------------------------


@pytest.mark.parametrize("title", ["", "  "])
def test_an_empty_title_is_the_placeholder_title_and_the_draft_has_a_name(tmp_path, capsys, title: str) -> None:
    project = tmp_path / "e.yaml"
    assert main(["new", "-o", str(project), "--title", title, "--seed", "blank"]) == 0
    assert 'title_zh: "××××服务规范"' in project.read_text(encoding="utf-8")
    draft = tmp_path / "e.docx"
    assert main(["build", str(project), "-o", str(draft)]) == 0
    out = _check(draft, capsys)
    assert "未找到文件名称" not in out and "[错误]" not in out
    skeleton = tmp_path / "s.docx"
    assert main(["skeleton", "-o", str(skeleton), "--title", title]) == 0
    assert "××××服务指南" in _paragraphs(skeleton)


def test_a_skeleton_of_a_checklist_chapter_with_one_item_writes_no_lone_subclause(tmp_path, capsys):
    draft = tmp_path / "caf.docx"
    assert main(["skeleton", "-o", str(draft), "--title", "政务服务指南", "--checklist", "caf-5.2"]) == 0
    paragraphs = Document(str(draft)).paragraphs
    assert [p.text for p in paragraphs if p.style.name == "标准文件_一级条标题"] == []
    chapter = next(k for k, p in enumerate(paragraphs) if p.style.name == "标准文件_章标题" and p.text == "过程")
    assert "为顾客、民众、利益相关方和社会提供产品和服务" in paragraphs[chapter + 1].text  # the item, named in its prompt
    out = _check(draft, capsys)
    assert "numbering.lone-clause" not in out and "[错误]" not in out


# -- finding 11: reading a project is bounded ------------------------------------------------------------------------


def _refused_fast(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    import time

    started = time.monotonic()
    assert main(args) == 2
    assert time.monotonic() - started < 10
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    return err


@pytest.mark.parametrize("command", ["preview", "build"])
def test_a_device_or_a_pipe_given_as_the_project_is_refused_in_one_line(tmp_path, capsys, command: str) -> None:
    import os

    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.yaml"
    zero.symlink_to("/dev/zero")
    for path in ("/dev/zero", str(fifo), str(zero)):
        args = [command, path] + (["-o", str(tmp_path / "d.docx")] if command == "build" else [])
        err = _refused_fast(args, capsys)
        assert path in err and "不是普通文件" in err
    assert not (tmp_path / "d.docx").exists()


def test_a_project_over_the_size_limit_is_refused_before_it_is_read(tmp_path, capsys):
    from authoring.yamlio import MAX_YAML_BYTES

    big = tmp_path / "big.yaml"
    with big.open("wb") as handle:
        handle.truncate(MAX_YAML_BYTES + 1)  # sparse: no time or disk spent writing it
    err = _refused_fast(["preview", str(big)], capsys)
    assert str(big) in err and "文件过大" in err


# -- B13: the function a GB/Z, or a project without a title, gets -------------------------------------------------


def test_a_gbz_without_a_function_in_its_title_is_a_guide(tmp_path, capsys):
    from authoring.project import load_project

    project = tmp_path / "z.yaml"
    assert main(["new", "-o", str(project), "--kind", "GB/Z", "--seed", "blank"]) == 0
    out = capsys.readouterr().out
    meta = load_project(project).project.metadata
    assert (meta.function.value, meta.title_zh) == ("指南", "××××服务指南") and "GB/Z" in out
    titled = tmp_path / "t.yaml"
    assert main(["new", "-o", str(titled), "--kind", "GB/Z", "--title", "养老服务评价", "--seed", "blank"]) == 0
    assert load_project(titled).project.metadata.function.value == "指南"
    # the title's ending or --function still decide
    spec = tmp_path / "s.yaml"
    assert main(["new", "-o", str(spec), "--kind", "GB/Z", "--title", "养老服务评价规范", "--seed", "blank"]) == 0
    assert load_project(spec).project.metadata.function.value == "规范"


def test_without_a_title_the_function_is_not_said_to_come_from_the_placeholder(tmp_path, capsys):
    from authoring.project import load_project

    project = tmp_path / "n.yaml"
    assert main(["new", "-o", str(project), "--seed", "blank", "--function", "规程"]) == 0
    assert load_project(project).project.metadata.title_zh == "××××服务规程"
    plain = tmp_path / "p.yaml"
    capsys.readouterr()
    assert main(["new", "-o", str(plain), "--seed", "blank"]) == 0
    out = capsys.readouterr().out
    assert "未给出标准名称" in out and "由标准名称的结尾判断" not in out


# -- B14, B15: a hand-edited project's errors in Chinese, with a hint for an ASCII comma ----------------------------


def _preview_error(tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, *lang: str) -> str:
    project = tmp_path / "e.yaml"
    if not project.exists():
        assert main(["new", "-o", str(project), "--seed", "blank"]) == 0
    text = project.read_text(encoding="utf-8")
    assert old in text
    (tmp_path / "x.yaml").write_text(text.replace(old, new, 1), encoding="utf-8")
    capsys.readouterr()
    assert main([*lang, "preview", str(tmp_path / "x.yaml")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    return err


@pytest.mark.parametrize(("old", "new", "reason"), [
    ("metadata:\n", "metadata: 5\nmetadata_x:\n", "应为映射"),
    ("version: 2", "version: 0", "应为以下之一：1、2"),
    ("version: 2", "version: 3", "请升级 stdauthor"),
    ('title_zh: "××××服务规范"', 'title_zh: !!binary "/w=="', "无法读作文字"),
    ("        - 本文件没有规范性引用文件。", "        - {type: poem, text: 本文件没有规范性引用文件。}", "type 应为以下之一："),
])
def test_a_projects_errors_read_in_chinese(tmp_path, capsys, old: str, new: str, reason: str) -> None:
    err = _preview_error(tmp_path, capsys, old, new)
    assert reason in err and "Input should" not in err and " or " not in err


def test_an_ascii_comma_in_a_flow_mapping_gets_a_hint_to_quote_the_text(tmp_path, capsys):
    old = "        - 本文件没有规范性引用文件。"
    new = old + "\n        - {type: note, text: 规定,例如每座位不少于1.5 m²。}"
    err = _preview_error(tmp_path, capsys, old, new)
    assert "未知字段" in err and "加引号" in err and "中文逗号" in err
    err = _preview_error(tmp_path, capsys, old, new, "--lang", "en")
    assert "quote the whole text" in err
    # a field that is simply unknown gets no such hint
    assert "加引号" not in _preview_error(tmp_path, capsys, old, old + "\n        - {type: note, txet: 规定}")


def test_a_pipe_among_the_checklist_packs_is_refused_in_one_line(tmp_path) -> None:
    # The pack cache read every pack whole and unbounded: a FIFO named *.yaml in a --checklists folder hung the
    # command (and a link to /dev/zero filled the memory); now it is refused as a project file is.
    import os
    import subprocess
    import sys

    folder = tmp_path / "packs"
    folder.mkdir()
    os.mkfifo(folder / "pipe.yaml")
    out = subprocess.run([sys.executable, "-m", "authoring", "checklists", "--checklists", str(folder)],
                         capture_output=True, text=True, timeout=60, cwd=Path(__file__).resolve().parents[1],
                         env={**os.environ, "STDAUTHOR_LANG": "zh"})
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and "pipe.yaml" in out.stderr and "不是普通文件" in out.stderr


def test_a_refused_marks_value_reads_in_chinese(tmp_path, capsys) -> None:
    # Our own validators' reasons (InvalidValue) reach the error line in the user's language; the marks check
    # said "Value error, marks: unknown kind 'foo' …" inside a Chinese line.
    project = tmp_path / "p.yaml"
    assert main(["new", "-o", str(project), "--title", "社区助餐服务规范"]) == 0
    text = project.read_text(encoding="utf-8").replace("metadata:\n", "metadata:\n  marks: {foo: ['1.']}\n", 1)
    project.write_text(text, encoding="utf-8")
    capsys.readouterr()
    assert main(["build", str(project), "-o", str(tmp_path / "d.docx")]) == 2
    err = capsys.readouterr().err
    assert "未知的列项类别 'foo'" in err and "Value error" not in err and "unknown kind" not in err


# -- B2: a code not set is said to be one --------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "printed", "what"), [
    ("T", "T/XXXX XXXXX—XXXX", "社会团体代号"),
    ("Q", "Q/XXXX XXXXX—XXXX", "企业代号"),
    ("DB", "DBXX/T XXXXX—XXXX", "行政区划代码"),
    ("industry", "XX/T XXXXX—XXXX", "行业代号"),
])
def test_build_says_in_a_line_that_the_code_is_still_to_fill(tmp_path, capsys, kind: str, printed: str,
                                                              what: str) -> None:
    project = tmp_path / "c.yaml"
    assert main(["new", "-o", str(project), "--title", "居家上门服务规范", "--kind", kind, "--seed", "blank"]) == 0
    capsys.readouterr()
    assert main(["build", str(project), "-o", str(tmp_path / "c.docx")]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if "metadata.code" in line]
    assert len(lines) == 1 and printed in lines[0] and what in lines[0], lines
    # check reads the number back as the placeholder it is, not as no number
    assert f"标准: {printed}" in _check(tmp_path / "c.docx", capsys)
    # once the code is set, nothing is said
    _edit_metadata(project, code='"CNSS"' if kind in ("T", "Q") else '"31"' if kind == "DB" else '"MZ"')
    capsys.readouterr()
    assert main(["build", str(project), "-o", str(tmp_path / "c.docx"), "--force"]) == 0
    assert "metadata.code" not in capsys.readouterr().out


def test_the_code_line_reads_in_english_with_lang_en(tmp_path, capsys) -> None:
    project = tmp_path / "c.yaml"
    assert main(["new", "-o", str(project), "--kind", "T", "--seed", "blank"]) == 0
    capsys.readouterr()
    assert main(["--lang", "en", "build", str(project), "-o", str(tmp_path / "c.docx")]) == 0
    line = next(line for line in capsys.readouterr().out.splitlines() if "metadata.code" in line)
    assert "T/XXXX XXXXX—XXXX" in line and not any("\u4e00" <= ch <= "\u9fff" for ch in line), line


# -- B3: the English title -----------------------------------------------------------------------------------------

_TITLE_EN = "Specification for meal assistance service"


def test_new_takes_the_english_title_and_the_cover_prints_it(tmp_path, capsys) -> None:
    from authoring.docx.read import read_docx
    from authoring.project import load_project

    draft = _new_and_build(tmp_path, "--title", "助餐服务规范", "--title-en", _TITLE_EN, "--seed", "blank")
    assert load_project(tmp_path / "p.yaml").project.metadata.title_en == _TITLE_EN
    assert _cover(draft)["标准文件_封面标准英文名称"] == _TITLE_EN
    meta = read_docx(draft).metadata
    assert (meta.title_zh, meta.title_en) == ("助餐服务规范", _TITLE_EN)
    assert "英文名称" not in capsys.readouterr().out


@pytest.mark.parametrize(("kind", "title"), [
    ("GB/T", "助餐服务规范"), ("GB", "助餐服务规范"), ("GB/Z", "助餐服务规范"), ("industry", "助餐服务规范"),
    # a part's title, on two lines of the cover, is not read on into the placeholder below it
    ("GB/T", "社区居家养老服务　第2部分：助餐服务规范"),
])
def test_a_national_or_industry_cover_without_an_english_title_shows_a_placeholder(tmp_path, capsys, kind,
                                                                                    title) -> None:
    from authoring.docx.read import read_docx

    draft = _new_and_build(tmp_path, "--title", title, "--kind", kind, "--seed", "blank")
    assert _cover(draft)["标准文件_封面标准英文名称"] == "【请填写：英文名称】"
    lines = [line for line in capsys.readouterr().out.splitlines() if "英文名称" in line]
    assert len(lines) == 1 and "metadata.title_en" in lines[0], lines
    meta = read_docx(draft).metadata
    assert (meta.title_zh.replace(" ", "\u3000"), meta.title_en) == (title, ""), "the placeholder is read as no title"


@pytest.mark.parametrize("kind", ["T", "DB", "Q"])
def test_other_covers_need_no_english_title(tmp_path, capsys, kind) -> None:
    draft = _new_and_build(tmp_path, "--title", "助餐服务规范", "--kind", kind, "--seed", "blank")
    assert "标准文件_封面标准英文名称" not in _cover(draft)
    assert "英文名称" not in capsys.readouterr().out


def test_the_english_title_line_reads_in_english_with_lang_en(tmp_path, capsys) -> None:
    project = tmp_path / "e.yaml"
    assert main(["new", "-o", str(project), "--seed", "blank"]) == 0
    capsys.readouterr()
    assert main(["--lang", "en", "build", str(project), "-o", str(tmp_path / "e.docx")]) == 0
    line = next(line for line in capsys.readouterr().out.splitlines() if "English title" in line)
    assert "metadata.title_en" in line and not any("\u4e00" <= ch <= "\u9fff" for ch in line), line


# -- B17: the preview passes no control character to the terminal ----------------------------------------------------


def test_the_preview_strips_the_control_characters_a_project_holds(tmp_path, capsys) -> None:
    import re

    project = tmp_path / "cc.yaml"
    assert main(["new", "-o", str(project), "--title", "助餐服务规范", "--seed", "blank"]) == 0
    text = project.read_text(encoding="utf-8")
    text = text.replace('title_zh: "助餐服务规范"', 'title_zh: "助餐\\x01服务规范"', 1)
    text = text.replace("        - 本文件没有规范性引用文件。\n",
                        '        - "本文件没有规范性引用文件。\\f\\e[31m红字\\e[0m\\r覆盖\\x85"\n', 1)
    project.write_text(text, encoding="utf-8")
    capsys.readouterr()
    assert main(["preview", str(project)]) == 0
    out = capsys.readouterr().out
    assert re.findall(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", out) == []
    assert "助餐服务规范" in out and "本文件没有规范性引用文件。[31m红字[0m覆盖" in out.replace("\\", "")
