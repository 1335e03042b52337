"""``python -m analysis``: see :mod:`analysis.cli`."""

import sys

try:
    from .cli import main

    sys.exit(main())
except KeyboardInterrupt:  # Ctrl-C while importing, or in a one-article run: one line, the shell's status
    print("interrupted", file=sys.stderr)
    sys.exit(130)
