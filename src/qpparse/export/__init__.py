"""Exports: an :class:`~qpparse.model.Extract` → the formats of the open-data field.

- :mod:`qpparse.export.scdl`: CSV following SCDL « Délibérations » 2.1.5, one row per
  deliberation;
- :mod:`qpparse.export.popolo`: a Popolo / Open Civic Data style JSON document;
- :mod:`qpparse.export.attendance_csv`: one row per member per deliberation;
- :mod:`qpparse.export.canonical`: the extract written back as text, in the canonical layout.

Each module is imported on its own (``from qpparse.export import scdl``): nothing here imports
them, so that a command that does not export pays nothing for them.
"""
