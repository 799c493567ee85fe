"""Child process of the crash test: edits one workshop through the services until it is killed.

Usage: ``python crash_child.py DATA_DIR LABEL``. It opens the store the way the app does, prints
``ready``, then applies edits in a loop and prints ``saved NAME`` after each ``apply`` has returned.
Every edit adds a participant called NAME, sets the venue to NAME and the note of a clause to NAME,
in one transaction. The parent kills it with SIGKILL at a random moment and then checks that every
NAME it was told about is in the store.
"""

from __future__ import annotations

import sys
from pathlib import Path

from slaworkshop.model.db import open_store
from slaworkshop.services.ops import AddRow, SetClause, SetField
from slaworkshop.services.workshops import WorkshopService

CLAUSE = "crash.test"
MAX_EDITS = 5_000  # a child whose parent died must not run forever


def main(argv: list[str]) -> int:
    data_dir, label = Path(argv[1]), argv[2]
    store = open_store(data_dir=data_dir)
    service = WorkshopService(store)
    wid = service.list_workshops()[0].id
    revision = service.get(wid).revision
    print("ready", flush=True)
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
        sys.stdout.write(f"saved {name}\n")
        sys.stdout.flush()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
