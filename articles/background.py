"""A sender that drains an outbox table from a background thread: one
thread a process at most, started after a commit and gone once nothing more
is due. The CDN purges (caching/outbox.py) and the notification emails
(services/notifications.py) each have one."""

import logging
import threading

from django.db import connections

logger = logging.getLogger(__name__)


class BackgroundSender:
    def __init__(self, send, *, name, failure):
        self.send = send  # sends what is due; raises when it cannot
        self.name = name
        self.failure = failure  # what the log says when a run fails
        self._lock = threading.Lock()
        self._thread = None
        self._again = False
        self._latest = None  # the thread last started, for wait()

    def send_soon(self):
        """After a commit: send what is due from a background thread."""
        with self._lock:
            self._again = True
            if self._thread is None:
                self._thread = self._latest = threading.Thread(
                    target=self._send_while_asked, name=self.name, daemon=True
                )
                self._thread.start()

    def _send_while_asked(self):
        try:
            while True:
                with self._lock:
                    if not self._again:
                        self._thread = None
                        return
                    self._again = False
                try:
                    self.send()
                except Exception:  # the database is down, say: the next run retries
                    logger.exception(self.failure)
        finally:
            connections.close_all()  # this thread's own

    def wait(self, timeout=None):
        """Wait until the sender is done (for tests and shutdown)."""
        if self._latest is not None:
            self._latest.join(timeout)
