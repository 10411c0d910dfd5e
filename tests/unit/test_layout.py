"""The code base stays in pieces small enough to read: no module of the app
over 400 lines, no function over 60 (issue 14), and no module left behind at
a path the packages replaced."""

import ast

import pytest

from tests.paths import PROJECT

APP = PROJECT / "articles"
MODULES = sorted(
    path
    for path in APP.rglob("*.py")
    if "migrations" not in path.relative_to(APP).parts
)


def test_the_app_has_modules_to_check():
    assert len(MODULES) > 40
    assert APP / "services" / "saving.py" in MODULES


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PROJECT)))
def test_module_is_at_most_400_lines(path):
    assert len(path.read_text().splitlines()) <= 400


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PROJECT)))
def test_functions_are_at_most_60_lines(path):
    functions = (ast.FunctionDef, ast.AsyncFunctionDef)
    too_long = [
        f"{node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, functions) and node.end_lineno - node.lineno + 1 > 60
    ]
    assert too_long == []


def test_no_module_at_the_paths_the_packages_replaced():
    replaced = [
        "models.py",
        "services.py",
        "rendering.py",
        "admin.py",
        "admin_views.py",
        "admin_formsets.py",
        "image_admin.py",
        "signin_admin.py",
        "images.py",
        "workflow.py",
        "search.py",
        "forms.py",
        "caching.py",
    ]
    assert [name for name in replaced if (APP / name).exists()] == []
