"""The export cache: a new export removes the older exports bastion wrote, and nothing else."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from bastion.intent.exported import _prune

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
