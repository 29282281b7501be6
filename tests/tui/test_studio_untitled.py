"""An imported regulation's articles have no titles (第三条 …): the studio names each by its number and the
first words of its text, in the link dialog, the place dialog, the outline screen and the guide view, cut to
the room there is (QA pass 9, finding B7: every one read 第三条 （无标题）, and linking needed Word open beside it)."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from textual.geometry import Region
from textual.widgets import OptionList

from authoring.tui.app import StudioApp
from authoring.tui.dialogs.link import LinkDialog
from authoring.tui.dialogs.place import PlaceDialog
from authoring.tui.screens.outline import ClauseTree, OutlineScreen
from tests.tui.conftest import screen_text

THIRD = "养老机构应当建立入住评估制度，评估结果作为确定照护等级和收费标准的依据，并告知老年人或者其代理人。"
REGULATION = f"""\
version: 2
metadata:
  title_zh: 某市养老服务条例
  function: unknown
  structure: articles
checklist: excellence-guide
items:
  "4.3":
    status: todo
    links:
      - clause: 第三条
        proposed: true
body:
  clauses:
    - id: 第一章
      number: 第一章
      title: 总则
      children:
        - id: 第一条
          number: 第一条
          blocks:
            - 为了规范养老服务，保障老年人合法权益，制定本条例。
        - id: 第二条
          number: 第二条
          blocks:
            - 本条例适用于本市行政区域内的养老服务及其监督管理。
        - id: 第三条
          number: 第三条
          blocks:
            - {THIRD}
            - 评估应当每年至少进行一次。
        - id: 第四条
          number: 第四条
"""


@pytest.fixture
def regulation(studio_env: Path) -> Path:
    path = studio_env / "条例.yaml"
    path.write_text(REGULATION, encoding="utf-8")
    return path


@contextlib.asynccontextmanager
async def _studio(path: Path, checklist, size: tuple[int, int]):
    app = StudioApp(path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        yield app, pilot
        app.session = None


def _options(dialog) -> list[str]:  # noqa: ANN001
    options = dialog.query_one(OptionList)
    return [str(options.get_option_at_index(k).prompt) for k in range(options.option_count)]


def _drawn(widget) -> list[str]:  # noqa: ANN001
    return [strip.text.rstrip() for strip in widget.render_lines(Region(0, 0, *widget.outer_size))]


@pytest.mark.parametrize("size", [(80, 24), (120, 36)], ids=["80x24", "120x36"])
async def test_the_link_dialog_names_an_untitled_article_by_its_first_words(regulation: Path, checklist,
                                                                           size: tuple[int, int]) -> None:
    async with _studio(regulation, checklist, size) as (app, pilot):
        app.screen.select_item("4.3")
        await pilot.pause()
        await pilot.press("ctrl+l")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, LinkDialog)
        third = next(o for o in _options(dialog) if "第三条" in o)
        assert "养老机构应当建立入住评估制度" in third and "（无标题）" not in third
        assert "第四条" in " ".join(_options(dialog)), "an article with no text is still listed"
        options = dialog.query_one(OptionList)
        rows = [row for row in _drawn(options) if "第三条" in row]
        assert len(rows) == 1 and rows[0].rstrip(" ▎▊").endswith("…"), rows  # one row, cut where the room ends


async def test_the_place_dialog_and_the_guide_view_name_it_too(regulation: Path, checklist) -> None:
    async with _studio(regulation, checklist, (120, 36)) as (app, pilot):
        author = app.screen
        author.select_item("4.3")
        await pilot.pause()
        where = str(author.query_one("#item-where").content)
        assert "第三条 养老机构应当建立" in where, where
        await pilot.press("ctrl+f")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, PlaceDialog)
        assert any(o.strip(" ★").startswith("第三条 养老机构应当建立") for o in _options(dialog)), _options(dialog)


@pytest.mark.parametrize("size", [(80, 24), (120, 36)], ids=["80x24", "120x36"])
async def test_the_outline_screen_names_it_and_keeps_its_links_in_sight(regulation: Path, checklist,
                                                                       size: tuple[int, int]) -> None:
    async with _studio(regulation, checklist, size) as (app, pilot):
        await pilot.press("ctrl+b")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, OutlineScreen)
        tree = app.screen.query_one(ClauseTree)
        rows = [row for row in _drawn(tree) if "第三条" in row]
        assert len(rows) == 1, rows
        assert "第三条 养老机构应当建立" in rows[0] and "（无标题）" not in rows[0]
        assert rows[0].rstrip(" ▕").endswith("← 4.3?"), rows  # the first words give way to the link
        assert "第四条 （无标题）" in screen_text(app), "an article with no text says so"


ENGLISH_TEXT = """\
version: 2
metadata:
  title_en: Accessibility statement
  function: unknown
  structure: none
checklist: excellence-guide
body:
  clauses:
    - id: 正文
      number: 正文
      blocks:
        - We answer every accessibility complaint within ten working days.
        - The site was last tested against WCAG 2.1 AA in March.
"""


async def test_an_english_text_s_one_unit_is_named_in_english(studio_env: Path, checklist) -> None:
    """QA pass 12, B7: an English draft read without structure is one unit, 正文; the English studio showed 正文 in
    the place dialog (and its reason: the last chapter: 正文) and in the outline."""
    from authoring.i18n import set_lang

    path = studio_env / "statement.yaml"
    path.write_text(ENGLISH_TEXT, encoding="utf-8")
    set_lang("en")
    try:
        async with _studio(path, checklist, (120, 36)) as (app, pilot):
            app.screen.select_item("5.7")
            await pilot.pause()
            await pilot.press("ctrl+f")
            await pilot.pause()
            dialog = app.screen
            assert isinstance(dialog, PlaceDialog)
            shown = " ".join(_options(dialog)) + screen_text(app)
            assert "body text We answer every" in shown and "正文" not in shown, shown
            await pilot.press("escape")
            await pilot.pause()
            await pilot.press("ctrl+b")
            await pilot.pause()
            await pilot.pause()
            assert isinstance(app.screen, OutlineScreen)
            rows = _drawn(app.screen.query_one(ClauseTree))
            assert any("body text We answer" in row for row in rows) and not any("正文" in row for row in rows), rows
    finally:
        set_lang("zh")
