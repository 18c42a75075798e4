"""Entry point: ``vomdesk`` opens the app, ``vomdesk COMMAND`` runs an admin command."""

import sys

from vomdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
