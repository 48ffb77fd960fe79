"""Small helpers shared by rule modules to put values into one-line messages."""

from __future__ import annotations

import datetime as dt

# English weekday names, so that English messages do not depend on the process locale.
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Attendance list names as a clerk reads them, per message language.
LIST_NAMES = {
    "present": ("present", "présents"),
    "represented": ("represented", "représentés"),
    "excused": ("excused", "excusés"),
    "absent": ("absent", "absents"),
}


def excerpt(text: str, limit: int = 60) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis when longer."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def french_date(day: dt.date) -> str:
    """« 10/03/2022 »: the numeric form both English and French readers of an extract share."""
    return day.strftime("%d/%m/%Y")


def list_names(lists: list[str]) -> dict[str, str]:
    """Template values ``lists_en`` / ``lists_fr`` naming attendance lists in both languages."""
    return {
        "lists_en": ", ".join(LIST_NAMES[name][0] for name in lists),
        "lists_fr": ", ".join(LIST_NAMES[name][1] for name in lists),
    }
