"""The media library in the admin: upload, bulk upload, edit, who may change
an image, and what the chooser shows of a picked one."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from articles.admin.image_forms import (
    BulkUploadForm,
    ImageChangeForm,
    ImageUploadForm,
    thumbnail_url,
)
from articles.models import Article, Image
from articles.services import articles_render
from articles.services.images import (
    image_focal_point_moved,
    image_store,
    images_create_from_uploads,
    images_delete,
)
from articles.services.workflow import can_publish

LOCKED_MESSAGE = (
    "This image appears in a published (or scheduled) article; only an editor "
    "can change its text, credit or focal point, which readers see there."
)


def is_shown_publicly(image):
    """Whether a published article shows ``image``, or a scheduled one will."""
    return Article.objects.published_or_scheduled().showing(image).exists()


def can_change_image(user, image):
    """Editors change every image; writers only those no reader sees yet:
    an image's texts are re-rendered into every article that shows it."""
    return can_publish(user) or not is_shown_publicly(image)


class MissingAltTextFilter(admin.SimpleListFilter):
    title = "alt text"
    parameter_name = "alt"

    def lookups(self, request, model_admin):
        return (("missing", "Missing"), ("present", "Written or decorative"))

    def queryset(self, request, queryset):
        if self.value() == "missing":
            return queryset.missing_alt_text()
        if self.value() == "present":
            return queryset.exclude(pk__in=Image.objects.missing_alt_text())
        return queryset


class InUseFilter(admin.SimpleListFilter):
    title = "use"
    parameter_name = "used"

    def lookups(self, request, model_admin):
        return (("yes", "In an article"), ("no", "Not used"))

    def queryset(self, request, queryset):
        used = Q(lead_of__isnull=False) | Q(sections__isnull=False)
        if self.value() == "yes":
            return queryset.filter(used).distinct()
        if self.value() == "no":
            return queryset.exclude(used)
        return queryset


