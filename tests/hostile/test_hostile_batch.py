"""Item 3: batches isolate each draft: good, unreadable, hanging, crashing and dying drafts mixed.

Every draft is reported on its own line; the good drafts always get their reports; a hang is
stopped at ``--timeout``; a crash or a dead worker fails only its draft, with the
internal-error exit code (3) and a log; the run stays within time and memory limits.
"""

from __future__ import annotations

import json
from pathlib import Path

import hostile_docs as hd
import pytest


def _batch(folder: Path, *names: str) -> list[Path]:
    folder.mkdir(exist_ok=True)
    made = []
    for name in names:
        path = folder / name
        if name.startswith("bad"):
            hd.unreadable(path)
        elif name.startswith("roman"):
            hd.huge_start(path)
        elif name.startswith("bodyroot"):
            hd.body_root(path)
        else:
            hd.good(path)
        made.append(path)
    return made


def _lines_for(run: hd.Run, path: Path) -> list[str]:
    return [line for line in hd.messages(run) if str(path) in line]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_mixed_batch_reports_every_good_draft(tmp_path: Path, jobs: str) -> None:
    names = ["a-good.docx", "bad.docx", "crash.docx", "die.docx", "hang.docx", "roman.docx", "z-good.docx"]
    paths = _batch(tmp_path / "drafts", *names)
    logs = tmp_path / "logs"
    run = hd.run_cli("check", tmp_path / "drafts", "--format", "json", "--fail-on", "none", "--jobs", jobs,
                     "--timeout", "4", prelude=hd.FAULTS, env={"STDAUTHOR_LOG_DIR": str(logs)}, timeout=90)
    assert "Traceback" not in run.stderr, run.stderr
    reported = [Path(d["file"]).name for d in json.loads(run.stdout)]
    assert reported == ["a-good.docx", "roman.docx", "z-good.docx"]
    by_name = dict(zip(names, paths))
    assert len(_lines_for(run, by_name["bad.docx"])) == 1
    assert "4 秒" in _lines_for(run, by_name["hang.docx"])[0]
    crash = _lines_for(run, by_name["crash.docx"])
    assert len(crash) == 1 and "RuntimeError: injected crash" in crash[0] and str(logs) in crash[0]
    died = _lines_for(run, by_name["die.docx"])
    assert len(died) == 1 and "SIGKILL" in died[0] and str(logs) in died[0]
    assert len(hd.messages(run)) == 4  # one per draft that failed, nothing else
    assert run.code == 3  # a crash is a bug: the internal-error code wins
    assert run.seconds < 60
    logged = list(logs.glob("crash-*.log"))
    assert logged and any("injected crash" in p.read_text() for p in logged)


def test_hang_alone_is_a_timeout_with_exit_2(tmp_path: Path) -> None:
    paths = _batch(tmp_path / "drafts", "good.docx", "hang.docx")
    run = hd.run_cli("check", *paths, "--format", "json", "--fail-on", "none", "--timeout", "3",
                     prelude=hd.FAULTS, timeout=60)
    assert [Path(d["file"]).name for d in json.loads(run.stdout)] == ["good.docx"]
    line = hd.one_line(run, str(paths[1]), "--timeout")
    assert "内部错误" not in line
    assert run.code == 2
    assert run.seconds < 30


def test_memory_hog_fails_alone(tmp_path: Path) -> None:
    paths = _batch(tmp_path / "drafts", "good.docx", "hog.docx")
    run = hd.run_cli("check", *paths, "--format", "json", "--fail-on", "none", prelude=hd.FAULTS, timeout=60,
                     env={"STDAUTHOR_LOG_DIR": str(tmp_path / "logs")})
    assert [Path(d["file"]).name for d in json.loads(run.stdout)] == ["good.docx"]
    hd.one_line(run, str(paths[1]), "MemoryError")
    assert run.code == 3


def test_failed_annotation_keeps_the_report_at_any_jobs(tmp_path: Path) -> None:
    # bogus comments part: the check reads it, python-docx cannot annotate it.
    folder = tmp_path / "drafts"
    folder.mkdir()
    good = hd.good(folder / "a.docx")
    bogus = hd.bogus_comments(folder / "b.docx")
    for jobs in ("1", "2"):
        out = tmp_path / f"annotated-{jobs}"
        run = hd.run_cli("check", good, bogus, "--format", "json", "--fail-on", "none", "--annotate", out,
                         "--jobs", jobs, env={"STDAUTHOR_LOG_DIR": str(tmp_path / "logs")})
        assert [Path(d["file"]).name for d in json.loads(run.stdout)] == ["a.docx", "b.docx"]
        hd.one_line(run, str(out / "b.annotated.docx"), "AttributeError")
        assert (out / "a.annotated.docx").is_file() and not (out / "b.annotated.docx").exists()
        assert run.code == 2


def test_in_process_crash_is_isolated_too(tmp_path: Path) -> None:
    """``--jobs 1 --timeout 0`` checks in this process: a crash still costs only its draft."""
    paths = _batch(tmp_path / "drafts", "crash.docx", "good.docx")
    run = hd.run_cli("check", *paths, "--format", "json", "--fail-on", "none", "--jobs", "1", "--timeout", "0",
                     prelude=hd.FAULTS, env={"STDAUTHOR_LOG_DIR": str(tmp_path / "logs")})
    assert [Path(d["file"]).name for d in json.loads(run.stdout)] == ["good.docx"]
    hd.one_line(run, str(paths[0]), "RuntimeError: injected crash")
    assert run.code == 3


def test_an_empty_folder_alone_is_one_line_without_a_table(tmp_path: Path) -> None:
    """A table whose only row says 无法读取 repeated the error line under it (a QA reader's empty folder)."""
    folder = tmp_path / "空文件夹"
    folder.mkdir()
    run = hd.run_cli("check", folder, timeout=60)
    assert run.code == 2
    hd.one_line(run, "空文件夹", "文件夹中没有 Word 草案")
    assert "检查汇总" not in run.stdout + run.stderr


def test_ctrl_c_keeps_the_reports_of_the_drafts_already_checked(tmp_path: Path, monkeypatch, capsys) -> None:
    """QA: Ctrl+C 12 s into a 721-draft check wrote none of the reports already done."""
    from authoring.cli import check_cmd
    from authoring.cli.main import main

    drafts = tmp_path / "drafts"
    drafts.mkdir()
    for n in range(4):
        hd.good(drafts / f"草案{n}.docx")
    real = check_cmd.check_steps

    def steps(task):  # noqa: ANN001, ANN202 - the third draft is where the user presses Ctrl+C
        if task.path.endswith("草案2.docx"):
            raise KeyboardInterrupt
        yield from real(task)

    monkeypatch.setattr(check_cmd, "check_steps", steps)
    out = tmp_path / "reports"
    code = main(["--lang", "zh", "check", str(drafts), "-o", str(out), "--format", "json", "--jobs", "1",
                 "--timeout", "0"])
    err = capsys.readouterr().err
    assert code == 130
    assert sorted(p.name for p in out.iterdir()) == ["草案0.json", "草案1.json"], err
    assert "已检查的 2 个草案的报告已写入" in err and "其余 2 个未检查" in err, err
