"""The permission matrix (issue 13): every admin, nested-admin and markdownx
URL of the URL configuration, every list action of every registered admin and
every state-changing POST, asked by each role, against the answer the policy
expects. A URL or action without an entry in the tables fails the matrix.

Policy: Writers change only their own drafts and articles in review, view the
rest, and never publish, schedule, unpublish or send back; Editors do
everything editorial and unlock sign-ins (migration 0010); only superusers
manage users and groups. Refused POSTs must leave the database as it was."""

import re
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cache, cached_property
from urllib.parse import urlparse

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, RequestFactory
from django.urls import URLResolver, get_resolver, reverse
from django.utils import timezone
from reversion.models import Version

from articles.models import (
    Article,
    Author,
    Image,
    Notification,
    NotificationPreference,
    PreviewLink,
    SlugRedirect,
    Tag,
    Topic,
    WebhookDelivery,
    WebhookEndpoint,
    WebhookEvent,
)
from articles.services import article_saved
from tests.content import picture_bytes
from tests.html_checks import form_data
from tests.signin import client_for

ROLES = ("anonymous", "owner", "other_writer", "desk_editor", "superuser")

# Answers, as the matrix reports them.
OK = "200"
VIEW = "200 view only"
MOVED = "302 elsewhere"
IGNORED = "302 elsewhere, nothing changed"  # accepted; the observed value stays
LOGIN = "302 to login"
DENIED = "403"
MISSING = "404"
NOT_ALLOWED = "405"
# Outcomes of a list action.
DONE = "done"
REFUSED = "refused"


def roles(
    *,
    anonymous=LOGIN,
    staff=None,
    writers=None,
    owner=None,
    other_writer=None,
    editors=None,
    desk_editor=None,
    superuser=None,
):
    """The answer for each role; ``staff``, ``writers`` and ``editors`` set
    a group of roles at once, a single role's name overrides its group."""
    writers, editors = writers or staff, editors or staff
    answers = {
        "anonymous": anonymous,
        "owner": owner or writers,
        "other_writer": other_writer or writers,
        "desk_editor": desk_editor or editors,
        "superuser": superuser or editors,
    }
    assert None not in answers.values(), answers
    return answers


STAFF = roles(staff=OK)
EDITORS_ONLY = roles(writers=DENIED, editors=OK)
SUPERUSER_ONLY = roles(writers=DENIED, desk_editor=DENIED, superuser=OK)
NOBODY = roles(staff=DENIED)
# Pages that take POSTs only: the GET is refused (after the login check).
POST_ONLY = roles(staff=NOT_ALLOWED)


# What a POST changes, read before and after it.


def field_of(target, name):
    def read(world):
        model = type(world.obj(target))
        row = model.objects.filter(pk=world.obj(target).pk).values(name).first()
        return row and row[name]

    return read


def exists(target):
    def read(world):
        obj = world.obj(target)
        return type(obj).objects.filter(pk=obj.pk).exists()

    return read


def count_of(model, **lookups):
    return lambda world: model.objects.filter(**lookups).count()


def articles_owned_by_poster(title):
    """Drafts of that title created by whoever posted (none for anonymous)."""
    return lambda world: Article.objects.filter(
        title=title, status=Article.Status.DRAFT, created_by=world.acting
    ).count()


def own_password(world):
    return world.acting and type(world.acting).objects.get(pk=world.acting.pk).password


def notifications_turned_off(world):
    return NotificationPreference.objects.filter(
        user=world.acting, is_enabled=False
    ).count()


def preview_links_of(target):
    return lambda world: PreviewLink.objects.filter(article=world.obj(target)).count()


def link_revoked(target):
    return lambda world: PreviewLink.objects.get(pk=world.link(target).pk).revoked_at


def upload(name="matrix.png"):
    return SimpleUploadedFile(name, picture_bytes("PNG", (64, 48)))


@dataclass(frozen=True)
class Post:
    """A POST and its answers. The effect (``observe``'s value) must change
    exactly when the answer is a redirect after success (``MOVED``), not
    when it is refused, re-shown with errors, or ``IGNORED``."""

    answers: dict
    observe: object = None
    # The form to start from, as a browser would submit it: the URL name of
    # the page showing it (same target) and the form's id; then ``data``.
    form: tuple | None = None
    data: object = field(default_factory=dict)  # a dict, or world -> dict


@dataclass(frozen=True)
class Case:
    """One way to ask a URL: which object fills it, and the answers."""

    get: dict
    target: str | None = None  # a World attribute: draft, published, image…
    # URL arguments the target does not give: values, or world -> value.
    kwargs: dict = field(default_factory=dict)
    query: dict = field(default_factory=dict)
    post: Post | None = None
    label: str = ""  # tells cases of one URL and target apart


def model_urls(prefix, **cases_by_page):
    """A model admin's standard URLs: changelist, add, change, delete and
    history by name, and the unnamed ``<id>/`` redirect by its route."""
    pages = ("changelist", "add", "change", "delete", "history")
    assert set(cases_by_page) == set(pages), prefix
    app_label, model_name = prefix.split("_", 1)
    table = {
        f"admin:{prefix}_{page}": cases if isinstance(cases, tuple) else (cases,)
        for page, cases in cases_by_page.items()
    }
    table[f"admin:{app_label}/{model_name}/<path:object_id>/"] = (OBJECT_REDIRECT,)
    return table


# Django's admin sends /admin/<app>/<model>/<id>/ on to the change page.
OBJECT_REDIRECT = Case(roles(staff=MOVED), kwargs={"object_id": "1"})

