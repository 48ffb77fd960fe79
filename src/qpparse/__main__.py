"""``python -m qpparse``."""

from qpparse.cli.app import main

main()
