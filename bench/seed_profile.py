"""Bench child, run once per bench: what a set-up user has before starting the app. The OBS
address in the app's settings, and the FastPix credentials and OBS password in the keyring the
environment selects (the real Secret Service). Usage: ``seed_profile.py HOST PORT``, with the
secrets as JSON in BENCH_SEED_SECRETS."""

from __future__ import annotations

import importlib
import json
import os
import sys

import keyring
import layout
from PySide6.QtCore import QSettings

from fastpix_desktop.core import secrets as names
from fastpix_desktop.ui.settings import AppSettings

APP_NAME = importlib.import_module(layout.module("window_app")).APP_NAME


def main() -> None:
    host, port = sys.argv[1], int(sys.argv[2])
    settings = QSettings(APP_NAME, APP_NAME)
    AppSettings(settings).set_obs_address(host, port)
    settings.sync()
    for name, value in json.loads(os.environ["BENCH_SEED_SECRETS"]).items():
        keyring.set_password(names.SERVICE, name, value)
    backend = keyring.get_keyring()
    print(f"{type(backend).__module__}.{type(backend).__qualname__}")


if __name__ == "__main__":
    main()
