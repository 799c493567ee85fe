"""Killing the app at any moment loses no edit it reported as saved, and never damages the file.

A child process (tests/helpers/crash_child.py) edits a workshop through the services and reports
each edit after ``apply`` has returned; this test kills it with SIGKILL at random moments, 50 times
in all, and after each kill opens the store as the app would and checks every reported edit.
Children come from a fork server that imported the app once; two lanes (two data folders) run
side by side. One test at the end runs the helper as a plain script, killed the same way.
"""

from __future__ import annotations

import multiprocessing
import random
import signal
import sqlite3
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection
from pathlib import Path

from slaworkshop.model.db import DB_FILENAME, open_store
from slaworkshop.services.workshops import WorkshopService
from tests.helpers import crash_child

KILLS = 50
LANES = 2
PATIENCE = 60  # seconds a child may take to report; only reached if something hangs


def _new_library(folder: Path) -> None:
    store = open_store(data_dir=folder)
    WorkshopService(store).create("Crash Test GmbH", "Killed mid-sentence")
    store.close()


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
            # The last reported edit is there, or one more that committed before it was reported.
            label, _, n = reported[-1].rpartition("-")
            allowed = {reported[-1], f"{label}-{int(n) + 1}"}
            assert snap.workshop["venue"] in allowed, f"{why}: venue {snap.workshop['venue']!r}"
            assert snap.clause(crash_child.CLAUSE).note == snap.workshop["venue"], f"{why}: torn transaction"
    finally:
        store.close()
    with sqlite3.connect(folder / DB_FILENAME) as con:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)], why
        assert con.execute("PRAGMA foreign_key_check").fetchall() == [], why


def _receive(conn: Connection, why: str) -> str:
    assert conn.poll(PATIENCE), f"{why}: the child reported nothing for {PATIENCE} s"
    message: str = conn.recv()
    return message


def _lane(ctx: multiprocessing.context.BaseContext, folder: Path, lane: int, kills: int, seed: int) -> int:
    rng = random.Random(seed)
    reported: list[str] = []
    for cycle in range(kills):
        why = f"lane {lane}, kill {cycle}, seed {seed}"
        receiver, sender = ctx.Pipe(duplex=False)
        child = ctx.Process(  # type: ignore[attr-defined]
            target=crash_child.run_in_child, args=(str(folder), f"l{lane}c{cycle}", sender), daemon=True
        )
        child.start()
        sender.close()
        try:
            # One kill in five lands during start-up (opening, checking, backing up the store).
            if rng.random() >= 0.2:
                assert _receive(receiver, why) == crash_child.READY
                for _ in range(rng.randint(0, 12)):
                    reported.append(_receive(receiver, why))
            child.kill()
            child.join(PATIENCE)
            assert child.exitcode == -signal.SIGKILL, f"{why}: child ended with {child.exitcode}"
            # Reports already in the pipe were sent after their apply returned: they count too.
            while receiver.poll():
                try:
                    message = receiver.recv()
                except EOFError:
                    break
                if message != crash_child.READY:
                    reported.append(message)
        finally:
            receiver.close()
            if child.is_alive():
                child.kill()
        _reopen_and_check(folder, reported, why)
    return len(reported)


def test_no_reported_edit_is_lost_when_the_app_is_killed(tmp_path: Path) -> None:
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["tests.helpers.crash_child"])
    seed = random.randrange(1_000_000)
    folders = []
    for lane in range(LANES):
        folders.append(tmp_path / f"lane{lane}")
        _new_library(folders[-1])
    per_lane = KILLS // LANES
    with ThreadPoolExecutor(LANES) as pool:
        futures = [
            pool.submit(_lane, ctx, folder, lane, per_lane, seed + lane)
            for lane, folder in enumerate(folders)
        ]
        saved = [future.result() for future in futures]
    assert sum(saved) > KILLS, "the children should have saved edits between the kills"


def test_the_helper_also_runs_as_a_script_and_survives_a_kill(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _new_library(folder)
    with subprocess.Popen(
        [sys.executable, crash_child.__file__, str(folder), "script"], stdout=subprocess.PIPE, text=True
    ) as child:
        assert child.stdout is not None
        assert child.stdout.readline() == "ready\n"
        reported = [child.stdout.readline().split()[1] for _ in range(5)]
        child.send_signal(signal.SIGKILL)
        child.wait()
        reported += [
            line.split()[1] for line in child.stdout.read().splitlines() if line.startswith("saved ")
        ]
    assert child.returncode == -signal.SIGKILL
    _reopen_and_check(folder, reported, "script")
