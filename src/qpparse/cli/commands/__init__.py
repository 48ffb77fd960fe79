"""One module per command (or pair of related commands); :mod:`qpparse.cli.app` registers them.

Modules here import only typer and the light parts of qpparse at import time: Rich, the rules
and the exports are imported inside the commands that need them.
"""
