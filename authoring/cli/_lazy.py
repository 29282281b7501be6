"""Names a command module imports only when the command runs, not when the parser is built.

``stdauthor --help`` imports every ``*_cmd`` module to register its subcommands, so those
modules import nothing heavy at their top. What a command needs (the check machinery, the
writer, pydantic models) is listed in a :class:`LazyNames` table instead; the module's
``__getattr__`` imports a name on first attribute access, and :meth:`LazyNames.bind` puts them
all into the module's globals at the start of a command. A name already bound (a test or a
prelude replaced it) is kept.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any


class LazyNames:
    """``{name: "package.module"}`` (or ``"package.module:other_name"``) for one command module."""

    def __init__(self, module_globals: dict[str, Any], names: Mapping[str, str]) -> None:
        self._globals = module_globals
        self._names = dict(names)

    def get(self, name: str) -> Any:
        """The value of ``name``, imported now and kept in the module's globals."""
        try:
            source = self._names[name]
        except KeyError:
            raise AttributeError(f"module {self._globals['__name__']!r} has no attribute {name!r}") from None
        module, _, attribute = source.partition(":")
        value = getattr(importlib.import_module(module), attribute or name)
        self._globals[name] = value
        return value

    def bind(self) -> None:
        """Import every listed name not bound yet."""
        for name in self._names:
            if name not in self._globals:
                self.get(name)
