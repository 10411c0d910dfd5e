"""The forms of the admin's own: the article change form, the bullet point
row, the import form, the list actions' forms and the sign-in form."""

from datetime import timedelta

from django import forms
from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.forms import AuthenticationForm
from django.forms import BoundField
from django.utils import timezone
from django.utils.formats import date_format

from articles.admin.markdown import MarkdownPartForm, StoredPreviews
from articles.checks import META_DESCRIPTION_SHOWN, SEO_TITLE_SHOWN
from articles.formats import MAX_BYTES, FormatError, decode, detect_format, parse
from articles.models import Article, SlugRedirect
from articles.models.base import normalise_markdown
from articles.services import (
    EditConflict,
    check_edit_token,
    edit_token,
    validate_document,
)
from articles.services.revisions import describe_conflict


class TableCellField(BoundField):
    """A field in a table row, named by its column heading (editing-page.js
    names and describes it from there), not by a label of its own. So no id
    for a label to point at: only the fields nested-admin finds by id (the
    hidden id and position, the delete box) keep one, and no ``…_helptext``
    it does not have describes it. A long article has hundreds of rows."""

    @property
    def auto_id(self):
        if self.is_hidden or self.name == "DELETE":
            return super().auto_id
        return ""

    @property
    def aria_describedby(self):
        return None


class BulletForm(MarkdownPartForm):
    """A bullet point, one row of its section's table."""

    bound_field_class = TableCellField


class SharedHelpField(BoundField):
    """A field of a section or FAQ entry: described by its help text, shown
    once above all of them (stacked_inline.html), not once per form."""

    @property
    def aria_describedby(self):
        if not self.auto_id:
            return None
        formset_prefix = self.form.prefix.rsplit("-", 1)[0]
        described_by = [f"{formset_prefix}-{self.name}-help"] if self.help_text else []
        if self.errors:
            described_by.append(f"{self.auto_id}_error")
        return " ".join(described_by) or None


class StackedPartForm(MarkdownPartForm):
    """A section or FAQ entry, one of many stacked on the change page."""

    bound_field_class = SharedHelpField


class ArticleImportForm(forms.Form):
    """Pasted text or an uploaded file, read into a ``Document``, checked as
    ``user`` may import it."""

    text = forms.CharField(
        label="Paste the article",
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 16, "class": "vLargeTextField"}),
        help_text="Plain text (title on the first line) or Markdown (a first "
        "line '# Title', or front matter between '---' lines).",
    )
    file = forms.FileField(
        label="Or upload a file",
        required=False,
        help_text="A .txt or .md file of at most 1 MB.",
        error_messages={
            "empty": "The file is empty: choose the file the article is saved in."
        },
    )
    filename = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean(self):
        cleaned = super().clean()
        if self.errors:  # an empty or unreadable upload: say that, and only that
            return cleaned
        upload, text = cleaned.get("file"), cleaned.get("text") or ""
        if upload and text.strip():
            raise forms.ValidationError("Paste text or upload a file, not both.")
        if upload:
            if upload.size > MAX_BYTES:
                raise forms.ValidationError("The file is larger than 1 MB.")
            data, cleaned["filename"] = upload.read(), upload.name
        elif text.strip():
            data = text.encode("utf-8")
        else:
            raise forms.ValidationError("Paste the article's text or choose a file.")
        try:
            cleaned["text"] = decode(data)
            cleaned["format"] = detect_format(cleaned["text"], cleaned.get("filename"))
            document = parse(cleaned["text"], cleaned.get("filename"))
        except FormatError as error:
            raise forms.ValidationError(str(error)) from None
        if not (
            document.lead or document.sections or document.faqs or document.closing
        ):
            raise forms.ValidationError(
                f"“{document.title}” has a title but no text: put the lead, "
                "sections or questions under the title and try again."
            )
        validate_document(document, status=Article.Status.DRAFT, imported_by=self.user)
        cleaned["document"] = document
        return cleaned


class EditTokenField(forms.CharField):
    """Not content: a save that changes nothing else changed nothing."""

    def has_changed(self, initial, data):
        return False


