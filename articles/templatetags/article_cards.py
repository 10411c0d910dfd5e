from django import template
from django.utils.safestring import mark_safe

register = template.Library()

HEADLINE = '<h2 class="article-card-title">'


@register.filter
def card_under_heading(card_html):
    """A stored card (``rendering.render_card``) with its headline one level
    down, for cards listed under a level-2 heading such as "Related articles".
    The card's markup is ours and its text escaped, so its one headline is
    found by its class."""
    head, found, tail = card_html.partition(HEADLINE)
    if not found:
        return mark_safe(card_html)
    tail = tail.replace("</h2>", "</h3>", 1)
    return mark_safe(f'{head}<h3 class="article-card-title">{tail}')
