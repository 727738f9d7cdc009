"""TODO surface."""
