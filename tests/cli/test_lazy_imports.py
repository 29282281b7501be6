"""Each command imports only what it uses: ``--help`` nothing heavy, ``check`` no writer, jinja2
or textual; the collector is left as the caller had it; the script leaves with its output flushed."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document

ROOT = Path(__file__).resolve().parents[2]

HEAVY_LIBRARIES = ("pydantic", "pydantic_core", "docx", "lxml", "jinja2", "textual", "rich", "openpyxl",
                   "ruamel.yaml", "multiprocessing")
HEAVY_LAYERS = ("authoring.check", "authoring.checklist", "authoring.document", "authoring.docx",
                "authoring.lint", "authoring.coverage", "authoring.project", "authoring.paperwork",
                "authoring.report", "authoring.tui", "authoring.web")
NOT_IN_CHECK = ("jinja2", "textual", "docx", "openpyxl", "ruamel.yaml", "pydantic", "pydantic_core",
                "authoring._schema", "authoring.docx.write", "authoring.project", "authoring.paperwork",
                "authoring.tui", "authoring.report.html", "authoring.report.markdown", "authoring.report.annotate",
                "authoring.report.templating")


def _modules_after(code: str, env: dict[str, str] | None = None) -> list[str]:
    """The modules loaded once ``code`` has run in a fresh interpreter."""
    script = f"{code}\nimport sys, json\nprint(json.dumps(sorted(sys.modules)), file=sys.__stderr__)\n"
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, **(env or {})}, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stderr.strip().splitlines()[-1])


def _loaded(modules: list[str], names: tuple[str, ...]) -> list[str]:
    return [m for m in modules if any(m == n or m.startswith(n + ".") for n in names)]


def test_building_the_parser_imports_nothing_heavy() -> None:
    modules = _modules_after("from authoring.cli.main import build_parser\nbuild_parser().format_help()")
    assert _loaded(modules, HEAVY_LIBRARIES + HEAVY_LAYERS) == []


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["check", "--help"], ["build", "--help"]])
def test_version_and_help_import_nothing_heavy(argv: list[str]) -> None:
    code = ("from authoring.cli.main import main\n"
            f"try:\n    main({argv!r})\nexcept SystemExit:\n    pass")
    modules = _modules_after(code)
    assert _loaded(modules, HEAVY_LIBRARIES + HEAVY_LAYERS) == []


@pytest.fixture(scope="module")
def draft(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("lazy") / "draft.docx"
    document = Document()
    for text in ("养老机构服务指南", "本文件给出了养老机构服务的指导。", "宜定期开展顾客满意度调查。"):
        document.add_paragraph(text)
    document.save(str(path))
    return path


@pytest.mark.parametrize("options", [["--jobs", "1", "--timeout", "0"], [], ["--format", "json"]],
                         ids=["in-process", "worker", "json"])
def test_check_imports_no_writer_templates_or_studio(draft: Path, tmp_path: Path, options: list[str]) -> None:
    env = {"STDAUTHOR_CACHE_DIR": str(tmp_path / "cache")}
    code = ("from authoring.cli.main import main\n"
            f"code = main(['check', {str(draft)!r}, *{options!r}])\n"
            "assert code in (0, 1), code")
    _modules_after(code, env)  # the first run fills the pack cache
    modules = _modules_after(code, env)
    assert _loaded(modules, NOT_IN_CHECK) == []
    assert "authoring.check" in modules  # the check did run


@pytest.fixture(scope="module")
def decided_draft(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A draft built by stdauthor, with the committee's decisions stored inside."""
    from authoring.decisions import Decisions, ItemDecision
    from authoring.document import Clause, Metadata, Paragraph, StandardDocument
    from authoring.docx.write import write_docx

    path = tmp_path_factory.mktemp("lazy") / "decided.docx"
    doc = StandardDocument(metadata=Metadata(title_zh="养老机构服务规范"), clauses=[
        Clause(number="1", title="范围", blocks=[Paragraph(text="本文件规定了养老机构服务的要求。")])])
    decisions = Decisions(checklist="excellence-guide", clauses={"c1": "1"},
                          items={"4.1": ItemDecision(status="not-applicable", reason="在编制说明中说明。")})
    write_docx(doc, path, decisions=decisions)
    return path


