"""Caching readers' pages (README, "Performance and caching"):

- ``pages``: the page cache middleware, the content generation, the
  schedule-aware lifetime and the Cache-Control readers and CDNs get;
- ``invalidation``: what a change makes stale, announced by the write services;
- ``outbox``: the purges of the HTTP cache in front, kept until sent.
"""
