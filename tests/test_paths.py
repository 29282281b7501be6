"""Data folders and the per-user working copy of the bundled example."""

from __future__ import annotations

from pathlib import Path

from authoring._paths import bundled_example, data_dir, working_example


def test_checkout_data_folders_exist() -> None:
    for name in ("checklists", "templates", "examples"):
        assert data_dir(name).is_dir(), name
    assert bundled_example().is_file()


def test_working_example_is_a_copy_that_keeps_the_users_edits(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("STDAUTHOR_DATA_DIR", str(tmp_path / "data"))
    first = working_example()
    assert first.parent == tmp_path / "data"
    assert first.read_bytes() == bundled_example().read_bytes()
    first.write_text(first.read_text(encoding="utf-8") + "# 我的修改\n", encoding="utf-8")
    again = working_example()
    assert again == first
    assert again.read_text(encoding="utf-8").endswith("# 我的修改\n")
    assert "# 我的修改" not in bundled_example().read_text(encoding="utf-8")
