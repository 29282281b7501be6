"""stdauthor: write, check and emit service standards that integrate excellent service.

The package is layered around one model of a standard (:mod:`authoring.document`):
checklists and project files feed it, the Word reader and writer convert it, coverage
and lint analyse it, reports render the results. Front ends (``cli``, ``tui``) sit on top.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
