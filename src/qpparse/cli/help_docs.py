"""``docs/cli.md``: the ``--help`` of every command, with the notes that hold for all of them.

Regenerate it with ``python -m qpparse.cli.docs --cli`` (``--cli --check`` reports a stale
file). Help is formatted at a fixed width so the file does not depend on the terminal.
"""

from __future__ import annotations

from collections.abc import Iterator

import typer.core
import typer.main

CLI_MD = "docs/cli.md"
HELP_WIDTH = 100

INTRO = """\
# Command line: `qpparse`

<!-- Generated from `--help` by `python -m qpparse.cli.docs --cli`; do not edit. -->

## Reading many files

`parse`, `check`, `show` and `export` take files, directories and `-` (standard input):

- a directory is searched recursively for `*.txt` and `*.pdf` (any case), or for the patterns
  given with `--glob` (repeatable; a pattern holding a `/` matches the path below the directory).
  Hidden files and directories are skipped, links to directories are not followed, and the files
  found are read in sorted order, so output is stable. A file named on the command line is read
  whatever its name. The root of the file system is refused;
- `--jobs N` parses and checks in `N` processes (`0`: one per CPU). Output keeps the input order;
- `--max-bytes SIZE` (default `50MB`) refuses a larger input; the library's
  `qpparse.read(..., max_bytes=...)` does the same for scripts;
- a progress bar appears on stderr only when stderr is a terminal and there are more than 20
  inputs; piped or redirected runs never show one;
- `parse --format jsonl` writes each record as soon as it is ready (a line per deliberation);
- `check` on several files ends its text output with a table of errors, warnings and infos per
  file.

An unusable input (missing, empty, binary, too large) does not stop the others: each gets one
line on stderr, `qpparse: error: PATH: reason`, once the output is written, and the run exits 2.
Formats made of self-contained lines or blocks (`parse --format jsonl`, `check` text, `github`
and `jsonl`, `show`) keep what the usable inputs gave; whole documents (`parse` JSON, `check`
`json`, `sarif` and `junit`, `export`, `render`) are not written at all, so a partial document is
never taken for a complete one.

Exit codes: `0` success · `1` findings of error severity (`check`; warnings too with
`--strict`) · `2` usage error or unusable input.

## pre-commit

The repository ships a hook (`.pre-commit-hooks.yaml`). In a project holding extracts:

```yaml
repos:
  - repo: https://github.com/OWNER/qpparse   # where qpparse is published
    rev: v0.1.0
    hooks:
      - id: qpparse-check
        args: [--ignore, QP5]                  # any `qpparse check` option
```

qpparse's own `.pre-commit-config.yaml` runs the installed `qpparse check` on `samples/valid/`
(`repo: local`, so it needs no network).

## Shell completion

`qpparse --install-completion` installs completion for the current shell (bash, zsh, fish,
PowerShell); `qpparse --show-completion` prints the script instead, to install it by hand.

## Commands
"""


def command_helps(width: int = HELP_WIDTH) -> Iterator[tuple[str, str]]:
    """``(invocation, help text)`` for the root command, then every command in its order."""
    from .app import app

    root = typer.main.get_command(app)
    context = root.context_class(
        root, info_name="qpparse", terminal_width=width, max_content_width=width
    )
    yield "qpparse", root.get_help(context)
    assert isinstance(root, typer.core.TyperGroup)  # the app has a callback: it is a group
    for name in root.list_commands(context):
        command = root.get_command(context, name)
        if command is None or command.hidden:
            continue
        sub_context = command.context_class(
            command, info_name=name, parent=context, terminal_width=width, max_content_width=width
        )
        yield f"qpparse {name}", command.get_help(sub_context)


def cli_markdown() -> str:
    """The whole of docs/cli.md."""
    sections = [
        f"### `{invocation}`\n\n```text\n{text.rstrip()}\n```\n"
        for invocation, text in command_helps()
    ]
    return INTRO + "\n" + "\n".join(sections)
