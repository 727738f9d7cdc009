"""Integration tests against a real headless OBS Studio and local stream receivers."""
