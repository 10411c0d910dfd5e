"""Random and hostile text into the Markdown renderer and the importer:
never unsanitised HTML, never a server error, never a partial write."""

from django.core.exceptions import ValidationError
from django.urls import reverse
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from articles.formats import FormatError, decode, parse
from articles.models import FAQ, Article, Author, Bullet, Section, Tag, Topic
from articles.rendering import render_markdown, render_markdown_inline
from articles.services import article_create_from_document
from tests.html_checks import inert_problems

# Pieces that attack a sanitiser, the Markdown parser or the import formats.
HOSTILE = [
    "<script>alert(1)</script>",
    "<scr<script>ipt>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg/onload=alert(1)>",
    "<iframe srcdoc='<script>alert(1)</script>'>",
    "<style>*{display:none}</style>",
    '<a href="javascript:alert(1)">x</a>',
    "[x](javascript:alert(1))",
    "[x](jav&#x09;ascript:alert(1))",
    "[x](data:text/html,<script>alert(1)</script>)",
    "![x](data:image/svg+xml,<svg onload=alert(1)>)",
    '<p style="x:expression(alert(1))">',
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "`<script>`",
    "```",
    "<",
    ">",
    '"',
    "'",
    "&",
    "&#0;",
    "\x00",
    "\u202e",
    "\ufeff",
    "\r",
    "\t",
    "---",
    "# ",
    "## ",
    "### ",
    "- ",
    "- **Label:** ",
    "Q: ",
    "A: ",
    "<!-- faq -->",
    "<!-- closing -->",
    "<!-- after-list -->",
    "FAQ",
    "title: ",
    'tags: ["',
    "topic: ",
    "status: published",
    "a" * 250,
    "word " * 40,
]
hostile_text = st.lists(
    st.one_of(st.sampled_from(HOSTILE), st.text(max_size=40)), max_size=25
).map("".join)
hostile_lines = st.lists(
    st.one_of(st.sampled_from(HOSTILE), st.text(max_size=60), hostile_text),
    max_size=30,
).map("\n".join)


def front_matter(values):
    return "---\n" + "\n".join(f"{k}: {v}" for k, v in values.items()) + "\n---\n\n"


long_name = st.text(min_size=1, max_size=150).map(lambda s: s.replace('"', ""))
article_files = st.one_of(
    hostile_lines,
    st.builds(
        lambda title, topic, tags, authors, body: (
            front_matter(
                {
                    "title": f'"{title}"',
                    "topic": f'"{topic}"',
                    "tags": "[" + ", ".join(f'"{tag}"' for tag in tags) + "]",
                    "authors": "[" + ", ".join(f'"{a}"' for a in authors) + "]",
                }
            )
            + body
        ),
        long_name,
        long_name,
        st.lists(long_name, max_size=3),
        st.lists(long_name, max_size=2),
        hostile_lines,
    ),
)


# The renderer: a pure function, so many examples.


@settings(max_examples=200, deadline=None)
@given(text=hostile_text)
def test_rendered_markdown_is_always_inert(text):
    assert inert_problems(render_markdown(text)) == []
    assert inert_problems(render_markdown_inline(text)) == []


@settings(max_examples=200, deadline=None)
@given(text=hostile_lines)
def test_rendered_markdown_of_whole_documents_is_always_inert(text):
    assert inert_problems(render_markdown(text)) == []


# The importer: a whole article or nothing.

MODELS = (Article, Section, Bullet, FAQ, Topic, Tag, Author)


def row_counts():
    return {model.__name__: model.objects.count() for model in MODELS}


DB_SETTINGS = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


LONG_NAMES = [
    front_matter({"title": '"Long topic"', "topic": f'"{"t" * 100}"'}) + "Lead.\n",
    front_matter({"title": '"Long tag"', "tags": f'["{"g" * 100}"]'}) + "Lead.\n",
    front_matter({"title": '"Long author"', "authors": f'["{"a" * 150}"]'}) + "Lead.\n",
]


@DB_SETTINGS
@given(text=article_files, filename=st.sampled_from([None, "a.md", "a.txt"]))
@example(text=LONG_NAMES[0], filename="a.md")
@example(text=LONG_NAMES[1], filename="a.md")
@example(text=LONG_NAMES[2], filename="a.md")
def test_import_makes_a_whole_valid_article_or_nothing(db, text, filename):
    before = row_counts()
    try:
        document = parse(decode(text.encode()), filename)
        article = article_create_from_document(document)
    except (FormatError, ValidationError) as error:
        event(f"refused: {type(error).__name__}")
        assert str(error)  # something to tell the editor
        assert row_counts() == before
        return
    event("imported")
    after = row_counts()
    assert after["Article"] == before["Article"] + 1
    assert after["Section"] == before["Section"] + len(document.sections)
    assert after["Bullet"] == before["Bullet"] + sum(
        len(section.bullets) for section in document.sections
    )
    assert after["FAQ"] == before["FAQ"] + len(document.faqs)
    # Every row written is one the models accept, whatever the database
    # enforces by itself (SQLite does not check lengths).
    article = Article.objects.with_content().get(pk=article.pk)
    for row in [
        article,
        *article.sections.all(),
        *(
            bullet
            for section in article.sections.all()
            for bullet in section.bullets.all()
        ),
        *article.faqs.all(),
        *article.authors.all(),
        *article.tags.all(),
        *([article.topic] if article.topic_id else []),
    ]:
        row.full_clean(validate_unique=False)
    assert inert_problems(article.body_html) == []


@DB_SETTINGS
@given(text=article_files)
def test_the_import_page_answers_any_text_clearly(editor_client, text):
    before = row_counts()
    response = editor_client.post(
        reverse("admin:articles_article_import"), {"text": text, "confirm": "1"}
    )
    assert response.status_code in (200, 302)
    event(f"answered {response.status_code}")
    if response.status_code == 200:
        page = response.content.decode()
        assert 'class="errornote"' in page or 'class="errorlist' in page
        assert row_counts() == before
    else:
        assert row_counts()["Article"] == before["Article"] + 1
