"""False alarms judged blind on round 265's unseen emission standards (bench/real zzzzzzzzzze: DB44/ 765—2019, DB44/
818—2010), rebuilt as small made-up drafts of the same shape beside a case the rule must still report."""

from __future__ import annotations

from lint_docs import places_of, read_typed, told_at, typed_skeleton


def test_what_a_quantity_s_symbol_is_of_keeps_its_brackets() -> None:
    """𝜑’(O2 )——实测的氧含量 (a formula's key: the symbol of oxygen's volume fraction, DB44/ 765—2019 5.2) was told to
    take full-width brackets (judged FALSE). Half-width brackets in a Chinese sentence are still reported."""
    assert places_of("wording.ascii-punctuation", "𝜑’(O2 )——实测的氧含量；φ(O2)——基准氧含量。",
                     "服务人员(含志愿者)应持证上岗。") == ["5.2"]


def test_a_value_with_its_qualifier_in_brackets_is_no_clause_number(tmp_path) -> None:  # noqa: ANN001
    """1.0(扣除参考值c) (a limit and its qualifier, a table's cell on a line of its own in DB44/ 818—2010's text layer) was
    read as clause 1.0 titled (扣除参考值c), then reported as a number run into its title (judged FALSE). A number run
    into a title is still reported."""
    lines = [*typed_skeleton("水泥工业大气污染物排放标准", "本标准规定了水泥工业大气污染物排放限值。"),
             "4 排放控制要求", "4.1 现有企业执行表1规定的排放限值。", "表1 大气污染物排放限值", "颗粒物", "30",
             "1.0(扣除参考值c)", "4.2监测要求", "企业应按规定监测。"]
    doc = read_typed(tmp_path / "a.docx", lines)
    assert "1.0" not in {c.number for c in doc.iter_clauses()}
    assert told_at(doc, "numbering.run-in-number") == ["4.2"]


def test_the_test_methods_set_warning_of_four_sentences_is_no_hanging_paragraph() -> None:
    """GB 21902—2008's 附录 C opens with the set warning of a test method, four sentences (警告———使用本方法的人员应有……。
    本方法并未指出所有可能的安全问题。使用者有责任……。在有可能爆炸的环境下……。), then C.1: judged FALSE as a hanging
    paragraph (round 264, found when the reading mends brought its annexes in). A longer text before C.1 is still one."""
    from lint_docs import add_paragraph, conformant_guide, of_rule

    from authoring.document import Annex, Clause, Paragraph
    from authoring.lint import run_lint

    def hanging(*first: str) -> list[str]:
        doc = conformant_guide()
        doc.annexes.append(Annex(letter="C", title="VOCs 监测技术导则", normative=True,
                                 blocks=[Paragraph(text=t) for t in first],
                                 children=[Clause(number="C.1", title="适用范围", blocks=[Paragraph(text="本附录规定了监测方法。")])]))
        add_paragraph(doc, "5.1", "见附录C。")
        return [f.location for f in of_rule(run_lint(doc), "structure.hanging-paragraph")]

    warning = ("警告———使用本方法的人员应有正规实验室工作的实践经验，熟悉气相色谱和（或）固定污",
               "染源废气的采样方法。本方法并未指出所有可能的安全问题。使用者有责任采取适当的安全和卫",
               "生措施，并保证符合国家有关法规规定的条件。在有可能爆炸的环境下，要特别注意仪器和操作", "的安全性。")
    assert hanging(*warning) == []
    assert hanging(*warning, "本附录适用于有组织排放废气的监测。监测前应制订方案。方案应经审核。") == ["附录C"]
