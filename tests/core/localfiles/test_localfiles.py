"""core/localfiles: what the app writes is never written through a planted link, is whole or
absent, lives in a private folder of this user, and what it reads is bounded (issue 28)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from fastpix_desktop.core import localfiles
from fastpix_desktop.core.localfiles import CorruptFileError, LocalFileError

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="owners and modes are POSIX")
as_root = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="giving a folder away needs root"
)


def test_a_link_where_a_file_is_written_is_refused_and_its_target_untouched(
    tmp_path: Path,
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    (tmp_path / "app.json").symlink_to(victim)
    with pytest.raises(LocalFileError, match="symbolic link"):
        localfiles.write_json(tmp_path / "app.json", {"token": "x"})
    assert victim.read_text() == "precious"
    assert (tmp_path / "app.json").is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["app.json", "victim.txt"]


def test_a_write_is_whole_and_private(tmp_path: Path) -> None:
    localfiles.write_json(tmp_path / "a.json", {"x": 1})
    assert json.loads((tmp_path / "a.json").read_text()) == {"x": 1}
    assert (tmp_path / "a.json").stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]


def test_a_file_nested_100000_deep_is_not_valid_and_set_aside(tmp_path: Path) -> None:
    target = tmp_path / "my-channel.json"
    target.write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(CorruptFileError, match="nested too deeply") as caught:
        localfiles.read_json_or_set_aside(target, what="The remembered channel")
    assert not target.exists()
    moved = caught.value.set_aside
    assert moved is not None and moved.name.startswith("my-channel.json.corrupt-")
    assert moved.read_text().startswith("[[[")  # kept, not lost
    assert "set aside as my-channel.json.corrupt-" in str(caught.value)


def test_brackets_inside_strings_do_not_count_as_depth(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    target.write_text(json.dumps({"name": "[" * 500 + '\\"{' * 100}))
    assert localfiles.read_json(target)["name"].startswith("[[[")


def test_a_file_too_large_or_not_json_is_not_valid(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (localfiles.reading.MAX_BYTES + 1))
    with pytest.raises(CorruptFileError, match="larger than"):
        localfiles.read_json(big)
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"\xff{")
    with pytest.raises(CorruptFileError, match="not valid JSON"):
        localfiles.read_json(bad)
    assert localfiles.read_json(tmp_path / "missing.json") is None


def test_a_link_is_not_read_through(tmp_path: Path) -> None:
    (tmp_path / "elsewhere.json").write_text('{"streamId": "x"}')
    (tmp_path / "a.json").symlink_to(tmp_path / "elsewhere.json")
    with pytest.raises(LocalFileError, match="symbolic link"):
        localfiles.read_json(tmp_path / "a.json")


@posix_only
def test_a_fifo_planted_as_a_file_does_not_hang_the_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "a.json")
    with pytest.raises(CorruptFileError, match="not a regular file"):
        localfiles.read_json(tmp_path / "a.json")


@posix_only
def test_a_shared_folder_is_made_private_and_a_linked_one_refused(tmp_path: Path) -> None:
    made = localfiles.shared_private_dir(tmp_path / "state")
    assert made.stat().st_mode & 0o777 == 0o700
    loose = tmp_path / "loose"
    loose.mkdir(mode=0o777)
    os.chmod(loose, 0o777)
    assert localfiles.shared_private_dir(loose).stat().st_mode & 0o777 == 0o700
    victim = tmp_path / "victim"
    victim.mkdir()
    (tmp_path / "planted").symlink_to(victim)
    with pytest.raises(LocalFileError, match=r"symbolic link.*FASTPIX_DESKTOP_STATE_DIR"):
        localfiles.shared_private_dir(tmp_path / "planted")
    assert list(victim.iterdir()) == []


@posix_only
@as_root
def test_a_folder_of_another_user_is_refused_in_plain_words(tmp_path: Path) -> None:
    squatted = tmp_path / "squatted"
    squatted.mkdir(mode=0o777)
    os.chown(squatted, 65534, 65534)
    with pytest.raises(LocalFileError, match="belongs to another user"):
        localfiles.shared_private_dir(squatted)
    with pytest.raises(LocalFileError, match="belongs to another user"):
        localfiles.private_dir(squatted)


@posix_only
def test_a_full_disk_is_plain_words_and_leaves_no_temp_file(tmp_path: Path) -> None:
    """A file-size limit of 0 makes every write to a file fail, as a full disk does."""
    code = (
        "import resource, signal, sys\n"
        "from pathlib import Path\n"
        "from fastpix_desktop.core import localfiles\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))\n"
        "try:\n"
        "    localfiles.write_json(Path(sys.argv[1]) / 'a.json', {'x': 1}, what='the list')\n"
        "except localfiles.LocalFileError as error:\n"
        "    print(error)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, timeout=30
    )
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert done.stdout.startswith(f"Could not save the list in {tmp_path}:")
    assert list(tmp_path.iterdir()) == []  # no zero-byte temp file left behind
