"""The layer rule, checked on the source: Qt only in vomdesk/ui and vomdesk/app.py."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "vomdesk"
QT_MODULES = ("PySide6", "qtawesome", "shiboken6")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_no_qt_below_the_user_interface():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative.startswith("ui/") or relative == "app.py":
            continue
        qt = [m for m in imported_modules(path) if m.split(".")[0] in QT_MODULES]
        if qt:
            offenders.append(f"{relative}: {qt}")
    assert offenders == []


def test_domain_does_no_io_and_knows_no_sql():
    forbidden = ("sqlalchemy", "sqlmodel", "sqlcipher3", "sqlite3", "os", "pathlib", "keyring")
    offenders = []
    for path in (PACKAGE / "domain").rglob("*.py"):
        bad = [m for m in imported_modules(path) if m.split(".")[0] in forbidden]
        if bad:
            offenders.append(f"{path.name}: {bad}")
    assert offenders == []


def test_every_module_opens_with_a_docstring():
    missing = [
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        if "migrations/versions" not in path.as_posix()
        and ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) is None
    ]
    assert missing == []
