"""The held-out bench corpus builds into Word files and its gold labels stay complete."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import docx
import pytest
from ruamel.yaml import YAML

BENCH = Path(__file__).resolve().parents[2] / "bench"
CORPUS = BENCH / "corpus"
LINT = CORPUS / "lint"

# The guide's items (seeds/004, clauses 4.1–7.5): the ids every draft must be labelled on.
GUIDE_ITEMS = {
    "4.1", "4.2", "4.3", "4.4",
    "5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "5.6.1", "5.6.2", "5.7", "5.8",
    "6.1", "6.2", "6.3", "6.4",
    "7.1", "7.2", "7.3", "7.4", "7.5",
}
# The agreed minimum set of lint rule ids (briefs/common.md).
LINT_RULES = {
    "structure.missing-element", "structure.element-order", "structure.hanging-paragraph",
    "structure.mixed-titles", "numbering.clause-sequence", "numbering.list-sequence",
    "numbering.table-sequence", "numbering.list-marker", "reference.unreferenced-annex",
    "reference.unreferenced-table", "reference.unreferenced-figure", "reference.dangling-clause",
    "reference.standard-number", "reference.source-format", "reference.uncited-normative",
    "terms.synonym", "wording.requirement-in-guide", "wording.requirement-in-informative",
    "wording.modal-form", "wording.placeholder", "boilerplate.foreword", "boilerplate.patent",
    "boilerplate.normative-lead-in", "boilerplate.terms-lead-in", "content.repeated-block",
}
DRAFTS = sorted(p for p in CORPUS.glob("*.md") if p.name != "README.md")
CASES = sorted(LINT.glob("*.md"))


def _builder():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("corpus_docx", BENCH / "corpus_docx.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


BUILDER = _builder()


def _yaml(path: Path) -> dict:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def test_corpus_is_there() -> None:
    assert 8 <= len(DRAFTS) <= 10
    assert 4 <= len(CASES) <= 6


@pytest.mark.parametrize("src", DRAFTS + CASES, ids=lambda p: p.stem)
def test_source_builds_into_docx(src: Path, tmp_path: Path) -> None:
    source = BUILDER.parse_source(src.read_text(encoding="utf-8"))
    out = BUILDER.build_docx(src, tmp_path / f"{src.stem}.docx")
    document = docx.Document(str(out))
    texts = [p.text for p in document.paragraphs]
    headings = [ln.split(" ", 1)[1] for ln in source.lines if re.match(r"^#{2,6} ", ln)]
    assert headings and all(h in texts for h in headings)
    styled = {p.text for p in document.paragraphs if p.style.name.startswith("Heading")}
    if source.meta.get("版式", "heading") == "heading":
        assert set(headings) <= styled
    else:
        assert not styled
    captions = [ln for ln in source.lines if re.match(r"^表([A-Z]\.)?\d+\u3000", ln)]
    assert len(document.tables) >= len(captions)
    body = [ln for ln in source.lines if ln and not ln.startswith(("#", "|", "%"))]
    assert all(line in texts for line in body)


def test_gold_labels_every_item_of_every_draft() -> None:
    gold = {slug: {str(k): v for k, v in items.items()} for slug, items in _yaml(CORPUS / "gold.yaml").items()}
    assert set(gold) == {p.stem for p in DRAFTS}
    for slug, items in gold.items():
        assert set(items) == GUIDE_ITEMS, slug
        for item_id, label in items.items():
            assert label["status"] in ("covered", "partial", "missing"), (slug, item_id)
            if label["status"] != "missing" and item_id != "5.6":
                assert label.get("clauses"), (slug, item_id)
        children = {items["5.6.1"]["status"], items["5.6.2"]["status"]}
        derived = "covered" if children == {"covered"} else "missing" if children == {"missing"} else "partial"
        assert items["5.6"]["status"] == derived, slug


def test_gold_items_match_the_bundled_pack_when_present() -> None:
    from authoring.checklist import load_packs

    packs = load_packs()
    if "excellence-guide" not in packs:
        pytest.skip("excellence-guide pack not bundled yet")
    pack_items = {item.id for item in packs["excellence-guide"].items()}
    assert GUIDE_ITEMS <= pack_items


def test_lint_gold_names_known_rules_and_existing_cases() -> None:
    gold = _yaml(LINT / "gold.yaml")
    assert set(gold) == {p.stem for p in CASES}
    assert gold["conformant-2020"]["findings"] == []
    for name, case in gold.items():
        for entry in (case.get("findings") or []) + (case.get("acceptable") or []):
            assert entry["rule"] in LINT_RULES, (name, entry)
            assert entry["location"], (name, entry)
