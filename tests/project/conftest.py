"""Fixtures for the project tests: a small checklist shaped like the guide's, built in code."""

from __future__ import annotations

from pathlib import Path

import pytest

from authoring.checklist import Checklist, parse_checklist
from authoring.records import to_data

#: The bundled example as it was in version 1 (examples/ now holds version 2): the v1 paths' fixture.
V1_EXAMPLE = Path(__file__).parent / "data" / "elderly-care-v1.yaml"


def _item(item_id: str, title: str, *, methods: int = 0, children: list | None = None,
          points: tuple[str, ...] = ()) -> dict:
    return {
        "id": item_id, "title_zh": title, "text_zh": f"{title}的指导内容，组织应考虑。",
        "points_zh": points,
        "methods": [
            {"id": f"{item_id}.{chr(97 + k)}", "letter": chr(97 + k), "text_zh": f"{title}方法{k + 1}，应持续改进"}
            for k in range(methods)
        ],
        "children": children or [],
    }


def build_checklist() -> Checklist:
    """Chapters 4–7 with sub-items under 5.6 and methods on chapters 5 and 6."""
    return parse_checklist({
        "id": "excellence-guide",
        "title_zh": "服务标准编写融入卓越服务的指南",
        "source": "服务标准编写融入卓越服务的指南（征求意见稿）",
        "chapters": [
            {"id": "4", "title_zh": "总则", "items": [
                _item("4.1", "行业现状与特点"), _item("4.2", "愿景、使命和战略"),
                _item("4.3", "服务对象与顾客需求"), _item("4.4", "内容明确"),
            ]},
            {"id": "5", "title_zh": "服务提供需考虑因素", "items": [
                _item("5.1", "领导和管理", methods=3, points=("制定愿景、使命、战略和宗旨；", "通过员工培训，确保实现卓越服务目标；")),
                _item("5.2", "员工赋权和参与", methods=2),
                _item("5.6", "顾客体验", methods=1, children=[
                    _item("5.6.1", "了解顾客需要"), _item("5.6.2", "保持服务适应性"),
                ]),
                _item("5.8", "活动和结果", methods=2),
            ]},
            {"id": "6", "title_zh": "服务内容设计", "items": [
                _item("6.1", "基本功能设计", methods=2), _item("6.2", "针对顾客的愉悦设计"),
            ]},
            {"id": "7", "title_zh": "评价", "items": [
                _item("7.1", "评价方法"), _item("7.2", "顾客视角的评价"),
            ]},
        ],
    })


@pytest.fixture
def checklist() -> Checklist:
    return build_checklist()


@pytest.fixture
def pack_dir(tmp_path_factory) -> "Path":
    """A folder holding the small checklist as a pack file (for ``--checklists``)."""
    import json
    from pathlib import Path

    folder: Path = tmp_path_factory.mktemp("packs")
    # JSON is YAML: the pack file needs no YAML writer.
    (folder / "excellence-guide.yaml").write_text(
        json.dumps(to_data(build_checklist()), ensure_ascii=False, indent=1), "utf-8")
    return folder
