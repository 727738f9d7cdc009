"""No traceback from bad input: settings, headers and command lines that cannot be used get a
plain message and their documented exit code (2 command line, 3 settings), never a crash."""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fastpix_desktop.cli import entry as cli
from fastpix_desktop.cli import exit_codes
from fastpix_desktop.cli import support as cli_support
from fastpix_desktop.core import config
from fastpix_desktop.core.errors import (
    CommandLineError,
    ConfigError,
    FastPixNetworkError,
    FastPixRateLimitError,
)
from fastpix_desktop.core.fastpix.client import FastPixClient, _retry_after_seconds
from fastpix_desktop.core.obs import connection, parse_connect_string
from tests.cli_helpers import run_cli

MALFORMED_API_URLS = [
    "http://[::1",
    "http://256.256.256.256/v1",
    "http://xn--/v1",
    "http://api\u200b.fastpix.com/v1",  # a zero-width space
    "http://api.fastpix.com:99999/v1",
]
OVERFLOWING_DATE = "Mon, 01 Jan 99999999999999999999 00:00:00 GMT"


def run_main(*argv: str) -> tuple[int, str, str]:
    """cli.main in this process: (exit code, stdout, stderr); argparse's exit included."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.main(list(argv))
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else 2
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def clean_env(monkeypatch):
    for name in config.ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


# ---------------------------------------------------------------------- Retry-After


def test_an_overflowing_retry_after_date_is_ignored() -> None:
    assert _retry_after_seconds(OVERFLOWING_DATE) is None


async def test_a_429_with_an_overflowing_date_is_a_rate_limit_error() -> None:
    answer = httpx.Response(429, headers={"Retry-After": OVERFLOWING_DATE}, json={})
    async with FastPixClient(
        access_token_id="id",
        secret_key="secret-value",
        base_url="http://fastpix.test/v1",
        transport=httpx.MockTransport(lambda request: answer),
        get_retries=0,
    ) as client:
        with pytest.raises(FastPixRateLimitError):
            await client.list_streams()


@given(st.text(max_size=80))
def test_retry_after_never_raises(value: str) -> None:
    seconds = _retry_after_seconds(value)
    assert seconds is None or seconds >= 0


@given(
    st.builds(
        "{}, {:02d} {} {} {:02d}:{:02d}:{:02d} GMT".format,
        st.sampled_from(["Mon", "Tue", "Xyz"]),
        st.integers(-5, 99),
        st.sampled_from(["Jan", "Feb", "Dec", "Foo"]),
        st.integers(-(10**30), 10**30),
        st.integers(0, 99),
        st.integers(0, 99),
        st.integers(0, 99),
    )
)
def test_retry_after_dates_of_any_year_never_raise(value: str) -> None:
    seconds = _retry_after_seconds(value)
    assert seconds is None or seconds >= 0


# ---------------------------------------------------------------------- API URL


@pytest.mark.parametrize("url", MALFORMED_API_URLS)
def test_a_malformed_api_url_is_a_settings_error(clean_env, url) -> None:
    clean_env.setenv(config.ENV_USERNAME, "id")
    clean_env.setenv(config.ENV_PASSWORD, "secret-value")
    clean_env.setenv(config.ENV_API_URL, url)
    code, _, err = run_main("create", "--no-obs")
    assert code == exit_codes.CONFIG
    assert "API URL is not valid" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("url", MALFORMED_API_URLS)
async def test_the_client_refuses_a_malformed_api_url_plainly(url) -> None:
    async with FastPixClient(access_token_id="id", secret_key="secret-v", base_url=url) as client:
        with pytest.raises(FastPixNetworkError, match="API URL"):
            await client.verify_credentials()


@given(st.text(max_size=60).map(lambda rest: "http://" + rest))
def test_an_api_url_that_passes_the_check_is_usable_by_httpx(url: str) -> None:
    if config.api_url_problem(url) is not None:
        with pytest.raises(ConfigError):
            config.check_api_url(url)
        return
    client = httpx.Client(base_url=url.strip().rstrip("/") + "/")
    try:
        request = client.build_request("GET", "live/streams")
    finally:
        client.close()
    assert request.url.host


# ---------------------------------------------------------------------- --obs


@pytest.mark.parametrize(
    "value",
    ["localhost:²", "127.0.0.1:4471:4471", "obsws://127.0.0.1:4471:4471/pw-secret-1", ":9999"],
)
def test_a_bad_obs_address_is_a_command_line_error(clean_env, value) -> None:
    code, _, err = run_main("obs-restore", "--obs", value)
    assert code == exit_codes.USAGE, err
    assert "Traceback" not in err
    assert value not in err and "pw-secret-1" not in err


def test_a_bad_connect_string_from_the_environment_is_a_settings_error(clean_env) -> None:
    clean_env.setenv(config.ENV_OBS_URL, "obsws://127.0.0.1:4471:4471/pw-secret-2")
    code, _, err = run_main("obs-restore")
    assert code == exit_codes.CONFIG
    assert "pw-secret-2" not in err


@given(st.text(max_size=40))
def test_parse_host_port_gives_a_usable_address_or_a_command_line_error(text: str) -> None:
    try:
        host, port = cli_support.parse_host_port("pw-" + text)
    except CommandLineError as error:
        assert "pw-" + text not in str(error)
        return
    assert host and 0 < port < 65536
    assert ":" not in host or cli_support.ipaddress.IPv6Address(host)


FIXED_CONNECT_STRING_MESSAGES = {
    connection._NOT_A_CONNECT_STRING,
    "The port in the OBS connect string must be between 1 and 65535.",
}


@given(st.text(max_size=40).map(lambda rest: "obsws://" + rest))
def test_parse_connect_string_never_raises_anything_but_a_config_error(text: str) -> None:
    try:
        info = parse_connect_string(text)
    except ConfigError as error:
        assert str(error) in FIXED_CONNECT_STRING_MESSAGES  # the text is never repeated
        return
    assert 0 < info.port < 65536


# ---------------------------------------------------------------------- the command line


def test_invalid_utf8_in_the_name_is_a_command_line_error() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "fastpix_desktop", "create", "--no-obs", "--name", b"caf\xe9"],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "FASTPIX_USERNAME": "id", "FASTPIX_PASSWORD": "secret-v"},
    )
    assert proc.returncode == exit_codes.USAGE
    assert "--name is not valid UTF-8" in proc.stderr
    assert "API URL" not in proc.stderr and "Traceback" not in proc.stderr


def test_a_misplaced_connect_string_is_never_echoed() -> None:
    proc = run_cli("obs-restore", "obsws://127.0.0.1:4455/pw-misplaced-9")
    assert proc.returncode == exit_codes.USAGE
    assert "pw-misplaced-9" not in proc.stderr + proc.stdout


OPTION_VALUES = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["-1", "0", "99999", "1e9", "nan", "obsws://h:1/pw-fuzz-secret", "--json"]),
)
CREATE_OPTIONS = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "--protocol",
                "--name",
                "--resolution",
                "--reconnect-window",
                "--access-policy",
                "--obs",
                "--api-url",
            ]
        ),
        OPTION_VALUES,
    ),
    max_size=4,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(CREATE_OPTIONS, st.booleans())
def test_any_create_command_line_ends_in_a_documented_exit_code(
    clean_env, options: list[tuple[str, str]], no_obs: bool
) -> None:
    # No credentials anywhere: every run stops before the network, at the latest at them.
    argv = ["create", "--json"] + (["--no-obs"] if no_obs else [])
    for name, value in options:
        argv += [f"{name}={value}"]
    code, out, err = run_main(*argv)
    assert code in (exit_codes.USAGE, exit_codes.CONFIG), (argv, out, err)
    assert "Traceback" not in err
    assert "pw-fuzz-secret" not in out + err


@given(st.text(max_size=40))
def test_obs_target_from_the_command_line_never_crashes(text: str) -> None:
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr):
        try:
            address = text if text not in ("", "-") else "x"
            host, port, _password = cli_support.obs_target(address, config.Config())
        except CommandLineError:
            return
    assert host and 0 < port < 65536


def test_a_connect_string_can_come_from_standard_input() -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.run(
        [sys.executable, "-m", "fastpix_desktop", "obs-restore", "--obs", "-"],
        input=f"obsws://127.0.0.1:{port}/pw-from-stdin-7\n",
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"},
    )
    assert proc.returncode == exit_codes.OBS, proc.stderr  # read, parsed, and OBS is not there
    assert f"127.0.0.1:{port}" in proc.stderr or "OBS" in proc.stderr
    assert "pw-from-stdin-7" not in proc.stdout + proc.stderr
    assert "warning" not in proc.stderr  # nothing secret was on the command line
