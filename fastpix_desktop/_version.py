"""The single source of the version: pyproject reads it, and so do --version and the spec."""

__version__ = "0.1.0"
