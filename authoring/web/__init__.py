"""The studio in a browser: ``stdauthor serve`` runs one studio process per browser tab.

The pieces, each small and testable on its own:

* :mod:`access` – who may connect: loopback by default, a token otherwise, Host and Origin checks.
* :mod:`folders` – the only folders a browser can reach (the project's and the drafts folder).
* :mod:`upload` – a .docx dropped from the browser: size-limited, read like the CLI reads it.
* :mod:`fonts` – a CJK monospace font served from this machine (no internet is assumed).
* :mod:`jail` – inside each studio process, file access outside the folders is refused.
* :mod:`written` – which files each tab's studio wrote, so that tab's toolbar offers them.
* :mod:`server` – textual-serve's server with the above wired in (imported only by ``serve``).
"""
