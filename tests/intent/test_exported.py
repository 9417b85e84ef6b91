"""The export cache: a new export removes the older exports bastion wrote and the scratch folders of exports
stopped in the middle, and nothing else."""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

import pytest

from bastion.intent.exported import _ABANDONED_AFTER, _prune, _remove_abandoned

CURRENT = "0123456789abcdef"
OLDER = "fedcba9876543210"
OLDEST = "00112233aabbccdd"
# Every name bastion has given an export of another key: the quantized graphs and, in the first format,
# the full-precision ones.
STALE = (
    f"all-MiniLM-L6-v2-{OLDER}-int8.onnx",
    f"all-MiniLM-L6-v2-{OLDER}-int8.probes.npy",
    f"all-MiniLM-L6-v2-{OLDEST}.onnx",
    f"all-MiniLM-L6-v2-{OLDEST}.probes.npy",
)
KEPT = (
    f"all-MiniLM-L6-v2-{CURRENT}-int8.onnx",
    f"all-MiniLM-L6-v2-{CURRENT}-int8.probes.npy",
    # Close to bastion's names, but not names it writes.
    f"all-MiniLM-L6-v2-{OLDER}-int8.onnx.bak",
    f"all-MiniLM-L6-v2-{OLDER.upper()}-int8.onnx",
    f"all-MiniLM-L6-v2-{OLDER[:15]}-int8.onnx",
    f"all-MiniLM-L12-v2-{OLDER}-int8.onnx",
    f"my-all-MiniLM-L6-v2-{OLDER}-int8.onnx",
    f"all-MiniLM-L6-v2-{OLDER}-fp16.onnx",
    "notes.txt",
)


def fill(directory: Path) -> None:
    for name in STALE + KEPT:
        (directory / name).write_bytes(name.encode())


def test_a_prune_removes_the_exports_of_other_keys_and_keeps_the_current_one_and_every_other_file(
    tmp_path: Path,
) -> None:
    fill(tmp_path)

    removed = _prune(tmp_path, CURRENT)

    assert sorted(path.name for path in removed) == sorted(STALE)
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(KEPT)
    for name in KEPT:
        assert (tmp_path / name).read_bytes() == name.encode()


def test_a_prune_follows_no_symbolic_link_and_leaves_directories(tmp_path: Path) -> None:
    cache, outside = tmp_path / "cache", tmp_path / "outside"
    cache.mkdir()
    outside.mkdir()
    target = outside / f"all-MiniLM-L6-v2-{OLDER}-int8.onnx"
    target.write_bytes(b"not bastion's")
    linked = cache / target.name
    linked.symlink_to(target)
    # A link named as an export, to a directory outside the cache that holds files named as exports.
    (cache / f"all-MiniLM-L6-v2-{OLDEST}.onnx").symlink_to(outside, target_is_directory=True)
    folder = cache / f"all-MiniLM-L6-v2-{OLDER}-int8.probes.npy"
    folder.mkdir()
    (folder / f"all-MiniLM-L6-v2-{OLDER}-int8.onnx").write_bytes(b"inside a directory")

    assert _prune(cache, CURRENT) == []

    assert linked.is_symlink() and target.read_bytes() == b"not bastion's"
    assert (cache / f"all-MiniLM-L6-v2-{OLDEST}.onnx").is_symlink()
    assert (folder / f"all-MiniLM-L6-v2-{OLDER}-int8.onnx").is_file()


def test_a_removal_that_fails_is_logged_and_the_other_files_are_still_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    fill(tmp_path)
    locked, vanished = tmp_path / STALE[0], tmp_path / STALE[1]
    unlink = os.unlink

    def unlink_as_the_host_allows(path: str | os.PathLike[str], *args: object, **kwargs: object) -> None:
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        if Path(path) == vanished:
            unlink(path)  # another process pruned it a moment before this one
        unlink(path)

    monkeypatch.setattr(os, "unlink", unlink_as_the_host_allows)
    with caplog.at_level(logging.DEBUG, logger="bastion"):
        removed = _prune(tmp_path, CURRENT)

    assert sorted(path.name for path in removed) == sorted(STALE[2:])
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted((*KEPT, locked.name))
    warned = [record.getMessage() for record in caplog.records if record.levelno == logging.WARNING]
    assert len(warned) == 1 and str(locked) in warned[0]


