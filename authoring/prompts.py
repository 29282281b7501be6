"""The writing prompts a skeleton draft holds (【编写提示】请写明……的条款。参考：……): text we wrote for the author
to replace, never the draft's own words. Lint does not judge them and coverage takes no evidence from them."""

from __future__ import annotations

from functools import lru_cache

from authoring._paths import template_path


@lru_cache(maxsize=1)
def _prompt_markers() -> tuple[str, ...]:
    from authoring.yamlio import cached_quick_load, load_yaml

    path = template_path("lint_words.yaml")
    data = cached_quick_load(path)
    if data is None:
        data = load_yaml(path)[0]
    return tuple(str(m) for m in data["prompt_markers"])


def is_writing_prompt(text: str) -> bool:
    """True for a skeleton's writing prompt (【编写提示】…)."""
    return text.lstrip().startswith(_prompt_markers())


def writing_prompts_in(text: str) -> int:
    """How many writing prompts ``text`` holds, wherever they stand (a reference line's title too)."""
    return sum(text.count(marker) for marker in _prompt_markers())
