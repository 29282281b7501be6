"""The JSON report is exactly the stdauthor.check/1 object: keys, types, no anchors."""

from __future__ import annotations

import json

from authoring.check import CheckResult
from authoring.report import render_json

TOP = {"schema", "file", "document", "checklist", "coverage", "findings"}
DOCUMENT = {"title": str, "number": str, "function": str, "clauses": int, "characters": int, "rules": str,
            "rules_declared": bool, "structure": str, "language": str, "notices": list, "service_density": (float, type(None))}
RULE_SETS = {"GB/T 1.1—2020", "GB/T 1.1—2009", "GB/T 1.1—2000", "ISO/IEC Directives Part 2", "none"}
ITEM = {"id": str, "title": str, "status": str, "score": float, "evidence": list}
EVIDENCE = {"location": str, "place": str, "excerpt": str, "methods": list}
FINDING = {"rule": str, "severity": str, "location": str, "place": str, "message": str, "excerpt": str, "basis": str}


def _assert_shape(obj: dict, shape: dict) -> None:
    assert set(obj) == set(shape)
    for key, kind in shape.items():
        value = obj[key]
        if kind is float:
            assert isinstance(value, (int, float)) and not isinstance(value, bool), key
        elif kind == (float, type(None)):
            assert value is None or (isinstance(value, (int, float)) and not isinstance(value, bool)), key
        else:
            assert isinstance(value, kind), key


def test_json_keys_and_types_are_exact(result: CheckResult) -> None:
    data = json.loads(render_json(result))
    assert set(data) == TOP
    assert data["schema"] == "stdauthor.check/1"
    assert isinstance(data["file"], str)
    _assert_shape(data["document"], DOCUMENT)
    assert data["document"]["rules"] in RULE_SETS
    assert data["document"]["structure"] in {"gbt", "articles", "outline", "none"}
    assert data["document"]["function"] in {"规范", "规程", "指南", "unknown"}
    assert set(data["checklist"]) == {"id", "version"}
    assert set(data["coverage"]) == {"score", "items"}
    assert 0.0 <= data["coverage"]["score"] <= 1.0
    assert len(data["coverage"]["items"]) == len(result.coverage.items)
    for item in data["coverage"]["items"]:
        _assert_shape(item, {**ITEM, "reason": str} if item["status"] == "not-applicable" else ITEM)
        assert item["status"] in {"covered", "partial", "missing", "not-applicable"}
        for evidence in item["evidence"]:
            _assert_shape(evidence, EVIDENCE)
            assert all(isinstance(m, str) for m in evidence["methods"])
    assert len(data["findings"]) == len(result.findings)
    for finding in data["findings"]:
        _assert_shape(finding, FINDING)
        assert finding["severity"] in {"error", "warning", "info"}
        assert finding["rule"].count(".") == 1


def test_json_carries_the_results_values(result: CheckResult) -> None:
    data = json.loads(render_json(result))
    assert data["checklist"] == {"id": result.checklist.id, "version": result.checklist.version}
    assert [i["id"] for i in data["coverage"]["items"]] == [i.id for i in result.coverage.items]
    assert data["coverage"]["items"][0]["evidence"][0]["methods"] == result.coverage.items[0].evidence[0].methods
    assert [f["rule"] for f in data["findings"]] == [f.rule for f in result.findings]


def test_json_has_no_anchors_and_keeps_cjk(result: CheckResult) -> None:
    text = render_json(result)
    assert "anchor" not in text
    assert "员工赋权和参与" in text  # not \\u-escaped


def test_json_of_a_batch_is_an_array(result: CheckResult) -> None:
    data = json.loads(render_json([result, result]))
    assert isinstance(data, list) and len(data) == 2
    assert all(d["schema"] == "stdauthor.check/1" for d in data)


def test_json_item_titles_follow_the_language(result: CheckResult, english) -> None:
    data = json.loads(render_json(result))
    titles = {i["id"]: i["title"] for i in data["coverage"]["items"]}
    assert titles["5.2"] == "Employee empowerment"
    assert titles["5.3"] == "顾客需求识别"  # no English title in the pack: the coverage title stays
