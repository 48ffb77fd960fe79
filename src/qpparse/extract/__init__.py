"""Extract: one module per section kind, each filling its part of a :class:`Draft`."""
