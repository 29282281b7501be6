"""``python -m authoring`` runs the command line."""

from authoring.cli.main import entry

entry()
