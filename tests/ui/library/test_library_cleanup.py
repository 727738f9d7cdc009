"""Streams created here and never used: marked in the Name column, listed by name before they
are deleted, never "Delete 0 streams", and a create that timed out is found by the cleanup.
Edit stream refuses a reconnect window below FastPix's minimum with a clear message."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from fastpix_desktop.core.errors import ObsRequestError
from fastpix_desktop.core.fastpix.client import FastPixClient
from fastpix_desktop.core.library.rows import LibraryRow
from fastpix_desktop.sandbox import DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY, Fault
from fastpix_desktop.sandbox.state import StreamSpec
from fastpix_desktop.ui.library.model import Column
from fastpix_desktop.ui.library.prompts import EditStreamDialog
from tests.ui.library.test_library_panel import wait_for


def unused_after_a_failed_obs_step(window, qloop, sandbox, obs, name: str) -> str:
    obs.fail_on["set_service"] = ObsRequestError(code=500)
    window.form.name_edit.setText(name)
    qloop.run_until_complete(window.start_create())
    obs.fail_on.clear()
    panel = window.library_panel
    panel.start_refresh()
    wait_for(qloop, lambda: any(r.unused for r in panel.rows))
    return next(r.stream_id for r in panel.rows if r.unused)


def test_the_mark_is_in_the_name_column(window, qloop, sandbox, obs):
    stream_id = unused_after_a_failed_obs_step(window, qloop, sandbox, obs, "Abandoned run")
    model = window.library_panel.view.model
    row = model.row_of(stream_id)
    index = model.index(row, Column.NAME)
    assert model.data(index, Qt.ItemDataRole.DecorationRole) is not None
    assert "created here, never used" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "created here, never used" in model.data(index, Qt.ItemDataRole.AccessibleTextRole)


def test_delete_unused_lists_the_streams_it_will_delete(window, qloop, sandbox, obs):
    unused_after_a_failed_obs_step(window, qloop, sandbox, obs, "Abandoned run")
    panel = window.library_panel
    task = panel.start_delete_unused()
    wait_for(qloop, lambda: window.prompt is not None)
    assert "Delete 1 stream created here" in window.prompt.text()
    assert "Abandoned run" in window.prompt.informativeText()
    window.prompt.reject_button.click()
    qloop.run_until_complete(task)


def test_never_delete_0_streams(window, qloop, sandbox):
    panel = window.library_panel
    panel.created_log.record_created("0123456789abcdef0123456789abcdef")  # not in the library
    task = panel.start_delete_unused()
    qloop.run_until_complete(task)
    assert window.prompt is None
    assert "nothing was deleted" in panel.view.status_label.text()


def test_a_create_past_its_deadline_is_found_by_the_cleanup(
    make_window, stored_credentials, qloop, sandbox
):
    client = FastPixClient(
        access_token_id=DEMO_ACCESS_TOKEN_ID,
        secret_key=DEMO_SECRET_KEY,
        transport=sandbox.mock_transport(),
        deadline=0.5,
    )
    window = make_window(fastpix=client)
    window.form.name_edit.setText("Tuesday practice")
    sandbox.inject(Fault(endless=True, method="POST"))
    qloop.run_until_complete(window.start_create())
    assert "will show in Your streams" in window.message()
    # FastPix had created it all the same (its answer never arrived).
    made = sandbox.state.create_stream(StreamSpec(metadata={"livestream_name": "Tuesday practice"}))
    other = sandbox.state.create_stream(StreamSpec(metadata={"livestream_name": "Someone else"}))
    panel = window.library_panel
    panel.start_refresh()
    wait_for(qloop, lambda: any(r.unused for r in panel.rows))
    assert {r.stream_id for r in panel.rows if r.unused} == {made.stream_id}
    assert other.stream_id in {r.stream_id for r in panel.rows}
    qloop.run_until_complete(client.aclose())


def test_edit_refuses_a_reconnect_window_below_the_minimum(qapp, qtbot):
    row = LibraryRow(
        stream_id="s1",
        name="Friday",
        status="idle",
        created_at="2026-01-01T00:00:00Z",
        max_resolution="1080p",
        dvr=False,
        recording=False,
        reconnect_window=120,
    )
    dialog = EditStreamDialog(None, row, explanation="")
    qtbot.addWidget(dialog)
    dialog.show()
    spin = dialog.window_spin
    spin.setFocus()
    spin.selectAll()
    QTest.keyClicks(spin.lineEdit(), "47")
    dialog.accept()
    assert dialog.isVisible()  # not accepted
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "60" in dialog.problem.text() and "47" in dialog.problem.text()
    assert not dialog.problem.isHidden()
    spin.selectAll()
    QTest.keyClicks(spin.lineEdit(), "90")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.values().reconnect_window == 90