@admin.register(Image)
class ImageAdmin(admin.ModelAdmin):
    list_display = ("thumbnail", "description", "credit", "size", "uses", "uploaded")
    list_display_links = ("thumbnail", "description")
    list_filter = (MissingAltTextFilter, InUseFilter, "is_decorative", "format")
    search_fields = ("alt_text", "caption", "credit")
    date_hierarchy = "uploaded_at"
    list_per_page = 40
    change_list_template = "admin/articles/image/change_list.html"

    class Media:
        css = {"all": ("articles/admin/media-library.css",)}
        js = ("articles/admin/focal-point.js",)

    def has_change_permission(self, request, obj=None):
        if not super().has_change_permission(request, obj):
            return False
        return obj is None or self.user_may_change(request, obj)

    def user_may_change(self, request, image):
        """``can_change_image``, asked once a request (the admin asks often)."""
        answers = request.__dict__.setdefault("_images_changeable", {})
        if image.pk not in answers:
            answers[image.pk] = can_change_image(request.user, image)
        return answers[image.pk]

    def render_change_form(
        self, request, context, add=False, change=False, form_url="", obj=None
    ):
        if obj is not None and super().has_change_permission(request, obj):
            if not self.user_may_change(request, obj):
                context["locked_message"] = LOCKED_MESSAGE
        return super().render_change_form(request, context, add, change, form_url, obj)

    def get_form(self, request, obj=None, **kwargs):
        kwargs["form"] = ImageUploadForm if obj is None else ImageChangeForm
        return super().get_form(request, obj, **kwargs)

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            return ((None, {"fields": ("upload", *ImageUploadForm.Meta.fields)}),)
        return (
            (None, {"fields": ("preview", "alt_text", "is_decorative")}),
            ("Caption and credit", {"fields": ("caption", "credit", "licence")}),
            (
                "Focal point",
                {
                    "fields": ("focal_x", "focal_y"),
                    "description": "Click the picture above to set the point "
                    "that crops (such as the 1200×630 share image) keep in view.",
                },
            ),
            ("File", {"fields": ("details", "share_preview")}),
        )

    def get_readonly_fields(self, request, obj=None):
        return ("preview", "details", "share_preview") if obj else ()

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .prefetch_related("renditions")
            .annotate(
                lead_uses=Count("lead_of", distinct=True),
                section_uses=Count("sections", distinct=True),
            )
        )

    @admin.display(description="Image")
    def thumbnail(self, obj):
        url = thumbnail_url(obj)
        if not url:
            return "—"
        return format_html(
            '<img class="library-thumb" src="{}" alt="" width="120" height="{}">',
            url,
            round(120 * obj.height / obj.width),
        )

    @admin.display(description="Alt text and caption", ordering="alt_text")
    def description(self, obj):
        if obj.needs_alt_text:
            alt = format_html('<strong class="alt-missing">{}</strong>', "No alt text")
        elif obj.is_decorative:
            alt = "Decorative"
        else:
            alt = obj.alt_text
        return format_html("{}<br><small>{}</small>", alt, obj.caption)

    @admin.display(description="Size")
    def size(self, obj):
        return f"{obj.width} × {obj.height} {obj.format}"

    @admin.display(description="Articles")
    def uses(self, obj):
        return obj.lead_uses + obj.section_uses

    @admin.display(description="Uploaded", ordering="uploaded_at")
    def uploaded(self, obj):
        return obj.uploaded_at.date()

    @admin.display(description="Picture")
    def preview(self, obj):
        rendition = max(
            (
                r
                for r in obj.renditions.all()
                if r.kind == "width" and r.format == "WEBP"
            ),
            key=lambda r: r.width,
            default=None,
        )
        if rendition is None:
            return "—"
        return format_html(
            '<div class="focal-picker" data-focal-x="{}" data-focal-y="{}">'
            '<img src="{}" alt="{}" width="{}" height="{}">'
            '<span class="focal-marker" aria-hidden="true"></span></div>',
            obj.focal_x,
            obj.focal_y,
            rendition.url,
            obj.alt_text,
            rendition.width,
            rendition.height,
        )

    @admin.display(description="Original")
    def details(self, obj):
        uploader = obj.uploaded_by.get_username() if obj.uploaded_by else "unknown"
        return format_html(
            "{} × {} pixels, {}, {} KB. Uploaded {} by {}.<br>"
            "Key in exported articles: <code>{}</code>",
            obj.width,
            obj.height,
            obj.format,
            round(obj.file_size / 1024),
            obj.uploaded_at.strftime("%d %b %Y %H:%M"),
            uploader,
            obj.key,
        )

    @admin.display(description="Share image (1200×630)")
    def share_preview(self, obj):
        share = next((r for r in obj.renditions.all() if r.kind == "share"), None)
        if share is None:
            return "—"
        return format_html(
            '<img class="share-preview" src="{}" alt="" width="{}" height="{}">',
            share.url,
            share.width,
            share.height,
        )

    def save_model(self, request, obj, form, change):
        if not change:
            image_store(obj, form.clean_image, by=request.user)
            return
        super().save_model(request, obj, form, change)
        if {"focal_x", "focal_y"} & set(form.changed_data):
            image_focal_point_moved(obj)
        if form.changed_data:
            # Its text and (after a focal point move) its share crop are
            # stored with the articles that show it.
            articles_render(Article.objects.showing(obj))

    # The delete page and the "Delete selected" action.

    def delete_model(self, request, obj):
        images_delete(Image.objects.filter(pk=obj.pk))

    def delete_queryset(self, request, queryset):
        images_delete(queryset)

    def get_urls(self):
        return [
            path(
                "upload/",
                self.admin_site.admin_view(self.bulk_upload_view),
                name="articles_image_bulk_upload",
            ),
            path(
                "<int:image_id>/chooser-preview/",
                self.admin_site.admin_view(self.chooser_preview_view),
                name="articles_image_chooser_preview",
            ),
            *super().get_urls(),
        ]

    def bulk_upload_view(self, request):
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = BulkUploadForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            outcomes = images_create_from_uploads(
                form.cleaned_data["files"],
                by=request.user,
                credit=form.cleaned_data["credit"],
                licence=form.cleaned_data["licence"],
            )
            self.report_bulk_upload(request, outcomes)
            if any(outcome.image for outcome in outcomes):
                return redirect(
                    reverse("admin:articles_image_changelist") + "?alt=missing"
                )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": "Upload images",
            "form": form,
            "media": self.media + form.media,
        }
        return TemplateResponse(
            request, "admin/articles/image/bulk_upload.html", context
        )

    def report_bulk_upload(self, request, outcomes):
        """One message naming every file stored, and one for each refused."""
        stored = [outcome.name for outcome in outcomes if outcome.image]
        if stored:
            count = f"{len(stored)} image{'s' if len(stored) != 1 else ''}"
            messages.success(
                request,
                f"{count} uploaded: {', '.join(stored)}. Add alt text to each "
                "(listed below) before using it in an article.",
            )
        for outcome in outcomes:
            if not outcome.image:
                messages.error(
                    request, f"Not uploaded: {outcome.name}: {outcome.refusal}"
                )

    def chooser_preview_view(self, request, image_id):
        """What the chooser shows once an image is picked in a popup."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        image = Image.objects.with_renditions().filter(pk=image_id).first()
        if image is None:
            raise Http404("No such image.")
        return JsonResponse(
            {
                "id": image.pk,
                "thumbnail": thumbnail_url(image),
                "label": str(image),
                "needs_alt_text": image.needs_alt_text,
                "change_url": reverse("admin:articles_image_change", args=[image.pk]),
            }
        )
