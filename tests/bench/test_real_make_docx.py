"""The real corpus's converter (bench/real/make_docx.py) keeps a saved web page's paragraphs as a browser shows them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench" / "real"))

from make_docx import blocks  # noqa: E402


def test_a_page_saved_on_one_line_keeps_its_paragraphs_and_drops_what_a_browser_never_shows() -> None:
    """Round 167: a minified page (doctype, menu, headings, paragraphs, list items and a script all on one line) was one
    run-together paragraph that began with <!doctype html>, and the reader read no text at all."""
    page = ('<!doctype html><html><head><title>Complaints | Acme</title><style>p{color:red}</style></head><body>'
            '<h2>Our Commitment</h2><p>We aim to resolve complaints within five working days.</p><ul><li>Listen'
            '</li><li>Put things right</li></ul><p>Call us<br>0170 2416673</p>'
            '<script>document.addEventListener("x",function(){})</script></body></html>')
    texts = [value for kind, value in blocks(page) if kind == "p"]
    assert texts == ["Complaints | Acme", "Our Commitment", "We aim to resolve complaints within five working days.",
                     "Listen", "Put things right", "Call us", "0170 2416673"]
    # a page written a block to a line reads as before
    assert [v for _, v in blocks("<p>One.</p>\n<p>Two <b>bold</b>.</p>\n")] == ["One.", "Two bold."]
