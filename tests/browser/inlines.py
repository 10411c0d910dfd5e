"""The article editor's nested inlines, as an editor uses them."""


def add_inline(page, model, within=None):
    """Press "Add another <model>" (inside ``within``, a selector, if given)."""
    scope = page.locator(within) if within else page
    scope.locator(f"a.djn-add-handler.djn-model-articles-{model}:visible").last.click()
