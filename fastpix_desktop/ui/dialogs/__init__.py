"""Dialogs of the window, shown with show()/open(), never exec() in a coroutine (qasync#59)."""
