"""``python -m authoring`` runs the command line."""

from authoring.cli.main import main

raise SystemExit(main())
