"""Child process of the crash test: edits one workshop through the services until it is killed.

Every edit adds a participant called NAME, sets the venue to NAME and the note of a clause to NAME,
in one transaction, and is reported only after ``WorkshopService.apply`` has returned. The parent
kills the child with SIGKILL at a random moment and then checks that every reported NAME is there.

The test starts children through a multiprocessing fork server that has imported this module once
(:func:`run_in_child`, reports go through a pipe), so 50 kills cost seconds, not a minute of
interpreter start-ups. Run as a script, the same loop prints ``ready`` and then ``saved NAME``
lines: ``python crash_child.py DATA_DIR LABEL``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

from slaworkshop.model.db import open_store
from slaworkshop.services.ops import AddRow, SetClause, SetField
from slaworkshop.services.workshops import WorkshopService

CLAUSE = "crash.test"
MAX_EDITS = 5_000  # a child whose parent died must not run forever
READY = "ready"


def edit_until_killed(data_dir: Path, label: str, report: Callable[[str], None]) -> None:
    store = open_store(data_dir=data_dir)  # the app's real start-up path
    service = WorkshopService(store)
    wid = service.list_workshops()[0].id
    revision = service.get(wid).revision
    report(READY)
    for n in range(MAX_EDITS):
        name = f"{label}-{n}"
        result = service.apply(
            wid,
            revision,
            [
                AddRow("participants", {"name": name, "department": "sales", "role": "x" * (n % 7) * 300}),
                SetField("workshop", "venue", name),
                SetClause(CLAUSE, note=name),
            ],
        )
        revision = result.revision
        report(name)  # only now is the edit "reported saved"
    store.close()


def run_in_child(data_dir: str, label: str, conn: Connection) -> None:
    """Entry point in a fork-server child; each report is one small, atomic pipe message."""
    edit_until_killed(Path(data_dir), label, conn.send)


def main(argv: list[str]) -> int:
    def report(line: str) -> None:
        sys.stdout.write(line if line == READY else f"saved {line}")
        sys.stdout.write("\n")
        sys.stdout.flush()

    edit_until_killed(Path(argv[1]), argv[2], report)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