def test_a_cache_directory_that_cannot_be_listed_is_logged_not_raised(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="bastion"):
        assert _prune(tmp_path / "missing", CURRENT) == []
    assert [record.levelno for record in caplog.records] == [logging.WARNING]


def scratch(directory: Path, name: str, *, age: float, files: tuple[str, ...] = ("model.onnx", "probes.npy")) -> Path:
    """A scratch folder as an export leaves it, last changed `age` seconds ago."""
    folder = directory / name
    folder.mkdir()
    for file in files:
        (folder / file).write_bytes(b"part of an export")
    stamp = time.time() - age
    for item in (*folder.iterdir(), folder):
        os.utime(item, (stamp, stamp), follow_symlinks=False)
    return folder


def test_the_scratch_folder_of_an_export_stopped_long_ago_is_removed_and_a_recent_one_is_left(
    tmp_path: Path,
) -> None:
    abandoned = scratch(
        tmp_path, ".export-ab12_x9z", age=_ABANDONED_AFTER + 60, files=("model.onnx", "model-int8.onnx")
    )
    running = scratch(tmp_path, ".export-k3j4h5g6", age=30)
    # An old folder whose file an export is still writing: it changed a moment ago.
    writing = scratch(tmp_path, ".export-00000000", age=_ABANDONED_AFTER + 60)
    (writing / "model-int8.onnx").write_bytes(b"being written")

    removed = _remove_abandoned(tmp_path)

    assert removed == [abandoned]
    assert not abandoned.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([running.name, writing.name])
    assert sorted(p.name for p in running.iterdir()) == ["model.onnx", "probes.npy"]
    assert sorted(p.name for p in writing.iterdir()) == ["model-int8.onnx", "model.onnx", "probes.npy"]


def test_only_real_folders_named_as_scratch_folders_are_removed_and_no_link_is_followed(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    old = _ABANDONED_AFTER + 60
    cache, outside = tmp_path / "cache", tmp_path / "outside"
    cache.mkdir()
    outside.mkdir()
    (outside / "model.onnx").write_bytes(b"not bastion's")
    # Names close to a scratch folder's that mkdtemp never gives, all old.
    lookalikes = [
        scratch(cache, name, age=old)
        for name in (".export-ab12", ".export-AB12CD34", "export-ab12cd34", ".export-ab12cd345")
    ]
    # A link named as a scratch folder, to a folder outside the cache.
    (cache / ".export-linkedto").symlink_to(outside, target_is_directory=True)
    # An abandoned folder holding a link to a file outside: the link goes, the file stays.
    linking = scratch(cache, ".export-withlink", age=old)
    (linking / "probes.npy").unlink()
    (linking / "probes.npy").symlink_to(outside / "model.onnx")
    os.utime(linking / "probes.npy", (time.time() - old,) * 2, follow_symlinks=False)
    os.utime(linking, (time.time() - old,) * 2)
    # An old folder holding a directory no export writes: left, with a warning naming it.
    nested = scratch(cache, ".export-nestedd1", age=old)
    (nested / "mine").mkdir()
    os.utime(nested / "mine", (time.time() - old,) * 2)
    os.utime(nested, (time.time() - old,) * 2)

    with caplog.at_level(logging.WARNING, logger="bastion"):
        removed = _remove_abandoned(cache)

    assert removed == [linking]
    assert (outside / "model.onnx").read_bytes() == b"not bastion's"
    assert (cache / ".export-linkedto").is_symlink()
    assert all(folder.is_dir() and (folder / "model.onnx").is_file() for folder in lookalikes)
    assert (nested / "mine").is_dir()
    assert sorted(p.name for p in nested.iterdir()) == ["mine", "model.onnx", "probes.npy"]  # left whole
    warned = [record.getMessage() for record in caplog.records]
    assert len(warned) == 1 and str(nested) in warned[0] and "mine" in warned[0]


def test_a_scratch_folder_found_abandoned_is_judged_by_the_clock_given(tmp_path: Path) -> None:
    folder = scratch(tmp_path, ".export-clock123", age=0)

    assert _remove_abandoned(tmp_path, now=time.time() + _ABANDONED_AFTER - 60) == []
    assert _remove_abandoned(tmp_path, now=time.time() + _ABANDONED_AFTER + 60) == [folder]
    assert not folder.exists()
