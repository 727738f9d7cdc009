"""The stream library in the window: paging over 120 streams, search, select, use, my channel,
manage with its questions, the live-while-create scenario, the no-restore-point question and
the Restore menu item's enabled state."""

from __future__ import annotations

from fastpix_desktop.core.fastpix.ingest import ingest_target
from fastpix_desktop.core.library import my_channel
from fastpix_desktop.core.models import LiveStream, Protocol
from fastpix_desktop.core.obs import StreamStateChanged
from fastpix_desktop.sandbox.state import StreamSpec
from fastpix_desktop.ui.widgets.secret_field import SecretField
from tests.doubles.obs import PREVIOUS_SERVICE
from tests.library_seed import SEEDED, seeded_name
from tests.ui.conftest import list_requests, run_pending


def seed(sandbox, count: int = SEEDED) -> list[str]:
    ids = []
    for index in range(count):
        name = seeded_name(index)
        spec = StreamSpec(metadata={"livestream_name": name} if name else {})
        ids.append(sandbox.state.create_stream(spec).stream_id)
    return ids


def wait_for(qloop, condition, rounds: int = 400) -> None:
    for _ in range(rounds):
        if condition():
            return
        run_pending(qloop, rounds=1)
    raise AssertionError("condition never became true")


def loaded(window, qloop, count: int) -> None:
    wait_for(
        qloop,
        lambda: (
            window.library_panel.view.model.total == count
            and window.library_panel.view.refresh_button.isEnabled()
        ),
    )


def select(window, qloop, stream_id: str) -> None:
    view = window.library_panel.view
    assert view.select(stream_id)
    wait_for(
        qloop,
        lambda: window.details.stream is not None and window.details.stream.stream_id == stream_id,
    )


def key_on_screen(window) -> str:
    field = window.details.findChild(SecretField, "streamKeyField")
    return field.value() if field is not None else ""


def test_the_library_pages_over_120_streams_searches_and_shows_details(window, qloop, sandbox):
    ids = seed(sandbox)
    window.library_panel.start_refresh()
    loaded(window, qloop, SEEDED)
    view = window.library_panel.view
    assert view.model.rowCount() == SEEDED
    assert "120 streams" in view.status_label.text()
    view.search.setText("stream 04")  # Stream 040 … 049 (043 has no name)
    assert view.model.rowCount() == 9
    view.search.setText(ids[3][:12])  # an unnamed stream, found by its ID
    assert view.model.rowCount() == 1
    select(window, qloop, ids[3])
    record = sandbox.streams[ids[3]]
    assert key_on_screen(window) == record.stream_key  # fetched when shown
    field = window.details.findChild(SecretField, "streamKeyField")
    assert not field.is_revealed() and record.stream_key not in field.displayed_text()


def test_use_this_stream_points_obs_at_it_without_creating(window, qloop, sandbox, obs):
    ids = seed(sandbox, 3)
    window.library_panel.start_refresh()
    loaded(window, qloop, 3)
    window.library_panel.view.select(ids[1])
    window.library_panel.view.use_button.click()
    wait_for(qloop, lambda: not window.busy and obs.service.settings.get("key"))
    assert obs.service.settings["key"] == sandbox.streams[ids[1]].stream_key
    assert len(sandbox.streams) == 3  # nothing created
    assert "OBS now points at this stream" in window.message()
    assert window.details.stream.stream_id == ids[1]


def test_my_channel_makes_go_live_the_primary_action(window, qloop, sandbox, obs):
    ids = seed(sandbox, 2)
    panel = window.library_panel
    panel.start_refresh()
    loaded(window, qloop, 2)
    panel.view.select(ids[0])
    panel.my_channel_button.click()
    wait_for(qloop, lambda: panel.go_live_button.isVisible())
    assert my_channel.load() == ids[0]  # the ID only, in the CLI's file
    assert panel.go_live_button.text() == f"Go live on {seeded_name(0)}"
    assert panel.go_live_button.isDefault() and not window.create_button.isDefault()
    assert window.create_button.text() == "Create a new stream"
    panel.go_live_button.click()
    wait_for(qloop, lambda: not window.busy and obs.live)
    assert obs.service.settings["key"] == sandbox.streams[ids[0]].stream_key


