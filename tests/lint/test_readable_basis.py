"""A finding's basis names what a reader can look up: GB/T 1.1—2020's clause and the topic, never our
own summary's section numbers (a QA reader saw "GB/T 1.1—2020 (spec §2.5)" in Word comments)."""

from __future__ import annotations

import pytest

from authoring.i18n import get_lang, set_lang
from authoring.lint import RULES, readable_basis


@pytest.fixture(autouse=True)
def _language_restored():
    before = get_lang()
    yield
    set_lang(before)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_rule_basis_shows_our_summary_s_sections(lang: str) -> None:
    set_lang(lang)
    for rule in RULES.values():
        shown = readable_basis(rule.basis)
        assert "spec" not in shown and "§" not in shown, (rule.id, shown)
        assert shown.startswith(("GB/T 1.1", "GB/T 1.1—2009", "ISO")) or not rule.basis.startswith("GB/T"), shown
        if lang == "en":
            assert "附录" not in shown and "（" not in shown, (rule.id, shown)


def test_the_topic_is_said_in_the_reader_s_language() -> None:
    set_lang("zh")
    assert readable_basis("GB/T 1.1—2020 8.7 (spec §2.5)") == "GB/T 1.1—2020 8.7（术语和定义）"
    set_lang("en")
    assert readable_basis("GB/T 1.1—2020 8.7 (spec §2.5)") == "GB/T 1.1—2020 8.7 (terms and definitions)"
    assert readable_basis("GB/T 1.1—2020 附录C (spec §4.1)") == "GB/T 1.1—2020 Annex C (verbal forms)"


def test_a_draft_judged_by_the_2009_edition_is_told_so_in_each_basis() -> None:
    """A committee revising a 2009-era standard was asked for the 2009 sentence on the authority of
    GB/T 1.1—2020 8.3 (QA pass 11, A9): the basis names the edition applied, the 2020 clause kept as
    a pointer; a 2020 draft's basis is as before."""
    from lint_docs import conformant_guide

    from authoring.lint import run_lint

    set_lang("zh")
    doc = conformant_guide()
    doc.foreword.blocks[0].text = "本标准按照GB/T 1.1—2020给出的规则起草。"  # the wrong edition's sentence
    now = [f for f in run_lint(doc) if f.rule == "boilerplate.foreword"]
    assert now and now[0].basis == "GB/T 1.1—2020 8.3（前言）"
    doc.metadata.legacy_2009 = True
    doc.metadata.year, doc.metadata.stage = "2016", "发布稿"
    then = [f for f in run_lint(doc) if f.rule == "boilerplate.foreword"]
    assert then and then[0].basis == "GB/T 1.1—2009（前言；GB/T 1.1—2020 中为 8.3）", then[0].basis
    set_lang("en")
    assert readable_basis("GB/T 1.1—2020 附录C (spec §4.1)", "GB/T 1.1—2009") == \
        "GB/T 1.1—2009 (verbal forms; Annex C in GB/T 1.1—2020)"
    assert readable_basis("GB/T 1.1—2020 8.1, 8.3 (spec §1.1)", "GB/T 1.1—2000") == \
        "GB/T 1.1—2000 (elements and their order; 8.1, 8.3 in GB/T 1.1—2020)"
    assert readable_basis("GB/T 1.1—2020, GB/T 15834—2011", "GB/T 1.1—2009") == "GB/T 1.1—2009, GB/T 15834—2011"
