"""The examples in the coverage, lint, reader and text-hygiene docstrings run."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "authoring.coverage", "authoring.coverage.matcher", "authoring.lint", "authoring.lint.patterns",
    "authoring.docx.read._toc_numbers", "authoring.text",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.attempted > 0 and result.failed == 0
