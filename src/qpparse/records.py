"""Records: the sections of a bundle (a « recueil », a session's minutes) → one list per
deliberation, each preceded by the session header and attendance that apply to it.
"""

from __future__ import annotations

from qpparse.segment import Kind, Section, stage, starts_new_record

# Sections that describe the session rather than one deliberation: shared by the deliberations
# that follow them until another session begins.
_SESSION_STAGE = stage(Kind.ATTENDANCE)


def split_records(sections: list[Section]) -> list[list[Section]]:
    """Group sections into deliberations; each group carries its session context first."""
    groups = _cut(sections)
    records: list[list[Section]] = []
    context: list[Section] = []
    for group in groups:
        own_context = [section for section in group if stage(section.kind) <= _SESSION_STAGE]
        if own_context:
            context = own_context
        records.append(group if own_context else context + group)
    return records


def _cut(sections: list[Section]) -> list[list[Section]]:
    """Cut where the document goes back to an earlier stage after a vote or a signature."""
    groups: list[list[Section]] = []
    for section in sections:
        if groups and starts_new_record(section.kind, groups[-1][-1].kind):
            groups.append([section])
        elif groups:
            groups[-1].append(section)
        else:
            groups.append([section])
    return groups