ADDED = "Added in the matrix"
IMPORTED = "Imported in the matrix"
CHANGED = "Changed in the matrix"
NEW_PASSWORD = "a sturdier passphrase for the matrix"
NEW_TAG_FRONT_MATTER = """---
title: Imported with a tag
tags: [Imported tag]
---

A lead paragraph.
"""
PUBLISHED_FRONT_MATTER = """---
title: Imported as published
status: published
publish_at: "2024-01-01T09:00:00+00:00"
---

A lead paragraph.
"""


def delete(target, answers):
    return Post(answers, observe=exists(target), data={"post": "yes"})


def change(target, prefix, answers, **changes):
    """A change form's POST: the first field changed is the one observed
    (``publish_at_0``: the date half of the admin's date and time inputs)."""
    name = next(iter(changes)).removesuffix("_0")
    return Post(
        answers,
        observe=field_of(target, name),
        form=(f"admin:{prefix}_change", f"{prefix.split('_', 1)[1]}_form"),
        data=changes,
    )


def add(prefix, answers, observe, **data):
    return Post(
        answers,
        observe=observe,
        form=(f"admin:{prefix}_add", f"{prefix.split('_', 1)[1]}_form"),
        data=data,
    )


ARTICLE_FORM = ("admin:articles_article_change", "article_form")
EDITABLE_BY_OWNER = roles(other_writer=DENIED, owner=MOVED, editors=MOVED)
EDITABLE_BY_EDITORS = roles(writers=DENIED, editors=MOVED)


