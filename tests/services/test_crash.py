"""Killing the app at any moment loses no edit it reported as saved, and never damages the file.

A child process (tests/helpers/crash_child.py) edits a workshop through the services and prints a
line after each ``apply`` returns; this test kills it with SIGKILL at random moments, 50 times in
all, and after each kill opens the store as the app would and checks every reported edit.
Two lanes (two data folders) run side by side to use both cores.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from slaworkshop.model.db import DB_FILENAME, open_store
from slaworkshop.services.workshops import WorkshopService
from tests.helpers import crash_child

CHILD = Path(crash_child.__file__)
KILLS = 50
LANES = 2
WATCHDOG_SECONDS = 60


def _reopen_and_check(folder: Path, reported: list[str], why: str) -> None:
    store = open_store(data_dir=folder)  # the real start-up: damaged-file check, backups, migrations
    try:
        service = WorkshopService(store)
        (summary,) = service.list_workshops()
        snap = service.get(summary.id)
        names = {p["name"] for p in snap.rows_of("participants")}
        missing = [name for name in reported if name not in names]
        assert not missing, f"{why}: edits reported saved are missing: {missing[:5]}"
        positions = sorted(p["position"] for p in snap.rows_of("participants"))
        assert positions == list(range(len(positions))), f"{why}: positions out of order"
        if reported:
            # The last reported edit is there, or one more that committed before its line was printed.
            label, _, n = reported[-1].rpartition("-")
            allowed = {reported[-1], f"{label}-{int(n) + 1}"}
            assert snap.workshop["venue"] in allowed, f"{why}: venue {snap.workshop['venue']!r}"
            assert snap.clause(crash_child.CLAUSE).note == snap.workshop["venue"], f"{why}: torn transaction"
    finally:
        store.close()
    with sqlite3.connect(folder / DB_FILENAME) as con:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)], why
        assert con.execute("PRAGMA foreign_key_check").fetchall() == [], why


def _lane(folder: Path, lane: int, kills: int, seed: int) -> int:
    rng = random.Random(seed)
    reported: list[str] = []
    for cycle in range(kills):
        why = f"lane {lane}, kill {cycle}, seed {seed}"
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(folder), f"l{lane}c{cycle}"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        watchdog = threading.Timer(WATCHDOG_SECONDS, child.kill)
        watchdog.start()
        try:
            assert child.stdout is not None
            # One kill in five lands during start-up (opening, checking, backing up the store).
            if rng.random() >= 0.2:
                wanted = rng.randint(0, 12)
                line = child.stdout.readline()
                assert line == "ready\n", (
                    f"{why}: child said {line!r}; stderr: {child.stderr.read() if child.stderr else ''}"
                )
                for _ in range(wanted):
                    line = child.stdout.readline()
                    assert line.startswith("saved "), f"{why}: child said {line!r}"
                    reported.append(line.split()[1])
            child.send_signal(signal.SIGKILL)
            child.wait()
            # Read through the same buffered file objects: lines already buffered by readline()
            # would be lost to communicate(), which reads the raw pipe.
            rest = child.stdout.read()
            errors = child.stderr.read() if child.stderr else ""
            child.stdout.close()
            if child.stderr:
                child.stderr.close()
        finally:
            watchdog.cancel()
        assert child.returncode == -signal.SIGKILL, f"{why}: child ended by itself: {errors[-500:]}"
        # Lines already in the pipe were printed after their apply returned: they count too.
        reported.extend(line.split()[1] for line in rest.splitlines() if line.startswith("saved "))
        _reopen_and_check(folder, reported, why)
    return len(reported)


def test_no_reported_edit_is_lost_when_the_app_is_killed(tmp_path: Path) -> None:
    seed = random.randrange(1_000_000)
    folders = []
    for lane in range(LANES):
        folder = tmp_path / f"lane{lane}"
        store = open_store(data_dir=folder)
        WorkshopService(store).create("Crash Test GmbH", "Killed mid-sentence")
        store.close()
        folders.append(folder)
    per_lane = KILLS // LANES
    with ThreadPoolExecutor(LANES) as pool:
        futures = [
            pool.submit(_lane, folder, lane, per_lane, seed + lane) for lane, folder in enumerate(folders)
        ]
        saved = [future.result() for future in futures]
    assert sum(saved) > KILLS, "the children should have saved edits between the kills"
