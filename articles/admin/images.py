"""The media library in the admin: upload, bulk upload, edit, and the chooser
that article forms use to pick an image or upload one without leaving."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from articles import imaging
from articles.images import (
    Image,
    image_focal_point_moved,
    image_store,
    images_create_from_uploads,
)
from articles.models import Article
from articles.services import articles_render, images_delete
from articles.workflow import can_publish

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


def thumbnail_url(image):
    """The smallest WebP rendition, from prefetched renditions."""
    candidates = [
        r for r in image.renditions.all() if r.kind == "width" and r.format == "WEBP"
    ]
    return min(candidates, key=lambda r: r.width).url if candidates else ""


class ImagesOfArticle:
    """The images an article's form shows, loaded with their renditions in
    two queries on first use, instead of two per chooser on the page."""

    def __init__(self, article):
        self.article = article
        self.images = None

    def get(self, pk):
        if self.images is None:
            used = Q(lead_of=self.article) | Q(sections__article=self.article)
            found = Image.objects.filter(used).distinct().with_renditions()
            self.images = {image.pk: image for image in found}
        if pk not in self.images:  # chosen since the article was saved
            self.images[pk] = Image.objects.with_renditions().filter(pk=pk).first()
        return self.images[pk]


def load_images_once(request, form_class, field_name, article):
    """Let every chooser of ``field_name`` share the request's one
    ``ImagesOfArticle`` (the lead image's and the sections' alike)."""
    field = form_class.base_fields.get(field_name)
    if field is not None and article is not None:
        loaded = request.__dict__.setdefault("_images_of_article", {})
        if article.pk not in loaded:
            loaded[article.pk] = ImagesOfArticle(article)
        field.widget.images_of_article = loaded[article.pk]


class ImageChooserWidget(forms.Widget):
    """A chosen image shown as a thumbnail, with buttons to choose another
    from the library or upload a new one (Django's admin popups), or remove."""

    template_name = "admin/articles/widgets/image_chooser.html"
    images_of_article = None  # shared by the copies made for each form

    class Media:
        css = {"all": ("articles/admin/media-library.css",)}
        js = ("articles/admin/image-chooser.js",)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        image = None
        if value and str(value).isdigit():
            if self.images_of_article is not None:
                image = self.images_of_article.get(int(value))
            else:
                image = Image.objects.with_renditions().filter(pk=value).first()
        context["image"] = image
        context["thumbnail_url"] = thumbnail_url(image) if image else ""
        context["library_url"] = reverse("admin:articles_image_changelist")
        context["upload_url"] = reverse("admin:articles_image_add")
        context["preview_url"] = reverse(
            "admin:articles_image_chooser_preview", args=[0]
        )
        return context


class ImageChoiceField(forms.ModelChoiceField):
    def clean(self, value):
        image = super().clean(value)
        if image is not None and image.needs_alt_text:
            raise forms.ValidationError(
                "This image has no alt text. Add it in the media library "
                "(or mark the image decorative), then choose it again."
            )
        return image


def image_formfield(db_field, **kwargs):
    """The form field for a foreign key to an image, with the chooser."""
    return db_field.formfield(
        form_class=ImageChoiceField,
        widget=ImageChooserWidget,
        queryset=Image.objects.all(),
        **kwargs,
    )


TEXT_WIDGETS = {
    "alt_text": forms.Textarea(attrs={"rows": 2, "class": "vLargeTextField"}),
    "caption": forms.Textarea(attrs={"rows": 2, "class": "vLargeTextField"}),
    "credit": forms.TextInput(attrs={"class": "vTextField"}),
    "licence": forms.TextInput(attrs={"class": "vTextField"}),
}


class ImageUploadForm(forms.ModelForm):
    upload = forms.FileField(
        label="Image file",
        help_text=f"JPEG, PNG, WebP or GIF; {imaging.limits_text()}. "
        "Location and camera data are removed.",
        widget=forms.ClearableFileInput(attrs={"accept": "image/*"}),
    )

    class Meta:
        model = Image
        fields = ("alt_text", "is_decorative", "caption", "credit", "licence")
        widgets = TEXT_WIDGETS

    def clean_upload(self):
        upload = self.cleaned_data["upload"]
        try:
            self.clean_image = imaging.clean_upload(upload, size=upload.size)
        except imaging.ImageRejected as error:
            raise forms.ValidationError(str(error)) from None
        return upload


class ImageChangeForm(forms.ModelForm):
    class Meta:
        model = Image
        fields = (
            "alt_text",
            "is_decorative",
            "caption",
            "credit",
            "licence",
            "focal_x",
            "focal_y",
        )
        widgets = TEXT_WIDGETS | {
            "focal_x": forms.NumberInput(attrs={"step": "0.01", "min": 0, "max": 1}),
            "focal_y": forms.NumberInput(attrs={"step": "0.01", "min": 0, "max": 1}),
        }


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field, as Django's documentation shows. An empty
    file is refused on its own by the upload check, not for the whole form."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, allow_empty_file=True, **kwargs)

    def clean(self, data, initial=None):
        if isinstance(data, list | tuple):
            return [super(MultipleFileField, self).clean(d, initial) for d in data]
        return [super().clean(data, initial)]


class BulkUploadForm(forms.Form):
    files = MultipleFileField(
        label="Image files",
        widget=MultipleFileInput(attrs={"accept": "image/*"}),
        help_text=f"Choose up to {imaging.MAX_BATCH_FILES} files at once, "
        f"{imaging.limits_text()} each and "
        f"{imaging.MAX_BATCH_PIXELS // 1_000_000} megapixels in all (a 12-megapixel "
        "phone photo counts 12): files past that are not processed, and you are "
        "told which to upload again. Then add alt text to each.",
    )
    credit = forms.CharField(
        max_length=200, required=False, help_text="Applied to every file."
    )
    licence = forms.CharField(
        max_length=200, required=False, help_text="Applied to every file."
    )

    def clean_files(self):
        files = self.cleaned_data["files"]
        if len(files) > imaging.MAX_BATCH_FILES:
            raise forms.ValidationError(
                f"{len(files)} files chosen; upload at most "
                f"{imaging.MAX_BATCH_FILES} at once."
            )
        return files


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