URLS = {
    # The admin site's own pages.
    "admin:index": (Case(STAFF),),
    "admin:login": (Case(roles(anonymous=OK, staff=MOVED)),),
    "admin:logout": (
        Case(
            roles(anonymous=MOVED, staff=NOT_ALLOWED),
            post=Post(roles(anonymous=MOVED, staff=OK)),
        ),
    ),
    "admin:password_change": (
        Case(
            STAFF,
            post=Post(
                roles(staff=MOVED),
                observe=own_password,
                data={
                    "old_password": "correct horse battery",
                    "new_password1": NEW_PASSWORD,
                    "new_password2": NEW_PASSWORD,
                },
            ),
        ),
    ),
    "admin:password_change_done": (Case(STAFF),),
    "admin:autocomplete": (
        Case(
            STAFF,
            query={
                "app_label": "articles",
                "model_name": "article",
                "field_name": "authors",
                "term": "",
            },
        ),
    ),
    "admin:jsi18n": (Case(STAFF),),
    "admin:view_on_site": (Case(roles(staff=MOVED), target="draft"),),
    "admin:app_list": (
        Case(
            roles(writers=MISSING, desk_editor=MISSING, superuser=OK),
            kwargs={"app_label": "auth"},
        ),
    ),
    "admin:(?P<url>.*)$": (
        Case(roles(staff=MISSING), kwargs={"url": "no-such-page/"}),
    ),
    # Articles.
    "admin:articles_article_changelist": (Case(STAFF),),
    "admin:articles_article_add": (
        # Writers too: the new article is their own draft.
        Case(
            STAFF,
            post=add(
                "articles_article",
                roles(staff=MOVED),
                articles_owned_by_poster(ADDED),
                title=ADDED,
                slug="added-in-the-matrix",
            ),
        ),
    ),
    "admin:articles_article_change": (
        *(
            Case(
                roles(other_writer=VIEW, staff=OK),
                target="draft",
                post=change("draft", "articles_article", answers, **edit),
            )
            for answers, edit in (
                (EDITABLE_BY_OWNER, {"title": CHANGED}),
                # Publishing is the editors': writers' forms do not offer it.
                (
                    roles(other_writer=DENIED, owner=OK, editors=MOVED),
                    {"status": Article.Status.PUBLISHED},
                ),
                (
                    roles(other_writer=DENIED, owner=IGNORED, editors=MOVED),
                    {"publish_at_0": "2030-01-02", "publish_at_1": "09:00:00"},
                ),
            )
        ),
        Case(
            roles(other_writer=VIEW, staff=OK),
            target="review",
            post=change("review", "articles_article", EDITABLE_BY_OWNER, title=CHANGED),
        ),
        Case(
            roles(writers=VIEW, editors=OK),
            target="published",
            post=change(
                "published", "articles_article", EDITABLE_BY_EDITORS, title=CHANGED
            ),
        ),
    ),
    "admin:articles_article_delete": tuple(
        Case(EDITORS_ONLY, target=target, post=delete(target, EDITABLE_BY_EDITORS))
        for target in ("draft", "published")
    ),
    "admin:articles_article_history": (
        Case(STAFF, target="draft"),
        Case(STAFF, target="published"),
    ),
    "admin:articles_article_compare": (
        Case(STAFF, target="draft", query={"b": "current"}),
    ),
    "admin:articles_article_restore": (
        Case(
            roles(other_writer=DENIED, staff=OK),
            target="draft",
            post=Post(EDITABLE_BY_OWNER, observe=field_of("draft", "title")),
        ),
        Case(
            EDITORS_ONLY,
            target="published",
            post=Post(EDITABLE_BY_EDITORS, observe=field_of("published", "title")),
        ),
        # The owner's draft, but the version was published: restoring it
        # would publish.
        Case(
            EDITORS_ONLY,
            target="draft_once_published",
            post=Post(
                EDITABLE_BY_EDITORS,
                observe=field_of("draft_once_published", "status"),
            ),
        ),
        # Versions are looked up among the article's own.
        Case(
            roles(other_writer=DENIED, staff=MISSING),
            target="draft",
            kwargs={"version_id": lambda world: world.first_version("published").pk},
            post=Post(
                roles(other_writer=DENIED, staff=MISSING),
                observe=field_of("draft", "title"),
            ),
            label="with another article's version",
        ),
    ),
    "admin:articles_article_import": (
        Case(
            STAFF,
            post=Post(
                roles(staff=MOVED),
                observe=articles_owned_by_poster(IMPORTED),
                data={"text": f"{IMPORTED}\n\nA lead paragraph.", "confirm": "1"},
            ),
        ),
        # An import is a draft, whatever its front matter says.
        Case(
            STAFF,
            post=Post(
                roles(staff=IGNORED),
                observe=count_of(Article, status=Article.Status.PUBLISHED),
                data={"text": PUBLISHED_FRONT_MATTER, "confirm": "1"},
            ),
            label="saying it is published",
        ),
        # New labels need the add permission (Writers' import is refused).
        Case(
            STAFF,
            post=Post(
                roles(writers=OK, editors=MOVED),
                observe=count_of(Tag, name="Imported tag"),
                data={"text": NEW_TAG_FRONT_MATTER, "confirm": "1"},
            ),
            label="with a new tag",
        ),
    ),
    # Previews render the posted form and save nothing.
    "admin:articles_article_add_preview": (
        Case(
            POST_ONLY,
            post=Post(
                roles(staff=OK),
                observe=count_of(Article),
                form=("admin:articles_article_add", "article_form"),
                data={"title": ADDED, "slug": "added-in-the-matrix"},
            ),
        ),
    ),
    "admin:articles_article_preview": tuple(
        Case(
            POST_ONLY,
            target=target,
            post=Post(
                roles(staff=OK),
                observe=field_of(target, "title"),
                form=ARTICLE_FORM,
                data={"title": CHANGED},
            ),
        )
        for target in ("draft", "published")
    ),
    # The live editorial checks read the posted form and save nothing; only
    # those who may change the article may check it.
    "admin:articles_article_add_checks": (
        Case(
            POST_ONLY,
            post=Post(
                roles(staff=OK),
                observe=count_of(Article),
                form=("admin:articles_article_add", "article_form"),
                data={"title": ADDED, "slug": "added-in-the-matrix"},
            ),
        ),
    ),
    "admin:articles_article_checks": (
        Case(
            POST_ONLY,
            target="draft",
            post=Post(
                roles(other_writer=DENIED, staff=OK),
                observe=field_of("draft", "title"),
                form=ARTICLE_FORM,
                data={"title": CHANGED},
            ),
        ),
        Case(
            POST_ONLY,
            target="published",
            post=Post(
                roles(writers=DENIED, editors=OK),
                observe=field_of("published", "title"),
                form=ARTICLE_FORM,
                data={"title": CHANGED},
            ),
        ),
    ),
    "admin:articles_article_share": (
        Case(
            roles(staff=MISSING),
            target="draft",
            post=Post(EDITABLE_BY_OWNER, observe=preview_links_of("draft")),
        ),
        Case(
            roles(staff=MISSING),
            target="published",
            post=Post(EDITABLE_BY_EDITORS, observe=preview_links_of("published")),
        ),
    ),
    "admin:articles_article_share_revoke": (
        Case(
            roles(staff=MISSING),
            target="draft",
            post=Post(EDITABLE_BY_OWNER, observe=link_revoked("draft")),
        ),
        # Links are looked up among the article's own.
        Case(
            roles(staff=MISSING),
            target="draft",
            kwargs={"link_id": lambda world: world.link("published").pk},
            post=Post(
                roles(other_writer=DENIED, staff=MISSING),
                observe=link_revoked("published"),
            ),
            label="with another article's link",
        ),
    ),
    # The change page posts here every 30 s: "who else has it open".
    "admin:articles_article_presence": (
        Case(STAFF, target="draft", post=Post(roles(staff=OK))),
    ),
    # The calendar: all staff (each sees what they may open); rescheduling
    # is the schedule action's page, so the editors'.
    "admin:articles_article_calendar": (
        Case(STAFF),
        Case(STAFF, query={"week": "2026-W49"}, label="a week"),
        Case(roles(staff=MISSING), query={"month": "2026-13"}, label="no month"),
    ),
    "admin/articles/calendar/": (Case(roles(staff=MOVED)),),
    "admin:articles_article_reschedule": (
        Case(
            EDITORS_ONLY,
            target="review",
            post=Post(
                EDITABLE_BY_EDITORS,
                observe=field_of("review", "publish_at"),
                data={"apply": "1", "publish_at": "2 Jan 2031, 09:00"},
            ),
        ),
    ),
    "admin:articles/article/<path:object_id>/": (OBJECT_REDIRECT,),
    # The media library. Writers upload and describe images, but an image a
    # published article shows is the editors' (its text is on a live page).
    **model_urls(
        "articles_image",
        changelist=Case(STAFF),
        add=Case(
            STAFF,
            post=add(
                "articles_image",
                roles(staff=MOVED),
                count_of(Image, alt_text=ADDED),
                alt_text=ADDED,
                upload=upload,
            ),
        ),
        change=(
            *(
                Case(
                    STAFF,
                    target="image",
                    post=change("image", "articles_image", roles(staff=MOVED), **edit),
                )
                for edit in ({"alt_text": CHANGED}, {"focal_x": "0.2"})
            ),
            *(
                Case(
                    roles(writers=VIEW, editors=OK),
                    target=target,
                    post=change(target, "articles_image", EDITABLE_BY_EDITORS, **edit),
                )
                for target, edit in (
                    ("image_published", {"alt_text": CHANGED}),
                    ("image_published", {"caption": CHANGED}),
                    ("image_published", {"credit": CHANGED}),
                    ("image_published", {"focal_x": "0.2"}),
                    ("image_in_published_section", {"alt_text": CHANGED}),
                )
            ),
        ),
        delete=(
            Case(
                EDITORS_ONLY, target="image", post=delete("image", EDITABLE_BY_EDITORS)
            ),
            # In use: Django shows what protects it and deletes nothing.
            Case(
                EDITORS_ONLY,
                target="image_published",
                post=delete("image_published", roles(writers=DENIED, editors=OK)),
            ),
        ),
        history=Case(STAFF, target="image"),
    ),
    "admin:articles_image_bulk_upload": (
        Case(
            STAFF,
            post=Post(
                roles(staff=MOVED),
                observe=count_of(Image),
                data=lambda world: {"files": [upload()], "credit": "", "licence": ""},
            ),
        ),
    ),
    "admin:articles_image_chooser_preview": (Case(STAFF, target="image"),),
    # Labels: Writers see them, Editors manage them (authors' deletion only
    # superusers: Editors have no delete_author).
    **{
        key: value
        for prefix, target in (("articles_topic", "topic"), ("articles_tag", "tag"))
        for key, value in model_urls(
            prefix,
            changelist=Case(STAFF),
            add=Case(
                EDITORS_ONLY,
                post=add(
                    prefix,
                    EDITABLE_BY_EDITORS,
                    count_of(Topic if target == "topic" else Tag, name=ADDED),
                    name=ADDED,
                    slug="added-in-the-matrix",
                ),
            ),
            change=Case(
                roles(writers=VIEW, editors=OK),
                target=target,
                post=change(target, prefix, EDITABLE_BY_EDITORS, name=CHANGED),
            ),
            delete=Case(
                EDITORS_ONLY, target=target, post=delete(target, EDITABLE_BY_EDITORS)
            ),
            history=Case(STAFF, target=target),
        ).items()
    },
    **model_urls(
        "articles_author",
        changelist=Case(STAFF),
        add=Case(
            EDITORS_ONLY,
            post=add(
                "articles_author",
                EDITABLE_BY_EDITORS,
                count_of(Author, display_name=ADDED),
                display_name=ADDED,
                slug="added-in-the-matrix",
            ),
        ),
        change=Case(
            roles(writers=VIEW, editors=OK),
            target="author",
            post=change(
                "author", "articles_author", EDITABLE_BY_EDITORS, display_name=CHANGED
            ),
        ),
        delete=Case(
            SUPERUSER_ONLY,
            target="author",
            post=delete(
                "author", roles(writers=DENIED, desk_editor=DENIED, superuser=MOVED)
            ),
        ),
        history=Case(STAFF, target="author"),
    ),
    # Old addresses are made by renames, never by hand.
    **model_urls(
        "articles_slugredirect",
        changelist=Case(EDITORS_ONLY),
        add=Case(NOBODY, post=Post(NOBODY, observe=count_of(SlugRedirect))),
        change=Case(
            roles(writers=DENIED, editors=VIEW),
            target="slug_redirect",
            post=Post(
                NOBODY,
                observe=field_of("slug_redirect", "old_slug"),
                data={"old_slug": "hijacked", "article": ""},
            ),
        ),
        delete=Case(
            EDITORS_ONLY,
            target="slug_redirect",
            post=delete("slug_redirect", EDITABLE_BY_EDITORS),
        ),
        history=Case(EDITORS_ONLY, target="slug_redirect"),
    ),
    # Notifications: each user's own settings; the outbox is the superusers',
    # read-only.
    "admin:articles_notification_preferences": (
        Case(
            STAFF,
            # The box unticked: the poster's own emails turned off.
            post=Post(roles(staff=MOVED), observe=notifications_turned_off),
        ),
    ),
    **model_urls(
        "articles_notification",
        changelist=Case(SUPERUSER_ONLY),
        add=Case(NOBODY, post=Post(NOBODY, observe=count_of(Notification))),
        change=Case(
            roles(writers=DENIED, desk_editor=DENIED, superuser=VIEW),
            target="notification",
            post=Post(
                NOBODY,
                observe=field_of("notification", "subject"),
                data={"subject": "Hijacked"},
            ),
        ),
        delete=Case(NOBODY, target="notification", post=delete("notification", NOBODY)),
        history=Case(SUPERUSER_ONLY, target="notification"),
    ),
    # Webhooks: superusers configure endpoints; deliveries are read-only.
    **model_urls(
        "articles_webhookendpoint",
        changelist=Case(SUPERUSER_ONLY),
        add=Case(
            SUPERUSER_ONLY,
            post=add(
                "articles_webhookendpoint",
                roles(writers=DENIED, desk_editor=DENIED, superuser=MOVED),
                count_of(WebhookEndpoint, description=ADDED),
                url="https://93.184.215.14/hooks",
                description=ADDED,
            ),
        ),
        change=Case(
            SUPERUSER_ONLY,
            target="webhook_endpoint",
            post=change(
                "webhook_endpoint",
                "articles_webhookendpoint",
                roles(writers=DENIED, desk_editor=DENIED, superuser=MOVED),
                description=CHANGED,
            ),
        ),
        delete=Case(
            SUPERUSER_ONLY,
            target="webhook_endpoint",
            post=delete(
                "webhook_endpoint",
                roles(writers=DENIED, desk_editor=DENIED, superuser=MOVED),
            ),
        ),
        history=Case(SUPERUSER_ONLY, target="webhook_endpoint"),
    ),
    **model_urls(
        "articles_webhookdelivery",
        changelist=Case(SUPERUSER_ONLY),
        add=Case(NOBODY, post=Post(NOBODY, observe=count_of(WebhookDelivery))),
        change=Case(
            roles(writers=DENIED, desk_editor=DENIED, superuser=VIEW),
            target="webhook_delivery",
            post=Post(
                NOBODY,
                observe=field_of("webhook_delivery", "status"),
                data={"status": "sent"},
            ),
        ),
        delete=Case(
            NOBODY,
            target="webhook_delivery",
            post=delete("webhook_delivery", NOBODY),
        ),
        history=Case(SUPERUSER_ONLY, target="webhook_delivery"),
    ),
    # Accounts: superusers only.
    **model_urls(
        "auth_group",
        changelist=Case(SUPERUSER_ONLY),
        add=Case(
            SUPERUSER_ONLY,
            post=add(
                "auth_group",
                roles(writers=DENIED, desk_editor=DENIED, superuser=MOVED),
                count_of(Group, name=ADDED),
                name=ADDED,
            ),
        ),
        change=Case(
            SUPERUSER_ONLY,
            target="group",
            post=change(
                "group",
                "auth_group",
                roles(writers=DENIED, desk_editor=DENIED, superuser=MOVED),
                name=CHANGED,
            ),
        ),
        delete=Case(
            SUPERUSER_ONLY,
            target="group",
            post=delete(
                "group", roles(writers=DENIED, desk_editor=DENIED, superuser=MOVED)
            ),
        ),
        history=Case(SUPERUSER_ONLY, target="group"),
    ),
    **model_urls(
        "auth_user",
        changelist=Case(SUPERUSER_ONLY),
        add=Case(
            SUPERUSER_ONLY,
            post=add(
                "auth_user",
                roles(writers=DENIED, desk_editor=DENIED, superuser=MOVED),
                count_of(get_user_model(), username="added-in-the-matrix"),
                username="added-in-the-matrix",
                password1=NEW_PASSWORD,
                password2=NEW_PASSWORD,
            ),
        ),
        change=Case(
            SUPERUSER_ONLY,
            target="account",
            post=change(
                "account",
                "auth_user",
                roles(writers=DENIED, desk_editor=DENIED, superuser=MOVED),
                first_name=CHANGED,
            ),
        ),
        delete=Case(
            SUPERUSER_ONLY,
            target="account",
            post=delete(
                "account", roles(writers=DENIED, desk_editor=DENIED, superuser=MOVED)
            ),
        ),
        history=Case(SUPERUSER_ONLY, target="account"),
    ),
    "admin:auth_user_password_change": (
        Case(
            SUPERUSER_ONLY,
            target="account",
            post=Post(
                roles(writers=DENIED, desk_editor=DENIED, superuser=MOVED),
                observe=field_of("account", "password"),
                form=("admin:auth_user_password_change", "user_form"),
                data={"password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
            ),
        ),
    ),
    # Sign-in lockouts: Editors see and delete (unlock) attempts, as migration
    # 0010 grants; the logs are the superusers'.
    **model_urls(
        "axes_accessattempt",
        changelist=Case(EDITORS_ONLY),
        add=Case(NOBODY, post=Post(NOBODY, observe=count_of(AccessAttempt))),
        change=Case(
            roles(writers=DENIED, desk_editor=VIEW, superuser=OK),
            target="access_attempt",
            # Every field is read-only: a superuser's save changes nothing.
            post=Post(
                roles(writers=DENIED, desk_editor=DENIED, superuser=IGNORED),
                observe=field_of("access_attempt", "username"),
                data={"username": "someone-else"},
            ),
        ),
        delete=Case(
            EDITORS_ONLY,
            target="access_attempt",
            post=delete("access_attempt", EDITABLE_BY_EDITORS),
        ),
        history=Case(EDITORS_ONLY, target="access_attempt"),
    ),
    **{
        key: value
        for prefix, target in (
            ("axes_accesslog", "access_log"),
            ("axes_accessfailurelog", "access_failure_log"),
        )
        for key, value in model_urls(
            prefix,
            changelist=Case(SUPERUSER_ONLY),
            add=Case(NOBODY),
            change=Case(SUPERUSER_ONLY, target=target),
            delete=Case(
                SUPERUSER_ONLY,
                target=target,
                post=delete(
                    target, roles(writers=DENIED, desk_editor=DENIED, superuser=MOVED)
                ),
            ),
            history=Case(SUPERUSER_ONLY, target=target),
        ).items()
    },
    # The editor's tools outside the admin site.
    "nesting_server_data": (Case(roles(anonymous=DENIED, staff=OK)),),
    "markdownx_markdownify": (
        Case(
            POST_ONLY,
            post=Post(roles(staff=OK), data={"content": "**Bold** text."}),
        ),
    ),
    "markdownx_upload": (
        Case(
            roles(anonymous=NOT_ALLOWED, staff=NOT_ALLOWED),
            post=Post(
                roles(anonymous=DENIED, staff=DENIED),
                observe=count_of(Image),
                data={"image": upload},
            ),
        ),
    ),
}


# List actions, by model label and action name. Outcomes are read from the
# database: a refused action answers 302 or 200 like a done one.


@dataclass(frozen=True)
class Action:
    answers: dict
    target: str
    observe: object = None  # None: the action answers with a download
    data: dict = field(default_factory=dict)


def later():
    return (timezone.localtime() + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")


PUBLISHING = roles(writers=REFUSED, editors=DONE)
SUPERUSERS_DO = roles(writers=DENIED, desk_editor=DENIED, superuser=DONE)
CONFIRMED = {"post": "yes"}  # what delete_selected's confirmation page posts

ACTIONS = {
    "articles.article:publish_now": (
        Action(PUBLISHING, "draft", field_of("draft", "status")),
    ),
    "articles.article:schedule": (
        Action(
            PUBLISHING,
            "draft",
            field_of("draft", "status"),
            data={"apply": "1", "publish_at": later()},
        ),
    ),
    "articles.article:unpublish": (
        Action(PUBLISHING, "published", field_of("published", "status")),
    ),
    "articles.article:submit_for_review": (
        Action(
            roles(owner=DONE, other_writer=REFUSED, editors=DONE),
            "draft",
            field_of("draft", "status"),
        ),
        # Only drafts are submitted: a published article stays on the site.
        Action(roles(staff=REFUSED), "published", field_of("published", "status")),
    ),
    "articles.article:send_back_to_draft": (
        Action(
            PUBLISHING,
            "review",
            field_of("review", "status"),
            data={"apply": "1", "comment": "Needs a second source."},
        ),
    ),
    "articles.article:export_markdown": (Action(roles(staff=DONE), "draft"),),
    "articles.article:delete_selected": (
        Action(PUBLISHING, "draft", exists("draft"), data=CONFIRMED),
    ),
    "articles.image:delete_selected": (
        Action(PUBLISHING, "image", exists("image"), data=CONFIRMED),
        # In use: nobody deletes it.
        Action(
            roles(staff=REFUSED),
            "image_published",
            exists("image_published"),
            data=CONFIRMED,
        ),
    ),
    "articles.topic:delete_selected": (
        Action(PUBLISHING, "topic", exists("topic"), data=CONFIRMED),
    ),
    "articles.tag:delete_selected": (
        Action(PUBLISHING, "tag", exists("tag"), data=CONFIRMED),
    ),
    "articles.author:delete_selected": (
        Action(
            roles(writers=REFUSED, desk_editor=REFUSED, superuser=DONE),
            "author",
            exists("author"),
            data=CONFIRMED,
        ),
    ),
    "articles.slugredirect:delete_selected": (
        Action(
            roles(writers=DENIED, editors=DONE),
            "slug_redirect",
            exists("slug_redirect"),
            data=CONFIRMED,
        ),
    ),
    "articles.webhookendpoint:delete_selected": (
        Action(
            SUPERUSERS_DO,
            "webhook_endpoint",
            exists("webhook_endpoint"),
            data=CONFIRMED,
        ),
    ),
    "articles.webhookdelivery:retry_now": (
        Action(
            SUPERUSERS_DO,
            "webhook_delivery",
            field_of("webhook_delivery", "status"),
        ),
    ),
    "auth.group:delete_selected": (
        Action(SUPERUSERS_DO, "group", exists("group"), data=CONFIRMED),
    ),
    "auth.user:delete_selected": (
        Action(SUPERUSERS_DO, "account", exists("account"), data=CONFIRMED),
    ),
    "axes.accessattempt:delete_selected": (
        Action(
            roles(writers=DENIED, editors=DONE),
            "access_attempt",
            exists("access_attempt"),
            data=CONFIRMED,
        ),
    ),
    "axes.accessattempt:cleanup_expired_attempts": (
        Action(
            roles(writers=DENIED, editors=DONE),
            "expired_attempt",
            exists("expired_attempt"),
        ),
    ),
    "axes.accesslog:delete_selected": (
        Action(SUPERUSERS_DO, "access_log", exists("access_log"), data=CONFIRMED),
    ),
    "axes.accessfailurelog:delete_selected": (
        Action(
            SUPERUSERS_DO,
            "access_failure_log",
            exists("access_failure_log"),
            data=CONFIRMED,
        ),
    ),
}


# The URL configuration, walked.


@dataclass(frozen=True)
class Endpoint:
    route: str  # the whole route, prefixes included
    name: str | None  # for reverse(), namespaced

    @property
    def arguments(self):
        return [
            a or b for a, b in re.findall(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>", self.route)
        ]

    def url(self, kwargs):
        if self.name:
            return reverse(self.name, kwargs=kwargs)
        path = re.sub(
            r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>[^)]*\)",
            lambda m: str(kwargs[m[1] or m[2]]),
            self.route,
        )
        return "/" + path.replace("^", "").replace("$", "").replace("\\", "")


def walk(resolver, route="", namespace="", local=""):
    """(whole route, namespace, route inside the namespace, name) of every
    URL pattern; ``local`` names an unnamed one, e.g. ``admin:auth/<id>/``."""
    for pattern in resolver.url_patterns:
        piece = str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            if pattern.namespace:
                inner = ":".join(filter(None, (namespace, pattern.namespace)))
                yield from walk(pattern, route + piece, inner, "")
            else:
                yield from walk(pattern, route + piece, namespace, local + piece)
        else:
            yield route + piece, namespace, local + piece, pattern.name


@cache
def editor_endpoints():
    """Every URL of the admin site, wherever it is mounted, and every other
    URL under the editors' prefixes (nested-admin, markdownx)."""
    prefixes = tuple(prefix.lstrip("/") for prefix in settings.ADMIN_URL_PREFIXES)
    found = {}
    for route, namespace, local, name in walk(get_resolver()):
        in_admin = namespace.split(":")[0] == admin.site.name
        if not (in_admin or route.startswith(prefixes)):
            continue
        full_name = f"{namespace}:{name}" if namespace and name else name
        key = full_name or (f"{namespace}:{local}" if namespace else route)
        if key in found and found[key].route != route:
            key = f"{key} at {route}"  # a second route of one name: listed apart
        found.setdefault(key, Endpoint(route, full_name))
    return found


def registered_actions():
    """Every list action of every registered admin, as a superuser sees them."""
    request = RequestFactory().get("/")
    request.user = get_user_model()(is_superuser=True, is_active=True, is_staff=True)
    return {
        f"{model._meta.label_lower}:{name}"
        for model in apps.get_models()
        if admin.site.is_registered(model)
        for name in admin.site.get_model_admin(model).get_actions(request)
    }


# The objects the URLs point at, made on first use.

# Enough parts for every inline form and revision, and quick to make.
SMALL = {"sections": 1, "bullets": 2, "faqs": 1}


class World:
    def __init__(self, fixture):
        self.fixture = fixture
        self.acting = None  # the user posting, for effects like "own draft"
        self.links = {}

    # Roles.

    @cached_property
    def owner(self):
        return self.fixture("writer")

    @cached_property
    def other_writer(self):
        return self.fixture("make_user")("walter", "Writers")

    @cached_property
    def desk_editor(self):
        return self.fixture("desk_editor")

    @cached_property
    def superuser(self):
        return self.fixture("editor")

    def user(self, role):
        return None if role == "anonymous" else getattr(self, role)

    def client(self, role):
        user = self.user(role)
        client = client_for(user) if user else Client()
        client.raise_request_exception = False  # a 500 is an answer too
        return client

    # Articles: the owner's, each with an earlier revision to restore.

    @cached_property
    def author(self):
        return Author.objects.create(
            user=self.owner, display_name="Wendy Writer", slug="wendy-writer"
        )

    def owned_article(self, title, status, *, now=None, **fields):
        """Saved first with ``title`` and ``status``, then revised (title
        changed, status ``now``): the first revision differs from the article."""
        if status != Article.Status.PUBLISHED:
            fields.setdefault("publish_at", None)
        article = self.fixture("make_full_article")(
            **SMALL, title=title, status=status, created_by=self.owner, **fields
        )
        article.authors.add(self.author)
        article.title = f"{title}, revised"
        article.status = now or status
        article.save()
        article_saved(article, by=self.owner, comment="Revised")
        return article

    @cached_property
    def draft(self):
        return self.owned_article("Wendy's draft", Article.Status.DRAFT)

    @cached_property
    def review(self):
        return self.owned_article("Wendy's review", Article.Status.REVIEW)

    @cached_property
    def published(self):
        return self.owned_article("Wendy's published", Article.Status.PUBLISHED)

    @cached_property
    def draft_once_published(self):
        return self.owned_article(
            "Wendy's withdrawn", Article.Status.PUBLISHED, now=Article.Status.DRAFT
        )

    def first_version(self, target):
        return Version.objects.get_for_object(self.obj(target)).order_by("pk").first()

    def link(self, target):
        if target not in self.links:
            self.links[target] = PreviewLink.objects.create(
                article=self.obj(target),
                created_by=self.owner,
                expires_at=timezone.now() + PreviewLink.DEFAULT_LIFETIME,
            )
        return self.links[target]

    # Everything else.

    @cached_property
    def image(self):
        return self.fixture("make_image")(size=(640, 480))

    @cached_property
    def image_published(self):
        image = self.fixture("make_image")(size=(640, 480))
        self.fixture("make_full_article")(**SMALL, title="Pictured", lead_image=image)
        return image

    @cached_property
    def image_in_published_section(self):
        image = self.fixture("make_image")(size=(640, 480))
        article = self.fixture("make_full_article")(**SMALL, title="Pictured inside")
        article.sections.update(image=image)
        article_saved(article, by=None, comment="Pictured")
        return image

    @cached_property
    def notification(self):
        return Notification.objects.create(
            kind=Notification.Kind.SUBMITTED,
            article=self.review,
            recipient=self.desk_editor,
            to="eddie@example.com",
            subject="For review: Wendy's review",
            body="Wendy submitted it.",
        )

    @cached_property
    def webhook_endpoint(self):
        return WebhookEndpoint.objects.create(
            url="https://93.184.215.14/hooks",
            secret="a-secret-shared-with-the-receiver",
            events=["published"],
        )

    @cached_property
    def webhook_delivery(self):
        event = WebhookEvent.objects.create(
            kind="published",
            article_id=self.published.pk,
            slug=self.published.slug,
            url="https://news.example.org/articles/published/",
            article_data={"id": self.published.pk},
            happens_at=timezone.now(),
        )
        return WebhookDelivery.objects.create(
            endpoint=self.webhook_endpoint,
            event=event,
            due_at=event.happens_at,
            status=WebhookDelivery.Status.GIVEN_UP,
        )

    @cached_property
    def topic(self):
        return Topic.objects.create(name="Weather", slug="weather")

    @cached_property
    def tag(self):
        return Tag.objects.create(name="Floods", slug="floods")

    @cached_property
    def slug_redirect(self):
        return SlugRedirect.objects.create(
            old_slug="old-address", article=self.published
        )

    @cached_property
    def group(self):
        return Group.objects.create(name="Interns")

    @cached_property
    def account(self):
        return self.fixture("make_user")("vera")

    def attempt_fields(self):
        return {
            "username": "locked-out",
            "ip_address": "203.0.113.9",
            "user_agent": "Probe/1.0",
            "http_accept": "*/*",
            "path_info": "/admin/login/",
        }

    @cached_property
    def access_attempt(self):
        return AccessAttempt.objects.create(
            **self.attempt_fields(), get_data="", post_data="", failures_since_start=5
        )

    @cached_property
    def expired_attempt(self):
        attempt = AccessAttempt.objects.create(
            **self.attempt_fields(), get_data="", post_data="", failures_since_start=5
        )
        long_ago = timezone.now() - timedelta(hours=settings.AXES_COOLOFF_TIME + 1)
        AccessAttempt.objects.filter(pk=attempt.pk).update(attempt_time=long_ago)
        return attempt

    @cached_property
    def access_log(self):
        return AccessLog.objects.create(**self.attempt_fields())

    @cached_property
    def access_failure_log(self):
        return AccessFailureLog.objects.create(**self.attempt_fields(), locked_out=True)

    def obj(self, target):
        return getattr(self, target)

    # Requests.

    def argument(self, name, target):
        if name == "version_id":
            return self.first_version(target).pk
        if name == "link_id":
            return self.link(target).pk
        if name == "content_type_id":
            return ContentType.objects.get_for_model(self.obj(target)).pk
        if name in ("object_id", "image_id", "id"):
            return self.obj(target).pk
        raise LookupError(f"The matrix cannot fill the URL argument {name!r}")

    def url(self, key, case):
        endpoint = editor_endpoints()[key]
        kwargs = {}
        for name in endpoint.arguments:
            value = case.kwargs.get(name) or self.argument(name, case.target)
            kwargs[name] = value(self) if callable(value) else value
        return endpoint.url(kwargs)

    def post_data(self, case, role, client):
        post = case.post
        data = post.data(self) if callable(post.data) else post.data
        data = {
            name: value() if callable(value) else value for name, value in data.items()
        }
        if not post.form:
            return data
        page_name, form_id = post.form
        page = self.url(page_name, case)
        # The role's own form when it can edit these fields; otherwise the
        # form an editor sees, as someone copying it would post it.
        html = client.get(page).content.decode() if self.user(role) else ""
        if not all(f'name="{name}"' in html for name in data):
            html = self.client("superuser").get(page).content.decode()
        return browser_form(form_data(html, form_id)) | data


def browser_form(data):
    """Browsers send textareas with CRLF line ends."""
    return {
        name: value.replace("\r\n", "\n").replace("\n", "\r\n")
        if isinstance(value, str)
        else value
        for name, value in data.items()
    }


@pytest.fixture
def world(request, db):
    return World(request.getfixturevalue)


def answer(response, expected=None):
    status = response.status_code
    if status == 302:
        login = urlparse(response["Location"]).path == reverse("admin:login")
        return LOGIN if login else MOVED
    if status == 200 and expected == VIEW:
        return "200 with a Save button" if b'name="_save"' in response.content else VIEW
    return {200: OK, 403: DENIED, 404: MISSING, 405: NOT_ALLOWED}.get(
        status, str(status)
    )


def case_id(key, case):
    return " ".join(filter(None, (key, case.target, case.label)))


def post_id(key, case):
    """Names the changed field when several POSTs share a URL and target."""
    changed = case.post.form and not callable(case.post.data) and case.post.data
    return (
        f"{case_id(key, case)} {next(iter(changed))}" if changed else case_id(key, case)
    )


def asked_once(cases):
    """Cases that differ only in their POST are asked once with GET."""
    first = {}
    for key, case in cases:
        first.setdefault(case_id(key, case), (key, case))
    return list(first.values())


CASES = [(key, case) for key, cases in URLS.items() for case in cases]
GETS = asked_once(CASES)
POSTS = [(key, case) for key, case in CASES if case.post]
ACTION_CASES = [(key, action) for key, cases in ACTIONS.items() for action in cases]


def test_every_editor_url_has_an_entry():
    found, listed = set(editor_endpoints()), set(URLS)
    assert not found - listed, (
        f"URLs without an entry in the matrix: {sorted(found - listed)}"
    )
    assert not listed - found, (
        f"Entries for URLs that do not exist: {sorted(listed - found)}"
    )


def test_every_list_action_has_an_entry():
    found, listed = registered_actions(), set(ACTIONS)
    assert not found - listed, f"Actions without an entry: {sorted(found - listed)}"
    assert not listed - found, (
        f"Entries for actions that do not exist: {sorted(listed - found)}"
    )


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("key", "case"), GETS, ids=[case_id(*c) for c in GETS])
def test_get(world, key, case, role):
    url = world.url(key, case)
    response = world.client(role).get(url, case.query)
    expected = case.get[role]
    assert answer(response, expected) == expected, f"GET {url} as {role}"


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(("key", "case"), POSTS, ids=[post_id(*c) for c in POSTS])
def test_post(world, key, case, role):
    """A refused POST changes nothing; an accepted one does what it says."""
    client, url = world.client(role), world.url(key, case)
    world.acting = world.user(role)
    data = world.post_data(case, role, client)
    expected, observe = case.post.answers[role], case.post.observe
    before = observe(world) if observe else None
    response = client.post(url, data)
    got, after = answer(response), observe(world) if observe else None
    if expected == IGNORED and got == MOVED:
        got = IGNORED
    report = f"POST {url} as {role}: observed {before!r} -> {after!r}"
    assert got == expected, report
    if observe:
        assert (after != before) == (expected == MOVED), report


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    ("key", "action"), ACTION_CASES, ids=[f"{k} {a.target}" for k, a in ACTION_CASES]
)
def test_list_action(world, key, action, role):
    label, name = key.split(":")
    opts = apps.get_model(label)._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
    client = world.client(role)  # signing in cleans up expired attempts…
    selected = world.obj(action.target)  # …so the target is made after it
    observe = action.observe or (lambda world: None)
    before = observe(world)
    response = client.post(
        url,
        {"action": name, "_selected_action": [selected.pk], "index": "0"} | action.data,
    )
    got = answer(response)
    if got in (OK, MOVED):
        if action.observe:
            done = observe(world) != before
        else:
            done = response.get("Content-Disposition", "").startswith("attachment")
        got = DONE if done else REFUSED
    elif observe(world) != before:
        got += ", yet done"
    expected = action.answers[role]
    assert got == expected, f"{name} on {action.target} as {role}"
