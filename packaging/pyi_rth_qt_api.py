"""PyInstaller runtime hook, run before the app's code in the frozen build: pin qasync to PySide6.

qasync takes its Qt binding from the QT_API environment variable when it is set
(qasync/__init__.py); a user's QT_API=pyqt5 (common for matplotlib) would make the frozen app
look for a binding the bundle does not contain, and fail to start.
"""

import os

os.environ["QT_API"] = "pyside6"
