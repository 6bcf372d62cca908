"""Allow ``python -m app`` to run the command line."""

import sys

from app.cli import main

sys.exit(main())
