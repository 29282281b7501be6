"""Fixtures for the studio tests: a small checklist built in code, a project on disk, a private config folder."""

from __future__ import annotations

import asyncio
import inspect
from pathlib import Path

import pytest

from authoring.checklist import Checklist, parse_checklist
from authoring.i18n import set_lang


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run ``async def`` tests in a fresh event loop (no asyncio plugin is installed)."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    args = {name: pyfuncitem.funcargs[name] for name in pyfuncitem._fixtureinfo.argnames}
    asyncio.run(pyfuncitem.obj(**args))
    return True


def small_checklist() -> Checklist:
    """A pack shaped like the guide (chapters 4–7, methods, sub-items), small enough to read."""
    def method(item: str, letter: str, text: str) -> dict:
        return {"id": f"{item}.{letter}", "letter": letter, "text_zh": text, "text_en": f"method {item}.{letter}"}

    return parse_checklist({
        "id": "excellence-guide", "title_zh": "服务标准编写融入卓越服务的指南", "source": "test",
        "chapters": [
            {"id": "4", "title_zh": "总则", "title_en": "General", "items": [
                {"id": "4.3", "title_zh": "服务对象与顾客需求", "title_en": "Customers and needs",
                 "text_zh": "在明确顾客的期待和要求的基础上，确定服务对象。",
                 "cues": {"zh": ["顾客需求", "服务对象"]}},
            ]},
            {"id": "5", "title_zh": "服务提供需考虑因素", "title_en": "Service provision", "items": [
                {"id": "5.2", "title_zh": "员工赋权和参与", "title_en": "Employee empowerment",
                 "text_zh": "员工投入度超越顾客期望所做的事情：",
                 "points_zh": ["明确员工职责，赋予员工权力；", "提供激励员工投入度的环境。"],
                 "methods": [method("5.2", "a", "管理层通过授权和职责来鼓励员工；"),
                             method("5.2", "b", "建立团队建设文化；")],
                 "cues": {"zh": ["赋权", "员工参与"]}},
                {"id": "5.6", "title_zh": "顾客体验", "title_en": "Customer experience", "children": [
                    {"id": "5.6.1", "title_zh": "了解顾客需要", "title_en": "Knowing customers",
                     "text_zh": "充分了解顾客当前和未来的需要。", "cues": {"zh": ["顾客反馈"]}},
                ]},
            ]},
            {"id": "6", "title_zh": "服务内容设计", "title_en": "Service design", "items": [
                {"id": "6.4", "title_zh": "协议", "title_en": "Agreement", "text_zh": "在开展服务之前确认服务内容。",
                 "cues": {"zh": ["服务协议"]}},
            ]},
            {"id": "7", "title_zh": "评价", "title_en": "Evaluation", "items": [
                {"id": "7.1", "title_zh": "评价方法", "title_en": "Evaluation methods", "text_zh": "制定评价方法。",
                 "cues": {"zh": ["评价"]}},
            ]},
        ],
    })


@pytest.fixture
def checklist() -> Checklist:
    return small_checklist()


@pytest.fixture(autouse=True)
def studio_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Every test gets its own config folder and working folder, in Chinese."""
    config = tmp_path / "config"
    monkeypatch.setenv("STDAUTHOR_CONFIG_DIR", str(config))
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    set_lang("zh")
    yield work
    set_lang("zh")


@pytest.fixture
def project_path(studio_env: Path, checklist: Checklist) -> Path:
    """A fresh project (every item to do) saved in the working folder."""
    from authoring.project import new_project

    path = studio_env / "养老服务指南.yaml"
    new_project("养老机构卓越服务指南", kind="GB/T", function="指南", stage="征求意见稿", checklist=checklist, version=1).save(path)
    return path


async def type_text(pilot, text: str) -> None:
    """Type ``text`` key by key, as a terminal sends it.

    ``pilot.press`` loses characters whose key name it cannot turn back into the character
    (full-width punctuation such as ，。：), so those are sent as the same key events the
    terminal driver sends; everything else goes through ``pilot.press``.
    """
    from textual import events
    from textual.keys import _character_to_key

    for char in text:
        if char.isalnum() or char.isascii():
            await pilot.press(char)
            continue
        event = events.Key(_character_to_key(char), char)
        event.set_sender(pilot.app)
        pilot.app._driver.send_message(event)
        await pilot.pause()


def fully_shown(widget, text: str) -> bool:
    """True when all of ``text`` is drawn inside ``widget``, and the widget lies within every container.

    Wrapped lines are joined, and spaces and the box-drawing characters of borders ignored,
    so a message may take several rows of a framed box.
    """
    import re

    from textual.geometry import Region

    strips = widget.render_lines(Region(0, 0, *widget.outer_size))
    drawn = re.sub(r"[\s\u2500-\u259f]", "", "".join(strip.text for strip in strips))
    if "".join(text.split()) not in drawn:
        return False
    region = widget.region
    return all(node.region.contains_region(region) for node in widget.ancestors if hasattr(node, "region")
               and node is not widget.app)


def screen_text(app) -> str:
    """The text on the app's screen now, one terminal row per line (read from a screenshot)."""
    import html
    import re
    from collections import defaultdict

    rows: dict[float, list[tuple[float, str]]] = defaultdict(list)
    pattern = r'<text class="[^"]*" x="([\d.]+)" y="([\d.]+)"[^>]*>(.*?)</text>'
    for m in re.finditer(pattern, app.export_screenshot()):
        text = html.unescape(re.sub(r"<[^>]+>", "", m.group(3))).replace("\xa0", " ")
        rows[float(m.group(2))].append((float(m.group(1)), text))
    return "\n".join("".join(t for _, t in sorted(rows[y])).rstrip() for y in sorted(rows))
