"""The JSON report: the ``stdauthor.check/1`` object of one draft, or an array of them for a batch."""

from __future__ import annotations

import json
from collections.abc import Sequence

from authoring.check import CheckResult


def render_json(result: CheckResult | Sequence[CheckResult]) -> str:
    """``result.to_json()`` pretty-printed (CJK kept as is); a list of results gives an array."""
    data = result.to_json() if isinstance(result, CheckResult) else [r.to_json() for r in result]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
