"""Unit tests run without a database: pure functions, formats, parsing, the
sanitiser, the diff, imaging. A test here that asks for the database fails at
once, naming the folders where it belongs; one that reaches the database
without asking meets pytest-django's block ("Database access not allowed")."""

import pytest

DATABASE_FIXTURES = {"db", "transactional_db", "django_db_reset_sequences"}


@pytest.fixture(autouse=True)
def _no_database(request):
    if request.node.get_closest_marker("django_db") or (
        DATABASE_FIXTURES & set(request.fixturenames)
    ):
        pytest.fail(
            f"{request.node.nodeid} uses the database: it belongs in tests/db/ "
            "or tests/web/, not tests/unit/",
            pytrace=False,
        )
