"""The sentence starts offered in the provisions editor are in the draft's language: English (The organization
shall establish …) when the studio speaks English and the project is an English draft, Chinese otherwise, also
for a Chinese project in the English studio, whose output is a Chinese draft (QA pass 9, finding B6: an English
draft in the English studio was offered 应建立……)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from textual.widgets import OptionList, TextArea

from authoring.checklist import load_packs
from authoring.i18n import set_lang
from authoring.tui.app import StudioApp

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile("[\u4e00-\u9fff]")
ENGLISH = """\
version: 2
metadata:
  title_en: Customer Service Accessibility Policy
  function: unknown
  structure: outline
checklist: excellence-guide
items:
  "5.2":
    status: addressed
    links: [training]
body:
  clauses:
    - id: purpose
      number: "1"
      title: Purpose
      blocks:
        - The purpose of this policy is to meet the requirements of the Accessibility Standards for Customer Service.
        - All goods and services provided by the Company shall be consistent with the principles of dignity.
    - id: training
      number: "2"
      title: Training
      blocks:
        - The Company will provide training to all employees who deal with the public.
"""


@pytest.fixture
def guide():
    return load_packs()["excellence-guide"]


@pytest.fixture
def english(studio_env: Path) -> Path:
    path = studio_env / "policy.yaml"
    path.write_text(ENGLISH, encoding="utf-8")
    return path


@pytest.fixture
def chinese(studio_env: Path) -> Path:
    path = studio_env / "s.yaml"
    shutil.copy(ROOT / "examples" / "elderly-care.yaml", path)
    return path


async def _starts(path: Path, guide, lang: str, item: str = "5.2") -> list[str]:
    set_lang(lang)
    app = StudioApp(path, checklist=guide, lang=lang, autosave_delay=60)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        app.screen.select_item(item)
        await pilot.pause()
        options = app.screen.query_one("#starts", OptionList)
        starts = [str(options.get_option_at_index(k).prompt) for k in range(options.option_count)]
        app.session = None
    return starts


async def test_an_english_draft_in_the_english_studio_is_offered_english_starts(english: Path, guide) -> None:
    starts = await _starts(english, guide, "en")
    assert "The organization shall establish …" in starts
    # The guide's points of 5.2, as a sentence of the organization's (the function is unknown: shall).
    assert "The organization shall define employees' responsibilities and give them authority." in starts
    assert not any(CJK.search(start) for start in starts), starts


async def test_the_english_start_is_inserted_for_the_author_to_go_on(english: Path, guide) -> None:
    set_lang("en")
    app = StudioApp(english, checklist=guide, lang="en", autosave_delay=60)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        author = app.screen
        author.select_item("5.2")
        await pilot.pause()
        options = author.query_one("#starts", OptionList)
        index = next(k for k in range(options.option_count)
                     if str(options.get_option_at_index(k).prompt) == "The organization shall ensure …")
        options.focus()
        options.highlighted = index
        await pilot.press("enter")
        await pilot.pause()
        area = author.query_one("#provisions", TextArea)
        # The stub without its ellipsis, the cursor after its space: the author types the next word at once.
        last = area.text.splitlines()[-1]
        assert last == "The organization shall ensure "
        assert app.screen.focused is area and area.cursor_location == (area.document.line_count - 1, len(last))
        app.session = None


async def test_an_english_draft_in_the_chinese_studio_keeps_the_chinese_starts(english: Path, guide) -> None:
    starts = await _starts(english, guide, "zh")
    assert "应建立……" in starts


async def test_a_chinese_project_in_the_english_studio_keeps_the_chinese_starts(chinese: Path, guide) -> None:
    starts = await _starts(chinese, guide, "en")
    assert "应建立……" in starts and not any(start.startswith("The organization") for start in starts)
