"""A stand-in (see plotly/__init__.py)."""
