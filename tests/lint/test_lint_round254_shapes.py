"""False alarms judged blind on round 254's unseen standards (bench/real zzzzzzzzzt: HJ 9—2022's cataloguing rules, GB
39707—2020's terms), rebuilt as small made-up drafts of the same shape beside a case the rule must still report."""

from __future__ import annotations

from lint_docs import add_paragraph, clause_of, conformant_guide, of_rule

from authoring.document import Example
from authoring.lint import run_lint


def _placeholders(*texts: str, published: bool = True, label: bool = False) -> list[str]:
    doc = conformant_guide()
    if published:
        doc.metadata.stage = "发布稿"
    for number, text in enumerate(texts, start=1):
        if label:
            clause_of(doc, f"5.{number}").blocks.append(Example(text=""))
        add_paragraph(doc, f"5.{number}", text)
    return [f.location for f in of_rule(run_lint(doc), "wording.placeholder")]


def test_an_example_under_a_label_of_its_own_names_no_one_on_purpose() -> None:
    """示例： on a line of its own, then XXX 同志在 XX 年……的讲话 (HJ 9—2022 9.1.2.3, a PDF's copy): the line is the
    example, whose placeholders a published standard keeps on purpose (four judged FALSE). The same line with no label
    above it, or in a draft not yet published, is still reported."""
    line = "XXX 同志在 XX 年全国生态环境系统扶贫工作会议上的讲话：坚决扛起脱贫攻坚政治责任"
    assert _placeholders(line, label=True) == []
    assert _placeholders(line) == ["5.1"]
    assert _placeholders(line, label=True, published=False) == ["5.1"]


def test_a_value_the_text_prescribes_and_a_sentence_s_illustration_are_no_slots() -> None:
    """著录为“□□□” (HJ 9—2022 9.1.3.4: the record made when no one can be found) and ……职务，如：XXX（XX 省生态环境厅
    厅长） (9.1.3.3: an illustration's name left general) were reported as placeholders (judged FALSE). A quoted XXX
    that is no recorded value, and an illustration in an unpublished draft, are still reported."""
    assert _placeholders("经考证仍无结果时，著录为“□□□”。", "必要时在姓名后著录职务，如：XXX（XX 省生态环境厅厅长）。") == []
    assert _placeholders("本文件由“XXX”负责解释。") == ["5.1"]
    assert _placeholders("必要时在姓名后著录职务，如：XXX（XX 省生态环境厅厅长）。", published=False) == ["5.1"]


def test_a_formula_s_brackets_around_quantities_named_in_words_are_mathematics() -> None:
    """GB 39707—2020 3.24: 根据公式（3）计算： = TEQ ∑ ( 二噁英毒性同类物浓度 × TEF), a formula flattened into its
    definition, was told to use full-width brackets (judged FALSE). Half-width brackets around Chinese words that are no
    product are still reported."""
    doc = conformant_guide()
    add_paragraph(doc, "5.1", "毒性当量为实测浓度与毒性当量因子的乘积。根据公式（3）计算： = TEQ ∑ ( 二噁英毒性同类物浓度 × TEF)")
    add_paragraph(doc, "5.2", "应记录处置设施(含焚烧炉)的运行参数。")
    assert [f.location for f in of_rule(run_lint(doc), "wording.ascii-punctuation")] == ["5.2"]
