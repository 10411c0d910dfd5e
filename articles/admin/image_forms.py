"""The media library's forms, and the chooser that article forms use to pick
an image or upload one without leaving."""

from django import forms
from django.db.models import Q
from django.urls import reverse

from articles import imaging
from articles.models import Image


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
            used = (
                Q(lead_of=self.article)
                | Q(social_image_of=self.article)
                | Q(sections__article=self.article)
            )
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
