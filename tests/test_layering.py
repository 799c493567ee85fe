"""Dependencies point one way (ui → services → model, export): nothing below ui/ loads Qt."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = r"""
import importlib, json, pkgutil, sys
import slaworkshop

imported = []
for package_name in ("slaworkshop.model", "slaworkshop.services", "slaworkshop.export"):
    package = importlib.import_module(package_name)
    imported.append(package_name)
    for info in pkgutil.walk_packages(package.__path__, package_name + "."):
        if info.name.startswith("slaworkshop.model.migrations"):
            continue  # Alembic scripts run only inside a migration
        importlib.import_module(info.name)
        imported.append(info.name)
for name in ("slaworkshop.cli", "slaworkshop.__main__", "slaworkshop.paths"):
    importlib.import_module(name)
    imported.append(name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(json.dumps({"imported": imported, "qt": qt}))
"""


def test_model_services_export_and_cli_load_no_qt() -> None:
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["qt"] == [], f"Qt was loaded by {report['imported']}"
    imported = set(report["imported"])
    assert {"slaworkshop.model.db", "slaworkshop.services.workshops", "slaworkshop.cli"} <= imported
    assert any(name.startswith("slaworkshop.export") for name in imported)


def test_the_command_line_runs_without_qt(tmp_path: object) -> None:
    """`slaworkshop list` takes the headless path end to end."""
    code = (
        "import sys; from slaworkshop.__main__ import main; "
        f"rc = main(['--data-dir', {str(tmp_path)!r}, 'list', '--json']); "
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt loaded'; sys.exit(rc)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