def test_obs_destination_is_recognised_and_restore_is_enabled_only_with_something_to_restore(
    make_window, stored_credentials, qloop, sandbox, obs
):
    ids = seed(sandbox, 2)
    window = make_window()
    wait_for(qloop, lambda: window.library_panel.picture is not None)
    assert not window.obs_panel.restore_action.isEnabled()  # nothing saved yet
    window.library_panel.view.select(ids[0])
    window.library_panel.start_use(ids[0])
    wait_for(qloop, lambda: not window.busy and window.obs_panel.restore_action.isEnabled())
    # A reconnect re-reads OBS: the stream it points at is the one on screen.
    window.library_panel.view.select(ids[1])
    wait_for(qloop, lambda: window.details.stream.stream_id == ids[1])
    qloop.run_until_complete(obs.close())
    qloop.run_until_complete(obs.connect())
    wait_for(qloop, lambda: window.details.stream.stream_id == ids[0])
    window.obs_panel.start_restore()
    wait_for(qloop, lambda: not window.busy and obs.service == PREVIOUS_SERVICE)
    assert window.message().startswith("Restored OBS's own stream destination (rtmp_common")
    assert "live_previous_key" not in window.message()
    wait_for(qloop, lambda: not window.obs_panel.restore_action.isEnabled())


def test_live_while_create_cancel_creates_nothing_and_keeps_the_live_stream(
    window, qloop, sandbox, obs
):
    ids = seed(sandbox, 1)
    stream = LiveStream.from_api(sandbox.streams[ids[0]].to_api())
    obs.service = ingest_target(stream, Protocol.RTMPS, window.services.config.hosts).obs_service()
    obs.live = True
    obs.emit(StreamStateChanged(True, "OBS_WEBSOCKET_OUTPUT_STARTED"))
    window.library_panel.start_picture(show=True)
    wait_for(qloop, lambda: window.details.stream is not None)
    assert window.details.stream.stream_id == ids[0]
    task = window.start_create()
    wait_for(qloop, lambda: window.prompt is not None)
    window.prompt.reject_button.click()
    qloop.run_until_complete(task)
    assert list(sandbox.streams) == ids  # nothing created
    assert window.details.stream.stream_id == ids[0]
    assert key_on_screen(window) == sandbox.streams[ids[0]].stream_key
    assert obs.live


def test_no_restore_point_question_answered_no_leaves_obs_alone(
    make_window, no_keyring, stored_credentials, qloop, sandbox, obs, monkeypatch
):
    from fastpix_desktop.sandbox import DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY

    monkeypatch.setenv("FASTPIX_USERNAME", DEMO_ACCESS_TOKEN_ID)
    monkeypatch.setenv("FASTPIX_PASSWORD", DEMO_SECRET_KEY)
    from fastpix_desktop.core import config

    window = make_window(config=config.load())
    ids = seed(sandbox, 1)
    window.library_panel.start_refresh()
    loaded(window, qloop, 1)
    task = window.library_panel.start_use(ids[0])
    wait_for(qloop, lambda: window.prompt is not None)
    assert window.prompt.text().startswith("OBS's current destination cannot be saved because")
    assert window.prompt.text().endswith("change OBS anyway?")
    assert window.prompt.defaultButton() is window.prompt.reject_button
    window.prompt.reject_button.click()
    qloop.run_until_complete(task)
    assert obs.services_set == [] and obs.service == PREVIOUS_SERVICE
    assert window.details.stream.stream_id == ids[0]


def test_manage_finish_refused_then_delete_with_confirmation(window, qloop, sandbox, obs):
    ids = seed(sandbox, 2)
    panel = window.library_panel
    panel.start_refresh()
    loaded(window, qloop, 2)
    panel.view.select(ids[0])
    finish = panel.view.manage_actions["finish"]
    assert not finish.isEnabled()
    assert "Only a stream that is live" in finish.toolTip()
    task = panel.start_manage("delete", ids[0])
    wait_for(qloop, lambda: window.prompt is not None)
    assert "cannot be undone" in window.prompt.informativeText()
    window.prompt.accept_button.click()
    qloop.run_until_complete(task)
    assert ids[0] not in sandbox.streams
    assert panel.view.model.total == 1
    assert "Deleted" in panel.view.status_label.text()


def test_deleting_the_stream_obs_points_at_asks_again_with_the_reason(window, qloop, sandbox, obs):
    ids = seed(sandbox, 1)
    panel = window.library_panel
    panel.start_refresh()
    loaded(window, qloop, 1)
    qloop.run_until_complete(panel.start_use(ids[0]))
    task = panel.start_manage("delete", ids[0])
    wait_for(qloop, lambda: window.prompt is not None)
    window.prompt.accept_button.click()
    wait_for(
        qloop,
        lambda: window.prompt is not None and window.prompt.objectName() == "deleteInUsePrompt",
    )
    assert "OBS is set up to stream to this stream" in window.prompt.text()
    window.prompt.reject_button.click()
    qloop.run_until_complete(task)
    assert ids[0] in sandbox.streams


