"""A CJK monospace font for the browser terminal, served from this machine.

The terminal page (xterm.js) asks for "Roboto Mono", which has no Chinese. Left alone, a
browser draws Chinese in whatever font it falls back to, and with no internet nothing better
can be fetched. So the server offers Noto Sans Mono CJK SC from this machine's fonts (Debian's
``fonts-noto-cjk``) under the same family name for the CJK ranges only: Latin stays Roboto Mono
(shipped with textual-serve), a full-width character fills its two cells.

The system file is a 19 MB collection of ten faces; the SC face is cut down once to the
characters of GB 2312, the punctuation and forms blocks and every character of the bundled
checklists and templates (about 3.5 MB), and cached. A character outside it still shows, in
the browser's own fallback font.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

FACE = "Noto Sans Mono CJK SC"
CANDIDATES = (
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansMonoCJKsc-Regular.otf",
)
#: The ranges the CJK face covers in the page (CSS unicode-range).
UNICODE_RANGE = ("U+2E80-2FDF, U+3000-303F, U+3040-30FF, U+3100-312F, U+31A0-31BF, U+3200-33FF, "
                 "U+3400-4DBF, U+4E00-9FFF, U+F900-FAFF, U+FE30-FE4F, U+FF00-FFEF")
VERSION = "1"


def find_system_font() -> Path | None:
    """The file holding Noto Sans Mono CJK SC on this machine, or None."""
    for candidate in CANDIDATES:
        if os.path.isfile(candidate):
            return Path(candidate)
    if shutil.which("fc-match"):
        try:
            out = subprocess.run(["fc-match", "-f", "%{file}\n%{family}", FACE], capture_output=True,
                                 text=True, timeout=10).stdout
        except (OSError, subprocess.SubprocessError):
            return None
        file, _, family = out.partition("\n")
        if "CJK" in family and os.path.isfile(file):
            return Path(file)
    return None


def cache_dir() -> Path:
    """``fonts/`` in stdauthor's cache folder (``$STDAUTHOR_CACHE_DIR``, else ``~/.cache/stdauthor``)."""
    from authoring._paths import cache_dir as stdauthor_cache

    return stdauthor_cache() / "fonts"


def _wanted_characters() -> set[int]:
    chars: set[int] = set(range(0x20, 0x7F)) | set(range(0x3000, 0x3040)) | set(range(0xFF00, 0xFFF0))
    for b1 in range(0xA1, 0xF8):  # every character of GB 2312
        for b2 in range(0xA1, 0xFF):
            try:
                chars.update(map(ord, bytes((b1, b2)).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    from authoring._paths import data_dir

    for name in ("checklists", "templates", "examples"):
        for path in data_dir(name).rglob("*"):
            if path.suffix in (".yaml", ".yml", ".md", ".txt", ".json"):
                try:
                    chars.update(ord(c) for c in path.read_text(encoding="utf-8") if ord(c) >= 0x2E80)
                except (OSError, UnicodeDecodeError):
                    continue
    return chars


def _face_index(path: Path) -> int | None:
    from fontTools.ttLib import TTCollection

    collection = TTCollection(str(path), lazy=True)
    for index, font in enumerate(collection.fonts):
        if font["name"].getDebugName(4) == FACE:
            return index
    return None


def cjk_font(cache: Path | None = None, *, on_build=None) -> Path | None:
    """The cut-down SC face as an .otf (made on first use, then cached), or None when this
    machine has no such font or fontTools is missing. ``on_build()`` is called before making it."""
    source = find_system_font()
    if source is None:
        return None
    stat = source.stat()
    key = hashlib.sha256(f"{VERSION}:{source}:{stat.st_size}:{stat.st_mtime_ns}".encode()).hexdigest()[:16]
    folder = cache or cache_dir()
    target = folder / f"noto-sans-mono-cjk-sc-{key}.otf"
    if target.is_file():
        return target
    try:
        from fontTools import subset
        from fontTools.ttLib import TTFont
    except ImportError:
        return None
    if on_build is not None:
        on_build()
    if source.suffix.lower() in (".ttc", ".otc"):
        index = _face_index(source)
        if index is None:
            return None
        font = TTFont(str(source), fontNumber=index, lazy=False)
    else:
        font = TTFont(str(source))
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(_wanted_characters()))
    subsetter.subset(font)
    folder.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(f".{os.getpid()}.tmp")
    font.save(str(tmp))
    os.replace(tmp, target)
    return target