@pytest.mark.parametrize("fmt", ["text", "json", "md", "html"])
def test_check_imports_no_pydantic_once_the_packs_are_cached(draft: Path, decided_draft: Path, tmp_path: Path,
                                                              fmt: str) -> None:
    """Issue 11: the models of the check path are plain records; pydantic validates only what a
    person wrote (a pack the cache does not hold yet, a project file)."""
    env = {"STDAUTHOR_CACHE_DIR": str(tmp_path / "cache")}
    reports = tmp_path / "reports"  # several HTML reports go to a folder
    output = ["-o", str(reports), "--force"] if fmt == "html" else []
    code = ("import contextlib, io, pathlib, sys\n"
            "from authoring.cli.main import main\n"
            "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
            f"    code = main(['check', {str(draft)!r}, {str(decided_draft)!r}, '--jobs', '1', '--timeout', '0',"
            f" '--format', {fmt!r}, *{output!r}])\n"
            "assert code in (0, 1), code\n"
            f"shown = out.getvalue() + ''.join(p.read_text('utf-8') for p in pathlib.Path({str(reports)!r}).glob('*'))\n"
            "assert '在编制说明中说明' in shown  # the stored decision was read\n"
            "assert 'pydantic' not in sys.modules, 'the check imported pydantic'\n")
    _modules_after(code.replace("assert 'pydantic' not in", "assert 'pydantic' in"), env)  # cold: packs validated
    modules = _modules_after(code, env)
    assert _loaded(modules, ("pydantic", "pydantic_core", "authoring._schema")) == []


def test_the_cli_constants_match_the_layers_they_stand_for() -> None:
    from authoring.check import FAIL_ON_CHOICES
    from authoring.cli import build_cmd, check_cmd, comments_cmd, explain_cmd
    from authoring.document import STAGES, FunctionType, Kind
    from authoring.paperwork.resolution import COPY_SUFFIXES
    from authoring.paperwork.table import FORMATS
    from authoring.project import DEFAULT_CHECKLIST

    assert check_cmd.FAIL_ON_CHOICES == FAIL_ON_CHOICES
    assert comments_cmd.FORMATS == FORMATS
    assert comments_cmd.COPY_SUFFIXES == COPY_SUFFIXES
    assert build_cmd.STAGES == STAGES
    assert build_cmd.KINDS == tuple(k.value for k in Kind) and build_cmd.DEFAULT_KIND == Kind.GBT.value
    assert build_cmd.DEFAULT_CHECKLIST == DEFAULT_CHECKLIST
    assert set(build_cmd._FUNCTIONS.values()) <= set(FunctionType.__members__)
    assert set(explain_cmd._FUNCTIONS) == set(check_cmd.FUNCTION_CHOICES) == {
        f.value for f in FunctionType if f is not FunctionType.UNKNOWN}


def test_check_file_leaves_the_callers_collector_alone(draft: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import authoring.docx.read as reader
    from authoring.check import check_file
    from authoring.checklist import load_packs

    seen: list[bool] = []
    real = reader.read_draft

    def spying(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(reader, "read_draft", spying)
    assert gc.isenabled()
    check_file(draft, load_packs().get("excellence-guide"))
    assert seen == [True] and gc.isenabled()


def test_the_command_restores_the_collector(draft: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from authoring.cli.main import main

    assert gc.isenabled()
    main(["check", str(draft), "--jobs", "1", "--timeout", "0"])
    assert gc.isenabled() and gc.get_freeze_count() == 0
    gc.disable()
    try:
        main(["check", str(draft), "--jobs", "1", "--timeout", "0"])
        assert not gc.isenabled() and gc.get_freeze_count() == 0
    finally:
        gc.enable()
    capsys.readouterr()


def test_the_script_flushes_everything_before_leaving(tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, "-m", "authoring", "checklist", "show", "excellence-guide", "--format",
                          "json"], capture_output=True, text=True, cwd=ROOT, timeout=120,
                         env={**os.environ, "STDAUTHOR_CACHE_DIR": str(tmp_path)})
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["id"] == "excellence-guide"
    missing = subprocess.run([sys.executable, "-m", "authoring", "check", str(tmp_path / "nope.docx")],
                             capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert missing.returncode == 2 and "nope.docx" in missing.stderr


def test_output_that_cannot_be_flushed_on_the_way_out_is_not_a_success(tmp_path: Path) -> None:
    code = (
        "import errno, io, sys\n"
        "class Full(io.StringIO):\n"
        "    def flush(self):\n"
        "        raise OSError(errno.ENOSPC, 'No space left on device')\n"
        "sys.stdout = Full()\n"
        "sys.argv = ['stdauthor', 'checklists', '--format', 'json']\n"
        "from authoring.cli.main import entry\n"
        "entry()\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120,
                         env={**os.environ, "STDAUTHOR_CACHE_DIR": str(tmp_path)})
    assert run.returncode == 2, run.stderr
    assert "No space left on device" in run.stderr and "Traceback" not in run.stderr


def test_a_reader_that_stops_early_is_no_error(tmp_path: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "authoring", "checklist", "show", "excellence-guide"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
                            env={**os.environ, "STDAUTHOR_CACHE_DIR": str(tmp_path)})
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(10)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0 and "Traceback" not in err
