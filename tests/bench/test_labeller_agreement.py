"""bench/labeller_agreement.py --measured: the checker's verdicts as a measured round recorded them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from labeller_agreement import measured_verdicts  # noqa: E402

_MEASURED = """# Round 999 (made up), measured once
text                                             half  shape       rules        struct   fn       agree    F1  err warn
    zzzzzzzj01-tcamet04012-2-2018- 4.2    gold partial  tool missing  [] gold at ['引言']
    zzzzzzzj01-tcamet04012-2-2018- 5.6.1  gold missing  tool partial  [6.1.1.1, 表192] gold at []
zzzzzzzj01-tcamet04012-2-2018-cbtc-interoperabil fresh pandoc      GB/T 1.1—200 gbt      unknown   0.61  0.67   54   58
zzzzzzzj02-tcamet04011-2-2018-cbtc-interface-par fresh libreoffice GB/T 1.1—200 gbt      unknown   0.65  0.36    1   43
fresh: coverage over 46 labels — addressed P 0.71 R 0.48 F1 0.57, balanced accuracy 0.66, exact 0.63
"""


def test_a_measured_files_texts_and_disagreements_are_read(tmp_path: Path) -> None:
    path = tmp_path / "round999-fresh-measured.txt"
    path.write_text(_MEASURED, encoding="utf-8")
    texts, told = measured_verdicts([path])
    assert texts == {"zzzzzzzj01-tcamet04012-2-2018-cbtc-interoperabil", "zzzzzzzj02-tcamet04011-2-2018-cbtc-interface-par"}
    assert told == {("zzzzzzzj01-tcamet04012-2-2018-", "4.2"): "missing",
                    ("zzzzzzzj01-tcamet04012-2-2018-", "5.6.1"): "partial"}
