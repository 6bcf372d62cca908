"""Allow ``python -m app`` to run the command line; also the frozen bundle's entry point."""

import multiprocessing
import sys

if __name__ == "__main__":
    # a frozen app starts the console's import child (multiprocessing "spawn") by
    # running itself again: this turns that run into the child; a no-op otherwise
    multiprocessing.freeze_support()

    from app.cli import main

    sys.exit(main())
