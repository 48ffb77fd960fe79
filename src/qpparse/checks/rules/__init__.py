"""The rules, grouped by hundreds; importing this package registers every one of them."""

from __future__ import annotations

from . import (
    qp1xx_structure,
    qp2xx_counts,
    qp3xx_quorum,
    qp4xx_proxies,
    qp5xx_dates,
    qp6xx_numbering,
    qp7xx_votes,
)

__all__ = [
    "qp1xx_structure",
    "qp2xx_counts",
    "qp3xx_quorum",
    "qp4xx_proxies",
    "qp5xx_dates",
    "qp6xx_numbering",
    "qp7xx_votes",
]
