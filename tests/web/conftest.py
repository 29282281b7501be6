"""Fixtures for the served studio: a built draft, a free loopback port."""

from __future__ import annotations

from pathlib import Path

import pytest

from authoring._paths import bundled_example


@pytest.fixture(scope="session")
def built_draft(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled example built to a Word draft with a Chinese file name."""
    from authoring.cli.main import main

    out = tmp_path_factory.mktemp("draft") / "养老机构服务规范.docx"
    assert main(["build", str(bundled_example()), "-o", str(out)]) in (0, 1)
    assert out.is_file()
    return out