def test_a_cancelled_create_is_marked_unused_and_deleted_in_one_action(window, qloop, sandbox, obs):
    obs.fail_on["set_service"] = __import__(
        "fastpix_desktop.core.errors", fromlist=["ObsRequestError"]
    ).ObsRequestError(code=500)
    qloop.run_until_complete(window.start_create())
    panel = window.library_panel
    created = next(iter(sandbox.streams))
    panel.start_refresh()
    wait_for(qloop, lambda: any(r.unused for r in panel.rows))
    assert panel.view.delete_unused_button.isEnabled()
    task = panel.start_delete_unused()
    wait_for(qloop, lambda: window.prompt is not None)
    window.prompt.accept_button.click()
    qloop.run_until_complete(task)
    assert created not in sandbox.streams
    assert "Deleted 1 unused stream" in panel.view.status_label.text()


def test_current_stream_changed_follows_the_results_panel(window, qloop, sandbox):
    ids = seed(sandbox, 2)
    seen: list = []
    window.current_stream_changed.connect(seen.append)
    window.library_panel.start_refresh()
    loaded(window, qloop, 2)
    select(window, qloop, ids[1])
    assert seen and seen[-1].stream_id == ids[1]
    qloop.run_until_complete(window.start_create())
    assert seen[-1].stream_id not in ids


def test_a_locked_keyring_says_locked_and_how_to_unlock_not_no_credentials(
    make_window, qloop, sandbox
):
    import keyring

    from fastpix_desktop.core.fastpix.client import FastPixClient
    from fastpix_desktop.core.secrets import SecretStore
    from tests.core.failing_keyrings import LockedKeyring

    # Locked for real: the store asks a locked keyring again at each use (it may have been
    # unlocked since), so a store merely marked locked would find it open.
    keyring.set_keyring(LockedKeyring())
    store = SecretStore(timeout=5.0)
    store.locked = True
    store.fallback_reason = "the system keyring is locked"
    try:
        window = make_window(
            secrets=store,
            fastpix=FastPixClient(
                access_token_id="", secret_key="", transport=sandbox.mock_transport()
            ),
        )
        text = window.credentials_banner.text()
        assert window.credentials_banner.isVisible()
        assert "keyring is locked" in text and "Unlock it" in text
        assert "No FastPix credentials" not in text
        assert window.credentials_panel.dialog is None  # no first-run dialog over a lock
        qloop.run_until_complete(window.fastpix.aclose())
    finally:
        store.close()


def test_a_returning_streamer_sees_their_streams_first(
    make_window, stored_credentials, qloop, sandbox
):
    from fastpix_desktop.ui.window.main_window import YOUR_STREAMS_TAB

    seed(sandbox, 3)
    window = make_window()
    loaded(window, qloop, 3)
    assert window.left_tabs.currentIndex() == YOUR_STREAMS_TAB
    assert window.left_tabs.tabText(YOUR_STREAMS_TAB) == "Your streams"


def test_saving_credentials_in_the_first_run_dialog_loads_the_library(make_window, qloop, sandbox):
    from fastpix_desktop.core.fastpix.client import FastPixClient
    from fastpix_desktop.sandbox import DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY

    seed(sandbox, 2)
    window = make_window(
        fastpix=FastPixClient(access_token_id="", secret_key="", transport=sandbox.mock_transport())
    )
    wait_for(qloop, lambda: window.credentials_panel.dialog is not None)
    dialog = window.credentials_panel.dialog
    qloop.run_until_complete(
        window.credentials_panel.save(dialog, token=DEMO_ACCESS_TOKEN_ID, secret=DEMO_SECRET_KEY)
    )
    loaded(window, qloop, 2)
    qloop.run_until_complete(window.fastpix.aclose())


def test_a_created_stream_joins_the_loaded_library_as_one_row_marked_unused(
    window, qloop, sandbox, obs, monkeypatch
):
    from fastpix_desktop.core.errors import ObsRequestError

    seeded = set(seed(sandbox, 3))
    panel = window.library_panel
    panel.start_refresh()
    loaded(window, qloop, 3)
    lists = list_requests(sandbox, monkeypatch, limit="50")
    obs.fail_on["set_service"] = ObsRequestError(code=500)  # created, but OBS never used it
    qloop.run_until_complete(window.start_create())
    (created,) = set(sandbox.streams) - seeded
    wait_for(qloop, lambda: bool(panel.rows) and panel.rows[0].unused)

    assert panel.rows[0].stream_id == created and len(panel.rows) == 4
    assert panel.view.model.total == 4 and "4 streams" in panel.view.status_label.text()
    assert panel.view.delete_unused_button.isEnabled()
    assert lists == []  # one row added, not every page fetched again
