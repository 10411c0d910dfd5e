"""The SQL function ``articles_search_body`` (PostgreSQL's from migration
0035, SQLite's registered by the app) reads a stored body as the search
index's Python does: the passages PostgreSQL shows are cut from the very
text its index was made of (SQL leaves the spacing to ``snippet_html``)."""

import pytest
from django.db import connection

from articles.services.search_text import PART_BREAK, body_text

BODIES = [
    "",
    '<div class="article-lead"><p>Tides &amp; ferries at\n   dawn.</p></div>',
    '<nav class="toc" aria-labelledby="toc-heading"><h2>In this article</h2>'
    '<ol><li><a href="#a">Routes</a></li></ol></nav>\n'
    '<section class="article-section"><h2 id="a">Routes</h2>'
    "<p>Three routes&nbsp;&amp; a <strong>night</strong> ferry.</p>"
    "<ul><li><strong>Cost:</strong> £2 &lt;on weekdays&gt;</li>"
    "<li>It&#x27;s late</li></ul>"
    "<p>It&#39;s &quot;quiet&quot;.<br>Then &amp;lt;busy&amp;gt;.</p></section>\n"
    '<figure><img src="/x.jpg" alt=""><figcaption>A ferry</figcaption></figure>'
    '<p class="article-tags"><span class="article-tags-label">Tags:</span>\n'
    '<a href="/tags/t/" rel="tag">Tides</a></p>',
    "<p>Marks \ue000never\ue001 indexed \ue002 here.</p><pre>  code\n  block</pre>",
]


def parts(text):
    """The text's parts, their spacing as ``search.snippet_html`` shows it."""
    return [" ".join(part.split()) for part in text.split(PART_BREAK) if part.strip()]


@pytest.mark.django_db
@pytest.mark.parametrize("html", BODIES)
def test_the_sql_function_reads_a_body_as_python_does(html):
    with connection.cursor() as cursor:
        cursor.execute("SELECT articles_search_body(%s)", [html])
        [(in_sql,)] = cursor.fetchall()
    assert parts(in_sql) == parts(body_text(html))
