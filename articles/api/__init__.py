"""The read-only public Content API, /api/v1/ (README, "Content API").

- ``representation``: the article as the API gives it, stored when the
  article is rendered (``stored_api_data``) and read back with its row
  (``article_data``), so no request reads its sections;
- ``pagination``: keyset pages, newest first, with ``next`` links;
- ``serializers``: the query parameters checked, and the answers' shapes for
  the OpenAPI schema;
- ``views`` and ``urls``: the endpoints, public and read-only.
"""
