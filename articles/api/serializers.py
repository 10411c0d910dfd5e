"""The query parameters the API accepts, checked (a clear 400 otherwise), and
the shapes of its answers, which the OpenAPI schema documents
(``articles.api.representation`` builds the answers themselves)."""

from rest_framework import serializers

from articles.api.pagination import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE


class ArticleFilters(serializers.Serializer):
    topic = serializers.SlugField(required=False, help_text="A topic's slug.")
    tag = serializers.SlugField(required=False, help_text="A tag's slug.")
    author = serializers.SlugField(required=False, help_text="An author's slug.")
    updated_since = serializers.DateTimeField(
        required=False,
        help_text="ISO 8601: only articles changed since (``modified_at``).",
    )
    cursor = serializers.CharField(
        required=False, max_length=60, help_text="From a page's ``next`` link."
    )
    page_size = serializers.IntegerField(
        required=False,
        min_value=1,
        max_value=MAX_PAGE_SIZE,
        default=DEFAULT_PAGE_SIZE,
    )


class Text(serializers.Serializer):
    markdown = serializers.CharField(help_text="As the editor wrote it.")
    html = serializers.CharField(help_text="The sanitised HTML the page shows.")


class Label(serializers.Serializer):
    name = serializers.CharField()
    slug = serializers.SlugField()
    url = serializers.URLField(help_text="Its page on the site.")


class Rendition(serializers.Serializer):
    url = serializers.URLField()
    kind = serializers.ChoiceField(["width", "share"])
    width = serializers.IntegerField()
    height = serializers.IntegerField()
    type = serializers.CharField(help_text="Its media type, e.g. image/webp.")


class Image(serializers.Serializer):
    key = serializers.CharField(help_text="Its key in the media library.")
    alt = serializers.CharField(help_text="Empty for a decorative image.")
    caption = serializers.CharField()
    credit = serializers.CharField()
    width = serializers.IntegerField()
    height = serializers.IntegerField()
    renditions = Rendition(many=True)


class Bullet(serializers.Serializer):
    label = serializers.CharField(
        help_text="Shown in bold before the text; may be empty."
    )
    text = Text()


class Section(serializers.Serializer):
    heading = serializers.CharField()
    anchor = serializers.CharField(help_text="The heading's fragment id on the page.")
    image = Image(allow_null=True)
    body = Text(help_text="The paragraphs before the list.")
    bullets = Bullet(many=True)
    body_after_list = Text(help_text="The paragraphs after the list.")


class FAQEntry(serializers.Serializer):
    question = serializers.CharField()
    answer = Text()


class FAQ(serializers.Serializer):
    heading = serializers.CharField()
    entries = FAQEntry(many=True)


class Correction(serializers.Serializer):
    text = serializers.CharField()
    noted_at = serializers.DateTimeField()


class ArticleSummary(serializers.Serializer):
    slug = serializers.SlugField()
    title = serializers.CharField()
    standfirst = serializers.CharField()
    url = serializers.URLField(help_text="The article's page.")
    api_url = serializers.URLField(help_text="The whole article in this API.")
    published_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField(
        allow_null=True, help_text="The “Updated” date readers see, if any."
    )
    modified_at = serializers.DateTimeField(
        help_text="The last change of any kind (``updated_since`` compares it)."
    )
    reading_minutes = serializers.IntegerField()
    topic = Label(allow_null=True)
    tags = Label(many=True)
    authors = Label(many=True)
    lead_image = Image(allow_null=True)


class Article(ArticleSummary):
    canonical_url = serializers.URLField()
    word_count = serializers.IntegerField()
    lead = Text()
    sections = Section(many=True)
    faq = FAQ()
    closing = Text()
    corrections = Correction(many=True, help_text="Newest first.")


class ArticlePage(serializers.Serializer):
    next = serializers.URLField(allow_null=True, help_text="The next page, if any.")
    results = ArticleSummary(many=True)


class LabelWithCount(Label):
    description = serializers.CharField()
    articles_url = serializers.URLField(help_text="Its articles in this API.")
    article_count = serializers.IntegerField(help_text="Published articles.")


class LabelList(serializers.Serializer):
    results = LabelWithCount(many=True)
