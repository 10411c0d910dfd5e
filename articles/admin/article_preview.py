"""The article admin's preview of unsaved changes: the posted change form,
read into a ``Document`` and shown through the public templates."""

from typing import NamedTuple

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.decorators import method_decorator
from django.views.decorators.http import require_POST

from articles.admin.article_views import ArticlePageMixin
from articles.formats.document import Bullet as BulletData
from articles.formats.document import Document, FAQEntry
from articles.formats.document import Section as SectionData
from articles.models import FAQ, Article, Bullet, Section
from articles.rendering import render_article
from articles.rendering.embeds import allow_embed_frames
from articles.services import author_for_user, document_from_article
from articles.views import article_page_parts, never_cache_noindex


class PostedForm(NamedTuple):
    document: Document
    section_ids: list[str]
    faq_ids: list[str]


class ArticlePreviewMixin(ArticlePageMixin):
    def get_urls(self):
        return [
            path(
                "preview/",
                self.admin_site.admin_view(self.form_preview_view),
                name="articles_article_add_preview",
            ),
            path(
                "<int:object_id>/preview/",
                self.admin_site.admin_view(self.form_preview_view),
                name="articles_article_preview",
            ),
            *super().get_urls(),
        ]

    @method_decorator(require_POST)
    def form_preview_view(self, request, object_id=None):
        """The change form's unsaved content, shown through the public
        templates, never cached."""
        article = self.article_or_403(request, object_id) if object_id else None
        if article is None and not self.has_add_permission(request):
            raise PermissionDenied
        if article is None or self.has_change_permission(request, article):
            document = self.posted_document(request, article)
        else:  # their form changes nothing: the article as it is
            document = document_from_article(
                Article.objects.with_content().get(pk=article.pk)
            )
        preview = render_article(document, saved=article)
        response = TemplateResponse(
            request,
            "articles/article_detail.html",
            {
                "article": preview,
                "preview_notice": "Preview of unsaved changes: readers do not "
                "see this.",
                "related": [],
                **article_page_parts(request, preview),
            },
        )
        allow_embed_frames(response, preview.page_data.get("embed_frames"))
        return never_cache_noindex(response)

    def posted_document(self, request, article):
        return self.read_posted_form(request, article).document

    def read_posted_form(self, request, article):
        """The ``Document`` the posted change form of ``article`` (None on the
        add page) describes, read through the form's and its inline formsets'
        cleaned data, errors or not: a preview shows what can be read. With
        the form id of each of its sections and FAQ entries, in order."""
        form_class = self.get_form(request, article, change=article is not None)
        form = form_class(request.POST, request.FILES, instance=article)
        form.checks_edit_token = False
        form.is_valid()
        posted = form.instance  # the saved article with the valid posted fields
        cleaned = getattr(form, "cleaned_data", {})
        authors = list(cleaned.get("authors") or [])
        if article is None and not authors:  # the first save will sign it
            authors = [author_for_user(request.user, create=False)]
        parts = self.posted_parts(request, self, article, posted)
        document = Document(
            title=posted.title,
            slug=posted.slug,
            standfirst=posted.standfirst,
            lead=posted.lead,
            sections=[
                posted_section(section, bullets.get(Bullet, []))
                for section, bullets, _ in parts.get(Section, [])
            ],
            faq_heading=posted.faq_heading,
            faqs=[
                FAQEntry(
                    question=faq.get("question") or "", answer=faq.get("answer") or ""
                )
                for faq, _, _ in parts.get(FAQ, [])
            ],
            closing=posted.closing,
            status=posted.status,
            publish_at=posted.publish_at,
            unpublish_at=posted.unpublish_at,
            authors=[author.display_name for author in authors if author is not None],
            topic=posted.topic.name if posted.topic_id else "",
            tags=[tag.name for tag in cleaned.get("tags") or []],
            lead_image=posted.lead_image.key if posted.lead_image_id else "",
            seo_title=posted.seo_title,
            meta_description=posted.meta_description,
            social_image=posted.social_image.key if posted.social_image_id else "",
        )
        return PostedForm(
            document,
            section_ids=[prefix for _, _, prefix in parts.get(Section, [])],
            faq_ids=[prefix for _, _, prefix in parts.get(FAQ, [])],
        )

    def posted_parts(self, request, admin, obj, instance, within=""):
        """The posted rows of each inline of ``admin`` (this admin, or an
        inline with inlines of its own) for ``instance``, by model: the
        cleaned data of each form that is filled in and not deleted, in
        position order, with the posted rows of its own inlines and the
        form's prefix. ``obj`` is what ``admin`` asks permissions about;
        ``within``, the prefix of the form that holds these inlines."""
        parts = {}
        for formset_class, inline in admin.get_formsets_with_inlines(request, obj):
            prefix = "-".join(
                filter(None, [within, formset_class.get_default_prefix()])
            )
            formset = formset_class(
                **self.get_formset_kwargs(request, instance, inline, prefix)
            )
            formset.is_valid()  # fills each form's cleaned_data, errors or not
            forms = [
                form
                for form in formset.forms
                if getattr(form, "cleaned_data", None)
                and not form.cleaned_data.get("DELETE")
            ]
            forms.sort(key=lambda form: form.cleaned_data.get("position") or 0)
            parts[inline.model] = [
                (
                    form.cleaned_data,
                    self.posted_parts(
                        request, inline, form.instance, form.instance, form.prefix
                    ),
                    form.prefix,
                )
                for form in forms
            ]
        return parts


def posted_section(section, bullets):
    """A ``Document``'s section from a posted section form's cleaned data and
    its bullets' (each with the posted rows of its own inlines: none)."""
    return SectionData(
        heading=section.get("heading") or "",
        image=section["image"].key if section.get("image") else "",
        body=section.get("body") or "",
        bullets=[
            BulletData(text=bullet.get("text") or "", label=bullet.get("label") or "")
            for bullet, _, _ in bullets
        ],
        body_after_list=section.get("body_after_list") or "",
    )
