"""Command line front end: ``stdauthor`` and ``python -m authoring``.

Each ``*_cmd.py`` module in this package contributes subcommands through
``register(subparsers)``; :mod:`authoring.cli.main` discovers them.
"""
