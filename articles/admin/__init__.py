"""The newsroom's admin: importing this package registers every model admin."""

from articles import signin_admin  # noqa: F401 (registers)
from articles.admin import articles, images  # noqa: F401 (registers)
