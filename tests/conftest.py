"""Shared test fixtures: paths to ../shared (skipped when absent) and LibreOffice rendering."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SHARED_FIXTURES = SHARED / "fixtures" / "real"
SEEDS = SHARED / "seeds"


@pytest.fixture(autouse=True)
def _crash_logs_in_tmp(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Internal-error logs written by a test go to a temporary folder, not the user's state dir."""
    monkeypatch.setenv("STDAUTHOR_LOG_DIR", str(tmp_path_factory.getbasetemp() / "crash-logs"))


@pytest.fixture(autouse=True)
def _cache_in_tmp(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """The cache of parsed checklist packs lives in a temporary folder (one per test run), not the user's."""
    monkeypatch.setenv("STDAUTHOR_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))


@pytest.fixture
def shared_fixtures() -> Path:
    """``../shared/fixtures/real``; the test is skipped when it is absent."""
    if not SHARED_FIXTURES.is_dir():
        pytest.skip("../shared/fixtures is absent")
    return SHARED_FIXTURES


@pytest.fixture
def seeds() -> Path:
    """``../shared/seeds``; the test is skipped when it is absent."""
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is absent")
    return SEEDS


def soffice_path() -> str | None:
    """The LibreOffice binary, if installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def soffice_or_skip() -> str:
    """The LibreOffice binary; the test is skipped without it, except under CI (``CI=true``),
    where `.ci/run` installs it and its absence is a failure."""
    soffice = soffice_path()
    if soffice is None:
        if os.environ.get("CI"):
            pytest.fail("LibreOffice is required under CI (.ci/run installs it)")
        pytest.skip("LibreOffice is not installed")
    return soffice


@pytest.fixture
def render_pdf(tmp_path: Path):
    """Render a ``.docx`` to PDF with LibreOffice headless and return the PDF's path.

    Skipped when LibreOffice is absent, except under CI (see :func:`soffice_or_skip`).
    """
    soffice = soffice_or_skip()

    def render(docx: Path) -> Path:
        outdir = tmp_path / "pdf"
        outdir.mkdir(exist_ok=True)
        profile = tmp_path / "lo-profile"
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(outdir), str(docx)],
            check=True, capture_output=True, timeout=180,
        )
        pdf = outdir / (docx.stem + ".pdf")
        assert pdf.exists(), f"LibreOffice produced no PDF for {docx}"
        return pdf

    return render


def pdf_pages_text(pdf: Path) -> list[str]:
    """The text of each page of ``pdf`` (pdftotext from poppler-utils)."""
    exe = shutil.which("pdftotext")
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("pdftotext is required under CI (.ci/run installs poppler-utils)")
        pytest.skip("pdftotext is not installed")
    out = subprocess.run(
        [exe, "-layout", str(pdf), "-"], check=True, capture_output=True, timeout=60
    ).stdout.decode("utf-8", errors="replace")
    return out.split("\f")[:-1] if out.endswith("\f") else out.split("\f")
