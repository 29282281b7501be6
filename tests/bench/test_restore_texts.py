"""bench/real/restore_texts.py's conversions of a snapshot's file into the text the corpus keeps (rounds 216-217)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench" / "real"))

from restore_texts import without_blade_directives, without_front_matter  # noqa: E402


def test_an_astro_page_loses_its_front_matter_only() -> None:
    page = b"---\nimport Layout from '../layouts/Layout.astro';\n---\n<Layout>\n<h1>Terms</h1>\n---\n</Layout>"
    assert without_front_matter(page, {}) == b"<Layout>\n<h1>Terms</h1>\n---\n</Layout>"


def test_a_blade_view_loses_its_directive_lines_and_keeps_its_expressions() -> None:
    view = (b"@extends('layouts.app')\n\n@section('heading')\n    The {{ config('team.name') }} Policies\n"
            b"@endsection\n<p>Email us @ the office.</p>\n  @include('partials.footer')  ")
    assert without_blade_directives(view, {}) == (
        b"\n    The {{ config('team.name') }} Policies\n<p>Email us @ the office.</p>")
