"""What the commands share about the files they write. Nothing heavy is imported at the top
(building the parser imports every command module)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

__all__ = ["shell_word"]


def shell_word(path: str | Path) -> str:
    """``path`` as one word of a command to copy: quoted only where a shell would split or expand it."""
    path = str(path)
    return shlex.quote(path) if not path or re.search(r"[\s'\"$`\\!*?;&|<>(){}\[\]#~]", path) else path
