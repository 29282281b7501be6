"""Turn a standard's PDF into the plain text the corpus keeps, as round 193's rule fixes it.

A PDF whose text layer gives at least 100 Han characters a page is read with ``pdftotext``
(poppler, no ``-layout``). Otherwise its pages are images (a scan): each page is rendered at
200 dpi in grey by ``pdftoppm`` and read by RapidOCR (``rapidocr_onnxruntime``, whose PP-OCR
Chinese models ship inside its wheel); the recognised boxes are joined into lines by their
vertical overlap, left to right with two spaces between boxes, and pages are joined by a
form feed. The text is kept as the converter gives it.

RapidOCR is not a dependency of stdauthor: install it in a separate environment
(``python -m venv /tmp/ocr && /tmp/ocr/bin/pip install rapidocr_onnxruntime==1.4.4``) and run
this file with that environment's Python.

Usage: ``python bench/real/pdf_to_text.py IN.pdf OUT.txt``
"""

from __future__ import annotations

import glob
import os
import re
import subprocess
import sys
import tempfile

HAN = re.compile(r"[\u3400-\u9fff]")
LAYER_MIN_HAN_PER_PAGE = 100


def page_count(pdf: str) -> int:
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def text_layer(pdf: str) -> str:
    done = subprocess.run(["pdftotext", pdf, "-"], capture_output=True)
    return done.stdout.decode("utf-8", errors="replace") if done.returncode == 0 else ""


def lines_of(result) -> list[str]:
    """OCR boxes as lines: a box joins the first line whose height holds its middle."""
    boxes = sorted((min(p[1] for p in box), max(p[1] for p in box), min(p[0] for p in box), text)
                   for box, text, _score in result or [])
    lines: list[dict] = []
    for top, bottom, left, text in boxes:
        middle = (top + bottom) / 2
        for line in lines:
            if line["top"] <= middle <= line["bottom"]:
                line["parts"].append((left, text))
                break
        else:
            lines.append({"top": top, "bottom": bottom, "parts": [(left, text)]})
    lines.sort(key=lambda line: line["top"])
    return ["  ".join(text for _left, text in sorted(line["parts"])) for line in lines]


def ocr(pdf: str) -> str:
    from rapidocr_onnxruntime import RapidOCR

    engine = RapidOCR()
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", pdf, os.path.join(tmp, "pg")], check=True,
                       stderr=subprocess.DEVNULL)  # (poppler's complaints about fonts a page image does not use)
        pages = sorted(glob.glob(os.path.join(tmp, "pg-*.png")),
                       key=lambda p: int(p.rsplit("-", 1)[1].split(".")[0]))
        texts = []
        for page in pages:
            result, _elapse = engine(page)
            texts.append("\n".join(lines_of(result)))
    return "\n\f".join(texts) + "\n"


def convert(pdf: str) -> tuple[str, str]:
    """The text and the converter's name."""
    layer = text_layer(pdf)
    if len(HAN.findall(layer)) >= LAYER_MIN_HAN_PER_PAGE * page_count(pdf):
        return layer, "pdftotext"
    return ocr(pdf), "rapidocr"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    text, how = convert(argv[0])
    with open(argv[1], "w", encoding="utf-8") as out:
        out.write(text)
    print(f"{how}: {len(HAN.findall(text))} Han characters")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
