"""The article's body as its page shows it, put together from the parts
stored with it when it was rendered (``rendering.render_article``)."""

from django.utils.safestring import mark_safe


class StoredBody:
    def lead_block_html(self):
        """The top of the page's body, before its contents list: the lead
        picture and the lead paragraphs, with their embedded players'
        facades if any. Put together from stored HTML (``lead_parts``): the
        lead is stored once, in ``lead_html``, and ``body_html`` holds the
        rest of the body."""
        stored = self.page_data
        lead = stored.get("lead_facades") or self.lead_html
        parts = [stored.get("lead_figure", "")]
        parts += [f'<div class="article-lead">{lead}</div>'] if lead else []
        return mark_safe("\n".join(part for part in parts if part))

    def page_body_html(self):
        """The whole body as the page shows it (the feeds' content)."""
        parts = (self.lead_block_html(), self.body_html)
        return mark_safe("\n".join(part for part in parts if part))
