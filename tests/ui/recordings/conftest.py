"""The recordings window fixtures (defined in test_recordings_window.py), for every module here."""

from tests.ui.recordings.test_recordings_window import (  # noqa: F401 - fixtures, by name
    fetched,
    rec_window,
    sandbox,
    wall,
)
