"""Where things are, for tests in any folder under tests/."""

from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
# Sample articles in every format, read by the format, import and browser tests.
FIXTURE_FILES = PROJECT / "tests" / "fixtures"
# Screenshots from the browser tests.
ARTIFACTS = PROJECT / "test-artifacts"
