"""Topics, tags and authors: the labels of articles, each with its page."""

from django.conf import settings
from django.db import models
from django.urls import reverse


class TopicQuerySet(models.QuerySet):
    def in_navigation(self):
        """The topics of the site's menu and of the home page's blocks, in
        the editors' order."""
        return self.filter(in_navigation=True).order_by("navigation_order", "name")


class Topic(models.Model):
    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.TextField(
        blank=True,
        max_length=300,
        help_text="Shown on the topic's page and in search results.",
    )
    in_navigation = models.BooleanField(
        "in the navigation",
        default=False,
        help_text="Listed in every page's menu, with a block of its newest "
        "articles on the home page.",
    )
    navigation_order = models.PositiveSmallIntegerField(
        default=0,
        help_text="Its place in the menu and on the home page: lower first.",
    )

    objects = TopicQuerySet.as_manager()

    class Meta:
        ordering = ("name",)

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:topic", kwargs={"slug": self.slug})


class Tag(models.Model):
    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.TextField(blank=True, max_length=300)

    class Meta:
        ordering = ("name",)

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:tag", kwargs={"slug": self.slug})


class Author(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="author",
        help_text="The account of this author, if they have one.",
    )
    display_name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=120, unique=True)
    bio = models.TextField("short bio", blank=True, max_length=600)

    class Meta:
        ordering = ("display_name",)

    def __str__(self):
        return self.display_name

    def get_absolute_url(self):
        return reverse("articles:author", kwargs={"slug": self.slug})
