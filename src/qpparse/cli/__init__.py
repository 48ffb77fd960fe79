"""The command-line interface: the only part of qpparse that imports typer and rich."""
