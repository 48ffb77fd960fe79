"""qpparse: read, check and publish French « extraits du registre des délibérations ».

The library API::

    import qpparse

    source = qpparse.read("extract.txt")      # bytes → decoded text, encoding, sha256
    extract = qpparse.parse(source)           # → qpparse.Extract (Pydantic model)
    print(extract.model_dump_json(indent=2))
    report = qpparse.check(extract)           # → qpparse.Report: findings + quorum computation
"""

from __future__ import annotations

from .checks import Finding, Report, check
from .errors import QpparseError, UnreadableInputError
from .model import SCHEMA_VERSION, Extract, Person, Source
from .parse import SeveralRecordsWarning, iter_parse, parse, parse_all
from .source import read

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Extract",
    "Finding",
    "Person",
    "QpparseError",
    "Report",
    "SeveralRecordsWarning",
    "Source",
    "UnreadableInputError",
    "__version__",
    "check",
    "iter_parse",
    "parse",
    "parse_all",
    "read",
]