class ArticleAdminForm(StoredPreviews, forms.ModelForm):
    """The article change form, with the token that guards against lost edits."""

    edit_token = EditTokenField(required=False, widget=forms.HiddenInput)
    mark_updated = forms.BooleanField(
        label="Show readers this article was updated",
        required=False,
        help_text="Sets the “Updated” date readers see to now. Adding a "
        "correction or update note does this by itself; a typo fix needs neither.",
    )

    class Meta:
        model = Article
        fields = "__all__"
        widgets = {
            "standfirst": forms.Textarea(attrs={"rows": 2, "class": "vLargeTextField"}),
            # seo-preview.js counts against what search engines show.
            "seo_title": forms.TextInput(
                attrs={
                    "class": "vTextField",
                    "data-shown-length": SEO_TITLE_SHOWN,
                    "data-title-suffix": f" · {settings.SITE_NAME}",
                }
            ),
            "meta_description": forms.Textarea(
                attrs={
                    "rows": 3,
                    "class": "vLargeTextField",
                    "data-shown-length": META_DESCRIPTION_SHOWN,
                }
            ),
        }

    checks_edit_token = True  # off for previews, which save nothing

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.conflict = None
        if self.instance.pk and not self.is_bound:
            self.initial["edit_token"] = edit_token(self.instance)

    def clean_slug(self):
        slug = self.cleaned_data["slug"]
        redirect = (
            SlugRedirect.objects.filter(old_slug=slug)
            .exclude(article_id=self.instance.pk)
            .select_related("article")
            .first()
        )
        if redirect:
            raise forms.ValidationError(
                f"/articles/{slug}/ still leads to “{redirect.article}”, which "
                "used that address before. Choose another slug."
            )
        return slug

    def clean(self):
        cleaned = super().clean()
        publish_at, unpublish_at = (
            cleaned.get("publish_at"),
            cleaned.get("unpublish_at"),
        )
        if publish_at and unpublish_at and unpublish_at <= publish_at:
            self.add_error("unpublish_at", "This must be after the publish date.")
        if (
            self.instance.pk  # a new article is signed by whoever writes it
            and cleaned.get("status") == Article.Status.PUBLISHED
            and "authors" in self.fields
            and not cleaned.get("authors")
        ):
            self.add_error(
                "authors", "Add an author before publishing: readers see the byline."
            )
        if self.instance.pk and self.checks_edit_token:
            try:
                check_edit_token(self.instance, cleaned.get("edit_token"))
            except EditConflict as conflict:
                self.conflict = describe_conflict(self.instance, conflict)
                # Re-shown with the latest token, so saving again after reading
                # the other changes is a deliberate choice; and with their
                # changes to fields this editor left alone.
                self.data = self.data.copy()
                self.data[self.add_prefix("edit_token")] = edit_token(self.instance)
                for name, value in self.conflict.theirs.items():
                    mine = normalise_markdown(self.data.get(self.add_prefix(name)))
                    if mine == normalise_markdown(self.conflict.base.get(name)):
                        self.data[self.add_prefix(name)] = value
                raise forms.ValidationError(
                    f"Not saved: {self.conflict.who} saved this article after you "
                    "opened it. Their changes are listed above."
                ) from None
        return cleaned


class ScheduleForm(forms.Form):
    # A text field, not the browser's datetime-local, which shows the date
    # in the browser's locale (11/29/2026) and names no zone.
    publish_at = forms.DateTimeField(label="Publish at")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zone = timezone.get_current_timezone_name()
        tomorrow = timezone.localtime() + timedelta(days=1)
        example = f"{date_format(tomorrow, 'j M Y')}, 09:00"
        field = self.fields["publish_at"]
        field.label = f"Publish at ({zone})"
        field.help_text = (
            f"Day, month, year and 24-hour time in {zone}, as in {example}."
        )
        field.widget.attrs["placeholder"] = example
        field.error_messages["invalid"] = (
            f"Enter the day, month, year and 24-hour time in {zone}, as in {example}."
        )

    def clean_publish_at(self):
        moment = self.cleaned_data["publish_at"]
        if moment <= timezone.now():
            raise forms.ValidationError(
                "Choose a time in the future, or use “Publish now”."
            )
        return moment


class SendBackForm(forms.Form):
    comment = forms.CharField(
        label="Comment for the writer",
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Shown on the article’s change page.",
    )


class NewsroomLoginForm(AdminAuthenticationForm):
    """Says so when the password was right but the account has no role,
    instead of blaming the password."""

    def confirm_login_allowed(self, user):
        AuthenticationForm.confirm_login_allowed(self, user)  # active
        if not user.is_staff:
            raise forms.ValidationError(
                "This account has no access to the newsroom yet: ask an editor "
                "to add it to Writers or Editors.",
                code="no_role",
            )
