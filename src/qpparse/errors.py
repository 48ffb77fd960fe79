"""The one small family of exceptions the library raises: for input it cannot use at all.

Everything else a parser or a check has to say is data (findings, ``unrecognised`` lines).
"""


class QpparseError(Exception):
    """Base class: the input cannot be turned into an extract."""


class UnreadableInputError(QpparseError):
    """The input is missing, a directory, empty, binary, or cannot be decoded as text."""
