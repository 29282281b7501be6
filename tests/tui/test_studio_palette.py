"""The command palette speaks the studio's language: no English Textual commands in the Chinese UI."""

from __future__ import annotations

import re
from pathlib import Path

from textual.command import CommandList, CommandPalette

from authoring.i18n import set_lang
from authoring.tui.app import StudioApp

ENGLISH_ONLY = ("Copy selected text", "Maximize", "Minimize", "Screenshot", "Theme", "Quit", "Keys")


async def _palette_texts(pilot) -> list[str]:
    await pilot.press("ctrl+p")
    for _ in range(40):
        await pilot.pause(0.05)
        palette = pilot.app.screen
        if isinstance(palette, CommandPalette) and palette.query_one(CommandList).option_count:
            break
    from textual.command import CommandInput

    placeholder = pilot.app.screen.query_one(CommandInput).placeholder
    commands = pilot.app.screen.query_one(CommandList)
    texts = [str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count)]
    await pilot.press("escape")
    await pilot.pause()
    return [placeholder, *texts]


async def test_the_chinese_palette_has_no_english_commands(project_path: Path, checklist) -> None:
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+o", "tab", "tab", "tab")  # in the editor, where Maximize is offered
        texts = await _palette_texts(pilot)
        assert texts
        for text in texts:
            assert not any(text.startswith(word) for word in ENGLISH_ONLY), text
            assert re.search(r"[\u4e00-\u9fff]", text), f"not in Chinese: {text}"
        assert len(texts) == len(set(texts)), "each command once"
        assert any("最大化" in t for t in texts), "Maximize stays, in Chinese"
        assert not any(t.startswith("命令") for t in texts), "the palette does not offer itself"
        app.session = None


async def test_the_english_palette_is_english(project_path: Path, checklist) -> None:
    set_lang("en")
    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        texts = await _palette_texts(pilot)
        assert "Export Word" in "\n".join(texts)
        assert not [t for t in texts if re.search(r"[\u4e00-\u9fff]", t.split(" ", 2)[0]) and t != "中/EN"]
        app.session = None


def _shown(app) -> dict[str, str]:
    """Key → description of the bindings the footer shows on the current screen."""
    return {key: active.binding.description for key, active in app.screen.active_bindings.items()
            if active.binding.show}


async def test_textuals_own_keys_are_named_in_chinese(project_path: Path, checklist) -> None:
    """An open Select and the palette showed their Esc as "Dismiss menu" and "Exit the command
    palette" in the Chinese footer."""
    from textual.widgets import Select

    app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        assert _shown(app).get("escape") == "关闭命令面板"
        await pilot.press("escape")
        await pilot.press("f3")
        await pilot.pause()
        kind = app.screen.query_one("#meta-kind", Select)
        kind.focus()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert kind.expanded
        assert _shown(app).get("escape") == "关闭菜单"
        assert not [d for d in _shown(app).values() if d and not re.search(r"[\u4e00-\u9fff]", d)]
        await pilot.press("escape")
        await pilot.press("f2")  # to English: the open menu's key follows
        await pilot.pause()
        kind.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert _shown(app).get("escape") == "Dismiss menu"
        await pilot.press("escape")
        app.session = None


async def test_a_search_that_finds_nothing_says_so_in_the_studios_language(project_path: Path, checklist) -> None:
    """QA pass 9, finding B6: the Chinese palette said "No matches found"."""
    for lang, words in (("zh", "没有匹配的命令"), ("en", "No matches found")):
        set_lang(lang)
        app = StudioApp(project_path, checklist=checklist, autosave_delay=60)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            await pilot.press("ctrl+p")
            await pilot.pause()
            await pilot.press(*"qqqxyz")
            commands = app.screen.query_one(CommandList)
            texts: list[str] = []
            for _ in range(40):  # Textual says it after half a second without a match
                await pilot.pause(0.05)
                texts = [str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count)]
                if any("匹配" in t or "No matches" in t for t in texts):
                    break
            assert any(words in t for t in texts), (lang, texts)
            if lang == "zh":
                assert not any("No matches" in t for t in texts), texts
            app.session = None
