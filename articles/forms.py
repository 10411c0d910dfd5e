from django import forms

from articles.formats import MAX_BYTES, FormatError, decode, parse
from articles.models import Article
from articles.services import validate_document


class ArticleImportForm(forms.Form):
    """Pasted text or an uploaded file, read into a ``Document``."""

    text = forms.CharField(
        label="Paste the article",
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 16, "class": "vLargeTextField"}),
        help_text="Plain text (title on the first line) or canonical Markdown "
        "(starting with front matter between '---' lines).",
    )
    file = forms.FileField(
        label="Or upload a file",
        required=False,
        help_text="A .txt or .md file of at most 1 MB.",
    )
    filename = forms.CharField(required=False, widget=forms.HiddenInput)

    def clean(self):
        cleaned = super().clean()
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
            cleaned["document"] = parse(cleaned["text"], cleaned.get("filename"))
        except FormatError as error:
            raise forms.ValidationError(str(error)) from None
        validate_document(cleaned["document"], status=Article.Status.DRAFT)
        return cleaned
