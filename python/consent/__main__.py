"""python -m consent: the consent command (consent/cli.py)."""
import sys

from consent.cli import main

sys.exit(main())
