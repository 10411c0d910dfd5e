from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponse
from django.views.decorators.http import require_POST

from articles.rendering import render_markdown


@staff_member_required
@require_POST
def markdown_preview(request):
    """The markdownx live preview, for staff, through the public renderer."""
    return HttpResponse(render_markdown(request.POST.get("content", "")))
