"""What round 30's unseen standards (bench/real zf05 GB/T 32907—2016, drafted under GB/T 1.1—2009
with no normative references, so its terms are chapter 2) showed, as a small made-up draft of the
same shape."""

from __future__ import annotations

from lint_docs import conformant_guide, of_rule

from authoring.lint import run_lint


def _terms_in_chapter_two():
    """The guide without its chapter 2: 术语和定义 becomes chapter 2, as a 2009 standard may have it."""
    doc = conformant_guide()
    del doc.clauses[1]
    for number, clause in enumerate(doc.clauses, start=1):
        clause.number = str(number)
    return doc


def test_the_terms_lead_in_names_the_chapter_the_terms_are_in() -> None:
    doc = _terms_in_chapter_two()
    terms = doc.clauses[1]
    assert terms.title == "术语和定义"
    assert of_rule(run_lint(doc), "boilerplate.terms-lead-in") == []
    terms.blocks = terms.blocks[:1]  # the lead-in left, every entry gone
    found = of_rule(run_lint(doc), "boilerplate.terms-lead-in")
    assert [(f.location, f.message) for f in found] == [("2", "引导语称“下列术语和定义”，但第2章没有术语条目。")]


def test_an_unlisted_document_is_not_said_to_be_missing_from_a_chapter_2_the_draft_lacks() -> None:
    doc = _terms_in_chapter_two()  # its citations of GB/T 15624 and GB/T 35796 now listed nowhere
    assert doc.bibliography is not None
    found = of_rule(run_lint(doc), "reference.unlisted-document")
    assert "文中引用了 GB/T15624，但它既不在规范性引用文件中也不在参考文献中。" in [f.message for f in found]
    assert not any("第2章" in f.message for f in found)


def test_entries_typed_as_paragraphs_after_the_lead_in_are_entries_all_the_same() -> None:
    """A converted copy glued its entries into lines (3\\. 1太阳能资源年景 …): the reader sees paragraphs,
    not entries, and the lead-in was reported as announcing terms the chapter lacks, an error on a
    draft whose structure the report itself calls inferred (QA pass 11, B4)."""
    from authoring.document import Paragraph

    doc = _terms_in_chapter_two()
    terms = doc.clauses[1]
    terms.blocks = [terms.blocks[0], Paragraph(text="2\\. 1太阳能资源年景 太阳能资源的年度状况。"),
                    Paragraph(text="2\\. 2总辐射 水平面上接收到的太阳辐射。")]
    assert of_rule(run_lint(doc), "boilerplate.terms-lead-in") == []
